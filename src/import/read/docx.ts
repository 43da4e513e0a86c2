import JSZip from 'jszip';
import mammoth from 'mammoth';
import { NoticeError } from '../../errors.js';
import type { Block } from '../types.js';
import { readHtmlDocument } from './html.js';
import { squeeze } from './lines.js';

/**
 * Reads a Word document: mammoth turns it into HTML (its heading styles
 * become `h1`-`h6`, its lists `ul`/`ol`, its tables `table`), which is read
 * whole (the whole document is the notice). The title is the one in the
 * document's properties, when there is one. Images are not read, and no
 * file the document links to is opened.
 */
export async function readDocx(
  bytes: Uint8Array,
  file: string,
): Promise<{ text: string; blocks: Block[]; title?: string }> {
  let html: string;
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      {
        externalFileAccess: false,
        convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })),
      },
    );
    html = result.value;
  } catch (error) {
    throw new NoticeError(
      'FILE_DOCX_UNREADABLE',
      `${file}: the Word document cannot be read (${(error as Error)?.message ?? String(error)}).`,
      'Open it in Word or LibreOffice and save it again as .docx, or save it as plain text and import that.',
      { cause: error },
    );
  }
  const title = await documentTitle(zip);
  return { ...readHtmlDocument(`<!doctype html><html><body>${html}</body></html>`), ...(title ? { title } : {}) };
}

/** `dc:title` of `docProps/core.xml`, the title in the document's properties. */
async function documentTitle(zip: JSZip): Promise<string | undefined> {
  const core = await zip.file('docProps/core.xml')?.async('string');
  const match = core && /<dc:title>([\s\S]*?)<\/dc:title>/u.exec(core);
  if (!match) return undefined;
  const title = squeeze(
    match[1]!
      .replace(/&lt;/gu, '<')
      .replace(/&gt;/gu, '>')
      .replace(/&quot;/gu, '"')
      .replace(/&apos;/gu, "'")
      .replace(/&amp;/gu, '&'),
  );
  return title || undefined;
}
