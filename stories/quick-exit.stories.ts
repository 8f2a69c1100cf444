import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

interface QuickExitArgs {
  href: string;
  lang: string;
  'no-shortcut': boolean;
}

const meta: Meta<QuickExitArgs> = {
  title: 'Elements/Quick exit',
  component: 'hearth-quick-exit',
  // Pressing it in Storybook really leaves the page; the default story points back to Storybook's own docs page.
  args: { href: '?path=/docs/elements-quick-exit--docs', lang: 'en', 'no-shortcut': true },
  argTypes: { lang: { control: 'select', options: ['en', 'es', 'fr', 'ar'] } },
  render: (args) => html`<hearth-quick-exit href=${args.href} lang=${args.lang} ?no-shortcut=${args['no-shortcut']}></hearth-quick-exit>`,
};
export default meta;

type Story = StoryObj<QuickExitArgs>;

export const Default: Story = {};

export const Spanish: Story = { args: { lang: 'es' } };

export const ArabicRightToLeft: Story = { args: { lang: 'ar' } };

export const Dark: Story = {
  render: () => html`<hearth-provider theme="dark"><hearth-quick-exit no-shortcut href="?"></hearth-quick-exit></hearth-provider>`,
};

export const InvalidHref: Story = { args: { href: 'javascript:alert(1)' } };

/**
 * Fallback content: a plain link out, for before the script arrives. Once defined (as here), the
 * button replaces it and, with no `href`, goes where the link goes.
 */
export const WithFallbackLink: Story = {
  render: (args) => html`<hearth-quick-exit lang=${args.lang} no-shortcut><a href="?path=/docs/elements-quick-exit--docs">Quick exit</a></hearth-quick-exit>`,
};

/** On a phone: a full-width bar (the page gives the element the width; the button fills it). */
export const FullWidthBar: Story = {
  render: (args) => html`<hearth-quick-exit href=${args.href} lang=${args.lang} no-shortcut></hearth-quick-exit>`,
  play: ({ canvasElement }) => {
    const exit = canvasElement.querySelector('hearth-quick-exit');
    exit?.style.setProperty('display', 'block');
  },
};
