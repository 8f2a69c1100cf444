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
    ${
      options.noCrisisFooter
        ? nothing
        : html`<hearth-crisis-resources compact exportparts="base: crisis-base, link: crisis-link, call: crisis-call"></hearth-crisis-resources>`
    }
  </div>`;
}

/*
 * Quiet, but never hidden: the note in the muted colour, then the crisis lines, whose call and
 * text links keep their 24 px (44 px on touch) targets at the footer's smaller type.
 */
export const widgetFooterStyles = css`
  .widget-footer {
    margin-block-start: var(--_hearth-space-l, 1.5em);
    padding-block-start: var(--_hearth-space-s, 0.75em);
    border-block-start: 1px solid var(--_hearth-border);
    display: grid;
    gap: var(--_hearth-space-xs, 0.5em);
    font-size: var(--_hearth-text-s, 0.875em);
  }
  .disclaimer {
    margin: 0;
    color: var(--_hearth-muted);
  }
`;
