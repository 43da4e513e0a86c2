import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { NoticeError } from '../errors.js';
import { hashOf } from '../hash.js';
import { packagePath } from '../paths.js';

/** The built-in template set shipped with notice. */
export const BUILTIN_TEMPLATES = packagePath('templates');

/** The files of a template set: the main templates, the stylesheet and every partial. */
export interface TemplateSet {
  markdown: string;
  page: string;
  fragment: string;
  css: string;
  /** The layered notice's first layer (`--format summary`): Markdown, the page and the fragment. */
  summary: { markdown: string; page: string; fragment: string };
  partials: Record<string, string>;
  /** Where each file came from, for --debug and error messages. */
  origins: Record<string, string>;
}

/**
 * Reads the template set: each file from the user's folder when it has one,
 * else the built-in file. A user folder may hold any subset of the files.
 */
export function loadTemplates(userDirectory?: string): TemplateSet {
  if (userDirectory !== undefined && !existsSync(userDirectory)) {
    throw new NoticeError(
      'TEMPLATES_NOT_FOUND',
      `The templates folder ${userDirectory} does not exist.`,
      'Create it with `notice templates copy DIR`, or check --templates.',
    );
  }
  if (userDirectory !== undefined && !statSync(userDirectory).isDirectory()) {
    throw new NoticeError(
      'TEMPLATES_NOT_FOLDER',
      `${userDirectory} is a file, not a folder of templates.`,
      'Name the folder that holds your templates (--templates, or templates: in notice.config.yaml).',
    );
  }
  const folders = userDirectory === undefined ? [BUILTIN_TEMPLATES] : [userDirectory, BUILTIN_TEMPLATES];
  const origins: Record<string, string> = {};
  const read = (relative: string): string => {
    for (const folder of folders) {
      const path = join(folder, relative);
      if (existsSync(path)) {
        origins[relative] = path;
        return readFileSync(path, 'utf8');
      }
    }
    throw new NoticeError('TEMPLATE_MISSING', `No template ${relative} in ${folders.join(' or ')}.`);
  };
  const partialNames = new Set(folders.flatMap((folder) => listPartials(join(folder, 'partials'))));
  const partials = Object.fromEntries([...partialNames].sort().map((name) => [name, read(`partials/${name}.md.hbs`)]));
  return {
    markdown: read('notice.md.hbs'),
    page: read('page.html.hbs'),
    fragment: read('fragment.html.hbs'),
    css: read('style.css'),
    summary: {
      markdown: read('summary.md.hbs'),
      page: read('summary.html.hbs'),
      fragment: read('summary.fragment.html.hbs'),
    },
    partials,
    origins,
  };
}

function listPartials(directory: string): string[] {
  if (!existsSync(directory)) return [];
  return readdirSync(directory)
    .filter((f) => f.endsWith('.md.hbs'))
    .map((f) => f.slice(0, -'.md.hbs'.length));
}

/** A hash of what the templates say (not where they came from): a build whose templates changed must render again. */
export function templateFingerprint(set: TemplateSet): string {
  const { markdown, page, fragment, css, summary, partials } = set;
  return hashOf(JSON.stringify([markdown, page, fragment, css, Object.entries(partials), Object.values(summary)]));
}
