import '../packages/elements/src/all.js';

import { expect, fixture, html, oneEvent } from '@open-wc/testing';

import type { HearthCopingCard } from '../packages/elements/src/coping-card/coping-card.js';
import type { Strategy } from '../packages/elements/src/coping-card/strategy.js';
import type { HearthProvider } from '../packages/elements/src/provider/provider.js';
import { emulateMedia, resetMedia, resetMouse, sendKeys, sendMouse, setViewport } from './helpers/commands.js';
import { captureConsole } from './helpers/console-capture.js';
import { contrast } from './helpers/contrast.js';
import { itNeeds } from './helpers/engine.js';
import { fillSessionStorage } from './helpers/full-storage.js';
import { storedRecord } from './helpers/indexeddb.js';
import { boxesOutsideViewport } from './helpers/reflow.js';
import { inShadow, shadow, shadowButton, shadowText, until } from './helpers/shadow.js';

let n = 0;
const key = () => `coping-${Date.now()}-${++n}`;

const quickBreath: Strategy = {
  id: 'quick-breath',
  title: 'Quick breath',
  summary: 'A short breathing pace for tests.',
  steps: ['Breathe in.', 'Breathe out.'],
  exercise: { type: 'breathing', pattern: [0.3, 0, 0.3, 0], cycles: 2 },
};
const quickTimer: Strategy = {
  id: 'quick-timer',
  title: 'Quick urge surf',
  summary: 'A short timer for tests.',
  steps: ['Notice the urge.'],
  exercise: { type: 'timer', minutes: 0.025, checkInEveryMinutes: 0.01 },
};

const button = shadowButton;

async function card(template = html`<hearth-coping-card strategy="box-breathing" store-key=${key()}></hearth-coping-card>`) {
  const el = await fixture<HearthCopingCard>(template);
  await el.updateComplete;
  return el;
}

async function withStrategy(strategy: Strategy | Strategy[], storage = 'none') {
  const el = await fixture<HearthCopingCard>(html`<hearth-coping-card storage=${storage} store-key=${key()}></hearth-coping-card>`);
  if (Array.isArray(strategy)) el.strategies = strategy;
  else el.strategy = strategy;
  await el.updateComplete;
  return el;
}

