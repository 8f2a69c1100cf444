import { css } from 'lit';

import { THUMB_EM } from './feedback-slider.js';

/*
 * The feedback form, after the GOV.UK Design System's forms, radios and error summary: one
 * question per group with its label, hint and error message above the control; the shared
 * spacing and type scale (theme-tokens.ts); Send is the one primary button.
 */
export const feedbackFormStyles = css`
  .header {
    display: grid;
    gap: var(--_hearth-space-xs);
  }
  .intro {
    font-size: var(--_hearth-text-l);
  }
  .items {
    display: grid;
    gap: var(--_hearth-space-l);
  }
  .item {
    display: grid;
    gap: var(--_hearth-space-xs);
    min-inline-size: 0;
  }
  /* An unanswered required question: a bar on its inline-start side (GOV.UK form group error). */
  .item.invalid {
    border-inline-start: 5px solid var(--_hearth-danger);
    padding-inline-start: var(--_hearth-space-s);
  }
  .question {
    font-size: var(--_hearth-text-l);
    font-weight: 700;
    line-height: 1.25;
  }
  .optional {
    font-weight: 400;
  }
  .optional,
  .help,
  .muted,
  .anchors {
    color: var(--_hearth-muted);
  }
  .count,
  .anchors {
    font-size: var(--_hearth-text-s);
  }
  .count {
    color: var(--_hearth-muted);
  }
  .field-error {
    color: var(--_hearth-danger);
    font-weight: 700;
  }
  .item.invalid :is(input[type='text'], textarea) {
    border: 2px solid var(--_hearth-danger);
  }
  /*
   * A rating: numbered buttons in one row (so that the end labels sit under the first and the
   * last), narrow on a phone but 44 px tall, each at least 24 px wide and never over its neighbour
   * (WCAG 2.5.8): a row with no room for that wraps (large text on a phone), and more than 11
   * always wrap. (Columns that shrank under 24 px once had the numbers overflow into each other.)
   */
  .rating {
    /* 24 px, and wide enough for "10" in large text. */
    --_pill-min: max(24px, 1.5em);
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(var(--_pill-min), 1fr));
    gap: var(--_hearth-space-2xs, 0.25em) clamp(2px, 0.5cqi, 0.375em);
  }
  /*
   * Eleven numbers (0 to 10) need 274 px with 1 px gaps: on a 320 px screen the gaps shrink to
   * 1 px first, then the row takes up to 0.75em of the card's padding on each side, before it
   * wraps. (Always 1 px to spare: a row that fits to the last fraction of a pixel can round to one
   * column fewer.)
   */
  .rating:not(.many):has(> :nth-child(11)) {
    --_spare: calc(100cqi - 11 * var(--_pill-min) - 10 * 1px);
    column-gap: clamp(1px, 1px + (var(--_spare) - 1px) / 10, 0.375em);
    margin-inline: clamp(-0.75em, (var(--_spare) - 1px) / 2, 0px);
  }
  .rating.many {
    grid-template-columns: repeat(auto-fill, minmax(var(--hearth-feedback-pill-size, 2.75em), 1fr));
  }
  .pill,
  .choice {
    position: relative;
    display: flex;
    align-items: center;
    cursor: pointer;
  }
  .pill input {
    position: absolute;
    inset: 0;
    margin: 0;
    opacity: 0;
    cursor: pointer;
  }
  .pill span {
    display: grid;
    place-items: center;
    inline-size: 100%;
    min-inline-size: 24px;
    min-block-size: 44px;
    border: 1px solid var(--_hearth-border);
    border-radius: var(--_hearth-radius);
    background: var(--_hearth-bg);
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }
  .pill:hover input:not(:disabled, :checked) + span {
    border-color: var(--_hearth-fg);
    box-shadow: inset 0 0 0 1px var(--_hearth-fg);
  }
  .pill input:checked + span {
    background: var(--_hearth-accent);
    border-color: var(--_hearth-accent);
    color: var(--_hearth-accent-fg);
    font-weight: 700;
  }
  .pill input:focus-visible + span {
    outline: var(--_hearth-focus-ring);
    outline-offset: 2px;
  }
  .pill input:disabled + span,
  .choice input:disabled + span {
    opacity: 0.6;
    cursor: default;
  }
  /* Radios and checkboxes: 24 px boxes, the whole row (44 px tall) is the target. */
  .choices {
    display: grid;
    gap: var(--_hearth-space-2xs);
  }
  .choice {
    gap: var(--_hearth-space-s);
    min-block-size: 44px;
    padding-block: var(--_hearth-space-2xs);
    line-height: 1.25;
  }
  .choice input {
    inline-size: max(24px, 1.5em);
    block-size: max(24px, 1.5em);
    margin: 0;
    flex: none;
    accent-color: var(--_hearth-accent);
    cursor: pointer;
  }
  /*
   * A control and its end labels in one block, which runs in the content's direction (dir on
   * .scale): the minimum label always sits beside the minimum.
   */
  .scale {
    display: grid;
    gap: var(--_hearth-space-2xs);
    min-inline-size: 0;
    text-align: start;
    container-type: inline-size;
  }
  .anchors {
    display: flex;
    justify-content: space-between;
    align-items: start;
    gap: var(--_hearth-space);
  }
  .anchor-max {
    text-align: end;
  }
  /* A slider's value between its end labels: the row keeps its height whether set or not. */
  .slider .anchors {
    display: grid;
    grid-template-columns: 1fr auto 1fr;
    min-block-size: 1.5em;
  }
  .slider-value {
    color: var(--_hearth-fg);
    font-size: var(--_hearth-text-l);
    font-weight: 700;
    font-variant-numeric: tabular-nums;
    line-height: 1.25;
  }
  /*
   * The slider has the whole width (and shrinks with it: Firefox gives a range a 12em width of
   * its own). Drawn by us in both states so that the pointer code knows the thumb's size
   * (feedback-slider.ts, THUMB_EM): an even track; no thumb until the client sets a value, then
   * a thumb that stands out in light, dark and forced colours.
   */
  .slider input {
    /* The thumb's size as a number, then used as calc(… * 1em): the build's minifier reads CSS, not a value glued to a unit. */
    --_thumb-em: ${THUMB_EM};
    appearance: none;
    display: block;
    inline-size: 100%;
    min-inline-size: 0;
    min-block-size: 44px;
    margin: 0;
    background: transparent;
    cursor: pointer;
    /* A sideways touch sets it; an up or down one scrolls the page. */
    touch-action: pan-y;
  }
  .slider input::-webkit-slider-runnable-track {
    block-size: 0.375em;
    border-radius: 999px;
    background: var(--_hearth-border);
  }
  .slider input::-moz-range-track {
    block-size: 0.375em;
    border-radius: 999px;
    background: var(--_hearth-border);
  }
  .slider input::-webkit-slider-thumb {
    appearance: none;
    inline-size: calc(var(--_thumb-em) * 1em);
    block-size: calc(var(--_thumb-em) * 1em);
    margin-block-start: calc((0.375em - var(--_thumb-em) * 1em) / 2);
    border: 3px solid var(--_hearth-bg);
    border-radius: 50%;
    background: var(--_hearth-accent);
    box-shadow: 0 0 0 1px var(--_hearth-accent);
  }
  .slider input::-moz-range-thumb {
    box-sizing: border-box;
    inline-size: calc(var(--_thumb-em) * 1em);
    block-size: calc(var(--_thumb-em) * 1em);
    border: 3px solid var(--_hearth-bg);
    border-radius: 50%;
    background: var(--_hearth-accent);
    box-shadow: 0 0 0 1px var(--_hearth-accent);
  }
  .slider input::-moz-range-progress {
    block-size: 0.375em;
    border-radius: 999px;
    background: var(--_hearth-accent);
  }
  /* No thumb until set (a custom property, so that a test can read it). */
  .slider input.unset {
    --_hearth-thumb-opacity: 0;
  }
  .slider input::-webkit-slider-thumb {
    opacity: var(--_hearth-thumb-opacity, 1);
  }
  .slider input::-moz-range-thumb {
    opacity: var(--_hearth-thumb-opacity, 1);
  }
  .slider input.unset::-moz-range-progress {
    background: transparent;
  }
  .slider input:focus-visible {
    outline: var(--_hearth-focus-ring);
    outline-offset: 2px;
  }
  .slider input:disabled {
    cursor: default;
    opacity: 0.6;
  }
  input[type='text'],
  textarea {
    inline-size: 100%;
    padding: 0.6em;
    border: 1px solid var(--_hearth-border);
    border-radius: var(--_hearth-radius);
    background: var(--_hearth-bg);
    color: var(--_hearth-fg);
  }
  input[type='text'] {
    min-block-size: 44px;
  }
  textarea {
    min-block-size: 6em;
    line-height: 1.5;
    resize: vertical;
  }
  .flag {
    display: grid;
    gap: var(--_hearth-space-xs);
    padding: var(--_hearth-space-s);
    border: 2px solid var(--_hearth-accent);
    border-radius: var(--_hearth-radius);
    background: var(--_hearth-bg);
  }
  /* GOV.UK error summary: a heading and a plain list of the messages, each a button to its field. */
  .error-summary {
    display: grid;
    gap: var(--_hearth-space-xs);
    padding: var(--_hearth-space);
    border: 5px solid var(--_hearth-danger);
    background: var(--_hearth-bg);
  }
  .summary-title {
    font-size: var(--_hearth-text-l);
    font-weight: 700;
    line-height: 1.25;
  }
  .error-summary ul {
    display: grid;
    gap: var(--_hearth-space-2xs);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .error-summary li {
    list-style: none;
  }
  .error-summary button.link {
    display: block;
    min-block-size: 24px;
    min-inline-size: 0;
    padding: var(--_hearth-space-2xs) 0;
    border: 0;
    color: var(--_hearth-danger);
    font-weight: 700;
    text-align: start;
  }
  .slider-hint {
    margin: 0;
  }
  .status {
    color: var(--_hearth-muted);
  }
  .done {
    display: grid;
    gap: var(--_hearth-space-s);
    padding: var(--_hearth-space);
    border: 1px solid var(--_hearth-border);
    border-inline-start: 5px solid var(--_hearth-success);
    border-radius: var(--_hearth-radius);
    background: var(--_hearth-bg);
  }
  .done-message {
    font-size: var(--_hearth-text-l);
    font-weight: 700;
  }
  @media (forced-colors: active) {
    .pill input:checked + span {
      background: Highlight;
      color: HighlightText;
      forced-color-adjust: none;
    }
    /* The track and the thumb in system colours (else they would vanish). */
    .slider input::-webkit-slider-runnable-track {
      forced-color-adjust: none;
      background: CanvasText;
    }
    .slider input::-moz-range-track {
      forced-color-adjust: none;
      background: CanvasText;
    }
    .slider input::-webkit-slider-thumb {
      forced-color-adjust: none;
      background: Highlight;
      border-color: Canvas;
      box-shadow: 0 0 0 1px CanvasText;
    }
    .slider input::-moz-range-thumb {
      forced-color-adjust: none;
      background: Highlight;
      border-color: Canvas;
      box-shadow: 0 0 0 1px CanvasText;
    }
  }
`;
