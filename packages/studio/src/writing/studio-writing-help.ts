/**
 * <studio-writing-help>: the reading level of a text in its language, its counts, and the
 * plain-language warnings (long sentences, jargon, absolutes), for the field or item being
 * written in Hearth Studio. A compact form (`compact`) is one line under a single field.
 */
import { baseStyles, defineElement, directionOf } from '@hearth/core';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';

import { type PlainLanguageWarning, plainLanguageWarnings } from './plain-language.js';
import { primaryLanguage, type Readability, readability } from './readability.js';
import { writingHelpStyles } from './studio-writing-help.styles.js';
import { writingStrings as strings } from './writing-strings.js';

/** How long typing must pause before a changed level is announced. */
export const ANNOUNCE_AFTER_MS = 1000;

/** At most this many characters of a long sentence are quoted. */
const QUOTE_LENGTH = 80;

/** The reading level as one phrase: "Grade 5.2", "Reading ease 72 — fairly easy", or why there is none. */
export function levelText(result: Readability, lang: string, form: 'full' | 'short' = 'full'): string {
  const language = primaryLanguage(lang);
  if (result.kind === 'none') return form === 'full' ? strings.noFormula(language) : strings.noFormulaShort(language);
  if (result.score === undefined) return strings.noText;
  if (result.kind === 'grade') return strings.grade(Math.max(0, result.score).toFixed(1));
  const ease = strings.ease(String(Math.round(result.score)));
  return result.band ? `${ease} — ${strings.bands[result.band]}` : ease;
}

/** The first words of a long sentence, cut at a space. */
function quoteOf(text: string): string {
  if (text.length <= QUOTE_LENGTH) return text;
  const cut = text.lastIndexOf(' ', QUOTE_LENGTH);
  return `${text.slice(0, cut > 0 ? cut : QUOTE_LENGTH)}…`;
}

/**
 * The reading level, counts and plain-language warnings of `text` written in `lang`.
 *
 * A changed level is announced politely once typing pauses for about a second, never on every
 * keystroke. Labels are Studio's (English); quoted content keeps its own language and direction.
 *
 * @tagname studio-writing-help
 * @csspart base - the wrapper
 * @csspart level - the reading level line
 * @csspart warnings - the list of warnings
 */
export class StudioWritingHelp extends LitElement {
  static override styles = [baseStyles, writingHelpStyles];

  private timer: ReturnType<typeof setTimeout> | undefined;
  /** The level last announced (or shown first), so an unchanged level is not announced again. */
  private announced: string | undefined;
  private result: Readability = readability('', 'en');
  private warnings: PlainLanguageWarning[] = [];

  @state() private announcement = '';

  /** The text to check. */
  @property() text = '';
  /** The language the text is written in (`en`, `es`, `fr`, `ar`, …); not the UI's. */
  @property() override lang = 'en';
  /** One line for under a single field: "Grade 5.2 · 1 long sentence". */
  @property({ type: Boolean, reflect: true }) compact = false;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.timer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('text') || changed.has('lang')) {
      this.result = readability(this.text, this.lang);
      this.warnings = plainLanguageWarnings(this.text, this.lang, this.result.longSentences);
      const level = levelText(this.result, this.lang);
      if (this.announced === undefined) this.announced = level;
      else this.scheduleAnnouncement();
    }
  }

  /** Announces the level once typing has paused, if it changed since the last announcement. */
  private scheduleAnnouncement(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      const level = levelText(this.result, this.lang);
      if (level === this.announced) return;
      this.announced = level;
      this.announcement = strings.announceLevel(level);
    }, ANNOUNCE_AFTER_MS);
  }

  private renderCompact() {
    const { result } = this;
    const words = this.warnings.filter((warning) => warning.kind !== 'long-sentence').length;
    const parts = [levelText(result, this.lang, 'short')];
    if (result.longSentences.length) parts.push(strings.longSentences(result.longSentences.length));
    if (words) parts.push(strings.wordsToCheck(words));
    return html`<p class="compact" part="level">${parts.join(' · ')}</p>`;
  }

  private renderLevel() {
    const { result } = this;
    const level = levelText(result, this.lang);
    if (result.kind === 'grade' && result.score !== undefined) {
      return html`<p class="level" part="level"><strong>${level}</strong> — ${strings.gradeAim}</p>`;
    }
    return html`<p class="level" part="level"><strong>${level}</strong></p>`;
  }

  private renderWarning(warning: PlainLanguageWarning) {
    const lang = this.lang;
    const dir = directionOf(lang);
    const quote = (text: string) => html`<q lang=${lang} dir=${dir}>${text}</q>`;
    switch (warning.kind) {
      case 'long-sentence':
        return html`<li><span class="kind">${strings.longSentence(warning.words ?? 0)}</span> ${quote(quoteOf(warning.text))} ${strings.longSentenceHint}</li>`;
      case 'jargon':
        return html`<li>
          <span class="kind">${strings.jargon}</span> ${quote(warning.text)}${
            warning.suggestion ? html` — ${strings.jargonHint} ${quote(warning.suggestion)}` : nothing
          }
        </li>`;
      case 'absolute':
        return html`<li><span class="kind">${strings.absolute}</span> ${quote(warning.text)} — ${strings.absoluteHint}</li>`;
    }
  }

  private renderFull() {
    const { result } = this;
    const counts = [strings.words(result.words), strings.sentences(result.sentences)];
    if (result.kind !== 'none') counts.push(strings.syllables(result.syllables));
    return html`
      ${this.renderLevel()}
      <p class="counts">${counts.join(' · ')}</p>
      ${
        this.warnings.length
          ? html`<ul class="warnings" part="warnings" aria-label=${strings.warningsLabel}>
            ${this.warnings.map((warning) => this.renderWarning(warning))}
          </ul>`
          : result.words
            ? html`<p class="no-warnings">${strings.noWarnings}</p>`
            : nothing
      }
      ${result.kind === 'none' ? nothing : html`<p class="note">${strings.formulaNote}</p>`}
    `;
  }

  override render() {
    return html`<div class="base" part="base" lang="en" dir="ltr">
      ${this.compact ? this.renderCompact() : this.renderFull()}
      ${
        this.compact
          ? nothing
          : // Only the full panel speaks: under each field, a compact line is read with its field, so a
            // pause in typing is announced once (for the whole item), not once per field.
            html`<div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>`
      }
    </div>`;
  }
}

defineElement('studio-writing-help', StudioWritingHelp);

declare global {
  interface HTMLElementTagNameMap {
    'studio-writing-help': StudioWritingHelp;
  }
}
