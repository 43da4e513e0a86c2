import type { Language } from '../generated/notice-types.js';
import type { Strings } from './strings/types.js';

/** A date written YYYY-MM-DD, as readers of the language write it: fi/sv 1.1.2016, en 1 January 2016. */
export function formatDate(iso: string, language: Language): string {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  if (language === 'en') return `${day} ${ENGLISH_MONTHS.format(new Date(Date.UTC(year, month - 1, 1)))} ${year}`;
  return `${day}.${month}.${year}`;
}

/**
 * A phone number as shown in a language. In fi and sv it is shown as written
 * (only runs of spaces made one): the notice's author chose the form, and a
 * carried notice keeps it. In en, a Finnish number written nationally is
 * shown internationally ("09 3157 6885" as "+358 9 3157 6885"), since an
 * English reader may call from abroad; the writer's grouping of the digits is
 * kept. Other numbers are left as written.
 */
export function formatPhone(written: string, language: Language): string {
  const asWritten = written.replace(/\s+/g, ' ').trim();
  if (language !== 'en') return asWritten;
  const number = asWritten.replace(/\s*\(0\)\s*/, ' ');
  if (/^0[1-9]/.test(number)) return `+358 ${number.slice(1)}`;
  if (/^00358/.test(number)) return `+358 ${number.slice(5).trim()}`;
  return number;
}

/** A country's name in the language, from its ISO 3166 code (Node's ICU data). */
export function countryName(code: string, language: Language): string {
  const key = `${language}-${code}`;
  let name = COUNTRY_NAMES.get(key);
  if (name === undefined)
    COUNTRY_NAMES.set(key, (name = new Intl.DisplayNames([language], { type: 'region' }).of(code) ?? code));
  return name;
}

// Intl lookups are slow and their answers fixed: made once.
const ENGLISH_MONTHS = new Intl.DateTimeFormat('en-GB', { month: 'long', timeZone: 'UTC' });
const COUNTRY_NAMES = new Map<string, string>();

/** An ISO 8601 period ("P5Y", "P1Y6M", "P30D") in words: "5 vuotta", "1 year 6 months". */
export function formatPeriod(period: string, strings: Strings): string {
  const match = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?$/.exec(period);
  if (!match) return period;
  const units = [strings.units.years, strings.units.months, strings.units.weeks, strings.units.days];
  return match
    .slice(1)
    .map((value, i) => (value === undefined ? undefined : `${Number(value)} ${units[i]![Number(value) === 1 ? 0 : 1]}`))
    .filter((part): part is string => part !== undefined)
    .join(' ');
}
