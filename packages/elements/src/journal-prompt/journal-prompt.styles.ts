import { css } from 'lit';

export const journalPromptStyles = css`
  .base {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_hearth-space-s, 0.75em);
    padding: var(--_hearth-space, 1em);
    border: 1px solid var(--_hearth-border);
    border-radius: var(--_hearth-radius);
    background: var(--hearth-card-bg, var(--_hearth-surface));
    max-inline-size: var(--_hearth-max-width, 45em);
    line-height: 1.5;
  }
  p {
    margin: 0;
  }
  [part='header'] {
    display: grid;
    gap: var(--_hearth-space-2xs, 0.25em);
  }
  .label,
  .muted,
  .count,
  .entry-date,
  .entry-meta,
  .status,
  .import-status {
    color: var(--_hearth-muted);
    font-size: var(--_hearth-text-s, 0.875em);
  }
  .prompt {
    overflow-wrap: anywhere;
  }
  .status.error,
  .entry-warning {
    color: var(--_hearth-danger);
    padding-inline-start: var(--_hearth-space-xs, 0.5em);
    border-inline-start: 0.25em solid var(--_hearth-danger);
  }
  textarea {
    inline-size: 100%;
    min-block-size: var(--hearth-journal-min-height, 12em);
    padding: var(--_hearth-space-s, 0.75em);
    border: 1px solid var(--_hearth-border);
    border-radius: var(--_hearth-radius);
    background: var(--_hearth-bg);
    color: var(--_hearth-fg);
    line-height: 1.6;
    resize: vertical;
  }
  .history {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_hearth-space-xs, 0.5em);
    justify-items: start;
    margin-block-start: var(--_hearth-space-s, 0.75em);
  }
  .history > * {
    max-inline-size: 100%;
  }
  .history-title {
    font-family: var(--_hearth-heading-font, inherit);
    font-weight: var(--_hearth-heading-weight, 700);
    font-size: var(--_hearth-text-l, 1.125em);
    line-height: 1.25;
    color: var(--_hearth-heading-color, inherit);
  }
  .history input[type='search'] {
    inline-size: 100%;
  }
  .entries {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_hearth-space-s, 0.75em);
    inline-size: 100%;
  }
  /* An entry is a calm card: date, prompt, the words, mood and tags, then its actions. */
  .entry {
    display: grid;
    gap: var(--_hearth-space-2xs, 0.25em);
    justify-items: start;
    padding: var(--_hearth-space-s, 0.75em) var(--_hearth-space, 1em);
    border: 1px solid var(--_hearth-border);
    border-radius: var(--_hearth-radius);
    background: var(--_hearth-bg);
  }
  .entry > * {
    max-inline-size: 100%;
  }
  .entry-prompt {
    font-style: italic;
    color: var(--_hearth-muted);
  }
  .entry-text {
    white-space: pre-wrap;
    overflow-wrap: anywhere;
    margin-block: var(--_hearth-space-2xs, 0.25em);
  }
  .entry-actions {
    margin-block-start: var(--_hearth-space-xs, 0.5em);
  }
  .share-state {
    font-size: var(--_hearth-text-s, 0.875em);
  }
  .edit {
    display: grid;
    gap: var(--_hearth-space-2xs, 0.25em);
    inline-size: 100%;
  }
  .edit textarea {
    min-block-size: 8em;
  }
  /* "Manage your journal": export, import and "Delete everything", out of the way until asked for. */
  .manage {
    display: grid;
    gap: var(--_hearth-space-xs, 0.5em);
    inline-size: 100%;
    justify-items: start;
  }
  button.manage-toggle {
    display: inline-flex;
    align-items: center;
    gap: var(--_hearth-space-xs, 0.5em);
    padding-inline-start: 0;
  }
  /* A chevron: down when closed, up when open (its corner turns the other way right to left). */
  .manage-toggle::after {
    content: '';
    inline-size: 0.45em;
    block-size: 0.45em;
    border-inline-end: 2px solid currentColor;
    border-block-end: 2px solid currentColor;
    transform: translateY(-0.15em) rotate(45deg);
  }
  .manage-toggle[aria-expanded='true']::after {
    transform: translateY(0.15em) rotate(-135deg);
  }
  [dir='rtl'] .manage-toggle::after {
    transform: translateY(-0.15em) rotate(-45deg);
  }
  [dir='rtl'] .manage-toggle[aria-expanded='true']::after {
    transform: translateY(0.15em) rotate(135deg);
  }
  .manage-region {
    display: grid;
    gap: var(--_hearth-space-s, 0.75em);
    justify-items: start;
    inline-size: 100%;
    padding: var(--_hearth-space-s, 0.75em);
    border: 1px solid var(--_hearth-border);
    border-radius: var(--_hearth-radius);
    background: var(--_hearth-bg);
  }
  .manage-region[hidden] {
    display: none;
  }
  .manage-region > * {
    max-inline-size: 100%;
  }
  .manage-region .confirm input {
    inline-size: min(100%, 24em);
  }
  .concealed textarea,
  .concealed .entry-text,
  .concealed .entry-prompt {
    filter: blur(0.4em);
  }
`;
