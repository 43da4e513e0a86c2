import Handlebars from 'handlebars';
import { isNoticeError, NoticeError } from '../errors.js';
import { BUILTIN_TEMPLATES, type TemplateSet } from './templates.js';

/** The compiled templates of one template set, in an environment of their own. */
export interface CompiledTemplates {
  markdown: Handlebars.TemplateDelegate;
  page: Handlebars.TemplateDelegate;
  fragment: Handlebars.TemplateDelegate;
  css: string;
}

// Prototype access stays off (the Handlebars default since 4.6); saying so silences its warning.
export const RUNTIME_OPTIONS: Handlebars.RuntimeOptions = {
  allowProtoPropertiesByDefault: false,
  allowProtoMethodsByDefault: false,
};

/**
 * Compiles a template set in an isolated Handlebars environment. Strict mode:
 * a template naming a field that does not exist fails instead of printing nothing.
 * The Markdown templates do not HTML-escape (the view is already safe
 * Markdown); the HTML templates do. A template or partial that fails throws a
 * NoticeError (TEMPLATE_ERROR) that names it: the innermost one that failed.
 */
export function compileTemplates(set: TemplateSet): CompiledTemplates {
  const env = Handlebars.create();
  registerHelpers(env);
  const named = (file: string, template: Handlebars.TemplateDelegate) =>
    namedTemplate(file, template, set.origins[file]);
  for (const [name, source] of Object.entries(set.partials)) {
    const file = `partials/${name}.md.hbs`;
    env.registerPartial(name, named(file, env.compile(source, { strict: true, noEscape: true })));
  }
  return {
    markdown: named('notice.md.hbs', env.compile(set.markdown, { strict: true, noEscape: true })),
    page: named('page.html.hbs', env.compile(set.page, { strict: true })),
    fragment: named('fragment.html.hbs', env.compile(set.fragment, { strict: true })),
    css: set.css,
  };
}

const FIELD_HINT =
  'Check the name against the view in the README section "Templates" (a section\'s own fields are under `data`) ' +
  "or against the built-in template (`notice templates copy DIR`); notice's helpers are listItem, quote, bold and apart.";
const PARTIAL_HINT =
  'A partial is a file partials/NAME.md.hbs in your templates folder or among the built-in ones ' +
  '(`notice templates copy DIR` copies them); check the name, or add the file.';

/**
 * A template's mistake as a sentence that names the template (a partial by
 * its file, partials/NAME.md.hbs). Handlebars says `"x" not defined in
 * [object Object] - 3:8` in strict mode, `The partial x could not be found`,
 * or `Parse error on line 2: ...`; anything else is quoted.
 */
function templateError(file: string, error: unknown, path?: string): NoticeError {
  const message = error instanceof Error ? error.message : String(error);
  let sentence: string;
  let hint: string;
  let match: RegExpExecArray | null;
  if ((match = /^"(.+)" not defined in .* - (\d+):(\d+)$/.exec(message))) {
    sentence = `The template ${file} names "${match[1]}", which the view does not have (line ${match[2]}, column ${Number(match[3]) + 1}).`;
    hint = FIELD_HINT;
  } else if ((match = /^The partial (.+) could not be found$/.exec(message))) {
    sentence = `The template ${file} uses the partial "${match[1]}", which does not exist.`;
    hint = PARTIAL_HINT;
  } else if ((match = /^Parse error on line (\d+):[\s\S]*\n(.*)$/.exec(message))) {
    sentence = `The template ${file} is not valid Handlebars at line ${match[1]}: ${match[2]}.`;
    hint = 'Compare it with the built-in template of the same name (`notice templates copy DIR`).';
  } else {
    sentence = `The template ${file} could not be rendered: ${message.split('\n')[0]!.replace(/\.$/, '')}.`;
    hint = FIELD_HINT;
  }
  // Your own file is named where it is; a built-in one is not yours to edit.
  const own = path !== undefined && !path.startsWith(BUILTIN_TEMPLATES);
  return new NoticeError('TEMPLATE_ERROR', sentence, own ? `${hint} The file is ${path}.` : hint, { cause: error });
}

interface ItemView {
  title?: string;
  text?: string;
  details: string[];
}

function registerHelpers(env: typeof Handlebars): void {
  /** One Markdown list item: "- **Lead**: text" (or "3. ..."), continuation lines indented, details as a sub-list. */
  env.registerHelper('listItem', (item: ItemView, ordered: boolean, index: number) => {
    const marker = ordered ? `${index + 1}. ` : '- ';
    const pad = ' '.repeat(marker.length);
    const head = item.title ? `**${item.title}**${item.text ? `: ${item.text}` : ''}` : (item.text ?? '');
    const lines = [marker + indent(head, pad)];
    for (const detail of item.details) lines.push(`${pad}- ${indent(detail, pad + '  ')}`);
    return lines.join('\n');
  });
  /** Prefixes every line with "> ": a box in Markdown. */
  env.registerHelper('quote', (text: string) =>
    text
      .split('\n')
      .map((line) => (line === '' ? '>' : `> ${line}`))
      .join('\n'),
  );
  env.registerHelper('bold', (text: string) => `**${text}**`);
  /**
   * A part of a combined section (`{{#apart @index}}...{{/apart}}`): in every other part, list items start
   * with "+" and "1)" instead of "-" and "1.", so that a list does not run on into the next part's list.
   */
  env.registerHelper('apart', function (this: unknown, index: number, options: Handlebars.HelperOptions) {
    const block = options.fn(this);
    return index % 2 === 0
      ? block
      : block.replace(/^(?:-|(\d{1,9})\.)(?=[ \t])/gm, (_, digits?: string) => (digits ? `${digits})` : '+'));
  });
}

function indent(text: string, pad: string): string {
  return text
    .split('\n')
    .map((line, i) => (i === 0 || line === '' ? line : pad + line))
    .join('\n');
}

/** A template that, when it fails, throws TEMPLATE_ERROR naming its file (and where a user's file is). */
function namedTemplate(
  file: string,
  template: Handlebars.TemplateDelegate,
  origin?: string,
): Handlebars.TemplateDelegate {
  return ((context: unknown, options?: Handlebars.RuntimeOptions) => {
    try {
      return template(context, options);
    } catch (error) {
      throw isNoticeError(error) ? error : templateError(file, error, origin);
    }
  }) as Handlebars.TemplateDelegate;
}

/**
 * Compiles one template of notice's other outputs (the layered notice's summary.*.hbs) in strict mode, in an
 * environment of its own; a template that fails throws TEMPLATE_ERROR naming its file (at `origin`, a user's).
 */
export function compileStrict(
  file: string,
  source: string,
  noEscape: boolean,
  origin?: string,
): (context: unknown) => string {
  const template = namedTemplate(file, Handlebars.create().compile(source, { strict: true, noEscape }), origin);
  return (context) => template(context, RUNTIME_OPTIONS);
}
