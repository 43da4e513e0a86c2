import { readFileSync } from 'node:fs';
import { packagePath } from '../paths.js';

/** The font family name the printed pages use. */
export const FONT_FAMILY = 'Notice Sans';

/** The bundled font file of a weight: Noto Sans, latin subset, in the package's fonts/ (with its licence, OFL.txt). */
export function fontFile(weight: 400 | 700): string {
  return packagePath(`fonts/noto-sans-latin-${weight}-normal.woff2`);
}

const css = new Map<string, string>();

/**
 * @font-face rules for Noto Sans (SIL Open Font License 1.1; the files of
 * @fontsource/noto-sans 5.3.0, kept in fonts/), regular and bold, inlined as
 * data: URLs: the same letters on every machine, and no font is ever fetched.
 * The latin subset covers Finnish, Swedish, the euro sign and typographic punctuation.
 */
export function fontFaceCss(weights: readonly (400 | 700)[] = [400, 700]): string {
  const key = weights.join();
  const cached = css.get(key);
  if (cached) return cached;
  const rules = weights
    .map((weight) => {
      const data = readFileSync(fontFile(weight)).toString('base64');
      return `@font-face{font-family:'${FONT_FAMILY}';font-style:normal;font-weight:${weight};src:url(data:font/woff2;base64,${data}) format('woff2');}`;
    })
    .join('\n');
  css.set(key, rules);
  return rules;
}
