import { translationsOf } from '../../translations/status.js';
import { LANGUAGE_NAMES } from './text.js';
import type { Rule } from './types.js';

export const translationsCurrent: Rule = {
  id: 'T06',
  name: 'translations-current',
  reference: 'GDPR 12(1) (the same information in each language); the notice format',
  checks:
    'A translation marked with the source text it was made from (`# from fi:3f2a1b9c`, written by `notice translations --mark`) is flagged when that source text has changed since.',
  why: 'A notice published in several languages must tell every reader the same thing (GDPR Art. 12(1): concise, transparent and intelligible information). When the Finnish text of a purpose changes and its Swedish and English versions do not, readers of those languages are told about processing that is no longer the one carried out. The mark records which source text a translation was made from, so that the change is found when the source is edited, not when a reader notices.',
  codes: {
    TRANSLATION_STALE: {
      gdpr: 'warning',
      hetil: 'warning',
      ground: 'the source text of a marked translation has changed since it was marked',
      fails: `
        notice:
          languages: [fi, sv]
        security:
          text: # from fi:00000000
            fi: Tiedot ovat salasanalla suojatussa järjestelmässä.
            sv: Uppgifterna finns i ett lösenordsskyddat system.`,
      passes: `
        notice:
          languages: [fi, sv]
        security:
          text: # from fi:0f420b8c
            fi: Tiedot ovat salasanalla suojatussa järjestelmässä.
            sv: Uppgifterna finns i ett lösenordsskyddat system.`,
    },
  },
  check({ texts, languages, commentAt, report }) {
    for (const { path, value, kind } of texts) {
      if (kind !== 'Text' || typeof value === 'string') continue;
      const comment = commentAt(path);
      if (comment === undefined) continue;
      const found = translationsOf(value, languages, languages[0]!, comment);
      if (!found?.mark) continue;
      const { source, mark, hash } = found;
      const sourceName = LANGUAGE_NAMES[source];
      const sourcePath = `/${[...path, source].join('/')}`;
      for (const language of languages) {
        if (found.states[language] !== 'stale') continue;
        report('TRANSLATION_STALE', [...path, language], {
          message:
            hash === undefined
              ? `This ${LANGUAGE_NAMES[language]} text was translated from the ${sourceName} text (marked ${source}:${mark.hash}), and this text has no ${sourceName} version any more.`
              : `The ${sourceName} text this was translated from has changed: ${sourcePath} is now ${source}:${hash}, the translation was made from ${source}:${mark.hash}.`,
          hint: `Bring the ${LANGUAGE_NAMES[language]} text up to date with the ${sourceName} one, then run \`notice translations --mark\` to record it.`,
          value: `${source}:${mark.hash}`,
        });
      }
    }
  },
};
