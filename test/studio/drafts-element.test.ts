import '../../packages/studio/src/drafts/studio-drafts.js';

import { expect, fixture, html, oneEvent } from '@open-wc/testing';

import { DRAFTS_DATABASE } from '../../packages/studio/src/drafts/drafts-database.js';
import type { DraftCurrent, DraftOpenDetail, DraftPersonalDetail, StudioDraftsElement } from '../../packages/studio/src/drafts/studio-drafts.js';
import { type Draft, type DraftInput, type DraftResult, StudioDrafts } from '../../packages/studio/src/drafts/studio-drafts-store.js';
import { sendKeys } from '../helpers/commands.js';
import { inShadow, shadow, shadowButton, shadowText, until } from '../helpers/shadow.js';

function deleteDatabase(): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(DRAFTS_DATABASE);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error);
  });
}

/** Creates Studio's database at a version newer than Studio's: Studio's own open then fails. */
function holdNewerDatabase(): Promise<void> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open(DRAFTS_DATABASE, 7);
    open.onerror = () => reject(open.error);
    open.onsuccess = () => (open.result.close(), resolve());
  });
}

/** The drafts store, counting its saves (the real store underneath: real IndexedDB). */
class CountingDrafts extends StudioDrafts {
  saves = 0;
  override async save(input: DraftInput): Promise<DraftResult<Draft>> {
    this.saves++;
    return super.save(input);
  }
}

const strategy = (title: string) => ({ id: 'tea-pause', title, summary: 'A warm drink, noticed.', steps: ['Boil the kettle.'], exercise: { type: 'steps' } });
const current = (title: string, lang = 'en'): DraftCurrent => ({ kind: 'strategy', lang, value: strategy(title) });
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function panel(options: { current?: DraftCurrent; store?: StudioDrafts; autosave?: boolean } = {}): Promise<StudioDraftsElement> {
  const store = options.store ?? new StudioDrafts();
  const el = await fixture<StudioDraftsElement>(
    html`<studio-drafts .store=${store} .current=${options.current} ?autosave=${options.autosave ?? false}></studio-drafts>`,
  );
  await until(() => /Drafts are not locked|Your drafts are|Drafts cannot|This browser/.test(shadowText(el)), 5000, 'the drafts to be read');
  return el;
}

/** Presses a button by keyboard, as a clinician would. */
async function press(button: HTMLElement, key = 'Enter'): Promise<void> {
  button.focus();
  await sendKeys({ press: key });
}

const titles = (el: StudioDraftsElement) => [...shadow(el).querySelectorAll('.drafts .title')].map((title) => title.textContent!.trim());

