import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadNotice } from '../src/load/index.js';
import { validateNotice, type ValidateOptions } from '../src/validate/index.js';
import { FIXED_TODAY, ROOT } from './helpers.js';

async function findings(file: string, options: ValidateOptions = {}) {
  const diagnostics = await validateNotice(await loadNotice(join(ROOT, 'examples', file)), {
    today: FIXED_TODAY,
    ...options,
  });
  return diagnostics.map((d) => `${d.severity} ${d.code}`).sort();
}

// The reviewed gaps of each real notice (shared/seeds/). A change here means the
// validator now judges a real notice differently: review it before updating.
describe('the seed notices report their real gaps', () => {
  it('complete.yaml, the model notice, has no findings at all', async () => {
    expect(await findings('complete.yaml')).toEqual([]);
  });

  it('LPOnet 2016 (HetiL rekisteriseloste): complete for 10 §, but vague on transfers and citing a repealed law', async () => {
    expect(await findings('lponet-2016.yaml')).toEqual([
      // Not DATA_SUBJECTS_MISSING: the data description names the group, "Asiakkaan perustiedot" (the customer's).
      'warning IDENTITY_CODE_BASIS_MISSING',
      'warning REPEALED_LAW_CITED',
      'warning TRANSFER_DETAILS_MISSING',
    ]);
  });

  it('LPOnet 2016 migrated to GDPR lacks bases, retention, rights, complaint and more', async () => {
    expect(await findings('lponet-2016.yaml', { profile: 'gdpr' })).toEqual(
      [
        'error AUTOMATED_DECISIONS_NOT_STATED',
        'error COMPLAINT_MISSING',
        // Its marketing purpose needs a legitimate interest or consent, and no basis is written.
        'error INTEREST_OR_CONSENT_MISSING',
        'error LEGAL_BASIS_MISSING',
        'error PROVISION_REQUIREMENT_MISSING',
        // "Ei säännönmukaisia luovutuksia" answers HetiL 10 § 4 k., not GDPR 13(1)(e).
        'error RECIPIENTS_MISSING',
        'error RETENTION_MISSING',
        'error RIGHTS_MISSING',
        'error TRANSFER_DETAILS_MISSING',
        'info DPO_NOT_STATED',
        'info HETIL_REPEALED',
        'warning IDENTITY_CODE_BASIS_MISSING',
        'warning REPEALED_LAW_CITED',
        'warning REPEALED_LAW_CITED',
        'warning RENAMED_AUTHORITY_CITED',
      ].sort(),
    );
  });

  it('LPOnet asiakasrekisteri (GDPR era): no controller, no date, no legal basis', async () => {
    expect(await findings('lponet-asiakasrekisteri.yaml')).toEqual([
      'error AUTOMATED_DECISIONS_NOT_STATED',
      // "Suoramarkkinointiluvat ja -kiellot": consents are recorded, but their withdrawal is not told.
      'error CONSENT_WITHDRAWAL_MISSING',
      'error CONTROLLER_MISSING',
      'error DATE_MISSING',
      'error INTEREST_OR_CONSENT_MISSING', // "analysointiin" without any basis
      'error INTEREST_OR_CONSENT_MISSING', // "markkinointiin", "suoramarkkinointi" without any basis
      'error LEGAL_BASIS_MISSING',
      // "tarjonnan kohdistamiseen, analysointiin" rests on an interest, but only direct marketing may be refused.
      'error OBJECTION_RIGHT_MISSING',
      'error PROVISION_REQUIREMENT_MISSING',
      'error SOURCE_PUBLIC_NOT_STATED',
      'warning IDENTITY_CODE_BASIS_MISSING',
      'warning RETENTION_GENERIC',
    ]);
  });

  it('Local Loop 2018 (GDPR): no legal basis, retention or complaint right; rights incomplete', async () => {
    expect(await findings('local-loop-2018.yaml')).toEqual([
      'error AUTOMATED_DECISIONS_NOT_STATED',
      'error COMPLAINT_MISSING',
      // "markkinointiin" and "asiakassuhteen ... kehittämiseen" with no basis: no interest or consent, and so
      // no right to object in its list of rights.
      'error INTEREST_OR_CONSENT_MISSING',
      'error LEGAL_BASIS_MISSING',
      'error OBJECTION_RIGHT_MISSING',
      'error PROVISION_REQUIREMENT_MISSING',
      'error RETENTION_MISSING',
      'error RIGHTS_INCOMPLETE',
      'error TRANSFER_DETAILS_MISSING',
      // Not CONTROLLER_ONE_CHANNEL: the address is the controller's, e-mail and phone the contact person's.
      'info DPO_NOT_STATED',
      'warning IDENTITY_CODE_BASIS_MISSING',
    ]);
  });

  it('LamisNET 2018 (GDPR, though its law line cites HetiL): legacy basis, unstated interest, old law, disguised e-mail; the authority’s address as it then was', async () => {
    expect(await findings('lamisnet-2018.yaml')).toEqual([
      'error LEGAL_BASIS_LEGACY',
      'error LEGITIMATE_INTEREST_MISSING',
      'error PROVISION_REQUIREMENT_MISSING',
      'error SOURCE_PUBLIC_NOT_STATED',
      'error SOURCE_PUBLIC_NOT_STATED',
      'error TRANSFER_DETAILS_MISSING',
      // Not CONTROLLER_ONE_CHANNEL: the controller's phone, and the contact person's e-mail.
      'info DPO_NOT_STATED',
      'warning EMAIL_OBFUSCATED', // "tietosuoja(at)om.fi"
      'warning IDENTITY_CODE_BASIS_MISSING', // named only where the notice says how long it keeps them
      'warning LAW_REFERENCE_MISSING',
      'warning OBJECTION_NOT_SEPARATE',
      'warning REPEALED_LAW_CITED',
      'warning REPEALED_LAW_CITED',
      // Not RETENTION_GENERIC: five years (`period`), the contract's and warranty's term; "lain mukainen aika" is one clause.
      'warning RIGHTS_HOW_TO_MISSING',
      // Ratapihantie 9 and PL 800, 00521 were the Ombudsman's addresses on 11.7.2018: not SUPERVISORY_AUTHORITY_STALE.
    ]);
  });

  it('ILJOJA 2015 (HetiL rekisteriseloste): vague transfers, repealed law, disguised e-mail', async () => {
    expect(await findings('iljoja-2015.yaml')).toEqual([
      // Not DATA_SUBJECTS_MISSING: the data description names the groups, "asiakkaan tai yhteistyökumppanin".
      'warning EMAIL_OBFUSCATED', // "tuki @ palvelimet . net"

      'warning IDENTITY_CODE_BASIS_MISSING',
      // "Henkilötietoja voidaan luovuttaa Suomen lain edellyttämässä ja sallimissa rajoissa." names nobody.
      'warning RECIPIENT_UNNAMED',
      'warning REPEALED_LAW_CITED',
      'warning TRANSFER_DETAILS_MISSING',
    ]);
  });
});
