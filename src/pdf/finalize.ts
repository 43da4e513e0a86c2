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
 * Gives Chromium's PDF the notice's document information, reproducibly.
 *
 * Chromium stamps the time of printing into its information dictionary and
 * leaves author, subject and keywords empty. Rather than parse and rewrite the
 * whole file (a PDF library takes tens of milliseconds a page for that), this
 * appends an incremental update (PDF 1.7, 7.5.6): a new information
 * dictionary, a one-entry cross-reference section and a trailer pointing to
 * both. Chromium's own timestamps are first overwritten in place with the
 * same number of bytes, so that nothing in the file depends on when it was
 * printed. Catalog, tags, outline and language stay exactly as printed.
 */
export function finalizePdf(bytes: Uint8Array, meta: PdfMetadata): Uint8Array {
  // latin1 maps each byte to one character and back: offsets stay byte offsets.
  const printed = Buffer.from(bytes).toString('latin1');
  const stamp = pdfDateString(meta.date ?? new Date(0));
  let stamped = 0;
  let text = printed.replace(/\/(CreationDate|ModDate) \(D:\d{14}[+\-Z]\d{2}'\d{2}'\)/g, (_match, key: string) => {
    stamped++;
    return `/${key} (${stamp})`;
  });
  const trailer = /trailer\s*<<([\s\S]*?)>>\s*startxref\s*(\d+)\s*%%EOF\s*$/.exec(text);
  const size = trailer && /\/Size (\d+)/.exec(trailer[1]!);
  const root = trailer && /\/Root (\d+ \d+ R)/.exec(trailer[1]!);
  if (stamped !== 2 || !trailer || !size || !root) {
    throw new Error(
      'the browser wrote a PDF of an unexpected shape (dates or trailer not found); notice cannot make it reproducible',
    );
  }
  if (!text.endsWith('\n')) text += '\n';
  const info = Number(size[1]);
  const entries: [string, string | undefined][] = [
    ['Title', meta.title],
    ['Author', meta.author],
    ['Subject', meta.subject],
    ['Keywords', meta.keywords.join(', ')],
    ['Creator', meta.producer],
    ['Producer', meta.producer],
    ['CreationDate', meta.date && pdfDateString(meta.date)],
    ['ModDate', meta.date && pdfDateString(meta.date)],
  ];
  const dictionary = entries
    .filter(([, value]) => value !== undefined && value !== '')
    .map(([key, value]) => `/${key} ${pdfString(value!)}`)
    .join('\n');
  const infoOffset = text.length;
  text += `${info} 0 obj\n<<${dictionary}>>\nendobj\n`;
  const xrefOffset = text.length;
  text += `xref\n${info} 1\n${String(infoOffset).padStart(10, '0')} 00000 n \ntrailer\n<</Size ${info + 1}\n/Root ${root[1]}\n/Info ${info} 0 R\n/Prev ${trailer[2]}>>\nstartxref\n${xrefOffset}\n%%EOF\n`;
  return Buffer.from(text, 'latin1');
}

/** A PDF date, D:YYYYMMDDHHmmSS+00'00', in UTC. */
function pdfDateString(date: Date): string {
  const iso = date.toISOString();
  return `D:${iso.slice(0, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)}${iso.slice(11, 13)}${iso.slice(14, 16)}${iso.slice(17, 19)}+00'00'`;
}

/** A PDF text string: literal for plain ASCII, else UTF-16BE with a byte-order mark (PDF 1.7, 7.9.2.2). */
function pdfString(value: string): string {
  if (/^[\x20-\x7e]*$/.test(value)) return `(${value.replace(/[\\()]/g, '\\$&')})`;
  let hex = 'FEFF';
  for (let i = 0; i < value.length; i++) hex += value.charCodeAt(i).toString(16).padStart(4, '0').toUpperCase();
  return `<${hex}>`;
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
