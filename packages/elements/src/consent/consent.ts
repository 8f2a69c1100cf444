import {
  baseLanguage,
  baseStyles,
  type ConfigIssue,
  ContentSource,
  type EventDetail,
  type HearthError,
  HearthFormElement,
  type LocaleController,
  MediaMatch,
  oneOf,
  type OutboxEntry,
  SanitizedHtml,
  validate,
} from '@hearth/core';
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';

import { loadBuiltInPolicy, policyLanguages } from '../content/built-in-policies.js';
import { fillTokens } from '../fill-tokens.js';
import { idRecord } from '../id-record.js';
import { consentCatalog, type ConsentElementStrings } from '../locales/consent-catalog.js';
import { isolateBidi, textDirection } from '../text-direction.js';
import { widgetCardStyles } from '../widget-card.styles.js';
import { widgetControlStyles } from '../widget-controls.styles.js';
import { renderWidgetFooter, widgetFooterStyles } from '../widget-footer.js';
import { SendSettings, widgetSettingIssues, WidgetSettings } from '../widget-settings.js';
import { consentStyles } from './consent.styles.js';
import { type FhirConsent, toFhirConsent } from './consent-fhir.js';
import { ConsentRecords } from './consent-record.js';
import { afterRender, renderConsent, renderNotReady } from './consent-view.js';
import {
  acknowledgmentsFor,
  type ConsentRecord,
  type ConsentStatus,
  hashVersionOf,
  type Policy,
  POLICY_HASH_VERSION,
  policyRoles,
  SIGNER_ROLES,
  type SignerRole,
} from './policy.js';
import type { PolicyHashRecipe } from './policy-hash.js';
import { type FilledPolicy, fillPolicy } from './policy-tokens.js';
import { TermsReading } from './terms-reading.js';

export type ConsentFormat = 'json' | 'fhir';
const FORMATS: readonly ConsentFormat[] = ['json', 'fhir'];
/** The `<template>@<version>`s whose "not reviewed" warning this page has had: said once per page, not once per element. */
const warnedNotReviewed = new Set<string>();
/** Each provider's `src` whose config has arrived (or failed): until then its values are still to come. */
const providerSettled = new WeakMap<Element, string>();

/**
 * What the client sees: the terms to answer, or their answer (agreed, declined, withdrawn), or
 * (`not-ready`) that the terms cannot be signed yet: a built-in template whose `{tokens}` the
 * practice has not given values for.
 */
export type ConsentStage = 'loading' | 'not-ready' | 'form' | 'agreed' | 'declined' | 'withdrawn';

declare global {
  interface HTMLElementEventMap {
    'hearth-consent-submit': CustomEvent<{ record: ConsentRecord }>;
    'hearth-consent-sent': CustomEvent<{ record: ConsentRecord }>;
    'hearth-consent-withdraw': CustomEvent<{ record: ConsentRecord }>;
    'hearth-consent-error': CustomEvent<{ record: ConsentRecord; error: HearthError; queued: boolean }>;
  }
}

