import { expect } from '@open-wc/testing';

import ourVectors from '../fixtures/xss/hearth-vectors.json';
import vectors from '../fixtures/xss/vectors.json';

/**
 * The shared XSS suite: the public corpus in test/fixtures/xss/ (sources and licences in its
 * SOURCES.md) and the checks every element's text and `*Html` fields must pass.
 */
export interface XssVector {
  id: string;
  source: string;
  payload: string;
}

/** The public corpus (test/fixtures/xss/vectors.json) and vectors we added for Hearth's own code paths. */
export const xssVectors = [...(vectors as XssVector[]), ...(ourVectors as XssVector[])];

/** Elements that must never appear in a shadow root from content. */
const FORBIDDEN = [
  'script',
  'iframe',
  'object',
  'embed',
  'style',
  'form',
  'input',
  'textarea',
  'select',
  'base',
  'meta',
  'link',
  'svg',
  'math',
  'template',
  'img',
  'video',
  'audio',
  'frame',
  'frameset',
  'applet',
];

/** Records calls to alert/confirm/prompt (what payloads call) while a check runs. */
export function trapDialogs(): { calls: string[]; restore(): void } {
  const original = { alert: window.alert, confirm: window.confirm, prompt: window.prompt };
  const calls: string[] = [];
  window.alert = (message?: unknown) => void calls.push(`alert(${String(message)})`);
  window.confirm = (message?: string) => (calls.push(`confirm(${message})`), false);
  window.prompt = (message?: string) => (calls.push(`prompt(${message})`), null);
  return {
    calls,
    restore() {
      Object.assign(window, original);
    },
  };
}

/**
 * Asserts that nothing from content became markup in `root`: no forbidden element beyond those
 * the element's own template has, no `on*` attribute, no `javascript:`/`data:`/`vbscript:` URL.
 */
export function expectNoInjection(root: ShadowRoot | Element, label: string, ownTags: Record<string, number> = {}): void {
  for (const tag of FORBIDDEN) {
    const count = root.querySelectorAll(tag).length;
    // The element's own controls may be there (at most as many as its template has); nothing more.
    expect(count, `${label}: <${tag}> in the shadow DOM`).to.be.at.most(ownTags[tag] ?? 0);
  }
  for (const el of root.querySelectorAll('*')) {
    for (const attribute of el.getAttributeNames()) {
      expect(attribute.startsWith('on'), `${label}: ${attribute} attribute on <${el.localName}>`).to.equal(false);
      if (['href', 'src', 'action', 'formaction', 'xlink:href'].includes(attribute)) {
        // Browsers ignore whitespace and control characters inside a URL scheme: so does this check.
        const value = [...(el.getAttribute(attribute) ?? '')]
          .filter((c) => c.charCodeAt(0) > 0x20)
          .join('')
          .toLowerCase();
        expect(/^(javascript|data|vbscript):/.test(value), `${label}: ${attribute}="${value.slice(0, 60)}"`).to.equal(false);
      }
    }
  }
}

/**
 * Waits for anything a payload might have scheduled (timers, image errors, animations). Must be a
 * wait: a payload that never runs sends no signal to wait for.
 */
export function settleScripts(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 30));
}

/** A way content reaches an element: a text field (shown as text) or an `*Html` field (sanitized). */
export interface XssChannel<E extends HTMLElement> {
  name: string;
  kind: 'text' | 'html';
  /** Puts each payload of a batch into the element (several lines, strings…) and waits for it to render. */
  feed(el: E, payloads: string[]): Promise<void>;
  /** How many payloads one render can take (default 1). */
  batch?: number;
  /** The longest payload this channel accepts (longer ones are cut: the field has a limit). */
  maxLength?: number;
  /** What the element keeps of a payload, when it tidies input (an own step is trimmed). */
  shownAs?(payload: string): string;
}

export interface XssSuiteOptions<E extends HTMLElement> {
  create(): Promise<E>;
  channels: XssChannel<E>[];
  /** Elements the element's own template renders (they are allowed to be there). */
  ownTags?: Record<string, number>;
}

/**
 * The shared XSS suite: every vector of the corpus through every channel. Asserts that no
 * dialog was called (the canary), and that nothing on the forbid list, no `on*` attribute and
 * no script URL reached the shadow DOM. Text channels must also show the payload as text.
 */
export function describeXssSuite<E extends HTMLElement>(label: string, options: XssSuiteOptions<E>): void {
  describe(`${label}: the XSS corpus`, () => {
    for (const channel of options.channels) {
      it(`${channel.kind} channel "${channel.name}": no vector runs or reaches the shadow DOM`, async function () {
        // Over a thousand renders: more than the default per-test time on a busy machine.
        this.timeout(120_000);
        const dialogs = trapDialogs();
        try {
          const el = await options.create();
          const size = channel.batch ?? 1;
          const payloads = xssVectors.map((v) => v.payload.slice(0, channel.maxLength ?? v.payload.length) || '-');
          for (let start = 0; start < payloads.length; start += size) {
            const batch = payloads.slice(start, start + size);
            await channel.feed(el, batch);
            expectNoInjection(el.shadowRoot!, `${channel.name} #${start}`, options.ownTags);
            if (channel.kind === 'text') {
              const shown = el.shadowRoot!.textContent ?? '';
              for (const payload of batch) {
                const expected = channel.shownAs ? channel.shownAs(payload) : payload;
                expect(shown.includes(expected), `${channel.name}: shown as text: ${payload.slice(0, 60)}`).to.equal(true);
              }
            }
          }
          await settleScripts();
          expect(dialogs.calls).to.deep.equal([]);
        } finally {
          dialogs.restore();
        }
      });
    }
  });
}
