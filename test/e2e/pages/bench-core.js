// Simple measurements of core services, run by `npm run bench` (test/bench/run.mjs): medians of
// repeated runs, in milliseconds, written to data-result. Not a test: nothing here asserts time.
import { HearthStorage, KeyVault, neutralizeInlineAttributes, sanitizeHtml } from '/e2e-build/test-widget.js';

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
async function measure(runs, task) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await task(i);
    times.push(performance.now() - start);
  }
  return { median: median(times), min: Math.min(...times), max: Math.max(...times), runs };
}

// A 20 KB policy: sections of plain clinical HTML.
const section =
  '<h3>What we keep private</h3><p>What you tell us stays between you and your counsellor, with a few limits that the law sets. <strong>We will tell you</strong> before we share anything, unless that would put someone at risk.</p><ul><li>Risk of serious harm to you or others</li><li>Safeguarding a child or an adult at risk</li><li>A court order</li></ul><p>Read more in our <a href="https://example.org/privacy">privacy notice</a>.</p>';
let policy = '';
while (policy.length < 20 * 1024) policy += section;

const result = { policyBytes: policy.length };
await sanitizeHtml('<p>warm-up</p>');
result.sanitize20k = await measure(30, () => sanitizeHtml(policy));
result.neutralize20k = await measure(30, () => neutralizeInlineAttributes(policy));

// The comment scan's growth (issue 17): a section of empty comments, 50 KB to 500 KB. One pass
// over the string grows in step with its size (the old scan grew with its square).
result.comments = {};
for (const kb of [50, 100, 200, 500]) {
  const comments = '<!---->'.repeat(Math.round((kb * 1024) / 7));
  result.comments[kb] = { scan: await measure(20, () => neutralizeInlineAttributes(comments)), sanitize: await measure(10, () => sanitizeHtml(comments)) };
}

const created = await KeyVault.create('a benchmark passphrase');
if (!created.ok) throw new Error(created.error.message);
const vault = created.value.vault;
result.deriveKey = await measure(3, () => KeyVault.unlock(created.value.envelope, 'a benchmark passphrase'));
const entry = 'I noticed today that '.repeat(Math.ceil((100 * 1024) / 21)).slice(0, 100 * 1024);
const storage = new HearthStorage({ mode: 'local', namespace: 'bench' });
result.encryptAndStore100k = await measure(30, async (i) => {
  const sealed = await vault.encrypt(entry);
  const written = await storage.write('journal', `entry-${i}`, { sealed }, { schema: 1 });
  if (!written.ok) throw new Error(written.error.message);
});
await HearthStorage.deleteEverything('bench');
document.body.dataset.result = JSON.stringify(result);
