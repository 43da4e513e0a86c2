import type { Basis } from '../../generated/notice-types.js';
import type { ViewContext } from './context.js';
import { isEmpty, item, labelled, listSection, type ListSectionView } from './list.js';

export function purposesSection(context: ViewContext): ListSectionView | undefined {
  const purposes = context.notice.purposes;
  if (!purposes) return undefined;
  // A purpose with a name leads with it; other sections refer to purposes by name, so the list needs no numbers.
  const items = (purposes.items ?? []).map((p) =>
    item(context.line(p.name), context.text(p.description), [], context.text(p.lead)),
  );
  return nonEmpty(listSection(context, purposes, items));
}

/** "Laskutus; Uutiskirje": the names of the purposes a basis or period covers, in the order of the purposes list. */
export function purposeRefs(context: ViewContext, ids: readonly string[] | undefined): string | undefined {
  const covered = new Set(ids ?? []);
  const names = [...context.purposeNames].filter(([id]) => covered.has(id)).map(([, name]) => name);
  return names.length > 0 ? names.join('; ') : undefined;
}

export function legalBasisSection(context: ViewContext): ListSectionView | undefined {
  const bases = context.notice.legal_basis;
  if (!bases) return undefined;
  const { strings, text, profile } = context;
  const { labels, hetil } = strings;
  // Under the Personal Data Act nothing cites the GDPR: a GDPR basis is named without its article, and the
  // GDPR-only grounds (Art. 9(2), Art. 10) are left out; the validator points at them.
  const gdpr = profile === 'gdpr';
  const items = (bases.items ?? []).map((b) =>
    item(basisName(context, b.basis), text(b.description), [
      labelled(labels.purposesCovered, purposeRefs(context, b.purposes)),
      labelled(labels.legitimateInterest, text(b.interest)),
      labelled(labels.lawReference, text(b.law_reference)),
      gdpr && b.article_9_2 && labelled(labels.specialCategoryCondition, strings.article9[b.article_9_2]),
      gdpr && b.article_10 && labels.criminalData,
      b.hetil_points && labelled(labels.hetilPoints, b.hetil_points.map((p) => hetil.points8[p]).join('; ')),
      b.hetil_12 && labelled(hetil.sensitiveGround, hetil.points12[b.hetil_12]),
    ]),
  );
  return nonEmpty(listSection(context, bases, items));
}

/** A legal basis as the notice names it: under the Personal Data Act a GDPR basis without its article. */
export function basisName(context: ViewContext, basis: Basis): string {
  const { strings, profile } = context;
  return profile === 'gdpr' || basis === 'hetil_8_1' ? strings.bases[basis] : strings.hetil.bases[basis];
}

export function dataSubjectsSection(context: ViewContext): ListSectionView | undefined {
  const subjects = context.notice.data_subjects;
  if (!subjects) return undefined;
  const view = listSection(
    context,
    subjects,
    (subjects.items ?? []).map((s) => item(undefined, context.text(s.description), [], context.text(s.lead))),
  );
  // The age rule for children's consent to an online service (GDPR 8) follows the groups it concerns.
  const children = subjects.children;
  if (children?.included) {
    const { labels } = context.strings;
    const age =
      children.consent_age === undefined
        ? ''
        : `**${labels.childConsentAge}:** ${children.consent_age} ${labels.years}.`;
    const rule = [age, context.text(children.guardian_consent)].filter(Boolean).join(' ');
    if (rule) view.textAfter = [view.textAfter, rule].filter(Boolean).join('\n\n');
  }
  return nonEmpty(view);
}

export function dataCategoriesSection(context: ViewContext): ListSectionView | undefined {
  const categories = context.notice.data_categories;
  if (!categories) return undefined;
  const { strings, text } = context;
  const items = (categories.items ?? []).map((c) =>
    item(
      undefined,
      text(c.description),
      [
        // Social-welfare data is sensitive under the Personal Data Act only: a GDPR notice does not call it special.
        c.special_category &&
          (context.profile === 'hetil' || c.special_category !== 'social_welfare') &&
          labelled(
            context.profile === 'hetil' ? strings.hetil.sensitiveCategory : strings.labels.specialCategory,
            strings.specialCategories[c.special_category],
          ),
        c.criminal && strings.labels.criminal,
        c.personal_identity_code && strings.labels.identityCode,
      ],
      text(c.lead),
    ),
  );
  const view = listSection(context, categories, items);
  const basis = text(categories.identity_code_basis);
  if (basis)
    view.textAfter = [view.textAfter, `**${strings.labels.identityCodeBasis}:** ${basis}`].filter(Boolean).join('\n\n');
  return nonEmpty(view);
}

export function provisionSection(context: ViewContext): ListSectionView | undefined {
  const provision = context.notice.provision_requirement;
  if (!provision) return undefined;
  const lead = context.strings.requirements[provision.requirement];
  return listSection(context, provision, [], { lead });
}

export function nonEmpty(view: ListSectionView): ListSectionView | undefined {
  return isEmpty(view) ? undefined : view;
}
