import '../../packages/studio/src/drafts/studio-drafts.js';

import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { ifDefined } from 'lit/directives/if-defined.js';

import { DRAFTS_DATABASE } from '../../packages/studio/src/drafts/drafts-database.js';
import {
  AUTOSAVE_DELAY_MS,
  type DraftCurrent,
  type DraftOpenDetail,
  type DraftPersonalDetail,
  type StudioDraftsElement,
} from '../../packages/studio/src/drafts/studio-drafts.js';
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

/** The drafts store, counting its saves and noting when each began (the real store underneath: real IndexedDB). */
class CountingDrafts extends StudioDrafts {
  saves = 0;
  savedAt: number[] = [];
  override async save(input: DraftInput): Promise<DraftResult<Draft>> {
    this.saves++;
    this.savedAt.push(performance.now());
    return super.save(input);
  }
}

const strategy = (title: string) => ({ id: 'tea-pause', title, summary: 'A warm drink, noticed.', steps: ['Boil the kettle.'], exercise: { type: 'steps' } });
const current = (title: string, lang = 'en'): DraftCurrent => ({ kind: 'strategy', lang, value: strategy(title) });

/**
 * Resolves once an autosave asked for before this call would have begun: a timer of the autosave's
 * own delay set after the panel's, which the HTML timer rules run after it (and after the save it
 * starts, which counts itself at once). The way to show that nothing was saved: there is no event
 * for a save that does not happen. Call it after `await el.updateComplete`.
 */
const autosaveWouldHaveBegun = () => new Promise((resolve) => setTimeout(resolve, AUTOSAVE_DELAY_MS));

/** Changes about as quickly as a clinician types: pacing for a scenario, never what a test proves. */
const typingPause = () => new Promise((resolve) => setTimeout(resolve, 200));

