import '../../packages/studio/src/preview/studio-preview.js';

import type { FormDefinition, Policy, Prompt, SafetyPlanPrompts, Strategy } from '@hearth/elements';
import { expect, fixture, html } from '@open-wc/testing';

import type { StudioPreview } from '../../packages/studio/src/preview/studio-preview.js';
import { setViewport } from '../helpers/commands.js';
import { inShadow, shadow, shadowText, until } from '../helpers/shadow.js';

const strategy: Strategy = {
  id: 'tea-pause',
  title: 'A tea pause for {name}',
  summary: 'Make a warm drink and notice it.',
  steps: ['Boil the kettle and listen to it.', 'Hold the cup and feel its warmth.'],
  exercise: { type: 'steps' },
};

const prompts: Prompt[] = [{ id: 'p1', text: 'What gave you a little rest today?' }];

const form: FormDefinition = {
  id: 'group-check',
  version: '1',
  title: 'How was the group?',
  items: [
    { id: 'useful', type: 'rating', label: 'How useful was today?', required: true },
    { id: 'more', type: 'textarea', label: 'Anything else?' },
  ],
};

const policy: Policy = {
  id: 'studio-terms',
  version: '1',
  title: 'Our terms at {practice}',
  sections: [{ id: 'private', title: 'What stays private', bodyHtml: '<p>What you say here stays between us.</p>' }],
  acknowledgments: [{ id: 'read', label: 'I have read the terms', required: true }],
};

const planPrompts: SafetyPlanPrompts = {
  id: 'our-plan',
  version: '1',
  sections: [{ id: 'reasons', title: 'What keeps me going', example: 'My garden' }],
};

async function preview(kind: string, content: unknown, extra: Partial<StudioPreview> = {}): Promise<StudioPreview> {
  const el = await fixture<StudioPreview>(html`<studio-preview .kind=${kind} .content=${content}></studio-preview>`);
  Object.assign(el, extra);
  await el.whenSettled();
  return el;
}

/** The Hearth element inside the preview. */
function shown<E extends HTMLElement = HTMLElement>(el: StudioPreview): E {
  const element = el.shownElement as E | undefined;
  if (!element) throw new Error('the preview shows no element');
  return element;
}

async function textShows(el: StudioPreview, text: string): Promise<void> {
  await until(() => shadowText(shown(el)).includes(text), 5000, `"${text}" in the preview`);
}

