// Configures the test widget from the query string (a strict-CSP page has no inline script):
// ?endpoint=…  ?storage=local|session|none  ?key=…  ?html=1 (practice HTML with a link and a hostile payload)
// ?body-html=… (this practice HTML)
// ?vault=1 (tries to set up encryption and records the outcome in data-vault)
import { KeyVault } from '/e2e-build/test-widget.js';

const params = new URLSearchParams(location.search);
const widget = document.querySelector('hearth-test-widget');
if (params.has('endpoint')) widget.setAttribute('endpoint', params.get('endpoint'));
if (params.has('storage')) widget.setAttribute('storage', params.get('storage'));
if (params.has('key')) widget.setAttribute('store-key', params.get('key'));
if (params.has('html')) {
  widget.bodyHtml =
    '<p>Read our <a href="https://example.org/policy">policy</a> and <a href="/e2e/elsewhere.html">notes</a>.</p>' +
    '<img src="x" onerror="document.title=\'pwned\'"><script>document.title="pwned"</script><p style="color:red">styled</p>';
}
if (params.has('body-html')) widget.bodyHtml = params.get('body-html');
if (params.has('vault')) {
  KeyVault.create('a passphrase').then((result) => {
    document.body.dataset.vault = result.ok ? 'created' : result.error.reason;
  });
}
document.addEventListener('hearth-test-submit', (event) => {
  document.body.dataset.submitted = String(Number(document.body.dataset.submitted ?? 0) + 1);
  if (params.has('handled')) event.preventDefault();
});
