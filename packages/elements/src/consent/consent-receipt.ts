import { download } from '../file-download.js';
import { own } from '../id-record.js';
import type { ConsentElementStrings } from '../locales/consent-catalog.js';
import type { HearthConsent } from './consent.js';
import { hashVersionOf, type PolicyHashVersion } from './policy.js';

/*
 * The client's copy: a printable page in plain words, built with DOM APIs in a new window, and
 * (secondary) a JSON download.
 * The fields follow the Kantara Consent Receipt: who, when, how, which terms (with their
 * fingerprint), what was confirmed, and by whom it is kept. Loaded when the client asks.
 */

type Host = HearthConsent;

/** The receipt as data: what the JSON download holds and the printed page shows. */
export interface ConsentReceipt {
  format: 'hearth-consent-receipt';
  version: 1;
  record: NonNullable<Host['consentRecord']>;
  practice?: string;
  policy: { id: string; version: string; title: string; effectiveDate?: string; hash: string };
  /**
   * Every acknowledgment of the terms (all go into `policyHash`), with its `roles` when it has
   * them; `confirmed` only for the signer's own (a guardian does not answer the young person's).
   */
  acknowledgments: { id: string; label: string; required: boolean; roles?: string[]; confirmed: boolean }[];
  /**
   * Each section's text exactly as it went into `policyHash` (by the record's recipe: with
   * `policyHashVersion: 2`, emphasis and links as tags): the hash can be recomputed from the receipt alone.
   */
  terms: { id: string; title: string; text: string }[];
}

export function receiptOf(host: Host): ConsentReceipt {
  const record = host.consentRecord!;
  // The terms the record answered (an earlier answer kept while the terms are not ready: no section text here).
  const policy = host.answeredPolicy(record);
  return {
    format: 'hearth-consent-receipt',
    version: 1,
    record,
    ...(host.practiceConfig?.practiceName ? { practice: host.practiceConfig.practiceName } : {}),
    policy: {
      id: policy.id,
      version: policy.version,
      title: policy.title,
      ...(policy.effectiveDate ? { effectiveDate: policy.effectiveDate } : {}),
      hash: record.policyHash,
    },
    acknowledgments: policy.acknowledgments.map((ack) => ({
      id: ack.id,
      label: ack.label,
      required: ack.required,
      ...(ack.roles ? { roles: [...ack.roles] } : {}),
      confirmed: own(record.acknowledgments, ack.id) === true,
    })),
    terms: host.termsText(record),
  };
}

/** Downloads the receipt as JSON (a Blob: nothing leaves the device). */
export function downloadReceipt(host: Host): ConsentReceipt {
  const receipt = receiptOf(host);
  download(
    `consent-${receipt.policy.id}-v${receipt.policy.version}-${receipt.record.signedAt.slice(0, 10)}.json`,
    `${JSON.stringify(receipt, null, 2)}\n`,
    'application/json',
  );
  return receipt;
}

const RECEIPT_CSS = `
  html { font: 12pt/1.5 system-ui, sans-serif; color: #0b0c0c; background: #fff; }
  body { max-width: 40em; margin: 2em auto; padding: 0 1em; }
  h1 { font-size: 1.6em; line-height: 1.25; margin: 0 0 0.5em; }
  h2 { font-size: 1.2em; line-height: 1.25; margin: 1.75em 0 0.5em; }
  h3 { font-size: 1em; margin: 1.25em 0 0.25em; }
  p { margin: 0 0 0.75em; }
  .summary { font-size: 1.2em; font-weight: 700; padding-inline-start: 0.75em; border-inline-start: 5px solid #1d70b8; }
  .keep { color: #484949; }
  ul { padding-inline-start: 1.25em; margin: 0 0 0.75em; }
  li { margin-block-end: 0.25em; }
  .details { margin-top: 2.5em; padding-top: 1em; border-top: 1px solid #b1b4b6; font-size: 0.9em; }
  dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.25em 1em; margin: 0; }
  dt { font-weight: 700; } dd { margin: 0; overflow-wrap: anywhere; }
  button { font: inherit; min-height: 44px; padding: 0.4em 1.25em; border: 0; border-radius: 0.4em; background: #1d70b8; color: #fff; font-weight: 700; cursor: pointer; }
  button:focus-visible { outline: 3px solid #ffdd00; outline-offset: 0; box-shadow: 0 0 0 6px #0b0c0c; }
  @media (max-width: 30em) { dl { grid-template-columns: 1fr; } dd { margin-bottom: 0.5em; } }
  @media print { button { display: none; } body { margin: 0; max-width: none; } a[href]::after { content: " (" attr(href) ")"; } }
`;

/**
 * Fills `doc` (a new window's, usually) with the receipt, using DOM APIs only. Plain words first:
 * what was answered, when and which version, what was confirmed, how to withdraw; then the terms;
 * then the details a record keeper needs (record id, fingerprint).
 */
