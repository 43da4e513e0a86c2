/**
 * A phone number in international E.164 form (+3589...), from the ways Finns
 * write them: "019 505 81", "0456-383370", "+358 (0)9 3157 6885", "00358 ...".
 * Returns undefined when the text is not a phone number.
 */
export function normalisePhone(written: string): string | undefined {
  let digits = written.replace(/\(0\)/g, '').replace(/[\s\-./()]/g, '');
  if (digits.startsWith('00')) digits = '+' + digits.slice(2);
  else if (digits.startsWith('0')) digits = '+358' + digits.slice(1);
  if (!/^\+[1-9]\d{6,14}$/.test(digits)) return undefined;
  // Finnish numbers: area or operator code and subscriber number, 5 to 12 digits after +358.
  if (digits.startsWith('+358') && !/^\+358[1-9]\d{4,11}$/.test(digits)) return undefined;
  return digits;
}
