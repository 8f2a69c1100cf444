import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

interface CrisisArgs {
  region: string;
  compact: boolean;
  lang: string;
}

const meta: Meta<CrisisArgs> = {
  title: 'Elements/Crisis resources',
  component: 'hearth-crisis-resources',
  args: { region: 'US', compact: false, lang: 'en' },
  argTypes: {
    region: { control: 'select', options: ['', 'US', 'CA', 'GB', 'IE', 'AU', 'NZ', 'FR'] },
    lang: { control: 'select', options: ['en', 'es', 'fr', 'ar'] },
  },
  render: (args) => html`<hearth-crisis-resources region=${args.region} ?compact=${args.compact} lang=${args.lang}></hearth-crisis-resources>`,
};
export default meta;

type Story = StoryObj<CrisisArgs>;

export const Default: Story = {};

/** Without a region: only the universal "call your local emergency number". */
export const NoRegion: Story = { args: { region: '' } };

/** The one-paragraph form that widget footers use. */
export const Compact: Story = { args: { region: 'GB', compact: true } };

export const Spanish: Story = { args: { lang: 'es' } };

export const ArabicRightToLeft: Story = { args: { lang: 'ar', region: 'AU' } };

export const Dark: Story = {
  render: () => html`<hearth-provider theme="dark" region="NZ"><hearth-crisis-resources></hearth-crisis-resources></hearth-provider>`,
};

/** The practice's own line first, then the built-in ones. */
export const WithPracticeLines: Story = {
  render: () => html`<hearth-provider region="US">
    <script type="application/json">
      { "crisis": { "lines": [{ "id": "willow-oncall", "name": "Willow Tree on-call counsellor", "phone": "+1 555 010 2000", "hours": "Weekdays 7 pm to 10 pm" }] } }
    </script>
    <hearth-crisis-resources></hearth-crisis-resources>
  </hearth-provider>`,
};

export const InvalidRegion: Story = { args: { region: 'Narnia' } };
