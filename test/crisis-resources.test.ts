import '../packages/elements/src/all.js';

import { expect, fixture, html } from '@open-wc/testing';

import type { HearthCrisisResources } from '../packages/elements/src/crisis-resources/crisis-resources.js';
import { captureConsole } from './helpers/console-capture.js';
import { inShadow, shadow, shadowText, until } from './helpers/shadow.js';

function links(el: Element): string[] {
  return [...shadow(el).querySelectorAll('a')].map((a) => a.getAttribute('href') ?? '');
}

describe('<hearth-crisis-resources>', () => {
  // First in the file: the note is said once per page, and every later test without a region would have said it.
  it('without preview, a missing region is said once in the console (once per page, however many footers), never on the page', async () => {
    const capture = captureConsole();
    try {
      await fixture(html`<div>
        <hearth-crisis-resources></hearth-crisis-resources><hearth-crisis-resources compact></hearth-crisis-resources>
        <hearth-coping-card strategy="box-breathing"></hearth-coping-card>
      </div>`);
      const notes = capture.warnings.filter((w) => w.includes('has no region'));
      expect(notes).to.have.length(1);
      expect(notes[0]).to.contain('<hearth-crisis-resources>').and.to.contain('region="US"');
      expect(capture.errors).to.deep.equal([]);
    } finally {
      capture.restore();
    }
  });

  it('with no region shows only the universal emergency note', async () => {
    const el = await fixture<HearthCrisisResources>(html`<hearth-crisis-resources></hearth-crisis-resources>`);
    expect(shadowText(el)).to.contain('If you or someone else is in immediate danger, call your local emergency number.');
    expect(shadow(el).querySelectorAll('li')).to.have.length(0);
    expect(links(el)).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('shows the emergency number first, then the region lines with digits-only tel: and sms: links', async () => {
    const el = await fixture<HearthCrisisResources>(html`<hearth-crisis-resources region="AU"></hearth-crisis-resources>`);
    const hrefs = links(el);
    expect(hrefs[0]).to.equal('tel:000');
    expect(hrefs).to.include('tel:131114');
    expect(hrefs).to.include('sms:0477131114');
    expect(hrefs).to.include('https://www.lifeline.org.au/');
    const emergency = inShadow(el, '[part="emergency"]');
    const list = inShadow(el, '[part="list"]');
    expect(emergency.compareDocumentPosition(list) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.greaterThan(0);
    await expect(el).to.be.accessible();
  });

  it('opens external websites safely', async () => {
    const el = await fixture<HearthCrisisResources>(html`<hearth-crisis-resources region="US"></hearth-crisis-resources>`);
    const site = inShadow<HTMLAnchorElement>(el, 'a[href^="https:"]');
    expect(site.rel).to.equal('noopener noreferrer');
    expect(site.target).to.equal('_blank');
    expect(site.textContent).to.contain('opens in a new tab');
  });

  it('lists every built-in region from the shared data with its lines', async () => {
    for (const [region, lines] of Object.entries({
      US: ['us-988'],
      CA: ['ca-988'],
      GB: ['gb-samaritans', 'gb-shout'],
      IE: ['ie-samaritans'],
      NZ: ['nz-1737'],
    })) {
      const el = await fixture<HearthCrisisResources>(html`<hearth-crisis-resources region=${region}></hearth-crisis-resources>`);
      const shown = [...shadow(el).querySelectorAll('li')].map((li) => li.dataset.line);
      expect(shown, region).to.deep.equal(lines);
    }
  });

  it('accepts a lower-case region and takes the region from the provider when it has none', async () => {
    const wrapper = await fixture(html`<hearth-provider region="gb"><hearth-crisis-resources></hearth-crisis-resources></hearth-provider>`);
    const el = wrapper.querySelector('hearth-crisis-resources')!;
    await el.updateComplete;
    expect(links(el)[0]).to.equal('tel:999');
    el.region = 'us';
    await el.updateComplete;
    expect(links(el)[0]).to.equal('tel:911');
  });

  it('a bad region shows an inline error naming the field, logs one console.error, and still shows the universal note', async () => {
    const capture = captureConsole();
    try {
      const el = await fixture<HearthCrisisResources>(html`<hearth-crisis-resources region="Narnia"></hearth-crisis-resources>`);
      const alert = inShadow(el, '[role="alert"]');
      expect(alert.textContent).to.contain('region');
      expect(shadowText(el)).to.contain('call your local emergency number');
      expect(capture.errors).to.have.length(1);
      expect(capture.errors[0]).to.contain('<hearth-crisis-resources> region:');
      await expect(el).to.be.accessible();
    } finally {
      capture.restore();
    }
  });

  it('a region without built-in lines warns once and shows the universal note', async () => {
    const capture = captureConsole();
    try {
      const el = await fixture<HearthCrisisResources>(html`<hearth-crisis-resources region="DE"></hearth-crisis-resources>`);
      expect(shadowText(el)).to.contain('call your local emergency number');
      expect(capture.warnings.filter((w) => w.includes('region DE'))).to.have.length(1);
      expect(capture.errors).to.deep.equal([]);
    } finally {
      capture.restore();
    }
  });

  it('practice lines extend the built-in ones, first, and a line with a built-in id takes its place', async () => {
    const wrapper = await fixture(html`<hearth-provider region="US"><hearth-crisis-resources></hearth-crisis-resources></hearth-provider>`);
    const provider = wrapper as HTMLElementTagNameMap['hearth-provider'];
    provider.config = { crisis: { lines: [{ id: 'willow-oncall', name: 'Willow on-call line', phone: '+1 (555) 010-2000', hours: 'Evenings' }] } };
    const el = wrapper.querySelector('hearth-crisis-resources')!;
    await provider.updateComplete;
    await el.updateComplete;
    expect([...shadow(el).querySelectorAll('li')].map((li) => li.dataset.line)).to.deep.equal(['willow-oncall', 'us-988']);
    expect(links(el)).to.include('tel:+15550102000');
    provider.config = { crisis: { lines: [{ id: 'us-988', name: '988 (our note: call or text)', phone: '988' }] } };
    await provider.updateComplete;
    await el.updateComplete;
    expect(shadow(el).querySelectorAll('li')).to.have.length(1);
    expect(shadowText(el)).to.contain('our note');
  });

  it('practice lines can replace the built-in ones; the emergency number stays first', async () => {
    const wrapper = await fixture(html`<hearth-provider region="GB"><hearth-crisis-resources></hearth-crisis-resources></hearth-provider>`);
    const provider = wrapper as HTMLElementTagNameMap['hearth-provider'];
    provider.config = { crisis: { replace: true, lines: [{ id: 'ours', name: 'Our line', sms: '60000' }] } };
    const el = wrapper.querySelector('hearth-crisis-resources')!;
    await provider.updateComplete;
    await el.updateComplete;
    expect(links(el)).to.deep.equal(['tel:999', 'sms:60000']);
  });

  it('shows paired lines both or neither', async () => {
    const capture = captureConsole();
    try {
      const wrapper = await fixture(html`<hearth-provider><hearth-crisis-resources></hearth-crisis-resources></hearth-provider>`);
      const provider = wrapper as HTMLElementTagNameMap['hearth-provider'];
      provider.config = {
        crisis: {
          lines: [
            { id: 'adult', name: 'Adult line', phone: '100', pairedWith: 'youth' },
            { id: 'youth', name: 'Youth line', phone: '200', pairedWith: 'adult' },
            { id: 'orphan', name: 'Orphan line', phone: '300', pairedWith: 'missing' },
          ],
        },
      };
      const el = wrapper.querySelector('hearth-crisis-resources')!;
      await provider.updateComplete;
      await el.updateComplete;
      expect([...shadow(el).querySelectorAll('li')].map((li) => li.dataset.line)).to.deep.equal(['adult', 'youth']);
      expect(capture.warnings.some((w) => w.includes('orphan'))).to.equal(true);
    } finally {
      capture.restore();
    }
  });

  it('compact is one short paragraph with the same links', async () => {
    const el = await fixture<HearthCrisisResources>(html`<hearth-crisis-resources region="GB" compact></hearth-crisis-resources>`);
    expect(shadow(el).querySelectorAll('p')).to.have.length(1);
    expect(shadow(el).querySelector('section')).to.equal(null);
    expect(links(el)).to.include.members(['tel:999', 'tel:116123', 'sms:85258']);
    expect(shadowText(el)).to.contain('Need help now?');
    await expect(el).to.be.accessible();
  });

  it('heading-level sets the heading level; a bad one is reported', async () => {
    const el = await fixture<HearthCrisisResources>(html`<hearth-crisis-resources heading-level="3"></hearth-crisis-resources>`);
    expect(inShadow(el, '[role="heading"]').getAttribute('aria-level')).to.equal('3');
    const capture = captureConsole();
    try {
      el.headingLevel = 9;
      await el.updateComplete;
      expect(capture.errors[0]).to.contain('heading-level');
      expect(inShadow(el, '[role="heading"]').getAttribute('aria-level')).to.equal('2');
    } finally {
      capture.restore();
    }
  });

  it('renders in Spanish and Arabic (right to left)', async () => {
    const es = await fixture<HearthCrisisResources>(html`<hearth-crisis-resources lang="es" region="US"></hearth-crisis-resources>`);
    expect(shadowText(es)).to.contain('Si necesitas ayuda ahora');
    expect(shadowText(es)).to.contain('Llamar al 988');
    const ar = await fixture<HearthCrisisResources>(html`<hearth-crisis-resources lang="ar" region="GB"></hearth-crisis-resources>`);
    const base = inShadow(ar, '[part="base"]');
    expect(base.getAttribute('dir')).to.equal('rtl');
    expect(getComputedStyle(base).direction).to.equal('rtl');
    expect(shadowText(ar)).to.contain('إذا كنت بحاجة إلى المساعدة الآن');
    // Numbers stay left to right inside Arabic text ("116 123", not "123 116").
    const call = inShadow(ar, 'a[href="tel:116123"]');
    expect(call.querySelector('bdi')!.getAttribute('dir')).to.equal('ltr');
    expect(call.querySelector('bdi')!.textContent).to.equal('116 123');
    await expect(ar).to.be.accessible();
  });

  describe('easy to reach (issue 15)', () => {
    /** Every link of the element, with its size. */
    function linkBoxes(el: Element) {
      return [...shadow(el).querySelectorAll('a')].map((a) => {
        const box = a.getBoundingClientRect();
        return { text: a.textContent!.replace(/\s+/g, ' ').trim(), width: box.width, height: box.height };
      });
    }

    it('every link, full and compact, is at least 24×24 px (WCAG 2.2 §2.5.8)', async () => {
      for (const variant of [
        html`<hearth-crisis-resources region="US"></hearth-crisis-resources>`,
        html`<hearth-crisis-resources region="GB" compact></hearth-crisis-resources>`,
      ]) {
        const el = await fixture<HearthCrisisResources>(variant);
        const small = linkBoxes(el).filter((box) => box.width < 24 || box.height < 24);
        expect(small, el.compact ? 'compact' : 'full').to.deep.equal([]);
        expect(linkBoxes(el).length).to.be.greaterThan(2);
        await expect(el).to.be.accessible();
      }
    });

    it('a phone number never wraps, even in a narrow column, and reads left to right', async () => {
      const wrapper = await fixture(html`<div class="narrow"><hearth-crisis-resources region="AU" lang="ar"></hearth-crisis-resources></div>`);
      (wrapper as HTMLElement).style.setProperty('inline-size', '120px');
      const el = wrapper.querySelector('hearth-crisis-resources')!;
      await el.updateComplete;
      const numbers = [...shadow(el).querySelectorAll<HTMLElement>('a[href^="tel:"] bdi, a[href^="sms:"] bdi')];
      expect(numbers.map((n) => n.textContent)).to.deep.equal(['000', '13 11 14', '0477 13 11 14']);
      for (const number of numbers) {
        expect(number.getAttribute('dir')).to.equal('ltr');
        const range = document.createRange();
        range.selectNodeContents(number);
        const lines = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
        expect(lines.size, `${number.textContent} stays on one line`).to.equal(1);
        // Left to right inside Arabic text: the first digits are on the left.
        const text = [...number.childNodes].find((node): node is Text => node instanceof Text && node.data.trim() !== '')!;
        const first = document.createRange();
        first.setStart(text, 0);
        first.setEnd(text, 2);
        const last = document.createRange();
        last.setStart(text, text.data.length - 2);
        last.setEnd(text, text.data.length);
        if (text.data.length > 3) expect(first.getBoundingClientRect().left, number.textContent!).to.be.lessThan(last.getBoundingClientRect().left);
      }
    });

    it('in Arabic, an English line name keeps its number in front ("988 Suicide & Crisis Lifeline")', async () => {
      const el = await fixture<HearthCrisisResources>(html`<hearth-crisis-resources lang="ar" region="US"></hearth-crisis-resources>`);
      const name = inShadow(el, '[data-line="us-988"] .name');
      expect(getComputedStyle(name).direction, 'the name box runs with the page').to.equal('rtl');
      const text = [...name.querySelector('bdi')!.childNodes].find((node): node is Text => node instanceof Text && node.data.trim() !== '')!;
      expect(text.data).to.equal('988 Suicide & Crisis Lifeline');
      const rect = (start: number, end: number) => {
        const range = document.createRange();
        range.setStart(text, start);
        range.setEnd(text, end);
        return range.getBoundingClientRect();
      };
      // Read left to right, as English is: "988" is left of "Suicide".
      expect(rect(0, 3).left).to.be.lessThan(rect(4, 11).left);
      await expect(el).to.be.accessible();
    });

    it('in Arabic, lists are joined in Arabic: no Latin commas, the languages with "و"', async () => {
      const full = await fixture<HearthCrisisResources>(html`<hearth-crisis-resources lang="ar" region="US"></hearth-crisis-resources>`);
      expect(inShadow(full, '[data-line="us-988"] .meta').textContent!.replace(/\s+/g, ' ')).to.contain('الإنجليزية والإسبانية');
      const compact = await fixture<HearthCrisisResources>(html`<hearth-crisis-resources lang="ar" region="GB" compact></hearth-crisis-resources>`);
      expect(shadowText(compact)).not.to.contain(',');
      expect(shadowText(compact)).to.contain('اتصل بالرقم 116 123');
      const ie = await fixture<HearthCrisisResources>(html`<hearth-crisis-resources lang="ar" region="IE"></hearth-crisis-resources>`);
      expect(shadowText(ie)).to.contain('يمكنك أيضًا الاتصال بالرقم 999');
      await expect(compact).to.be.accessible();
    });

    it('in an Arabic widget footer, the crisis lines are isolated and joined without Latin commas', async () => {
      const wrapper = await fixture(
        html`<hearth-provider region="GB" locale="ar"><hearth-coping-card strategy="box-breathing"></hearth-coping-card></hearth-provider>`,
      );
      const card = wrapper.querySelector('hearth-coping-card')!;
      await card.updateComplete;
      const footer = inShadow(card, 'hearth-crisis-resources') as HearthCrisisResources;
      await footer.updateComplete;
      await until(() => shadowText(footer).includes('هل تحتاج'), 3000, 'the Arabic footer');
      expect(shadowText(footer)).not.to.contain(',');
      const names = [...shadow(footer).querySelectorAll('.line .name bdi')].map((bdi) => bdi.textContent);
      expect(names).to.deep.equal(['Samaritans', 'Shout']);
      const small = linkBoxes(footer).filter((box) => box.width < 24 || box.height < 24);
      expect(small).to.deep.equal([]);
    });

    it('fallback content written inside the element (for before the script arrives) is replaced, not shown twice', async () => {
      const el = await fixture<HearthCrisisResources>(
        html`<hearth-crisis-resources region="US"><p>In an emergency, call <a href="tel:911">911</a>.</p></hearth-crisis-resources>`,
      );
      expect(el.querySelector('a')!.getClientRects().length, 'the fallback link is not rendered').to.equal(0);
      expect(shadow(el).querySelector('slot')).to.equal(null);
      expect(links(el)[0]).to.equal('tel:911');
      await expect(el).to.be.accessible();
    });
  });

  describe('a missing region, for the practice (preview)', () => {
    it('with preview and no region, a short note tells the practice; clients never see it', async () => {
      const capture = captureConsole();
      try {
        const wrapper = await fixture(
          html`<hearth-provider preview><hearth-crisis-resources></hearth-crisis-resources><hearth-crisis-resources compact></hearth-crisis-resources></hearth-provider>`,
        );
        for (const el of wrapper.querySelectorAll('hearth-crisis-resources')) {
          await el.updateComplete;
          expect(inShadow(el, '[part="practice-note"]').textContent).to.contain('no region is set');
          await expect(el).to.be.accessible();
        }
        const client = await fixture<HearthCrisisResources>(html`<hearth-crisis-resources></hearth-crisis-resources>`);
        expect(shadow(client).querySelector('[part="practice-note"]')).to.equal(null);
        const withRegion = await fixture(html`<hearth-provider preview region="US"><hearth-crisis-resources></hearth-crisis-resources></hearth-provider>`);
        const shown = withRegion.querySelector('hearth-crisis-resources')!;
        await shown.updateComplete;
        expect(shadow(shown).querySelector('[part="practice-note"]')).to.equal(null);
        expect(capture.errors).to.deep.equal([]);
      } finally {
        capture.restore();
      }
    });

    it('a practice that gives its own lines and no region gets no note: its clients see those lines', async () => {
      const wrapper = await fixture(html`<hearth-provider preview><hearth-crisis-resources></hearth-crisis-resources></hearth-provider>`);
      const provider = wrapper as HTMLElementTagNameMap['hearth-provider'];
      provider.config = { crisis: { lines: [{ id: 'ours', name: 'Our on-call line', phone: '555 0100' }] } };
      const el = wrapper.querySelector('hearth-crisis-resources')!;
      await provider.updateComplete;
      await until(() => shadowText(el).includes('Our on-call line'));
      expect(shadow(el).querySelector('[part="practice-note"]')).to.equal(null);
    });

    it('in Arabic, the note is in Arabic', async () => {
      const el = await fixture<HearthCrisisResources>(html`<hearth-crisis-resources preview lang="ar"></hearth-crisis-resources>`);
      expect(inShadow(el, '[part="practice-note"]').textContent).to.contain('لم تُحدَّد أي منطقة');
    });
  });

  describe('the regions of the languages Hearth speaks (issue 19)', () => {
    const footerLine = (el: Element, id: string) => inShadow(el, `[data-line="${id}"]`).textContent!.replace(/\s+/g, ' ');

    it('France, Spain, Mexico and Lebanon have their checked lines and emergency numbers', async () => {
      const expected = { FR: ['112', 'tel:3114'], ES: ['112', 'tel:024'], MX: ['911', 'tel:8009112000'], LB: ['112', 'tel:1564'] };
      for (const [region, [emergency, call]] of Object.entries(expected)) {
        const el = await fixture<HearthCrisisResources>(html`<hearth-crisis-resources region=${region}></hearth-crisis-resources>`);
        expect(inShadow(el, '[part="emergency"]').textContent, region).to.contain(emergency);
        expect(links(el), region).to.include(call);
      }
    });

    it('a service with a name of its own shows it in that language, and its English description otherwise', async () => {
      const fr = await fixture<HearthCrisisResources>(html`<hearth-crisis-resources region="FR" lang="fr"></hearth-crisis-resources>`);
      expect(footerLine(fr, 'fr-3114')).to.contain('3114 – Numéro national de prévention du suicide');
      const en = await fixture<HearthCrisisResources>(html`<hearth-crisis-resources region="FR" lang="en"></hearth-crisis-resources>`);
      expect(footerLine(en, 'fr-3114')).to.contain('National suicide prevention line');
      const es = await fixture<HearthCrisisResources>(html`<hearth-crisis-resources region="ES" lang="es"></hearth-crisis-resources>`);
      expect(footerLine(es, 'es-024')).to.contain('Línea de atención a la conducta suicida');
    });

    it('a line that answers in the client’s language (not English) says so in the footer, and lists it first', async () => {
      const es = await fixture<HearthCrisisResources>(html`<hearth-crisis-resources region="US" lang="es" compact></hearth-crisis-resources>`);
      expect(footerLine(es, 'us-988')).to.contain('(atiende en español)');
      const full = await fixture<HearthCrisisResources>(html`<hearth-crisis-resources region="US" lang="es"></hearth-crisis-resources>`);
      expect(footerLine(full, 'us-988')).to.match(/En español y inglés/i);
      const ar = await fixture<HearthCrisisResources>(html`<hearth-crisis-resources region="LB" lang="ar" compact></hearth-crisis-resources>`);
      expect(footerLine(ar, 'lb-embrace')).to.contain('يُجيب باللغة العربية');
      const fr = await fixture<HearthCrisisResources>(html`<hearth-crisis-resources region="LB" lang="fr" compact></hearth-crisis-resources>`);
      expect(footerLine(fr, 'lb-embrace')).to.contain('(répond en français)');
      const en = await fixture<HearthCrisisResources>(html`<hearth-crisis-resources region="US" compact></hearth-crisis-resources>`);
      expect(footerLine(en, 'us-988')).not.to.contain('answers in');
      const notSpoken = await fixture<HearthCrisisResources>(html`<hearth-crisis-resources region="GB" lang="es" compact></hearth-crisis-resources>`);
      expect(shadowText(notSpoken)).not.to.contain('atiende en');
      await expect(ar).to.be.accessible();
    });
  });
});
