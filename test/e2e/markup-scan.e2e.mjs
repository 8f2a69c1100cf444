/**
 * The parser-quiet pre-pass (packages/core/src/markup-scan.ts and neutralizeInlineAttributes)
 * against a spec-conformant tokenizer, parse5's, on seeded random markup built from what decides
 * HTML boundaries (`<`, `/`, `!`, `-`, `=`, quotes, letters, `>`, comment and doctype openers) and
 * every character JavaScript's `\s` matches. For each string:
 *   1. the scan finds every tag, attribute and comment the tokenizer emits, at the same offsets:
 *      tag start, end and name; each attribute's name and value (duplicates included); each
 *      comment, bogus comment and doctype. Tags the string ends inside are dropped by the
 *      tokenizer and not compared;
 *   2. the tokenizer, reading the pre-pass's output, finds no `on…` or `style` attribute and no
 *      element that would take it out of its data state: nothing Chromium would report under the
 *      strict CSP. (The pre-pass keeps the parser in the data state, so parse5's bare tokenizer,
 *      which never leaves it, reads what the browser's parser reads.) And it reads the same text
 *      as in the string itself: renaming and emptying comments change no text.
 * The known string first proves the observed tokenizer right. A node test (parse5 6 is
 * CommonJS), run with the page tests in Chromium's turn. HEARTH_SEED=n runs another seed.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';

import ts from 'typescript';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const Tokenizer = createRequire(import.meta.url)('parse5/lib/tokenizer/index.js');

const SEED = Number(process.env.HEARTH_SEED ?? 20261206);
const STRINGS = 20_000;
/** Every UTF-16 unit JavaScript's \s matches (HTML's whitespace is only tab, LF, FF, CR and space). */
const JS_SPACES = [...Array(0x10000).keys()].map((unit) => String.fromCharCode(unit)).filter((c) => /\s/.test(c));
const JS_ONLY_SPACE = /[^\S\t\n\f\r ]/;
/** Pieces to build strings from, in groups drawn alike (so that tags and comments come often). */
const GROUPS = [
  ['<', '</', '<!', '<!--', '<?', '<!DOCTYPE', '<a', '<p', '</p', '<STYLE', '<svg', '<title'],
  ['>', '>', '/>', '/', '-->', '--!>', '--', '-', '!'],
  ['a', 'b', 'X', 'on', 'onclick', 'style', 'title', 'DOCTYPE', '[CDATA['],
  ['=', '"', "'", '`', '&', '&amp;', '\0'],
  [' ', '\t', '\n', '\r\n', '\r', '\f'],
  JS_SPACES,
];

/** mulberry32: a small seeded PRNG, so that a failing string can be made again. */
function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomMarkup(random) {
  let out = '';
  const pick = (list) => list[Math.floor(random() * list.length)];
  for (let n = 1 + Math.floor(random() * 40); n > 0; n--) out += pick(pick(GROUPS));
  return out;
}

/**
 * What parse5's tokenizer emits, as spans into `html`: its token objects carry no offsets for
 * attribute values, so a few of its state handlers and token hooks are observed (parse5 6.0.1,
 * pinned). Every attribute is recorded, also those the tokenizer then drops as duplicates.
 */
