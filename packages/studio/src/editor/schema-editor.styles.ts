import { hostStyles, themeTokens } from '@hearth/core';
import { css } from 'lit';

/**
 * The schema editor's styles: plain, calm and readable. Fields stack in one column (so 320 px
 * and 200% text work), buttons are at least 44 px tall, every target at least 24 px, focus is a
 * visible ring, logical properties follow the document's direction, borders stay in forced
 * colours, and nothing moves by animation (a moved entry simply is in its new place).
 */
export const editorStyles = [
  themeTokens,
  hostStyles,
  css`
    .editor {
      display: grid;
      gap: var(--_hearth-space);
      max-inline-size: 48em;
    }
    .fields,
    fieldset {
      display: grid;
      gap: var(--_hearth-space);
      min-inline-size: 0;
      margin: 0;
    }
    fieldset {
      padding: var(--_hearth-space-s) var(--_hearth-space);
      border: 1px solid var(--_hearth-border);
      border-radius: var(--_hearth-radius);
    }
    legend {
      padding-inline: var(--_hearth-space-2xs);
      font-weight: 700;
    }
    .fields:focus,
    fieldset:focus,
    .const:focus {
      outline: none;
    }
    .fields:focus-visible,
    fieldset:focus-visible,
    .const:focus-visible {
      outline: var(--_hearth-focus-ring);
      outline-offset: 2px;
    }
    .field {
      display: grid;
      gap: var(--_hearth-space-2xs);
      min-inline-size: 0;
    }
    label,
    .label {
      font-weight: 600;
    }
    .required {
      font-weight: 400;
      color: var(--_hearth-muted);
    }
    .help,
    .note,
    .limit,
    .empty,
    .fixed {
      margin: 0;
      color: var(--_hearth-muted);
      font-size: var(--_hearth-text-s);
    }
    .annotation {
      font-size: var(--_hearth-text-s);
    }
    .error {
      color: var(--_hearth-danger);
      font-weight: 600;
      border-inline-start: 4px solid var(--_hearth-danger);
      padding-inline-start: var(--_hearth-space-xs);
    }
    .error p {
      margin: 0;
    }
    input[type='text'],
    input[type='number'],
    select,
    textarea {
      inline-size: 100%;
      min-inline-size: 0;
      min-block-size: 44px;
      padding: 0.4em 0.6em;
      border: 1px solid var(--_hearth-border);
      border-radius: var(--_hearth-radius);
      background: var(--_hearth-bg);
      color: var(--_hearth-fg);
    }
    input[type='number'] {
      max-inline-size: 12em;
    }
    textarea {
      resize: vertical;
      line-height: 1.5;
    }
    [aria-invalid='true'] {
      border-color: var(--_hearth-danger);
      border-width: 2px;
    }
    .check {
      display: flex;
      align-items: center;
      gap: var(--_hearth-space-xs);
    }
    input[type='checkbox'] {
      inline-size: 24px;
      block-size: 24px;
      margin: 0;
      flex: none;
      accent-color: var(--_hearth-accent);
    }
    button {
      cursor: pointer;
      min-block-size: 44px;
      min-inline-size: 44px;
      padding: 0.4em 1em;
      border: 1px solid var(--_hearth-border);
      border-radius: var(--_hearth-radius);
      background: var(--_hearth-bg);
      color: var(--_hearth-fg);
      font-weight: 600;
      line-height: 1.25;
    }
    button:hover:not(:disabled) {
      border-color: var(--_hearth-fg);
    }
    button:disabled,
    button[aria-disabled='true'] {
      cursor: not-allowed;
      color: var(--_hearth-muted);
      border-style: dashed;
    }
    .add-optional,
    .add,
    .remove-optional {
      justify-self: start;
    }
    .tuple {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(min(100%, 12em), 1fr));
      gap: var(--_hearth-space);
    }
    .entries {
      display: grid;
      gap: var(--_hearth-space-s);
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .entry {
      padding: var(--_hearth-space-xs);
      border: 1px solid transparent;
      border-radius: var(--_hearth-radius);
      background: var(--_hearth-surface);
    }
    .entry.dragging {
      border: 2px dashed var(--_hearth-accent);
    }
    .entry.drop-before {
      box-shadow: 0 -4px 0 var(--_hearth-accent);
    }
    .entry.drop-after {
      box-shadow: 0 4px 0 var(--_hearth-accent);
    }
    .entry-controls {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_hearth-space-2xs);
    }
    .entry-controls button {
      padding-inline: 0.6em;
      font-weight: 400;
    }
    .handle {
      touch-action: none;
      user-select: none;
      -webkit-user-select: none;
      cursor: grab;
      display: inline-grid;
      place-items: center;
    }
    .dragging .handle {
      cursor: grabbing;
    }
    /* Six dots drawn with borders, so they stay in forced colours. */
    .grip {
      inline-size: 10px;
      block-size: 16px;
      border-inline: 3px dotted currentColor;
    }
    .undo-note {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--_hearth-space-xs);
      margin: 0;
    }
    .list-add {
      display: grid;
      gap: var(--_hearth-space-2xs);
    }
    .other-errors {
      border: 2px solid var(--_hearth-danger);
      border-radius: var(--_hearth-radius);
      padding: var(--_hearth-space-xs) var(--_hearth-space-s);
    }
    .other-errors p,
    .other-errors ul {
      margin: 0;
    }
    @media (forced-colors: active) {
      .entry {
        border-color: CanvasText;
      }
      .entry.drop-before,
      .entry.drop-after {
        outline: 3px solid Highlight;
      }
      button:disabled,
      button[aria-disabled='true'] {
        color: GrayText;
        border-color: GrayText;
      }
    }
  `,
];
