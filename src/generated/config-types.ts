/* Generated from schemas/notice-config.schema.json by `npm run gen`. Do not edit by hand. */

/**
 * off: not reported; error: fails validate and build (exit 1); warning; info.
 *
 * This interface was referenced by `NoticeConfig`'s JSON-Schema
 * via the `definition` "RuleSetting".
 */
export type RuleSetting = 'off' | 'error' | 'warning' | 'info';

/**
 * Settings of notice for the notices of one project: notice.config.yaml, found upwards from the working folder or named with --config. Paths are relative to the folder of this file. Command-line options override these settings.
 */
export interface NoticeConfig {
  /**
   * Notice files, or folders to search for *.yaml and *.yml, used when the command names none. Example: [notices]
   *
   * @minItems 1
   */
  inputs?: [string, ...string[]];
  /**
   * Folder the outputs of notice build go to (default: build). Holds .notice-manifest.json, the record of what was built from what.
   */
  out?: string;
  /**
   * Folder notice build makes a privacy site in, instead of writing to out: ORG/REGISTER/LANG.html for each notice and language (ORG being the controller's business ID, else a slug of its name; REGISTER the notice file's name), the formats beside them, ORG/index.html per organisation, index.html and style.css. naming does not apply. --out on the command line builds plain outputs instead; --site DIR builds a site without this setting. Example: public
   */
  site?: string;
  /**
   * Output file names inside out: {name} (the notice file name without .yaml), {lang} (fi, sv, en) and {ext} (md, html, fragment.html, pdf, summary.md, summary.html, summary.fragment.html, json, dpv.jsonld, tilt.json) must all appear; {dir} (the name of the notice's folder) may; a / makes folders. Default: {name}.{lang}.{ext}. Examples: {lang}/{name}.{ext}, {dir}/{name}.{lang}.{ext}
   */
  naming?: string;
  /**
   * Outputs to build: md (GitHub-flavoured Markdown), html (a standalone HTML page), html-fragment (the HTML content alone, to paste into a site), pdf (the HTML page printed by Chromium), summary-md (the first layer of a layered notice, in Markdown (`summary` names all three)), summary-html (the first layer as a standalone HTML page), summary-fragment (the first layer as HTML content alone), json (the notice as resolved data (schemas/notice-export.schema.json)), dpv (JSON-LD in the W3C Data Privacy Vocabulary, every language in one document), tilt (the notice as TILT transparency information, JSON for tools that read privacy notices); or several at once: summary (summary-md, summary-html, summary-fragment). Default: [md, html].
   *
   * @minItems 1
   */
  formats?: [
    (
      | 'md'
      | 'html'
      | 'html-fragment'
      | 'pdf'
      | 'summary-md'
      | 'summary-html'
      | 'summary-fragment'
      | 'json'
      | 'dpv'
      | 'tilt'
      | 'summary'
    ),
    ...(
      | 'md'
      | 'html'
      | 'html-fragment'
      | 'pdf'
      | 'summary-md'
      | 'summary-html'
      | 'summary-fragment'
      | 'json'
      | 'dpv'
      | 'tilt'
      | 'summary'
    )[]
  ];
  /**
   * The layered notice's first layer (formats summary-md, summary-html, summary-fragment, or summary for all three).
   */
  summary?: {
    /**
     * Where the summary links to the full notice: an http(s) address or a path relative to the summary, in which {name} (the notice file name without .yaml), {lang} and {dir} (the notice's folder) are replaced. --full-url on the command line wins. Default: the HTML notice the same build writes (the html format's file), relative to the summary. Example: https://www.example.fi/privacy/{name}.{lang}.html
     */
    full_url?: string;
  };
  /**
   * Languages to build (default: every language each notice declares).
   *
   * @minItems 1
   */
  languages?: ['fi' | 'sv' | 'en', ...('fi' | 'sv' | 'en')[]];
  /**
   * What `notice validate` checks besides the notices themselves.
   */
  check?: {
    /**
     * A git revision (branch, tag, commit) to compare each notice with, as `notice validate --since` does: a material change without a new `updated` and `version` is an error (CHANGE_NOT_DATED), one that takes effect today or earlier a warning (CHANGE_EFFECTIVE_PAST). --since on the command line wins.
     */
    since?: string;
  };
  /**
   * Validate and render every notice as this profile instead of its own.
   */
  profile?: 'gdpr' | 'hetil';
  /**
   * Folder of templates that replace the built-in ones of the same name (see notice templates copy).
   */
  templates?: string;
  /**
   * PDF output.
   */
  pdf?: {
    /**
     * Paper size (default: a4).
     */
    paper?: 'a4' | 'letter';
    /**
     * The Chromium, Chrome or Edge to print with; the environment variables NOTICE_CHROME, PUPPETEER_EXECUTABLE_PATH and CHROME_PATH and --chrome take precedence.
     */
    chrome?: string;
    /**
     * false runs Chromium without its sandbox (as root on Linux it always does).
     */
    sandbox?: boolean;
  };
  /**
   * Severity per rule id, overriding the profile: off, error, warning or info. Applies to every code the rule reports under the profile. Example: { L13: off, L14: error }
   */
  rules?: {
    L01?: RuleSetting;
    L02?: RuleSetting;
    L21?: RuleSetting;
    L03?: RuleSetting;
    L04?: RuleSetting;
    L05?: RuleSetting;
    L27?: RuleSetting;
    L06?: RuleSetting;
    L07?: RuleSetting;
    L08?: RuleSetting;
    L09?: RuleSetting;
    L10?: RuleSetting;
    L11?: RuleSetting;
    L12?: RuleSetting;
    L13?: RuleSetting;
    L14?: RuleSetting;
    L28?: RuleSetting;
    L15?: RuleSetting;
    L32?: RuleSetting;
    L33?: RuleSetting;
    L34?: RuleSetting;
    L16?: RuleSetting;
    L17?: RuleSetting;
    L18?: RuleSetting;
    L19?: RuleSetting;
    L20?: RuleSetting;
    L36?: RuleSetting;
    H05?: RuleSetting;
    F01?: RuleSetting;
    T01?: RuleSetting;
    T02?: RuleSetting;
    T03?: RuleSetting;
    T05?: RuleSetting;
    T07?: RuleSetting;
    T04?: RuleSetting;
    T06?: RuleSetting;
  };
}
