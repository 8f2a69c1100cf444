import { css } from 'lit';

/** Styles of <studio-writing-help>: a quiet panel of notes, one line in its compact form. */
export const writingHelpStyles = css`
  :host {
    display: block;
  }
  .base {
    color: var(--_hearth-fg);
    font-size: var(--_hearth-text-s);
    line-height: 1.5;
  }
  .base > * {
    margin-block: 0 var(--_hearth-space-xs);
  }
  .level strong {
    font-size: var(--_hearth-text-l);
  }
  .counts,
  .note,
  .compact {
    color: var(--_hearth-muted);
  }
  .compact {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .warnings {
    padding-inline-start: 1.25em;
  }
  .warnings li + li {
    margin-block-start: var(--_hearth-space-2xs);
  }
  .kind {
    font-weight: 600;
  }
  q {
    overflow-wrap: anywhere;
  }
  q[dir='rtl'] {
    unicode-bidi: isolate;
  }
`;
