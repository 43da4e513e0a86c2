import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import jsonld from 'jsonld';
import { describe, expect, it } from 'vitest';
import { buildNotices } from '../src/outputs/index.js';
import { DPV_COUNTRIES } from '../src/export/dpv/vocabulary.js';
import { exampleNotice } from './example-notice.js';
import { FIXED_TODAY, ROOT, tempDir } from './helpers.js';

// The DPV export is checked the way a consumer reads it: parsed and expanded by a JSON-LD processor, every
// DPV term it names looked up in DPV's own term lists (test/fixtures/dpv, DPV 2.3), nothing from the network.
const VOCABULARY_FILES = ['dpv.csv', 'eu-gdpr.csv', 'pd.csv', 'loc.csv', 'legal-fi.csv'];
const DPV_NAMESPACE = /^https:\/\/w3id\.org\/dpv[#/]/;

const vocabulary = new Map<string, string>();
for (const file of VOCABULARY_FILES) {
  const [header, ...rows] = parse(readFileSync(join(ROOT, 'test/fixtures/dpv', file), 'utf8')) as string[][];
  const iri = header!.indexOf('iri');
  const type = header!.indexOf('dpvtype');
  for (const row of rows) vocabulary.set(row[iri]!, row[type]!);
}

const noNetwork = async (url: string): Promise<never> => {
  throw new Error(`the test loads nothing: ${url}`);
};

/** Every IRI in an expanded JSON-LD document: node ids, types and property names. */
function irisOf(expanded: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(expanded)) for (const item of expanded) irisOf(item, found);
  else if (typeof expanded === 'object' && expanded !== null) {
    for (const [key, value] of Object.entries(expanded)) {
      if (key === '@id' && typeof value === 'string') found.add(value);
      else if (key === '@type') for (const type of [value].flat()) found.add(String(type));
      else if (key === '@value' || key === '@language') continue;
      else {
        if (!key.startsWith('@')) found.add(key);
        irisOf(value, found);
      }
    }
  }
  return found;
}

async function buildDpv(files: readonly string[], languages?: ('fi' | 'sv' | 'en')[]) {
  const out = tempDir();
  const results = await buildNotices(files, {
    out,
    formats: ['dpv'],
    today: FIXED_TODAY,
    ...(languages ? { languages } : {}),
  });
  return { out, results };
}

async function expandedOf(path: string): Promise<unknown[]> {
  return jsonld.expand(JSON.parse(readFileSync(path, 'utf8')) as object, { safe: true, documentLoader: noNetwork });
}

