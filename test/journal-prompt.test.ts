import '../packages/elements/src/all.js';

import { expect, fixture, html, oneEvent } from '@open-wc/testing';

import { fillTokens } from '../packages/elements/src/fill-tokens.js';
import type { HearthJournalPrompt } from '../packages/elements/src/journal-prompt/journal-prompt.js';
import type { HearthProvider } from '../packages/elements/src/provider/provider.js';
import { sendKeys, setViewport } from './helpers/commands.js';
import { captureConsole } from './helpers/console-capture.js';
import { nextDownload } from './helpers/downloads.js';
import { fillSessionStorage } from './helpers/full-storage.js';
import { storedRecord, storedRecords } from './helpers/indexeddb.js';
import { boxesOutsideViewport } from './helpers/reflow.js';
import { clearSentLog, sentLog, untilSent } from './helpers/sent-log.js';
import { inShadow, shadow, shadowButton, shadowText, until } from './helpers/shadow.js';
import { describeXssSuite } from './suites/xss-suite.js';

let n = 0;
const key = () => `journal-${Date.now()}-${++n}`;

const button = shadowButton;

async function journal(template = html`<hearth-journal-prompt pack="gratitude" store-key=${key()}></hearth-journal-prompt>`) {
  const el = await fixture<HearthJournalPrompt>(template);
  await el.updateComplete;
  return el;
}

const textarea = (el: Element) => inShadow<HTMLTextAreaElement>(el, 'textarea');

/** Opens "Manage your journal" (export, import, "Delete everything"), as a client would. */
async function openManage(el: HearthJournalPrompt) {
  const toggle = inShadow<HTMLButtonElement>(el, '[part="manage-button"]');
  if (toggle.getAttribute('aria-expanded') !== 'true') toggle.click();
  await el.updateComplete;
  expect(inShadow(el, '#manage-region').hidden, 'the manage region is shown').to.equal(false);
}

