import '../packages/elements/src/all.js';

import { expect, fixture, html, oneEvent } from '@open-wc/testing';

import type { HearthProvider } from '../packages/elements/src/provider/provider.js';
import type { HearthSafetyPlan } from '../packages/elements/src/safety-plan/safety-plan.js';
import { type SafetyPlan, SECTION_IDS } from '../packages/elements/src/safety-plan/safety-plan-format.js';
import { sendKeys } from './helpers/commands.js';
import { captureConsole } from './helpers/console-capture.js';
import { fillSessionStorage } from './helpers/full-storage.js';
import { storedRecord } from './helpers/indexeddb.js';
import { inShadow, shadow, shadowButton, until } from './helpers/shadow.js';
import { describeXssSuite } from './suites/xss-suite.js';

let n = 0;
const key = () => `plan-${Date.now()}-${++n}`;

async function plan(template = html`<hearth-safety-plan store-key=${key()}></hearth-safety-plan>`) {
  const el = await fixture<HearthSafetyPlan>(template);
  await until(() => el.data.loaded && !!inShadow(el, '#heading-reasons').textContent!.trim(), 3000, 'the plan read and its prompts loaded');
  await el.updateComplete;
  return el;
}

const section = (el: Element, id: string) => inShadow(el, `section[aria-labelledby="heading-${id}"]`);
const itemTexts = (el: Element, id: string) =>
  [...(shadow(el).querySelector(`section[aria-labelledby="heading-${id}"]`)?.querySelectorAll('.item .text') ?? [])].map((node) => node.textContent);
/** A button in a part of the shadow DOM, by its visible text. */
const buttonIn = (root: Element, name: string) => {
  const found = [...root.querySelectorAll('button')].find((b) => b.textContent!.trim() === name);
  if (!found) throw new Error(`no button "${name}"`);
  return found as HTMLButtonElement;
};
const stored = (storeKey: string) => storedRecord<{ plan: SafetyPlan }>('safety-plan', `default/${storeKey}`);

/** Types into a section's Add field and presses Enter, as a client would with the keyboard. */
async function addByKeyboard(el: HearthSafetyPlan, id: string, text: string) {
  inShadow<HTMLInputElement>(el, `#add-${id}`).focus();
  await sendKeys({ type: text });
  await sendKeys({ press: 'Enter' });
  await el.updateComplete;
}

