import { escapeHtml } from '../html-escape.js';
import { LANGUAGES } from '../generated/notice-enums.js';
import type { Language } from '../generated/notice-types.js';
import { formatDate } from '../render/format.js';
import { stringsFor } from '../render/strings/index.js';

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
 * The index page of one notice's archive: each version, newest first, when it was in force (from its date to
 * the day before the next version's) and links to its files. In the newest version's first language; one
 * static page with no script and only relative links, so that the archive can be served from anywhere.
 */
export function archiveIndexPage(versions: readonly { record: ArchivedVersion; files: readonly string[] }[]): string {
  const oldestFirst = [...versions].sort((a, b) =>
    a.record.date === b.record.date
      ? a.record.folder < b.record.folder
        ? -1
        : 1
      : a.record.date < b.record.date
        ? -1
        : 1,
  );
  const newest = oldestFirst[oldestFirst.length - 1]!.record;
  const language = newest.languages[0] ?? 'fi';
  const strings = stringsFor(language).archive;
  const title = `${newest.titles[language] ?? newest.folder}: ${strings.heading}`;
  const rows = oldestFirst.map(({ record, files }, index) => {
    const next = oldestFirst[index + 1]?.record;
    const from = formatDate(record.date, language);
    const until = next ? formatDate(dayBefore(next.date, record.date), language) : strings.now;
    const links = files.map((file) => {
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
<style>
body { font-family: system-ui, sans-serif; line-height: 1.5; color: #1a1a1a; background: #fff; margin: 0; }
main { max-width: 48rem; margin: 0 auto; padding: 1.5rem; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; vertical-align: top; padding: 0.5rem; border-bottom: 1px solid #767676; }
ul { margin: 0; padding-left: 1.2rem; }
a { color: #0b57a4; }
</style>
</head>
<body>
<main>
<h1>${escapeHtml(title)}</h1>
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

/** The day before `date`, but not before `from`: a version replaced on its own day was in force that day. */
function dayBefore(date: string, from: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const before = new Date(Date.UTC(year, month - 1, day - 1)).toISOString().slice(0, 10);
  return before < from ? from : before;
}
