import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Option, type Command } from 'commander';
import { ExitCode, isNoticeError, NoticeError } from '../errors.js';
import { checkBusinessId } from '../finnish/business-id.js';
import { DEFAULT_PROFILE, DOCUMENT_TYPES, LANGUAGES, PROFILES, TRANSFER_STATUSES } from '../generated/notice-enums.js';
import type { InitFacts } from '../init/index.js';
import type { Prompts } from '../init/prompts.js';
import { KINDS } from '../init/starter.js';
import { commandToType } from './invocation.js';
import type { CommandContext } from './io.js';
import { listOption } from './options.js';

/** The day the GDPR began to apply: an older notice is a Personal Data Act (hetil) document. */
const GDPR_START = '2018-05-25';

/** The facts `notice init` takes from options are those of InitFacts, with the languages as one comma-separated option. */
type InitFlags = Pick<
  InitFacts,
  | 'name'
  | 'businessId'
  | 'street'
  | 'postalCode'
  | 'city'
  | 'email'
  | 'phone'
  | 'website'
  | 'profile'
  | 'documentType'
  | 'kind'
  | 'bare'
  | 'created'
  | 'dpoEmail'
  | 'transfers'
> & {
  lang: string;
  yes?: boolean;
  force?: boolean;
  ci?: 'github';
  /** Comma-separated shared parts (`--extends`). */
  extends?: string;
};

/** `notice init [file]`: a new notice, asking on a terminal, else from the options. */
export function addInitCommand(program: Command, context: CommandContext): void {
  program
    .command('init')
    .summary('write a new notice, asking a few questions')
    .description(
      'Write a new notice: on a terminal, asks the few facts that shape it (organisation, business ID, contact ' +
        'details, languages, kind of register, DPO, transfers); otherwise, or with --yes, takes them from the options. ' +
        'The file starts as a draft with TODO placeholders where only you know the answer; the texts of the kind ' +
        'are invented example content. With --bare, every section of the profile is a TODO instead, for retyping ' +
        'a notice you already have. Without questions the messages are in English; with them, in the language ' +
        'chosen first. Never overwrites without --force.',
    )
    .argument('[file]', 'the notice to write', 'notice.yaml')
    .option('--name <name>', 'name of the organisation')
    .option('--business-id <id>', 'Finnish business ID (Y-tunnus), checked at once')
    .option('--street <street>', 'street address')
    .option('--postal-code <code>', 'postal code')
    .option('--city <city>', 'post office / city')
    .option('--email <email>', 'e-mail address for the people in the register')
    .option('--phone <phone>', 'phone number')
    .option('--website <url>', 'web address (https://...)')
    .option('-l, --lang <languages>', `comma-separated languages of the notice: ${LANGUAGES.join(', ')}`, LANGUAGES[0])
    .addOption(
      new Option(
        '-p, --profile <profile>',
        `the law (default ${DEFAULT_PROFILE}; hetil when --created is before ${GDPR_START})`,
      ).choices(PROFILES),
    )
    .addOption(
      new Option('--document-type <type>', 'under hetil: rekisteriseloste (default) or tietosuojaseloste').choices(
        DOCUMENT_TYPES,
      ),
    )
    .addOption(
      new Option('-k, --kind <kind>', 'kind of register, for the starting content').choices(KINDS).default(KINDS[0]),
    )
    .option('--bare', "every section of the profile as a TODO, none of the kind's example content")
    .option('--created <date>', 'the date an existing notice was written, YYYY-MM-DD (notice.created)')
    .option('--dpo-email <email>', 'a data protection officer is designated; their e-mail address')
    .addOption(
      new Option('--transfers <status>', 'is data transferred outside the EU/EEA')
        .choices(TRANSFER_STATUSES)
        .default(TRANSFER_STATUSES[0]),
    )
    .option('-y, --yes', 'ask nothing: take the options and defaults (also when not on a terminal)')
    .option(
      '--extends <parts>',
      'comma-separated shared parts the new register extends, relative to it (default: _organisation.yaml beside it, when there is one)',
    )
    .option('--force', 'replace the file (and the workflow) if they exist')
    .addOption(
      new Option('--ci <system>', 'also write a CI workflow that validates and builds the notices').choices(['github']),
    )
    .addHelpText(
      'after',
      [
        '\nExamples:',
        '  notice init',
        '  notice init notices/customers.yaml --name "Esimerkki Oy" --business-id 0723069-3 --lang fi,sv --kind customers --yes',
        '  notice init notices/newsletter.yaml --kind newsletter --ci github',
        '  notice init notices/old-members.yaml --bare --created 2014-03-01 --lang fi --yes',
        '  notice init clients/acme/applicants.yaml --kind applicants --yes   # extends clients/acme/_organisation.yaml',
      ].join('\n'),
    )
    .action(async (file: string, flags: InitFlags) => context.exit(await runInit(file, flags, context)));
}

