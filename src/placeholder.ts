/**
 * The mark `notice init` leaves where only the organisation can give the
 * answer. The validator reports each one; the renderer marks the notice a draft.
 */
export const PLACEHOLDER = /\bTODO\b/;

/** True when any string in the data holds a placeholder. */
export function hasPlaceholder(data: unknown): boolean {
  if (typeof data === 'string') return PLACEHOLDER.test(data);
  if (data === null || typeof data !== 'object') return false;
  return Object.values(data).some(hasPlaceholder);
}
