import { readFileSync } from 'node:fs';
import { mkdir, stat } from 'node:fs/promises';
import { dirname, relative, sep } from 'node:path';
import { Document, isMap, isPair, isScalar } from 'yaml';
import type { Diagnostic } from '../diagnostics.js';
import { NoticeError } from '../errors.js';
import { checkBusinessId } from '../finnish/business-id.js';
import { writeFileAtomic } from '../fs.js';
import type { Language, Notice, Profile, Text, TransferStatus } from '../generated/notice-types.js';
import { loadNoticeBytes } from '../load/index.js';
import { SCHEMA_FILE } from '../paths.js';
import { hasFormatErrors, validateNotice } from '../validate/index.js';
import { applicants } from './kinds/applicants.js';
import { customers } from './kinds/customers.js';
import { employees } from './kinds/employees.js';
import { newsletter } from './kinds/newsletter.js';
import type { Kind, Starter } from './starter.js';
import { INIT_TEXTS } from './texts.js';

export { KINDS, type Kind } from './starter.js';
export { PROMPTS, type Prompts } from './prompts.js';

const STARTERS: Record<Kind, Starter> = { customers, newsletter, applicants, employees };

/** What `notice init` knows about the organisation: from the prompts, or from flags and defaults. */
export interface InitFacts {
  languages: Language[];
  profile: Profile;
  kind: Kind;
  name?: string;
  businessId?: string;
  street?: string;
  postalCode?: string;
  city?: string;
  email?: string;
  phone?: string;
  website?: string;
  /** The DPO's e-mail address when one is designated; undefined when none is. */
  dpoEmail?: string;
  dpoDesignated: boolean;
  transfers: TransferStatus;
  /** The notice's date, YYYY-MM-DD. */
  today: string;
}

/** What `createNotice` wrote. */
export interface CreatedNotice {
  file: string;
  /** The YAML written. */
  text: string;
  /** How many TODO placeholders are left to fill in. */
  placeholders: number;
  /**
   * What `notice validate` reports beside the placeholders: nothing for a
   * GDPR notice; under the Personal Data Act, that a notice dated today falls
   * after the law was repealed.
   */
  otherFindings: Diagnostic[];
}

/**
 * Writes a new notice (`notice init`): the starter of its kind filled in with
 * the facts, as YAML with the schema modeline and comments, checked before it
 * is written so that only its placeholders are left to do. Never overwrites an
 * existing file unless `force`.
 */
export async function createNotice(
  facts: InitFacts,
  options: { file: string; force?: boolean },
): Promise<CreatedNotice> {
  const { file } = options;
  if (facts.businessId !== undefined && checkBusinessId(facts.businessId) !== undefined) {
    throw new NoticeError(
      'BUSINESS_ID_INVALID',
      `${facts.businessId} is not a valid Y-tunnus.`,
      'Write it as seven digits, a hyphen and the check digit, as on ytj.fi.',
    );
  }
  const text = noticeYaml(starterNotice(facts), file, sectionDescription);
  const findings = await validateNotice(loadNoticeBytes(text, file), { today: facts.today });
  const placeholders = findings.filter((d) => d.code === 'PLACEHOLDER_UNFILLED').length;
  const otherFindings = findings.filter((d) => d.code !== 'PLACEHOLDER_UNFILLED');
  // The starters are made to fit the format; answers that break it are refused before anything is written.
  if (hasFormatErrors(otherFindings)) {
    const first = otherFindings.find((d) => d.severity === 'error')!;
    throw new NoticeError(
      'INIT_INVALID',
      `The answers give a notice that does not fit the format: ${first.message}`,
      first.hint,
    );
  }
  await writeNewFile(file, text, { force: options.force === true });
  return { file, text, placeholders, otherFindings };
}

