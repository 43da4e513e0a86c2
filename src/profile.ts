import { DEFAULT_PROFILE, DEFAULT_VOICE } from './generated/notice-enums.js';
import type { DocumentType, Language, Notice, Profile, Voice } from './generated/notice-types.js';

/**
 * The profile a notice is checked and rendered under: the one asked for (a
 * migration report checks an old notice against the GDPR), else the notice's
 * own, else the schema's default.
 */
export function profileOf(notice: Pick<Notice, 'notice'>, asked?: Profile): Profile {
  return asked ?? notice.notice.profile ?? DEFAULT_PROFILE;
}

/**
 * What kind of document the notice is under a profile: under the GDPR always
 * a privacy notice; under the Personal Data Act its own `document_type`, a
 * register description (rekisteriseloste) unless it says otherwise.
 */
export function documentTypeOf(notice: Pick<Notice, 'notice'>, profile: Profile): DocumentType {
  return profile === 'gdpr' ? 'tietosuojaseloste' : (notice.notice.document_type ?? 'rekisteriseloste');
}

/**
 * The voice of notice's own texts in one language: the notice's `voice`,
 * which is one for every language or one per language (a translation may be
 * written neutrally where the original addresses the reader), else the
 * schema's default.
 */
export function voiceOf(notice: Pick<Notice, 'notice'>, language: Language): Voice {
  const voice = notice.notice.voice;
  return (typeof voice === 'object' ? voice[language] : voice) ?? DEFAULT_VOICE;
}
