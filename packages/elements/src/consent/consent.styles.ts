import { css } from 'lit';

export const consentStyles = css`
  .header {
    display: grid;
    gap: 0.25em;
  }
  .muted {
    color: var(--_hearth-muted);
    font-size: 0.9375em;
  }
  .template-note,
  .ask-again {
    padding: 0.75em;
    border-inline-start: 4px solid var(--_hearth-accent);
    background: var(--_hearth-bg);
    display: grid;
    gap: 0.5em;
  }
  .terms {
    max-block-size: var(--hearth-consent-terms-height, 20em);
    overflow: auto;
    padding: 0.75em 1em;
    border: 1px solid var(--_hearth-border);
    border-radius: var(--_hearth-radius);
    background: var(--_hearth-bg);
    line-height: 1.55;
  }
  .section + .section {
    margin-block-start: 1em;
  }
  .section-title {
    font-weight: 700;
    margin-block-end: 0.25em;
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
  .signature,
  .answer {
    display: grid;
    gap: 0.75em;
  }
  .signature {
    gap: 0.375em;
  }
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    display: grid;
    gap: 0.25em;
  }
  legend {
    font-weight: 700;
    margin-block-end: 0.25em;
  }
  .ack {
    display: flex;
    align-items: flex-start;
    gap: 0.625em;
    min-block-size: 44px;
    padding-block: 0.5em;
    cursor: pointer;
  }
  .ack input {
    flex: none;
    inline-size: 1.25em;
    block-size: 1.25em;
    margin: 0.1em 0 0;
    accent-color: var(--_hearth-accent);
  }
  .signature label {
    font-weight: 700;
  }
  .signature input {
    inline-size: 100%;
    max-inline-size: 30em;
  }
  .missing {
    padding: 0.75em 1em;
    border: 3px solid var(--_hearth-danger);
    border-radius: var(--_hearth-radius);
    background: var(--_hearth-bg);
  }
  .missing ul {
    margin: 0.25em 0 0;
    padding-inline-start: 1.25em;
  }
  .answer-text {
    font-size: 1.125em;
    font-weight: 700;
  }
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
  .confirm p {
    flex-basis: 100%;
  }
`;
