import { expect } from '@open-wc/testing';

import { dialable } from '../packages/elements/src/safety-plan/plan-phone.js';
import { SECTION_IDS, type SectionId } from '../packages/elements/src/safety-plan/safety-plan-format.js';
import { buildPlanPage, buildPlanWalletCard, type PrintablePlan, printPlan } from '../packages/elements/src/safety-plan/safety-plan-print.js';
import { expectNoInjection, settleScripts, trapDialogs, xssVectors } from './suites/xss-suite.js';

const EN_TITLES: Record<SectionId, string> = {
  'warning-signs': 'Warning signs',
  coping: 'Things I can do on my own',
  distractions: 'People and places that take my mind off things',
  people: 'People I can ask for help',
  professionals: 'Professionals and crisis lines',
  environment: 'Making my surroundings safer',
  reasons: 'My reasons for living',
};

const AR_TITLES: Record<SectionId, string> = {
  'warning-signs': 'علامات التحذير',
  coping: 'أشياء أستطيع فعلها وحدي',
  distractions: 'أشخاص وأماكن تشغل بالي',
  people: 'أشخاص أطلب منهم المساعدة',
  professionals: 'المختصون وخطوط الأزمات',
  environment: 'جعل محيطي أكثر أمانًا',
  reasons: 'أسبابي للحياة',
};

type Sections = Partial<Record<SectionId, PrintablePlan['sections'][number]['items']>>;

function englishPlan(items: Sections, extra: Partial<PrintablePlan> = {}): PrintablePlan {
  return {
    title: 'My safety plan',
    lang: 'en',
    dir: 'ltr',
    sections: SECTION_IDS.map((id) => ({ id, title: EN_TITLES[id], items: items[id] ?? [] })),
    crisisHeading: 'If you need help now',
    crisisLines: [
      { name: '988 Lifeline', contact: 'call or text 988' },
      { name: 'Crisis Text Line', contact: 'text HOME to 741741' },
    ],
    emergency: 'In an emergency, call 911.',
    contacts: [
      { name: 'Dr Lee', role: 'Therapist', phone: '555 0100' },
      { name: 'Front desk', role: 'Reception', phone: '555 0199' },
    ],
    practice: 'Harbour Therapy',
    printedOn: 'Printed on 7 December 2026',
    ...extra,
  };
}

const FILLED: Sections = {
  'warning-signs': [{ text: 'I stop answering messages' }, { text: 'I sleep all day' }],
  coping: [{ text: 'Walk around the block' }],
  people: [{ text: 'Sam, my sister', phone: '+1 (555) 010-2030' }, { text: 'Jo next door' }],
  professionals: [{ text: 'Dr Lee', phone: '555 0100' }],
  reasons: [{ text: 'My cat, Pepper' }],
};

function arabicPlan(): PrintablePlan {
  return {
    title: 'خطة الأمان الخاصة بي',
    lang: 'ar',
    dir: 'rtl',
    sections: SECTION_IDS.map((id) => ({
      id,
      title: AR_TITLES[id],
      items:
        id === 'warning-signs'
          ? [{ text: 'أتوقف عن الرد على الرسائل' }, { text: 'Panic at night', dir: 'ltr' as const }]
          : id === 'people'
            ? [
                { text: 'John Smith', dir: 'ltr' as const, phone: '٠٥٠ ١٢٣ ٤٥٦٧' },
                { text: 'أختي سارة', phone: '+44 20 7946 0018' },
              ]
            : [],
    })),
    crisisHeading: 'إذا احتجت إلى مساعدة الآن',
    crisisLines: [
      { name: 'خط الدعم', contact: 'اتصل بالرقم 0800 543 354' },
      { name: 'خط الشباب', contact: 'اتصل بالرقم (0800) 376 633 أو أرسل رسالة إلى 234' },
    ],
    emergency: 'في حالة الطوارئ، اتصل بالرقم 999.',
    printedOn: 'طُبعت في 7 ديسمبر 2026',
  };
}

const frames: HTMLIFrameElement[] = [];

/** The document of a new `about:blank` frame, laid out like a print window's. */
async function blankDocument(): Promise<Document> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 800px; height: 600px; border: 0';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = 'about:blank';
  document.body.append(frame);
  frames.push(frame);
  await loaded;
  return frame.contentDocument!;
}

