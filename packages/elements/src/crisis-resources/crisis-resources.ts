import { baseStyles, HearthElement, REGION_PATTERN, type ConfigIssue, type CrisisLine } from '@hearth/core';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { crisisLineData } from '../content/crisis-lines.js';
import { uiCatalog, type BaseStrings } from '../locales/ui-catalog.js';
import { crisisResourcesStyles } from './crisis-resources.styles.js';
import { headingLevelIssues, usedHeadingLevel } from '../heading-level.js';

/** What the element shows: the emergency number (or the universal note) and the lines. */
export interface CrisisListing {
  region?: string;
  emergency?: string;
  emergencyAlso: string[];
  lines: CrisisLine[];
}

/** The number to dial: digits only, keeping a leading `+` of an international number. */
export function dialable(number: string): string {
  const trimmed = number.trim();
  return (trimmed.startsWith('+') ? '+' : '') + trimmed.replace(/\D/g, '');
}

const warnedRegions = new Set<string>();

/**
 * Builds the listing for a region: the built-in lines (unless the practice replaces them), with
 * the practice's lines first (a practice line with a built-in id takes its place). Lines whose
 * `pairedWith` partner is missing are left out: pairs are shown both or neither.
 */
export function crisisListing(
  region: string | undefined,
  practice: { replace?: boolean; lines: CrisisLine[] } | undefined,
): { listing: CrisisListing; dropped: string[] } {
  const builtIn = region ? crisisLineData.regions[region] : undefined;
  const practiceLines = practice?.lines ?? [];
  const practiceIds = new Set(practiceLines.map((line) => line.id));
  const kept = practice?.replace ? [] : (builtIn?.lines ?? []).filter((line) => !practiceIds.has(line.id));
  const all: CrisisLine[] = [
    ...practiceLines,
    ...kept.map(({ id, name, phone, sms, url, hours, languages, audience, pairedWith }) => ({
      id,
      name,
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
 * @csspart base - The wrapper: a `section` labelled "Crisis support" (full), a `div` (compact).
 * @csspart header - The heading (full variant only).
 * @csspart emergency - The emergency number or the universal note.
 * @csspart list - The list of lines.
 * @csspart line - One line.
 * @csspart link - Each call, text and website link.
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

  /** ISO 3166-1 alpha-2 region (`US`, `GB`); overrides the provider's. */
  @property() region?: string;

  /** The short, one-paragraph form used in widget footers. */
  @property({ type: Boolean, reflect: true }) compact = false;

  /** The heading level of the full variant's heading (2–6). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** @internal */
  private listing: CrisisListing = { emergencyAlso: [], lines: [] };
  /** @internal */
  private issues: ConfigIssue[] = [];

  /** The lines shown now, after the region, the practice's lines and the pairing rule. */
  get shownLines(): readonly CrisisLine[] {
    return this.listing.lines;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
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
    const { listing, dropped } = crisisListing(region, this.effectiveConfig?.crisis);
    if (region && !crisisLineData.regions[region] && !warnedRegions.has(region)) {
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
  }

  protected override configIssues(): ConfigIssue[] {
    return this.issues;
  }

  /**
   * A message with its `{number}` kept left to right: in Arabic text, "13 11 14" would otherwise
   * be shown as "14 11 13". `wrap` may put the number inside a link.
   */
  private withNumber(
    key: 'crisis.emergency' | 'crisis.call' | 'crisis.text' | 'crisis.compactEmergency',
    number: string,
    wrap: (number: TemplateResult) => TemplateResult = (n) => n,
  ): TemplateResult {
    const marker = '\u0000';
    const [before, after = ''] = this.i18n.t(key, { number: marker }).split(marker);
    return html`${before}${wrap(html`<bdi dir="ltr">${number}</bdi>`)}${after}`;
  }

  private renderEmergency(): TemplateResult {
    const { emergency, emergencyAlso } = this.listing;
    if (!emergency) return html`<p class="emergency" part="emergency">${this.i18n.t('crisis.universal')}</p>`;
    return html`<p class="emergency" part="emergency">
      ${this.withNumber('crisis.emergency', emergency, (number) => html`<a part="link" href="tel:${dialable(emergency)}">${number}</a>`)}
      ${emergencyAlso.length
        ? html`<span class="also">${this.i18n.t('crisis.emergencyAlso', { numbers: this.i18n.formatList(emergencyAlso, 'disjunction') })}</span>`
        : nothing}
    </p>`;
  }

  private renderLinks(line: CrisisLine): TemplateResult[] {
    const links: TemplateResult[] = [];
    if (line.phone) {
      links.push(html`<a part="link call" href="tel:${dialable(line.phone)}">${this.withNumber('crisis.call', line.phone)}</a>`);
    }
    if (line.sms) {
      links.push(html`<a part="link text" href="sms:${dialable(line.sms)}">${this.withNumber('crisis.text', line.sms)}</a>`);
    }
    if (line.url) {
      const external = new URL(line.url, document.baseURI).origin !== location.origin;
      links.push(
        html`<a part="link website" href=${line.url} target=${external ? '_blank' : '_self'} rel="noopener noreferrer"
          >${this.i18n.t('crisis.website', { name: line.name })}${external
            ? html`<span class="visually-hidden"> ${this.i18n.t('crisis.newTab')}</span>`
            : nothing}</a
        >`,
      );
    }
    return links;
  }

  private renderMeta(line: CrisisLine): TemplateResult | typeof nothing {
    const parts: string[] = [];
    if (line.hours) parts.push(this.i18n.t('crisis.hours', { hours: line.hours }));
    if (line.languages?.length) {
      parts.push(this.i18n.t('crisis.languages', { languages: this.i18n.formatList(line.languages.map((tag) => this.i18n.languageName(tag))) }));
    }
    if (line.audience) parts.push(line.audience);
    return parts.length ? html`<span class="meta">${parts.join(' · ')}</span>` : nothing;
  }

  private renderFull(): TemplateResult {
    const lines = this.listing.lines;
    return html`<div role="heading" aria-level=${usedHeadingLevel(this.headingLevel)} class="heading" part="header">${this.i18n.t('crisis.heading')}</div>
      ${this.renderEmergency()}
      ${lines.length
        ? html`<ul part="list" aria-label=${this.i18n.t('crisis.lines', { count: lines.length })}>
            ${lines.map(
              (line) => html`<li part="line" data-line=${line.id}>
                <span class="name">${line.name}</span>
                ${this.renderMeta(line)}
                <span class="actions">${this.renderLinks(line)}</span>
              </li>`,
            )}
          </ul>`
        : nothing}`;
  }

  private renderCompact(): TemplateResult {
    const { emergency, lines } = this.listing;
    const sep = html`<span class="sep" aria-hidden="true">·</span>`;
    return html`<p class="compact" part="emergency">
      <span class="lead">${this.i18n.t('crisis.compactLead')}</span>
      ${emergency
        ? html`<a part="link" href="tel:${dialable(emergency)}">${this.withNumber('crisis.compactEmergency', emergency)}</a>`
        : html`${this.i18n.t('crisis.universal')}`}
      ${lines.map(
        (line) => html`${sep}<span class="line" part="line" data-line=${line.id}
            ><span class="name">${line.name}</span>: ${this.renderLinks(line).map((link, index) => html`${index ? ', ' : ''}${link}`)}</span
          >`,
      )}
    </p>`;
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
