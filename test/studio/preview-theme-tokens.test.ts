import '../../packages/studio/src/preview/studio-preview.js';
import '../../packages/studio/src/preview/studio-theme-tokens.js';

import type { Strategy } from '@hearth/elements';
import { expect, fixture, html, oneEvent } from '@open-wc/testing';

import type { StudioPreview } from '../../packages/studio/src/preview/studio-preview.js';
import type { StudioThemeTokens } from '../../packages/studio/src/preview/studio-theme-tokens.js';
import { sendKeys } from '../helpers/commands.js';
import { inShadow, shadow, until } from '../helpers/shadow.js';

const strategy: Strategy = { id: 'walk', title: 'A short walk', summary: 'Ten minutes outside.', steps: ['Put on your shoes.'] };

/** Puts `css` in the field and presses "Use this CSS" (with `type`, by keyboard, as a clinician would). */
async function paste(el: StudioThemeTokens, css: string, type = false): Promise<void> {
  const field = inShadow<HTMLTextAreaElement>(el, '#css');
  field.focus();
  const button = [...shadow(el).querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Use this CSS')!;
  if (type) {
    // By keyboard: type it, Tab to "Use this CSS", press Enter.
    await sendKeys({ type: css });
    await sendKeys({ press: 'Tab' });
    await until(() => shadow(el).activeElement === button, 3000, 'focus on "Use this CSS"');
    await sendKeys({ press: 'Enter' });
  } else {
    field.value = css;
    field.dispatchEvent(new Event('input', { bubbles: true }));
    button.click();
  }
  await el.updateComplete;
}

function ignoredText(el: StudioThemeTokens): string[] {
  return [...shadow(el).querySelectorAll('.ignored li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
}

/** Every resource the page fetches while `work` runs (and a moment after: a late image load would show). */
async function resourcesDuring(work: () => Promise<void>): Promise<string[]> {
  const seen: string[] = [];
  const observer = new PerformanceObserver((list) => seen.push(...list.getEntries().map((entry) => entry.name)));
  observer.observe({ type: 'resource' });
  try {
    await work();
    await new Promise((resolve) => setTimeout(resolve, 300));
    seen.push(...observer.takeRecords().map((entry) => entry.name));
  } finally {
    observer.disconnect();
  }
  return seen;
}

describe('<studio-theme-tokens>', () => {
  it('fires studio-tokens-change with the tokens a paste gave, and lists them', async () => {
    const el = await fixture<StudioThemeTokens>(html`<studio-theme-tokens></studio-theme-tokens>`);
    const changed = oneEvent(el, 'studio-tokens-change');
    await paste(el, ':root { --hearth-color-accent: #35594a; --hearth-radius: 0.75em; }', true);
    const { detail } = await changed;
    expect(detail.tokens).to.deep.equal({ '--hearth-color-accent': '#35594a', '--hearth-radius': '0.75em' });
    expect(el.tokens).to.deep.equal(detail.tokens);
    expect(inShadow(el, '[role="status"]').textContent).to.include('2 tokens taken from the CSS.');
    const inUse = [...shadow(el).querySelectorAll('.in-use li')].map((li) => li.textContent!.trim());
    expect(inUse).to.deep.equal(['--hearth-color-accent: #35594a', '--hearth-radius: 0.75em']);
    // The accent's picker shows the colour now in use.
    expect(inShadow<HTMLInputElement>(el, '#pick-accent').value).to.equal('#35594a');
  });

  it('shows existing tokens given as the property, and a note for a colour the picker cannot show', async () => {
    const el = await fixture<StudioThemeTokens>(
      html`<studio-theme-tokens .tokens=${{ '--hearth-color-fg': '#222', '--hearth-color-bg': 'rgb(250 250 250)' }}></studio-theme-tokens>`,
    );
    expect(inShadow<HTMLInputElement>(el, '#pick-fg').value).to.equal('#222222');
    expect(inShadow(el, '#hint-bg').textContent).to.include('rgb(250 250 250)');
    expect(inShadow(el, '#pick-bg').getAttribute('aria-describedby')).to.equal('hint-bg');
  });

  it('sets a token from a colour picker', async () => {
    const el = await fixture<StudioThemeTokens>(html`<studio-theme-tokens .tokens=${{ '--hearth-radius': '1em' }}></studio-theme-tokens>`);
    const picker = inShadow<HTMLInputElement>(el, '#pick-accent');
    picker.value = '#8a2f5d';
    const changed = oneEvent(el, 'studio-tokens-change');
    picker.dispatchEvent(new Event('input', { bubbles: true }));
    expect((await changed).detail.tokens).to.deep.equal({ '--hearth-radius': '1em', '--hearth-color-accent': '#8a2f5d' });
  });

  it('removes every token on request', async () => {
    const el = await fixture<StudioThemeTokens>(html`<studio-theme-tokens .tokens=${{ '--hearth-radius': '1em' }}></studio-theme-tokens>`);
    const changed = oneEvent(el, 'studio-tokens-change');
    [...shadow(el).querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Remove all theme tokens')!.click();
    expect((await changed).detail.tokens).to.deep.equal({});
    await el.updateComplete;
    expect(shadow(el).querySelector('.none')!.textContent).to.include('No theme tokens');
  });

  it('refuses hostile CSS with reasons, makes no request, and never adds a stylesheet', async () => {
    const el = await fixture<StudioThemeTokens>(html`<studio-theme-tokens></studio-theme-tokens>`);
    const sheetsBefore = [document.styleSheets.length, shadow(el).adoptedStyleSheets.length, shadow(el).querySelectorAll('style').length];
    let fired = 0;
    el.addEventListener('studio-tokens-change', () => fired++);
    const hostile = [
      '@import url("/__studio-probe/import.css");',
      ':root { --hearth-color-bg: url(/__studio-probe/bg.png); }',
      '--hearth-card-bg: image-set("/__studio-probe/set.png" 1x);',
      '--hearth-color-fg: \\75 rl(/__studio-probe/escaped.png);',
      '--hearth-color-accent: red} body { background: url(/__studio-probe/smuggled.png) }',
      '--hearth-font: expression(alert(1));',
    ].join('\n');
    const requests = await resourcesDuring(() => paste(el, hostile));
    expect(requests.filter((name) => name.includes('__studio-probe'))).to.deep.equal([]);
    expect(fired, 'nothing was taken').to.equal(0);
    expect(el.tokens).to.deep.equal({});
    const listed = ignoredText(el);
    expect(listed.some((line) => line.includes('@import loads another stylesheet.'))).to.be.true;
    expect(listed.some((line) => line.includes('url(/__studio-probe/bg.png)') && line.includes('loads something from a web address'))).to.be.true;
    expect(listed.some((line) => line.includes('image-set') && line.includes('loads or draws an image'))).to.be.true;
    expect(listed.some((line) => line.includes('Backslash escapes'))).to.be.true;
    expect(listed.some((line) => line.includes('can break out of the declaration'))).to.be.true;
    expect(listed.some((line) => line.includes('expression() runs code.'))).to.be.true;
    expect(inShadow(el, '[role="status"]').textContent).to.include('No token taken from the CSS.');
    expect([document.styleSheets.length, shadow(el).adoptedStyleSheets.length, shadow(el).querySelectorAll('style').length]).to.deep.equal(sheetsBefore);
  });

  it('refuses a 1 MB paste whole', async () => {
    const el = await fixture<StudioThemeTokens>(html`<studio-theme-tokens></studio-theme-tokens>`);
    const huge = `--hearth-color-bg: url(/__studio-probe/huge.png); ${'--hearth-radius: 1em; '.repeat(50_000)}`;
    expect(huge.length).to.be.greaterThan(1_000_000);
    const requests = await resourcesDuring(() => paste(el, huge));
    expect(requests.filter((name) => name.includes('__studio-probe'))).to.deep.equal([]);
    expect(el.tokens).to.deep.equal({});
    const listed = ignoredText(el);
    expect(listed).to.have.length(1);
    expect(listed[0]).to.include('longer than 20000 characters');
  });

  it('notes text colours below 4.5:1', async () => {
    const el = await fixture<StudioThemeTokens>(html`<studio-theme-tokens></studio-theme-tokens>`);
    await paste(el, '--hearth-color-fg: #999999; --hearth-color-bg: #ffffff; --hearth-color-accent-fg: #ffffff; --hearth-color-accent: #1f4f7a');
    const notes = [...shadow(el).querySelectorAll('.contrast')].map((p) => p.textContent!);
    expect(notes).to.have.length(1);
    expect(notes[0]).to.include('--hearth-color-fg on --hearth-color-bg');
    expect(notes[0]).to.include('2.85:1');
  });

  it('is accessible, with its ignored list showing', async () => {
    const el = await fixture<StudioThemeTokens>(html`<studio-theme-tokens></studio-theme-tokens>`);
    await paste(el, 'color: red; --hearth-color-bg: url(x.png); --hearth-radius: 1em');
    await expect(el).to.be.accessible();
  });

  describe('with <studio-preview>', () => {
    it('applies tokens inside the real element, and removes them again', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div>
        <studio-theme-tokens></studio-theme-tokens>
        <studio-preview .kind=${'strategy'} .content=${strategy}></studio-preview>
      </div>`);
      const tokens = wrapper.querySelector('studio-theme-tokens')!;
      const preview = wrapper.querySelector<StudioPreview>('studio-preview')!;
      tokens.addEventListener('studio-tokens-change', (event) => (preview.tokens = event.detail.tokens));
      await preview.whenSettled();
      const start = () => inShadow(preview.shownElement!, '[part~="controls"] button.primary');
      const before = getComputedStyle(start()).backgroundColor;
      await paste(tokens, ':root { --hearth-color-accent: #8a2f5d; --hearth-radius: 0px }');
      await preview.updateComplete;
      expect(getComputedStyle(start()).backgroundColor).to.equal('rgb(138, 47, 93)');
      expect(before).not.to.equal('rgb(138, 47, 93)');
      // The frame behind the element (the practice's page) follows the background token too.
      await paste(tokens, '--hearth-color-bg: #fdf6e3');
      await preview.updateComplete;
      expect(getComputedStyle(inShadow(preview, '.frame')).backgroundColor).to.equal('rgb(253, 246, 227)');
      [...shadow(tokens).querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Remove all theme tokens')!.click();
      await preview.updateComplete;
      expect(getComputedStyle(start()).backgroundColor).to.equal(before);
    });

    it('sets only valid --hearth-* tokens given as its property', async () => {
      const requests = await resourcesDuring(async () => {
        const preview = await fixture<StudioPreview>(html`<studio-preview .kind=${'strategy'} .content=${strategy}></studio-preview>`);
        preview.tokens = {
          '--hearth-color-accent': '#8a2f5d',
          '--hearth-card-bg': 'url(/__studio-probe/property.png)',
          color: 'red',
          '--hearth-color-fg': 'red; background: url(/__studio-probe/semicolon.png)',
        };
        await preview.whenSettled();
        await until(() => !!preview.shownElement?.shadowRoot?.querySelector('.base'), 3000, 'the card');
        const frame = inShadow(preview, '.frame');
        expect(frame.style.getPropertyValue('--hearth-color-accent')).to.equal('#8a2f5d');
        expect(frame.style.getPropertyValue('--hearth-card-bg')).to.equal('');
        expect(frame.style.getPropertyValue('--hearth-color-fg')).to.equal('');
        expect(frame.style.color).to.equal('');
      });
      expect(requests.filter((name) => name.includes('__studio-probe'))).to.deep.equal([]);
    });

    it('would see a request if one were made (the probe works)', async () => {
      const requests = await resourcesDuring(async () => {
        const probe = document.createElement('div');
        probe.style.setProperty('background-image', 'url(/__hearth/config/practice.json?studio-probe=control)');
        probe.style.setProperty('inline-size', '10px');
        probe.style.setProperty('block-size', '10px');
        document.body.append(probe);
        await until(() => performance.getEntriesByType('resource').some((entry) => entry.name.includes('studio-probe=control')), 3000, 'the control image');
        probe.remove();
      });
      expect(requests.some((name) => name.includes('studio-probe=control'))).to.be.true;
    });
  });
});
