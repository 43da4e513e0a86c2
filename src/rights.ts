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
