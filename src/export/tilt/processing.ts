import type { Basis, Notice, TransferMechanism } from '../../generated/notice-types.js';
import { nameFromDescription } from '../../purpose-name.js';
import type { Findings } from './findings.js';
import type { Reader } from './text.js';

type LegalBasisItem = NonNullable<NonNullable<Notice['legal_basis']>['items']>[number];

/** GDPR Art. 6(1) points as TILT writes a legal basis: `GDPR-6-1-a`. */
const ARTICLE_6: Record<Exclude<Basis, 'hetil_8_1'>, string> = {
  consent: 'GDPR-6-1-a',
  contract: 'GDPR-6-1-b',
  legal_obligation: 'GDPR-6-1-c',
  vital_interests: 'GDPR-6-1-d',
  public_task: 'GDPR-6-1-e',
  legitimate_interests: 'GDPR-6-1-f',
};

/**
 * The references of one legal basis: its Art. 6(1) point, or the Personal Data Act's 8 § 1 mom. points
 * (`HETIL-8-1-3`), then its Art. 9(2) condition (`GDPR-9-2-h`) and Art. 10 (`GDPR-10`) when the notice names
 * them: TILT has no field of its own for these, so they are written as further references.
 */
function referencesOf(basis: LegalBasisItem): string[] {
  const references =
    basis.basis === 'hetil_8_1'
      ? basis.hetil_points
        ? basis.hetil_points.map((point) => `HETIL-8-1-${point}`)
        : ['HETIL-8-1']
      : [ARTICLE_6[basis.basis]];
  if (basis.hetil_12 !== undefined) references.push(`HETIL-12-1-${basis.hetil_12}`);
  if (basis.article_9_2 !== undefined) references.push(`GDPR-9-2-${basis.article_9_2}`);
  if (basis.article_10) references.push('GDPR-10');
  return references;
}

/**
 * TILT's `dataDisclosed`: one entry per data category. A notice does not tie its data categories to
 * purposes, bases, recipients or retention periods, so every category lists all of them; which basis and
 * retention period belongs to which purpose is kept in each storage entry's conditions.
 */
export function dataDisclosedOf(notice: Notice, read: Reader, findings: Findings, categories: readonly Category[]) {
  const purposeItems = notice.purposes?.items ?? [];
  const purposeName = new Map<string, string>();
  const purposes = purposeItems.map((purpose) => {
    const description = read.text(purpose.description) ?? '';
    const name = read.text(purpose.name) ?? nameFromDescription(description);
    if (purpose.id) purposeName.set(purpose.id, name);
    return { purpose: name, description };
  });
  const bases = notice.legal_basis?.items ?? [];
  if (bases.some((basis) => basis.purposes) && bases.length > 1)
    findings.report(
      'TILT_NOT_HELD',
      ['legal_basis', 'items', bases.findIndex((basis) => basis.purposes), 'purposes'],
      'TILT does not tie a legal basis to purposes: each data category lists all the legal bases, and a retention period names the bases of its purposes (legalBasisConditional).',
    );
  const legalBases = bases.flatMap((basis) => {
    const description = read.joined(basis.description, basis.law_reference);
    return referencesOf(basis).map((reference) => ({
      reference,
      ...(description === undefined ? {} : { description }),
    }));
  });
  const interests = bases
    .filter((basis) => basis.basis === 'legitimate_interests')
    .map((basis) => ({ exists: true, reasoning: read.joined(basis.interest, basis.description) ?? '' }));
  bases.forEach((basis, index) => {
    if (basis.basis === 'legitimate_interests' && basis.interest === undefined && basis.description === undefined)
      findings.report(
        'TILT_MISSING',
        ['legal_basis', 'items', index],
        'TILT requires the reasoning of a legitimate interest, and the notice gives none: written as an empty text.',
      );
  });
  const recipients = recipientsOf(notice, read, findings);
  const storage = storageOf(notice, read, purposeName);
  const nonDisclosure = nonDisclosureOf(notice, read, findings);
  reportCategoriesNotHeld(notice, findings);
  return categories.map((category) => ({
    _id: category.id,
    category: category.text,
    purposes,
    legalBases,
    legitimateInterests: interests.length > 0 ? interests : [{ exists: false }],
    recipients,
    storage,
    nonDisclosure,
  }));
}

/** A data category as TILT's `dataDisclosed` and `sources` name it: by id and text. */
export interface Category {
  id: string;
  text: string;
}

/** The data categories by id and text. */
export function categoriesOf(notice: Notice, read: Reader): Category[] {
  return (notice.data_categories?.items ?? []).map((item, index) => ({
    id: item.id ?? `data_categories-${index}`,
    text: read.text(item.description) ?? '',
  }));
}

