/** Text made safe inside HTML, in element content and in quoted attribute values alike. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/**
 * Data as JSON, two spaces indented, ending in a line break, that can go into an HTML `<script>` element as it
 * is (JSON-LD, TILT): `<`, `>`, `&` and the line separators U+2028/U+2029 are written as JSON escapes, which
 * stand only inside strings, so a text holding `</script>` stays data. The parsed values are the same.
 */
export function scriptSafeJson(value: unknown): string {
  const json = JSON.stringify(value, null, 2);
  return `${json.replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}\n`;
}
