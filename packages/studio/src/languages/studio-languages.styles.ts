import { css } from 'lit';

/**
 * `<studio-languages>`: a table of text fields by language that stacks into one column per field at
 * narrow widths (320 px, 200% text); cells needing work marked by a border style and a note as well
 * as colour; right-to-left cells for Arabic; visible focus; forced colours.
 */
export const studioLanguagesStyles = css`
  :host {
    display: block;
    min-inline-size: 0;
  }
  .summary {
    margin: 0.5em 0;
    padding-inline-start: 1.25em;
  }
  .filter {
    display: inline-flex;
    align-items: center;
    gap: 0.5em;
    min-block-size: 44px;
    cursor: pointer;
  }
  .filter input {
    inline-size: 1.25em;
    block-size: 1.25em;
    margin: 0;
  }
  :is(input, textarea):focus-visible {
    outline: 3px solid #2f5d8a;
    outline-offset: 2px;
  }
  .scroll {
    overflow-x: auto;
    max-inline-size: 100%;
  }
  table {
    border-collapse: collapse;
    inline-size: 100%;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding-block: 0.5em;
  }
  th,
  td {
    border: 1px solid #80868f;
    padding: 0.5em;
    vertical-align: top;
    text-align: start;
  }
  thead th {
    background: #eceae5;
  }
  tbody th {
    font-weight: 600;
    min-inline-size: 8em;
  }
  textarea {
    box-sizing: border-box;
    inline-size: 100%;
    min-inline-size: 10em;
    min-block-size: 44px;
    font: inherit;
    padding: 0.4em;
    border: 1px solid #5f6670;
    border-radius: 0.25em;
    background: #ffffff;
    color: #1f2329;
    resize: vertical;
  }
  textarea[dir='rtl'] {
    text-align: right;
  }
  .cell-lang {
    display: none;
    font-weight: 600;
  }
  /* Cells that need work: a thick dashed (missing, extra) or double (empty, changed, out of date) edge, and a note. */
  td.needs-work {
    background: #fdf6e3;
  }
  td.missing,
  td.extra {
    border: 3px dashed #8a4b00;
  }
  td.empty,
  td.changed,
  td.out-of-date {
    border: 4px double #8a4b00;
  }
  td.missing textarea,
  td.empty textarea {
    border-style: dashed;
  }
  .note {
    display: block;
    margin-block-start: 0.25em;
    font-weight: 600;
    color: #6b3a00;
  }
  .note::before {
    content: '⚠ ';
  }
  .absent {
    font-style: italic;
    color: #4d535b;
  }
  @media (max-width: 40em) {
    table,
    thead,
    tbody,
    tr,
    th,
    td {
      display: block;
    }
    thead {
      position: absolute;
      inline-size: 1px;
      block-size: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
    tr {
      margin-block-end: 1em;
    }
    tbody th {
      min-inline-size: 0;
    }
    textarea {
      min-inline-size: 0;
    }
    .cell-lang {
      display: block;
    }
  }
  @media (forced-colors: active) {
    th,
    td,
    textarea {
      border-color: CanvasText;
    }
    td.needs-work {
      background: Canvas;
    }
    .note {
      color: CanvasText;
    }
    :is(input, textarea):focus-visible {
      outline-color: Highlight;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      transition: none;
    }
  }
`;
