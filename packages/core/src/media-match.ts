import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Whether a media query matches the page, kept up to date (the host renders again when it
 * changes), for a layout that must follow the screen's size.
 *
 * Why not `@media` in the shadow stylesheet: WebKit (WebKitGTK 2.50, so Safari and every iPhone
 * browser) shares one style resolver between shadow trees with the same styles and keeps it after
 * the last of them is gone, but a change of viewport re-evaluates the media queries of live trees
 * only. A widget created after the screen turned, while no other copy of it was on the page (a
 * page of a single-page app shown again), then keeps the layout of the old width for good.
 * `matchMedia` on the page is always current, in every engine.
 */
export class MediaMatch implements ReactiveController {
  /** Whether the query matches now (false where there is no `matchMedia`: server rendering). */
  matches = false;
  private list?: MediaQueryList;

  private readonly changed = (): void => {
    this.matches = this.list!.matches;
    this.host.requestUpdate();
  };

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly query: string,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (typeof matchMedia !== 'function') return;
    this.list ??= matchMedia(this.query);
    this.list.addEventListener('change', this.changed);
    // Put back on the page after the screen changed while it was away: render the new layout.
    if (this.list.matches !== this.matches) this.changed();
  }

  hostDisconnected(): void {
    this.list?.removeEventListener('change', this.changed);
  }
}
