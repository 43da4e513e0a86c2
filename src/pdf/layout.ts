import type { PDFOptions } from 'puppeteer-core';
import type { PdfMetadata } from './finalize.js';
import { FONT_FAMILY, fontFaceCss } from './font.js';
import type { PaperFormat } from './paper.js';
import { escapeHtml } from '../html-escape.js';

/** What the page is printed as: paper, and the title and page label of its header and footer. */
export interface PageLayout {
  paper: PaperFormat;
  meta: PdfMetadata & { pageLabel: string };
}

/** The options notice prints with (exported for the benchmark's bare-puppeteer floor). */
export function pdfOptions(job: PageLayout): PDFOptions {
  return {
    format: job.paper === 'letter' ? 'letter' : 'a4',
    printBackground: true,
    margin: { top: '22mm', bottom: '20mm', left: '20mm', right: '20mm' },
    displayHeaderFooter: true,
    headerTemplate: headerFooter(`<span>${escapeHtml(job.meta.title)}</span>`, 'left'),
    footerTemplate: headerFooter(
      `${escapeHtml(job.meta.pageLabel)} <span class="pageNumber"></span> / <span class="totalPages"></span>`,
      'center',
    ),
    outline: true,
    tagged: true,
    timeout: 60_000,
  };
}

// The page's stylesheet does not reach Chromium's header and footer: they get
// the font and the sizes inline. Only the regular weight: Chromium lays out
// header and footer anew on every page, and they use no bold.
function headerFooter(content: string, align: 'left' | 'center'): string {
  return `<style>${fontFaceCss([400])}</style><div style="font-family:'${FONT_FAMILY}';font-size:8pt;color:#555;width:100%;padding:0 20mm;text-align:${align};">${content}</div>`;
}

/** The page as printed: the bundled font in front of every other. */
export function printableHtml(html: string): string {
  const style = `<style>${fontFaceCss()}\nbody,.notice,.notice code{font-family:'${FONT_FAMILY}',sans-serif !important;}</style>`;
  return html.includes('</head>') ? html.replace('</head>', `${style}\n</head>`) : style + html;
}
