import '../packages/elements/src/all.js';

import { expect, fixture, html, oneEvent } from '@open-wc/testing';

import { DEFAULT_QUICK_EXIT_HREF, HearthQuickExit } from '../packages/elements/src/quick-exit/quick-exit.js';
import { sendKeys } from './helpers/commands.js';
import { captureConsole } from './helpers/console-capture.js';
import { inShadow } from './helpers/shadow.js';

/**
 * Leaving the page would end the test run, so this subclass records where it would go instead
 * of calling location.replace (the real navigation is a page test: test/e2e/quick-exit.e2e.mjs).
 */
class RecordingQuickExit extends HearthQuickExit {
  navigations: string[] = [];
  protected override navigate(href: string): void {
    this.navigations.push(href);
  }
}
RecordingQuickExit.define('recording-quick-exit');

function restore() {
  window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
}

describe('<hearth-quick-exit>', () => {
  afterEach(restore);

  it('is a visible button named "Quick exit", described for screen readers', async () => {
    const el = await fixture<HearthQuickExit>(html`<hearth-quick-exit></hearth-quick-exit>`);
    const button = inShadow<HTMLButtonElement>(el, 'button');
    expect(button.textContent!.trim()).to.equal('Quick exit');
    const hint = inShadow(el, `#${button.getAttribute('aria-describedby')}`);
    expect(hint.textContent).to.contain('Shift key three times');
    expect(button.getBoundingClientRect().height).to.be.at.least(44);
    expect(el.href).to.equal(DEFAULT_QUICK_EXIT_HREF);
    await expect(el).to.be.accessible();
  });

  it('clicking blanks the page at once, fires hearth-quick-exit, then replaces the location', async () => {
    const el = await fixture<RecordingQuickExit>(html`<recording-quick-exit href="/elsewhere"></recording-quick-exit>`);
    let displayWhenFired = '';
    window.addEventListener('hearth-quick-exit', () => (displayWhenFired = getComputedStyle(document.documentElement).display), { once: true });
    setTimeout(() => inShadow<HTMLButtonElement>(el, 'button').click());
    const event = await oneEvent(el, 'hearth-quick-exit');
    expect(event.detail).to.deep.equal({ href: `${location.origin}/elsewhere`, trigger: 'button' });
    expect(event.bubbles && event.composed).to.equal(true);
    expect(displayWhenFired).to.equal('none');
    expect(el.navigations).to.deep.equal([`${location.origin}/elsewhere`]);
  });

  it('shows the page again when it comes back (pageshow)', async () => {
    const el = await fixture<RecordingQuickExit>(html`<recording-quick-exit href="/elsewhere"></recording-quick-exit>`);
    document.documentElement.style.setProperty('display', 'block');
    el.exit();
    expect(getComputedStyle(document.documentElement).display).to.equal('none');
    window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
    expect(document.documentElement.style.getPropertyValue('display')).to.equal('block');
    document.documentElement.style.removeProperty('display');
  });

  it('Shift pressed three times exits; twice does not; Shift with a letter does not count', async () => {
    const el = await fixture<RecordingQuickExit>(html`<recording-quick-exit href="/elsewhere"></recording-quick-exit>`);
    await sendKeys({ press: 'Shift' });
    await sendKeys({ press: 'Shift' });
    expect(el.navigations).to.deep.equal([]);
    await sendKeys({ press: 'Shift+A' });
    await sendKeys({ press: 'Shift' });
    expect(el.navigations, 'a capital letter reset the count').to.deep.equal([]);
    await sendKeys({ press: 'Shift' });
    await sendKeys({ press: 'Shift' });
    expect(el.navigations).to.deep.equal([`${location.origin}/elsewhere`]);
  });

  it('no-shortcut leaves only the button', async () => {
    const el = await fixture<RecordingQuickExit>(html`<recording-quick-exit no-shortcut href="/elsewhere"></recording-quick-exit>`);
    for (let i = 0; i < 3; i++) await sendKeys({ press: 'Shift' });
    expect(el.navigations).to.deep.equal([]);
    expect(inShadow(el, '#hint').textContent).to.equal('');
  });

  it('tells every Hearth element on the page to lock (the signal they listen to)', async () => {
    const el = await fixture<RecordingQuickExit>(html`<recording-quick-exit href="/elsewhere"></recording-quick-exit>`);
    const seen: string[] = [];
    const listener = (event: CustomEvent) => seen.push(event.detail.trigger);
    window.addEventListener('hearth-quick-exit', listener);
    el.exit('method');
    window.removeEventListener('hearth-quick-exit', listener);
    expect(seen).to.deep.equal(['method']);
  });

  it('a javascript: href is refused with an inline error; the exit goes to the default', async () => {
    const capture = captureConsole();
    try {
      const el = await fixture<RecordingQuickExit>(html`<recording-quick-exit href="javascript:alert(1)"></recording-quick-exit>`);
      expect(inShadow(el, '[role="alert"]').textContent).to.contain('href');
      expect(capture.errors[0]).to.contain('href');
      el.exit();
      expect(el.navigations).to.deep.equal([DEFAULT_QUICK_EXIT_HREF]);
    } finally {
      capture.restore();
    }
  });

  it('speaks Spanish, French and Arabic', async () => {
    for (const [lang, label] of [
      ['es', 'Salida rápida'],
      ['fr', 'Sortie rapide'],
      ['ar', 'خروج سريع'],
    ]) {
      const el = await fixture<HearthQuickExit>(html`<hearth-quick-exit lang=${lang}></hearth-quick-exit>`);
      expect(inShadow(el, 'button').textContent!.trim()).to.equal(label);
    }
  });

  it('fallback content: the link written inside for before the script arrives is replaced by the button, which goes where the link went', async () => {
    const el = await fixture<RecordingQuickExit>(html`<recording-quick-exit><a href="/weather">Leave this page</a></recording-quick-exit>`);
    expect(el.querySelector('a')!.getClientRects().length, 'the fallback link is not shown').to.equal(0);
    const button = inShadow<HTMLButtonElement>(el, 'button');
    expect(button.getClientRects().length).to.equal(1);
    expect(el.destination).to.equal(`${location.origin}/weather`);
    button.click();
    expect(el.navigations).to.deep.equal([`${location.origin}/weather`]);
    await expect(el).to.be.accessible();
  });

  it('an href attribute wins over the fallback link; a fallback link that is not http(s) (mailto:, javascript:) is ignored', async () => {
    const both = await fixture<RecordingQuickExit>(html`<recording-quick-exit href="/elsewhere"><a href="/weather">Quick exit</a></recording-quick-exit>`);
    expect(both.destination).to.equal(`${location.origin}/elsewhere`);
    const unsafe = await fixture<RecordingQuickExit>(html`<recording-quick-exit><a href="mailto:help@example.org">Quick exit</a></recording-quick-exit>`);
    expect(unsafe.destination).to.equal(DEFAULT_QUICK_EXIT_HREF);
  });

  it('the button fills the width the page gives it (a full-width bar on a phone)', async () => {
    const el = await fixture<HearthQuickExit>(html`<hearth-quick-exit></hearth-quick-exit>`);
    el.style.setProperty('display', 'block');
    el.style.setProperty('inline-size', '300px');
    const button = inShadow<HTMLButtonElement>(el, 'button');
    expect(Math.round(button.getBoundingClientRect().width)).to.equal(300);
    expect(button.getBoundingClientRect().height).to.be.at.least(44);
  });
});
