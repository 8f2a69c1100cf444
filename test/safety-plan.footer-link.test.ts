import '../packages/elements/src/all.js';

import { HearthStorage } from '@hearth/core/storage';
import { expect, fixture, html } from '@open-wc/testing';

import type { HearthCrisisResources } from '../packages/elements/src/crisis-resources/crisis-resources.js';
import type { HearthSafetyPlan } from '../packages/elements/src/safety-plan/safety-plan.js';
import { storedRecord } from './helpers/indexeddb.js';
import { inShadow, shadow, shadowButton, until } from './helpers/shadow.js';

/*
 * "Show a link to my plan" (ARCHITECTURE.md, <hearth-safety-plan>): off by default, because the
 * link tells anyone using the device that a plan exists. Turned on in the plan's "Manage my plan",
 * the compact crisis resources in other widgets' footers link to the page of the plan. Each test
 * has a namespace of its own: what one keeps is never seen by another, or by another test file.
 */
let n = 0;
const namespace = () => `footer-link-${Date.now()}-${++n}`;
/** This page's address, as the plan keeps it: without its hash, opening the crisis view. */
const planPage = () => `${location.href.split('#')[0]}#hearth-safety-plan`;

async function page(ns: string, plan = html`<hearth-safety-plan></hearth-safety-plan>`) {
  const root = await fixture<HTMLElement>(html`<hearth-provider region="US" namespace=${ns}>
    ${plan}
    <hearth-journal-prompt prompt="How was today?"></hearth-journal-prompt>
    <hearth-coping-card strategy="box-breathing"></hearth-coping-card>
  </hearth-provider>`);
  const el = root.querySelector<HearthSafetyPlan>('hearth-safety-plan')!;
  await until(() => el.data.loaded, 3000, 'the plan read from the device');
  await el.updateComplete;
  return { root, el };
}

/** The compact crisis resources in a widget's footer, once it has read the link from the device. */
async function footer(widget: Element): Promise<HearthCrisisResources> {
  await until(() => !!shadow(widget).querySelector('[part="footer"] hearth-crisis-resources'), 3000, `the footer of <${widget.localName}>`);
  const crisis = shadow(widget).querySelector<HearthCrisisResources>('[part="footer"] hearth-crisis-resources')!;
  await until(() => !!shadow(crisis).querySelector('a[href^="tel:"]'), 3000, 'the crisis lines');
  await crisis.updateComplete;
  return crisis;
}

const planLink = (crisis: Element) => shadow(crisis).querySelector<HTMLAnchorElement>('a[part~="plan-link"]');

/** Opens "Manage my plan" and waits for the checkbox to show what is kept. */
async function openManage(el: HearthSafetyPlan): Promise<HTMLInputElement | null> {
  shadowButton(el, 'Manage my plan').click();
  await el.updateComplete;
  const box = shadow(el).querySelector<HTMLInputElement>('#footer-link');
  if (box) await until(() => !box.disabled, 3000, 'the checkbox read from the device');
  return box;
}

