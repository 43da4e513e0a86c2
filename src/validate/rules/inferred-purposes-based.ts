import type { Notice, Right } from '../../generated/notice-types.js';
import { applicableRights } from '../../rights.js';
import { findWords, quoteWords, type FoundWord, type WordFamily } from './purpose-words.js';
import type { DataPath, Rule } from './types.js';

/** The kinds of processing that rest on legitimate interests or consent, and bring a right to object. */
const OBJECTABLE: readonly WordFamily[] = ['direct_marketing', 'profiling', 'analytics', 'relationship_development'];

/** Stands for the flag among the words found, for the message. */
const MARKED = '`direct_marketing: true`';

type Basis = NonNullable<NonNullable<Notice['legal_basis']>['items']>[number];

/** What the notice says about one purpose (or its text before and after the list), and the bases that cover it. */
interface Described {
  path: DataPath;
  label: string;
  found: FoundWord[];
  bases: Basis[];
}

/** The rights the built notice shows: the built-in texts of those that apply, and the notice's own texts. */
function shownRights(notice: Notice): Set<Right> {
  const own = (notice.rights?.items ?? []).flatMap((item) => item.covers);
  return new Set([...(notice.rights?.standard ? applicableRights(notice, 'gdpr') : []), ...own]);
}

function described(notice: Notice): Described[] {
  const purposes = notice.purposes;
  const bases = (notice.legal_basis?.items ?? []).filter((b) => b.basis !== 'hetil_8_1');
  const linked = bases.some((b) => b.purposes !== undefined);
  const result: Described[] = [];
  (purposes?.items ?? []).forEach((purpose, index) => {
    const found = [...findWords(purpose.name, OBJECTABLE), ...findWords(purpose.description, OBJECTABLE)];
    if (purpose.direct_marketing) found.push({ family: 'direct_marketing', words: MARKED });
    const covering = linked ? bases.filter((b) => purpose.id !== undefined && b.purposes?.includes(purpose.id)) : bases;
    result.push({
      path: ['purposes', 'items', index],
      label: purpose.id === undefined ? `Purpose ${index + 1}` : `The purpose \`${purpose.id}\``,
      found,
      bases: covering,
    });
  });
  // Words before or after the list belong to no one purpose: any basis of the notice may cover them.
  for (const key of ['text', 'text_after'] as const) {
    const found = findWords(purposes?.[key], OBJECTABLE);
    result.push({ path: ['purposes', key], label: 'The text of the purposes', found, bases });
  }
  return result.filter((d) => d.found.length > 0);
}

function basisList(bases: readonly Basis[]): string {
  return bases.length === 0 ? 'no legal basis covers it' : `its basis is ${bases.map((b) => b.basis).join(', ')}`;
}