async function panel(options: { current?: DraftCurrent; store?: StudioDrafts; autosave?: boolean; lockAfter?: number } = {}): Promise<StudioDraftsElement> {
  const store = options.store ?? new StudioDrafts();
  const el = await fixture<StudioDraftsElement>(
    html`<studio-drafts
      .store=${store}
      .current=${options.current}
      ?autosave=${options.autosave ?? false}
      lock-after=${ifDefined(options.lockAfter)}
    ></studio-drafts>`,
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
  beforeEach(async () => {
    await deleteDatabase();
    // "Delete all drafts" forgets the idle lock's wait too (it is kept apart from the database).
    const store = new StudioDrafts();
    await store.removeAll();
    store.close();
  });

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
    const changedAt: number[] = [];
    for (const title of ['One', 'Two', 'Three']) {
      if (changedAt.length) await typingPause();
      el.current = current(title);
      changedAt.push(performance.now());
    }
    await until(() => titles(el).length === 1, 5000, 'the autosave');
    // One save, begun a full second after the last change (not the first): nothing was saved before the pause.
    expect(store.saves).to.equal(1);
    expect(changedAt[2] - changedAt[0], 'the changes spread over more than a timer would blur').to.be.above(300);
    expect(store.savedAt[0] - changedAt[2], 'the wait after the last change').to.be.at.least(AUTOSAVE_DELAY_MS - 20);
    expect(titles(el)).to.deep.equal(['Three']);
    const announced = inShadow(el, '#status').textContent!;
    expect(announced).to.match(/^Saved automatically at /);

    // Nothing changes: nothing more is saved.
    el.current = current('Three');
    await el.updateComplete;
    await autosaveWouldHaveBegun();
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
    await el.updateComplete;
    await autosaveWouldHaveBegun();
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
      const saved = await store.save({ kind: 'strategy', lang: 'en', title, personal: false, value: strategy(title) });
      // The next is saved at a later time than this one (times are to the millisecond), so the list's order is known.
      if (saved.ok) await until(() => new Date().toISOString() > saved.value.updatedAt, 1000, 'the clock to move on');
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

  describe('locking by themselves', () => {
    const PASSPHRASE = 'a long passphrase';
    const secret: DraftInput = {
      kind: 'strategy',
      lang: 'en',
      title: 'Secret title for R.',
      personal: true,
      clientLabel: 'R.',
      value: strategy('Secret title for R.'),
    };

    /** A store with a passphrase set, open on this page (as after "Lock my drafts"), holding `drafts`. */
    async function openStore(drafts: DraftInput[] = [secret]): Promise<StudioDrafts> {
      const store = new StudioDrafts();
      for (const draft of drafts) await store.save(draft);
      expect((await store.setPassphrase(PASSPHRASE)).ok).to.equal(true);
      return store;
    }

    const isOpen = (el: StudioDraftsElement) => !!shadow(el).querySelector('#lock-now');
    const isLocked = (el: StudioDraftsElement) => !!shadow(el).querySelector('#unlock-passphrase');
    const choice = (el: StudioDraftsElement) => inShadow<HTMLSelectElement>(el, '#lock-after');
    const chosenText = (el: StudioDraftsElement) => choice(el).selectedOptions[0]?.textContent?.trim();

    /** Watches each frame until the drafts lock: when they were last seen open, and first seen locked. */
    async function watchUntilLocked(el: StudioDraftsElement, ms: number): Promise<{ lastOpen: number; locked: number }> {
      let lastOpen = -Infinity;
      await until(
        () => {
          if (isOpen(el)) lastOpen = performance.now();
          return isLocked(el);
        },
        ms,
        'the drafts to lock by themselves',
      );
      return { lastOpen, locked: performance.now() };
    }

    it('lock after `lock-after` minutes with no activity, as "Lock drafts now" does: no titles or client labels, and said politely', async function () {
      this.timeout(30_000);
      const store = await openStore();
      const begun = performance.now();
      const el = await panel({ store, lockAfter: 0.02 });
      await until(() => titles(el)[0] === 'Secret title for R.', 5000, 'the open drafts');
      expect(shadowText(el)).to.contain('For one client: R.');
      expect(chosenText(el), 'the page’s own wait is offered').to.equal('1 second');
      await expect(el).to.be.accessible();

      const { locked } = await watchUntilLocked(el, 10_000);
      expect(locked - begun, 'not before the wait (1.2 seconds)').to.be.at.least(1200 - 20);
      expect(inShadow(el, '#status').textContent).to.equal('Drafts locked after 1 second without activity.');
      expect(inShadow(el, '#status').getAttribute('role')).to.equal('status');
      expect(titles(el)).to.deep.equal(['Locked draft']);
      expect(shadowText(el)).not.to.contain('Secret title').and.not.to.contain('R.');
      expect(shadowText(el)).to.contain('Coping strategy · English · ');
      expect(await store.lockState()).to.deep.equal({ ok: true, value: 'locked' });
      await expect(el).to.be.accessible();
    });

    it('activity anywhere in the page (in another shadow root too) puts the lock off: it comes a full wait after the last', async function () {
      this.timeout(30_000);
      const wait = 2400;
      const store = await openStore();
      const page = await fixture<HTMLDivElement>(html`<div>
        <div id="editor"></div>
        <studio-drafts .store=${store} lock-after="0.04"></studio-drafts>
      </div>`);
      const editorRoot = page.querySelector('#editor')!.attachShadow({ mode: 'open' });
      editorRoot.innerHTML = '<label>Your text <textarea></textarea></label>';
      const el = page.querySelector('studio-drafts')!;
      await until(() => titles(el)[0] === 'Secret title for R.', 5000, 'the open drafts');
      // The wait began when the drafts opened, before now: the first lock was due by `opened + wait`.
      const opened = performance.now();

      // Half way through, the clinician types in the editor (another element's shadow root).
      await until(() => performance.now() - opened >= wait / 2, 5000, 'half the wait');
      const activity = performance.now();
      editorRoot.querySelector('textarea')!.focus();
      await sendKeys({ type: 'a few words' });

      const { lastOpen, locked } = await watchUntilLocked(el, 10_000);
      expect(lastOpen - opened, 'still open after the first wait would have ended').to.be.above(wait);
      expect(locked - activity, 'a full wait after the last activity').to.be.at.least(wait - 20);
      expect(inShadow(el, '#status').textContent).to.equal('Drafts locked after 2 seconds without activity.');
      expect(editorRoot.querySelector('textarea')!.value, 'what was typed stays').to.equal('a few words');
    });

    it('edits waiting for the autosave are kept, sealed, before they lock; what changes while locked is kept once unlocked', async function () {
      this.timeout(60_000);
      const store = await openStore([]);
      const el = await panel({ store, current: current('Start'), autosave: true, lockAfter: 0.01 });
      await until(() => isOpen(el), 5000, 'the open drafts');
      el.current = current('My last words');
      await el.updateComplete;
      // A key press starts the wait again: it ends (0.6 seconds) inside the autosave's second.
      await sendKeys({ press: 'Shift' });
      await watchUntilLocked(el, 10_000);
      await until(() => titles(el).length === 1, 5000, 'the locked draft listed');
      expect(titles(el)).to.deep.equal(['Locked draft']);
      expect(inShadow(el, '#problem').textContent, 'nothing refused for being locked').to.equal('');
      const reader = new StudioDrafts();
      expect((await reader.unlock(PASSPHRASE)).ok).to.equal(true);
      const kept = await reader.list();
      expect(kept.ok && kept.value.map((draft) => draft.title)).to.deep.equal(['My last words']);
      reader.close();

      // Changed while locked: the autosave cannot keep it, and says why; unlocking keeps it.
      el.lockAfter = 30;
      el.current = current('Written while locked');
      await until(() => inShadow(el, '#problem').textContent === 'Your drafts are locked. Unlock them with your passphrase first.', 5000, 'the refused save');
      inShadow(el, '#unlock-passphrase').focus();
      await sendKeys({ type: PASSPHRASE });
      await sendKeys({ press: 'Enter' });
      await until(() => titles(el)[0] === 'Written while locked', 30_000, 'the change kept after unlocking');
      expect(titles(el)).to.deep.equal(['Written while locked']);
    });

    it('"Never", chosen by keyboard, never locks them; the choice is kept in this browser for the next panel', async function () {
      this.timeout(30_000);
      const store = await openStore();
      const el = await panel({ store, lockAfter: 0.02 });
      await until(() => isOpen(el), 5000, 'the open drafts');
      expect([...choice(el).options].map((option) => option.textContent!.trim())).to.deep.equal([
        '1 second',
        '5 minutes',
        '10 minutes',
        '15 minutes',
        '30 minutes',
        'Never (they still lock when you leave or reload Studio)',
      ]);
      choice(el).focus();
      await sendKeys({ press: 'End' });
      await until(() => el.lockAfter === 0, 3000, 'never chosen');
      expect(chosenText(el)).to.equal('Never (they still lock when you leave or reload Studio)');
      // An absence, with nothing to wait on: the wait that would have locked them, and a margin for its timer.
      await new Promise((resolve) => setTimeout(resolve, 1200 + 300));
      expect(isOpen(el), 'still open').to.equal(true);
      expect(titles(el)).to.deep.equal(['Secret title for R.']);
      await expect(el).to.be.accessible();

      // A new panel (the page's own 1 second asked again) takes the clinician's choice.
      el.remove();
      const next = await panel({ store, lockAfter: 0.02 });
      await until(() => isOpen(next), 5000, 'the open drafts');
      expect(next.lockAfter).to.equal(0);
      expect(chosenText(next)).to.equal('Never (they still lock when you leave or reload Studio)');
      choice(next).focus();
      await sendKeys({ press: 'Home' });
      await until(() => next.lockAfter === 5, 3000, '5 minutes chosen');
      next.remove();
      const third = await panel({ store, lockAfter: 0.02 });
      await until(() => isOpen(third), 5000, 'the open drafts');
      expect([third.lockAfter, chosenText(third), choice(third).options.length]).to.deep.equal([5, '5 minutes', 5]);
    });

    it('hidden for longer than the wait, they lock on return; hidden for less, they stay open', async function () {
      this.timeout(30_000);
      const store = await openStore();
      const el = await panel({ store, lockAfter: 0.02 });
      await until(() => isOpen(el), 5000, 'the open drafts');
      const setVisibility = (state: 'hidden' | 'visible') => {
        Object.defineProperty(document, 'visibilityState', { value: state, configurable: true });
        document.dispatchEvent(new Event('visibilitychange'));
        delete (document as unknown as Record<string, unknown>).visibilityState;
      };

      // Back at once: the lock would start as the page shows, before the store is read below.
      setVisibility('hidden');
      setVisibility('visible');
      expect(await store.lockState()).to.deep.equal({ ok: true, value: 'unlocked' });

      // Out of sight for 1.5 seconds, with a wait of 1.2 chosen meanwhile (its own clock starts again,
      // so only the time hidden can lock them now).
      el.lockAfter = 60;
      await el.updateComplete;
      setVisibility('hidden');
      const hidden = performance.now();
      await until(() => performance.now() - hidden >= 1500, 5000, 'time out of sight');
      el.lockAfter = 0.02;
      await el.updateComplete;
      setVisibility('visible');
      await until(() => isLocked(el), 1000, 'locked on return');
      expect(inShadow(el, '#status').textContent).to.equal('Drafts locked: Studio was out of sight for more than 1 second.');
      expect(titles(el)).to.deep.equal(['Locked draft']);
    });

    it('back from the back-forward cache, they lock even when set never to lock by themselves', async function () {
      this.timeout(30_000);
      const store = await openStore();
      const el = await panel({ store, lockAfter: 0 });
      await until(() => isOpen(el), 5000, 'the open drafts');
      window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: false }));
      expect(await store.lockState()).to.deep.equal({ ok: true, value: 'unlocked' });
      window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
      await until(() => isLocked(el), 3000, 'locked');
      expect(inShadow(el, '#status').textContent).to.equal('Drafts locked when you came back to this page.');
      expect(shadowText(el)).not.to.contain('Secret title');
      await expect(el).to.be.accessible();
    });
  });
});
