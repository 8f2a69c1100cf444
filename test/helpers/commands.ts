/**
 * The browser commands the component tests use, the same in Chromium, Firefox ESR and WebKitGTK:
 * served by Hearth's own web-test-runner plugin (test/engines/commands-plugin.mjs).
 */
import { executeServerCommand } from '@web/test-runner-commands';

import { cannot } from './engine.js';

/** Every file under a folder of the repository (`packages/elements/src/locales`), paths relative to it. */
export function listFiles(under: string): Promise<string[]> {
  return executeServerCommand('hearth-list-files', { under }) as Promise<string[]>;
}

/** Sets the page's viewport (the window's inner size) in CSS pixels. */
export function setViewport(size: { width: number; height: number }): Promise<unknown> {
  return executeServerCommand('hearth-set-viewport', size);
}

/**
 * Real key presses to the focused element: `{ press: 'Enter' }` (chords: `'Shift+Tab'`),
 * `{ type: 'words' }`, `{ down: 'Shift' }`, `{ up: 'Shift' }`.
 */
export function sendKeys(keys: { press: string } | { type: string } | { down: string } | { up: string }): Promise<unknown> {
  return executeServerCommand('hearth-send-keys', keys);
}

export type MouseButton = 'left' | 'middle' | 'right';
export type MouseAction =
  | { type: 'move' | 'click'; position: [number, number]; button?: MouseButton }
  | { type: 'down' | 'up'; position?: [number, number]; button?: MouseButton };

/** A real mouse at viewport coordinates. */
export function sendMouse(action: MouseAction): Promise<unknown> {
  return executeServerCommand('hearth-send-mouse', action);
}

/** Releases every button and moves the mouse to the top left corner. */
export function resetMouse(): Promise<unknown> {
  return executeServerCommand('hearth-reset-mouse', {});
}

/** Media features to emulate; `null` puts one back to the browser's own. */
export interface MediaFeatures {
  colorScheme?: 'light' | 'dark' | null;
  forcedColors?: 'active' | 'none' | null;
  reducedMotion?: 'reduce' | 'no-preference' | null;
}

/** Emulates media features. Only in an engine that can: guard the test with itNeeds('media', …). */
export function emulateMedia(features: MediaFeatures): Promise<unknown> {
  return executeServerCommand('hearth-emulate-media', features);
}

/** Every media feature back to the browser's own; nothing where nothing can be emulated. */
export async function resetMedia(): Promise<void> {
  if (cannot('media')) return;
  await emulateMedia({ colorScheme: null, forcedColors: null, reducedMotion: null });
}
