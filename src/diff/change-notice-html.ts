import type { Language } from '../generated/notice-types.js';
import { compileStrict } from '../render/handlebars.js';
import { endWithNewline, inlineText, markdownToHtml } from '../render/html.js';
import { loadTemplates } from '../render/templates.js';

// A change notice as HTML, for a site or an e-mail: the Markdown of changeNotice rendered as the notice's own
// text is (no raw HTML, no images, only http(s) and mailto links), so a value from the YAML stays text.

/** A change notice in one language. */
export interface WrittenChangeNotice {
  language: Language;
  markdown: string;
}

/** One change notice as an article, to paste into a page or an e-mail; `idPrefix` before its headings' ids. */
export function changeNoticeFragment({ language, markdown }: WrittenChangeNotice, idPrefix = ''): string {
  return endWithNewline(
    `<article class="notice notice-changes" lang="${language}">\n${markdownToHtml(markdown, idPrefix).html}</article>`,
  );
}

/** The built-in page template, compiled once: a change notice in each language is a page of its own. */
let builtInPage: { render: (context: unknown) => string; css: string } | undefined;

/**
 * Change notices as one standalone page with the built-in page template and stylesheet: one
 * language's, or several one after another, the page in the language of the first. Nothing on it loads anything.
 */
export function changeNoticePage(notices: readonly WrittenChangeNotice[], version: string): string {
  builtInPage ??= (() => {
    const templates = loadTemplates();
    return { render: compileStrict('page.html.hbs', templates.page, false), css: templates.css };
  })();
  const first = notices[0]!;
  const [heading = '', , lead = ''] = first.markdown.split('\n');
  // Each language's headings are unique within it; on one page, the language makes them unique in all.
  const idPrefix = (notice: WrittenChangeNotice) => (notices.length > 1 ? `${notice.language}-` : '');
  return endWithNewline(
    builtInPage.render({
      language: first.language,
      titleText: inlineText(heading.replace(/^# /, '')),
      controllerText: '',
      descriptionText: inlineText(lead),
      updated: '',
      version,
      css: builtInPage.css,
      fragment: notices.map((notice) => changeNoticeFragment(notice, idPrefix(notice))).join('<hr>\n'),
    }),
  );
}
