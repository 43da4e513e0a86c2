export {
  findBrowser,
  candidatePaths,
  installHint,
  type FoundBrowser,
  type BrowserSource,
  type FindBrowserOptions,
} from './browser.js';
export { openPrinter, PrintFailedError, type PdfPrinter, type PrinterOptions, type PrintJob } from './printer.js';
export { PAPER_FORMATS, type PaperFormat } from './paper.js';
export { finalizePdf, pdfDate, type PdfMetadata } from './finalize.js';
export { FONT_FAMILY, fontFaceCss, fontFile } from './font.js';
