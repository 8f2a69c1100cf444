import './fixtures/test-widget.js';

import { expect, fixture, html } from '@open-wc/testing';

import type { HearthTestWidget } from './fixtures/test-widget.js';
import { sendKeys } from './helpers/commands.js';
import { captureConsole } from './helpers/console-capture.js';
import { clearSentLog, sentLog } from './helpers/sent-log.js';
import { inShadow, until } from './helpers/shadow.js';
import { describeXssSuite } from './suites/xss-suite.js';

let n = 0;
const fresh = () => `widget-${Date.now()}-${++n}`;

describeXssSuite('<hearth-test-widget>', {
  create: async () => {
    const capture = captureConsole();
    const el = await fixture<HearthTestWidget>(html`<hearth-test-widget storage="none" store-key=${fresh()}></hearth-test-widget>`);
    capture.restore();
    return el;
  },
  ownTags: { textarea: 1 },
  channels: [
    {
      name: 'heading',
      kind: 'text',
      feed: async (el, [payload]) => {
        el.heading = payload;
        await el.updateComplete;
      },
    },
    {
      name: 'bodyHtml',
      kind: 'html',
      feed: async (el, [payload]) => {
        el.bodyHtml = payload;
        await el.updateComplete;
      },
    },
  ],
});

describe('<hearth-test-widget> (core services on a minimal element)', () => {
  it('autosaves as the client types and reads the draft back', async () => {
    const capture = captureConsole();
    try {
      const key = fresh();
      const el = await fixture<HearthTestWidget>(html`<hearth-test-widget store-key=${key}></hearth-test-widget>`);
      inShadow<HTMLTextAreaElement>(el, 'textarea').focus();
      await sendKeys({ type: 'Hello there' });
      await until(() => el.status === 'saved', 2000, 'the autosave');
      const again = await fixture<HearthTestWidget>(html`<hearth-test-widget store-key=${key}></hearth-test-widget>`);
      await again.loaded;
      expect(inShadow<HTMLTextAreaElement>(again, 'textarea').value).to.equal('Hello there');
      await expect(again).to.be.accessible();
    } finally {
      capture.restore();
    }
  });

  it('with no endpoint, the submit event is the delivery, and one warning says so at start-up', async () => {
    const capture = captureConsole();
    try {
      const el = await fixture<HearthTestWidget>(html`<hearth-test-widget storage="none" store-key=${fresh()}></hearth-test-widget>`);
      expect(capture.warnings.filter((w) => w.includes('has no endpoint'))).to.have.length(1);
      let detail: unknown;
      el.addEventListener('hearth-test-submit', (event) => (detail = event.detail));
      el.text = 'For my therapist';
      inShadow<HTMLButtonElement>(el, 'button').click();
      await until(() => el.delivered, 1000, 'delivery');
      expect(detail).to.deep.equal({ text: 'For my therapist' });
    } finally {
      capture.restore();
    }
  });

  it('a failing send shows the error and keeps the text; Retry sends it', async () => {
    await clearSentLog();
    const el = await fixture<HearthTestWidget>(
      html`<hearth-test-widget storage="none" store-key=${fresh()} endpoint="/__hearth/send/bad"></hearth-test-widget>`,
    );
    el.text = 'Keep me';
    await el.send();
    await el.updateComplete;
    expect(inShadow(el, '#send-state').textContent).to.contain('failed').and.to.contain('400');
    expect(inShadow<HTMLTextAreaElement>(el, 'textarea').value).to.equal('Keep me');
    await expect(el).to.be.accessible();
    await el.retry();
    const sent = await sentLog();
    expect(sent).to.have.length(2);
    expect(sent[0].key).to.equal(sent[1].key);
  });
});