const texts = (nodes: Iterable<Element>) => [...nodes].map((el) => el.textContent);
const sectionTitles = (doc: Document) => texts(doc.querySelectorAll('section > h2'));
/** The client's own lines of a section (not the practice's contacts, strategies or "…"). */
const itemTexts = (root: ParentNode, id: SectionId) => texts(root.querySelectorAll(`[data-section="${id}"] li:not(.contact) > .text`));

/** The elements the print module makes: anything else came from content. */
const OWN_TAGS = new Set([
  'html',
  'head',
  'title',
  'meta',
  'body',
  'main',
  'section',
  'div',
  'footer',
  'h1',
  'h2',
  'h3',
  'p',
  'ul',
  'li',
  'span',
  'strong',
  'bdi',
  'a',
]);

function expectOnlyOwnMarkup(doc: Document, label: string) {
  for (const el of doc.querySelectorAll('*')) expect(OWN_TAGS.has(el.localName), `${label}: <${el.localName}>`).to.equal(true);
  expectNoInjection(doc.body, label);
  for (const link of doc.querySelectorAll('a')) expect(link.getAttribute('href'), `${label}: a link`).to.match(/^tel:\+?\d+$/);
}

describe('safety plan print', () => {
  afterEach(() => {
    for (const frame of frames.splice(0)) frame.remove();
  });

  describe('the full page', () => {
    it('in English: the title, the date, each section with something in it, in order, its items in order', async () => {
      const doc = await blankDocument();
      buildPlanPage(doc, englishPlan(FILLED));
      expect(doc.documentElement.lang).to.equal('en');
      expect(doc.documentElement.dir).to.equal('ltr');
      expect(doc.title).to.equal('My safety plan');
      expect(doc.querySelector('h1')!.textContent).to.equal('My safety plan');
      expect(doc.querySelector('.printed')!.textContent).to.equal('Printed on 7 December 2026');
      // Empty sections (distractions, surroundings) are left out.
      expect(sectionTitles(doc)).to.deep.equal([EN_TITLES['warning-signs'], EN_TITLES.coping, EN_TITLES.people, EN_TITLES.professionals, EN_TITLES.reasons]);
      expect(doc.querySelector('[data-section="distractions"], [data-section="environment"]')).to.equal(null);
      for (const id of SECTION_IDS) expect(itemTexts(doc, id), id).to.deep.equal((FILLED[id] ?? []).map((item) => item.text));
      expect(doc.querySelector('footer')!.textContent).to.equal('Harbour Therapy');
      expect(doc.adoptedStyleSheets).to.have.length(1);
      expect(doc.querySelector('script, style, link')).to.equal(null);
    });

    it('shows each phone number next to its name, left to right, as a tel: link', async () => {
      const doc = await blankDocument();
      buildPlanPage(doc, englishPlan(FILLED));
      const sam = doc.querySelector('[data-section="people"] li')!;
      const phone = sam.querySelector<HTMLAnchorElement>('.phone')!;
      expect(phone.textContent).to.equal('+1 (555) 010-2030');
      expect(phone.dir).to.equal('ltr');
      expect(phone.getAttribute('href')).to.equal('tel:+15550102030');
      expect(sam.textContent).to.equal('Sam, my sister +1 (555) 010-2030');
      // Jo has no number: no link, no empty phone.
      expect(doc.querySelectorAll('[data-section="people"] li')[1].querySelector('.phone')).to.equal(null);
      for (const el of doc.querySelectorAll('.phone')) expect((el as HTMLElement).dir).to.equal('ltr');
    });

    it('the professionals: the client’s own, the practice’s contacts not already there, then the crisis lines', async () => {
      const doc = await blankDocument();
      buildPlanPage(doc, englishPlan(FILLED));
      const section = doc.querySelector('[data-section="professionals"]')!;
      // Dr Lee is in the plan already: only once.
      expect(texts(section.querySelectorAll(':scope > ul > li'))).to.deep.equal(['Dr Lee 555 0100', 'Front desk — Reception 555 0199']);
      const crisis = section.querySelector('.crisis')!;
      expect(crisis.querySelector('h3')!.textContent).to.equal('If you need help now');
      expect(texts(crisis.querySelectorAll('li'))).to.deep.equal(['988 Lifeline — call or text 988', 'Crisis Text Line — text HOME to 741741']);
      expect(crisis.querySelector('.emergency')!.textContent).to.equal('In an emergency, call 911.');
    });

    it('an empty plan still shows the professionals: the practice’s contacts and the crisis lines', async () => {
      const doc = await blankDocument();
      buildPlanPage(doc, englishPlan({}));
      expect(sectionTitles(doc)).to.deep.equal([EN_TITLES.professionals]);
      expect(texts(doc.querySelectorAll('[data-section="professionals"] > ul > li'))).to.deep.equal([
        'Dr Lee — Therapist 555 0100',
        'Front desk — Reception 555 0199',
      ]);
      expect(doc.querySelectorAll('.crisis li')).to.have.length(2);
    });

    it('a plan given without its professionals section still shows the contacts and crisis lines', async () => {
      const doc = await blankDocument();
      const plan = englishPlan(FILLED);
      buildPlanPage(doc, { ...plan, sections: plan.sections.filter((section) => section.id !== 'professionals') });
      expect(doc.querySelector('[data-section="professionals"]')).to.equal(null);
      expect(texts(doc.querySelectorAll('.contacts > li'))).to.deep.equal(['Dr Lee — Therapist 555 0100', 'Front desk — Reception 555 0199']);
      expect(doc.querySelector('.crisis h2')!.textContent).to.equal('If you need help now');
      expect(doc.querySelectorAll('.crisis li')).to.have.length(2);
    });

    it('lists the coping strategies linked to a section after its items', async () => {
      const doc = await blankDocument();
      const plan = englishPlan(FILLED);
      plan.sections.find((section) => section.id === 'coping')!.strategies = ['Box breathing', 'Urge surfing'];
      buildPlanPage(doc, plan);
      expect(texts(doc.querySelectorAll('[data-section="coping"] li'))).to.deep.equal(['Walk around the block', 'Box breathing', 'Urge surfing']);
    });

    it('shows every item of a long section, body type at least 12 pt, black on white', async () => {
      const doc = await blankDocument();
      const many = Array.from({ length: 50 }, (_, i) => ({ text: `Sign ${i + 1}` }));
      buildPlanPage(doc, englishPlan({ 'warning-signs': many }));
      expect(itemTexts(doc, 'warning-signs')).to.deep.equal(many.map((item) => item.text));
      const style = getComputedStyle(doc.querySelector('li')!);
      // 12 pt = 16 px.
      expect(parseFloat(style.fontSize)).to.be.at.least(16);
      expect(style.color).to.equal('rgb(0, 0, 0)');
      expect(getComputedStyle(doc.documentElement).backgroundColor).to.equal('rgb(255, 255, 255)');
    });

    it('in Arabic: right to left, each item in its own direction, numbers left to right', async () => {
      const doc = await blankDocument();
      buildPlanPage(doc, arabicPlan());
      expect(doc.documentElement.lang).to.equal('ar');
      expect(doc.documentElement.dir).to.equal('rtl');
      expect(sectionTitles(doc)).to.deep.equal([AR_TITLES['warning-signs'], AR_TITLES.people, AR_TITLES.professionals]);
      const signs = [...doc.querySelectorAll<HTMLElement>('[data-section="warning-signs"] li > .text')];
      expect(signs.map((el) => [el.textContent, el.dir])).to.deep.equal([
        ['أتوقف عن الرد على الرسائل', 'rtl'],
        ['Panic at night', 'ltr'],
      ]);
      const john = doc.querySelector('[data-section="people"] li')!;
      expect((john.querySelector('.text') as HTMLElement).dir).to.equal('ltr');
      const phone = john.querySelector<HTMLAnchorElement>('.phone')!;
      expect(phone.textContent).to.equal('٠٥٠ ١٢٣ ٤٥٦٧');
      expect(phone.dir).to.equal('ltr');
      // Arabic-Indic digits dial as Western ones.
      expect(phone.getAttribute('href')).to.equal('tel:0501234567');
      // A number inside a worded crisis line is isolated left to right, so its groups keep their order.
      const number = doc.querySelector<HTMLElement>('.crisis .contact bdi')!;
      expect(number.textContent).to.equal('0800 543 354');
      expect(number.dir).to.equal('ltr');
      expect(doc.querySelector('.crisis .contact')!.textContent).to.equal('اتصل بالرقم 0800 543 354');
      expect(texts(doc.querySelectorAll('.crisis bdi'))).to.deep.equal(['0800 543 354', '(0800) 376 633']);
      expect(doc.querySelector('.crisis .emergency')!.textContent).to.equal('في حالة الطوارئ، اتصل بالرقم 999.');
      // A lone short number cannot reorder: left in the sentence as it is.
      expect(doc.querySelector('.crisis .emergency bdi')).to.equal(null);
      // The phone sits on the reading side after the name: to its left in a right-to-left page.
      expect(phone.getBoundingClientRect().right).to.be.at.most(john.querySelector('.text')!.getBoundingClientRect().left + 1);
      // No practice: no footer.
      expect(doc.querySelector('footer')).to.equal(null);
    });
  });

  describe('the wallet card', () => {
    const fits = (side: Element) => expect(side.scrollHeight, side.className).to.be.at.most(side.clientHeight + 1);

    it('in English: the front has warning signs and coping, the back the people, the professionals and the crisis lines; both fit', async () => {
      const doc = await blankDocument();
      buildPlanWalletCard(doc, englishPlan(FILLED));
      expect(doc.documentElement.lang).to.equal('en');
      expect(doc.documentElement.dir).to.equal('ltr');
      expect(doc.adoptedStyleSheets).to.have.length(1);
      const [front, back] = doc.querySelectorAll('.side');
      expect(doc.querySelectorAll('.side')).to.have.length(2);
      expect(front.querySelector('h1')!.textContent).to.equal('My safety plan');
      expect(texts(front.querySelectorAll('h2'))).to.deep.equal([EN_TITLES['warning-signs'], EN_TITLES.coping]);
      expect(itemTexts(front, 'warning-signs')).to.deep.equal(['I stop answering messages', 'I sleep all day']);
      expect(itemTexts(front, 'coping')).to.deep.equal(['Walk around the block']);
      expect(texts(back.querySelectorAll(':scope > h2'))).to.deep.equal([EN_TITLES.people, EN_TITLES.professionals]);
      expect(texts(back.querySelectorAll('[data-section="people"] li'))).to.deep.equal(['Sam, my sister +1 (555) 010-2030', 'Jo next door']);
      expect(texts(back.querySelectorAll('[data-section="professionals"] li'))).to.deep.equal(['Dr Lee 555 0100', 'Front desk — Reception 555 0199']);
      for (const phone of back.querySelectorAll<HTMLElement>('.phone')) expect(phone.dir).to.equal('ltr');
      expect(texts(back.querySelectorAll('.crisis li'))).to.deep.equal(['988 Lifeline — call or text 988', 'Crisis Text Line — text HOME to 741741']);
      expect(back.querySelector('.emergency')!.textContent).to.equal('In an emergency, call 911.');
      expect(back.querySelector('footer')!.textContent).to.equal('Harbour Therapy · Printed on 7 December 2026');
      fits(front);
      fits(back);
    });

    it('in Arabic: right to left, the crisis line and the phones left to right, both sides fit', async () => {
      const doc = await blankDocument();
      buildPlanWalletCard(doc, arabicPlan());
      expect(doc.documentElement.lang).to.equal('ar');
      expect(doc.documentElement.dir).to.equal('rtl');
      const [front, back] = doc.querySelectorAll('.side');
      expect(itemTexts(front, 'warning-signs')).to.deep.equal(['أتوقف عن الرد على الرسائل', 'Panic at night']);
      expect(front.querySelector<HTMLElement>('[data-section="warning-signs"] li:nth-child(2) .text')!.dir).to.equal('ltr');
      const phones = [...back.querySelectorAll<HTMLElement>('.phone')];
      expect(phones.map((el) => [el.textContent, el.dir])).to.deep.equal([
        ['٠٥٠ ١٢٣ ٤٥٦٧', 'ltr'],
        ['+44 20 7946 0018', 'ltr'],
      ]);
      expect(back.querySelector('.crisis li')!.textContent).to.equal('خط الدعم — اتصل بالرقم 0800 543 354');
      expect(back.querySelector<HTMLElement>('.crisis bdi')!.dir).to.equal('ltr');
      fits(front);
      fits(back);
    });

    it('cuts a 50-item section short with "…" and still fits, every crisis line kept', async () => {
      const doc = await blankDocument();
      const many = (label: string) => Array.from({ length: 50 }, (_, i) => ({ text: `${label} ${i + 1}`, phone: `555 01${String(i).padStart(2, '0')}` }));
      const plan = englishPlan({ 'warning-signs': many('Sign'), coping: many('Idea'), people: many('Friend'), professionals: many('Helper') });
      plan.crisisLines.push({ name: 'Trevor Lifeline', contact: 'call 1 866 488 7386' });
      buildPlanWalletCard(doc, plan);
      const [front, back] = doc.querySelectorAll('.side');
      for (const [side, id] of [
        [front, 'warning-signs'],
        [front, 'coping'],
        [back, 'people'],
      ] as const) {
        const lines = texts(side.querySelectorAll(`[data-section="${id}"] li`));
        expect(lines.length, id).to.be.within(2, 6);
        expect(lines.at(-1), id).to.equal('…');
        expect(lines[0], id).to.equal(`${plan.sections.find((section) => section.id === id)!.items[0].text} 555 0100`);
      }
      // The professionals may have made room for the crisis lines; when shown, they are cut short too.
      const helpers = texts(back.querySelectorAll('[data-section="professionals"] li'));
      if (helpers.length) expect(helpers.at(-1)).to.equal('…');
      expect(texts(back.querySelectorAll('.crisis li'))).to.deep.equal(plan.crisisLines.map((line) => `${line.name} — ${line.contact}`));
      expect(back.querySelector('.emergency')!.textContent).to.equal('In an emergency, call 911.');
      fits(front);
      fits(back);
    });

    it('with too many crisis lines for the back, the footer and the professionals make room first, and one line is always kept', async () => {
      const doc = await blankDocument();
      const plan = englishPlan({ people: [{ text: 'Sam', phone: '555 0101' }], professionals: [{ text: 'Dr Lee', phone: '555 0100' }] });
      plan.crisisLines = Array.from({ length: 14 }, (_, i) => ({ name: `Line ${i + 1}`, contact: `call 555 02${String(i).padStart(2, '0')}` }));
      buildPlanWalletCard(doc, plan);
      const back = doc.querySelectorAll('.side')[1];
      const lines = texts(back.querySelectorAll('.crisis li'));
      expect(lines[0]).to.equal('Line 1 — call 555 0200');
      expect(lines.at(-1)).to.equal('…');
      expect(back.querySelector('footer')).to.equal(null);
      expect(back.querySelector('[data-section="professionals"]')).to.equal(null);
      expect(texts(back.querySelectorAll(':scope > h2'))).to.deep.equal([EN_TITLES.people]);
      expect(texts(back.querySelectorAll('[data-section="people"] li'))).to.deep.equal(['Sam 555 0101']);
      expect(back.querySelector('.emergency')!.textContent).to.equal('In an emergency, call 911.');
      fits(back);
    });

    it('a very long item is cut with an ellipsis on the card, not run off it', async () => {
      const doc = await blankDocument();
      const long = 'I notice that I keep going over the same thoughts again and again late at night '.repeat(4).trim();
      buildPlanWalletCard(doc, englishPlan({ 'warning-signs': [{ text: long }] }));
      const line = doc.querySelector('[data-section="warning-signs"] li')!;
      expect(line.textContent).to.equal(long);
      expect(getComputedStyle(line).textOverflow).to.equal('ellipsis');
      fits(doc.querySelector('.side')!);
    });
  });

  describe('the XSS corpus', () => {
    /** Every payload in every text a printed plan shows: it must stay text. */
    function hostilePlan(payloads: string[]): PrintablePlan {
      const [first] = payloads;
      return {
        title: first,
        lang: 'en',
        dir: 'ltr',
        sections: SECTION_IDS.map((id) => ({ id, title: first, items: payloads.map((text) => ({ text, phone: text })), strategies: payloads })),
        crisisHeading: first,
        crisisLines: payloads.map((text) => ({ name: text, contact: text })),
        emergency: first,
        contacts: payloads.map((text) => ({ name: `${text} contact`, role: text, phone: text })),
        practice: first,
        printedOn: first,
      };
    }

    it('every vector stays text on the page and on the card: no other element, no on* attribute, no script URL, no dialog', async () => {
      const dialogs = trapDialogs();
      try {
        const doc = await blankDocument();
        const batch = 120;
        for (let at = 0; at < xssVectors.length; at += batch) {
          const payloads = xssVectors.slice(at, at + batch).map((vector) => vector.payload);
          const plan = hostilePlan(payloads);
          buildPlanPage(doc, plan);
          const label = `page, vectors ${at}–${at + payloads.length - 1}`;
          expectOnlyOwnMarkup(doc, label);
          expect(doc.title, label).to.equal(payloads[0].replace(/[\t\n\f\r ]+/g, ' ').replace(/^ | $/g, ''));
          expect(itemTexts(doc, 'coping'), label).to.deep.equal(payloads);
          expect(texts(doc.querySelectorAll('[data-section="coping"] .phone')), label).to.deep.equal(
            payloads.filter((text) => text.trim()).map((text) => text.trim()),
          );
          expect(texts(doc.querySelectorAll('.crisis .name')), label).to.deep.equal(payloads);
          buildPlanWalletCard(doc, plan);
          expectOnlyOwnMarkup(doc, `card, vectors ${at}–${at + payloads.length - 1}`);
          await settleScripts();
        }
        expect(dialogs.calls).to.deep.equal([]);
      } finally {
        dialogs.restore();
      }
    });

    it('a hostile phone number dials only its digits', () => {
      expect(dialable('javascript:alert(1)')).to.equal('1');
      expect(dialable(' +44 (0)20 <b>7946</b>')).to.equal('+440207946');
      expect(dialable('no digits')).to.equal('');
      expect(dialable('٠٥٠ ١٢٣ ۴۵۶')).to.equal('050123456');
    });
  });

  describe('printPlan', () => {
    /** Lets the real window open, but keeps the print dialog away from the test run. */
    function watchOpen() {
      const original = window.open;
      const opened: { win: Window; printed: number }[] = [];
      window.open = (...args: Parameters<typeof window.open>) => {
        const win = original.apply(window, args);
        if (win) {
          const entry = { win, printed: 0 };
          win.print = () => void entry.printed++;
          opened.push(entry);
        }
        return win;
      };
      return {
        opened,
        restore() {
          window.open = original;
          for (const { win } of opened) win.close();
        },
      };
    }

    it('opens a window, builds the full page in it and prints it once (English)', () => {
      const watch = watchOpen();
      try {
        const win = printPlan('page', englishPlan(FILLED));
        expect(watch.opened).to.have.length(1);
        expect(win).to.equal(watch.opened[0].win);
        const doc = win!.document;
        expect(doc.documentElement.lang).to.equal('en');
        expect(doc.querySelector('h1')!.textContent).to.equal('My safety plan');
        expect(itemTexts(doc, 'people')).to.deep.equal(['Sam, my sister', 'Jo next door']);
        expect(doc.querySelectorAll('.crisis li')).to.have.length(2);
        expect(doc.adoptedStyleSheets).to.have.length(1);
        expect(watch.opened[0].printed).to.equal(1);
        expect(win!.opener).to.equal(null);
      } finally {
        watch.restore();
      }
    });

    it('opens a window, builds the wallet card in it and prints it once (Arabic)', () => {
      const watch = watchOpen();
      try {
        const win = printPlan('wallet', arabicPlan());
        const doc = win!.document;
        expect(doc.documentElement.lang).to.equal('ar');
        expect(doc.documentElement.dir).to.equal('rtl');
        expect(doc.querySelectorAll('.side')).to.have.length(2);
        expect(doc.querySelector('.crisis li')!.textContent).to.equal('خط الدعم — اتصل بالرقم 0800 543 354');
        expect(watch.opened[0].printed).to.equal(1);
        for (const side of doc.querySelectorAll('.side')) expect(side.scrollHeight).to.be.at.most(side.clientHeight + 1);
      } finally {
        watch.restore();
      }
    });

    it('builds in a window the caller opened in the click, and gives null when the window was blocked', () => {
      const watch = watchOpen();
      try {
        const opened = window.open('', '_blank', 'popup,width=420,height=640');
        expect(printPlan('wallet', englishPlan(FILLED), opened)).to.equal(opened);
        expect(watch.opened).to.have.length(1);
        expect(opened!.document.querySelectorAll('.side')).to.have.length(2);
        expect(watch.opened[0].printed).to.equal(1);
        expect(printPlan('page', englishPlan(FILLED), null)).to.equal(null);
        expect(watch.opened).to.have.length(1);
      } finally {
        watch.restore();
      }
    });
  });
});
