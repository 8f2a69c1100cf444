import { readability } from '../../packages/studio/src/writing/readability.js';

/**
 * Flesch–Kincaid grade level of an English text (the content tests hold built-in text to ≤ 8),
 * from Hearth Studio's readability module, the one implementation of it.
 */
export function gradeLevel(text: string): number {
  return readability(text, 'en').score ?? 0;
}
