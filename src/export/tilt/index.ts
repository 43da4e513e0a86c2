import { createHash } from 'node:crypto';
import { basename, extname } from 'node:path';
import type { Notice } from '../../generated/notice-types.js';
import type { ExportInput, ExportOutput } from '../../outputs/formats.js';
import { hashOf } from '../../hash.js';
import { hasPlaceholder } from '../../placeholder.js';
import { profileOf, voiceOf } from '../../profile.js';
import { stringsFor } from '../../render/strings/index.js';
import { findingsFor, type Findings } from './findings.js';
import { controllerOf, dataProtectionOfficerOf } from './parties.js';
import { categoriesOf, dataDisclosedOf, sourcesOf, thirdCountryTransfersOf } from './processing.js';
import { automatedDecisionMakingOf, rightsOf } from './rights.js';
import { readerFor, type Reader } from './text.js';
import { scriptSafeJson } from '../../html-escape.js';

/**
 * `--format tilt`: the notice in one language as a document of the Transparency Information Language (TILT,
 * Grünewald & Pallas 2021), valid against its JSON Schema (schemas/vendor/tilt/). What TILT requires and the
 * notice does not have, and what the notice says and TILT cannot hold, are reported at their YAML positions.
 */
export function exportTilt(input: ExportInput): ExportOutput {
  const { notice, language } = input;
  const profile = profileOf(notice, input.profile);
  const read = readerFor(notice, language, stringsFor(language, voiceOf(notice, language)));
  const findings = findingsFor(input);
  const controller = controllerOf(notice, read, findings);
  // dataDisclosed and sources each list every data category.
  const categories = categoriesOf(notice, read);
  const body = {
    controller,
    dataProtectionOfficer: dataProtectionOfficerOf(notice, read, findings, {
      ...controller,
      email: controller.representative.email,
    }),
    dataDisclosed: dataDisclosedOf(notice, read, findings, categories),
    thirdCountryTransfers: thirdCountryTransfersOf(notice, read, findings),
    sources: sourcesOf(notice, read, findings, categories),
    ...rightsOf(notice, profile, read, findings),
    automatedDecisionMaking: automatedDecisionMakingOf(notice, read, findings),
    changesOfPurpose: changesOfPurposeOf(notice, read),
  };
  reportNotHeld(notice, findings);
  const withoutHash = { meta: metaOf(input, read, findings, controller.name), ...body };
  // TILT's _hash: SHA-256 of the document as written, without the hash itself.
  const hash = hashOf(scriptSafeJson(withoutHash));
  const document = { meta: { ...withoutHash.meta, _hash: hash }, ...body };
  return { text: scriptSafeJson(document), diagnostics: findings.list() };
}

/**
 * TILT's `meta`. Nothing in it comes from the clock: `_id` is a name-based UUID (RFC 4122 version 5) of the
 * controller, the register, the notice's creation date and the language, so it stays the same from one
 * version of the notice to the next; the dates are the notice's own.
 */
