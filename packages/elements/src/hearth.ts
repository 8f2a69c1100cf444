/**
 * The CDN entry (`cdn/hearth.js`): one `<script type="module">` registers every element. Lit and
 * core are bundled in; locales, built-in content (a file per item), DOMPurify and the code of
 * later steps (sending, passphrase screens, exports, receipts) are chunks loaded from beside this
 * file when used.
 *
 * The imports below are the code each widget loads on demand for its first render. The npm
 * build keeps them separate (each element's define stays under 20 KB); a page that loads
 * everything from the CDN gets them in this one file instead of a second wave of small requests,
 * which compresses better and shows the widgets sooner (docs/decisions/019-page-size-ceiling.md).
 * The CDN build turns the elements' `import()` of these modules into the modules themselves
 * (scripts/cdn-first-render.mjs reads this list), so Lit and what they share with the entry stay
 * in this one file too.
 */
import './all.js';
import '@hearth/core/storage';
import './coping-card/coping-choices.js';
import './coping-card/exercise-view.js';
import './journal-prompt/journal-history.js';
import './journal-prompt/journal-edit.js';
import './feedback-form/feedback-view.js';
import './feedback-form/feedback-draft.js';
import './feedback-form/feedback-fhir.js';
import './consent/consent-view.js';
import './consent/consent-record.js';
import './consent/consent-fhir.js';
