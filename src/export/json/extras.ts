import type { Language, Notice, Profile, Right } from '../../generated/notice-types.js';
import { documentTypeOf, voiceOf } from '../../profile.js';
import { nameFromDescription } from '../../purpose-name.js';
import { applicableRights } from '../../rights.js';
import { countryName, formatPeriod } from '../../render/format.js';
import type { Strings } from '../../render/strings/types.js';
import type { ViewContext } from '../../render/view/context.js';
import { dpoSection } from '../../render/view/sections-who.js';
import { basisName } from '../../render/view/sections-what.js';
import { mechanismName, recipientsStatement, transfersStatement } from '../../render/view/sections-flow.js';
import { automatedStatement, rightsSection } from '../../render/view/sections-rights.js';
import type { Place, SchemaNode } from './walk.js';

/** What the derived values are made from: the notice in one language, and the view's context giving texts as written. */
export interface ExportContext {
  notice: Notice;
  language: Language;
  profile: Profile;
  strings: Strings;
  /** The render's view context, with texts picked as written (not made safe Markdown): the view's builders run on it. */
  view: ViewContext;
}

/**
 * Values the rendered notice derives and a reader sees, added to the export where the notice's data has them:
 * each with its place (a definition of the notice schema or a data path), its keys' JSON Schema (for
 * schemas/notice-export.schema.json) and how it is made. The view's own code makes them where it can.
 */
export interface Extra {
  def?: string;
  at?: string;
  properties: Record<string, SchemaNode>;
  /** Keys that are always there (a default applied). */
  required?: string[];
  derive(raw: Record<string, unknown>, context: ExportContext): Record<string, unknown>;
}

const string = (description: string): SchemaNode => ({ type: 'string', description });
const strings = (description: string): SchemaNode => ({ type: 'array', items: { type: 'string' }, description });
const rightList = (description: string): SchemaNode => ({
  type: 'array',
  items: { $ref: '#/$defs/Right' },
  description,
});

/** A right's text as the notice shows it: built in or the notice's own. */
export const RIGHT_TEXT: SchemaNode = {
  type: 'object',
  additionalProperties: false,
  required: ['text', 'covers'],
  properties: {
    title: string('Its title, when it has one.'),
    text: string('The text (Markdown).'),
    covers: rightList("The rights it describes: a built-in text's one right, or what the notice's own text covers."),
  },
};

const address: Extra['derive'] = (raw, { language }) => {
  const country = typeof raw['country'] === 'string' ? raw['country'] : 'FI';
  return { country, country_name: countryName(country, language) };
};
const addressProperties = {
  country: string('Country as a two-letter ISO 3166 code; FI when the notice leaves it out.'),
  country_name: string("The country's name in the document's language."),
};

