// A site that installs @hearth/elements from npm and bundles it with Vite.
import '@hearth/elements/all';

const log = document.querySelector('#log');
const events = ['hearth-coping-rate', 'hearth-journal-save', 'hearth-feedback-submit', 'hearth-consent-submit', 'hearth-safety-plan-save', 'hearth-quick-exit'];
for (const name of events) document.addEventListener(name, (event) => (log.textContent += `${event.type} `));
