import { PDFDict, PDFDocument, PDFName } from 'pdf-lib';

export interface PdfMetadata {
  title: string;
  author?: string;
  subject: string;
  keywords: string[];
  language: string;
  /** The date written into the PDF; without one, the PDF carries no dates. */
  date?: Date;
  /** Written as Creator and Producer instead of the browser's version. */
  producer: string;
}

/**
 * Sets the document information and drops everything that changes from run to
 * run: Chromium stamps the time of printing and its own version; the same
 * notice must give the same bytes. Tags, outline and language stay as printed.
 */
export async function finalizePdf(bytes: Uint8Array, meta: PdfMetadata): Promise<Uint8Array> {
  // updateMetadata: false, or pdf-lib would stamp its own name and the time.
  // Infinity: by default pdf-lib pauses every 100 objects to yield to the event loop.
  const pdf = await PDFDocument.load(bytes, { updateMetadata: false, parseSpeed: Infinity });
  pdf.setTitle(meta.title, { showInWindowTitleBar: true });
  if (meta.author) pdf.setAuthor(meta.author);
  pdf.setSubject(meta.subject);
  pdf.setKeywords(meta.keywords);
  pdf.setCreator(meta.producer);
  pdf.setProducer(meta.producer);
  pdf.setLanguage(meta.language);
  if (meta.date) {
    pdf.setCreationDate(meta.date);
    pdf.setModificationDate(meta.date);
  } else {
    const info = pdf.context.lookup(pdf.context.trailerInfo.Info, PDFDict);
    info.delete(PDFName.of('CreationDate'));
    info.delete(PDFName.of('ModDate'));
  }
  return pdf.save({ useObjectStreams: false, updateFieldAppearances: false, objectsPerTick: Infinity });
}

/**
 * The date a PDF is stamped with: SOURCE_DATE_EPOCH when set (reproducible
 * builds), else the notice's own date, else none.
 */
export function pdfDate(noticeDate: string | undefined, env: Record<string, string | undefined>): Date | undefined {
  const epoch = env['SOURCE_DATE_EPOCH'];
  if (epoch !== undefined && /^\d+$/.test(epoch)) return new Date(Number(epoch) * 1000);
  return noticeDate ? new Date(`${noticeDate}T00:00:00Z`) : undefined;
}
