import '../packages/elements/src/all.js';

import { expect, fixture, html } from '@open-wc/testing';
import { html as litHtml } from 'lit';

import { HearthElement, type PracticeConfig } from '../packages/core/src/index.js';
import { contextRootState } from '../packages/core/src/practice-context.js';
import { HearthProvider } from '../packages/elements/src/provider/provider.js';
import { captureConsole } from './helpers/console-capture.js';
import { inShadow, shadow, until } from './helpers/shadow.js';

/** A consumer that shows what it received. */
class ConfigProbe extends HearthElement {
  override render() {
    return litHtml`<output>${JSON.stringify(this.practiceConfig ?? null)}</output>`;
  }
}
ConfigProbe.define('config-probe');

function received(probe: Element): PracticeConfig | null {
  return JSON.parse(shadow(probe).querySelector('output')!.textContent!);
}

async function settle(...els: Element[]) {
  for (const el of els) await (el as HearthElement).updateComplete;
  for (const el of els) await (el as HearthElement).updateComplete;
}

describe('<hearth-provider>', () => {
  it('gives its attributes to the elements inside', async () => {
    const provider = await fixture<HearthProvider>(html`<hearth-provider
      practice-name="Willow Tree Counselling"
      locale="es"
      region="gb"
      theme="dark"
      storage="session"
      namespace="willow"
      endpoint="/api/hearth"
      credentials="include"
      ><config-probe></config-probe
    ></hearth-provider>`);
    const probe = provider.querySelector('config-probe')!;
    await settle(provider, probe);
    expect(received(probe)).to.deep.equal({
      practiceName: 'Willow Tree Counselling',
      locale: 'es',
      region: 'GB',
      theme: 'dark',
      storage: 'session',
      namespace: 'willow',
      endpoint: '/api/hearth',
      credentials: 'include',
    });
    await expect(provider).to.be.accessible();
  });

  it('updates consumers live when an attribute or the config changes', async () => {
    const provider = await fixture<HearthProvider>(html`<hearth-provider region="US"><config-probe></config-probe></hearth-provider>`);
    const probe = provider.querySelector('config-probe')!;
    provider.setAttribute('region', 'NZ');
    await settle(provider, probe);
    expect(received(probe)!.region).to.equal('NZ');
    provider.config = { practiceName: 'Harbour Therapy', clientName: 'Sam' };
    await settle(provider, probe);
    expect(received(probe)).to.deep.include({ practiceName: 'Harbour Therapy', clientName: 'Sam', region: 'NZ' });
  });

  it('attributes win over the config; the config fills the rest', async () => {
    const provider = await fixture<HearthProvider>(html`<hearth-provider theme="dark"><config-probe></config-probe></hearth-provider>`);
    provider.config = { theme: 'light', locale: 'fr' };
    const probe = provider.querySelector('config-probe')!;
    await settle(provider, probe);
    expect(received(probe)).to.deep.include({ theme: 'dark', locale: 'fr' });
  });

  it('reads the config from a JSON child', async () => {
    const provider = await fixture<HearthProvider>(html`<hearth-provider>
      <script type="application/json">
        { "practiceName": "Cedar Counselling", "region": "IE" }
      </script>
      <config-probe></config-probe>
    </hearth-provider>`);
    const probe = provider.querySelector('config-probe')!;
    await settle(provider, probe);
    expect(received(probe)).to.deep.include({ practiceName: 'Cedar Counselling', region: 'IE' });
  });

  it('follows edits of the JSON child', async () => {
    const provider = await fixture<HearthProvider>(html`<hearth-provider>
      <script type="application/json">{ "region": "IE" }</script>
      <config-probe></config-probe>
    </hearth-provider>`);
    const probe = provider.querySelector('config-probe')!;
    provider.querySelector('script')!.textContent = '{ "region": "AU" }';
    await until(() => received(probe)?.region === 'AU', 2000, 'the edited JSON to apply');
  });

  it('fetches the config from src only when nothing else is given, same-origin, without cookies sent cross-site', async () => {
    await fetch('/__hearth/log/clear');
    const provider = await fixture<HearthProvider>(html`<hearth-provider src="/__hearth/config/practice.json"><config-probe></config-probe></hearth-provider>`);
    const probe = provider.querySelector('config-probe')!;
    await settle(provider, probe);
    expect(received(probe)).to.deep.include({ practiceName: 'Willow Counselling', region: 'GB' });
    const log = (await (await fetch('/__hearth/log')).json()) as { path: string; accept: string }[];
    expect(log.map((entry) => entry.path)).to.deep.equal(['/__hearth/config/practice.json']);
    expect(log[0].accept).to.equal('application/json');
  });

  it('takes the property over the JSON child, and the JSON child over src (which is then not fetched)', async () => {
    await fetch('/__hearth/log/clear');
    const provider = await fixture<HearthProvider>(html`<hearth-provider src="/__hearth/config/practice.json">
      <script type="application/json">{ "practiceName": "From the child" }</script>
      <config-probe></config-probe>
    </hearth-provider>`);
    const probe = provider.querySelector('config-probe')!;
    await settle(provider, probe);
    expect(received(probe)!.practiceName).to.equal('From the child');
    provider.config = { practiceName: 'From the property' };
    await settle(provider, probe);
    expect(received(probe)!.practiceName).to.equal('From the property');
    const log = (await (await fetch('/__hearth/log')).json()) as unknown[];
    expect(log).to.deep.equal([]);
  });

  describe('bad configuration: an inline error naming the field, one console.error, the page keeps working', () => {
    async function expectError(template: ReturnType<typeof html>, field: string) {
      const capture = captureConsole();
      try {
        const wrapper = await fixture(html`<div><p id="host">Host content</p>${template}</div>`);
        const provider = wrapper.querySelector('hearth-provider')!;
        await settle(provider);
        const alert = inShadow(provider, '[role="alert"]');
        expect(alert.textContent).to.contain(field);
        expect(capture.errors, capture.errors.join('\n')).to.have.length(1);
        expect(capture.errors[0]).to.contain('<hearth-provider>').and.to.contain(field);
        expect(wrapper.querySelector('#host')!.textContent).to.equal('Host content');
        // The slotted content still renders.
        const crisis = provider.querySelector('hearth-crisis-resources');
        if (crisis) {
          await crisis.updateComplete;
          expect(crisis.shadowRoot!.textContent).to.contain('emergency');
        }
        await expect(provider).to.be.accessible();
        return { provider, capture };
      } finally {
        capture.restore();
      }
    }

    it('a bad region', async () => {
      await expectError(html`<hearth-provider region="Narnia"><hearth-crisis-resources></hearth-crisis-resources></hearth-provider>`, 'region');
    });

    it('a malformed JSON child', async () => {
      await expectError(
        html`<hearth-provider
          ><script type="application/json">
            { "region": "GB", }
          </script
          ><hearth-crisis-resources></hearth-crisis-resources
        ></hearth-provider>`,
        'is not valid JSON',
      );
    });

    it('an unreachable src (404)', async () => {
      await expectError(html`<hearth-provider src="/__hearth/status/404"><hearth-crisis-resources></hearth-crisis-resources></hearth-provider>`, 'HTTP 404');
    });

    it('an unreachable src (network error)', async () => {
      await expectError(
        html`<hearth-provider src="http://localhost:1/config.json"><hearth-crisis-resources></hearth-crisis-resources></hearth-provider>`,
        'network error',
      );
    });

    it('a src that is not JSON', async () => {
      await expectError(html`<hearth-provider src="/__hearth/config/not-json"></hearth-provider>`, 'is not valid JSON');
    });

    it('a src whose JSON has a bad field names the path', async () => {
      await expectError(html`<hearth-provider src="/__hearth/config/bad-region.json"></hearth-provider>`, 'config.region');
    });

    it('a bad theme, storage, credentials, endpoint or locale', async () => {
      for (const [attribute, value] of [
        ['theme', 'sepia'],
        ['storage', 'cloud'],
        ['credentials', 'always'],
        ['endpoint', 'javascript:alert(1)'],
        ['locale', 'not a locale!'],
        ['namespace', 'has spaces'],
      ]) {
        const capture = captureConsole();
        try {
          const provider = await fixture<HearthProvider>(html`<hearth-provider></hearth-provider>`);
          provider.setAttribute(attribute, value);
          await settle(provider);
          expect(inShadow(provider, '[role="alert"]').textContent, attribute).to.contain(attribute);
          expect(capture.errors, attribute).to.have.length(1);
          expect(provider.effectiveConfig, attribute).not.to.have.property(attribute);
        } finally {
          capture.restore();
        }
      }
    });

    it('a config of the wrong shape and huge values', async () => {
      const capture = captureConsole();
      try {
        const provider = await fixture<HearthProvider>(html`<hearth-provider region="US"><config-probe></config-probe></hearth-provider>`);
        provider.config = { practiceName: 'x'.repeat(1_000_000), crisis: { lines: [{ id: 'a' }] } } as unknown as PracticeConfig;
        const probe = provider.querySelector('config-probe')!;
        await settle(provider, probe);
        const text = inShadow(provider, '[role="alert"]').textContent!;
        expect(text).to.contain('config.practiceName').and.to.contain('config.crisis.lines[0].name');
        expect(text.length).to.be.lessThan(1000);
        expect(received(probe)!.region, 'valid attributes still apply').to.equal('US');
        expect(capture.errors).to.have.length(1);
      } finally {
        capture.restore();
      }
    });

    it('a config with one bad setting keeps the settings that are valid on their own (namespace, endpoint, region)', async () => {
      const capture = captureConsole();
      try {
        const provider = await fixture<HearthProvider>(html`<hearth-provider><config-probe></config-probe></hearth-provider>`);
        provider.config = {
          namespace: 'willow',
          endpoint: '/__hearth/send/ok',
          region: 'GB',
          policyValues: { 'video-service': 'Zoom', reconnectMinutes: '{5}' },
        } as unknown as PracticeConfig;
        const probe = provider.querySelector('config-probe')!;
        await settle(provider, probe);
        const text = inShadow(provider, '[role="alert"]').textContent!;
        expect(text).to.contain('config.policyValues');
        const kept = received(probe)!;
        expect([kept.namespace, kept.endpoint, kept.region], 'the valid settings still apply').to.deep.equal(['willow', '/__hearth/send/ok', 'GB']);
        expect(kept).not.to.have.property('policyValues');
        expect(capture.errors).to.have.length(1);
      } finally {
        capture.restore();
      }
    });

    it('unknown keys warn once and do not stop the config', async () => {
      const capture = captureConsole();
      try {
        const provider = await fixture<HearthProvider>(html`<hearth-provider><config-probe></config-probe></hearth-provider>`);
        provider.config = { practiceName: 'A', colour: 'teal' } as PracticeConfig;
        const probe = provider.querySelector('config-probe')!;
        await settle(provider, probe);
        provider.config = { practiceName: 'B', colour: 'teal' } as PracticeConfig;
        await settle(provider, probe);
        expect(received(probe)!.practiceName).to.equal('B');
        expect(capture.warnings.filter((w) => w.includes('config.colour'))).to.have.length(1);
        expect(capture.errors).to.deep.equal([]);
      } finally {
        capture.restore();
      }
    });
  });

  it('reaches consumers that were on the page before it was defined (a late upgrade)', async () => {
    const wrapper = await fixture(html`<div><late-provider region="AU" practice-name="Late Practice"><config-probe></config-probe></late-provider></div>`);
    const probe = wrapper.querySelector('config-probe')!;
    await (probe as HearthElement).updateComplete;
    expect(received(probe)).to.equal(null);
    class LateProvider extends HearthProvider {}
    LateProvider.define('late-provider');
    const provider = wrapper.querySelector('late-provider') as HearthProvider;
    await settle(provider, probe);
    expect(received(probe)).to.deep.include({ region: 'AU', practiceName: 'Late Practice' });
  });

  it('waiting for a late provider keeps only elements still on the page (no growth as elements come and go)', async () => {
    const stage = await fixture<HTMLDivElement>(html`<div></div>`);
    const staying = document.createElement('config-probe') as HearthElement;
    stage.append(staying);
    await staying.updateComplete;
    for (let i = 0; i < 500; i++) {
      const passing = document.createElement('config-probe') as HearthElement;
      stage.append(passing);
      passing.remove();
    }
    expect(contextRootState()!.waiting(), 'requests of removed elements are dropped').to.be.below(130);
    class LaterProvider extends HearthProvider {}
    const provider = document.createElement('later-provider') as HearthProvider;
    provider.setAttribute('region', 'NZ');
    staying.replaceWith(provider);
    provider.append(staying);
    LaterProvider.define('later-provider');
    await settle(provider, staying);
    expect(received(staying), 'the element that stayed still hears the provider').to.deep.include({ region: 'NZ' });
  });

  it('a nested provider inherits from the outer one and overrides what it sets', async () => {
    const outer = await fixture<HearthProvider>(html`<hearth-provider region="GB" practice-name="Outer" locale="en">
      <hearth-provider locale="fr"><config-probe></config-probe></hearth-provider>
    </hearth-provider>`);
    outer.config = { strings: { en: { a: 'outer a', b: 'outer b' } } };
    const inner = outer.querySelector('hearth-provider hearth-provider') as HearthProvider;
    inner.config = { strings: { en: { b: 'inner b' } } };
    const probe = outer.querySelector('config-probe')!;
    await settle(outer, inner, probe);
    expect(received(probe)).to.deep.include({ region: 'GB', practiceName: 'Outer', locale: 'fr' });
    expect(received(probe)!.strings).to.deep.equal({ en: { a: 'outer a', b: 'inner b' } });
  });

  it("preview: the attribute or config.preview passes down; the element's own preview wins, either way", async () => {
    const provider = await fixture<HearthProvider>(html`<hearth-provider preview
      ><config-probe></config-probe><config-probe class="own-off"></config-probe
    ></hearth-provider>`);
    const [probe, ownOff] = [...provider.querySelectorAll<ConfigProbe>('config-probe')];
    ownOff.preview = false;
    await settle(provider, probe, ownOff);
    expect(received(probe)).to.deep.include({ preview: true });
    expect(probe.inPreview).to.equal(true);
    expect(ownOff.inPreview, 'its own preview = false wins over the provider').to.equal(false);
    // Without the attribute, the config decides; the attribute wins over the config.
    provider.removeAttribute('preview');
    provider.config = { preview: false };
    await settle(provider, probe);
    expect(probe.inPreview).to.equal(false);
    provider.config = { preview: true };
    await settle(provider, probe);
    expect(probe.inPreview).to.equal(true);
    // An element's own attribute turns it on without a provider; removing it follows the provider again.
    const alone = await fixture<ConfigProbe>(html`<config-probe preview></config-probe>`);
    expect(alone.preview).to.equal(true);
    expect(alone.inPreview).to.equal(true);
    alone.removeAttribute('preview');
    expect(alone.preview).to.equal(undefined);
    expect(alone.inPreview).to.equal(false);
    // A nested provider passes the outer one's preview on.
    const outer = await fixture<HearthProvider>(
      html`<hearth-provider preview><hearth-provider locale="fr"><config-probe></config-probe></hearth-provider></hearth-provider>`,
    );
    const nested = outer.querySelector('config-probe') as ConfigProbe;
    await settle(outer, outer.querySelector('hearth-provider hearth-provider')!, nested);
    expect(nested.inPreview).to.equal(true);
  });

  it('a config preview that is not a boolean is named', async () => {
    const capture = captureConsole();
    try {
      const provider = await fixture<HearthProvider>(html`<hearth-provider><config-probe></config-probe></hearth-provider>`);
      provider.config = { preview: 'yes' as unknown as boolean };
      await settle(provider);
      expect(inShadow(provider, '[role="alert"]').textContent).to.contain('config.preview');
      expect(capture.errors.join('\n')).to.contain('config.preview');
    } finally {
      capture.restore();
    }
  });

  it('sets the theme of the elements inside', async () => {
    const provider = await fixture<HearthProvider>(html`<hearth-provider theme="dark"><hearth-crisis-resources></hearth-crisis-resources></hearth-provider>`);
    const crisis = provider.querySelector('hearth-crisis-resources')!;
    await settle(provider, crisis);
    expect(inShadow(crisis, '[part="base"]').classList.contains('theme-dark')).to.equal(true);
    provider.theme = 'auto';
    await settle(provider, crisis);
    expect(inShadow(crisis, '[part="base"]').classList.contains('theme-auto')).to.equal(true);
  });

  it('renders no box of its own when all is well (display: contents)', async () => {
    const provider = await fixture<HearthProvider>(html`<hearth-provider><p>Inside</p></hearth-provider>`);
    expect(getComputedStyle(provider).display).to.equal('contents');
    expect(provider.shadowRoot!.querySelector('[part="base"]')).to.equal(null);
  });
});
