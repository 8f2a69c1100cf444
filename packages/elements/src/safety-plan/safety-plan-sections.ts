import type { PracticeContact } from '@hearth/core';
import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { repeat } from 'lit/directives/repeat.js';

import { BUILT_IN_STRATEGY_IDS, loadBuiltInStrategies } from '../content/built-in-strategies.js';
import type { SafetyPlanStrings } from '../locales/safety-plan-catalog.js';
import { textDirection } from '../text-direction.js';
import { isExternal, safeContactUrl } from './contact-link.js';
import { dialable } from './plan-phone.js';
import type { SafetyPlanData } from './safety-plan-data.js';
import { PHONE_SECTIONS, type PlanItem, type SectionId, type SectionPrompt } from './safety-plan-format.js';

/** A section as shown: its id with the wording in force (the practice's, else the built-in). */
export type ShownSection = Required<Omit<SectionPrompt, 'strategyIds'>> & { strategyIds: string[] };

/** What the sections read from their plan. */
export interface SectionsHost extends ReactiveControllerHost {
  readonly data: SafetyPlanData;
  readonly renderRoot: HTMLElement | DocumentFragment;
  /** The widget's heading level (sections are one below). */
  readonly level: number;
  /** The element's language (for content and the coping cards it opens). */
  readonly language: string;
  /** The practice's professionals (the provider's `contacts`). */
  readonly contacts: readonly PracticeContact[];
  t(key: keyof SafetyPlanStrings & string, params?: Record<string, string | number>): string;
  /** Adds a line as the client would (undefined, and said, when it cannot be added). */
  addItem(section: SectionId, text: string, phone?: string): PlanItem | undefined;
  focusAfterUpdate(...selectors: string[]): void;
  track<T>(promise: Promise<T>): Promise<T>;
}

const isBuiltInStrategy = (id: string) => (BUILT_IN_STRATEGY_IDS as readonly string[]).includes(id);

/**
 * The plan's sections as the client edits them, as a reactive controller: each section's prompt,
 * its lines (Edit, Move up, Move down, Remove; Undo after a removal), the fields to add one, the
 * practice's contacts to add, and the coping strategies linked to it (opened in place as coping
 * cards). Focus follows what the client did. The crisis view reuses its phone links, contacts and
 * strategy launchers. Its fields are for the views to read; only its methods change them.
 */
export class PlanSections implements ReactiveController {
  /** The line being edited, with what its fields hold now. */
  editing?: { section: SectionId; id: string; text: string; phone: string };
  /** Strategy titles by id, in the element's language (loaded when needed). */
  strategyTitles = new Map<string, string>();
  /** The strategies shown open under their launcher. */
  openStrategies = new Set<string>();
  /** The section whose strategy picker is open. */
  picking?: SectionId;
  private titlesIn = '';

  constructor(private readonly host: SectionsHost) {
    host.addController(this);
  }

  hostUpdated(): void {
    // The titles of linked strategies (and again in another language).
    const linked = this.host.data.plan.sections.flatMap((section) => section.strategyIds ?? []);
    if (this.titlesIn !== this.host.language) {
      this.titlesIn = this.host.language;
      void this.loadTitles([...new Set([...linked, ...this.strategyTitles.keys()])], true);
    } else {
      const missing = linked.filter((id) => !this.strategyTitles.has(id));
      if (missing.length) void this.loadTitles(missing);
    }
  }

  private changed(): void {
    this.host.requestUpdate();
  }

  private async loadTitles(ids: string[], again = false): Promise<void> {
    const known = ids.filter((id) => isBuiltInStrategy(id) && (again || !this.strategyTitles.has(id)));
    if (!known.length) return;
    const language = this.host.language;
    const strategies = await this.host.track(loadBuiltInStrategies(known, language));
    if (language !== this.host.language) return;
    const titles = new Map(this.strategyTitles);
    strategies.forEach((strategy) => titles.set(strategy.id, strategy.title));
    this.strategyTitles = titles;
    this.changed();
  }

  private add(section: SectionId): void {
    const pending = this.host.data.pending[section];
    const item = this.host.addItem(section, pending?.text ?? '', pending?.phone ?? '');
    if (item) this.host.data.say(this.host.t('plan.added'));
    this.host.focusAfterUpdate(`#add-${section}`);
  }

  private startEdit(section: SectionId, item: PlanItem): void {
    this.editing = { section, id: item.id, text: item.text, phone: item.phone ?? '' };
    this.host.focusAfterUpdate('#edit-text');
    this.changed();
  }

