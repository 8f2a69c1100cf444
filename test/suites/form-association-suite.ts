import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';

import type { HearthFormElement } from '../../packages/core/src/hearth-form-element.js';
import { captureConsole, type ConsoleCapture } from '../helpers/console-capture.js';
import { until } from '../helpers/shadow.js';

/**
 * The shared form-association suite (STYLE.md §29; the pattern of Shoelace's
 * form-control-base-tests.ts and Material's testing/forms.ts): what every Hearth form control
 * must do inside a host page's `<form>`, checked the same way for each. An element runs it with
 * an adapter saying how to render it, answer it and read it back.
 */
/** A Hearth form control: the base class and the restore callback each element implements. */
export type FormControl = HearthFormElement & { formStateRestoreCallback(state: string | File | FormData | null): void };

export interface FormControlAdapter<E extends FormControl> {
  /** The element, with `name` when given (the suite puts it in a `<form>`, inside a `<fieldset>`). */
  render(name: string | undefined): TemplateResult;
  /** Resolves once a client can answer it (its content loaded and shown). */
  ready(el: E): Promise<void>;
  /** What the validation message says while it is unanswered (the browser shows it). */
  missingMessage: RegExp;
  /** True when the unanswered element puts nothing in the form data (false: a partial value). */
  noValueUntilAnswered: boolean;
  /** Answers everything required, as the client would; returns what its value must then hold. */
  answer(el: E): Promise<Record<string, unknown>>;
  /** Changes some answers (not all), checking they took. */
  change(el: E): Promise<void>;
  /** Asserts that it is back to unanswered (after the form's reset). */
  expectCleared(el: E): void;
  /** Asserts that its controls are off (disabled) or on. */
  expectControlsOff(el: E, off: boolean): void;
  /** A state the browser hands back when it restores the page's form (history, autofill), and what it must bring back. */
  restore: { state: string; expectRestored(el: E): void };
}

/** `el` is the element; `host` its form, around a `<fieldset>` and with a submit button. */
async function inForm<E extends FormControl>(adapter: FormControlAdapter<E>, { named = true } = {}) {
  const host = await fixture<HTMLFormElement>(html`<form>
    <fieldset>${adapter.render(named ? 'answer' : undefined)}</fieldset>
    <button>Submit</button>
  </form>`);
  const el = host.querySelector('fieldset')!.firstElementChild as E;
  await el.updateComplete;
  await adapter.ready(el);
  let submits = 0;
  host.addEventListener('submit', (event) => (event.preventDefault(), submits++));
  return { host, el, submits: () => submits };
}

/** The form's data for the element, parsed (undefined when there is none). */
function formValue(host: HTMLFormElement, name = 'answer'): Record<string, unknown> | undefined {
  const value = new FormData(host).get(name);
  return value === null ? undefined : (JSON.parse(value as string) as Record<string, unknown>);
}

export function describeFormAssociationSuite<E extends FormControl>(label: string, adapter: FormControlAdapter<E>): void {
  describe(`${label} in a <form> (the form-association suite)`, () => {
    let console_: ConsoleCapture;
    // Elements without an endpoint warn, except in an owner form (checked below); keep the output clean.
    beforeEach(() => (console_ = captureConsole()));
    afterEach(() => console_.restore());

    it('belongs to its form: `form` is the owner form, `name` reflects, and there is no endpoint warning', async () => {
      const { host, el } = await inForm(adapter);
      expect((el.constructor as unknown as { formAssociated?: boolean }).formAssociated).to.equal(true);
      expect(el.form === host, 'form is the owner <form>').to.equal(true);
      el.name = 'renamed';
      await el.updateComplete;
      expect(el.getAttribute('name')).to.equal('renamed');
      expect(console_.warnings.filter((w) => w.includes('has no endpoint'))).to.deep.equal([]);
      host.after(el);
      expect(el.form === null, 'outside a <form>, form is null').to.equal(true);
    });

    it("unanswered, it is invalid and blocks the owner form's submit through the browser's own validation", async () => {
      const { host, el, submits } = await inForm(adapter);
      expect(el.willValidate).to.equal(true);
      expect(el.checkValidity()).to.equal(false);
      expect(el.validity.valueMissing).to.equal(true);
      expect(el.validity.valid).to.equal(false);
      expect(el.validationMessage).to.match(adapter.missingMessage);
      expect(host.checkValidity()).to.equal(false);
      let invalid = 0;
      el.addEventListener('invalid', () => invalid++);
      host.requestSubmit();
      await el.updateComplete;
      // The browser fired `invalid` at the element (the proof that it checked) and did not submit.
      expect(invalid, 'invalid events').to.equal(1);
      expect(submits()).to.equal(0);
      if (adapter.noValueUntilAnswered) expect(formValue(host)).to.equal(undefined);
    });

    it('answered, its value is in the form data and the owner form submits', async () => {
      const { host, el, submits } = await inForm(adapter);
      const expected = await adapter.answer(el);
      await el.updateComplete;
      expect(el.checkValidity()).to.equal(true);
      expect(el.validity.valid).to.equal(true);
      expect(el.validationMessage).to.equal('');
      expect(host.checkValidity()).to.equal(true);
      expect(formValue(host)).to.deep.include(expected);
      host.requestSubmit();
      expect(submits()).to.equal(1);
    });

    it('without a name, it puts nothing in the form data', async () => {
      const { host, el } = await inForm(adapter, { named: false });
      await adapter.answer(el);
      await el.updateComplete;
      expect([...new FormData(host).keys()]).to.deep.equal([]);
    });

    it("the owner form's reset empties it", async () => {
      const { host, el } = await inForm(adapter);
      await adapter.change(el);
      host.reset();
      await el.updateComplete;
      adapter.expectCleared(el);
      expect(el.validity.valueMissing).to.equal(true);
    });

    it('a disabled fieldset disables it, and enabling the fieldset turns it back on', async () => {
      const { host, el } = await inForm(adapter);
      const fieldset = host.querySelector('fieldset')!;
      fieldset.disabled = true;
      await el.updateComplete;
      expect(el.matches(':disabled')).to.equal(true);
      adapter.expectControlsOff(el, true);
      fieldset.disabled = false;
      await el.updateComplete;
      expect(el.matches(':disabled')).to.equal(false);
      adapter.expectControlsOff(el, false);
    });

    it('its `disabled` property disables it as the fieldset does, and turns it back on', async () => {
      const { el } = await inForm(adapter);
      el.disabled = true;
      await el.updateComplete;
      expect(el.hasAttribute('disabled')).to.equal(true);
      expect(el.matches(':disabled')).to.equal(true);
      adapter.expectControlsOff(el, true);
      el.disabled = false;
      await until(() => !el.matches(':disabled'), 2000, 'enabled again');
      await el.updateComplete;
      adapter.expectControlsOff(el, false);
    });

    it("a restored form state brings back what was entered (the browser's history and autofill)", async () => {
      const { el } = await inForm(adapter);
      el.formStateRestoreCallback(adapter.restore.state);
      await el.updateComplete;
      adapter.restore.expectRestored(el);
      // A state kept by another version of the page is ignored, never thrown on.
      el.formStateRestoreCallback('{ not json');
      el.formStateRestoreCallback(null);
      await el.updateComplete;
      adapter.restore.expectRestored(el);
    });
  });
}
