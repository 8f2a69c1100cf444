/**
 * True when the page runs in a frame from another origin than the top page (a site builder's
 * "custom code" frame, an embed). There the browser keeps storage apart for that pairing of
 * sites (Chromium, Firefox and Safari all partition it, and Safari may clear it sooner), so what
 * an element saves is not what the same element saves on the practice's own pages. Reading the
 * top page's location throws across origins; a sandboxed frame counts as another origin.
 */
export function inCrossOriginFrame(): boolean {
  if (typeof window === 'undefined' || window.top === window.self) return false;
  try {
    return !window.top?.location.href;
  } catch {
    return true;
  }
}