  private finishEdit(save: boolean): void {
    const editing = this.editing!;
    if (save && !this.host.data.updateItem(editing.section, editing.id, editing.text, editing.phone)) return;
    this.editing = undefined;
    this.host.focusAfterUpdate(`#item-${editing.id} .edit`);
    this.changed();
  }

  private move(section: SectionId, item: PlanItem, by: -1 | 1): void {
    const place = this.host.data.moveItem(section, item.id, by);
    const count = this.host.data.items(section).length;
    // The same button keeps focus, unless the item reached the end it was moving to.
    const atEnd = by < 0 ? place === 0 : place === count - 1;
    this.host.focusAfterUpdate(`#item-${item.id} ${atEnd ? (by < 0 ? '.down' : '.up') : by < 0 ? '.up' : '.down'}`, `#item-${item.id} .edit`);
  }

  private remove(section: SectionId, item: PlanItem): void {
    const items = this.host.data.items(section);
    const index = items.findIndex((candidate) => candidate.id === item.id);
    const next = items[index + 1] ?? items[index - 1];
    this.host.data.removeItem(section, item.id);
    this.host.focusAfterUpdate(...(next ? [`#item-${next.id} .edit`] : []), `#add-${section}`);
  }

  private toggleStrategy(id: string): void {
    const open = new Set(this.openStrategies);
    if (open.has(id)) open.delete(id);
    else {
      open.add(id);
      // The coping card registers from its own chunk the first time a strategy opens.
      void import('../coping-card/define.js');
    }
    this.openStrategies = open;
    this.changed();
  }

  private openPicker(section: SectionId): void {
    this.picking = section;
    void this.loadTitles([...BUILT_IN_STRATEGY_IDS]);
    this.host.focusAfterUpdate(`#pick-${section}`);
    this.changed();
  }

  private link(section: SectionId): void {
    const select = this.host.renderRoot.querySelector<HTMLSelectElement>(`#pick-${section}`);
    if (!select?.value) return;
    this.host.data.linkStrategy(section, select.value);
    this.picking = undefined;
    this.host.focusAfterUpdate(`#strategy-${select.value}`);
    this.changed();
  }

  private addContact(contact: PracticeContact, text: string): void {
    const item = this.host.data.addItem('professionals', text, contact.phone ?? '');
    if (item) this.host.focusAfterUpdate(`#item-${item.id} .edit`);
  }

  private renderItem(section: ShownSection, item: PlanItem, index: number, count: number) {
    if (this.editing?.id === item.id) return this.renderEditForm(section);
    const t = this.host.t.bind(this.host);
    const named = (action: string) => t('plan.itemAction', { action, text: item.text });
    return html`<li class="item" part="item" id=${`item-${item.id}`}>
      <span class="text" dir=${ifDefined(textDirection(item.text))}>${item.text}</span>
      ${this.renderPhone(item)}
      <span class="item-actions" part="item-actions">
        <button type="button" class="edit" aria-label=${named(t('plan.edit'))} @click=${() => this.startEdit(section.id, item)}>${t('plan.edit')}</button>
        <button type="button" class="up" aria-label=${named(t('plan.moveUp'))} ?disabled=${index === 0} @click=${() => this.move(section.id, item, -1)}>
          ${t('plan.moveUp')}
        </button>
        <button type="button" class="down" aria-label=${named(t('plan.moveDown'))} ?disabled=${index === count - 1} @click=${() => this.move(section.id, item, 1)}>
          ${t('plan.moveDown')}
        </button>
        <button type="button" class="remove" aria-label=${named(t('plan.remove'))} @click=${() => this.remove(section.id, item)}>${t('plan.remove')}</button>
      </span>
    </li>`;
  }

  /** A line's text field, and its phone field in the sections with people in them. */
  private renderFields(
    section: SectionId,
    ids: { text: string; phone: string },
    values: { text: string; phone: string },
    label: string,
    change: (patch: { text?: string; phone?: string }) => void,
  ) {
    return html`<label for=${ids.text}>${label}</label>
      <input
        id=${ids.text}
        type="text"
        autocomplete="off"
        maxlength="2000"
        dir=${ifDefined(textDirection(values.text))}
        .value=${values.text}
        @input=${(event: Event) => change({ text: (event.target as HTMLInputElement).value })}
      />
      ${
        PHONE_SECTIONS.includes(section)
          ? html`<label for=${ids.phone}>${this.host.t('plan.phoneLabel')}</label>
            <input
              id=${ids.phone}
              type="tel"
              dir="ltr"
              autocomplete="off"
              maxlength="40"
              .value=${values.phone}
              @input=${(event: Event) => change({ phone: (event.target as HTMLInputElement).value })}
            />`
          : nothing
      }`;
  }

