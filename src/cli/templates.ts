import type { Command } from 'commander';
import { ExitCode } from '../errors.js';
import { commandToType } from './invocation.js';
import type { CommandContext } from './io.js';

/** `notice templates copy DIR`: the built-in templates as a starting point for one's own. */
export function addTemplatesCommand(program: Command, context: CommandContext): void {
  const templates = program.command('templates').summary('work with the Handlebars templates');
  templates
    .command('copy')
    .summary('copy the built-in templates as a starting point')
    .description('Copy the built-in templates into DIR as a starting point for your own (then use --templates DIR).')
    .argument('<dir>', 'folder to copy into (created when missing)')
    .option('--force', 'overwrite files that already exist')
    .action(async (dir: string, flags: { force?: boolean }) => {
      const { copyTemplates } = await import('../templates-copy.js');
      const written = await copyTemplates(dir, { force: flags.force === true });
      context.io.stdout.write(
        `Copied ${written.length} template files to ${dir}. ` +
          `Use them with: ${commandToType(context.io.env)} build --templates ${dir} ...\n`,
      );
      context.exit(ExitCode.Ok);
    });
}
