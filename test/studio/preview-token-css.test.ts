import { expect } from '@open-wc/testing';

import { contrastRatio, hexColour } from '../../packages/studio/src/preview/contrast-ratio.js';
import { MAX_CSS_LENGTH, MAX_TOKENS, readTokenCss, tokenProblem } from '../../packages/studio/src/preview/token-css.js';

/** The reasons given, by the start of the text they were given for. */
function reasons(css: string): string[] {
  return readTokenCss(css).ignored.map((item) => item.reason);
}

describe('reading pasted theme CSS (token-css)', () => {
  it('takes plain declarations and declarations inside rules', () => {
    expect(readTokenCss('--hearth-color-accent: #0a5; --hearth-radius: 0.75em').tokens).to.deep.equal({
      '--hearth-color-accent': '#0a5',
      '--hearth-radius': '0.75em',
    });
    const css = `/* Willow Tree */
      :root { --hearth-color-fg: #1f2329; --hearth-font: 'Iowan Old Style', Georgia, serif; }
      hearth-provider {
        --hearth-color-accent: rgb(53 89 74) !important;
      }`;
    const read = readTokenCss(css);
    expect(read.tokens).to.deep.equal({
      '--hearth-color-fg': '#1f2329',
      '--hearth-font': "'Iowan Old Style', Georgia, serif",
      '--hearth-color-accent': 'rgb(53 89 74)',
    });
    expect(read.ignored).to.deep.equal([]);
  });

  it('lets a later declaration of a token win, as CSS does', () => {
    expect(readTokenCss('--hearth-color-bg: #fff; --hearth-color-bg: #fafafa').tokens).to.deep.equal({ '--hearth-color-bg': '#fafafa' });
  });

  it('leaves out what is not a Hearth token, saying why', () => {
    const read = readTokenCss(':root { color: red; --brand: blue; --_hearth-fg: #000; --hearth-color-fg: #111 } body { background: white }');
    expect(read.tokens).to.deep.equal({ '--hearth-color-fg': '#111' });
    expect(read.ignored.map((i) => [i.text, i.reason])).to.deep.equal([
      ['color: red', 'not-token'],
      ['--brand: blue', 'not-token'],
      ['--_hearth-fg: #000', 'not-token'],
      ['background: white', 'not-token'],
    ]);
  });

  it('refuses values that load something: url(), src(), image-set(), image(), cross-fade(), @import', () => {
    expect(reasons('--hearth-color-bg: url(https://evil.example/x.png)')).to.deep.equal(['url']);
    expect(reasons('--hearth-color-bg: URL( "/x.png" )')).to.deep.equal(['url']);
    expect(reasons('--hearth-color-bg: src("/x.png")')).to.deep.equal(['url']);
    expect(reasons('--hearth-color-bg: image-set("/x.png" 1x)')).to.deep.equal(['image']);
    expect(reasons('--hearth-color-bg: -webkit-image-set("/x.png" 1x)')).to.deep.equal(['image']);
    expect(reasons('--hearth-color-bg: image("/x.png")')).to.deep.equal(['image']);
    expect(reasons('--hearth-color-bg: cross-fade(red, blue)')).to.deep.equal(['image']);
    expect(reasons('@import url("https://evil.example/theme.css"); --hearth-radius: 1em')).to.deep.equal(['import']);
    expect(readTokenCss('@import "x.css"; --hearth-radius: 1em').tokens).to.deep.equal({ '--hearth-radius': '1em' });
    expect(reasons('--hearth-color-bg: @import')).to.deep.equal(['import']);
  });

  it('refuses expression(), escapes and ; { } smuggling', () => {
    expect(reasons('--hearth-color-bg: expression(alert(1))')).to.deep.equal(['expression']);
    expect(reasons('--hearth-color-bg: \\75 rl(x)')).to.deep.equal(['escape']);
    expect(reasons('--hearth-color\\2d bg: red')).to.deep.equal(['escape']);
    // A } closes what the paste never opened, then a rule of its own: neither is used.
    const smuggled = readTokenCss('--hearth-color-bg: red} body { background: url(/x.png) } :root { --hearth-radius: 1em }');
    expect(smuggled.tokens).to.deep.equal({ '--hearth-radius': '1em' });
    expect(smuggled.ignored.map((i) => i.reason)).to.deep.equal(['smuggling', 'not-token']);
    // A ; inside quotes stays in the value, which a token may not hold.
    expect(reasons('--hearth-font: "a;b"')).to.deep.equal(['smuggling']);
    expect(reasons('--hearth-color-bg: "</style><script>"')).to.deep.equal(['characters']);
  });

  it('skips at-rules and nested rules whole', () => {
    const read = readTokenCss(
      '@media (prefers-color-scheme: dark) { :root { --hearth-color-bg: #000 } } @font-face { font-family: x; src: url(x.woff) } :root { a { --hearth-color-fg: red } --hearth-radius: 2px }',
    );
    expect(read.tokens).to.deep.equal({ '--hearth-radius': '2px' });
    expect(read.ignored.map((i) => i.reason)).to.deep.equal(['at-rule', 'at-rule', 'nested']);
  });

  it('refuses unbalanced values, bad names, empty and over-long values, and an unclosed comment', () => {
    expect(reasons('--hearth-color-bg: rgb(0 0 0')).to.deep.equal(['unbalanced']);
    expect(reasons("--hearth-font: 'Georgia")).to.deep.equal(['unbalanced']);
    expect(reasons('--hearth-color.bg: red')).to.deep.equal(['bad-name']);
    expect(reasons('--hearth-color-bg: ')).to.deep.equal(['empty']);
    expect(reasons(`--hearth-font: ${'a'.repeat(201)}`)).to.deep.equal(['too-long']);
    expect(reasons('just words')).to.deep.equal(['not-declaration']);
    const unclosed = readTokenCss('--hearth-radius: 1em; /* --hearth-color-bg: red');
    expect(unclosed.tokens).to.deep.equal({ '--hearth-radius': '1em' });
    expect(unclosed.ignored.map((i) => i.reason)).to.deep.equal(['unclosed-comment']);
  });

  it('refuses a huge paste whole, quickly, and takes at most 100 tokens', () => {
    const huge = `--hearth-radius: 1em; ${'--hearth-x: y; '.repeat(70_000)}`;
    expect(huge.length).to.be.greaterThan(1_000_000);
    const start = performance.now();
    const read = readTokenCss(huge);
    expect(performance.now() - start).to.be.below(50);
    expect(read.tokens).to.deep.equal({});
    expect(read.ignored).to.have.length(1);
    expect(read.ignored[0].reason).to.equal('too-large');
    expect(read.ignored[0].text.length).to.be.at.most(80);
    expect(MAX_CSS_LENGTH).to.be.below(huge.length);

    const many = Array.from({ length: MAX_TOKENS + 5 }, (_, i) => `--hearth-t${i}: ${i}px`).join(';');
    const limited = readTokenCss(many);
    expect(Object.keys(limited.tokens)).to.have.length(MAX_TOKENS);
    expect(limited.ignored.map((i) => i.reason)).to.deep.equal(Array(5).fill('too-many'));
  });

  it('checks tokens that come from elsewhere the same way', () => {
    expect(tokenProblem('--hearth-color-bg', '#fff')).to.equal(undefined);
    expect(tokenProblem('--hearth-color-bg', 'url(x)')).to.equal('url');
    expect(tokenProblem('color', 'red')).to.equal('not-token');
    expect(tokenProblem('--hearth-a;b', 'red')).to.equal('bad-name');
  });

  it('works out contrast ratios of hex colours', () => {
    expect(hexColour('#0A5')).to.equal('#00aa55');
    expect(hexColour('rgb(0 0 0)')).to.equal(undefined);
    expect(contrastRatio('#000', '#fff')).to.be.closeTo(21, 0.01);
    expect(contrastRatio('#1f2329', '#ffffff')).to.be.above(4.5);
    expect(contrastRatio('#777777', '#ffffff')).to.be.closeTo(4.48, 0.01);
    expect(contrastRatio('red', '#fff')).to.equal(undefined);
  });
});
