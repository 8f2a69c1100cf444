/*
 * The lists of <studio-schema-editor>: each entry with a drag handle (pointer events, so touch and
 * mouse both work), Move up, Move down and Remove; Alt+ArrowUp / Alt+ArrowDown on those controls
 * move the entry too; Add at the end; Undo for a few seconds after a removal; the list's
 * minItems and maxItems kept, with the reason in words. Focus follows the moved entry, and each
 * change is said once in the editor's polite live region ("Step 3 of 5").
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

import { editorStrings as t } from './editor-strings.js';
import { describedBy, type EditorContext, errorText, type FieldPlace, helpText, removeOptional, renderField, requiredMark } from './field-renderers.js';
import { childPath, fieldId, itemPattern, pathSteps, valueAt } from './schema-path.js';
import { blankOf, type JsonSchema } from './schema-shape.js';

/** What the list controls need from the editor, besides what every renderer needs. */
export interface ListHost extends EditorContext {
  /** The content as the lead last passed it. */
  readonly value: unknown;
  /** The first word of the paths (`strategy`). */
  readonly root: string;
  /** How long Undo stays after a removal, in milliseconds. */
  readonly undoTime: number;
  /** The editor's shadow root (to find list entries while dragging). */
  readonly renderRoot: HTMLElement | DocumentFragment;
  /** Says `text` once in the polite live region. */
  announce(text: string): void;
  requestUpdate(): void;
  readonly updateComplete: Promise<boolean>;
}

/** A control of a list entry, named in its id (`f-strategy-steps-2--up`) so focus can follow the entry. */
type EntryControl = 'handle' | 'up' | 'down' | 'remove';

interface Removed {
  path: string;
  index: number;
  item: unknown;
  label: string;
  timer: number;
}

interface Drag {
  path: string;
  from: number;
  to: number;
  pointerId: number;
}

/** The first words of an entry, for "Removed step 3: “…”" (its text, or its first text field). */
function entrySummary(item: unknown): string | undefined {
  let text: string | undefined;
  if (typeof item === 'string') text = item;
  else if (item !== null && typeof item === 'object' && !Array.isArray(item)) {
    const record = item as Record<string, unknown>;
    const key = ['label', 'title', 'text', 'prompt', 'id'].find((candidate) => typeof record[candidate] === 'string' && record[candidate]);
    text = key ? (record[key] as string) : undefined;
  }
  text = text?.replace(/\s+/g, ' ').trim();
  if (!text) return undefined;
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}

/** The list renderer and its state (the last removal, a drag in progress). */
export class ListControls {
  private removed?: Removed;
  private drag?: Drag;

  constructor(private readonly host: ListHost) {}

  /** The list at `path` in the current value. */
  private listAt(path: string): unknown[] {
    const steps = pathSteps(path, this.host.root);
    const list = steps ? valueAt(this.host.value, steps) : undefined;
    return Array.isArray(list) ? list : [];
  }

  /** Undo is gone; if it had focus, focus goes to the list's Add button. */
  private expire(): void {
    const removed = this.removed;
    if (!removed) return;
    const root = this.host.renderRoot as ShadowRoot;
    const undoHadFocus = root.activeElement?.classList.contains('undo') ?? false;
    this.removed = undefined;
    this.host.requestUpdate();
    if (undoHadFocus) void this.host.updateComplete.then(() => root.getElementById(`${fieldId(removed.path)}--add`)?.focus());
  }

  private clearRemoved(): void {
    if (this.removed) window.clearTimeout(this.removed.timer);
    this.removed = undefined;
  }

