import { css } from 'lit';

/** Styles of <studio-review-checklist>: a fieldset of checkboxes, then who reviewed and when. */
export const reviewChecklistStyles = css`
  :host {
    display: block;
  }
  .base {
    color: var(--_hearth-fg);
    border: 1px solid var(--_hearth-border);
    border-radius: var(--_hearth-radius);
    padding: var(--_hearth-space-s);
    margin: 0;
    min-inline-size: 0;
  }
  legend {
    font-weight: 700;
    padding-inline: var(--_hearth-space-2xs);
  }
  .items {
    list-style: none;
    margin: 0 0 var(--_hearth-space-s);
    padding: 0;
  }
  .items label {
    display: flex;
    gap: var(--_hearth-space-xs);
    align-items: flex-start;
    padding-block: var(--_hearth-space-2xs);
    min-block-size: 1.5em;
    overflow-wrap: anywhere;
  }
  input[type='checkbox'] {
    flex: none;
    inline-size: 1.25em;
    block-size: 1.25em;
    margin: 0.125em 0 0;
    accent-color: var(--_hearth-accent);
  }
  .fields {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_hearth-space-s);
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: var(--_hearth-space-2xs);
    flex: 1 1 12em;
    min-inline-size: 0;
  }
  .field input {
    font: inherit;
    color: var(--_hearth-fg);
    background: var(--_hearth-bg);
    border: 1px solid var(--_hearth-border);
    border-radius: var(--_hearth-radius);
    padding: var(--_hearth-space-2xs) var(--_hearth-space-xs);
    min-block-size: 2.75em;
    box-sizing: border-box;
    max-inline-size: 100%;
  }
  input:focus-visible {
    outline: var(--_hearth-focus-ring);
    outline-offset: 2px;
  }
  @media (forced-colors: active) {
    .field input {
      border-color: CanvasText;
    }
  }
`;