describe('<hearth-safety-plan>', () => {
  it('shows its heading, what it is for, "Use my plan now" and the seven sections with their prompts and examples', async () => {
    const el = await plan();
    expect(inShadow(el, '[part="heading"]').textContent!.trim()).to.equal('My safety plan');
    expect(inShadow(el, '[part="intro"]').textContent).to.contain('with your therapist');
    expect(inShadow(el, '#open-crisis').textContent!.trim()).to.equal('Use my plan now');
    const headings = [...shadow(el).querySelectorAll('.section-heading')];
    expect(headings.map((h) => h.id)).to.deep.equal(SECTION_IDS.map((id) => `heading-${id}`));
    expect(headings.every((h) => h.getAttribute('aria-level') === '3')).to.equal(true);
    expect(headings[0].textContent!.trim()).to.equal('Signs a hard time is starting');
    expect(section(el, 'warning-signs').querySelector('.prompt .muted')!.textContent).to.match(/^For example: /);
    expect(inShadow(el, '.kept-note').textContent).to.contain('Nobody is alerted');
    expect(shadow(el).querySelector('[part="footer"] hearth-crisis-resources'), 'the footer crisis lines').to.exist;
    await expect(el).to.be.accessible();
  });

  it('adds, edits, reorders and removes items by keyboard, saving each change on the device', async () => {
    const storeKey = key();
    const el = await plan(html`<hearth-safety-plan store-key=${storeKey}></hearth-safety-plan>`);
    await addByKeyboard(el, 'warning-signs', 'I stop sleeping');
    await addByKeyboard(el, 'warning-signs', 'I skip meals');
    await addByKeyboard(el, 'warning-signs', 'I cancel plans');
    expect(itemTexts(el, 'warning-signs')).to.deep.equal(['I stop sleeping', 'I skip meals', 'I cancel plans']);
    expect(shadow(el).activeElement?.id, 'focus stays in the Add field for the next one').to.equal('add-warning-signs');
    expect(inShadow<HTMLInputElement>(el, '#add-warning-signs').value).to.equal('');

    // Move "I cancel plans" up with the keyboard: the focused button keeps focus.
    const items = section(el, 'warning-signs').querySelectorAll('.item');
    const up = items[2].querySelector('.up') as HTMLButtonElement;
    up.focus();
    await until(() => shadow(el).activeElement === up, 2000, 'Move up focused');
    await sendKeys({ press: 'Enter' });
    await until(() => itemTexts(el, 'warning-signs')[1] === 'I cancel plans', 3000, 'the line moved up');
    expect(itemTexts(el, 'warning-signs')).to.deep.equal(['I stop sleeping', 'I cancel plans', 'I skip meals']);
    expect((shadow(el).activeElement as HTMLElement).getAttribute('aria-label')).to.equal('Move up: I cancel plans');
    expect(inShadow(el, '[part="status"]').textContent).to.match(/^Moved to place 2 of 3\./);
    await sendKeys({ press: 'Enter' });
    await until(() => itemTexts(el, 'warning-signs')[0] === 'I cancel plans', 3000, 'the line moved to the top');
    expect(itemTexts(el, 'warning-signs')).to.deep.equal(['I cancel plans', 'I stop sleeping', 'I skip meals']);
    // At the top, Move up is disabled: focus goes to Move down of the same item.
    expect((shadow(el).activeElement as HTMLElement).getAttribute('aria-label')).to.equal('Move down: I cancel plans');

    // Edit the second item: its fields take focus; Enter saves; focus returns to its Edit button.
    const edit = section(el, 'warning-signs').querySelectorAll('.item')[1].querySelector('.edit') as HTMLButtonElement;
    edit.focus();
    await until(() => shadow(el).activeElement === edit, 2000, 'Edit focused');
    await sendKeys({ press: 'Enter' });
    await until(() => shadow(el).activeElement?.id === 'edit-text', 3000, 'the edit field focused');
    (shadow(el).activeElement as HTMLInputElement).select();
    await sendKeys({ type: 'I sleep all day or not at all' });
    await sendKeys({ press: 'Enter' });
    await until(() => itemTexts(el, 'warning-signs')[1] === 'I sleep all day or not at all', 3000, 'the line changed');
    expect(itemTexts(el, 'warning-signs')).to.deep.equal(['I cancel plans', 'I sleep all day or not at all', 'I skip meals']);
    expect((shadow(el).activeElement as HTMLElement).getAttribute('aria-label')).to.equal('Edit: I sleep all day or not at all');

    // Remove the first; Undo puts it back in its place.
    (section(el, 'warning-signs').querySelector('.item .remove') as HTMLButtonElement).click();
    await el.updateComplete;
    expect(itemTexts(el, 'warning-signs')).to.deep.equal(['I sleep all day or not at all', 'I skip meals']);
    expect(inShadow(el, '[part="status"]').textContent).to.match(/^Removed “I cancel plans”\./);
    expect((shadow(el).activeElement as HTMLElement).getAttribute('aria-label'), 'focus on the next item').to.equal('Edit: I sleep all day or not at all');
    shadowButton(el, 'Undo').click();
    await el.updateComplete;
    expect(itemTexts(el, 'warning-signs')).to.deep.equal(['I cancel plans', 'I sleep all day or not at all', 'I skip meals']);

    await el.data.save();
    await el.updateComplete;
    // Saved is shown beside the status, outside its live region: what the client did is announced once.
    expect(inShadow(el, '[part="saved-note"]').textContent).to.equal('Saved on this device.');
    expect(inShadow(el, '[part="saved-note"]').closest('[role="status"], [aria-live]')).to.equal(null);
    expect(inShadow(el, '[part="status"]').textContent).not.to.contain('Saved');
    const record = await stored(storeKey);
    const warning = record!.data.plan.sections.find((s) => s.id === 'warning-signs')!;
    expect(warning.items.map((item) => item.text)).to.deep.equal(['I cancel plans', 'I sleep all day or not at all', 'I skip meals']);
    expect(record!.data.plan.version).to.equal(1);
  });

  it('keeps everything, including what was typed and not yet added, when the page comes back', async () => {
    const storeKey = key();
    const first = await plan(html`<hearth-safety-plan store-key=${storeKey}></hearth-safety-plan>`);
    first.addItem('people', 'My sister Lee', '+1 555 0100');
    first.addItem('reasons', 'My cat, Miso');
    const typing = inShadow<HTMLInputElement>(first, '#add-environment');
    typing.value = 'Give my pills to Lee to keep';
    typing.dispatchEvent(new Event('input'));
    await first.data.save();
    first.remove();

    const again = await plan(html`<hearth-safety-plan store-key=${storeKey}></hearth-safety-plan>`);
    expect(itemTexts(again, 'people')).to.deep.equal(['My sister Lee']);
    expect(itemTexts(again, 'reasons')).to.deep.equal(['My cat, Miso']);
    expect(inShadow<HTMLInputElement>(again, '#add-environment').value).to.equal('Give my pills to Lee to keep');
    const call = section(again, 'people').querySelector<HTMLAnchorElement>('a.call')!;
    expect(call.getAttribute('href')).to.equal('tel:+15550100');
    expect(call.getAttribute('dir')).to.equal('ltr');
    expect(call.getAttribute('aria-label')).to.equal('Call My sister Lee: +1 555 0100');
  });

  it('fires hearth-safety-plan-save with the plan after each saved change', async () => {
    const el = await plan();
    setTimeout(() => el.addItem('coping', 'Walk around the block'));
    const event = await oneEvent(el, 'hearth-safety-plan-save');
    const saved: SafetyPlan = event.detail.plan;
    expect(saved.version).to.equal(1);
    expect(saved.sections.map((s) => s.id)).to.deep.equal([...SECTION_IDS]);
    expect(saved.sections.find((s) => s.id === 'coping')!.items[0].text).to.equal('Walk around the block');
    expect(saved.locale).to.equal('en');
    expect(Number.isNaN(Date.parse(saved.updatedAt))).to.equal(false);
    expect(event.bubbles && event.composed).to.equal(true);
  });

  it('says when there is nothing to add, and keeps an empty item out', async () => {
    const el = await plan();
    inShadow<HTMLInputElement>(el, '#add-reasons').value = '   ';
    buttonIn(section(el, 'reasons'), 'Add').click();
    await el.updateComplete;
    expect(itemTexts(el, 'reasons')).to.deep.equal([]);
    expect(inShadow(el, '[part="status"]').textContent).to.equal('Write something first.');
  });

  it('keeps huge and odd text as the plan allows it: one line, at most 2000 characters, never half a character', async () => {
    const el = await plan();
    const huge = `${'a'.repeat(1999)}😀 and more`;
    el.addItem('reasons', huge);
    el.addItem('reasons', 'Line one\nline two\u0007 with a bell');
    el.addItem('reasons', '\u202Eevil\u202C é (e\u0301) 🧡 مرحبا');
    await el.updateComplete;
    const [first, second, third] = el.plan.sections.find((s) => s.id === 'reasons')!.items.map((item) => item.text);
    expect(first.length, 'cut before the emoji it would have split').to.equal(1999);
    expect(second).to.equal('Line one line two  with a bell');
    expect(third).to.equal('\u202Eevil\u202C é (e\u0301) 🧡 مرحبا');
    expect(itemTexts(el, 'reasons')[2]).to.equal(third);
  });

  it('refuses a phone number that cannot be dialled, says why, and keeps what was typed', async () => {
    const el = await plan();
    const text = inShadow<HTMLInputElement>(el, '#add-people');
    const phone = inShadow<HTMLInputElement>(el, '#phone-people');
    text.value = 'Lee';
    text.dispatchEvent(new Event('input'));
    phone.value = 'call me maybe';
    phone.dispatchEvent(new Event('input'));
    await el.updateComplete;
    buttonIn(section(el, 'people'), 'Add').click();
    await el.updateComplete;
    expect(itemTexts(el, 'people')).to.deep.equal([]);
    expect(inShadow(el, '[part="status"]').textContent).to.equal('That phone number cannot be dialled. Use only digits, spaces and + ( ) - .');
    expect(inShadow<HTMLInputElement>(el, '#add-people').value).to.equal('Lee');
    // Sections without people take no phone at all.
    expect(shadow(el).querySelector('#phone-warning-signs')).to.equal(null);
    expect(el.addItem('warning-signs', 'Tired', '555 0100')!.phone).to.equal(undefined);
  });

  it('takes a phone number typed with Arabic-Indic digits, and dials it', async () => {
    const el = await plan(html`<hearth-safety-plan lang="ar" store-key=${key()}></hearth-safety-plan>`);
    const item = el.addItem('people', 'لينا', '٠٥٥ ١٢٣ ٤٥٦٧');
    await el.updateComplete;
    expect(item!.phone).to.equal('055 123 4567');
    expect(section(el, 'people').querySelector('a.call')!.getAttribute('href')).to.equal('tel:0551234567');
  });

  it('shows a line in its own direction: Arabic in an English plan runs right to left', async () => {
    const el = await plan();
    el.addItem('reasons', 'أمي وأبي');
    await el.updateComplete;
    expect(section(el, 'reasons').querySelector('.item .text')!.getAttribute('dir')).to.equal('rtl');
  });

  describe('when storage fails, or another tab changes the plan', () => {
    it('a full store: says it was not saved and why, and the line stays on screen', async () => {
      const el = await plan(html`<hearth-safety-plan storage="session" store-key=${key()}></hearth-safety-plan>`);
      const emptyFiller = fillSessionStorage();
      try {
        el.addItem('reasons', 'y'.repeat(1500));
        await el.data.save();
        await el.updateComplete;
        expect(inShadow(el, '[part="status"]').textContent).to.contain('Not saved').and.to.contain('Your plan is still on screen');
        expect(itemTexts(el, 'reasons')).to.deep.equal(['y'.repeat(1500)]);
        await expect(el).to.be.accessible();
      } finally {
        emptyFiller();
      }
      // With room again, the next change saves everything.
      el.addItem('reasons', 'My garden');
      await el.data.save();
      await until(() => !inShadow(el, '[part="status"]').textContent!.includes('Not saved'), 3000, 'the "not saved" line gone');
      expect(itemTexts(el, 'reasons')).to.deep.equal(['y'.repeat(1500), 'My garden']);
    });

    it('lines added before the stored plan was read go on top of it, never over it', async () => {
      const storeKey = key();
      const first = await plan(html`<hearth-safety-plan store-key=${storeKey}></hearth-safety-plan>`);
      first.addItem('reasons', 'Stored before');
      await first.data.save();
      first.remove();
      const el = document.createElement('hearth-safety-plan');
      el.storeKey = storeKey;
      document.body.append(el);
      try {
        expect(el.data.loaded, 'not read yet').to.equal(false);
        el.addItem('reasons', 'Added at once');
        await until(() => el.data.loaded, 3000, 'the plan read');
        await el.data.save();
        await el.updateComplete;
        expect(itemTexts(el, 'reasons')).to.deep.equal(['Stored before', 'Added at once']);
        const record = await stored(storeKey);
        expect(record!.data.plan.sections.find((s) => s.id === 'reasons')!.items.map((item) => item.text)).to.deep.equal(['Stored before', 'Added at once']);
      } finally {
        el.remove();
      }
    });

    it('"Keep this one" saves even when the other tab deleted the plan', async () => {
      const storeKey = key();
      const a = await plan(html`<hearth-safety-plan store-key=${storeKey}></hearth-safety-plan>`);
      const b = await plan(html`<hearth-safety-plan store-key=${storeKey}></hearth-safety-plan>`);
      a.addItem('reasons', 'My garden');
      await a.data.save();
      await until(() => itemTexts(b, 'reasons').length === 1, 3000, 'the other one sees it');
      a.data.typePending('people', { text: 'Lee' });
      await b.deleteEverything();
      await until(() => !!shadow(a).querySelector('[part="conflict"]'), 3000, 'the choice');
      shadowButton(a, 'Keep this one').click();
      await until(async () => (await stored(storeKey)) !== undefined, 3000, 'saved again');
      expect(shadow(a).querySelector('[part="conflict"]')).to.equal(null);
      expect((await stored(storeKey))!.data.plan.sections.find((s) => s.id === 'reasons')!.items[0].text).to.equal('My garden');
    });

    it("takes another tab's change when nothing here is unsaved, and asks when something is: never a silent overwrite", async () => {
      const storeKey = key();
      const a = await plan(html`<hearth-safety-plan store-key=${storeKey}></hearth-safety-plan>`);
      const b = await plan(html`<hearth-safety-plan store-key=${storeKey}></hearth-safety-plan>`);
      a.addItem('reasons', 'My garden');
      await until(() => itemTexts(b, 'reasons').join() === 'My garden', 3000, 'the other one sees it');
      // B has typed something not yet saved when A changes the plan again.
      b.data.typePending('people', { text: 'Lee' });
      a.addItem('reasons', 'My cat');
      await until(() => !!shadow(b).querySelector('[part="conflict"]'), 3000, 'the choice');
      expect(inShadow(b, '[part="conflict"]').textContent).to.contain('changed in another tab');
      await expect(b).to.be.accessible();
      shadowButton(b, 'Use the other one').click();
      await b.updateComplete;
      expect(itemTexts(b, 'reasons')).to.deep.equal(['My garden', 'My cat']);
      expect(shadow(b).querySelector('[part="conflict"]')).to.equal(null);
    });
  });

  describe('print', () => {
    /** Lets the real window open, keeping the print dialog away from the test run. */
    async function printed(el: HearthSafetyPlan, name: string): Promise<Document> {
      const original = window.open;
      let opened: Window | null = null;
      window.open = (...args: Parameters<typeof window.open>) => {
        opened = original.apply(window, args);
        if (opened) opened.print = () => undefined;
        return opened;
      };
      try {
        shadowButton(el, name).click();
        await until(() => !!(opened as unknown as Window | null)?.document.querySelector('h1'), 3000, 'the printed plan');
        return (opened as unknown as Window).document;
      } finally {
        window.open = original;
      }
    }

    it("prints the whole plan on a page with the crisis lines of the region, in the element's language and direction", async () => {
      const provider = await fixture<HearthProvider>(
        html`<hearth-provider region="US" practice-name="Harbour Therapy"><hearth-safety-plan lang="ar" store-key=${key()}></hearth-safety-plan></hearth-provider>`,
      );
      const el = provider.querySelector('hearth-safety-plan')!;
      await until(() => el.data.loaded && inShadow(el, '[part="base"]').getAttribute('dir') === 'rtl', 3000, 'the Arabic plan');
      el.addItem('warning-signs', 'لا أنام');
      el.addItem('people', 'Lee', '555 0100');
      await el.updateComplete;
      const doc = await printed(el, inShadow(el, '[part="print"] button').textContent!.trim());
      expect(doc.documentElement.lang).to.equal('ar');
      expect(doc.documentElement.dir).to.equal('rtl');
      const text = doc.body.textContent!;
      expect(text).to.contain('لا أنام').and.to.contain('Lee').and.to.contain('988').and.to.contain('Harbour Therapy');
      expect(doc.querySelector('script, style')).to.equal(null);
      doc.defaultView!.close();
    });

    it('prints a wallet card', async () => {
      const el = await plan();
      el.addItem('coping', 'Walk the dog');
      await el.updateComplete;
      const doc = await printed(el, 'Print a wallet card');
      expect(doc.documentElement.lang).to.equal('en');
      expect(doc.body.textContent).to.contain('Walk the dog').and.to.contain('call your local emergency number');
      doc.defaultView!.close();
    });
  });

  describe('the crisis view', () => {
    it('opens in one action, steps through the sections with something in them, and always shows the crisis lines', async () => {
      const el = await plan();
      el.addItem('warning-signs', 'I stop sleeping');
      el.addItem('people', 'Sam', '555 0101');
      await el.updateComplete;
      inShadow<HTMLButtonElement>(el, '#open-crisis').click();
      await el.updateComplete;
      const view = inShadow(el, '[part="crisis-view"]');
      expect(shadow(el).activeElement?.id, 'focus on the view heading').to.equal('crisis-title');
      expect(view.querySelector('.step-of')!.textContent).to.equal('Step 1 of 3');
      expect(view.querySelector('.step-title')!.textContent!.trim()).to.equal('Signs a hard time is starting');
      expect(view.querySelector('.step-items')!.textContent).to.contain('I stop sleeping');
      expect(view.querySelector('.crisis-lines hearth-crisis-resources'), 'the crisis lines on every step').to.exist;
      shadowButton(el, 'Next step').click();
      await el.updateComplete;
      expect(shadow(el).activeElement?.id).to.equal('step-title');
      expect(inShadow(el, '.step-title').textContent!.trim()).to.equal('People I can ask for help');
      expect(inShadow<HTMLAnchorElement>(el, '.step-items a.call.big').getAttribute('href')).to.equal('tel:5550101');
      shadowButton(el, 'Next step').click();
      await el.updateComplete;
      // The professionals step is always there (the crisis lines), and is the last of three here.
      expect(inShadow(el, '.step-of').textContent).to.equal('Step 3 of 3');
      expect(shadowButton(el, 'Next step').disabled).to.equal(true);
      await expect(el).to.be.accessible();
      shadowButton(el, 'Back to my plan').click();
      await el.updateComplete;
      expect(shadow(el).querySelector('[part="crisis-view"]')).to.equal(null);
      expect(shadow(el).activeElement?.id).to.equal('open-crisis');
    });

    it('opens from a link to #hearth-safety-plan', async () => {
      const el = await plan();
      const before = location.href;
      try {
        location.hash = 'hearth-safety-plan';
        await until(() => !!shadow(el).querySelector('[part="crisis-view"]'), 2000, 'the crisis view');
      } finally {
        history.replaceState(null, '', before);
      }
    });

    it('a plan with nothing in it still opens, on the professionals and crisis lines', async () => {
      const el = await plan();
      inShadow<HTMLButtonElement>(el, '#open-crisis').click();
      await el.updateComplete;
      expect(inShadow(el, '.step-of').textContent).to.equal('Step 1 of 1');
      expect(inShadow(el, '.step-title').textContent!.trim()).to.equal(el.sections.find((s) => s.id === 'professionals')!.title);
      expect(inShadow(el, '.crisis-lines hearth-crisis-resources')).to.exist;
    });
  });

  describe('with a provider', () => {
    it("offers the practice's professionals, with their phone, to add to the plan", async () => {
      const provider = await fixture<HearthProvider>(html`<hearth-provider region="US"
        ><hearth-safety-plan store-key=${key()}></hearth-safety-plan
      ></hearth-provider>`);
      provider.config = { contacts: [{ name: 'Dr. Rivera', role: 'Your therapist', phone: '+1 555 0199' }] };
      const el = provider.querySelector('hearth-safety-plan')!;
      await until(() => el.data.loaded && !!shadow(el).querySelector('[part="contacts"]'), 3000, 'the contacts');
      const contacts = inShadow(el, '[part="contacts"]');
      expect(contacts.textContent).to.contain('Dr. Rivera (Your therapist)');
      shadowButton(el, 'Add Dr. Rivera to my plan').click();
      await el.updateComplete;
      expect(itemTexts(el, 'professionals')).to.deep.equal(['Dr. Rivera (Your therapist)']);
      expect(el.plan.sections.find((s) => s.id === 'professionals')!.items[0].phone).to.equal('+1 555 0199');
      expect(inShadow(el, '[part="contacts"]').textContent).to.contain('Dr. Rivera is in your plan.');
      // The crisis lines are shown live in the section, never copied into the plan.
      expect(section(el, 'professionals').querySelector('hearth-crisis-resources:not([compact])')).to.exist;
      expect(JSON.stringify(el.plan)).not.to.contain('Lifeline');
    });
  });

  describe('coping strategies', () => {
    it('links a built-in strategy to "Things I can do on my own" and opens it as a coping card', async () => {
      const el = await plan();
      buttonIn(section(el, 'coping'), 'Link a coping strategy').click();
      await until(() => !!shadow(el).querySelector('#pick-coping option[value="paced-breathing"]')?.textContent?.includes('breath'), 3000, 'the titles');
      const select = inShadow<HTMLSelectElement>(el, '#pick-coping');
      expect(select.options[0].value, 'the suggested ones first').to.equal('paced-breathing');
      select.value = 'box-breathing';
      buttonIn(section(el, 'coping'), 'Link it').click();
      await until(() => !!shadow(el).querySelector('#strategy-box-breathing')?.textContent?.includes('Box'), 3000, 'the launcher');
      const launcher = inShadow<HTMLButtonElement>(el, '#strategy-box-breathing');
      expect(launcher.getAttribute('aria-expanded')).to.equal('false');
      launcher.click();
      await el.updateComplete;
      const card = section(el, 'coping').querySelector('hearth-coping-card')!;
      expect(card.getAttribute('strategy')).to.equal('box-breathing');
      expect(launcher.getAttribute('aria-expanded')).to.equal('true');
      expect(el.plan.sections.find((s) => s.id === 'coping')!.strategyIds).to.deep.equal(['box-breathing']);
      await until(() => customElements.get('hearth-coping-card') !== undefined, 3000, 'the coping card defined');
    });
  });

  describe('practice prompts', () => {
    it('replaces the wording the practice gives and keeps the rest built in', async () => {
      const el = await plan(html`<hearth-safety-plan store-key=${key()}
        ><script type="application/json">
          { "id": "our-plan", "version": "1", "sections": [{ "id": "reasons", "title": "What keeps me going", "example": "My kids" }] }
        </script></hearth-safety-plan
      >`);
      await until(() => inShadow(el, '#heading-reasons').textContent!.trim() === 'What keeps me going', 3000, 'the practice title');
      expect(section(el, 'reasons').querySelector('.prompt .muted')!.textContent).to.equal('For example: My kids');
      expect(inShadow(el, '#heading-warning-signs').textContent!.trim()).to.equal('Signs a hard time is starting');
    });

    it('bad prompts are a clear configuration error naming the field, and the plan still works', async () => {
      const capture = captureConsole();
      try {
        const el = await fixture<HearthSafetyPlan>(html`<hearth-safety-plan store-key=${key()}></hearth-safety-plan>`);
        el.prompts = { id: 'x', version: '1', sections: [{ id: 'nope' as 'reasons' }] };
        await until(() => !!shadow(el).querySelector('[role="alert"]'), 3000, 'the error');
        expect(inShadow(el, '[role="alert"]').textContent).to.contain('prompts.sections[0].id');
        expect(capture.errors.join(' ')).to.contain('prompts.sections[0].id');
        el.addItem('reasons', 'Still works');
        await el.updateComplete;
        expect(itemTexts(el, 'reasons')).to.deep.equal(['Still works']);
      } finally {
        capture.restore();
      }
    });
  });

  it('"Delete everything" asks first, then leaves nothing on the device', async () => {
    const storeKey = key();
    const el = await plan(html`<hearth-safety-plan store-key=${storeKey}></hearth-safety-plan>`);
    el.addItem('reasons', 'My garden');
    await el.data.save();
    expect(await stored(storeKey)).to.exist;
    shadowButton(el, 'Manage my plan').click();
    await el.updateComplete;
    shadowButton(el, 'Delete everything').click();
    await el.updateComplete;
    expect(inShadow(el, '#manage-region [role="alert"]').textContent).to.contain('cannot be undone');
    expect(shadow(el).activeElement?.id).to.equal('delete-yes');
    await expect(el).to.be.accessible();
    shadowButton(el, 'Yes, delete it').click();
    await until(async () => (await stored(storeKey)) === undefined, 3000, 'the record deleted');
    await el.updateComplete;
    expect(itemTexts(el, 'reasons')).to.deep.equal([]);
    expect(inShadow(el, '[part="status"]').textContent).to.equal('Your plan was deleted from this device.');
  });

  it('quick exit clears the plan from the screen', async () => {
    const el = await plan();
    el.addItem('reasons', 'My garden');
    await el.data.save();
    window.dispatchEvent(new CustomEvent('hearth-quick-exit', { detail: { href: '/x', trigger: 'method' } }));
    await el.updateComplete;
    expect(shadow(el).textContent).not.to.contain('My garden');
    expect(shadow(el).querySelector('section')).to.equal(null);
    window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
    await until(() => itemTexts(el, 'reasons').join() === 'My garden', 3000, 'the plan back');
  });

  it('with storage="none" says nothing is kept', async () => {
    const el = await plan(html`<hearth-safety-plan storage="none" store-key=${key()}></hearth-safety-plan>`);
    expect(inShadow(el, '.mode-note').textContent).to.contain('Nothing is kept');
  });

  it('in Arabic: right to left, Arabic strings and sections', async () => {
    const el = await plan(html`<hearth-safety-plan lang="ar" store-key=${key()}></hearth-safety-plan>`);
    await until(() => inShadow(el, '[part="base"]').getAttribute('dir') === 'rtl', 3000, 'Arabic');
    expect(inShadow(el, '[part="heading"]').textContent!.trim()).not.to.equal('My safety plan');
    expect(/[\u0600-\u06FF]/.test(inShadow(el, '#heading-warning-signs').textContent!)).to.equal(true);
    await expect(el).to.be.accessible();
  });
});

