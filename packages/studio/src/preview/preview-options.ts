/**
 * What `<studio-preview>` can be set to: the content kinds it shows, the states that matter for
 * each, the content languages, colour schemes and widths. Plain data and small lookups, shared by
 * the element and the lead's pickers.
 */

import { directionOf as languageDirection } from '@hearth/core';
import type { ContentLanguage } from '@hearth/elements';

import { type PreviewStringKey, previewText } from './preview-strings.js';

/** The content kinds (the same ids as Studio's kinds registry, content-kinds.ts). */
export const PREVIEW_KINDS = ['strategy', 'prompts', 'form', 'policy', 'safety-plan-prompts'] as const;
export type PreviewKind = (typeof PREVIEW_KINDS)[number];

/** The states the preview can put an element in. */
export type PreviewState = 'start' | 'exercise' | 'errors' | 'agreed' | 'crisis';

/** The states that matter per kind, in picker order; `start` first (what a client first sees). */
const STATES: Record<PreviewKind, readonly PreviewState[]> = {
  strategy: ['start', 'exercise'],
  prompts: ['start'],
  form: ['start', 'errors'],
  policy: ['start', 'agreed'],
  'safety-plan-prompts': ['start', 'crisis'],
};

export type PreviewDir = 'auto' | 'ltr' | 'rtl';
export type PreviewScheme = 'light' | 'dark';

/** The widths the element is laid out at, in CSS pixels. */
export const PREVIEW_WIDTHS = { phone: 320, tablet: 768, desktop: 1024 } as const;
export type PreviewWidth = keyof typeof PREVIEW_WIDTHS;

/** True for a known kind id. */
export function isPreviewKind(value: unknown): value is PreviewKind {
  return (PREVIEW_KINDS as readonly unknown[]).includes(value);
}

/** The states of `kind`, with their labels, for the state picker (an unknown kind has only `start`). */
export function statesOf(kind: string): { id: PreviewState; label: string }[] {
  const states = isPreviewKind(kind) ? STATES[kind] : (['start'] as const);
  return states.map((id) => ({ id, label: previewText(`preview.state.${id}`) }));
}

/** `state` when `kind` has it, else `start`. */
export function stateFor(kind: string, state: string): PreviewState {
  return statesOf(kind).find((known) => known.id === state)?.id ?? 'start';
}

/** The direction the content shows in: `dir` when set, else the language's own. */
export function directionOf(language: string, dir: string): 'ltr' | 'rtl' {
  if (dir === 'ltr' || dir === 'rtl') return dir;
  return languageDirection(language);
}

/** A picker's value or its fallback (a property set from outside may hold anything). */
export function oneOf<T extends string>(value: unknown, allowed: readonly T[], fallback: T): T {
  return (allowed as readonly unknown[]).includes(value) ? (value as T) : fallback;
}

/** The words of the frame's accessible name ("Preview: coping card, Arabic, dark, phone"). */
export function frameName(kind: PreviewKind, language: ContentLanguage, scheme: PreviewScheme, width: PreviewWidth): string {
  return previewText('preview.frame', {
    kind: previewText(`preview.kind.${kind}` as PreviewStringKey),
    language: previewText(`preview.language.${language}` as PreviewStringKey),
    scheme: previewText(`preview.scheme.${scheme}` as PreviewStringKey),
    width: previewText(`preview.width.${width}` as PreviewStringKey),
  });
}
