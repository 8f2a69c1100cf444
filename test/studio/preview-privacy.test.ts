import '../../packages/studio/src/preview/studio-preview.js';

import type { FormDefinition, Policy, Prompt } from '@hearth/elements';
import type { HearthProvider } from '@hearth/elements';
import { expect, fixture, html } from '@open-wc/testing';

import { PREVIEW_NAMESPACE, type StudioPreview } from '../../packages/studio/src/preview/studio-preview.js';
import { sendKeys } from '../helpers/commands.js';
import { inNamespace, storedRecords } from '../helpers/indexeddb.js';
import { clearSentLog, sentLog } from '../helpers/sent-log.js';
import { inShadow, shadowText, until } from '../helpers/shadow.js';

const prompts: Prompt[] = [{ id: 'rest', text: 'What gave you a little rest today?' }];
const policy: Policy = {
  id: 'studio-private',
  version: '1',
  title: 'Our terms',
  sections: [{ id: 'private', title: 'What stays private', bodyHtml: '<p>What you say stays between us.</p>' }],
  acknowledgments: [{ id: 'read', label: 'I have read the terms', required: true }],
};
const form: FormDefinition = {
  id: 'studio-check',
  version: '1',
  title: 'A quick check',
  items: [{ id: 'more', type: 'text', label: 'One word for today' }],
};

/** Types an entry into a journal and saves it, as a client would; resolves once it shows in the history. */
async function writeEntry(journal: HTMLElement, words: string): Promise<void> {
  await until(() => !!journal.shadowRoot?.querySelector('textarea'), 5000, 'the writing area');
  inShadow<HTMLTextAreaElement>(journal, 'textarea').focus();
  const status = () => inShadow(journal, '[part="status"]').textContent!.trim();
  const before = status();
  await sendKeys({ type: words });
  // The autosave has run (its status line says so), so the draft was written wherever it is kept.
  await until(() => status() !== before, 5000, 'the autosave');
  inShadow<HTMLButtonElement>(journal, '[part~="save-button"]').click();
  await until(() => shadowText(journal).includes(words) && !inShadow<HTMLTextAreaElement>(journal, 'textarea').value, 5000, 'the saved entry');
}

/** Every key of the Web Storage areas that names the namespace. */
function webStorageKeys(namespace: string): string[] {
  return [localStorage, sessionStorage].flatMap((area) => Object.keys(area).filter((key) => key.includes(namespace)));
}

describe('<studio-preview> keeps nothing and sends nothing', () => {
  it('the check sees what a journal keeps on the device (control)', async () => {
    const provider = await fixture<HearthProvider>(
      html`<hearth-provider namespace="preview-test-control"><hearth-journal-prompt .prompts=${prompts}></hearth-journal-prompt></hearth-provider>`,
    );
    await writeEntry(provider.querySelector('hearth-journal-prompt')!, 'kept on purpose');
    await until(async () => (await storedRecords(inNamespace('preview-test-control'))).length > 0, 3000, 'the control records');
  });

  it('stores nothing in IndexedDB or Web Storage after an agreed consent and a written journal entry', async () => {
    const consent = await fixture<StudioPreview>(
      html`<studio-preview .kind=${'policy'} .content=${policy} .state=${'agreed'} sample-name="Noor"></studio-preview>`,
    );
    await consent.whenSettled();
    expect((consent.shownElement as HTMLElement & { stage: string }).stage).to.equal('agreed');

    const journal = await fixture<StudioPreview>(html`<studio-preview .kind=${'prompts'} .content=${prompts}></studio-preview>`);
    await journal.whenSettled();
    await writeEntry(journal.shownElement as HTMLElement, 'a private line');

    expect(await storedRecords(inNamespace(PREVIEW_NAMESPACE))).to.deep.equal([]);
    expect(webStorageKeys(PREVIEW_NAMESPACE)).to.deep.equal([]);
    // The journal says plainly that nothing is kept (storage="none").
    expect(shadowText(journal.shownElement!)).to.match(/not (kept|saved)|nothing is kept/i);
  });

  it('sends nothing, also under a provider with an endpoint around Studio', async () => {
    await clearSentLog();
    const outer = await fixture<HearthProvider>(html`<hearth-provider endpoint="/__hearth/send/ok" namespace="preview-test-outer">
      <studio-preview .kind=${'policy'} .content=${policy} .state=${'agreed'}></studio-preview>
      <studio-preview .kind=${'form'} .content=${form}></studio-preview>
    </hearth-provider>`);
    const [consent, feedback] = [...outer.querySelectorAll<StudioPreview>('studio-preview')];
    await consent.whenSettled();
    await feedback.whenSettled();
    expect((consent.shownElement as HTMLElement & { stage: string }).stage).to.equal('agreed');
    const inner = consent.shadowRoot!.querySelector<HearthProvider>('hearth-provider')!;
    expect(inner.effectiveConfig?.endpoint).to.equal(undefined);
    expect(inner.effectiveConfig?.namespace).to.equal(PREVIEW_NAMESPACE);

    // A clinician tries the form in the preview: answers and presses Send.
    const formEl = feedback.shownElement as HTMLElement & { phase: string };
    const field = inShadow<HTMLInputElement>(formEl, 'input[type="text"]');
    field.focus();
    await sendKeys({ type: 'calm' });
    let submitted = 0;
    formEl.addEventListener('hearth-feedback-submit', () => submitted++);
    [...formEl.shadowRoot!.querySelectorAll('button')].find((b) => /Send/.test(b.textContent!))!.click();
    await until(() => submitted === 1, 5000, 'the submit event');
    // The form has finished what the submit started (its updateComplete waits for it).
    await (formEl as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(await sentLog()).to.deep.equal([]);
    expect(performance.getEntriesByType('resource').filter((entry) => entry.name.includes('/__hearth/send/'))).to.deep.equal([]);
    expect(await storedRecords(inNamespace(PREVIEW_NAMESPACE))).to.deep.equal([]);
  });
});
