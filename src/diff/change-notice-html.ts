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

/** One change notice as an article, to paste into a page or an e-mail. */
export function changeNoticeFragment({ language, markdown }: WrittenChangeNotice): string {
  return endWithNewline(
    `<article class="notice notice-changes" lang="${language}">\n${markdownToHtml(markdown).html}</article>`,
  );
}

/**
 * Change notices as one standalone page with the built-in page template and stylesheet: one
 * language's, or several one after another, the page in the language of the first. Nothing on it loads anything.
 */
export function changeNoticePage(notices: readonly WrittenChangeNotice[], version: string): string {
  const templates = loadTemplates();
  const first = notices[0]!;
  const [heading = '', , lead = ''] = first.markdown.split('\n');
  return endWithNewline(
    compileStrict(
      'page.html.hbs',
      templates.page,
      false,
    )({
      language: first.language,
      titleText: inlineText(heading.replace(/^# /, '')),
      controllerText: '',
      descriptionText: inlineText(lead),
      updated: '',
      version,
      css: templates.css,
      // Each language's headings are made unique within it; on one page, the language makes them unique in all.
      fragment: notices
        .map((notice) => changeNoticeFragment(notice))
        .map((html, index) => (notices.length > 1 ? html.replace(/ id="/g, ` id="${notices[index]!.language}-`) : html))
        .join('<hr>\n'),
    }),
  );
}
