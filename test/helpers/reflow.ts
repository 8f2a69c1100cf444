/**
 * WCAG 1.4.10 Reflow: the boxes of `el` and of everything in its shadow trees that reach past the
 * viewport's width or before its start, as `selector left–right` lines (empty when all fit). A
 * box wholly before the start (a skip link waiting for focus) scrolls nothing and is not counted.
 */
export function boxesOutsideViewport(el: Element): string[] {
  const width = document.documentElement.clientWidth;
  const found: string[] = [];
  const check = (element: Element, path: string) => {
    const box = element.getBoundingClientRect();
    if (box.width > 0 && box.right > 0 && (box.right > width + 0.5 || box.left < -0.5)) {
      found.push(
        `${path}${element.localName}${element.className ? `.${String(element.className).trim().replace(/\s+/g, '.')}` : ''} ${box.left.toFixed(1)}–${box.right.toFixed(1)}`,
      );
    }
  };
  const walk = (root: ParentNode, path: string) => {
    for (const element of root.querySelectorAll('*')) {
      check(element, path);
      if (element.shadowRoot) walk(element.shadowRoot, `${path}${element.localName} >> `);
    }
  };
  check(el, '');
  if (el.shadowRoot) walk(el.shadowRoot, `${el.localName} >> `);
  return found;
}
