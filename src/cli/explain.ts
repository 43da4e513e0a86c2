import { Option, type Command } from 'commander';
import { ExitCode, NoticeError } from '../errors.js';
import { commandToType } from './invocation.js';
import type { CommandContext } from './io.js';

/** `notice explain CODE`: what a rule checks and why, with a failing and a passing example. */
export function addExplainCommand(program: Command, context: CommandContext): void {
  program
    .command('explain')
    .summary('explain a diagnostic code or a rule')
    .description(
      'Explain a diagnostic code (RETENTION_MISSING), a rule id (L09) or a rule name (retention-stated): what the rule ' +
        'checks, why the law asks for it, its severity under each profile, and a failing and a passing YAML example. ' +
        'Exit 0, or 2 for a code notice does not know.',
    )
    .argument('<code>', 'a diagnostic code, rule id or rule name')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .action(async (query: string, flags: { format: 'text' | 'json' }) => {
      // Loaded here, not at the top: `notice --help` need not load the rules.
      const { explain, explanationText } = await import('../validate/explain.js');
      const result = explain(query);
      if (!result.found) {
        // Not a rule's: a code of reading, the format, the outputs, changes or the record, or a kind of change.
        const { codeInfo, codeInfoText, infoCodes } = await import('../codes.js');
        const info = codeInfo(query);
        if (info) {
          context.io.stdout.write(flags.format === 'json' ? JSON.stringify(info, null, 2) + '\n' : codeInfoText(info));
          return context.exit(ExitCode.Ok);
        }
        const { nearest } = await import('../validate/suggest.js');
        const suggestion = nearest(query.trim(), [...(result.suggestion ? [result.suggestion] : []), ...infoCodes()]);
        const maybe = suggestion ? ` Did you mean ${suggestion}?` : '';
        throw new NoticeError(
          'CODE_UNKNOWN',
          `notice has no rule or diagnostic code "${query}".${maybe}`,
          `The codes are listed in the README ("Diagnostic codes") and in docs/rules.md; \`${commandToType(context.io.env)} explain L09\` explains a rule by its id.`,
        );
      }
      const text =
        flags.format === 'json'
          ? JSON.stringify(result.explanation, null, 2) + '\n'
          : explanationText(result.explanation);
      context.io.stdout.write(text);
      context.exit(ExitCode.Ok);
    });
}