describe('<studio-preview>', () => {
  for (const [kind, content, tag, text] of [
    ['strategy', strategy, 'hearth-coping-card', 'Boil the kettle and listen to it.'],
    ['prompts', prompts, 'hearth-journal-prompt', 'What gave you a little rest today?'],
    ['form', form, 'hearth-feedback-form', 'How useful was today?'],
    ['policy', policy, 'hearth-consent', 'What you say here stays between us.'],
    ['safety-plan-prompts', planPrompts, 'hearth-safety-plan', 'What keeps me going'],
  ] as const) {
    it(`shows ${kind} in its real element, <${tag}>, with the content given`, async () => {
      const el = await preview(kind, content);
      expect(shown(el).localName).to.equal(tag);
      await textShows(el, text);
      expect(shown(el).getAttribute('storage')).to.equal('none');
    });
  }

  it('takes a prompt pack as well as a list of prompts', async () => {
    const el = await preview('prompts', { id: 'pack', prompts: [{ id: 'a', text: 'Where did you feel at ease this week?' }] });
    await textShows(el, 'Where did you feel at ease this week?');
  });

  it('re-renders with new content, keeping the element', async () => {
    const el = await preview('strategy', strategy);
    const card = shown(el);
    el.content = { ...strategy, title: 'A slow tea pause', steps: ['Choose your favourite cup.'] };
    await el.whenSettled();
    expect(shown(el)).to.equal(card);
    await textShows(el, 'Choose your favourite cup.');
    expect(shadowText(card)).not.to.include('Boil the kettle');
  });

  it('fills {name} with the sample name and {practice} with the practice name', async () => {
    const el = await preview('strategy', strategy, { sampleName: 'Noor' });
    await textShows(el, 'A tea pause for Noor');
    const consent = await preview('policy', policy, { practiceName: 'Willow Tree Counselling' });
    await textShows(consent, 'Our terms at Willow Tree Counselling');
  });

  it('shows the content in Arabic right to left, and follows an explicit direction', async () => {
    const el = await preview('strategy', strategy, { lang: 'ar' });
    const card = shown(el);
    await until(() => inShadow(card, '.base').getAttribute('dir') === 'rtl', 5000, 'the card right to left');
    expect(inShadow(card, '.base').getAttribute('lang')).to.equal('ar');
    expect(getComputedStyle(inShadow(card, '.base')).direction).to.equal('rtl');
    // The Start button speaks Arabic: the element's own strings follow the content language.
    await until(() => !/Start/.test(inShadow(card, '[part~="controls"] button').textContent!), 5000, 'Arabic strings');
    el.dir = 'ltr';
    await el.whenSettled();
    await until(() => inShadow(shown(el), '.base').getAttribute('dir') === 'ltr', 5000, 'the card left to right');
    el.lang = 'fr';
    el.dir = 'rtl';
    await el.whenSettled();
    await until(() => getComputedStyle(inShadow(shown(el), '.base')).direction === 'rtl', 5000, 'French forced right to left');
  });

  it('applies the dark theme the way a practice does (the provider’s theme)', async () => {
    const el = await preview('strategy', strategy);
    const base = () => inShadow(shown(el), '.base');
    const light = getComputedStyle(base()).getPropertyValue('--_hearth-bg').trim();
    el.scheme = 'dark';
    await el.whenSettled();
    await until(() => base().classList.contains('theme-dark'), 5000, 'the dark theme');
    expect(getComputedStyle(base()).getPropertyValue('--_hearth-bg').trim()).to.equal('#16181c');
    expect(light).not.to.equal('#16181c');
    expect(shadow(el).querySelector('hearth-provider')!.getAttribute('theme')).to.equal('dark');
  });

  describe('width', () => {
    after(() => setViewport({ width: 800, height: 600 }));

    it('lays the element out at 320, 768 and 1024 px inside a scrollable, named frame', async () => {
      await setViewport({ width: 800, height: 600 });
      const el = await preview('form', form, { width: 'phone' });
      const frame = inShadow(el, '.frame');
      const stage = inShadow(el, '.stage');
      expect(frame.getBoundingClientRect().width).to.equal(320);
      expect(shown(el).getBoundingClientRect().width).to.be.at.most(320);
      el.width = 'desktop';
      await el.whenSettled();
      expect(frame.getBoundingClientRect().width).to.equal(1024);
      // Wider than the window: the stage scrolls, and a keyboard can reach it to scroll.
      expect(stage.scrollWidth).to.be.greaterThan(stage.clientWidth);
      expect(stage.tabIndex).to.equal(0);
      el.width = 'tablet';
      await el.whenSettled();
      expect(frame.getBoundingClientRect().width).to.equal(768);
    });

    it('says when the layout that follows the window differs from the frame', async () => {
      await setViewport({ width: 800, height: 600 });
      const el = await preview('strategy', strategy, { width: 'phone' });
      await until(() => !!el.shadowRoot!.querySelector('.note'), 3000, 'the note');
      expect(inShadow(el, '.note').textContent).to.include('320 px');
      await setViewport({ width: 320, height: 640 });
      await until(() => !el.shadowRoot!.querySelector('.note'), 3000, 'no note on a phone-sized window');
    });
  });

  it('names the frame by what it shows, with no heading of its own', async () => {
    const el = await preview('strategy', strategy, { lang: 'ar', scheme: 'dark', width: 'phone' });
    expect(inShadow(el, '.stage').getAttribute('aria-label')).to.equal('Preview: coping card, Arabic, dark, phone');
    expect(inShadow(el, '.stage').getAttribute('role')).to.equal('region');
    expect(shadow(el).querySelector('h1, h2, h3, h4, h5, h6, [role="heading"]')).to.equal(null);
  });

  it('shows a plain line while there is no content, and the element once there is', async () => {
    const el = await fixture<StudioPreview>(html`<studio-preview .kind=${'strategy'}></studio-preview>`);
    await el.whenSettled();
    expect(el.shownElement).to.equal(undefined);
    expect(inShadow(el, '.empty').textContent).to.equal('Nothing to preview yet.');
    el.content = strategy;
    await el.whenSettled();
    await textShows(el, 'Boil the kettle and listen to it.');
    expect(el.shadowRoot!.querySelector('.empty')).to.equal(null);
  });

  it('lists the states per kind', () => {
    const Preview = customElements.get('studio-preview') as unknown as typeof StudioPreview;
    expect(Preview.statesFor('strategy').map((s) => s.id)).to.deep.equal(['start', 'exercise']);
    expect(Preview.statesFor('form').map((s) => s.id)).to.deep.equal(['start', 'errors']);
    expect(Preview.statesFor('policy').map((s) => s.id)).to.deep.equal(['start', 'agreed']);
    expect(Preview.statesFor('prompts').map((s) => s.id)).to.deep.equal(['start']);
    expect(Preview.statesFor('safety-plan-prompts').map((s) => s.id)).to.deep.equal(['start', 'crisis']);
    for (const kind of ['strategy', 'form', 'policy', 'prompts', 'safety-plan-prompts']) {
      for (const { label } of Preview.statesFor(kind)) expect(label).to.match(/^[A-Z]/);
    }
  });

  describe('states', () => {
    it('runs the coping exercise, and keeps it running with new content; start is a fresh card', async () => {
      const el = await preview('strategy', strategy, { state: 'exercise' });
      await until(() => !!shown(el).shadowRoot!.querySelector('[part~="guide"]'), 5000, 'the step walk');
      expect(shadowText(shown(el))).to.include('Boil the kettle and listen to it.');
      el.content = { ...strategy, steps: ['Warm your hands on the cup.', 'Breathe in the steam.'] };
      await el.whenSettled();
      await until(() => shadowText(shown(el)).includes('Warm your hands on the cup.'), 5000, 'the new first step');
      expect(shown(el).shadowRoot!.querySelector('[part~="guide"]')).to.exist;
      el.state = 'start';
      await el.whenSettled();
      expect(shown(el).shadowRoot!.querySelector('[part~="guide"]')).to.equal(null);
    });

    it('keeps focus where the clinician has it when a state is reached', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div>
        <label>Title <input id="editor" /></label>
        <studio-preview .kind=${'strategy'} .content=${strategy}></studio-preview>
      </div>`);
      const el = wrapper.querySelector('studio-preview')!;
      await el.whenSettled();
      const editor = wrapper.querySelector<HTMLInputElement>('#editor')!;
      editor.focus();
      el.state = 'exercise';
      await el.whenSettled();
      await until(() => !!shown(el).shadowRoot!.querySelector('[part~="guide"]'), 5000, 'the step walk');
      expect(document.activeElement).to.equal(editor);
    });

    it('shows the feedback form sent empty, with its errors, and sends nothing', async () => {
      const el = await preview('form', form, { state: 'errors' });
      const formEl = shown(el);
      await until(() => !!formEl.shadowRoot!.querySelector('[part~="error-summary"]'), 5000, 'the error summary');
      expect(shadowText(formEl)).to.include('How useful was today?');
      expect((formEl as HTMLElement & { phase: string }).phase).to.equal('filling');
    });

    it('shows the consent agreed, signed with the sample name', async () => {
      const el = await preview('policy', policy, { state: 'agreed', sampleName: 'Noor' });
      const consent = shown(el) as HTMLElement & { stage: string; consentRecord?: { signerName?: string } };
      expect(consent.stage).to.equal('agreed');
      expect(consent.consentRecord!.signerName).to.equal('Noor');
      // New terms undo the agreement (they are other words): the preview agrees to them again.
      el.content = { ...policy, version: '2' };
      await el.whenSettled();
      expect(consent.stage).to.equal('agreed');
      el.state = 'start';
      await el.whenSettled();
      expect((shown(el) as HTMLElement & { stage: string }).stage).to.equal('form');
    });

    it('opens the safety plan’s crisis view', async () => {
      const el = await preview('safety-plan-prompts', planPrompts, { state: 'crisis' });
      await until(() => !!shown(el).shadowRoot!.querySelector('[part~="crisis-view"]'), 5000, 'the crisis view');
    });

    it('falls back to start for a state the kind does not have', async () => {
      const el = await preview('prompts', prompts, { state: 'agreed' });
      await textShows(el, 'What gave you a little rest today?');
    });
  });

  it('shows what only the practice should see (preview): the footer asks for a region until one is set', async () => {
    const el = await preview('strategy', strategy);
    await until(() => (shown(el) as HTMLElement & { inPreview?: boolean }).inPreview === true, 5000, 'preview on');
    const footerNote = () => shown(el).shadowRoot!.querySelector('hearth-crisis-resources')?.shadowRoot?.querySelector('[part~="practice-note"]');
    await until(() => !!footerNote(), 5000, 'the practice note in the crisis footer');
    el.region = 'GB';
    await el.whenSettled();
    await until(() => !footerNote(), 5000, 'no practice note once a region is set');
  });

  for (const [kind, content] of [
    ['strategy', strategy],
    ['form', form],
    ['policy', policy],
    ['prompts', prompts],
    ['safety-plan-prompts', planPrompts],
  ] as const) {
    it(`is accessible with ${kind}, light in English and dark in Arabic`, async () => {
      const el = await preview(kind, content, { width: 'phone' });
      await expect(el).to.be.accessible();
      el.scheme = 'dark';
      el.lang = 'ar';
      await el.whenSettled();
      await until(() => inShadow(shown(el), '.base').getAttribute('dir') === 'rtl', 5000, 'Arabic');
      await expect(el).to.be.accessible();
    });
  }
});
