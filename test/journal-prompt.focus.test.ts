import '../packages/elements/src/all.js';

import { expect, fixture, html } from '@open-wc/testing';

import type { HearthJournalPrompt } from '../packages/elements/src/journal-prompt/journal-prompt.js';
import { sendKeys } from './helpers/commands.js';
import { inShadow, shadow, shadowButton as button, until } from './helpers/shadow.js';

// A confirmation or an edit form replaces the button that was pressed: focus must not drop to
// <body>. It goes to the confirmation's question (read first; Tab then reaches its buttons), back
// to the opener on Cancel, and somewhere sensible after a delete or a save.

let n = 0;
const key = () => `journal-focus-${Date.now()}-${++n}`;

async function journal() {
  const el = await fixture<HearthJournalPrompt>(html`<hearth-journal-prompt prompt="What went well today?" store-key=${key()}></hearth-journal-prompt>`);
  await until(
    () => (el as unknown as { store?: unknown }).store !== undefined && !!shadow(el).querySelector('[part="history"]'),
    3000,
    'storage and the history',
  );
  return el;
}

async function write(el: HearthJournalPrompt, ...texts: string[]) {
  const area = inShadow<HTMLTextAreaElement>(el, 'textarea#text');
  for (const text of texts) {
    area.value = text;
    area.dispatchEvent(new Event('input'));
    await el.saveEntry();
  }
  await el.updateComplete;
}

/** The focused element inside the journal (null when focus is elsewhere, e.g. on <body>). */
const focused = (el: Element) => shadow(el).activeElement as HTMLElement | null;
/** The card whose text is `text`. */
const card = (el: Element, text: string) =>
  [...shadow(el).querySelectorAll<HTMLElement>('[part="entry"]')].find((c) => c.querySelector('.entry-text')?.textContent === text)!;
const cardButton = (c: HTMLElement | undefined, name: string) => [...(c?.querySelectorAll('button') ?? [])].find((b) => b.textContent!.trim() === name);

/** Presses a button with the keyboard, as a keyboard or screen-reader user would. */
async function press(target: HTMLElement) {
  target.focus();
  await sendKeys({ press: 'Enter' });
}

async function focusLandsOn(el: HearthJournalPrompt, check: (active: HTMLElement | null) => boolean, what: string) {
  await until(() => check(focused(el)), 3000, what);
  expect(document.activeElement === document.body, `${what}: focus is not on <body>`).to.equal(false);
}

describe('<hearth-journal-prompt> focus when a view replaces its button', () => {
  it('Delete: focus goes to the question, Tab reaches "Yes, delete it" and Cancel; Cancel returns focus to Delete', async () => {
    const el = await journal();
    await write(el, 'A walk by the river.', 'Tea with a friend.');
    await press(cardButton(card(el, 'A walk by the river.'), 'Delete')!);
    await focusLandsOn(el, (a) => !!a?.classList.contains('confirm-question'), 'the question');
    expect(focused(el)!.textContent).to.equal('Delete this entry? This cannot be undone.');
    expect(card(el, 'A walk by the river.').contains(focused(el)), 'in the card that asked').to.equal(true);
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Tab' });
    expect(focused(el)?.textContent!.trim()).to.equal('Yes, delete it');
    await sendKeys({ press: 'Tab' });
    expect(focused(el)?.textContent!.trim()).to.equal('Cancel');
    await sendKeys({ press: 'Enter' });
    await focusLandsOn(el, (a) => !!a && a === cardButton(card(el, 'A walk by the river.'), 'Delete'), 'Delete again');
    expect(el.savedEntries).to.have.length(2);
    await expect(el).to.be.accessible();
  });

  it('a confirmed delete moves focus to the next card\'s first action, the one before at the end, then "Past entries"', async () => {
    const el = await journal();
    await write(el, 'One.', 'Two.', 'Three.'); // shown newest first: Three, Two, One
    const confirmDelete = async (text: string) => {
      await press(cardButton(card(el, text), 'Delete')!);
      await focusLandsOn(el, (a) => !!a?.classList.contains('confirm-question'), `the question for ${text}`);
      await press(button(el, 'Yes, delete it'));
      await until(() => !card(el, text), 3000, `${text} deleted`);
    };
    await confirmDelete('Two.');
    await focusLandsOn(el, (a) => !!a && a === cardButton(card(el, 'One.'), 'Edit'), "the next card's Edit");
    await expect(el).to.be.accessible();
    await confirmDelete('One.');
    await focusLandsOn(el, (a) => !!a && a === cardButton(card(el, 'Three.'), 'Edit'), 'the card before, now the last');
    await confirmDelete('Three.');
    await focusLandsOn(el, (a) => a?.id === 'history-title', '"Past entries"');
    expect(focused(el)!.textContent).to.equal('Past entries');
    await expect(el).to.be.accessible();
  });

  it('"Delete everything": focus to its question; Cancel back to the button; confirmed, to the empty textarea', async () => {
    const el = await journal();
    await write(el, 'Something good happened.');
    await press(inShadow(el, '[part="manage-button"]'));
    await el.updateComplete;
    await press(button(el, 'Delete everything'));
    await focusLandsOn(el, (a) => !!a?.classList.contains('confirm-question'), 'the question');
    expect(focused(el)!.textContent).to.equal(inShadow(el, '#manage-region .confirm p').textContent);
    await expect(el).to.be.accessible();
    await press(button(el, 'Cancel'));
    await focusLandsOn(el, (a) => a?.textContent!.trim() === 'Delete everything', '"Delete everything" again');
    await press(button(el, 'Delete everything'));
    await focusLandsOn(el, (a) => !!a?.classList.contains('confirm-question'), 'the question again');
    await press(button(el, 'Yes, delete everything'));
    await focusLandsOn(el, (a) => a?.id === 'text', 'the textarea');
    expect(el.savedEntries).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it("Edit focuses the edit textarea; Cancel and Save return focus to that entry's Edit", async () => {
    const el = await journal();
    await write(el, 'First.', 'Second.');
    await press(cardButton(card(el, 'First.'), 'Edit')!);
    await focusLandsOn(el, (a) => a?.id === 'edit-text', 'the edit textarea');
    expect((focused(el) as HTMLTextAreaElement).value).to.equal('First.');
    await expect(el).to.be.accessible();
    await press(button(el, 'Cancel'));
    await focusLandsOn(el, (a) => !!a && a === cardButton(card(el, 'First.'), 'Edit'), 'Edit after Cancel');
    await press(cardButton(card(el, 'First.'), 'Edit')!);
    await focusLandsOn(el, (a) => a?.id === 'edit-text', 'the edit textarea again');
    const editText = focused(el) as HTMLTextAreaElement;
    editText.value = 'First. Edited.';
    editText.dispatchEvent(new Event('input'));
    await press(button(el, 'Save changes'));
    await focusLandsOn(el, (a) => !!a && a === cardButton(card(el, 'First. Edited.'), 'Edit'), 'Edit after Save');
    await expect(el).to.be.accessible();
  });
});
