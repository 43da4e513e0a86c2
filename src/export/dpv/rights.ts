import type { Language, Right } from '../../generated/notice-types.js';
import { stringsFor } from '../../render/strings/index.js';
import { applicableRights } from '../../rights.js';
import { oneOrMany, ref } from './literals.js';
import type { Mapping } from './mapping.js';
import { RIGHT_TERMS } from './vocabulary.js';

/**
 * The rights the notice states: with `rights.standard` those that apply to its legal bases (the ones the
 * built notice describes), those its own texts cover, and the right to complain when it has that section.
 * Under the GDPR each is its article in DPV's GDPR extension; the Personal Data Act's rights have no DPV
 * terms and are kept as rights with their titles as labels.
 */
export function rights(m: Mapping): Record<string, unknown> {
  const stated = new Set<Right>();
  if (m.notice.rights?.standard) for (const right of applicableRights(m.notice, m.profile)) stated.add(right);
  for (const item of m.notice.rights?.items ?? []) for (const right of item.covers) stated.add(right);
  if (m.notice.complaint !== undefined) stated.add('complaint');
  const ordered = (Object.keys(RIGHT_TERMS) as Right[]).filter((right) => stated.has(right));
  if (ordered.length === 0) return {};
  if (m.profile === 'gdpr') {
    const terms = [...new Set(ordered.map((right) => RIGHT_TERMS[right]))];
    return { 'dpv:hasRight': oneOrMany(terms.map(ref)) };
  }
  m.findings.noTerm(
    ['rights'],
    "The Personal Data Act's rights have no DPV terms; the export keeps each as a data subject's right with its title.",
    'Nothing to change for a notice under the Personal Data Act.',
  );
  const labelled = ordered.map((right) => ({
    '@type': 'dpv:DataSubjectRight',
    'rdfs:label': m.languages.map((language) => ({ '@value': rightTitle(right, language), '@language': language })),
  }));
  return { 'dpv:hasRight': oneOrMany(labelled) };
}

function rightTitle(right: Right, language: Language): string {
  const strings = stringsFor(language);
  if (right === 'access' || right === 'rectification' || right === 'objection_marketing')
    return strings.rights.hetil[right].title;
  if (right === 'objection' || right === 'complaint') return strings.headings[right];
  return strings.rights.gdpr[right].title;
}
