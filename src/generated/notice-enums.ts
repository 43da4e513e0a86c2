/* Generated from schemas/notice.schema.json by `npm run gen`. Do not edit by hand. */
import type { Language, Profile, DocumentType, Basis, Right, SourceKind } from './notice-types.js';

export const LANGUAGES: readonly Language[] = ['fi', 'sv', 'en'];
export const PROFILES: readonly Profile[] = ['gdpr', 'hetil'];
export const DEFAULT_PROFILE: Profile = 'gdpr';
export const DOCUMENT_TYPES: readonly DocumentType[] = ['tietosuojaseloste', 'rekisteriseloste'];
export const BASES: readonly Basis[] = ['consent', 'contract', 'legal_obligation', 'vital_interests', 'public_task', 'legitimate_interests', 'hetil_8_1'];
export const RIGHTS: readonly Right[] = ['access', 'rectification', 'erasure', 'restriction', 'notification', 'portability', 'objection', 'objection_marketing', 'automated_decisions', 'withdraw_consent', 'complaint'];
export const SOURCE_KINDS: readonly SourceKind[] = ['data_subject', 'controller', 'third_party'];
