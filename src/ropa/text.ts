/**
 * Several values of one cell, one per line: "• a\n• b"; one value is shown as
 * it is. A bullet, not "- ": Excel reads a cell that starts with "-" as a formula.
 */
export function lines(values: readonly (string | undefined)[]): string | undefined {
  const given = values.filter((v): v is string => v !== undefined && v.trim() !== '');
  if (given.length === 0) return undefined;
  if (given.length === 1) return given[0];
  return given.map((v) => `${BULLET}${v.replace(/\n/g, '\n  ')}`).join('\n');
}

export const BULLET = '• ';
