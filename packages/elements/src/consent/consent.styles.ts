import { css } from 'lit';

/*
 * The consent, after the GOV.UK Design System's forms, checkboxes and error summary: one spacing
 * and type scale from the shared tokens, calm states with a bar on the start side, checkboxes of at
 * least 24 px with the whole label as their target, and "I agree" / "I do not agree" equally easy.
 */
export const consentStyles = css`
  .header {
    display: grid;
    gap: var(--_hearth-space-2xs, 0.25em);
  }
  .muted {
    color: var(--_hearth-muted);
    font-size: var(--_hearth-text-s, 0.875em);
    line-height: 1.5;
  }
  .template-note,
  .ask-again {
    display: grid;
    gap: var(--_hearth-space-xs, 0.5em);
    padding: var(--_hearth-space-s, 0.75em);
    border-inline-start: 5px solid var(--_hearth-accent);
    background: var(--_hearth-bg);
  }
  .terms {
    max-block-size: var(--hearth-consent-terms-height, 20em);
    overflow: auto;
    padding: var(--_hearth-space-s, 0.75em) var(--_hearth-space, 1em);
    border: 1px solid var(--_hearth-border);
    border-radius: var(--_hearth-radius);
    background: var(--_hearth-bg);
    line-height: 1.5;
  }
  /*
   * On a narrow or short screen a box that scrolls inside a page that scrolls is hard to use with
   * a thumb: the terms flow in the page (require-scroll then counts scrolling the page). The
   * screen's size comes from the element (.terms-flow, .narrow: matchMedia), never @media here:
   * WebKit can keep a stale @media result in a new shadow tree (MediaMatch in @hearth/core).
   */
  .terms-flow .terms {
    max-block-size: none;
    overflow: visible;
    padding-inline: var(--_hearth-space-s, 0.75em);
  }
  .section + .section {
    margin-block-start: var(--_hearth-space, 1em);
  }
  .section-title {
    font-family: var(--_hearth-heading-font, inherit);
    font-weight: var(--_hearth-heading-weight, 700);
    color: var(--_hearth-heading-color, inherit);
    line-height: 1.25;
    margin-block-end: var(--_hearth-space-2xs, 0.25em);
  }
  /* Struck and inserted words must not be missed: a thicker strike, and a double underline that no
     link has (screen readers are told in words: EditMarks). */
  .html-content s,
  .html-content del {
    text-decoration-thickness: 2px;
  }
  .html-content ins {
    text-decoration-line: underline;
    text-decoration-style: double;
  }
  .html-content > * {
    margin-block: var(--_hearth-space-xs, 0.5em) 0;
  }
  .html-content ul,
  .html-content ol {
    padding-inline-start: 1.5em;
  }
  .html-content > :first-child {
    margin-block-start: 0;
  }
  .html-content > :last-child {
    margin-block-end: 0;
  }
  .terms-end {
    block-size: 1px;
  }
  .answer-form,
  .answer {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_hearth-space, 1em);
  }
  .signature {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_hearth-space-2xs, 0.25em);
  }
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    display: grid;
    gap: var(--_hearth-space-2xs, 0.25em);
    min-inline-size: 0;
  }
  legend {
    padding: 0;
    font-weight: 700;
    font-size: var(--_hearth-text-l, 1.125em);
    line-height: 1.25;
    margin-block-end: var(--_hearth-space-xs, 0.5em);
  }
  /* The whole label is the checkbox's target: at least 44 px tall, the box at least 24 px. */
  .ack {
    display: flex;
    align-items: flex-start;
    gap: var(--_hearth-space-s, 0.75em);
    min-block-size: 44px;
    padding-block: var(--_hearth-space-xs, 0.5em);
    cursor: pointer;
  }
  .ack input {
    flex: none;
    inline-size: max(24px, 1.5em);
    block-size: max(24px, 1.5em);
    margin: 0;
    accent-color: var(--_hearth-accent);
    cursor: pointer;
  }
  .ack > span {
    padding-block-start: 0.125em;
  }
  .signature label {
    font-weight: 700;
  }
  .signature input {
    inline-size: 100%;
    max-inline-size: 30em;
  }
  .missing {
    padding: var(--_hearth-space-s, 0.75em) var(--_hearth-space, 1em);
    border: 1px solid var(--_hearth-danger);
    border-inline-start-width: 5px;
    border-radius: var(--_hearth-radius);
    background: var(--_hearth-bg);
  }
  .missing > p {
    color: var(--_hearth-danger);
    font-weight: 700;
  }
  .missing ul {
    margin: var(--_hearth-space-2xs, 0.25em) 0 0;
    padding-inline-start: 1.25em;
  }
  /*
   * "I agree" and "I do not agree": the same size whatever their words (equal grid columns, never
   * a minimum width the longer label can outgrow in another font or language), side by side; one
   * above the other, each the full width, when two do not fit (a phone, large text).
   */
  .row.decide {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(11em, 100%), 1fr));
    align-items: stretch;
    max-inline-size: 23em;
  }
  .narrow .row.decide {
    grid-template-columns: minmax(0, 1fr);
    max-inline-size: none;
  }
  .narrow .answer .row button {
    flex: 1 1 100%;
  }
  .answer {
    padding-inline-start: var(--_hearth-space, 1em);
    border-inline-start: 5px solid var(--_hearth-border);
  }
  .answer[data-stage='agreed'] {
    border-inline-start-color: var(--_hearth-success);
  }
  .answer-text {
    font-size: var(--_hearth-text-l, 1.125em);
    font-weight: 700;
    line-height: 1.25;
  }
  .send-state {
    color: var(--_hearth-muted);
  }
  .secondary-actions {
    margin-block-start: calc(-1 * var(--_hearth-space-xs, 0.5em));
  }
  .secondary-actions .link {
    padding-inline: 0;
  }
  .confirm {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_hearth-space-xs, 0.5em);
    padding: var(--_hearth-space-s, 0.75em);
    border: 1px solid var(--_hearth-danger);
    border-inline-start-width: 5px;
    border-radius: var(--_hearth-radius);
    background: var(--_hearth-bg);
  }
  .confirm p {
    flex-basis: 100%;
  }
  /* Terms answered in turn: each signer's answer, the one whose turn it is in bold. */
  .signers {
    display: grid;
    gap: var(--_hearth-space-2xs, 0.25em);
    padding: var(--_hearth-space-s, 0.75em);
    border: 1px solid var(--_hearth-border);
    border-radius: var(--_hearth-radius);
  }
  .signers-title {
    font-weight: 700;
  }
  .signers ul {
    display: grid;
    gap: var(--_hearth-space-xs, 0.5em);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .signer {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_hearth-space-xs, 0.5em);
  }
  .signer[aria-current] > span {
    font-weight: 700;
  }
  .not-ready {
    display: grid;
    gap: var(--_hearth-space-s, 0.75em);
    padding: var(--_hearth-space-s, 0.75em);
    border-inline-start: 5px solid var(--_hearth-border);
  }
`;
