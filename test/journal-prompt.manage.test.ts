import '../packages/elements/src/all.js';

import { expect, fixture, html } from '@open-wc/testing';

import type { HearthJournalPrompt } from '../packages/elements/src/journal-prompt/journal-prompt.js';
import type { HearthProvider } from '../packages/elements/src/provider/provider.js';
import { sendKeys } from './helpers/commands.js';
import { inNamespace, storedRecords } from './helpers/indexeddb.js';
import { clearSentLog } from './helpers/sent-log.js';
import { inShadow, shadow, shadowButton as button, until } from './helpers/shadow.js';

// Issue 15: after one save the journal looked like a settings panel. Entries are now cards with
// Edit and Delete side by side; export, import and "Delete everything" sit behind one "Manage
// your journal" disclosure; the file picker is a real button in the journal's language; and
// "Delete everything" shows only while something of the journal is kept.

let n = 0;
const key = () => `journal-manage-${Date.now()}-${++n}`;

const textarea = (el: Element) => inShadow<HTMLTextAreaElement>(el, 'textarea#text');
const toggle = (el: Element) => inShadow<HTMLButtonElement>(el, '[part="manage-button"]');
const region = (el: Element) => inShadow(el, '#manage-region');
const hasButton = (el: Element, name: string) => [...shadow(el).querySelectorAll('button')].some((b) => b.textContent!.trim() === name);
/** The buttons a client can see (not inside a hidden region), by their text. */
const seenButtons = (el: Element) => [...shadow(el).querySelectorAll('button')].filter((b) => b.checkVisibility()).map((b) => b.textContent!.trim());

async function journal(template = html`<hearth-journal-prompt prompt="What went well today?" store-key=${key()}></hearth-journal-prompt>`) {
  const el = await fixture<HearthJournalPrompt>(template);
  await until(
    () => (el as unknown as { store?: unknown }).store !== undefined && !!shadow(el).querySelector('[part="history"]'),
    3000,
    'storage and the history',
  );
  return el;
}

async function write(el: HearthJournalPrompt, text: string) {
  textarea(el).value = text;
  textarea(el).dispatchEvent(new Event('input'));
  await el.saveEntry();
  await el.updateComplete;
}

const exportOf = (texts: string[]) =>
  JSON.stringify({
    format: 'hearth-journal-export',
    version: 1,
    exportedAt: '2026-01-01T00:00:00.000Z',
    entries: texts.map((text, i) => ({
      id: `imported-${i}-${Math.random()}`,
      promptId: 'p',
      promptText: 'P',
      text,
      tags: [],
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
    })),
  });

