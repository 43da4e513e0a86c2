import type { Language, Notice, Profile } from '../../generated/notice-types.js';
import type { Findings } from './findings.js';
import { tagged, type TaggedLiteral } from './literals.js';

/** What every part of the mapping needs: the notice, its profile and languages, and where to note what DPV cannot say. */
export interface Mapping {
  notice: Notice;
  profile: Profile;
  /** The notice's languages, in its own order: every label is written in each. */
  languages: readonly Language[];
  findings: Findings;
  /** A text of the notice in each of its languages. */
  label(text: Parameters<typeof tagged>[0]): TaggedLiteral[] | undefined;
}
