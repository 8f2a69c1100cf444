import { css } from 'lit';

export const copingCardStyles = css`
  .base {
    --_hearth-card-radius: var(--hearth-card-radius, var(--_hearth-radius));
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_hearth-space);
    padding: var(--_hearth-space);
    border: 1px solid var(--_hearth-border);
    border-radius: var(--_hearth-card-radius);
    background: var(--hearth-card-bg, var(--_hearth-surface));
    max-inline-size: 42em;
  }
  .card {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: calc(var(--_hearth-space) * 0.75);
  }
  header {
    display: grid;
    gap: 0.25em;
  }
  .title {
    font-size: 1.375em;
    font-weight: 700;
    line-height: 1.25;
  }
  .summary,
  .when,
  .approach,
  .label,
  .kept,
  .hidden-count,
  .outcome,
  .paused {
    margin: 0;
  }
  .summary {
    font-size: 1.0625em;
  }
  .label {
    font-weight: 700;
  }
  .approach,
  .kept,
  .hidden-count {
    color: var(--_hearth-muted);
    font-size: 0.9375em;
  }
  ol {
    margin: 0;
    padding-inline-start: 1.5em;
    display: grid;
    gap: 0.4em;
  }
  li.own {
    font-style: italic;
  }
  .link-button {
    min-block-size: 24px;
    margin-inline-start: 0.5em;
    padding: 0 0.4em;
    font-size: 0.875em;
  }
  .controls,
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .own-steps {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.25em;
  }
  .own-steps .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .own-steps input {
    flex: 1 1 8em;
  }
  .deck-nav {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5em;
  }
  .hidden-line {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5em;
    margin: 0;
    color: var(--_hearth-muted);
  }
  .hidden-list {
    display: grid;
    gap: 0.5em;
  }
  .html-content > :first-child {
    margin-block-start: 0;
  }
  .html-content > :last-child {
    margin-block-end: 0;
  }
`;
