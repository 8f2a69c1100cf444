/*
 * <studio-schema-editor>: a structured editor generated from a content schema (a JSON Schema
 * fragment, as `schema.jsonSchema()` makes it). Each field has its label and help from
 * field-help.json, its errors from the validator tied to it, and every edit is a `studio-change`
 * event with a new value; the lead passes the value back and the editor renders from it.
 */
import { defineElement, directionOf, HEARTH_VERSION } from '@hearth/core';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';

import { editorStrings as t } from './editor-strings.js';
import { type FieldHelp, fieldHelp } from './field-help.js';
import { errorText, type FieldPlace, helpText, renderField, renderProperties } from './field-renderers.js';
import { ListControls, type ListHost } from './list-controls.js';
import { editorStyles } from './schema-editor.styles.js';
import { fieldId, parentPath, pathSteps, withValueAt } from './schema-path.js';
import { fieldKind, type JsonSchema, resolve, unionBranch } from './schema-shape.js';

/** A validator message for one field (`{ path: 'strategy.steps[2]', message: 'must not be empty' }`). */
export interface FieldError {
  path: string;
  message: string;
}

/** The detail of `studio-change`: the whole content, new. */
export interface StudioChangeDetail {
  value: unknown;
}

const FIELDS = 'input, textarea, select';
const FOCUSABLE = 'input, textarea, select, button, [tabindex]';

/**
 * A form for one content item, generated from its schema.
 *
 * @fires studio-change - Every edit, with `detail.value`: the whole content, a new value (the one
 *   passed in is never changed). Bubbles and crosses shadow roots.
 */
export class StudioSchemaEditor extends LitElement implements ListHost {
  static override styles = editorStyles;
  static readonly hearthVersion = HEARTH_VERSION;

  private readonly lists = new ListControls(this);
  private pendingFocus?: string;
  /** The error paths a field has shown during this render; the rest are listed at the top. */
  private shown = new Set<string>();

  /** What the polite live region says. */
  @state() private said = '';

  /** The content's JSON Schema (may hold `$defs` and `$ref`s). */
  @property({ attribute: false }) schema?: Record<string, unknown>;
  /** The content (any JSON); never changed in place. */
  @property({ attribute: false }) value: unknown;
  /** The first word of the validator's paths (`strategy`, `definition`, `policy`, `prompts`). */
  @property() root = 'content';
  /** The key into field-help.json: `strategy`, `prompts`, `form`, `policy`, `safety-plan-prompts`. */
  @property() kind = '';
  /** The validator's errors; each is shown under its field. */
  @property({ attribute: false }) errors: readonly FieldError[] = [];
  /** The content's language, put on every field of content text. */
  @property({ attribute: 'content-lang' }) contentLang?: string;
  /** The content's direction (`ltr`, `rtl`); from `contentLang` when not set. */
  @property({ attribute: 'content-dir' }) contentDir?: string;
  /** A note shown under each content text field (its reading grade): anything Lit renders. */
  @property({ attribute: false }) annotate?: (path: string, text: string) => unknown;
  /** How long Undo stays after a list entry is removed, in milliseconds. */
  @property({ type: Number, attribute: 'undo-time' }) undoTime = 8000;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.lists.disconnect();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const id = this.pendingFocus;
    // The field to focus is in the value the lead passes back: wait for it, never focus the old one.
    if (!id || !changed.has('value')) return;
    this.pendingFocus = undefined;
    const target = this.renderRoot.querySelector<HTMLElement>(`#${id}`);
    if (!target) return;
    const control =
      target.matches(FOCUSABLE) && !target.matches('fieldset, li')
        ? target
        : (target.querySelector<HTMLElement>(FIELDS) ?? target.querySelector<HTMLElement>(FOCUSABLE) ?? target);
    control.focus();
  }

  get rootSchema(): JsonSchema {
    return (this.schema ?? {}) as JsonSchema;
  }

  help(pattern: string, key: string): FieldHelp {
    return fieldHelp(this.kind, pattern, key);
  }

  errorsAt(path: string): string[] {
    this.shown.add(path);
    return this.errors.filter((error) => error.path === path).map((error) => error.message);
  }

  set(path: string, next: unknown): void {
    const steps = pathSteps(path, this.root);
    if (!steps) return;
    const value = withValueAt(this.value, steps, next);
    this.dispatchEvent(new CustomEvent<StudioChangeDetail>('studio-change', { bubbles: true, composed: true, detail: { value } }));
  }

  focusSoon(id: string): void {
    this.pendingFocus = id;
  }

  announce(text: string): void {
    // Cleared first, so the same words said twice are said twice.
    this.said = '';
    requestAnimationFrame(() => {
      this.said = text;
    });
  }

  renderList(node: JsonSchema, value: unknown, at: FieldPlace) {
    return this.lists.render(node, value, at);
  }

  get contentDirection(): string | undefined {
    return this.contentDir || (this.contentLang ? directionOf(this.contentLang) : undefined);
  }

  /**
   * Focuses (and scrolls to) the field for a validator path (`strategy.steps[2]`), or the nearest
   * field above it that exists. Returns false when the path is not in this content.
   */
  focusPath(path: string): boolean {
    if (!pathSteps(path, this.root)) return false;
    for (let here: string | undefined = path; here !== undefined; here = parentPath(here)) {
      const target = this.renderRoot.querySelector<HTMLElement>(`#${fieldId(here)}`);
      if (target) {
        target.scrollIntoView({ block: 'center' });
        target.focus({ preventScroll: true });
        return true;
      }
    }
    return false;
  }

  protected override render() {
    this.shown = new Set();
    const id = fieldId(this.root);
    // A root that is one item or a list (a deck, a pack or a bare list of prompts): the shape of the value given.
    let root = resolve(this.rootSchema, this.rootSchema);
    if (fieldKind(root, this.rootSchema) === 'union') root = unionBranch(root, this.value, this.rootSchema);
    const at = { path: this.root, pattern: '', key: this.root, optional: false };
    let body: unknown = nothing;
    if (this.schema && fieldKind(root, this.rootSchema) === 'object') {
      // The item itself is the page's subject: its fields, with no group around them.
      const help = this.help('', this.root);
      const errors = this.errorsAt(this.root);
      body = html`<div class="fields" id=${id} tabindex="-1" aria-describedby=${ifDefined(errors.length ? `${id}--error` : undefined)}>
        ${help.help ? helpText(id, help) : nothing} ${errorText(id, errors)} ${renderProperties(this, root, this.value, at)}
      </div>`;
    } else if (this.schema) {
      body = renderField(this, root, this.value, at);
    }
    const rest = this.errors.filter((error) => !this.shown.has(error.path));
    return html`<div class="editor base" id=${`${id}--editor`}>
      ${
        rest.length
          ? html`<div class="other-errors" id=${`${id}--other`}>
            <p class="label">${t.otherProblems}</p>
            <ul>
              ${rest.map((error) => html`<li>${error.path}: ${error.message}</li>`)}
            </ul>
          </div>`
          : nothing
      }
      ${body}
      <p class="visually-hidden" role="status" aria-live="polite">${this.said}</p>
    </div>`;
  }
}

defineElement('studio-schema-editor', StudioSchemaEditor);

declare global {
  interface HTMLElementTagNameMap {
    'studio-schema-editor': StudioSchemaEditor;
  }
  interface HTMLElementEventMap {
    'studio-change': CustomEvent<StudioChangeDetail>;
  }
}