export const inferredPurposesBased: Rule = {
  id: 'L27',
  name: 'inferred-purposes-based',
  reference: 'GDPR 6(1)(a), 6(1)(f), 13(1)(c)-(d), 13(2)(b), 21(1)-(2)',
  checks:
    'A purpose whose words speak of direct marketing, profiling, analytics (analysing customers included) or developing the customer relationship rests on legitimate interests or consent, and the notice then shows the right to object to it.',
  why: 'Direct marketing, profiling, analytics and developing the customer relationship are not needed to perform a contract or to meet a legal obligation: they rest on legitimate interests (GDPR Art. 6(1)(f)) or consent (6(1)(a)), and the notice must give that basis for the purpose and name the interest (13(1)(c)-(d)). Processing on legitimate interests brings the right to object (21(1)), and direct marketing may be refused at any time (21(2)-(3)); the notice must tell people so (13(2)(b)), or a reader whose data is used for marketing never learns that one message stops it. The rule reads the words of the purposes, so it also catches a purpose that is not marked `direct_marketing: true`. The Personal Data Act had no such bases, so it is off under hetil.',
  codes: {
    INTEREST_OR_CONSENT_MISSING: {
      gdpr: 'error',
      hetil: 'off',
      ground: 'GDPR 6(1)(a), 6(1)(f), 13(1)(c)-(d) (marketing, profiling, analytics rest on them)',
      fails: `
        purposes:
          items:
            - id: customers
              name: Asiakassuhde
              description: Asiakassuhteen hoitaminen ja laskutus
            - id: marketing
              name: Suoramarkkinointi
              description: Tarjoukset omista palveluistamme sähköpostilla
              direct_marketing: true
        legal_basis:
          items:
            - basis: contract
              purposes: [customers, marketing]`,
      passes: `
        purposes:
          items:
            - id: customers
              name: Asiakassuhde
              description: Asiakassuhteen hoitaminen ja laskutus
            - id: marketing
              name: Suoramarkkinointi
              description: Tarjoukset omista palveluistamme sähköpostilla
              direct_marketing: true
        legal_basis:
          items:
            - basis: contract
              purposes: [customers]
            - basis: legitimate_interests
              purposes: [marketing]
              interest: Kerromme asiakkaillemme omista palveluistamme, jotka ovat samankaltaisia kuin heidän ostamansa.`,
    },
    OBJECTION_RIGHT_MISSING: {
      gdpr: 'error',
      hetil: 'off',
      ground: 'GDPR 13(2)(b), 21(1)-(2)',
      fails: `
        purposes:
          items:
            - id: customers
              name: Asiakassuhde
              description: Asiakassuhteen hoitaminen ja laskutus
            - id: marketing
              name: Suoramarkkinointi
              description: Tarjoukset omista palveluistamme sähköpostilla
        legal_basis:
          items:
            - basis: contract
              purposes: [customers]
            - basis: legitimate_interests
              purposes: [marketing]
              interest: Kerromme asiakkaillemme omista palveluistamme, jotka ovat samankaltaisia kuin heidän ostamansa.`,
      passes: `
        purposes:
          items:
            - id: customers
              name: Asiakassuhde
              description: Asiakassuhteen hoitaminen ja laskutus
            - id: marketing
              name: Suoramarkkinointi
              description: Tarjoukset omista palveluistamme sähköpostilla
              direct_marketing: true
        legal_basis:
          items:
            - basis: contract
              purposes: [customers]
            - basis: legitimate_interests
              purposes: [marketing]
              interest: Kerromme asiakkaillemme omista palveluistamme, jotka ovat samankaltaisia kuin heidän ostamansa.`,
    },
  },
  check({ notice, report }) {
    const purposes = described(notice);
    for (const purpose of purposes) {
      if (purpose.bases.some((b) => b.basis === 'legitimate_interests' || b.basis === 'consent')) continue;
      report('INTEREST_OR_CONSENT_MISSING', purpose.path, {
        message: `${purpose.label} speaks of ${quoteWords(purpose.found)}: such processing rests on legitimate interests or consent, but ${basisList(purpose.bases)}.`,
        hint: 'Add a basis `legitimate_interests` with `interest:` (for example "telling our customers about our own services like the ones they bought") or `consent`, and list the purpose under its `purposes:`.',
      });
    }
    const shown = shownRights(notice);
    // A right that applies by the notice's flags and bases is L10's to ask for; this rule adds those that
    // only the words show.
    const applicable = applicableRights(notice, 'gdpr');
    // Direct marketing may always be refused (21(2)); the other kinds may be objected to unless consent alone covers them (21(1)).
    const marketing = purposes.filter((p) => p.found.some((f) => f.family === 'direct_marketing'));
    const objectable = purposes.filter(
      (p) =>
        p.found.some((f) => f.family !== 'direct_marketing') &&
        !(p.bases.length > 0 && p.bases.every((b) => b.basis === 'consent')),
    );
    const first = marketing[0];
    if (first && !shown.has('objection_marketing') && !applicable.includes('objection_marketing')) {
      const words = marketing.flatMap((p) => p.found.filter((f) => f.family === 'direct_marketing'));
      report('OBJECTION_RIGHT_MISSING', first.path, {
        message: `The purposes speak of ${quoteWords(words)}, but the notice does not tell people they can refuse direct marketing at any time.`,
        hint: 'Mark the purpose `direct_marketing: true`, so that `rights.standard` shows the right (GDPR 21(2)-(3)), or add a `rights.items` entry of its own that covers `objection_marketing`.',
      });
    }
    const other = objectable[0];
    if (other && !shown.has('objection') && !applicable.includes('objection')) {
      const words = objectable.flatMap((p) => p.found.filter((f) => f.family !== 'direct_marketing'));
      report('OBJECTION_RIGHT_MISSING', other.path, {
        message: `The purposes speak of ${quoteWords(words)}: such processing rests on legitimate interests, which people may object to, but the notice does not tell them so.`,
        hint: 'Name its basis `legitimate_interests`, so that `rights.standard` shows the right to object (GDPR 21(1)), or add a `rights.items` entry of its own that covers `objection`.',
      });
    }
  },
};
