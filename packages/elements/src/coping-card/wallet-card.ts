/** What a printed wallet card shows. */
export interface WalletCardContent {
  title: string;
  summary: string;
  steps: string[];
  crisis?: string;
  practice?: string;
  lang: string;
  dir: 'ltr' | 'rtl';
}

const WALLET_CSS = `
  @page { size: 85.6mm 54mm; margin: 3mm; }
  html { font: 8pt/1.3 system-ui, sans-serif; color: #000; background: #fff; }
  body { margin: 0; }
  h1 { font-size: 10pt; margin: 0 0 1mm; }
  p { margin: 0 0 1mm; }
  ol { margin: 0 0 1mm; padding-inline-start: 4mm; }
  li { margin: 0; }
  footer { border-top: 0.3mm solid #000; padding-top: 1mm; font-size: 7pt; }
  @media screen { body { max-width: 85.6mm; margin: 4mm auto; padding: 3mm; border: 1px dashed #888; } }
`;

/**
 * Fills a document (a new window's, usually) with a wallet-sized card, using DOM APIs only: no
 * `document.write`, no HTML strings. The stylesheet is a constructed one, which a strict CSP
 * allows.
 */
export function buildWalletCard(doc: Document, content: WalletCardContent): void {
  doc.title = content.title;
  doc.documentElement.lang = content.lang;
  doc.documentElement.dir = content.dir;
  const view = doc.defaultView as (Window & typeof globalThis) | null;
  const SheetClass = view?.CSSStyleSheet ?? CSSStyleSheet;
  const sheet = new SheetClass();
  sheet.replaceSync(WALLET_CSS);
  doc.adoptedStyleSheets = [sheet];
  const make = <K extends keyof HTMLElementTagNameMap>(tag: K, text?: string) => {
    const el = doc.createElement(tag);
    if (text !== undefined) el.textContent = text;
    return el;
  };
  const list = make('ol');
  for (const step of content.steps) list.append(make('li', step));
  const footer = make('footer');
  if (content.crisis) footer.append(make('p', content.crisis));
  if (content.practice) footer.append(make('p', content.practice));
  doc.body.replaceChildren(make('h1', content.title), make('p', content.summary), list, footer);
}
