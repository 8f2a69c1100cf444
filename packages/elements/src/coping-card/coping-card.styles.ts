import { css } from 'lit';

/**
 * The coping card: one calm card on the surface colour, built on the shared scales
 * (`--_hearth-space-*`, `--_hearth-text-*`, the heading tokens, `--_hearth-max-width`).
 * The exercise's own styles load with it (exercise-view.ts).
 *
 * The completion message, and the heading or line that shows after "Not for me" hid a strategy, take focus
 * only to be read out; they are not controls, so no ring (GOV.UK's notification banner). (Said
 * here, not in the CSS: comments in a css`` literal ship to every page.)
 */
export const copingCardStyles = css`
  .base {
    --_hearth-card-radius: var(--hearth-card-radius, var(--_hearth-radius));
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_hearth-space-l);
    padding: var(--_hearth-space-l);
    border: 1px solid var(--_hearth-border);
    border-radius: var(--_hearth-card-radius);
    background: var(--hearth-card-bg, var(--_hearth-surface));
    max-inline-size: var(--_hearth-max-width);
  }
  /* A phone-sized screen (.narrow comes from matchMedia: WebKit can keep a stale @media result
     in a new shadow tree, see MediaMatch in @hearth/core). */
  .base.narrow {
    padding: var(--_hearth-space);
    gap: var(--_hearth-space);
  }
  .card {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_hearth-space-l);
  }
  header {
    display: grid;
    gap: var(--_hearth-space-xs);
  }
  .summary,
  .when,
  .approach,
  .label,
  .kept,
  .hidden-count,
  .outcome,
  .load-failed,
  .completion p {
    margin: 0;
  }
  .summary {
    font-size: var(--_hearth-text-l);
  }
  [part='body'] {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_hearth-space-s);
  }
  .label {
    font-weight: 700;
  }
  .approach,
  .kept,
  .hidden-count,
  .outcome {
    color: var(--_hearth-muted);
    font-size: var(--_hearth-text-s);
  }
  /* Built-in English in another language's card: a block of its own under the card's label. */
  .when > [dir],
  .approach > [dir] {
    display: block;
  }
  /* The numbers sit in the list's padding on its start side, inside the card, whatever the direction. */
  ol {
    display: grid;
    gap: var(--_hearth-space-xs);
    margin: 0;
    padding-inline-start: 1.75em;
  }
  li {
    padding-inline-start: var(--_hearth-space-2xs);
  }
  li::marker {
    color: var(--_hearth-muted);
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  li.own {
    font-style: italic;
  }
  /* Remove (a step of the client's own): a low-emphasis text button, still a 24 × 24 px target. */
  .link-button {
    min-block-size: 24px;
    min-inline-size: 24px;
    margin-inline-start: var(--_hearth-space-xs);
    padding: 0 var(--_hearth-space-2xs);
    font-size: var(--_hearth-text-s);
    font-style: normal;
  }
  .controls,
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_hearth-space-xs);
  }
  /* The end of an exercise: a calm panel with a success bar on the start side. */
  .completion {
    display: grid;
    gap: var(--_hearth-space-xs);
    padding: var(--_hearth-space);
    border: 1px solid var(--_hearth-border);
    border-inline-start: 0.3125em solid var(--_hearth-success);
    border-radius: var(--_hearth-card-radius);
    background: var(--_hearth-bg);
  }
  .completion-title {
    min-block-size: 24px;
    font-family: var(--_hearth-heading-font, inherit);
    font-size: var(--_hearth-text-l);
    font-weight: var(--_hearth-heading-weight, 700);
    line-height: 1.25;
    color: var(--_hearth-heading-color, inherit);
  }
  [tabindex='-1']:focus {
    outline: none;
  }
  .completion .rating {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_hearth-space-xs);
    margin-block-start: var(--_hearth-space-2xs);
  }
  .own-steps {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_hearth-space-2xs);
  }
  .own-steps .row {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_hearth-space-xs);
  }
  .own-steps input {
    flex: 1 1 8em;
  }
  .deck-nav {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_hearth-space-xs);
    padding-block-end: var(--_hearth-space);
    border-block-end: 1px solid var(--_hearth-border);
  }
  .position {
    color: var(--_hearth-muted);
    font-size: var(--_hearth-text-s);
  }
  .hidden-line {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_hearth-space-xs);
    margin: 0;
    color: var(--_hearth-muted);
  }
  .hidden-list {
    display: grid;
    gap: var(--_hearth-space-xs);
  }
  .html-content > :first-child {
    margin-block-start: 0;
  }
  .html-content > :last-child {
    margin-block-end: 0;
  }
`;
