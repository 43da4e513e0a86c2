import { DEFAULT_PROFILE } from './generated/notice-enums.js';
import type { DocumentType, Notice, Profile } from './generated/notice-types.js';

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
