import { html, nothing, type TemplateResult } from 'lit';

/** The lock's strings, by suffix: each element maps them onto its own keys (`journal.lock.*`, `plan.lock.*`). */
export type LockKey =
  | 'setupTitle'
  | 'setupIntro'
  | 'warning'
  | 'passphrase'
  | 'confirm'
  | 'hintShort'
  | 'hintOkay'
  | 'hintStrong'
  | 'mismatch'
  | 'recoveryOption'
  | 'turnOn'
  | 'recoveryTitle'
  | 'recoveryIntro'
  | 'print'
  | 'done'
  | 'lockedTitle'
  | 'unlock'
  | 'wrong'
  | 'useRecovery'
  | 'recoveryCode'
  | 'newPassphrase'
  | 'reset'
  | 'back'
  | 'lockNow'
  | 'conceal'
  | 'reveal'
  | 'unavailable'
  | 'change'
  | 'current'
  | 'changed';

/** A lock string as the lock asks for it: `lock.<suffix>`. */
export type LockString = `lock.${LockKey}`;

/** Where the lock is: setting up, showing the new recovery code, locked, recovering, changing the passphrase. */
export type LockStage = 'setup' | 'recovery-code' | 'locked' | 'recover' | 'change' | 'unavailable';

/** What the lock view needs from its controller. */
export interface LockView {
  stage: LockStage;
  busy: boolean;
  error?: string;
  recoveryCode?: string;
  t(key: LockString): string;
  setUp(passphrase: string, confirm: string, withRecoveryCode: boolean): void;
  unlock(passphrase: string): void;
  recover(code: string, passphrase: string, confirm: string): void;
  change(current: string, passphrase: string, confirm: string): void;
  keptCode(): void;
  printCode(): void;
  goTo(stage: LockStage | undefined): void;
}

/** "Hide text" / "Show text", "Lock now" and "Change passphrase", above what the client wrote in an unlocked element. */
export function renderLockControls(view: { concealed: boolean; t(key: LockString): string; toggle(): void; lock(): void; change(): void }): TemplateResult {
  return html`<div class="row">
    <button type="button" aria-pressed=${view.concealed ? 'true' : 'false'} @click=${view.toggle}>
      ${view.concealed ? view.t('lock.reveal') : view.t('lock.conceal')}
    </button>
    <button type="button" @click=${view.lock}>${view.t('lock.lockNow')}</button>
    <button type="button" @click=${view.change}>${view.t('lock.change')}</button>
  </div>`;
}

/** A plain strength hint: length and words, no dictionary (nothing leaves the device). */
export function strengthHint(passphrase: string): 'lock.hintShort' | 'lock.hintOkay' | 'lock.hintStrong' {
  if (passphrase.length < 8) return 'lock.hintShort';
  const words = passphrase.trim().split(/\s+/).length;
  return passphrase.length >= 16 || words >= 4 ? 'lock.hintStrong' : 'lock.hintOkay';
}

/** A new passphrase typed twice, the error, and the submit button (recovery and change share them). */
function newPassphraseFields(view: LockView, error: TemplateResult | typeof nothing): TemplateResult {
  const { t } = view;
  return html`<label for="new-passphrase">${t('lock.newPassphrase')}</label>
    <input id="new-passphrase" name="passphrase" type="password" autocomplete="new-password" required />
    <label for="new-confirm">${t('lock.confirm')}</label>
    <input id="new-confirm" name="confirm" type="password" autocomplete="new-password" required />
    ${error}
    <button type="submit" class="primary" ?disabled=${view.busy}>${t('lock.reset')}</button>`;
}

function fields(event: Event): FormData {
  event.preventDefault();
  return new FormData(event.target as HTMLFormElement);
}

/**
 * The passphrase screens: set up (with the plain warning that a forgotten passphrase
 * without the recovery code cannot be recovered), the recovery code once, unlock, and a new
 * passphrase by recovery code. Loaded only for an element with `encrypt`.
 */
