import '../packages/elements/src/all.js';

import { expect, fixture, html } from '@open-wc/testing';

import { crisisLineData } from '../packages/elements/src/content/crisis-lines.js';
import { builtInRegions } from '../packages/elements/src/content/crisis-numbers.js';
import { crisisNumbers } from '../scripts/crisis-numbers.mjs';
import { setViewport } from './helpers/commands.js';
import { boxesOutsideViewport } from './helpers/reflow.js';
import { inShadow } from './helpers/shadow.js';

describe('built-in crisis lines data', () => {
  it('keeps its check date and a source for every line', () => {
    expect(crisisLineData.about).to.match(/Checked on \d{4}-\d{2}-\d{2}/);
    for (const [region, data] of Object.entries(crisisLineData.regions)) {
      expect(region).to.match(/^[A-Z]{2}$/);
      expect(data.emergency, region).to.match(/^\d+$/);
      for (const line of data.lines) {
        expect(line.sources.length, line.id).to.be.greaterThan(0);
        expect(line.phone || line.sms, line.id).to.be.a('string');
      }
    }
  });
});

describe('what the element shows of the crisis lines (crisis-numbers.json)', () => {
  it('is the checked list without its sources: run npm run crisis-lines after changing either', () => {
    expect(builtInRegions).to.deep.equal(crisisNumbers(crisisLineData));
    expect(JSON.stringify(builtInRegions)).not.to.contain('sources');
  });
});

describe('<hearth-crisis-resources> at 320 px (200% zoom of a 640 px window)', () => {
  after(() => setViewport({ width: 800, height: 600 }));

  it('fits without horizontal scrolling', async () => {
    await setViewport({ width: 320, height: 640 });
    for (const region of Object.keys(crisisLineData.regions)) {
      const el = await fixture(html`<hearth-crisis-resources region=${region}></hearth-crisis-resources>`);
      const base = inShadow(el, '[part="base"]');
      expect(base.scrollWidth, region).to.be.at.most(base.clientWidth + 1);
      expect(el.getBoundingClientRect().right, region).to.be.at.most(320);
    }
  });

  it('with large text (24 px), every region, full and compact, stays on screen', async () => {
    await setViewport({ width: 320, height: 640 });
    for (const region of Object.keys(crisisLineData.regions)) {
      for (const compact of [false, true]) {
        const el = await fixture(html`<hearth-crisis-resources region=${region} ?compact=${compact} style="font-size: 24px"></hearth-crisis-resources>`);
        expect(boxesOutsideViewport(el), `${region}${compact ? ' compact' : ''}`).to.deep.equal([]);
      }
    }
  });
});
