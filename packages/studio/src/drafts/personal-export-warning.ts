/*
 * The warning Studio shows before exporting content written for one client: said whenever the
 * clinician marked it "for one client", and also when the item's client text looks as if it holds
 * someone's details (a simple heuristic, below). Pure: it reads the value and returns a sentence.
 */

import { clientText } from '../content-text.js';
import { draftsStrings as s } from './drafts-strings.js';

/** Something shaped like an email address (`name@example.org`). */
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/u;

/**
 * Runs of digits with the separators phone numbers are written with (spaces, dots, dashes,
 * brackets, a leading +); one counts as a phone number when it has 9 to 15 digits, so a short
 * helpline code, a year or "4-7-8 breathing" does not. Arabic-Indic digits count as digits.
 */
const DIGIT_RUN = /\+?[\d\u0660-\u0669\u06F0-\u06F9][\d\u0660-\u0669\u06F0-\u06F9\s().-]{6,}[\d\u0660-\u0669\u06F0-\u06F9]/g;

/**
 * A greeting followed by a capitalised word where `{name}` would go ("Hi Sam,", "Dear Ana",
 * "Hola Lucía,", "Bonjour Léa", "Chère Inès"): a `{name}` that was filled in by hand. Arabic has
 * no capitals, so it is not checked in Arabic; `{name}` itself never matches.
 */
const FILLED_NAME = /(?:^|[^\p{L}])(?:hi|hello|hey|dear|hola|querid[oa]|estimad[oa]|bonjour|salut|cher|chère)[\s,]+(\p{Lu}[\p{Ll}'’-]+)(?=[\s,.!?:;]|$)/giu;

/** Words that follow a greeting but are not names ("Hello there", "Dear Reader", "Hi Everyone"). */
const NOT_NAMES = new Set([
  'there',
  'everyone',
  'all',
  'friend',
  'friends',
  'reader',
  'team',
  'you',
  'todos',
  'todas',
  'amigo',
  'amiga',
  'tous',
  'ami',
  'amie',
]);

function hasPhone(text: string): boolean {
  for (const match of text.matchAll(DIGIT_RUN)) {
    const digits = match[0].replace(/[^\d\u0660-\u0669\u06F0-\u06F9]/g, '').length;
    if (digits >= 9 && digits <= 15) return true;
  }
  return false;
}

function hasFilledName(text: string): boolean {
  // The `i` flag makes \p{Lu} match any letter: the capital is checked on the word itself.
  return [...text.matchAll(FILLED_NAME)].some(([, word]) => /^\p{Lu}/u.test(word) && !NOT_NAMES.has(word.toLowerCase()));
}

/** What in `value`'s client text looks like a person's details: 'email', 'phone', 'name' (in that order). */
export function personalDetailsIn(value: unknown): ('email' | 'phone' | 'name')[] {
  const text = clientText(value).join('\n');
  const found: ('email' | 'phone' | 'name')[] = [];
  if (EMAIL.test(text)) found.push('email');
  if (hasPhone(text.replace(new RegExp(EMAIL.source, 'gu'), ' '))) found.push('phone');
  if (hasFilledName(text)) found.push('name');
  return found;
}

/**
 * The sentence to show before an export of personalised content, or undefined when there is
 * nothing to warn about. It is said when the item is marked for one client (`personal`), and when
 * the item's client text (every field a client reads: not ids, types or the review) holds
 * something that looks like an email address, a phone number (9 to 15 digits), or a name typed
 * where `{name}` would go (a greeting such as "Hi", "Dear", "Hola", "Bonjour" followed by a
 * capitalised word); the sentence then says which it found. A heuristic: it can miss details
 * and can be wrong, so the clinician decides.
 */
export function personalExportWarning(personal: boolean, value: unknown): string | undefined {
  const found = personalDetailsIn(value);
  if (!personal && !found.length) return undefined;
  if (!found.length) return s.warning;
  const names = found.map((what) => (what === 'email' ? s.foundEmail : what === 'phone' ? s.foundPhone : s.foundName));
  const list = names.length === 1 ? names[0] : s.foundAnd(names.slice(0, -1).join(', '), names[names.length - 1]);
  return `${s.warning} ${s.warningFound(list)}`;
}