/** What TILT cannot say of the data categories. */
function reportCategoriesNotHeld(notice: Notice, findings: Findings): void {
  const items = notice.data_categories?.items ?? [];
  items.forEach((item, index) => {
    if (item.special_category !== undefined)
      findings.report(
        'TILT_NOT_HELD',
        ['data_categories', 'items', index, 'special_category'],
        'TILT has no field for a special category of data (GDPR Art. 9): the category is exported by its description, and the Art. 9(2) condition of a legal basis as a reference GDPR-9-2-x.',
      );
    if (item.criminal)
      findings.report(
        'TILT_NOT_HELD',
        ['data_categories', 'items', index, 'criminal'],
        'TILT has no field for data on criminal convictions and offences (GDPR Art. 10): the category is exported by its description.',
      );
    if (item.personal_identity_code)
      findings.report(
        'TILT_NOT_HELD',
        ['data_categories', 'items', index, 'personal_identity_code'],
        'TILT has no field for the personal identity code (henkilötunnus) and its grounds: the category is exported by its description.',
      );
  });
}

function recipientsOf(notice: Notice, read: Reader, findings: Findings) {
  const items = notice.recipients?.items ?? [];
  const described = items.findIndex((item) => item.description !== undefined);
  if (described >= 0)
    findings.report(
      'TILT_NOT_HELD',
      ['recipients', 'items', described, 'description'],
      'TILT has no field for what a recipient does or receives: recipients are exported by name and category, without their descriptions.',
    );
  const processor = items.findIndex((item) => item.processor !== undefined);
  if (processor >= 0)
    findings.report(
      'TILT_NOT_HELD',
      ['recipients', 'items', processor, 'processor'],
      'TILT does not tell processors from other recipients: `processor` is not in the TILT document.',
    );
  return items.map((item) => {
    const name = read.text(item.name);
    const category = read.text(item.category) ?? name ?? read.text(item.description) ?? '';
    return { ...(name === undefined ? {} : { name }), category };
  });
}

/**
 * TILT's `storage`: one entry per retention period. The period is a `temporal` entry (its ttl the ISO 8601
 * duration, its description the trigger and the notice's text); the purposes it applies to are its
 * purpose conditions, and their legal bases its legal-basis conditions. A period given only by criteria has
 * no ttl: its criteria are a purpose condition, as in TILT's own example.
 */
function storageOf(notice: Notice, read: Reader, purposeName: Map<string, string>) {
  const bases = notice.legal_basis?.items ?? [];
  return (notice.retention?.items ?? []).map((item) => {
    const description = read.joined(item.trigger, item.description, item.law_reference) ?? '';
    const ids: readonly string[] = item.applies_to ?? [];
    const conditions = ids.map((id) => purposeName.get(id) ?? id);
    const criteria = read.text(item.criteria);
    const references = [
      ...new Set(
        bases
          .filter((basis) => basis.purposes === undefined || basis.purposes.some((id) => ids.includes(id)))
          .flatMap((basis) => referencesOf(basis)),
      ),
    ];
    return {
      temporal: item.period === undefined ? [] : [{ description, ttl: item.period }],
      purposeConditional: criteria === undefined ? conditions : [...conditions, criteria],
      legalBasisConditional: ids.length > 0 ? references : [],
      // One temporal entry each: the longest and the only period are the same.
      aggregationFunction: 'max' as const,
    };
  });
}

/**
 * TILT's `nonDisclosure` (GDPR 13(2)(e)): whether giving the data is required by law or contract, and what
 * follows from not giving it. The consequences are the notice's own text, else notice's built-in sentence
 * for the requirement.
 */
function nonDisclosureOf(notice: Notice, read: Reader, findings: Findings) {
  const provision = notice.provision_requirement;
  if (!provision) {
    findings.report(
      'TILT_MISSING',
      [],
      'TILT requires whether the data must be given and what follows if not (GDPR 13(2)(e)), and the notice does not say (provision_requirement): written as not required, with no consequences.',
    );
    return { legalRequirement: false, contractualRegulation: false, obligationToProvide: false, consequences: '' };
  }
  const requirement = provision.requirement;
  if (requirement === 'mixed')
    findings.report(
      'TILT_NOT_HELD',
      ['provision_requirement', 'requirement'],
      'TILT holds one answer for all the data, and the notice says it differs by data ("mixed"): written as required by law and by contract, but not as an obligation; the notice\'s text says which is which.',
    );
  return {
    legalRequirement: requirement === 'statutory' || requirement === 'mixed',
    contractualRegulation:
      requirement === 'contractual' || requirement === 'contract_prerequisite' || requirement === 'mixed',
    obligationToProvide:
      requirement === 'statutory' || requirement === 'contractual' || requirement === 'contract_prerequisite',
    consequences: read.text(provision.text) ?? read.strings.requirements[requirement],
  };
}