describe('<hearth-safety-plan>: "Show a link to my plan" in other widgets\' crisis footers', () => {
  it('is off by default: the box is unticked, says why, and no footer links to the plan', async () => {
    const ns = namespace();
    const { root, el } = await page(ns);
    const box = await openManage(el);
    expect(box, 'the checkbox').to.exist;
    expect(box!.checked).to.equal(false);
    expect(box!.closest('label')!.textContent!.trim()).to.equal('Show a link to my plan next to the crisis lines in this site’s other tools');
    const note = inShadow(el, `#${box!.getAttribute('aria-describedby')}`);
    expect(note.textContent).to.contain('anyone who uses this device would see that you have a plan');
    for (const widget of [root.querySelector('hearth-journal-prompt')!, root.querySelector('hearth-coping-card')!, el]) {
      expect(planLink(await footer(widget)), `no link in the footer of <${widget.localName}>`).to.equal(null);
    }
    expect(await storedRecord('safety-plan', `${ns}/footer-link`)).to.equal(undefined);
    await expect(el).to.be.accessible();
  });

  it("turned on, another widget's footer links to the page of the plan; turned off, the link goes", async () => {
    const ns = namespace();
    const { root, el } = await page(ns);
    const journal = await footer(root.querySelector('hearth-journal-prompt')!);
    const coping = await footer(root.querySelector('hearth-coping-card')!);
    const box = (await openManage(el))!;
    box.click();
    await until(() => !!planLink(journal) && !!planLink(coping), 3000, 'the link in both footers');
    const link = planLink(journal)!;
    expect(link.textContent!.trim()).to.equal('My safety plan');
    expect(link.getAttribute('href')).to.equal(planPage());
    expect(box.checked).to.equal(true);
    const record = await storedRecord<{ href: string }>('safety-plan', `${ns}/footer-link`);
    expect(record!.data).to.deep.equal({ href: planPage() });
    // Never in the plan's own footer, nor in the full list of its professionals section.
    expect(planLink(await footer(el)), "the plan's own footer").to.equal(null);
    const full = shadow(el).querySelector<HearthCrisisResources>('section hearth-crisis-resources')!;
    await full.updateComplete;
    expect(planLink(full), 'the full list').to.equal(null);
    // A widget put on the page afterwards reads it too.
    const later = document.createElement('hearth-coping-card');
    later.setAttribute('strategy', 'grounding-54321');
    root.append(later);
    expect(planLink(await footer(later))!.getAttribute('href')).to.equal(planPage());
    // A widget told to keep nothing does not read the device for it.
    const keepsNothing = document.createElement('hearth-coping-card');
    keepsNothing.setAttribute('strategy', 'box-breathing');
    keepsNothing.setAttribute('storage', 'none');
    root.append(keepsNothing);
    expect(planLink(await footer(keepsNothing)), 'storage="none"').to.equal(null);
    await expect(root.querySelector('hearth-journal-prompt')).to.be.accessible();

    box.click();
    await until(
      () => !planLink(journal) && !planLink(coping) && !planLink(shadow(later).querySelector('[part="footer"] hearth-crisis-resources')!),
      3000,
      'the links gone',
    );
    expect(box.checked).to.equal(false);
    expect(await storedRecord('safety-plan', `${ns}/footer-link`)).to.equal(undefined);
  });

  it('"Delete everything" removes the link too', async () => {
    const ns = namespace();
    const { root, el } = await page(ns);
    const journal = await footer(root.querySelector('hearth-journal-prompt')!);
    (await openManage(el))!.click();
    await until(() => !!planLink(journal), 3000, 'the link in the footer');
    shadowButton(el, 'Delete everything').click();
    await el.updateComplete;
    shadowButton(el, 'Yes, delete it').click();
    await until(() => !planLink(journal), 3000, 'the link gone');
    expect(await storedRecord('safety-plan', `${ns}/footer-link`)).to.equal(undefined);
    const box = (await openManage(el))!;
    expect(box.checked).to.equal(false);
  });

  it('ignores an address of another site, or one that is not a web page', async () => {
    const ns = namespace();
    const { root } = await page(ns);
    const journal = await footer(root.querySelector('hearth-journal-prompt')!);
    const storage = new HearthStorage({ namespace: ns });
    const keep = async (href: unknown) => {
      await storage.write('safety-plan', 'footer-link', { href }, { schema: 1 });
      await journal.updateComplete;
    };
    // A page of this site is shown (relative addresses are resolved against the page).
    await keep('/my-plan.html#hearth-safety-plan');
    await until(() => !!planLink(journal), 3000, 'the link to a page of this site');
    expect(planLink(journal)!.getAttribute('href')).to.equal(`${location.origin}/my-plan.html#hearth-safety-plan`);
    for (const href of [
      'https://example.com/plan.html',
      '//example.com/plan.html',
      'javascript:alert(1)',
      ' JavaScript:alert(1)',
      'data:text/html,<p>plan</p>',
      `blob:${location.origin}/0d6d1e9e-0000-4000-8000-000000000000`,
      'http://[not a url',
      42,
    ]) {
      await keep(href);
      expect(planLink(journal), String(href)).to.equal(null);
    }
  });

  it('is not offered when nothing is kept, or where the footers cannot read it', async () => {
    for (const plan of [
      html`<hearth-safety-plan storage="none"></hearth-safety-plan>`,
      // Kept in this tab while the widgets around it keep things on the device: their footers would never see it.
      html`<hearth-safety-plan storage="session"></hearth-safety-plan>`,
    ]) {
      const { el } = await page(namespace(), plan);
      expect(await openManage(el), el.getAttribute('storage')!).to.equal(null);
      expect(shadowButton(el, 'Delete everything')).to.exist;
    }
    const root = await fixture<HTMLElement>(html`<hearth-provider region="US" storage="none" namespace=${namespace()}>
      <hearth-safety-plan></hearth-safety-plan>
    </hearth-provider>`);
    const el = root.querySelector<HearthSafetyPlan>('hearth-safety-plan')!;
    await until(() => el.data.loaded, 3000, 'the plan ready');
    expect(await openManage(el), 'provider storage="none"').to.equal(null);
  });
});
