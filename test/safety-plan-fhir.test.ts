import { expect } from '@open-wc/testing';

import { loadSafetyPlanPrompts } from '../packages/elements/src/content/built-in-safety-plan-prompts.js';
import {
  SAFETY_PLAN_CANONICAL,
  safetyPlanQuestionnaire,
  type SectionTitles,
  STRATEGY_SYSTEM,
  toSafetyPlanQuestionnaireResponse,
} from '../packages/elements/src/safety-plan/safety-plan-fhir.js';
import { emptyPlan, PHONE_SECTIONS, type SafetyPlan, SECTION_IDS, type SectionId } from '../packages/elements/src/safety-plan/safety-plan-format.js';
import { DATE_TIME, ITEM_TYPES, type Json, PUBLICATION_STATUS, RESPONSE_STATUS, VALUE_KEYS } from './helpers/fhir-r4.js';

/*
 * FHIR R4 checks of the safety plan's mapping (docs/decisions/033-safety-plan-fhir.md), written
 * from the specification (hl7.org/fhir/R4/questionnaire.html and questionnaireresponse.html), as
 * test/feedback-fhir.test.ts does, with what a plan adds: groups (que-1), answers nested under an
 * answer (qrs-1), open-choice codings, and every linkId of a response found at its own place in
 * the Questionnaire.
 */

/** R4 `string`: not empty, no more than 1 MB; `code`: no leading or trailing space, single spaces. */
const FHIR_STRING = /^[\r\n\t\S ]+$/;
const FHIR_CODE = /^[^\s]+( [^\s]+)*$/;

/** Problems of a Questionnaire against R4; an empty list when it conforms. */
function questionnaireProblems(q: Json): string[] {
  const problems: string[] = [];
  if (q.resourceType !== 'Questionnaire') problems.push('resourceType');
  if (!PUBLICATION_STATUS.includes(q.status)) problems.push('status (1..1, PublicationStatus)');
  if (typeof q.url !== 'string' || /\s|\|/.test(q.url)) problems.push('url is a uri without a version');
  if (q.name !== undefined && !/^[A-Z]([A-Za-z0-9_]){0,254}$/.test(q.name)) problems.push('que-0 name');
  for (const key of ['title', 'version']) if (q[key] !== undefined && (typeof q[key] !== 'string' || !FHIR_STRING.test(q[key]))) problems.push(key);
  const linkIds = new Set<string>();
  const visit = (items: Json[], path: string) => {
    items.forEach((item, i) => {
      const at = `${path}[${i}]`;
      if (typeof item.linkId !== 'string' || !item.linkId) problems.push(`${at}.linkId (1..1)`);
      if (linkIds.has(item.linkId)) problems.push(`${at}: que-2 linkId unique`);
      linkIds.add(item.linkId);
      if (!ITEM_TYPES.includes(item.type)) problems.push(`${at}.type (1..1, QuestionnaireItemType)`);
      if (item.text !== undefined && (typeof item.text !== 'string' || !FHIR_STRING.test(item.text))) problems.push(`${at}.text is a non-empty string`);
      if (item.type === 'group' && !item.item?.length) problems.push(`${at}: que-1 a group has items`);
      if (item.type === 'display' && item.item) problems.push(`${at}: que-1 a display has no items`);
      if (item.answerOption && item.answerValueSet) problems.push(`${at}: que-4`);
      if ((item.answerOption || item.answerValueSet) && !['choice', 'open-choice'].includes(item.type))
        problems.push(`${at}: que-5 answerOption only for choice`);
      for (const option of item.answerOption ?? []) if (VALUE_KEYS(option).length !== 1) problems.push(`${at}.answerOption.value[x] (1..1)`);
      if (item.type === 'display' && (item.required !== undefined || item.repeats !== undefined)) problems.push(`${at}: que-6`);
      if (['group', 'display'].includes(item.type) && item.initial !== undefined) problems.push(`${at}: que-8`);
      if (item.type === 'display' && item.readOnly !== undefined) problems.push(`${at}: que-9`);
      if (item.maxLength !== undefined && !['boolean', 'decimal', 'integer', 'string', 'text', 'url', 'open-choice'].includes(item.type))
        problems.push(`${at}: que-10`);
      if (item.maxLength !== undefined && !(Number.isInteger(item.maxLength) && item.maxLength > 0)) problems.push(`${at}.maxLength is an integer`);
      for (const key of ['required', 'repeats', 'readOnly']) if (item[key] !== undefined && typeof item[key] !== 'boolean') problems.push(`${at}.${key}`);
      if (item.item) visit(item.item, `${at}.item`);
    });
  };
  visit(q.item ?? [], 'item');
  return problems;
}

