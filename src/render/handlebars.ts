import Handlebars from 'handlebars';
import type { TemplateSet } from './templates.js';

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
 * Markdown); the HTML templates do.
 */
export function compileTemplates(set: TemplateSet): CompiledTemplates {
  const env = Handlebars.create();
  registerHelpers(env);
  for (const [name, source] of Object.entries(set.partials))
    env.registerPartial(name, env.compile(source, { strict: true, noEscape: true }));
  return {
    markdown: env.compile(set.markdown, { strict: true, noEscape: true }),
    page: env.compile(set.page, { strict: true }),
    fragment: env.compile(set.fragment, { strict: true }),
    css: set.css,
  };
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
}

function indent(text: string, pad: string): string {
  return text
    .split('\n')
    .map((line, i) => (i === 0 || line === '' ? line : pad + line))
    .join('\n');
}
