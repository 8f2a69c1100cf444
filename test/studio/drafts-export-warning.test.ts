import { expect } from '@open-wc/testing';

import { personalDetailsIn, personalExportWarning } from '../../packages/studio/src/drafts/personal-export-warning.js';

const WARNING =
  'This holds information about one client. Keep the file private: do not publish it on a public web page; share it only over a channel your practice uses for client information.';

const strategy = (summary: string, steps: string[] = ['Breathe in for four, out for six.']) => ({
  id: 'tea-pause',
  title: 'A tea pause for {name}',
  summary,
  steps,
  exercise: { type: 'steps' },
});

describe('personalExportWarning', () => {
  it('says nothing for general content with nothing personal in it', () => {
    expect(personalExportWarning(false, strategy('Make a warm drink and notice it, {name}.'))).to.equal(undefined);
  });

  it('always warns when the content is marked for one client', () => {
    expect(personalExportWarning(true, strategy('Make a warm drink and notice it.'))).to.equal(WARNING);
  });

  it('warns on an email address in any client text, and says what it found', () => {
    const value = strategy('Write to me at sam.taylor@example.org when it helps.');
    expect(personalDetailsIn(value)).to.deep.equal(['email']);
    expect(personalExportWarning(false, value)).to.equal(`${WARNING} It looks like it contains an email address.`);
  });

  it('warns on a phone number (9 to 15 digits, as people write them), not on short codes, years or counts', () => {
    for (const phone of ['Call 020 7946 0958 if you want to talk.', 'Llama al +34 612 34 56 78.', 'Appelez le 06.12.34.56.78', 'Text (555) 010-4477.']) {
      expect(personalDetailsIn(strategy(phone)), phone).to.deep.equal(['phone']);
    }
    for (const notPhone of ['Try 4-7-8 breathing for 2 minutes.', 'Since 2024, twice a day.', 'Count to 100 slowly.']) {
      expect(personalDetailsIn(strategy(notPhone)), notPhone).to.deep.equal([]);
    }
    expect(personalExportWarning(false, strategy('Ring 07700 900123.'))).to.equal(`${WARNING} It looks like it contains a phone number.`);
  });

  it('warns on a name typed where {name} would go, in English, Spanish and French', () => {
    for (const filled of [
      'Hi Sam, take a breath.',
      'Hello there. Hi Sam!',
      'Dear Priya',
      'Hola Lucía, respira.',
      'Bonjour Léa !',
      'Chère Inès, prends ton temps.',
    ]) {
      expect(personalDetailsIn(strategy(filled)), filled).to.deep.equal(['name']);
    }
    for (const general of ['Hi {name}, take a breath.', 'Hello there, take a breath.', 'Dear reader', 'hi sam, lower case is not a name here']) {
      expect(personalDetailsIn(strategy(general)), general).to.deep.equal([]);
    }
  });

  it('reads only what a client reads: not ids, types or the review', () => {
    const value = {
      ...strategy('Make a warm drink.'),
      id: 'call-0207946095812',
      review: { by: 'Dr Ana Ruiz, ana.ruiz@example.org', date: '2026-12-01' },
    };
    expect(personalExportWarning(false, value)).to.equal(undefined);
  });

  it('names every kind of detail found, in one sentence', () => {
    const value = strategy('Hi Sam, write to sam@example.org.', ['Or call 020 7946 0958.']);
    expect(personalExportWarning(true, value)).to.equal(
      `${WARNING} It looks like it contains an email address, a phone number and a client’s name where {name} would go.`,
    );
  });
});
