import { css } from 'lit';

/*
 * Calm and roomy: one column at any width, sections as quiet cards, actions that wrap under the
 * text at 320 px and 200% text. The crisis view is larger still, with the step's items as big
 * lines and Next within a thumb's reach under them.
 *
 * Cards inside cards: on a narrow screen their paddings are capped by the screen's width (vw), so
 * that at 320 px with 200% text the words still fit on a line (an em padding doubles with the text).
 */
export const safetyPlanStyles = css`
  .base {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_hearth-space-s, 0.75em);
    padding: min(var(--_hearth-space, 1em), 5vw);
    border: 1px solid var(--_hearth-border);
    border-radius: var(--_hearth-radius);
    background: var(--hearth-card-bg, var(--_hearth-surface));
    max-inline-size: var(--_hearth-max-width, 45em);
    line-height: 1.5;
  }
  p {
    margin: 0;
  }
  ul,
  ol {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  [part='header'] {
    display: grid;
    gap: var(--_hearth-space-xs, 0.5em);
    justify-items: start;
  }
  .label,
  .muted,
  .status,
  .import-status,
  .step-of {
    color: var(--_hearth-muted);
    font-size: var(--_hearth-text-s, 0.875em);
  }
  .status.error {
    color: var(--_hearth-danger);
    padding-inline-start: var(--_hearth-space-xs, 0.5em);
    border-inline-start: 0.25em solid var(--_hearth-danger);
  }
  .section {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_hearth-space-xs, 0.5em);
    padding: min(var(--_hearth-space-s, 0.75em), 4vw);
    border: 1px solid var(--_hearth-border);
    border-radius: var(--_hearth-radius);
    background: var(--_hearth-bg);
  }
  .section-heading,
  .step-title {
    font-family: var(--_hearth-heading-font, inherit);
    color: var(--_hearth-heading-color, inherit);
    font-weight: var(--_hearth-heading-weight, 700);
    font-size: 1.1em;
  }
  .prompt {
    display: grid;
    gap: var(--_hearth-space-2xs, 0.25em);
  }
  .items {
    display: grid;
    gap: var(--_hearth-space-xs, 0.5em);
    counter-reset: item;
  }
  .item {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_hearth-space-2xs, 0.25em);
    padding-block-end: var(--_hearth-space-xs, 0.5em);
    border-block-end: 1px solid var(--_hearth-border);
  }
  .item .text,
  .step-items span,
  .contacts .text {
    overflow-wrap: break-word;
    min-inline-size: 0;
  }
  .item-actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_hearth-space-2xs, 0.25em);
  }
  .item-actions button {
    font-weight: 400;
    padding-inline: 0.6em;
  }
  .fields {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_hearth-space-2xs, 0.25em);
    justify-items: stretch;
  }
  .fields .row {
    margin-block-start: var(--_hearth-space-2xs, 0.25em);
  }
  /* A number is typed left to right, and sits at the form's edge like the fields above it. */
  [dir='rtl'] [type='tel'] {
    text-align: right;
  }
  a.call {
    display: inline-flex;
    align-items: center;
    justify-self: start;
    min-block-size: 44px;
    color: var(--_hearth-accent);
    font-weight: 600;
    unicode-bidi: isolate;
  }
  a.call.big {
    font-size: 1.2em;
  }
  .contacts ul,
  .strategies ul {
    display: grid;
    gap: var(--_hearth-space-xs, 0.5em);
  }
  .contacts li,
  .strategies li {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_hearth-space-xs, 0.5em);
  }
  .strategies hearth-coping-card {
    flex-basis: 100%;
  }
  .manage > div {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_hearth-space-xs, 0.5em);
    margin-block-start: var(--_hearth-space-xs, 0.5em);
  }
  .manage > div[hidden] {
    display: none;
  }
  .manage p {
    flex-basis: 100%;
  }
  /* An import's result sits beside its button (empty, it takes no line of its own). */
  .manage .import-status {
    flex-basis: auto;
  }

  /*
   * The crisis view: larger type, one step at a time. Not larger than a tenth of a narrow screen's
   * width: a client who already set 200% text keeps whole words on a 320 px phone.
   */
  .crisis-view {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_hearth-space-s, 0.75em);
    font-size: max(1em, min(1.15em, 10vw));
  }
  .crisis-view [tabindex='-1']:focus {
    outline: none;
  }
  .crisis-view [tabindex='-1']:focus-visible {
    outline: var(--_hearth-focus-ring);
  }
  .step {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_hearth-space-s, 0.75em);
    padding: min(var(--_hearth-space-s, 0.75em), 4vw);
    border: 1px solid var(--_hearth-border);
    border-radius: var(--_hearth-radius);
    background: var(--_hearth-bg);
  }
  /* Capped by the screen's width: a long word of the title fits a 320 px screen at 200% text. */
  .step-title {
    font-size: min(1.2em, 12vw);
    overflow-wrap: break-word;
  }
  .step-items {
    display: grid;
    gap: var(--_hearth-space-s, 0.75em);
  }
  .step-items li {
    display: grid;
    gap: var(--_hearth-space-2xs, 0.25em);
    padding-inline-start: min(var(--_hearth-space-xs, 0.5em), 3vw);
    border-inline-start: 4px solid var(--_hearth-accent);
  }
  .step-nav {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 8em), 1fr));
    gap: var(--_hearth-space-xs, 0.5em);
  }
  .step-nav button {
    min-block-size: 52px;
    padding-inline: min(1em, 3vw);
  }
  /* "Next step" at the last step: greyed like "Previous step" at the first, not a faded main button. */
  .step-nav button:disabled {
    background: var(--_hearth-bg);
    border-color: var(--_hearth-border);
    color: var(--_hearth-fg);
  }
  /* Every step, one under the other, each name starting at the same edge. */
  .all-steps {
    display: grid;
    justify-items: start;
    gap: var(--_hearth-space-2xs, 0.25em);
  }
  .all-steps button {
    padding-inline: min(0.5em, 1.5vw);
    text-align: start;
  }
  hearth-crisis-resources::part(base) {
    padding: min(var(--_hearth-space, 1em), 4vw);
  }
  .all-steps button[aria-current='step'] {
    font-weight: 700;
    text-decoration-thickness: 3px;
  }
  /* "Hide text" of an encrypted plan: what the client wrote is blurred until revealed. */
  .concealed .items .text,
  .concealed .items .call,
  .concealed .fields input {
    filter: blur(0.4em);
  }
  @media (forced-colors: active) {
    .step-items li {
      border-inline-start-color: CanvasText;
    }
    .step-nav button:disabled {
      background: Canvas;
      border-color: GrayText;
      color: GrayText;
    }
  }
`;
