import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

interface PlanArgs {
  lang: string;
}

const meta: Meta<PlanArgs> = {
  title: 'Elements/Safety plan',
  component: 'hearth-safety-plan',
  args: { lang: 'en' },
  argTypes: { lang: { control: 'select', options: ['en', 'es', 'fr', 'ar'] } },
  // Stories keep everything in memory (storage="none"): browsing them writes nothing.
  render: (args) => html`<hearth-provider region="US" .config=${{ contacts: [{ name: 'Dr. Rivera', role: 'Your therapist', phone: '555 0100' }] }}>
    <hearth-safety-plan lang=${args.lang} storage="none"></hearth-safety-plan>
  </hearth-provider>`,
};
export default meta;

type Story = StoryObj<PlanArgs>;

/** A story's plan, once it has read its (empty) storage. */
async function planIn(canvasElement: HTMLElement) {
  const el = canvasElement.querySelector('hearth-safety-plan')!;
  for (let i = 0; i < 100 && !el.data.loaded; i++) await new Promise((resolve) => setTimeout(resolve, 20));
  return el;
}

/** What a client might have written with their therapist (made up for the story). */
async function fill(canvasElement: HTMLElement) {
  const el = await planIn(canvasElement);
  el.addItem('warning-signs', 'I stop answering messages');
  el.addItem('warning-signs', 'I lie awake after midnight');
  el.addItem('coping', 'Shower, then make tea');
  el.addItem('distractions', 'The library on Oak Street');
  el.addItem('people', 'My sister Lee', '555 0123');
  el.addItem('professionals', 'Dr. Rivera (Your therapist)', '555 0100');
  el.addItem('environment', 'Ask Lee to keep my extra medicines');
  el.addItem('reasons', 'My cat, Miso');
  el.data.linkStrategy('coping', 'paced-breathing');
  await el.updateComplete;
  return el;
}

/** Empty: each section with its prompt and example, ready to fill in with a therapist. */
export const Empty: Story = {};

/** Filled: a plan with something in every section and a linked coping strategy. */
export const Filled: Story = { play: ({ canvasElement }) => fill(canvasElement).then(() => undefined) };

/** The crisis view: "Use my plan now", large and one step at a time, with the crisis lines. */
export const CrisisView: Story = {
  play: async ({ canvasElement }) => {
    const el = await fill(canvasElement);
    el.openCrisisView();
  },
};

/** Editing an item: its fields in place, Save and Cancel. */
export const Editing: Story = {
  play: async ({ canvasElement }) => {
    const el = await fill(canvasElement);
    el.shadowRoot!.querySelector<HTMLButtonElement>('section[aria-labelledby="heading-people"] .item .edit')!.click();
  },
};

/** Manage: "Delete everything", asked first. */
export const Manage: Story = {
  play: async ({ canvasElement }) => {
    const el = await fill(canvasElement);
    [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Manage my plan')?.click();
  },
};

/** Saving an encrypted file: the passphrase for the file, typed twice. */
export const EncryptedFile: Story = {
  play: async ({ canvasElement }) => {
    const el = await fill(canvasElement);
    const button = (name: string) => [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent?.trim() === name);
    button('Manage my plan')?.click();
    // The file actions load when "Manage my plan" opens.
    await el.updateComplete;
    button('Save as an encrypted file (JSON)')?.click();
  },
};

export const Spanish: Story = { args: { lang: 'es' } };

export const ArabicRightToLeft: Story = { args: { lang: 'ar' }, play: ({ canvasElement }) => fill(canvasElement).then(() => undefined) };

export const Dark: Story = {
  render: () => html`<hearth-provider theme="dark" region="GB"><hearth-safety-plan storage="none"></hearth-safety-plan></hearth-provider>`,
  play: ({ canvasElement }) => fill(canvasElement).then(() => undefined),
};

/** Practice wording: the practice's own prompts replace the built-in ones where it gives any. */
export const PracticePrompts: Story = {
  render: () => html`<hearth-safety-plan storage="none">
    <script type="application/json">
      { "id": "our-plan", "version": "1", "sections": [{ "id": "reasons", "title": "What keeps me going", "example": "My kids, my garden" }] }
    </script>
  </hearth-safety-plan>`,
};

/** Encrypted, first visit: the passphrase set-up, with help always below it. */
export const EncryptedSetup: Story = {
  render: () => html`<hearth-provider region="US" .config=${{ contacts: [{ name: 'Dr. Rivera', role: 'Your therapist', phone: '555 0100' }] }}>
    <hearth-safety-plan encrypt storage="none"></hearth-safety-plan>
  </hearth-provider>`,
};

/** Locked: the passphrase asked for, and the practice's contacts and the crisis lines shown without it. */
export const Locked: Story = {
  render: () => html`<hearth-provider region="US" .config=${{ contacts: [{ name: 'Dr. Rivera', role: 'Your therapist', phone: '555 0100' }] }}>
    <hearth-safety-plan encrypt storage="none"></hearth-safety-plan>
  </hearth-provider>`,
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('hearth-safety-plan')!;
    const shadow = () => el.shadowRoot!;
    for (let i = 0; i < 100 && !shadow().querySelector('#passphrase'); i++) await new Promise((resolve) => setTimeout(resolve, 50));
    for (const id of ['#passphrase', '#confirm']) shadow().querySelector<HTMLInputElement>(id)!.value = 'story passphrase';
    shadow().querySelector<HTMLFormElement>('form.lock')!.requestSubmit();
    for (let i = 0; i < 100 && !shadow().querySelector('[part="recovery-code"]'); i++) await new Promise((resolve) => setTimeout(resolve, 50));
    [...shadow().querySelectorAll('button')].find((b) => b.textContent?.trim() === 'I have kept it safe')?.click();
    for (let i = 0; i < 100 && !shadow().querySelector('#add-reasons'); i++) await new Promise((resolve) => setTimeout(resolve, 50));
    el.lock();
  },
};

/** Sharing: with an endpoint, "Share with my therapist" shows exactly what will be sent before it goes. */
export const Share: Story = {
  render: () => html`<hearth-provider region="US"><hearth-safety-plan storage="none" endpoint="/hearth/safety-plan"></hearth-safety-plan></hearth-provider>`,
  play: async ({ canvasElement }) => {
    const el = await fill(canvasElement);
    for (let i = 0; i < 100 && !el.shadowRoot!.querySelector('[part="share"] button'); i++) await new Promise((resolve) => setTimeout(resolve, 50));
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="share"] button')?.click();
  },
};

/** Bad prompts: an inline error naming the field; the plan still works. */
export const Error: Story = {
  render: () => html`<hearth-safety-plan storage="none" .prompts=${{ id: 'x', version: '1', sections: [{ id: 'hobbies' }] }}></hearth-safety-plan>`,
};
