import { css } from 'lit';

export const copingCardStyles = css`
  .base {
    --_hearth-card-radius: var(--hearth-card-radius, var(--_hearth-radius));
    display: grid;
    gap: var(--_hearth-space);
    padding: var(--_hearth-space);
    border: 1px solid var(--_hearth-border);
    border-radius: var(--_hearth-card-radius);
    background: var(--hearth-card-bg, var(--_hearth-surface));
    max-inline-size: 42em;
  }
  .card {
    display: grid;
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
  button {
    cursor: pointer;
    min-block-size: 44px;
    padding: 0.4em 1em;
    border: 1px solid var(--_hearth-border);
    border-radius: var(--_hearth-radius);
    background: var(--_hearth-bg);
    color: var(--_hearth-fg);
  }
  button.primary {
    background: var(--_hearth-accent);
    border-color: var(--_hearth-accent);
    color: var(--_hearth-accent-fg);
    font-weight: 700;
  }
  button[aria-pressed='true'] {
    border-color: var(--_hearth-accent);
    box-shadow: inset 0 0 0 2px var(--_hearth-accent);
  }
  button:disabled {
    cursor: default;
    opacity: 0.6;
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
  .guide {
    display: grid;
    gap: 0.75em;
    justify-items: center;
    padding: var(--_hearth-space);
    border-radius: var(--_hearth-radius);
    background: var(--_hearth-bg);
    text-align: center;
  }
  .guide p {
    margin: 0;
  }
  .step-now {
    font-size: 1.25em;
    max-inline-size: 30em;
  }
  .breath-stage {
    display: grid;
    place-items: center;
    inline-size: 12em;
    block-size: 12em;
  }
  .breath-stage.reduced {
    block-size: auto;
  }
  .breath-stage > * {
    grid-area: 1 / 1;
  }
  .breath {
    inline-size: 12em;
    block-size: 12em;
    border-radius: 50%;
    background: var(--hearth-breath-color, var(--_hearth-accent));
    opacity: 0.25;
    transform: scale(0.5);
    animation-duration: var(--_hearth-phase-ms, 4s);
    animation-timing-function: ease-in-out;
    animation-fill-mode: forwards;
  }
  .breath.phase-in {
    animation-name: breathe-in;
  }
  .breath.phase-hold {
    transform: scale(1);
  }
  .breath.phase-out {
    animation-name: breathe-out;
  }
  .breath.is-paused {
    animation-play-state: paused;
  }
  @keyframes breathe-in {
    from {
      transform: scale(0.5);
    }
    to {
      transform: scale(1);
    }
  }
  @keyframes breathe-out {
    from {
      transform: scale(1);
    }
    to {
      transform: scale(0.5);
    }
  }
  .phase-text {
    display: grid;
    gap: 0.25em;
  }
  .phase-name {
    font-size: 1.5em;
    font-weight: 700;
  }
  .countdown {
    font-size: 2em;
    font-variant-numeric: tabular-nums;
  }
  .time-left {
    font-size: 1.5em;
    font-weight: 700;
  }
  .check-in {
    display: flex;
    flex-wrap: wrap;
    justify-content: center;
    gap: 0.5em;
  }
  .check-in p {
    flex-basis: 100%;
    font-weight: 700;
  }
  .own-steps {
    display: grid;
    gap: 0.25em;
  }
  .own-steps .row {
    display: flex;
    gap: 0.5em;
  }
  .own-steps input {
    flex: 1;
    min-inline-size: 0;
    min-block-size: 44px;
    padding: 0.4em 0.6em;
    border: 1px solid var(--_hearth-border);
    border-radius: var(--_hearth-radius);
    background: var(--_hearth-bg);
    color: var(--_hearth-fg);
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
  @media (prefers-reduced-motion: reduce) {
    .breath {
      animation: none;
    }
  }
  @media (forced-colors: active) {
    /* Backgrounds are replaced in forced colours: draw the circle with a border instead. */
    .breath {
      border: 3px solid CanvasText;
      opacity: 1;
    }
  }
`;
