/* Generated from schemas/notice.schema.json by `npm run gen`. Do not edit by hand. */
import type { Language, Profile, Voice, DocumentType, Basis, Requirement, SpecialCategory, TransferStatus, TransferMechanism, SectionName, AddressKind, Right, SourceKind } from './notice-types.js';

export const LANGUAGES: readonly Language[] = ['fi', 'sv', 'en'];
export const PROFILES: readonly Profile[] = ['gdpr', 'hetil'];
export const DEFAULT_PROFILE: Profile = 'gdpr';
export const VOICES: readonly Voice[] = ['reader', 'neutral'];
export const DEFAULT_VOICE: Voice = 'reader';
export const DOCUMENT_TYPES: readonly DocumentType[] = ['tietosuojaseloste', 'rekisteriseloste'];
export const BASES: readonly Basis[] = ['consent', 'contract', 'legal_obligation', 'vital_interests', 'public_task', 'legitimate_interests', 'hetil_8_1'];
export const REQUIREMENTS: readonly Requirement[] = ['statutory', 'contractual', 'contract_prerequisite', 'voluntary', 'mixed'];
export const SPECIAL_CATEGORIES: readonly SpecialCategory[] = ['racial_or_ethnic_origin', 'political_opinions', 'religious_beliefs', 'trade_union_membership', 'genetic', 'biometric', 'health', 'sex_life_or_orientation', 'social_welfare'];
export const TRANSFER_STATUSES: readonly TransferStatus[] = ['none', 'intended'];
export const TRANSFER_MECHANISMS: readonly TransferMechanism[] = ['adequacy', 'scc', 'sa_scc', 'bcr', 'code_of_conduct', 'certification', 'public_authority_instrument', 'ad_hoc_clauses', 'administrative_arrangement', 'derogation_49_1_a', 'derogation_49_1_b', 'derogation_49_1_c', 'derogation_49_1_d', 'derogation_49_1_e', 'derogation_49_1_f', 'derogation_49_1_g', 'compelling_legitimate_interests', 'safe_harbor', 'privacy_shield', 'scc_2001_497', 'scc_2004_915', 'scc_2010_87'];
export const SECTION_NAMES: readonly SectionName[] = ['controller', 'contact_person', 'dpo', 'register_name', 'purposes', 'legal_basis', 'data_subjects', 'data_categories', 'provision_requirement', 'sources', 'recipients', 'transfers', 'retention', 'security', 'automated_decisions', 'rights', 'objection', 'complaint', 'further_processing', 'cookies', 'changes'];
export const ADDRESS_KINDS: readonly AddressKind[] = ['postal', 'visiting', 'billing'];
export const RIGHTS: readonly Right[] = ['access', 'rectification', 'erasure', 'restriction', 'notification', 'portability', 'objection', 'objection_marketing', 'automated_decisions', 'withdraw_consent', 'complaint'];
export const SOURCE_KINDS: readonly SourceKind[] = ['data_subject', 'controller', 'third_party'];
