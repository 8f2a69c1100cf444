import { css } from 'lit';

/**
 * The passphrase screens (`.lock`) of an encrypted element, adopted by the lock when its code
 * loads (an element that is not encrypted carries none of it). What "Hide text" blurs is the
 * element's own (`.concealed …` in its styles); that their code could not load is said with the
 * element's own status styles.
 */
export const lockStyles = css`
  .lock {
    display: grid;
    gap: var(--_hearth-space-xs, 0.5em);
    justify-items: start;
    padding: var(--_hearth-space, 1em);
    border-radius: var(--_hearth-radius);
    background: var(--_hearth-bg);
  }
  .lock input {
    inline-size: min(100%, 24em);
  }
  .lock-title {
    font-family: var(--_hearth-heading-font, inherit);
    font-weight: var(--_hearth-heading-weight, 700);
    font-size: var(--_hearth-text-l, 1.125em);
    line-height: 1.25;
    color: var(--_hearth-heading-color, inherit);
  }
  .lock-error {
    color: var(--_hearth-danger);
    font-weight: 700;
  }
  .recovery-code code {
    font-size: 1.25em;
    letter-spacing: 0.05em;
    overflow-wrap: anywhere;
  }
`;
