import { baseStyles, type ConfigIssue, HearthElement, type QuickExitDetail, urlProblem } from '@hearth/core';
import { html, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';

import { type BaseStrings, uiCatalog } from '../locales/ui-catalog.js';
import { quickExitStyles } from './quick-exit.styles.js';

/** Where quick exit goes when `href` is not set: a neutral search page. */
export const DEFAULT_QUICK_EXIT_HREF = 'https://www.google.com/';
const SHIFT_PRESSES = 3;
const SHIFT_WINDOW_MS = 5000;

interface BlankedPage {
  display: string;
  priority: string;
  title: string;
}

/** Page-wide, across copies of Hearth: the page is blanked once and restored once. */
const pageState = globalThis as unknown as { [key: symbol]: BlankedPage | undefined };
const BLANKED = Symbol.for('hearth-quick-exit-blanked');

/**
 * A quick way out of the page for a client who needs to hide what they are looking at: a
 * visible button, and the Shift key pressed three times within five seconds (the GOV.UK "exit
 * this page" pattern; Shift used with another key, as in typing a capital, does not count).
 *
 * It blanks the page at once, fires `hearth-quick-exit` so that every Hearth element locks and
 * clears sensitive views, then calls `location.replace(href)`. Coming back to the page (from the
 * back-forward cache) shows it again. It does not remove the page from the browser's history:
 * docs/quick-exit.md says what it can and cannot hide.
 *
 * Fallback content: a plain link written inside the element (`<a href="…">Quick exit</a>`) is
 * ordinary page content until the script arrives, so a client on a slow connection can leave at
 * once; when the element upgrades, its button replaces the link (the link is not shown again),
 * and without an `href` attribute the button goes where the link went.
 *
 * @tagname hearth-quick-exit
 * @summary A button (and Shift ×3) that leaves the page at once.
 *
 * @fires hearth-quick-exit - `{ href, trigger }` just before leaving; not cancelable.
 *
 * @csspart base - The wrapper.
 * @csspart button - The exit button.
 * @csspart error - The configuration error, when `href` is not an http(s) URL.
 *
 * @cssprop --hearth-quick-exit-bg - Button background (default: the danger colour).
 * @cssprop --hearth-quick-exit-fg - Button text colour.
 * @cssprop --hearth-quick-exit-radius - Button corner radius.
 */
export class HearthQuickExit extends HearthElement<BaseStrings> {
  /** @internal */
  static override localeCatalog = uiCatalog;
  static override styles = [...baseStyles, quickExitStyles];

  /** @internal */
  private shiftTimes: number[] = [];
  /** @internal */
  private shiftAlone = false;
  /** @internal */
  private issues: ConfigIssue[] = [];

  /** @internal */
  private readonly onKeyDown = (event: KeyboardEvent): void => {
    if (event.key === 'Shift') {
      if (!event.repeat) this.shiftAlone = true;
      return;
    }
    // Any other key (a capital letter typed with Shift included) resets the count.
    this.shiftAlone = false;
    this.shiftTimes = [];
  };

  /** @internal */
  private readonly onKeyUp = (event: KeyboardEvent): void => {
    if (event.key !== 'Shift' || this.noShortcut) return;
    if (!this.shiftAlone) return;
    this.shiftAlone = false;
    const now = performance.now();
    this.shiftTimes = [...this.shiftTimes.filter((time) => now - time < SHIFT_WINDOW_MS), now];
    if (this.shiftTimes.length >= SHIFT_PRESSES && !pageState[BLANKED]) this.exit('keyboard');
  };

  /** @internal */
  private readonly onPageShow = (): void => {
    this.shiftTimes = [];
    restorePage();
  };

  /** Where to go: an http(s) URL. Default: a neutral search page. */
  @property() href = DEFAULT_QUICK_EXIT_HREF;

  /** Turns off the Shift ×3 shortcut (the button stays). */
  @property({ type: Boolean, attribute: 'no-shortcut' }) noShortcut = false;

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('keydown', this.onKeyDown, true);
    document.addEventListener('keyup', this.onKeyUp, true);
    window.addEventListener('pageshow', this.onPageShow);
  }

  override disconnectedCallback(): void {
    document.removeEventListener('keydown', this.onKeyDown, true);
    document.removeEventListener('keyup', this.onKeyUp, true);
    window.removeEventListener('pageshow', this.onPageShow);
    super.disconnectedCallback();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const problem = this.href ? urlProblem(this.href) : 'must not be empty';
    this.issues = problem ? [{ path: 'href', message: problem }] : [];
  }

  protected override configIssues(): ConfigIssue[] {
    return this.issues;
  }

  /**
   * The last step of {@link exit}; a subclass may replace how the page is left. In a frame (a
   * site builder's custom-code frame), it leaves from the top page, which is what the client
   * sees: browsers allow that in the click or key press. Where the frame may not (a sandbox
   * without `allow-top-navigation-by-user-activation`), the frame itself leaves.
   */
  protected navigate(href: string): void {
    if (window.top && window.top !== window.self) {
      try {
        window.top.location.replace(href);
      } catch {
        // Not allowed to navigate the top page: leave the frame at least.
      }
    }
    location.replace(href);
  }

  /**
   * The destination in force: `href`; without an `href` attribute, the page's fallback link (the
   * `<a href>` written inside the element for before the script arrives); else the default. An
   * `href` that is not a valid http(s) URL goes to the default.
   */
  get destination(): string {
    if (this.issues.length || !this.href) return DEFAULT_QUICK_EXIT_HREF;
    if (!this.hasAttribute('href') && this.href === DEFAULT_QUICK_EXIT_HREF) {
      const fallback = this.querySelector<HTMLAnchorElement>('a[href]')?.href;
      if (fallback && !urlProblem(fallback)) return fallback;
    }
    return new URL(this.href, document.baseURI).href;
  }

  /** Leaves the page now, as the button does. */
  exit(trigger: QuickExitDetail['trigger'] = 'method'): void {
    const href = this.destination;
    blankPage();
    this.shiftTimes = [];
    this.emit('hearth-quick-exit', { href, trigger });
    this.navigate(href);
  }

  override render() {
    return html`<div class=${this.baseClass} part="base" lang=${this.i18n.shown} dir=${this.i18n.dir}>
      ${this.renderConfigIssues(this.issues)}
      <button type="button" part="button" aria-describedby="hint" @click=${() => this.exit('button')}>
        ${this.i18n.t('quickExit.label')}
      </button>
      <span id="hint" class="visually-hidden">${this.noShortcut ? '' : this.i18n.t('quickExit.hint')}</span>
    </div>`;
  }
}

/** Hides everything at once (through the CSSOM, which a strict CSP allows). */
function blankPage(): void {
  if (pageState[BLANKED]) return;
  const root = document.documentElement;
  pageState[BLANKED] = {
    display: root.style.getPropertyValue('display'),
    priority: root.style.getPropertyPriority('display'),
    title: document.title,
  };
  root.style.setProperty('display', 'none', 'important');
  document.title = '\u200b';
}

function restorePage(): void {
  const saved = pageState[BLANKED];
  if (!saved) return;
  pageState[BLANKED] = undefined;
  const root = document.documentElement;
  if (saved.display) root.style.setProperty('display', saved.display, saved.priority);
  else root.style.removeProperty('display');
  document.title = saved.title;
}
