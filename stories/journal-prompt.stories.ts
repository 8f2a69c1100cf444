import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

interface JournalArgs {
  pack: string;
  rotate: 'none' | 'daily' | 'sequence';
  lang: string;
  'max-length'?: number;
}

const packs = ['getting-started', 'gratitude', 'anxiety', 'self-compassion', 'values', 'grief', 'relationships', 'between-sessions'];

const meta: Meta<JournalArgs> = {
  title: 'Elements/Journal prompt',
  component: 'hearth-journal-prompt',
  args: { pack: 'gratitude', rotate: 'none', lang: 'en' },
  argTypes: {
    pack: { control: 'select', options: packs },
    rotate: { control: 'inline-radio', options: ['none', 'daily', 'sequence'] },
    lang: { control: 'select', options: ['en', 'es', 'fr', 'ar'] },
  },
  // Stories keep everything in memory (storage="none"): browsing them writes nothing.
  render: (args) => html`<hearth-provider region="US">
    <hearth-journal-prompt pack=${args.pack} rotate=${args.rotate} lang=${args.lang} storage="none"></hearth-journal-prompt>
  </hearth-provider>`,
};
export default meta;

type Story = StoryObj<JournalArgs>;

/** Empty: the prompt and a place to write. */
export const Empty: Story = {};

async function write(canvasElement: HTMLElement, text: string, save: boolean) {
  const el = canvasElement.querySelector('hearth-journal-prompt')!;
  await el.updateComplete;
  const area = el.shadowRoot!.querySelector('textarea')!;
  area.value = text;
  area.dispatchEvent(new Event('input'));
  if (save) await el.saveEntry();
}

/** Writing: a draft in progress with its word count. */
export const Writing: Story = { play: ({ canvasElement }) => write(canvasElement, 'I noticed the morning light today and felt a little lighter.', false) };

/** Saved: an entry in the history. */
export const Saved: Story = { play: ({ canvasElement }) => write(canvasElement, 'Grateful for my neighbour, who brought soup.', true) };

export const Spanish: Story = { args: { lang: 'es', pack: 'values' } };

export const ArabicRightToLeft: Story = { args: { lang: 'ar' } };

export const Dark: Story = {
  render: () => html`<hearth-provider theme="dark"><hearth-journal-prompt pack="self-compassion" storage="none"></hearth-journal-prompt></hearth-provider>`,
};

/** Encrypted: the first screen asks for a passphrase (stories keep nothing: storage="none"). */
export const EncryptedSetup: Story = {
  render: () => html`<hearth-journal-prompt pack="gratitude" encrypt storage="none"></hearth-journal-prompt>`,
};

/** History: saved entries to search, edit, share, delete and export. */
export const History: Story = {
  play: async ({ canvasElement }) => {
    for (const text of ['Slept better after the walk.', 'Called my brother. It went well.']) await write(canvasElement, text, true);
  },
};

/** Manage: "Manage your journal" open, with export, import and "Delete everything". */
export const Manage: Story = {
  play: async ({ canvasElement }) => {
    await write(canvasElement, 'Slept better after the walk.', true);
    const el = canvasElement.querySelector('hearth-journal-prompt')!;
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="manage-button"]')?.click();
  },
};

/** Locked: an encrypted journal asks for its passphrase (set up here with a story passphrase). */
export const Locked: Story = {
  render: () => html`<hearth-journal-prompt pack="gratitude" encrypt storage="none"></hearth-journal-prompt>`,
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('hearth-journal-prompt')!;
    const shadow = () => el.shadowRoot!;
    for (let i = 0; i < 50 && !shadow().querySelector('#passphrase'); i++) await new Promise((resolve) => setTimeout(resolve, 50));
    for (const id of ['#passphrase', '#confirm']) shadow().querySelector<HTMLInputElement>(id)!.value = 'story passphrase';
    shadow().querySelector<HTMLFormElement>('form.lock')!.requestSubmit();
    for (let i = 0; i < 100 && !shadow().querySelector('[part="recovery-code"]'); i++) await new Promise((resolve) => setTimeout(resolve, 50));
    [...shadow().querySelectorAll('button')].find((b) => b.textContent?.trim() === 'I have kept it safe')?.click();
    for (let i = 0; i < 50 && !el.shadowRoot!.querySelector('textarea#text'); i++) await new Promise((resolve) => setTimeout(resolve, 50));
    el.lock();
  },
};

/** An unknown pack: an inline error naming the field. */
export const Error: Story = { args: { pack: 'poetry' } };
