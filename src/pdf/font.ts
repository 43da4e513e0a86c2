import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** The font family name the printed pages use. */
export const FONT_FAMILY = 'Notice Sans';

const css = new Map<string, string>();

/**
 * @font-face rules for Noto Sans (SIL Open Font License 1.1, from the
 * @fontsource/noto-sans package), regular and bold, inlined as data: URLs: the
 * same letters on every machine, and no font is ever fetched. The latin subset
 * covers Finnish, Swedish, the euro sign and typographic punctuation.
 */
export function fontFaceCss(weights: readonly (400 | 700)[] = [400, 700]): string {
  const key = weights.join();
  const cached = css.get(key);
  if (cached) return cached;
  const rules = weights
    .map((weight) => {
      const file = require.resolve(`@fontsource/noto-sans/files/noto-sans-latin-${weight}-normal.woff2`);
      const data = readFileSync(file).toString('base64');
      return `@font-face{font-family:'${FONT_FAMILY}';font-style:normal;font-weight:${weight};src:url(data:font/woff2;base64,${data}) format('woff2');}`;
    })
    .join('\n');
  css.set(key, rules);
  return rules;
}
