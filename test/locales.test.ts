import { expect } from '@open-wc/testing';
import { en as enBase } from '../packages/elements/src/locales/en.js';
import { enCoping } from '../packages/elements/src/locales/en-coping.js';
import { enJournal } from '../packages/elements/src/locales/en-journal.js';
import { enJournalLock } from '../packages/elements/src/locales/en-journal-lock.js';
import { enJournalExport } from '../packages/elements/src/locales/en-journal-export.js';
import { enCopingExercise } from '../packages/elements/src/locales/en-coping-exercise.js';
import { enCopingChoices } from '../packages/elements/src/locales/en-coping-choices.js';
import { enJournalHistory } from '../packages/elements/src/locales/en-journal-history.js';
import { enFeedback } from '../packages/elements/src/locales/en-feedback.js';
import { enFeedbackSend } from '../packages/elements/src/locales/en-feedback-send.js';
import { enConsent } from '../packages/elements/src/locales/en-consent.js';
import { enConsentReceipt } from '../packages/elements/src/locales/en-consent-receipt.js';

/** Every English string: the shared table and each widget's. */
const en = { ...enBase, ...enCoping, ...enCopingExercise, ...enCopingChoices, ...enJournal, ...enJournalHistory, ...enJournalLock, ...enJournalExport, ...enFeedback, ...enFeedbackSend, ...enConsent, ...enConsentReceipt };
import { uiCatalog } from '../packages/elements/src/locales/ui-catalog.js';

function placeholders(message: unknown): string[] {
  const text = typeof message === 'string' ? message : Object.values(message as Record<string, string>).join(' ');
  return [...new Set(text.match(/\{\w+\}/g) ?? [])].sort();
}

describe('UI string tables', () => {
  for (const language of uiCatalog.languages) {
    it(`${language} is complete, loads on demand, and keeps every placeholder`, async () => {
      const table = (await uiCatalog.load(language)) as Record<string, unknown>;
      expect(Object.keys(table).sort()).to.deep.equal(Object.keys(en).sort());
      for (const [key, message] of Object.entries(en)) {
        const translated = table[key];
        expect(translated, `${language} ${key}`).to.exist;
        if (typeof translated === 'string') expect(translated.trim(), `${language} ${key}`).not.to.equal('');
        else expect((translated as { other: string }).other, `${language} ${key} has an "other" form`).to.be.a('string');
        // A plural message may say "one" in words instead of {count}; other placeholders must stay.
        const expected = placeholders(message).filter((p) => p !== '{count}');
        const got = placeholders(translated).filter((p) => p !== '{count}');
        expect(got, `${language} ${key}`).to.deep.equal(expected);
      }
    });
  }

  it('docs/localization.md lists every key a practice can override', async () => {
    const doc = await (await fetch('/docs/localization.md')).text();
    for (const key of Object.keys(en)) expect(doc, key).to.contain(`| \`${key}\` |`);
  });

  it('an unknown language is refused, so the element stays in English', async () => {
    let error: unknown;
    try {
      await uiCatalog.load('xx');
    } catch (e) {
      error = e;
    }
    expect((error as Error).message).to.contain('xx');
  });
});
