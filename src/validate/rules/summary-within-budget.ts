import { lineLength, SUMMARY_BUDGET, summaryLines, type SummaryPart } from '../../summary/budget.js';
import type { Rule } from './types.js';

const PART_NAMES: Record<SummaryPart, string> = {
  purpose: "a purpose's `name`, its line in the summary",
  recipient: "a recipient's line (its `name`, else its `category`)",
  retention: "a retention period's trigger or criteria",
  howTo: 'how to use the rights (`rights.how_to`)',
  item: 'a line of the data content, sources or security principles',
};

/**
 * The layered notice (`--format summary`) shows some of the notice's own texts one per line; each has a
 * length budget (src/summary/budget.ts, where the numbers and their reason are written). A text over it
 * makes the first layer long, which it must not be.
 */
export const summaryWithinBudget: Rule = {
  id: 'T07',
  name: 'summary-within-budget',
  reference: 'GDPR 12(1); WP260 rev.01 para. 35–38 (layered notices: a short first layer)',
  checks:
    "Each of the notice's texts that the layered notice's first layer shows on a line of its own (a purpose's name, a recipient, a retention trigger, how to use the rights) stays within the summary's length budget in each language.",
  why: 'GDPR Art. 12(1) asks for information in a concise, easily accessible form, and the transparency guidelines (WP260 para. 35–38) recommend a layered notice whose first layer the reader takes in at a glance; `notice build --format summary` writes it from the notice, and a purpose described in a paragraph instead of named in a line makes it as long as the full notice. A short `name` for the purpose is the usual fix.',
  codes: {
    SUMMARY_TOO_LONG: {
      gdpr: 'warning',
      hetil: 'warning',
      ground: 'a text the summary shows on one line is longer than its budget',
      fails: `
        purposes:
          items:
            - id: customers
              name: Asiakassuhteen hoitaminen, tilausten käsittely, palvelun toimittaminen ja ylläpito, asiakaspalvelu sekä laskutus
              description: Asiakassuhteen hoitaminen`,
      passes: `
        purposes:
          items:
            - id: customers
              name: Asiakassuhde ja laskutus
              description: Asiakassuhteen hoitaminen`,
    },
  },
  check({ notice, profile, languages, report }) {
    for (const line of summaryLines(notice, profile)) {
      const over = languages.flatMap((language) => {
        const length = lineLength(line.value, language);
        return length !== undefined && length > SUMMARY_BUDGET[language][line.part] ? [{ language, length }] : [];
      });
      if (over.length === 0) continue;
      const lengths = over.map(
        ({ language, length }) => `${language} ${length}/${SUMMARY_BUDGET[language][line.part]}`,
      );
      // At the text in the first language over the budget, when the text is written per language.
      const path = typeof line.value === 'string' ? line.path : [...line.path, over[0]!.language];
      report('SUMMARY_TOO_LONG', path, {
        message: `In the layered notice (summary), ${PART_NAMES[line.part]} is longer than its budget of characters (${lengths.join(', ')}).`,
        hint:
          line.part === 'purpose'
            ? 'Give the purpose a short `name:` of a few words per language; the description stays in the full notice.'
            : 'Say it in fewer words; the details belong in the full notice, which the summary links to.',
      });
    }
  },
};
