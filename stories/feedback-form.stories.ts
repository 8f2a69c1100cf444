import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

import type { HearthFeedbackForm } from '../packages/elements/src/feedback-form/feedback-form.js';
import type { FormDefinition } from '../packages/elements/src/feedback-form/form-definition.js';

interface FeedbackArgs {
  template: 'session' | 'material' | 'group';
  lang: string;
  anonymous: boolean;
  format: 'json' | 'fhir';
}

const meta: Meta<FeedbackArgs> = {
  title: 'Elements/Feedback form',
  component: 'hearth-feedback-form',
  args: { template: 'session', lang: 'en', anonymous: false, format: 'json' },
  argTypes: {
    template: { control: 'inline-radio', options: ['session', 'material', 'group'] },
    lang: { control: 'select', options: ['en', 'es', 'fr', 'ar'] },
    format: { control: 'inline-radio', options: ['json', 'fhir'] },
  },
  // Stories keep everything in memory (storage="none") and have no endpoint unless they say so:
  // the submit event is the delivery.
  render: (args) => html`<hearth-provider region="US">
    <hearth-feedback-form template=${args.template} lang=${args.lang} ?anonymous=${args.anonymous} format=${args.format} storage="none"></hearth-feedback-form>
  </hearth-provider>`,
};
export default meta;

type Story = StoryObj<FeedbackArgs>;

async function form(canvasElement: HTMLElement): Promise<HearthFeedbackForm> {
  const el = canvasElement.querySelector('hearth-feedback-form')!;
  await el.updateComplete;
  return el;
}

/** Empty: nothing answered; the sliders have no value yet. */
export const Empty: Story = {};

/** Partly filled. */
export const PartlyFilled: Story = {
  play: async ({ canvasElement }) => {
    (await form(canvasElement)).answers = { heard: 8, focus: 6 };
  },
};

/** Invalid: "Send" with questions unanswered shows the error summary and marks each question. */
export const Invalid: Story = {
  play: async ({ canvasElement }) => {
    const el = await form(canvasElement);
    el.answers = { heard: 8 };
    await el.submit();
  },
};

/** Sending: the answers are on their way (the story holds the form in that state). */
export const Sending: Story = {
  render: () => html`<hearth-feedback-form template="group" storage="none" endpoint="/storybook/feedback-held"></hearth-feedback-form>`,
  play: async ({ canvasElement }) => {
    // Storybook has no server to send to: this story's address never answers, so the form stays
    // in its "sending" state (the outbox's own 30 s timeout would queue it after that).
    const fetchOfPage = window.fetch;
    window.fetch = (input, init) =>
      String(input instanceof Request ? input.url : input).endsWith('/storybook/feedback-held') ? new Promise<Response>(() => {}) : fetchOfPage(input, init);
    const el = await form(canvasElement);
    el.answers = { safe: 8, heard: 7, useful: 9 };
    void el.submit();
  },
};

/** Queued: the practice's server could not be reached; the answers wait in the outbox. */
export const Queued: Story = {
  render: () => html`<hearth-feedback-form template="group" storage="none" endpoint="http://127.0.0.1:9/unreachable"></hearth-feedback-form>`,
  play: async ({ canvasElement }) => {
    const el = await form(canvasElement);
    el.answers = { safe: 8, heard: 7, useful: 9 };
    await el.submit();
  },
};

/** Error: the server refused the answers (here a 404 of Storybook's own server); they stay, with "Try again". */
export const ServerError: Story = {
  render: () => html`<hearth-feedback-form template="group" storage="none" endpoint="/storybook/no-such-endpoint"></hearth-feedback-form>`,
  play: async ({ canvasElement }) => {
    const el = await form(canvasElement);
    el.answers = { safe: 8, heard: 7, useful: 9 };
    await el.submit();
  },
};

/** Sent: the thank-you and "Send another". */
export const Sent: Story = {
  args: { template: 'group' },
  play: async ({ canvasElement }) => {
    const el = await form(canvasElement);
    el.answers = { safe: 8, heard: 7, useful: 9 };
    await el.submit();
  },
};

