import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';

import {
  type ChangeNotice,
  Deadline,
  FocusAfterUpdate,
  HearthStorage,
  OutboxConnection,
  type OutboxEntry,
  SaveOnLeave,
  StoreWatch,
} from '../../packages/core/src/index.js';
import { until } from '../helpers/shadow.js';

// The reactive controllers core gives elements for state that outlives a render (STYLE.md §24):
// each follows its element out of the page and back, which single-page apps do all the time.

let n = 0;
const namespace = () => `controllers-${Date.now()}-${++n}`;

/** A bare element that holds the three controllers, as a widget does. */
class ControllerProbe extends LitElement {
  readonly entries: OutboxEntry[] = [];
  readonly notices: (ChangeNotice | undefined)[] = [];
  passed = 0;
  readonly outbox = new OutboxConnection(this, (entry) => this.entries.push(entry));
  readonly watch = new StoreWatch(this, (notice) => this.notices.push(notice));
  readonly deadline = new Deadline(this, () => this.passed++);
}
customElements.define('controller-probe', ControllerProbe);

async function probe(): Promise<ControllerProbe> {
  const holder = await fixture<HTMLDivElement>(html`<div><controller-probe></controller-probe></div>`);
  return holder.querySelector<ControllerProbe>('controller-probe')!;
}

/** Out of the page, then back where it was. */
function moveOut(el: HTMLElement, whileAway: () => void | Promise<void> = () => undefined): Promise<void> {
  const parent = el.parentNode!;
  el.remove();
  return Promise.resolve(whileAway()).then(() => {
    parent.append(el);
  });
}

const sentTo = async (scenario: string) =>
  ((await (await fetch('/__hearth/sent')).json()) as { scenario: string; status: number }[]).filter((e) => e.scenario === scenario);

describe('OutboxConnection', function () {
  this.timeout(20_000);
  beforeEach(() => fetch('/__hearth/sent/clear'));

  it('opens one outbox per storage, reports its entries, and starts it only while the element is in the page', async () => {
    const el = await probe();
    const storage = new HearthStorage({ mode: 'local', namespace: namespace() });
    const outbox = await el.outbox.open(storage);
    expect(await el.outbox.open(storage)).to.equal(outbox);
    expect(el.outbox.current).to.equal(outbox);
    await outbox.send({ endpoint: '/__hearth/send/held', body: { n: 1 } });
    await until(() => el.entries.some((entry) => entry.state === 'queued'), 5000, 'queued');
    // Away: a send the element asks for itself (a client's "Try again") still goes, and is heard.
    await moveOut(el, async () => {
      await fetch('/__hearth/held/release');
      await outbox.flush({ all: true });
      expect((await sentTo('held')).filter((e) => e.status === 200).length).to.equal(1);
    });
    await until(() => el.entries.some((entry) => entry.state === 'sent'), 5000, 'sent, heard while away');
  });

  it('retries what waits when the element comes back (not before)', async () => {
    const el = await probe();
    const storage = new HearthStorage({ mode: 'local', namespace: namespace() });
    const outbox = await el.outbox.open(storage);
    await outbox.send({ endpoint: '/__hearth/send/held', body: { n: 2 } });
    await until(() => el.entries.some((entry) => entry.state === 'queued'), 5000, 'queued');
    const parent = el.parentNode!;
    el.remove();
    await fetch('/__hearth/held/release');
    parent.append(el);
    await until(async () => (await sentTo('held')).some((e) => e.status === 200), 5000, 'sent once back');
  });

  it('an open that failed is not kept: the next one tries again', async () => {
    const el = await probe();
    const storage = new HearthStorage({ mode: 'local', namespace: namespace() });
    const failed = await el.outbox
      .open(storage, undefined, () => {
        throw new Error('storage failed');
      })
      .then(
        () => 'opened',
        (error: Error) => error.message,
      );
    expect(failed).to.equal('storage failed');
    const outbox = await el.outbox.open(storage);
    expect(el.outbox.current === outbox).to.equal(true);
  });

  it('a storage opened while an earlier open is still loading wins; close() stops and forgets', async () => {
    const el = await probe();
    const first = new HearthStorage({ mode: 'local', namespace: namespace() });
    const second = new HearthStorage({ mode: 'local', namespace: namespace() });
    const opening = el.outbox.open(first);
    const winner = await el.outbox.open(second);
    await opening;
    expect(el.outbox.current === winner).to.equal(true);
    el.outbox.close();
    expect(el.outbox.current === undefined).to.equal(true);
  });
});

