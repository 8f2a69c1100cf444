import type { FhirQuestionnaire, FhirQuestionnaireResponse } from '../feedback-form/feedback-fhir.js';
import { PHONE_SECTIONS, type SafetyPlan, SECTION_IDS, type SectionId } from './safety-plan-format.js';

/*
 * The FHIR R4 mapping of a safety plan, for "share with my therapist" with `format="fhir"`
 * (docs/decisions/033-safety-plan-fhir.md): a QuestionnaireResponse against the published
 * Questionnaire `urn:hearth:safety-plan|1`, as plain JSON. Loaded on demand with sending.
 *
 * Every section is a group (linkId = the section id). In it, `<section>-items` is a repeating
 * string question, one answer per item in the client's order; in the people and places,
 * helpers and professionals sections each answer may hold a nested `<section>-phone` answer;
 * `<section>-strategies` is a repeating open-choice question whose answers are the linked coping
 * strategies, as codings of STRATEGY_SYSTEM.
 */

type Json = Record<string, unknown>;

export const SAFETY_PLAN_QUESTIONNAIRE_URL = 'urn:hearth:safety-plan';
export const SAFETY_PLAN_QUESTIONNAIRE_VERSION = '1';
/** The system of a coping strategy's id (built-in or the practice's own) in a `valueCoding`. */
export const STRATEGY_SYSTEM = 'urn:hearth:coping-strategy';
/** The system of the plan's own id: a plan shared again keeps its identifier, with a later `authored`. */
export const PLAN_ID_SYSTEM = 'urn:hearth:safety-plan-id';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Each section's heading, in the plan's language: what the element shows. */
export type SectionTitles = Readonly<Record<SectionId, string>>;

/** Words of the element's language for the Questionnaire; what is left out is left out of it (never English by default). */
export interface SafetyPlanFhirLabels {
  /** The plan's title ("My safety plan"). */
  title?: string;
  /** The question of a section's items ("What I wrote"); without it the group's title names them. */
  items?: string;
  /** The phone number of an item ("Phone number"). */
  phone?: string;
  /** The linked strategies ("Coping strategies"). */
  strategies?: string;
}

export interface SafetyPlanResponseOptions {
  /** The same labels the Questionnaire was made with, so that each item's text matches it. */
  labels?: SafetyPlanFhirLabels;
  /** The client's name, as `subject.display`; left out when not given. */
  clientName?: string;
  /** A strategy's title, for its coding's `display`. */
  strategyTitle?: (strategyId: string) => string | undefined;
}

/** The Questionnaire, without the `title` FhirQuestionnaire requires: a plan's title is only there when given. */
export type SafetyPlanQuestionnaire = Omit<FhirQuestionnaire, 'title'> & { title?: string };

/** `urn:hearth:safety-plan|1`: the canonical a shared plan points at. */
export const SAFETY_PLAN_CANONICAL = `${SAFETY_PLAN_QUESTIONNAIRE_URL}|${SAFETY_PLAN_QUESTIONNAIRE_VERSION}`;

const linkIds = (section: SectionId) => ({ items: `${section}-items`, phone: `${section}-phone`, strategies: `${section}-strategies` });

/** `{ text }` when there is text (FHIR strings are never empty), else nothing. */
function textOf(text: string | undefined): Json {
  return typeof text === 'string' && text.trim() ? { text } : {};
}

/** The published Questionnaire of every safety plan, with the headings of the element's language. */
export function safetyPlanQuestionnaire(titles: SectionTitles, labels: SafetyPlanFhirLabels = {}): SafetyPlanQuestionnaire {
  return {
    resourceType: 'Questionnaire',
    url: SAFETY_PLAN_QUESTIONNAIRE_URL,
    version: SAFETY_PLAN_QUESTIONNAIRE_VERSION,
    name: 'HearthSafetyPlan',
    ...(labels.title?.trim() ? { title: labels.title } : {}),
    status: 'active',
    item: SECTION_IDS.map((section) => {
      const ids = linkIds(section);
      const items: Json = { linkId: ids.items, ...textOf(labels.items ?? titles[section]), type: 'string', repeats: true, maxLength: 2000 };
      if (PHONE_SECTIONS.includes(section)) items.item = [{ linkId: ids.phone, ...textOf(labels.phone), type: 'string', maxLength: 40 }];
      return {
        linkId: section,
        ...textOf(titles[section]),
        type: 'group',
        item: [items, { linkId: ids.strategies, ...textOf(labels.strategies), type: 'open-choice', repeats: true }],
      };
    }),
  };
}

/**
 * A plan as a QuestionnaireResponse of SAFETY_PLAN_CANONICAL: its sections in the Questionnaire's
 * order, each with its items (and phone numbers) and linked strategies; an empty section is left
 * out (a group with nothing in it is not valid). `authored` is when the plan was last changed.
 */
export function toSafetyPlanQuestionnaireResponse(plan: SafetyPlan, titles: SectionTitles, options: SafetyPlanResponseOptions = {}): FhirQuestionnaireResponse {
  const labels = options.labels ?? {};
  const groups: Json[] = [];
  for (const section of SECTION_IDS) {
    const found = plan.sections.find((candidate) => candidate.id === section);
    if (!found) continue;
    const ids = linkIds(section);
    const children: Json[] = [];
    const items = found.items.filter((item) => item.text.trim());
    if (items.length) {
      children.push({
        linkId: ids.items,
        ...textOf(labels.items ?? titles[section]),
        answer: items.map((item) => ({
          valueString: item.text,
          ...(item.phone?.trim() && PHONE_SECTIONS.includes(section)
            ? { item: [{ linkId: ids.phone, ...textOf(labels.phone), answer: [{ valueString: item.phone }] }] }
            : {}),
        })),
      });
    }
    const strategyIds = [...new Set(found.strategyIds ?? [])];
    if (strategyIds.length) {
      children.push({
        linkId: ids.strategies,
        ...textOf(labels.strategies),
        answer: strategyIds.map((code) => {
          const display = options.strategyTitle?.(code);
          return { valueCoding: { system: STRATEGY_SYSTEM, code, ...(display?.trim() ? { display } : {}) } };
        }),
      });
    }
    if (children.length) groups.push({ linkId: section, ...textOf(titles[section]), item: children });
  }
  return {
    resourceType: 'QuestionnaireResponse',
    identifier: UUID.test(plan.planId)
      ? { system: 'urn:ietf:rfc:3986', value: `urn:uuid:${plan.planId.toLowerCase()}` }
      : { system: PLAN_ID_SYSTEM, value: plan.planId },
    questionnaire: SAFETY_PLAN_CANONICAL,
    status: 'completed',
    authored: plan.updatedAt,
    language: plan.locale,
    ...(options.clientName?.trim() ? { subject: { display: options.clientName } } : {}),
    item: groups,
  };
}
