/**
 * `<studio-preview>`: the content a clinician is writing, shown live in the real Hearth element,
 * in a content language and direction, light or dark, with the practice's theme tokens, at a
 * phone, tablet or desktop width, and in the states that matter. It keeps nothing and sends
 * nothing (see the class's JSDoc).
 */

import '@hearth/elements/provider';
import '@hearth/elements/coping-card';
import '@hearth/elements/journal-prompt';
import '@hearth/elements/feedback-form';
import '@hearth/elements/consent';
import '@hearth/elements/safety-plan';

import { defineElement, MediaMatch, type PracticeConfig, practiceContext } from '@hearth/core';
import {
  CONTENT_LANGUAGES,
  type ContentLanguage,
  type FormDefinition,
  type Policy,
  type Prompt,
  type SafetyPlanPrompts,
  type Strategy,
} from '@hearth/elements';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { keyed } from 'lit/directives/keyed.js';

import {
  directionOf,
  frameName,
  oneOf,
  PREVIEW_KINDS,
  PREVIEW_WIDTHS,
  type PreviewDir,
  type PreviewKind,
  type PreviewScheme,
  type PreviewState,
  type PreviewWidth,
  stateFor,
  statesOf,
} from './preview-options.js';
import { reachState } from './preview-states.js';
import { previewText } from './preview-strings.js';
import { studioPreviewStyles } from './studio-preview.styles.js';
import { tokenProblem } from './token-css.js';

/** The provider namespace of the preview: apart from every practice's own. */
export const PREVIEW_NAMESPACE = 'studio-preview';

/** The element on focus, looking into open shadow roots. */
function deepActiveElement(): HTMLElement | undefined {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement ? active : undefined;
}

/** A prompt pack (`{ prompts }`) or a plain list of prompts: the list. */
function promptList(content: unknown): Prompt[] | undefined {
  if (Array.isArray(content)) return content as Prompt[];
  const prompts = (content as { prompts?: unknown } | undefined)?.prompts;
  return Array.isArray(prompts) ? (prompts as Prompt[]) : undefined;
}

/**
 * Shows Studio content in the real element: `hearth-coping-card` (`strategy`),
 * `hearth-journal-prompt` (`prompts`), `hearth-feedback-form` (`definition`), `hearth-consent`
 * (`policy`) or `hearth-safety-plan` (`prompts`), inside a `hearth-provider` of its own.
 *
 * **Keeps nothing, sends nothing.** The provider and the element use `storage="none"` (memory
 * only, gone with the page) under the namespace `studio-preview`, each shown state under a
 * store key of its own (so going back to `start` is a fresh element). No endpoint is set, and the
 * preview's provider does not listen to any provider around Studio (its context request stops
 * at the frame), so an endpoint set on the page cannot reach it either.
 *
 * **What it cannot show.** Hearth decides screen-size layout (a phone's tighter spacing, the
 * consent's terms flowing with the page) by the window's `matchMedia`, not by its container
 * (decision 026). The frame lays the element out at the chosen width, but those layouts follow the
 * browser window; a note under the frame says so when the two differ.
 *
 * @tagname studio-preview
 * @summary The content, live in the real Hearth element.
 */
export class StudioPreview extends LitElement {
  static override styles = studioPreviewStyles;

  /** The states worth seeing for `kind` (`start` first), with their labels, for a state picker. */
  static statesFor(kind: string): { id: PreviewState; label: string }[] {
    return statesOf(kind);
  }

  /** Layouts that follow the window (the elements' own breakpoints, decision 026). */
  private readonly windowPhone = new MediaMatch(this, '(max-width: 30em)');
  private readonly windowNarrow = new MediaMatch(this, '(max-width: 36em)');
  /** The tokens now set on the frame, so that removed ones are removed there too. */
  private appliedTokens = new Map<string, string>();
  /** Each time the kind or state changes, a fresh element under a fresh store key. */
  private generation = 0;
  /** The newest call of settle(): an older one stops. */
  private settling = 0;
  private configFor?: { name: string; config: PracticeConfig | undefined };

