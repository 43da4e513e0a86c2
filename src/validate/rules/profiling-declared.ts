import { findWords, quoteWords, speaksOfCredit, type WordFamily } from './purpose-words.js';
import type { Rule } from './types.js';

const PROFILING: readonly WordFamily[] = ['profiling', 'credit_scoring'];

/**
 * The sections whose words say what is done with the data. The rights, the complaint and the automated
 * decisions themselves are left out: they speak of profiling to describe a right or to deny it.
 */
const DESCRIBING = new Set([
  'purposes',
  'legal_basis',
  'data_categories',
  'sources',
  'recipients',
  'further_processing',
  'cookies',
  'extra_sections',
]);

export const profilingDeclared: Rule = {
  id: 'L28',
  name: 'profiling-declared',
  reference: 'GDPR 4(4), 13(2)(f), 14(2)(g), 22',
  checks:
    'A notice that says no automated decisions are made, but whose purposes or other descriptions speak of profiling or credit scoring, says a word on that profiling in its statement on automated decisions.',
  why: 'The notice must say whether there is automated decision-making, including profiling (Art. 22(1) and (4)), and then give meaningful information about the logic involved and its significance and consequences (GDPR Art. 13(2)(f), 14(2)(g)); profiling is any automated evaluation of personal aspects (4(4)), such as a credit score or a customer profile for targeted offers. A bare `used: false` next to a purpose that profiles leaves the reader unsure whether the profile decides anything about them. A sentence saying that the profiling is done but that a person decides, or that it has no legal or similarly significant effects, answers it. The Personal Data Act had no such requirement, so the rule is off under hetil.',
  codes: {
    PROFILING_NOT_DECLARED: {
      gdpr: 'warning',
      hetil: 'off',
      ground: 'GDPR 13(2)(f), 14(2)(g) (automated decision-making, including profiling)',
      fails: `
        purposes:
          items:
            - id: customers
              name: Asiakassuhde
              description: Asiakassuhteen hoitaminen, laskutus ja luottopisteytys ennen osamaksusopimusta`,
      passes: `
        purposes:
          items:
            - id: customers
              name: Asiakassuhde
              description: Asiakassuhteen hoitaminen, laskutus ja luottopisteytys ennen osamaksusopimusta
        automated_decisions:
          used: false
          text: Luottopisteytys on vain apuna luottotarkastuksessa; päätöksen osamaksusopimuksesta tekee aina ihminen.`,
    },
  },
  check({ notice, texts, report }) {
    const automated = notice.automated_decisions;
    if (!automated || automated.used) return;
    // A statement that speaks of the profiling, or of the credit check a score serves (even to say that a
    // person makes the decision), answers it.
    const answered = new Set(findWords(automated.text, PROFILING, true).map((f) => f.family));
    if (speaksOfCredit(automated.text)) answered.add('credit_scoring');
    const found = texts
      .filter((t) => DESCRIBING.has(String(t.path[0])))
      .flatMap((t) => findWords(t.value, PROFILING).map((word) => ({ word, section: String(t.path[0]) })))
      .filter((f) => !answered.has(f.word.family));
    if (found.length === 0) return;
    const sections = [...new Set(found.map((f) => `\`${f.section}\``))].join(', ');
    report('PROFILING_NOT_DECLARED', ['automated_decisions', 'used'], {
      message: `The notice speaks of ${quoteWords(found.map((f) => f.word))} (in ${sections}), but says \`automated_decisions.used: false\` without a word on it.`,
      hint: 'If the profiling or scoring decides alone on something with legal or similarly significant effects (a credit limit, a refused contract), set `used: true` with `logic:` and `significance:`; if not, say so in `automated_decisions.text`, for example "Profiloimme asiakkaita markkinointia varten, mutta emme tee sen perusteella päätöksiä, joilla olisi sinuun oikeudellisia vaikutuksia".',
    });
  },
};