/**
 * The practice's terms, read and agreed to, declined, or later withdrawn. The answer is a
 * `ConsentRecord` that proves which exact terms were answered (`policyHash`), kept on the device
 * and, with an endpoint, sent through the outbox as JSON or as a FHIR R4 Consent. A return visit
 * shows the answer, with the terms, a receipt and "Withdraw". New terms ask again.
 *
 * Content: the `policy` property → a child `<script type="application/json">` → `src` → a built-in
 * `template` (`confidentiality`, `electronic-communication`, `group`, `telehealth`, `minors`), in
 * the element's language: a template asked for in a language it is not written in is a
 * configuration error, never terms in another language. A template's `{tokens}` are filled from
 * the provider's `policyValues` (and `{practice}` from its practice name); until every one has a
 * value, clients see "These terms are not ready yet" and cannot sign, and the practice sees which
 * values are missing (inline with `preview`, and once in the console).
 *
 * Terms whose acknowledgments have `roles` (the `minors` template) are answered by each signer
 * for themselves, each with a record of their own: without `signer-role`, one element takes
 * each signer in turn (the client, then "Next: the parent or guardian reads and answers") and
 * shows every signer's answer; with `signer-role`, the element is for that signer only.
 *
 * A built-in template shows clients its "check this against your own duties" note until the
 * practice marks that template version reviewed (`reviewed="confidentiality@2"`); the note comes
 * back when the template's version changes, and always shows with `preview`. While the version on
 * show is not marked reviewed, one `console.warn` per page says which template and version, and how
 * to mark it (none with `preview`: the practice is looking at the note then).
 *
 * @tagname hearth-consent
 * @summary Confidentiality terms a client can read, agree to, keep a copy of and withdraw.
 *
 * @fires hearth-consent-submit - `{ record }` when the client agrees or declines (cancelable: a host that calls `preventDefault()` delivers the record itself; it is still kept on the device).
 * @fires hearth-consent-sent - `{ record }` when the endpoint accepted a record.
 * @fires hearth-consent-withdraw - `{ record }` when the client withdraws (cancelable, like submit).
 * @fires hearth-consent-error - `{ record, error, queued }` when a send failed (`queued`: it will be retried).
 * @fires change - A native `change` from the element when the client ticks, types or answers.
 *
 * @attr {string} name - The name of its value in the owner `<form>`'s data (the record JSON). Form association, `disabled`, `form`, `validity`, `checkValidity()` and `reportValidity()` come from `HearthFormElement` (@hearth/core).
 * @attr {boolean} disabled - Turns the controls off (also set by a disabled `<fieldset>` around it).
 *
 * @csspart base - The widget.
 * @csspart header - The title, version and date.
 * @csspart heading - The policy's title (also `title`).
 * @csspart title - The policy's title.
 * @csspart template-note - The note that a built-in template must be checked by the practice (until `reviewed`, or with `preview`).
 * @csspart terms - The terms: a scroll box on wide screens, part of the page on narrow ones (below 36em of width).
 * @csspart acknowledgments - The checkboxes.
 * @csspart signature - The typed-name field, the role and the date.
 * @csspart missing - What is still needed before agreeing.
 * @csspart agree-button - "I agree".
 * @csspart decline-button - "I do not agree".
 * @csspart answer - The answer on a return visit, with its actions.
 * @csspart receipt-button - "See and print your copy": the printable receipt in plain words.
 * @csspart record-button - "Download the record (JSON)", the secondary copy.
 * @csspart status - Saving and sending messages (a polite live region).
 * @csspart footer - The disclaimer and the compact crisis resources.
 * @csspart disclaimer - The "complements your therapy" note.
 * @csspart error - The configuration error (and, with `preview`, the values the terms are missing).
 * @csspart not-ready - "These terms are not ready yet": a built-in template whose values the practice has not set.
 * @csspart signers - Terms answered in turn: each signer and their answer, with the button that passes the turn.
 *
 * @cssprop --hearth-consent-terms-height - Height of the scrollable terms on wide screens (default 20em).
 */
export class HearthConsent extends SendSettings(WidgetSettings(HearthFormElement)) {
  /** @internal */
  static override localeCatalog = consentCatalog;
  static override styles = [...baseStyles, widgetControlStyles, widgetFooterStyles, widgetCardStyles, consentStyles];
  /** Its strings, typed (the mixins take the base class as it is). */
  declare protected readonly i18n: LocaleController<ConsentElementStrings>;
  /** The terms' sections as sanitized HTML (DOMPurify loads with the first). @internal */
  readonly html = new SanitizedHtml(this, (promise) => this.track(promise));
  /** The hash, the kept answer, answering and sending (the outbox loads only with an endpoint). @internal */
  private readonly records = new ConsentRecords(this);
  /** The terms' tab stops, and (require-scroll) whether the client reached their end. @internal */
  readonly reading = new TermsReading(this);
  /**
   * A narrow or short screen: the terms flow in the page (a box that scrolls inside a page that
   * scrolls is hard to use with a thumb). By `matchMedia`, not `@media`: see MediaMatch in @hearth/core. @internal
   */
  readonly termsFlow = new MediaMatch(this, '(max-width: 36em), (max-height: 32em)');
  /** A phone's width: each answer button the full width. @internal */
  readonly narrow = new MediaMatch(this, '(max-width: 36em)');
  /** Where focus goes after the next render. @internal */
  focusAfterRender?: string;
  /** @internal */
  private warned = false;
  /** The template filled with the practice's values, for the template and values it was filled from. @internal */
  private filled?: { raw: Policy; values: string; result: FilledPolicy };
  /** Terms answered in turn: the first turn was chosen (from the answers kept) for these terms. @internal */
  private turnChosenFor?: Policy;
  /** A provider around the element is still loading: what updates the element when it is done. @internal */
  private providerWait?: Promise<void>;

