import { css } from 'lit';

/**
 * The controls every widget shares: buttons (plain = secondary, `.primary` for the one main action
 * of a view, `.danger`, `.link` for low emphasis, pressed), text fields,
 * and a wrapping `.row` of them. Fields shrink to the width there is (320 px screens, large
 * text) instead of the browser's 20-character minimum. At least 44 px tall (WCAG 2.5.8 asks
 * 24; fingers in a hard moment deserve more).
 */
export const widgetControlStyles = css`
  button {
    cursor: pointer;
    min-block-size: 44px;
    min-inline-size: 44px;
    padding: 0.4em 1em;
    border: 1px solid var(--_hearth-border);
    border-radius: var(--_hearth-radius);
    background: var(--_hearth-bg);
    color: var(--_hearth-fg);
    font-weight: 600;
    line-height: 1.25;
    text-align: center;
  }
  button:hover:not(:disabled) {
    border-color: var(--_hearth-fg);
  }
  button.primary {
    /*
     * In forced colours the tokens are system colours (LinkText on Canvas); left to the browser,
     * the text would sit on a Canvas backplate in Canvas, unreadable.
     */
    forced-color-adjust: none;
    background: var(--_hearth-accent);
    border-color: var(--_hearth-accent);
    color: var(--_hearth-accent-fg);
    font-weight: 700;
  }
  button.primary:hover:not(:disabled) {
    border-color: var(--_hearth-accent);
    box-shadow: inset 0 0 0 100vmax color-mix(in srgb, var(--_hearth-accent-fg) 12%, transparent);
  }
  button.danger {
    border-color: var(--_hearth-danger);
    color: var(--_hearth-danger);
    background: var(--_hearth-bg);
  }
  /* Low emphasis: reads as a link, still a 44 px tall target. */
  button.link {
    border-color: transparent;
    background: transparent;
    color: var(--_hearth-accent);
    text-decoration: underline;
    text-underline-offset: 0.2em;
    padding-inline: 0.5em;
    font-weight: 400;
  }
  button.link:hover:not(:disabled) {
    border-color: transparent;
    text-decoration-thickness: 2px;
  }
  /*
   * Pressed (a toggle that is on, "This helped"): filled with the accent and a tick before the
   * label, so it never looks like keyboard focus (a ring). The tick is drawn, not read: the
   * button's aria-pressed already says it (alt text '' where supported).
   */
  button[aria-pressed='true'] {
    background: var(--_hearth-accent);
    border-color: var(--_hearth-accent);
    color: var(--_hearth-accent-fg);
  }
  button[aria-pressed='true']:hover:not(:disabled) {
    border-color: var(--_hearth-accent);
    box-shadow: inset 0 0 0 100vmax color-mix(in srgb, var(--_hearth-accent-fg) 12%, transparent);
  }
  button[aria-pressed='true']::before {
    content: '✓';
    content: '✓' / '';
    margin-inline-end: 0.4em;
    font-weight: 700;
  }
  @media (forced-colors: active) {
    /* In forced colours a pressed button is filled with the system highlight, tick included. */
    button[aria-pressed='true'] {
      forced-color-adjust: none;
      background: Highlight;
      border-color: Highlight;
      color: HighlightText;
    }
  }
  button:disabled {
    cursor: default;
    opacity: 0.6;
  }
  input[type='text'],
  input[type='search'],
  input[type='password'],
  input[type='tel'],
  select {
    min-block-size: 44px;
    min-inline-size: 0;
    max-inline-size: 100%;
    padding: 0.4em 0.6em;
    border: 1px solid var(--_hearth-border);
    border-radius: var(--_hearth-radius);
    background: var(--_hearth-bg);
    color: var(--_hearth-fg);
  }
  /* A checkbox with its label: a 24 px box, the whole row a 44 px target. */
  .check {
    display: flex;
    align-items: flex-start;
    gap: 0.75em;
    min-block-size: 44px;
    cursor: pointer;
  }
  .check input {
    flex: none;
    inline-size: max(24px, 1.5em);
    block-size: max(24px, 1.5em);
    margin: 0;
    accent-color: var(--_hearth-accent);
  }
  /*
   * A choice that needs the client's attention: another tab changed what is here (journal, safety
   * plan), or "Delete … ?" asked first (the journal's entries).
   */
  .conflict,
  .confirm {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_hearth-space-xs, 0.5em);
    padding: var(--_hearth-space-s, 0.75em);
    border: 1px solid var(--_hearth-border);
    border-inline-start: 0.25em solid var(--_hearth-danger);
    border-radius: var(--_hearth-radius);
    background: var(--_hearth-bg);
    inline-size: 100%;
  }
  .conflict p,
  .confirm p {
    flex-basis: 100%;
    margin: 0;
  }
  /* Exactly what a share will send, shown before the client confirms it. */
  .payload {
    flex-basis: 100%;
    margin: 0;
    max-block-size: 16em;
    overflow: auto;
    padding: var(--_hearth-space-xs, 0.5em);
    border: 1px solid var(--_hearth-border);
    border-radius: var(--_hearth-radius);
    white-space: pre-wrap;
    overflow-wrap: anywhere;
    font-size: var(--_hearth-text-s, 0.875em);
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_hearth-space-xs, 0.5em) var(--_hearth-space-s, 0.75em);
  }
`;
