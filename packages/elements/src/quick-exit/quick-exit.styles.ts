import { css } from 'lit';

/*
 * Like GOV.UK's "Exit this page": one bold button in the danger colour, with a firm edge below
 * it, that is plainly not part of the page's content. At least 44 px tall; it fills the width a
 * page gives the element (a full-width bar on a phone), else its label's.
 */
export const quickExitStyles = css`
  :host {
    display: inline-block;
  }
  .base {
    display: block;
  }
  button {
    cursor: pointer;
    display: block;
    inline-size: 100%;
    min-block-size: 44px;
    min-inline-size: 44px;
    margin: 0 0 2px;
    padding: var(--_hearth-space-xs, 0.5em) var(--_hearth-space-l, 1.5em);
    border: 2px solid transparent;
    border-radius: var(--hearth-quick-exit-radius, var(--_hearth-radius));
    background: var(--hearth-quick-exit-bg, var(--_hearth-danger));
    box-shadow: 0 2px 0 color-mix(in srgb, var(--hearth-quick-exit-bg, var(--_hearth-danger)) 55%, #000);
    color: var(--hearth-quick-exit-fg, var(--_hearth-accent-fg));
    font-weight: 700;
    line-height: 1.25;
    text-align: center;
  }
  button:hover {
    text-decoration: underline;
    text-underline-offset: 0.2em;
  }
  button:active {
    translate: 0 2px;
    box-shadow: none;
  }
  button:focus-visible {
    outline: var(--_hearth-focus-ring, 3px solid);
    outline-offset: 2px;
  }
  @media (forced-colors: active) {
    button {
      border-color: ButtonText;
      background: ButtonFace;
      color: ButtonText;
      box-shadow: none;
    }
  }
`;