export const EXTRAS: readonly Extra[] = [
  {
    at: 'notice',
    properties: {
      profile: { $ref: '#/$defs/Profile', description: 'The law the notice is written under; gdpr when left out.' },
      document_type: {
        $ref: '#/$defs/DocumentType',
        description: 'What kind of document it is, as derived from the profile.',
      },
      voice: { $ref: '#/$defs/Voice', description: "The voice of notice's built-in texts in this language." },
      title: string("The title: the notice's own, else the built-in one."),
      legal_reference: string("The line naming the law under the title: the notice's own, else the built-in one."),
    },
    required: ['profile', 'document_type', 'voice', 'title', 'legal_reference'],
    derive: (raw, { notice, language, profile, strings, view }) => {
      const documentType = documentTypeOf(notice, profile);
      const kind =
        profile === 'gdpr' ? 'gdpr' : documentType === 'tietosuojaseloste' ? 'hetilPrivacy' : 'hetilRegister';
      return {
        profile,
        document_type: documentType,
        voice: voiceOf(notice, language),
        title: view.text(raw['title'] as never) ?? strings.titles[kind],
        legal_reference: view.text(raw['legal_reference'] as never) ?? strings.lawLines[kind],
      };
    },
  },
  { def: 'Address', properties: addressProperties, required: ['country', 'country_name'], derive: address },
  { def: 'AddressOfKind', properties: addressProperties, required: ['country', 'country_name'], derive: address },
  {
    def: 'Dpo',
    properties: {
      statement: string(
        'What the notice says instead of or before contact details: none designated, or the contact person is the officer.',
      ),
    },
    derive: (_raw, { view }) => ({ statement: dpoSection(view)?.statement }),
  },
  {
    at: 'purposes/items/*',
    properties: {
      display_name: string(
        'The name other sections use for the purpose: its name, else the beginning of its description.',
      ),
    },
    required: ['display_name'],
    derive: (raw, { view }) => ({
      display_name:
        view.text(raw['name'] as never) ?? nameFromDescription(view.text(raw['description'] as never) ?? ''),
    }),
  },
  {
    at: 'legal_basis/items/*',
    properties: {
      basis_label: string(
        'The basis as the notice names it (under the Personal Data Act a GDPR basis without its article).',
      ),
      article_9_2_label: string('The GDPR Art. 9(2) condition in words (GDPR only).'),
      hetil_points_labels: strings('The points of HetiL 8 § 1 mom. in words.'),
      hetil_12_label: string('The point of HetiL 12 § 1 mom. in words.'),
    },
    required: ['basis_label'],
    derive: (raw, { profile, strings, view }) => {
      const basis = raw as NonNullable<NonNullable<Notice['legal_basis']>['items']>[number];
      return {
        basis_label: basisName(view, basis.basis),
        article_9_2_label: profile === 'gdpr' && basis.article_9_2 ? strings.article9[basis.article_9_2] : undefined,
        hetil_points_labels: basis.hetil_points?.map((point) => strings.hetil.points8[point]),
        hetil_12_label: basis.hetil_12 === undefined ? undefined : strings.hetil.points12[basis.hetil_12],
      };
    },
  },
  {
    at: 'data_categories/items/*',
    properties: {
      special_category_label: string(
        'The special category (sensitive data under the Personal Data Act) in words, as the notice shows it.',
      ),
    },
    derive: (raw, { profile, strings }) => {
      const category = raw['special_category'] as keyof Strings['specialCategories'] | undefined;
      // As the view: social-welfare data is sensitive under the Personal Data Act only.
      const shown = category !== undefined && (profile === 'hetil' || category !== 'social_welfare');
      return { special_category_label: shown ? strings.specialCategories[category] : undefined };
    },
  },
  {
    at: 'provision_requirement',
    properties: { requirement_text: string('The requirement in words.') },
    required: ['requirement_text'],
    derive: (raw, { strings }) => ({
      requirement_text: strings.requirements[raw['requirement'] as keyof Strings['requirements']],
    }),
  },
  {
    at: 'sources/items/*',
    properties: { from_labels: strings('The kinds of source in words.') },
    required: ['from_labels'],
    derive: (raw, { strings }) => {
      const from = raw['from'] as keyof Strings['sourceKinds'] | (keyof Strings['sourceKinds'])[];
      return { from_labels: (Array.isArray(from) ? from : [from]).map((kind) => strings.sourceKinds[kind]) };
    },
  },
  {
    at: 'recipients',
    properties: {
      statement: string(
        "notice's sentence when the notice has none of its own: no recipients, or no regular disclosures.",
      ),
    },
    derive: (_raw, { view }) => ({ statement: recipientsStatement(view) }),
  },
  {
    at: 'transfers',
    properties: {
      statement: string(
        "notice's sentence on transfers: none (when the notice has no text of its own), or intended, before the list.",
      ),
    },
    derive: (_raw, { view }) => ({ statement: transfersStatement(view) }),
  },
  {
    at: 'automated_decisions',
    properties: {
      statement: string(
        "notice's sentence on whether decisions are automated, when the notice has no text of its own.",
      ),
    },
    derive: (_raw, { view }) => ({ statement: automatedStatement(view) }),
  },
  {
    at: 'transfers/items/*',
    properties: {
      country_name: string("The country's name in the document's language."),
      mechanism_label: string('The transfer mechanism in words.'),
    },
    derive: (raw, { language, view }) => ({
      country_name: typeof raw['country'] === 'string' ? countryName(raw['country'], language) : undefined,
      mechanism_label: raw['mechanism'] === undefined ? undefined : mechanismName(view, raw['mechanism'] as never),
    }),
  },
  {
    at: 'retention/items/*',
    properties: { period_text: string('The period in words, for example "5 vuotta".') },
    derive: (raw, { strings }) => ({
      period_text: typeof raw['period'] === 'string' ? formatPeriod(raw['period'], strings) : undefined,
    }),
  },
  {
    at: 'rights',
    properties: {
      applicable: rightList('The rights that apply to the notice, from its legal bases and processing.'),
      intro: string('The built-in opening sentence, with `standard`.'),
      shown: {
        type: 'array',
        items: { $ref: '#/$defs/RightText' },
        description:
          'The rights as the notice lists them: the built-in text of each right that applies and no own item covers (with `standard`), then the own items; the right to object is apart, in `objection`.',
      },
      answer: string(
        'How requests are answered (one month, free of charge, identity), with `standard` under the GDPR.',
      ),
    },
    required: ['applicable', 'shown'],
    derive: (raw, { notice, profile, strings, view }) => ({
      applicable: applicableRights(notice, profile),
      intro: raw['standard'] === true ? strings.rights.intro : undefined,
      shown: rightsSection(view)?.rights ?? [],
      answer: raw['standard'] === true && profile === 'gdpr' ? strings.rights.answer : undefined,
    }),
  },
  {
    at: 'complaint',
    properties: {
      standard: {
        type: 'boolean',
        description:
          "True when the notice shows notice's built-in text on the complaint (also when `rights.standard` brings it).",
      },
      standard_text: string('The built-in text on the right to complain, with `standard`.'),
      supervisory_authority: {
        type: 'object',
        additionalProperties: false,
        description: "The supervisory authority's contact details as notice keeps them, with `standard`.",
        required: ['name', 'visiting_address', 'postal_address', 'phone', 'email', 'website'],
        properties: {
          name: string('Its name.'),
          visiting_address: string('Its visiting address on one line.'),
          postal_address: string('Its postal address on one line.'),
          phone: string('Its phone number.'),
          email: string('Its e-mail address.'),
          website: string('Its website.'),
        },
      },
    },
    required: ['standard'],
    derive: (raw, { profile, strings }) => {
      if (raw['standard'] !== true) return { standard: false };
      const authority = strings.complaint.authority;
      return {
        standard: true,
        // As the view's complaint section: under the Personal Data Act the old Act's complaint.
        standard_text: profile === 'hetil' ? strings.hetil.complaint : strings.complaint.text,
        supervisory_authority: {
          name: authority.name,
          visiting_address: authority.visitingAddress,
          postal_address: authority.postalAddress,
          phone: authority.phone,
          email: authority.email,
          website: authority.website,
        },
      };
    },
  },
];

/** The extras that apply at a place of the data. */
export function extrasAt(place: Place): Extra[] {
  return EXTRAS.filter((extra) => (extra.def !== undefined && extra.def === place.def) || extra.at === place.pattern);
}

export type { Right };
