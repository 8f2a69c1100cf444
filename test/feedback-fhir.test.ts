import '../packages/elements/src/all.js';

import { expect, fixture, html } from '@open-wc/testing';

import { toQuestionnaire, toQuestionnaireResponse } from '../packages/elements/src/feedback-form/feedback-fhir.js';
import type { HearthFeedbackForm } from '../packages/elements/src/feedback-form/feedback-form.js';
import { buildResponse } from '../packages/elements/src/feedback-form/feedback-response.js';
import type { FormDefinition } from '../packages/elements/src/feedback-form/form-definition.js';
import { EVERY_TYPE } from './fixtures/every-type-form.js';
import { DATE_TIME, ITEM_TYPES, type Json, PUBLICATION_STATUS, RESPONSE_STATUS, VALUE_KEYS } from './helpers/fhir-r4.js';

/*
 * FHIR R4 checks, written from the specification (hl7.org/fhir/R4/questionnaire.html and
 * questionnaireresponse.html): required elements and their cardinality, value sets of the coded
 * elements Hearth writes, the invariants that apply (que-2, que-5, que-6, que-9, que-10, qrs-1),
 * and that each answer's value[x] matches its question's type.
 */

/** Problems of a Questionnaire against R4; an empty list when it conforms. */
function questionnaireProblems(q: Json): string[] {
  const problems: string[] = [];
  if (q.resourceType !== 'Questionnaire') problems.push('resourceType');
  if (!PUBLICATION_STATUS.includes(q.status)) problems.push('status (1..1, PublicationStatus)');
  if (typeof q.url !== 'string' || /\s|\|/.test(q.url)) problems.push('url is a uri without a version');
  const linkIds = new Set<string>();
  const visit = (items: Json[], path: string) => {
    items.forEach((item, i) => {
      const at = `${path}[${i}]`;
      if (typeof item.linkId !== 'string' || !item.linkId) problems.push(`${at}.linkId (1..1)`);
      if (linkIds.has(item.linkId)) problems.push(`${at}: que-2 linkId unique`);
      linkIds.add(item.linkId);
      if (!ITEM_TYPES.includes(item.type)) problems.push(`${at}.type (1..1, QuestionnaireItemType)`);
      if (item.answerOption && !['choice', 'open-choice'].includes(item.type)) problems.push(`${at}: que-5 answerOption only for choice`);
      for (const option of item.answerOption ?? []) {
        if (VALUE_KEYS(option).length !== 1) problems.push(`${at}.answerOption.value[x] (1..1)`);
        if (option.valueCoding && typeof option.valueCoding.code !== 'string') problems.push(`${at}.answerOption.valueCoding.code`);
      }
      if (item.type === 'display' && (item.required !== undefined || item.repeats !== undefined)) problems.push(`${at}: que-6`);
      if (item.type === 'display' && item.readOnly !== undefined) problems.push(`${at}: que-9`);
      if (item.maxLength !== undefined && !['boolean', 'decimal', 'integer', 'string', 'text', 'url', 'open-choice'].includes(item.type))
        problems.push(`${at}: que-10`);
      for (const key of ['required', 'repeats', 'readOnly']) if (item[key] !== undefined && typeof item[key] !== 'boolean') problems.push(`${at}.${key}`);
      for (const extension of item.extension ?? [])
        if (typeof extension.url !== 'string' || VALUE_KEYS(extension).length !== 1) problems.push(`${at}.extension`);
      if (item.item) visit(item.item, `${at}.item`);
    });
  };
  visit(q.item ?? [], 'item');
  return problems;
}

/** Problems of a QuestionnaireResponse against R4 and the Questionnaire it answers. */
function responseProblems(r: Json, q: Json): string[] {
  const problems: string[] = [];
  if (r.resourceType !== 'QuestionnaireResponse') problems.push('resourceType');
  if (!RESPONSE_STATUS.includes(r.status)) problems.push('status (1..1, QuestionnaireResponseStatus)');
  if (r.questionnaire !== `${q.url}|${q.version}`) problems.push('questionnaire is the canonical url|version');
  if (!DATE_TIME.test(r.authored)) problems.push('authored is a dateTime');
  if (Array.isArray(r.identifier) || (r.identifier && typeof r.identifier.value !== 'string')) problems.push('identifier (0..1 Identifier)');
  const questions = new Map<string, Json>();
  const index = (items: Json[]) => items.forEach((item) => (questions.set(item.linkId, item), index(item.item ?? [])));
  index(q.item);
  for (const [i, item] of (r.item ?? []).entries()) {
    const at = `item[${i}]`;
    const question = questions.get(item.linkId);
    if (!question) {
      problems.push(`${at}.linkId is not in the Questionnaire`);
      continue;
    }
    if (item.item && item.answer) problems.push(`${at}: qrs-1`);
    if (!question.repeats && (item.answer?.length ?? 0) > 1) problems.push(`${at}: one answer for a question that does not repeat`);
    for (const answer of item.answer ?? []) {
      const keys = VALUE_KEYS(answer);
      if (keys.length !== 1) problems.push(`${at}.answer.value[x] (1..1)`);
      const [key] = keys;
      const value = answer[key];
      const ok =
        question.type === 'integer'
          ? key === 'valueInteger' && Number.isInteger(value)
          : question.type === 'decimal'
            ? key === 'valueDecimal' && typeof value === 'number'
            : question.type === 'choice'
              ? key === 'valueCoding' && question.answerOption.some((o: Json) => o.valueCoding.code === value.code)
              : ['string', 'text'].includes(question.type)
                ? key === 'valueString' && typeof value === 'string'
                : false;
      if (!ok) problems.push(`${at}: ${key} does not fit a ${question.type} question`);
    }
  }
  return problems;
}