function tokenize(html) {
  const tokenizer = new Tokenizer();
  const at = () => tokenizer.preprocessor.pos;
  const tokens = [];
  let lessThan = -1;
  let current = null;
  let attribute = null;
  const observe = (state, hook) => {
    const original = tokenizer[state];
    tokenizer[state] = function (cp) {
      const before = at();
      original.call(this, cp);
      hook(cp, before, this.state);
    };
  };
  const onCreate = (method, make) => {
    const original = tokenizer[method];
    tokenizer[method] = function (...args) {
      original.apply(this, args);
      current = make();
    };
  };
  observe('DATA_STATE', (cp, pos) => {
    if (cp === 0x3c) lessThan = pos;
  });
  onCreate('_createStartTagToken', () => ({ kind: 'tag', start: lessThan, endTag: false, name: [at(), -1], attributes: [] }));
  onCreate('_createEndTagToken', () => ({ kind: 'tag', start: lessThan, endTag: true, name: [at(), -1], attributes: [] }));
  onCreate('_createCommentToken', () => ({ kind: 'comment', start: lessThan }));
  onCreate('_createDoctypeToken', () => ({ kind: 'doctype', start: lessThan }));
  observe('TAG_NAME_STATE', (cp, pos, state) => {
    if (state !== 'TAG_NAME_STATE' && current.name[1] === -1) current.name[1] = pos;
  });
  const createAttr = tokenizer._createAttr;
  tokenizer._createAttr = function (first) {
    createAttr.call(this, first);
    attribute = { name: [at(), -1] };
    current.attributes.push(attribute);
  };
  const leaveAttrName = tokenizer._leaveAttrName;
  tokenizer._leaveAttrName = function (toState) {
    attribute.name[1] = at();
    leaveAttrName.call(this, toState);
  };
  observe('BEFORE_ATTRIBUTE_VALUE_STATE', (cp, pos, state) => {
    if (state === 'DATA_STATE')
      attribute.value = [pos, pos]; // "b=>": an empty value
    else if (state !== 'BEFORE_ATTRIBUTE_VALUE_STATE') attribute.value = [pos, -1];
  });
  for (const quoted of ['ATTRIBUTE_VALUE_DOUBLE_QUOTED_STATE', 'ATTRIBUTE_VALUE_SINGLE_QUOTED_STATE']) {
    observe(quoted, (cp, pos, state) => {
      if (state === 'AFTER_ATTRIBUTE_VALUE_QUOTED_STATE') attribute.value[1] = pos + 1;
    });
  }
  observe('ATTRIBUTE_VALUE_UNQUOTED_STATE', (cp, pos, state) => {
    if (state === 'BEFORE_ATTRIBUTE_NAME_STATE' || state === 'DATA_STATE') attribute.value[1] = pos;
  });
  const emit = tokenizer._emitCurrentToken;
  tokenizer._emitCurrentToken = function () {
    if (this.currentToken.type !== Tokenizer.EOF_TOKEN) {
      current.end = Math.min(at() + 1, html.length);
      tokens.push(current);
    }
    emit.call(this);
  };
  tokenizer.write(html, true);
  let text = '';
  for (let token = tokenizer.getNextToken(); token.type !== Tokenizer.EOF_TOKEN; token = tokenizer.getNextToken()) text += token.chars ?? '';
  return { tokens, text };
}

/** The same shape from the scan, without the tags the string ends inside (the tokenizer emits none). */
function scanned(scanMarkup, html) {
  return [...scanMarkup(html)]
    .filter((markup) => markup.kind !== 'tag' || markup.complete)
    .map((markup) =>
      markup.kind !== 'tag'
        ? { kind: markup.kind, start: markup.span[0], end: markup.span[1] }
        : {
            kind: 'tag',
            start: markup.span[0],
            endTag: markup.endTag,
            name: markup.name,
            attributes: markup.attributes.map(({ name, value }) => (value ? { name, value } : { name })),
            end: markup.span[1],
          },
    );
}

/** The spans' text, to read a failure. */
function annotate(html, tokens) {
  return tokens.map((token) => ({
    ...token,
    text: html.slice(token.start, token.end),
    ...(token.attributes ? { attributes: token.attributes.map((a) => `${html.slice(...a.name)}${a.value ? ` = ${html.slice(...a.value)}` : ''}`) } : {}),
  }));
}

