// Configures the consent from the query string (a strict-CSP page has no inline script):
// ?endpoint=…  ?key=…  ?format=fhir
const params = new URLSearchParams(location.search);
const consent = document.querySelector('hearth-consent');
if (params.has('endpoint')) consent.setAttribute('endpoint', params.get('endpoint'));
if (params.has('key')) consent.setAttribute('store-key', params.get('key'));
if (params.has('format')) consent.setAttribute('format', params.get('format'));
