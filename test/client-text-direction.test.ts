/**
 * Text a client writes takes its own direction, whatever the page's language: Arabic or Hebrew
 * typed into an English widget runs right to left (and English in an Arabic one left to right),
 * where it is typed and where it is shown again (`dir="auto"`, W3C i18n's advice for user input).
 */
import '../packages/elements/src/all.js';

import { expect, fixture, html } from '@open-wc/testing';

import type { HearthConsent } from '../packages/elements/src/consent/consent.js';
import type { HearthCopingCard } from '../packages/elements/src/coping-card/coping-card.js';
import type { HearthFeedbackForm } from '../packages/elements/src/feedback-form/feedback-form.js';
import type { HearthJournalPrompt } from '../packages/elements/src/journal-prompt/journal-prompt.js';
import { EVERY_TYPE } from './fixtures/every-type-form.js';
import { sendKeys } from './helpers/commands.js';
import { inShadow, shadow, shadowButton, until } from './helpers/shadow.js';

const ARABIC = 'كان يومي طويلاً، لكن المشي ساعدني.';
const ENGLISH = 'A long day, but the walk helped.';
let n = 0;
const key = () => `direction-${Date.now()}-${++n}`;

/** Types `text` into a field as a client does (focus, then real key presses). */
async function typeInto(field: HTMLInputElement | HTMLTextAreaElement, text: string) {
  field.focus();
  field.select();
  await sendKeys({ type: text });
}

const direction = (element: Element) => (element.matches(':dir(rtl)') ? 'rtl' : 'ltr');

describe('text a client writes keeps its own direction', () => {
  it('journal: the writing area, a saved entry, the edit form and search, in an English and an Arabic journal', async () => {
    for (const [lang, own, other] of [
      ['en', ARABIC, 'rtl'],
      ['ar', ENGLISH, 'ltr'],
    ] as const) {
      const el = await fixture<HearthJournalPrompt>(html`<hearth-journal-prompt lang=${lang} prompt="P" store-key=${key()}></hearth-journal-prompt>`);
      await until(() => (el as unknown as { store?: unknown }).store !== undefined, 2000, 'storage');
      const area = inShadow<HTMLTextAreaElement>(el, 'textarea#text');
      expect(direction(area), `${lang}: empty`).to.equal(lang === 'ar' ? 'rtl' : 'ltr');
      await typeInto(area, own);
      expect(direction(area), `${lang}: typing`).to.equal(other);
      await el.saveEntry();
      await until(() => !!shadow(el).querySelector('.entry-text'), 2000, 'the entry');
      expect(direction(inShadow(el, '.entry-text')), `${lang}: the saved entry`).to.equal(other);
      await typeInto(inShadow<HTMLInputElement>(el, '#search'), own.slice(0, 6));
      expect(direction(inShadow(el, '#search')), `${lang}: search`).to.equal(other);
      shadowButton(el, lang === 'en' ? 'Edit' : 'تعديل').click();
      await until(() => !!shadow(el).querySelector('#edit-text'), 2000, 'the edit form');
      expect(direction(inShadow(el, '#edit-text')), `${lang}: editing`).to.equal(other);
    }
  });

  it('feedback form: a one-line and a longer text answer', async () => {
    const el = await fixture<HearthFeedbackForm>(html`<hearth-feedback-form storage="none" store-key=${key()}></hearth-feedback-form>`);
    el.definition = EVERY_TYPE;
    await el.updateComplete;
    const fields = [...shadow(el).querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('[part="text-field"]')];
    expect(fields.map((field) => field.localName)).to.include.members(['input', 'textarea']);
    for (const field of fields) {
      expect(direction(field)).to.equal('ltr');
      await typeInto(field, ARABIC);
      expect(direction(field), field.id).to.equal('rtl');
    }
  });

  it('the first letter decides, as dir="auto" would: digits first, Hebrew, mixed scripts; no letter keeps the widget\'s side', async () => {
    const el = await fixture<HearthFeedbackForm>(html`<hearth-feedback-form lang="ar" storage="none" store-key=${key()}></hearth-feedback-form>`);
    el.definition = EVERY_TYPE;
    await el.updateComplete;
    const field = shadow(el).querySelector<HTMLInputElement | HTMLTextAreaElement>('[part="text-field"]')!;
    for (const [text, expected] of [
      ['2024', 'rtl'], // no letter yet: the Arabic widget's own direction
      ['12 שלום', 'rtl'],
      ['Hello مرحبا', 'ltr'],
      ['مرحبا Hello', 'rtl'],
      ['😊 fine', 'ltr'],
    ] as const) {
      await typeInto(field, text);
      expect(direction(field), text).to.equal(expected);
    }
  });

  it('consent: the typed name', async () => {
    const el = await fixture<HearthConsent>(html`<hearth-consent template="confidentiality" storage="none"></hearth-consent>`);
    await until(() => !!shadow(el).querySelector('#signer-name'), 3000, 'the signature');
    const name = inShadow<HTMLInputElement>(el, '#signer-name');
    await typeInto(name, 'سارة أحمد');
    expect(direction(name)).to.equal('rtl');
  });

  it('coping card: a step of the client’s own, typed and then listed', async () => {
    const el = await fixture<HearthCopingCard>(html`<hearth-coping-card strategy="box-breathing" store-key=${key()}></hearth-coping-card>`);
    await until(() => !!shadow(el).querySelector('#own-step'), 3000, 'the own-step field');
    const input = inShadow<HTMLInputElement>(el, '#own-step');
    await typeInto(input, 'اتصل بأختي');
    expect(direction(input)).to.equal('rtl');
    inShadow<HTMLFormElement>(el, 'form.own-steps').requestSubmit();
    await until(() => !!shadow(el).querySelector('.own-text'), 2000, 'the own step');
    expect(direction(inShadow(el, '.own-text'))).to.equal('rtl');
  });
});
