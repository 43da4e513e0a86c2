const WEIGHTS = [7, 9, 10, 5, 8, 4, 2];

/**
 * The check digit of a Finnish business ID (Y-tunnus) body of seven digits,
 * or undefined when no check digit can make the body valid (remainder 1).
 */
export function businessIdCheckDigit(body: string): number | undefined {
  const sum = [...body].reduce((total, digit, i) => total + Number(digit) * WEIGHTS[i]!, 0);
  const remainder = sum % 11;
  if (remainder === 0) return 0;
  if (remainder === 1) return undefined;
  return 11 - remainder;
}

export type BusinessIdProblem = 'format' | 'checksum';

/** Checks a Y-tunnus written `1234567-8`; returns what is wrong, or undefined when it is valid. */
export function checkBusinessId(id: string): BusinessIdProblem | undefined {
  const match = /^(\d{7})-(\d)$/.exec(id);
  if (!match) return 'format';
  return businessIdCheckDigit(match[1]!) === Number(match[2]) ? undefined : 'checksum';
}
