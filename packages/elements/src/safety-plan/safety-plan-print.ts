import { textDirection } from '../text-direction.js';
import { safeContactUrl } from './contact-link.js';
import { dialable } from './plan-phone.js';
import type { SectionId } from './safety-plan-format.js';

/*
 * The safety plan on paper: a full page (A4 or Letter) and a wallet card (85.6 × 54 mm, two
 * sides), each built in a new window with DOM APIs only: no `document.write`, no HTML strings,
 * every word of the plan set as text. The stylesheet is a constructed one, which a strict CSP and
 * Trusted Types allow. Loaded when the client asks to print.
 */

/** One line of a printed section, in the client's words; a person may have a phone number. */
export interface PrintableItem {
  text: string;
  phone?: string;
  /** The text's own direction, when it differs from the plan's (an English name in an Arabic plan). */
  dir?: 'ltr' | 'rtl';
}

/** One section of the printed plan: its heading, its items, and the titles of the coping strategies linked to it. */
export interface PrintableSection {
  id: SectionId;
  title: string;
  items: PrintableItem[];
  strategies?: string[];
}

/** Everything a printed plan shows, already worded in the element's language. */
export interface PrintablePlan {
  /** "My safety plan". */
  title: string;
  lang: string;
  dir: 'ltr' | 'rtl';
  sections: PrintableSection[];
  /** "If you need help now". */
  crisisHeading: string;
  /** Already worded, e.g. name "988 Lifeline", contact "call or text 988". */
  crisisLines: { name: string; contact: string }[];
  /** "In an emergency, call 911." */
  emergency?: string;
  /** The practice's professionals (the provider's `contacts`). */
  contacts?: { name: string; role?: string; phone?: string; url?: string }[];
  /** The practice's name, in the footer. */
  practice?: string;
  /** An already formatted line: "Printed on 7 December 2026". */
  printedOn: string;
}

const PAGE_CSS = `
  @page { margin: 16mm; }
  html { font: 13pt/1.5 system-ui, sans-serif; color: #000; background: #fff; }
  body { margin: 0; }
  main { max-width: 42em; margin: 0 auto; padding: 1.5em 1em; }
  h1 { font-size: 1.8em; line-height: 1.2; margin: 0 0 0.25em; }
  h2 { font-size: 1.3em; line-height: 1.25; margin: 1.25em 0 0.4em; padding-block-end: 0.15em; border-block-end: 0.5mm solid #000; }
  h3 { font-size: 1.1em; line-height: 1.25; margin: 0 0 0.4em; }
  h1, h2, h3 { break-after: avoid; page-break-after: avoid; }
  p { margin: 0 0 0.5em; }
  section, .crisis, li { break-inside: avoid; page-break-inside: avoid; }
  ul { margin: 0 0 0.75em; padding-inline-start: 1.4em; }
  li { margin: 0 0 0.4em; overflow-wrap: anywhere; }
  .phone { display: inline-block; margin-inline-start: 0.6em; font-weight: 700; color: #000; }
  .site { margin-inline-start: 0.6em; color: #000; overflow-wrap: anywhere; unicode-bidi: isolate; }
  .role { font-style: italic; }
  .strategy { font-style: italic; }
  .crisis { margin: 1em 0; padding: 0.6em 1em; border: 0.6mm solid #000; }
  .crisis ul { margin-block-end: 0.5em; }
  .emergency { font-weight: 700; margin: 0; }
  footer { margin-block-start: 2em; padding-block-start: 0.5em; border-block-start: 0.3mm solid #000; }
  @media print { main { max-width: none; padding: 0; } .phone { text-decoration: none; } }
`;

/*
 * A wallet card: two sides of 79.6 × 47.5 mm inside the 3 mm page margin (a little under the 48 mm
 * the page leaves, so no engine spills a blank third page). Each side hides what would not fit;
 * buildPlanWalletCard takes items away (with a "…" line) until nothing is hidden.
 */