async function runInit(file: string, flags: InitFlags, { io }: CommandContext): Promise<number> {
  // Checked before any question: a wrong option is reported as the option it is.
  if (flags.businessId && checkBusinessId(flags.businessId) !== undefined) {
    throw new NoticeError(
      'BAD_OPTION',
      `--business-id ${flags.businessId} is not a valid Y-tunnus.`,
      'Write it as seven digits, a hyphen and the check digit, as on ytj.fi.',
    );
  }
  if (flags.created !== undefined && !isIsoDate(flags.created)) {
    throw new NoticeError(
      'BAD_OPTION',
      `--created ${flags.created} is not a date written YYYY-MM-DD.`,
      'Write it as YYYY-MM-DD, for example --created 2015-03-31.',
    );
  }
  const { refuseOverwrite } = await import('../init/index.js');
  // Before any question: nobody answers them all to learn that the file (or the workflow) was there.
  await refuseOverwrite(file, { force: flags.force === true });
  if (flags.ci === 'github') {
    const { GITHUB_WORKFLOW_FILE } = await import('../init/workflow.js');
    await refuseOverwrite(GITHUB_WORKFLOW_FILE, { force: flags.force === true });
  }
  let facts: InitFacts = {
    languages: listOption(flags.lang, LANGUAGES, '--lang'),
    // An explicit --profile always wins; otherwise the law of the notice's date.
    profile: flags.profile ?? (flags.created !== undefined && flags.created < GDPR_START ? 'hetil' : DEFAULT_PROFILE),
    kind: flags.kind,
    bare: flags.bare === true,
    ...(flags.documentType ? { documentType: flags.documentType } : {}),
    ...(flags.created ? { created: flags.created } : {}),
    transfers: flags.transfers,
    ...partsToExtend(file, flags.extends),
    dpoDesignated: flags.dpoEmail !== undefined,
    today: new Date().toISOString().slice(0, 10),
    ...nonEmpty({
      name: flags.name,
      businessId: flags.businessId,
      street: flags.street,
      postalCode: flags.postalCode,
      city: flags.city,
      email: flags.email,
      phone: flags.phone,
      website: flags.website,
      dpoEmail: flags.dpoEmail,
    }),
  };
  // Questions only where answers can come: a terminal, and not --yes.
  const asked = Boolean(io.stdin?.isTTY && !flags.yes);
  if (asked) {
    const { interview } = await import('./interview.js');
    facts = await interview(facts, io.stdin!, io.stdout as unknown as NodeJS.WritableStream);
  }
  // One language per run: English, like every command, unless the person answered questions in another.
  const { PROMPTS } = await import('../init/prompts.js');
  const say = PROMPTS[asked ? facts.languages[0]! : 'en'];
  const fill = (template: string, values: Record<string, string | number>) =>
    template.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ''));
  try {
    return await writeAndReport(file, flags, facts, { io, asked, say, fill });
  } catch (error) {
    // After questions in Finnish or Swedish, a failure too is told in that language.
    throw asked ? inRunLanguage(error, say, fill) : error;
  }
}

