/**
 * Which engine the component tests run in (web-test-runner.config.mjs writes it before the test
 * file loads), and what an engine cannot do. A test that needs what its engine cannot do is
 * skipped in that engine only, with the reason in its name, and counted as skipped.
 */

export type Engine = 'chromium' | 'firefox' | 'webkit';

export const engine: Engine = ((globalThis as { __hearthEngine?: Engine }).__hearthEngine ?? 'chromium') as Engine;

/** What a test may need that an engine's test driver cannot give. */
export type Ability = 'media';

const LIMITS: Record<Engine, Partial<Record<Ability, string>>> = {
  chromium: {},
  firefox: {},
  webkit: {
    media: 'WebKitGTK cannot emulate reduced motion, forced colours or a colour scheme at run time',
  },
};

/** Why this engine cannot give `ability`, or undefined when it can. */
export function cannot(ability: Ability): string | undefined {
  return LIMITS[engine][ability];
}

/**
 * `it(name, fn)` in engines that can give `ability`; elsewhere the test is skipped, and its name
 * says why: "… (skipped in webkit: WebKitGTK cannot emulate …)".
 */
export function itNeeds(ability: Ability, name: string, fn: Mocha.Func | Mocha.AsyncFunc): Mocha.Test {
  const reason = cannot(ability);
  if (!reason) return it(name, fn);
  return it.skip(`${name} (skipped in ${engine}: ${reason})`, fn);
}
