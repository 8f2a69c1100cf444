import '../packages/elements/src/all.js';

import { type Preview, setCustomElementsManifest } from '@storybook/web-components-vite';

import manifest from '../packages/elements/custom-elements.json';

setCustomElementsManifest(manifest);

const preview: Preview = {
  tags: ['autodocs'],
  parameters: {
    controls: { expanded: true },
    a11y: { test: 'error' },
  },
};

export default preview;
