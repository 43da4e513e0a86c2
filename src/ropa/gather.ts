import { reachedThrough, toPointer, type Diagnostic, type Severity } from '../diagnostics.js';
import type { Address, Contact, Controller, Dpo, Language, Notice } from '../generated/notice-types.js';
import type { LoadedNotice } from '../load/index.js';
import { countryName, formatPeriod } from '../render/format.js';
import { stringsFor } from '../render/strings/index.js';
import { plainText } from '../text.js';
import { lines } from './text.js';
import type { Column, RopaStrings } from './strings.js';
import { organisationController } from '../organisation.js';

/** One cell of the record: its text, and whether that text says the fact is missing. */
export interface Cell {
  text: string;
  missing: boolean;
}

/** One processing activity (one register, one notice) as a row of the record. */
export interface Processing {
  file: string;
  cells: Record<Column, Cell>;
}

/** What a gap in a register is reported as: the code, its severity, and the Art. 30(1) point it rests on. */
interface Gap {
  severity: Severity;
  reference: string;
  message: string;
  hint: string;
}

/**
 * The gaps the record reports. Errors for what Art. 30(1) asks without
 * condition; warnings for what it asks "where possible" (f, g), for the legal
 * basis (not in 30(1), but every record keeper is asked it) and for a notice
 * that does not say whether it has a DPO.
 */
export const GAPS = {
  ROPA_CONTROLLER_MISSING: {
    severity: 'error',
    reference: 'GDPR 30(1)(a)',
    message: 'The register does not name its controller, so the record cannot say whose processing it is.',
    hint: 'Add `controller:` with the name and contact details.',
  },
  ROPA_CONTROLLER_CONTACT_MISSING: {
    severity: 'error',
    reference: 'GDPR 30(1)(a)',
    message: "The controller's contact details (address, phone or e-mail) are missing.",
    hint: 'Add `address`, `phone` or `email` under `controller:`.',
  },
  ROPA_DPO_UNSTATED: {
    severity: 'warning',
    reference: 'GDPR 30(1)(a)',
    message: 'The register does not say whether a data protection officer is designated.',
    hint: 'Add `dpo: { designated: false }`, or the officer with contact details.',
  },
  ROPA_DPO_CONTACT_MISSING: {
    severity: 'error',
    reference: 'GDPR 30(1)(a)',
    message: "A data protection officer is designated, but the officer's contact details are missing.",
    hint: 'Add `email`, `phone` or `address` under `dpo:`.',
  },
  ROPA_PURPOSES_MISSING: {
    severity: 'error',
    reference: 'GDPR 30(1)(b)',
    message: 'The register states no purposes of the processing.',
    hint: 'Add `purposes:` with an item for each purpose.',
  },
  ROPA_LEGAL_BASIS_MISSING: {
    severity: 'warning',
    reference: 'GDPR 6(1)',
    message: 'The register states no legal basis for the processing.',
    hint: 'Add `legal_basis:` with a basis for each purpose.',
  },
  ROPA_DATA_SUBJECTS_MISSING: {
    severity: 'error',
    reference: 'GDPR 30(1)(c)',
    message: 'The register does not describe the categories of data subjects.',
    hint: 'Add `data_subjects:` with an item for each group of people.',
  },
  ROPA_DATA_CATEGORIES_MISSING: {
    severity: 'error',
    reference: 'GDPR 30(1)(c)',
    message: 'The register does not describe the categories of personal data.',
    hint: 'Add `data_categories:` with an item for each kind of data.',
  },
  ROPA_RECIPIENTS_MISSING: {
    severity: 'error',
    reference: 'GDPR 30(1)(d)',
    message: 'The register does not state the categories of recipients, or that there are none.',
    hint: 'Add `recipients:` with its items, or `recipients: { none: true }`.',
  },
  ROPA_TRANSFERS_MISSING: {
    severity: 'error',
    reference: 'GDPR 30(1)(e)',
    message: 'The register does not say whether data is transferred outside the EU or EEA.',
    hint: 'Add `transfers: { status: none }`, or `status: intended` with the transfers.',
  },
  ROPA_TRANSFER_DESTINATION_MISSING: {
    severity: 'error',
    reference: 'GDPR 30(1)(e)',
    message: 'A transfer does not name the third country or international organisation.',
    hint: 'Add `country` (ISO code, for example US) or `international_organisation` to the transfer.',
  },
  ROPA_TRANSFER_SAFEGUARDS_MISSING: {
    severity: 'error',
    reference: 'GDPR 30(1)(e), 46, 49(1)',
    message: 'A transfer states neither its transfer mechanism nor its safeguards.',
    hint: 'Add `mechanism` (for example scc or adequacy) and, for a transfer on compelling legitimate interests, `safeguards`.',
  },
  ROPA_RETENTION_MISSING: {
    severity: 'warning',
    reference: 'GDPR 30(1)(f)',
    message: 'The register states no time limits for erasure (retention periods).',
    hint: 'Add `retention:` with a period or criteria for each kind of data.',
  },
  ROPA_SECURITY_MISSING: {
    severity: 'warning',
    reference: 'GDPR 30(1)(g), 32(1)',
    message: 'The register gives no general description of its technical and organisational security measures.',
    hint: 'Add `security:` with a text or items on how the data is protected.',
  },
} as const satisfies Record<string, Gap>;

