import type { ReactiveControllerHost } from 'lit';

import type { EditMarks } from './sanitize-html.js';

/**
 * Renders `*Html` fields in a Lit template: `${this.html.render(strategy.bodyHtml)}`. The first
 * render of a string starts sanitizing (loading the sanitizer and DOMPurify on demand: content
 * without HTML never loads them) and shows nothing; when it
 * is done the host updates and gets a `<div class="html-content">` holding the sanitized nodes.
 * The same string always gives the same element, so re-renders do not rebuild it.
 */
export class SanitizedHtml {
  private readonly ready = new Map<string, HTMLElement>();
  private readonly pending = new Map<string, Promise<void>>();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly track: (promise: Promise<unknown>) => void = () => undefined,
  ) {}

  /**
   * `text` (optional) rewrites each text node after sanitizing: how `{name}` and `{practice}`
   * are filled in as text, never as markup. `textKey` names its current inputs for the cache.
   */
  render(html: string | undefined, text?: (value: string) => string, textKey = '', marks?: EditMarks): HTMLElement | undefined {
    if (!html) return undefined;
    const key = `${textKey}\u0000${marks ? JSON.stringify(marks) : ''}\u0000${html}`;
    const done = this.ready.get(key);
    if (done) return done;
    if (!this.pending.has(key)) {
      const work = import('./sanitize-html.js').then(async ({ sanitizeHtml, sayEdits }) => {
        const fragment = await sanitizeHtml(html);
        const container = document.createElement('div');
        container.className = 'html-content';
        container.append(fragment);
        if (text) {
          const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) node.nodeValue = text(node.nodeValue ?? '');
        }
        if (marks) sayEdits(container, marks);
        this.ready.set(key, container);
        this.pending.delete(key);
        this.host.requestUpdate();
      });
      this.pending.set(key, work);
      this.track(work);
    }
    return undefined;
  }
}
