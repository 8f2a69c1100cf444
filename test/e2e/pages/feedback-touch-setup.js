// The touch page's form from the query string (a strict-CSP page has no inline script): ?lang=ar
const params = new URLSearchParams(location.search);
const form = document.querySelector('hearth-feedback-form');
if (params.has('lang')) form.setAttribute('lang', params.get('lang'));
