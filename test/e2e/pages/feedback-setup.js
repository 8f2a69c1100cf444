// Configures the feedback form from the query string (a strict-CSP page has no inline script):
// ?endpoint=…  ?key=…  ?format=fhir
const params = new URLSearchParams(location.search);
const form = document.querySelector('hearth-feedback-form');
if (params.has('endpoint')) form.setAttribute('endpoint', params.get('endpoint'));
if (params.has('key')) form.setAttribute('store-key', params.get('key'));
if (params.has('format')) form.setAttribute('format', params.get('format'));
document.addEventListener('hearth-feedback-sent', () => {
  document.body.dataset.sent = String(Number(document.body.dataset.sent ?? 0) + 1);
});
