import type { JournalPromptStrings } from '../locales/journal-catalog.js';

/** The moods a client can pick for an entry (stored as these keys, shown in their language). */
export const MOODS = ['good', 'okay', 'low', 'anxious', 'angry', 'numb', 'hopeful'];

/** A mood in the client's language; a mood from elsewhere (an import) as it is. */
export function moodLabel(t: (key: keyof JournalPromptStrings & string) => string, mood: string): string {
  return MOODS.includes(mood) ? t(`journal.mood.${mood}` as keyof JournalPromptStrings & string) : mood;
}
