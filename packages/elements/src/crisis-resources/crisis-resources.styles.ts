import { css } from 'lit';

/*
 * Calm and clear: the emergency number first, then each line with its number big enough to tap.
 * Call and text links are at least 24×24 px everywhere (WCAG 2.2 §2.5.8) and 44 px tall on a
 * touch screen; a phone number never wraps and always reads left to right.
 */
export const crisisResourcesStyles = css`
  .base {
    max-inline-size: var(--_hearth-max-width, 45em);
    border: 1px solid var(--hearth-crisis-border-color, var(--_hearth-border));
    border-radius: var(--hearth-crisis-radius, var(--_hearth-radius));
    background: var(--hearth-crisis-bg, var(--_hearth-surface));
    padding: var(--_hearth-space, 1em);
    line-height: 1.5;
  }
  .heading {
    margin: 0 0 var(--_hearth-space-xs, 0.5em);
    font-size: var(--_hearth-text-l, 1.125em);
  }
  .emergency {
    margin: 0 0 var(--_hearth-space, 1em);
    font-weight: 600;
  }
  .also {
    display: block;
    font-weight: 400;
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
    padding-inline-start: 0;
    display: grid;
  }
  li {
    display: grid;
    gap: var(--_hearth-space-2xs, 0.25em);
    padding-block: var(--_hearth-space-s, 0.75em);
    border-block-start: 1px solid var(--hearth-crisis-border-color, var(--_hearth-border));
  }
  li:last-child {
    padding-block-end: 0;
  }
  .name {
    font-weight: 700;
  }
  .meta {
    color: var(--_hearth-muted);
    font-size: var(--_hearth-text-s, 0.875em);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_hearth-space-xs, 0.5em) var(--_hearth-space-s, 0.75em);
    margin-block-start: var(--_hearth-space-2xs, 0.25em);
  }
  /* A number is one unit: never broken across lines, always left to right. */
  .number {
    white-space: nowrap;
    unicode-bidi: isolate;
    font-variant-numeric: tabular-nums;
  }
  bdi {
    unicode-bidi: isolate;
  }
  .keep {
    white-space: nowrap;
  }
  a {
    display: inline-block;
    min-block-size: 24px;
    min-inline-size: 24px;
    padding-block: 0.125em;
    box-sizing: border-box;
    vertical-align: middle;
    text-underline-offset: 0.2em;
  }
  a:focus-visible {
    outline: var(--_hearth-focus-ring);
    outline-offset: 2px;
  }
  /* Call and text: what a client in a hard moment is looking for, shaped like a button. */
  a.call {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    flex-wrap: wrap;
    column-gap: 0.3em;
    min-block-size: 2.75em;
    padding: var(--_hearth-space-2xs, 0.25em) var(--_hearth-space-s, 0.75em);
    border: 2px solid var(--_hearth-accent);
    border-radius: var(--_hearth-radius);
    background: var(--_hearth-bg);
    color: var(--_hearth-accent);
    font-weight: 700;
    text-decoration: none;
  }
  a.call:hover {
    text-decoration: underline;
  }
  a.call .number {
    font-size: var(--_hearth-text-l, 1.125em);
  }
  .emergency a.call {
    margin-inline-start: var(--_hearth-space-2xs, 0.25em);
    border-color: var(--_hearth-danger);
    color: var(--_hearth-danger);
  }
  a.website {
    padding-block: var(--_hearth-space-2xs, 0.25em);
  }

  /* The compact variant: one short paragraph, for the footers of other widgets. */
  :host([compact]) .base {
    border: 0;
    background: transparent;
    padding: 0;
  }
  .compact {
    margin: 0;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_hearth-space-2xs, 0.25em) var(--_hearth-space-xs, 0.5em);
  }
  .compact .lead {
    font-weight: 700;
  }
  .compact .name {
    font-weight: 600;
  }
  /* The lead and the emergency number, then one row per line: name, then its links. */
  .compact .line {
    flex-basis: 100%;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_hearth-space-2xs, 0.25em) var(--_hearth-space-xs, 0.5em);
  }
  .compact .sep {
    display: none;
  }
  .compact a.call {
    min-block-size: 24px;
    padding: 0 var(--_hearth-space-xs, 0.5em);
    border-width: 1px;
    border-color: var(--_hearth-border);
    color: var(--_hearth-fg);
    font-weight: 600;
  }
  .compact a.call .number {
    font-size: 1em;
    color: var(--_hearth-accent);
  }
  .compact a.emergency-call .number {
    color: var(--_hearth-danger);
  }
  .sep {
    color: var(--_hearth-muted);
    padding-inline: var(--_hearth-space-2xs, 0.25em);
  }

  /* For the practice, in preview only: plainly not part of what clients see. */
  .practice-note {
    margin-block: var(--_hearth-space-xs, 0.5em) var(--_hearth-space, 1em);
    padding: var(--_hearth-space-xs, 0.5em) var(--_hearth-space-s, 0.75em);
    border: 1px dashed var(--_hearth-border);
    border-inline-start: 4px solid var(--_hearth-accent);
    background: var(--_hearth-bg);
    font-size: var(--_hearth-text-s, 0.875em);
  }
  .compact + .practice-note {
    margin-block-end: 0;
  }

  /* Touch screens: call and text links at least 44 px tall. */
  @media (pointer: coarse) {
    a.call,
    .compact a.call {
      min-block-size: 44px;
    }
  }
  @media (forced-colors: active) {
    a.call,
    .compact a.call {
      border-color: LinkText;
    }
  }
`;
