import { readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { ROOT } from './helpers.js';

/** Every file under a folder, as paths relative to it with forward slashes, sorted. */
export function filesUnder(folder: string): string[] {
  const found: string[] = [];
  const walk = (current: string) => {
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const path = join(current, entry.name);
      if (entry.isDirectory()) walk(path);
      else found.push(relative(folder, path).split(sep).join('/'));
    }
  };
  walk(folder);
  return found.sort();
}

/** The HTML pages of a site. */
export function pagesOf(site: string): string[] {
  return filesUnder(site).filter((path) => path.endsWith('.html'));
}

/**
 * A notice of its own controller, made from examples/complete.yaml: the name,
 * the business ID (none when undefined) and the languages replaced.
 */
export function writeNotice(
  file: string,
  controller: { name: string; businessId?: string },
  languages = '[fi, sv, en]',
): void {
  let text = readFileSync(join(ROOT, 'examples/complete.yaml'), 'utf8')
    .replace('  name: Esimerkkiverkko Oy\n', `  name: ${JSON.stringify(controller.name)}\n`)
    .replace(
      '  business_id: "9184372-3"\n',
      controller.businessId ? `  business_id: "${controller.businessId}"\n` : '',
    );
  text = text.replace('  languages: [fi, sv, en]\n', `  languages: ${languages}\n`);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
}
