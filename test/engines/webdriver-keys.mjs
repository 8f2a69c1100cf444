/**
 * Key input through WebDriver actions (WebKitGTK), shared by the component tests' commands and the
 * page tests' driver layer: the codes for named keys, typing that keeps capitals, and chords.
 */

/** WebDriver's codes for the named keys the tests press (W3C WebDriver, "Keyboard actions"). */
export const WEBDRIVER_KEYS = {
  Backspace: '\uE003',
  Tab: '\uE004',
  Enter: '\uE007',
  Shift: '\uE008',
  Control: '\uE009',
  Alt: '\uE00A',
  Escape: '\uE00C',
  Space: ' ',
  PageUp: '\uE00E',
  PageDown: '\uE00F',
  End: '\uE010',
  Home: '\uE011',
  ArrowLeft: '\uE012',
  ArrowUp: '\uE013',
  ArrowRight: '\uE014',
  ArrowDown: '\uE015',
  Delete: '\uE017',
  Meta: '\uE03D',
};

/** The WebDriver value of a key name ('Enter') or a single character ('a'). */
export function webdriverKey(name) {
  if (name in WEBDRIVER_KEYS) return WEBDRIVER_KEYS[name];
  if ([...name].length === 1) return name;
  throw new Error(`No WebDriver code for the key "${name}".`);
}

/**
 * Key actions that type `text`. WebKitGTK types a capital letter sent alone as a small one, so
 * capitals go with Shift held, as a person types them.
 */
export function typingActions(text) {
  return [...text].flatMap((c) => {
    const press = [
      { type: 'keyDown', value: c },
      { type: 'keyUp', value: c },
    ];
    if (c === c.toLowerCase() || c !== c.toUpperCase()) return press;
    return [{ type: 'keyDown', value: WEBDRIVER_KEYS.Shift }, ...press, { type: 'keyUp', value: WEBDRIVER_KEYS.Shift }];
  });
}

/** 'Shift+Tab' → the keys held in order, released in reverse; a lone '+' stays a key. */
export function chordActions(keys) {
  const names = keys === '+' ? ['+'] : keys.split('+').map((key) => (key === '' ? '+' : key));
  const values = names.map(webdriverKey);
  return [...values.map((value) => ({ type: 'keyDown', value })), ...values.reverse().map((value) => ({ type: 'keyUp', value }))];
}