type Fill = (template: string, values: Record<string, string | number>) => string;

/** A failure of `init` after the questions, in the language they were answered in (the code stays). */
function inRunLanguage(error: unknown, say: Prompts, fill: Fill): unknown {
  if (!isNoticeError(error)) return error;
  const hintLabel = say.hintLabel;
  if (error.code === 'WOULD_OVERWRITE') {
    const file = (error.cause as { file?: string } | undefined)?.file ?? '';
    return new NoticeError(error.code, fill(say.wouldOverwrite, { file }), say.wouldOverwriteHint, { hintLabel });
  }
  if (error.code === 'INIT_INVALID') {
    const finding = error.cause as { code?: string; line?: number } | undefined;
    return new NoticeError(
      error.code,
      fill(say.invalid, { code: finding?.code ?? '', line: finding?.line ?? '?' }),
      say.invalidHint,
      { hintLabel },
    );
  }
  return error;
}

async function writeAndReport(
  file: string,
  flags: InitFlags,
  facts: InitFacts,
  { io, asked, say, fill }: { io: CommandContext['io']; asked: boolean; say: Prompts; fill: Fill },
): Promise<number> {
  const { createNotice } = await import('../init/index.js');
  const created = await createNotice(facts, { file, force: flags.force === true });
  const { placeholders } = created;
  const languages = facts.languages.join(', ');
  if (asked)
    io.stdout.write(`${fill(facts.bare ? say.wroteBare : say.wrote, { file, languages, count: placeholders })}\n`);
  else
    io.stdout.write(
      `Wrote ${file}: ${facts.bare ? 'a bare' : `a ${facts.kind}`} notice in ${languages}, ` +
        `with ${placeholders} TODO placeholder${placeholders === 1 ? '' : 's'} to fill in.\n`,
    );
  for (const finding of created.otherFindings) {
    if (asked) {
      const severity = say.severities[finding.severity as 'error' | 'warning' | 'info'] ?? finding.severity;
      io.stdout.write(`${fill(say.alsoFinding, { severity, code: finding.code, line: finding.line ?? '?' })}\n`);
    } else io.stdout.write(`  also ${finding.severity}: ${finding.message}\n`);
  }
  if (flags.ci === 'github') {
    const { writeGithubWorkflow, GITHUB_WORKFLOW_FILE } = await import('../init/workflow.js');
    const target = await writeGithubWorkflow(file, { force: flags.force === true });
    io.stdout.write(
      asked
        ? `${fill(say.workflow, { file: GITHUB_WORKFLOW_FILE })}\n`
        : `Wrote ${GITHUB_WORKFLOW_FILE}: validates and builds ${target} on every push.\n`,
    );
  }
  // The next steps, with the command as the user types it here (`notice`, `npx notice`, ...).
  const command = commandToType(io.env);
  io.stdout.write(`${say.done}\n  ${command} validate ${file}\n  ${command} build ${file}\n`);
  return ExitCode.Ok;
}

/**
 * The shared parts a new register extends: those named (relative to the new
 * file), else the organisation's `_organisation.yaml` beside it, else none.
 */
function partsToExtend(file: string, named: string | undefined): { extends?: string[] } {
  if (named !== undefined)
    return {
      extends: named
        .split(',')
        .map((part) => part.trim())
        .filter(Boolean),
    };
  return existsSync(join(dirname(file), ORGANISATION_PART)) ? { extends: [ORGANISATION_PART] } : {};
}

const ORGANISATION_PART = '_organisation.yaml';

/** A real calendar date written YYYY-MM-DD. */
function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d\d-\d\d$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

function nonEmpty<T extends Record<string, string | undefined>>(values: T): { [K in keyof T]?: string } {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined && v !== '')) as {
    [K in keyof T]?: string;
  };
}
