import { baseStyles, type ConfigIssue, type CrisisLine, HearthElement, listParts, REGION_PATTERN, type StorageMode } from '@hearth/core';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';

import { builtInRegions } from '../content/crisis-numbers.js';
import { headingLevelIssues, usedHeadingLevel } from '../heading-level.js';
import { type BaseStrings, uiCatalog } from '../locales/ui-catalog.js';
import { crisisResourcesStyles } from './crisis-resources.styles.js';

/** What the element shows: the emergency number (or the universal note) and the lines. */
/** The number to dial: digits only, keeping a leading `+` of an international number (the safety plan has its own, with Arabic-Indic digits). */
export function dialable(number: string): string {
  const trimmed = number.trim();
  return (trimmed.startsWith('+') ? '+' : '') + trimmed.replace(/\D/g, '');
}

export interface CrisisListing {
  region?: string;
  emergency?: string;
  emergencyAlso: string[];
  lines: CrisisLine[];
}

const warnedRegions = new Set<string>();
/** The console note about a missing region is said once per page, not once per widget footer. */
let toldNoRegion = false;

/** True while a `<hearth-provider>` around `el` (across shadow roots) is not defined yet: its region is still to come. */
function providerPending(el: Element): boolean {
  for (let node: Node | null = el.parentNode; node; node = node instanceof ShadowRoot ? node.host : node.parentNode) {
    if (node instanceof Element && node.localName === 'hearth-provider' && !node.matches(':defined')) return true;
  }
  return false;
}

/** True inside a `<hearth-safety-plan>` (across shadow roots): its own footer shows no link to it. */
function inSafetyPlan(el: Element): boolean {
  for (let node: Node | null = el.parentNode; node; node = node instanceof ShadowRoot ? node.host : node.parentNode) {
    if (node instanceof Element && node.localName === 'hearth-safety-plan') return true;
  }
  return false;
}

/**
 * The address a safety plan kept for "Show a link to my plan": only a page of this site (same
 * origin, http or https). Anything else (another site, `javascript:`, `data:`, not a URL) is ignored.
 */
