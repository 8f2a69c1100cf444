import { css } from 'lit';

/**
 * Studio's page: calm and readable, one column on a phone and at 200% text, editor and preview side
 * by side on a wide screen. Controls are 44 px tall; focus is always visible; forced colours keep
 * every border.
 */
export const studioAppStyles = css`
  :host {
    display: block;
    max-width: 1500px;
    margin: 0 auto;
    padding: 1rem;
    color: CanvasText;
    font: 1rem/1.5 system-ui, sans-serif;
    --studio-accent: #2d5a4a;
    --studio-border: #8a8f96;
    --studio-soft: #f3f5f4;
    --studio-error: #a1232b;
  }
  h1 {
    margin: 0 0 0.25rem;
    font-size: 1.75rem;
  }
  h2 {
    margin: 0 0 0.75rem;
    font-size: 1.3rem;
  }
  h3 {
    margin: 1rem 0 0.5rem;
    font-size: 1.05rem;
  }
  p {
    margin: 0 0 0.5rem;
    max-width: 70ch;
  }
  .privacy {
    font-weight: 600;
  }
  main {
    display: grid;
    gap: 1.25rem;
    margin-top: 1rem;
  }
  /* A grid item may not grow past its track: long words wrap inside it instead. */
  main > * {
    min-width: 0;
  }
  section.start,
  studio-drafts,
  section.edit,
  section.preview,
  section.output {
    min-width: 0;
    padding: 1rem;
    border: 1px solid var(--studio-border);
    border-radius: 8px;
  }
  .workspace {
    display: grid;
    gap: 1.25rem;
    grid-template-columns: minmax(0, 1fr);
    align-items: start;
  }
  @media (min-width: 70rem) {
    .workspace {
      grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
    }
    section.preview {
      position: sticky;
      top: 0.5rem;
      max-height: calc(100vh - 1rem);
      overflow: auto;
    }
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem 1rem;
    align-items: end;
    margin-bottom: 0.75rem;
  }
  label {
    display: inline-flex;
    flex-direction: column;
    gap: 0.25rem;
    font-weight: 600;
    max-width: 100%;
  }
  select,
  input,
  textarea,
  button {
    font: inherit;
    min-height: 44px;
    box-sizing: border-box;
    max-width: 100%;
  }
  select,
  input:not([type='file']),
  textarea {
    padding: 0.4rem 0.6rem;
    border: 1px solid var(--studio-border);
    border-radius: 6px;
    background: Canvas;
    color: CanvasText;
    font-weight: 400;
  }
  input[type='file'] {
    font-weight: 400;
  }
  button {
    padding: 0.5rem 1rem;
    border: 1px solid var(--studio-accent);
    border-radius: 6px;
    background: var(--studio-accent);
    color: #fff;
    cursor: pointer;
  }
  button[aria-pressed='false'],
  .message button,
  button.link {
    background: Canvas;
    color: var(--studio-accent);
  }
  button.link {
    min-height: 24px;
    padding: 0;
    border: none;
    text-decoration: underline;
  }
  :focus-visible {
    outline: 3px solid #1a64c8;
    outline-offset: 2px;
  }
  textarea {
    width: 100%;
  }
  textarea.json {
    font: 0.9rem/1.45 ui-monospace, monospace;
    white-space: pre;
    overflow-wrap: normal;
    overflow: auto;
  }
  details {
    margin: 0.5rem 0;
  }
  summary {
    min-height: 44px;
    box-sizing: border-box;
    padding-block: 0.6rem;
    cursor: pointer;
    font-weight: 600;
  }
  .views {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin: 0.75rem 0;
  }
  .problems {
    padding: 0.5rem 1rem;
    border-inline-start: 4px solid var(--studio-error);
    background: var(--studio-soft);
  }
  .problems h3 {
    margin-top: 0.25rem;
  }
  .problems ul {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  .problems li {
    margin: 0.25rem 0;
    overflow-wrap: anywhere;
  }
  .ok {
    font-weight: 600;
  }
  .error {
    color: var(--studio-error);
    font-weight: 600;
  }
  .note {
    font-style: italic;
  }
  .warning {
    padding: 0.5rem 1rem;
    border-inline-start: 4px solid var(--studio-error);
    background: var(--studio-soft);
    font-weight: 600;
  }
  .message:empty {
    display: none;
  }
  .message {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: center;
  }
  .message p {
    margin: 0;
  }
  studio-preview,
  studio-drafts {
    display: block;
  }
  @media (forced-colors: active) {
    button,
    button[aria-pressed='true'] {
      border: 1px solid ButtonText;
    }
    button[aria-pressed='true'] {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
    .problems {
      border: 1px solid CanvasText;
    }
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --studio-accent: #9fd3bf;
      --studio-border: #8a8f96;
      --studio-soft: #1f2523;
      --studio-error: #ff9aa0;
    }
    button {
      color: #0c1a14;
    }
  }
`;