  /** True once the element on show has reached the state asked for (false again while it gets there). */
  settled = false;

  /** The preview's provider asks no provider around Studio for settings (an endpoint there must not reach it). */
  private readonly keepContextInside = (event: Event): void => {
    if ((event as Event & { context?: unknown }).context === practiceContext) event.stopPropagation();
  };

  /** The kind of content: `strategy`, `prompts`, `form`, `policy` or `safety-plan-prompts`. */
  @property() kind: PreviewKind = 'strategy';

  /** The content to show (one that validated: Studio passes nothing else). */
  @property({ attribute: false }) content?: unknown;

  /**
   * The content's language (`en`, `es`, `fr`, `ar`): the element's locale. As an attribute
   * `content-lang`, so that the host's own `lang` keeps saying the language of Studio's interface.
   */
  @property({ attribute: 'content-lang' }) override lang: ContentLanguage = 'en';

  /** `auto` (the language's own direction), `ltr` or `rtl`. Attribute `content-dir`, as for `lang`. */
  @property({ attribute: 'content-dir' }) override dir: PreviewDir = 'auto';

  /** `light` or `dark`: the provider's `theme`, as a practice sets it. */
  @property() scheme: PreviewScheme = 'light';

  /** `phone` (320 px), `tablet` (768 px) or `desktop` (1024 px): the width the element is laid out at. */
  @property() width: PreviewWidth = 'desktop';

  /** `--hearth-*` custom properties set on the frame (from `<studio-theme-tokens>`); anything else is left out. */
  @property({ attribute: false }) tokens: Record<string, string> = {};

  /** The sample value of `{name}` (the provider's client name). */
  @property({ attribute: 'sample-name' }) sampleName = '';

  /** The practice name `{practice}` shows (the provider's `practice-name`). */
  @property({ attribute: 'practice-name' }) practiceName?: string;

  /** The region of the crisis lines in the element's footer (the provider's `region`). */
  @property() region?: string;

