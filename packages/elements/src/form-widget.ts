import { type ConfigIssue, type CoreStrings, HearthFormElement, oneOf, STORAGE_MODES, type StorageMode, urlProblem, validate } from '@hearth/core';
import { property } from 'lit/decorators.js';

import { headingLevelIssues, usedHeadingLevel } from './heading-level.js';

/**
 * What the widgets that are also form controls (the feedback form, the consent) share: where they
 * send and keep things, the footer switches and the heading level, with the values in force (the
 * element's own → the provider's → the default) and the checks that name each attribute.
 */
export abstract class FormWidget<S extends CoreStrings = CoreStrings> extends HearthFormElement<S> {
  /** Where it sends (else the provider's `endpoint`); without one, its events are the delivery. */
  @property() endpoint?: string;

  /** `credentials` of the send: `omit`, `same-origin` (default) or `include`. */
  @property() credentials?: RequestCredentials;

  /** `local`, `session` or `none`; else the provider's; else `local`. */
  @property() storage?: StorageMode;

  /** The instance key in storage (default: the content's id). */
  @property({ attribute: 'store-key' }) storeKey?: string;

  /** Hides the compact crisis resources in the footer. */
  @property({ type: Boolean, attribute: 'no-crisis-footer' }) noCrisisFooter = false;

  /** Hides the "complements your therapy" note. */
  @property({ type: Boolean, attribute: 'no-disclaimer' }) noDisclaimer = false;

  /** Level of the title heading (2–6). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** Problems with these settings, each naming its attribute. */
  protected settingIssues(): ConfigIssue[] {
    const issues: ConfigIssue[] = [];
    if (this.storage !== undefined) issues.push(...validate(oneOf(STORAGE_MODES), this.storage, 'storage').errors);
    issues.push(...headingLevelIssues(this.headingLevel));
    if (this.endpoint && urlProblem(this.endpoint)) issues.push({ path: 'endpoint', message: urlProblem(this.endpoint)! });
    return issues;
  }

  /** The endpoint in force: the attribute, else the provider's; none when it is not a valid URL. */
  get activeEndpoint(): string | undefined {
    const endpoint = this.endpoint ?? this.practiceConfig?.endpoint;
    return endpoint && !urlProblem(endpoint) ? endpoint : undefined;
  }

  /** The storage mode in force. @internal */
  get mode(): StorageMode {
    return this.storage && STORAGE_MODES.includes(this.storage) ? this.storage : (this.practiceConfig?.storage ?? 'local');
  }

  /** The heading level in force. @internal */
  get level(): number {
    return usedHeadingLevel(this.headingLevel);
  }

  /** The `credentials` of a send. @internal */
  get sendCredentials(): RequestCredentials {
    return this.credentials ?? this.practiceConfig?.credentials ?? 'same-origin';
  }
}
