import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

import type { SafetyPlanStrings } from '../locales/safety-plan-catalog.js';
import { textDirection } from '../text-direction.js';
import type { SafetyPlanData } from './safety-plan-data.js';
import type { PlanSections, ShownSection } from './safety-plan-sections.js';

/** What the crisis view reads from its plan. */
export interface CrisisViewHost extends ReactiveControllerHost {
  readonly data: SafetyPlanData;
  readonly sectionViews: PlanSections;
  /** The sections with the wording in force. */
  readonly sections: ShownSection[];
  readonly level: number;
  t(key: keyof SafetyPlanStrings & string, params?: Record<string, string | number>): string;
  focusAfterUpdate(...selectors: string[]): void;
  scrollIntoView(options?: ScrollIntoViewOptions): void;
  readonly updateComplete: Promise<boolean>;
  /** The view closed: an encrypted plan's idle wait starts again (it waited while the view was open). */
  crisisClosed(): void;
}

/**
 * The crisis view: the plan large and one step at a time — each
 * section with something in it, in the plan's order, and always the professionals with the
 * crisis lines — with Previous and Next under each step, a list of every step, and the crisis
 * lines under every step. One action opens it ("Use my plan now", or a link to
 * `#hearth-safety-plan`); focus goes to its heading, and to each step's title as the client moves.
 */
export class CrisisView {
  /** The step on show (an index into `steps`); undefined while the view is closed. */
  step?: number;

  constructor(private readonly host: CrisisViewHost) {}

  private goTo(index: number): void {
    this.step = Math.max(0, Math.min(index, this.steps.length - 1));
    this.host.focusAfterUpdate('#step-title');
    this.host.requestUpdate();
  }

  private renderAllSteps(steps: ShownSection[], index: number, contentLang: string | undefined) {
    return html`<p class="label" id="all-steps">${this.host.t('plan.allSteps')}</p>
      <ol class="all-steps" aria-labelledby="all-steps">
        ${steps.map(
          (candidate, at) =>
            html`<li>
              <button type="button" class="link" aria-current=${ifDefined(at === index ? 'step' : undefined)} @click=${() => this.goTo(at)} lang=${ifDefined(contentLang)}>
                ${candidate.title}
              </button>
            </li>`,
        )}
      </ol>`;
  }

  /** Each section with something in it, and always the professionals (the crisis lines): an empty plan still opens on help. */
  get steps(): ShownSection[] {
    return this.host.sections.filter(
      (section) => section.id === 'professionals' || this.host.data.items(section.id).length > 0 || this.host.sectionViews.linked(section.id).length > 0,
    );
  }

  get isOpen(): boolean {
    return this.step !== undefined;
  }

  /** Opens at the first step and moves focus to the view (and the view into sight, when a link asked for it). */
  open(scroll = false): void {
    this.host.sectionViews.reset();
    this.step = 0;
    this.host.focusAfterUpdate('#crisis-title');
    this.host.requestUpdate();
    if (scroll) void this.host.updateComplete.then(() => this.host.scrollIntoView({ block: 'start' }));
  }

  /** Closes it; focus returns to "Use my plan now". */
  close(): void {
    this.step = undefined;
    this.host.focusAfterUpdate('#open-crisis');
    this.host.requestUpdate();
    this.host.crisisClosed();
  }

  /** Closed without moving focus (quick exit, a locked plan). */
  reset(): void {
    this.step = undefined;
    this.host.requestUpdate();
  }

  render(contentLang: string | undefined): TemplateResult {
    const t = this.host.t.bind(this.host);
    const views = this.host.sectionViews;
    const steps = this.steps;
    const index = Math.min(this.step ?? 0, steps.length - 1);
    const step = steps[index];
    const items = this.host.data.items(step.id);
    const sub = Math.min(this.host.level + 1, 6);
    return html`<div class="crisis-view" part="crisis-view">
      <div role="heading" aria-level=${this.host.level} class="heading" part="heading" id="crisis-title" tabindex="-1">${t('plan.crisisTitle')}</div>
      <p class="muted">${t('plan.crisisIntro')}</p>
      <hearth-crisis-resources compact exportparts="base: crisis-base, link: crisis-link, call: crisis-call"></hearth-crisis-resources>
      <div class="step" part="step">
        <p class="step-of">${t('plan.stepOf', { step: index + 1, count: steps.length })}</p>
        <div role="heading" aria-level=${sub} class="step-title" id="step-title" tabindex="-1" lang=${ifDefined(contentLang)}>${step.title}</div>
        ${
          items.length
            ? html`<ul class="step-items">
              ${items.map((item) => html`<li><span dir=${ifDefined(textDirection(item.text))}>${item.text}</span> ${views.renderPhone(item, true)}</li>`)}
            </ul>`
            : step.id === 'professionals'
              ? nothing
              : html`<p class="muted">${t('plan.emptySection')}</p>`
        }
        ${views.renderStrategies(step, true)} ${step.id === 'professionals' ? views.renderContacts(true) : nothing}
      </div>
      ${
        steps.length > 1
          ? html`<div class="step-nav" part="step-nav">
        <button type="button" ?disabled=${index === 0} @click=${() => this.goTo(index - 1)}>${t('plan.previous')}</button>
        <button type="button" class="primary" ?disabled=${index === steps.length - 1} @click=${() => this.goTo(index + 1)}>${t('plan.next')}</button>
            </div>`
          : nothing
      }
      <div class="crisis-lines">
        <hearth-crisis-resources heading-level=${sub}></hearth-crisis-resources>
      </div>
      ${steps.length > 1 ? this.renderAllSteps(steps, index, contentLang) : nothing}
      <button type="button" @click=${() => this.close()}>${t('plan.closeCrisis')}</button>
    </div>`;
  }
}
