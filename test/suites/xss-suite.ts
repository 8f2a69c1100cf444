import { expect } from '@open-wc/testing';
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

export const xssVectors = vectors as XssVector[];

/** Elements that must never appear in a shadow root from content. */
const FORBIDDEN = ['script', 'iframe', 'object', 'embed', 'style', 'form', 'input', 'textarea', 'select', 'base', 'meta', 'link', 'svg', 'math', 'template', 'img', 'video', 'audio', 'frame', 'frameset', 'applet'];

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
    expect(count, `${label}: <${tag}> in the shadow DOM`).to.equal(ownTags[tag] ?? 0);
  }
  for (const el of root.querySelectorAll('*')) {
    for (const attribute of el.getAttributeNames()) {
      expect(attribute.startsWith('on'), `${label}: ${attribute} attribute on <${el.localName}>`).to.equal(false);
      if (['href', 'src', 'action', 'formaction', 'xlink:href'].includes(attribute)) {
        // Browsers ignore whitespace and control characters inside a URL scheme: so does this check.
        const value = [...(el.getAttribute(attribute) ?? '')].filter((c) => c.charCodeAt(0) > 0x20).join('').toLowerCase();
        expect(/^(javascript|data|vbscript):/.test(value), `${label}: ${attribute}="${value.slice(0, 60)}"`).to.equal(false);
      }
    }
  }
}

/** Waits for anything a payload might have scheduled (timers, image errors, animations). */
export function settleScripts(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 30));
}
