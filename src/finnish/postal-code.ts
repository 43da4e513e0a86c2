/** Finland and Åland use five-digit postal codes ("00100", "22100"). */
export function isFinnishPostalCode(code: string): boolean {
  return /^\d{5}$/.test(code);
}