const answers = { r: 7, sc: 'some', sl: 35, ch: 'ok', mu: ['talk', 'plan'], tx: 'Lighter', ta: 'Line one\nLine two' };

describe('FHIR R4: toQuestionnaire() and toQuestionnaireResponse()', () => {
  it('every item type maps as ARCHITECTURE.md says, and conforms to R4', () => {
    const q = toQuestionnaire(EVERY_TYPE);
    expect(questionnaireProblems(q)).to.deep.equal([]);
    expect(q).to.include({ resourceType: 'Questionnaire', url: 'urn:hearth:form:every-type', version: '2', title: 'Every kind of question', status: 'active' });
    const byId = Object.fromEntries(q.item.map((item) => [item.linkId, item as Json]));
    expect(byId.r.type).to.equal('integer');
    expect(byId.sl.type).to.equal('decimal');
    expect(byId.sl.extension).to.deep.include({
      url: 'http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl',
      valueCodeableConcept: { coding: [{ system: 'http://hl7.org/fhir/questionnaire-item-control', code: 'slider', display: 'Slider' }] },
    });
    expect(byId.sl.extension).to.deep.include({ url: 'http://hl7.org/fhir/StructureDefinition/questionnaire-sliderStepValue', valueInteger: 5 });
    for (const id of ['sc', 'ch', 'mu']) expect(byId[id].type, id).to.equal('choice');
    expect(byId.mu.repeats).to.equal(true);
    expect(byId.sc.answerOption[2]).to.deep.equal({
      extension: [{ url: 'http://hl7.org/fhir/StructureDefinition/ordinalValue', valueDecimal: 2 }],
      valueCoding: { code: 'often', display: 'Often' },
    });
    expect(byId.ch.answerOption[1]).to.deep.equal({ valueCoding: { code: 'unsafe', display: 'I do not feel safe' } });
    expect(byId.tx).to.include({ type: 'string', maxLength: 40 });
    expect(byId.ta.type).to.equal('text');
    expect(byId.r.required).to.equal(true);
    expect(byId.mu.item[0]).to.include({ linkId: 'mu-help', type: 'display', text: 'Choose as many as you like.' });
    // A scored form gets a read-only total.
    expect(byId['score-total']).to.include({ type: 'integer', readOnly: true });
  });

  it('a response maps each answer to the value type of its question, and conforms to R4', () => {
    const response = buildResponse(EVERY_TYPE, answers, {
      responseId: 'b0c1d2e3-0000-4000-8000-000000000001',
      locale: 'en',
      anonymous: false,
      clientName: 'Sam',
    });
    const q = toQuestionnaire(EVERY_TYPE);
    const r = toQuestionnaireResponse(EVERY_TYPE, response);
    expect(responseProblems(r, q)).to.deep.equal([]);
    expect(r).to.include({
      resourceType: 'QuestionnaireResponse',
      questionnaire: 'urn:hearth:form:every-type|2',
      status: 'completed',
      authored: response.submittedAt,
      language: 'en',
    });
    expect(r.identifier).to.deep.equal({ system: 'urn:ietf:rfc:3986', value: 'urn:uuid:b0c1d2e3-0000-4000-8000-000000000001' });
    expect(r.subject).to.deep.equal({ display: 'Sam' });
    const byId = Object.fromEntries(r.item.map((item) => [item.linkId, (item as Json).answer]));
    expect(byId.r).to.deep.equal([{ valueInteger: 7 }]);
    expect(byId.sl).to.deep.equal([{ valueDecimal: 35 }]);
    expect(byId.sc).to.deep.equal([{ valueCoding: { code: 'some', display: 'Sometimes' } }]);
    expect(byId.mu).to.deep.equal([
      { valueCoding: { code: 'talk', display: 'Talking it through' } },
      { valueCoding: { code: 'plan', display: 'Making a plan' } },
    ]);
    expect(byId.tx).to.deep.equal([{ valueString: 'Lighter' }]);
    expect(byId.ta).to.deep.equal([{ valueString: 'Line one\nLine two' }]);
    // Scored: 7 + 1 + 3.
    expect(byId['score-total']).to.deep.equal([{ valueInteger: 11 }]);
  });

  it('unanswered questions are left out; anonymous leaves out the subject; a url and decimal scores are kept', () => {
    const definition: FormDefinition = {
      ...EVERY_TYPE,
      url: 'https://willow.example/forms/every-type',
      items: EVERY_TYPE.items.map((item) =>
        item.id === 'sc' ? { ...item, options: item.options!.map((o) => ({ ...o, score: (o.score ?? 0) + 0.5 })) } : item,
      ),
    };
    const response = buildResponse(
      definition,
      { r: 2, sc: 'never' },
      { responseId: 'b0c1d2e3-0000-4000-8000-000000000002', locale: 'es', anonymous: true, clientName: 'Sam' },
    );
    const q = toQuestionnaire(definition);
    const r = toQuestionnaireResponse(definition, response);
    expect(questionnaireProblems(q)).to.deep.equal([]);
    expect(responseProblems(r, q)).to.deep.equal([]);
    expect(r.questionnaire).to.equal('https://willow.example/forms/every-type|2');
    expect(r).not.to.have.property('subject');
    expect(r.item.map((item) => item.linkId)).to.deep.equal(['r', 'sc', 'score-total']);
    expect((q.item.at(-1) as Json).type).to.equal('decimal');
    expect((r.item.at(-1) as Json).answer).to.deep.equal([{ valueDecimal: 2.5 }]);
  });

  it('the element gives the same, with {name} and {practice} filled in, for every built-in template', async () => {
    for (const template of ['session', 'material', 'group']) {
      const el = await fixture<HearthFeedbackForm>(
        html`<hearth-feedback-form template=${template} storage="none" endpoint="/__hearth/send/ok"></hearth-feedback-form>`,
      );
      await el.updateComplete;
      const q = el.toQuestionnaire();
      expect(questionnaireProblems(q), template).to.deep.equal([]);
      const filled = Object.fromEntries(
        el.formDefinition!.items.map((item) => [item.id, item.type === 'textarea' ? 'Words' : item.options ? item.options[0].value : 4]),
      );
      el.answers = filled;
      expect(responseProblems(el.toQuestionnaireResponse(), q), template).to.deep.equal([]);
    }
  });

  it('before the form is loaded, a clear error says to wait', () => {
    const el = document.createElement('hearth-feedback-form');
    expect(() => el.toQuestionnaire()).to.throw('await el.updateComplete first');
  });

  it('works without a render: a definition given as a property, before the element is in the page, gives what the rendered form gives', async () => {
    const el = document.createElement('hearth-feedback-form');
    el.setAttribute('storage', 'none');
    el.definition = EVERY_TYPE;
    const q = el.toQuestionnaire();
    expect(questionnaireProblems(q)).to.deep.equal([]);
    expect(q.item.map((item) => item.linkId)).to.include.members(EVERY_TYPE.items.map((item) => item.id));
    const response = buildResponse(EVERY_TYPE, answers, { responseId: '7d9e1c2a-0000-4000-8000-000000000001', locale: 'en', anonymous: false });
    const r = el.toQuestionnaireResponse(response);
    expect(responseProblems(r, q)).to.deep.equal([]);
    const rendered = await fixture<HearthFeedbackForm>(html`<hearth-feedback-form storage="none" .definition=${EVERY_TYPE}></hearth-feedback-form>`);
    expect(q).to.deep.equal(rendered.toQuestionnaire());
    expect(r).to.deep.equal(rendered.toQuestionnaireResponse(response));
  });

  it('works without a render: a JSON child, before the element is in the page', () => {
    const el = document.createElement('hearth-feedback-form');
    const child = document.createElement('script');
    child.type = 'application/json';
    child.textContent = JSON.stringify(EVERY_TYPE);
    el.append(child);
    expect(questionnaireProblems(el.toQuestionnaire())).to.deep.equal([]);
    expect(el.toQuestionnaire().title).to.equal(EVERY_TYPE.title);
  });

  it('a src still loading: the error says so; once updateComplete resolved it gives the Questionnaire', async () => {
    const el = document.createElement('hearth-feedback-form');
    el.setAttribute('storage', 'none');
    el.src = '/__hearth/content/form.json';
    document.body.append(el);
    try {
      expect(() => el.toQuestionnaire()).to.throw('the form is still loading (from src); await el.updateComplete first');
      await el.updateComplete;
      expect(questionnaireProblems(el.toQuestionnaire())).to.deep.equal([]);
    } finally {
      el.remove();
    }
  });

  it('a definition that is not valid: the error says it could not be used, not to wait', () => {
    const el = document.createElement('hearth-feedback-form');
    el.definition = { ...EVERY_TYPE, id: 'not an id' };
    expect(() => el.toQuestionnaire()).to.throw('the form could not be used');
  });
});
