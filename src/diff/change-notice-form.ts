import { OUTPUT_FORMATS, outputFormat } from '../outputs/formats.js';

// The forms of a change notice are the build's own forms of a notice's text (Markdown, the HTML page, the
// HTML fragment), with their names and file endings. Kept apart from the change notice itself, so that
// `notice diff`'s options do not load its texts.

type TextFormat = Extract<(typeof OUTPUT_FORMATS)[number], { produce: { text: unknown } }>;

/** The forms `notice diff --notice` writes a change notice in. */
export type ChangeNoticeForm = TextFormat['id'];

export const CHANGE_NOTICE_FORMS: readonly ChangeNoticeForm[] = OUTPUT_FORMATS.filter(
  (format): format is TextFormat => 'text' in format.produce,
).map((format) => format.id);

/** The file name's ending for a form: `<name>.changes.<lang>.<ending>`, as the build ends its outputs. */
export function changeNoticeExtension(form: ChangeNoticeForm): string {
  return outputFormat(form).extension;
}
