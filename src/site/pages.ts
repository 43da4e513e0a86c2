import { escapeHtml as e } from '../html-escape.js';
import type { Language } from '../generated/notice-types.js';
import type { RenderedNotice } from '../render/index.js';
import { LANGUAGE_NAMES } from '../render/strings/index.js';
import { siteStrings } from './strings.js';

// The site's pages. Every link is relative (the site works from the disk and
// under any prefix of any host), every text from a notice is escaped here, and
// no page has a script or loads anything but the site's own stylesheet.

/** A register as the indexes list it. */
export interface RegisterEntry {
  /** Its folder in the organisation's folder. */
  register: string;
  /** The languages it was built in, the notice's order. */
  languages: Language[];
  /** Its name (plain text) in each built language. */
  titles: Partial<Record<Language, string>>;
  /** YYYY-MM-DD: the notice's `updated`, else `created`. */
  updated?: string;
}

/** An organisation as the front page lists it, with its registers. */
export interface OrganisationEntry {
  /** Its folder in the site. */
  folder: string;
  /** Its name (plain text) in its language; undefined when no notice names a controller. */
  name: string | undefined;
  businessId?: string;
  /** The language of its index page: the first language of most of its notices. */
  language: Language;
  registers: RegisterEntry[];
}

export interface NoticePageFacts {
  rendered: RenderedNotice;
  /** Every language the register is built in, the notice's order. */
  languages: readonly Language[];
  /** Whether each language has a PDF beside its page. */
  pdf: boolean;
  /** The organisation's name in the page's language, for the way back to its index. */
  organisation: string | undefined;
  /** The notice's generator tag. */
  version: string;
}

/** A notice in one language, as a page of the site (ORG/REGISTER/LANG.html). */
export function noticePage(facts: NoticePageFacts): string {
  const { rendered, languages, pdf, version } = facts;
  const { language, meta } = rendered;
  const words = siteStrings(language);
  const alternates = languages.map((other) => `<link rel="alternate" hreflang="${other}" href="${other}.html">`);
  const switcher = languages.map((other) =>
    other === language
      ? `<li><a href="${other}.html" hreflang="${other}" lang="${other}" aria-current="page">${e(LANGUAGE_NAMES[other])}</a></li>`
      : `<li><a href="${other}.html" hreflang="${other}" lang="${other}">${e(LANGUAGE_NAMES[other])}</a></li>`,
  );
  return lines([
    '<!DOCTYPE html>',
    `<html lang="${language}">`,
    '<head>',
    ...head(meta.title, '../../style.css', version, [
      ...(meta.author ? [`<meta name="author" content="${e(meta.author)}">`] : []),
      `<meta name="description" content="${e(meta.subject)}">`,
      ...(meta.date ? [`<meta name="dcterms.modified" content="${e(meta.date)}">`] : []),
      ...alternates,
    ]),
    '</head>',
    '<body>',
    '<header class="site-header">',
    `<nav class="site-path" aria-label="${e(words.siteNavigation)}">`,
    `<a href="../../index.html">${e(words.allOrganisations)}</a> › <a href="../index.html">${e(facts.organisation ?? words.noController)}</a>`,
    '</nav>',
    `<nav class="site-languages" aria-label="${e(words.languageSwitcher)}">`,
    `<ul>${switcher.join('')}</ul>`,
    ...(pdf ? [`<a class="site-pdf" href="${language}.pdf" type="application/pdf">${e(words.pdf)}</a>`] : []),
    '</nav>',
    '</header>',
    '<main>',
    rendered.fragment.trimEnd(),
    '</main>',
    '</body>',
    '</html>',
  ]);
}