  /** The state to show, one of `StudioPreview.statesFor(kind)`: `start`, `exercise`, `errors`, `agreed` or `crisis`. */
  @property() state = 'start';

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('kind') || changed.has('state')) this.generation++;
  }

  protected override updated(changed: PropertyValues<this>): void {
    this.applyTokens();
    if (changed.has('kind') || changed.has('state') || changed.has('content') || changed.has('lang') || changed.has('sampleName')) void this.settle();
  }

  /** Sets the valid `--hearth-*` tokens on the frame (through the CSSOM: a strict CSP allows it), removing the ones gone. */
  private applyTokens(): void {
    const frame = this.renderRoot.querySelector<HTMLElement>('.frame');
    if (!frame) return;
    const wanted = new Map(Object.entries(this.tokens ?? {}).filter(([name, value]) => typeof value === 'string' && !tokenProblem(name, value)));
    for (const name of this.appliedTokens.keys()) if (!wanted.has(name)) frame.style.removeProperty(name);
    for (const [name, value] of wanted) if (this.appliedTokens.get(name) !== value) frame.style.setProperty(name, value);
    this.appliedTokens = wanted;
  }

  /**
   * Brings the element to the state asked for, again after new content (which can undo it). Focus
   * stays where the clinician had it: reaching a state moves focus inside the element (Start puts
   * it on the exercise), which would pull it out of the editor.
   */
  private async settle(): Promise<void> {
    const run = ++this.settling;
    this.settled = false;
    await this.updateComplete;
    const element = this.shownElement;
    if (run !== this.settling) return;
    if (!element) {
      // No content yet: nothing to bring anywhere.
      this.settled = true;
      return;
    }
    const focusOutside = !this.shadowRoot?.activeElement ? deepActiveElement() : undefined;
    await (element as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete;
    await reachState(this.shownKind, this.shownState, element, this.sampleName || 'Sam', previewText('preview.relationship'));
    await new Promise((resolve) => requestAnimationFrame(resolve));
    if (focusOutside?.isConnected && this.shadowRoot?.activeElement) focusOutside.focus({ preventScroll: true });
    if (run === this.settling) this.settled = true;
  }

  private get shownKind(): PreviewKind {
    return oneOf(this.kind, PREVIEW_KINDS, 'strategy');
  }

  private get shownState(): PreviewState {
    return stateFor(this.shownKind, this.state);
  }

  /** The provider's config: the client name of `{name}` (the same object while the name stays). */
  private get config(): PracticeConfig | undefined {
    const name = this.sampleName?.trim() ?? '';
    if (this.configFor?.name !== name) this.configFor = { name, config: name ? { clientName: name } : undefined };
    return this.configFor.config;
  }

  private renderElement(kind: PreviewKind, storeKey: string, dir: string | undefined) {
    const content = this.content;
    switch (kind) {
      case 'strategy':
        return html`<hearth-coping-card storage="none" store-key=${storeKey} dir=${ifDefined(dir)} .strategy=${content as Strategy}></hearth-coping-card>`;
      case 'prompts':
        return html`<hearth-journal-prompt storage="none" store-key=${storeKey} dir=${ifDefined(dir)} .prompts=${promptList(content)}></hearth-journal-prompt>`;
      case 'form':
        return html`<hearth-feedback-form storage="none" store-key=${storeKey} dir=${ifDefined(dir)} .definition=${content as FormDefinition}></hearth-feedback-form>`;
      case 'policy':
        return html`<hearth-consent storage="none" store-key=${storeKey} dir=${ifDefined(dir)} .policy=${content as Policy}></hearth-consent>`;
      case 'safety-plan-prompts':
        return html`<hearth-safety-plan storage="none" store-key=${storeKey} dir=${ifDefined(dir)} .prompts=${content as SafetyPlanPrompts}></hearth-safety-plan>`;
    }
  }

  /** The Hearth element on show, if any. */
  get shownElement(): Element | undefined {
    return this.renderRoot.querySelector('hearth-provider')?.firstElementChild ?? undefined;
  }

  /** Resolves once the element on show has reached the state asked for. */
  async whenSettled(timeout = 10_000): Promise<void> {
    const start = performance.now();
    await this.updateComplete;
    while (!this.settled) {
      if (performance.now() - start > timeout) throw new Error('<studio-preview> did not reach its state in time');
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
  }

  override render() {
    const kind = this.shownKind;
    const language = oneOf(this.lang, CONTENT_LANGUAGES, 'en');
    const scheme = oneOf(this.scheme, ['light', 'dark'] as const, 'light');
    const width = oneOf(this.width, Object.keys(PREVIEW_WIDTHS) as PreviewWidth[], 'desktop');
    const dir = oneOf(this.dir, ['auto', 'ltr', 'rtl'] as const, 'auto');
    const px = PREVIEW_WIDTHS[width];
    // The window's layout differs from the frame's: a phone frame in a wide window, or a wide frame in a phone's.
    const layoutDiffers = width === 'phone' ? !this.windowPhone.matches : this.windowNarrow.matches;
    const storeKey = `${kind}-${this.generation}`;
    return html`<div class="stage" role="region" aria-label=${frameName(kind, language, scheme, width)} tabindex="0">
        <div class="frame ${scheme} ${width}" lang=${language} dir=${directionOf(language, dir)} @context-request=${this.keepContextInside}>
          <hearth-provider
            namespace=${PREVIEW_NAMESPACE}
            storage="none"
            preview
            locale=${language}
            theme=${scheme}
            practice-name=${ifDefined(this.practiceName || undefined)}
            region=${ifDefined(this.region || undefined)}
            .config=${this.config}
            >${this.content === undefined ? nothing : keyed(storeKey, this.renderElement(kind, storeKey, dir === 'auto' ? undefined : dir))}</hearth-provider
          >
          ${this.content === undefined ? html`<p class="empty">${previewText('preview.noContent')}</p>` : nothing}
        </div>
      </div>
      ${layoutDiffers ? html`<p class="note">${previewText('preview.screenNote', { px })}</p>` : nothing}`;
  }
}

defineElement('studio-preview', StudioPreview);

declare global {
  interface HTMLElementTagNameMap {
    'studio-preview': StudioPreview;
  }
}