/** What would make Chromium report under the strict CSP, in a tokenization of the pre-pass's output. */
function loud(html) {
  const opaque = /^(script|style|title|textarea|xmp|iframe|noembed|noframes|noscript|plaintext|svg|math|template)$/;
  const lower = (text) => text.replace(/[A-Z]+/g, (letters) => letters.toLowerCase());
  return tokenize(html).tokens.flatMap((token) =>
    token.kind !== 'tag'
      ? []
      : [
          ...(!token.endTag && opaque.test(lower(html.slice(...token.name))) ? [`<${html.slice(...token.name)}>`] : []),
          ...token.attributes.map((a) => lower(html.slice(...a.name))).filter((name) => /^on|^style$/.test(name)),
        ],
  );
}

describe('the parser-quiet pre-pass reads markup as the HTML tokenizer does (parse5)', () => {
  let dir;
  let scanMarkup;
  let neutralizeInlineAttributes;

  before(async () => {
    // The sources as they are (TypeScript only transpiled), in a folder of their own.
    dir = mkdtempSync(join(tmpdir(), 'hearth-markup-scan-'));
    for (const name of ['markup-scan', 'sanitize-html']) {
      const source = readFileSync(join(root, `packages/core/src/${name}.ts`), 'utf8');
      const { outputText } = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } });
      writeFileSync(join(dir, `${name}.js`), outputText);
    }
    ({ scanMarkup } = await import(pathToFileURL(join(dir, 'markup-scan.js')).href));
    ({ neutralizeInlineAttributes } = await import(pathToFileURL(join(dir, 'sanitize-html.js')).href));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('the tokenizer of this test reads known markup right', () => {
    const html = '<p title=\u00a0"a onclick=b c">x</p><!-- c --></ 1 <b>';
    assert.deepEqual(annotate(html, tokenize(html).tokens), [
      {
        kind: 'tag',
        start: 0,
        endTag: false,
        name: [1, 2],
        attributes: ['title = \u00a0"a', 'onclick = b', 'c"'],
        end: 26,
        text: '<p title=\u00a0"a onclick=b c">',
      },
      { kind: 'tag', start: 27, endTag: true, name: [29, 30], attributes: [], end: 31, text: '</p>' },
      { kind: 'comment', start: 31, end: 41, text: '<!-- c -->' },
      { kind: 'comment', start: 41, end: 49, text: '</ 1 <b>' },
    ]);
  });

  it(`${STRINGS.toLocaleString('en')} seeded random strings (seed ${SEED}): the same tags, attributes and comments, and nothing loud after the pre-pass`, () => {
    const random = mulberry32(SEED);
    const seen = { tags: 0, attributes: 0, comments: 0, doctypes: 0, 'tags holding a space only JavaScript counts': 0, 'bogus comments opened by "</"': 0 };
    for (let n = 0; n < STRINGS; n++) {
      const html = randomMarkup(random);
      const { tokens: expected, text } = tokenize(html);
      const actual = scanned(scanMarkup, html);
      const where = `seed ${SEED}, string ${n}: ${JSON.stringify(html)}`;
      assert.deepEqual(annotate(html, actual), annotate(html, expected), `the scan and parse5 disagree (${where})`);
      const output = neutralizeInlineAttributes(html);
      const left = loud(output);
      assert.deepEqual(left, [], `after the pre-pass, the parser still reads ${left.join(', ')} (${where}; output ${JSON.stringify(output)})`);
      assert.equal(tokenize(output).text, text, `the pre-pass changed the text (${where}; output ${JSON.stringify(output)})`);
      for (const token of expected) {
        const text = html.slice(token.start, token.end);
        seen[`${token.kind}s`]++;
        seen.attributes += token.attributes?.length ?? 0;
        if (token.kind === 'tag' && JS_ONLY_SPACE.test(text)) seen['tags holding a space only JavaScript counts']++;
        if (token.kind === 'comment' && text.startsWith('</')) seen['bogus comments opened by "</"']++;
      }
    }
    // The strings really exercise what matters (a generator gone wrong would pass vacuously).
    for (const [what, count] of Object.entries(seen)) assert.ok(count >= 1000, `only ${count} ${what} in ${STRINGS} strings`);
  });
});
