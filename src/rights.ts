import type { Notice, Profile, Right } from './generated/notice-types.js';

/**
 * The data subject's rights that apply to a notice, from its legal bases and
 * processing (shared/reference/legal.md §6): portability only for consent and
 * contract, objection only for public task and legitimate interests, and so on.
 * Both the validator (are they all described?) and the renderer (which built-in
 * texts to show) use this one list.
 */
export function applicableRights(notice: Notice, profile: Profile): Right[] {
  const bases = new Set((notice.legal_basis?.items ?? []).map((b) => b.basis));
  const marketing = (notice.purposes?.items ?? []).some((p) => p.direct_marketing);
  if (profile === 'hetil') return ['access', 'rectification', ...(marketing ? ['objection_marketing' as const] : [])];
  const rights: Right[] = ['access', 'rectification', 'erasure', 'restriction'];
  if (bases.has('consent') || bases.has('contract')) rights.push('portability');
  if (bases.has('public_task') || bases.has('legitimate_interests')) rights.push('objection');
  if (marketing) rights.push('objection_marketing');
  if (notice.automated_decisions?.used) rights.push('automated_decisions');
  if (bases.has('consent') || (notice.legal_basis?.items ?? []).some((b) => b.article_9_2 === 'a'))
    rights.push('withdraw_consent');
  return rights;
}

type RightItem = NonNullable<NonNullable<Notice['rights']>['items']>[number];

/**
 * True when a text of the notice's own describes only the right to object, which is then shown apart from
 * the other rights (GDPR 21(4)): under the GDPR the general objection (21(1)) and the objection to direct
 * marketing (21(2)), alone or together; under the Personal Data Act only `objection` (its 30 § ban on
 * marketing had no such rule and stays among the rights).
 */
export function isObjectionOnly(covers: readonly Right[], profile: Profile): boolean {
  const apart: readonly Right[] = profile === 'gdpr' ? ['objection', 'objection_marketing'] : ['objection'];
  return covers.length > 0 && covers.every((right) => apart.includes(right));
}

/**
 * What the section on the right to object shows: the notice's own texts on it, then the built-in texts of
 * the objection rights that apply and no own text covers (with `rights.standard`, under the GDPR).
 */
export function objectionApart(notice: Notice, profile: Profile): { own: RightItem[]; builtIn: Right[] } {
  const own = (notice.rights?.items ?? []).filter((item) => isObjectionOnly(item.covers, profile));
  if (profile !== 'gdpr' || !notice.rights?.standard) return { own, builtIn: [] };
  // As for the general objection before: an own text that merges it with other rights does not replace the
  // box (the lint reports the merge); only a text of its own does.
  const coveredByOwn = new Set(own.flatMap((item) => item.covers));
  const applicable = applicableRights(notice, profile);
  const builtIn = (['objection', 'objection_marketing'] as const).filter(
    (right) => applicable.includes(right) && !coveredByOwn.has(right),
  );
  return { own, builtIn };
}
