import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { NoticeError } from '../errors.js';
import { cannotWrite, prepareFileAtomic, syncFolder, writeFileAtomic } from '../fs.js';
import { hashOf } from '../hash.js';
import { renderRecord, type RopaFormat, type RopaRecord } from './index.js';

/**
 * What `notice ropa` wrote into a folder: each file's name and the hash of its
 * bytes. A file listed here with those bytes is the tool's own output and is
 * replaced freely; any other file of the same name (one you made, or an
 * output you have since edited, say with notes added in Excel) is replaced
 * only with `force`.
 */
export const ROPA_MANIFEST = '.notice-ropa.json';

interface RopaManifest {
  files: Record<string, string>;
}

export interface WriteRecordsOptions {
  out: string;
  formats: readonly RopaFormat[];
  force?: boolean;
}

/** Writes each record in each format to `out`, atomically; returns the paths written (unchanged ones are not). */
export async function writeRecords(records: readonly RopaRecord[], options: WriteRecordsOptions): Promise<string[]> {
  const { out, formats } = options;
  const manifest = await readManifest(out);
  const planned: { name: string; path: string; bytes: Uint8Array; hash: string; current?: string }[] = [];
  for (const record of records) {
    for (const format of formats) {
      const name = `${record.name}.${format}`;
      const bytes = await renderRecord(record, format);
      const path = join(out, name);
      const current = await readFile(path).then(hashOf, () => undefined);
      planned.push({ name, path, bytes, hash: hashOf(bytes), ...(current ? { current } : {}) });
    }
  }
  // Refuse before writing anything, so that a refused run changes nothing.
  const foreign = planned.filter(
    (p) => !options.force && p.current !== undefined && p.current !== p.hash && manifest.files[p.name] !== p.current,
  );
  if (foreign.length > 0) {
    throw new NoticeError(
      'WOULD_OVERWRITE',
      `${foreign.map((p) => p.path).join(', ')} ${foreign.length === 1 ? 'exists and was' : 'exist and were'} not written by notice ropa (or changed since); nothing was written.`,
      'Add --force to replace them, or write elsewhere with --out DIR.',
      { cause: { file: foreign[0]!.path } },
    );
  }
  await mkdir(out, { recursive: true }).catch((error: unknown) => {
    throw cannotWrite(out, error, 'Choose another --out folder.');
  });
  const written: string[] = [];
  try {
    const prepared = [];
    for (const p of planned) {
      if (p.current === p.hash) continue;
      prepared.push(await prepareFileAtomic(p.path, p.bytes));
      written.push(p.path);
    }
    for (const file of prepared) await file.commit();
    if (prepared.length > 0) await syncFolder(out);
    const files = { ...manifest.files, ...Object.fromEntries(planned.map((p) => [p.name, p.hash])) };
    const sorted = Object.fromEntries(Object.entries(files).sort(([a], [b]) => (a < b ? -1 : 1)));
    const text = `${JSON.stringify({ files: sorted }, null, 2)}\n`;
    if (text !== manifest.text) await writeFileAtomic(join(out, ROPA_MANIFEST), text);
  } catch (error) {
    throw cannotWrite(out, error, 'Check that the folder can be written to, or choose another --out folder.');
  }
  return written;
}

async function readManifest(out: string): Promise<RopaManifest & { text?: string }> {
  const text = await readFile(join(out, ROPA_MANIFEST), 'utf8').catch(() => undefined);
  if (text === undefined) return { files: {} };
  try {
    const parsed = JSON.parse(text) as Partial<RopaManifest>;
    const files = typeof parsed.files === 'object' && parsed.files !== null ? parsed.files : {};
    return { files: Object.fromEntries(Object.entries(files).filter(([, v]) => typeof v === 'string')), text };
  } catch {
    // A manifest that cannot be read protects nothing: every existing file then needs --force.
    return { files: {} };
  }
}
