/**
 * What `npm run gallery` photographs: each entry is one element (scripts/gallery-page/) in one
 * state, reached by `act` as a client would (taps on a phone, clicks on a desktop). Selectors are
 * structural (the primary button, the first radio), so the same steps work in every language.
 */

/** Clicks, or taps on a touch screen. */
async function press(locator, { tap }) {
  if (tap) await locator.tap();
  else await locator.click();
}

const inShot = (page, selector) => page.locator(`#shot ${selector}`);

async function saveJournalEntries(page, variant) {
  const texts =
    variant.lang === 'ar'
      ? ['مشيت في الحديقة بعد الظهر وشعرت بهدوء أكثر.', 'اتصلت بأختي وضحكنا كثيرًا.']
      : ['I walked in the park after lunch and felt calmer than I have all week.', 'Called my sister; we laughed about old holidays.'];
  for (const text of texts) {
    await inShot(page, 'textarea').first().fill(text);
    await press(inShot(page, 'button.primary').first(), variant);
    await page.waitForTimeout(400);
  }
}

async function answerFeedback(page, variant) {
  const groups = inShot(page, '[role="radiogroup"]');
  const count = await groups.count();
  for (let i = 0; i < count; i++) {
    const labels = groups.nth(i).locator('label');
    const n = await labels.count();
    await press(labels.nth(Math.min(n - 1, Math.floor(n * 0.7))), variant);
  }
  const sliders = inShot(page, 'input[type="range"]');
  for (let i = 0; i < (await sliders.count()); i++) {
    const slider = sliders.nth(i);
    await slider.scrollIntoViewIfNeeded();
    const box = await slider.boundingBox();
    // Towards the upper end, whichever side the scale's labels put it on.
    const upper = (await slider.evaluate((el) => getComputedStyle(el).direction)) === 'rtl' ? 0.3 - i * 0.05 : 0.7 + i * 0.05;
    const x = box.x + box.width * upper;
    if (variant.tap) await page.touchscreen.tap(x, box.y + box.height / 2);
    else await page.mouse.click(x, box.y + box.height / 2);
  }
  const text = inShot(page, 'textarea');
  if (await text.count()) await text.first().fill(variant.lang === 'ar' ? 'ساعدني التمرين على التنفس.' : 'The breathing practice helped me this week.');
}

export const GALLERY = [
  { name: 'quick-exit', element: 'quick-exit', title: 'Quick exit', description: 'The exit button, as it sits on a page.' },
  {
    name: 'crisis-resources',
    element: 'crisis-resources',
    title: 'Crisis resources',
    description: 'The full list for a region (United States), with call and text links.',
  },
  { name: 'coping-card', element: 'coping-card', title: 'Coping card', description: 'Box breathing, before it starts.' },
  {
    name: 'coping-card-breathing',
    element: 'coping-card',
    title: 'Coping card: breathing',
    description: 'The guided breathing exercise, running.',
    settle: 1500,
    act: (page, v) => press(inShot(page, 'button.primary').first(), v),
  },
  {
    name: 'coping-card-breathing-reduced-motion',
    element: 'coping-card',
    title: 'Coping card: breathing with reduced motion',
    description: 'The same exercise as a text countdown, for clients who turn motion off.',
    reducedMotion: true,
    settle: 1500,
    act: (page, v) => press(inShot(page, 'button.primary').first(), v),
  },
  {
    name: 'coping-card-steps-done',
    element: 'coping-card-steps',
    title: 'Coping card: exercise finished',
    description: 'Grounding (5-4-3-2-1) walked step by step to the end: the card asks whether it helped.',
    act: async (page, v) => {
      await press(inShot(page, 'button.primary').first(), v);
      for (let i = 0; i < 12; i++) {
        const done = await inShot(page, '[part~="completion"]').count();
        if (done) break;
        const next = inShot(page, '[part~="guide"] button.primary');
        if (!(await next.count())) break;
        await press(next.first(), v);
        await page.waitForTimeout(150);
      }
    },
  },
  {
    name: 'coping-card-helped',
    element: 'coping-card',
    title: 'Coping card: rated',
    description: '"This helped" pressed: filled, with a tick.',
    act: (page, v) => press(inShot(page, 'button[aria-pressed]').first(), v),
  },
  { name: 'journal', element: 'journal', title: 'Journal', description: 'A prompt and a private place to write, empty.' },
  {
    name: 'journal-entries',
    element: 'journal',
    title: 'Journal: entries',
    description: 'Two saved entries, as cards with Edit and Delete.',
    act: saveJournalEntries,
  },
  {
    name: 'journal-manage',
    element: 'journal',
    title: 'Journal: managing the journal',
    description: 'Export, import and "Delete everything", behind one disclosure.',
    act: async (page, v) => {
      await saveJournalEntries(page, v);
      await press(inShot(page, '[part~="manage-button"]').first(), v);
    },
  },
  { name: 'feedback-form', element: 'feedback-form', title: 'Feedback form', description: 'The session form, before any answer.' },
  {
    name: 'feedback-form-errors',
    element: 'feedback-form',
    title: 'Feedback form: errors',
    description: 'Send pressed with nothing answered: the error summary and a message under each question.',
    act: (page, v) => press(inShot(page, 'button.primary, button[type="submit"]').first(), v),
  },
  {
    name: 'feedback-form-answered',
    element: 'feedback-form',
    title: 'Feedback form: answered',
    description: 'Every question answered, the slider set by a tap.',
    act: answerFeedback,
  },
  {
    name: 'feedback-form-sent',
    element: 'feedback-form',
    title: 'Feedback form: sent',
    description: 'The thank-you state after sending.',
    act: async (page, v) => {
      await answerFeedback(page, v);
      await press(inShot(page, 'button.primary, button[type="submit"]').first(), v);
    },
  },
  {
    name: 'consent',
    element: 'consent',
    title: 'Consent',
    description: 'The confidentiality template in preview (with the note for the practice).',
  },
  {
    name: 'consent-agreed',
    element: 'consent',
    title: 'Consent: agreed',
    description: 'Every acknowledgment ticked, signed with a typed name, agreed.',
    act: async (page, v) => {
      const boxes = inShot(page, 'input[type="checkbox"]');
      for (let i = 0; i < (await boxes.count()); i++) await boxes.nth(i).check();
      await inShot(page, 'input[type="text"]')
        .first()
        .fill(v.lang === 'ar' ? 'سارة أحمد' : 'Sam Rivera');
      await press(inShot(page, 'button.primary').first(), v);
    },
  },
];