  /** @internal */
  private readonly content = new ContentSource<Policy>(
    this,
    {
      name: 'policy',
      schema: () => import('./policy-schema.js').then((module) => module.policySchema),
      trustBuiltin: true,
      property: () => this.policy,
      src: () => this.src,
      builtin: () => {
        if (!this.template || this.templateLanguageMissing) return undefined;
        const language = this.templateLanguage;
        const template = this.template;
        return { id: `${template}@${language}`, load: () => loadBuiltInPolicy(template, language) };
      },
    },
    (promise) => this.track(promise),
  );

  /** The ticks by acknowledgment id, without a prototype (id-record.ts). @internal */
  @state() acks: Record<string, boolean> = idRecord();
  /** @internal */
  @state() signerName = '';
  /** @internal */
  @state() relationship = '';
  /** The end of the terms was reached (by scrolling, or by focus moving past them). @internal */
  @state() read = false;
  /** @internal */
  @state() showMissing = false;
  /** @internal */
  @state() confirmingWithdraw = false;
  /** @internal */
  @state() reviewing = false;
  /** The client chose to answer again after declining or withdrawing. @internal */
  @state() answering = false;
  /** @internal */
  @state() status = '';
  /** Terms answered in turn, without `signer-role`: whose turn it is (undefined: the first signer's). @internal */
  @state() turn?: SignerRole;

  /** A built-in policy: `confidentiality`, `electronic-communication`, `group`, `telehealth` or `minors`. */
  @property() template?: string;

  /** The terms as an object (`Policy`); wins over every other source. */
  @property({ attribute: false }) policy?: Policy;

  /** A URL of a JSON `Policy`. */
  @property() src?: string;

  /**
   * The built-in template version the practice has checked against its own duties,
   * `<template>@<version>` (for example `confidentiality@2`): hides the template's note from
   * clients until the template's version changes. `preview` shows it anyway.
   */
  @property() reviewed?: string;

  /**
   * Who signs: `self` (the client), `guardian` or `representative` (who then gives their
   * relationship). Unset: the client; for terms whose acknowledgments have `roles` (the `minors`
   * template), each signer they name, in turn.
   */
  @property({ attribute: 'signer-role' }) signerRole?: SignerRole;

  /** Asks the client to reach the end of the terms (by scrolling, or by moving focus past them) before agreeing. */
  @property({ type: Boolean, attribute: 'require-scroll' }) requireScroll = false;

  /** What is sent: `json` (the record) or `fhir` (a FHIR R4 Consent). */
  @property() format: ConsentFormat = 'json';

  // ── Form association ──────────────────────────────────────────────────────────────────

  /** @internal */
  formResetCallback(): void {
    this.clearInputs();
  }