describe('<hearth-journal-prompt>', () => {
  it('shows the prompt, a labelled textarea (spellcheck on, autocomplete off), a word count and the footer', async () => {
    const el = await journal();
    expect(inShadow(el, '[role="heading"]').textContent).to.equal('Name three things you are thankful for today, and why each one matters.');
    const area = textarea(el);
    expect(area.labels![0].textContent).to.equal('Your answer');
    expect(area.spellcheck).to.equal(true);
    expect(area.getAttribute('autocomplete')).to.equal('off');
    expect(inShadow(el, '.count').textContent!.trim()).to.equal('0 words');
    expect(shadow(el).querySelector('hearth-crisis-resources')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('says under the writing area who can read it (anyone using the device, unless encrypted) and that nobody is alerted', async () => {
    const el = await journal();
    expect(inShadow(el, '[part="private-note"]').textContent).to.equal(
      'What you write stays on this device. Nobody is alerted by what you write. Anyone who uses this device may be able to read it.',
    );
    const sharing = await journal(html`<hearth-journal-prompt pack="gratitude" endpoint="/__hearth/send/ok" store-key=${key()}></hearth-journal-prompt>`);
    expect(inShadow(sharing, '[part="private-note"]').textContent).to.contain('unless you choose to share an entry');
    const arabic = await journal(html`<hearth-journal-prompt lang="ar" pack="gratitude" store-key=${key()}></hearth-journal-prompt>`);
    expect(inShadow(arabic, '[part="private-note"]').textContent).to.contain('لا يصل أي تنبيه إلى أحد');
  });

  it('under a built-in pack’s prompt: any prompt can be skipped, and what to do if writing brings up too much (not under a practice’s own prompt)', async () => {
    const el = await journal();
    await until(() => !!shadow(el).querySelector('[part="pack-note"]'), 3000, 'the note');
    expect(inShadow(el, '[part="pack-note"]').textContent)
      .to.match(/^You can skip any prompt/)
      .and.contain('If writing brings up too much');
    const french = await journal(html`<hearth-journal-prompt lang="fr" pack="grief" store-key=${key()}></hearth-journal-prompt>`);
    await until(() => !!shadow(french).querySelector('[part="pack-note"]'), 3000, 'the French note');
    expect(inShadow(french, '[part="pack-note"]').textContent).not.to.match(/^You can/);
    const own = await journal(html`<hearth-journal-prompt prompt="What went well today?" store-key=${key()}></hearth-journal-prompt>`);
    expect(shadow(own).querySelector('[part="pack-note"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('takes the prompt from the attribute, the property, a JSON child or a pack in Spanish; fills {name}', async () => {
    expect(
      inShadow(await journal(html`<hearth-journal-prompt prompt="What went well?" storage="none"></hearth-journal-prompt>`), '#prompt').textContent,
    ).to.equal('What went well?');
    const el = await journal(html`<hearth-journal-prompt storage="none"></hearth-journal-prompt>`);
    el.prompts = [
      { id: 'p1', text: 'First' },
      { id: 'p2', text: 'Second' },
    ];
    await el.updateComplete;
    expect(inShadow(el, '#prompt').textContent).to.equal('First');
    const child = await journal(
      html`<hearth-journal-prompt storage="none"><script type="application/json">[{ "id": "c", "text": "From JSON" }]</script></hearth-journal-prompt>`,
    );
    expect(inShadow(child, '#prompt').textContent).to.equal('From JSON');
    const es = await journal(html`<hearth-journal-prompt lang="es" pack="values" storage="none"></hearth-journal-prompt>`);
    expect(inShadow(es, '#prompt').textContent).to.contain('¿Qué es lo que más te importa');
    const provider = await fixture<HearthProvider>(
      html`<hearth-provider practice-name="Willow Tree"><hearth-journal-prompt storage="none" prompt="Hello {name}, welcome to {practice}."></hearth-journal-prompt></hearth-provider>`,
    );
    provider.config = { clientName: 'Sam' };
    const named = provider.querySelector('hearth-journal-prompt')!;
    await provider.updateComplete;
    await named.updateComplete;
    expect(inShadow(named, '#prompt').textContent).to.equal('Hello Sam, welcome to Willow Tree.');
  });

  it('rotates: daily is the same all day; sequence moves on after each saved entry', async () => {
    const el = await journal(html`<hearth-journal-prompt pack="anxiety" rotate="daily" storage="none" store-key=${key()}></hearth-journal-prompt>`);
    const day = Math.floor((Date.now() - new Date().getTimezoneOffset() * 60_000) / 86_400_000);
    expect(el.currentPrompt!.id).to.equal(`anxiety-${(day % 8) + 1}`);
    const seq = await journal(html`<hearth-journal-prompt pack="anxiety" rotate="sequence" storage="none" store-key=${key()}></hearth-journal-prompt>`);
    expect(seq.currentPrompt!.id).to.equal('anxiety-1');
    textarea(seq).value = 'First answer';
    textarea(seq).dispatchEvent(new Event('input'));
    await seq.saveEntry();
    await seq.updateComplete;
    expect(seq.currentPrompt!.id).to.equal('anxiety-2');
  });

  it('autosaves within 500 ms of the last keystroke; a reload reads the draft back; the status is announced once', async () => {
    const storeKey = key();
    const el = await journal(html`<hearth-journal-prompt pack="gratitude" store-key=${storeKey}></hearth-journal-prompt>`);
    await until(() => (el as unknown as { store?: unknown }).store !== undefined, 2000, 'storage');
    const status = inShadow(el, '[part="status"]');
    const changes: string[] = [];
    const observer = new MutationObserver(() => changes.push(status.textContent!.trim()));
    observer.observe(status, { childList: true, characterData: true, subtree: true });
    textarea(el).focus();
    await sendKeys({ type: 'My sister called.' });
    await until(() => status.textContent!.includes('Saved on this device.'), 2000, 'the autosave');
    await sendKeys({ type: ' It helped.' });
    // The second autosave has happened (its words are kept) and said nothing new.
    await until(async () => (await storedRecord('drafts', `default/${storeKey}`))?.data.text === 'My sister called. It helped.', 3000, 'the second autosave');
    await el.updateComplete;
    observer.disconnect();
    expect(changes.filter((c) => c)).to.deep.equal(['Saved on this device.']);
    expect(inShadow(el, '.count').textContent!.trim()).to.equal('5 words');
    const again = await journal(html`<hearth-journal-prompt pack="gratitude" store-key=${storeKey}></hearth-journal-prompt>`);
    await until(() => textarea(again).value === 'My sister called. It helped.', 2000, 'the draft to load');
    await expect(again).to.be.accessible();
  });

  it('"Save entry" while the autosave is still writing: the draft ends empty, and no conflict is shown', async () => {
    const storeKey = key();
    const el = await journal(html`<hearth-journal-prompt prompt="P" store-key=${storeKey}></hearth-journal-prompt>`);
    await until(() => (el as unknown as { store?: unknown }).store !== undefined, 2000, 'storage');
    textarea(el).value = 'Written just before saving.';
    textarea(el).dispatchEvent(new Event('input'));
    // The autosave starts writing, and the client presses Save entry before it is done.
    const autosave = el.saveDraft();
    const saved = await el.saveEntry();
    await autosave;
    await el.updateComplete;
    expect(saved?.text).to.equal('Written just before saving.');
    // (A boolean, not the element: WebKitGTK's runner hangs serialising a failed assertion on a DOM node.)
    const conflict = shadow(el).querySelector('[part="conflict"]');
    expect(conflict === null, `no "changed in another tab" question (${conflict?.textContent?.trim()})`).to.equal(true);
    const draft = await storedRecord('drafts', `default/${storeKey}`);
    expect(draft!.data.text, 'the draft stored is empty').to.equal('');
    const again = await journal(html`<hearth-journal-prompt prompt="P" store-key=${storeKey}></hearth-journal-prompt>`);
    await until(() => again.savedEntries.length === 1, 2000, 'the saved entry');
    expect(textarea(again).value, 'the saved words are not left in the draft as well').to.equal('');
  });

  it('"Save entry" keeps the entry in the format, fires hearth-journal-save, clears the draft', async () => {
    const el = await journal();
    textarea(el).value = 'Grateful for tea.';
    textarea(el).dispatchEvent(new Event('input'));
    setTimeout(() => button(el, 'Save entry').click());
    const { detail } = await oneEvent(el, 'hearth-journal-save');
    const entry = detail.entry;
    expect(Object.keys(entry).sort()).to.deep.equal(['createdAt', 'id', 'promptId', 'promptText', 'tags', 'text', 'updatedAt']);
    expect(entry).to.deep.include({ promptId: 'gratitude-1', text: 'Grateful for tea.', tags: [] });
    expect(entry.createdAt).to.match(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    await until(() => inShadow(el, '[part="status"]').textContent === 'Entry saved.', 2000, 'the saved status');
    expect(textarea(el).value).to.equal('');
    expect(shadow(el).querySelectorAll('[part="entry"]')).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('history: search, delete one with confirmation, and "Delete everything" leaves nothing in storage', async () => {
    const storeKey = key();
    const el = await journal(html`<hearth-journal-prompt pack="gratitude" store-key=${storeKey}></hearth-journal-prompt>`);
    for (const text of ['Walked the dog', 'Slept well', 'Called my mum']) {
      textarea(el).value = text;
      textarea(el).dispatchEvent(new Event('input'));
      await el.saveEntry();
    }
    await el.updateComplete;
    const search = inShadow<HTMLInputElement>(el, '#search');
    search.value = 'dog';
    search.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect([...shadow(el).querySelectorAll('.entry-text')].map((p) => p.textContent)).to.deep.equal(['Walked the dog']);
    button(el, 'Delete').click();
    await el.updateComplete;
    expect(shadowText(el)).to.contain('Delete this entry? This cannot be undone.');
    await expect(el).to.be.accessible();
    button(el, 'Yes, delete it').click();
    await until(() => el.savedEntries.length === 2, 2000, 'the deletion');
    search.value = '';
    search.dispatchEvent(new Event('input'));
    textarea(el).value = 'unsaved draft';
    textarea(el).dispatchEvent(new Event('input'));
    await el.saveDraft();
    await openManage(el);
    button(el, 'Delete everything').click();
    await el.updateComplete;
    button(el, 'Yes, delete everything').click();
    await until(() => inShadow(el, '[part="status"]').textContent === 'Everything was deleted from this device.', 2000, 'delete everything');
    for (const store of ['journal', 'drafts']) {
      const keys = (await storedRecords((k) => k.includes(storeKey), [store])).map((record) => record.key);
      expect(keys, store).to.deep.equal([]);
    }
    expect(textarea(el).value).to.equal('');
  });

  it('max-length limits the text and shows characters used', async () => {
    const el = await journal(html`<hearth-journal-prompt prompt="Short" max-length="20" storage="none"></hearth-journal-prompt>`);
    expect(textarea(el).maxLength).to.equal(20);
    textarea(el).value = 'abc';
    textarea(el).dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(inShadow(el, '.count').textContent!.trim()).to.equal('3 of 20 characters');
  });

  it('storage "none" says nothing is kept', async () => {
    const el = await journal(html`<hearth-journal-prompt prompt="P" storage="none"></hearth-journal-prompt>`);
    expect(shadowText(el)).to.contain('Nothing is kept on this device');
  });

  it('a full storage is shown and the text stays on screen', async () => {
    const el = await journal(html`<hearth-journal-prompt prompt="P" storage="session" store-key=${key()}></hearth-journal-prompt>`);
    const emptyFiller = fillSessionStorage();
    try {
      textarea(el).value = 'y'.repeat(5000);
      textarea(el).dispatchEvent(new Event('input'));
      await el.saveDraft();
      await el.updateComplete;
      expect(inShadow(el, '[part="status"]').textContent).to.contain('Not saved').and.to.contain('no more room');
      expect(textarea(el).value).to.have.length(5000);
      await until(() => shadowText(el).includes('Download what you wrote'), 2000, 'the export offer');
      await expect(el).to.be.accessible();
    } finally {
      emptyFiller();
    }
  });

  it('another tab changing the draft: the client chooses; nothing is overwritten silently', async () => {
    const storeKey = key();
    const a = await journal(html`<hearth-journal-prompt prompt="P" store-key=${storeKey}></hearth-journal-prompt>`);
    const b = await journal(html`<hearth-journal-prompt prompt="P" store-key=${storeKey}></hearth-journal-prompt>`);
    await until(() => !!(a as unknown as { store?: unknown }).store && !!(b as unknown as { store?: unknown }).store, 2000, 'storage');
    textarea(b).value = 'Unsaved words in B';
    textarea(b).dispatchEvent(new Event('input'));
    textarea(a).value = 'Saved in A';
    textarea(a).dispatchEvent(new Event('input'));
    await a.saveDraft();
    await until(() => !!shadow(b).querySelector('[part="conflict"]'), 2000, 'the conflict');
    expect(textarea(b).value).to.equal('Unsaved words in B');
    await expect(b).to.be.accessible();
    button(b, 'Use the other version').click();
    await b.updateComplete;
    expect(textarea(b).value).to.equal('Saved in A');
  });

  it('text never reaches the console', async () => {
    const capture = captureConsole();
    try {
      const el = await journal(html`<hearth-journal-prompt prompt="P" storage="none" store-key=${key()}></hearth-journal-prompt>`);
      textarea(el).value = 'my secret sentence';
      textarea(el).dispatchEvent(new Event('input'));
      await el.saveEntry();
      expect([...capture.errors, ...capture.warnings].some((line) => line.includes('my secret sentence'))).to.equal(false);
    } finally {
      capture.restore();
    }
  });

  it('bad input: an unknown pack, malformed prompts, a bad rotate', async () => {
    for (const [template, field] of [
      [html`<hearth-journal-prompt pack="poetry" storage="none"></hearth-journal-prompt>`, 'is not a built-in pack'],
      [html`<hearth-journal-prompt storage="none"><script type="application/json">[{ "id": "x" }]</script></hearth-journal-prompt>`, 'prompts[0].text'],
      [html`<hearth-journal-prompt prompt="P" rotate="weekly" storage="none"></hearth-journal-prompt>`, 'rotate'],
    ] as const) {
      const capture = captureConsole();
      try {
        const el = await journal(template);
        await el.updateComplete;
        expect(inShadow(el, '[role="alert"]').textContent, field).to.contain(field);
        expect(
          capture.errors.filter((e) => e.includes('<hearth-journal-prompt>')),
          field,
        ).to.have.length(1);
        await expect(el).to.be.accessible();
      } finally {
        capture.restore();
      }
    }
  });

  it('edits an entry: text, tags and mood, kept on the device', async () => {
    const storeKey = key();
    const el = await journal(html`<hearth-journal-prompt prompt="P" store-key=${storeKey}></hearth-journal-prompt>`);
    textarea(el).value = 'First version';
    textarea(el).dispatchEvent(new Event('input'));
    const entry = (await el.saveEntry())!;
    await el.updateComplete;
    button(el, 'Edit').click();
    await until(() => !!shadow(el).querySelector('#edit-text'), 2000, 'the edit form');
    await expect(el).to.be.accessible();
    const set = (selector: string, value: string, type = 'input') => {
      const field = inShadow<HTMLInputElement>(el, selector);
      field.value = value;
      field.dispatchEvent(new Event(type));
    };
    set('#edit-text', 'Second version');
    set('#edit-tags', 'walk, sleep , walk');
    set('#edit-mood', 'hopeful', 'change');
    await el.updateComplete;
    button(el, 'Save changes').click();
    await until(() => inShadow(el, '[part="status"]').textContent === 'Entry updated.', 2000, 'the update');
    const updated = el.savedEntries[0];
    expect(updated).to.deep.include({ id: entry.id, text: 'Second version', tags: ['walk', 'sleep'], mood: 'hopeful', createdAt: entry.createdAt });
    expect(updated.updatedAt >= entry.updatedAt).to.equal(true);
    expect(shadowText(el)).to.contain('Mood: Hopeful').and.to.contain('Tags: walk and sleep');
    const again = await journal(html`<hearth-journal-prompt prompt="P" store-key=${storeKey}></hearth-journal-prompt>`);
    await until(() => again.savedEntries.length === 1, 2000, 'the stored entry');
    expect(again.savedEntries[0]).to.deep.equal(updated);
  });

  it('export then import round-trips exactly and merges without duplicates', async () => {
    const el = await journal(html`<hearth-journal-prompt prompt="P" store-key=${key()}></hearth-journal-prompt>`);
    for (const text of ['One 🌱', 'Two, with "quotes" and\nlines']) {
      textarea(el).value = text;
      textarea(el).dispatchEvent(new Event('input'));
      await el.saveEntry();
    }
    const exported = await el.exportEntries('json');
    const plain = await el.exportEntries('text');
    expect(plain).to.contain('One 🌱').and.to.contain('My journal');
    const other = await journal(html`<hearth-journal-prompt prompt="P" store-key=${key()}></hearth-journal-prompt>`);
    await until(() => !!(other as unknown as { store?: unknown }).store, 2000, 'storage');
    expect(await other.importEntries(exported)).to.equal(2);
    expect(other.savedEntries).to.deep.equal(el.savedEntries);
    expect(await other.importEntries(exported)).to.equal(0);
    expect(other.savedEntries).to.have.length(2);
    // Through the import button and its file picker, as a client would.
    await openManage(other);
    const input = inShadow<HTMLInputElement>(other, 'input[type="file"]');
    const picked = new Promise<void>((resolve) => input.addEventListener('click', (event) => (event.preventDefault(), resolve()), { once: true }));
    button(other, 'Import a Hearth export').click();
    await picked;
    const transfer = new DataTransfer();
    transfer.items.add(new File(['{"not":"an export"}'], 'notes.json', { type: 'application/json' }));
    input.files = transfer.files;
    input.dispatchEvent(new Event('change'));
    await until(
      () => inShadow(other, '[part="import-status"]').textContent === 'That file is not a Hearth journal export. Nothing was changed.',
      2000,
      'the refusal',
    );
    expect(other.savedEntries).to.have.length(2);
    await expect(other).to.be.accessible();
  });

  it('a passphrase-encrypted export holds no plaintext and imports only with its passphrase', async () => {
    const el = await journal(html`<hearth-journal-prompt prompt="P" store-key=${key()}></hearth-journal-prompt>`);
    textarea(el).value = 'Exported in secret';
    textarea(el).dispatchEvent(new Event('input'));
    await el.saveEntry();
    await el.updateComplete;
    await openManage(el);
    button(el, 'Export (encrypted)').click();
    await el.updateComplete;
    expect(shadowText(el)).to.contain('Choose a passphrase for this file.');
    await expect(el).to.be.accessible();
    const downloaded = nextDownload();
    inShadow<HTMLInputElement>(el, '#export-passphrase').value = 'file passphrase 1';
    inShadow<HTMLInputElement>(el, '#export-confirm').value = 'file passphrase 1';
    inShadow(el, '#export-passphrase').closest('form')!.requestSubmit();
    const { name, text } = await downloaded;
    expect(name).to.match(/^journal-\d{4}-\d\d-\d\d\.encrypted\.json$/);
    expect(text).not.to.contain('Exported in secret');
    expect(JSON.parse(text)).to.have.property('encrypted');
    const other = await journal(html`<hearth-journal-prompt prompt="P" store-key=${key()}></hearth-journal-prompt>`);
    await until(() => !!(other as unknown as { store?: unknown }).store, 2000, 'storage');
    expect(await other.importEntries(text)).to.equal(0);
    await other.updateComplete;
    expect(shadowText(other)).to.contain('This export is encrypted. Enter its passphrase.');
    expect(inShadow(other, '#manage-region').hidden, 'the passphrase form is shown').to.equal(false);
    const form = inShadow(other, '#import-passphrase').closest('form')!;
    inShadow<HTMLInputElement>(other, '#import-passphrase').value = 'not the passphrase';
    form.requestSubmit();
    await until(
      () => inShadow(other, '[part="import-status"]').textContent === 'That passphrase does not open this file. Nothing was changed.',
      5000,
      'refused',
    );
    expect(other.savedEntries).to.have.length(0);
    inShadow<HTMLInputElement>(other, '#import-passphrase').value = 'file passphrase 1';
    form.requestSubmit();
    await until(() => other.savedEntries.length === 1, 5000, 'imported');
    expect(other.savedEntries[0]).to.deep.equal(el.savedEntries[0]);
  });

  it('when the browser will not promise to keep the data, a calm note says so', async () => {
    const el = await journal(html`<hearth-journal-prompt prompt="P" store-key=${key()}></hearth-journal-prompt>`);
    textarea(el).value = 'x';
    textarea(el).dispatchEvent(new Event('input'));
    await el.saveEntry();
    // WebKitGTK (as Debian ships it, and as the tests run it) has no Storage API: no promise either.
    const persisted = navigator.storage ? await navigator.storage.persisted() : false;
    await until(() => !!shadow(el).querySelector('.persist-note') === !persisted, 3000, persisted ? 'no note' : 'the note');
  });

  describe('share with my therapist', () => {
    beforeEach(clearSentLog);

    // Each test in its own namespace: an outbox sends whatever is waiting in its namespace.
    async function withEntry(endpoint?: string) {
      const provider = await fixture<HearthProvider>(html`<hearth-provider namespace=${key()}>
        <hearth-journal-prompt prompt="How was your week?" endpoint=${endpoint ?? ''}></hearth-journal-prompt>
      </hearth-provider>`);
      const el = provider.querySelector('hearth-journal-prompt')!;
      if (!endpoint) el.removeAttribute('endpoint');
      await provider.updateComplete;
      await el.updateComplete;
      textarea(el).value = 'A hard week, but I went for walks.';
      textarea(el).dispatchEvent(new Event('input'));
      const entry = (await el.saveEntry())!;
      await el.updateComplete;
      return { el, entry };
    }

    /** Proof that a send had time to arrive: another journal's share, made after, arrives alone. */
    async function expectOnlyALaterShareArrives() {
      const { el, entry } = await withEntry('/__hearth/send/ok');
      button(el, 'Share with my therapist').click();
      await el.updateComplete;
      button(el, 'Send it').click();
      expect((await untilSent(1)).map((request) => JSON.parse(request.body))).to.deep.equal([entry]);
    }

    it('shows exactly what will be sent, asks to confirm, then sends once through the outbox', async () => {
      const { el, entry } = await withEntry('/__hearth/send/ok');
      button(el, 'Share with my therapist').click();
      await el.updateComplete;
      expect(JSON.parse(inShadow(el, '.payload').textContent!)).to.deep.equal(entry);
      await expect(el).to.be.accessible();
      setTimeout(() => button(el, 'Send it').click());
      const submitted = await oneEvent(el, 'hearth-journal-submit');
      expect(submitted.detail.entry).to.deep.equal(entry);
      await until(
        () => shadow(el).querySelector('.share-state')?.textContent?.includes('Sent. Your therapist may not read it before your next session.') ?? false,
        3000,
        'sent',
      );
      const sent = await sentLog();
      expect(sent).to.have.length(1);
      expect(JSON.parse(sent[0].body)).to.deep.equal(entry);
    });

    it('500 then 200: queued with "we\'ll keep trying", then sent once with the same key', async () => {
      const { el } = await withEntry('/__hearth/send/500-then-ok');
      button(el, 'Share with my therapist').click();
      await el.updateComplete;
      button(el, 'Send it').click();
      await until(() => shadow(el).querySelector('.share-state')?.textContent?.includes("we'll keep trying") ?? false, 3000, 'queued');
      await expect(el).to.be.accessible();
      button(el, 'Try again').click();
      await until(
        () => shadow(el).querySelector('.share-state')?.textContent?.includes('Sent. Your therapist may not read it before your next session.') ?? false,
        3000,
        'sent',
      );
      const sent = await sentLog();
      expect(sent.map((r) => r.status)).to.deep.equal([500, 200]);
      expect(sent[0].key).to.equal(sent[1].key);
    });

    it('a host that handles the submit event stops the send', async () => {
      const { el } = await withEntry('/__hearth/send/ok');
      el.addEventListener('hearth-journal-submit', (event) => event.preventDefault());
      button(el, 'Share with my therapist').click();
      await el.updateComplete;
      let submitted = 0;
      el.addEventListener('hearth-journal-submit', () => submitted++);
      button(el, 'Send it').click();
      await until(() => submitted === 1, 3000, 'the submit event');
      await expectOnlyALaterShareArrives();
    });

    it('without an endpoint there is no sharing and no request at all', async () => {
      const { el } = await withEntry();
      expect([...shadow(el).querySelectorAll('button')].some((b) => b.textContent!.includes('Share'))).to.equal(false);
      await expectOnlyALaterShareArrives();
    });
  });

  describe('encryption', function () {
    // Each passphrase and recovery code costs 600,000 PBKDF2 rounds (about a second on a two-core
    // machine, several under load); a test that sets up, locks and unlocks does that many times.
    this.timeout(30_000);

    async function rawRecords(storeKey: string): Promise<string> {
      const records = await storedRecords((k) => k.includes(storeKey), ['journal', 'drafts', 'keys']);
      return JSON.stringify(records.map((record) => [record.store, record.key, record.value]));
    }

    function fill(el: Element, selector: string, value: string) {
      const input = inShadow<HTMLInputElement>(el, selector);
      input.value = value;
      input.dispatchEvent(new Event('input'));
    }

    async function setUp(el: HearthJournalPrompt, passphrase = 'a long enough passphrase') {
      await until(() => !!shadow(el).querySelector('#passphrase'), 3000, 'the setup form');
      fill(el, '#passphrase', passphrase);
      fill(el, '#confirm', passphrase);
      inShadow<HTMLFormElement>(el, 'form.lock').requestSubmit();
      await until(() => !!shadow(el).querySelector('[part="recovery-code"]'), 5000, 'the recovery code');
      const code = inShadow(el, '[part="recovery-code"]').textContent!.trim();
      button(el, 'I have kept it safe').click();
      await until(() => !!shadow(el).querySelector('textarea#text'), 3000, 'the writing area');
      return code;
    }

    async function unlockWith(el: HearthJournalPrompt, passphrase: string) {
      fill(el, '#unlock', passphrase);
      inShadow<HTMLFormElement>(el, 'form.lock').requestSubmit();
    }

    it('setup says plainly a lost passphrase cannot be recovered; stored records hold no plaintext', async () => {
      const storeKey = key();
      const el = await journal(html`<hearth-journal-prompt prompt="P" encrypt store-key=${storeKey}></hearth-journal-prompt>`);
      await until(() => !!shadow(el).querySelector('#passphrase'), 3000, 'the setup form');
      expect(shadowText(el)).to.contain('nobody can get your entries back, not even your practice');
      await expect(el).to.be.accessible();
      const code = await setUp(el);
      expect(code).to.match(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){7}$/);
      await until(() => !!shadow(el).querySelector('[part="private-note"]'), 3000, 'the writing area');
      expect(inShadow(el, '[part="private-note"]').textContent, 'encrypted: only the client can read it').to.equal(
        'Only you can read what you write here: it is locked with your passphrase. Nobody is alerted by what you write.',
      );
      textarea(el).value = 'My most private thought';
      textarea(el).dispatchEvent(new Event('input'));
      await el.saveDraft();
      await el.saveEntry();
      textarea(el).value = 'A draft, also private';
      textarea(el).dispatchEvent(new Event('input'));
      await el.saveDraft();
      const raw = await rawRecords(storeKey);
      expect(raw).to.contain('"sealed"');
      expect(raw).not.to.contain('private thought');
      expect(raw).not.to.contain('also private');
      expect(raw).not.to.contain('a long enough passphrase');
      expect(raw).not.to.contain(code.replace(/-/g, ''));
      await expect(el).to.be.accessible();
    });

    it('a draft saved the moment the journal opens after setup is kept, with no conflict, and opens again', async function () {
      // The draft is read as the key opens; one typed and saved in that instant (or a few
      // milliseconds on) must not be undone by that read, nor refused as another tab's change.
      this.timeout(120_000);
      for (const delay of [0, 2, 4, 8]) {
        const storeKey = key();
        const el = await journal(html`<hearth-journal-prompt prompt="P" encrypt store-key=${storeKey}></hearth-journal-prompt>`);
        await until(() => !!shadow(el).querySelector('#passphrase'), 3000, 'the setup form');
        fill(el, '#passphrase', 'a long enough passphrase');
        fill(el, '#confirm', 'a long enough passphrase');
        inShadow<HTMLFormElement>(el, 'form.lock').requestSubmit();
        await until(() => !!shadow(el).querySelector('[part="recovery-code"]'), 10_000, 'the recovery code');
        button(el, 'I have kept it safe').click();
        await el.updateComplete;
        if (delay) await new Promise((resolve) => setTimeout(resolve, delay));
        textarea(el).value = 'Typed at once';
        textarea(el).dispatchEvent(new Event('input'));
        await el.saveDraft();
        textarea(el).value = 'Typed at once, and more';
        textarea(el).dispatchEvent(new Event('input'));
        await el.saveDraft();
        await el.updateComplete;
        expect(shadow(el).querySelector('[part="conflict"]'), `no "changed in another tab" for its own saves (${delay} ms)`).to.equal(null);
        expect(textarea(el).value).to.equal('Typed at once, and more');
        expect(await rawRecords(storeKey)).not.to.contain('Typed');
        el.remove();
        const again = await journal(html`<hearth-journal-prompt prompt="P" encrypt store-key=${storeKey}></hearth-journal-prompt>`);
        await until(() => !!shadow(again).querySelector('#unlock'), 5000, 'the unlock form');
        await unlockWith(again, 'a long enough passphrase');
        await until(() => !!shadow(again).querySelector('textarea#text') && textarea(again).value !== '', 10_000, 'the draft, opened again');
        expect(textarea(again).value, `the last save kept (${delay} ms)`).to.equal('Typed at once, and more');
      }
    });

    it('a journal encrypted on another page shows locked on a page without encrypt; the passphrase opens it, and it is written sealed', async () => {
      const storeKey = key();
      const el = await journal(html`<hearth-journal-prompt prompt="P" encrypt store-key=${storeKey}></hearth-journal-prompt>`);
      await setUp(el, 'correct horse battery');
      textarea(el).value = 'A sealed entry';
      textarea(el).dispatchEvent(new Event('input'));
      await el.saveEntry();
      textarea(el).value = 'A sealed draft';
      textarea(el).dispatchEvent(new Event('input'));
      await el.saveDraft();
      el.remove();
      const before = await rawRecords(storeKey);
      // The same journal (store key) on another page of the site, where the element has no `encrypt`.
      const plain = await journal(html`<hearth-journal-prompt prompt="P" store-key=${storeKey}></hearth-journal-prompt>`);
      await until(() => !!shadow(plain).querySelector('#unlock'), 5000, 'the passphrase screen');
      expect(shadow(plain).querySelector('textarea#text'), 'no empty writing area to write over the draft').to.equal(null);
      expect(shadowText(plain)).not.to.contain('A sealed');
      await expect(plain).to.be.accessible();
      await plain.saveDraft();
      expect(await rawRecords(storeKey), 'nothing written while locked').to.equal(before);
      await unlockWith(plain, 'correct horse battery');
      await until(() => !!shadow(plain).querySelector('textarea#text') && textarea(plain).value === 'A sealed draft', 5000, 'the unlocked draft');
      await until(() => plain.savedEntries.length === 1, 3000, 'the entries');
      expect(plain.savedEntries[0].text).to.equal('A sealed entry');
      expect(inShadow(plain, '[part="private-note"]').textContent, 'encrypted: only the client can read it').to.contain('locked with your passphrase');
      textarea(plain).value = 'Written on the other page';
      textarea(plain).dispatchEvent(new Event('input'));
      await plain.saveDraft();
      const raw = await rawRecords(storeKey);
      expect(raw, 'written sealed, as the page with encrypt writes it').not.to.contain('Written on the other page');
      expect(raw).to.contain('"sealed"');
      // It locks as an encrypted journal does.
      plain.lock();
      await plain.updateComplete;
      expect(shadow(plain).querySelector('#unlock')).to.exist;
      expect(shadowText(plain)).not.to.contain('A sealed');
    });

    it('a journal open without encrypt locks when encryption is set up for it elsewhere, and never writes over the sealed draft', async () => {
      const storeKey = key();
      const plain = await journal(html`<hearth-journal-prompt prompt="P" store-key=${storeKey}></hearth-journal-prompt>`);
      textarea(plain).value = 'Written before encryption';
      textarea(plain).dispatchEvent(new Event('input'));
      await plain.saveDraft();
      // Another element (another tab or page) with `encrypt` sets up encryption: the draft is sealed.
      const sealing = await journal(html`<hearth-journal-prompt prompt="P" encrypt store-key=${storeKey}></hearth-journal-prompt>`);
      await setUp(sealing, 'correct horse battery');
      await until(async () => !(await rawRecords(storeKey)).includes('Written before encryption'), 5000, 'the draft sealed');
      // The page without `encrypt` locks too: nothing of the journal on screen, nothing written.
      await until(() => !!shadow(plain).querySelector('#unlock'), 5000, 'the journal locked here');
      expect(shadow(plain).querySelector('textarea#text')).to.equal(null);
      expect(plain.data.text).to.equal('');
      sealing.remove();
      const before = await rawRecords(storeKey);
      await plain.saveDraft();
      expect(await rawRecords(storeKey), 'nothing written while locked').to.equal(before);
      await unlockWith(plain, 'correct horse battery');
      await until(() => !!shadow(plain).querySelector('textarea#text') && textarea(plain).value === 'Written before encryption', 5000, 'the draft, opened');
    });

    it('an unlocked journal whose encrypt is removed stays locked (its key is on the device), with nothing left in memory', async () => {
      const el = await journal(html`<hearth-journal-prompt prompt="P" encrypt store-key=${key()}></hearth-journal-prompt>`);
      await setUp(el);
      textarea(el).value = 'A private line';
      textarea(el).dispatchEvent(new Event('input'));
      await el.saveDraft();
      el.encrypt = false;
      await until(() => !!shadow(el).querySelector('#unlock'), 5000, 'locked');
      expect(el.data.text, 'dropped from memory').to.equal('');
      expect(shadowText(el)).not.to.contain('A private line');
    });

    it('after "Delete everything" on a journal encrypted elsewhere, a new entry is shared unsealed and arrives', async () => {
      await clearSentLog();
      const storeKey = key();
      const namespace = key();
      const sealing = await fixture<HearthProvider>(
        html`<hearth-provider namespace=${namespace}><hearth-journal-prompt prompt="P" encrypt store-key=${storeKey}></hearth-journal-prompt></hearth-provider>`,
      );
      await setUp(sealing.querySelector('hearth-journal-prompt')!);
      sealing.remove();
      const provider = await fixture<HearthProvider>(
        html`<hearth-provider namespace=${namespace}
          ><hearth-journal-prompt prompt="P" store-key=${storeKey} endpoint="/__hearth/send/ok"></hearth-journal-prompt
        ></hearth-provider>`,
      );
      const plain = provider.querySelector('hearth-journal-prompt')!;
      await until(() => !!shadow(plain).querySelector('#unlock'), 5000, 'locked');
      await unlockWith(plain, 'a long enough passphrase');
      await until(() => !!shadow(plain).querySelector('[part="manage-button"]'), 5000, 'unlocked');
      await openManage(plain);
      button(plain, 'Delete everything').click();
      await plain.updateComplete;
      button(plain, 'Yes, delete everything').click();
      await until(async () => (await rawRecords(storeKey)) === '[]', 5000, 'the entries and the key deleted');
      await until(() => !!shadow(plain).querySelector('textarea#text') && !shadowText(plain).includes('Lock now'), 5000, 'an unencrypted journal');
      textarea(plain).value = 'Shared after starting again';
      textarea(plain).dispatchEvent(new Event('input'));
      const entry = (await plain.saveEntry())!;
      await plain.updateComplete;
      button(plain, 'Share with my therapist').click();
      await plain.updateComplete;
      button(plain, 'Send it').click();
      expect((await untilSent(1)).map((request) => JSON.parse(request.body))).to.deep.equal([entry]);
    });

    it('"Delete everything" on a journal encrypted on another page leaves an unencrypted journal here', async () => {
      const storeKey = key();
      const el = await journal(html`<hearth-journal-prompt prompt="P" encrypt store-key=${storeKey}></hearth-journal-prompt>`);
      await setUp(el);
      textarea(el).value = 'To be deleted';
      textarea(el).dispatchEvent(new Event('input'));
      await el.saveEntry();
      el.remove();
      const plain = await journal(html`<hearth-journal-prompt prompt="P" store-key=${storeKey}></hearth-journal-prompt>`);
      await until(() => !!shadow(plain).querySelector('#unlock'), 5000, 'the passphrase screen');
      await unlockWith(plain, 'a long enough passphrase');
      await until(() => plain.savedEntries.length === 1, 5000, 'the unlocked entries');
      await openManage(plain);
      button(plain, 'Delete everything').click();
      await plain.updateComplete;
      button(plain, 'Yes, delete everything').click();
      await until(() => !!shadow(plain).querySelector('textarea#text') && !shadow(plain).querySelector('#passphrase'), 5000, 'an unencrypted journal');
      await until(async () => (await rawRecords(storeKey)) === '[]', 3000, 'the entries and the key deleted');
      textarea(plain).value = 'A new start';
      textarea(plain).dispatchEvent(new Event('input'));
      await plain.saveDraft();
      expect(await rawRecords(storeKey), 'stored as this page stores it: unencrypted').to.contain('A new start');
    });

    it('a wrong passphrase does not unlock and changes nothing; the right one shows everything', async () => {
      const storeKey = key();
      const el = await journal(html`<hearth-journal-prompt prompt="P" encrypt store-key=${storeKey}></hearth-journal-prompt>`);
      await setUp(el, 'correct horse battery');
      textarea(el).value = 'Entry one';
      textarea(el).dispatchEvent(new Event('input'));
      await el.saveEntry();
      textarea(el).value = 'Unsaved draft';
      textarea(el).dispatchEvent(new Event('input'));
      await el.saveDraft();
      button(el, 'Lock now').click();
      await el.updateComplete;
      expect(shadow(el).querySelector('textarea#text')).to.equal(null);
      expect(shadowText(el)).not.to.contain('Entry one');
      await expect(el).to.be.accessible();
      const before = await rawRecords(storeKey);
      await unlockWith(el, 'correct horse battery!');
      await until(() => shadowText(el).includes('That does not match. Nothing was changed.'), 3000, 'the refusal');
      expect(await rawRecords(storeKey)).to.equal(before);
      await unlockWith(el, 'correct horse battery');
      await until(() => !!shadow(el).querySelector('textarea#text') && textarea(el).value === 'Unsaved draft', 3000, 'the unlocked draft');
      await until(() => el.savedEntries.length === 1, 3000, 'the entries');
      expect(el.savedEntries.map((entry) => entry.text)).to.deep.equal(['Entry one']);
    });

    it('locks after lock-after minutes idle, on quick exit, and on a back-forward-cache return', async () => {
      const el = await journal(html`<hearth-journal-prompt prompt="P" encrypt lock-after="0.005" store-key=${key()}></hearth-journal-prompt>`);
      await setUp(el);
      await until(() => !!shadow(el).querySelector('#unlock'), 3000, 'the idle lock');
      await unlockWith(el, 'a long enough passphrase');
      await until(() => !!shadow(el).querySelector('textarea#text'), 3000, 'unlocked');
      el.lockAfter = 5;
      window.dispatchEvent(new CustomEvent('hearth-quick-exit', { detail: { href: 'about:blank', trigger: 'method' } }));
      await el.updateComplete;
      expect(shadow(el).querySelector('#unlock')).to.exist;
      await unlockWith(el, 'a long enough passphrase');
      await until(() => !!shadow(el).querySelector('textarea#text'), 3000, 'unlocked again');
      window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
      await el.updateComplete;
      expect(shadow(el).querySelector('#unlock')).to.exist;
    });

    it('the recovery code sets a new passphrase; the old one stops working', async () => {
      const storeKey = key();
      const el = await journal(html`<hearth-journal-prompt prompt="P" encrypt store-key=${storeKey}></hearth-journal-prompt>`);
      const code = await setUp(el, 'the old passphrase here');
      textarea(el).value = 'Kept through recovery';
      textarea(el).dispatchEvent(new Event('input'));
      await el.saveEntry();
      el.lock();
      await el.updateComplete;
      button(el, 'I forgot my passphrase').click();
      await el.updateComplete;
      fill(el, '#code', code.toLowerCase());
      fill(el, '#new-passphrase', 'a brand new passphrase');
      fill(el, '#new-confirm', 'a brand new passphrase');
      inShadow<HTMLFormElement>(el, 'form.lock').requestSubmit();
      await until(() => el.savedEntries.length === 1, 5000, 'recovered');
      expect(el.savedEntries[0].text).to.equal('Kept through recovery');
      el.lock();
      await el.updateComplete;
      await unlockWith(el, 'the old passphrase here');
      await until(() => shadowText(el).includes('That does not match.'), 3000, 'old passphrase refused');
    });

    it('changes the passphrase while unlocked: entries stay readable, the old passphrase stops working', async () => {
      const el = await journal(html`<hearth-journal-prompt prompt="P" encrypt store-key=${key()}></hearth-journal-prompt>`);
      await setUp(el, 'first passphrase here');
      textarea(el).value = 'Still readable';
      textarea(el).dispatchEvent(new Event('input'));
      await el.saveEntry();
      button(el, 'Change passphrase').click();
      await el.updateComplete;
      await expect(el).to.be.accessible();
      fill(el, '#current', 'first passphrase here');
      fill(el, '#new-passphrase', 'second passphrase here');
      fill(el, '#new-confirm', 'second passphrase here');
      inShadow<HTMLFormElement>(el, 'form.lock').requestSubmit();
      await until(() => shadow(el).querySelector('[part="status"]')?.textContent === 'Your passphrase was changed.', 5000, 'the change');
      el.lock();
      await el.updateComplete;
      await unlockWith(el, 'first passphrase here');
      await until(() => shadowText(el).includes('That does not match.'), 3000, 'old refused');
      await unlockWith(el, 'second passphrase here');
      await until(() => el.savedEntries.length === 1, 5000, 'unlocked with the new one');
      expect(el.savedEntries[0].text).to.equal('Still readable');
    });

    it('entries written before encryption was turned on are encrypted at setup', async () => {
      const storeKey = key();
      const plain = await journal(html`<hearth-journal-prompt prompt="P" store-key=${storeKey}></hearth-journal-prompt>`);
      textarea(plain).value = 'Written before encryption';
      textarea(plain).dispatchEvent(new Event('input'));
      await plain.saveEntry();
      plain.remove();
      const el = await journal(html`<hearth-journal-prompt prompt="P" encrypt store-key=${storeKey}></hearth-journal-prompt>`);
      await setUp(el);
      expect(await rawRecords(storeKey)).not.to.contain('Written before encryption');
      await until(() => el.savedEntries.length === 1, 3000, 'the entry, decrypted');
    });

    it('conceal blurs the text until revealed', async () => {
      const el = await journal(html`<hearth-journal-prompt prompt="P" encrypt store-key=${key()}></hearth-journal-prompt>`);
      await setUp(el);
      button(el, 'Hide text').click();
      await el.updateComplete;
      expect(getComputedStyle(textarea(el)).filter).to.contain('blur');
      button(el, 'Show text').click();
      await el.updateComplete;
      expect(getComputedStyle(textarea(el)).filter).to.equal('none');
    });
  });

  it('renders right to left in Arabic', async () => {
    const el = await journal(html`<hearth-journal-prompt lang="ar" prompt="؟" storage="none"></hearth-journal-prompt>`);
    expect(inShadow(el, '[part="base"]').getAttribute('dir')).to.equal('rtl');
    expect(shadowText(el)).to.contain('احفظ التدوينة');
  });
});

describeXssSuite('<hearth-journal-prompt>', {
  create: () => fixture<HearthJournalPrompt>(html`<hearth-journal-prompt storage="none" no-crisis-footer></hearth-journal-prompt>`),
  // Its own textarea, the file field to import an export, and the search field once there are entries.
  ownTags: { textarea: 1, input: 2 },
  channels: [
    {
      name: "the client's entries in the history",
      kind: 'text',
      batch: 50,
      feed: async (el, payloads) => {
        await until(() => !!(el as unknown as { store?: unknown }).store, 2000, 'storage');
        const text = `{"format":"hearth-journal-export","version":1,"exportedAt":"2026-01-01T00:00:00.000Z","entries":${JSON.stringify(
          payloads.map((payload, i) => ({
            id: `x${Math.random()}-${i}`,
            promptId: 'p',
            promptText: 'P',
            text: payload,
            tags: [],
            createdAt: '2026-01-01T00:00:00.000Z',
            updatedAt: '2026-01-01T00:00:00.000Z',
          })),
        )}}`;
        await el.deleteEverything();
        await el.importEntries(text);
        await el.updateComplete;
      },
    },
    {
      name: 'prompt text',
      kind: 'text',
      maxLength: 2000,
      shownAs: (payload) => fillTokens(payload),
      feed: async (el, [payload]) => {
        el.prompts = [{ id: 'x', text: payload.trim() ? payload : '-' }];
        await el.updateComplete;
      },
    },
  ],
});

describe('<hearth-journal-prompt> at 320 px (a phone at 200% zoom)', () => {
  before(() => setViewport({ width: 320, height: 640 }));
  after(() => setViewport({ width: 800, height: 600 }));

  async function write(el: HearthJournalPrompt, text: string) {
    textarea(el).value = text;
    textarea(el).dispatchEvent(new Event('input'));
    await el.saveEntry();
    await el.updateComplete;
  }

  // On a site with large text (20 px), where the browser's own file field alone is about 290 px wide.
  it('nothing reaches past the screen: entries (one an unbroken 300-letter line), delete confirmation, the encrypted export form, Arabic', async () => {
    for (const lang of ['en', 'ar']) {
      const el = await journal(html`<hearth-journal-prompt lang=${lang} pack="gratitude" store-key=${key()} style="font-size: 20px"></hearth-journal-prompt>`);
      await until(() => (el as unknown as { store?: unknown }).store !== undefined, 2000, 'storage');
      expect(boxesOutsideViewport(el), `${lang}: empty`).to.deep.equal([]);
      await write(el, 'My sister called and we laughed about the old kitchen.');
      await write(el, `https://example.org/${'a'.repeat(300)}`);
      await until(() => shadow(el).querySelectorAll('.entry-text').length === 2, 2000, 'the entries');
      expect(boxesOutsideViewport(el), `${lang}: entries`).to.deep.equal([]);
      if (lang === 'en') {
        await openManage(el);
        expect(boxesOutsideViewport(el), 'manage your journal').to.deep.equal([]);
        button(el, 'Delete everything').click();
        await el.updateComplete;
        expect(shadow(el).querySelector('.confirm')).to.exist;
        expect(boxesOutsideViewport(el), 'delete confirmation').to.deep.equal([]);
        button(el, 'Cancel').click();
        button(el, 'Export (encrypted)').click();
        await until(() => !!shadow(el).querySelector('form'), 2000, 'the export form');
        expect(boxesOutsideViewport(el), 'encrypted export form').to.deep.equal([]);
      }
    }
  });

  it('nothing reaches past the screen on the passphrase screens: setup, the recovery code, locked', async () => {
    const el = await journal(html`<hearth-journal-prompt prompt="P" encrypt store-key=${key()} style="font-size: 20px"></hearth-journal-prompt>`);
    await until(() => !!shadow(el).querySelector('#passphrase'), 3000, 'the setup form');
    expect(boxesOutsideViewport(el), 'setup').to.deep.equal([]);
    for (const id of ['#passphrase', '#confirm']) {
      const input = inShadow<HTMLInputElement>(el, id);
      input.value = 'a long enough passphrase';
      input.dispatchEvent(new Event('input'));
    }
    inShadow<HTMLFormElement>(el, 'form.lock').requestSubmit();
    await until(() => !!shadow(el).querySelector('[part="recovery-code"]'), 5000, 'the recovery code');
    expect(boxesOutsideViewport(el), 'recovery code').to.deep.equal([]);
    button(el, 'I have kept it safe').click();
    await until(() => !!shadow(el).querySelector('textarea#text'), 3000, 'the writing area');
    button(el, 'Lock now').click();
    await until(() => !!shadow(el).querySelector('#unlock'), 3000, 'the locked screen');
    expect(boxesOutsideViewport(el), 'locked').to.deep.equal([]);
  });
});
