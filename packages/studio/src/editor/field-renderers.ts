/*
 * The field renderers of <studio-schema-editor>: one function per kind of schema node (a group of
 * fields, a union with a kind picker, a fixed tuple, text, a number, a checkbox, a choice of
 * values), each with its label, help, required mark and errors tied to the control. Lists are in
 * list-controls.ts. Every renderer reads the value it is given and reports edits through the
 * context; none changes a value in place.
 */
import { html, noChange, nothing, type PropertyPart, type TemplateResult } from 'lit';
import { Directive, directive, type PartInfo, PartType } from 'lit/directive.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';

import { editorStrings as t } from './editor-strings.js';
import { type FieldHelp, optionLabel } from './field-help.js';
import { childPath, fieldId, itemPattern, keyPattern } from './schema-path.js';
import { blankOf, branchTag, fieldKind, type JsonSchema, resolve, switchVariant, unionBranch, variantBranch, variantTag } from './schema-shape.js';

/** What the renderers need from the editor. */
export interface EditorContext {
  /** The whole schema (for `$ref`s). */
  readonly rootSchema: JsonSchema;
  /** The help for a field-help pattern (`steps[]`); `key` is the fallback label. */
  help(pattern: string, key: string): FieldHelp;
  /** The validation messages for exactly this path (each path's messages are shown once). */
  errorsAt(path: string): string[];
  /** Puts `next` at `path` and tells the lead (a new value, never the old one changed). */
  set(path: string, next: unknown): void;
  /** Moves focus to the first control in the element whose id is `id`, once the lead has passed the new value back. */
  focusSoon(id: string): void;
  /** The content's language and direction, for fields that hold content text. */
  readonly contentLang?: string;
  readonly contentDirection?: string;
  /** A note shown under each content text field (its reading grade). */
  annotate?(path: string, text: string): unknown;
  /** Renders a list (list-controls.ts). */
  renderList(node: JsonSchema, value: unknown, at: FieldPlace): TemplateResult;
}

/** Where a field is: its validator path, its field-help pattern, its key, and how it may be left out. */
export interface FieldPlace {
  path: string;
  pattern: string;
  key: string;
  /** True when the field may be absent (an "Add" button then stands in for it). */
  optional: boolean;
  /** The label to use instead of field-help's (a list entry: "Step 3"). */
  label?: string;
  /** Controls shown with the field (a list entry's move and remove buttons). */
  controls?: TemplateResult;
}

/** Keys that hold ids, codes, addresses or dates, never words a client reads. */
const NOT_CONTENT = new Set(['id', 'version', 'url', 'value', 'effectiveDate']);

/** True when a text field holds words a client reads (so it gets the content's lang and dir). */
export function holdsContentText(node: JsonSchema, at: FieldPlace): boolean {
  return node.pattern === undefined && !NOT_CONTENT.has(at.key) && at.pattern !== 'review' && !at.pattern.startsWith('review.');
}

/** The ids tied to a control with aria-describedby. */
export function describedBy(...ids: (string | false | undefined)[]): string | undefined {
  const present = ids.filter((id): id is string => !!id);
  return present.length ? present.join(' ') : undefined;
}

export function requiredMark(at: FieldPlace) {
  return at.optional ? nothing : html` <span class="required">(${t.required})</span>`;
}

export function helpText(id: string, help: FieldHelp) {
  return help.help ? html`<p class="help" id=${`${id}--help`}>${help.help}</p>` : nothing;
}

export function errorText(id: string, errors: string[]) {
  return errors.length
    ? html`<div class="error" id=${`${id}--error`}>
        ${errors.map((message) => html`<p>${message}</p>`)}
      </div>`
    : nothing;
}

/** Any field: an "Add" button when an optional field is absent, else its control. */
export function renderField(ctx: EditorContext, input: JsonSchema, value: unknown, at: FieldPlace): TemplateResult {
  const node = resolve(input, ctx.rootSchema);
  const help = ctx.help(at.pattern, at.key);
  if (at.optional && value === undefined) return renderAbsent(ctx, node, at, help);
  switch (fieldKind(node, ctx.rootSchema)) {
    case 'object':
      return renderGroup(ctx, node, value, at, help);
    case 'variant':
      return renderVariant(ctx, node, value, at, help);
    case 'union':
      return renderField(ctx, unionBranch(node, value, ctx.rootSchema), value, at);
    case 'tuple':
      return renderTuple(ctx, node, value, at, help);
    case 'list':
      return ctx.renderList(node, value, at);
    case 'enum':
      return renderSelect(ctx, node, value, at, help);
    case 'const':
      return renderConst(ctx, node, at, help);
    case 'number':
      return renderNumber(ctx, node, value, at, help);
    case 'boolean':
      return renderCheckbox(ctx, value, at, help);
    default:
      return renderText(ctx, node, value, at, help);
  }
}