  private renderEditForm(section: ShownSection) {
    const editing = this.editing!;
    return html`<li class="item editing" part="item" id=${`item-${editing.id}`}>
      <form
        class="fields"
        @submit=${(event: Event) => {
          event.preventDefault();
          this.finishEdit(true);
        }}
        @keydown=${(event: KeyboardEvent) => {
          if (event.key === 'Escape') this.finishEdit(false);
        }}
      >
        ${this.renderFields(section.id, { text: 'edit-text', phone: 'edit-phone' }, editing, this.host.t('plan.editText'), (patch) => {
          this.editing = { ...this.editing!, ...patch };
          this.changed();
        })}
        <span class="row">
          <button type="submit" class="primary">${this.host.t('plan.save')}</button>
          <button type="button" @click=${() => this.finishEdit(false)}>${this.host.t('plan.cancel')}</button>
        </span>
      </form>
    </li>`;
  }

  private renderAdd(section: ShownSection) {
    const pending = this.host.data.pending[section.id] ?? { text: '', phone: '' };
    return html`<form
      class="fields add"
      part="add"
      @submit=${(event: Event) => {
        event.preventDefault();
        this.add(section.id);
      }}
    >
      ${this.renderFields(
        section.id,
        { text: `add-${section.id}`, phone: `phone-${section.id}` },
        pending,
        this.host.t('plan.addLabel', { section: section.title }),
        (patch) => this.host.data.typePending(section.id, patch),
      )}
      <span class="row"><button type="submit">${this.host.t('plan.add')}</button></span>
    </form>`;
  }

  /**
   * A contact's website (`url`), when it is an http(s) address: a link that leaves nothing to the
   * page it opens (`rel="noopener noreferrer"`), in a new tab when on another site (and said).
   */
  private renderSite(contact: PracticeContact, big: boolean) {
    const href = safeContactUrl(contact.url);
    if (!href) return nothing;
    const external = isExternal(href);
    return html`<a class=${big ? 'call site big' : 'call site'} href=${href} target=${external ? '_blank' : '_self'} rel="noopener noreferrer"
      >${this.host.t('crisis.website', { name: contact.name })}${external ? html`<span class="visually-hidden"> ${this.host.t('crisis.newTab')}</span>` : nothing}</a
    >`;
  }

  /** Nothing open: no line being edited, no strategy or picker open (quick exit, the crisis view). */
  reset(): void {
    this.editing = undefined;
    this.openStrategies = new Set();
    this.picking = undefined;
    this.changed();
  }

  /** The built-in strategies linked to a section (an id the plan holds that Hearth does not know is kept, not shown). */
  linked(section: SectionId): string[] {
    return (this.host.data.plan.sections.find((candidate) => candidate.id === section)?.strategyIds ?? []).filter(isBuiltInStrategy);
  }

  /** "Undo": the last line removed goes back where it was, and takes focus. */
  undo(): void {
    const item = this.host.data.undoRemove();
    if (item) this.host.focusAfterUpdate(`#item-${item.id} .edit`);
  }

  /** A line's phone number as a `tel:` link named for whom it calls (the number is part of the name). */
  renderPhone(item: Pick<PlanItem, 'text' | 'phone'>, big = false) {
    if (!item.phone) return nothing;
    return html`<a class=${big ? 'call big' : 'call'} href=${`tel:${dialable(item.phone)}`} dir="ltr" aria-label=${this.host.t('plan.call', { name: item.text, number: item.phone })}
      >${item.phone}</a
    >`;
  }

  /** The practice's professionals: with "Add … to my plan" while editing, as large call links in the crisis view. */
  renderContacts(big = false) {
    const contacts = this.host.contacts;
    if (!contacts.length) return nothing;
    const inPlan = new Set(this.host.data.items('professionals').map((item) => item.text));
    return html`<div class="contacts" part="contacts">
      <p class="label">${this.host.t('plan.practiceContacts')}</p>
      <ul>
        ${contacts.map((contact) => {
          const text = contact.role ? `${contact.name} (${contact.role})` : contact.name;
          return html`<li>
            <span class="text" dir=${ifDefined(textDirection(text))}>${text}</span>
            ${contact.phone ? this.renderPhone({ text: contact.name, phone: contact.phone }, big) : nothing} ${this.renderSite(contact, big)}
            ${
              big
                ? nothing
                : inPlan.has(text)
                  ? html`<span class="muted">${this.host.t('plan.contactAdded', { name: contact.name })}</span>`
                  : html`<button type="button" @click=${() => this.addContact(contact, text)}>${this.host.t('plan.addContact', { name: contact.name })}</button>`
            }
          </li>`;
        })}
      </ul>
    </div>`;
  }

