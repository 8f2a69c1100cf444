import './drafts/studio-drafts.js';
import './editor/schema-editor.js';
import './languages/studio-languages.js';
import './preview/studio-preview.js';
import './preview/studio-theme-tokens.js';
import './writing/studio-writing-help.js';
import './writing/studio-review-checklist.js';

import { type ConfigIssue, directionOf, validate } from '@hearth/core';
import { CONTENT_LANGUAGES, type ContentLanguage, type ContentReview, download } from '@hearth/elements';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { query, state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import { live } from 'lit/directives/live.js';

import { type ContentKind, kindOf, KINDS } from './content-kinds.js';
import { clientText, isClientText } from './content-text.js';
import { personalExportWarning } from './drafts/personal-export-warning.js';
import type { DraftOpenDetail, DraftPersonalDetail, StudioDraftsElement } from './drafts/studio-drafts.js';
import type { StudioSchemaEditor } from './editor/schema-editor.js';
import { textsByPath, type WrittenAgainst } from './languages/compare-versions.js';
import type { VersionChangeDetail } from './languages/studio-languages.js';
import { StudioPreview } from './preview/studio-preview.js';
import { studioAppStyles } from './studio-app.styles.js';
import { htmlSnippet, jsonFile, MAX_IMPORT_CHARS, readImport } from './studio-file.js';
import { LANGUAGE_NAMES, strings as s } from './studio-strings.js';

type Width = 'phone' | 'tablet' | 'desktop';
type View = 'form' | 'json' | 'languages';

/** What was open before an import or a new start replaced it, for Undo. */
interface Earlier {
  kind: ContentKind;
  value: unknown;
  lang: ContentLanguage;
  versions: Partial<Record<ContentLanguage, unknown>>;
  written: WrittenAgainst;
  personal: boolean;
  clientLabel: string;
}

/**
 * Hearth Studio's page: choose a kind, start from blank, a built-in item or a file, edit in the
 * structured editor or as JSON (kept in step), see every problem by its path, read the writing help,
 * tick the clinical review, watch the real element, and take away a JSON file or an HTML snippet.
 * Nothing leaves the browser.
 */
export class StudioApp extends LitElement {
  static override styles = studioAppStyles;

  /** The reading level under each text field a client reads. */
  private readonly annotate = (path: string, text: string) =>
    isClientText(path) && text.trim() ? html`<studio-writing-help compact .text=${text} lang=${this.contentLang}></studio-writing-help>` : nothing;

  private readonly startBlank = () => this.replace(this.kind, this.kind.blank(), this.contentLang, s.startedBlank(this.kind.label));

  private readonly openBuiltIn = async () => {
    const kind = this.kind;
    const id = this.builtIn;
    try {
      const value = await kind.loadBuiltIn(id, this.contentLang);
      this.replace(kind, structuredClone(value), this.contentLang, s.openedBuiltIn(id, LANGUAGE_NAMES[this.contentLang]));
    } catch {
      this.message = s.builtInFailed(id);
    }
  };

  private readonly importFile = async (event: Event) => {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    if (file.size > MAX_IMPORT_CHARS * 4) {
      this.message = s.fileTooBig(Math.round(file.size / 1_000_000));
      return;
    }
    let text: string;
    try {
      text = await file.text();
    } catch {
      this.message = s.fileUnreadable;
      return;
    }
    this.open(text);
  };

  private readonly importPaste = () => {
    const area = this.renderRoot.querySelector<HTMLTextAreaElement>('#paste');
    if (area && this.open(area.value)) area.value = '';
  };

  private readonly downloadJson = () => download(this.fileName('json'), jsonFile(this.value), 'application/json');

  private readonly downloadSnippet = () => download(this.fileName('html'), htmlSnippet(this.kind, this.value, { lang: this.contentLang }), 'text/html');

  private readonly openDraft = (event: CustomEvent<DraftOpenDetail>) => {
    const { kind, lang, value, personal, clientLabel } = event.detail;
    const known = (CONTENT_LANGUAGES as readonly string[]).includes(lang) ? (lang as ContentLanguage) : this.contentLang;
    this.replace(kindOf(kind), value, known, s.openedDraft);
    this.personal = personal;
    this.clientLabel = clientLabel ?? '';
  };

  /** The kind and language whose built-in titles were asked for. */
  private titlesFor = '';

  @query('studio-schema-editor') private editor?: StudioSchemaEditor;
  @query('studio-drafts') private drafts?: StudioDraftsElement;

  @state() private kind: ContentKind = KINDS[0];
  @state() private value: unknown = KINDS[0].blank();
  @state() private contentLang: ContentLanguage = 'en';
  @state() private view: View = 'form';
  @state() private jsonText = jsonFile(KINDS[0].blank());
  @state() private jsonProblem = '';
  @state() private errors: ConfigIssue[] = [];
  @state() private warnings: ConfigIssue[] = [];
  /** The last value without problems: what the preview shows. */
  @state() private shown: unknown;
  @state() private builtIn = KINDS[0].builtIns[0];
  @state() private message = '';
  @state() private earlier?: Earlier;
  @state() private previewDir: 'auto' | 'ltr' | 'rtl' = 'auto';
  @state() private scheme: 'light' | 'dark' = 'light';
  @state() private width: Width = 'phone';
  @state() private previewState = 'start';
  @state() private tokens: Record<string, string> = {};
  @state() private sampleName = 'Sam';
  @state() private copied = '';
  /** Ticks made in the review before a reviewer's name was given (not yet in the item). */
  @state() private reviewUnnamed = false;
  /** The open item in the other content languages (the Languages view), by language. */
  @state() private versions: Partial<Record<ContentLanguage, unknown>> = {};
  /** What the fields of each language beside were written against (the Languages view marks those whose text here changed since). */
  @state() private written: WrittenAgainst = {};
  /** The open item is written for one client (a draft's choice): exports say to keep it private. */
  @state() private personal = false;
  @state() private clientLabel = '';
  /** Counts the items opened, so the parts that keep their own state start afresh with each. */
  @state() private opened = 0;
  /** The built-in items' titles, by kind, language and id (`strategy es box-breathing`), as they arrive. */
  @state() private builtInTitles: ReadonlyMap<string, string> = new Map();

  override willUpdate(changed: PropertyValues): void {
    if (changed.has('value') || changed.has('kind')) {
      const result = validate(this.kind.schema, this.value, this.kind.root);
      this.errors = result.errors;
      this.warnings = result.warnings;
      if (!result.errors.length) this.shown = this.value;
    }
    const titlesFor = `${this.kind.id} ${this.contentLang}`;
    if (titlesFor !== this.titlesFor) {
      this.titlesFor = titlesFor;
      void this.loadTitles(this.kind, this.contentLang);
    }
  }

  /** The built-in items of `kind` in `lang`, their titles for the picker (an id stays until its item arrives, or if it cannot). */
  private async loadTitles(kind: ContentKind, lang: ContentLanguage): Promise<void> {
    const titles = await Promise.all(
      kind.builtIns.map(async (id) => {
        try {
          return [id, titleOf(await kind.loadBuiltIn(id, lang))] as const;
        } catch {
          return [id, undefined] as const;
        }
      }),
    );
    const next = new Map(this.builtInTitles);
    for (const [id, title] of titles) if (title) next.set(`${kind.id} ${lang} ${id}`, title);
    this.builtInTitles = next;
  }

  /** A built-in item as the picker names it: its title in the content language, else its id. */
  private builtInName(id: string): string {
    if (this.kind.id === 'safety-plan-prompts') return s.builtInPlanPrompts;
    return this.builtInTitles.get(`${this.kind.id} ${this.contentLang} ${id}`) ?? id;
  }

  private renderStart() {
    return html`
      <section class="start" aria-labelledby="start-heading">
        <h2 id="start-heading">${s.startHeading}</h2>
        <div class="row">
          <label
            >${s.kindLabel}
            <select id="kind" .value=${live(this.kind.id)} @change=${(event: Event) => this.chooseKind((event.target as HTMLSelectElement).value)}>
              ${KINDS.map((kind) => html`<option value=${kind.id} ?selected=${kind === this.kind}>${kind.label}</option>`)}
            </select>
          </label>
          <label
            >${s.languageLabel}
            <select id="content-lang" .value=${live(this.contentLang)} @change=${(event: Event) => void this.changeLanguage((event.target as HTMLSelectElement).value as ContentLanguage)}>
              ${CONTENT_LANGUAGES.map((lang) => html`<option value=${lang} ?selected=${lang === this.contentLang}>${LANGUAGE_NAMES[lang]}</option>`)}
            </select>
          </label>
        </div>
        <div class="row starts">
          <label
            >${s.builtInLabel}
            <select id="built-in" .value=${live(this.builtIn)} @change=${(event: Event) => (this.builtIn = (event.target as HTMLSelectElement).value)}>
              ${this.kind.builtIns.map(
                (id) => html`<option value=${id} ?selected=${id === this.builtIn} lang=${this.contentLang}>${this.builtInName(id)}</option>`,
              )}
            </select>
          </label>
          <button type="button" @click=${this.openBuiltIn}>${s.openBuiltIn}</button>
          <button type="button" @click=${this.startBlank}>${s.startBlank}</button>
          <label class="file"
            >${s.importFile}
            <input id="import-file" type="file" accept=".json,.html,.htm,.txt,application/json,text/html" @change=${this.importFile} />
          </label>
        </div>
        <details class="paste">
          <summary>${s.pasteSummary}</summary>
          <label for="paste">${s.pasteLabel}</label>
          <textarea id="paste" dir="ltr" spellcheck="false" rows="6"></textarea>
          <button type="button" @click=${this.importPaste}>${s.pasteRead}</button>
        </details>
        <div class="message" role="status">
          ${this.message ? html`<p>${this.message}</p>` : nothing}
          ${this.earlier ? html`<button type="button" id="undo" @click=${this.undo}>${s.undo(this.earlier.kind.label)}</button>` : nothing}
        </div>
      </section>
    `;
  }

  private renderProblems() {
    if (!this.errors.length && !this.warnings.length) return html`<p class="ok" id="problems">${s.noProblems}</p>`;
    return html`
      <div class="problems" id="problems">
        <h3>${s.problemsHeading(this.errors.length)}</h3>
        <ul>
          ${this.errors.map(
            (issue) =>
              html`<li>
                <button type="button" class="link" @click=${() => void this.goTo(issue.path)}><code>${issue.path}</code></button>: ${issue.message}
              </li>`,
          )}
          ${this.warnings.map((issue) => html`<li class="notice">${s.noteLabel} <code>${issue.path}</code>: ${issue.message}</li>`)}
        </ul>
      </div>
    `;
  }

  private renderViewSwitch() {
    const button = (view: View, label: string) =>
      html`<button type="button" aria-pressed=${this.view === view ? 'true' : 'false'} @click=${() => this.showView(view)}>${label}</button>`;
    return html`<div class="views" role="group" aria-label=${s.viewLabel}>
      ${button('form', s.viewForm)} ${button('json', s.viewJson)} ${button('languages', s.viewLanguages)}
    </div>`;
  }

  private renderForm() {
    return html`<studio-schema-editor
      .schema=${this.kind.schema.jsonSchema()}
      .value=${this.value}
      .root=${this.kind.root}
      .kind=${this.kind.id}
      .errors=${this.errors}
      .contentLang=${this.contentLang}
      .contentDir=${directionOf(this.contentLang)}
      .annotate=${this.annotate}
      @studio-change=${(event: CustomEvent<{ value: unknown }>) => this.edit(event.detail.value)}
    ></studio-schema-editor>`;
  }

  private renderJson() {
    return html`
      <label for="json">${s.jsonLabel}</label>
      <textarea
        id="json"
        class="json"
        dir="ltr"
        spellcheck="false"
        rows="24"
        aria-describedby=${this.jsonProblem ? 'json-problem' : nothing}
        aria-invalid=${this.jsonProblem ? 'true' : 'false'}
        .value=${this.jsonText}
        @input=${this.editJson}
      ></textarea>
      ${this.jsonProblem ? html`<p id="json-problem" class="error">${this.jsonProblem}</p>` : nothing}
    `;
  }

  private renderWriting() {
    return html`
      <section class="writing" aria-labelledby="writing-heading">
        <h3 id="writing-heading">${s.writingHeading}</h3>
        <studio-writing-help .text=${clientText(this.value).join('\n\n')} lang=${this.contentLang}></studio-writing-help>
      </section>
    `;
  }

  private renderReview() {
    const item = this.value;
    if (!item || typeof item !== 'object' || Array.isArray(item)) return nothing;
    return html`
      <section class="review" aria-labelledby="review-heading">
        <h3 id="review-heading">${s.reviewHeading}</h3>
        <p>${s.reviewIntro}</p>
        ${keyed(
          this.opened,
          html`<studio-review-checklist
            .review=${(item as { review?: ContentReview }).review}
            @studio-review-change=${(event: CustomEvent<{ review: ContentReview }>) => this.review(item as Record<string, unknown>, event.detail.review)}
          ></studio-review-checklist>`,
        )}
        ${this.reviewUnnamed ? html`<p class="note" id="review-unnamed">${s.reviewNeedsName}</p>` : nothing}
      </section>
    `;
  }

  private renderPreview() {
    const states = StudioPreview.statesFor(this.kind.id);
    const choice = <T extends string>(id: string, label: string, current: T, options: [T, string][], set: (value: T) => void) => html`
      <label
        >${label}
        <select id=${id} .value=${live(String(current))} @change=${(event: Event) => set((event.target as HTMLSelectElement).value as T)}>
          ${options.map(([value, name]) => html`<option value=${String(value)} ?selected=${value === current}>${name}</option>`)}
        </select>
      </label>
    `;
    return html`
      <section class="preview" aria-labelledby="preview-heading">
        <h2 id="preview-heading">${s.previewHeading}</h2>
        <div class="row controls">
          ${choice(
            'preview-dir',
            s.directionLabel,
            this.previewDir,
            [
              ['auto', s.directionAuto],
              ['ltr', s.directionLtr],
              ['rtl', s.directionRtl],
            ],
            (value) => (this.previewDir = value),
          )}
          ${choice(
            'preview-scheme',
            s.schemeLabel,
            this.scheme,
            [
              ['light', s.schemeLight],
              ['dark', s.schemeDark],
            ],
            (value) => (this.scheme = value),
          )}
          ${choice(
            'preview-width',
            s.widthLabel,
            this.width,
            [
              ['phone', s.widthPhone],
              ['tablet', s.widthTablet],
              ['desktop', s.widthDesktop],
            ],
            (value) => (this.width = value),
          )}
          ${choice(
            'preview-state',
            s.stateLabel,
            this.previewState,
            states.map((entry) => [entry.id, entry.label] as [string, string]),
            (value) => (this.previewState = value),
          )}
          <label
            >${s.sampleNameLabel}
            <input id="sample-name" .value=${this.sampleName} @input=${(event: Event) => (this.sampleName = (event.target as HTMLInputElement).value)} />
          </label>
        </div>
        <details class="tokens">
          <summary>${s.tokensSummary}</summary>
          <studio-theme-tokens
            .tokens=${this.tokens}
            @studio-tokens-change=${(event: CustomEvent<{ tokens: Record<string, string> }>) => (this.tokens = event.detail.tokens)}
          ></studio-theme-tokens>
        </details>
        ${this.errors.length && this.shown !== undefined ? html`<p class="note">${s.previewShowsLastGood}</p>` : nothing}
        ${
          this.shown === undefined
            ? html`<p class="note">${s.previewNothingYet}</p>`
            : html`<studio-preview
              .kind=${this.kind.id}
              .content=${this.shown}
              .lang=${this.contentLang}
              .dir=${this.previewDir}
              .scheme=${this.scheme}
              .width=${this.width}
              .state=${this.previewState}
              .tokens=${this.tokens}
              .sampleName=${this.sampleName}
            ></studio-preview>`
        }
      </section>
    `;
  }

  private renderOutput() {
    const snippet = htmlSnippet(this.kind, this.value, { lang: this.contentLang });
    const warning = personalExportWarning(this.personal, this.value);
    const described = warning ? 'personal-warning' : nothing;
    const others = (Object.keys(this.versions) as ContentLanguage[]).filter((lang) => lang !== this.contentLang);
    return html`
      <section class="output" aria-labelledby="output-heading">
        <h2 id="output-heading">${s.outputHeading}</h2>
        ${this.errors.length ? html`<p class="note">${s.outputHasProblems(this.errors.length)}</p>` : nothing}
        ${warning ? html`<p class="warning" id="personal-warning">${warning}</p>` : nothing}
        <div class="row">
          <button type="button" id="download-json" aria-describedby=${described} @click=${this.downloadJson}>${s.downloadJson}</button>
          <button type="button" id="download-snippet" aria-describedby=${described} @click=${this.downloadSnippet}>${s.downloadSnippet}</button>
          <button type="button" id="copy-snippet" aria-describedby=${described} @click=${() => void this.copySnippet(snippet)}>${s.copySnippet}</button>
          <span role="status" class="copied">${this.copied}</span>
        </div>
        ${
          others.length
            ? html`<div class="row">
              ${others.map(
                (lang) =>
                  html`<button type="button" id=${`download-json-${lang}`} aria-describedby=${described} @click=${() => this.downloadVersion(lang)}>
                    ${s.downloadVersion(LANGUAGE_NAMES[lang])}
                  </button>`,
              )}
            </div>`
            : nothing
        }
        <label for="snippet">${s.snippetLabel}</label>
        <textarea id="snippet" class="json" dir="ltr" readonly rows="12" spellcheck="false" .value=${snippet}></textarea>
      </section>
    `;
  }

  /**
   * The review goes into the item once it names who reviewed it: a review without a name would fail
   * the element's check, and the widget would show an error instead of the content.
   */
  private review(item: Record<string, unknown>, review: ContentReview): void {
    const rest = { ...item };
    delete rest.review;
    this.reviewUnnamed = !review.by;
    this.edit(review.by ? { ...rest, review } : rest);
  }

  /** A change from the structured editor (or the review): the new value, and the JSON view with it. */
  private edit(value: unknown): void {
    this.value = value;
    this.jsonText = jsonFile(value);
    this.jsonProblem = '';
    this.copied = '';
  }

  private editJson(event: Event): void {
    const text = (event.target as HTMLTextAreaElement).value;
    this.jsonText = text;
    const read = readImport(text);
    if (!read.ok || text.trim().startsWith('<')) {
      this.jsonProblem = read.ok ? s.jsonNotJson : read.message.replace(/ Nothing was changed\.$/, '');
      return;
    }
    this.jsonProblem = '';
    this.value = read.value;
  }

  private showView(view: View): void {
    if (view !== 'json' && this.jsonProblem) {
      this.message = s.fixJsonFirst;
      return;
    }
    this.view = view;
    if (view === 'json') this.jsonText = jsonFile(this.value);
  }

  private async goTo(path: string): Promise<void> {
    if (this.view !== 'form') this.showView('form');
    await this.updateComplete;
    await this.editor?.updateComplete;
    this.editor?.focusPath(path);
  }

  /** Replaces what is open, keeping it for Undo. */
  private replace(kind: ContentKind, value: unknown, lang: ContentLanguage, message: string): void {
    this.drafts?.startNewDraft();
    this.earlier = this.whatIsOpen();
    this.versions = {};
    this.written = {};
    this.personal = false;
    this.clientLabel = '';
    if (kind !== this.kind) {
      this.kind = kind;
      this.builtIn = kind.builtIns[0];
      this.previewState = 'start';
    }
    this.contentLang = lang;
    this.shown = undefined;
    this.opened++;
    this.reviewUnnamed = false;
    this.edit(value);
    this.message = message;
  }

  /**
   * The drafts locked: an item for one client (saved in its draft before the lock) leaves the
   * screen and memory with them, and Undo does not bring it back; a blank of the same kind opens.
   */
  private putAwayForOneClient(): void {
    if (this.earlier?.personal) this.earlier = undefined;
    if (!this.personal) return;
    this.replace(this.kind, this.kind.blank(), this.contentLang, s.putAwayWithDrafts);
    this.earlier = undefined;
    this.view = 'form';
  }

  /** What is open now, whole: what Undo brings back. */
  private whatIsOpen(): Earlier {
    return {
      kind: this.kind,
      value: this.value,
      lang: this.contentLang,
      versions: this.versions,
      written: this.written,
      personal: this.personal,
      clientLabel: this.clientLabel,
    };
  }

  /** Brings back what was open before; what was open now takes its place, so Undo again returns to it. */
  private undo(): void {
    const earlier = this.earlier;
    if (!earlier) return;
    this.drafts?.startNewDraft();
    this.earlier = this.whatIsOpen();
    this.versions = earlier.versions;
    this.written = earlier.written;
    this.personal = earlier.personal;
    this.clientLabel = earlier.clientLabel;
    this.kind = earlier.kind;
    this.builtIn = earlier.kind.builtIns[0];
    this.contentLang = earlier.lang;
    this.shown = undefined;
    this.opened++;
    this.reviewUnnamed = false;
    this.edit(earlier.value);
    this.message = s.undone;
  }

  private chooseKind(id: string): void {
    const kind = kindOf(id);
    if (kind === this.kind) return;
    this.replace(kind, kind.blank(), this.contentLang, s.startedBlank(kind.label));
  }

  /** Opens a file's or a paste's content; on any problem says why and changes nothing. */
  private open(text: string): boolean {
    const read = readImport(text);
    if (!read.ok) {
      this.message = read.message;
      return false;
    }
    const kind = read.kind;
    if (!kind) {
      this.message = s.unknownKind;
      return false;
    }
    let value = read.value;
    if (kind.id === 'strategy' && Array.isArray(value)) value = value[0];
    // A bare list of prompts (which the journal also takes) opens as a pack holding it.
    if (kind.id === 'prompts' && Array.isArray(value)) value = { prompts: value };
    const lang = (CONTENT_LANGUAGES as readonly string[]).includes(read.lang ?? '') ? (read.lang as ContentLanguage) : this.contentLang;
    // In the Languages view, the same item in another language opens beside it.
    if (this.view === 'languages' && kind === this.kind && lang !== this.contentLang && idOf(value) !== undefined && idOf(value) === idOf(this.value)) {
      // One already open in that language is replaced, and Undo brings it back.
      const replacing = this.versions[lang] !== undefined;
      if (replacing) this.earlier = this.whatIsOpen();
      this.versions = { ...this.versions, [lang]: value };
      this.written = { ...this.written, [lang]: this.textsNow() };
      this.message = (replacing ? s.replacedVersion : s.openedVersion)(LANGUAGE_NAMES[lang]);
      return true;
    }
    const problems = validate(kind.schema, value, kind.root).errors.length;
    this.replace(kind, value, lang, [s.opened(kind.label, problems), read.note].filter(Boolean).join(' '));
    return true;
  }

  private renderLanguages() {
    const builtIn = this.builtInIdOfOpenItem();
    return html`
      <p>${s.languagesIntro}</p>
      ${builtIn ? html`<button type="button" id="open-versions" @click=${() => void this.openBuiltInVersions(builtIn)}>${s.openVersions}</button>` : nothing}
      <studio-languages
        .schema=${this.kind.schema.jsonSchema()}
        .root=${this.kind.root}
        .kind=${this.kind.id}
        .reference=${this.contentLang}
        .versions=${{ ...this.versions, [this.contentLang]: this.value }}
        .written=${this.written}
        @studio-version-change=${(event: CustomEvent<VersionChangeDetail>) => this.editVersion(event.detail)}
      ></studio-languages>
    `;
  }

  /** The built-in id of the open item, when it is (or was adapted from) a built-in one. */
  private builtInIdOfOpenItem(): string | undefined {
    if (this.kind.id === 'safety-plan-prompts') return this.kind.builtIns[0];
    const id = idOf(this.value);
    return id !== undefined && this.kind.builtIns.includes(id) ? id : undefined;
  }

  /** Opens the built-in item's other languages beside the open one (what is open already stays). */
  private async openBuiltInVersions(id: string): Promise<void> {
    const kind = this.kind;
    const loaded: Partial<Record<ContentLanguage, unknown>> = {};
    try {
      for (const lang of CONTENT_LANGUAGES)
        if (lang !== this.contentLang && !(lang in this.versions)) loaded[lang] = structuredClone(await kind.loadBuiltIn(id, lang));
    } catch {
      this.message = s.builtInFailed(id);
      return;
    }
    if (kind !== this.kind) return;
    this.versions = { ...loaded, ...this.versions };
    const texts = this.textsNow();
    this.written = { ...Object.fromEntries(Object.keys(loaded).map((lang) => [lang, texts])), ...this.written };
    this.message = s.openedVersions(id);
  }

  private editVersion({ lang, value, field }: VersionChangeDetail): void {
    if (lang === this.contentLang) return this.edit(value);
    this.versions = { ...this.versions, [lang]: value };
    // That field of this language is now written against the text open here.
    if (field) this.written = { ...this.written, [lang]: { ...this.written[lang], [field.path]: field.against } };
  }

  /** The text a client reads in the open item, by path: what a language opened or written now is written against. */
  private textsNow(): Record<string, string> {
    return textsByPath(this.kind.schema.jsonSchema(), this.value, this.kind.root);
  }

  /** The content language changes: with that language open beside it, the two swap places. */
  private async changeLanguage(lang: ContentLanguage): Promise<void> {
    if (lang === this.contentLang) return;
    let other = this.versions[lang];
    const builtIn = this.builtInIdOfOpenItem();
    if (other === undefined && builtIn !== undefined) {
      // A built-in item has that language: it opens, and what is open goes beside it.
      const kind = this.kind;
      try {
        other = structuredClone(await kind.loadBuiltIn(builtIn, lang));
      } catch {
        this.message = s.builtInFailed(builtIn);
        return;
      }
      if (kind !== this.kind) return;
      this.message = s.openedLanguage(LANGUAGE_NAMES[lang]);
    }
    if (other === undefined) {
      // The clinician's own item: its text is now taken to be in that language (they write it).
      this.contentLang = lang;
      this.message = s.markedLanguage(LANGUAGE_NAMES[lang]);
      return;
    }
    // Each language keeps its own draft.
    this.drafts?.startNewDraft();
    const rest = { ...this.versions, [this.contentLang]: this.value };
    delete rest[lang];
    this.versions = rest;
    this.contentLang = lang;
    this.opened++;
    this.edit(other);
    // Compared with another language now: the languages beside start in line with it.
    const texts = this.textsNow();
    this.written = Object.fromEntries(Object.keys(rest).map((other) => [other, texts]));
  }

  private downloadVersion(lang: ContentLanguage): void {
    const value = this.versions[lang];
    download(this.fileName('json', lang, value), jsonFile(value), 'application/json');
  }

  private fileName(extension: string, lang: ContentLanguage = this.contentLang, value: unknown = this.value): string {
    const id = idOf(value);
    const base = id !== undefined && /^[A-Za-z0-9_-]{1,64}$/.test(id) ? id : this.kind.id;
    return `${base}.${lang}.${extension}`;
  }

  private async copySnippet(snippet: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(snippet);
      this.copied = s.copied;
    } catch {
      const area = this.renderRoot.querySelector<HTMLTextAreaElement>('#snippet');
      area?.focus();
      area?.select();
      this.copied = s.copyBlocked;
    }
  }

  override render() {
    return html`
      <header class="top">
        <h1>${s.title}</h1>
        <p>${s.intro}</p>
        <p class="privacy">${s.privacy}</p>
      </header>
      <main>
        ${this.renderStart()}
        <studio-drafts
          autosave
          .current=${{ kind: this.kind.id, lang: this.contentLang, value: this.value }}
          .personal=${this.personal}
          .clientLabel=${this.clientLabel}
          @studio-draft-open=${this.openDraft}
          @studio-drafts-lock=${() => this.putAwayForOneClient()}
          @studio-draft-personal=${(event: CustomEvent<DraftPersonalDetail>) => {
            this.personal = event.detail.personal;
            this.clientLabel = event.detail.clientLabel;
          }}
        ></studio-drafts>
        <div class="workspace">
          <section class="edit" aria-labelledby="edit-heading">
            <h2 id="edit-heading">${s.editHeading(this.kind.label)}</h2>
            ${this.renderProblems()} ${this.renderViewSwitch()} ${this.view === 'form' ? this.renderForm() : this.view === 'json' ? this.renderJson() : this.renderLanguages()} ${this.renderWriting()}
            ${this.renderReview()}
          </section>
          ${this.renderPreview()}
        </div>
        ${this.renderOutput()}
      </main>
    `;
  }
}

/** An item's `id`, when it has one. */
/** An item's title, when it has one to show. */
function titleOf(value: unknown): string | undefined {
  const title = (value as { title?: unknown } | null | undefined)?.title;
  return typeof title === 'string' && title.trim() ? title.trim() : undefined;
}

function idOf(value: unknown): string | undefined {
  const id = (value as { id?: unknown } | null | undefined)?.id;
  return typeof id === 'string' ? id : undefined;
}

if (!customElements.get('studio-app')) customElements.define('studio-app', StudioApp);

declare global {
  interface HTMLElementTagNameMap {
    'studio-app': StudioApp;
  }
}