describe('<studio-drafts>', () => {
  beforeEach(deleteDatabase);

  it('with no drafts: says so, offers a save and a passphrase, and is accessible', async () => {
    const el = await panel({ current: current('A tea pause') });
    expect(shadowText(el)).to.contain('No drafts saved yet.').and.contain('Drafts are not locked.');
    expect(shadow(el).querySelector('#delete-all')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('"Save draft" keeps what is open, lists it with its language, and saves again into the same draft', async () => {
    const el = await panel({ current: current('Una pausa para el té', 'es') });
    await press(inShadow(el, '#save'));
    await until(() => titles(el).length === 1, 5000, 'the saved draft');
    const title = inShadow(el, '.drafts .title');
    expect([title.textContent!.trim(), title.lang, title.dir]).to.deep.equal(['Una pausa para el té', 'es', 'ltr']);
    expect(shadowText(el)).to.contain('Coping strategy · Español (Spanish) · ');
    expect(inShadow(el, '#status').textContent).to.match(/^Draft saved at /);

    el.current = current('Una pausa más larga', 'es');
    await el.updateComplete;
    await press(inShadow(el, '#save'));
    await until(() => titles(el)[0] === 'Una pausa más larga', 5000, 'the draft saved again');
    expect(titles(el)).to.deep.equal(['Una pausa más larga']);

    // "Save as a new draft" keeps the first and adds another.
    await press(inShadow(el, '#save-new'));
    await until(() => titles(el).length === 2, 5000, 'a second draft');
    await expect(el).to.be.accessible();
  });

  it('Arabic titles show right to left', async () => {
    const el = await panel({ current: current('استراحة الشاي', 'ar') });
    await press(inShadow(el, '#save'));
    await until(() => titles(el).length === 1, 5000, 'the saved draft');
    expect([inShadow(el, '.drafts .title').lang, inShadow(el, '.drafts .title').dir]).to.deep.equal(['ar', 'rtl']);
  });

  it('"This is for one client": fires studio-draft-personal, takes a label, and marks the saved draft', async () => {
    const el = await panel({ current: current('J.’s plan') });
    const checkbox = inShadow<HTMLInputElement>(el, '#personal');
    checkbox.focus();
    let event = oneEvent(el, 'studio-draft-personal');
    await sendKeys({ press: 'Space' });
    expect(((await event) as CustomEvent<DraftPersonalDetail>).detail).to.deep.equal({ personal: true, clientLabel: '' });
    expect(shadowText(el)).to.contain('Use initials, not a full name');

    inShadow(el, '#client-label').focus();
    event = oneEvent(el, 'studio-draft-personal');
    await sendKeys({ type: 'J.' });
    await sendKeys({ press: 'Tab' });
    expect(((await event) as CustomEvent<DraftPersonalDetail>).detail).to.deep.equal({ personal: true, clientLabel: 'J.' });
    await expect(el).to.be.accessible();

    await press(inShadow(el, '#save'));
    await until(() => shadowText(el).includes('For one client: J.'), 5000, 'the one-client marker');

    checkbox.focus();
    event = oneEvent(el, 'studio-draft-personal');
    await sendKeys({ press: 'Space' });
    expect(((await event) as CustomEvent<DraftPersonalDetail>).detail).to.deep.equal({ personal: false, clientLabel: '' });
  });

  it('"Open" fires studio-draft-open with the draft, and its one-client choice shows', async () => {
    const store = new StudioDrafts();
    await store.save({ kind: 'strategy', lang: 'fr', title: 'Pause thé', personal: true, clientLabel: 'A.B.', value: strategy('Pause thé') });
    store.close();
    const el = await panel();
    await until(() => titles(el).length === 1, 5000, 'the draft listed');
    const opened = oneEvent(el, 'studio-draft-open');
    await press(shadowButton(el, 'Open'));
    expect(((await opened) as CustomEvent<DraftOpenDetail>).detail).to.deep.equal({
      kind: 'strategy',
      lang: 'fr',
      value: strategy('Pause thé'),
      personal: true,
      clientLabel: 'A.B.',
    });
    await el.updateComplete;
    expect(inShadow<HTMLInputElement>(el, '#personal').checked).to.equal(true);
    expect(inShadow<HTMLInputElement>(el, '#client-label').value).to.equal('A.B.');
    expect(inShadow(el, '#status').textContent).to.equal('Opened “Pause thé”.');

    // Saving now goes into the opened draft, even when the page called startNewDraft as it showed it.
    el.addEventListener('studio-draft-open', () => el.startNewDraft());
    const again = oneEvent(el, 'studio-draft-open');
    await press(shadowButton(el, 'Open'));
    await again;
    el.current = { kind: 'strategy', lang: 'fr', value: strategy('Pause thé, adaptée') };
    await el.updateComplete;
    await press(inShadow(el, '#save'));
    await until(() => titles(el)[0] === 'Pause thé, adaptée', 5000, 'saved into the opened draft');
    expect(titles(el)).to.deep.equal(['Pause thé, adaptée']);
  });

  it('autosave: saves once, a second after the last change, and announces it politely once', async function () {
    this.timeout(30_000);
    const store = new CountingDrafts();
    const el = await panel({ current: current('Start'), store, autosave: true });
    for (const title of ['One', 'Two', 'Three']) {
      el.current = current(title);
      await sleep(200);
    }
    await sleep(300);
    expect(store.saves, 'nothing saved before the pause').to.equal(0);
    await until(() => titles(el).length === 1, 5000, 'the autosave');
    expect(store.saves).to.equal(1);
    expect(titles(el)).to.deep.equal(['Three']);
    const announced = inShadow(el, '#status').textContent!;
    expect(announced).to.match(/^Saved automatically at /);

    // Nothing changes: nothing more is saved.
    el.current = current('Three');
    await sleep(1500);
    expect(store.saves).to.equal(1);

    // A later change is saved into the same draft; the status is not announced again.
    el.current = current('Four');
    await until(() => titles(el)[0] === 'Four', 5000, 'the second autosave');
    expect(store.saves).to.equal(2);
    expect(titles(el)).to.deep.equal(['Four']);
    expect(inShadow(el, '#status').textContent).to.equal(announced);
    expect(inShadow(el, '#saved-at').textContent).to.match(/^Saved automatically at /);
    expect(inShadow(el, '#saved-at').getAttribute('role')).to.equal(null);
  });

  it('startNewDraft: another item opened by the page neither overwrites the draft nor is saved until changed', async function () {
    this.timeout(30_000);
    const store = new CountingDrafts();
    const el = await panel({ current: current('Start'), store, autosave: true });
    el.current = current('My own draft');
    await until(() => titles(el).length === 1, 5000, 'the first autosave');

    el.startNewDraft();
    el.current = current('A built-in item');
    await sleep(1500);
    expect(store.saves, 'the item as opened is not saved').to.equal(1);

    el.current = current('A built-in item, adapted');
    await until(() => titles(el).length === 2, 5000, 'a second draft');
    expect(titles(el)).to.deep.equal(['A built-in item, adapted', 'My own draft']);
  });

  it('startNewDraft: the last edits still waiting for the autosave are saved into their own draft first', async function () {
    this.timeout(30_000);
    const store = new CountingDrafts();
    const el = await panel({ current: current('Start'), store, autosave: true });
    el.current = current('My own draft');
    await until(() => titles(el).length === 1, 5000, 'the first autosave');
    // Changed, and another item opened within the autosave's second.
    el.current = current('My own draft, the last words');
    await el.updateComplete;
    el.startNewDraft();
    el.current = current('A built-in item');
    await until(() => titles(el)[0] === 'My own draft, the last words', 5000, 'the last edits saved');
    expect(titles(el)).to.deep.equal(['My own draft, the last words']);
    el.current = current('A built-in item, adapted');
    await until(() => titles(el).length === 2, 5000, 'a second draft');
    expect(titles(el)).to.deep.equal(['A built-in item, adapted', 'My own draft, the last words']);
  });

  it('Delete and Delete all ask first, keep on "Keep it" (focus back), and delete on yes', async () => {
    const store = new StudioDrafts();
    for (const title of ['First', 'Second']) {
      await store.save({ kind: 'strategy', lang: 'en', title, personal: false, value: strategy(title) });
      await sleep(5);
    }
    store.close();
    const el = await panel();
    await until(() => titles(el).length === 2, 5000, 'two drafts');

    const remove = shadowButton(el, 'Delete');
    expect(remove.getAttribute('aria-label')).to.equal('Delete Second');
    await press(remove);
    await el.updateComplete;
    expect(inShadow(el, '.confirm').textContent).to.contain('Delete “Second”? This cannot be undone.');
    expect(shadow(el).activeElement?.id).to.equal('confirm-no');
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(shadow(el).querySelector('.confirm')).to.equal(null);
    expect(shadow(el).activeElement).to.equal(remove);
    expect(titles(el)).to.deep.equal(['Second', 'First']);

    await press(remove);
    await el.updateComplete;
    await press(inShadow(el, '#confirm-yes'));
    await until(() => titles(el).length === 1, 5000, 'one draft deleted');
    expect(titles(el)).to.deep.equal(['First']);
    expect(inShadow(el, '#status').textContent).to.equal('Deleted “Second”.');

    await press(inShadow(el, '#delete-all'));
    await el.updateComplete;
    expect(inShadow(el, '.confirm').textContent).to.contain('Delete your one draft');
    await press(inShadow(el, '#confirm-yes'));
    await until(() => shadowText(el).includes('No drafts saved yet.'), 5000, 'every draft deleted');
    expect(inShadow(el, '#status').textContent).to.equal('All drafts were deleted.');
  });

  it('passphrase: set up (checked), lock hides titles, a wrong passphrase is said plainly, unlock shows them again', async function () {
    this.timeout(60_000);
    const el = await panel({ current: current('Secret title for R.') });
    await press(inShadow(el, '#save'));
    await until(() => titles(el).length === 1, 5000, 'the saved draft');

    await press(inShadow(el, '#offer-lock'));
    await el.updateComplete;
    expect(shadowText(el)).to.contain('If you forget it, the locked drafts cannot be opened; delete them and start again');
    await expect(el).to.be.accessible();

    const typeIn = async (selector: string, text: string) => {
      inShadow<HTMLInputElement>(el, selector).value = '';
      inShadow(el, selector).focus();
      await sendKeys({ type: text });
    };
    await typeIn('#new-passphrase', 'short');
    await typeIn('#new-passphrase-again', 'short');
    await sendKeys({ press: 'Enter' });
    await until(() => inShadow(el, '#pass-error').textContent === 'Use at least 8 characters for the passphrase.', 3000, 'too short');
    await typeIn('#new-passphrase', 'a long passphrase');
    await typeIn('#new-passphrase-again', 'another passphrase');
    await sendKeys({ press: 'Enter' });
    await until(() => inShadow(el, '#pass-error').textContent === 'The two passphrases are not the same.', 3000, 'mismatch');
    await typeIn('#new-passphrase-again', 'a long passphrase');
    await sendKeys({ press: 'Enter' });
    // Focus moves to "Lock drafts now" once the drafts are locked (and open on this page).
    await until(() => shadow(el).activeElement?.id === 'lock-now', 20_000, 'the drafts locked and open');
    expect(titles(el)).to.deep.equal(['Secret title for R.']);
    await expect(el).to.be.accessible();

    await sendKeys({ press: 'Enter' });
    await until(() => shadow(el).activeElement?.id === 'unlock-passphrase', 5000, 'the unlock form');
    expect(titles(el)).to.deep.equal(['Locked draft']);
    expect(shadowText(el)).not.to.contain('Secret title');
    await expect(el).to.be.accessible();

    // Opening while locked says to unlock first, and takes focus to the passphrase.
    await press(shadowButton(el, 'Open'));
    await until(() => inShadow(el, '#problem').textContent === 'Your drafts are locked. Unlock them with your passphrase first.', 5000, 'locked');
    await until(() => shadow(el).activeElement?.id === 'unlock-passphrase', 3000, 'focus on the passphrase');

    await typeIn('#unlock-passphrase', 'not the passphrase');
    await sendKeys({ press: 'Enter' });
    await until(() => inShadow(el, '#pass-error').textContent === 'That passphrase does not match. Check it and try again.', 20_000, 'refused');
    expect(inShadow(el, '#unlock-passphrase').getAttribute('aria-invalid')).to.equal('true');
    expect(titles(el)).to.deep.equal(['Locked draft']);
    await expect(el).to.be.accessible();

    await typeIn('#unlock-passphrase', 'a long passphrase');
    await sendKeys({ press: 'Enter' });
    await until(() => titles(el)[0] === 'Secret title for R.', 20_000, 'unlocked');
    expect(inShadow(el, '#status').textContent).to.equal('Drafts unlocked.');
  });

  it('failing storage: says why plainly, and the rest of the panel keeps working', async () => {
    await holdNewerDatabase();
    const errors: string[] = [];
    const onError = (event: ErrorEvent | PromiseRejectionEvent) => errors.push(String('message' in event ? event.message : event.reason));
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onError);
    try {
      const store = new CountingDrafts();
      const el = await panel({ current: current('Kept on the page'), store });
      const message = 'Drafts cannot be opened: this browser holds them in a newer form than this Studio knows. Use the newest Studio.';
      expect(inShadow(el, '#problem').textContent).to.equal(message);
      expect(inShadow(el, '#problem').getAttribute('role')).to.equal('alert');
      await expect(el).to.be.accessible();

      // The one-client choice still works, and saving says why it cannot.
      inShadow(el, '#personal').focus();
      const event = oneEvent(el, 'studio-draft-personal');
      await sendKeys({ press: 'Space' });
      expect(((await event) as CustomEvent<DraftPersonalDetail>).detail.personal).to.equal(true);
      await press(inShadow(el, '#save'));
      await until(() => store.saves === 1, 5000, 'the save tried');
      await el.updateComplete;
      expect(inShadow(el, '#problem').textContent).to.equal(message);
      expect(shadowText(el)).not.to.contain('Draft saved');
      expect(el.current).to.deep.equal(current('Kept on the page'));
      expect(errors).to.deep.equal([]);
    } finally {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onError);
    }
  });
});