  /** The strategies linked to a section, each a launcher that opens it as a coping card; while editing, the picker too. */
  renderStrategies(section: ShownSection, inCrisis = false) {
    const t = this.host.t.bind(this.host);
    const linked = this.linked(section.id);
    if (!linked.length && (inCrisis || !section.strategyIds.length)) return nothing;
    const sub = Math.min(this.host.level + 2, 6);
    const offered = [...new Set([...section.strategyIds, ...BUILT_IN_STRATEGY_IDS])].filter((id) => !linked.includes(id));
    return html`<div class="strategies" part="strategies">
      ${linked.length ? html`<p class="label">${t('plan.strategies')}</p>` : nothing}
      <ul>
        ${linked.map((id) => {
          const title = this.strategyTitles.get(id) ?? '';
          const open = this.openStrategies.has(id);
          return html`<li>
            <button type="button" id=${`strategy-${id}`} class="launcher" aria-expanded=${open ? 'true' : 'false'} @click=${() => this.toggleStrategy(id)}>
              ${t(open ? 'plan.closeStrategy' : 'plan.openStrategy', { title })}
            </button>
            ${
              inCrisis
                ? nothing
                : html`<button
                  type="button"
                  aria-label=${t('plan.itemAction', { action: t('plan.unlink'), text: title })}
                  @click=${() => this.host.data.unlinkStrategy(section.id, id)}
                >
                  ${t('plan.unlink')}
                </button>`
            }
            ${open ? html`<hearth-coping-card strategy=${id} heading-level=${sub} no-crisis-footer no-disclaimer lang=${this.host.language}></hearth-coping-card>` : nothing}
          </li>`;
        })}
      </ul>
      ${
        inCrisis || !offered.length
          ? nothing
          : this.picking === section.id
            ? html`<form
              class="fields"
              @submit=${(event: Event) => {
                event.preventDefault();
                this.link(section.id);
              }}
            >
              <label for=${`pick-${section.id}`}>${t('plan.chooseStrategy')}</label>
              <select id=${`pick-${section.id}`}>
                ${offered.map((id) => html`<option value=${id}>${this.strategyTitles.get(id) ?? id}</option>`)}
              </select>
              <span class="row">
                <button type="submit">${t('plan.link')}</button>
                <button
                  type="button"
                  @click=${() => {
                    this.picking = undefined;
                    this.changed();
                  }}
                >
                  ${t('plan.cancel')}
                </button>
              </span>
            </form>`
            : html`<button type="button" class="link" @click=${() => this.openPicker(section.id)}>${t('plan.addStrategy')}</button>`
      }
    </div>`;
  }

  /** One section while the client writes the plan. */
  renderSection(section: ShownSection, contentLang: string | undefined) {
    const items = this.host.data.items(section.id);
    const headingId = `heading-${section.id}`;
    return html`<section class="section" part="section" aria-labelledby=${headingId}>
      <div role="heading" aria-level=${Math.min(this.host.level + 1, 6)} class="section-heading" part="section-heading" id=${headingId} lang=${ifDefined(contentLang)}>
        ${section.title}
      </div>
      <div class="prompt" part="prompt" lang=${ifDefined(contentLang)}>
        ${section.prompt ? html`<p>${section.prompt}</p>` : nothing}
        ${section.example ? html`<p class="muted">${this.host.t('plan.example', { example: section.example })}</p>` : nothing}
      </div>
      ${
        items.length
          ? html`<ol class="items" part="items">
            ${repeat(
              items,
              (item) => item.id,
              (item, index) => this.renderItem(section, item, index, items.length),
            )}
          </ol>`
          : nothing
      }
      ${this.renderAdd(section)} ${section.id === 'professionals' ? this.renderContacts() : nothing} ${this.renderStrategies(section)}
      ${section.id === 'professionals' ? html`<hearth-crisis-resources heading-level=${Math.min(this.host.level + 2, 6)}></hearth-crisis-resources>` : nothing}
    </section>`;
  }
}
