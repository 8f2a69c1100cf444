import { expect } from '@open-wc/testing';

import { validate } from '../packages/core/src/index.js';
import type { Policy } from '../packages/elements/src/consent/policy.js';
import { policySchema } from '../packages/elements/src/consent/policy-schema.js';
import { BUILT_IN_FORM_IDS, loadBuiltInForm } from '../packages/elements/src/content/built-in-form-templates.js';
import { CONTENT_LANGUAGES } from '../packages/elements/src/content/built-in-item.js';
import { BUILT_IN_POLICY_IDS, loadBuiltInPolicy, policyLanguages } from '../packages/elements/src/content/built-in-policies.js';
import { BUILT_IN_PACK_IDS, loadPromptPack, type PromptPack } from '../packages/elements/src/content/built-in-prompt-packs.js';
import { BUILT_IN_STRATEGY_IDS, loadBuiltInStrategies } from '../packages/elements/src/content/built-in-strategies.js';
import type { Strategy } from '../packages/elements/src/coping-card/strategy.js';
import { breathingProblem, strategySchema } from '../packages/elements/src/coping-card/strategy-schema.js';
import type { FormDefinition } from '../packages/elements/src/feedback-form/form-definition.js';
import { formDefinitionSchema } from '../packages/elements/src/feedback-form/form-schema.js';
import { promptListSchema } from '../packages/elements/src/journal-prompt/prompt-schema.js';
import { gradeLevel } from './helpers/reading-grade.js';

// Every built-in item, each from its own file, through the loaders the elements use (a file whose
// id differs from its name fails the id checks below).
const [en, es, fr, ar] = await Promise.all((['en', 'es', 'fr', 'ar'] as const).map((language) => loadBuiltInStrategies(BUILT_IN_STRATEGY_IDS, language)));
const [promptsEn, promptsEs, promptsFr, promptsAr] = await Promise.all(
  (['en', 'es', 'fr', 'ar'] as const).map((language) => Promise.all(BUILT_IN_PACK_IDS.map((id) => loadPromptPack(id, language)))),
);
const [formsEn, formsEs, formsFr, formsAr] = await Promise.all(
  (['en', 'es', 'fr', 'ar'] as const).map((language) => Promise.all(BUILT_IN_FORM_IDS.map((id) => loadBuiltInForm(id, language)))),
);
const [policiesEn, policiesEs, policiesFr, policiesAr] = await Promise.all(
  (['en', 'es', 'fr', 'ar'] as const).map((language) => Promise.all(BUILT_IN_POLICY_IDS.map((id) => loadBuiltInPolicy(id, language)))),
);