const checkIn: FormDefinition = {
  id: 'check-in',
  version: '1',
  title: 'Before we meet',
  intro: 'A few quick questions about your week.',
  items: [
    { id: 'week', type: 'rating', label: 'How was your week overall?', minLabel: 'Very hard', maxLabel: 'Very good', required: true },
    {
      id: 'sleep',
      type: 'scale',
      label: 'How have you been sleeping?',
      options: [
        { value: 'poorly', label: 'Poorly', score: 0 },
        { value: 'okay', label: 'Okay', score: 1 },
        { value: 'well', label: 'Well', score: 2 },
      ],
    },
    {
      id: 'today',
      type: 'choice',
      label: 'How are you arriving today?',
      options: [
        { value: 'settled', label: 'Fairly settled' },
        { value: 'struggling', label: 'Struggling, but safe' },
        { value: 'not-safe', label: 'I do not feel safe', flag: true },
      ],
    },
    {
      id: 'topics',
      type: 'multi',
      label: 'What would you like to talk about?',
      help: 'Choose any that fit.',
      options: [
        { value: 'work', label: 'Work or study' },
        { value: 'family', label: 'Family' },
        { value: 'health', label: 'Health' },
      ],
    },
    { id: 'word', type: 'text', label: 'One word for how you feel', maxLength: 40 },
  ],
  scoring: { method: 'sum', items: ['week', 'sleep'] },
};

/** Every item type, from a practice's own definition. */
export const EveryItemType: Story = {
  render: () => html`<hearth-provider region="US"><hearth-feedback-form storage="none" .definition=${checkIn}></hearth-feedback-form></hearth-provider>`,
};

/** Flagged: a flagged option shows the crisis resources inline and says nobody is alerted. */
export const Flagged: Story = {
  render: EveryItemType.render,
  play: async ({ canvasElement }) => {
    (await form(canvasElement)).answers = { today: 'not-safe' };
  },
};

export const Spanish: Story = { args: { lang: 'es', template: 'material' } };

/**
 * Arabic with a built-in form (written in Arabic): the strings and the questions are Arabic and
 * right to left; each rating and its end labels run right to left together, so the number under
 * "كثيرًا" (a lot) is 10.
 */
export const ArabicRightToLeft: Story = { args: { lang: 'ar', template: 'group' } };

const arabicCheckIn: FormDefinition = {
  id: 'check-in-ar',
  version: '1',
  title: 'قبل أن نلتقي',
  intro: 'بضعة أسئلة قصيرة عن أسبوعك.',
  items: [
    { id: 'week', type: 'rating', label: 'كيف كان أسبوعك بشكل عام؟', minLabel: 'صعب جدًا', maxLabel: 'جيد جدًا', required: true },
    { id: 'calm', type: 'slider', label: 'ما مدى شعورك بالهدوء الآن؟', minLabel: 'لست هادئًا', maxLabel: 'هادئ جدًا', required: true },
    {
      id: 'sleep',
      type: 'scale',
      label: 'كيف كان نومك؟',
      required: true,
      errorMessage: 'اختر كيف كان نومك',
      options: [
        { value: 'poorly', label: 'سيئًا' },
        { value: 'okay', label: 'مقبولًا' },
        { value: 'well', label: 'جيدًا' },
      ],
    },
    { id: 'word', type: 'text', label: 'كلمة واحدة تصف شعورك' },
  ],
};

/** Arabic with the practice's own Arabic form: every scale runs right to left, 0 under "صعب جدًا" on the right. */
export const ArabicOwnForm: Story = {
  render: () =>
    html`<hearth-provider region="US"><hearth-feedback-form lang="ar" storage="none" .definition=${arabicCheckIn}></hearth-feedback-form></hearth-provider>`,
};

/** Invalid in Arabic: the messages name each question, or say the item's own `errorMessage`. */
export const ArabicInvalid: Story = {
  render: ArabicOwnForm.render,
  play: async ({ canvasElement }) => {
    await (await form(canvasElement)).submit();
  },
};

/** Each required question's own `errorMessage`, at the question and in the summary. */
export const OwnErrorMessages: Story = {
  render: () => html`<hearth-provider region="US"
    ><hearth-feedback-form
      storage="none"
      .definition=${{
        ...checkIn,
        items: checkIn.items.map((item) => (item.id === 'week' ? { ...item, errorMessage: 'Choose a number for how your week was' } : item)),
      }}
    ></hearth-feedback-form
  ></hearth-provider>`,
  play: async ({ canvasElement }) => {
    await (await form(canvasElement)).submit();
  },
};

export const Dark: Story = {
  render: () => html`<hearth-provider theme="dark"><hearth-feedback-form template="group" storage="none"></hearth-feedback-form></hearth-provider>`,
};
