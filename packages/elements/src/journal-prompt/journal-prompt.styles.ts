import { css } from 'lit';

export const journalPromptStyles = css`
  .base {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: calc(var(--_hearth-space) * 0.75);
    padding: var(--_hearth-space);
    border: 1px solid var(--_hearth-border);
    border-radius: var(--_hearth-radius);
    background: var(--hearth-card-bg, var(--_hearth-surface));
    max-inline-size: 48em;
  }
  p {
    margin: 0;
  }
  .label,
  .muted,
  .count,
  .entry-date {
    color: var(--_hearth-muted);
    font-size: 0.9375em;
  }
  .prompt {
    font-size: 1.25em;
    font-weight: 700;
    line-height: 1.3;
  }
  textarea {
    inline-size: 100%;
    min-block-size: var(--hearth-journal-min-height, 12em);
    padding: 0.75em;
    border: 1px solid var(--_hearth-border);
    border-radius: var(--_hearth-radius);
    background: var(--_hearth-bg);
    color: var(--_hearth-fg);
    line-height: 1.6;
    resize: vertical;
  }
  .conflict,
  .confirm {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
    padding: 0.75em;
    border: 2px solid var(--_hearth-danger);
    border-radius: var(--_hearth-radius);
    background: var(--_hearth-bg);
  }
  .conflict p,
  .confirm p {
    flex-basis: 100%;
  }
  .history {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.5em;
    justify-items: start;
  }
  .history > * {
    max-inline-size: 100%;
  }
  .history-title {
    font-weight: 700;
    font-size: 1.0625em;
  }
  .history input[type='search'] {
    inline-size: 100%;
  }
  .entries {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.75em;
    inline-size: 100%;
  }
  .entries li {
    display: grid;
    gap: 0.25em;
    justify-items: start;
    padding-block-end: 0.75em;
    border-block-end: 1px solid var(--_hearth-border);
  }
  .entry-prompt {
    font-style: italic;
  }
  .payload {
    flex-basis: 100%;
    margin: 0;
    max-block-size: 16em;
    overflow: auto;
    padding: 0.5em;
    border: 1px solid var(--_hearth-border);
    border-radius: var(--_hearth-radius);
    white-space: pre-wrap;
    overflow-wrap: anywhere;
    font-size: 0.875em;
  }
  .edit {
    display: grid;
    gap: 0.25em;
    inline-size: 100%;
  }
  .edit textarea {
    min-block-size: 8em;
  }
  .import {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.25em;
    max-inline-size: 100%;
  }
  .import input {
    max-inline-size: 100%;
  }
  .concealed textarea,
  .concealed .entry-text,
  .concealed .entry-prompt {
    filter: blur(0.4em);
  }
  .lock {
    display: grid;
    gap: 0.4em;
    justify-items: start;
    padding: var(--_hearth-space);
    border-radius: var(--_hearth-radius);
    background: var(--_hearth-bg);
  }
  .lock input {
    inline-size: min(100%, 24em);
  }
  .lock-title {
    font-weight: 700;
    font-size: 1.0625em;
  }
  .lock-error {
    color: var(--_hearth-danger);
    font-weight: 700;
  }
  .recovery-code code {
    font-size: 1.25em;
    letter-spacing: 0.05em;
    overflow-wrap: anywhere;
  }
  .entry-text {
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
`;
