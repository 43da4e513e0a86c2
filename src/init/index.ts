import { mkdir, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { Document, isMap, isPair, isScalar } from 'yaml';
import type { Diagnostic } from '../diagnostics.js';
import { NoticeError } from '../errors.js';
import { checkBusinessId } from '../finnish/business-id.js';
import { writeFileAtomic } from '../fs.js';
import type { DocumentType, Language, Notice, Profile, Text, TransferStatus } from '../generated/notice-types.js';
import { loadNoticeBytes } from '../load/index.js';
import { schemaModeline } from '../paths.js';
import { noticeSchema } from '../validate/schema.js';
import { resolveRefs } from '../validate/schema-walk.js';
import { hasFormatErrors, validateNotice } from '../validate/index.js';
import { BARE_TEXTS, bareSection, bareSections } from './bare.js';
import { applicants } from './kinds/applicants.js';
import { customers } from './kinds/customers.js';
import { employees } from './kinds/employees.js';
import { members } from './kinds/members.js';
import { newsletter } from './kinds/newsletter.js';
import { patients } from './kinds/patients.js';
import type { Kind, Starter } from './starter.js';
import { INIT_TEXTS } from './texts.js';

export { KINDS, type Kind } from './starter.js';
export { PROMPTS, type Prompts } from './prompts.js';

const STARTERS: Record<Kind, Starter> = { customers, newsletter, applicants, employees, members, patients };

/** What `notice init` knows about the organisation: from the prompts, or from flags and defaults. */
export interface InitFacts {
  languages: Language[];
  profile: Profile;
  /** Under hetil: a rekisteriseloste (default) or a tietosuojaseloste with the rights block. */
  documentType?: DocumentType;
  kind: Kind;
  /**
   * Every section of the profile as a TODO and none of the kind's sample
   * content: for retyping a notice that already exists.
   */
  bare?: boolean;
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
  /** Today, YYYY-MM-DD: the notice's date unless `created` is given. */
  today: string;
  /**
   * The date an existing notice was written, YYYY-MM-DD (`--created`): it
   * becomes `notice.created`, and `updated` is left for the notice to say.
   */
  created?: string;
  /**
   * Shared parts the new notice extends (a register added to an existing
   * organisation), relative to the new file: what they give is left out of it.
   */
  extends?: string[];
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
  const notice = facts.bare ? bareNotice(facts) : starterNotice(facts);
  const text = noticeYaml(facts.extends ? extending(notice, facts.extends, file) : notice, file, sectionDescription, {
    sample: !facts.bare,
  });
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
      // The finding itself, so that a run in another language can name it by its code and line.
      { cause: first },
    );
  }
  await writeNewFile(file, text, { force: options.force === true });
  return { file, text, placeholders, otherFindings };
}

/**
 * The new notice for a register of an organisation that has its shared parts:
 * `extends:` first, and none of what the parts give (a value written here would
 * replace theirs). A part that cannot be read is refused before anything is written.
 */
function extending(notice: Notice, parts: string[], file: string): Notice {
  const inherited = loadNoticeBytes(`extends: ${JSON.stringify(parts)}\n`, file);
  if (inherited.data === undefined) {
    const first = inherited.diagnostics[0]!;
    throw new NoticeError(
      'INIT_INVALID',
      `The shared part cannot be used: ${first.message}`,
      first.hint ?? `Check ${first.file}: notice validate ${first.file}`,
      { cause: first },
    );
  }
  const { extends: _extends, ...given } = inherited.data;
  return {
    extends: parts.length === 1 ? parts[0]! : parts,
    ...withoutGiven(notice as unknown as Record<string, unknown>, given),
  } as Notice;
}

/** `own` without every value that `given` has: mappings compared key by key, anything else left out whole. */
function withoutGiven(own: Record<string, unknown>, given: Record<string, unknown>): Record<string, unknown> {
  const kept: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(own)) {
    const inherited = given[key];
    if (inherited === undefined) kept[key] = value;
    else if (isObject(value) && isObject(inherited)) {
      const rest = withoutGiven(value, inherited);
      if (Object.keys(rest).length > 0) kept[key] = rest;
    }
  }
  return kept;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** A new notice from the facts and the starter of its kind, in the chosen languages. */
