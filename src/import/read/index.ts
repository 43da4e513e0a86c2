import { readFile } from 'node:fs/promises';
import type { Block, ImportDocument } from '../types.js';

// PLACEHOLDER (to be replaced by the real reader of helper "import-read"): text files only,
// one paragraph block per non-blank line.
export async function readDocument(file: string): Promise<ImportDocument> {
  const text = (await readFile(file, 'utf8')).replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const blocks: Block[] = [];
  text.split('\n').forEach((line, index) => {
    if (line.trim() !== '') blocks.push({ kind: 'paragraph', text: line.trim(), line: index + 1, endLine: index + 1 });
  });
  return { file, format: 'text', text, blocks };
}
