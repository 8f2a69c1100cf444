/** The shadow root of a Hearth element (they all have one). */
export function shadow(el: Element): ShadowRoot {
  if (!el.shadowRoot) throw new Error(`<${el.localName}> has no shadow root`);
  return el.shadowRoot;
}

/** The visible text of an element's shadow content, whitespace collapsed. */
export function shadowText(el: Element): string {
  return (shadow(el).textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The first element matching `selector` in the shadow root; throws when there is none. */
export function inShadow<E extends Element = HTMLElement>(el: Element, selector: string): E {
  const found = shadow(el).querySelector<E>(selector);
  if (!found) throw new Error(`<${el.localName}> has no ${selector} in its shadow root`);
  return found;
}

/**
 * Waits until `check` is true, polling each animation frame, for at most `ms`: the way to wait in
 * a test (never a fixed sleep). `check` may be async (reading the test server's log, IndexedDB).
 */
export async function until(check: () => boolean | Promise<boolean>, ms = 3000, what = 'condition'): Promise<void> {
  const start = performance.now();
  while (!(await check())) {
    if (performance.now() - start > ms) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}

/** The button in the shadow root whose text is `name` (or matches it); throws, listing the buttons, when there is none. */
export function shadowButton(el: Element, name: string | RegExp): HTMLButtonElement {
  const buttons = [...shadow(el).querySelectorAll('button')];
  const found = buttons.find((b) => (typeof name === 'string' ? b.textContent!.trim() === name : name.test(b.textContent!)));
  if (!found) throw new Error(`no button ${name}: ${buttons.map((b) => b.textContent!.trim()).join(' | ')}`);
  return found;
}