export type GapCode = keyof typeof GAPS;

/** Whose processing a notice describes: the controller its organisation is (src/organisation.ts), if it names one. */
export function controllerOf(notice: Notice): Controller | undefined {
  return organisationController(notice) as Controller | undefined;
}

/** One notice as a row of the record in `language`, with a diagnostic for each gap that Art. 30(1) minds. */
export function processingOf(
  loaded: LoadedNotice,
  language: Language,
  strings: RopaStrings,
): { processing: Processing; diagnostics: Diagnostic[] } {
  const notice = loaded.data as unknown as Notice;
  const declared = notice.notice.languages;
  const text = (value: Parameters<typeof plainText>[0]) => plainText(value, language, declared);
  const builtIn = stringsFor(language, 'neutral');
  const diagnostics: Diagnostic[] = [];
  const gap = (code: GapCode, path: (string | number)[]): Cell => {
    const { severity, reference, message, hint } = GAPS[code];
    const at = path.length > 0 ? loaded.locate.keyAt(path) : loaded.locate.keyAt([]);
    const found = { code, severity, message, hint, reference, file: loaded.file, path: toPointer(path), ...at };
    diagnostics.push(reachedThrough(found, loaded.file));
    return { text: strings.missing, missing: true };
  };
  const cell = (value: string | undefined, otherwise: () => Cell): Cell =>
    value !== undefined ? { text: value, missing: false } : otherwise();
  const given = (value: string): Cell => ({ text: value, missing: false });

  const contactText = (contact: Contact | Controller | Dpo, withId: boolean): string | undefined => {
    const parts = [
      text(contact.name),
      'role' in contact ? text(contact.role) : undefined,
      withId && 'business_id' in contact && contact.business_id
        ? `${strings.businessId} ${contact.business_id}`
        : undefined,
      ...addressesOf(contact).map((a) => addressText(a, language, declared, builtIn.poBox)),
      ...listOf(contact.phone).map((p) => (typeof p === 'string' ? p : p.number)),
      ...listOf(contact.email),
      contact.website,
    ];
    const given = parts.filter((p): p is string => !!p);
    return given.length > 0 ? given.join('\n') : undefined;
  };
  const reachable = (contact: Contact | Controller | Dpo) =>
    addressesOf(contact).length > 0 || listOf(contact.phone).length > 0 || listOf(contact.email).length > 0;

  // (a) the controller, joint controllers, representative and DPO
  const controller = controllerOf(notice);
  const controllerCell = !controller
    ? gap('ROPA_CONTROLLER_MISSING', [])
    : !reachable(controller)
      ? {
          text: `${contactText(controller, true) ?? ''}\n${strings.missing}`.trim(),
          missing: !!gap('ROPA_CONTROLLER_CONTACT_MISSING', [notice.controller ? 'controller' : 'joint_controllers']),
        }
      : given(contactText(controller, true)!);
  const joint = notice.controller ? (notice.joint_controllers ?? []) : (notice.joint_controllers ?? []).slice(1);
  const jointCell = given(
    joint.length > 0
      ? (lines(joint.map((c) => contactText(c, true)?.replace(/\n/g, ', '))) ?? strings.none)
      : strings.none,
  );
  const representative = controller?.representative;
  const representativeCell = given((representative && contactText(representative, false)) ?? strings.none);

  const dpo = notice.dpo;
  let dpoCell: Cell;
  if (!dpo) dpoCell = gap('ROPA_DPO_UNSTATED', []);
  else if (!dpo.designated) dpoCell = given(strings.dpoNotDesignated);
  else {
    const officers: (Contact | Dpo)[] = dpo.officers ?? [dpo];
    const sameAsContact = dpo.same_as_contact_person === true && notice.contact_person !== undefined;
    const shown = sameAsContact ? [notice.contact_person!] : officers;
    const described = lines(shown.map((o) => contactText(o, false)?.replace(/\n/g, ', ')));
    dpoCell = shown.some(reachable)
      ? given(described!)
      : {
          text: `${described ?? ''}\n${strings.missing}`.trim(),
          missing: !!gap('ROPA_DPO_CONTACT_MISSING', ['dpo']),
        };
  }

  // (b) purposes, and the legal bases beside them
  const purposes = notice.purposes?.items ?? [];
  const purposeName = new Map<string, string>();
  for (const p of purposes) if (p.id) purposeName.set(p.id, text(p.name) ?? text(p.description) ?? p.id);
  const purposesCell = cell(
    lines([
      ...purposes.map((p) => {
        const name = text(p.name);
        const description = text(p.description);
        return name && description ? `${name}: ${description}` : (name ?? description);
      }),
    ]) ?? text(notice.purposes?.text),
    () => gap('ROPA_PURPOSES_MISSING', notice.purposes ? ['purposes'] : []),
  );
  const bases = notice.legal_basis?.items ?? [];
  const basesCell = cell(
    lines(
      bases.map((b) => {
        const name = builtIn.bases[b.basis];
        const covered = (b.purposes ?? []).map((id) => purposeName.get(id) ?? id);
        const law = text(b.law_reference);
        return [
          name,
          covered.length > 0 ? ` (${strings.purposes}: ${covered.join('; ')})` : '',
          law ? `; ${strings.lawReference}: ${law}` : '',
        ].join('');
      }),
    ) ?? text(notice.legal_basis?.text),
    () => gap('ROPA_LEGAL_BASIS_MISSING', notice.legal_basis ? ['legal_basis'] : []),
  );

  // (c) categories of data subjects and of personal data
  const subjectsCell = cell(
    lines((notice.data_subjects?.items ?? []).map((s) => text(s.description))) ?? text(notice.data_subjects?.text),
    () => gap('ROPA_DATA_SUBJECTS_MISSING', notice.data_subjects ? ['data_subjects'] : []),
  );
  const categoriesCell = cell(
    lines(
      (notice.data_categories?.items ?? []).map((c) => {
        const marks = [
          c.special_category
            ? `${strings.specialCategory}: ${builtIn.specialCategories[c.special_category].toLowerCase()}`
            : undefined,
          c.criminal ? strings.criminal : undefined,
        ].filter(Boolean);
        const description = text(c.description);
        return description && marks.length > 0 ? `${description} (${marks.join('; ')})` : description;
      }),
    ) ?? text(notice.data_categories?.text),
    () => gap('ROPA_DATA_CATEGORIES_MISSING', notice.data_categories ? ['data_categories'] : []),
  );

  // (d) categories of recipients
  const recipients = notice.recipients;
  const recipientsCell = cell(
    recipients?.none
      ? (text(recipients.text) ?? strings.recipientsNone)
      : (lines(
          (recipients?.items ?? []).map((r) => {
            const what = text(r.category) ?? text(r.name) ?? text(r.description);
            const name = r.category !== undefined ? text(r.name) : undefined;
            const extra = [name, r.processor ? strings.processor : undefined].filter(Boolean);
            return what && extra.length > 0 ? `${what} (${extra.join(', ')})` : what;
          }),
        ) ?? text(recipients?.text)),
    () => gap('ROPA_RECIPIENTS_MISSING', recipients ? ['recipients'] : []),
  );

  // (e) transfers and their safeguards
  const transfers = notice.transfers;
  let transfersCell: Cell;
  if (!transfers) transfersCell = gap('ROPA_TRANSFERS_MISSING', []);
  else if (transfers.status === 'none') transfersCell = given(strings.transfersNone);
  else {
    const items = transfers.items ?? [];
    const described = items.map((t, index) => {
      const where = [t.country && countryName(t.country, language), t.international_organisation].filter(Boolean);
      const destination =
        where.length > 0
          ? where.join(', ')
          : gap('ROPA_TRANSFER_DESTINATION_MISSING', ['transfers', 'items', index]).text;
      const recipient = text(t.recipient);
      const safeguards = [
        t.mechanism ? builtIn.mechanisms[t.mechanism] : undefined,
        text(t.safeguards),
        text(t.safeguard_copy),
      ].filter((s): s is string => s !== undefined);
      const needsOwn = t.mechanism === 'compelling_legitimate_interests' && text(t.safeguards) === undefined;
      const safeguardText =
        safeguards.length === 0 || needsOwn
          ? [...safeguards, gap('ROPA_TRANSFER_SAFEGUARDS_MISSING', ['transfers', 'items', index]).text].join('; ')
          : safeguards.join('; ');
      return `${destination}${recipient ? ` (${recipient})` : ''}. ${strings.safeguards}: ${safeguardText}`;
    });
    if (described.length > 0) {
      const whole = lines(described)!;
      transfersCell = { text: whole, missing: whole.includes(strings.missing) };
    } else {
      // Words alone ("data may be transferred if needed") do not identify the third country, as 30(1)(e) asks.
      const said = text(transfers.text);
      const missing = gap('ROPA_TRANSFER_DESTINATION_MISSING', ['transfers']);
      transfersCell = said ? { text: `${said}\n${missing.text}`, missing: true } : missing;
    }
  }

  // (f) time limits for erasure
  const retentionCell = cell(
    lines(
      (notice.retention?.items ?? []).map((r) => {
        const period = r.period ? formatPeriod(r.period, builtIn) : undefined;
        const trigger = text(r.trigger);
        const criteria = text(r.criteria);
        const covered = (r.applies_to ?? []).map((id) => purposeName.get(id)).filter(Boolean);
        const law = text(r.law_reference);
        return [
          [period, trigger ? `(${strings.trigger.toLowerCase()}: ${trigger})` : undefined].filter(Boolean).join(' '),
          criteria ? `${strings.criteria}: ${criteria}` : undefined,
          covered.length > 0 ? `${strings.purposes}: ${covered.join('; ')}` : undefined,
          law ? `${strings.lawReference}: ${law}` : undefined,
        ]
          .filter(Boolean)
          .join('; ');
      }),
    ) ?? text(notice.retention?.text),
    () => gap('ROPA_RETENTION_MISSING', notice.retention ? ['retention'] : []),
  );

  // (g) security measures
  const security = notice.security;
  const securityCell = cell(
    [text(security?.text), lines((security?.items ?? []).map((i) => text(i))), text(security?.text_after)]
      .filter(Boolean)
      .join('\n') || undefined,
    () => gap('ROPA_SECURITY_MISSING', security ? ['security'] : []),
  );

  const register =
    text(notice.register_name) ?? text(notice.notice.title) ?? baseName(loaded.file).replace(/\.ya?ml$/i, '');
  return {
    processing: {
      file: loaded.file,
      cells: {
        register: given(register),
        controller: controllerCell,
        jointControllers: jointCell,
        representative: representativeCell,
        dpo: dpoCell,
        purposes: purposesCell,
        legalBases: basesCell,
        dataSubjects: subjectsCell,
        dataCategories: categoriesCell,
        recipients: recipientsCell,
        transfers: transfersCell,
        retention: retentionCell,
        security: securityCell,
        file: given(baseName(loaded.file)),
      },
    },
    diagnostics,
  };
}

function baseName(file: string): string {
  return file.split(/[\\/]/).pop() ?? file;
}

function listOf<T>(value: T | readonly T[] | undefined): T[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? [...(value as readonly T[])] : [value as T];
}

function addressesOf(contact: Contact | Controller | Dpo): Address[] {
  return [...(contact.address ? [contact.address] : []), ...(contact.addresses ?? [])];
}

function addressText(
  address: Address,
  language: Language,
  declared: readonly Language[],
  poBox: string,
): string | undefined {
  const city = [address.postal_code, plainText(address.city, language, declared)].filter(Boolean).join(' ');
  const parts = [
    plainText(address.street, language, declared),
    address.po_box ? `${poBox} ${address.po_box}` : undefined,
    city || undefined,
    address.country && address.country.length === 2 ? countryName(address.country, language) : address.country,
  ].filter(Boolean);
  return parts.length > 0 ? parts.join(', ') : undefined;
}
