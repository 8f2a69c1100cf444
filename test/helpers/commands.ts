/**
 * The browser commands the component tests use, the same in Chromium, Firefox ESR and WebKitGTK:
 * served by Hearth's own web-test-runner plugin (test/engines/commands-plugin.mjs).
 */
import { executeServerCommand } from '@web/test-runner-commands';
import { cannot } from './engine.js';

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

export interface MediaFeatures {
  colorScheme?: 'light' | 'dark';
  forcedColors?: 'active' | 'none';
  reducedMotion?: 'reduce' | 'no-preference';
}

/** Emulates media features. Only in an engine that can: guard the test with itNeeds('media', …). */
export function emulateMedia(features: MediaFeatures): Promise<unknown> {
  return executeServerCommand('hearth-emulate-media', features);
}

/** Back to a light scheme, no forced colours and motion allowed; nothing where nothing was emulated. */
export async function resetMedia(): Promise<void> {
  if (cannot('media')) return;
  await emulateMedia({ colorScheme: 'light', forcedColors: 'none', reducedMotion: 'no-preference' });
}
