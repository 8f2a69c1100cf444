/**
 * A build plugin that shrinks Lit's `html` and `css` template literals: runs of whitespace become
 * one space, and in CSS comments and the spaces around punctuation go. Only the static parts between `${}`
 * change. Safe for our templates: none uses <pre> or whitespace-sensitive text (a textarea's text
 * is bound through `.value`).
 */
const TAGGED = /\b(html|css)`((?:\\[\s\S]|\$\{(?:[^{}]|\{[^{}]*\})*\}|[^`\\$]|\$(?!\{))*)`/g;

function squeeze(kind, text) {
  const parts = text.split(/(\$\{(?:[^{}]|\{[^{}]*\})*\})/);
  return parts
    .map((part, index) => {
      if (index % 2 === 1) return part;
      // CSS comments are for the source's readers; they would ship to every page.
      let out = (kind === 'css' ? part.replace(/\/\*[\s\S]*?\*\//g, '') : part).replace(/\s+/g, ' ');
      if (kind === 'css') out = out.replace(/\s*([{};:,>])\s*/g, '$1').replace(/;}/g, '}');
      else out = out.replace(/>\s+</g, '> <');
      return out;
    })
    .join('');
}

export function minifyTemplateLiterals() {
  return {
    name: 'hearth-minify-template-literals',
    transform(code, id) {
      if (!/packages\/(core|elements)\/src\/.*\.ts$/.test(id) || (!code.includes('html`') && !code.includes('css`'))) return null;
      return { code: code.replace(TAGGED, (match, kind, body) => `${kind}\`${squeeze(kind, body)}\``), map: null };
    },
  };
}
