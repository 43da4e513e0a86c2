import { NoticeError } from '../errors.js';
import type { ExportInput, ExportOutput } from '../outputs/formats.js';
import { compileStrict } from '../render/handlebars.js';
import { endWithNewline, inlineText, markdownToHtml, tidyMarkdown } from '../render/html.js';
import { loadTemplates, type TemplateSet } from '../render/templates.js';
import { buildSummaryView, type SummaryView } from './view.js';

/** The layered notice's first layer as Markdown. */
export function summaryMarkdown(input: ExportInput): ExportOutput {
  const view = viewOf(input);
  return {
    text: tidyMarkdown(compiled(input).markdown({ ...view, markdownLink: markdownHref(view.link.href) })),
    diagnostics: [],
  };
}

/** The first layer as a standalone page: the full notice's stylesheet, no script, nothing loaded. */
export function summaryPage(input: ExportInput): ExportOutput {
  const view = viewOf(input);
  const templates = compiled(input);
  const page = templates.page({
    language: view.language,
    titleText: inlineText(view.subtitle ? `${view.title} – ${view.subtitle}` : view.title),
    descriptionText: inlineText(view.intro),
    version: input.version,
    css: templates.css,
    fragment: fragmentOf(view, templates),
  });
  return { text: endWithNewline(page), diagnostics: [] };
}

/** The first layer without the page around it, to paste into a site. */
export function summaryFragment(input: ExportInput): ExportOutput {
  const view = viewOf(input);
  return { text: endWithNewline(fragmentOf(view, compiled(input))), diagnostics: [] };
}

/**
 * The link to the full notice: an http(s) address, or a path relative to the summary. Anything else
 * (`javascript:`, `data:`) is refused before a build starts: the same rule as links in the notice's own text.
 */
export function checkFullUrl(url: string, option: string): void {
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url.trim())?.[1];
  if (url.trim() === '' || (scheme !== undefined && !/^https?$/i.test(scheme)) || /[\s<>"]/.test(url)) {
    throw new NoticeError(
      'BAD_OPTION',
      `${option} ${url}: not a link a summary can carry.`,
      'Give an http(s) address or a relative path, without spaces; {name}, {lang} and {dir} are replaced per notice (for example https://example.fi/privacy/{name}.{lang}.html).',
    );
  }
}

function viewOf(input: ExportInput): SummaryView {
  return buildSummaryView(input.notice, input.language, input.fullNotice ?? `${input.language}.html`, input.profile);
}

function fragmentOf(view: SummaryView, templates: CompiledSummary): string {
  const markdown = tidyMarkdown(templates.markdown({ ...view, markdownLink: '' }));
  return templates.fragment({ ...view, body: markdownToHtml(markdown).html });
}

/** A link target as a Markdown link destination in <...>: nothing in it can end it or start a tag. */
function markdownHref(href: string): string {
  return href.replace(/[<>\\\s]/g, (c) => encodeURIComponent(c));
}

interface CompiledSummary {
  markdown: (view: SummaryView & { markdownLink: string }) => string;
  page: (context: unknown) => string;
  fragment: (context: unknown) => string;
  css: string;
}

const compiledSets = new WeakMap<TemplateSet, CompiledSummary>();
let builtIn: TemplateSet | undefined;

/** The summary templates of the build's template set (a user's summary.md.hbs replaces the built-in one), compiled once. */
function compiled(input: ExportInput): CompiledSummary {
  const set = input.templates ?? (builtIn ??= loadTemplates());
  let done = compiledSets.get(set);
  if (!done) {
    done = {
      markdown: compileStrict('summary.md.hbs', set.summary.markdown, true, set.origins['summary.md.hbs']),
      page: compileStrict('summary.html.hbs', set.summary.page, false, set.origins['summary.html.hbs']),
      fragment: compileStrict(
        'summary.fragment.html.hbs',
        set.summary.fragment,
        false,
        set.origins['summary.fragment.html.hbs'],
      ),
      css: set.css,
    };
    compiledSets.set(set, done);
  }
  return done;
}