describeXssSuite('<hearth-safety-plan>', {
  create: async () => {
    const provider = await fixture<HearthProvider>(
      html`<hearth-provider><hearth-safety-plan storage="none" no-crisis-footer></hearth-safety-plan></hearth-provider>`,
    );
    const el = provider.querySelector('hearth-safety-plan')!;
    await until(() => el.data.loaded, 3000, 'the plan');
    return el;
  },
  // Its own fields: an "Add" form per section (seven), with a phone field in three of them, and the file field to import a plan.
  ownTags: { form: 7, input: 11 },
  channels: [
    {
      name: 'a line of the plan',
      kind: 'text',
      batch: 40,
      maxLength: 2000,
      // A line keeps no control characters (they become spaces), as the plan's own import wants.
      // eslint-disable-next-line no-control-regex
      shownAs: (payload) => payload.replace(/[\u0000-\u001F\u007F-\u009F]/g, ' ').trim() || '-',
      feed: async (el, payloads) => {
        const plan = el as HearthSafetyPlan;
        await plan.deleteEverything();
        for (const payload of payloads) plan.addItem('reasons', payload.trim() ? payload : '-');
        await plan.updateComplete;
      },
    },
    {
      name: "a practice contact's name and role",
      kind: 'text',
      batch: 20,
      maxLength: 200,
      feed: async (el, payloads) => {
        const provider = el.closest('hearth-provider') as HearthProvider;
        provider.config = { contacts: payloads.map((payload) => ({ name: payload, role: 'Therapist' })) };
        await until(() => !!el.shadowRoot!.querySelector('[part="contacts"]'), 3000, 'the contacts');
        await (el as HearthSafetyPlan).updateComplete;
      },
    },
  ],
});
