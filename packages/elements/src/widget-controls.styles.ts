import { css } from 'lit';

/**
 * The controls every widget shares: buttons (plain, `.primary`, `.danger`, pressed), text fields,
 * and a wrapping `.row` of them. Fields shrink to the width there is (320 px screens, large
 * text) instead of the browser's 20-character minimum. At least 44 px tall (WCAG 2.5.8 asks
 * 24; fingers in a hard moment deserve more).
 */
export const widgetControlStyles = css`
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
  button.danger {
    border-color: var(--_hearth-danger);
    color: var(--_hearth-danger);
    background: var(--_hearth-bg);
  }
  button[aria-pressed='true'] {
    border-color: var(--_hearth-accent);
    box-shadow: inset 0 0 0 2px var(--_hearth-accent);
  }
  @media (forced-colors: active) {
    /* Forced colours drop the inset ring of a pressed button: it is filled with the highlight. */
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
  .row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 0.75em;
  }
`;