/** An optional field that is absent: "Add <label>", with its errors (`options` required for a choice question). */
function renderAbsent(ctx: EditorContext, node: JsonSchema, at: FieldPlace, help: FieldHelp): TemplateResult {
  const id = fieldId(at.path);
  const errors = ctx.errorsAt(at.path);
  return html`<div class="field absent">
    <button type="button" class="add-optional" id=${id} aria-describedby=${ifDefined(describedBy(help.help && `${id}--help`, errors.length > 0 && `${id}--error`))}
      aria-invalid=${ifDefined(errors.length ? 'true' : undefined)}
      @click=${() => {
        ctx.set(at.path, blankOf(node, ctx.rootSchema));
        ctx.focusSoon(id);
      }}>${t.add(help.label)}</button>
    ${helpText(id, help)} ${errorText(id, errors)}
  </div>`;
}

/** "Remove <label>" for an optional field that is present. */
export function removeOptional(ctx: EditorContext, at: FieldPlace, help: FieldHelp) {
  if (!at.optional) return nothing;
  return html`<button type="button" class="remove-optional" @click=${() => {
    ctx.set(at.path, undefined);
    ctx.focusSoon(fieldId(at.path));
  }}>${t.remove(help.label)}</button>`;
}

function asObject(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

/** The fields of an object, in schema order. */
export function renderProperties(ctx: EditorContext, node: JsonSchema, value: unknown, at: Pick<FieldPlace, 'path' | 'pattern'>, skip?: string) {
  const object = asObject(value);
  const required = new Set(node.required ?? []);
  return Object.entries(node.properties ?? {})
    .filter(([key]) => key !== skip)
    .map(([key, schema]) =>
      renderField(ctx, schema, Object.hasOwn(object, key) ? object[key] : undefined, {
        path: childPath(at.path, key),
        pattern: keyPattern(at.pattern, key),
        key,
        optional: !required.has(key),
      }),
    );
}

/** The frame of a group of fields: a fieldset whose legend is the label, with help, errors and controls. */
function group(ctx: EditorContext, at: FieldPlace, help: FieldHelp, body: unknown, className = 'group'): TemplateResult {
  const id = fieldId(at.path);
  const errors = ctx.errorsAt(at.path);
  return html`<fieldset class=${className} id=${id} tabindex="-1"
    aria-describedby=${ifDefined(describedBy(help.help && `${id}--help`, errors.length > 0 && `${id}--error`))}
    aria-invalid=${ifDefined(errors.length ? 'true' : undefined)}>
    <legend>${at.label ?? help.label}${requiredMark(at)}</legend>
    ${at.controls ?? nothing} ${helpText(id, help)} ${errorText(id, errors)} ${body} ${removeOptional(ctx, at, help)}
  </fieldset>`;
}

function renderGroup(ctx: EditorContext, node: JsonSchema, value: unknown, at: FieldPlace, help: FieldHelp): TemplateResult {
  return group(ctx, at, help, renderProperties(ctx, node, value, at));
}

/** A union told apart by a tag: a select of the kinds (switching keeps fields of the same name), then the kind's fields. */
function renderVariant(ctx: EditorContext, node: JsonSchema, value: unknown, at: FieldPlace, help: FieldHelp): TemplateResult {
  const root = ctx.rootSchema;
  const tag = variantTag(node, root)!;
  const branches = node.oneOf!.map((branch) => resolve(branch, root));
  const branch = variantBranch(node, tag, value, root);
  const current = asObject(value)[tag];
  const tagAt: FieldPlace = { path: childPath(at.path, tag), pattern: keyPattern(at.pattern, tag), key: tag, optional: false };
  const tagHelp = ctx.help(tagAt.pattern, tag);
  const tagId = fieldId(tagAt.path);
  const errors = ctx.errorsAt(tagAt.path);
  const known = branches.some((candidate) => branchTag(candidate, tag, root) === current);
  const picker = html`<div class="field">
    <label for=${tagId}>${tagHelp.label}${requiredMark(tagAt)}</label>
    ${helpText(tagId, tagHelp)}
    <select id=${tagId} aria-describedby=${ifDefined(describedBy(tagHelp.help && `${tagId}--help`, errors.length > 0 && `${tagId}--error`))}
      aria-invalid=${ifDefined(errors.length ? 'true' : undefined)}
      @change=${(event: Event) => {
        const chosen = branches.find((candidate) => branchTag(candidate, tag, root) === (event.target as HTMLSelectElement).value);
        if (chosen) ctx.set(at.path, switchVariant(value, chosen, root));
      }}>
      ${known ? nothing : html`<option value="" selected>${t.chooseKind}</option>`}
      ${branches.map((candidate) => {
        const name = branchTag(candidate, tag, root);
        return html`<option value=${name} ?selected=${name === current}>${optionLabel(tagHelp, name)}</option>`;
      })}
    </select>
    ${errorText(tagId, errors)}
  </div>`;
  return group(ctx, at, help, html`${picker} ${renderProperties(ctx, branch, value, at, tag)}`);
}

/** A fixed list of values (a breathing pattern's four numbers), each labelled from field-help. */
function renderTuple(ctx: EditorContext, node: JsonSchema, value: unknown, at: FieldPlace, help: FieldHelp): TemplateResult {
  const list = Array.isArray(value) ? value : [];
  const fields = node.prefixItems!.map((item, index) =>
    renderField(ctx, item, list[index], {
      path: childPath(at.path, index),
      pattern: itemPattern(at.pattern, index),
      key: String(index + 1),
      optional: false,
    }),
  );
  return group(ctx, at, help, html`<div class="tuple">${fields}</div>`);
}

/** The parts every single-control field shares: label, help, notes, errors and the described-by ids. */
function scalar(
  ctx: EditorContext,
  at: FieldPlace,
  help: FieldHelp,
  control: (id: string, describedBy: string | undefined, invalid: boolean) => unknown,
  extra?: { note?: string; annotation?: unknown; checkbox?: boolean },
) {
  const id = fieldId(at.path);
  const errors = ctx.errorsAt(at.path);
  const annotation = extra?.annotation;
  const hasAnnotation = annotation !== undefined && annotation !== null && annotation !== nothing && annotation !== '';
  const ids = describedBy(help.help && `${id}--help`, extra?.note && `${id}--html`, hasAnnotation && `${id}--note`, errors.length > 0 && `${id}--error`);
  const label = html`<label for=${id}>${at.label ?? help.label}${requiredMark(at)}</label>`;
  return html`<div class=${extra?.checkbox ? 'field checkbox' : 'field'}>
    ${extra?.checkbox ? html`<span class="check">${control(id, ids, errors.length > 0)} ${label}</span>` : label} ${at.controls ?? nothing}
    ${helpText(id, help)} ${extra?.note ? html`<p class="note" id=${`${id}--html`}>${extra.note}</p>` : nothing}
    ${extra?.checkbox ? nothing : control(id, ids, errors.length > 0)}
    ${hasAnnotation ? html`<div class="annotation" id=${`${id}--note`}>${annotation}</div>` : nothing} ${errorText(id, errors)} ${removeOptional(ctx, at, help)}
  </div>`;
}

/** Text: an input, or a textarea for long text and HTML (with a note that only safe tags are kept). */
function renderText(ctx: EditorContext, node: JsonSchema, value: unknown, at: FieldPlace, help: FieldHelp): TemplateResult {
  const text = typeof value === 'string' ? value : value === undefined || value === null ? '' : JSON.stringify(value);
  const isHtml = at.key.endsWith('Html');
  const long = isHtml || (node.maxLength ?? 0) > 200;
  const content = holdsContentText(node, at);
  const lang = content ? ctx.contentLang : undefined;
  const dir = (content ? ctx.contentDirection : undefined) as 'ltr' | 'rtl' | 'auto' | undefined;
  const onInput = (event: Event) => ctx.set(at.path, (event.target as HTMLInputElement | HTMLTextAreaElement).value);
  const control = (id: string, ids: string | undefined, invalid: boolean) =>
    long
      ? html`<textarea id=${id} rows=${isHtml ? 8 : 3} lang=${ifDefined(lang)} dir=${ifDefined(dir ?? (content ? 'auto' : undefined))}
          aria-describedby=${ifDefined(ids)} aria-invalid=${ifDefined(invalid ? 'true' : undefined)} ?required=${!at.optional}
          maxlength=${ifDefined(node.maxLength)} spellcheck=${content ? 'true' : 'false'} .value=${live(text)} @input=${onInput}></textarea>`
      : html`<input id=${id} type="text" lang=${ifDefined(lang)} dir=${ifDefined(dir ?? (content ? 'auto' : 'ltr'))}
          aria-describedby=${ifDefined(ids)} aria-invalid=${ifDefined(invalid ? 'true' : undefined)} ?required=${!at.optional}
          maxlength=${ifDefined(node.maxLength)} spellcheck=${content ? 'true' : 'false'} autocomplete="off" .value=${live(text)} @input=${onInput} />`;
  return scalar(ctx, at, help, control, {
    note: isHtml ? t.htmlNote : undefined,
    annotation: content && ctx.annotate ? ctx.annotate(at.path, text) : undefined,
  });
}

/** A number, with the schema's range; a half-typed number ("1.") is left alone until it reads as one. */
function renderNumber(ctx: EditorContext, node: JsonSchema, value: unknown, at: FieldPlace, help: FieldHelp): TemplateResult {
  const shown = typeof value === 'number' ? String(value) : '';
  const onInput = (event: Event) => {
    const input = event.target as HTMLInputElement;
    if (input.validity.badInput) return;
    ctx.set(at.path, input.value.trim() === '' ? null : Number(input.value));
  };
  const control = (id: string, ids: string | undefined, invalid: boolean) =>
    html`<input id=${id} type="number" inputmode=${node.type === 'integer' ? 'numeric' : 'decimal'} dir="ltr"
      min=${ifDefined(node.minimum)} max=${ifDefined(node.maximum)} .step=${node.type === 'integer' ? '1' : 'any'}
      aria-describedby=${ifDefined(ids)} aria-invalid=${ifDefined(invalid ? 'true' : undefined)} ?required=${!at.optional}
      .value=${keepTyped(shown)} @input=${onInput} />`;
  return scalar(ctx, at, help, control);
}

/**
 * Sets a number input's value, unless what is typed already means that number ("1.50" for 1.5,
 * "-0" for 0): then what is typed stays, caret and all.
 */
class KeepTypedNumber extends Directive {
  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.PROPERTY) throw new Error('keepTyped() is for a .value binding');
  }
  override update(part: PropertyPart, [shown]: [string]) {
    const typed = (part.element as HTMLInputElement).value;
    if (typed === shown || (typed.trim() !== '' && shown !== '' && Number(typed) === Number(shown))) return noChange;
    return shown;
  }
  render(shown: string) {
    return shown;
  }
}
const keepTyped = directive(KeepTypedNumber);

