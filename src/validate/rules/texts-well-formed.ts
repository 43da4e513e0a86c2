import { printable, QUOTED_LENGTH } from '../../diagnostics.js';
import type { Language } from '../../generated/notice-types.js';
import type { Rule } from './types.js';

const HTML_TAG = /<\/?[a-z][a-z0-9-]*(?:\s[^<>]*)?\/?>|<!--/i;
const LANGUAGE_NAMES: Record<Language, string> = { fi: 'Finnish', sv: 'Swedish', en: 'English' };

export const textsWellFormed: Rule = {
  id: 'T01',
  name: 'texts-well-formed',
  reference: 'GDPR 12(1) (information in a language the reader understands); the notice format',
  codes: {
    TEXT_LANGUAGE_MISSING: { gdpr: 'error', hetil: 'error', ground: 'a text lacks a language of `notice.languages`' },
    TEXT_NOT_TRANSLATED: {
      gdpr: 'error',
      hetil: 'error',
      ground: 'a plain-string text in a notice of several languages',
    },
    TEXT_LANGUAGE_UNDECLARED: {
      gdpr: 'warning',
      hetil: 'warning',
      ground: 'a text in a language the notice does not declare',
    },
    TEXT_HTML: { gdpr: 'error', hetil: 'error', ground: 'HTML in a text; texts are Markdown' },
  },
  check({ texts, languages, report }) {
    for (const { path, value, kind } of texts) {
      if (typeof value === 'string') {
        if (kind === 'Text' && languages.length > 1) {
          report('TEXT_NOT_TRANSLATED', path, {
            message: `This text is in one language only, but the notice is published in ${languages.join(', ')}.`,
            hint: `Write it as a map: ${languages.map((l) => `${l}: ...`).join(', ')}.`,
          });
        }
      } else {
        const missing = languages.filter((l) => value[l] === undefined);
        if (missing.length > 0) {
          report('TEXT_LANGUAGE_MISSING', path, {
            message: `This ${kind === 'Name' ? 'name' : 'text'} has no ${missing.map((l) => LANGUAGE_NAMES[l]).join(' or ')} version.`,
            hint: `Add ${missing.map((l) => `\`${l}:\``).join(', ')}, or remove the language from \`notice.languages\`.`,
          });
        }
        for (const extra of (Object.keys(value) as Language[]).filter((l) => !languages.includes(l))) {
          report('TEXT_LANGUAGE_UNDECLARED', [...path, extra], {
            message: `This text has a ${LANGUAGE_NAMES[extra]} version, but ${extra} is not in \`notice.languages\`.`,
            hint: `Add ${extra} to \`notice.languages\` to publish it, or remove the \`${extra}:\` text.`,
            atKey: true,
          });
        }
      }
      if (kind !== 'Text') continue;
      const entries: [Language | undefined, string][] =
        typeof value === 'string' ? [[undefined, value]] : (Object.entries(value) as [Language, string][]);
      for (const [language, text] of entries) {
        const tag = HTML_TAG.exec(text);
        if (!tag) continue;
        report('TEXT_HTML', language ? [...path, language] : path, {
          message: `The text contains HTML (${printable(tag[0], QUOTED_LENGTH)}); texts are Markdown and HTML in them is shown as plain text.`,
          hint: 'Use Markdown instead: a blank line between paragraphs, "- " for list items, [words](https://...) for links.',
          value: tag[0],
        });
      }
    }
  },
};