describe('<hearth-coping-card>', () => {
  afterEach(resetMedia);

  describe('showing a strategy', () => {
    it('shows title, summary, when to use it, numbered steps, the approach, the footer', async () => {
      const el = await card();
      const text = shadowText(el);
      expect(inShadow(el, '[role="heading"]').textContent).to.equal('Box breathing');
      expect(text).to.contain('Breathe in four equal parts');
      expect(text).to.contain('When to use it');
      expect(shadow(el).querySelectorAll('[part="steps"] li')).to.have.length(6);
      expect(text).to.contain('Where it comes from');
      expect(inShadow(el, '[part="disclaimer"]').textContent).to.equal('This tool supports your therapy. It does not replace it.');
      expect(inShadow(el, 'hearth-crisis-resources').hasAttribute('compact')).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('no-crisis-footer and no-disclaimer turn the footer parts off', async () => {
      const el = await card(html`<hearth-coping-card strategy="safe-place" no-crisis-footer no-disclaimer></hearth-coping-card>`);
      expect(shadow(el).querySelector('hearth-crisis-resources')).to.equal(null);
      expect(shadow(el).querySelector('[part="disclaimer"]')).to.equal(null);
    });

    it('the footer shows the provider region lines', async () => {
      const provider = await fixture<HearthProvider>(
        html`<hearth-provider region="GB"><hearth-coping-card strategy="safe-place"></hearth-coping-card></hearth-provider>`,
      );
      const el = provider.querySelector('hearth-coping-card')!;
      await el.updateComplete;
      const crisis = inShadow(el, 'hearth-crisis-resources');
      await (crisis as HTMLElementTagNameMap['hearth-crisis-resources']).updateComplete;
      expect(crisis.shadowRoot!.querySelector('a[href="tel:999"]')).to.exist;
    });

    it('has every built-in strategy in English and Spanish', async () => {
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
      const en = await card(html`<hearth-coping-card strategies=${ids.join(' ')} storage="none"></hearth-coping-card>`);
      expect(en.strategyList.map((s) => s.id)).to.deep.equal(ids);
      const es = await card(html`<hearth-coping-card lang="es" strategies=${ids.join(' ')} storage="none"></hearth-coping-card>`);
      expect(es.strategyList.map((s) => s.id)).to.deep.equal(ids);
      expect(es.strategyList[0].title).to.equal('Respiración en caja');
      expect(shadowText(es)).to.contain('Empezar a respirar');
      for (const strategy of [...en.strategyList, ...es.strategyList]) {
        for (const text of [strategy.title, strategy.summary, ...strategy.steps]) expect(text.length, text).to.be.lessThan(260);
      }
    });

    it('takes a practice strategy from the property, a JSON child, or src; fills {name} and {practice} as text', async () => {
      const provider = await fixture<HearthProvider>(
        html`<hearth-provider practice-name="Willow Tree"><hearth-coping-card storage="none"></hearth-coping-card></hearth-provider>`,
      );
      provider.config = { clientName: 'Sam <b>' };
      const el = provider.querySelector('hearth-coping-card')!;
      el.strategy = { id: 'walk', title: 'A walk, {name}', summary: 'Ideas from {practice}.', steps: ['Go outside, {name}.'] };
      await provider.updateComplete;
      await el.updateComplete;
      expect(inShadow(el, '[role="heading"]').textContent).to.equal('A walk, Sam <b>');
      expect(shadowText(el)).to.contain('Ideas from Willow Tree.');
      expect(shadow(el).querySelector('b')).to.equal(null);

      const fromSrc = await card(html`<hearth-coping-card storage="none" src="/__hearth/content/strategy.json"></hearth-coping-card>`);
      expect(inShadow(fromSrc, '[role="heading"]').textContent).to.equal('From the practice server');

      const child = await card(
        html`<hearth-coping-card storage="none"><script type="application/json">{ "id": "tea", "title": "Make tea", "summary": "Slow down with a warm drink.", "steps": ["Boil water."] }</script></hearth-coping-card>`,
      );
      expect(inShadow(child, '[role="heading"]').textContent).to.equal('Make tea');
    });

    it('renders bodyHtml sanitized, with {name} filled in as text', async () => {
      const provider = await fixture<HearthProvider>(html`<hearth-provider><hearth-coping-card storage="none"></hearth-coping-card></hearth-provider>`);
      provider.config = { clientName: '<img src=x onerror=alert(1)>' };
      const el = provider.querySelector('hearth-coping-card')!;
      el.strategy = { ...quickBreath, bodyHtml: '<p>Hello {name}, see <a href="https://example.org/">this</a>.</p><script>alert(1)</script>' };
      await provider.updateComplete;
      await el.updateComplete;
      const body = inShadow(el, '.html-content');
      expect(body.querySelector('a')!.rel).to.equal('noopener noreferrer');
      expect(body.querySelector('script, img')).to.equal(null);
      expect(body.textContent).to.contain('Hello <img src=x onerror=alert(1)>,');
    });
  });

  describe('bad input', () => {
    async function expectIssue(template: ReturnType<typeof html>, field: string, setup?: (el: HearthCopingCard) => void) {
      const capture = captureConsole();
      try {
        const wrapper = await fixture(html`<div><p id="host">Host</p>${template}</div>`);
        const el = wrapper.querySelector('hearth-coping-card')!;
        if (setup) {
          // The empty card before the host sets its property has its own message; count what follows.
          capture.errors.length = 0;
          setup(el);
        }
        await el.updateComplete;
        await el.updateComplete;
        expect(inShadow(el, '[role="alert"]').textContent).to.contain(field);
        expect(capture.errors.filter((e) => e.includes('<hearth-coping-card>'))).to.have.length(1);
        expect(capture.errors[0]).to.contain(field);
        expect(wrapper.querySelector('#host')!.textContent).to.equal('Host');
        expect(shadow(el).querySelector('[part="footer"]'), 'crisis footer still shown').to.exist;
        await expect(el).to.be.accessible();
      } finally {
        capture.restore();
      }
    }

    it('an unknown strategy id', async () => {
      await expectIssue(html`<hearth-coping-card strategy="juggling" storage="none"></hearth-coping-card>`, 'is not a built-in strategy');
    });

    it('malformed strategy JSON', async () => {
      await expectIssue(
        html`<hearth-coping-card storage="none"><script type="application/json">{ "id": "x", "title": </script></hearth-coping-card>`,
        'is not valid JSON',
      );
    });

    it('a strategy missing fields, or with a breathing pattern that does not breathe', async () => {
      await expectIssue(html`<hearth-coping-card storage="none"></hearth-coping-card>`, 'strategy.steps', (el) => {
        el.strategy = { id: 'x', title: 'X', summary: 'Y' } as Strategy;
      });
      await expectIssue(html`<hearth-coping-card storage="none"></hearth-coping-card>`, 'breathing pattern', (el) => {
        el.strategy = { ...quickBreath, exercise: { type: 'breathing', pattern: [0, 4, 0, 4], cycles: 1 } };
      });
    });

    it('a 1 MB step list', async () => {
      await expectIssue(html`<hearth-coping-card storage="none"></hearth-coping-card>`, 'strategy.steps', (el) => {
        el.strategy = { ...quickBreath, steps: Array.from({ length: 1000 }, () => 'x'.repeat(1000)) };
      });
    });

    it('a src that fails is an error, not a fallback to the built-in id', async () => {
      await expectIssue(html`<hearth-coping-card storage="none" strategy="box-breathing" src="/__hearth/status/404"></hearth-coping-card>`, 'HTTP 404');
    });

    it('nothing at all', async () => {
      await expectIssue(html`<hearth-coping-card storage="none"></hearth-coping-card>`, 'no strategy given');
    });
  });

  describe('guided mode', () => {
    it('walks the steps with Next and Back, "step 2 of 6", by keyboard only, and fires start and complete', async () => {
      const el = await card(html`<hearth-coping-card strategy="grounding-54321" storage="none"></hearth-coping-card>`);
      const started = oneEvent(el, 'hearth-exercise-start');
      button(el, 'Go step by step').focus();
      await sendKeys({ press: 'Enter' });
      expect((await started).detail).to.deep.equal({ strategyId: 'grounding-54321', exercise: { type: 'steps' } });
      await el.updateComplete;
      const count = shadow(el).querySelectorAll('[part="steps"] li').length;
      expect(count).to.be.greaterThan(4);
      expect(inShadow(el, '.step-position').textContent).to.equal(`Step 1 of ${count}`);
      expect(shadow(el).activeElement?.textContent?.trim()).to.equal('Next step');
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(inShadow(el, '.step-position').textContent).to.equal(`Step 2 of ${count}`);
      expect(inShadow(el, '[part="announcer"]').textContent).to.contain(`Step 2 of ${count}: Notice four things`);
      await expect(el).to.be.accessible();
      button(el, 'Previous step').click();
      await el.updateComplete;
      expect(inShadow(el, '.step-position').textContent).to.equal(`Step 1 of ${count}`);
      const done = oneEvent(el, 'hearth-exercise-complete');
      for (let i = 0; i < count; i++) {
        button(el, /^(Next step|Finish)$/).click();
        await el.updateComplete;
      }
      expect((await done).detail.strategyId).to.equal('grounding-54321');
      expect(shadowText(el)).to.contain('You reached the end of the exercise.');
      await expect(el).to.be.accessible();
    });

    it('runs a breathing exercise to the end by keyboard, announcing each phase exactly once', async () => {
      const el = await withStrategy(quickBreath);
      const announcer = inShadow(el, '[part="announcer"]');
      const updates: string[] = [];
      const observer = new MutationObserver(() => updates.push(announcer.textContent!.trim()));
      observer.observe(announcer, { childList: true, characterData: true, subtree: true });
      button(el, 'Start breathing').focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(inShadow(el, '.round').textContent).to.equal('Round 1 of 2');
      expect(shadow(el).querySelector('.breath')).to.exist;
      // No axe check mid-run here: axe holds the page for longer than a 0.3 s phase (up to 0.85 s in
      // WebKitGTK), so the runner rightly skips a phase that is over. The next test checks a running card.
      const done = await oneEvent(el, 'hearth-exercise-complete');
      await el.updateComplete;
      observer.disconnect();
      expect(done.detail.elapsedMs).to.be.within(1100, 10_000);
      const phases = updates.filter((u) => /^(Breathe in|Breathe out)/.test(u));
      expect(phases).to.deep.equal(['Breathe in for 0.3 seconds', 'Breathe out for 0.3 seconds', 'Breathe in for 0.3 seconds', 'Breathe out for 0.3 seconds']);
      // The end is said once, by moving focus to the completion message, not in the live region too.
      expect(updates.length).to.equal(4);
      expect(shadow(el).activeElement?.textContent).to.equal('You reached the end of the exercise.');
    });

    it('animates the breath, with the countdown beside it', async () => {
      const slow: Strategy = { ...quickBreath, exercise: { type: 'breathing', pattern: [4, 4, 4, 4], cycles: 1 } };
      const el = await withStrategy(slow);
      await el.start();
      await el.updateComplete;
      const breath = inShadow(el, '.breath');
      expect(breath.getAnimations().length).to.equal(1);
      expect(breath.style.getPropertyValue('--_hearth-phase-ms')).to.equal('4000ms');
      expect(inShadow(el, '.countdown').textContent).to.equal('4');
      await expect(el).to.be.accessible();
      el.stop();
    });

    itNeeds('media', 'under reduced motion runs no animation and shows a text countdown', async () => {
      const slow: Strategy = { ...quickBreath, exercise: { type: 'breathing', pattern: [4, 4, 4, 4], cycles: 1 } };
      await emulateMedia({ reducedMotion: 'reduce' });
      const reduced = await withStrategy(slow);
      await reduced.start();
      await reduced.updateComplete;
      expect(shadow(reduced).querySelector('.breath')).to.equal(null);
      expect(shadow(reduced).getAnimations()).to.deep.equal([]);
      expect(inShadow(reduced, '.countdown').textContent).to.equal('4');
      expect(inShadow(reduced, '.phase-name').textContent).to.equal('Breathe in');
      reduced.stop();
    });

    it('pauses, resumes and stops; stop fires hearth-exercise-stop with the time spent', async () => {
      const slow: Strategy = { ...quickBreath, exercise: { type: 'breathing', pattern: [2, 0, 2, 0], cycles: 3 } };
      const el = await withStrategy(slow);
      await el.start();
      await el.updateComplete;
      button(el, 'Pause').click();
      await el.updateComplete;
      expect(shadowText(el)).to.contain('Paused. Press Resume when you are ready.');
      expect(inShadow(el, '.breath').classList.contains('is-paused')).to.equal(true);
      await expect(el).to.be.accessible();
      button(el, 'Resume').click();
      await el.updateComplete;
      expect(shadow(el).querySelector('.paused')).to.equal(null);
      setTimeout(() => button(el, 'Stop').click());
      const stopped = await oneEvent(el, 'hearth-exercise-stop');
      expect(stopped.detail.strategyId).to.equal('quick-breath');
      expect(stopped.detail.elapsedMs).to.be.within(0, 10_000);
      await el.updateComplete;
      expect(shadowText(el)).to.contain('Stopped. You can start again whenever you like.');
    });

    it('pauses when the page is hidden', async () => {
      const slow: Strategy = { ...quickBreath, exercise: { type: 'breathing', pattern: [4, 4, 4, 4], cycles: 2 } };
      const el = await withStrategy(slow);
      await el.start();
      await el.updateComplete;
      Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
      document.dispatchEvent(new Event('visibilitychange'));
      delete (document as unknown as Record<string, unknown>).visibilityState;
      await el.updateComplete;
      expect(shadowText(el)).to.contain('Paused while the page was out of view.');
      el.stop();
    });

    it('the timer asks at each check-in whether the urge has eased', async () => {
      const el = await withStrategy(quickTimer);
      button(el, 'Start the timer').click();
      await until(() => !!shadow(el).querySelector('.time-left'), 2000, 'the timer to start');
      expect(inShadow(el, '.time-left').textContent).to.equal('Less than a minute left');
      await until(() => !!shadow(el).querySelector('.check-in'), 3000, 'the first check-in');
      expect(inShadow(el, '[part="announcer"]').textContent).to.equal('Check-in: has the urge eased?');
      expect(shadow(el).activeElement?.textContent).to.equal('Yes, it has eased');
      await expect(el).to.be.accessible();
      button(el, 'Not yet, keep going').click();
      await el.updateComplete;
      expect(shadow(el).querySelector('.check-in')).to.equal(null);
      await until(() => !!shadow(el).querySelector('.check-in'), 3000, 'the second check-in');
      const done = oneEvent(el, 'hearth-exercise-complete');
      button(el, 'Yes, it has eased').click();
      expect((await done).detail.strategyId).to.equal('quick-timer');
    });

    it('when the last check-in said the urge has not eased, the ending says it is still strong and shows the crisis lines in full', async () => {
      const el = await fixture<HearthCopingCard>(
        html`<hearth-provider region="US"><hearth-coping-card no-crisis-footer></hearth-coping-card></hearth-provider>`,
      ).then((provider) => provider.querySelector('hearth-coping-card')!);
      el.strategy = quickTimer;
      await el.updateComplete;
      let ended = false;
      el.addEventListener('hearth-exercise-complete', () => (ended = true));
      button(el, 'Start the timer').click();
      while (!ended) {
        await until(() => ended || !!shadow(el).querySelector('.check-in'), 5000, 'a check-in or the end');
        if (!ended) button(el, 'Not yet, keep going').click();
        await el.updateComplete;
      }
      await el.updateComplete;
      const title = inShadow(el, '#completion-title');
      expect(title.textContent).to.equal('The time is up, and the urge is still strong. That is hard, and it is not a failure.');
      expect(shadowText(el)).not.to.contain('Well done');
      expect(shadowText(el)).to.contain('Reach out now to someone you trust, your therapist, or one of the lines below.');
      const crisis = inShadow(el, '[part="completion"] hearth-crisis-resources');
      expect(crisis.hasAttribute('compact'), 'the full list, not the footer line').to.equal(false);
      await until(() => !!crisis.shadowRoot?.querySelector('a[href="tel:988"]'), 3000, 'the 988 line');
      expect(shadow(el).activeElement).to.equal(title);
      await expect(el).to.be.accessible();

      // The next run starts afresh: "Yes, it has eased" ends with the usual message.
      const again = oneEvent(el, 'hearth-exercise-start');
      button(el, 'Start the timer').click();
      await again;
      await until(() => !!shadow(el).querySelector('.check-in'), 3000, 'the check-in');
      const done = oneEvent(el, 'hearth-exercise-complete');
      button(el, 'Yes, it has eased').click();
      await done;
      await el.updateComplete;
      expect(inShadow(el, '#completion-title').textContent).to.equal('You reached the end of the exercise.');
      expect(shadow(el).querySelector('[part="completion"] hearth-crisis-resources')).to.equal(null);
    });

    it('stopped after "Not yet, keep going": the stopped line comes with the way to help and the crisis lines in full', async () => {
      const el = await fixture<HearthCopingCard>(
        html`<hearth-provider region="US"><hearth-coping-card no-crisis-footer></hearth-coping-card></hearth-provider>`,
      ).then((provider) => provider.querySelector('hearth-coping-card')!);
      el.strategy = { ...quickTimer, exercise: { type: 'timer', minutes: 1, checkInEveryMinutes: 0.01 } };
      await el.updateComplete;
      button(el, 'Start the timer').click();
      await until(() => !!shadow(el).querySelector('.check-in'), 3000, 'the check-in');
      button(el, 'Not yet, keep going').click();
      await el.updateComplete;
      el.stop();
      await el.updateComplete;
      const outcome = inShadow(el, '.outcome');
      expect(outcome.textContent).to.contain('Stopped.').and.contain('Reach out now to someone you trust');
      const crisis = inShadow(el, '.outcome hearth-crisis-resources');
      await until(() => !!crisis.shadowRoot?.querySelector('a[href="tel:988"]'), 3000, 'the 988 line');
      await expect(el).to.be.accessible();
    });

    it('stops its timers when the element is removed (nothing leaks)', async () => {
      const el = await withStrategy(quickBreath);
      const events: string[] = [];
      el.addEventListener('hearth-exercise-complete', () => events.push('complete'));
      await el.start();
      await el.updateComplete;
      const runner = (el as unknown as { runner: { ticks: number } }).runner;
      el.remove();
      const ticks = runner.ticks;
      // Proof that ticks had time to come: the same exercise, still in the page, ticks twice.
      const witness = await withStrategy(quickBreath);
      await witness.start();
      const witnessRunner = (witness as unknown as { runner: { ticks: number } }).runner;
      const from = witnessRunner.ticks;
      await until(() => witnessRunner.ticks >= from + 2, 5000, 'two ticks of the exercise still in the page');
      expect(runner.ticks).to.equal(ticks);
      expect(events).to.deep.equal([]);
    });

    it('quick exit pauses a running exercise', async () => {
      const slow: Strategy = { ...quickBreath, exercise: { type: 'breathing', pattern: [4, 4, 4, 4], cycles: 2 } };
      const el = await withStrategy(slow);
      await el.start();
      window.dispatchEvent(new CustomEvent('hearth-quick-exit', { detail: { href: 'about:blank', trigger: 'method' } }));
      await el.updateComplete;
      expect(button(el, 'Resume')).to.exist;
      el.stop();
    });
  });

  describe('the end of an exercise', () => {
    /** The completion message, when it has focus: what a screen reader says on arrival. */
    function focusedCompletion(el: HearthCopingCard): HTMLElement {
      const active = shadow(el).activeElement as HTMLElement | null;
      expect(active, 'focus is on the completion message').to.exist;
      expect(active!.closest('[part="completion"]'), `focus is on ${active!.outerHTML}`).to.exist;
      expect(active!.getAttribute('tabindex')).to.equal('-1');
      expect(active!.getAttribute('role')).to.equal('heading');
      return active!;
    }

    async function endsWithCompletion(el: HearthCopingCard, finish: () => Promise<unknown>, title = 'You reached the end of the exercise.') {
      const announcer = inShadow(el, '[part="announcer"]');
      const said: string[] = [];
      const observer = new MutationObserver(() => said.push(announcer.textContent!.trim()));
      observer.observe(announcer, { childList: true, characterData: true, subtree: true });
      await finish();
      await until(() => !!shadow(el).querySelector('[part="completion"]'), 5000, 'the completion message');
      await el.updateComplete;
      observer.disconnect();
      expect(focusedCompletion(el).textContent).to.equal(title);
      // Said once: by the move of focus, not again by the live region.
      expect(said.filter((text) => text === title)).to.deep.equal([]);
      const completion = inShadow(el, '[part="completion"]');
      expect(completion.textContent).to.contain('Did that help?');
      const group = completion.querySelector('[role="group"]')!;
      expect(group.getAttribute('aria-labelledby')).to.equal('completion-question');
      expect([...group.querySelectorAll('button')].map((b) => b.textContent!.trim())).to.deep.equal(['This helped', 'Not for me']);
      await expect(el).to.be.accessible();
    }

    it('a breathing exercise: focus moves to the completion message, which asks "Did that help?"; "This helped" is kept and shown pressed', async () => {
      const storeKey = key();
      const el = await fixture<HearthCopingCard>(html`<hearth-coping-card store-key=${storeKey}></hearth-coping-card>`);
      el.strategy = quickBreath;
      await el.updateComplete;
      await until(() => !!shadow(el).querySelector('[part="actions"]'), 2000, 'the choices');
      await endsWithCompletion(el, async () => {
        button(el, 'Start breathing').focus();
        await sendKeys({ press: 'Enter' });
        await oneEvent(el, 'hearth-exercise-complete');
      });
      // The rating buttons are in the completion message, not twice on the card.
      expect([...shadow(el).querySelectorAll('button')].filter((b) => b.textContent!.trim() === 'This helped')).to.have.length(1);
      await sendKeys({ press: 'Tab' });
      expect(shadow(el).activeElement?.textContent?.trim()).to.equal('This helped');
      const rated = oneEvent(el, 'hearth-coping-rate');
      await sendKeys({ press: 'Enter' });
      expect((await rated).detail).to.deep.equal({ strategyId: 'quick-breath', helpful: true });
      await el.updateComplete;
      expect(button(el, 'This helped').getAttribute('aria-pressed')).to.equal('true');
      expect(inShadow(el, '[part="announcer"]').textContent).to.equal('Noted: this one helps you.');
      await until(() => el.recordFor('quick-breath').helpful === true);
      await expect(el).to.be.accessible();
      const again = await fixture<HearthCopingCard>(html`<hearth-coping-card store-key=${storeKey}></hearth-coping-card>`);
      again.strategy = quickBreath;
      await until(() => again.recordFor('quick-breath').helpful === true, 2000, 'the stored choice');
    });

    it('the step walk: Finish moves focus to the completion message; "Not for me" there hides the card', async () => {
      const el = await card(html`<hearth-coping-card strategy="grounding-54321" store-key=${key()}></hearth-coping-card>`);
      await until(() => !!shadow(el).querySelector('[part="actions"]'), 2000, 'the choices');
      await endsWithCompletion(el, async () => {
        button(el, 'Go step by step').click();
        await until(() => !!shadow(el).querySelector('.step-position'), 2000, 'the walk');
        const count = shadow(el).querySelectorAll('[part="steps"] li').length;
        for (let i = 0; i < count; i++) {
          button(el, /^(Next step|Finish)$/).focus();
          await sendKeys({ press: 'Enter' });
          await el.updateComplete;
        }
      });
      const rated = oneEvent(el, 'hearth-coping-rate');
      button(el, 'Not for me').click();
      expect((await rated).detail.helpful).to.equal(false);
      await el.updateComplete;
      expect(inShadow(el, '[part="hidden-line"]').textContent).to.contain('5-4-3-2-1 grounding is hidden.');
    });

    it('the timer: running out of time, and "Yes, it has eased", both end in the completion message', async () => {
      const runsOut: Strategy = { ...quickTimer, exercise: { type: 'timer', minutes: 0.015, checkInEveryMinutes: 1 } };
      const el = await withStrategy(runsOut);
      await endsWithCompletion(el, async () => {
        button(el, 'Start the timer').focus();
        await sendKeys({ press: 'Enter' });
        await oneEvent(el, 'hearth-exercise-complete');
      });
      const eased = await withStrategy(quickTimer);
      await endsWithCompletion(eased, async () => {
        button(eased, 'Start the timer').click();
        await until(() => !!shadow(eased).querySelector('.check-in'), 3000, 'the check-in');
        const done = oneEvent(eased, 'hearth-exercise-complete');
        await sendKeys({ press: 'Enter' });
        await done;
      });
    });

    itNeeds('media', 'under reduced motion the text countdown ends the same way', async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      const el = await withStrategy(quickBreath);
      await endsWithCompletion(el, async () => {
        button(el, 'Start breathing').focus();
        await sendKeys({ press: 'Enter' });
        await el.updateComplete;
        expect(shadow(el).querySelector('.breath')).to.equal(null);
        await oneEvent(el, 'hearth-exercise-complete');
      });
    });

    it('does not take focus from elsewhere on the page: then the live region says it, once', async () => {
      const wrapper = await fixture(html`<div><input aria-label="Elsewhere" /><hearth-coping-card storage="none"></hearth-coping-card></div>`);
      const el = wrapper.querySelector('hearth-coping-card')!;
      el.strategy = quickBreath;
      await el.updateComplete;
      await el.start();
      await el.updateComplete;
      const elsewhere = wrapper.querySelector('input')!;
      elsewhere.focus();
      await oneEvent(el, 'hearth-exercise-complete');
      await el.updateComplete;
      expect(document.activeElement === elsewhere, 'focus stays where the client put it').to.equal(true);
      expect(inShadow(el, '[part="announcer"]').textContent).to.equal('You reached the end of the exercise.');
      expect(inShadow(el, '[part="completion"]').textContent).to.contain('Did that help?');
    });

    it('a client who clicked some text elsewhere keeps their place: no focus move, no scroll, the live region says it once', async () => {
      const gentle: Strategy = { ...quickBreath, exercise: { type: 'breathing', pattern: [0.75, 0, 0.75, 0], cycles: 2 } };
      const wrapper = await fixture(html`<div>
        <p id="reading">Something the client is reading.</p>
        <div class="spacer"></div>
        <hearth-coping-card storage="none"></hearth-coping-card>
      </div>`);
      wrapper.querySelector<HTMLElement>('.spacer')!.style.setProperty('block-size', '300vh');
      const el = wrapper.querySelector('hearth-coping-card')!;
      el.strategy = gentle;
      await el.updateComplete;
      const announcer = inShadow(el, '[part="announcer"]');
      const said: string[] = [];
      const observer = new MutationObserver(() => said.push(announcer.textContent!.trim()));
      observer.observe(announcer, { childList: true, characterData: true, subtree: true });
      try {
        button(el, 'Start breathing').focus();
        await sendKeys({ press: 'Enter' });
        await until(() => !!shadow(el).querySelector('.guide'), 2000, 'the exercise');
        expect(shadow(el).activeElement?.textContent?.trim()).to.equal('Pause');
        // Mid-exercise the client scrolls up and clicks the text they are reading (not a control).
        window.scrollTo(0, 0);
        const reading = wrapper.querySelector('#reading')!.getBoundingClientRect();
        const done = oneEvent(el, 'hearth-exercise-complete');
        await sendMouse({ type: 'click', position: [Math.round(reading.left + 10), Math.round(reading.top + reading.height / 2)] });
        expect(document.activeElement === document.body, 'the click left focus on the page').to.equal(true);
        await done;
        await el.updateComplete;
        await new Promise((resolve) => requestAnimationFrame(resolve));
        expect(inShadow(el, '[part="completion"]').textContent).to.contain('Did that help?');
        expect(document.activeElement === document.body, `focus is not moved, but on ${shadow(el).activeElement?.outerHTML}`).to.equal(true);
        expect(window.scrollY, 'the page stays where the client is reading').to.equal(0);
        expect(said.filter((text) => text.startsWith('You reached the end'))).to.deep.equal(['You reached the end of the exercise.']);
        await expect(el).to.be.accessible();
      } finally {
        observer.disconnect();
        await resetMouse();
      }
    });

    it('Pause and Resume are one button that keeps focus, so the end still brings focus to the completion message', async () => {
      const el = await withStrategy({ ...quickBreath, exercise: { type: 'breathing', pattern: [1, 0, 1, 0], cycles: 1 } });
      await endsWithCompletion(el, async () => {
        button(el, 'Start breathing').focus();
        await sendKeys({ press: 'Enter' });
        await until(() => !!shadow(el).querySelector('.guide'), 2000, 'the exercise');
        await sendKeys({ press: 'Enter' });
        await el.updateComplete;
        expect(shadow(el).activeElement?.textContent?.trim(), 'focus stays on the paused button').to.equal('Resume');
        await expect(el).to.be.accessible();
        const done = oneEvent(el, 'hearth-exercise-complete');
        await sendKeys({ press: 'Enter' });
        await el.updateComplete;
        expect(shadow(el).activeElement?.textContent?.trim(), 'focus stays on the resumed button').to.equal('Pause');
        await done;
      });
    });

    it('"Not yet" at the check-in hands focus to Pause; when the time runs out, focus moves to the ending (the urge still strong)', async () => {
      const el = await withStrategy(quickTimer);
      await endsWithCompletion(
        el,
        async () => {
          button(el, 'Start the timer').focus();
          await sendKeys({ press: 'Enter' });
          await until(() => !!shadow(el).querySelector('.check-in'), 3000, 'the check-in');
          await el.updateComplete;
          button(el, 'Not yet, keep going').focus();
          await sendKeys({ press: 'Enter' });
          await until(() => !shadow(el).querySelector('.check-in'), 2000, 'the check-in to close');
          await el.updateComplete;
          expect(shadow(el).activeElement?.textContent?.trim(), 'focus goes on to Pause').to.equal('Pause');
          // Later check-ins: "Not yet" again until the time runs out.
          const done = oneEvent(el, 'hearth-exercise-complete');
          let finished = false;
          void done.then(() => (finished = true));
          for (let i = 0; i < 5 && !finished; i++) {
            await until(() => finished || !!shadow(el).querySelector('.check-in'), 3000, 'a check-in or the end');
            if (finished) break;
            await el.updateComplete;
            button(el, 'Not yet, keep going').focus();
            await sendKeys({ press: 'Enter' });
            await el.updateComplete;
          }
        },
        'The time is up, and the urge is still strong. That is hard, and it is not a failure.',
      );
    });

    /** A two-step walk, finished from the keyboard: focus is then on the completion message. */
    async function finishWalk(el: HearthCopingCard) {
      button(el, 'Go step by step').focus();
      await sendKeys({ press: 'Enter' });
      await until(() => !!shadow(el).querySelector('.step-position'), 2000, 'the walk');
      await el.updateComplete;
      for (let i = 0; i < 3 && !shadow(el).querySelector('[part="completion"]'); i++) {
        await sendKeys({ press: 'Enter' });
        await el.updateComplete;
      }
      await el.updateComplete;
      focusedCompletion(el);
    }
    const walkA: Strategy = { ...quickBreath, id: 'walk-a', title: 'Walk A', exercise: { type: 'steps' } };
    const walkB: Strategy = { ...quickBreath, id: 'walk-b', title: 'Walk B', exercise: { type: 'steps' } };

    it('"This helped" in the completion message keeps focus on the button, now pressed', async () => {
      const el = await withStrategy(walkA);
      await until(() => !!shadow(el).querySelector('[part="actions"]'), 2000, 'the choices');
      await finishWalk(el);
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      const helped = button(el, 'This helped');
      expect(helped.getAttribute('aria-pressed')).to.equal('true');
      expect(shadow(el).activeElement === helped, 'focus stays on "This helped"').to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('"Not for me" in the completion message: a single card gives focus to "Show again"', async () => {
      const el = await withStrategy(walkA);
      await until(() => !!shadow(el).querySelector('[part="actions"]'), 2000, 'the choices');
      await finishWalk(el);
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Tab' });
      expect(shadow(el).activeElement?.textContent?.trim()).to.equal('Not for me');
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      await el.updateComplete;
      expect(
        shadow(el).activeElement === button(el, 'Show again'),
        `focus is on ${shadow(el).activeElement?.outerHTML ?? document.activeElement?.localName}`,
      ).to.equal(true);
      expect(inShadow(el, '[part="announcer"]').textContent).to.equal('Walk A is hidden.');
      await expect(el).to.be.accessible();
    });

    it('"Not for me" in a deck gives focus to the heading of the card that now shows; with every card hidden, to "Show again"', async () => {
      const el = await withStrategy([walkA, walkB]);
      el.showHidden = true;
      await until(() => !!shadow(el).querySelector('[part="actions"]'), 2000, 'the choices');
      await finishWalk(el);
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      await el.updateComplete;
      const heading = shadow(el).activeElement as HTMLElement | null;
      expect(heading?.getAttribute('role'), `focus is on ${heading?.outerHTML ?? document.activeElement?.localName}`).to.equal('heading');
      expect(heading!.textContent).to.equal('Walk B');
      expect(inShadow(el, '[part="deck-nav"]').textContent).to.contain('Strategy 1 of 1: Walk B');
      await expect(el).to.be.accessible();
      // The last card too, from its own "Not for me": focus goes to its "Show again" in the hidden list.
      button(el, 'Not for me').focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      await el.updateComplete;
      const again = shadow(el).activeElement as HTMLElement | null;
      expect(again?.closest('[part="hidden-line"]')?.textContent, `focus is on ${again?.outerHTML ?? document.activeElement?.localName}`).to.contain(
        'Walk B is hidden.',
      );
      expect(again!.textContent!.trim()).to.equal('Show again');
      await expect(el).to.be.accessible();
    });

    it('"Show again" on a single card gives focus to the restored card\'s heading, not the page', async () => {
      const el = await withStrategy(walkA);
      await until(() => !!shadow(el).querySelector('[part="actions"]'), 2000, 'the choices');
      button(el, 'Not for me').focus();
      await sendKeys({ press: 'Enter' });
      await until(() => shadow(el).activeElement === button(el, 'Show again'), 2000, 'focus on "Show again"');
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      await el.updateComplete;
      const heading = shadow(el).activeElement as HTMLElement | null;
      expect(document.activeElement === el, `focus is on ${document.activeElement?.localName}`).to.equal(true);
      expect(heading?.getAttribute('role'), `focus is on ${heading?.outerHTML}`).to.equal('heading');
      expect(heading!.textContent).to.equal('Walk A');
      expect(shadow(el).querySelector('[part="hidden-line"]')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('"Show again" in the show-hidden list brings the restored card on show and gives focus to its heading', async () => {
      const el = await withStrategy([walkA, walkB]);
      el.showHidden = true;
      await until(() => !!shadow(el).querySelector('[part="actions"]'), 2000, 'the choices');
      button(el, 'Next strategy').click();
      await el.updateComplete;
      button(el, 'Not for me').focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      await el.updateComplete;
      expect(inShadow(el, '[part="deck-nav"]').textContent).to.contain('Strategy 1 of 1: Walk A');
      const again = button(el, 'Show again');
      again.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      await el.updateComplete;
      const heading = shadow(el).activeElement as HTMLElement | null;
      expect(document.activeElement === el, `focus is on ${document.activeElement?.localName}`).to.equal(true);
      expect(heading?.getAttribute('role'), `focus is on ${heading?.outerHTML}`).to.equal('heading');
      expect(heading!.textContent).to.equal('Walk B');
      expect(inShadow(el, '[part="deck-nav"]').textContent).to.contain('Strategy 2 of 2: Walk B');
      expect(inShadow(el, '[part="announcer"]').textContent).to.equal('Strategy 2 of 2: Walk B');
      expect(shadow(el).querySelector('[part="hidden-line"]')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('Back to the first step disables Back and hands focus to "Next step", not the page', async () => {
      const el = await withStrategy(walkA);
      button(el, 'Go step by step').focus();
      await sendKeys({ press: 'Enter' });
      await until(() => !!shadow(el).querySelector('.step-position'), 2000, 'the walk');
      await el.updateComplete;
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(inShadow(el, '.step-position').textContent).to.equal('Step 2 of 2');
      await sendKeys({ press: 'Tab' });
      expect(shadow(el).activeElement?.textContent?.trim()).to.equal('Previous step');
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      await el.updateComplete;
      expect(inShadow(el, '.step-position').textContent).to.equal('Step 1 of 2');
      expect(button(el, 'Previous step').disabled).to.equal(true);
      expect(document.activeElement === el, `focus is on ${document.activeElement?.localName}`).to.equal(true);
      expect(shadow(el).activeElement === button(el, 'Next step'), `focus is on ${shadow(el).activeElement?.outerHTML}`).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('Stop moves focus back to Start, and the completion message of an earlier run is gone', async () => {
      const slow: Strategy = { ...quickBreath, exercise: { type: 'breathing', pattern: [4, 4, 4, 4], cycles: 1 } };
      const el = await withStrategy(slow);
      button(el, 'Start breathing').focus();
      await sendKeys({ press: 'Enter' });
      await until(() => !!shadow(el).querySelector('.breath'), 2000, 'the exercise');
      button(el, 'Stop').focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      await el.updateComplete;
      expect(shadow(el).activeElement?.textContent?.trim()).to.equal('Start breathing');
      expect(shadow(el).querySelector('[part="completion"]')).to.equal(null);
      expect(shadowText(el)).to.contain('Stopped. You can start again whenever you like.');
    });
  });

  describe('pressed buttons', () => {
    it('a pressed "This helped" is filled with the accent and shows a tick, unlike keyboard focus', async () => {
      const el = await card(html`<hearth-coping-card strategy="box-breathing" storage="none"></hearth-coping-card>`);
      await until(() => !!shadow(el).querySelector('[part="actions"]'), 2000, 'the choices');
      const helped = button(el, 'This helped');
      const plain = button(el, 'Not for me');
      helped.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(helped.getAttribute('aria-pressed')).to.equal('true');
      const pressed = getComputedStyle(helped);
      const start = getComputedStyle(button(el, 'Start breathing'));
      expect(pressed.backgroundColor, 'filled with the accent, as the primary button is').to.equal(start.backgroundColor);
      expect(contrast(pressed.color, pressed.backgroundColor)).to.be.at.least(4.5);
      expect(getComputedStyle(helped, '::before').content).to.contain('✓');
      expect(getComputedStyle(plain, '::before').content).to.not.contain('✓');
      // Focus on a plain button draws a ring, never the fill.
      plain.focus();
      await sendKeys({ press: 'Shift+Tab' });
      await sendKeys({ press: 'Tab' });
      expect(shadow(el).activeElement === plain, 'focus is on "Not for me"').to.equal(true);
      const focused = getComputedStyle(plain);
      expect(focused.backgroundColor).to.not.equal(pressed.backgroundColor);
      expect(focused.outlineStyle).to.equal('solid');
      // The tick is drawn, not read out: its alternative text is empty (aria-pressed says it).
      expect(getComputedStyle(helped, '::before').content).to.equal('"✓" / ""');
      await expect(el).to.be.accessible();
    });
  });

  describe('choices kept on the device', () => {
    it('"This helped" records it and fires hearth-coping-rate; the choice survives a new card', async () => {
      const storeKey = key();
      const el = await card(html`<hearth-coping-card strategy="box-breathing" store-key=${storeKey}></hearth-coping-card>`);
      setTimeout(() => button(el, 'This helped').click());
      const rated = await oneEvent(el, 'hearth-coping-rate');
      expect(rated.detail).to.deep.equal({ strategyId: 'box-breathing', helpful: true });
      await el.updateComplete;
      expect(button(el, 'This helped').getAttribute('aria-pressed')).to.equal('true');
      // Kept on the device (what a new card reads), not only shown.
      await until(
        async () => (await storedRecord<{ helpful?: boolean }>('coping', `default/${storeKey}:box-breathing`))?.data.helpful === true,
        3000,
        'the choice stored',
      );
      const again = await card(html`<hearth-coping-card strategy="box-breathing" store-key=${storeKey}></hearth-coping-card>`);
      await until(() => again.recordFor('box-breathing').helpful === true, 2000, 'the stored choice');
      await again.updateComplete;
      expect(button(again, 'This helped').getAttribute('aria-pressed')).to.equal('true');
    });

    it('"Not for me" collapses the card to one line with "Show again"', async () => {
      const el = await card(html`<hearth-coping-card strategy="safe-place" store-key=${key()}></hearth-coping-card>`);
      setTimeout(() => button(el, 'Not for me').click());
      expect((await oneEvent(el, 'hearth-coping-rate')).detail.helpful).to.equal(false);
      await el.updateComplete;
      expect(inShadow(el, '[part="hidden-line"]').textContent).to.contain('A calm place in your mind is hidden.');
      expect(shadow(el).querySelector('[part="steps"]')).to.equal(null);
      await expect(el).to.be.accessible();
      button(el, 'Show again').click();
      await el.updateComplete;
      expect(shadow(el).querySelector('[part="steps"]')).to.exist;
    });

    it('"Save to my list" toggles, and the client adds and removes own steps', async () => {
      const storeKey = key();
      const el = await card(html`<hearth-coping-card strategy="safe-place" store-key=${storeKey}></hearth-coping-card>`);
      button(el, 'Save to my list').click();
      await el.updateComplete;
      expect(button(el, 'Saved to my list').getAttribute('aria-pressed')).to.equal('true');
      inShadow<HTMLInputElement>(el, '#own-step').focus();
      await sendKeys({ type: 'Hold my cat' });
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect([...shadow(el).querySelectorAll('li.own .own-text')].map((span) => span.textContent)).to.deep.equal(['Hold my cat']);
      expect(inShadow<HTMLInputElement>(el, '#own-step').value).to.equal('');
      await until(() => el.recordFor('safe-place').ownSteps.length === 1);
      const again = await card(html`<hearth-coping-card strategy="safe-place" store-key=${storeKey}></hearth-coping-card>`);
      await until(() => again.recordFor('safe-place').ownSteps.length === 1, 2000, 'stored steps');
      await again.updateComplete;
      expect(again.recordFor('safe-place').saved).to.equal(true);
      button(again, 'Remove: Hold my cat').click();
      await again.updateComplete;
      expect(shadow(again).querySelectorAll('li.own')).to.have.length(0);
      await expect(again).to.be.accessible();
    });

    it('choices made before the stored ones are read join them: a step added at once keeps the steps kept before', async () => {
      const storeKey = key();
      /** A card given its strategy as an object: it shows at once, before storage (loaded on demand) has read anything. */
      const shown = async () => {
        const el = document.createElement('hearth-coping-card');
        el.setAttribute('store-key', storeKey);
        el.strategy = quickBreath;
        (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
        await el.updateComplete;
        return el;
      };
      const addStep = (el: HearthCopingCard, text: string) => {
        inShadow<HTMLInputElement>(el, '#own-step').value = text;
        inShadow<HTMLInputElement>(el, '#own-step').dispatchEvent(new Event('input'));
        inShadow<HTMLFormElement>(el, 'form').requestSubmit();
      };
      const first = await shown();
      addStep(first, 'Hold my cat');
      await first.saveRecord('quick-breath', { saved: true });
      first.remove();
      // Back later: the client adds a step the moment the card shows, before storage has been read.
      const again = await shown();
      addStep(again, 'Call Sam');
      await again.saveRecord('quick-breath', {});
      expect(again.recordFor('quick-breath').ownSteps).to.deep.equal(['Hold my cat', 'Call Sam']);
      expect(again.recordFor('quick-breath').saved, 'the earlier choice kept').to.equal(true);
      const third = await shown();
      await until(() => third.recordFor('quick-breath').ownSteps.length > 0, 3000, 'the stored steps');
      expect(third.recordFor('quick-breath').ownSteps).to.deep.equal(['Hold my cat', 'Call Sam']);
    });

    it('the guided walk includes the client own steps', async () => {
      const el = await withStrategy({ ...quickBreath, exercise: { type: 'steps' } });
      inShadow<HTMLInputElement>(el, '#own-step').value = 'Call Alex';
      inShadow<HTMLInputElement>(el, '#own-step').dispatchEvent(new Event('input'));
      inShadow<HTMLFormElement>(el, 'form').requestSubmit();
      await el.updateComplete;
      await el.start();
      await el.updateComplete;
      expect(inShadow(el, '.step-position').textContent).to.equal('Step 1 of 3');
    });

    it('a storage failure is shown and the card keeps working', async () => {
      const el = await withStrategy(quickBreath, 'session');
      const emptyFiller = fillSessionStorage();
      try {
        inShadow<HTMLInputElement>(el, '#own-step').value = 'y'.repeat(300);
        inShadow<HTMLInputElement>(el, '#own-step').dispatchEvent(new Event('input'));
        for (let i = 0; i < 3; i++) {
          inShadow<HTMLFormElement>(el, 'form').requestSubmit();
          inShadow<HTMLInputElement>(el, '#own-step').value = 'y'.repeat(300);
          inShadow<HTMLInputElement>(el, '#own-step').dispatchEvent(new Event('input'));
        }
        await until(() => shadowText(el).includes('Not saved'), 2000, 'the storage message');
        expect(shadowText(el)).to.contain('The browser has no more room to save here.');
        expect(shadow(el).querySelectorAll('li.own').length).to.equal(3);
      } finally {
        emptyFiller();
      }
    });
  });

  describe('a deck', () => {
    it('navigates between cards with Previous and Next, and says where the client is', async () => {
      const el = await card(html`<hearth-coping-card strategies="box-breathing safe-place urge-surfing" store-key=${key()}></hearth-coping-card>`);
      const nav = inShadow(el, '[part="deck-nav"]');
      expect(nav.getAttribute('aria-label')).to.equal('Coping strategies');
      expect(nav.textContent).to.contain('Strategy 1 of 3: Box breathing');
      button(el, 'Next strategy').click();
      await el.updateComplete;
      expect(inShadow(el, '[role="heading"]').textContent).to.equal('A calm place in your mind');
      expect(inShadow(el, '[part="announcer"]').textContent).to.equal('Strategy 2 of 3: A calm place in your mind');
      expect(button(el, 'Previous strategy').disabled).to.equal(false);
      await expect(el).to.be.accessible();
    });

    it('reaching the last or first card with the keyboard keeps focus in the deck navigation', async () => {
      const el = await card(html`<hearth-coping-card strategies="box-breathing safe-place" store-key=${key()}></hearth-coping-card>`);
      const focused = (name: string) => document.activeElement === el && el.shadowRoot!.activeElement === button(el, name);
      button(el, 'Next strategy').focus();
      await sendKeys({ press: 'Enter' });
      await until(() => inShadow(el, '[part="deck-nav"]').textContent!.includes('Strategy 2 of 2'));
      expect(button(el, 'Next strategy').disabled).to.equal(true);
      await until(() => focused('Previous strategy'), 3000, 'focus on Previous strategy');
      await sendKeys({ press: 'Enter' });
      await until(() => inShadow(el, '[part="deck-nav"]').textContent!.includes('Strategy 1 of 2'));
      await until(() => focused('Next strategy'), 3000, 'focus on Next strategy');
      await expect(el).to.be.accessible();
    });

    it('hidden cards leave the deck; show-hidden lists them with "Show again"', async () => {
      const el = await card(html`<hearth-coping-card strategies="box-breathing safe-place" store-key=${key()}></hearth-coping-card>`);
      button(el, 'Not for me').click();
      await el.updateComplete;
      expect(inShadow(el, '[part="deck-nav"]').textContent).to.contain('Strategy 1 of 1: A calm place in your mind');
      expect(inShadow(el, '.hidden-count').textContent).to.equal('1 hidden strategy');
      el.showHidden = true;
      await el.updateComplete;
      expect(inShadow(el, '[part="hidden-line"]').textContent).to.contain('Box breathing is hidden.');
      await expect(el).to.be.accessible();
      button(el, 'Show again').click();
      await el.updateComplete;
      expect(inShadow(el, '[part="deck-nav"]').textContent).to.contain('of 2');
    });

    it('a property list makes a deck too', async () => {
      const el = await withStrategy([quickBreath, quickTimer]);
      expect(inShadow(el, '[part="deck-nav"]').textContent).to.contain('Strategy 1 of 2: Quick breath');
    });
  });

  describe('print', () => {
    it('opens a new window built with DOM APIs: the title, the steps and the crisis line', async () => {
      const provider = await fixture<HearthProvider>(
        html`<hearth-provider region="NZ" practice-name="Harbour Therapy"><hearth-coping-card strategy="box-breathing" storage="none"></hearth-coping-card></hearth-provider>`,
      );
      const el = provider.querySelector('hearth-coping-card')!;
      await el.updateComplete;
      await (inShadow(el, 'hearth-crisis-resources') as HTMLElementTagNameMap['hearth-crisis-resources']).updateComplete;
      const original = window.open;
      let opened: Window | null = null;
      // Let the real window open, but keep the print dialog away from the test run.
      window.open = (...args: Parameters<typeof window.open>) => {
        opened = original.apply(window, args);
        if (opened) opened.print = () => undefined;
        return opened;
      };
      try {
        button(el, 'Print a wallet card').click();
        await until(() => !!(opened as unknown as Window | null)?.document.querySelector('h1'), 2000, 'the wallet card');
        const doc = (opened as unknown as Window).document;
        expect(doc.title).to.equal('Box breathing');
        expect(doc.querySelector('h1')!.textContent).to.equal('Box breathing');
        expect(doc.querySelectorAll('li')).to.have.length(6);
        expect(doc.querySelector('footer')!.textContent).to.contain('111').and.to.contain('Harbour Therapy');
        expect(doc.adoptedStyleSheets.length).to.equal(1);
        expect(doc.querySelector('script, style')).to.equal(null);
        (opened as unknown as Window).close();
      } finally {
        window.open = original;
      }
    });
  });

  describe('layout', () => {
    after(() => setViewport({ width: 800, height: 600 }));

    it('fits 320 px (200% zoom) without horizontal scrolling, idle and running', async () => {
      await setViewport({ width: 320, height: 640 });
      const el = await card(html`<hearth-coping-card strategies="box-breathing urge-surfing" storage="none"></hearth-coping-card>`);
      await until(() => !!shadow(el).querySelector('[part="actions"]'), 2000, 'the choices');
      const base = inShadow(el, '[part="base"]');
      expect(base.scrollWidth).to.be.at.most(base.clientWidth + 1);
      await el.start();
      await el.updateComplete;
      expect(base.scrollWidth).to.be.at.most(base.clientWidth + 1);
      expect(el.getBoundingClientRect().right).to.be.at.most(320);
      el.stop();
    });

    it('a phone-sized screen gets the tighter padding, also for a card made after the screen turned with no card left on the page', async () => {
      const padding = (el: HTMLElement) => getComputedStyle(inShadow(el, '[part="base"]')).paddingTop;
      await setViewport({ width: 800, height: 600 });
      const wide = await card(html`<hearth-coping-card strategy="box-breathing" storage="none"></hearth-coping-card>`);
      const widePadding = padding(wide);
      wide.remove();
      // WebKit kept the wide @media result for a shadow tree made now; matchMedia is current.
      await setViewport({ width: 320, height: 640 });
      const narrow = await card(html`<hearth-coping-card strategy="box-breathing" storage="none"></hearth-coping-card>`);
      expect(parseFloat(padding(narrow))).to.be.below(parseFloat(widePadding));
      // And back: the card on the page follows the screen when it turns again.
      await setViewport({ width: 800, height: 600 });
      await until(() => padding(narrow) === widePadding, 2000, 'the wide padding again');
      // Taken off the page, the screen turns, and the same card is put back (a single-page app).
      const parent = narrow.parentElement!;
      narrow.remove();
      await setViewport({ width: 320, height: 640 });
      parent.append(narrow);
      await until(() => parseFloat(padding(narrow)) < parseFloat(widePadding), 2000, 'the narrow padding on the card put back');
    });

    it('with large text (24 and 32 px: 200%) at 320 px, nothing reaches past the screen: the deck, a running exercise, an own step, Arabic', async () => {
      await setViewport({ width: 320, height: 640 });
      for (const [lang, size] of [
        ['en', '24px'],
        ['ar', '24px'],
        ['en', '32px'],
        ['ar', '32px'],
      ]) {
        const el = await card(html`<hearth-coping-card lang=${lang} strategies="box-breathing urge-surfing" storage="none"></hearth-coping-card>`);
        el.style.fontSize = size;
        await until(() => !!shadow(el).querySelector('[part="actions"]'), 2000, 'the choices');
        expect(boxesOutsideViewport(el), `${lang} ${size}: idle`).to.deep.equal([]);
        const own = inShadow<HTMLInputElement>(el, '#own-step');
        own.value = `Call ${'Alexandria'.repeat(12)}`;
        own.dispatchEvent(new Event('input'));
        inShadow<HTMLFormElement>(el, 'form.own-steps').requestSubmit();
        await el.updateComplete;
        await el.start();
        await el.updateComplete;
        expect(boxesOutsideViewport(el), `${lang} ${size}: running, with an own step`).to.deep.equal([]);
        el.stop();
      }
    });

    itNeeds('media', 'under forced colours, every primary button (Start, Save entry, Send, I agree) draws its own readable colours', async () => {
      await emulateMedia({ forcedColors: 'active' });
      try {
        const widgets = [
          await card(html`<hearth-coping-card strategy="box-breathing" storage="none"></hearth-coping-card>`),
          await fixture(html`<hearth-journal-prompt prompt="P" storage="none"></hearth-journal-prompt>`),
          await fixture(html`<hearth-feedback-form template="session" storage="none"></hearth-feedback-form>`),
          await fixture(html`<hearth-consent template="confidentiality" storage="none"></hearth-consent>`),
        ];
        for (const el of widgets) {
          await until(() => !!shadow(el).querySelector('button.primary'), 3000, `${el.localName}'s primary button`);
          const style = getComputedStyle(shadow(el).querySelector('button.primary')!);
          // Left to the browser, the text sat on a Canvas backplate in Canvas (unreadable).
          expect(style.forcedColorAdjust, el.localName).to.equal('none');
          expect(contrast(style.color, style.backgroundColor), el.localName).to.be.at.least(4.5);
        }
      } finally {
        await emulateMedia({ forcedColors: 'none' });
      }
    });

    itNeeds('media', 'under forced colours, a pressed choice ("This helped") looks pressed: filled with the system highlight', async () => {
      await emulateMedia({ forcedColors: 'active' });
      try {
        const el = await card(html`<hearth-coping-card strategy="box-breathing" storage="none"></hearth-coping-card>`);
        await until(() => !!shadow(el).querySelector('[part="actions"]'), 2000, 'the choices');
        shadowButton(el, 'This helped').click();
        await el.updateComplete;
        const pressed = getComputedStyle(shadowButton(el, 'This helped'));
        const plain = getComputedStyle(shadowButton(el, 'Not for me'));
        expect(shadowButton(el, 'This helped').getAttribute('aria-pressed')).to.equal('true');
        expect(pressed.backgroundColor).not.to.equal(plain.backgroundColor);
        expect(pressed.color).not.to.equal(plain.color);
        expect(getComputedStyle(shadowButton(el, 'This helped'), '::before').content).to.contain('✓');
      } finally {
        await emulateMedia({ forcedColors: 'none' });
      }
    });

    itNeeds('media', 'draws the breathing circle with a border under forced colours', async () => {
      await emulateMedia({ forcedColors: 'active' });
      try {
        const el = await withStrategy({ ...quickBreath, exercise: { type: 'breathing', pattern: [4, 4, 4, 4], cycles: 1 } });
        await el.start();
        await el.updateComplete;
        expect(getComputedStyle(inShadow(el, '.breath')).borderTopStyle).to.equal('solid');
        el.stop();
      } finally {
        await emulateMedia({ forcedColors: 'none' });
      }
    });
  });

  describe('languages', () => {
    it('renders in Arabic right to left, with UI strings and the built-in strategy in Arabic', async () => {
      const el = await card(html`<hearth-coping-card lang="ar" strategy="box-breathing" storage="none"></hearth-coping-card>`);
      expect(inShadow(el, '[part="base"]').getAttribute('dir')).to.equal('rtl');
      expect(shadowText(el)).to.contain('ساعدني هذا');
      expect(inShadow(el, '[role="heading"]').textContent).to.equal('التنفس المربّع');
      await expect(el).to.be.accessible();
    });

    it('renders in French', async () => {
      const el = await card(html`<hearth-coping-card lang="fr" strategy="safe-place" storage="none"></hearth-coping-card>`);
      expect(shadowText(el)).to.contain('Étape par étape');
      expect(shadowText(el)).to.contain('Cet outil accompagne votre thérapie.');
    });
  });
});
