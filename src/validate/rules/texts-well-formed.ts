import { printable, QUOTED_LENGTH } from '../../diagnostics.js';
import type { Language } from '../../generated/notice-types.js';
import { LANGUAGE_NAMES } from './text.js';
import type { Rule } from './types.js';

const HTML_TAG = /<\/?[a-z][a-z0-9-]*(?:\s[^<>]*)?\/?>|<!--/i;

export const textsWellFormed: Rule = {
  id: 'T01',
  name: 'texts-well-formed',
  reference: 'GDPR 12(1) (information in a language the reader understands); the notice format',
  checks:
    'Every text is given in each language of `notice.languages` and in no other, as a map when there are several, and in Markdown, not HTML.',
  why: 'Information must be given in clear and plain language (GDPR Art. 12(1)), which means a language the reader understands: in a notice published in Finnish and Swedish, a text in one of them only leaves some readers without it, and a text in a language the notice does not declare is never published. Texts are Markdown; HTML in them would be shown as text, not as formatting.',
  codes: {
    TEXT_LANGUAGE_MISSING: {
      gdpr: 'error',
      hetil: 'error',
      ground: 'a text lacks a language of `notice.languages`',
      fails: `
        security:
          text:
            sv: Uppgifterna finns i ett lösenordsskyddat system.`,
      passes: `
        security:
          text:
            fi: Tiedot ovat salasanalla suojatussa järjestelmässä.`,
    },
    TEXT_NOT_TRANSLATED: {
      gdpr: 'error',
      hetil: 'error',
      ground: 'a plain-string text in a notice of several languages',
      fails: `
        notice:
          languages: [fi, sv]`,
      passes: `
        notice:
          languages: [fi, sv]
        register_name: { fi: Asiakasrekisteri, sv: Kundregister }
        data_subjects:
          items:
            - description: { fi: Asiakkaat, sv: Kunder }
        purposes:
          items:
            - id: customers
              name: { fi: Asiakassuhde, sv: Kundrelationen }
              description: { fi: Asiakassuhteen hoitaminen ja laskutus, sv: Att sköta kundrelationen och faktureringen }
        data_categories:
          items:
            - id: contact
              description:
                fi: Nimi, osoite, puhelinnumero ja sähköpostiosoite
                sv: Namn, adress, telefonnummer och e-postadress
        sources:
          items:
            - from: data_subject
              description: { fi: Rekisteröity itse, sv: Den registrerade själv }
        retention:
          items:
            - applies_to: [customers]
              period: "P3Y"
              trigger: { fi: Asiakkuuden päättymisestä, sv: Från att kundrelationen upphör }
        rights:
          how_to:
            fi: Lähetä pyyntö osoitteeseen tietosuoja@esimerkki.example.
            sv: Skicka din begäran till tietosuoja@esimerkki.example.
        provision_requirement:
          text:
            fi: Ilman nimeä ja yhteystietoja emme voi tehdä sopimusta.
            sv: Utan namn och kontaktuppgifter kan vi inte ingå avtal.
        security:
          text:
            fi: Tiedot ovat salasanalla suojatussa järjestelmässä.
            sv: Uppgifterna finns i ett lösenordsskyddat system.`,
    },
    TEXT_LANGUAGE_UNDECLARED: {
      gdpr: 'warning',
      hetil: 'warning',
      ground: 'a text in a language the notice does not declare',
      fails: `
        security:
          text:
            fi: Tiedot ovat salasanalla suojatussa järjestelmässä.
            sv: Uppgifterna finns i ett lösenordsskyddat system.`,
      passes: `
        security:
          text:
            fi: Tiedot ovat salasanalla suojatussa järjestelmässä.`,
    },
    TEXT_HTML: {
      gdpr: 'error',
      hetil: 'error',
      ground: 'HTML in a text; texts are Markdown',
      fails: `
        security:
          text: Tiedot ovat <b>salasanalla</b> suojatussa järjestelmässä.`,
      passes: `
        security:
          text: Tiedot ovat **salasanalla** suojatussa järjestelmässä.`,
    },
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