/** TILT's `sources`: one entry per data category (the notice does not tie sources to categories), each listing every source. */
export function sourcesOf(notice: Notice, read: Reader, findings: Findings, categories: readonly Category[]) {
  const items = notice.sources?.items ?? [];
  if (items.length === 0) return [];
  findings.report(
    'TILT_FILLED',
    ['sources'],
    'TILT requires a web address for each source, and the notice has no field for one: written as an empty address.',
  );
  items.forEach((item, index) => {
    if (item.public === undefined)
      findings.report(
        'TILT_FILLED',
        ['sources', 'items', index],
        'TILT requires whether a source is publicly available, and the notice does not say (public): written as not publicly available.',
        'Add `public: true` or `public: false` to the source.',
      );
  });
  const sources = items.map((item) => {
    const kinds = Array.isArray(item.from) ? item.from : [item.from];
    const description =
      read.joined(item.name, item.description) ?? kinds.map((kind) => read.strings.sourceKinds[kind]).join(', ');
    return { description, url: '', publiclyAvailable: item.public ?? false };
  });
  if (categories.length === 0) {
    findings.report(
      'TILT_MISSING',
      ['sources'],
      'TILT lists sources by data category, and the notice has no data categories: the sources are written under a category with an empty name.',
    );
    return [{ _id: 'sources', dataCategory: '', sources }];
  }
  return categories.map((category) => ({ _id: `sources-${category.id}`, dataCategory: category.text, sources }));
}

type TransferItem = NonNullable<NonNullable<Notice['transfers']>['items']>[number];
type Safeguard = 'adequacyDecision' | 'appropriateGuarantees' | 'standardDataProtectionClause';

/** Which of TILT's safeguards a transfer mechanism is; the derogations of Art. 49 and invalidated decisions are none of them. */
const SAFEGUARD: Partial<Record<TransferMechanism, Safeguard>> = {
  adequacy: 'adequacyDecision',
  scc: 'standardDataProtectionClause',
  sa_scc: 'standardDataProtectionClause',
  scc_2001_497: 'standardDataProtectionClause',
  scc_2004_915: 'standardDataProtectionClause',
  scc_2010_87: 'standardDataProtectionClause',
  bcr: 'appropriateGuarantees',
  code_of_conduct: 'appropriateGuarantees',
  certification: 'appropriateGuarantees',
  public_authority_instrument: 'appropriateGuarantees',
  ad_hoc_clauses: 'appropriateGuarantees',
  administrative_arrangement: 'appropriateGuarantees',
};

/** TILT's `thirdCountryTransfers`: one entry per transfer, its country and the safeguard the mechanism is. */
export function thirdCountryTransfersOf(notice: Notice, read: Reader, findings: Findings) {
  const transfers = notice.transfers;
  if (!transfers || transfers.status === 'none') return [];
  return (transfers.items ?? []).map((item: TransferItem, index) => {
    const path = ['transfers', 'items', index];
    if (item.international_organisation !== undefined)
      findings.report(
        'TILT_NOT_HELD',
        [...path, 'international_organisation'],
        'TILT names only the country of a transfer: the international organisation is not in the TILT document.',
      );
    if (item.recipient !== undefined || item.description !== undefined)
      findings.report(
        'TILT_NOT_HELD',
        [...path, item.recipient !== undefined ? 'recipient' : 'description'],
        'TILT names only the country and the safeguard of a transfer: its recipient and description are not in the TILT document.',
      );
    const entry: Record<string, unknown> = item.country === undefined ? {} : { country: item.country };
    const described = (mechanism: string | undefined) =>
      read.joined(mechanism, item.safeguards, item.safeguard_copy) ?? '';
    if (item.dpf_certified)
      entry.adequacyDecision = {
        available: true,
        description: described(read.strings.labels.dpfCertified),
      };
    const mechanism = item.mechanism;
    if (mechanism !== undefined) {
      const safeguard = SAFEGUARD[mechanism];
      if (safeguard) entry[safeguard] = { available: true, description: described(read.strings.mechanisms[mechanism]) };
      else
        findings.report(
          'TILT_NOT_HELD',
          [...path, 'mechanism'],
          `TILT holds adequacy decisions, appropriate safeguards and standard clauses, and "${mechanism}" is none of them: the transfer is exported with its country alone.`,
        );
    }
    return entry;
  });
}
