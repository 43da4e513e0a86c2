/**
 * The mark `notice init` leaves where only the organisation can give the
 * answer. The validator reports each one; the renderer marks the notice a draft.
 */
export const PLACEHOLDER = /\bTODO\b/;

/** True when any string in the data holds a placeholder. */
export function hasPlaceholder(data: unknown): boolean {
  // Runs for every notice in every language: a plain loop, and the regular
  // expression only for the rare string that contains the letters at all.
  const stack: unknown[] = [data];
  while (stack.length > 0) {
    const value = stack.pop();
    if (typeof value === 'string') {
      if (value.includes('TODO') && PLACEHOLDER.test(value)) return true;
    } else if (Array.isArray(value)) {
      for (const item of value) stack.push(item);
    } else if (value !== null && typeof value === 'object') {
      for (const key in value) stack.push((value as Record<string, unknown>)[key]);
    }
  }
  return false;
}