export function renderLock(view: LockView): TemplateResult {
  const { t } = view;
  const error = view.error ? html`<p class="lock-error" role="alert">${view.error}</p>` : nothing;
  switch (view.stage) {
    case 'unavailable':
      return html`<div class="lock" part="lock"><p role="alert">${t('lock.unavailable')}</p></div>`;
    case 'setup':
      return html`<form class="lock" part="lock" @submit=${(event: Event) => {
        const data = fields(event);
        view.setUp(String(data.get('passphrase') ?? ''), String(data.get('confirm') ?? ''), data.get('recovery') === 'on');
      }}>
        <p class="lock-title">${t('lock.setupTitle')}</p>
        <p>${t('lock.setupIntro')}</p>
        <p class="lock-warning"><strong>${t('lock.warning')}</strong></p>
        <label for="passphrase">${t('lock.passphrase')}</label>
        <input id="passphrase" name="passphrase" type="password" autocomplete="new-password" required aria-describedby="hint"
          @input=${(event: Event) => {
            const hint = (event.target as HTMLElement).closest('form')!.querySelector('#hint')!;
            hint.textContent = t(strengthHint((event.target as HTMLInputElement).value));
          }} />
        <p id="hint" class="muted" aria-live="polite"></p>
        <label for="confirm">${t('lock.confirm')}</label>
        <input id="confirm" name="confirm" type="password" autocomplete="new-password" required />
        <label class="check"><input type="checkbox" name="recovery" checked /> ${t('lock.recoveryOption')}</label>
        ${error}
        <button type="submit" class="primary" ?disabled=${view.busy}>${t('lock.turnOn')}</button>
      </form>`;
    case 'recovery-code':
      return html`<div class="lock" part="lock">
        <p class="lock-title">${t('lock.recoveryTitle')}</p>
        <p>${t('lock.recoveryIntro')}</p>
        <p class="recovery-code" part="recovery-code"><code>${view.recoveryCode}</code></p>
        <div class="row">
          <button type="button" @click=${view.printCode}>${t('lock.print')}</button>
          <button type="button" class="primary" @click=${view.keptCode}>${t('lock.done')}</button>
        </div>
      </div>`;
    case 'locked':
      return html`<form class="lock" part="lock" @submit=${(event: Event) => view.unlock(String(fields(event).get('passphrase') ?? ''))}>
        <p class="lock-title">${t('lock.lockedTitle')}</p>
        <label for="unlock">${t('lock.passphrase')}</label>
        <input id="unlock" name="passphrase" type="password" autocomplete="current-password" required />
        ${error}
        <div class="row">
          <button type="submit" class="primary" ?disabled=${view.busy}>${t('lock.unlock')}</button>
          <button type="button" @click=${() => view.goTo('recover')}>${t('lock.useRecovery')}</button>
        </div>
      </form>`;
    case 'change':
      return html`<form class="lock" part="lock" @submit=${(event: Event) => {
        const data = fields(event);
        view.change(String(data.get('current') ?? ''), String(data.get('passphrase') ?? ''), String(data.get('confirm') ?? ''));
      }}>
        <p class="lock-title">${t('lock.change')}</p>
        <label for="current">${t('lock.current')}</label>
        <input id="current" name="current" type="password" autocomplete="current-password" required />
        ${newPassphraseFields(view, error)}
        <button type="button" @click=${() => view.goTo(undefined)}>${t('lock.back')}</button>
      </form>`;
    case 'recover':
      return html`<form class="lock" part="lock" @submit=${(event: Event) => {
        const data = fields(event);
        view.recover(String(data.get('code') ?? ''), String(data.get('passphrase') ?? ''), String(data.get('confirm') ?? ''));
      }}>
        <p class="lock-title">${t('lock.useRecovery')}</p>
        <label for="code">${t('lock.recoveryCode')}</label>
        <input id="code" name="code" type="text" autocomplete="off" spellcheck="false" required />
        ${newPassphraseFields(view, error)}
        <button type="button" @click=${() => view.goTo('locked')}>${t('lock.back')}</button>
      </form>`;
  }
}
