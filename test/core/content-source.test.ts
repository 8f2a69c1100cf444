import { expect, fixture, html } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import { property } from 'lit/decorators.js';

import { type ConfigIssue, ContentSource, HearthElement, object, string } from '../../packages/core/src/index.js';
import { captureConsole } from '../helpers/console-capture.js';
import { shadow, until } from '../helpers/shadow.js';

interface Card {
  id: string;
  title: string;
}
const cardSchema = object<Card>({ id: string({ minLength: 1 }), title: string({ minLength: 1 }) });
const builtIns: Record<string, Card> = { calm: { id: 'calm', title: 'Built-in calm' } };
let builtinLoads = 0;

/** An element with all four content sources, as the widgets have. */
class ContentProbe extends HearthElement {
  @property({ attribute: false }) card?: Card;
  @property() src?: string;
  @property() template?: string;
  readonly content = new ContentSource<Card>(
    this,
    {
      name: 'card',
      schema: cardSchema,
      property: () => this.card,
      src: () => this.src,
      builtin: () =>
        this.template
          ? {
              id: this.template,
              load: async () => {
                builtinLoads++;
                const found = builtIns[this.template!];
                if (!found) throw new Error(`"${this.template}" is not a built-in card (known: calm)`);
                return found;
              },
            }
          : undefined,
    },
    (promise) => this.track(promise),
  );
  protected override configIssues(): ConfigIssue[] {
    return this.content.issues;
  }
  override render() {
    return litHtml`${this.renderConfigIssues()}<output>${this.content.status}:${this.content.origin ?? ''}:${this.content.value?.title ?? ''}</output>`;
  }
}
ContentProbe.define('content-probe');

const shown = (el: Element) => shadow(el).querySelector('output')!.textContent;
const alertText = (el: Element) => shadow(el).querySelector('[role="alert"]')!.textContent;

/**
 * Waits (polling each frame, at most 20 s) until the test server's last request for `path`
 * satisfies `check`. A cancelled body closes its connection promptly, but a busy machine (CI runs
 * three engines' worth of tests) can delay the server's 'close' by seconds.
 */
async function untilServerRecord(path: string, check: (entry: Record<string, unknown>) => boolean, what: string): Promise<void> {
  for (const start = performance.now(); performance.now() - start < 20_000; await new Promise(requestAnimationFrame)) {
    const log = (await (await fetch('/__hearth/log')).json()) as Record<string, unknown>[];
    const entry = log.filter((record) => record.path === path).at(-1);
    if (entry && check(entry)) return;
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe('ContentSource (one mechanism for all content)', () => {
  it('loads a built-in id on demand, only when nothing else is given', async () => {
    builtinLoads = 0;
    const el = await fixture<ContentProbe>(html`<content-probe template="calm"></content-probe>`);
    expect(shown(el)).to.equal('ready:builtin:Built-in calm');
    expect(builtinLoads).to.equal(1);
    el.card = { id: 'mine', title: 'Mine' };
    await el.updateComplete;
    expect(shown(el)).to.equal('ready:property:Mine');
    expect(builtinLoads).to.equal(1);
  });

  it('src wins over the built-in id; a failing src is an error, never a silent fallback', async () => {
    const capture = captureConsole();
    try {
      builtinLoads = 0;
      const el = await fixture<ContentProbe>(html`<content-probe template="calm" src="/__hearth/status/500"></content-probe>`);
      expect(shown(el)).to.equal('error:src:');
      expect(builtinLoads).to.equal(0);
      expect(shadow(el).querySelector('[role="alert"]')!.textContent).to.contain('HTTP 500');
      expect(capture.errors[0]).to.contain('<content-probe> src:');
    } finally {
      capture.restore();
    }
  });

  it('an unknown built-in id is an error naming the content', async () => {
    const capture = captureConsole();
    try {
      const el = await fixture<ContentProbe>(html`<content-probe template="nope"></content-probe>`);
      expect(shown(el)).to.equal('error:builtin:');
      expect(capture.errors[0]).to.contain('card: "nope" is not a built-in card');
    } finally {
      capture.restore();
    }
  });

  it('validates the JSON child against the format and names the path', async () => {
    const capture = captureConsole();
    try {
      const el = await fixture<ContentProbe>(html`<content-probe><script type="application/json">{ "id": "x", "title": 7 }</script></content-probe>`);
      expect(shown(el)).to.equal('error:child:');
      expect(capture.errors[0]).to.contain('card.title: expected text, got a number');
    } finally {
      capture.restore();
    }
  });

  it('a JSON child of 1 MB is read without trouble', async () => {
    const title = 'é'.repeat(1_000_000);
    const el = await fixture<ContentProbe>(html`<content-probe></content-probe>`);
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify({ id: 'big', title });
    el.append(script);
    await until(() => el.content.value?.title.length === 1_000_000, 3000, 'the JSON child read');
  });

  it('clearing every source empties the content', async () => {
    const el = await fixture<ContentProbe>(html`<content-probe template="calm"></content-probe>`);
    el.template = undefined;
    await el.updateComplete;
    expect(shown(el)).to.equal('empty::');
  });

  describe('src limits (issue 17): 1 MB, and 30 s for the whole read', () => {
    for (const [how, src] of [
      ['sent without a length', '/__hearth/content/huge.json'],
      ['that declares its length', '/__hearth/content/huge.json?declared'],
    ] as const) {
      it(`a 10 MB src ${how} is refused at 1 MB, while the server still has most of it to send`, async function () {
        this.timeout(30_000);
        await fetch('/__hearth/log/clear');
        const capture = captureConsole();
        try {
          // The server holds after 2 MB until the client leaves: a client that read it all would still be waiting.
          const el = await fixture<ContentProbe>(html`<content-probe src=${src}></content-probe>`);
          expect(shown(el)).to.equal('error:src:');
          expect(alertText(el)).to.contain(`"${src}" could not be loaded (larger than the 1 MB limit)`);
          expect(capture.errors[0]).to.contain('<content-probe> src:');
          await untilServerRecord('/__hearth/content/huge.json', (entry) => entry.clientLeft === true, 'the server to see the client leave');
        } finally {
          capture.restore();
        }
      });
    }

    it('a src that sends its headers and then trickles is stopped 30 s after the request, body included', async function () {
      this.timeout(60_000);
      await fetch('/__hearth/log/clear');
      const capture = captureConsole();
      try {
        // The server would go on for two minutes: only the element's own timer ends this load.
        const el = await fixture<ContentProbe>(html`<content-probe src="/__hearth/content/trickle.json"></content-probe>`);
        expect(shown(el)).to.equal('error:src:');
        expect(alertText(el)).to.contain('"/__hearth/content/trickle.json" could not be loaded (timed out after 30 s)');
        await untilServerRecord('/__hearth/content/trickle.json', (entry) => entry.clientLeft === true, 'the server to see the client leave');
      } finally {
        capture.restore();
      }
    });

    it('reads a streamed src as UTF-8, dropping a byte-order mark, with characters split across pieces', async () => {
      const el = await fixture<ContentProbe>(html`<content-probe src="/__hearth/content/bom.json"></content-probe>`);
      expect(shown(el)).to.equal('ready:src:Café 🌱 ناصر');
    });
  });
});
