/**
 * The page `npm run gallery` photographs: one Hearth element, in a provider, in the language and
 * theme the query names (`?element=coping-card&lang=ar&theme=dark`). Built with DOM APIs (the page
 * runs under the strict CSP), then Hearth is imported from /cdn/ as a practice's site loads it.
 */
const query = new URLSearchParams(location.search);
const lang = query.get('lang') ?? 'en';
const theme = query.get('theme') ?? 'light';
const element = query.get('element') ?? 'coping-card';

const rtl = lang === 'ar';
document.documentElement.lang = lang;
document.documentElement.dir = rtl ? 'rtl' : 'ltr';
if (theme === 'dark') document.documentElement.classList.add('dark');

/** The element and its attributes, per gallery entry. */
const ELEMENTS = {
  'coping-card': ['hearth-coping-card', { strategy: 'box-breathing', 'store-key': 'gallery' }],
  'coping-card-steps': ['hearth-coping-card', { strategy: 'grounding-54321', 'store-key': 'gallery-steps' }],
  journal: ['hearth-journal-prompt', { pack: 'gratitude', 'store-key': 'gallery' }],
  'feedback-form': ['hearth-feedback-form', { template: 'session' }],
  consent: ['hearth-consent', { template: 'confidentiality', preview: '' }],
  'crisis-resources': ['hearth-crisis-resources', {}],
  'quick-exit': ['hearth-quick-exit', { href: '/gallery/index.html' }],
  'safety-plan': ['hearth-safety-plan', { 'store-key': 'gallery-plan' }],
};

/** What the provider's `config` gives an element beyond its attributes: the practice's professionals for the safety plan. */
const PROVIDER_CONFIG = {
  'safety-plan': {
    contacts: [rtl ? { name: 'د. سامي حداد', role: 'معالجك', phone: '555 0100' } : { name: 'Dr. Sam Rivera', role: 'Your therapist', phone: '555 0100' }],
  },
};

const [tag, attributes] = ELEMENTS[element] ?? ELEMENTS['coping-card'];
const provider = document.createElement('hearth-provider');
provider.setAttribute('practice-name', 'Willow Tree Counselling');
provider.setAttribute('region', 'US');
provider.setAttribute('locale', lang);
provider.setAttribute('theme', theme);
provider.setAttribute('namespace', `gallery-${Date.now()}`);
// Set before the element upgrades (a script's text would be a Trusted Types sink under the strict CSP).
if (PROVIDER_CONFIG[element]) provider.config = PROVIDER_CONFIG[element];
const frame = document.createElement('div');
frame.className = 'frame';
frame.id = 'shot';
const target = document.createElement(tag);
for (const [name, value] of Object.entries(attributes)) target.setAttribute(name, value);
frame.append(target);
provider.append(frame);
document.getElementById('stage').append(provider);

await import('/cdn/hearth.js');