describe('<hearth-journal-prompt> history (issue 15)', () => {
  it('entries are cards with Edit and Delete side by side, Delete not the primary action, in English and Arabic', async () => {
    for (const [lang, edit, del] of [
      ['en', 'Edit', 'Delete'],
      ['ar', 'تعديل', 'احذف'],
    ] as const) {
      const el = await journal(html`<hearth-journal-prompt lang=${lang} prompt="P" store-key=${key()}></hearth-journal-prompt>`);
      await write(el, 'A walk by the river.');
      await write(el, 'Tea with a friend.');
      const cards = [...shadow(el).querySelectorAll<HTMLElement>('[part="entry"]')];
      expect(cards, lang).to.have.length(2);
      for (const card of cards) {
        const buttons = [...card.querySelectorAll('button')];
        const editButton = buttons.find((b) => b.textContent!.trim() === edit)!;
        const deleteButton = buttons.find((b) => b.textContent!.trim() === del)!;
        const [a, b] = [editButton.getBoundingClientRect(), deleteButton.getBoundingClientRect()];
        expect(Math.abs(a.top - b.top), `${lang}: Edit and Delete on one line`).to.be.below(1);
        // Side by side in reading order: Edit first (left in English, right in Arabic).
        expect(lang === 'ar' ? a.left > b.left : a.left < b.left, `${lang}: Edit comes first`).to.equal(true);
        expect(deleteButton.classList.contains('primary'), `${lang}: Delete is not primary`).to.equal(false);
        // A card: its own border around date, text and actions.
        expect(getComputedStyle(card).borderTopStyle, `${lang}: the card has a border`).to.equal('solid');
        expect(card.querySelector('.entry-date')).to.exist;
      }
      expect(inShadow(el, '[part="save-button"]').classList.contains('primary'), '"Save entry" is the primary action').to.equal(true);
      await expect(el).to.be.accessible();
    }
  });

  it('after one save, export, import and "Delete everything" wait behind "Manage your journal" (a button with aria-expanded, keyboard)', async () => {
    const el = await journal();
    await write(el, 'Something good happened.');
    expect(seenButtons(el)).to.deep.equal(['Save entry', 'Edit', 'Delete', 'Manage your journal']);
    expect(shadow(el).querySelector('input[type="file"]')!.checkVisibility(), 'no native file field on show').to.equal(false);
    const t = toggle(el);
    expect(t.getAttribute('aria-expanded')).to.equal('false');
    expect(t.getAttribute('aria-controls')).to.equal('manage-region');
    expect(region(el).hidden).to.equal(true);
    await expect(el).to.be.accessible();
    // Keyboard: Enter opens, Space closes.
    t.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(t.getAttribute('aria-expanded')).to.equal('true');
    expect(region(el).hidden).to.equal(false);
    expect(region(el).getAttribute('role')).to.equal('region');
    expect(region(el).getAttribute('aria-labelledby')).to.equal(t.id);
    expect(seenButtons(el)).to.include.members(['Export (JSON)', 'Export (text)', 'Export (encrypted)', 'Import a Hearth export', 'Delete everything']);
    await expect(el).to.be.accessible();
    // Tab from the toggle goes into the region (the hidden file field is not a stop).
    await sendKeys({ press: 'Tab' });
    expect(shadow(el).activeElement?.textContent?.trim()).to.equal('Export (JSON)');
    t.focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(t.getAttribute('aria-expanded')).to.equal('false');
    expect(region(el).hidden).to.equal(true);
  });

  it("the file picker is a button in the journal's language that opens a hidden file field; the chosen file's result is announced beside it", async () => {
    const el = await journal(html`<hearth-journal-prompt lang="ar" prompt="P" store-key=${key()}></hearth-journal-prompt>`);
    button(el, 'إدارة يومياتك').click();
    await el.updateComplete;
    const importButton = button(el, 'استيراد ملف تصدير من Hearth');
    expect(importButton.getBoundingClientRect().height).to.be.at.least(44);
    const input = inShadow<HTMLInputElement>(el, 'input[type="file"]');
    expect(input.tabIndex, 'the file field itself is not a tab stop').to.equal(-1);
    expect(input.getBoundingClientRect().width, 'the file field is visually hidden').to.be.at.most(1);
    const picked = new Promise<void>((resolve) => input.addEventListener('click', (event) => (event.preventDefault(), resolve()), { once: true }));
    importButton.click();
    await picked;
    const transfer = new DataTransfer();
    transfer.items.add(new File([exportOf(['أول', 'ثاني'])], 'journal.json', { type: 'application/json' }));
    input.files = transfer.files;
    input.dispatchEvent(new Event('change'));
    const status = inShadow(el, '[part="import-status"]');
    await until(() => status.textContent === 'تم استيراد تدوينتين.', 3000, 'the import result');
    expect(status.getAttribute('role')).to.equal('status');
    expect(status.closest('#manage-region'), 'announced beside the import button').to.exist;
    expect(el.savedEntries).to.have.length(2);
    await expect(el).to.be.accessible();
  });

  it('"Delete everything" shows only while an entry, a draft or a key is kept, never when there is nothing', async () => {
    const el = await journal();
    button(el, 'Manage your journal').click();
    await el.updateComplete;
    expect(hasButton(el, 'Delete everything'), 'nothing kept').to.equal(false);
    expect(hasButton(el, 'Import a Hearth export'), 'import is always there').to.equal(true);
    await expect(el).to.be.accessible();
    // Only a draft.
    textarea(el).focus();
    await sendKeys({ type: 'Half a thought' });
    await el.saveDraft();
    await el.updateComplete;
    expect(el.savedEntries).to.have.length(0);
    expect(hasButton(el, 'Delete everything'), 'a draft').to.equal(true);
    button(el, 'Delete everything').click();
    await el.updateComplete;
    button(el, 'Yes, delete everything').click();
    await until(() => inShadow(el, '[part="status"]').textContent === 'Everything was deleted from this device.', 3000, 'the deletion');
    expect(hasButton(el, 'Delete everything'), 'nothing kept again').to.equal(false);
    // A draft kept by an earlier visit (not typed here) counts too.
    const storeKey = key();
    const first = await journal(html`<hearth-journal-prompt prompt="P" store-key=${storeKey}></hearth-journal-prompt>`);
    textarea(first).value = 'Kept from before';
    textarea(first).dispatchEvent(new Event('input'));
    await first.saveDraft();
    const again = await journal(html`<hearth-journal-prompt prompt="P" store-key=${storeKey}></hearth-journal-prompt>`);
    await until(() => textarea(again).value === 'Kept from before', 3000, 'the stored draft');
    button(again, 'Manage your journal').click();
    await again.updateComplete;
    expect(hasButton(again, 'Delete everything'), 'a stored draft').to.equal(true);
  });

  it('"Delete everything" shows when only the key of an encrypted journal is kept, and deleting it starts setup again', async () => {
    const el = await fixture<HearthJournalPrompt>(html`<hearth-journal-prompt prompt="P" encrypt store-key=${key()}></hearth-journal-prompt>`);
    await until(() => !!shadow(el).querySelector('#passphrase'), 3000, 'the setup form');
    for (const id of ['#passphrase', '#confirm']) {
      const input = inShadow<HTMLInputElement>(el, id);
      input.value = 'a long enough passphrase';
      input.dispatchEvent(new Event('input'));
    }
    inShadow<HTMLFormElement>(el, 'form.lock').requestSubmit();
    await until(() => !!shadow(el).querySelector('[part="recovery-code"]'), 5000, 'the recovery code');
    button(el, 'I have kept it safe').click();
    await until(() => !!shadow(el).querySelector('[part="manage-button"]'), 3000, 'the history');
    expect(el.savedEntries).to.have.length(0);
    expect(textarea(el).value).to.equal('');
    button(el, 'Manage your journal').click();
    await el.updateComplete;
    expect(hasButton(el, 'Delete everything'), 'only the key').to.equal(true);
    await expect(el).to.be.accessible();
    button(el, 'Delete everything').click();
    await el.updateComplete;
    button(el, 'Yes, delete everything').click();
    await until(() => !!shadow(el).querySelector('#passphrase'), 3000, 'setup again');
  });

  it('"Delete everything" shows when only a share waiting in the outbox is kept, and deleting drops it', async () => {
    await clearSentLog();
    const namespace = key();
    const provider = await fixture<HearthProvider>(html`<hearth-provider namespace=${namespace}>
      <hearth-journal-prompt prompt="How was your week?" endpoint="/__hearth/send/503-always" store-key=${key()}></hearth-journal-prompt>
    </hearth-provider>`);
    const el = provider.querySelector('hearth-journal-prompt')!;
    await until(() => (el as unknown as { store?: unknown }).store !== undefined && !!shadow(el).querySelector('[part="history"]'), 3000, 'storage');
    await write(el, 'A week to share.');
    button(el, 'Share with my therapist').click();
    await el.updateComplete;
    button(el, 'Send it').click();
    await until(() => shadow(el).querySelector('.share-state')?.getAttribute('data-state') === 'queued', 5000, 'queued');
    // The entry goes; its share still waits to be sent.
    button(el, 'Delete').click();
    await el.updateComplete;
    button(el, 'Yes, delete it').click();
    await until(() => el.savedEntries.length === 0, 3000, 'the entry deleted');
    button(el, 'Manage your journal').click();
    await el.updateComplete;
    expect(textarea(el).value).to.equal('');
    expect(hasButton(el, 'Delete everything'), 'only a queued share').to.equal(true);
    await expect(el).to.be.accessible();
    button(el, 'Delete everything').click();
    await el.updateComplete;
    button(el, 'Yes, delete everything').click();
    await until(() => !hasButton(el, 'Delete everything') && !hasButton(el, 'Yes, delete everything'), 3000, 'nothing left');
    const waiting = await storedRecords(inNamespace(namespace), ['outbox']);
    expect(
      waiting.map((record) => record.key),
      'the waiting share is gone',
    ).to.deep.equal([]);
  });
});
