import type { Requirement, SourceKind } from '../../generated/notice-types.js';
import { findThirdCountries } from './facts.js';
import type { SectionField } from './headings.js';

// Whether a section's words settle a value the format requires (nothing is guessed): each recogniser returns the
// value with the words that settle it, or undefined when they do not.

const NO_TRANSFERS =
  /ei\s+(siirretä|luovuteta|siirry)[^.]*(\b(eu|eta)\b|euroopan|kolmansiin)|\b(eu|eta)\b[^.]*ulkopuolelle[^.]*ei\s+(siirretä|luovuteta)|inte\s+(till|utanför)[^.]*(tredjeländer|eu|ees)|lämnas inte[^.]*(tredjeländer|utanför)|överförs inte|not (be )?transferred|no (data|personal data) (is|are) transferred|do not transfer/i;
/** Words that say data does leave the EU/EEA: a transfer stated, or the safeguard of one. */
const SOME_TRANSFERS =
  /(siirretään|siirtää|siirrämme|siirtyä|siirtyvät|voidaan siirtää|luovutetaan|voidaan luovuttaa|luovuttaa)[^.]*(\b(eu|eta)\b|euroopan talousalue|kolmansiin)|vakiosopimuslauseke|mallisopimuslauseke|överför(s|a)?[^.]*(utanför|tredjeland|tredje land)|standardavtalsklausul|(are|is|be|may be) transferred[^.]*(outside|third countr)|we transfer[^.]*(outside|third countr)|standard contractual clauses|privacy shield|adequacy decision|(voivat|voi|saattavat|saattaa)[^.]*\b(eu|eta)\b\S*[^.]*ulkopuol/i;
