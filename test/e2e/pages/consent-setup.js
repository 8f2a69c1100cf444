// Configures the consent from the query string (a strict-CSP page has no inline script):
// ?endpoint=…  ?key=…  ?format=fhir (more below)
const params = new URLSearchParams(location.search);
const consent = document.querySelector('hearth-consent');
if (params.has('endpoint')) consent.setAttribute('endpoint', params.get('endpoint'));
if (params.has('key')) consent.setAttribute('store-key', params.get('key'));
if (params.has('format')) consent.setAttribute('format', params.get('format'));
// ?reviewed=confidentiality@2  ?preview  ?require-scroll
if (params.has('reviewed')) consent.setAttribute('reviewed', params.get('reviewed'));
if (params.has('preview')) consent.setAttribute('preview', '');
if (params.has('require-scroll')) consent.setAttribute('require-scroll', '');