const WALLET_CSS = `
  @page { size: 85.6mm 54mm; margin: 3mm; }
  html { font: 8pt/1.3 system-ui, sans-serif; color: #000; background: #fff; }
  body { margin: 0; }
  .side { box-sizing: border-box; width: 79.6mm; height: 47.5mm; overflow: hidden; break-after: page; page-break-after: always; }
  .side:last-child { break-after: auto; page-break-after: auto; }
  h1 { font-size: 10pt; margin: 0 0 0.8mm; }
  h2 { font-size: 8pt; margin: 0.8mm 0 0.2mm; }
  h1, h2, li { white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
  ul { margin: 0; padding-inline-start: 3.5mm; }
  li { margin: 0; }
  li.more { line-height: 1; }
  .people { list-style: none; padding: 0; }
  .people li { display: flex; gap: 1.5mm; }
  .people .text { flex: 1 1 auto; min-width: 0; overflow: hidden; text-overflow: ellipsis; }
  .people .phone { flex: none; }
  .phone { font-weight: 700; color: #000; text-decoration: none; }
  .role { font-style: italic; }
  .crisis { margin-block-start: 1mm; padding: 0.6mm 1mm; border: 0.3mm solid #000; }
  .crisis h2 { margin-block-start: 0; }
  .crisis ul { list-style: none; padding: 0; }
  .crisis li { white-space: normal; }
  .emergency { font-weight: 700; margin: 0; }
  footer { margin-block-start: 0.8mm; font-size: 7pt; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
  @media screen {
    body { padding: 4mm; }
    .side { margin: 0 auto 4mm; outline: 1px dashed #888; outline-offset: 2mm; }
  }
`;

/** How many items of a list a wallet card starts with; fewer when they do not fit. */
const WALLET_FRONT_ITEMS = 4;
const WALLET_PEOPLE = 4;
const WALLET_PROFESSIONALS = 3;
const ELLIPSIS = '…';

type Make = <K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string) => HTMLElementTagNameMap[K];

/** Sets the document's title, language, direction and stylesheet; returns a maker of elements (their text set as text). */
function prepare(doc: Document, plan: PrintablePlan, css: string): Make {
  doc.title = plan.title;
  doc.documentElement.lang = plan.lang;
  doc.documentElement.dir = plan.dir;
  const view = doc.defaultView as (Window & typeof globalThis) | null;
  // A constructed sheet must come from the document's own window (Firefox refuses one from the
  // opener's); a document with no window (createHTMLDocument) shows nothing, so it needs none.
  if (view) {
    const sheet = new view.CSSStyleSheet();
    sheet.replaceSync(css);
    doc.adoptedStyleSheets = [sheet];
  }
  if (!doc.head) doc.documentElement.prepend(doc.createElement('head'));
  const head = doc.head!;
  if (!head.querySelector('meta[name="viewport"]')) {
    const viewport = doc.createElement('meta');
    viewport.name = 'viewport';
    viewport.content = 'width=device-width, initial-scale=1';
    head.append(viewport);
  }
  if (!doc.body) doc.documentElement.append(doc.createElement('body'));
  return (tag, text, className) => {
    const el = doc.createElement(tag);
    if (text !== undefined) el.textContent = text;
    if (className) el.className = className;
    return el;
  };
}

/** The client's text, in its own direction when it has one (given, or from its first letter). */
function ownText(make: Make, text: string, dir?: 'ltr' | 'rtl', className = 'text'): HTMLSpanElement {
  const span = make('span', text, className);
  const direction = dir ?? textDirection(text);
  if (direction) span.dir = direction;
  return span;
}

/** A phone number, left to right whatever the page's direction (digits must not reorder), and a `tel:` link when it has digits. */
function phoneNumber(make: Make, phone: string): HTMLElement {
  const number = dialable(phone);
  const el = number ? make('a', phone.trim(), 'phone') : make('span', phone.trim(), 'phone');
  if (el.localName === 'a') el.setAttribute('href', `tel:${number}`);
  el.dir = 'ltr';
  return el;
}

