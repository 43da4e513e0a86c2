import type {
  Address,
  AddressOfKind,
  Emails,
  Language,
  Name,
  Notice,
  Phones,
  Text,
} from '../../generated/notice-types.js';
import { formatPhone } from '../../render/format.js';
import type { Strings } from '../../render/strings/types.js';
import { textIn } from '../../text.js';

/** Reads the notice's values in one language, as written: TILT's strings are plain data, not Markdown to escape. */
export interface Reader {
  language: Language;
  strings: Strings;
  /** A text or name in this language, else in the first declared language that has it; undefined when not given. */
  text(value: Text | Name | undefined): string | undefined;
  /** Several texts as one, paragraphs apart; undefined when none is given. */
  joined(...values: (Text | Name | string | undefined)[]): string | undefined;
  address(address: Address | AddressOfKind | undefined): string | undefined;
  firstEmail(emails: Emails | undefined): string | undefined;
  /** The first phone number in TILT's form (digits, spaces, +, parentheses), as the rendered notice writes it. */
  firstPhone(phones: Phones | undefined): string | undefined;
}

/** TILT's own pattern for a phone number. */
const TILT_PHONE = /^[+]*[(]{0,1}[0-9]{1,4}[)]{0,1}[-\s./0-9]*$/;

export function readerFor(notice: Notice, language: Language, strings: Strings): Reader {
  const declared = notice.notice.languages;
  const text = (value: Text | Name | undefined): string | undefined => {
    return value === undefined ? undefined : textIn(value, language, declared);
  };
  return {
    language,
    strings,
    text,
    joined: (...values) => {
      const parts = values.map((value) => text(value)?.trim()).filter((part): part is string => !!part);
      return parts.length > 0 ? parts.join('\n\n') : undefined;
    },
    address: (address) => {
      if (!address) return undefined;
      const street = [text(address.street), address.po_box && `${strings.poBox} ${address.po_box}`].filter(Boolean);
      const town = [address.postal_code, text(address.city)].filter(Boolean).join(' ');
      const addressee = 'addressee' in address ? text(address.addressee) : undefined;
      const line = [addressee, ...street, town].filter(Boolean).join(', ');
      return line === '' ? undefined : line;
    },
    firstEmail: (emails) => (Array.isArray(emails) ? emails[0] : emails),
    firstPhone: (phones) => {
      const first = Array.isArray(phones) ? phones[0] : phones;
      if (first === undefined) return undefined;
      const number = formatPhone(typeof first === 'string' ? first : first.number, language);
      return TILT_PHONE.test(number) ? number : undefined;
    },
  };
}
