import { expect } from '@open-wc/testing';

import { looksLikeHtml, neutralizeInlineAttributes, sanitizedText, sanitizeHtml } from '../../packages/core/src/index.js';
import { expectNoInjection, settleScripts, trapDialogs, xssVectors } from '../suites/xss-suite.js';

async function clean(html: string): Promise<HTMLElement> {
  const holder = document.createElement('div');
  holder.append(await sanitizeHtml(html));
  return holder;
}

describe('sanitizeHtml', () => {
  it('returns a DocumentFragment and keeps the clinical-text allowlist', async () => {
    const fragment = await sanitizeHtml(
      '<h2>Limits</h2><p>We keep <strong>most</strong> things <em>private</em>.<br>Except:</p><ul><li>risk</li></ul><table><caption>Hours</caption><tr><th scope="row">Mon</th><td colspan="2">9–5</td></tr></table>',
    );
    expect(fragment).to.be.instanceOf(DocumentFragment);
    const holder = document.createElement('div');
    holder.append(fragment);
    expect([...holder.querySelectorAll('*')].map((el) => el.localName)).to.deep.equal([
      'h2',
      'p',
      'strong',
      'em',
      'br',
      'ul',
      'li',
      'table',
      'caption',
      'tbody',
      'tr',
      'th',
      'td',
    ]);
    expect(holder.querySelector('td')!.getAttribute('colspan')).to.equal('2');
  });

  it('removes everything on the forbid list, keeping harmless text', async () => {
    const holder = await clean(
      '<style>p{color:red}</style><form action="/x"><input name="a"><button>Go</button><textarea>t</textarea><select><option>o</option></select></form>' +
        '<iframe src="https://example.org"></iframe><object data="x"></object><embed src="x"><base href="https://evil.example/"><meta http-equiv="refresh" content="0">' +
        '<link rel="stylesheet" href="x.css"><svg><circle r="1"/></svg><math><mi>x</mi></math><template><p>t</p></template><img src="x" onerror="alert(1)"><p style="color:red" class="c" id="i" onclick="alert(1)">kept</p>',
    );
    expectNoInjection(holder, 'forbid list');
    expect(holder.querySelector('p')!.getAttributeNames()).to.deep.equal([]);
    expect(holder.textContent).to.contain('kept');
  });

  it('refuses javascript:, data: and vbscript: links, keeps web, mail, phone and relative ones', async () => {
    const holder = await clean(
      '<a href="javascript:alert(1)">a</a><a href="JaVaScRiPt&colon;alert(1)">b</a><a href=" data:text/html,x">c</a><a href="vbscript:msgbox">d</a>' +
        '<a href="https://example.org/">e</a><a href="mailto:care@example.org">f</a><a href="tel:+15550100">g</a><a href="sms:85258">h</a><a href="/local">i</a>',
    );
    const hrefs = [...holder.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs).to.deep.equal([null, null, null, null, 'https://example.org/', 'mailto:care@example.org', 'tel:+15550100', 'sms:85258', '/local']);
  });

  it('gives every link rel="noopener noreferrer", and external ones target="_blank"', async () => {
    const holder = await clean(
      `<a href="https://example.org/" target="_self" rel="opener">out</a><a href="${location.origin}/page">in</a><a href="/x">rel</a>`,
    );
    const [out, inside, relative] = [...holder.querySelectorAll('a')];
    expect(out.rel).to.equal('noopener noreferrer');
    expect(out.target).to.equal('_blank');
    expect(inside.rel).to.equal('noopener noreferrer');
    expect(inside.hasAttribute('target')).to.equal(false);
    expect(relative.hasAttribute('target')).to.equal(false);
  });

  it('no vector of the XSS corpus survives or runs', async () => {
    const dialogs = trapDialogs();
    try {
      for (const vector of xssVectors) {
        const holder = await clean(vector.payload);
        document.body.append(holder);
        expectNoInjection(holder, vector.id);
        holder.remove();
      }
      await settleScripts();
      expect(dialogs.calls).to.deep.equal([]);
    } finally {
      dialogs.restore();
    }
  });

  it('markup that leaves no body (a frameset) gives an empty fragment, not null', async () => {
    const fragment = await sanitizeHtml('<div id="31"><frameset onload=alert(31)>//</div>');
    expect(fragment).to.be.instanceOf(DocumentFragment);
    expect(fragment.childNodes).to.have.length(0);
    expect(await sanitizedText('<frameset><frame src="x"></frameset>')).to.equal('');
  });

  it('gives the normalised text of HTML for hashes and search', async () => {
    expect(await sanitizedText('<p>Cafe\u0301   and\n\t<b>tea</b></p><script>x</script>')).to.equal('Café and tea');
  });

  it('renames inline handlers and style attributes before parsing, and nothing else', () => {
    const cases: [string, string][] = [
      ['<img src=x onerror=alert(1)>', '<img src=x data-hearth-dropped-onerror=alert(1)>'],
      ['<a title=">" onclick="x()">t</a>', '<a title=">" data-hearth-dropped-onclick="x()">t</a>'],
      ['<p STYLE = "color:red">a</p>', '<p data-hearth-dropped-STYLE = "color:red">a</p>'],
      ['<img/onerror=x>', '<img/data-hearth-dropped-onerror=x>'],
      ["<div data-x='onload=1' styles=ok>", "<div data-x='onload=1' styles=ok>"],
      ['lifestyle=good onload=1 < 3 and x<y', 'lifestyle=good onload=1 < 3 and x<y'],
      ['<!-- <img onerror=x> --><b>b</b>', '<!----><b>b</b>'],
      ['<svg><animate onbegin=alert(1) attributeName=x>', '<hearth-dropped-svg><animate data-hearth-dropped-onbegin=alert(1) attributeName=x>'],
      ['<style>p{}</style><STYLE>q{}</STYLE>', '<hearth-dropped-style>p{}</hearth-dropped-style><hearth-dropped-style>q{}</hearth-dropped-style>'],
      ['<title><a id="</title><img src=x onerror=alert()>">', '<hearth-dropped-title><a id="</title><img src=x onerror=alert()>">'],
      ['xss"><!--><svg/onload=alert(1)>', 'xss"><!----><hearth-dropped-svg/data-hearth-dropped-onload=alert(1)>'],
      ['<![CDATA[><img src=x onerror=y>]]>', '<!----><img src=x data-hearth-dropped-onerror=y>]]>'],
      ['<!DOCTYPE html><?xml x?><!-- a --><!x>\n<!-- b -->', '<!DOCTYPE html><!---->\n<!---->'],
      ['</p title="x" onclick=y>', '</p title="x" data-hearth-dropped-onclick=y>'],
    ];
    for (const [input, output] of cases) expect(neutralizeInlineAttributes(input), input).to.equal(output);
  });

  it('reads whitespace and "</" as the HTML tokenizer does, so the browser parses no handler or style', () => {
    // HTML's whitespace is tab, LF, FF, CR and space: after "=" and a no-break space the value is
    // unquoted, and ends at the next space. "</" before a non-letter opens a bogus comment up to ">"
    // (comments leave the pre-pass empty).
    const cases: [string, string][] = [
      ['<p title=\u00a0"x onclick=alert(1) y">t</p>', '<p title=\u00a0"x data-hearth-dropped-onclick=alert(1) y">t</p>'],
      ["<p title=\u3000'x style=color:red y'>t</p>", "<p title=\u3000'x data-hearth-dropped-style=color:red y'>t</p>"],
      ['<b\u00a0title=x onclick=y>t</b>', '<b\u00a0title=x data-hearth-dropped-onclick=y>t</b>'],
      ['<p title=a\u2028onclick=y>t</p>', '<p title=a\u2028onclick=y>t</p>'],
      ['</ <a title="><img src=x onerror=alert(1)>">', '<!----><img src=x data-hearth-dropped-onerror=alert(1)>">'],
      ['</1 title="><style>p{}</style>">', '<!----><hearth-dropped-style>p{}</hearth-dropped-style>">'],
      ['</\u00a0"><b style=x>t</b>', '<!----><b data-hearth-dropped-style=x>t</b>'],
    ];
    for (const [input, output] of cases) {
      const neutralized = neutralizeInlineAttributes(input);
      expect(neutralized, JSON.stringify(input)).to.equal(output);
      // What this browser's own parser makes of it: no handler, no style attribute, no <style>.
      const parsed = new DOMParser().parseFromString(neutralized, 'text/html');
      const loud = [...parsed.body.querySelectorAll('*')].flatMap((el) => [
        ...(el.localName === 'style' ? ['<style>'] : []),
        ...el.getAttributeNames().filter((name) => name.startsWith('on') || name === 'style'),
      ]);
      expect(loud, JSON.stringify(input)).to.deep.equal([]);
    }
  });

  it('500 KB of comments are sanitized in one pass, and parsed as one comment', async () => {
    // 250 KB of empty comments, then 250 KB of comments closed by "--!>". Before, each comment
    // searched the rest of the string for the other ending: a 98 KB policy section took 11 s. And
    // WebKit's parser takes seconds for 60,000 comments: the pre-pass leaves it one.
    const comments = '<!---->'.repeat(36_600) + '<!-- a --!>'.repeat(23_300);
    const holder = await clean(`<p>Before</p>${comments}<p>After</p>`);
    expect([...holder.querySelectorAll('p')].map((p) => p.textContent)).to.deep.equal(['Before', 'After']);
    expect(neutralizeInlineAttributes(comments).length, 'one empty comment is left').to.equal('<!---->'.length);
  });

  it('tells HTML from plain text without loading DOMPurify', () => {
    expect(looksLikeHtml('Breathe in for 4, out for 6 < 10 times')).to.equal(false);
    expect(looksLikeHtml('Use <strong>this</strong>')).to.equal(true);
    expect(looksLikeHtml('Fish &amp; chips')).to.equal(true);
  });
});
