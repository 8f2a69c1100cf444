import { css } from 'lit';

export const providerStyles = css`
  :host {
    display: contents;
  }
  .base {
    display: block;
    margin-block-end: var(--_hearth-space);
  }
`;
