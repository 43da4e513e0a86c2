import { atDataPath, type Diagnostic } from '../../diagnostics.js';
import type { Language, Name, Notice, Profile, Text } from '../../generated/notice-types.js';
import type { NoticeExport } from '../../generated/export-types.js';
import type { Locator } from '../../load/locate.js';
import type { ExportInput, ExportOutput } from '../../outputs/formats.js';
import { hasPlaceholder } from '../../placeholder.js';
import { profileOf, voiceOf } from '../../profile.js';
import { stringsFor } from '../../render/strings/index.js';
import { createContext, type ViewContext } from '../../render/view/context.js';
import { buildView, type NoticeView } from '../../render/view/index.js';
import { builtInComplaint, objectionSection } from '../../render/view/sections-rights.js';
import { textFrom } from '../../text.js';
import { noticeSchema } from '../../validate/schema.js';
import { extrasAt, type ExportContext } from './extras.js';
import { walk, type DataPath, type SchemaNode } from './walk.js';

export type { NoticeExport } from '../../generated/export-types.js';

/** Version of the export's shape (schemas/notice-export.schema.json); raised only when a key changes meaning or disappears. */
export const EXPORT_VERSION = 1;

/** Keys of the notice that are about writing it, not what it says: not exported (`layout` is in `sections`). */
const NOT_EXPORTED = new Set(['extends', 'layout']);

export interface JsonExportOptions {
  /** The profile asked for (`--profile`), else the notice's own. */
  profile?: Profile;
  /** notice's own version, for `generator.version`. */
  version?: string;
  /** Where each value is written, for the positions of diagnostics. */
  locate?: Locator;
  /** The notice file as the user named it, for diagnostics. */
  file?: string;
  /** The rendered view in this language, when the caller has it (the build does): its sections and headings. */
  view?: NoticeView;
}

export interface JsonExport {
  data: NoticeExport;
  /** What the export could not carry as written: a text missing in the language, given in another one. */
  diagnostics: Diagnostic[];
}

/**
 * The notice as resolved data in one language (`notice build --format json`): shared parts merged (the caller's
 * data is the merged data), defaults applied, every text in the language, with what the rendered notice derives.
 */
export function exportNotice(notice: Notice, language: Language, options: JsonExportOptions = {}): JsonExport {
  const profile = profileOf(notice, options.profile);
  const strings = stringsFor(language, voiceOf(notice, language));
  const declared = notice.notice.languages;
  // A text or name in the language, else in another (from): as the rendered notice shows it; '' when it has none.
  const picked = (value: unknown) => textFrom(value as Text | Name, language, declared) ?? { text: '' };
  const pick = (value: unknown): string => picked(value).text;
  const view: ViewContext = {
    ...createContext(notice, language, profile, strings),
    text: (value) => (value === undefined ? undefined : pick(value)),
    line: (value) => (value === undefined ? undefined : pick(value)),
    plain: (value) => (value === undefined ? undefined : pick(value)),
  };
  const context: ExportContext = { notice, language, profile, strings, view };
  const diagnostics: Diagnostic[] = [];
  const text = (value: unknown, path: DataPath): string => {
    const found = picked(value);
    if (found.from !== undefined) diagnostics.push(fallback(path, language, found.from, options));
    return found.text;
  };
  const schema = noticeSchema() as SchemaNode;
  const resolved = walk(schema, schema, withDefaults(notice, profile), [], {
    text,
    extras: (place, raw) => {
      const added: Record<string, unknown> = {};
      for (const extra of extrasAt(place)) Object.assign(added, extra.derive(raw, context));
      return added;
    },
  }) as Record<string, unknown>;
  const rendered = options.view ?? buildView(notice, language, strings, options.profile);
  const objection = objectionSection(view);
  const data = {
    export_version: EXPORT_VERSION,
    generator: { name: 'notice', version: options.version ?? '' },
    language,
    draft: hasPlaceholder(notice),
    ...resolved,
    ...(objection ? { objection: { items: objection.parts } } : {}),
    sections: rendered.sections.map((section) => ({
      key: section.key,
      number: section.number,
      heading: section.heading,
      parts: section.parts.map((part) => part.key),
    })),
  } as NoticeExport;
  return { data, diagnostics };
}

/**
 * The complaint as the rendered notice shows it: with the built-in rights under the GDPR, the built-in complaint
 * text comes along even when the notice says nothing of `complaint` (src/render/view/sections-rights.ts).
 */
function withDefaults(notice: Notice, profile: Profile): Notice {
  const exported = Object.fromEntries(Object.entries(notice).filter(([key]) => !NOT_EXPORTED.has(key))) as Notice;
  if (notice.complaint || !builtInComplaint(notice, profile)) return exported;
  return { ...exported, complaint: { standard: true } };
}

function fallback(path: DataPath, language: Language, from: Language, options: JsonExportOptions): Diagnostic {
  return {
    code: 'EXPORT_TEXT_FALLBACK',
    severity: 'warning',
    message: `The ${language} JSON gives this text in ${from}: it has no ${language} version (the rendered notice shows it in ${from} too).`,
    ...atDataPath(options.locate, path, options.file ?? ''),
    hint: `Add \`${language}:\` to the text, or remove ${language} from \`notice.languages\`.`,
  };
}

/**
 * The export as the file holds it: JSON with two-space indents and a final newline, `<` written `\u003c` so that
 * a page can inline it in a <script> element (no `</script>` or `<!--` can end it early).
 */
export function exportText(data: NoticeExport): string {
  return JSON.stringify(data, null, 2).replace(/</g, '\\u003c') + '\n';
}

/** `notice build --format json`. */
export function jsonFormat(input: ExportInput): ExportOutput {
  const { data, diagnostics } = exportNotice(input.notice, input.language, {
    ...(input.profile ? { profile: input.profile } : {}),
    version: input.version,
    locate: input.locate,
    file: input.file,
    view: input.rendered().view,
  });
  return { text: exportText(data), diagnostics };
}
