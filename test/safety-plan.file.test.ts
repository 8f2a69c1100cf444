import '../packages/elements/src/all.js';

import { expect, fixture, html } from '@open-wc/testing';

import type { HearthSafetyPlan } from '../packages/elements/src/safety-plan/safety-plan.js';
import { type SafetyPlan, SECTION_IDS } from '../packages/elements/src/safety-plan/safety-plan-format.js';
import { textProblem } from '../packages/elements/src/safety-plan/safety-plan-schema.js';
import { nextDownload } from './helpers/downloads.js';
import { storedRecord } from './helpers/indexeddb.js';
import { inShadow, shadow, shadowButton as button, until } from './helpers/shadow.js';
import { expectNoInjection, settleScripts, trapDialogs, xssVectors } from './suites/xss-suite.js';

// Issue 20: the plan saved as a file (JSON that imports again, text for reading) and imported back
// from "Manage my plan". An import merges and loses nothing already here; a hostile or huge file
// gives a clear message and changes nothing.

let n = 0;
const key = () => `plan-file-${Date.now()}-${++n}`;

const NOT_A_PLAN = 'That file is not a Hearth safety plan file. Nothing was changed.';
const TOO_BIG = 'That file is too big to be a Hearth safety plan file. Nothing was changed.';

async function plan(storeKey = key(), lang = 'en'): Promise<HearthSafetyPlan> {
  const el = await fixture<HearthSafetyPlan>(html`<hearth-safety-plan lang=${lang} store-key=${storeKey}></hearth-safety-plan>`);
  await until(() => el.data.loaded && !!inShadow(el, '#heading-reasons').textContent!.trim(), 5000, 'the plan read and its prompts loaded');
  await el.updateComplete;
  return el;
}

/** Opens "Manage my plan", as a client would. */
async function openManage(el: HearthSafetyPlan): Promise<void> {
  button(el, 'Manage my plan').click();
  await el.updateComplete;
  expect(inShadow(el, '#manage-region').hidden).to.equal(false);
}

/** Chooses `file` through "Import a Hearth plan file", as a client would, and waits for its result. */
async function chooseFile(el: HearthSafetyPlan, file: File): Promise<string> {
  const input = inShadow<HTMLInputElement>(el, '#import-file');
  let opened = false;
  input.addEventListener('click', (event) => ((opened = true), event.preventDefault()), { once: true });
  button(el, 'Import a Hearth plan file').click();
  expect(opened, 'the button opens the file picker').to.equal(true);
  const transfer = new DataTransfer();
  transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change'));
  // The import is work the element tracks: updateComplete waits for it.
  await el.updateComplete;
  return inShadow(el, '[part="import-status"]').textContent!.trim();
}

const fileOf = (text: string, name = 'safety-plan.json') => new File([text], name, { type: 'application/json' });

/** A plan file as Hearth writes it, around `plan`. */
const envelope = (plan: unknown) => JSON.stringify({ format: 'hearth-safety-plan-export', version: 1, exportedAt: '2026-03-01T10:00:00.000Z', plan });

/** A valid plan: `items` lines in the sections given (the others empty). */
function planWith(
  sections: Partial<Record<(typeof SECTION_IDS)[number], { id: string; text: string; phone?: string }[]>>,
  strategies: string[] = [],
): SafetyPlan {
  return {
    planId: 'imported-plan',
    version: 1,
    updatedAt: '2026-03-01T09:00:00.000Z',
    locale: 'en',
    sections: SECTION_IDS.map((id) => ({ id, items: sections[id] ?? [], ...(id === 'coping' && strategies.length ? { strategyIds: strategies } : {}) })),
  };
}

/** What the client sees of each section: its lines, in order. */
const shownItems = (el: HearthSafetyPlan) =>
  Object.fromEntries(
    SECTION_IDS.map((id) => [id, [...shadow(el).querySelectorAll(`section[aria-labelledby="heading-${id}"] .item .text`)].map((node) => node.textContent)]),
  );

