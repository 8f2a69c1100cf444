import { css } from 'lit';

export const feedbackFormStyles = css`
  .header {
    display: grid;
    gap: 0.5em;
  }
  .items {
    display: grid;
    gap: calc(var(--_hearth-space) * 1.25);
  }
  .item {
    display: grid;
    gap: 0.5em;
    min-inline-size: 0;
  }
  .question {
    font-weight: 700;
  }
  .optional,
  .help,
  .muted,
  .count,
  .anchors {
    color: var(--_hearth-muted);
    font-weight: 400;
    font-size: 0.9375em;
  }
  .item.invalid .question {
    color: var(--_hearth-danger);
  }
  .field-error {
    color: var(--_hearth-danger);
    font-weight: 700;
  }
  .item.invalid :is(.rating, .choices, input[type='text'], textarea, .slider) {
    outline: 2px solid var(--_hearth-danger);
    outline-offset: 4px;
    border-radius: var(--_hearth-radius);
  }
  /* A rating: numbered buttons that wrap on a narrow screen; the anchors stay under the ends. */
  .rating {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(var(--hearth-feedback-pill-size, 2.75em), 1fr));
    gap: 0.375em;
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
    min-block-size: 44px;
    border: 1px solid var(--_hearth-border);
    border-radius: var(--_hearth-radius);
    background: var(--_hearth-bg);
    font-variant-numeric: tabular-nums;
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
  .choices {
    display: grid;
    gap: 0.25em;
  }
  .choice {
    gap: 0.625em;
    min-block-size: 44px;
    padding-inline: 0.5em;
    border-radius: var(--_hearth-radius);
  }
  .choice input {
    inline-size: 1.25em;
    block-size: 1.25em;
    margin: 0;
    flex: none;
    accent-color: var(--_hearth-accent);
  }
  .anchors {
    display: flex;
    justify-content: space-between;
    gap: 1em;
  }
  .anchors span:last-child {
    text-align: end;
  }
  .slider {
    display: flex;
    align-items: center;
    gap: 0.75em;
  }
  .slider input {
    flex: 1;
    min-inline-size: 0;
    min-block-size: 44px;
    margin: 0;
    accent-color: var(--_hearth-accent);
    cursor: pointer;
  }
  /*
   * No value until the client sets one: no thumb and no filled part to suggest an answer (the
   * browser's own range would fill up to its middle). An even track instead; the native look
   * returns with the first value.
   */
  .slider input.unset {
    appearance: none;
    background: transparent;
  }
  .slider input.unset::-webkit-slider-runnable-track {
    block-size: 0.375em;
    border-radius: 999px;
    background: var(--_hearth-border);
  }
  .slider input.unset::-moz-range-track {
    block-size: 0.375em;
    border-radius: 999px;
    background: var(--_hearth-border);
  }
  .slider input.unset::-webkit-slider-thumb {
    appearance: none;
    inline-size: 1.25em;
    block-size: 1.25em;
    opacity: 0;
  }
  .slider input.unset::-moz-range-thumb {
    opacity: 0;
  }
  .slider-value {
    min-inline-size: 2.5em;
    text-align: center;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  .slider input.unset + .slider-value {
    min-inline-size: 0;
    max-inline-size: 40%;
    font-weight: 400;
    font-size: 0.875em;
    color: var(--_hearth-muted);
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
    gap: 0.5em;
    padding: 0.75em;
    border: 2px solid var(--_hearth-accent);
    border-radius: var(--_hearth-radius);
    background: var(--_hearth-bg);
  }
  .error-summary {
    padding: 0.75em 1em;
    border: 3px solid var(--_hearth-danger);
    border-radius: var(--_hearth-radius);
    background: var(--_hearth-bg);
  }
  .summary-title {
    font-weight: 700;
  }
  .error-summary ul {
    margin: 0.5em 0 0;
    padding-inline-start: 1.25em;
  }
  button.link {
    min-block-size: 44px;
    padding: 0;
    border: 0;
    background: none;
    color: var(--_hearth-danger);
    text-decoration: underline;
    text-align: start;
    font-weight: 700;
  }
  .done {
    display: grid;
    gap: 0.75em;
    padding: 1em;
    border: 1px solid var(--_hearth-border);
    border-radius: var(--_hearth-radius);
    background: var(--_hearth-bg);
  }
  .done-message {
    font-size: 1.125em;
  }
  @media (forced-colors: active) {
    .pill input:checked + span {
      background: Highlight;
      color: HighlightText;
      forced-color-adjust: none;
    }
    /* The even track of an unset slider, in the system's text colour (else it would vanish). */
    .slider input.unset::-webkit-slider-runnable-track {
      forced-color-adjust: none;
      background: CanvasText;
    }
    .slider input.unset::-moz-range-track {
      forced-color-adjust: none;
      background: CanvasText;
    }
  }
`;
