import { css } from 'lit';

export const crisisResourcesStyles = css`
  .base {
    border: 1px solid var(--hearth-crisis-border-color, var(--_hearth-border));
    border-radius: var(--hearth-crisis-radius, var(--_hearth-radius));
    background: var(--hearth-crisis-bg, var(--_hearth-surface));
    padding: var(--_hearth-space);
  }
  .heading {
    margin: 0 0 0.5em;
    font-size: 1.125em;
    line-height: 1.3;
  }
  .emergency {
    margin: 0 0 0.75em;
    font-weight: 600;
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.75em;
  }
  li {
    display: grid;
    gap: 0.25em;
  }
  .name {
    font-weight: 600;
  }
  .meta {
    color: var(--_hearth-muted);
    font-size: 0.9375em;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1em;
  }
  .actions a,
  .emergency a {
    display: inline-block;
    min-block-size: 24px;
    padding-block: 0.125em;
  }
  /* The compact variant: one short paragraph, for the footers of other widgets. */
  :host([compact]) .base {
    border: 0;
    background: transparent;
    padding: 0;
    font-size: 0.9375em;
  }
  .compact {
    margin: 0;
  }
  .compact .lead {
    font-weight: 600;
  }
  .sep {
    color: var(--_hearth-muted);
    padding-inline: 0.25em;
  }
`;