/** A new notice from the facts and the starter of its kind, in the chosen languages. */
export function starterNotice(facts: InitFacts): Notice {
  // A text of init's own in the chosen languages: a plain string for one language, else a map.
  const texts = (pick: (t: (typeof INIT_TEXTS)['fi']) => string): Text =>
    inLanguages(Object.fromEntries(facts.languages.map((l) => [l, pick(INIT_TEXTS[l])])) as Text, facts.languages);
  const starter = inLanguages(STARTERS[facts.kind], facts.languages) as Starter;
  const hasContact = facts.email || facts.phone || facts.street || facts.website;
  const address =
    facts.street || facts.postalCode || facts.city
      ? {
          ...(facts.street ? { street: facts.street } : {}),
          ...(facts.postalCode ? { postal_code: facts.postalCode } : {}),
          ...(facts.city ? { city: facts.city } : {}),
        }
      : undefined;
  return {
    notice: {
      profile: facts.profile,
      languages: facts.languages,
      created: facts.today,
      updated: facts.today,
      version: '1',
    },
    controller: {
      name: facts.name || texts((t) => t.name),
      ...(facts.businessId ? { business_id: facts.businessId } : {}),
      ...(address
        ? { address }
        : hasContact
          ? {}
          : { address: { street: texts((t) => t.street), city: texts((t) => t.city) } as never }),
      ...(facts.phone ? { phone: facts.phone } : {}),
      ...(facts.email ? { email: facts.email } : {}),
      ...(facts.website ? { website: facts.website } : {}),
    },
    dpo: facts.dpoDesignated
      ? { designated: true, ...(facts.dpoEmail ? { email: facts.dpoEmail } : {}) }
      : { designated: false },
    ...starter,
    transfers:
      facts.transfers === 'none'
        ? { status: 'none' }
        : {
            status: 'intended',
            items: [
              {
                country: 'US',
                mechanism: 'scc',
                recipient: texts((t) => t.transferRecipient),
                description: texts((t) => t.transferDescription),
                safeguard_copy: texts((t) => t.transferCopy),
              },
            ],
          },
    automated_decisions: { used: false },
    rights: {
      standard: true,
      how_to: facts.email ? texts((t) => t.howTo.replace('{email}', facts.email!)) : texts((t) => t.howToUnknown),
    },
    complaint: { standard: true },
  } as Notice;
}

/** Keeps the chosen languages of every text map; with one language, a text becomes a plain string. */
function inLanguages<T>(value: T, languages: readonly Language[]): T {
  if (Array.isArray(value)) return value.map((v) => inLanguages(v, languages)) as T;
  if (value === null || typeof value !== 'object') return value;
  const keys = Object.keys(value);
  if (keys.length > 0 && keys.every((k) => k === 'fi' || k === 'sv' || k === 'en')) {
    const map = value as unknown as Record<Language, string>;
    if (languages.length === 1) return (map[languages[0]!] ?? Object.values(map)[0]) as T;
    return Object.fromEntries(languages.map((l) => [l, map[l] ?? Object.values(map)[0]])) as T;
  }
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, inLanguages(v, languages)])) as T;
}

/**
 * The notice as YAML: the schema modeline first (editor completion and
 * checking), and before each section a comment from the schema's own
 * description of it, so the file explains itself.
 */
export function noticeYaml(notice: Notice, file: string, describe: (section: string) => string | undefined): string {
  const doc = new Document(notice);
  if (isMap(doc.contents)) {
    for (const pair of doc.contents.items) {
      if (!isPair(pair) || !isScalar(pair.key)) continue;
      const description = describe(String(pair.key.value));
      if (description)
        pair.key.commentBefore = wrap(description, 98)
          .map((line) => ` ${line}`)
          .join('\n');
      pair.key.spaceBefore = true;
    }
  }
  const schema = relative(dirname(file), SCHEMA_FILE).split(sep).join('/');
  const header = [
    ` yaml-language-server: $schema=${schema}`,
    '',
    ' Written by `notice init`. Replace every TODO with your own answer; until then the notice',
    ' is a draft. Check it with `notice validate`, render it with `notice build`.',
  ].join('\n');
  doc.commentBefore = header;
  return doc.toString({ lineWidth: 100, minContentWidth: 40 });
}

function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && line.length + word.length + 1 > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** Writes a file that must not exist yet (or, with force, replaces it), never half-written. */
export async function writeNewFile(file: string, text: string, { force }: { force: boolean }): Promise<void> {
  if (
    !force &&
    (await stat(file).then(
      () => true,
      () => false,
    ))
  ) {
    throw new NoticeError(
      'WOULD_OVERWRITE',
      `${file} already exists; it was left as it is.`,
      'Choose another file name, or add --force to replace it.',
    );
  }
  await mkdir(dirname(file), { recursive: true });
  await writeFileAtomic(file, text);
}

/** The schema's own description of a top-level section, for the comment above it. */
export function sectionDescription(section: string): string | undefined {
  schema ??= JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')) as SchemaNode;
  const property = schema.properties?.[section];
  if (!property) return undefined;
  if (property.description) return property.description;
  const target = property.$ref?.replace('#/$defs/', '');
  return target ? schema.$defs?.[target]?.description : undefined;
}

interface SchemaNode {
  description?: string;
  $ref?: string;
  properties?: Record<string, SchemaNode>;
  $defs?: Record<string, SchemaNode>;
}
let schema: SchemaNode | undefined;