  /** @internal */
  formStateRestoreCallback(saved: string | File | FormData | null): void {
    if (typeof saved !== 'string') return;
    try {
      const parsed = JSON.parse(saved) as { acks?: Record<string, boolean>; signerName?: string; relationship?: string };
      this.acks = idRecord(parsed.acks && typeof parsed.acks === 'object' ? parsed.acks : undefined);
      this.signerName = typeof parsed.signerName === 'string' ? parsed.signerName : '';
      this.relationship = typeof parsed.relationship === 'string' ? parsed.relationship : '';
    } catch {
      // A state the browser kept from another version of the page: start fresh.
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const policy = this.currentPolicy;
    // (Before the place is followed: the first turn decides whose record is read.)
    this.chooseFirstTurn(policy);
    // Also while the terms are not ready: a client's earlier answer still shows, with Withdraw.
    const key = this.filledPolicy && this.instanceKey;
    const place = key ? { mode: this.mode, namespace: this.practiceConfig?.namespace ?? 'default', key } : undefined;
    // New terms: answered afresh (a decline or withdrawal of other terms asks again anyway).
    if (this.records.follow(policy, place)) this.answering = false;
    const current = this.templateVersion;
    // Once per page for each template version, and not in preview (the practice sees the note then).
    if (current && this.reviewed?.trim() !== current && !this.inPreview && !warnedNotReviewed.has(current)) {
      warnedNotReviewed.add(current);
      const [template, version] = current.split('@');
      const earlier = this.reviewed?.trim().startsWith(`${template}@`) ? this.reviewed.trim() : undefined;
      this.tellPracticeOnce(
        `template-note ${current}`,
        earlier
          ? `has reviewed="${earlier}", but the built-in template "${template}" is now version ${version}, so clients see its "check this against your own duties" note again. Check the new version, then set reviewed="${current}".`
          : `shows the built-in template "${template}" version ${version}, which is not marked reviewed, so clients see its "check this against your own duties" note. Check the terms against your own professional and legal duties, then set reviewed="${current}".`,
      );
    }
    if (!this.warned && policy && !this.activeEndpoint && !this.inOwnerForm) {
      this.warned = true;
      console.warn(`<${this.localName}> has no endpoint: records are delivered only as hearth-consent-submit and hearth-consent-withdraw events.`);
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    afterRender(this);
    if (this.focusAfterRender) {
      const target = this.renderRoot.querySelector<HTMLElement>(this.focusAfterRender);
      // (Kept while the next signer's answer is read: their view is not on screen yet.)
      if (target || this.stage !== 'loading') this.focusAfterRender = undefined;
      target?.focus();
    }
  }

  /** Why toFhirConsent() cannot answer yet, as the host reads it in the error. */
  private notReadyForFhir(policy: Policy | undefined): string {
    const wait = 'await el.updateComplete first';
    if (this.unfilledTokens.length) return `the template's terms need values the practice has not given (${this.unfilledTokens.join(', ')})`;
    if (policy && this.records.hashes) return 'there is no record yet: answer the terms first, or pass a record';
    if (!this.isConnected) return 'it reads its policy and prepares the terms once it is in the page';
    if (policy) return `the terms are still being prepared (their text and hash); ${wait}`;
    const { status, origin } = this.content;
    if (status === 'error') return 'the policy could not be used (see the error the consent shows)';
    if (status !== 'loading') return 'it has no policy: set policy, a JSON child, src or template';
    return `the policy is still loading (${origin === 'src' ? 'from src' : origin === 'builtin' ? 'the built-in template' : 'being checked'}); ${wait}`;
  }

  /**
   * The first turn, once the kept answers are read: a return visit where the first signer has
   * answered these terms and another has not goes straight to the next one (the parent who comes
   * back later); else the first signer. Never after that: after answering, the device is passed
   * on by choice ("Next: …"), not taken away.
   */
  private chooseFirstTurn(policy: Policy | undefined): void {
    const turns = this.turns;
    if (!policy || !turns.length || this.turnChosenFor === policy || !this.hash || !this.records.recordRead || !this.records.othersRead) return;
    this.turnChosenFor = policy;
    if (this.turn !== undefined && this.turn !== turns[0]) return;
    if (!this.isCurrent(this.record)) return;
    const next = turns.find((role) => !this.isCurrent(this.answerOf(role)));
    if (next) this.turn = next;
  }

  protected override configIssues(): ConfigIssue[] {
    const issues = [...this.content.issues, ...this.valueIssues];
    issues.push(...widgetSettingIssues(this));
    issues.push(...validate(oneOf(FORMATS), this.format, 'format').errors);
    if (this.signerRole !== undefined) issues.push(...validate(oneOf(SIGNER_ROLES), this.signerRole, 'signer-role').errors);
    const language = this.templateLanguageMissing ? this.templateLanguage : undefined;
    if (language) {
      // Named in the language of the message (English strings on a German page name "German").
      const shown = this.i18n.shown;
      const names = (languages: readonly string[]) =>
        new Intl.ListFormat(shown, { style: 'long', type: 'conjunction' }).format(
          languages.map((tag) => new Intl.DisplayNames([shown], { type: 'language' }).of(tag) ?? tag),
        );
      issues.push({
        path: 'template',
        message: this.t('consent.templateLanguage', {
          template: this.template!,
          language: names([language]),
          languages: names(policyLanguages(this.template!)),
        }),
      });
    } else if (this.content.status === 'empty') issues.push({ path: 'template', message: 'no policy: set template, policy, a JSON child or src' });
    const policy = this.currentPolicy;
    const roles = policy ? policyRoles(policy) : [];
    if (policy && roles.length && this.signerRole && SIGNER_ROLES.includes(this.signerRole) && !roles.includes(this.signerRole)) {
      issues.push({
        path: 'signer-role',
        message: `"${this.signerRole}" answers none of this policy's acknowledgments for a role (they name ${roles.join(', ')})`,
      });
    }
    return issues;
  }

  // ── What the host can read and call ───────────────────────────────────────────────────

  /**
   * The policy in use (from whichever source), once loaded and checked: a built-in template with
   * its `{tokens}` filled (what the client reads, and what `policyHash` is computed over);
   * undefined while a token has no value (see `unfilledTokens`).
   */
  get currentPolicy(): Policy | undefined {
    const filled = this.filledPolicy;
    return filled && !filled.missing.length ? filled.policy : undefined;
  }

  /** The `{tokens}` of the built-in template on show that have no value (`policyValues`, or `practice-name` for `{practice}`): empty when none. */
  get unfilledTokens(): string[] {
    return this.filledPolicy?.missing ?? [];
  }

  /**
   * The values the template's terms are missing, one configuration issue each, naming the field
   * (`policyValues.<name>`, or the provider's `practice-name` for `{practice}`): logged once as
   * the other configuration errors are, shown inline only with `preview` (clients read the
   * neutral "not ready"). None while the provider is still loading. @internal
   */
  get valueIssues(): ConfigIssue[] {
    const unfilled = this.unfilledTokens;
    if (!unfilled.length || this.providerPending) return [];
    return unfilled.map((token) => ({
      path: token === 'practice' ? 'practice-name' : `policyValues.${token}`,
      message: `the built-in template "${this.template}" needs a value for {${token}}${
        token === 'practice' ? " (the provider's practice name)" : " in <hearth-provider>'s config (docs/consent.md lists each value)"
      }; until it has one, clients read "These terms are not ready yet" and cannot sign`,
    }));
  }

  /**
   * The policy as loaded; a built-in template filled from the provider's `policyValues` and
   * practice name (the same object while those stay the same: the hash is computed once). A
   * practice's own policy is its text as written. @internal
   */
  get filledPolicy(): FilledPolicy | undefined {
    const raw = this.content.value;
    if (!raw) return undefined;
    if (!this.isTemplate) return { policy: raw, missing: [] };
    const source = { practiceName: this.practiceConfig?.practiceName, policyValues: this.practiceConfig?.policyValues };
    const values = JSON.stringify([source.practiceName, source.policyValues]);
    if (this.filled?.raw !== raw || this.filled.values !== values) this.filled = { raw, values, result: fillPolicy(raw, source) };
    return this.filled.result;
  }

  /** The language a built-in template is shown in: the element's (`fr` for `fr-CA`), never another. @internal */
  get templateLanguage(): string {
    return baseLanguage(this.i18n.lang);
  }

  /** True when `template` is a built-in one that is not written in the element's language (a configuration error). @internal */
  get templateLanguageMissing(): boolean {
    const template = this.template;
    if (!template) return false;
    const languages = policyLanguages(template);
    // An unknown id is the loader's error (it lists the known ones).
    return languages.length > 0 && !(languages as string[]).includes(this.templateLanguage);
  }

  /** True when the policy is a built-in template (it shows the "practice must review" note). */
  get isTemplate(): boolean {
    return this.content.origin === 'builtin';
  }

  /** `<template>@<version>` of the built-in template on show (what `reviewed` must say), else undefined. */
  get templateVersion(): string | undefined {
    const policy = this.content.value;
    return this.isTemplate && policy && this.template ? `${this.template}@${policy.version}` : undefined;
  }

  /** True when the template's "check this against your own duties" note shows: not reviewed in this version, or `preview`. */
  get showsTemplateNote(): boolean {
    const current = this.templateVersion;
    return !!current && (this.inPreview || this.reviewed?.trim() !== current);
  }

  /**
   * The language of the terms when it is not the one on screen, else undefined: a built-in
   * template is in the element's language (`templateLanguage`), which shows English strings when
   * Hearth has no table for it. A practice's own policy is taken to be in the element's language. @internal
   */
  get contentLang(): string | undefined {
    if (!this.isTemplate) return undefined;
    return baseLanguage(this.i18n.shown) === this.templateLanguage ? undefined : this.templateLanguage;
  }

  /** The policy's `policyHash` (lowercase hex SHA-256, ARCHITECTURE.md), once computed. */
  get policyHash(): string | undefined {
    return this.hash;
  }

  /** The answer kept on the device for this policy (agreed, declined or withdrawn; possibly for an older version). */
  get consentRecord(): ConsentRecord | undefined {
    return this.record;
  }

  /**
   * What the client sees: `loading`, `not-ready` (a built-in template whose values are not set:
   * nothing to sign), `form` (the terms to answer, also when asked again), `agreed`, `declined`,
   * `withdrawn`. For terms answered in turn: the answer of the signer whose turn it is.
   */
  get stage(): ConsentStage {
    // A provider still loading (its src, or its code) may yet give the values.
    if (this.unfilledTokens.length) return this.providerPending ? 'loading' : 'not-ready';
    const policy = this.currentPolicy;
    if (!policy || !this.hash || !this.records.recordRead) return 'loading';
    const record = this.record;
    if (!record || this.answering) return 'form';
    if (record.status === 'withdrawn') return 'withdrawn';
    return this.isCurrent(record) ? (record.status === 'active' ? 'agreed' : 'declined') : 'form';
  }

  /** True when `record` answers exactly the terms on show (same policy, version, and hash by the record's own recipe). @internal */
  isCurrent(record: ConsentRecord | undefined): boolean {
    const policy = this.currentPolicy;
    return (
      !!record &&
      !!policy &&
      record.policyId === policy.id &&
      record.policyVersion === policy.version &&
      !!this.hash &&
      record.policyHash === this.recipeOf(record)?.hash
    );
  }

  /** The policy hashed by the recipe `record` was made with (new records: recipe 2). @internal */
  recipeOf(record: ConsentRecord | undefined): PolicyHashRecipe | undefined {
    const version = record ? hashVersionOf(record) : POLICY_HASH_VERSION;
    return version ? this.records.hashes?.[version] : undefined;
  }

  /**
   * The form value: the record JSON when there is a current answer, else ''. Terms answered in
   * turn: the JSON array of every signer's record (in turn order) once each has agreed to the
   * terms on show, else ''.
   */
  get value(): string {
    const turns = this.turns;
    if (turns.length) {
      const records = turns.map((role) => this.answerOf(role));
      return records.every((record) => record?.status === 'active' && this.isCurrent(record)) ? JSON.stringify(records) : '';
    }
    return this.record && this.isCurrent(this.record) ? JSON.stringify(this.record) : '';
  }

  /** Agrees, as "I agree" does: shows what is missing instead when something is. Resolves with the record, or undefined. */
  agree(): Promise<ConsentRecord | undefined> {
    return this.track(this.records.agree());
  }

  /** Declines, as "I do not agree" does (the typed name, if any, is kept). Resolves with the record. */
  decline(): Promise<ConsentRecord | undefined> {
    return this.track(this.records.decline());
  }

  /** Withdraws the current agreement (keeping its `recordId`), as "Yes, withdraw" does. */
  withdraw(): Promise<ConsentRecord | undefined> {
    return this.track(this.records.withdraw());
  }

  /**
   * The record (default: the current one) as a FHIR R4 Consent. It carries the terms' text as the
   * record's hash recipe took it, so it works once the consent is in the page with its policy and
   * that text is prepared (`updateComplete` resolved); until then it throws an error saying why.
   */
  toFhirConsent(record: ConsentRecord | undefined = this.record): FhirConsent {
    const policy = this.currentPolicy;
    // An earlier answer kept while the terms are not ready (it can be withdrawn): its terms are not on show.
    const earlier = !policy && record && this.unfilledTokens.length ? this.answeredPolicy(record) : undefined;
    if (earlier) return toFhirConsent(earlier, record!, { practiceName: this.practiceConfig?.practiceName, texts: [] });
    if (!policy || !this.records.hashes || !record) throw new Error(`<${this.localName}> cannot make FHIR: ${this.notReadyForFhir(policy)}.`);
    return toFhirConsent(policy, record, { practiceName: this.practiceConfig?.practiceName, texts: this.termsText(record) });
  }

  /**
   * The terms `record` answered, as far as this element knows them: the terms on show when the
   * record answers them; else (an earlier answer, kept while the terms are not ready) its policy id
   * and version, the title and acknowledgments of the terms as loaded, and no section text (that
   * version's text is not here: the record's `policyHash` still names it). @internal
   */
  answeredPolicy(record: ConsentRecord): Policy {
    const policy = this.currentPolicy;
    if (policy && this.isCurrent(record)) return policy;
    const shown = this.filledPolicy?.policy;
    const labels = new Map((shown?.acknowledgments ?? []).map((ack) => [ack.id, ack]));
    return {
      id: record.policyId,
      version: record.policyVersion,
      title: shown?.title ?? record.policyId,
      sections: [],
      acknowledgments: Object.keys(record.acknowledgments).map((id) => labels.get(id) ?? { id, label: id, required: false }),
    };
  }

  /**
   * The terms, one entry per section, each text exactly as `record`'s recipe hashed it (recipe 2
   * keeps emphasis and links as tags), for the receipt and the FHIR attachment. @internal
   */
  termsText(record: ConsentRecord | undefined = this.record): { id: string; title: string; text: string }[] {
    if (!this.currentPolicy) return [];
    const texts = this.recipeOf(record)?.texts;
    return (this.currentPolicy?.sections ?? []).map((section, i) => ({ id: section.id, title: section.title, text: texts?.[i] ?? '' }));
  }

  /** Ticks or unticks an acknowledgment. @internal */
  tick(id: string, checked: boolean): void {
    this.acks = idRecord(this.acks, { [id]: checked });
  }

  /** The signer's name or relationship, as typed. @internal */
  type(field: 'signerName' | 'relationship', value: string): void {
    this[field] = value;
  }

  /** Opens (focus on the question) or closes (focus back on "Withdraw") the withdraw confirmation. @internal */
  confirmWithdraw(open: boolean): void {
    this.confirmingWithdraw = open;
    this.focusAfterRender = open ? '#withdraw-question' : '.withdraw';
  }

  /** "Answer again" after declining or withdrawing: the form, focus on the terms. @internal */
  answerAgain(): void {
    this.answering = true;
    this.focusAfterRender = '#terms';
  }

  /** Shows or hides the terms that were answered. @internal */
  toggleReview(): void {
    this.reviewing = !this.reviewing;
  }

  /** The policy's hash for new records (recipe 2), once computed. @internal */
  get hash(): string | undefined {
    return this.records?.hash;
  }

  /**
   * True while a `<hearth-provider>` around the element (across shadow roots) is not defined yet,
   * or is still loading its `src`: the practice's values are still to come, so terms that need
   * them are loading, not "not ready". The element updates again when it is done. @internal
   */
  get providerPending(): boolean {
    for (let node: Node | null = this.parentNode; node; node = node instanceof ShadowRoot ? node.host : node.parentNode) {
      if (!(node instanceof Element) || node.localName !== 'hearth-provider') continue;
      const provider = node as Element & { src?: string; updateComplete: Promise<boolean> };
      const defined = provider.matches(':defined');
      const src = defined ? provider.src : undefined;
      if (defined && (!src || providerSettled.get(provider) === src)) continue;
      // Once per wait: then the element updates, and asks again.
      this.providerWait ??= (
        defined
          ? provider.updateComplete.then(() => {
              if (provider.src === src) providerSettled.set(provider, src!);
            })
          : customElements.whenDefined('hearth-provider')
      )
        .catch(() => undefined)
        .then(() => {
          this.providerWait = undefined;
          this.requestUpdate();
        });
      return true;
    }
    return false;
  }

  /** The answer kept on the device (any status), once read. @internal */
  get record(): ConsentRecord | undefined {
    return this.records?.record;
  }

  /** The answer kept on the device has been read (or there is none). @internal */
  get recordRead(): boolean {
    return !!this.records?.recordRead;
  }

  /** The latest send of this consent, as the outbox reports it. @internal */
  get sendState(): OutboxEntry | undefined {
    return this.records?.sendState;
  }

  /** "Try again" for the latest send. @internal */
  retrySend(): Promise<void> {
    return this.track(this.records.retry());
  }

  /** Puts `text` in the status line (a polite live region). @internal */
  say(text: string): void {
    this.status = text;
  }

  /** "I agree" with something missing: the list of what is missing shows, focused. @internal */
  showWhatIsMissing(): void {
    this.showMissing = true;
    this.focusAfterRender = '.missing';
  }

  /** An answer was kept: the form empties (or the withdraw question closes), focus on the answer, and a `change`. @internal */
  answered(status: ConsentStatus): void {
    if (status === 'withdrawn') this.confirmingWithdraw = false;
    else {
      this.clearInputs();
      this.answering = false;
    }
    this.reviewing = false;
    this.focusAfterRender = '.answer-text';
    this.fireChange();
  }

  /** How many sections the terms on show have. @internal */
  get sectionCount(): number {
    return this.currentPolicy?.sections.length ?? -1;
  }

  /** The client reached the end of the terms (by scrolling, or by moving focus past them). @internal */
  markRead(): void {
    this.read = true;
  }

  /** Empties the unanswered form (ticks, name, relationship); the kept answer stays. @internal */
  clearInputs(): void {
    this.acks = idRecord();
    this.signerName = '';
    this.relationship = '';
    this.showMissing = false;
  }

  // ── Settings ──────────────────────────────────────────────────────────────────────────

  /**
   * The instance key: `store-key`, else the policy's id. For terms whose acknowledgments have
   * `roles`, each signer's record has its own key: `<key>:<role>` (`minors:self`, `minors:guardian`).
   */
  get instanceKey(): string | undefined {
    return this.keyFor(this.activeRole);
  }

  /** The instance key of `role`'s record (see `instanceKey`). @internal */
  keyFor(role: SignerRole): string | undefined {
    // The terms as loaded, filled or not: a template whose values are missing keeps its key.
    const policy = this.filledPolicy?.policy;
    const key = this.storeKey || policy?.id;
    return key && policy && policyRoles(policy).length ? `${key}:${role}` : key;
  }

  /** The signers who answer these terms in turn (without `signer-role`, terms whose acknowledgments name two roles or more); else empty. @internal */
  get turns(): SignerRole[] {
    const policy = this.currentPolicy;
    if (!policy || this.signerRole !== undefined) return [];
    const roles = policyRoles(policy);
    return roles.length > 1 ? roles : [];
  }

  /** The acknowledgments the signer on screen ticks (those whose `roles` include theirs, or have none). @internal */
  get shownAcknowledgments() {
    const policy = this.currentPolicy;
    return policy ? acknowledgmentsFor(policy, this.activeRole) : [];
  }

  /**
   * Passes the turn to `role` (terms answered in turn): their form, or their answer. The form
   * empties first: one signer's ticks and name are never left for the next. Focus on the list of
   * signers, on the one whose turn it is. @internal
   */
  takeTurn(role: SignerRole): void {
    if (!this.turns.includes(role) || role === this.activeRole) return;
    this.clearInputs();
    this.turn = role;
    this.read = false;
    this.answering = this.reviewing = this.confirmingWithdraw = false;
    this.status = '';
    this.focusAfterRender = '.signer[aria-current]';
  }

  /** The answer kept for `role` (terms answered in turn): the one on screen, or another signer's. @internal */
  answerOf(role: SignerRole): ConsentRecord | undefined {
    return role === this.activeRole ? this.record : this.records?.others[role];
  }

  /** @internal */
  get source(): string {
    return `consent:${this.instanceKey}`;
  }

  /** The signer on screen: `signer-role`; for terms answered in turn, whose turn it is; else the client. @internal */
  get activeRole(): SignerRole {
    if (this.signerRole !== undefined) return SIGNER_ROLES.includes(this.signerRole) ? this.signerRole : 'self';
    const turns = this.turns;
    return turns.length ? (this.turn && turns.includes(this.turn) ? this.turn : turns[0]) : 'self';
  }

  /** @internal */
  fill(text: string): string {
    return fillTokens(text, this.practiceConfig);
  }

  /**
   * `text` isolated for bidi (U+2068 … U+2069) when it runs the other way from the strings around
   * it (English terms quoted in an Arabic sentence), so its punctuation and quotes stay in place. @internal
   */
  isolate(text: string): string {
    const direction = textDirection(text);
    return direction && direction !== this.i18n.dir ? isolateBidi(text) : text;
  }

  /** For the code loaded on demand. @internal */
  t(key: keyof ConsentElementStrings & string, params?: Record<string, string | number>): string {
    return this.i18n.t(key, params);
  }

  /** The language of this element (for records). @internal */
  get locale(): string {
    return this.i18n.lang;
  }

  /** The language and direction of the strings on screen, for the printed receipt. @internal */
  get shown(): { lang: string; dir: 'ltr' | 'rtl' } {
    return { lang: this.i18n.shown, dir: this.i18n.dir };
  }

  /** @internal */
  formatList(items: string[]): string {
    return this.i18n.formatList(items);
  }

  /** @internal */
  formatDate(iso: string): string {
    return this.i18n.formatDate(iso, { dateStyle: 'long' });
  }

  /** For the code loaded on demand: fires a typed event. @internal */
  notify<K extends keyof HTMLElementEventMap>(type: K, detail: EventDetail<K>, cancelable = false): boolean {
    return this.emit(type, detail, { cancelable });
  }

  /** @internal */
  trackWork<T>(promise: Promise<T>): Promise<T> {
    return this.track(promise);
  }

  override render() {
    const policy = this.currentPolicy;
    const layout = `${this.termsFlow.matches ? ' terms-flow' : ''}${this.narrow.matches ? ' narrow' : ''}`;
    return html`<div class="${this.baseClass}${layout}" part="base" lang=${this.i18n.shown} dir=${this.i18n.dir}>
      ${this.renderConfigIssues(this.inPreview ? this.configIssues() : this.configIssues().filter((issue) => !this.valueIssues.some((value) => value.path === issue.path)))}
      ${policy ? renderConsent(this, policy) : this.unfilledTokens.length && !this.providerPending ? renderNotReady(this) : nothing}
      <p class="status" part="status" role="status" aria-live="polite">${this.status}</p>
      ${renderWidgetFooter({ disclaimer: this.i18n.t('disclaimer.text'), noDisclaimer: this.noDisclaimer, noCrisisFooter: this.noCrisisFooter })}
    </div>`;
  }
}
