import { printable, QUOTED_LENGTH } from '../../diagnostics.js';
import type { Language } from '../../generated/notice-types.js';
import { SPECIAL_CATEGORY_WORDS, type SpecialCategoryName } from '../data/sensitive-words.js';
import { compileWords, dataDescriptionTexts, findWord } from './find-words.js';
import type { Rule } from './types.js';

const SEARCHES = Object.entries(SPECIAL_CATEGORY_WORDS).map(([category, words]) => ({
  category: category as SpecialCategoryName,
  search: compileWords(words),
}));

const DESCRIBED_AS: Record<SpecialCategoryName, string> = {
  health: 'health data',
  racial_or_ethnic_origin: 'racial or ethnic origin',
  political_opinions: 'political opinions',
  religious_beliefs: 'religious or philosophical beliefs',
  trade_union_membership: 'trade-union membership',
  genetic: 'genetic data',
  biometric: 'biometric data',
  sex_life_or_orientation: 'sex life or sexual orientation',
};

// Genetic and biometric data were not sensitive data under the Personal Data Act (HetiL 11 §).
const NOT_SENSITIVE_UNDER_HETIL: ReadonlySet<SpecialCategoryName> = new Set(['genetic', 'biometric']);

export const specialCategoriesNamed: Rule = {
  id: 'L32',
  name: 'special-categories-named',
  reference: 'GDPR 9(1), 13(1)(c), 14(1)(c)-(d); HetiL 11 §',
  checks:
    'Data that the purposes or data categories describe in words of a special category (health, trade-union membership, religion, ethnic origin, ...) is marked as that special category.',
  why: 'Processing the special categories of data is prohibited unless a point of GDPR Art. 9(2) applies (9(1)), and the notice must give the legal basis for it, with the Art. 9(2) point and the law relied on (13(1)(c), 14(1)(c)); when data comes from elsewhere the categories themselves must be named (14(1)(d)). Data described as "sairauspoissaolot" or "ammattiliiton jäsenmaksut" but not marked `special_category` escapes that check, and the reader does not learn that sensitive data is processed. The Personal Data Act called such data sensitive (HetiL 11 §); genetic and biometric data were not among it, so under hetil they are not reported.',
  codes: {
    SPECIAL_CATEGORY_NOT_FLAGGED: {
      gdpr: 'warning',
      hetil: 'warning',
      ground: 'GDPR 9(1); HetiL 11 § (special-category data described in words but not marked)',
      fails: `
        data_categories:
          items:
            - id: contact
              description: Nimi, osoite, puhelinnumero ja sähköpostiosoite
            - id: absences
              description: Sairauspoissaolot ja lääkärintodistukset`,
      passes: `
        data_categories:
          items:
            - id: contact
              description: Nimi, osoite, puhelinnumero ja sähköpostiosoite
            - id: absences
              description: Sairauspoissaolot ja lääkärintodistukset
              special_category: health`,
    },
  },
  check({ notice, profile, languages, report }) {
    const texts = dataDescriptionTexts(notice);
    const flagged = new Set((notice.data_categories?.items ?? []).map((c) => c.special_category));
    for (const { category, search } of SEARCHES) {
      if (flagged.has(category)) continue;
      if (profile === 'hetil' && NOT_SENSITIVE_UNDER_HETIL.has(category)) continue;
      const found = findWord(texts, search, languages as Language[]);
      if (!found) continue;
      const word = printable(found.word, QUOTED_LENGTH);
      report('SPECIAL_CATEGORY_NOT_FLAGGED', found.path, {
        message:
          profile === 'hetil'
            ? `The description says "${word}", which is ${DESCRIBED_AS[category]}, sensitive data (HetiL 11 §), but no data category is marked as such.`
            : `The description says "${word}", which is ${DESCRIBED_AS[category]}, a special category of data (GDPR Art. 9(1)), but no data category is marked as one.`,
        hint: `If the data is processed, add \`special_category: ${category}\` to the data category that holds it (a category of its own if it holds other data too) and give its ground (\`${profile === 'hetil' ? 'hetil_12' : 'article_9_2'}:\`) on its basis. If the text says the data is not processed, say it in a sentence of its own ("Emme käsittele terveystietoja.").`,
        value: found.word,
      });
    }
  },
};
