import { css } from 'lit';

/** The card a form widget sits in (the feedback form, the consent): padded, bordered, on the surface colour. */
export const widgetCardStyles = css`
  .base {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_hearth-space);
    padding: var(--_hearth-space);
    border: 1px solid var(--_hearth-border);
    border-radius: var(--_hearth-radius);
    background: var(--hearth-card-bg, var(--_hearth-surface));
    max-inline-size: var(--_hearth-max-width, 45em);
  }
  p {
    margin: 0;
  }
  .status:empty {
    display: none;
  }
`;
