/**
 * Fidelity of a built notice to the original it carries: which headings and sentences of the original text are
 * not found in the built Markdown's text and in the HTML's visible text.
 *
 * The original is plain text (test/fixtures/real/*.txt, test/fixtures/seeds/*.txt): leading lines that start
 * with `#` are its header and are skipped. Text on both sides is normalised the same way (Unicode NFC,
 * whitespace collapsed, typographic quotes and dashes unified, case kept); markup and escapes are removed from
 * the built outputs. A unit is found when its normalised text is a substring of the normalised output.
 *
 * A unit not found as written may be found as labelled fields, when the caller gives the notice's own line labels
 * (`Built.lineLabels`, e.g. 'Y-tunnus', 'Puhelin', 'Laadittu'): every word of the unit appears in the output in
 * its order, with nothing between two of them but punctuation and at most three words of those labels. That is how
 * notice shows a contact or date line it has taken apart into fields ("LPOnet Oy, 0354505-7 Linnunrata 6" becomes
 * "LPOnet Oy / Y-tunnus: 0354505-7 / Linnunrata 6"): no word is lost, none reordered, none added but a label.
 * Words compare without case, and a date d.m.yyyy without leading zeros; a unit of one word must follow a label.
 * Such units are counted apart (`asFields`).
 *
 * Deliberate differences are exemptions: an exact string of the original, with the reason; every unit equal to
 * it or contained in it is exempt. An exemption is reported as stale when it exempts nothing, or when every unit it
 * exempts is found in both outputs after all (the difference has gone).
 */
import type { Browser } from 'puppeteer-core';
import type { Language } from '../../src/generated/notice-types.js';
import { stringsFor } from '../../src/render/strings/index.js';
import { openHtml } from '../browser.js';

export interface Unit {
  kind: 'heading' | 'sentence';
  /** As the original writes it (list marker and number of a heading removed). */
  text: string;
  /** 1-based line of the original file (header included) where the unit starts. */
  line: number;
}

export interface Exemption {
  /** An exact string from the original (a heading, a sentence, or a passage covering several). */
  text: string;
  reason: string;
}

export interface Built {
  markdown: string;
  /** The HTML (its visible text is taken by parsing), or `htmlText`: the text as a browser shows it. */
  html?: string;
  htmlText?: string;
  /** notice's own line labels in the output's language; when given, units may be found as labelled fields. */
  lineLabels?: readonly string[];
}

export interface FidelityResult {
  units: Unit[];
  exempt: Unit[];
  missing: { markdown: Unit[]; html: Unit[] };
  /** Units found in both outputs only as labelled fields (see the module's comment), not as written. */
  asFields: Unit[];
  /** Share of the non-exempt units found, 0..1 (1 when there is nothing to find). */
  share: { markdown: number; html: number };
  /** Exemptions that exempt nothing, or only units found in both outputs anyway. */
  unusedExemptions: Exemption[];
}

/** notice's own labels of contact and date lines in a language, for `Built.lineLabels`. */
export function lineLabels(language: Language): string[] {
  const l = stringsFor(language).labels;
  return [
    l.created,
    l.updated,
    l.version,
    l.businessId,
    l.address,
    l.postalAddress,
    l.visitingAddress,
    l.billingAddress,
    l.phone,
    l.email,
    l.website,
  ];
}

