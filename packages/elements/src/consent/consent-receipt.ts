import { download } from '../file-download.js';
import { enConsentReceipt } from '../locales/en-consent-receipt.js';
import { consentCatalog } from '../locales/consent-catalog.js';
import type { HearthConsent } from './consent.js';

/*
 * The client's copy: a JSON download and a printable page built with DOM APIs in a new window.
 * The fields follow the Kantara Consent Receipt: who, when, how, which terms (with their
 * fingerprint), what was confirmed, and by whom it is kept. Loaded when the client asks.
 */

// The receipt brings its own English (other languages have every string).
Object.assign(consentCatalog.en, enConsentReceipt);

type Host = HearthConsent;

/** The receipt as data: what the JSON download holds and the printed page shows. */
export interface ConsentReceipt {
  format: 'hearth-consent-receipt';
  version: 1;
  record: NonNullable<Host['consentRecord']>;
  practice?: string;
  policy: { id: string; version: string; title: string; effectiveDate?: string; hash: string };
  acknowledgments: { id: string; label: string; required: boolean; confirmed: boolean }[];
  /** Each section's text exactly as it went into `policyHash`: the hash can be recomputed from the receipt alone. */
  terms: { id: string; title: string; text: string }[];
}

export function receiptOf(host: Host): ConsentReceipt {
  const policy = host.currentPolicy!;
  const record = host.consentRecord!;
  return {
    format: 'hearth-consent-receipt',
    version: 1,
    record,
    ...(host.practiceConfig?.practiceName ? { practice: host.practiceConfig.practiceName } : {}),
    policy: { id: policy.id, version: policy.version, title: policy.title, ...(policy.effectiveDate ? { effectiveDate: policy.effectiveDate } : {}), hash: record.policyHash },
    acknowledgments: policy.acknowledgments.map((ack) => ({ id: ack.id, label: ack.label, required: ack.required, confirmed: !!record.acknowledgments[ack.id] })),
    terms: host.termsText(),
  };
}

/** Downloads the receipt as JSON (a Blob: nothing leaves the device). */
export function downloadReceipt(host: Host): ConsentReceipt {
  const receipt = receiptOf(host);
  download(`consent-${receipt.policy.id}-v${receipt.policy.version}-${receipt.record.signedAt.slice(0, 10)}.json`, `${JSON.stringify(receipt, null, 2)}\n`, 'application/json');
  return receipt;
}

const RECEIPT_CSS = `
  html { font: 11pt/1.45 system-ui, sans-serif; color: #000; background: #fff; }
  body { max-width: 42em; margin: 2em auto; padding: 0 1em; }
  h1 { font-size: 1.4em; } h2 { font-size: 1.1em; margin-top: 1.5em; }
  dt { font-weight: 700; } dd { margin: 0 0 0.5em; overflow-wrap: anywhere; }
`;

/** Fills `doc` (a new window's, usually) with the receipt, using DOM APIs only. */
export function buildReceiptPage(doc: Document, host: Host): void {
  const receipt = receiptOf(host);
  const { record } = receipt;
  const t = (key: keyof typeof enConsentReceipt) => host.t(key);
  doc.title = `${t('consent.receipt.title')}: ${receipt.policy.title}`;
  doc.documentElement.lang = host.shown.lang;
  doc.documentElement.dir = host.shown.dir;
  const view = doc.defaultView as (Window & typeof globalThis) | null;
  const sheet = new (view?.CSSStyleSheet ?? CSSStyleSheet)();
  sheet.replaceSync(RECEIPT_CSS);
  doc.adoptedStyleSheets = [sheet];
  const make = <K extends keyof HTMLElementTagNameMap>(tag: K, text?: string) => {
    const el = doc.createElement(tag);
    if (text !== undefined) el.textContent = text;
    return el;
  };
  const facts = make('dl');
  const fact = (label: string, value: string | undefined) => {
    if (value) facts.append(make('dt', label), make('dd', value));
  };
  fact(t('consent.receipt.practice'), receipt.practice);
  fact(t('consent.receipt.terms'), `${receipt.policy.title} (${host.t('consent.version', { version: receipt.policy.version })})`);
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
  const confirmed = make('ul');
  for (const ack of receipt.acknowledgments) confirmed.append(make('li', `${ack.label}: ${t(ack.confirmed ? 'consent.receipt.yes' : 'consent.receipt.no')}`));
  const termsBlock = receipt.terms.flatMap((section) => [make('h3', section.title), make('p', section.text)]);
  doc.body.replaceChildren(make('h1', t('consent.receipt.title')), facts, make('h2', t('consent.receipt.confirmed')), confirmed, make('h2', t('consent.receipt.terms')), ...termsBlock);
}

/** Opens the printable receipt in a new window and asks to print it. */
export function printReceipt(host: Host): Window | null {
  const win = window.open('', '_blank', 'popup,width=720,height=800');
  if (!win) return null;
  buildReceiptPage(win.document, host);
  win.print();
  return win;
}