function starterNotice(facts: InitFacts): Notice {
  // A text of init's own in the chosen languages: a plain string for one language, else a map.
  const texts = (pick: (t: (typeof INIT_TEXTS)['fi']) => string): Text =>
    inLanguages(Object.fromEntries(facts.languages.map((l) => [l, pick(INIT_TEXTS[l])])) as Text, facts.languages);
  const starter = inLanguages(
    facts.profile === 'hetil' ? underPersonalDataAct(STARTERS[facts.kind]) : STARTERS[facts.kind],
    facts.languages,
  ) as Starter;
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
    notice: meta(facts),
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

/** The point of HetiL 8 § 1 mom. that a starter's GDPR basis stands for (legal.md: HetiL 8 §). */
const HETIL_8_1_POINT: Record<string, number> = {
  consent: 1,
  contract: 2,
  vital_interests: 3,
  legal_obligation: 4,
  public_task: 4,
  // The starters' legitimate interests concern people the controller has dealings with: the "connection"
  // of point 5 (customer, employee, member or comparable), which the TODO asks the author to check.
  legitimate_interests: 5,
};

/** The point of HetiL 12 § 1 mom. for a starter's GDPR Art. 9(2) condition: a consent 1, d claims 4, j research 6, else the law 5. */
const HETIL_12_POINT: Record<string, number> = { a: 1, f: 4, j: 6 };

/** The TODO of a basis whose connection (HetiL 8 § 1 mom. 5 k.) only the organisation can state. */
const HETIL_CONNECTION_TODO = {
  fi: 'TODO: tarkista, mikä henkilötietolain 8 §:n 1 momentin kohta sopii (esimerkiksi 5: asiakkuus, jäsenyys tai muu asiallinen yhteys), ja kerro, mihin yhteys perustuu',
  sv: 'TODO: kontrollera vilken punkt i 8 § 1 mom. personuppgiftslagen som passar (till exempel 5: kundförhållande, medlemskap eller annat sakligt samband) och berätta vad sambandet grundar sig på',
  en: 'TODO: check which point of section 8(1) of the Personal Data Act fits (for example 5: a customer relationship, membership or another appropriate connection), and say what the connection rests on',
};

/**
 * A starter for a notice under the Personal Data Act: its legal bases become
 * the Act's own grounds (HetiL 8 § 1 mom. with its point, and for sensitive
 * data the point of 12 § 1 mom. instead of GDPR Art. 9(2) or 10), so that a
 * fresh hetil draft rests on nothing the Act does not know.
 */
function underPersonalDataAct(starter: Starter): Starter {
  const items = (starter.legal_basis.items ?? []).map((item) => {
    const { basis, interest, article_9_2, article_10, ...rest } = item;
    if (basis === 'hetil_8_1') return item;
    const sensitive =
      article_9_2 !== undefined ? (HETIL_12_POINT[article_9_2] ?? 5) : article_10 === true ? 5 : undefined;
    return {
      basis: 'hetil_8_1' as const,
      hetil_points: [HETIL_8_1_POINT[basis]!],
      ...(sensitive !== undefined ? { hetil_12: sensitive } : {}),
      ...rest,
      // A GDPR "legitimate interest" is not the Act's ground: the author says which connection there is.
      ...(interest !== undefined ? { description: HETIL_CONNECTION_TODO } : {}),
    };
  });
  return { ...starter, legal_basis: { ...starter.legal_basis, items } } as Starter;
}

/** The document's own facts: with `created`, an existing notice's date and no invented `updated` or version. */
function meta(facts: InitFacts): Notice['notice'] {
  return {
    profile: facts.profile,
    ...(facts.documentType && facts.profile === 'hetil' ? { document_type: facts.documentType } : {}),
    languages: facts.languages as Notice['notice']['languages'],
    ...(facts.created ? { created: facts.created } : { created: facts.today, updated: facts.today, version: '1' }),
  };
}

/**
 * A bare notice (`--bare`): every section the profile and document type call
 * for, each with a TODO placeholder saying what to copy there from the notice
 * being retyped, and no sample content. Only the facts given (name, contact
 * details, DPO, transfers) are filled in.
 */
function bareNotice(facts: InitFacts): Notice {
  const todo = (key: keyof (typeof BARE_TEXTS)['en']): Text =>
    inLanguages(Object.fromEntries(facts.languages.map((l) => [l, BARE_TEXTS[l][key]])) as Text, facts.languages);
  const starter = starterNotice(facts);
  const documentType = facts.profile === 'gdpr' ? 'tietosuojaseloste' : (facts.documentType ?? 'rekisteriseloste');
  const sections = bareSections(facts.profile, documentType);
  const notice: Record<string, unknown> = {
    notice: starter.notice,
    controller: starter.controller,
  };
  if (facts.profile === 'gdpr') notice.dpo = starter.dpo;
  for (const section of sections) {
    if (section === 'transfers') {
      notice.transfers = { ...starter.transfers, ...(facts.transfers === 'none' ? { text: todo('transfers') } : {}) };
    } else if (section === 'automated_decisions') {
      notice.automated_decisions = { used: false, text: todo('automated_decisions') };
    } else Object.assign(notice, bareSection(section, todo(section)));
  }
  return notice as unknown as Notice;
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
function noticeYaml(
  notice: Notice,
  file: string,
  describe: (section: string) => string | undefined,
  { sample = true }: { sample?: boolean } = {},
): string {
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
  const header = [
    schemaModeline(file),
    '',
    ' Written by `notice init`. Replace every TODO with your own answer; until then the notice',
    ' is a draft. Check it with `notice validate`, render it with `notice build`.',
    ...(sample
      ? [
          ' The texts without TODO are invented example content for this kind of register: keep only',
          ' what is true of your organisation. `notice init --bare` writes every section as a TODO instead.',
        ]
      : [' Every section is a TODO: copy the notice you are retyping into it, or delete what it lacks.']),
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
  await refuseOverwrite(file, { force });
  await mkdir(dirname(file), { recursive: true });
  await writeFileAtomic(file, text);
}

/** Throws WOULD_OVERWRITE when `file` exists and `force` is not given. */
export async function refuseOverwrite(file: string, { force }: { force: boolean }): Promise<void> {
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
      // The file, so that a run in another language can say it again in that language.
      { cause: { file } },
    );
  }
}

/** The schema's own description of a top-level section, for the comment above it. */
function sectionDescription(section: string): string | undefined {
  const root = noticeSchema();
  const property = root.properties?.[section];
  return property ? resolveRefs(root, property).description : undefined;
}