/** Unicode NFC, quotes and dashes unified, whitespace (no-break spaces included) collapsed, soft hyphens dropped. */
export function normalise(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\u00ad/g, '')
    .replace(/[\u2018\u2019\u201a\u201b\u2032\u00b4`]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]/g, '"')
    .replace(/[\u2010\u2011\u2012\u2013\u2014\u2015\u2212]/g, '-')
    .replace(/[\s\u00a0\u2007\u202f]+/g, ' ')
    .trim();
}

/** The original without its header (the leading lines that start with `#`), line numbers kept. */
function bodyLines(original: string): { text: string; line: number }[] {
  const lines = original
    .replace(/^\ufeff/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n');
  let start = 0;
  while (start < lines.length && lines[start]!.startsWith('#')) start++;
  return lines.slice(start).map((text, i) => ({ text, line: start + i + 1 }));
}

/** A line that is an e-mail or web address alone: a line of an address block, not the rest of a sentence. */
const ADDRESS_ONLY = /^(?:[^\s@]+@[^\s@]+\.[^\s@]+|(?:https?:\/\/|www\.)\S+)$/i;
const LIST_MARKER = /^(?:[-*•·▪◦–]|\d{1,3}[.)]|[a-zäöå][.)])\s+/;
const ENDS_SENTENCE = /[.!;,]["')\]]*$/;

/** Abbreviations after which a full stop does not end a sentence (fi, sv, en). */
const ABBREVIATIONS = new Set(
  'puh p esim mm ym em tms jne ks vrt ns n tel tfn ca bl t ex nr s klo kl os etc eg ie vs mr mrs dr'.split(' '),
);

/** Sentences of a logical line: split after . ! ? before a capital, a digit or an opening quote or bracket. */
function sentences(text: string): string[] {
  const pieces = text.split(/(?<=[.!?]["')\]]?)\s+(?=["'(\[]?[A-ZÄÖÅÜ0-9])/);
  const out: string[] = [];
  for (const piece of pieces) {
    const previous = out[out.length - 1];
    const lastWord = previous?.match(/(?:^|\s)(\p{L}+)\.$/u)?.[1];
    if (previous !== undefined && lastWord !== undefined && ABBREVIATIONS.has(lastWord.toLowerCase()))
      out[out.length - 1] = `${previous} ${piece}`;
    else out.push(piece);
  }
  return out.map((s) => s.trim()).filter((s) => s.length > 0);
}

/** A line that starts with a dash and holds further " - " bullets (a list flattened by PDF extraction): its items. */
function inlineItems(text: string): string[] {
  if (!/^-\s?\S/.test(text)) return [text];
  return text
    .split(/(?:^|\s)-\s?(?=[\p{L}\p{N}])/u)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/**
 * Splits an original into headings and sentences.
 * - A heading is a short line that stands alone (a blank line or the text's edge on both sides) and ends without
 *   sentence punctuation, and is not a "label: value" line; or a short line ending with ':' or '?' (a label
 *   heading, also when its content follows on the next line). A numbered or bulleted line is a heading on the
 *   same terms (its marker is dropped from the unit, since a notice may number its sections or not).
 * - A line broken mid-sentence (no end punctuation, the next line starting in lower case) is joined to the next,
 *   unless the next line is an e-mail or web address alone (a line of an address block).
 * - A numbered line after a blank line, short and without end punctuation, is a heading even when its content
 *   follows on the next line; a "heading<TAB>content" line (a table extracted from a PDF) is a heading and content.
 * - Lines of a list, and lines of an address block, are units of their own.
 */
export function splitOriginal(original: string): Unit[] {
  const lines = bodyLines(original);
  const units: Unit[] = [];
  const blank = (i: number) => i < 0 || i >= lines.length || lines[i]!.text.trim() === '';
  const isList = (i: number) => !blank(i) && LIST_MARKER.test(lines[i]!.text.trim());
  let i = 0;
  while (i < lines.length) {
    if (blank(i)) {
      i++;
      continue;
    }
    const first = lines[i]!;
    let text = first.text.trim();
    const tab = text.indexOf('\t');
    if (tab > 0) {
      // A table row extracted as "heading<TAB>content".
      units.push({ kind: 'heading', text: text.slice(0, tab).trim().replace(LIST_MARKER, ''), line: first.line });
      for (const item of inlineItems(text.slice(tab + 1).trim()))
        for (const s of sentences(item)) units.push({ kind: 'sentence', text: s, line: first.line });
      i++;
      continue;
    }
    const list = isList(i);
    // Join continuation lines of a sentence broken over lines.
    let j = i;
    while (
      !blank(j + 1) &&
      !isList(j + 1) &&
      !/[.!?:;]["')\]]*$/.test(lines[j]!.text.trim()) &&
      /^[a-zäöåü(]/.test(lines[j + 1]!.text.trim()) &&
      !ADDRESS_ONLY.test(lines[j + 1]!.text.trim())
    ) {
      j++;
      text += ' ' + lines[j]!.text.trim();
    }
    const standsAlone = blank(i - 1) && blank(j + 1);
    const content = list ? text.replace(LIST_MARKER, '') : text;
    const short = content.length <= 100 && !/[.!?]\s/.test(content);
    const isHeading =
      (short && /[:?]["')]*$/.test(content)) ||
      (standsAlone && short && !ENDS_SENTENCE.test(content) && !/\S: \S/.test(content)) ||
      (/^\d{1,3}[.)]\s/.test(text) && blank(i - 1) && short && !ENDS_SENTENCE.test(content));
    if (isHeading) {
      units.push({ kind: 'heading', text: list ? content : text, line: first.line });
    } else {
      for (const s of sentences(content)) units.push({ kind: 'sentence', text: s, line: first.line });
    }
    i = j + 1;
  }
  return units;
}

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  shy: '',
  laquo: '«',
  raquo: '»',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  sect: '§',
  copy: '©',
};

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** The text of Markdown as a reader sees it: markup, escapes, hard line breaks and link targets removed, entities decoded. */
export function markdownText(markdown: string): string {
  return normalise(
    decodeEntities(
      markdown
        .replace(/<((?:https?|mailto):[^<>\s]+|[^<>\s@]+@[^<>\s]+)>/g, '$1')
        .replace(/<br\s*\/?>/gi, ' ')
        .replace(/\\\n/g, '\n')
        .replace(/<\/?[a-z][^>]*>/gi, ' ')
        .replace(/!?\[([^\]]*)\]\((?:[^()\s]|\([^()]*\))*(?:\s+"[^"]*")?\)/g, '$1')
        .replace(/^ {0,3}(?:>\s?)+/gm, '')
        .replace(/^\s*(?:[-*+]|\d{1,9}[.)])\s+/gm, '')
        .replace(/^ {0,3}#{1,6}\s+/gm, '')
        .replace(/^\s*\|?(?:\s*:?-{3,}:?\s*\|)+\s*:?-*:?\s*$/gm, '')
        .replace(/\|/g, ' ')
        .replace(/`+/g, '')
        .replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, '$2')
        .replace(/(^|[^\p{L}\p{N}\\])[*_](?=\S)([^*_\n]*?\S)[*_](?![\p{L}\p{N}])/gu, '$1$2')
        .replace(/\\([!-/:-@[-`{-~])/g, '$1'),
    ),
  );
}

const INLINE_TAGS = new Set(
  'a abbr b bdi bdo cite code data dfn em i kbd mark q s samp small span strong sub sup time u var wbr ins del'.split(
    ' ',
  ),
);

/** The visible text of HTML, by parsing: head, style, script and template dropped; block tags separate words. */
export function htmlText(html: string): string {
  const body = html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(head|style|script|template|noscript)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<\/?([a-z][a-z0-9-]*)\b[^>]*>/gi, (_tag, name: string) =>
      INLINE_TAGS.has(name.toLowerCase()) ? '' : ' ',
    );
  return normalise(decodeEntities(body));
}

/** The text of HTML as Chromium renders it (document.body.innerText). */
export async function htmlTextInBrowser(browser: Browser, html: string): Promise<string> {
  const { page } = await openHtml(browser, html);
  try {
    return normalise(await page.evaluate(() => document.body.innerText));
  } finally {
    await page.close();
  }
}

/** Words of a normalised text for the labelled-fields match: punctuation at their edges dropped, case folded. */
function words(text: string): string[] {
  return text
    .split(' ')
    .map((w) =>
      w
        .replace(/^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu, '')
        .toLowerCase()
        .replace(/^0?(\d{1,2})\.0?(\d{1,2})\.(\d{4})$/, '$1.$2.$3'),
    )
    .filter((w) => w.length > 0);
}

/** At most this many label words may stand between two words of a unit. */
const LABEL_WORDS_BETWEEN = 3;

/** Whether the unit's words appear in the output's words in order, with only label words between them. */
function inOrder(unit: string[], output: string[], starts: Map<string, number[]>, labels: Set<string>): boolean {
  if (unit.length === 0) return false;
  for (const start of starts.get(unit[0]!) ?? []) {
    // A word alone ("01.01.2016") counts only where it stands under a label ("Laadittu 1.1.2016").
    if (unit.length === 1 && !labels.has(output[start - 1] ?? '')) continue;
    let k = 1;
    let q = start + 1;
    let between = 0;
    while (k < unit.length && q < output.length) {
      if (output[q] === unit[k]) {
        k++;
        between = 0;
      } else if (labels.has(output[q]!) && between < LABEL_WORDS_BETWEEN) between++;
      else break;
      q++;
    }
    if (k === unit.length) return true;
  }
  return false;
}

/** Finds units in one output: as written, or (with labels) as labelled fields. */
function finder(output: string, labels: Set<string> | undefined) {
  const outputWords = labels ? words(output) : [];
  const starts = new Map<string, number[]>();
  outputWords.forEach((w, i) => {
    const at = starts.get(w);
    if (at) at.push(i);
    else starts.set(w, [i]);
  });
  return {
    asWritten: (unit: Unit) => output.includes(normalise(unit.text)),
    asFields: (unit: Unit) => labels !== undefined && inOrder(words(normalise(unit.text)), outputWords, starts, labels),
  };
}

export function checkFidelity(original: string, built: Built, exemptions: Exemption[] = []): FidelityResult {
  const units = splitOriginal(original);
  const labels = built.lineLabels ? new Set(built.lineLabels.flatMap((l) => words(normalise(l)))) : undefined;
  const md = finder(markdownText(built.markdown), labels);
  const html = finder(built.htmlText !== undefined ? normalise(built.htmlText) : htmlText(built.html ?? ''), labels);
  const foundIn = (output: ReturnType<typeof finder>) => (unit: Unit) =>
    output.asWritten(unit) || output.asFields(unit);
  const found = (unit: Unit) => foundIn(md)(unit) && foundIn(html)(unit);
  const needed = new Set<Exemption>();
  const exempt: Unit[] = [];
  const wanted: Unit[] = [];
  for (const unit of units) {
    const text = normalise(unit.text);
    const by = exemptions.find((e) => normalise(e.text) === text || normalise(e.text).includes(text));
    if (by) {
      if (!found(unit)) needed.add(by);
      exempt.push(unit);
    } else wanted.push(unit);
  }
  const missing = {
    markdown: wanted.filter((u) => !foundIn(md)(u)),
    html: wanted.filter((u) => !foundIn(html)(u)),
  };
  const asFields = wanted.filter((u) => found(u) && !(md.asWritten(u) && html.asWritten(u)));
  const share = (n: number) => (wanted.length === 0 ? 1 : (wanted.length - n) / wanted.length);
  return {
    units,
    exempt,
    missing,
    asFields,
    share: { markdown: share(missing.markdown.length), html: share(missing.html.length) },
    unusedExemptions: exemptions.filter((e) => !needed.has(e)),
  };
}
