import { css } from 'lit';

/** `<studio-preview>`: a scrollable stage, and in it a frame of the chosen width that stands for the practice's page. */
export const studioPreviewStyles = css`
  :host {
    display: block;
    min-inline-size: 0;
  }
  .stage {
    overflow: auto;
    max-inline-size: 100%;
    max-block-size: var(--studio-preview-height, 80vh);
    border: 1px solid #80868f;
    border-radius: 0.5em;
    background: #e9e7e2;
    padding: 0.5em;
    box-sizing: border-box;
  }
  .stage:focus-visible {
    outline: 3px solid #2f5d8a;
    outline-offset: 2px;
  }
  /* The practice's page behind the element: its background follows the scheme and the tokens. */
  .frame {
    box-sizing: border-box;
    padding: 1em 0.75em;
    background: var(--hearth-color-bg, #ffffff);
    color: var(--hearth-color-fg, #1f2329);
    color-scheme: light;
  }
  .frame.dark {
    background: var(--hearth-color-bg, #16181c);
    color: var(--hearth-color-fg, #ecedef);
    color-scheme: dark;
  }
  .frame.phone {
    inline-size: 320px;
  }
  .frame.tablet {
    inline-size: 768px;
  }
  .frame.desktop {
    inline-size: 1024px;
  }
  .note {
    margin: 0.5em 0 0;
    font-size: 0.875em;
    color: #545b66;
  }
  .empty {
    margin: 0;
  }
  @media (forced-colors: active) {
    .stage,
    .frame {
      border: 1px solid CanvasText;
    }
    .stage:focus-visible {
      outline-color: Highlight;
    }
  }
`;