  /** Alt+ArrowUp / Alt+ArrowDown on an entry's handle or buttons move it. */
  private onKeydown(event: KeyboardEvent, path: string, index: number, label: string): void {
    if (!event.altKey || event.ctrlKey || event.metaKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    const control = (event.target as HTMLElement).dataset.control as EntryControl | undefined;
    if (!control) return;
    event.preventDefault();
    this.move(path, index, index + (event.key === 'ArrowUp' ? -1 : 1), label, control);
  }

  private onPointerDown(event: PointerEvent, path: string, index: number): void {
    if (event.button !== 0 || this.drag) return;
    const handle = event.currentTarget as HTMLElement;
    event.preventDefault();
    handle.focus();
    handle.setPointerCapture(event.pointerId);
    this.drag = { path, from: index, to: index, pointerId: event.pointerId };
    this.host.requestUpdate();
  }

  /** While dragging: the entry goes where the pointer is, between the others' middles. */
  private onPointerMove(event: PointerEvent): void {
    const drag = this.drag;
    if (!drag || event.pointerId !== drag.pointerId) return;
    const list = (event.currentTarget as HTMLElement).closest('ol');
    if (!list) return;
    const entries = [...list.children].filter((child): child is HTMLElement => child instanceof HTMLElement && child.localName === 'li');
    let to = 0;
    entries.forEach((entry, i) => {
      if (i === drag.from) return;
      const box = entry.getBoundingClientRect();
      if (event.clientY > box.top + box.height / 2) to++;
    });
    if (to !== drag.to) {
      drag.to = to;
      this.host.requestUpdate();
    }
  }

  private onPointerUp(event: PointerEvent, label: string): void {
    const drag = this.drag;
    if (!drag || event.pointerId !== drag.pointerId) return;
    this.drag = undefined;
    this.host.requestUpdate();
    if (drag.to !== drag.from) this.move(drag.path, drag.from, drag.to, label, 'handle');
  }

  private onPointerCancel(event: PointerEvent): void {
    if (!this.drag || event.pointerId !== this.drag.pointerId) return;
    this.drag = undefined;
    this.host.requestUpdate();
  }

  /** Moves the entry at `from` to `to`; focus goes to the same control of the moved entry. */
  move(path: string, from: number, to: number, label: string, control: EntryControl): void {
    const list = [...this.listAt(path)];
    if (from === to || from < 0 || to < 0 || from >= list.length || to >= list.length) return;
    const [item] = list.splice(from, 1);
    list.splice(to, 0, item);
    this.host.set(path, list);
    this.host.focusSoon(`${fieldId(childPath(path, to))}--${control}`);
    this.host.announce(t.place(label, to + 1, list.length));
  }

  /** Adds a blank entry at the end; focus goes to its first field. */
  add(path: string, itemSchema: JsonSchema, label: string): void {
    const list = [...this.listAt(path), blankOf(itemSchema, this.host.rootSchema)];
    this.host.set(path, list);
    this.host.focusSoon(`${fieldId(childPath(path, list.length - 1))}--item`);
    this.host.announce(t.added(label, list.length, list.length));
  }

  /** Removes an entry, says which, and offers Undo for a few seconds. */
  remove(path: string, index: number, label: string, min: number): void {
    const list = [...this.listAt(path)];
    if (index < 0 || index >= list.length) return;
    const [item] = list.splice(index, 1);
    this.clearRemoved();
    const timer = window.setTimeout(() => this.expire(), this.host.undoTime);
    this.removed = { path, index, item, label, timer };
    this.host.set(path, list);
    const summary = entrySummary(item);
    this.host.announce(summary ? t.removedText(label, index + 1, summary) : t.removed(label, index + 1));
    const next = Math.min(index, list.length - 1);
    this.host.focusSoon(list.length > min && next >= 0 ? `${fieldId(childPath(path, next))}--remove` : `${fieldId(path)}--add`);
  }

  /** Puts the last removed entry back where it was; focus goes to its first field. */
  undo(): void {
    const removed = this.removed;
    if (!removed) return;
    this.clearRemoved();
    const list = [...this.listAt(removed.path)];
    const at = Math.min(removed.index, list.length);
    list.splice(at, 0, removed.item);
    this.host.set(removed.path, list);
    this.host.focusSoon(`${fieldId(childPath(removed.path, at))}--item`);
    this.host.announce(t.restored(removed.label, at + 1, list.length));
  }

  /** Stops the Undo timer (the editor left the page). */
  disconnect(): void {
    this.clearRemoved();
    this.drag = undefined;
  }

  /** A list: its entries with their controls, Undo after a removal, and Add. */
  render(node: JsonSchema, value: unknown, at: FieldPlace): TemplateResult {
    const host = this.host;
    const list = Array.isArray(value) ? value : [];
    const id = fieldId(at.path);
    const help = host.help(at.pattern, at.key);
    const entryPattern = itemPattern(at.pattern);
    const entryHelp = host.help(entryPattern, at.key);
    const label = entryHelp.label;
    const plural = help.label;
    const min = node.minItems ?? 0;
    const max = node.maxItems ?? Infinity;
    const atMin = list.length <= min;
    const atMax = list.length >= max;
    const errors = host.errorsAt(at.path);
    const drag = this.drag?.path === at.path ? this.drag : undefined;
    const removed = this.removed?.path === at.path ? this.removed : undefined;
    const itemSchema = node.items ?? {};

    const entry = (item: unknown, index: number) => {
      const path = childPath(at.path, index);
      const entryId = fieldId(path);
      const place = index + 1;
      const name = t.itemHeading(label, place);
      const controls = html`<div class="entry-controls" @keydown=${(event: KeyboardEvent) => this.onKeydown(event, at.path, index, label)}>
        <button type="button" class="handle" id=${`${entryId}--handle`} data-control="handle" aria-label=${t.handle(label, place)} aria-describedby=${`${id}--drag`}
          @pointerdown=${(event: PointerEvent) => this.onPointerDown(event, at.path, index)} @pointermove=${(event: PointerEvent) => this.onPointerMove(event)}
          @pointerup=${(event: PointerEvent) => this.onPointerUp(event, label)} @pointercancel=${(event: PointerEvent) => this.onPointerCancel(event)}
          @lostpointercapture=${(event: PointerEvent) => this.onPointerCancel(event)}>
          <span class="grip" aria-hidden="true"></span>
        </button>
        <button type="button" class="move" id=${`${entryId}--up`} data-control="up" aria-disabled=${index === 0 ? 'true' : 'false'}
          @click=${() => this.move(at.path, index, index - 1, label, 'up')}>${t.moveUp}<span class="visually-hidden">: ${name}</span></button>
        <button type="button" class="move" id=${`${entryId}--down`} data-control="down" aria-disabled=${index === list.length - 1 ? 'true' : 'false'}
          @click=${() => this.move(at.path, index, index + 1, label, 'down')}>${t.moveDown}<span class="visually-hidden">: ${name}</span></button>
        <button type="button" class="remove" id=${`${entryId}--remove`} data-control="remove" ?disabled=${atMin}
          aria-describedby=${ifDefined(atMin && min > 0 ? `${id}--min` : undefined)}
          @click=${() => this.remove(at.path, index, label, min)}>${t.removeItem}<span class="visually-hidden">: ${name}</span></button>
      </div>`;
      let className = 'entry';
      if (drag?.from === index) className += ' dragging';
      if (drag && drag.to !== drag.from && drag.to === index) className += drag.to < drag.from ? ' drop-before' : ' drop-after';
      return html`<li class=${className} id=${`${entryId}--item`}>
        ${renderField(host, itemSchema, item, { path, pattern: entryPattern, key: at.key, optional: false, label: name, controls })}
      </li>`;
    };

    return html`<fieldset class="list" id=${id} tabindex="-1"
      aria-describedby=${ifDefined(describedBy(help.help && `${id}--help`, errors.length > 0 && `${id}--error`))}
      aria-invalid=${ifDefined(errors.length ? 'true' : undefined)}>
      <legend>${at.label ?? plural}${requiredMark(at)}</legend>
      ${at.controls ?? nothing} ${helpText(id, help)} ${errorText(id, errors)}
      <p class="visually-hidden" id=${`${id}--drag`}>${t.handleHelp}</p>
      ${list.length ? html`<ol class="entries">${list.map(entry)}</ol>` : html`<p class="empty">${t.empty(plural)}</p>`}
      ${
        removed
          ? html`<p class="undo-note">
            ${t.removed(removed.label, removed.index + 1)}
            <button type="button" class="undo" @click=${() => this.undo()}>${t.undo}<span class="visually-hidden">: ${t.itemHeading(removed.label, removed.index + 1)}</span></button>
          </p>`
          : nothing
      }
      ${atMin && min > 0 && list.length > 0 ? html`<p class="limit" id=${`${id}--min`}>${t.atLeast(min, label, plural)}</p>` : nothing}
      <div class="list-add">
        <button type="button" class="add" id=${`${id}--add`} ?disabled=${atMax} aria-describedby=${ifDefined(atMax ? `${id}--max` : undefined)}
          @click=${() => this.add(at.path, itemSchema, label)}>${t.add(label)}</button>
        ${atMax ? html`<p class="limit" id=${`${id}--max`}>${t.atMost(max, plural)}</p>` : nothing}
      </div>
      ${removeOptional(host, at, help)}
    </fieldset>`;
  }
}
