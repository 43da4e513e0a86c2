import type { Notice } from '../../generated/notice-types.js';
import { node, oneOrMany, ref } from './literals.js';
import type { Mapping } from './mapping.js';
import { article92Term, BASIS_TERMS } from './vocabulary.js';

type BasisItem = NonNullable<NonNullable<Notice['legal_basis']>['items']>[number];
type RetentionItem = NonNullable<NonNullable<Notice['retention']>['items']>[number];

/**
 * The register's purposes, each a process of its own with its purpose, the legal bases that cover it
 * and how long its data is kept: the notice ties bases and periods to purposes, and so does the export.
 * The legal bases and periods themselves are written once, on the register; the processes refer to them.
 */
export function processing(m: Mapping): Record<string, unknown> {
  const bases = m.notice.legal_basis?.items ?? [];
  const periods = m.notice.retention?.items ?? [];
  const processes = (m.notice.purposes?.items ?? []).map((purpose, index) => {
    const covers = (ids: readonly string[] | undefined) => purpose.id !== undefined && ids?.includes(purpose.id);
    const types = [
      'dpv:Purpose',
      ...(purpose.direct_marketing ? ['dpv:DirectMarketing'] : []),
      ...(purpose.online_service ? ['dpv:ServiceProvision'] : []),
    ];
    return node({
      '@id': `_:process-${index + 1}`,
      '@type': 'dpv:Process',
      'dpv:hasPurpose': node({
        '@id': `_:purpose-${index + 1}`,
        '@type': oneOrMany(types),
        'rdfs:label': m.label(purpose.name),
        'dct:description': m.label(purpose.description),
      }),
      'dpv:hasLegalBasis': oneOrMany(
        bases.flatMap((basis, i) => (covers(basis.purposes) ? [ref(`_:legal-basis-${i + 1}`)] : [])),
      ),
      'dpv:hasStorageCondition': oneOrMany(
        periods.flatMap((period, i) => (covers(period.applies_to) ? [ref(`_:storage-${i + 1}`)] : [])),
      ),
    });
  });
  return {
    'dpv:hasProcess': oneOrMany(processes),
    'dpv:hasLegalBasis': oneOrMany(bases.map((basis, index) => legalBasis(m, basis, index))),
    'dpv:hasStorageCondition': oneOrMany(periods.map((period, index) => storage(m, period, index))),
  };
}

function legalBasis(m: Mapping, basis: BasisItem, index: number): Record<string, unknown> {
  const at = ['legal_basis', 'items', index];
  const term = BASIS_TERMS[basis.basis];
  if (term === undefined) {
    m.findings.noTerm(
      [...at, 'basis'],
      `The legal basis ${basis.basis} (Personal Data Act 8 §) has no DPV term; the export keeps it as a plain legal basis with its texts.`,
      'Nothing to change for a notice under the Personal Data Act; under the GDPR use one of its bases.',
    );
  }
  if (basis.article_10) {
    m.findings.noTerm(
      [...at, 'article_10'],
      'DPV has no term for GDPR Art. 10 (data on criminal convictions and offences); the export keeps the law reference only.',
      'Nothing to change; the data category can say `criminal: true`, which the export writes as pd:Criminal.',
    );
  }
  if (basis.hetil_12 !== undefined) {
    m.findings.noTerm(
      [...at, 'hetil_12'],
      `The Personal Data Act 12 § point ${basis.hetil_12} has no DPV term and is not in the export.`,
      'Nothing to change for a notice under the Personal Data Act.',
    );
  }
  const types = [
    'dpv:LegalBasis',
    ...(term !== undefined ? [term] : []),
    ...(basis.article_9_2 !== undefined ? [article92Term(basis.article_9_2)] : []),
  ];
  return node({
    '@id': `_:legal-basis-${index + 1}`,
    '@type': types,
    'dct:description': m.label(basis.description),
    'rdfs:comment': m.label(basis.interest),
    'dpv:hasApplicableLaw': lawOf(m, basis.law_reference),
  });
}

function storage(m: Mapping, period: RetentionItem, index: number): Record<string, unknown> {
  const duration = node({
    '@type': period.period !== undefined ? 'dpv:TemporalDuration' : 'dpv:Duration',
    'rdf:value': period.period !== undefined ? { '@value': period.period, '@type': 'xsd:duration' } : undefined,
    'dct:description': m.label(period.criteria),
    // When the period starts: DPV's durations have no term for it, so the words are kept as a comment.
    'rdfs:comment': m.label(period.trigger),
  });
  return node({
    '@id': `_:storage-${index + 1}`,
    '@type': 'dpv:StorageDuration',
    'dpv:hasDuration': Object.keys(duration).length > 1 ? duration : undefined,
    'dct:description': m.label(period.description),
    'dpv:hasApplicableLaw': lawOf(m, period.law_reference),
  });
}

function lawOf(m: Mapping, reference: Parameters<Mapping['label']>[0]): Record<string, unknown> | undefined {
  const label = m.label(reference);
  return label === undefined ? undefined : { '@type': 'dpv:Law', 'rdfs:label': label };
}