function metaOf(input: ExportInput, read: Reader, findings: Findings, controllerName: string) {
  const { notice, language } = input;
  const meta = notice.notice;
  const created = meta.created ?? meta.updated ?? meta.effective;
  const modified = meta.updated ?? meta.effective ?? meta.created;
  if (created === undefined || modified === undefined)
    findings.report(
      'TILT_MISSING',
      ['notice'],
      `TILT requires the notice's creation and modification dates, and the notice has none (created, updated): written as ${EPOCH_DATE}.`,
      'Add `created:` and `updated:` under `notice:`.',
    );
  const name = read.text(notice.register_name) ?? read.text(meta.title) ?? read.strings.titles.gdpr;
  const version = wholeVersion(meta.version);
  if (String(version) !== meta.version)
    findings.report(
      'TILT_FILLED',
      meta.version === undefined ? ['notice'] : ['notice', 'version'],
      meta.version === undefined
        ? 'TILT requires a version number, and the notice has none (version): written as 1.'
        : `TILT's version is a whole number from 1 up: version "${meta.version}" is written as ${version}.`,
    );
  // The notice's web address: the one the build links the layered notice to (summary.full_url, --full-url),
  // else the HTML page the build writes, relative to this file: the one address that is true without a URL.
  const page = input.fullNotice ?? `${basename(input.file, extname(input.file))}.${language}.html`;
  if (!/^https?:\/\//i.test(page))
    findings.report(
      'TILT_FILLED',
      ['notice'],
      `TILT requires the web address of the notice, which the notice does not give: written as the path of its HTML page relative to the TILT file; set summary.full_url in the configuration, or --full-url, to give the address.`,
    );
  return {
    _id: nameUuid([controllerName, name, created ?? '', language].join('\n')),
    name,
    created: created ?? EPOCH_DATE,
    modified: modified ?? EPOCH_DATE,
    version,
    language,
    // A draft (TODO placeholders remain) is not a notice in force.
    status: hasPlaceholder(notice) ? 'inactive' : 'active',
    url: page,
  };
}

/** What TILT requires a date for when the notice has none: the start of Unix time, plainly not a real date. */
const EPOCH_DATE = '1970-01-01';

/** The leading whole number of a version ("2.0" → 2, "3" → 3), at least 1. */
function wholeVersion(version: string | undefined): number {
  const whole = /^\d+/.exec(version ?? '')?.[0];
  return whole === undefined ? 1 : Math.max(1, Math.min(Number(whole), Number.MAX_SAFE_INTEGER));
}

/** The namespace UUID of notice's TILT ids: a fixed value of notice's own, never to change (ids would). */
const NAMESPACE = Buffer.from('6f1c7a52e0b94d0d9f3a8c2b51d7e4a1', 'hex');

function nameUuid(name: string): string {
  const bytes = createHash('sha1').update(NAMESPACE).update(name, 'utf8').digest().subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x50;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** TILT's `changesOfPurpose` (GDPR 13(3)): the notice's further processing, one entry per item or its text. */
function changesOfPurposeOf(notice: Notice, read: Reader) {
  const further = notice.further_processing;
  if (!further) return [];
  const items = (further.items ?? []).map((item) => read.text(item) ?? '');
  const description = read.joined(further.text, further.text_after);
  if (items.length === 0) return description === undefined ? [] : [{ description }];
  return items.map((item, index) => ({
    description: index === 0 && description !== undefined ? `${description}\n\n${item}` : item,
  }));
}

/** Sections of the notice that TILT has no field for at all. */
function reportNotHeld(notice: Notice, findings: Findings): void {
  const sections: [keyof Notice, string][] = [
    ['data_subjects', 'the groups of people whose data is processed'],
    ['security', 'how the data is protected'],
    ['cookies', 'cookies'],
    ['changes', 'how changes to the notice are told'],
    ['extra_sections', "the notice's extra sections"],
  ];
  for (const [key, what] of sections)
    if (notice[key] !== undefined)
      findings.report(
        'TILT_NOT_HELD',
        [key],
        `TILT has no field for ${what} (${key}): it is not in the TILT document.`,
      );
  // The introductions and closing texts of the sections TILT maps item by item.
  const framed = (
    ['purposes', 'legal_basis', 'data_categories', 'sources', 'recipients', 'transfers', 'retention', 'rights'] as const
  )
    .flatMap((key) => (['text', 'text_after'] as const).map((part) => [key, part] as const))
    .filter(([key, part]) => (notice[key] as { [k: string]: unknown } | undefined)?.[part] !== undefined);
  if (framed.length > 0)
    findings.report(
      'TILT_NOT_HELD',
      framed[0]!,
      `TILT has no field for a section's own introduction or closing text: ${framed.map((p) => p.join('.')).join(', ')} ${framed.length === 1 ? 'is' : 'are'} not in the TILT document.`,
    );
}
