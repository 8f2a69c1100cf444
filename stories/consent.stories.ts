import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';

import type { HearthConsent } from '../packages/elements/src/consent/consent.js';
import type { Policy } from '../packages/elements/src/consent/policy.js';

interface ConsentArgs {
  template: 'confidentiality' | 'electronic-communication' | 'group' | 'telehealth' | 'minors';
  lang: string;
  /** Unset (''): the client, or for `minors` each signer in turn. */
  'signer-role': '' | 'self' | 'guardian' | 'representative';
  'require-scroll': boolean;
  /** On the provider: shows what only the practice should see (the template's note). */
  preview: boolean;
  /** `<template>@<version>` the practice has checked; hides the note from clients (not in preview). */
  reviewed: string;
}

const meta: Meta<ConsentArgs> = {
  title: 'Elements/Consent',
  component: 'hearth-consent',
  // Stories are the practice's preview: `preview` shows the template's note whatever `reviewed` says.
  args: { template: 'confidentiality', lang: 'en', 'signer-role': 'self', 'require-scroll': false, preview: true, reviewed: '' },
  argTypes: {
    template: { control: 'select', options: ['confidentiality', 'electronic-communication', 'group', 'telehealth', 'minors'] },
    lang: { control: 'select', options: ['en', 'es', 'fr', 'ar'] },
    'signer-role': { control: 'inline-radio', options: ['', 'self', 'guardian', 'representative'] },
  },
  // Stories keep everything in memory (storage="none") and have no endpoint: the events are the delivery.
  // policyValues: the values the telehealth template's terms need (docs/consent.md).
  render: (args) => html`<hearth-provider
    region="US"
    practice-name="Willow Tree Counselling"
    ?preview=${args.preview}
    .config=${{ policyValues: { licensedRegion: 'the State of Oregon', reconnectMinutes: '5', videoService: 'Doxy.me' } }}
  >
    <hearth-consent
      template=${args.template}
      reviewed=${args.reviewed || nothing}
      lang=${args.lang}
      signer-role=${args['signer-role'] || nothing}
      ?require-scroll=${args['require-scroll']}
      storage="none"
      store-key=${`story-${args.template}-${Math.random()}`}
    ></hearth-consent>
  </hearth-provider>`,
};
export default meta;

type Story = StoryObj<ConsentArgs>;

async function ready(canvasElement: HTMLElement): Promise<HearthConsent> {
  const el = canvasElement.querySelector('hearth-consent')!;
  await el.updateComplete;
  return el;
}

async function tickRequired(el: HearthConsent, name = 'Sam Rivera') {
  el.acks = Object.fromEntries(el.currentPolicy!.acknowledgments.filter((a) => a.required).map((a) => [a.id, true]));
  el.signerName = name;
  await el.updateComplete;
}

/** Unread: the terms, nothing ticked. */
export const Unread: Story = {};

/** Partly ticked: "I agree" says what is still missing. */
export const PartlyTicked: Story = {
  play: async ({ canvasElement }) => {
    const el = await ready(canvasElement);
    el.acks = { [el.currentPolicy!.acknowledgments[0].id]: true };
    await el.agree();
  },
};

/** Ready: everything needed is there. */
export const Ready: Story = { play: async ({ canvasElement }) => tickRequired(await ready(canvasElement)) };

/** Agreed: the return-visit view, with review, receipt and withdraw. */
export const Agreed: Story = {
  play: async ({ canvasElement }) => {
    const el = await ready(canvasElement);
    await tickRequired(el);
    await el.agree();
  },
};

/** Declined: a record too. */
export const Declined: Story = {
  play: async ({ canvasElement }) => {
    await (await ready(canvasElement)).decline();
  },
};

/** Withdrawn: as easy as agreeing. */
export const Withdrawn: Story = {
  play: async ({ canvasElement }) => {
    const el = await ready(canvasElement);
    await tickRequired(el);
    await el.agree();
    await el.withdraw();
  },
};

const v1: Policy = {
  id: 'studio',
  version: '1',
  title: 'Studio privacy terms',
  sections: [{ id: 'private', title: 'What stays private', bodyHtml: '<p>What you say stays here.</p>' }],
  acknowledgments: [{ id: 'read', label: 'I have read the terms.', required: true }],
};
const v2: Policy = {
  ...v1,
  version: '2',
  changes: 'We added what happens in supervision.',
  sections: [
    ...v1.sections,
    { id: 'supervision', title: 'Supervision', bodyHtml: '<p>Your therapist talks about their work with a supervisor, without your full name.</p>' },
  ],
};

/** Asking again: the client agreed to version 1; version 2 shows what changed. */
export const AskingAgain: Story = {
  render: () => html`<hearth-consent storage="none" store-key="story-asking-again" .policy=${v1}></hearth-consent>`,
  play: async ({ canvasElement }) => {
    const el = await ready(canvasElement);
    await tickRequired(el);
    await el.agree();
    el.policy = v2;
    await el.updateComplete;
  },
};

/** As clients see a template the practice has marked reviewed (no `preview`): no template note. */
export const ReviewedAsClientsSeeIt: Story = { args: { preview: false, reviewed: 'confidentiality@2' } };

/** A parent or guardian signs, with their relationship. */
export const Guardian: Story = { args: { 'signer-role': 'guardian', template: 'telehealth' } };

/** Texts and email: per-channel choices and the crisis resources with the terms. */
export const ElectronicCommunication: Story = { args: { template: 'electronic-communication' } };

export const RequireScroll: Story = { args: { 'require-scroll': true, template: 'group' } };

export const Spanish: Story = { args: { lang: 'es' } };

export const ArabicRightToLeft: Story = { args: { lang: 'ar', template: 'group' } };

export const Dark: Story = {
  render: () => html`<hearth-provider theme="dark" preview><hearth-consent template="confidentiality" storage="none"></hearth-consent></hearth-provider>`,
};

/** A minor's consent: the young person answers, then "Next: the parent or guardian reads and answers" (decision 032). */
export const Minors: Story = { args: { template: 'minors', 'signer-role': '' } };
