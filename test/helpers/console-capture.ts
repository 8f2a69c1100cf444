/** Records console.error and console.warn calls while a test runs (and keeps them out of the output). */
export interface ConsoleCapture {
  errors: string[];
  warnings: string[];
  restore(): void;
}

export function captureConsole(): ConsoleCapture {
  const original = { error: console.error, warn: console.warn };
  const capture: ConsoleCapture = {
    errors: [],
    warnings: [],
    restore() {
      console.error = original.error;
      console.warn = original.warn;
    },
  };
  console.error = (...args: unknown[]) => capture.errors.push(args.map(String).join(' '));
  console.warn = (...args: unknown[]) => capture.warnings.push(args.map(String).join(' '));
  return capture;
}
