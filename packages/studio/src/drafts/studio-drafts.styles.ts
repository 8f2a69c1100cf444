import { css } from 'lit';

/**
 * `<studio-drafts>`: a calm panel that fits 320 px and 200% text (everything wraps, nothing is a
 * fixed width). Buttons and fields are 44 px tall, focus is always visible, forced colours keep
 * every border and the "for one client" marker, and nothing moves (no transitions to reduce).
 */
export const studioDraftsStyles = css`
  :host {
    display: block;
    color: CanvasText;
    font: 1rem/1.5 system-ui, sans-serif;
    --drafts-accent: #2d5a4a;
    --drafts-border: #8a8f96;
    --drafts-soft: #f3f5f4;
    --drafts-error: #a1232b;
    --drafts-muted: #4d545c;
  }
  h2 {
    margin: 0 0 0.5rem;
    font-size: 1.3rem;
  }
  h3 {
    margin: 1rem 0 0.5rem;
    font-size: 1.1rem;
  }
  h3:focus {
    outline: none;
  }
  h3:focus-visible {
    outline: 3px solid #1a64c8;
    outline-offset: 2px;
  }
  p {
    margin: 0.25rem 0 0.5rem;
    overflow-wrap: anywhere;
  }
  .help,
  .meta {
    color: var(--drafts-muted);
    font-size: 0.9rem;
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    margin: 0.5rem 0;
    max-width: 100%;
  }
  label {
    font-weight: 600;
  }
  .check {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    min-height: 44px;
  }
  .check input {
    inline-size: 24px;
    block-size: 24px;
    margin: 0;
    flex: none;
  }
  input:not([type='checkbox']),
  select,
  button {
    font: inherit;
    min-height: 44px;
    box-sizing: border-box;
    max-width: 100%;
  }
  input:not([type='checkbox']),
  select {
    padding: 0.4rem 0.6rem;
    border: 1px solid var(--drafts-border);
    border-radius: 6px;
    background: Canvas;
    color: CanvasText;
    inline-size: 100%;
    max-inline-size: 28rem;
  }
  button {
    min-width: 44px;
    padding: 0.5rem 1rem;
    border: 1px solid var(--drafts-accent);
    border-radius: 6px;
    background: var(--drafts-accent);
    color: #fff;
    cursor: pointer;
  }
  button.quiet {
    background: Canvas;
    color: var(--drafts-accent);
  }
  button.danger {
    border-color: var(--drafts-error);
    background: Canvas;
    color: var(--drafts-error);
  }
  button[disabled] {
    cursor: not-allowed;
    opacity: 0.7;
  }
  :focus-visible {
    outline: 3px solid #1a64c8;
    outline-offset: 2px;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
    margin: 0.5rem 0;
  }
  .drafts {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .drafts li {
    padding: 0.5rem 0;
    border-block-end: 1px solid var(--drafts-border);
  }
  .title {
    font-weight: 600;
    overflow-wrap: anywhere;
    unicode-bidi: isolate;
  }
  .title.locked {
    font-style: italic;
  }
  .personal {
    display: inline-block;
    margin-block: 0.25rem;
    padding: 0 0.5rem;
    border: 1px solid var(--drafts-accent);
    border-radius: 999px;
    font-size: 0.9rem;
    overflow-wrap: anywhere;
  }
  .confirm,
  .lock {
    margin: 0.5rem 0;
    padding: 0.5rem 0.75rem;
    border-inline-start: 4px solid var(--drafts-accent);
    background: var(--drafts-soft);
  }
  .confirm {
    border-inline-start-color: var(--drafts-error);
  }
  .error {
    color: var(--drafts-error);
    font-weight: 600;
  }
  /* Live regions stay in the page when empty (so what is put in them is read out), taking no room. */
  .error:empty,
  .status:empty {
    margin: 0;
  }
  @media (forced-colors: active) {
    button,
    input:not([type='checkbox']),
    select,
    .personal,
    .confirm,
    .lock {
      border: 1px solid CanvasText;
    }
    button[disabled] {
      color: GrayText;
      border-color: GrayText;
      opacity: 1;
    }
    :focus-visible,
    h3:focus-visible {
      outline-color: Highlight;
    }
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --drafts-accent: #9fd3bf;
      --drafts-soft: #1f2523;
      --drafts-error: #ff9aa0;
      --drafts-muted: #c3c8cd;
    }
    button {
      color: #0c1a14;
    }
    button.quiet,
    button.danger {
      background: Canvas;
    }
  }
`;
