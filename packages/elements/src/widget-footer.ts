import { css, html, nothing, type TemplateResult } from 'lit';

/**
 * The footer every widget shows by default: the "this complements, not replaces, your therapy"
 * note and the practice's crisis resources in their compact form. `no-disclaimer` and
 * `no-crisis-footer` on a widget turn each off (docs/crisis-resources.md says why not to).
 * The widget's define registers `<hearth-crisis-resources>`.
 */
export function renderWidgetFooter(options: { disclaimer: string; noDisclaimer: boolean; noCrisisFooter: boolean }): TemplateResult | typeof nothing {
  if (options.noDisclaimer && options.noCrisisFooter) return nothing;
  // A div, not <footer>: several widgets on a page must not each add a contentinfo landmark.
  return html`<div class="widget-footer" part="footer">
    ${options.noDisclaimer ? nothing : html`<p class="disclaimer" part="disclaimer">${options.disclaimer}</p>`}
    ${options.noCrisisFooter
      ? nothing
      : html`<hearth-crisis-resources compact exportparts="base: crisis-base, link: crisis-link"></hearth-crisis-resources>`}
  </div>`;
}

export const widgetFooterStyles = css`
  .widget-footer {
    margin-block-start: var(--_hearth-space);
    padding-block-start: calc(var(--_hearth-space) * 0.75);
    border-block-start: 1px solid var(--_hearth-border);
    display: grid;
    gap: 0.5em;
    font-size: 0.9375em;
  }
  .disclaimer {
    margin: 0;
    color: var(--_hearth-muted);
  }
`;