/** Automated decisions or profiling named, in fi, sv and en ("automaattinen", "automatisoitu", "automatiserat", "profilointi"). */
const AUTOMATED_WORD = /\b(automa\w*|profil\w*)/i;
/** A word that denies, in fi, sv and en. */
const DENIAL = /\b(ei|eivät|emme|eikä|inte|inga|ingen|icke|not|never|no|none|\w+n't)\b/i;
/** Automated decisions named as such (not profiling alone, which is not a decision). */
const AUTOMATED_DECISION =
  /automaattis\w* (yksittäis)?päätö|automaattisesti tehtäv\w* päätö|automatisoi\w* (yksittäis)?päätö|automatiser\w* (individuell\w* )?beslut|automated (individual )?decision/i;
/** A verb that states a practice is followed. */
const STATED =
  /\b(käytetään|käytämme|tehdään|teemme|perustuu|perustuvat|används|använder|fattas|görs|is used|are used|are made|is made|we use|we make|uses)\b/i;

/**
 * Transfers outside the EU/EEA as the words settle them: `none` when they deny any, `intended` when they state one
 * (or its safeguard, or a country outside the EU/EEA), undefined when they do not say.
 */
export function transferStatus(text: string): { status: 'none' | 'intended'; because: string } | undefined {
  const sentences = text.split(/(?<=[.!?])\s+|\n+/);
  for (const sentence of sentences) {
    const some = SOME_TRANSFERS.exec(sentence);
    if (some && !DENIAL.test(sentence)) return { status: 'intended', because: `the words: ${some[0]}` };
  }
  for (const sentence of sentences) {
    const none = NO_TRANSFERS.exec(sentence);
    if (!none) continue;
    // "not transferred unless needed", "besides the above, not transferred": some data may leave after all.
    const unless =
      /\b(mikäli|ellei|paitsi|lisäksi|utom|om inte|såvida|förutom|unless|except|besides|other than)\b/i.exec(sentence);
    if (unless)
      return { status: 'intended', because: `the words deny transfers only with "${unless[0]}": ${sentence}` };
    return { status: 'none', because: `the words: ${none[0]}` };
  }
  const countries = findThirdCountries(text);
  if (countries.length > 0)
    return { status: 'intended', because: `a country outside the EU/EEA is named (${countries.join(', ')})` };
  return undefined;
}

/**
 * Whether automated decisions are made, as the words settle it; undefined when they do not say. A sentence that
 * names them and denies says no; so does a section under a heading that names them whose first sentence denies
 * ("What automated decision making we do" — "This site doesn't handle data under these circumstances.").
 */
export function automatedUse(text: string, heading = ''): { used: boolean; because: string } | undefined {
  const sentences = text.split(/(?<=[.!?])\s+|\n+/).filter((sentence) => sentence.trim() !== '');
  const no =
    sentences.find((sentence) => AUTOMATED_WORD.test(sentence) && DENIAL.test(sentence)) ??
    (AUTOMATED_WORD.test(heading) && sentences[0] && DENIAL.test(sentences[0]) ? sentences[0] : undefined);
  if (no) return { used: false, because: `the words: ${no.trim()}` };
  const yes = sentences.find((sentence) => AUTOMATED_DECISION.test(sentence) && STATED.test(sentence));
  if (yes) return { used: true, because: `the words: ${yes.trim()}` };
  return undefined;
}

/** Whether people must give their data, as the words settle it; undefined when no word says so. */
export function requirementOf(text: string): { requirement: Requirement; because: string } | undefined {
  const found = (re: RegExp, within = text) => re.exec(within)?.[0];
  const denied = /ei ole (pakollista|velvollinen|pakko)|not (obliged|required|mandatory)|inte obligatorisk\w*/gi;
  const statutory = found(
    /lakisääte\w*|lain (nojalla|perusteella) pakolli\w*|lagstadga\w*|krävs enligt lag|statutory|required by law/i,
  );
  const contract = found(
    /sopimuksen (tekemise\w*|edellytys|solmimise\w*)|edellytys sopimu\w*|för att ingå avtal|förutsättning för avtal\w*|(to|in order to) (enter into|conclude) (a|the) contract|contractual requirement/i,
  );
  const mandatory = found(
    /\bpakolli\w*|\bon annettava|\bobligatorisk\w*|\bmåste lämna|\bmandatory|\bmust (be )?provide/i,
    text.replace(denied, ''),
  );
  const voluntary = found(
    /vapaaehto\w*|\bfrivillig\w*|\bvoluntar\w*|not (obliged|required|mandatory)|ei ole (pakollista|velvollinen|pakko)|inte obligatorisk\w*/i,
  );
  if (statutory) return { requirement: 'statutory', because: `the words: ${statutory}` };
  if (contract) return { requirement: 'contract_prerequisite', because: `the words: ${contract}` };
  if (mandatory && voluntary)
    return { requirement: 'mixed', because: `the words name both: ${mandatory} / ${voluntary}` };
  if (voluntary) return { requirement: 'voluntary', because: `the words: ${voluntary}` };
  return undefined;
}

/**
 * The fields whose required value the words must settle (nothing is guessed): for these, a section whose words do
 * not settle it is kept as what it is (its heading and text), without the field, so that `validate` reports the gap.
 */
export const SETTLES: Partial<Record<SectionField, (text: string, heading: string) => unknown>> = {
  transfers: transferStatus,
  automated_decisions: automatedUse,
  provision_requirement: requirementOf,
};

/** Where a source's data comes from, by its words; undefined when they name no source. */
export function sourceKind(text: string): { from: SourceKind; because: string } | undefined {
  if (
    /itse|ilmoittam|antam|rekisteröidyltä|asiakkaalta|jäsenhakemu|hakemu|lomak|själv|registrerade|lämnat|themselves|you (give|provide)|provided by you/i.test(
      text,
    )
  )
    return { from: 'data_subject', because: 'the words say the person gives it' };
  if (/muodostu|syntyy|syntyv|kertyv|käytön yhteydessä|lokitie|uppstår|generated|log data/i.test(text))
    return { from: 'controller', because: 'the words say it arises in the controller’s own use' };
  if (
    /rekisteristä|rekisteri(lle|stä)|viranomai|väestötieto|asiakastieto|luottotieto|yhteistyökumppan|myndighet|register(et)? (hos|från)|partner|authorit|credit (agency|reference)|public (register|sources)/i.test(
      text,
    )
  )
    return { from: 'third_party', because: 'the words name another register, authority or organisation' };
  return undefined;
}
