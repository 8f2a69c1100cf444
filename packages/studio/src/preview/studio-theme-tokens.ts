/**
 * `<studio-theme-tokens>`: the practice's theme tokens for the preview, from a few colour pickers
 * and from pasted CSS read safely (token-css.ts): only `--hearth-*` declarations with harmless
 * values are taken, the rest is listed with the reason, and the pasted text is never a stylesheet.
 */

import { defineElement } from '@hearth/core';
import { html, LitElement, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';

import { contrastRatio, hexColour } from './contrast-ratio.js';
import { type PreviewStringKey, previewText } from './preview-strings.js';
import { studioThemeTokensStyles } from './studio-theme-tokens.styles.js';
import { type IgnoredCss, MAX_CSS_LENGTH, MAX_TOKENS, MAX_VALUE_LENGTH, readTokenCss } from './token-css.js';

/** The colour tokens with a picker, and the light default each picker shows until set (docs/theming.md). */
export const PICKED_TOKENS = [
  { name: '--hearth-color-accent', key: 'accent', fallback: '#2f5d8a' },
  { name: '--hearth-color-accent-fg', key: 'accent-fg', fallback: '#ffffff' },
  { name: '--hearth-color-fg', key: 'fg', fallback: '#1f2329' },
  { name: '--hearth-color-bg', key: 'bg', fallback: '#ffffff' },
  { name: '--hearth-color-surface', key: 'surface', fallback: '#f6f5f2' },
] as const;

/** The pairs of set tokens whose text must meet 4.5:1 (text on its background). */
const TEXT_PAIRS = [
  ['--hearth-color-fg', '--hearth-color-bg'],
  ['--hearth-color-fg', '--hearth-color-surface'],
  ['--hearth-color-accent-fg', '--hearth-color-accent'],
  ['--hearth-color-accent-fg', '--hearth-color-danger'],
] as const;

declare global {
  interface HTMLElementEventMap {
    'studio-tokens-change': CustomEvent<{ tokens: Record<string, string> }>;
  }
}

/**
 * The practice's theme tokens (`--hearth-*` custom properties) for `<studio-preview>`.
 *
 * @tagname studio-theme-tokens
 * @summary Colour pickers and pasted CSS, read safely into theme tokens.
 *
 * @fires studio-tokens-change - `{ tokens }` whenever the tokens change (a picker, "Use this CSS", "Remove all theme tokens").
 */
export class StudioThemeTokens extends LitElement {
  static override styles = studioThemeTokensStyles;

  private readonly pick = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    const value = hexColour(input.value);
    if (!value || this.tokens[input.name] === value) return;
    this.change({ ...this.tokens, [input.name]: value });
  };

  private readonly applyCss = (): void => {
    const field = this.renderRoot.querySelector<HTMLTextAreaElement>('#css')!;
    const read = readTokenCss(field.value);
    const count = Object.keys(read.tokens).length;
    this.ignored = read.ignored;
    // The status changes every time, so that a second identical paste is announced again.
    const text = count === 0 ? previewText('tokens.appliedNone') : count === 1 ? previewText('tokens.appliedOne') : previewText('tokens.applied', { count });
    this.status = this.status === text ? `${text}\u00a0` : text;
    if (count) this.change({ ...this.tokens, ...read.tokens });
  };

  private readonly clear = (): void => {
    this.ignored = [];
    this.status = previewText('tokens.cleared');
    this.change({});
  };

  /** What the last paste left out, and why. */
  @state() private ignored: IgnoredCss[] = [];
  /** The polite status line ("3 tokens taken from the CSS."). */
  @state() private status = '';

  /** The tokens, name to value (`{ '--hearth-color-accent': '#35594a' }`). Set it to show existing ones. */
  @property({ attribute: false }) tokens: Record<string, string> = {};

  private change(tokens: Record<string, string>): void {
    this.tokens = tokens;
    this.dispatchEvent(new CustomEvent('studio-tokens-change', { detail: { tokens: { ...tokens } }, bubbles: true, composed: true }));
  }

  private reasonText(item: IgnoredCss): string {
    return previewText(`tokens.reason.${item.reason}` as PreviewStringKey, {
      max: item.reason === 'too-large' ? MAX_CSS_LENGTH : item.reason === 'too-many' ? MAX_TOKENS : MAX_VALUE_LENGTH,
    });
  }

  private renderPickers() {
    const tokens = this.tokens ?? {};
    return html`<fieldset>
      <legend>${previewText('tokens.legend')}</legend>
      <div class="pickers">
        ${PICKED_TOKENS.map(({ name, key, fallback }) => {
          const set = tokens[name];
          const hex = hexColour(set);
          return html`<div class="picker">
            <label for="pick-${key}">${previewText(`tokens.color.${key}` as PreviewStringKey)}</label>
            <input
              type="color"
              id="pick-${key}"
              name=${name}
              .value=${hex ?? fallback}
              aria-describedby=${set && !hex ? `hint-${key}` : nothing}
              @input=${this.pick}
              @change=${this.pick}
            />
            ${set && !hex ? html`<p class="hint" id="hint-${key}">${previewText('tokens.notHex', { value: set })}</p>` : nothing}
          </div>`;
        })}
      </div>
    </fieldset>`;
  }

  private renderContrast() {
    const tokens = this.tokens ?? {};
    const notes = TEXT_PAIRS.flatMap(([text, background]) => {
      const ratio = contrastRatio(tokens[text], tokens[background]);
      return ratio !== undefined && ratio < 4.5 ? [previewText('tokens.contrast', { first: text, second: background, ratio: ratio.toFixed(2) })] : [];
    });
    return notes.map((note) => html`<p class="contrast">${note}</p>`);
  }

  override render() {
    const entries = Object.entries(this.tokens ?? {});
    return html`${this.renderPickers()}
      <label class="css" for="css">${previewText('tokens.cssLabel')}</label>
      <p class="help" id="css-help">${previewText('tokens.cssHelp')}</p>
      <textarea id="css" aria-describedby="css-help" spellcheck="false" autocomplete="off"></textarea>
      <div class="row">
        <button type="button" class="primary" @click=${this.applyCss}>${previewText('tokens.apply')}</button>
        <button type="button" @click=${this.clear}>${previewText('tokens.clear')}</button>
      </div>
      <p class="status" role="status">${this.status}</p>
      ${
        this.ignored.length
          ? html`<p class="list-title" id="ignored-title">${previewText('tokens.ignoredTitle')}</p>
              <ul class="ignored" aria-labelledby="ignored-title">
                ${this.ignored.map((item) => html`<li><code>${item.text}</code> ${this.reasonText(item)}</li>`)}
              </ul>`
          : nothing
      }
      <p class="list-title" id="in-use-title">${previewText('tokens.inUse')}</p>
      ${
        entries.length
          ? html`<ul class="in-use" aria-labelledby="in-use-title">
              ${entries.map(([name, value]) => html`<li><code>${name}: ${value}</code></li>`)}
            </ul>`
          : html`<p class="none">${previewText('tokens.none')}</p>`
      }
      ${this.renderContrast()}`;
  }
}

defineElement('studio-theme-tokens', StudioThemeTokens);

declare global {
  interface HTMLElementTagNameMap {
    'studio-theme-tokens': StudioThemeTokens;
  }
}
