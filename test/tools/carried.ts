/**
 * The real notices that notice carries, each with its original: the five seeds (test/fixtures/seeds/, built from
 * examples/) and the real notices of other organisations (test/fixtures/real/). Shared by the fidelity test
 * (test/carried.test.ts, which lists the deliberate differences) and the report (test/tools/fidelity-report.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Language, Notice } from '../../src/generated/notice-types.js';
import { loadNotice } from '../../src/load/index.js';
import { createRenderer, type RenderedNotice } from '../../src/render/index.js';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface Carried {
  /** The original, relative to the repository. */
  original: string;
  /** The YAML that carries it, relative to the repository. */
  yaml: string;
  /** The original's language: the notice is built in it. */
  language: Language;
}

export const CARRIED: Carried[] = [
  {
    original: 'test/fixtures/seeds/000_6fd91d90d92b81a3.txt',
    yaml: 'examples/lponet-2016.yaml',
    language: 'fi',
  },
  {
    original: 'test/fixtures/seeds/001_42a7e3b0ad373fd4.txt',
    yaml: 'examples/lponet-asiakasrekisteri.yaml',
    language: 'fi',
  },
  {
    original: 'test/fixtures/seeds/002_e3a951ea1aff06e0.txt',
    yaml: 'examples/local-loop-2018.yaml',
    language: 'fi',
  },
  {
    original: 'test/fixtures/seeds/003_4cea9b641dfc6ab2.txt',
    yaml: 'examples/lamisnet-2018.yaml',
    language: 'fi',
  },
  {
    original: 'test/fixtures/seeds/004_55cb80dffc86378e.txt',
    yaml: 'examples/iljoja-2015.yaml',
    language: 'fi',
  },
  {
    original: 'test/fixtures/real/oskillaatio-jasenrekisteri.txt',
    yaml: 'test/fixtures/real/oskillaatio-jasenrekisteri.yaml',
    language: 'fi',
  },
  {
    original: 'test/fixtures/real/lehtimaki-potilasrekisteri.txt',
    yaml: 'test/fixtures/real/lehtimaki-potilasrekisteri.yaml',
    language: 'fi',
  },
  {
    original: 'test/fixtures/real/okm-oiva.txt',
    yaml: 'test/fixtures/real/okm-oiva.yaml',
    language: 'fi',
  },
  {
    original: 'test/fixtures/real/okm-oiva.sv.txt',
    yaml: 'test/fixtures/real/okm-oiva.yaml',
    language: 'sv',
  },
  {
    original: 'test/fixtures/real/finna-asiakasrekisteri.txt',
    yaml: 'test/fixtures/real/finna-asiakasrekisteri.yaml',
    language: 'fi',
  },
  {
    original: 'test/fixtures/real/finna-kundregister.sv.txt',
    yaml: 'test/fixtures/real/finna-asiakasrekisteri.yaml',
    language: 'sv',
  },
  {
    original: 'test/fixtures/real/rakastajien-kilta-osallistujarekisteri.txt',
    yaml: 'test/fixtures/real/rakastajien-kilta-osallistujarekisteri.yaml',
    language: 'fi',
  },
];

const renderer = createRenderer({ version: 'fidelity' });

/** Builds the notice in the original's language, in-process. */
export async function build(carried: Carried): Promise<RenderedNotice> {
  const notice = (await loadNotice(join(ROOT, carried.yaml))).data as unknown as Notice;
  return renderer.render(notice, carried.language);
}

export function originalText(carried: Carried): string {
  return readFileSync(join(ROOT, carried.original), 'utf8');
}
