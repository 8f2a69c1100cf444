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

/** What a client writes in their plan, per section; people with their numbers. */
const PLAN_LINES = {
  en: {
    'warning-signs': ['I stop answering messages from friends.', 'I lie awake long after midnight.'],
    coping: ['Take a warm shower and put on a song I love.'],
    people: [
      ['My sister Lee', '555 0123'],
      ['My friend Jordan', '555 0188'],
    ],
    environment: ['Give my extra medicines to my brother to keep for now.'],
    reasons: ['My dog Biscuit, and my niece’s laugh.'],
  },
  ar: {
    'warning-signs': ['أتوقف عن الرد على رسائل أصدقائي.', 'لا أنام حتى وقت متأخر من الليل.'],
    coping: ['أستحم بماء دافئ وأستمع إلى أغنية أحبها.'],
    people: [
      ['أختي ليلى', '555 0123'],
      ['صديقي سامر', '555 0188'],
    ],
    environment: ['أعطي أدويتي الزائدة لأخي ليحتفظ بها لبعض الوقت.'],
    reasons: ['قطتي الصغيرة، وضحكة ابنة أختي.'],
  },
};
const PLAN_SECTIONS = ['warning-signs', 'coping', 'distractions', 'people', 'professionals', 'environment', 'reasons'];

/** Taps (or clicks) a field and types into it, as a client would. */
async function typeInto(page, field, text, variant) {
  await press(field, variant);
  await page.keyboard.type(text);
}

/**
 * Fills the safety plan as a client would: a line or two in most sections (one person with a
 * number), the practice's therapist added from "From your practice", and a coping strategy linked.
 */
async function fillSafetyPlan(page, variant) {
  const sections = inShot(page, 'section[part~="section"]');
  await sections.first().locator('form input[type="text"]').waitFor();
  const lines = PLAN_LINES[variant.lang] ?? PLAN_LINES.en;
  for (const [id, items] of Object.entries(lines)) {
    const section = sections.nth(PLAN_SECTIONS.indexOf(id));
    const add = section.locator('form[part~="add"]');
    for (const item of items) {
      const [text, phone] = Array.isArray(item) ? item : [item];
      await typeInto(page, add.locator('input[type="text"]'), text, variant);
      if (phone) await typeInto(page, add.locator('input[type="tel"]'), phone, variant);
      await press(add.locator('button[type="submit"]'), variant);
      await section.locator('li[part~="item"]').nth(items.indexOf(item)).waitFor();
    }
  }
  const professionals = sections.nth(PLAN_SECTIONS.indexOf('professionals'));
  await press(professionals.locator('[part~="contacts"] button').first(), variant);
  await professionals.locator('li[part~="item"]').first().waitFor();
  const coping = sections.nth(PLAN_SECTIONS.indexOf('coping'));
  await press(coping.locator('[part~="strategies"] button.link'), variant);
  await coping.locator('[part~="strategies"] select').selectOption({ index: 0 });
  await press(coping.locator('[part~="strategies"] form button[type="submit"]'), variant);
  await coping.locator('[part~="strategies"] button.launcher').first().waitFor();
  // Back to the top, as after writing: the pictures start at the heading.
  await page.evaluate(() => scrollTo(0, 0));
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
  {
    name: 'safety-plan',
    element: 'safety-plan',
    title: 'Safety plan',
    description:
      'A new plan, empty: the heading, what the plan is for and "Use my plan now", then each section with its prompt, an example and a field to add a line (the first two shown).',
    crop: '[part~="header"], section[part~="section"]:nth-of-type(-n+2)',
    act: (page) => inShot(page, 'section[part~="section"] form input[type="text"]').first().waitFor(),
  },
  {
    name: 'safety-plan-filled',
    element: 'safety-plan',
    title: 'Safety plan: filled',
    description:
      'Written by typing and tapping: a line in most sections, two people with their numbers, the therapist added from the practice, and a breathing exercise linked to "Things I can do on my own" (the first two sections shown).',
    crop: 'section[part~="section"]:nth-of-type(-n+2)',
    act: fillSafetyPlan,
  },
  {
    name: 'safety-plan-editing',
    element: 'safety-plan',
    title: 'Safety plan: editing a line',
    description:
      'Edit pressed on a person: the text and the phone number in fields, with Save and Cancel; the next person with a call link (the section shown).',
    crop: 'section[part~="section"]:nth-of-type(4)',
    act: async (page, v) => {
      await fillSafetyPlan(page, v);
      const people = inShot(page, 'section[part~="section"]').nth(PLAN_SECTIONS.indexOf('people'));
      await press(people.locator('li[part~="item"] button.edit').first(), v);
      await people.locator('li[part~="item"] input[type="tel"]').waitFor();
    },
  },
  {
    name: 'safety-plan-crisis',
    element: 'safety-plan',
    title: 'Safety plan: crisis view',
    description: '"Use my plan now" pressed: the first step large, Previous and Next, the crisis lines always under the step, and every step listed.',
    act: async (page, v) => {
      await fillSafetyPlan(page, v);
      await press(inShot(page, '[part~="header"] button.primary').first(), v);
      await inShot(page, '[part~="crisis-view"] hearth-crisis-resources').waitFor();
    },
  },
  {
    name: 'safety-plan-manage',
    element: 'safety-plan',
    title: 'Safety plan: managing the plan',
    description: '"Manage my plan" open: the footer link (off by default), save as a file, import, and "Delete everything" (the end of the plan shown).',
    crop: '[part~="status"], [part~="manage"]',
    act: async (page, v) => {
      await fillSafetyPlan(page, v);
      await press(inShot(page, '[part~="manage"] > button'), v);
      await inShot(page, '#footer-link:enabled').waitFor();
    },
  },
];
