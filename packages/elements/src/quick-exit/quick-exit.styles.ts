import { css } from 'lit';

export const quickExitStyles = css`
  :host {
    display: inline-block;
  }
  .base {
    display: inline-block;
  }
  button {
    cursor: pointer;
    min-block-size: 44px;
    min-inline-size: 44px;
    padding: 0.5em 1.25em;
    border: 2px solid var(--hearth-quick-exit-bg, var(--_hearth-danger));
    border-radius: var(--hearth-quick-exit-radius, var(--_hearth-radius));
    background: var(--hearth-quick-exit-bg, var(--_hearth-danger));
    color: var(--hearth-quick-exit-fg, var(--_hearth-accent-fg));
    font-weight: 700;
    line-height: 1.2;
  }
  button:hover {
    text-decoration: underline;
  }
  @media (forced-colors: active) {
    button {
      border-color: ButtonText;
      background: ButtonFace;
      color: ButtonText;
    }
  }
`;
