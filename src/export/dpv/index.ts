import type { ExportInput, ExportOutput } from '../../outputs/formats.js';
import { profileOf } from '../../profile.js';
import { automatedDecisions, dataSources, dataSubjects, measures, personalData } from './data.js';
import { createFindings } from './findings.js';
import { node, oneOrMany, tagged } from './literals.js';
import type { Mapping } from './mapping.js';
import { processing } from './processing.js';
import { rights } from './rights.js';
import { transfers } from './transfers.js';
import { DPV_CONTEXT, NOTICE_DIRECT, NOTICE_INDIRECT } from './vocabulary.js';
import { authority, controllers, dataProtectionOfficers, recipients } from './who.js';
import { scriptSafeJson } from '../../html-escape.js';

/**
 * The notice as JSON-LD in the W3C Data Privacy Vocabulary (DPV 2.3) and its GDPR, personal-data,
 * location and Finnish extensions: the register is a dpv:Process, each purpose a process of its own.
 * Every language of the notice is in the document, each label tagged with its language, so the
 * document is the same whichever language it is built for. What DPV cannot say is a note (`info`)
 * at its place in the YAML; free text is always kept, as labels and descriptions.
 */
export function exportDpv(input: ExportInput): ExportOutput {
  const { notice } = input;
  const languages = notice.notice.languages;
  const findings = createFindings(input);
  const m: Mapping = {
    notice,
    profile: profileOf(notice, input.profile),
    languages,
    findings,
    label: (text) => tagged(text, languages),
  };
  const document = node({
    '@context': DPV_CONTEXT,
    '@id': '_:register',
    '@type': 'dpv:Process',
    'rdfs:label': m.label(notice.register_name),
    'dpv:hasNotice': privacyNotice(m),
    ...controllers(m),
    ...dataProtectionOfficers(m),
    ...processing(m),
    ...dataSubjects(m),
    ...personalData(m),
    ...dataSources(m),
    ...recipients(m),
    ...transfers(m),
    ...measures(m),
    ...automatedDecisions(m),
    ...rights(m),
    ...authority(m),
  });
  notExported(m);
  // JSON-LD is often pasted into a page's <script type="application/ld+json">.
  return { text: scriptSafeJson(document), diagnostics: findings.diagnostics };
}

/**
 * The notice itself: a privacy notice, under the GDPR also the notice of Art. 13 (data from the person,
 * or arising in the controller's own systems as they use the service) and of Art. 14 (data from others)
 * by its sources.
 */
function privacyNotice(m: Mapping): Record<string, unknown> {
  const meta = m.notice.notice;
  const kinds = new Set((m.notice.sources?.items ?? []).flatMap((item) => ([] as string[]).concat(item.from)));
  const classes =
    m.profile === 'gdpr'
      ? [
          ...(kinds.has('data_subject') || kinds.has('controller') ? [NOTICE_DIRECT] : []),
          ...(kinds.has('third_party') ? [NOTICE_INDIRECT] : []),
        ]
      : [];
  if (m.profile === 'gdpr' && m.notice.sources === undefined) {
    m.findings.notSaid(
      [],
      'The notice names no sources, so the export cannot say whether it is the notice of GDPR Art. 13 or Art. 14.',
      'Add `sources`: `data_subject` makes it an Art. 13 notice, `third_party` an Art. 14 notice.',
    );
  }
  const date = (value: string | undefined) =>
    value === undefined ? undefined : { '@value': value, '@type': 'xsd:date' };
  return node({
    '@id': '_:notice',
    '@type': ['dpv:PrivacyNotice', ...classes],
    'dct:title': m.label(meta.title),
    'dct:language': oneOrMany(m.languages),
    'dct:created': date(meta.created),
    'dct:modified': date(meta.updated),
    'dct:valid': date(meta.effective),
    'dct:hasVersion': meta.version,
  });
}

/** Sections of the notice that DPV has no terms for: each is noted once, at its key. */
const NOT_EXPORTED = {
  provision_requirement: 'whether people must give their data',
  further_processing: 'processing for other purposes',
  cookies: 'cookies',
  changes: 'how changes to the notice are announced',
  extra_sections: 'sections of your own',
} as const;

function notExported(m: Mapping): void {
  for (const [section, what] of Object.entries(NOT_EXPORTED)) {
    if (m.notice[section as keyof typeof NOT_EXPORTED] === undefined) continue;
    m.findings.notSaid(
      [section],
      `The section ${section} (${what}) is not in the DPV export: DPV has no terms for it.`,
      'Nothing to change; the notice itself states it.',
    );
  }
}
