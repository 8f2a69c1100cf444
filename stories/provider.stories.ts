import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

interface ProviderArgs {
  'practice-name': string;
  locale: string;
  region: string;
  theme: 'light' | 'dark' | 'auto';
}

const meta: Meta<ProviderArgs> = {
  title: 'Elements/Provider',
  component: 'hearth-provider',
  args: { 'practice-name': 'Willow Tree Counselling', locale: 'en', region: 'US', theme: 'light' },
  argTypes: {
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
    locale: { control: 'select', options: ['en', 'es', 'fr', 'ar'] },
    region: { control: 'select', options: ['', 'US', 'CA', 'GB', 'IE', 'AU', 'NZ'] },
  },
  render: (args) => html`<hearth-provider
    practice-name=${args['practice-name']}
    locale=${args.locale}
    region=${args.region}
    theme=${args.theme}
  >
    <hearth-crisis-resources></hearth-crisis-resources>
  </hearth-provider>`,
};
export default meta;

type Story = StoryObj<ProviderArgs>;

/** Every element inside takes the practice's locale, region and theme. */
export const Default: Story = {};

export const Dark: Story = { args: { theme: 'dark' }, parameters: { backgrounds: { default: 'dark' } } };

export const Spanish: Story = { args: { locale: 'es' } };

export const ArabicRightToLeft: Story = { args: { locale: 'ar', region: 'GB' } };

/** A bad setting shows an inline error naming the field; the valid settings still apply. */
export const ConfigError: Story = {
  render: () => html`<hearth-provider region="Narnia" theme="sepia"><hearth-crisis-resources></hearth-crisis-resources></hearth-provider>`,
};