const storedPlan = async (storeKey: string) => (await storedRecord<{ plan: SafetyPlan }>('safety-plan', `default/${storeKey}`))?.data.plan;

describe('<hearth-safety-plan>: saving a copy as a file, and importing one', () => {
  it('"Save as a file (JSON)" then "Import a Hearth plan file" into an empty plan gives the same plan', async () => {
    const el = await plan();
    el.addItem('warning-signs', 'I stop answering messages');
    el.addItem('people', 'Maya, my sister');
    el.addItem('professionals', 'Dr Lee', '+1 555 0100');
    el.addItem('reasons', 'My cat, Biscuit');
    await el.data.save();
    await openManage(el);
    const download = nextDownload();
    button(el, 'Save as a file (JSON)').click();
    const file = await download;
    expect(file.name).to.match(/^safety-plan-\d{4}-\d\d-\d\d\.json$/);
    const saved = JSON.parse(file.text);
    expect(saved.format).to.equal('hearth-safety-plan-export');
    expect(saved.version).to.equal(1);
    expect(saved.plan).to.deep.equal(el.plan);

    const storeKey = key();
    const fresh = await plan(storeKey);
    await openManage(fresh);
    expect(await chooseFile(fresh, fileOf(file.text))).to.equal('Added 4 new items to your plan. Nothing already in it was changed.');
    const { updatedAt, ...imported } = fresh.plan;
    const { updatedAt: exportedAt, ...original } = el.plan;
    expect(imported).to.deep.equal(original);
    expect(Date.parse(updatedAt)).to.be.at.least(Date.parse(exportedAt));
    expect(shownItems(fresh)).to.deep.equal(shownItems(el));
    await until(async () => (await storedPlan(storeKey))?.sections.find((s) => s.id === 'professionals')?.items.length === 1, 3000, 'saved on the device');
  });

  it('an import into a plan that has items keeps every one of them: only new items are added, strategy links are united', async () => {
    const storeKey = key();
    const el = await plan(storeKey);
    const mine = el.addItem('warning-signs', 'I sleep all day')!;
    el.addItem('coping', 'A cold glass of water');
    el.data.linkStrategy('coping', 'grounding-54321');
    await el.data.save();
    await openManage(el);
    const before = el.plan;
    const file = envelope(
      planWith(
        {
          // The same item, changed in the file: the one here is kept as it is.
          'warning-signs': [
            { id: mine.id, text: 'Changed in the file' },
            { id: 'new-sign', text: 'I skip meals' },
          ],
          people: [{ id: 'new-person', text: 'Sam', phone: '555 0199' }],
        },
        ['grounding-54321', 'urge-surfing'],
      ),
    );
    expect(await el.importPlan(file)).to.equal(3);
    expect(inShadow(el, '[part="import-status"]').textContent).to.equal('Added 3 new items to your plan. Nothing already in it was changed.');
    const after = el.plan;
    expect(after.planId, 'the plan keeps its id').to.equal(before.planId);
    expect(after.sections.find((s) => s.id === 'warning-signs')!.items).to.deep.equal([
      { id: mine.id, text: 'I sleep all day' },
      { id: 'new-sign', text: 'I skip meals' },
    ]);
    expect(after.sections.find((s) => s.id === 'coping')!.items).to.deep.equal(before.sections.find((s) => s.id === 'coping')!.items);
    expect(after.sections.find((s) => s.id === 'coping')!.strategyIds).to.deep.equal(['grounding-54321', 'urge-surfing']);
    expect(after.sections.find((s) => s.id === 'people')!.items).to.deep.equal([{ id: 'new-person', text: 'Sam', phone: '555 0199' }]);
    await until(async () => JSON.stringify((await storedPlan(storeKey))?.sections) === JSON.stringify(after.sections), 3000, 'the merged plan saved');

    // The same file again adds nothing, and says so.
    expect(await el.importPlan(file)).to.equal(0);
    expect(inShadow(el, '[part="import-status"]').textContent).to.equal('Everything in that file is already in your plan. Nothing was changed.');
    expect(el.plan).to.deep.equal(after);
  });

  describe('a hostile or huge file gives a clear message and changes nothing', () => {
    let el: HearthSafetyPlan;
    let storeKey: string;
    let before: SafetyPlan;

    beforeEach(async () => {
      storeKey = key();
      el = await plan(storeKey);
      el.addItem('warning-signs', 'Kept as it was');
      el.addItem('people', 'Ana');
      el.addItem('professionals', 'Dr Lee', '555 0123');
      await el.data.save();
      before = el.plan;
      await openManage(el);
    });

    async function expectUnchanged() {
      expect(el.plan).to.deep.equal(before);
      expect(await storedPlan(storeKey)).to.deep.equal(before);
      expect(shownItems(el)['warning-signs']).to.deep.equal(['Kept as it was']);
    }

    const refused: [string, () => string, string][] = [
      ['not JSON', () => 'this is { not json', NOT_A_PLAN],
      ['empty', () => '', NOT_A_PLAN],
      ['JSON that is not an object', () => '[1, 2, 3]', NOT_A_PLAN],
      ['null', () => 'null', NOT_A_PLAN],
      [
        'another format (a journal export)',
        () => JSON.stringify({ format: 'hearth-journal-export', version: 1, exportedAt: '2026-01-01T00:00:00.000Z', entries: [] }),
        NOT_A_PLAN,
      ],
      [
        'a later format version',
        () => JSON.stringify({ format: 'hearth-safety-plan-export', version: 2, exportedAt: '2026-01-01T00:00:00.000Z', plan: planWith({}) }),
        NOT_A_PLAN,
      ],
      ['a plan of the wrong shape', () => envelope({ planId: 'x', version: 1, sections: 'all of them' }), NOT_A_PLAN],
      ['an item of 1 MB', () => envelope(planWith({ coping: [{ id: 'huge', text: 'x'.repeat(1_000_000) }] })), NOT_A_PLAN],
      ['10 000 items', () => envelope(planWith({ coping: Array.from({ length: 10_000 }, (_, i) => ({ id: `item-${i}`, text: `Line ${i}` })) })), NOT_A_PLAN],
      ['a control character in a text', () => envelope(planWith({ coping: [{ id: 'ctl', text: 'Breathe\u0000 slowly' }] })), NOT_A_PLAN],
      ['one item id twice', () => envelope(planWith({ coping: [{ id: 'same', text: 'A' }], reasons: [{ id: 'same', text: 'B' }] })), NOT_A_PLAN],
      ['a phone number that is a script', () => envelope(planWith({ people: [{ id: 'p', text: 'Sam', phone: 'javascript:alert(1)' }] })), NOT_A_PLAN],
      ['a __proto__ key in the plan', () => envelope({ ...planWith({ coping: [{ id: 'a', text: 'A' }] }), ['__proto__']: { polluted: true } }), NOT_A_PLAN],
      [
        'a __proto__ key in the envelope',
        () => `{"__proto__": {"polluted": true}, ${envelope(planWith({ coping: [{ id: 'a', text: 'A' }] })).slice(1)}`,
        NOT_A_PLAN,
      ],
      [
        'a constructor key in an item',
        () => envelope(planWith({ coping: [{ id: 'a', text: 'A', constructor: { prototype: { polluted: true } } } as never] })),
        NOT_A_PLAN,
      ],
      ['more than 4 MB', () => envelope(planWith({ coping: [{ id: 'a', text: 'A' }] })).padEnd(5 * 1024 * 1024, ' '), TOO_BIG],
    ];

    for (const [what, file, message] of refused) {
      it(what, async () => {
        expect(await chooseFile(el, fileOf(file()))).to.equal(message);
        await expectUnchanged();
        expect(({} as Record<string, unknown>).polluted, 'Object.prototype untouched').to.equal(undefined);
      });
    }

    it('a 5 MB file is refused before it is read', async () => {
      const read = Blob.prototype.text;
      let reads = 0;
      Blob.prototype.text = function (this: Blob) {
        reads++;
        return read.call(this);
      };
      try {
        expect(await chooseFile(el, fileOf('x'.repeat(5 * 1024 * 1024)))).to.equal(TOO_BIG);
      } finally {
        Blob.prototype.text = read;
      }
      expect(reads, 'the file was not read').to.equal(0);
      await expectUnchanged();
    });

    it('a file that would make a section longer than 200 lines', async () => {
      const file = envelope(planWith({ 'warning-signs': Array.from({ length: 200 }, (_, i) => ({ id: `sign-${i}`, text: `Sign ${i}` })) }));
      expect(await chooseFile(el, fileOf(file))).to.equal(
        'That file would make a part of your plan too long. Nothing was changed. Remove some lines, then try again.',
      );
      await expectUnchanged();
    });

    it('ids that are prototype names are ordinary ids: imported as lines, nothing polluted', async () => {
      const file = envelope(
        planWith({
          coping: [
            { id: '__proto__', text: 'Walk round the block' },
            { id: 'constructor', text: 'Call Sam' },
          ],
        }),
      );
      expect(await el.importPlan(file)).to.equal(2);
      expect(shownItems(el).coping).to.deep.equal(['Walk round the block', 'Call Sam']);
      expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
      expect(Object.getPrototypeOf(el.plan.sections[1].items[0])).to.equal(Object.prototype);
    });
  });

  it('the XSS corpus as a file: every text the format allows shows as text and nothing runs; the others refuse the whole file', async function () {
    this.timeout(120_000);
    const el = await plan();
    await openManage(el);
    const root = el.shadowRoot!;
    // The element's own controls (the Add fields, the file field…) are there before any import: nothing may be added to them.
    const own = Object.fromEntries(
      ['form', 'input', 'select', 'textarea', 'img', 'svg', 'style', 'script'].map((tag) => [tag, root.querySelectorAll(tag).length]),
    );
    const payloads = xssVectors.map((vector) => vector.payload.slice(0, 2000));
    const allowed = payloads.filter((payload) => !textProblem(payload));
    const notText = payloads.filter((payload) => textProblem(payload));
    expect(allowed.length, 'most of the corpus is text the format allows').to.be.greaterThan(1000);
    expect(allowed.length).to.be.at.most(SECTION_IDS.length * 200);
    const dialogs = trapDialogs();
    try {
      const sections = Object.fromEntries(
        SECTION_IDS.map((id, s) => [id, allowed.slice(s * 200, (s + 1) * 200).map((text, i) => ({ id: `x${s}-${i}`, text }))]),
      );
      expect(await el.importPlan(envelope(planWith(sections)))).to.equal(allowed.length);
      await el.updateComplete;
      await settleScripts();
      expectNoInjection(root, 'imported XSS corpus', own);
      const shown = root.textContent ?? '';
      for (const payload of allowed) expect(shown.includes(payload), `shown as text: ${payload.slice(0, 60)}`).to.equal(true);
      if (notText.length) {
        const before = el.plan;
        expect(await el.importPlan(envelope(planWith({ reasons: notText.slice(0, 200).map((text, i) => ({ id: `bad-${i}`, text })) })))).to.equal(undefined);
        expect(inShadow(el, '[part="import-status"]').textContent).to.equal(NOT_A_PLAN);
        expect(el.plan).to.deep.equal(before);
      }
      expect(dialogs.calls).to.deep.equal([]);
    } finally {
      dialogs.restore();
    }
  });

  it('"Save as text" reads right in Arabic: right to left, the Arabic section titles, numbers and English lines in their own direction', async () => {
    const el = await plan(key(), 'ar');
    el.addItem('warning-signs', 'لا أرد على الرسائل');
    el.addItem('people', 'أختي مايا', '+1 555 0100');
    el.addItem('reasons', 'My cat');
    await el.data.save();
    button(el, 'إدارة خطتي').click();
    await el.updateComplete;
    const download = nextDownload();
    button(el, 'حفظ كنص').click();
    const file = await download;
    expect(file.name).to.match(/^safety-plan-\d{4}-\d\d-\d\d\.txt$/);
    const lines = file.text.split('\n');
    expect(lines[0]).to.equal('\u200Fخطتي للأمان');
    expect(lines[1]).to.match(/^\u200Fآخر تغيير: /);
    for (const line of lines.filter(Boolean)) expect(line.startsWith('\u200F'), `right to left: ${line}`).to.equal(true);
    const titles = el.sectionTitles;
    for (const id of SECTION_IDS) {
      expect(titles[id], `${id} has an Arabic title`).to.match(/[\u0600-\u06FF]/);
      expect(lines, `${id}'s title is a line`).to.include(`\u200F${titles[id]}`);
    }
    expect(lines).to.include('\u200F- \u2068لا أرد على الرسائل\u2069');
    expect(lines, 'the phone number reads left to right').to.include('\u200F- \u2068أختي مايا\u2069 \u2066+1 555 0100\u2069');
    expect(lines, 'an English line keeps its own direction').to.include('\u200F- \u2068My cat\u2069');
    expect(lines, 'a section with nothing in it says so').to.include('\u200Fلم يُكتب شيء هنا بعد.');
    expect(lines.filter(Boolean).at(-1)).to.equal('\u200Fإذا كنت بحاجة إلى مساعدة الآن، فاتصل بخط دعم في الأزمات أو برقم الطوارئ المحلي.');
  });

  it('"Save as text" in English: the heading, each section and its lines, and where to find help', async () => {
    const el = await plan();
    el.addItem('coping', 'A cold glass of water');
    el.data.linkStrategy('coping', 'grounding-54321');
    await el.data.save();
    await until(() => !!el.strategyTitle('grounding-54321'), 3000, 'the strategy title');
    const text = await el.exportPlan('text');
    const lines = text.split('\n');
    expect(lines[0]).to.equal('My safety plan');
    expect(lines.some((line) => line.startsWith('\u200F'))).to.equal(false);
    const coping = lines.indexOf(el.sectionTitles.coping);
    expect(lines.slice(coping, coping + 4)).to.deep.equal([
      el.sectionTitles.coping,
      '- \u2068A cold glass of water\u2069',
      'Coping strategies:',
      `- \u2068${el.strategyTitle('grounding-54321')}\u2069`,
    ]);
    expect(lines.filter(Boolean).at(-1)).to.equal('If you need help now, call a crisis line or your local emergency number.');
  });

  it('with nothing written, "Manage my plan" offers the import but no empty file to save; axe finds nothing before and after an import', async () => {
    const el = await plan();
    await openManage(el);
    expect([...shadow(el).querySelectorAll('button')].some((b) => b.textContent!.includes('Save as'))).to.equal(false);
    expect(button(el, 'Import a Hearth plan file')).to.exist;
    await expect(el).to.be.accessible();
    expect(await chooseFile(el, fileOf('not a plan'))).to.equal(NOT_A_PLAN);
    await expect(el).to.be.accessible();
    expect(await chooseFile(el, fileOf(envelope(planWith({ coping: [{ id: 'a', text: 'Walk' }] }))))).to.equal(
      'Added 1 new item to your plan. Nothing already in it was changed.',
    );
    expect(button(el, 'Save as a file (JSON)')).to.exist;
    await expect(el).to.be.accessible();
  });
});
