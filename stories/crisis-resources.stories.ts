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

/** With `preview` and no region: the note only the practice sees. */
export const PreviewWithoutRegion: Story = {
  render: (args) => html`<hearth-crisis-resources preview lang=${args.lang} ?compact=${args.compact}></hearth-crisis-resources>`,
};

/** Arabic, compact, as in a widget's footer: names and numbers isolated, no Latin commas. */
export const ArabicCompact: Story = { args: { lang: 'ar', region: 'GB', compact: true } };

/**
 * Fallback content: the numbers a page writes inside the element, shown before the script
 * arrives. Once defined (as here), the element shows its own listing instead: nothing twice.
 */
export const WithFallbackContent: Story = {
  render: (args) => html`<hearth-crisis-resources region=${args.region} lang=${args.lang}>
    <p>In an emergency, call <a href="tel:911">911</a>.</p>
    <p>988 Suicide &amp; Crisis Lifeline, any time: <a href="tel:988">Phone 988</a> or <a href="sms:988">Text 988</a></p>
  </hearth-crisis-resources>`,
};
