/**
 * The notice every rule's examples are merged into (see `fails` and `passes` in types.ts): a short
 * Finnish privacy notice under the GDPR that reports nothing, so that an example shows one problem and
 * its fix and nothing else. test/explain.test.ts checks that it stays clean.
 */
export const EXAMPLE_NOTICE = `notice:
  profile: gdpr
  languages: [fi]
  created: "2025-01-15"
controller:
  name: Esimerkki Oy
  business_id: "9184372-3"
  address: { street: Esimerkkikatu 1, postal_code: "00100", city: Helsinki }
  email: tietosuoja@esimerkki.example
  phone: "09 123 4567"
dpo:
  designated: false
register_name: Asiakasrekisteri
data_subjects:
  items:
    - description: Asiakkaat
purposes:
  items:
    - id: customers
      name: Asiakassuhde
      description: Asiakassuhteen hoitaminen ja laskutus
legal_basis:
  items:
    - basis: contract
      purposes: [customers]
data_categories:
  items:
    - id: contact
      description: Nimi, osoite, puhelinnumero ja sähköpostiosoite
sources:
  items:
    - from: data_subject
      description: Rekisteröity itse
recipients:
  none: true
transfers:
  status: none
retention:
  items:
    - applies_to: [customers]
      period: "P3Y"
      trigger: Asiakkuuden päättymisestä
rights:
  standard: true
  how_to: Lähetä pyyntö osoitteeseen tietosuoja@esimerkki.example.
complaint:
  standard: true
provision_requirement:
  requirement: contract_prerequisite
  text: Ilman nimeä ja yhteystietoja emme voi tehdä sopimusta.
automated_decisions:
  used: false
security:
  text: Tiedot ovat salasanalla suojatussa järjestelmässä.
`;

/**
 * An example as written in a rule file (a template literal that starts on a new line, indented like the
 * code around it) as plain YAML: without the first line break, the common indentation and trailing space.
 */
export function exampleFragment(written: string): string {
  const lines = written.replace(/^\n/, '').trimEnd().split('\n');
  const indent = Math.min(...lines.filter((l) => l.trim()).map((l) => /^ */.exec(l)![0].length));
  return lines.map((l) => l.slice(Number.isFinite(indent) ? indent : 0)).join('\n');
}