describe('built-in strategies (content)', () => {
  it('loads each strategy from its own file and names every unknown id at once', async () => {
    const [one] = await loadBuiltInStrategies(['grounding-54321'], 'de');
    expect(one.id, 'a language without content gets English').to.equal('grounding-54321');
    expect(one.title).to.equal(en.find((strategy) => strategy.id === 'grounding-54321')!.title);
    let message = '';
    await loadBuiltInStrategies(['box-breathing', 'juggling', 'x'], 'en').catch((error: Error) => (message = error.message));
    expect(message).to.match(/^"juggling", "x" are not built-in strategies \(known: box-breathing, paced-breathing, /);
  });

  it('every content language has its own strategies (not English)', () => {
    expect([...CONTENT_LANGUAGES]).to.deep.equal(['en', 'es', 'fr', 'ar']);
    for (const [language, list] of [
      ['es', es],
      ['fr', fr],
      ['ar', ar],
    ] as const) {
      (list as Strategy[]).forEach((strategy, index) => {
        const english = (en as Strategy[])[index];
        expect(strategy.title, `${language} ${strategy.id} title`).not.to.equal(english.title);
        expect(strategy.summary, `${language} ${strategy.id} summary`).not.to.equal(english.summary);
        strategy.steps.forEach((step, n) => expect(step, `${language} ${strategy.id} step ${n + 1}`).not.to.equal(english.steps[n]));
      });
    }
  });

  for (const [language, list] of [
    ['en', en],
    ['es', es],
    ['fr', fr],
    ['ar', ar],
  ] as const) {
    it(`${language}: every built-in id, in order, valid against the format`, () => {
      const strategies = list as Strategy[];
      expect(strategies.map((s) => s.id)).to.deep.equal([...BUILT_IN_STRATEGY_IDS]);
      for (const strategy of strategies) {
        const result = validate(strategySchema, strategy, strategy.id);
        expect(result.errors, strategy.id).to.deep.equal([]);
        expect(result.warnings, strategy.id).to.deep.equal([]);
        expect(breathingProblem(strategy.exercise), strategy.id).to.equal(undefined);
        expect(strategy.version, `${strategy.id} has a version`).to.match(/^[1-9][0-9]*$/);
        expect(strategy.approach, `${strategy.id} names its approach`).to.be.a('string');
        expect(strategy.whenToUse, `${strategy.id} says when to use it`).to.be.a('string');
        expect(strategy.bodyHtml, 'built-in content is plain text (no DOMPurify on a plain page)').to.equal(undefined);
      }
    });
  }

  for (const [language, list] of [
    ['es', es],
    ['fr', fr],
    ['ar', ar],
  ] as const) {
    it(`${language} has the same strategies as en: ids in order, versions, steps count and exercise`, () => {
      const shape = (strategies: readonly Strategy[]) =>
        strategies.map((s) => ({ id: s.id, version: s.version, steps: s.steps.length, exercise: JSON.stringify(s.exercise) }));
      expect(shape(list as Strategy[])).to.deep.equal(shape(en as Strategy[]));
    });
  }

  it('en reads at grade 8 or lower (Flesch–Kincaid)', () => {
    for (const strategy of en as Strategy[]) {
      const text = [strategy.summary, strategy.whenToUse ?? '', ...strategy.steps].join(' ');
      expect(gradeLevel(text), strategy.id).to.be.at.most(8);
    }
  });
});

describe('built-in prompt packs (content)', () => {
  const byLanguage = [
    ['en', promptsEn],
    ['es', promptsEs],
    ['fr', promptsFr],
    ['ar', promptsAr],
  ] as const;
  /** A pack's prompt ids, in order: what a client's saved entries and rotation point at. */
  const promptIds = (packs: PromptPack[]) => packs.map((pack) => [pack.id, pack.prompts.map((prompt) => prompt.id)]);

  for (const [language, packs] of byLanguage) {
    it(`${language}: every pack, at least 8 valid prompts each, unique ids, a version and a note`, () => {
      const list = packs as PromptPack[];
      expect(list.map((pack) => pack.id)).to.deep.equal([...BUILT_IN_PACK_IDS]);
      const ids = new Set<string>();
      for (const pack of list) {
        expect(pack.prompts.length, pack.id).to.be.at.least(8);
        expect(validate(promptListSchema, pack.prompts, pack.id).errors, pack.id).to.deep.equal([]);
        expect(pack.version, pack.id).to.match(/^[1-9][0-9]*$/);
        expect(pack.title.trim(), pack.id).to.not.equal('');
        // The note says any prompt can be skipped and what to do if writing brings up too much.
        expect(pack.note, `${language}/${pack.id} has its note`).to.be.a('string');
        expect(pack.note.length, `${language}/${pack.id} note`).to.be.within(80, 600);
        expect(Object.keys(pack).sort(), pack.id).to.deep.equal(['id', 'note', 'prompts', 'title', 'version']);
        for (const prompt of pack.prompts) {
          expect(ids.has(prompt.id), prompt.id).to.equal(false);
          ids.add(prompt.id);
        }
      }
    });
  }

  for (const [language, packs] of byLanguage.slice(1)) {
    it(`${language} has the same packs, versions and prompt ids as en`, () => {
      const shape = (list: PromptPack[]) => list.map((pack) => [pack.id, pack.version, pack.prompts.map((prompt) => prompt.id)]);
      expect(shape(packs as PromptPack[])).to.deep.equal(shape(promptsEn as PromptPack[]));
      expect(promptIds(packs as PromptPack[])).to.deep.equal(promptIds(promptsEn as PromptPack[]));
      for (const pack of packs as PromptPack[]) {
        const english = (promptsEn as PromptPack[]).find((en) => en.id === pack.id)!;
        pack.prompts.forEach((prompt, i) => expect(prompt.text, `${language}/${prompt.id} is written in ${language}`).to.not.equal(english.prompts[i].text));
        expect(pack.note, `${language}/${pack.id} note is written in ${language}`).to.not.equal(english.note);
      }
    });
  }

  it('every language uses its one word for the therapist, and the packs never suggest someone reads the journal', () => {
    const text = (packs: PromptPack[]) => packs.flatMap((pack) => [pack.title, pack.note, ...pack.prompts.map((p) => p.text)]).join('\n');
    expect(text(promptsEn as PromptPack[])).to.not.match(/counsel+or|clinician|counsel+ing/i);
    expect(text(promptsEn as PromptPack[])).to.not.match(/\b(?:therapist|counsel+or)\b[^.?!]*\bknow\b/i);
    expect(text(promptsEs as PromptPack[])).to.not.match(/consejer|psicólog|vosotros|\bos\b/i);
    expect(text(promptsFr as PromptPack[])).to.not.match(/psychologue|conseill|·/i);
    expect(text(promptsAr as PromptPack[])).to.not.match(/المستشار|الطبيب النفسي/);
  });

  it('the prompts the clinical review asked for: a time box, a gentle way into childhood, the session rather than a reader', () => {
    const prompt = (packs: PromptPack[], id: string) => packs.flatMap((pack) => pack.prompts).find((p) => p.id === id)!.text;
    const en = promptsEn as PromptPack[];
    expect(prompt(en, 'anxiety-1'))
      .to.match(/ten minutes/)
      .and.to.match(/stop/);
    expect(prompt(en, 'relationships-8'))
      .to.match(/^If it feels okay to explore/)
      .and.to.match(/where you grew up/)
      .and.not.to.match(/show(ed)? care/);
    expect(prompt(en, 'getting-started-6'))
      .to.match(/bring to your next session/)
      .and.not.to.match(/counsel+or|therapist/i);
    expect(prompt(en, 'between-sessions-8')).to.contain('your therapist');
    expect(en[0].note)
      .to.match(/skip any prompt/)
      .and.to.match(/too much/)
      .and.to.match(/help now/);
    expect(prompt(promptsEs as PromptPack[], 'anxiety-1')).to.contain('diez minutos');
    expect(prompt(promptsFr as PromptPack[], 'anxiety-1')).to.contain('dix minutes');
    expect(prompt(promptsAr as PromptPack[], 'anxiety-1')).to.contain('عشر دقائق');
    expect(prompt(promptsEs as PromptPack[], 'between-sessions-8')).to.contain('terapeuta');
    expect(prompt(promptsFr as PromptPack[], 'between-sessions-8')).to.contain('thérapeute');
    expect(prompt(promptsAr as PromptPack[], 'between-sessions-8')).to.contain('معالجك');
    // A person to be, not "amistad" (friendship) in a list of people.
    expect(prompt(promptsEs as PromptPack[], 'values-3'))
      .to.contain('amigo o amiga')
      .and.not.contain('amistad');
    // Every pack gained its note in this release, so none can still be at its first version.
    for (const pack of promptsEn as PromptPack[]) expect(Number(pack.version), `${pack.id} version`).to.be.at.least(2);
  });

  it('French apostrophes are typographic, like the French UI strings', () => {
    const text = (promptsFr as PromptPack[]).flatMap((pack) => [pack.title, pack.note, ...pack.prompts.map((p) => p.text)]).join('\n');
    expect(text).to.not.contain("'");
  });

  it('en prompts and notes read at grade 8 or lower (Flesch–Kincaid, per pack)', () => {
    for (const pack of promptsEn as PromptPack[]) {
      expect(gradeLevel(pack.prompts.map((p) => p.text).join(' ')), pack.id).to.be.at.most(8);
      expect(gradeLevel(pack.note), `${pack.id} note`).to.be.at.most(8);
    }
  });
});

describe('built-in feedback forms (content)', () => {
  const byLanguage = [
    ['en', formsEn],
    ['es', formsEs],
    ['fr', formsFr],
    ['ar', formsAr],
  ] as const;

  for (const [language, forms] of byLanguage) {
    it(`${language}: session, material and group, valid against the format, no HTML`, () => {
      const list = forms as FormDefinition[];
      expect(list.map((form) => form.id)).to.deep.equal([...BUILT_IN_FORM_IDS]);
      for (const form of list) {
        const result = validate(formDefinitionSchema, form, form.id);
        expect(result.errors, form.id).to.deep.equal([]);
        expect(result.warnings, form.id).to.deep.equal([]);
        // An optional comment at the end of every form.
        expect(form.items.at(-1)).to.include({ id: 'comment', type: 'textarea' });
        expect(form.items.at(-1)!.required, form.id).to.equal(undefined);
        const text = [form.title, form.intro ?? '', ...form.items.flatMap((item) => [item.label, item.help ?? '', item.minLabel ?? '', item.maxLabel ?? ''])];
        expect(text.join(' '), form.id).to.not.match(/<[a-z]/i);
      }
    });
  }

  it('session: four 0–10 sliders about the working relationship; material: three scales; group: three ratings', () => {
    const [session, material, group] = formsEn as FormDefinition[];
    expect(session.items.slice(0, 4).map((item) => [item.type, item.min ?? 0, item.max ?? 10, item.required])).to.deep.equal(
      Array(4).fill(['slider', 0, 10, true]),
    );
    expect(material.items.slice(0, 3).map((item) => item.type)).to.deep.equal(['scale', 'scale', 'scale']);
    expect(group.items.slice(0, 3).map((item) => item.type)).to.deep.equal(['rating', 'rating', 'rating']);
  });

  for (const [language, forms] of byLanguage.slice(1)) {
    it(`${language} has the same questions, types and options as en, in its own words`, () => {
      const shape = (list: FormDefinition[]) =>
        list.map((form) => [
          form.id,
          form.version,
          form.scoring,
          form.intro === undefined,
          form.items.map((item) => [
            item.id,
            item.type,
            item.required,
            item.min,
            item.max,
            item.step,
            item.maxLength,
            item.help === undefined,
            item.minLabel === undefined,
            item.options?.map((o) => [o.value, o.score, o.flag]),
          ]),
        ]);
      expect(shape(forms as FormDefinition[])).to.deep.equal(shape(formsEn as FormDefinition[]));
      (forms as FormDefinition[]).forEach((form, f) => {
        const english = (formsEn as FormDefinition[])[f];
        expect(form.title, `${language}/${form.id} title`).to.not.equal(english.title);
        form.items.forEach((item, i) => expect(item.label, `${language}/${form.id}/${item.id}`).to.not.equal(english.items[i].label));
      });
    });
  }

  it('says who reads the answers and when, and that the comment box is not watched for urgent messages (every language)', () => {
    const urgent = { en: 'not checked for urgent messages', es: 'mensajes urgentes', fr: 'messages urgents', ar: 'رسائل عاجلة' };
    const when = { en: 'before or at your next session', es: 'próxima sesión', fr: 'prochaine séance', ar: 'جلستك القادمة' };
    const therapist = { en: 'Your therapist', es: 'Tu terapeuta', fr: 'Votre thérapeute', ar: 'معالجك' };
    const later = { en: 'later, not right away', es: 'más tarde, no de inmediato', fr: 'plus tard, pas tout de suite', ar: 'لاحقًا، وليس فورًا' };
    for (const [language, forms] of byLanguage) {
      const [session, material, group] = forms as FormDefinition[];
      expect(session.intro, `${language} session intro`).to.contain(therapist[language]).and.to.contain(when[language]);
      expect(material.intro, `${language} material intro`).to.contain(therapist[language]).and.to.contain(later[language]);
      for (const form of [session, material, group]) {
        expect(form.items.at(-1)!.help, `${language}/${form.id} comment help`).to.contain(urgent[language]);
      }
    }
  });

  it('the wording the clinical review asked for: a clear take-away question, comfort sharing rather than safety', () => {
    const [session, , group] = formsEn as FormDefinition[];
    const label = (form: FormDefinition, id: string) => form.items.find((item) => item.id === id)!.label;
    expect(label(session, 'takeaway')).to.not.contain('leaving with');
    expect(label(formsEs[0] as FormDefinition, 'takeaway')).to.not.contain('te llevas algo');
    expect(label(group, 'safe'))
      .to.match(/comfortable/)
      .and.to.match(/sharing/)
      .and.not.to.match(/safe/i);
    expect([session.version, group.version, (formsEn as FormDefinition[])[1].version]).to.deep.equal(['2', '2', '2']);
    // Time spent on what matters, in plain grammar (it read "How much did we spend our time on…").
    expect(label(session, 'focus')).to.equal("How much of today's time went to what matters most to you?");
    expect(label(formsFr[0] as FormDefinition, 'focus')).to.not.contain('avons-nous consacré le temps');
    // Arabic "not at all" is إطلاقًا, not أبدًا ("never"); one verb for the group leaders (as in the group policy).
    const arabic = JSON.stringify(formsAr);
    expect(arabic).to.contain('إطلاقًا');
    expect(arabic).to.not.match(/أبدًا|يقودون/);
    expect(label(formsAr[2] as FormDefinition, 'comment')).to.contain('يديرون');
  });

  it('Spanish is neutral Latin American, French needs no gender marking, and French apostrophes are typographic', () => {
    const text = (forms: FormDefinition[]) =>
      forms
        .flatMap((form) => [
          form.title,
          form.intro ?? '',
          ...form.items.flatMap((item) => [item.label, item.help ?? '', item.minLabel ?? '', item.maxLabel ?? '', ...(item.options ?? []).map((o) => o.label)]),
        ])
        .join('\n');
    const prompts = (packs: PromptPack[]) => packs.flatMap((pack) => [pack.note, ...pack.prompts.map((p) => p.text)]).join('\n');
    const es = text(formsEs as FormDefinition[]) + prompts(promptsEs as PromptPack[]);
    expect(es).to.not.match(/vosotr|\bos\b|ordenador|móvil|\bvale\b|coger|echas de menos|te sentó|puntúa/i);
    const fr = text(formsFr as FormDefinition[]) + prompts(promptsFr as PromptPack[]);
    expect(fr).to.not.contain('·').and.not.contain("'");
    // Words that would mark the client's gender (« prêt », « seul »…): rephrased instead.
    expect(fr).to.not.match(/\b(?:prêt|seul|content|heureux|anxieux|reconnaissant)(?![a-zà-ÿ])/i);
  });

  it('en reads at grade 8 or lower (Flesch–Kincaid, per form)', () => {
    for (const form of formsEn as FormDefinition[]) {
      const text = [form.title, form.intro ?? '', ...form.items.flatMap((item) => [item.label, item.help ?? ''])].join(' ');
      expect(gradeLevel(text), form.id).to.be.at.most(8);
    }
  });
});

describe('built-in consent templates (content)', () => {
  /** The words of a section, as a reader sees them. */
  const words = (bodyHtml: string) => new DOMParser().parseFromString(bodyHtml, 'text/html').body.textContent!.replace(/\s+/g, ' ').trim();
  /** Every text of a policy a reader sees (title, changes, sections, acknowledgments). */
  const allText = (policy: Policy) =>
    [policy.title, policy.changes ?? '', ...policy.sections.map((s) => `${s.title}. ${words(s.bodyHtml)}`), ...policy.acknowledgments.map((a) => a.label)].join(
      ' ',
    );
  /** The `{tokens}` a policy's text holds, sorted (filled from the provider's `policyValues`). */
  const tokens = (policy: Policy) => [...new Set([...JSON.stringify(policy).matchAll(/\{([A-Za-z][A-Za-z0-9_]*)\}/g)].map((m) => m[1]))].sort();
  const byLanguage = [
    ['en', policiesEn],
    ['es', policiesEs],
    ['fr', policiesFr],
    ['ar', policiesAr],
  ] as const;
  /** The one word for the professional in each language (docs/content-authoring.md). */
  const therapist = { en: 'therapist', es: 'terapeuta', fr: 'thérapeute', ar: 'معالج' } as const;

  for (const [language, policies] of byLanguage) {
    it(`${language}: the five templates, valid against the format, simple markup only, none pre-decided`, () => {
      const list = policies as Policy[];
      expect(list.map((policy) => policy.id)).to.deep.equal([...BUILT_IN_POLICY_IDS]);
      for (const policy of list) {
        const result = validate(policySchema, policy, policy.id);
        expect(result.errors, policy.id).to.deep.equal([]);
        expect(result.warnings, policy.id).to.deep.equal([]);
        expect(policy.version, `${policy.id} has a version`).to.match(/^[1-9][0-9]*$/);
        for (const section of policy.sections) {
          const tags = [...section.bodyHtml.matchAll(/<\/?([a-z0-9]+)/g)].map((m) => m[1]);
          expect(
            tags.every((tag) => ['p', 'ul', 'li', 'strong', 'em'].includes(tag)),
            `${policy.id}/${section.id}`,
          ).to.equal(true);
        }
        expect(
          policy.acknowledgments.some((ack) => ack.required),
          policy.id,
        ).to.equal(true);
        if (/therapist/i.test(allText((policiesEn as Policy[]).find((p) => p.id === policy.id)!))) {
          expect(allText(policy), `${policy.id} names the ${therapist[language]}`).to.contain(therapist[language]);
        }
      }
    });
  }

  it('es, fr and ar are written in their language (not English), in the house style', () => {
    for (const [language, policies] of byLanguage.slice(1)) {
      (policies as Policy[]).forEach((policy, i) => {
        const english = (policiesEn as Policy[])[i];
        expect(policy.title, `${language} ${policy.id} title`).not.to.equal(english.title);
        policy.sections.forEach((section, n) => expect(section.bodyHtml, `${language} ${policy.id}/${section.id}`).not.to.equal(english.sections[n].bodyHtml));
        policy.acknowledgments.forEach((ack, n) => expect(ack.label, `${language} ${policy.id}/${ack.id}`).not.to.equal(english.acknowledgments[n].label));
      });
    }
    for (const policy of policiesEs as Policy[]) {
      // Neutral Latin American Spanish: no vosotros, no Spain-only words.
      expect(allText(policy), `es ${policy.id}`).not.to.match(
        /(?<!\p{L})(vosotros|vosotras|os|ordenador|móvil|vale|coger|conducir|conduces|conduzco|auriculares|hacer fotos|hagas fotos|haré fotos)(?!\p{L})/iu,
      );
    }
    for (const policy of policiesFr as Policy[]) {
      // No inclusive middle dot (screen readers), typographic apostrophes, no masculine-only "prêt".
      expect(allText(policy), `fr ${policy.id}`).not.to.match(/[·•]|'|\bprêts?\b/u);
    }
    for (const policy of policiesAr as Policy[]) expect(allText(policy), `ar ${policy.id} is Arabic`).to.match(/\p{Script=Arabic}/u);
  });

  it('every language has the same sections, acknowledgments, roles, versions and {tokens} as en', () => {
    const shape = (policies: Policy[]) =>
      policies.map((p) => [p.id, p.version, p.sections.map((s) => s.id), p.acknowledgments.map((a) => [a.id, a.required, a.roles ?? null]), tokens(p)]);
    for (const [language, policies] of byLanguage.slice(1)) expect(shape(policies as Policy[]), language).to.deep.equal(shape(policiesEn as Policy[]));
  });

  it('each template is built in in all four languages (policyLanguages)', () => {
    for (const id of BUILT_IN_POLICY_IDS) expect(policyLanguages(id), id).to.deep.equal(['en', 'es', 'fr', 'ar']);
    expect(policyLanguages('juggling')).to.deep.equal([]);
    expect(policyLanguages('constructor')).to.deep.equal([]);
  });

  it('a reworded template (version 2 or later) tells a returning client why, in every language', () => {
    for (const [language, policies] of byLanguage) {
      for (const policy of policies as Policy[]) {
        if (policy.version !== '1') expect(policy.changes, `${language} ${policy.id}@${policy.version}`).to.be.a('string').and.not.equal('');
      }
    }
    const versions = Object.fromEntries((policiesEn as Policy[]).map((p) => [p.id, p.version]));
    expect(versions).to.deep.include({ confidentiality: '2', telehealth: '2', minors: '1' });
  });

  it('minors: the young person and the guardian each have their own required acknowledgments', () => {
    for (const [language, policies] of byLanguage) {
      const minors = (policies as Policy[]).find((p) => p.id === 'minors')!;
      expect(
        minors.acknowledgments.every((ack) => ack.roles?.length && ack.roles.every((role) => ['self', 'guardian'].includes(role))),
        `${language}: every acknowledgment names its signers`,
      ).to.equal(true);
      expect(minors.acknowledgments.filter((ack) => ack.required && ack.roles!.includes('self')).length, `${language} self`).to.be.at.least(1);
      expect(minors.acknowledgments.filter((ack) => ack.required && ack.roles!.includes('guardian')).length, `${language} guardian`).to.be.at.least(1);
      expect(
        minors.acknowledgments.some((ack) => ack.required && ack.roles!.includes('self') && ack.roles!.includes('guardian')),
        `${language}: each signs their own`,
      ).to.equal(false);
    }
    // Only the consent templates for minors name roles: the others are signed by whoever signs.
    for (const policy of policiesEn as Policy[])
      if (policy.id !== 'minors')
        expect(
          policy.acknowledgments.some((ack) => ack.roles),
          policy.id,
        ).to.equal(false);
  });

  it('the clinical review: a teen’s limits as wide as the guardian’s, billing companies, recording by agreement, no masculine “mon thérapeute”', () => {
    const section = (policies: readonly unknown[], id: string, sectionId: string) =>
      words((policies as Policy[]).find((p) => p.id === id)!.sections.find((s) => s.id === sectionId)!.bodyHtml);
    // What the young person is told matches what the guardian is told: worry about safety, not only "hurt yourself badly".
    const notSafe = { en: 'worried that you are not safe', es: 'no estés a salvo', fr: 's’inquiète pour votre sécurité', ar: 'قلقًا على سلامتك' };
    const endLife = { en: 'try to end your life', es: 'quitarte la vida', fr: 'mettre fin à vos jours', ar: 'إنهاء حياتك' };
    const billing = { en: 'help us with billing or keep our records', es: 'facturación', fr: 'facturation', ar: 'الفوترة' };
    for (const [language, policies] of byLanguage) {
      expect(section(policies, 'minors', 'limits'), `${language} minors limits`)
        .to.contain(notSafe[language])
        .and.to.contain(endLife[language]);
      expect(section(policies, 'minors', 'limits'), `${language} minors limits`).not.to.match(/hurt yourself badly|mucho daño|très mal|أذى شديدًا/);
      expect(section(policies, 'confidentiality', 'insurance-and-payment'), `${language} billing and records companies`).to.contain(billing[language]);
      const confidentiality = (policies as Policy[]).find((p) => p.id === 'confidentiality')!;
      expect(confidentiality.changes, `${language} confidentiality changes`).to.contain(billing[language]);
      // Recording only by agreement, without promising a written one (a practice may not ask for it in writing).
      expect(section(policies, 'telehealth', 'privacy-online'), `${language} recording`).not.to.match(/in writing|por escrito|écrit|كتاب/);
    }
    expect(section(policiesAr, 'telehealth', 'if-the-call-drops'), 'ar minutes read right for any number').to.contain('{reconnectMinutes} من الدقائق');
    for (const policy of policiesFr as Policy[]) {
      for (const ack of policy.acknowledgments) expect(ack.label, `fr ${policy.id}/${ack.id}`).not.to.match(/\bmon thérapeute\b/);
    }
  });

  it('each template covers what the issue asks for', () => {
    const [confidentiality, electronic, group, telehealth, minors] = (policiesEn as Policy[]).map((policy) => allText(policy));
    // Confidentiality (issue 19 item 7): honest about insurers, parents, legal cases, supervision, reporting.
    expect(confidentiality)
      .to.contain('except as described below')
      .and.to.contain('insurance')
      .and.to.contain('parent or guardian')
      .and.to.contain('legal case you start')
      .and.to.contain('serious risk of harm')
      .and.to.contain('safeguarding or mandatory reporting')
      .and.to.contain('court')
      .and.to.contain('We will try to talk with you first when it is safe and allowed.')
      .and.to.contain('A supervisor may know your name');
    expect(confidentiality).not.to.match(/unless you ask us to in writing|whenever it is safe|full name/);
    expect(electronic).to.contain('scheduling only').and.to.contain('not watch').and.to.contain('crisis lines');
    expect((policiesEn as Policy[])[1].acknowledgments.map((a) => a.id)).to.include.members(['texts', 'email', 'portal']);
    expect(group).to.contain('stays in the group').and.to.contain('record').and.to.contain('cannot promise');
    // Telehealth (item 8): a practice's own promises are its values; where the therapist is licensed; an emergency contact.
    expect(telehealth).to.contain('private, quiet place').and.to.contain('driving').and.to.contain('call stops');
    expect(telehealth).to.contain('licensed').and.to.contain('somewhere else').and.to.contain('emergency contact');
    expect(telehealth).not.to.match(/five minutes|secure video|We do not record sessions/);
    expect(tokens((policiesEn as Policy[])[3])).to.deep.equal(['licensedRegion', 'reconnectMinutes', 'videoService']);
    expect((policiesEn as Policy[])[3].acknowledgments.map((a) => a.id)).to.include.members(['location', 'emergency-contact']);
    // Minors: what a parent or guardian can and cannot know, and the limits, for the young person.
    expect(minors)
      .to.contain('Your parent or guardian can know')
      .and.to.contain('will not tell your parent or guardian the details')
      .and.to.contain('hurt yourself')
      .and.to.contain('abuse')
      .and.to.contain('try to talk with you first when it is safe and allowed')
      .and.to.contain('ask before you say it');
    // Only documented tokens (docs/consent.md lists each with an example value).
    for (const policy of policiesEn as Policy[]) expect(['licensedRegion', 'reconnectMinutes', 'videoService', 'practice']).to.include.members(tokens(policy));
  });

  it('en reads at grade 8 or lower (Flesch–Kincaid, per template, what changed included); minors at grade 6 or lower', () => {
    for (const policy of policiesEn as Policy[]) {
      const text = [...policy.sections.map((s) => `${s.title}. ${words(s.bodyHtml)}`), ...policy.acknowledgments.map((a) => a.label)].join(' ');
      expect(gradeLevel(text), policy.id).to.be.at.most(policy.id === 'minors' ? 6 : 8);
      if (policy.changes) expect(gradeLevel(policy.changes), `${policy.id} changes`).to.be.at.most(8);
    }
  });
});
