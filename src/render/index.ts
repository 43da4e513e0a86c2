import type { Language, Notice } from '../generated/notice-types.js';
import { compileTemplates, RUNTIME_OPTIONS, type CompiledTemplates } from './handlebars.js';
import { endWithNewline, inlineText, markdownToHtml, tidyMarkdown } from './html.js';
import { stringsFor } from './strings/index.js';
import { voiceOf } from '../profile.js';
import { loadTemplates, type TemplateSet } from './templates.js';
import { buildView, type NoticeView } from './view/index.js';
import type { Profile } from './view/context.js';

export type { NoticeView, SectionPart, SectionView } from './view/index.js';
export { BUILTIN_TEMPLATES, loadTemplates, templateFingerprint, type TemplateSet } from './templates.js';

/** One notice in one language, in every output form; each form is made when it is first read. */
export interface RenderedNotice {
  readonly language: Language;
  readonly markdown: string;
  /** A standalone page: no script, no request to anywhere. */
  readonly html: string;
  /** The same content without the page around it. */
  readonly fragment: string;
  readonly view: NoticeView;
  /** Plain-text facts about the document, for a PDF's metadata and page header. */
  readonly meta: DocumentMeta;
}

export interface DocumentMeta {
  language: Language;
  /** The document title, with the controller's name when there is one. */
  title: string;
  author?: string;
  subject: string;
  keywords: string[];
  /** The notice's own date (updated, else created), YYYY-MM-DD. */
  date?: string;
  /** "Sivu" / "Sida" / "Page". */
  pageLabel: string;
  draft: boolean;
}

export interface RendererOptions {
  /** A folder whose templates replace the built-in ones of the same name. */
  templates?: string;
  /** The templates already read (loadTemplates); `templates` is then not read again. */
  templateSet?: TemplateSet;
  /** Written into the page's generator tag. */
  version?: string;
}

export interface Renderer {
  render(notice: Notice, language: Language, profile?: Profile): RenderedNotice;
}

/** Reads and compiles the templates once; the renderer then renders any number of notices. */
export function createRenderer(options: RendererOptions = {}): Renderer {
  const templates = compileTemplates(options.templateSet ?? loadTemplates(options.templates));
  return {
    render: (notice, language, profile) =>
      new Rendering(
        templates,
        notice,
        language,
        buildView(notice, language, stringsFor(language, voiceOf(notice, language)), profile),
        options.version ?? '',
      ),
  };
}

/**
 * One notice in one language. The Markdown is rendered at once (every form
 * starts from it, and a template mistake shows there first); the HTML forms
 * and the metadata only when asked for, so a build of Markdown alone never
 * runs marked or the page template.
 */
class Rendering implements RenderedNotice {
  readonly markdown: string;
  private fragmentSource: string | undefined;
  private fragmentHtml: string | undefined;
  private computedMeta: DocumentMeta | undefined;
  private page: string | undefined;

  constructor(
    private readonly templates: CompiledTemplates,
    private readonly notice: Notice,
    readonly language: Language,
    readonly view: NoticeView,
    private readonly version: string,
  ) {
    this.markdown = tidyMarkdown(templates.markdown(view, RUNTIME_OPTIONS));
  }

  get fragment(): string {
    this.fragmentHtml ??= endWithNewline(this.rawFragment());
    return this.fragmentHtml;
  }

  get html(): string {
    this.page ??= endWithNewline(this.pageHtml());
    return this.page;
  }

  get meta(): DocumentMeta {
    this.computedMeta ??= documentMeta(this.notice, this.language, this.view);
    return this.computedMeta;
  }

  private rawFragment(): string {
    if (this.fragmentSource === undefined) {
      const { html: bodyHtml, toc } = markdownToHtml(this.markdown);
      // The table of contents goes between the title block and the first section.
      const firstSection = bodyHtml.indexOf('<h2');
      const header = firstSection < 0 ? bodyHtml : bodyHtml.slice(0, firstSection);
      const body = firstSection < 0 ? '' : bodyHtml.slice(firstSection);
      const data = { language: this.language, header, body, toc, contentsHeading: this.view.contentsHeading };
      this.fragmentSource = this.templates.fragment(data, RUNTIME_OPTIONS);
    }
    return this.fragmentSource;
  }

  private pageHtml(): string {
    const { meta } = this;
    const page = {
      language: this.language,
      titleText: meta.title,
      controllerText: meta.author,
      descriptionText: meta.subject,
      updated: meta.date,
      version: this.version,
      css: this.templates.css,
      fragment: this.rawFragment(),
    };
    return this.templates.page(page, RUNTIME_OPTIONS);
  }
}

/** Plain-text facts about the document: the page's title and description, a PDF's metadata and header. */
function documentMeta(notice: Notice, language: Language, view: NoticeView): DocumentMeta {
  const author = view.controllerName && inlineText(view.controllerName);
  const title = inlineText(view.title) + (author ? ` – ${author}` : '');
  const date = notice.notice.updated ?? notice.notice.created;
  // The register's name, also when the layout joins it with another section.
  const registerName = (
    view.sections.flatMap((section) => section.parts).find((part) => part.key === 'register_name')?.data as
      { text?: string } | undefined
  )?.text;
  return {
    language,
    title,
    subject: inlineText(view.lawLine),
    pageLabel: view.pageLabel,
    draft: view.draft,
    keywords: [
      inlineText(view.title),
      ...(author ? [author] : []),
      ...(registerName ? [inlineText(registerName)] : []),
    ],
    ...(author ? { author } : {}),
    ...(date ? { date } : {}),
  };
}
