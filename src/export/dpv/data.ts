import type { SourceKind } from '../../generated/notice-types.js';
import { nameLiteral, node, oneOrMany } from './literals.js';
import type { Mapping } from './mapping.js';
import { SPECIAL_CATEGORY_TERMS } from './vocabulary.js';

/** Whose data: each group a DataSubject with its description as label; children as DPV's Child. */
export function dataSubjects(m: Mapping): Record<string, unknown> {
  const section = m.notice.data_subjects;
  if (section === undefined) return {};
  const groups: Record<string, unknown>[] = (section.items ?? []).map((item, index) =>
    node({ '@id': `_:data-subject-${index + 1}`, '@type': 'dpv:DataSubject', 'rdfs:label': m.label(item.description) }),
  );
  const children = section.children;
  if (children?.included) {
    groups.push(node({ '@id': '_:children', '@type': ['dpv:DataSubject', 'dpv:Child'] }));
    if (children.consent_age !== undefined) {
      m.findings.notSaid(
        ['data_subjects', 'children', 'consent_age'],
        'The age of consent for children is not in the DPV export: DPV has no term for it.',
        'Nothing to change; the notice itself states it.',
      );
    }
  } else if (children !== undefined) {
    m.findings.notSaid(
      ['data_subjects', 'children', 'included'],
      'That no children are among the data subjects is not in the DPV export: DPV has no term for it.',
      'Nothing to change; the export names no children.',
    );
  }
  return { 'dpv:hasDataSubject': oneOrMany(groups) };
}

/**
 * What data: each category a PersonalData with its description as label, and DPV's personal-data
 * concept where the notice's own fields name one (a special category, criminal data, the identity code).
 */
export function personalData(m: Mapping): Record<string, unknown> {
  const section = m.notice.data_categories;
  if (section === undefined) return {};
  const items = (section.items ?? []).map((item, index) => {
    const special = item.special_category;
    const terms = special !== undefined ? SPECIAL_CATEGORY_TERMS[special] : undefined;
    if (special !== undefined && terms === undefined) {
      m.findings.noTerm(
        ['data_categories', 'items', index, 'special_category'],
        `The category ${special} (sensitive data under the Personal Data Act, not a GDPR special category) has no DPV term; the export keeps it as sensitive personal data with its description.`,
        'Nothing to change; the description stays in the export as a label.',
      );
    }
    const types = [
      'dpv:PersonalData',
      ...(terms !== undefined ? ['dpv:SpecialCategoryPersonalData', ...terms] : []),
      ...(special !== undefined && terms === undefined ? ['dpv:SensitivePersonalData'] : []),
      ...(item.criminal ? ['pd:Criminal'] : []),
      ...(item.personal_identity_code ? ['pd:OfficialID'] : []),
    ];
    return node({
      '@id': `_:personal-data-${index + 1}`,
      '@type': oneOrMany(types),
      'rdfs:label': m.label(item.description),
    });
  });
  if (section.identity_code_basis !== undefined) {
    m.findings.notSaid(
      ['data_categories', 'identity_code_basis'],
      'The ground for processing the personal identity code is not in the DPV export: DPV has no term for it.',
      'Nothing to change; the notice itself states it.',
    );
  }
  return { 'dpv:hasPersonalData': oneOrMany(items) };
}

const SOURCE_TERMS: Record<SourceKind, string> = {
  data_subject: 'dpv:DataSubjectDataSource',
  controller: 'dpv:DataControllerDataSource',
  third_party: 'dpv:ThirdPartyDataSource',
};

/** Where the data comes from: each source a DataSource of its kind, public or not when the notice says. */
export function dataSources(m: Mapping): Record<string, unknown> {
  const items = (m.notice.sources?.items ?? []).map((item, index) => {
    const kinds = ([] as SourceKind[]).concat(item.from);
    const types = [
      'dpv:DataSource',
      ...kinds.map((kind) => SOURCE_TERMS[kind]),
      ...(item.public === true ? ['dpv:PublicDataSource'] : item.public === false ? ['dpv:NonPublicDataSource'] : []),
    ];
    return node({
      '@id': `_:data-source-${index + 1}`,
      '@type': types,
      'dpv:hasName': nameLiteral(item.name, m.languages),
      'dct:description': m.label(item.description),
    });
  });
  return { 'dpv:hasDataSource': oneOrMany(items) };
}

/** How the data is protected: each measure a TechnicalOrganisationalMeasure with its words as label. */
export function measures(m: Mapping): Record<string, unknown> {
  const section = m.notice.security;
  if (section === undefined) return {};
  const texts = section.items ?? (section.text !== undefined ? [section.text] : []);
  const items = texts.map((text) => ({ '@type': 'dpv:TechnicalOrganisationalMeasure', 'rdfs:label': m.label(text) }));
  return { 'dpv:hasTechnicalOrganisationalMeasure': oneOrMany(items) };
}

/** Decisions by automated means alone: DPV's AutomatedDecisionMaking context, with the notice's words. */
export function automatedDecisions(m: Mapping): Record<string, unknown> {
  const section = m.notice.automated_decisions;
  if (section === undefined) return {};
  if (!section.used) {
    m.findings.notSaid(
      ['automated_decisions', 'used'],
      'That no decisions are made by automated means alone is not in the DPV export: DPV has no term for it.',
      'Nothing to change; the export names no automated decision-making.',
    );
    return {};
  }
  return {
    'dpv:hasContext': node({
      '@type': 'dpv:AutomatedDecisionMaking',
      'dct:description': m.label(section.text),
      'rdfs:comment': oneOrMany([...(m.label(section.logic) ?? []), ...(m.label(section.significance) ?? [])]),
    }),
  };
}