function renderCheckbox(ctx: EditorContext, value: unknown, at: FieldPlace, help: FieldHelp): TemplateResult {
  const control = (id: string, ids: string | undefined, invalid: boolean) =>
    html`<input id=${id} type="checkbox" aria-describedby=${ifDefined(ids)} aria-invalid=${ifDefined(invalid ? 'true' : undefined)}
      .checked=${live(value === true)} @change=${(event: Event) => ctx.set(at.path, (event.target as HTMLInputElement).checked)} />`;
  return scalar(ctx, at, help, control, { checkbox: true });
}

/** One of a fixed list of values: a select, named from field-help. */
function renderSelect(ctx: EditorContext, node: JsonSchema, value: unknown, at: FieldPlace, help: FieldHelp): TemplateResult {
  const values = node.enum ?? [];
  const known = values.includes(value);
  const control = (id: string, ids: string | undefined, invalid: boolean) =>
    html`<select id=${id} aria-describedby=${ifDefined(ids)} aria-invalid=${ifDefined(invalid ? 'true' : undefined)} ?required=${!at.optional}
      @change=${(event: Event) => {
        const index = (event.target as HTMLSelectElement).selectedIndex - (known ? 0 : 1);
        if (index >= 0) ctx.set(at.path, values[index]);
      }}>
      ${known ? nothing : html`<option value="" selected>${t.chooseKind}</option>`}
      ${values.map((option) => html`<option value=${String(option)} ?selected=${option === value}>${optionLabel(help, option)}</option>`)}
    </select>`;
  return scalar(ctx, at, help, control);
}

/** A value that can only be one thing (`method: "sum"`): said, not asked. */
function renderConst(ctx: EditorContext, node: JsonSchema, at: FieldPlace, help: FieldHelp): TemplateResult {
  const id = fieldId(at.path);
  const errors = ctx.errorsAt(at.path);
  return html`<div class="field const" id=${id} tabindex="-1">
    <span class="label">${help.label}</span> ${helpText(id, help)}
    <p class="fixed">${t.fixed(optionLabel(help, node.const))}</p>
    ${errorText(id, errors)}
  </div>`;
}