export function planLinkHref(href: unknown): string | undefined {
  if (typeof href !== 'string') return undefined;
  try {
    const url = new URL(href, location.href);
    return /^https?:$/.test(url.protocol) && url.origin === location.origin ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Builds the listing for a region: the built-in lines (unless the practice replaces them), with
 * the practice's lines first (a practice line with a built-in id takes its place). Lines whose
 * `pairedWith` partner is missing are left out: pairs are shown both or neither. A built-in line
 * is named in `language` when its service has a name of its own in that language (`nameLocal`).
 */
export function crisisListing(
  region: string | undefined,
  practice: { replace?: boolean; lines: CrisisLine[] } | undefined,
  language = 'en',
): { listing: CrisisListing; dropped: string[] } {
  const builtIn = region ? builtInRegions[region] : undefined;
  const practiceLines = practice?.lines ?? [];
  const practiceIds = new Set(practiceLines.map((line) => line.id));
  const kept = practice?.replace ? [] : (builtIn?.lines ?? []).filter((line) => !practiceIds.has(line.id));
  const all: CrisisLine[] = [
    ...practiceLines,
    ...kept.map(({ id, name, nameLocal, phone, sms, url, hours, languages, audience, pairedWith }) => ({
      id,
      name: nameLocal?.[language] ?? name,
      phone,
      sms,
      url,
      hours,
      languages,
      audience,
      pairedWith,
    })),
  ];
  const ids = new Set(all.map((line) => line.id));
  const dropped = all.filter((line) => line.pairedWith && !ids.has(line.pairedWith)).map((line) => line.id);
  return {
    listing: {
      region,
      emergency: builtIn?.emergency,
      emergencyAlso: builtIn?.emergencyAlso ?? [],
      lines: all.filter((line) => !dropped.includes(line.id)),
    },
    dropped,
  };
}

/**
 * Crisis resources for a region: the emergency number first, then the support lines, with
 * `tel:` and `sms:` links. Without a region, the universal "call your local emergency number".
 * The region comes from the `region` attribute → the provider's `region`; the practice's lines
 * (provider `crisis`) replace or extend the built-in ones. `compact` is the one-paragraph form
 * that widget footers use.
 *
 * The built-in lines and their sources are in `content/crisis-lines.json`; a practice must
 * confirm the lines for its own clients (docs/crisis-resources.md).
 *
 * @tagname hearth-crisis-resources
 * @summary Crisis lines and the emergency number for the client's region.
 *
 * Fallback content: what a page writes inside the element (its numbers as `tel:` links) is
 * ordinary page content until the script arrives; the element then shows its own listing
 * instead (there is no slot: nothing shows twice).
 *
 * With `preview` and no region, a short note tells the practice to set one; without `preview`,
 * the console says it once per page.
 *
 * In `compact` (a widget's footer), when the client turned on "Show a link to my plan" in a
 * `<hearth-safety-plan>`, a "My safety plan" link follows the lines. It is read from the
 * `safety-plan` store (key `footer-link`) in the provider's namespace and storage mode, loading
 * storage on demand after the lines are shown, and follows changes made in any tab. Never in
 * the safety plan's own footer, nor in the full variant, nor under a widget that keeps nothing.
 *
 * @csspart base - The wrapper: a `section` labelled "Crisis support" (full), a `div` (compact).
 * @csspart header - The heading (full variant only); also `heading`.
 * @csspart heading - The heading (full variant only), as in every widget.
 * @csspart emergency - The emergency number or the universal note.
 * @csspart list - The list of lines.
 * @csspart line - One line.
 * @csspart link - Each call, text and website link.
 * @csspart call - The call links (the emergency number too), shaped like buttons.
 * @csspart text - The text-message links.
 * @csspart website - The website links.
 * @csspart plan-link - In `compact`, when the client turned it on: the link to their safety plan (also `link`).
 * @csspart practice-note - With `preview` and no region: the note for the practice.
 * @csspart error - The configuration error, when the region is not valid.
 *
 * @cssprop --hearth-crisis-bg - Background of the full variant (default: the surface colour).
 * @cssprop --hearth-crisis-border-color - Border colour of the full variant.
 * @cssprop --hearth-crisis-radius - Corner radius of the full variant.
 */
export class HearthCrisisResources extends HearthElement<BaseStrings> {
  /** @internal */
  static override localeCatalog = uiCatalog;
  static override styles = [...baseStyles, crisisResourcesStyles];

  /** @internal */
  private listing: CrisisListing = { emergencyAlso: [], lines: [] };
  /** @internal */
  private issues: ConfigIssue[] = [];
  /** @internal No region from the element or the provider (and none given wrongly). */
  private noRegion = false;
  /** @internal The storage (`mode namespace`) the link to the safety plan is read from; '' when none is. */
  private planLinkFrom = '';
  /** @internal Stops following the link's record. */
  private stopPlanLink?: () => void;
  /** @internal The link to the client's safety plan, when they turned it on. */
  private planLink?: string;

  /** ISO 3166-1 alpha-2 region (`US`, `GB`); overrides the provider's. */
  @property() region?: string;

  /** The short, one-paragraph form used in widget footers. */
  @property({ type: Boolean, reflect: true }) compact = false;

  /** The heading level of the full variant's heading (2–6). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  override connectedCallback(): void {
    super.connectedCallback();
    // Put back in the page: the link to the plan is read again (it may have changed meanwhile).
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.followPlanLink();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.followPlanLink();
    const issues: ConfigIssue[] = [];
    let region = this.effectiveConfig?.region;
    if (this.region !== undefined && this.region !== null && this.region !== '') {
      if (REGION_PATTERN.test(this.region)) region = this.region;
      else {
        issues.push({
          path: 'region',
          message: `expected a two-letter region code (ISO 3166-1 alpha-2) such as US or GB, got ${JSON.stringify(this.region.slice(0, 40))}`,
        });
        region = undefined;
      }
    }
    issues.push(...headingLevelIssues(this.headingLevel));
    region = region?.toUpperCase();
    const { listing, dropped } = crisisListing(region, this.effectiveConfig?.crisis, this.i18n.language);
    if (region && !builtInRegions[region] && !warnedRegions.has(region)) {
      warnedRegions.add(region);
      console.warn(
        `<${this.localName}> has no built-in crisis lines for region ${region}; it shows the universal emergency note. ` +
          'Add your lines with the provider config "crisis".',
      );
    }
    if (dropped.length) {
      console.warn(`<${this.localName}> left out ${dropped.join(', ')}: a line's pairedWith partner is missing (pairs show both or neither).`);
    }
    this.listing = listing;
    this.issues = issues;
    // Neither a region nor the practice's own lines: the client sees only the universal note.
    this.noRegion = !region && !listing.lines.length && !issues.some((issue) => issue.path === 'region') && !providerPending(this);
    if (this.noRegion && !this.inPreview && !toldNoRegion) {
      toldNoRegion = true;
      console.warn(
        `<${this.localName}> has no region, so clients see only the universal "call your local emergency number". ` +
          'Set region (for example region="US") on <hearth-provider> or on the element; with preview, the page shows this note.',
      );
    }
  }

  protected override configIssues(): ConfigIssue[] {
    return this.issues;
  }

  /**
   * In a widget's footer, follows "Show a link to my plan" (the `safety-plan` record `footer-link`)
   * in the provider's namespace and storage mode: storage loads on demand, so the lines never wait
   * for it, and the record is read again whenever it changes, here or in another tab. Nothing is
   * read inside a safety plan (its own footer), under a widget that keeps nothing, or while the
   * provider's settings are still to come. Out of the page, it stops.
   */
  private followPlanLink(): void {
    const mode: StorageMode = this.effectiveConfig?.storage ?? 'local';
    const namespace = this.effectiveConfig?.namespace ?? 'default';
    // A widget told to keep nothing (`storage="none"`) leaves no trace: reading would create the database.
    const widget = (this.getRootNode() as ShadowRoot).host as { mode?: StorageMode } | undefined;
    const from =
      this.isConnected && this.compact && mode !== 'none' && widget?.mode !== 'none' && !providerPending(this) && !inSafetyPlan(this)
        ? `${mode} ${namespace}`
        : '';
    if (from === this.planLinkFrom) return;
    this.planLinkFrom = from;
    this.stopPlanLink?.();
    this.stopPlanLink = this.planLink = undefined;
    if (!from) return;
    // Tracked, so that `updateComplete` waits for what the device says.
    void this.track(
      import('@hearth/core/storage')
        .then(({ HearthStorage }) => {
          if (from !== this.planLinkFrom) return;
          const storage = new HearthStorage({ mode, namespace });
          const read = () =>
            this.track(
              storage.read<{ href?: unknown }>('safety-plan', 'footer-link', { schema: 1 }).then((found) => {
                if (from !== this.planLinkFrom) return;
                this.planLink = found.ok ? planLinkHref(found.value?.data?.href) : undefined;
                this.requestUpdate();
              }),
            );
          this.stopPlanLink = storage.watch('safety-plan', 'footer-link', () => void read());
          return read();
        })
        // Storage that cannot load leaves the footer as it is: the crisis lines are already there.
        .catch(() => undefined),
    );
  }

  /**
   * A message whose `{placeholders}` are filled with template parts, each isolated for bidi: in
   * Arabic text "13 11 14" would otherwise show as "14 11 13", and an English line name would
   * swap places with its number ("Suicide & Crisis Lifeline 988").
   */
  private message(key: keyof BaseStrings & string, parts: Record<string, TemplateResult>): TemplateResult {
    const params = Object.fromEntries(Object.keys(parts).map((name) => [name, `\uE000${name}\uE000`]));
    const pieces = this.i18n.t(key, params).split(/\uE000(\w+)\uE000/);
    const shown: (string | TemplateResult)[] = [];
    for (let index = 0; index < pieces.length; index++) {
      if (index % 2 === 0) {
        shown.push(pieces[index]);
        continue;
      }
      // Punctuation right after a part ("call 911.") stays on its line.
      const [glued = ''] = /^[^\s\uE000]+/.exec(pieces[index + 1] ?? '') ?? [];
      if (!glued) {
        shown.push(parts[pieces[index]]);
        continue;
      }
      shown.push(html`<span class="keep">${parts[pieces[index]]}${glued}</span>`);
      pieces[index + 1] = pieces[index + 1].slice(glued.length);
    }
    return html`${shown}`;
  }

  /** A phone number: left to right in any language, and never broken across lines. */
  private number(value: string): TemplateResult {
    return html`<bdi class="number" dir="ltr">${value}</bdi>`;
  }

  /** Text from the data or the practice (a line's name, its hours), isolated from the sentence around it. */
  private text(value: string): TemplateResult {
    return html`<bdi>${value}</bdi>`;
  }

  private renderEmergency(): TemplateResult {
    const { emergency, emergencyAlso } = this.listing;
    if (!emergency) return html`<p class="emergency" part="emergency">${this.i18n.t('crisis.universal')}</p>`;
    const also = emergencyAlso.map((number) => this.number(number));
    return html`<p class="emergency" part="emergency">
      <span>${this.message('crisis.emergency', {
        number: html`<a part="link call" class="call emergency-call" href="tel:${dialable(emergency)}">${this.number(emergency)}</a>`,
      })}</span>
      ${
        also.length
          ? html`<span class="also">${this.message('crisis.emergencyAlso', { numbers: html`${listParts(this.i18n.lang, also, 'disjunction')}` })}</span>`
          : nothing
      }
    </p>`;
  }

  private renderLinks(line: CrisisLine): TemplateResult[] {
    const links: TemplateResult[] = [];
    if (line.phone) {
      links.push(
        html`<a part="link call" class="call" href="tel:${dialable(line.phone)}"
          >${this.message('crisis.call', { number: this.number(line.phone) })}</a
        >`,
      );
    }
    if (line.sms) {
      links.push(html`<a part="link text" class="call" href="sms:${dialable(line.sms)}">${this.message('crisis.text', { number: this.number(line.sms) })}</a>`);
    }
    if (line.url) {
      const external = new URL(line.url, document.baseURI).origin !== location.origin;
      links.push(
        html`<a part="link website" class="website" href=${line.url} target=${external ? '_blank' : '_self'} rel="noopener noreferrer"
          >${this.message('crisis.website', { name: this.text(line.name) })}${
            external ? html`<span class="visually-hidden"> ${this.i18n.t('crisis.newTab')}</span>` : nothing
          }</a
        >`,
      );
    }
    return links;
  }

  /**
   * In a widget's footer, " (answers in Spanish)" after a line that answers in the language the
   * element speaks, when that is not English: a Spanish-speaking client in the US learns that 988
   * will answer in Spanish without opening the full list.
   */
  private answersInYourLanguage(line: CrisisLine): TemplateResult | typeof nothing {
    const language = this.i18n.language;
    if (language === 'en' || !line.languages?.includes(language)) return nothing;
    // The space goes in as text: the template minifier trims a template's leading space.
    return html`<span class="answers-in">${` (${this.i18n.t('crisis.answersIn', { language: this.i18n.languageName(language) })})`}</span>`;
  }

  private renderMeta(line: CrisisLine): TemplateResult | typeof nothing {
    const parts: TemplateResult[] = [];
    if (line.hours) parts.push(this.message('crisis.hours', { hours: this.text(line.hours) }));
    if (line.languages?.length) {
      // The element's own language first: "In Spanish, English" for a Spanish-speaking client.
      const own = this.i18n.language;
      const ordered = [...line.languages].sort((a, b) => Number(b === own) - Number(a === own));
      const names = ordered.map((tag) => this.text(this.i18n.languageName(tag)));
      parts.push(this.message('crisis.languages', { languages: html`${listParts(this.i18n.lang, names)}` }));
    }
    if (line.audience) parts.push(this.text(line.audience));
    if (!parts.length) return nothing;
    return html`<span class="meta">${parts.map((part, index) => html`${index ? html`<span class="sep" aria-hidden="true"> · </span>` : nothing}<span>${part}</span>`)}</span>`;
  }

  /** With `preview` and no region: a short note for the practice, which clients never see. */
  private renderPracticeNote(): TemplateResult | typeof nothing {
    if (!this.noRegion || !this.inPreview) return nothing;
    return html`<div class="practice-note" part="practice-note">${this.i18n.t('crisis.previewNoRegion')}</div>`;
  }

  private renderFull(): TemplateResult {
    const lines = this.listing.lines;
    return html`<div role="heading" aria-level=${usedHeadingLevel(this.headingLevel)} class="heading" part="header heading">${this.i18n.t('crisis.heading')}</div>
      ${this.renderEmergency()} ${this.renderPracticeNote()}
      ${
        lines.length
          ? html`<ul part="list" aria-label=${this.i18n.t('crisis.lines', { count: lines.length })}>
            ${lines.map(
              (line) => html`<li part="line" data-line=${line.id}>
                <span class="name"><bdi>${line.name}</bdi></span>
                ${this.renderMeta(line)}
                <span class="actions">${this.renderLinks(line)}</span>
              </li>`,
            )}
          </ul>`
          : nothing
      }`;
  }

  private renderCompact(): TemplateResult {
    const { emergency, lines } = this.listing;
    return html`<p class="compact" part="emergency">
      <span class="lead">${this.i18n.t('crisis.compactLead')}</span>
      ${
        emergency
          ? html`<a part="link call" class="call emergency-call" href="tel:${dialable(emergency)}"
            >${this.message('crisis.compactEmergency', { number: this.number(emergency) })}</a
          >`
          : html`${this.i18n.t('crisis.universal')}`
      }
      ${lines.map(
        (line) => html`<span class="sep" aria-hidden="true">·</span>
          <span class="line" part="line" data-line=${line.id}
            ><span class="name"><bdi>${line.name}</bdi>${this.answersInYourLanguage(line)}${this.i18n.t('crisis.compactColon')}</span>
            ${this.renderLinks(line).map((link) => html`${link} `)}</span
          >`,
      )}
      ${this.planLink ? html`<span class="line"><a part="link plan-link" href=${this.planLink}>${this.i18n.t('crisis.planLink')}</a></span>` : nothing}
    </p>
      ${this.renderPracticeNote()}`;
  }

  /** The lines shown now, after the region, the practice's lines and the pairing rule. */
  get shownLines(): readonly CrisisLine[] {
    return this.listing.lines;
  }

  /** The emergency number and the lines on show, as the client sees them (a safety plan prints them). */
  get shownListing(): CrisisListing {
    return this.listing;
  }

  override render() {
    if (this.compact) {
      return html`<div class=${this.baseClass} part="base" lang=${this.i18n.shown} dir=${this.i18n.dir}>
        ${this.renderConfigIssues(this.issues)} ${this.renderCompact()}
      </div>`;
    }
    return html`<section
      class=${this.baseClass}
      part="base"
      lang=${this.i18n.shown}
      dir=${this.i18n.dir}
      aria-label=${this.i18n.t('crisis.label')}
    >
      ${this.renderConfigIssues(this.issues)} ${this.renderFull()}
    </section>`;
  }
}
