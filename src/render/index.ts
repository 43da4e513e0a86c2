import { NoticeError } from '../errors.js';
import type { Language, Notice } from '../generated/notice-types.js';
import { compileTemplates, RUNTIME_OPTIONS, type CompiledTemplates } from './handlebars.js';
import { inlineText, markdownToHtml } from './html.js';
import { stringsFor } from './strings/index.js';
import { loadTemplates, type TemplateSet } from './templates.js';
import { buildView, type NoticeView } from './view/index.js';
import type { Profile } from './view/context.js';

export type { NoticeView, SectionView } from './view/index.js';
export { BUILTIN_TEMPLATES, loadTemplates, templateFingerprint, type TemplateSet } from './templates.js';

/** One notice in one language, in every output form. */
export interface RenderedNotice {
  language: Language;
  markdown: string;
  /** A standalone page: no script, no request to anywhere. */
  html: string;
  /** The same content without the page around it. */
  fragment: string;
  view: NoticeView;
  /** Plain-text facts about the document, for a PDF's metadata and page header. */
  meta: DocumentMeta;
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
    render: (notice, language, profile) => renderWith(templates, notice, language, profile, options.version ?? ''),
  };
}

function renderWith(
  templates: CompiledTemplates,
  notice: Notice,
  language: Language,
  profile: Profile | undefined,
  version: string,
): RenderedNotice {
  const view = buildView(notice, language, stringsFor(language), profile);
  const markdown = tidyMarkdown(runTemplate('notice.md.hbs', () => templates.markdown(view, RUNTIME_OPTIONS)));
  const { html: bodyHtml, toc } = markdownToHtml(markdown);
  // The table of contents goes between the title block and the first section.
  const firstSection = bodyHtml.indexOf('<h2');
  const header = firstSection < 0 ? bodyHtml : bodyHtml.slice(0, firstSection);
  const body = firstSection < 0 ? '' : bodyHtml.slice(firstSection);
  const fragment = runTemplate('fragment.html.hbs', () =>
    templates.fragment({ language, header, body, toc, contentsHeading: view.contentsHeading }, RUNTIME_OPTIONS),
  );
  const author = view.controllerName && inlineText(view.controllerName);
  const title = inlineText(view.title) + (author ? ` – ${author}` : '');
  const date = notice.notice.updated ?? notice.notice.created;
  const registerName = (
    view.sections.find((section) => section.key === 'register_name')?.data as { text?: string } | undefined
  )?.text;
  const meta: DocumentMeta = {
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
  const html = runTemplate('page.html.hbs', () =>
    templates.page(
      {
        language,
        titleText: title,
        controllerText: author,
        descriptionText: meta.subject,
        updated: date,
        version,
        css: templates.css,
        fragment,
      },
      RUNTIME_OPTIONS,
    ),
  );
  return { language, markdown, html: endWithNewline(html), fragment: endWithNewline(fragment), view, meta };
}

/**
 * Runs a template; a template that names a field the view does not have
 * (strict mode) or a partial that does not exist is the template author's
 * mistake, reported as such rather than as a crash.
 */
function runTemplate(name: string, run: () => string): string {
  try {
    return run();
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new NoticeError(
      'TEMPLATE_ERROR',
      `Template ${name} (or a partial it uses) failed: ${message}.`,
      'Check the field and partial names against the built-in templates (`notice templates copy DIR`) and the README section "Templates".',
      { cause: error },
    );
  }
}

/** HTML as the templates and marked produce it, with no leading blank lines and one newline at the end. */
function endWithNewline(html: string): string {
  let start = 0;
  while (html.charCodeAt(start) === 10) start++;
  return html.slice(start).trimEnd() + '\n';
}

/** One blank line between blocks, no trailing spaces, one newline at the end. */
function tidyMarkdown(markdown: string): string {
  return (
    markdown
      .replace(/[ \t]+\n/g, '\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim() + '\n'
  );
}
