import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

import type { HearthCopingCard } from '../packages/elements/src/coping-card/coping-card.js';
import type { Strategy } from '../packages/elements/src/coping-card/strategy.js';

interface CardArgs {
  strategy: string;
  lang: string;
  'no-crisis-footer': boolean;
  'no-disclaimer': boolean;
}

const ids = [
  'box-breathing',
  'paced-breathing',
  'grounding-54321',
  'progressive-muscle-relaxation',
  'safe-place',
  'opposite-action',
  'urge-surfing',
  'self-compassion-break',
];

const meta: Meta<CardArgs> = {
  title: 'Elements/Coping card',
  component: 'hearth-coping-card',
  args: { strategy: 'box-breathing', lang: 'en', 'no-crisis-footer': false, 'no-disclaimer': false },
  argTypes: {
    strategy: { control: 'select', options: ids },
    lang: { control: 'select', options: ['en', 'es', 'fr', 'ar'] },
  },
  // Stories keep choices in memory (storage="none") so that browsing them leaves nothing behind.
  render: (args) => html`<hearth-provider region="US">
    <hearth-coping-card
      strategy=${args.strategy}
      lang=${args.lang}
      storage="none"
      ?no-crisis-footer=${args['no-crisis-footer']}
      ?no-disclaimer=${args['no-disclaimer']}
    ></hearth-coping-card>
  </hearth-provider>`,
};
export default meta;

type Story = StoryObj<CardArgs>;

/** Idle: the strategy, its steps, the choices and the footer. */
export const Default: Story = {};

async function startIn(canvasElement: HTMLElement, pause = false) {
  const card = canvasElement.querySelector('hearth-coping-card') as HearthCopingCard;
  await card.updateComplete;
  await card.start();
  if (pause) card.pause();
}

/** Running: the breathing circle and the phase (a text countdown under reduced motion). */
export const Running: Story = { play: ({ canvasElement }) => startIn(canvasElement) };

/** Paused. */
export const Paused: Story = { play: ({ canvasElement }) => startIn(canvasElement, true) };

/** A step-by-step walk. */
export const StepByStep: Story = { args: { strategy: 'grounding-54321' }, play: ({ canvasElement }) => startIn(canvasElement) };

/** Urge surfing: a timer with check-ins. */
export const UrgeSurfingTimer: Story = { args: { strategy: 'urge-surfing' }, play: ({ canvasElement }) => startIn(canvasElement) };

const short: Strategy = {
  id: 'story-short',
  title: 'One slow breath',
  summary: 'A tiny pause.',
  steps: ['Breathe in.', 'Breathe out.'],
  exercise: { type: 'breathing', pattern: [1, 0, 1, 0], cycles: 1 },
};

/** Complete: the exercise finished; focus is on the completion message, which asks "Did that help?". */
export const Complete: Story = {
  render: () => html`<hearth-coping-card storage="none" .strategy=${short}></hearth-coping-card>`,
  play: async ({ canvasElement }) => {
    const card = canvasElement.querySelector('hearth-coping-card') as HearthCopingCard;
    await card.updateComplete;
    card.shadowRoot!.querySelector<HTMLButtonElement>('[part~="controls"] button')?.focus();
    await card.start();
    await new Promise((resolve) => card.addEventListener('hearth-exercise-complete', resolve, { once: true }));
  },
};

/** Rated: "This helped" pressed in the completion message (filled, with a tick). */
export const CompleteAndHelped: Story = {
  render: () => html`<hearth-coping-card storage="none" .strategy=${short}></hearth-coping-card>`,
  play: async (context) => {
    await Complete.play!(context);
    const card = context.canvasElement.querySelector('hearth-coping-card') as HearthCopingCard;
    await card.updateComplete;
    card.shadowRoot!.querySelector<HTMLButtonElement>('[part~="completion"] button')?.click();
  },
};

/** Arabic, finished: the English strategy on the left in blocks of its own, the card's Arabic on the right. */
export const ArabicComplete: Story = {
  args: { lang: 'ar', strategy: 'grounding-54321' },
  play: async ({ canvasElement }) => {
    const card = canvasElement.querySelector('hearth-coping-card') as HearthCopingCard;
    await card.updateComplete;
    await card.start();
    for (let i = 0; i < 6; i++) {
      await card.updateComplete;
      card.shadowRoot!.querySelector<HTMLButtonElement>('[part~="guide"] button.primary')?.click();
    }
  },
};

/** A hidden card collapses to one line with "Show again". */
export const Hidden: Story = {
  play: async ({ canvasElement }) => {
    const card = canvasElement.querySelector('hearth-coping-card') as HearthCopingCard;
    await card.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 50));
    [...card.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Not for me')?.click();
  },
};

/** A deck with navigation; show-hidden lists hidden cards. */
export const Deck: Story = {
  render: () => html`<hearth-coping-card strategies=${ids.join(' ')} show-hidden storage="none"></hearth-coping-card>`,
};

export const Spanish: Story = { args: { lang: 'es' } };

export const ArabicRightToLeft: Story = { args: { lang: 'ar' } };

export const Dark: Story = {
  render: () =>
    html`<hearth-provider theme="dark" region="GB"><hearth-coping-card strategy="safe-place" storage="none"></hearth-coping-card></hearth-provider>`,
};

/** A practice's own strategy, with {name} and {practice} filled in. */
export const PracticeStrategy: Story = {
  render: () => html`<hearth-provider practice-name="Willow Tree Counselling">
    <script type="application/json">
      { "clientName": "Sam" }
    </script>
    <hearth-coping-card storage="none">
      <script type="application/json">
        { "id": "walk", "title": "A short walk, {name}", "summary": "Ten minutes outside, suggested by {practice}.",
          "steps": ["Put on your shoes.", "Walk to the end of the street and back.", "Notice three things you see."],
          "bodyHtml": "<p>Read more in <a href=\\"https://example.org/\\">our guide</a>.</p>" }
      </script>
    </hearth-coping-card>
  </hearth-provider>`,
};

/** An unknown id: an inline error naming the field; the crisis footer stays. */
export const Error: Story = { args: { strategy: 'juggling' } };
