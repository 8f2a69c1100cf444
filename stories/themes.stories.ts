import '../docs/themes/calm-light.css';
import '../docs/themes/high-contrast.css';
import '../docs/themes/dark.css';

import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

interface ThemeArgs {
  theme: 'calm-light' | 'high-contrast' | 'dark';
}

/** The three worked themes of docs/theming.md, each on a page of the widgets. */
const meta: Meta<ThemeArgs> = {
  title: 'Guides/Themes',
  args: { theme: 'calm-light' },
  argTypes: { theme: { control: 'inline-radio', options: ['calm-light', 'high-contrast', 'dark'] } },
  render: ({ theme }) => html`<div
    class=${`hearth-theme-${theme}`}
    style="background: var(--hearth-color-bg); color: var(--hearth-color-fg); padding: 1.5em; display: grid; gap: 1.5em; max-width: 44em;"
  >
    <hearth-provider theme=${theme === 'dark' ? 'dark' : 'light'} region="GB" practice-name="Willow Tree Counselling">
      <hearth-quick-exit></hearth-quick-exit>
      <hearth-crisis-resources></hearth-crisis-resources>
      <hearth-coping-card strategy="box-breathing" storage="none"></hearth-coping-card>
      <hearth-journal-prompt pack="gratitude" storage="none"></hearth-journal-prompt>
      <hearth-feedback-form template="session" storage="none"></hearth-feedback-form>
      <hearth-consent template="confidentiality" storage="none"></hearth-consent>
    </hearth-provider>
  </div>`,
};
export default meta;

type Story = StoryObj<ThemeArgs>;

/** Warm paper, a sage accent, soft corners (docs/themes/calm-light.css). */
export const CalmLight: Story = {};

/** Black on white, black borders, a thick focus ring, larger text (docs/themes/high-contrast.css). */
export const HighContrast: Story = { args: { theme: 'high-contrast' } };

/** A deep blue-grey page with a soft blue accent (docs/themes/dark.css). */
export const Dark: Story = { args: { theme: 'dark' }, parameters: { backgrounds: { default: 'dark' } } };