export function buildReceiptPage(doc: Document, host: Host): void {
  const receipt = receiptOf(host);
  const { record } = receipt;
  const t = (key: Extract<keyof ConsentElementStrings, `consent.receipt.${string}`>, params?: Record<string, string | number>) => host.t(key, params);
  doc.title = `${t('consent.receipt.title')}: ${receipt.policy.title}`;
  doc.documentElement.lang = host.shown.lang;
  doc.documentElement.dir = host.shown.dir;
  const view = doc.defaultView as (Window & typeof globalThis) | null;
  const sheet = new (view?.CSSStyleSheet ?? CSSStyleSheet)();
  sheet.replaceSync(RECEIPT_CSS);
  doc.adoptedStyleSheets = [sheet];
  if (!doc.head.querySelector('meta[name="viewport"]')) {
    const viewport = doc.createElement('meta');
    viewport.name = 'viewport';
    viewport.content = 'width=device-width, initial-scale=1';
    doc.head.append(viewport);
  }
  const make = <K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string) => {
    const el = doc.createElement(tag);
    if (text !== undefined) el.textContent = text;
    if (className) el.className = className;
    return el;
  };
  const when = { title: host.isolate(receipt.policy.title), version: receipt.policy.version, date: host.formatDate(record.signedAt) };
  const summary =
    record.status === 'withdrawn'
      ? t('consent.receipt.summary.withdrawn', { ...when, withdrawn: host.formatDate(record.withdrawnAt ?? record.signedAt) })
      : t(record.status === 'active' ? 'consent.receipt.summary.active' : 'consent.receipt.summary.declined', when);
  const plain: HTMLElement[] = [make('h1', t('consent.receipt.title')), make('p', summary, 'summary')];
  if (receipt.practice) plain.push(make('p', `${t('consent.receipt.practice')}: ${receipt.practice}`));
  plain.push(make('p', t('consent.receipt.keep'), 'keep'));
  const print = make('button', t('consent.receipt.print'));
  print.type = 'button';
  print.addEventListener('click', () => view?.print());
  plain.push(print);

  const confirmed = make('ul');
  // The signer's own acknowledgments: those their record answers.
  for (const ack of receipt.acknowledgments.filter((entry) => Object.hasOwn(record.acknowledgments, entry.id))) {
    // The answer first ("Yes: I understand…"), the label apart in its own language and direction,
    // so its own full stop stays with it (before, "I understand….: Yes", and in Arabic the stop jumped).
    const label = make('span', ack.label);
    label.dir = 'auto';
    if (host.contentLang) label.lang = host.contentLang;
    const item = make('li');
    item.append(make('strong', t(ack.confirmed ? 'consent.receipt.yes' : 'consent.receipt.no')), doc.createTextNode(': '), label);
    confirmed.append(item);
  }
  const howTo =
    record.status === 'active'
      ? t('consent.receipt.withdrawHow', { withdraw: host.t('consent.withdraw') })
      : t('consent.receipt.changeMind', { again: host.t('consent.answerAgain') });
  // The terms keep their own language and direction (English terms in an Arabic receipt).
  const termsBlock = receipt.terms.flatMap((section) => [make('h3', section.title), termsParagraph(doc, section.text, hashVersionOf(record))]);
  for (const el of termsBlock) {
    el.dir = 'auto';
    if (host.contentLang) el.lang = host.contentLang;
  }

  const facts = make('dl');
  const fact = (label: string, value: string | undefined) => {
    if (value) facts.append(make('dt', label), make('dd', value));
  };
  fact(t('consent.receipt.practice'), receipt.practice);
  fact(t('consent.receipt.terms'), `${host.isolate(receipt.policy.title)} (${host.t('consent.version', { version: receipt.policy.version })})`);
  fact(t('consent.receipt.status'), t(`consent.receipt.status.${record.status}`));
  const role = t(`consent.receipt.role.${record.signerRole}`);
  fact(t('consent.receipt.signer'), record.signerName ? `${record.signerName} (${role})` : role);
  fact(t('consent.receipt.relationship'), record.relationship);
  fact(t('consent.receipt.signedAt'), host.formatDate(record.signedAt));
  fact(t('consent.receipt.withdrawnAt'), record.withdrawnAt && host.formatDate(record.withdrawnAt));
  fact(t('consent.receipt.method'), t('consent.receipt.methodTyped'));
  fact(t('consent.receipt.record'), record.recordId);
  fact(t('consent.receipt.replaces'), record.supersedes);
  fact(t('consent.receipt.fingerprint'), record.policyHash);
  const details = make('section', undefined, 'details');
  details.append(make('h2', t('consent.receipt.details')), facts);

  const main = make('main');
  main.append(
    ...plain,
    make('h2', t('consent.receipt.confirmed')),
    confirmed,
    make('h2', t(record.status === 'active' ? 'consent.receipt.withdrawTitle' : 'consent.receipt.changeMindTitle')),
    make('p', howTo),
    make('h2', t('consent.receipt.terms')),
    ...termsBlock,
    details,
  );
  doc.body.replaceChildren(main);
}

/** Recipe 2's canonical markup (policy-hash.ts): its tags and escapes, nothing else. */
const CANONICAL_TOKEN = /<(\/?)(s|del|ins|strong|em|b|i|u|a)(?: href="([^"]*)")?>|[^<]+/g;
const unescape = (text: string) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

/**
 * A section's terms as a paragraph. Recipe 2's text is canonical markup: its struck, inserted and
 * emphasised words and its links are shown as such (with DOM APIs), so the client's copy says what
 * the terms said; recipe 1's text is plain.
 */
function termsParagraph(doc: Document, text: string, version: PolicyHashVersion | undefined): HTMLElement {
  const p = doc.createElement('p');
  if (version !== 2) {
    p.textContent = text;
    return p;
  }
  const open: Element[] = [p];
  for (const [token, closing, name, href] of text.matchAll(CANONICAL_TOKEN)) {
    const parent = open.at(-1)!;
    if (!name) parent.append(unescape(token));
    else if (closing) open.length = Math.max(1, open.length - 1);
    else {
      const element = doc.createElement(name);
      if (href !== undefined) element.setAttribute('href', unescape(href));
      parent.append(element);
      open.push(element);
    }
  }
  return p;
}

/** Opens the printable receipt in a new window and asks to print it. */
export function printReceipt(host: Host): Window | null {
  const win = window.open('', '_blank', 'popup,width=720,height=800');
  if (!win) return null;
  buildReceiptPage(win.document, host);
  win.print();
  return win;
}