/** A run of digits with spaces, dots, dashes or brackets in it, long enough to be a phone number. */
const PHONE_RUN = /\+?\(?[0-9\u0660-\u0669\u06f0-\u06f9][0-9\u0660-\u0669\u06f0-\u06f9 \u00a0().-]*[0-9\u0660-\u0669\u06f0-\u06f9]/g;

/**
 * Already worded text (a crisis line, the emergency sentence) in `parent`, each phone number in it
 * isolated left to right: "0800 543 354" in an Arabic sentence would otherwise show its groups in
 * reverse order.
 */
function appendWithNumbers(make: Make, parent: HTMLElement, text: string): void {
  let at = 0;
  for (const match of text.matchAll(PHONE_RUN)) {
    const run = match[0];
    // A lone number (988, 111) cannot reorder; only groups of digits can.
    if (!/[ \u00a0().-]/.test(run) || dialable(run).replace('+', '').length < 5) continue;
    parent.append(text.slice(at, match.index));
    const number = make('bdi', run, 'number');
    number.dir = 'ltr';
    parent.append(number);
    at = match.index + run.length;
  }
  parent.append(text.slice(at));
}

/** A line of the plan: the client's text, then the phone number when there is one. */
function itemLine(make: Make, item: PrintableItem): HTMLLIElement {
  const li = make('li');
  li.append(ownText(make, item.text, item.dir));
  if (item.phone?.trim()) li.append(' ', phoneNumber(make, item.phone));
  return li;
}

/**
 * A professional of the practice: name, role, phone; on the full page, their website too, its
 * address written out (paper cannot be clicked), linked only when it is an http(s) address.
 */
function contactLine(make: Make, contact: NonNullable<PrintablePlan['contacts']>[number], withSite = false): HTMLLIElement {
  const li = make('li', undefined, 'contact');
  li.append(ownText(make, contact.name));
  if (contact.role?.trim()) li.append(' — ', ownText(make, contact.role, undefined, 'role'));
  if (contact.phone?.trim()) li.append(' ', phoneNumber(make, contact.phone));
  const href = withSite ? safeContactUrl(contact.url) : undefined;
  if (href) {
    const site = make('a', href, 'site');
    site.setAttribute('href', href);
    site.setAttribute('rel', 'noopener noreferrer');
    site.dir = 'ltr';
    li.append(' ', site);
  }
  return li;
}

/** The practice's contacts the client has not already put in their plan (same name or same number). */
function contactsNotInPlan(plan: PrintablePlan): NonNullable<PrintablePlan['contacts']> {
  const items = plan.sections.find((section) => section.id === 'professionals')?.items ?? [];
  const names = new Set(items.map((item) => item.text.trim().toLowerCase()));
  const numbers = new Set(items.map((item) => dialable(item.phone ?? '')).filter(Boolean));
  return (plan.contacts ?? []).filter(
    (contact) => contact.name.trim() && !names.has(contact.name.trim().toLowerCase()) && !(contact.phone && numbers.has(dialable(contact.phone))),
  );
}

/** The crisis lines and the emergency sentence, in a box, under `heading`. */
function crisisBlock(make: Make, plan: PrintablePlan, heading: 'h2' | 'h3'): HTMLElement {
  const block = make('div', undefined, 'crisis');
  block.append(make(heading, plan.crisisHeading));
  const lines = make('ul');
  for (const line of plan.crisisLines) {
    const li = make('li');
    const name = make('strong', undefined, 'name');
    appendWithNumbers(make, name, line.name);
    li.append(name);
    if (line.contact.trim()) {
      li.append(' — ');
      const contact = make('span', undefined, 'contact');
      appendWithNumbers(make, contact, line.contact);
      li.append(contact);
    }
    lines.append(li);
  }
  if (lines.childElementCount) block.append(lines);
  if (plan.emergency?.trim()) {
    const emergency = make('p', undefined, 'emergency');
    appendWithNumbers(make, emergency, plan.emergency);
    block.append(emergency);
  }
  return block;
}

/**
 * Fills `doc` (a new window's, usually) with the whole plan on a page: the title and the date it
 * was printed, each section that has something in it with its items in the client's order (the
 * professionals always: the practice's contacts and the crisis lines are there), then the
 * practice's name. Large, black on white, a section kept on one page where it fits.
 */
export function buildPlanPage(doc: Document, plan: PrintablePlan): void {
  const make = prepare(doc, plan, PAGE_CSS);
  const main = make('main');
  main.append(make('h1', plan.title), make('p', plan.printedOn, 'printed'));
  const contacts = contactsNotInPlan(plan);
  let crisisShown = false;
  for (const section of plan.sections) {
    const strategies = section.strategies ?? [];
    const professionals = section.id === 'professionals';
    if (!professionals && !section.items.length && !strategies.length) continue;
    const part = make('section');
    part.dataset.section = section.id;
    part.append(make('h2', section.title));
    const list = make('ul');
    for (const item of section.items) list.append(itemLine(make, item));
    for (const title of strategies) list.append(make('li', title, 'strategy'));
    if (professionals) for (const contact of contacts) list.append(contactLine(make, contact, true));
    if (list.childElementCount) part.append(list);
    if (professionals && !crisisShown) {
      part.append(crisisBlock(make, plan, 'h3'));
      crisisShown = true;
    }
    main.append(part);
  }
  // A plan given without its professionals section still shows the practice's contacts and the crisis lines.
  if (!crisisShown) {
    if (contacts.length) {
      const list = make('ul', undefined, 'contacts');
      for (const contact of contacts) list.append(contactLine(make, contact, true));
      main.append(list);
    }
    main.append(crisisBlock(make, plan, 'h2'));
  }
  if (plan.practice?.trim()) {
    const footer = make('footer');
    footer.append(ownText(make, plan.practice));
    main.append(footer);
  }
  doc.body.replaceChildren(main);
}

/** The first `limit` lines, then "…" when there were more. */
function cardList(make: Make, lines: HTMLLIElement[], limit: number, className?: string): HTMLUListElement {
  const list = make('ul', undefined, className);
  list.append(...lines.slice(0, limit));
  if (lines.length > limit) list.append(make('li', ELLIPSIS, 'more'));
  return list;
}

/** One way to make a side of the card shorter: true when it took something away, false when it has nothing left to take. */
type Shrink = () => boolean;

/** Takes the last line of the longest of `lists` (a "…" line says so), down to `min` lines each. */
function trimLongest(make: Make, lists: HTMLUListElement[], min: number): Shrink {
  const real = (list: HTMLUListElement) => [...list.children].filter((li) => !li.classList.contains('more'));
  return () => {
    const candidates = lists.filter((list) => real(list).length > min);
    if (!candidates.length) return false;
    const list = candidates.reduce((a, b) => (real(b).length > real(a).length ? b : a));
    real(list).at(-1)!.remove();
    if (!list.lastElementChild?.classList.contains('more')) list.append(make('li', ELLIPSIS, 'more'));
    return true;
  };
}

/** Takes `elements` away, all at once, when they are there. */
const drop =
  (...elements: (Element | null | undefined)[]): Shrink =>
  () => {
    const present = elements.filter((el): el is Element => !!el?.isConnected);
    for (const el of present) el.remove();
    return present.length > 0;
  };

/** Runs each way of shrinking, in order, while `side` hides some of what it holds. */
function fit(side: HTMLElement, steps: Shrink[]): void {
  const overflows = () => side.scrollHeight > side.clientHeight + 1;
  for (const step of steps) while (overflows() && step());
}

/**
 * Fills `doc` with a wallet card (85.6 × 54 mm, two sides, like the coping card's). The front:
 * the title, the first warning signs and ways to cope. The back: the people to ask for help and
 * the professionals, with their numbers, then the crisis lines and the emergency sentence. Long
 * lists end with "…" rather than run off the card (the full page has everything). When the back
 * is still too full, the footer goes first, then the professionals; a crisis line goes last.
 */
export function buildPlanWalletCard(doc: Document, plan: PrintablePlan): void {
  const make = prepare(doc, plan, WALLET_CSS);
  const section = (id: SectionId) => plan.sections.find((entry) => entry.id === id);
  const linesOf = (id: SectionId): HTMLLIElement[] => {
    const found = section(id);
    if (!found) return [];
    return [...found.items.map((item) => itemLine(make, item)), ...(found.strategies ?? []).map((title) => make('li', title, 'strategy'))];
  };

  const front = make('section', undefined, 'side front');
  front.append(make('h1', plan.title));
  const frontLists: HTMLUListElement[] = [];
  for (const id of ['warning-signs', 'coping'] as const) {
    const lines = linesOf(id);
    if (!lines.length) continue;
    const list = cardList(make, lines, WALLET_FRONT_ITEMS);
    list.dataset.section = id;
    front.append(make('h2', section(id)!.title), list);
    frontLists.push(list);
  }

  const back = make('section', undefined, 'side back');
  const backLists: Partial<Record<'people' | 'professionals', { heading?: HTMLElement; list: HTMLUListElement }>> = {};
  const people = linesOf('people');
  const professionals = [...linesOf('professionals'), ...contactsNotInPlan(plan).map((contact) => contactLine(make, contact))];
  for (const [id, lines, limit] of [
    ['people', people, WALLET_PEOPLE],
    ['professionals', professionals, WALLET_PROFESSIONALS],
  ] as const) {
    if (!lines.length) continue;
    const list = cardList(make, lines, limit, 'people');
    list.dataset.section = id;
    const title = section(id)?.title;
    const heading = title ? make('h2', title) : undefined;
    if (heading) back.append(heading);
    back.append(list);
    backLists[id] = { heading, list };
  }
  const crisis = crisisBlock(make, plan, 'h2');
  back.append(crisis);
  const footer = make('footer');
  if (plan.practice?.trim()) footer.append(ownText(make, plan.practice), ' · ');
  footer.append(ownText(make, plan.printedOn));
  back.append(footer);

  doc.body.replaceChildren(front, back);
  // Only a document with a window lays out; there, take lines away until each side fits.
  if (doc.defaultView) {
    fit(front, [trimLongest(make, frontLists, 1)]);
    const lists = [backLists.people?.list, backLists.professionals?.list].filter((list) => !!list);
    const crisisList = crisis.querySelector('ul');
    fit(back, [
      trimLongest(make, lists, 1),
      drop(footer),
      drop(backLists.professionals?.heading, backLists.professionals?.list),
      trimLongest(make, crisisList ? [crisisList] : [], 1),
    ]);
  }
}

/**
 * Opens a new window (or uses `opened`, a window the caller opened in the click: browsers allow
 * pop-ups only there, so an element that loads this module on demand opens it first), builds the
 * page or the wallet card in it, and asks to print it. Null when the browser blocked the window.
 */
export function printPlan(kind: 'page' | 'wallet', plan: PrintablePlan, opened?: Window | null): Window | null {
  const win = opened === undefined ? window.open('', '_blank', kind === 'wallet' ? 'popup,width=420,height=640' : 'popup,width=760,height=900') : opened;
  if (!win) return null;
  (kind === 'wallet' ? buildPlanWalletCard : buildPlanPage)(win.document, plan);
  // The printed plan needs no way back to this page.
  try {
    win.opener = null;
  } catch {
    // An engine that refuses it keeps the link; the window holds no script either way.
  }
  win.focus();
  win.print();
  return win;
}
