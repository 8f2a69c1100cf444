import type { ReactiveControllerHost } from 'lit';
import { sanitizeHtml } from './sanitize-html.js';

/**
 * Renders `*Html` fields in a Lit template: `${this.html.render(strategy.bodyHtml)}`. The first
 * render of a string starts sanitizing (loading DOMPurify on demand) and shows nothing; when it
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

  render(html: string | undefined): HTMLElement | undefined {
    if (!html) return undefined;
    const done = this.ready.get(html);
    if (done) return done;
    if (!this.pending.has(html)) {
      const work = sanitizeHtml(html).then((fragment) => {
        const container = document.createElement('div');
        container.className = 'html-content';
        container.append(fragment);
        this.ready.set(html, container);
        this.pending.delete(html);
        this.host.requestUpdate();
      });
      this.pending.set(html, work);
      this.track(work);
    }
    return undefined;
  }
}