/** An organisation's index (ORG/index.html): its registers, each with its languages, PDFs and date. */
export function organisationPage(organisation: OrganisationEntry, pdf: boolean, version: string): string {
  const { language } = organisation;
  const words = siteStrings(language);
  const name = organisation.name ?? words.noController;
  const rows = organisation.registers.map((entry) => {
    const shown = entry.languages.includes(language) ? language : entry.languages[0]!;
    const base = encodeURIComponent(entry.register);
    const title = entry.titles[shown] ?? entry.register;
    const langAttribute = shown === language ? '' : ` lang="${shown}"`;
    const links = entry.languages.map((other) => {
      const page = `<a href="${base}/${other}.html" hreflang="${other}" lang="${other}">${e(LANGUAGE_NAMES[other])}</a>`;
      const file = pdf
        ? ` (<a href="${base}/${other}.pdf" hreflang="${other}" type="application/pdf">PDF<span class="site-hidden"> ${e(LANGUAGE_NAMES[other])}</span></a>)`
        : '';
      return `<li>${page}${file}</li>`;
    });
    const date = entry.updated ? `<time datetime="${e(entry.updated)}">${e(entry.updated)}</time>` : '';
    return [
      '<tr>',
      `<th scope="row"><a href="${base}/${shown}.html"${langAttribute}>${e(title)}</a></th>`,
      `<td><ul class="site-inline">${links.join('')}</ul></td>`,
      `<td>${date}</td>`,
      '</tr>',
    ].join('\n');
  });
  return lines([
    '<!DOCTYPE html>',
    `<html lang="${language}">`,
    '<head>',
    ...head(`${name} – ${words.siteTitle}`, '../style.css', version, []),
    '</head>',
    '<body>',
    '<header class="site-header">',
    `<nav class="site-path" aria-label="${e(words.siteNavigation)}">`,
    `<a href="../index.html">${e(words.allOrganisations)}</a>`,
    '</nav>',
    '</header>',
    '<main class="site-index">',
    `<h1>${e(name)}</h1>`,
    ...(organisation.businessId ? [`<p>${e(words.businessId)}: ${e(organisation.businessId)}</p>`] : []),
    '<table>',
    `<caption>${e(words.registers)}</caption>`,
    '<thead>',
    `<tr><th scope="col">${e(words.register)}</th><th scope="col">${e(words.languages)}</th><th scope="col">${e(words.updated)}</th></tr>`,
    '</thead>',
    '<tbody>',
    ...rows,
    '</tbody>',
    '</table>',
    '</main>',
    '</body>',
    '</html>',
  ]);
}

/** The site's front page (index.html): its organisations. */
export function frontPage(organisations: readonly OrganisationEntry[], language: Language, version: string): string {
  const words = siteStrings(language);
  const items = organisations.map((organisation) => {
    const own = siteStrings(organisation.language);
    const name = organisation.name ?? own.noController;
    const langAttribute = organisation.language === language ? '' : ` lang="${organisation.language}"`;
    const id = organisation.businessId ? `, ${e(words.businessId)} ${e(organisation.businessId)}` : '';
    return `<li><a href="${encodeURIComponent(organisation.folder)}/index.html"${langAttribute}>${e(name)}</a>${id} (${e(words.registerCount(organisation.registers.length))})</li>`;
  });
  return lines([
    '<!DOCTYPE html>',
    `<html lang="${language}">`,
    '<head>',
    ...head(words.siteTitle, 'style.css', version, []),
    '</head>',
    '<body>',
    '<main class="site-index">',
    `<h1>${e(words.siteTitle)}</h1>`,
    `<h2>${e(words.organisations)}</h2>`,
    '<ul>',
    ...items,
    '</ul>',
    '</main>',
    '</body>',
    '</html>',
  ]);
}

/** The stylesheet of the whole site: the notices' own look, then the site's navigation and indexes. */
export function siteStylesheet(noticeCss: string): string {
  return `${noticeCss.trimEnd()}\n${SITE_CSS}`;
}

const SITE_CSS = `/* notice: the site's navigation and index pages. */
.site-header { max-width: 46rem; margin: 0 auto; padding: 1rem 1.25rem 0; display: flex; flex-wrap: wrap; gap: 0.5rem 1.5rem; justify-content: space-between; font-size: 0.95rem; }
.site-header a, .site-index a { color: #0b57a4; }
.site-header a:focus-visible, .site-index a:focus-visible { outline: 2px solid #0b57a4; outline-offset: 2px; }
.site-languages { display: flex; flex-wrap: wrap; gap: 0.5rem 1rem; align-items: baseline; }
.site-languages ul, .site-inline { display: inline; margin: 0; padding: 0; list-style: none; }
.site-languages li, .site-inline li { display: inline; }
.site-languages li + li::before, .site-inline li + li::before { content: " · "; }
.site-languages a[aria-current] { font-weight: 700; color: #1b1b1b; text-decoration: none; }
.site-index h1 { font-size: 2rem; line-height: 1.2; margin: 0 0 1rem; }
.site-index table { border-collapse: collapse; width: 100%; }
.site-index caption { text-align: left; font-size: 1.3rem; font-weight: 700; margin: 1.5rem 0 0.6rem; }
.site-index th, .site-index td { text-align: left; vertical-align: top; padding: 0.5rem 0.75rem 0.5rem 0; border-bottom: 1px solid #d8d8d8; }
.site-index li + li { margin-top: 0.3rem; }
.site-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
@media print { .site-header { display: none; } }
`;

function head(title: string, stylesheet: string, version: string, extra: readonly string[]): string[] {
  return [
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${e(title)}</title>`,
    ...extra,
    `<meta name="generator" content="notice ${e(version)}">`,
    `<link rel="stylesheet" href="${stylesheet}">`,
    // No icon: without this line a browser asks the host for /favicon.ico, a request the site does not need.
    '<link rel="icon" href="data:,">',
  ];
}

function lines(parts: readonly string[]): string {
  return parts.join('\n') + '\n';
}
