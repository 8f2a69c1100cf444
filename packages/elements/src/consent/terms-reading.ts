import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** What the terms' reading needs from its consent. */
export interface ReadingHost extends ReactiveControllerHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
  /** How many sections the terms have (they are complete on screen once each is sanitized). */
  readonly sectionCount: number;
  /** The end of the terms was reached already. */
  readonly read: boolean;
  /** The client reached the end of the terms. */
  markRead(): void;
}

/**
 * The consent's terms as the client reads them, as a reactive controller: after each render it
 * gives each terms box a tab stop only while the box scrolls inside itself (again whenever a box
 * changes size), and, until the end of the terms is reached, watches for it — in the box when the
 * box scrolls, in the viewport when the terms flow in the page. Out of the page it lets go of its
 * observers; put back, it has the consent render again and watches anew.
 */
export class TermsReading implements ReactiveController {
  private sizes?: ResizeObserver;
  private endWatchers?: IntersectionObserver[];

  constructor(private readonly host: ReadingHost) {
    host.addController(this);
  }

  hostConnected(): void {
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.stopWatchingEnd();
    this.sizes?.disconnect();
    this.sizes = undefined;
  }

  hostUpdated(): void {
    const root = this.host.renderRoot;
    fitTabStops(root);
    // (Watching only what is on screen now: a closed review box is let go.)
    this.sizes ??= new ResizeObserver(() => fitTabStops(root));
    this.sizes.disconnect();
    for (const el of root.querySelectorAll('.terms, .terms > .section')) this.sizes.observe(el);
    const end = root.querySelector('#terms .terms-end');
    // Only once every section is on screen (sanitizing takes a moment): short terms would look read.
    const complete = root.querySelectorAll('#terms .html-content').length === this.host.sectionCount;
    if (end && complete && !this.host.read && !this.endWatchers) this.watchEnd(root.querySelector<HTMLElement>('#terms')!, end);
    if (!end) this.stopWatchingEnd();
  }

  /** Two watchers: the terms' own box (when it scrolls: wide screens) and the viewport (terms that flow in the page, or a box scrolled to its end in view). */
  private watchEnd(box: HTMLElement, end: Element): void {
    const reached = (entries: IntersectionObserverEntry[], inBox: boolean) => {
      if (inBox && getComputedStyle(box).overflowY === 'visible') return;
      if (!entries.some((entry) => entry.isIntersecting)) return;
      this.stopWatchingEnd();
      this.host.markRead();
    };
    this.endWatchers = [
      new IntersectionObserver((entries) => reached(entries, true), { root: box }),
      new IntersectionObserver((entries) => reached(entries, false)),
    ];
    for (const watcher of this.endWatchers) watcher.observe(end);
  }

  private stopWatchingEnd(): void {
    for (const watcher of this.endWatchers ?? []) watcher.disconnect();
    this.endWatchers = undefined;
  }

  /** True while it watches for the end of the terms. */
  get watchingEnd(): boolean {
    return !!this.endWatchers;
  }
}

/**
 * Each terms box is a tab stop only while it scrolls inside itself (a wide screen, terms longer
 * than the box): keyboard users need it to scroll. Terms that flow in the page (narrow screens) or
 * fit in their box get no tab stop and no focus ring around all the terms; require-scroll does not
 * need one either (moving focus on to the answers counts as having reached the end).
 */
function fitTabStops(root: ParentNode): void {
  for (const box of root.querySelectorAll<HTMLElement>('.terms')) {
    const scrolls = getComputedStyle(box).overflowY !== 'visible' && box.scrollHeight > box.clientHeight + 1;
    const wanted = scrolls ? 0 : -1;
    if (box.tabIndex !== wanted) box.tabIndex = wanted;
  }
}