describe('--format dpv', () => {
  it('the complete example: one JSON-LD document with every language, as reviewed', async () => {
    const { out, results } = await buildDpv([join(ROOT, 'examples/complete.yaml')]);
    const written = ['fi', 'sv', 'en'].map((l) => readFileSync(join(out, `complete.${l}.dpv.jsonld`), 'utf8'));
    expect(results[0]!.written).toHaveLength(3);
    // The same graph whichever language it is built for: every label is in every language.
    expect(written[1]).toBe(written[0]);
    expect(written[2]).toBe(written[0]);
    await expect(written[0]).toMatchFileSnapshot('golden/complete.dpv.jsonld');
  });

  it('every example expands as JSON-LD, and every DPV term it uses is in DPV 2.3', async () => {
    const examples = readdirSync(join(ROOT, 'examples'))
      .filter((f) => f.endsWith('.yaml'))
      .map((f) => join(ROOT, 'examples', f));
    const { out } = await buildDpv(examples);
    const outputs = readdirSync(out).filter((f) => f.endsWith('.dpv.jsonld'));
    expect(outputs.length).toBeGreaterThanOrEqual(examples.length);
    const used = new Set<string>();
    for (const output of outputs) {
      const expanded = await expandedOf(join(out, output));
      expect(expanded, output).toHaveLength(1);
      for (const iri of irisOf(expanded)) used.add(iri);
    }
    const unknown = [...used].filter((iri) => DPV_NAMESPACE.test(iri) && !vocabulary.has(iri));
    expect(unknown).toEqual([]);
    // Nothing else but blank nodes and the few W3C and Dublin Core terms the context names: a misspelt
    // prefix would expand to an IRI of its own (`dvp:hasName`), not be dropped.
    const elsewhere = [...used].filter((iri) => !DPV_NAMESPACE.test(iri) && !iri.startsWith('_:'));
    expect([...new Set(elsewhere.map((iri) => iri.replace(/[^#/]+$/, '')))].sort()).toEqual([
      'http://purl.org/dc/terms/',
      'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
      'http://www.w3.org/2000/01/rdf-schema#',
      'http://www.w3.org/2001/XMLSchema#',
    ]);
    // What the examples reach: the GDPR's bases, rights and notice classes, a country, the Finnish authority.
    for (const term of [
      'https://w3id.org/dpv/legal/eu/gdpr#A6-1-b',
      'https://w3id.org/dpv/legal/eu/gdpr#A15',
      'https://w3id.org/dpv/legal/eu/gdpr#IndirectDataCollectionNotice',
      'https://w3id.org/dpv/legal/eu/gdpr#A46-2-c',
      'https://w3id.org/dpv/loc#US',
      'https://w3id.org/dpv/legal/fi#DPA-FI',
    ]) {
      expect(used, term).toContain(term);
    }
  });

  it('every DPV term the mapping can write is in DPV 2.3', () => {
    const folder = join(ROOT, 'src/export/dpv');
    const prefixes: Record<string, string> = {
      dpv: 'https://w3id.org/dpv#',
      'eu-gdpr': 'https://w3id.org/dpv/legal/eu/gdpr#',
      'legal-fi': 'https://w3id.org/dpv/legal/fi#',
      pd: 'https://w3id.org/dpv/pd#',
    };
    const terms = readdirSync(folder).flatMap((file) =>
      [...readFileSync(join(folder, file), 'utf8').matchAll(/'(dpv|eu-gdpr|legal-fi|pd):([A-Za-z0-9-]+)'/g)].map(
        (m) => prefixes[m[1]!]! + m[2]!,
      ),
    );
    expect(terms.length).toBeGreaterThan(60);
    expect(terms.filter((iri) => !vocabulary.has(iri))).toEqual([]);
    // Art. 9(2) points are made from the letter: all ten exist.
    for (const point of 'abcdefghij') expect(vocabulary.has(`${prefixes['eu-gdpr']}A9-2-${point}`)).toBe(true);
  });

  it("knows exactly DPV's countries", () => {
    const countries = [...vocabulary]
      .filter(([iri, type]) => iri.startsWith('https://w3id.org/dpv/loc#') && type === 'https://w3id.org/dpv#Country')
      .map(([iri]) => iri.slice('https://w3id.org/dpv/loc#'.length));
    expect([...DPV_COUNTRIES].sort()).toEqual(countries.sort());
  });
});

/** Builds one notice (EXAMPLE_NOTICE with a fragment merged in) to DPV: the document and the build's findings. */
async function exportOf(fragment: string) {
  const dir = tempDir();
  const file = join(dir, 'notice.yaml');
  writeFileSync(file, exampleNotice(fragment).text);
  const { out, results } = await buildDpv([file]);
  const text = readFileSync(join(out, 'notice.fi.dpv.jsonld'), 'utf8');
  const dpv = results[0]!.diagnostics.filter((d) => d.code.startsWith('DPV_'));
  return { text, document: JSON.parse(text) as Record<string, any>, dpv, file };
}

describe('--format dpv: mapping and findings', () => {
  it("writes the notice's structured values as DPV terms: bases with Art. 9(2), special categories, transfer tools", async () => {
    const { document, dpv } = await exportOf(`
      legal_basis:
        items:
          - basis: consent
            purposes: [customers]
            article_9_2: a
      data_categories:
        items:
          - description: Terveystiedot
            special_category: health
          - description: Henkilötunnus
            personal_identity_code: true
        identity_code_basis: Tunnistaminen luotettavasti.
      transfers:
        status: intended
        items:
          - country: JP
            recipient: Tokio Oy
            mechanism: adequacy
          - international_organisation: EPO
            mechanism: derogation_49_1_a
    `);
    expect(document['dpv:hasLegalBasis']['@type']).toEqual(['dpv:LegalBasis', 'eu-gdpr:A6-1-a', 'eu-gdpr:A9-2-a']);
    expect(document['dpv:hasPersonalData'].map((d: any) => d['@type'])).toEqual([
      ['dpv:PersonalData', 'dpv:SpecialCategoryPersonalData', 'pd:Health'],
      ['dpv:PersonalData', 'pd:OfficialID'],
    ]);
    const [japan, epo] = document['dpv:hasProcessing'];
    expect(japan['dpv:hasThirdCountry']).toEqual({ '@id': 'loc:JP' });
    expect(japan['dpv:hasLegalBasis']).toEqual({ '@id': 'eu-gdpr:A45-3' });
    expect(epo['dpv:hasRecipient']).toEqual({ '@type': 'dpv:InternationalOrganisation', 'dpv:hasName': 'EPO' });
    expect(epo['dpv:hasLegalBasis']).toEqual({ '@id': 'eu-gdpr:A49-1-a' });
    // Consent withdrawable: Art. 7(3); no third-party source: only the Art. 13 notice.
    expect(document['dpv:hasRight']).toContainEqual({ '@id': 'eu-gdpr:A7-3' });
    expect(document['dpv:hasNotice']['@type']).toEqual(['dpv:PrivacyNotice', 'eu-gdpr:DirectDataCollectionNotice']);
    expect(dpv.map((d) => `${d.code} ${d.path}`)).toContain('DPV_NOT_SAID /data_categories/identity_code_basis');
  });

  it('a value DPV has no term for is kept as a label and noted at its place in the YAML', async () => {
    const { document, dpv, file } = await exportOf(`
      data_categories:
        items:
          - description: Sosiaalihuollon asiakkuus
            special_category: social_welfare
      transfers:
        status: intended
        items:
          - country: XK
            recipient: Pristina Oy
            mechanism: privacy_shield
    `);
    const transfer = document['dpv:hasProcessing'];
    expect(transfer['dpv:hasThirdCountry']).toEqual({ '@type': 'dpv:ThirdCountry', 'rdfs:label': 'XK' });
    expect(transfer['dpv:hasLegalBasis']).toEqual({
      '@type': 'dpv:DataTransferLegalBasis',
      'rdfs:label': 'privacy_shield',
    });
    expect(document['dpv:hasPersonalData']['@type']).toEqual(['dpv:PersonalData', 'dpv:SensitivePersonalData']);
    const lines = readFileSync(file, 'utf8').split('\n');
    const noTerm = dpv.filter((d) => d.code === 'DPV_NO_TERM');
    expect(noTerm.map((d) => [d.path, d.severity, lines[d.line - 1]!.slice(d.column - 1)])).toEqual([
      ['/data_categories/items/0/special_category', 'info', 'social_welfare'],
      ['/transfers/items/0/country', 'info', 'XK'],
      ['/transfers/items/0/mechanism', 'info', 'privacy_shield'],
    ]);
    // Statements of absence DPV cannot make, each at its value.
    expect(dpv.filter((d) => d.code === 'DPV_NOT_SAID').map((d) => d.path)).toEqual([
      '/dpo/designated',
      '/recipients/none',
      '/provision_requirement',
      '/automated_decisions/used',
    ]);
  });

  it('under the Personal Data Act: no GDPR terms; its basis and rights kept with their words', async () => {
    const { document, dpv } = await exportOf(`
      notice:
        profile: hetil
        document_type: rekisteriseloste
      legal_basis:
        items:
          - basis: hetil_8_1
            hetil_points: [2]
            purposes: [customers]
    `);
    expect(document['dpv:hasLegalBasis']['@type']).toEqual(['dpv:LegalBasis']);
    expect(document['dpv:hasRight'][0]).toEqual({
      '@type': 'dpv:DataSubjectRight',
      'rdfs:label': [{ '@value': 'Tarkastusoikeus', '@language': 'fi' }],
    });
    expect(JSON.stringify(document)).not.toContain('eu-gdpr:');
    expect(document['dpv:hasAuthority']).toEqual({ '@id': 'legal-fi:DPA-FI' });
    expect(dpv.filter((d) => d.code === 'DPV_NO_TERM').map((d) => d.path)).toEqual([
      '/legal_basis/items/0/basis',
      '/rights',
    ]);
  });

  it('hostile text stays a literal: it names no node, type or context of its own', async () => {
    const hostile = [
      '{"@id": "https://evil.example/x", "@type": "dpv:DataController"}',
      '_:controller',
      'https://w3id.org/dpv#DataController',
      '"}, "@context": "https://evil.example/ctx.jsonld", "x": {"',
      '</script><script>alert(1)</script>',
      'line\u2028break\u0000nul',
    ];
    const { text, document } = await exportOf(`
      purposes:
        items:
          - id: customers
            name: ${JSON.stringify(hostile[0])}
            description: ${JSON.stringify(hostile[3])}
      data_subjects:
        items:
          - description: ${JSON.stringify(hostile[1])}
          - description: ${JSON.stringify(hostile[2])}
          - description: ${JSON.stringify(hostile[4])}
          - description: "line\u2028break\u0000nul"
    `);
    const expanded = await jsonld.expand(document, { safe: true, documentLoader: noNetwork });
    const iris = irisOf(expanded);
    expect([...iris].filter((iri) => iri.includes('evil'))).toEqual([]);
    expect(document['@context']).toEqual(expect.objectContaining({ dpv: 'https://w3id.org/dpv#' }));
    const labels = document['dpv:hasDataSubject'].map((s: any) => s['rdfs:label'][0]['@value']);
    expect(labels).toEqual([hostile[1], hostile[2], hostile[4], 'line\u2028break\u0000nul']);
    expect(document['dpv:hasProcess']['dpv:hasPurpose']['rdfs:label'][0]['@value']).toBe(hostile[0]);
    // Safe to paste into an HTML page's <script type="application/ld+json">: no tag, no raw line separator.
    expect(text).not.toMatch(/<\/?script|[\u0000\u2028]/i);
  });
});
