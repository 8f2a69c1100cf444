import { css } from 'lit';

/** `<studio-theme-tokens>`: colour pickers in a wrapping grid, the CSS field, and the lists under it. */
export const studioThemeTokensStyles = css`
  :host {
    display: block;
  }
  fieldset {
    border: 1px solid #80868f;
    border-radius: 0.5em;
    margin: 0 0 1em;
    padding: 0.75em;
  }
  legend {
    font-weight: 700;
    padding: 0 0.25em;
  }
  .pickers {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(12em, 1fr));
    gap: 0.75em;
  }
  .picker {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
  }
  .picker label {
    flex: 1 1 8em;
  }
  input[type='color'] {
    inline-size: 3em;
    block-size: 2.75em;
    padding: 0.125em;
    border: 1px solid #80868f;
    border-radius: 0.25em;
    background: transparent;
  }
  .hint,
  .help {
    flex-basis: 100%;
    margin: 0;
    font-size: 0.875em;
    color: #545b66;
  }
  label.css {
    display: block;
    font-weight: 700;
    margin-block-end: 0.25em;
  }
  textarea {
    display: block;
    box-sizing: border-box;
    inline-size: 100%;
    min-block-size: 8em;
    font: 0.875em / 1.4 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    padding: 0.5em;
    border: 1px solid #80868f;
    border-radius: 0.25em;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin-block: 0.5em;
  }
  button {
    font: inherit;
    min-block-size: 2.75em;
    padding: 0.25em 1em;
    border-radius: 0.25em;
    border: 1px solid #2f5d8a;
    background: #ffffff;
    color: #2f5d8a;
    cursor: pointer;
  }
  button.primary {
    background: #2f5d8a;
    color: #ffffff;
  }
  :focus-visible {
    outline: 3px solid #2f5d8a;
    outline-offset: 2px;
  }
  .list-title {
    font-weight: 700;
    margin: 1em 0 0.25em;
  }
  .status:empty {
    margin: 0;
  }
  ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  li {
    margin-block: 0.25em;
    overflow-wrap: anywhere;
  }
  code {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
  }
  .contrast {
    margin: 0.5em 0 0;
    padding: 0.5em;
    border-inline-start: 4px solid #a3262a;
  }
  @media (forced-colors: active) {
    button.primary {
      border-color: ButtonText;
    }
    :focus-visible {
      outline-color: Highlight;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      transition: none !important;
    }
  }
`;
