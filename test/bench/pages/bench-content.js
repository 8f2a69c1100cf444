// The same content for every contender of a benchmark.

/** One coping strategy, as text (a Hearth card gets it as its `strategy` property). */
export const STRATEGY = {
  id: 'bench-breathing',
  title: 'Box breathing',
  summary: 'Slow, even breaths that tell your body it is safe.',
  whenToUse: 'When your heart is racing or your thoughts will not settle.',
  steps: ['Breathe in for four counts.', 'Hold for four counts.', 'Breathe out for four counts.', 'Hold for four counts, then start again.'],
};

/** The same five questions for Hearth (a FormDefinition) and SurveyJS (its JSON). */
export const FORM = {
  id: 'bench-form',
  version: '1',
  title: 'How was today?',
  items: [
    { id: 'heard', type: 'rating', label: 'How much did you feel heard?', minLabel: 'Not at all', maxLabel: 'Completely', required: true },
    { id: 'useful', type: 'slider', label: 'How useful was the session?', required: true },
    {
      id: 'pace',
      type: 'choice',
      label: 'How was the pace?',
      options: [
        { value: 'slow', label: 'Too slow' },
        { value: 'right', label: 'About right' },
        { value: 'fast', label: 'Too fast' },
      ],
    },
    {
      id: 'helped',
      type: 'multi',
      label: 'What helped?',
      options: [
        { value: 'talk', label: 'Talking it through' },
        { value: 'plan', label: 'Making a plan' },
        { value: 'skills', label: 'Learning a skill' },
      ],
    },
    { id: 'comment', type: 'textarea', label: 'Anything else?' },
  ],
};

export const SURVEY = {
  title: FORM.title,
  elements: [
    {
      name: 'heard',
      type: 'rating',
      title: 'How much did you feel heard?',
      rateMin: 0,
      rateMax: 10,
      minRateDescription: 'Not at all',
      maxRateDescription: 'Completely',
      isRequired: true,
    },
    { name: 'useful', type: 'slider', title: 'How useful was the session?', min: 0, max: 10, step: 1, isRequired: true },
    {
      name: 'pace',
      type: 'radiogroup',
      title: 'How was the pace?',
      choices: [
        { value: 'slow', text: 'Too slow' },
        { value: 'right', text: 'About right' },
        { value: 'fast', text: 'Too fast' },
      ],
    },
    {
      name: 'helped',
      type: 'checkbox',
      title: 'What helped?',
      choices: [
        { value: 'talk', text: 'Talking it through' },
        { value: 'plan', text: 'Making a plan' },
        { value: 'skills', text: 'Learning a skill' },
      ],
    },
    { name: 'comment', type: 'comment', title: 'Anything else?' },
  ],
};

/** A policy of about 20 KB of text, in 20 sections. */
export function policy20k() {
  const paragraph =
    'We keep what you tell us private, and we explain the few limits the law sets. You can ask us about any of this at any time, and we will answer plainly. ';
  const sections = Array.from({ length: 20 }, (_, i) => ({
    id: `s${i + 1}`,
    title: `Part ${i + 1}`,
    bodyHtml: `<p>${paragraph.repeat(3)}</p>\n<ul>\n<li>${paragraph}</li>\n<li>${paragraph}</li>\n</ul>`,
  }));
  return {
    id: 'bench-policy',
    version: '1',
    title: 'Privacy terms',
    sections,
    acknowledgments: [{ id: 'read', label: 'I have read the terms.', required: true }],
  };
}

/** Waits for the next frame to be painted. */
export function nextPaint() {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}