describe('StoreWatch', () => {
  it('hears changes while in the page, nothing while away, and one "may have changed" when back', async () => {
    const el = await probe();
    const ns = namespace();
    const storage = new HearthStorage({ mode: 'local', namespace: ns });
    const writer = new HearthStorage({ mode: 'local', namespace: ns });
    el.watch.watch(storage, 'drafts', 'k');
    expect(el.watch.watched?.key).to.equal('k');
    await writer.write('drafts', 'k', { text: 'one' }, { schema: 1 });
    await until(() => el.notices.length === 1, 3000, 'the first change');
    expect(el.notices[0]?.version).to.equal(1);
    await moveOut(el, async () => {
      await writer.write('drafts', 'k', { text: 'two' }, { schema: 1 }, { expectedVersion: 1 });
      expect(el.notices.length, 'nothing heard while away').to.equal(1);
    });
    expect(el.notices.length).to.equal(2);
    expect(el.notices[1] === undefined, 'back: no notice, anything may have changed').to.equal(true);
    await writer.write('drafts', 'k', { text: 'three' }, { schema: 1 }, { expectedVersion: 2 });
    await until(() => el.notices.length === 3, 3000, 'a change after it came back');
    el.watch.unwatch();
    await writer.write('drafts', 'k', { text: 'four' }, { schema: 1 }, { expectedVersion: 3 });
    await moveOut(el);
    expect(el.notices.length, 'unwatched: nothing more').to.equal(3);
  });
});

describe('Deadline', () => {
  it('fires once when the moment passes; clear() and set() again replace it', async () => {
    const el = await probe();
    el.deadline.set(50);
    expect(el.deadline.pending).to.equal(true);
    await until(() => el.passed === 1, 2000, 'the moment');
    expect(el.deadline.pending).to.equal(false);
    el.deadline.set(50);
    el.deadline.clear();
    el.deadline.set(80);
    await until(() => el.passed === 2, 2000, 'the moment set last');
    expect(el.passed).to.equal(2);
  });

  it('counts the time the element was away: back after the moment, it fires at once; before, it waits for the rest', async () => {
    const el = await probe();
    el.deadline.set(150);
    const parent = el.parentNode!;
    el.remove();
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const awaySince = Date.now();
    await until(() => Date.now() - awaySince > 200, 2000, 'time passing while away');
    expect(el.passed, 'nothing fires while away').to.equal(0);
    parent.append(el);
    expect(el.passed, 'back after the moment: at once').to.equal(1);
    el.deadline.set(10_000);
    el.remove();
    parent.append(el);
    expect(el.passed).to.equal(1);
    expect(el.deadline.pending).to.equal(true);
  });
});

/** A confirmation that replaces its button, as the widgets' views do. */
class FocusProbe extends LitElement {
  static override properties = { confirming: { state: true } };
  confirming = false;
  readonly focusLater = new FocusAfterUpdate(this);

  override render() {
    return this.confirming
      ? html`<p class="question" tabindex="-1">Delete it?</p>`
      : html`<button
          type="button"
          @click=${() => {
            this.confirming = true;
            this.focusLater.request('.missing', '.question');
          }}
        >
          Delete
        </button>`;
  }
}
customElements.define('focus-probe', FocusProbe);

describe('FocusAfterUpdate', () => {
  it('focuses the first selector found once the view that replaced the focused control has rendered', async () => {
    const el = await fixture<FocusProbe>(html`<focus-probe></focus-probe>`);
    const button = el.shadowRoot!.querySelector('button')!;
    button.focus();
    button.click();
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement?.className).to.equal('question');
  });

  it('leaves focus where it is when nothing asked for is there, and asks only once', async () => {
    const el = await fixture<FocusProbe>(html`<focus-probe></focus-probe>`);
    const button = el.shadowRoot!.querySelector('button')!;
    button.focus();
    el.focusLater.request('.missing');
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement === button, 'still on the button').to.equal(true);
    button.blur();
    el.requestUpdate();
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement === null, 'a later update moves nothing').to.equal(true);
  });
});

describe('SaveOnLeave', () => {
  it('saves when the page goes away, only while the element is in the page', async () => {
    const holder = await fixture<HTMLDivElement>(html`<div><save-probe></save-probe></div>`);
    const el = holder.querySelector<SaveProbe>('save-probe')!;
    window.dispatchEvent(new PageTransitionEvent('pagehide'));
    expect(el.saves).to.equal(1);
    // A visible page's visibilitychange (the tab came back) is no reason to save.
    document.dispatchEvent(new Event('visibilitychange'));
    expect(el.saves).to.equal(1);
    await moveOut(el, () => void window.dispatchEvent(new PageTransitionEvent('pagehide')));
    expect(el.saves, 'nothing while away').to.equal(1);
    window.dispatchEvent(new PageTransitionEvent('pagehide'));
    expect(el.saves, 'back: saves again').to.equal(2);
  });
});

class SaveProbe extends LitElement {
  saves = 0;
  readonly leave = new SaveOnLeave(this, () => this.saves++);
}
customElements.define('save-probe', SaveProbe);