/**
 * Problems of a QuestionnaireResponse against R4 and the Questionnaire it answers: each item's
 * linkId is a child of the question or group it sits in (answers to a question's children go
 * under its answer), and each answer's value[x] fits its question.
 */
function responseProblems(r: Json, q: Json): string[] {
  const problems: string[] = [];
  if (r.resourceType !== 'QuestionnaireResponse') problems.push('resourceType');
  if (!RESPONSE_STATUS.includes(r.status)) problems.push('status (1..1, QuestionnaireResponseStatus)');
  if (r.questionnaire !== `${q.url}|${q.version}`) problems.push('questionnaire is the canonical url|version');
  if (!DATE_TIME.test(r.authored)) problems.push('authored is a dateTime');
  if (Array.isArray(r.identifier) || (r.identifier && (typeof r.identifier.value !== 'string' || typeof r.identifier.system !== 'string')))
    problems.push('identifier (0..1 Identifier)');
  if (r.language !== undefined && !/^[a-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(r.language)) problems.push('language is a BCP 47 code');
  const visit = (items: Json[], questions: Json[], path: string) => {
    const order = questions.map((question) => question.linkId);
    let last = -1;
    const seen = new Set<string>();
    items.forEach((item, i) => {
      const at = `${path}[${i}]`;
      const index = order.indexOf(item.linkId);
      const question = questions[index];
      if (!question) {
        problems.push(`${at}.linkId ${JSON.stringify(item.linkId)} is not in the Questionnaire here`);
        return;
      }
      if (index < last) problems.push(`${at}: items are in the Questionnaire's order`);
      last = index;
      if (seen.has(item.linkId) && !question.repeats) problems.push(`${at}: qrs-2 one item per linkId`);
      seen.add(item.linkId);
      if (item.text !== undefined && !FHIR_STRING.test(item.text)) problems.push(`${at}.text is a non-empty string`);
      if (item.item && item.answer) problems.push(`${at}: qrs-1`);
      if (!item.item?.length && !item.answer?.length) problems.push(`${at}: an item with neither answers nor items`);
      if (question.type === 'group') {
        if (item.answer) problems.push(`${at}: a group has no answer`);
        visit(item.item ?? [], question.item ?? [], `${at}.item`);
        return;
      }
      if (item.item) problems.push(`${at}: a question's children go under its answers`);
      if (!question.repeats && (item.answer?.length ?? 0) > 1) problems.push(`${at}: one answer for a question that does not repeat`);
      (item.answer ?? []).forEach((answer: Json, j: number) => {
        const keys = VALUE_KEYS(answer);
        if (keys.length !== 1) problems.push(`${at}.answer[${j}].value[x] (1..1)`);
        const [key] = keys;
        const value = answer[key];
        const ok =
          question.type === 'open-choice'
            ? (key === 'valueCoding' && FHIR_CODE.test(value.code) && typeof value.system === 'string') || (key === 'valueString' && FHIR_STRING.test(value))
            : question.type === 'choice'
              ? key === 'valueCoding' && question.answerOption.some((o: Json) => o.valueCoding.code === value.code)
              : ['string', 'text'].includes(question.type)
                ? key === 'valueString' &&
                  typeof value === 'string' &&
                  FHIR_STRING.test(value) &&
                  (question.maxLength === undefined || value.length <= question.maxLength)
                : false;
        if (!ok) problems.push(`${at}.answer[${j}]: ${key} does not fit a ${question.type} question`);
        if (answer.item) visit(answer.item, question.item ?? [], `${at}.answer[${j}].item`);
      });
    });
  };
  visit(r.item ?? [], q.item ?? [], 'item');
  return problems;
}

/** Every linkId of a response, at any depth. */
function responseLinkIds(items: Json[]): string[] {
  return items.flatMap((item) => [
    item.linkId,
    ...responseLinkIds(item.item ?? []),
    ...(item.answer ?? []).flatMap((answer: Json) => responseLinkIds(answer.item ?? [])),
  ]);
}

/** Every linkId of a Questionnaire, at any depth. */
function questionnaireLinkIds(items: Json[]): string[] {
  return items.flatMap((item) => [item.linkId, ...questionnaireLinkIds(item.item ?? [])]);
}

const TITLES: SectionTitles = {
  'warning-signs': 'Signs a hard time is starting',
  coping: 'Things I can do on my own',
  distractions: 'People and places that take my mind off things',
  people: 'People I can ask for help',
  professionals: 'Professionals I can contact',
  environment: 'Making my surroundings safer',
  reasons: 'My reasons for living',
};

function fullPlan(): SafetyPlan {
  return {
    planId: '3F0C9A52-6B1E-4C4A-9D1E-2B7F5E8A9C10',
    version: 1,
    updatedAt: '2026-03-01T14:30:00.000Z',
    locale: 'en',
    sections: [
      // Out of order on purpose: the response follows the Questionnaire.
      { id: 'reasons', items: [{ id: 'r1', text: 'My dog, Biscuit' }] },
      { id: 'warning-signs', items: [{ id: 'w1', text: 'I stop answering my phone.' }] },
      { id: 'coping', items: [{ id: 'c1', text: 'Make a cup of tea 🍵' }], strategyIds: ['paced-breathing', 'my-walk'] },
      {
        id: 'distractions',
        items: [
          { id: 'd1', text: 'The library near home' },
          { id: 'd2', text: 'Text my cousin Ana', phone: '+1 (555) 010-0199' },
        ],
      },
      { id: 'people', items: [{ id: 'p1', text: 'My sister', phone: '555.010.0123' }] },
      { id: 'professionals', items: [{ id: 'pr1', text: 'Dr. Lee, my therapist', phone: '+44 20 7946 0000' }] },
      { id: 'environment', items: [{ id: 'e1', text: 'Ask my partner to keep my pills.\nLock the cupboard.' }] },
    ],
  };
}

describe('FHIR R4: safetyPlanQuestionnaire() and toSafetyPlanQuestionnaireResponse()', () => {
  it('the Questionnaire: a group per section, repeating items, phones nested where they belong, strategies as open-choice; it conforms to R4', () => {
    const q = safetyPlanQuestionnaire(TITLES, { title: 'My safety plan', phone: 'Phone number', strategies: 'Coping strategies' }) as Json;
    expect(questionnaireProblems(q)).to.deep.equal([]);
    expect(q).to.include({
      resourceType: 'Questionnaire',
      url: 'urn:hearth:safety-plan',
      version: '1',
      name: 'HearthSafetyPlan',
      title: 'My safety plan',
      status: 'active',
    });
    expect(`${q.url}|${q.version}`).to.equal(SAFETY_PLAN_CANONICAL);
    expect(q.item.map((group: Json) => [group.linkId, group.type, group.text])).to.deep.equal(SECTION_IDS.map((id) => [id, 'group', TITLES[id]]));
    const people = q.item.find((group: Json) => group.linkId === 'people');
    expect(people.item).to.deep.equal([
      {
        linkId: 'people-items',
        text: TITLES.people,
        type: 'string',
        repeats: true,
        maxLength: 2000,
        item: [{ linkId: 'people-phone', text: 'Phone number', type: 'string', maxLength: 40 }],
      },
      { linkId: 'people-strategies', text: 'Coping strategies', type: 'open-choice', repeats: true },
    ]);
    for (const group of q.item as Json[]) {
      const hasPhone = Boolean(group.item[0].item);
      expect(hasPhone, group.linkId).to.equal(PHONE_SECTIONS.includes(group.linkId));
    }
  });

  it('without labels, nothing in another language is made up: the Questionnaire has only what it was given', () => {
    const q = safetyPlanQuestionnaire(TITLES) as Json;
    expect(questionnaireProblems(q)).to.deep.equal([]);
    expect(q).not.to.have.property('title');
    const coping = q.item.find((group: Json) => group.linkId === 'coping');
    expect(coping.item[1]).to.deep.equal({ linkId: 'coping-strategies', type: 'open-choice', repeats: true });
    expect(JSON.stringify(q)).not.to.match(/Phone|Coping strategies/);
  });

  it('a plan maps item by item, in the Questionnaire’s order, and conforms to R4', () => {
    const labels = { phone: 'Phone number', strategies: 'Coping strategies' };
    const q = safetyPlanQuestionnaire(TITLES, labels) as Json;
    const r = toSafetyPlanQuestionnaireResponse(fullPlan(), TITLES, {
      labels,
      clientName: 'Sam',
      strategyTitle: (id) => (id === 'paced-breathing' ? 'Paced breathing' : undefined),
    }) as Json;
    expect(responseProblems(r, q)).to.deep.equal([]);
    const known = new Set(questionnaireLinkIds(q.item));
    for (const linkId of responseLinkIds(r.item)) expect(known.has(linkId), linkId).to.equal(true);
    expect(r).to.include({
      resourceType: 'QuestionnaireResponse',
      questionnaire: 'urn:hearth:safety-plan|1',
      status: 'completed',
      authored: '2026-03-01T14:30:00.000Z',
      language: 'en',
    });
    expect(r.identifier).to.deep.equal({ system: 'urn:ietf:rfc:3986', value: 'urn:uuid:3f0c9a52-6b1e-4c4a-9d1e-2b7f5e8a9c10' });
    expect(r.subject).to.deep.equal({ display: 'Sam' });
    expect(r.item.map((group: Json) => group.linkId)).to.deep.equal([...SECTION_IDS]);
    const byId = Object.fromEntries(r.item.map((group: Json) => [group.linkId, group]));
    expect(byId.distractions).to.deep.equal({
      linkId: 'distractions',
      text: TITLES.distractions,
      item: [
        {
          linkId: 'distractions-items',
          text: TITLES.distractions,
          answer: [
            { valueString: 'The library near home' },
            {
              valueString: 'Text my cousin Ana',
              item: [{ linkId: 'distractions-phone', text: 'Phone number', answer: [{ valueString: '+1 (555) 010-0199' }] }],
            },
          ],
        },
      ],
    });
    expect(byId.coping.item[1]).to.deep.equal({
      linkId: 'coping-strategies',
      text: 'Coping strategies',
      answer: [
        { valueCoding: { system: STRATEGY_SYSTEM, code: 'paced-breathing', display: 'Paced breathing' } },
        { valueCoding: { system: 'urn:hearth:coping-strategy', code: 'my-walk' } },
      ],
    });
    expect(byId.environment.item[0].answer).to.deep.equal([{ valueString: 'Ask my partner to keep my pills.\nLock the cupboard.' }]);
  });

  it('empty sections are left out; no name, no subject; a plan id that is not a UUID keeps its own system', () => {
    const plan = emptyPlan('willow-plan-7', 'es-419', '2026-01-05T08:00:00Z');
    const q = safetyPlanQuestionnaire(TITLES) as Json;
    const empty = toSafetyPlanQuestionnaireResponse(plan, TITLES) as Json;
    expect(responseProblems(empty, q)).to.deep.equal([]);
    expect(empty.item).to.deep.equal([]);
    expect(empty).not.to.have.property('subject');
    expect(empty.identifier).to.deep.equal({ system: 'urn:hearth:safety-plan-id', value: 'willow-plan-7' });
    expect(empty.language).to.equal('es-419');

    plan.sections[6].items.push({ id: 'r1', text: 'Mis hijos' });
    plan.sections[1].strategyIds = ['grounding-54321'];
    const some = toSafetyPlanQuestionnaireResponse(plan, TITLES, { clientName: '  ' }) as Json;
    expect(responseProblems(some, q)).to.deep.equal([]);
    expect(some.item.map((group: Json) => group.linkId)).to.deep.equal(['coping', 'reasons']);
    expect(some.item[0].item.map((item: Json) => item.linkId)).to.deep.equal(['coping-strategies']);
    expect(some).not.to.have.property('subject');
  });

  it('hostile or odd values still give valid R4: ids named like Object.prototype, a phone where none belongs, a duplicate strategy, blank titles', () => {
    const plan = fullPlan();
    plan.sections[1].items = [
      { id: '__proto__', text: 'Proto', phone: '555 0100' },
      { id: 'constructor', text: 'Ctor' },
    ];
    plan.sections[2].strategyIds = ['constructor', '__proto__', 'constructor'];
    const titles = { ...TITLES, reasons: '   ' };
    const q = safetyPlanQuestionnaire(titles) as Json;
    const r = toSafetyPlanQuestionnaireResponse(plan, titles) as Json;
    expect(questionnaireProblems(q)).to.deep.equal([]);
    expect(responseProblems(r, q)).to.deep.equal([]);
    const byId = Object.fromEntries(r.item.map((group: Json) => [group.linkId, group]));
    // A phone in warning signs (the schema refuses it; a plan that skipped the schema) is not sent under a linkId that is not there.
    expect(byId['warning-signs'].item[0].answer).to.deep.equal([{ valueString: 'Proto' }, { valueString: 'Ctor' }]);
    expect(byId.coping.item[1].answer.map((answer: Json) => answer.valueCoding.code)).to.deep.equal(['constructor', '__proto__']);
    expect(byId.reasons).not.to.have.property('text');
  });

  it('the checks above catch what they look for (a wrong linkId, a phone in the wrong place, an empty group, a value of the wrong type)', () => {
    const q = safetyPlanQuestionnaire(TITLES) as Json;
    const good = toSafetyPlanQuestionnaireResponse(fullPlan(), TITLES) as Json;
    const edited = (edit: (r: Json) => void) => {
      const r = JSON.parse(JSON.stringify(good)) as Json;
      edit(r);
      return responseProblems(r, q);
    };
    expect(edited((r) => (r.item[0].linkId = 'hope'))).to.deep.equal(['item[0].linkId "hope" is not in the Questionnaire here']);
    expect(edited((r) => (r.item[2].item[0].answer[1].item[0].linkId = 'people-phone'))).to.deep.equal([
      'item[2].item[0].answer[1].item[0].linkId "people-phone" is not in the Questionnaire here',
    ]);
    expect(edited((r) => (r.item[0].item = []))).to.deep.equal(['item[0]: an item with neither answers nor items']);
    expect(edited((r) => (r.item[0].item[0].answer[0] = { valueInteger: 3 }))).to.deep.equal([
      'item[0].item[0].answer[0]: valueInteger does not fit a string question',
    ]);
    expect(edited((r) => r.item.reverse())).to.include("item[1]: items are in the Questionnaire's order");
    expect(questionnaireProblems({ ...q, item: [{ linkId: 'a', type: 'group' }] })).to.deep.equal(['item[0]: que-1 a group has items']);
  });

  it('the built-in section titles, in every language, give a Questionnaire and responses that conform', async () => {
    for (const language of ['en', 'es', 'fr', 'ar']) {
      const prompts = await loadSafetyPlanPrompts(language);
      const titles = Object.fromEntries(prompts.sections.map((section) => [section.id, section.title])) as Record<SectionId, string>;
      const q = safetyPlanQuestionnaire(titles, { title: language }) as Json;
      expect(questionnaireProblems(q), language).to.deep.equal([]);
      expect(q.item.map((group: Json) => group.text)).to.deep.equal(SECTION_IDS.map((id) => titles[id]));
      const plan = { ...fullPlan(), locale: language };
      expect(responseProblems(toSafetyPlanQuestionnaireResponse(plan, titles) as Json, q), language).to.deep.equal([]);
    }
  });
});
