import { escapeHtml } from '../html-escape.js';
import { LANGUAGES } from '../generated/notice-enums.js';
import type { Language } from '../generated/notice-types.js';
import { formatDate } from '../render/format.js';
import { LANGUAGE_NAMES, stringsFor } from '../render/strings/index.js';

/** What the archive records of one version (DIR/NAME/FOLDER/.notice-version.json). */
export interface ArchivedVersion {
  /** The version's folder under the notice's: DATE or DATE_VERSION. */
  folder: string;
  /** From when the version was in force: the notice's `effective` date, else its `updated`, else its `created`. */
  date: string;
  version?: string;
  languages: Language[];
  /** The document title in each language, for the index page. */
  titles: Partial<Record<Language, string>>;
  /** Hash of the notice's content (its merged data with sorted keys). */
  content: string;
}

/**
 * The index page of an archive in a language: index.LANG.html, whatever the notice's first language, so that a
 * link to one never breaks (index.html is the same page in the first language).
 */
export function archiveIndexFile(language: Language): string {
  return `index.${language}.html`;
}

/**
 * The languages of a notice's archive index: the newest version's, in its order, then any only older versions
 * had (their files are still listed).
 */
export function archiveIndexLanguages(versions: readonly { record: ArchivedVersion }[]): Language[] {
  const newestFirst = [...versions].sort((a, b) => compareVersions(b.record, a.record));
  return [...new Set(newestFirst.flatMap(({ record }) => record.languages))];
}

/**
 * The index page of one notice's archive in one of its languages: each version, newest first, when it was in
 * force (from its date to the day before the next version's) and links to its files, with links to the page
 * in the other languages. One static page with no script and only relative links, so that the archive can be
 * served from anywhere.
 */
export function archiveIndexPage(
  versions: readonly { record: ArchivedVersion; files: readonly string[] }[],
  language: Language = archiveIndexLanguages(versions)[0] ?? 'fi',
): string {
  const oldestFirst = [...versions].sort((a, b) => compareVersions(a.record, b.record));
  const newest = oldestFirst[oldestFirst.length - 1]!.record;
  const languages = archiveIndexLanguages(versions);
  const strings = stringsFor(language).archive;
  const named = newest.titles[language] ?? languages.map((l) => newest.titles[l]).find(Boolean) ?? newest.folder;
  const title = `${named}: ${strings.heading}`;
  const linked = languages.length > 1 ? languages : [];
  const alternates = linked.map(
    (other) => `<link rel="alternate" hreflang="${other}" href="${archiveIndexFile(other)}">\n`,
  );
  const switcher = linked.map((other) => {
    const current = other === language ? ' aria-current="page"' : '';
    const href = archiveIndexFile(other);
    return `<li><a href="${href}" hreflang="${other}" lang="${other}"${current}>${escapeHtml(LANGUAGE_NAMES[other])}</a></li>`;
  });
  const rows = oldestFirst.map(({ record, files }, index) => {
    const next = oldestFirst[index + 1]?.record;
    const from = formatDate(record.date, language);
    const until = next ? formatDate(dayBefore(next.date, record.date), language) : strings.now;
    // The page's own language first, then the version's order.
    const ownFirst = [...files].sort(
      (a, b) => Number(b.startsWith(`${language}.`)) - Number(a.startsWith(`${language}.`)),
    );
    const links = ownFirst.map((file) => {
      const fileLanguage = LANGUAGES.find((l) => file.startsWith(`${l}.`));
      const label = fileLanguage ? `${strings.languageNames[fileLanguage]}, ${file}` : file;
      const href = `${encodeURIComponent(record.folder)}/${encodeURIComponent(file)}`;
      const hreflang = fileLanguage ? ` hreflang="${fileLanguage}"` : '';
      return `<li><a href="${escapeHtml(href)}"${hreflang}>${escapeHtml(label)}</a></li>`;
    });
    return [
      '<tr>',
      `<th scope="row">${escapeHtml(record.version ?? from)}</th>`,
      `<td>${escapeHtml(`${from} – ${until}`)}</td>`,
      `<td><ul>${links.join('')}</ul></td>`,
      '</tr>',
    ].join('\n');
  });
  return `<!doctype html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
${alternates.join('')}<style>
body { font-family: system-ui, sans-serif; line-height: 1.5; color: #1a1a1a; background: #fff; margin: 0; }
main { max-width: 48rem; margin: 0 auto; padding: 1.5rem; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; vertical-align: top; padding: 0.5rem; border-bottom: 1px solid #767676; }
ul { margin: 0; padding-left: 1.2rem; }
a { color: #0b57a4; }
nav ul { list-style: none; display: flex; gap: 1rem; padding: 0; margin: 0 0 1rem; }
a[aria-current] { font-weight: 700; color: #1a1a1a; text-decoration: none; }
</style>
</head>
<body>
<main>
${switcher.length > 0 ? `<nav aria-label="${escapeHtml(strings.languageSwitcher)}"><ul>${switcher.join('')}</ul></nav>\n` : ''}<h1>${escapeHtml(title)}</h1>
<p>${escapeHtml(strings.intro)}</p>
<table>
<thead>
<tr><th scope="col">${escapeHtml(strings.version)}</th><th scope="col">${escapeHtml(strings.inForce)}</th><th scope="col">${escapeHtml(strings.files)}</th></tr>
</thead>
<tbody>
${rows.reverse().join('\n')}
</tbody>
</table>
</main>
</body>
</html>
`;
}

/** Oldest first: by date, then by folder (a version's date and number). */
function compareVersions(a: ArchivedVersion, b: ArchivedVersion): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  return a.folder < b.folder ? -1 : a.folder > b.folder ? 1 : 0;
}

/** The day before `date`, but not before `from`: a version replaced on its own day was in force that day. */
function dayBefore(date: string, from: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const before = new Date(Date.UTC(year, month - 1, day - 1)).toISOString().slice(0, 10);
  return before < from ? from : before;
}
