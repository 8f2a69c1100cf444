import { property, state } from 'lit/decorators.js';

import { HearthElement } from './hearth-element.js';
import type { CoreStrings } from './locale-controller.js';

/**
 * A Hearth element that is also a form control (a form-associated custom element): with a `name`
 * inside a `<form>` its value goes into the form's data, its validity can block the form's
 * submit through the browser's own flow, a disabled `<fieldset>` (or `disabled`) turns it off,
 * and it has the validity API of native controls. Subclasses set the value and validity through
 * `internals` and handle `formResetCallback` and `formStateRestoreCallback`.
 */
export abstract class HearthFormElement<S extends CoreStrings = CoreStrings> extends HearthElement<S> {
  static formAssociated = true;

  /** The element's ElementInternals: its form value, validity and states (for the element built on this class). */
  readonly internals: ElementInternals;

  /** Inner `change` events stop at the shadow root: the element fires its own instead. Bind it on the controls' container. */
  readonly relayChange = (event: Event): void => {
    event.stopPropagation();
    this.fireChange();
  };

  /** A disabled `<fieldset>` or form around it. @internal */
  @state() formDisabled = false;

  /** The name of its value in the owner `<form>`'s data. */
  @property({ reflect: true }) name?: string;

  /** Turns the element's controls off (also set by a disabled `<fieldset>` around it). */
  @property({ type: Boolean, reflect: true }) disabled = false;

  constructor() {
    super();
    this.internals = this.attachInternals();
  }

  /** @internal */
  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
    // The browser calls this while Lit reflects `disabled` to its attribute, after the update's
    // render and before the update ends: Lit drops a change made then, so render once more after.
    if (this.isUpdatePending) void this.updateComplete.then(() => this.requestUpdate());
  }

  /** The owner `<form>`, if any. */
  get form(): HTMLFormElement | null {
    return this.internals.form;
  }

  get validity(): ValidityState {
    return this.internals.validity;
  }

  get validationMessage(): string {
    return this.internals.validationMessage;
  }

  get willValidate(): boolean {
    return this.internals.willValidate;
  }

  checkValidity(): boolean {
    return this.internals.checkValidity();
  }

  reportValidity(): boolean {
    return this.internals.reportValidity();
  }

  /** True when the owner form delivers the value (a `name` inside a `<form>`). */
  get inOwnerForm(): boolean {
    return !!(this.name && this.internals.form);
  }

  /** True while `disabled` or a disabled fieldset turns the controls off. */
  get closed(): boolean {
    return this.disabled || this.formDisabled;
  }

  /** A native `change` from the element, as native controls fire on a user's edit (never on programmatic changes). */
  fireChange(): void {
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }
}
