import '../../packages/studio/src/writing/studio-review-checklist.js';

import { expect, fixture, html, oneEvent } from '@open-wc/testing';

import checklist from '../../packages/studio/src/content/review-checklist.json';
import { REVIEW_CHECKLIST } from '../../packages/studio/src/writing/review-checklist.js';
import { type StudioReviewChecklist, today } from '../../packages/studio/src/writing/studio-review-checklist.js';
import { sendKeys } from '../helpers/commands.js';
import { inShadow, shadow } from '../helpers/shadow.js';

/**
 * The items of the "clinical review checklist" section of docs/content-authoring.md: each
 * `- [ ]` item with its continuation lines, white space collapsed, code marks (`) dropped.
 */
async function docChecklist(): Promise<string[]> {
  const doc = await (await fetch('/docs/content-authoring.md')).text();
  const heading = doc.search(/^## .*clinical review checklist/im);
  expect(heading, 'the doc has a clinical review checklist section').to.be.at.least(0);
  const section = doc.slice(heading).split(/\n(?=## )/)[0];
  const items: string[] = [];
  for (const line of section.split('\n')) {
    if (line.startsWith('- [ ] ')) items.push(line.slice(6));
    else if (items.length && /^\s+\S/.test(line)) items[items.length - 1] += ` ${line.trim()}`;
    else if (items.length && line.trim() && !line.startsWith('- [ ] ')) break;
  }
  return items.map((item) => item.replace(/`/g, '').replace(/\s+/g, ' ').trim());
}

describe('Studio writing: the clinical review checklist (data)', () => {
  it('is the checklist of docs/content-authoring.md, item for item', async () => {
    expect(checklist.map((item) => item.text)).to.deep.equal(await docChecklist());
    expect(REVIEW_CHECKLIST).to.equal(checklist);
  });

  it('has stable, unique kebab-case ids', () => {
    const ids = checklist.map((item) => item.id);
    for (const id of ids) expect(id).to.match(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    expect(new Set(ids).size).to.equal(ids.length);
    // Ids are what exported files record: these must never change.
    expect(ids.slice(0, 3)).to.deep.equal(['accurate', 'plain-words', 'safe-exercises']);
  });

  it('every checklist id a sample review in the docs names is a checklist id', async () => {
    const ids = new Set(checklist.map((item) => item.id));
    const docs = await Promise.all(['content-authoring.md', 'studio.md'].map(async (name) => (await fetch(`/docs/${name}`)).text()));
    for (const match of docs.join('\n').matchAll(/"checklist":\s*(\[[^\]]*\])/g)) {
      const named = (JSON.parse(match[1].replace(/,?\s*…/g, '')) as string[]).filter((id) => id !== '…');
      for (const id of named) expect(ids.has(id), `"${id}" in ${match[0]}`).to.equal(true);
    }
  });
});

describe('<studio-review-checklist>', () => {
  it('shows every item as a checkbox with its text, "Reviewed by" and today’s date; axe clean', async () => {
    const el = await fixture<StudioReviewChecklist>(html`<studio-review-checklist></studio-review-checklist>`);
    const boxes = [...shadow(el).querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
    expect(boxes.map((box) => box.value)).to.deep.equal(checklist.map((item) => item.id));
    expect(boxes.map((box) => box.closest('label')!.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal(checklist.map((item) => item.text));
    expect(boxes.every((box) => !box.checked)).to.equal(true);
    expect(inShadow(el, 'legend').textContent!.trim()).to.equal('Clinical review checklist');
    expect(inShadow(el, 'label[for="by"]').textContent!.trim()).to.equal('Reviewed by');
    expect(inShadow<HTMLInputElement>(el, '#at').value).to.equal(today());
    expect(today()).to.match(/^\d{4}-\d{2}-\d{2}$/);
    expect(el.value).to.deep.equal({ by: '', at: today(), checklist: [] });
    await expect(el).to.be.accessible();
  });

  it('ticking items and typing a name fire studio-review-change with the review, ids in the checklist’s order', async () => {
    const el = await fixture<StudioReviewChecklist>(html`<studio-review-checklist></studio-review-checklist>`);
    const boxes = [...shadow(el).querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
    setTimeout(() => boxes[2].click());
    let event = await oneEvent(el, 'studio-review-change');
    expect(event.detail).to.deep.equal({ review: { by: '', at: today(), checklist: [checklist[2].id] } });
    expect(event.bubbles && event.composed).to.equal(true);
    setTimeout(() => boxes[0].click());
    event = await oneEvent(el, 'studio-review-change');
    expect(event.detail.review.checklist, 'in the checklist’s order').to.deep.equal([checklist[0].id, checklist[2].id]);

    const events: string[] = [];
    el.addEventListener('studio-review-change', (e) => events.push(e.detail.review.by));
    inShadow<HTMLInputElement>(el, '#by').focus();
    await sendKeys({ type: 'Dr Ana' });
    expect(events.at(-1)).to.equal('Dr Ana');
    expect(el.value).to.deep.equal({ by: 'Dr Ana', at: today(), checklist: [checklist[0].id, checklist[2].id] });

    // Unticking by keyboard.
    boxes[0].focus();
    setTimeout(() => sendKeys({ press: 'Space' }));
    event = await oneEvent(el, 'studio-review-change');
    expect(event.detail.review.checklist).to.deep.equal([checklist[2].id]);
  });

  it('setting the date fires the change with it', async () => {
    const el = await fixture<StudioReviewChecklist>(html`<studio-review-checklist></studio-review-checklist>`);
    const date = inShadow<HTMLInputElement>(el, '#at');
    date.value = '2026-03-01';
    setTimeout(() => date.dispatchEvent(new Event('change', { bubbles: true })));
    const event = await oneEvent(el, 'studio-review-change');
    expect(event.detail.review.at).to.equal('2026-03-01');
    expect(el.value.at).to.equal('2026-03-01');
  });

  it('shows an existing review, and keeps ids the checklist no longer has', async () => {
    const review = { by: 'Sam Lee', at: '2026-02-14T10:00:00Z', checklist: ['retired-item', checklist[4].id, checklist[1].id] };
    const el = await fixture<StudioReviewChecklist>(html`<studio-review-checklist .review=${review}></studio-review-checklist>`);
    const checked = [...shadow(el).querySelectorAll<HTMLInputElement>('input[type="checkbox"]')].filter((box) => box.checked).map((box) => box.value);
    expect(checked).to.deep.equal([checklist[1].id, checklist[4].id]);
    expect(inShadow<HTMLInputElement>(el, '#by').value).to.equal('Sam Lee');
    expect(inShadow<HTMLInputElement>(el, '#at').value).to.equal('2026-02-14');
    expect(el.value).to.deep.equal({ by: 'Sam Lee', at: '2026-02-14T10:00:00Z', checklist: [checklist[1].id, checklist[4].id, 'retired-item'] });
    expect(review.checklist, 'the review given is not changed').to.deep.equal(['retired-item', checklist[4].id, checklist[1].id]);

    el.review = undefined;
    await el.updateComplete;
    expect(el.value).to.deep.equal({ by: '', at: today(), checklist: [] });
    expect(shadow(el).querySelectorAll('input:checked')).to.have.length(0);
  });
});
