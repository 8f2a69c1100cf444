import { type ConfigIssue, type CoreStrings, type HearthElement, oneOf, STORAGE_MODES, type StorageMode, urlProblem, validate } from '@hearth/core';
import { property } from 'lit/decorators.js';

import { headingLevelIssues, usedHeadingLevel } from './heading-level.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a mixin's base takes any constructor arguments
type Constructor<T> = abstract new (...args: any[]) => T;
type ElementClass = Constructor<HearthElement<CoreStrings>>;
/**
 * The base a mixin takes, by its prototype rather than its constructor: with a constructor type
 * here, TypeScript instantiates a generic base (`HearthFormElement<S>`) in context and drops its
 * statics (`define`, `styles`) when two mixins are nested.
 */
type ElementBase = { readonly prototype: HearthElement<CoreStrings> };

/** What `WidgetSettings` adds to an element (its published type: the class itself is local to the mixin). */
export interface WidgetSettingsMembers {
  storage?: StorageMode;
  storeKey?: string;
  noCrisisFooter: boolean;
  noDisclaimer: boolean;
  headingLevel: number;
  /** The storage mode in force. @internal */
  readonly mode: StorageMode;
  /** The heading level in force. @internal */
  readonly level: number;
}

/** What `SendSettings` adds to an element. */
export interface SendSettingsMembers {
  endpoint?: string;
  credentials?: RequestCredentials;
  readonly activeEndpoint: string | undefined;
  /** The `credentials` of a send. @internal */
  readonly sendCredentials: RequestCredentials;
}

/**
 * The settings every widget has (the coping card, the journal, the feedback form, the consent):
 * where it keeps things, the footer switches and the heading level, with the values in force
 * (the element's own → the provider's → the default). A mixin (STYLE.md §25), so that a widget
 * composes it with its own base: `WidgetSettings(HearthFormElement<Strings>)`.
 */
export function WidgetSettings<Base extends ElementBase>(base: Base) {
  abstract class WidgetSettingsElement extends (base as unknown as ElementClass) {
    /** `local`, `session` or `none`; else the provider's; else `local`. */
    @property() storage?: StorageMode;

    /** The instance key in storage (default: the content's id; a coping card keeps each strategy under `<store-key>:<strategy id>`). */
    @property({ attribute: 'store-key' }) storeKey?: string;

    /** Hides the compact crisis resources in the footer. */
    @property({ type: Boolean, attribute: 'no-crisis-footer' }) noCrisisFooter = false;

    /** Hides the "complements your therapy" note. */
    @property({ type: Boolean, attribute: 'no-disclaimer' }) noDisclaimer = false;

    /** Level of the widget's heading (2–6). */
    @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

    /** The storage mode in force. @internal */
    get mode(): StorageMode {
      return this.storage && STORAGE_MODES.includes(this.storage) ? this.storage : (this.practiceConfig?.storage ?? 'local');
    }

    /** The heading level in force. @internal */
    get level(): number {
      return usedHeadingLevel(this.headingLevel);
    }
  }
  return WidgetSettingsElement as unknown as Constructor<WidgetSettingsMembers> & Base;
}

/**
 * The settings of the widgets that send (the journal, the feedback form, the consent): where to,
 * and with which `credentials`. Without an endpoint (theirs or the provider's) nothing is sent.
 */
export function SendSettings<Base extends ElementBase>(base: Base) {
  abstract class SendSettingsElement extends (base as unknown as ElementClass) {
    /** Where it sends (else the provider's `endpoint`); without one, its events are the delivery. */
    @property() endpoint?: string;

    /** `credentials` of the send: `omit`, `same-origin` (default) or `include`. */
    @property() credentials?: RequestCredentials;

    /** The endpoint in force: the attribute, else the provider's; none when it is not a valid URL. */
    get activeEndpoint(): string | undefined {
      const endpoint = this.endpoint ?? this.practiceConfig?.endpoint;
      return endpoint && !urlProblem(endpoint) ? endpoint : undefined;
    }

    /** The `credentials` of a send. @internal */
    get sendCredentials(): RequestCredentials {
      return this.credentials ?? this.practiceConfig?.credentials ?? 'same-origin';
    }
  }
  return SendSettingsElement as unknown as Constructor<SendSettingsMembers> & Base;
}

/** Problems with a widget's settings, each naming its attribute (empty when all is well). */
export function widgetSettingIssues(widget: { storage?: string; headingLevel: number; endpoint?: string }): ConfigIssue[] {
  const issues: ConfigIssue[] = [];
  if (widget.storage !== undefined) issues.push(...validate(oneOf(STORAGE_MODES), widget.storage, 'storage').errors);
  issues.push(...headingLevelIssues(widget.headingLevel));
  const endpointProblem = widget.endpoint ? urlProblem(widget.endpoint) : undefined;
  if (endpointProblem) issues.push({ path: 'endpoint', message: endpointProblem });
  return issues;
}
