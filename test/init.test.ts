import { existsSync, readFileSync } from 'node:fs';
import { PassThrough } from 'node:stream';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { createNotice, KINDS } from '../src/init/index.js';
import { createRenderer } from '../src/render/index.js';
import { runMain, tempDir } from './helpers.js';

const notice = (args: string[], cwd: string) => runMain(args, { cwd });

/** The codes `notice validate` reports for a file, errors only. */
async function errors(file: string, cwd: string): Promise<string[]> {
  const report = JSON.parse((await notice(['validate', '-f', 'json', file], cwd)).stdout);
  return report.files[0].diagnostics
    .filter((d: { severity: string }) => d.severity === 'error')
    .map((d: { code: string }) => d.code);
}

describe('notice init without a terminal (options and defaults)', () => {
  it('writes a draft that validates apart from its placeholders, builds with the draft mark, and is never overwritten', async () => {
    const dir = tempDir();
    const run = await notice(
      [
        'init',
        'notices/customers.yaml',
        '--name',
        'Esimerkki Oy',
        '--business-id',
        '0723069-3',
        '--email',
        'tietosuoja@esimerkki.example',
        '--street',
        'Kappelitie 6',
        '--postal-code',
        '02200',
        '--city',
        'Espoo',
        '--lang',
        'fi,sv',
      ],
      dir,
    );
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(
      /^Wrote notices\/customers\.yaml: a customers notice in fi, sv, with \d+ TODO placeholders to fill in\.$/m,
    );
    const file = join(dir, 'notices/customers.yaml');
    const text = readFileSync(file, 'utf8');
    // The modeline points from the file to the installed schema, wherever that is.
    const modeline = /^# yaml-language-server: \$schema=(\S+)$/.exec(text.split('\n')[0]!);
    expect(modeline).not.toBeNull();
    expect(existsSync(join(dir, 'notices', modeline![1]!))).toBe(true);
    expect(text).toMatch(/^# The controller \(rekisterinpitäjä/m);
    const data = parse(text);
    expect(data.controller).toMatchObject({
      name: 'Esimerkki Oy',
      business_id: '0723069-3',
      email: 'tietosuoja@esimerkki.example',
    });
    expect(data.notice.languages).toEqual(['fi', 'sv']);

    const found = await errors('notices/customers.yaml', dir);
    expect(found.length).toBeGreaterThan(0);
    expect([...new Set(found)]).toEqual(['PLACEHOLDER_UNFILLED']);

    const build = await notice(['build', 'notices/customers.yaml', '--out', 'out'], dir);
    expect(build.status).toBe(1);
    expect(readFileSync(join(dir, 'out/customers.fi.md'), 'utf8')).toMatch(/^> \*\*Luonnos\*\*/);
    expect(readFileSync(join(dir, 'out/customers.sv.html'), 'utf8')).toContain('<strong>Utkast</strong>');

    const again = await notice(['init', 'notices/customers.yaml', '--name', 'Toinen Oy'], dir);
    expect(again.status).toBe(2);
    expect(again.stderr).toContain('notices/customers.yaml already exists; it was left as it is.');
    expect(readFileSync(file, 'utf8')).toBe(text);
    expect((await notice(['init', 'notices/customers.yaml', '--name', 'Toinen Oy', '--force'], dir)).status).toBe(0);
    expect(parse(readFileSync(file, 'utf8')).controller.name).toBe('Toinen Oy');
  });

  for (const kind of ['customers', 'newsletter', 'applicants', 'employees', 'members', 'patients']) {
    it(`kind ${kind}: a one-language draft with only placeholders to fill in; it renders`, async () => {
      const dir = tempDir();
      expect((await notice(['init', 'n.yaml', '--kind', kind, '--lang', 'en', '--yes'], dir)).status).toBe(0);
      expect([...new Set(await errors('n.yaml', dir))]).toEqual(['PLACEHOLDER_UNFILLED']);
      expect((await notice(['build', 'n.yaml', '--out', 'out', '--format', 'md,html'], dir)).status).toBe(1);
      expect(readFileSync(join(dir, 'out/n.en.md'), 'utf8')).toMatch(/^> \*\*Draft\*\*/);
    });
  }

  it('a wrong business ID is refused at once, and nothing is written', async () => {
    const dir = tempDir();
    const run = await notice(['init', 'n.yaml', '--business-id', '0723069-4'], dir);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('is not a valid Y-tunnus');
    expect(existsSync(join(dir, 'n.yaml'))).toBe(false);
  });

  it('--ci github writes a workflow whose notice commands run', async () => {
    const dir = tempDir();
    expect(
      (
        await notice(
          [
            'init',
            'notices/n.yaml',
            '--kind',
            'newsletter',
            '--ci',
            'github',
            '--name',
            'Esimerkki Oy',
            '--email',
            'a@esimerkki.example',
          ],
          dir,
        )
      ).status,
    ).toBe(0);
    const workflow = parse(readFileSync(join(dir, '.github/workflows/notices.yml'), 'utf8'));
    const commands: string[] = workflow.jobs.notices.steps
      .map((s: { run?: string }) => s.run)
      .filter((r: string | undefined) => r?.startsWith('npx notice'));
    expect(commands).toHaveLength(2);
    // As on the CI runner, minus npx; the PDF step needs the browser the runner has.
    const runs = [];
    for (const command of commands) runs.push(await notice(command.replace(/^npx notice /, '').split(' '), dir));
    const [validate, build] = runs;
    expect(validate!.status).toBe(1);
    expect(validate!.stdout).toMatch(/^::error file=notices\/n\.yaml,line=\d+,col=\d+,title=PLACEHOLDER_UNFILLED/m);
    // The build reports the same findings in the log, not a second time as annotations, and still builds the draft.
    expect(build!.status).toBe(1);
    expect(build!.stdout).toContain('PLACEHOLDER_UNFILLED');
    expect(build!.stdout).not.toContain('::error');
    expect(existsSync(join(dir, 'public/n.fi.pdf'))).toBe(true);
  });
});

/** Every code `notice validate` reports for a file at `severities`. */
async function codes(file: string, cwd: string, severities = ['error', 'warning']): Promise<string[]> {
  const report = JSON.parse((await notice(['validate', '-f', 'json', file], cwd)).stdout);
  const found: string[] = report.files[0].diagnostics
    .filter((d: { severity: string }) => severities.includes(d.severity))
    .map((d: { code: string }) => d.code);
  return [...new Set(found)].sort();
}

/** Every string in the data outside `notice:` and the enum fields, with its path. */
function texts(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => texts(v, `${path}/${i}`));
  if (value && typeof value === 'object')
    return Object.entries(value)
      .filter(([k]) => !['notice', 'requirement', 'status', 'languages'].includes(k))
      .flatMap(([k, v]) => texts(v, `${path}/${k}`));
  return [];
}

describe('notice init --bare: a notice to retype an existing one into', () => {
  const cases = [
    {
      name: 'gdpr',
      args: ['--lang', 'fi,sv,en'],
      has: ['dpo', 'legal_basis', 'provision_requirement', 'automated_decisions', 'rights', 'complaint', 'retention'],
      lacks: [],
    },
    {
      name: 'hetil rekisteriseloste',
      args: ['--profile', 'hetil', '--created', '2012-05-01'],
      has: ['register_name', 'purposes', 'data_categories', 'recipients', 'transfers', 'security'],
      lacks: ['dpo', 'provision_requirement', 'automated_decisions', 'rights', 'complaint'],
    },
    {
      name: 'hetil tietosuojaseloste',
      args: ['--created', '2016-01-31', '--document-type', 'tietosuojaseloste', '--lang', 'sv'],
      has: ['register_name', 'rights', 'complaint'],
      lacks: ['dpo', 'automated_decisions'],
    },
  ];
  for (const { name, args, has, lacks } of cases) {
    it(`${name}: every section a TODO, no sample content, only placeholders reported, and it builds`, async () => {
      const dir = tempDir();
      const run = await notice(['init', 'n.yaml', '--bare', '--kind', 'patients', ...args, '--yes'], dir);
      expect(run.status).toBe(0);
      expect(run.stdout).toMatch(/^Wrote n\.yaml: a bare notice in .*, with \d+ TODO placeholders to fill in\.$/m);
      const text = readFileSync(join(dir, 'n.yaml'), 'utf8');
      const data = parse(text);
      for (const section of has) expect(Object.keys(data)).toContain(section);
      for (const section of lacks) expect(Object.keys(data)).not.toContain(section);
      // The schema's descriptions stay the comments above the sections.
      expect(text).toMatch(/^# Why the data is processed \(käsittelyn tarkoitukset\)/m);
      expect(text).not.toContain('invented example content');
      // No sentence of a kind: every text is a placeholder (or a fact the options gave).
      const filled = texts(data).filter(([, s]) => !s.includes('TODO'));
      expect(filled).toEqual([]);
      expect(await codes('n.yaml', dir)).toEqual(['PLACEHOLDER_UNFILLED']);
      expect((await notice(['build', 'n.yaml', '--out', 'out', '--format', 'md,html'], dir)).status).toBe(1);
    });
  }

  it('keeps the facts given as options, and nothing else', async () => {
    const dir = tempDir();
    const run = await notice(
      ['init', 'n.yaml', '--bare', '--name', 'Yhdistys ry', '--email', 'hallitus@yhdistys.example', '--yes'],
      dir,
    );
    expect(run.status).toBe(0);
    const data = parse(readFileSync(join(dir, 'n.yaml'), 'utf8'));
    expect(data.controller).toEqual({ name: 'Yhdistys ry', email: 'hallitus@yhdistys.example' });
    // How requests are handled is the notice's to say, even when the address is known.
    expect(data.rights.how_to).toMatch(/^TODO/);
  });
});

describe('notice init --created: documenting an older notice', () => {
  it('sets notice.created, leaves updated to the notice, and makes the profile that of the date', async () => {
    const dir = tempDir();
    expect((await notice(['init', 'old.yaml', '--created', '2015-03-01', '--yes'], dir)).status).toBe(0);
    const old = parse(readFileSync(join(dir, 'old.yaml'), 'utf8')).notice;
    expect(old).toEqual({ profile: 'hetil', languages: ['fi'], created: '2015-03-01' });
    // Under its own law, an old notice has no date finding.
    expect(await codes('old.yaml', dir)).not.toContain('PROFILE_DATE_MISMATCH');

    expect((await notice(['init', 'new.yaml', '--created', '2018-05-25', '--yes'], dir)).status).toBe(0);
    expect(parse(readFileSync(join(dir, 'new.yaml'), 'utf8')).notice.profile).toBe('gdpr');
  });

  it('never overrides an explicit --profile', async () => {
    const dir = tempDir();
    expect(
      (await notice(['init', 'n.yaml', '--created', '2015-03-01', '--profile', 'gdpr', '--bare', '--yes'], dir)).status,
    ).toBe(0);
    expect(parse(readFileSync(join(dir, 'n.yaml'), 'utf8')).notice.profile).toBe('gdpr');
    expect(await codes('n.yaml', dir)).toEqual(['PLACEHOLDER_UNFILLED', 'PROFILE_DATE_MISMATCH']);
  });

  for (const bad of ['2015-02-30', '1.3.2015', '2015-3-1']) {
    it(`a date that is not YYYY-MM-DD (${bad}) is a usage error, and nothing is written`, async () => {
      const dir = tempDir();
      const run = await notice(['init', 'n.yaml', '--created', bad, '--yes'], dir);
      expect(run.status).toBe(2);
      expect(run.stderr).toContain(`--created ${bad} is not a date written YYYY-MM-DD.`);
      expect(existsSync(join(dir, 'n.yaml'))).toBe(false);
    });
  }
});

describe('notice init kinds members and patients', () => {
  it('patients: health data under GDPR Art. 9(2)(h) with the sector law named', async () => {
    const dir = tempDir();
    expect((await notice(['init', 'n.yaml', '--kind', 'patients', '--lang', 'fi,sv,en', '--yes'], dir)).status).toBe(0);
    const text = readFileSync(join(dir, 'n.yaml'), 'utf8');
    expect(text).toContain('invented example content');
    const data = parse(text);
    expect(data.data_categories.items.some((c: { special_category?: string }) => c.special_category === 'health')).toBe(
      true,
    );
    const health = data.legal_basis.items.find((b: { article_9_2?: string }) => b.article_9_2 === 'h');
    for (const language of ['fi', 'sv', 'en']) {
      expect(health.law_reference[language]).toContain('703/2023');
      expect(health.law_reference[language]).toContain('785/1992');
    }
    expect(await codes('n.yaml', dir)).toEqual(['PLACEHOLDER_UNFILLED']);
  });

  it('members: the Associations Act as the basis of the list of members', async () => {
    const dir = tempDir();
    expect((await notice(['init', 'n.yaml', '--kind', 'members', '--lang', 'sv', '--yes'], dir)).status).toBe(0);
    const data = parse(readFileSync(join(dir, 'n.yaml'), 'utf8'));
    expect(data.register_name).toBe('Medlemsregister');
    expect(data.legal_basis.items[0].law_reference).toBe('Föreningslagen (503/1989) 11 §');
    expect(await codes('n.yaml', dir)).toEqual(['PLACEHOLDER_UNFILLED']);
  });
});

describe('the messages of one init run are in one language', () => {
  it('without questions, English throughout, whatever the language of the notice', async () => {
    const dir = tempDir();
    const run = await notice(['init', 'n.yaml', '--lang', 'fi', '--profile', 'hetil', '--yes'], dir);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Done. Fill in the TODO items');
    expect(run.stdout).toMatch(/^ {2}also warning: The notice is dated/m);
    expect(run.stdout).not.toMatch(/Valmis|Täydennä|Klart/);
  });

  it('with questions, the chosen language throughout, from the first answer to the last line', async () => {
    const dir = tempDir();
    const { main } = await import('../src/cli/main.js');
    const answers = ['fi', 'fi', 'Testi ry', '', '', '', '', '', '', 'hetil', '7', 'ei', 'ei', ''];
    const stdin = Object.assign(new PassThrough(), { isTTY: true });
    const stdout = new PassThrough();
    let printed = '';
    stdout.on('data', (chunk: Buffer) => (printed += chunk.toString('utf8')));
    stdin.end(answers.join('\n') + '\n');
    const previous = process.cwd();
    process.chdir(dir);
    try {
      const status = await main(['init', 'n.yaml'], { stdin, stdout, stderr: stdout, env: { NO_COLOR: '1' } });
      expect(status).toBe(0);
    } finally {
      process.chdir(previous);
    }
    const data = parse(readFileSync(join(dir, 'n.yaml'), 'utf8'));
    expect(data.notice.profile).toBe('hetil');
    expect(data.controller.name).toBe('Testi ry');
    // Choice 7 follows the six kinds: the bare notice.
    expect(texts(data).filter(([, s]) => !s.includes('TODO') && s !== 'Testi ry')).toEqual([]);
    const afterLanguage = printed.slice(printed.indexOf('Luodaan uusi tietosuojaseloste'));
    expect(afterLanguage).toContain('tyhjä pohja');
    expect(afterLanguage).toMatch(/Kirjoitettu n\.yaml: tyhjä pohja kielillä fi/);
    expect(afterLanguage).toMatch(/lisäksi varoitus PROFILE_DATE_MISMATCH \(rivi \d+\)/);
    expect(afterLanguage).toContain('Valmis. Täydennä TODO-kohdat');
    expect(afterLanguage).not.toMatch(/\b(Wrote|Done|also|Fill in|with \d+ TODO)\b/);
  });

  /** `notice init` on a terminal in `dir`, answering `answers`; what it printed (stdout and stderr) and its status. */
  async function interviewRun(dir: string, args: string[], answers: string[]) {
    const { main } = await import('../src/cli/main.js');
    const stdin = Object.assign(new PassThrough(), { isTTY: true });
    const stdout = new PassThrough();
    let printed = '';
    stdout.on('data', (chunk: Buffer) => (printed += chunk.toString('utf8')));
    stdin.end(answers.join('\n') + '\n');
    const previous = process.cwd();
    process.chdir(dir);
    try {
      const status = await main(['init', ...args], { stdin, stdout, stderr: stdout, env: { NO_COLOR: '1' } });
      return { status, printed };
    } finally {
      process.chdir(previous);
    }
  }

  it('answers that break the format are refused in the language of the questions, not in English', async () => {
    const dir = tempDir();
    // Swedish, and an e-mail address that is not one: INIT_INVALID after the last question.
    const answers = ['sv', 'sv', 'Test ab', '', '', '', '', 'inte-en-adress', '', 'gdpr', '1', 'nej', 'nej', ''];
    const { status, printed } = await interviewRun(dir, ['n.yaml'], answers);
    expect(status).toBe(2);
    expect(existsSync(join(dir, 'n.yaml'))).toBe(false);
    const afterLanguage = printed.slice(printed.indexOf('Vi skapar en ny'));
    expect(afterLanguage).toMatch(
      /Svaren skulle ge en beskrivning som inte passar formatet: SCHEMA_FORMAT \(rad \d+\)/,
    );
    expect(afterLanguage).toMatch(/^tips: Kontrollera svaren/m);
    expect(afterLanguage).not.toMatch(/\b(The answers|does not fit|hint|must be)\b/);
  });

  it('a file that appears while the questions are answered is refused in their language', async () => {
    const dir = tempDir();
    const { writeFileSync } = await import('node:fs');
    const answers = ['fi', 'fi', 'Testi ry', '', '', '', '', '', '', 'gdpr', '1', 'ei'];
    // The last answer arrives after the file was made: WOULD_OVERWRITE when init writes, not before the questions.
    const { main } = await import('../src/cli/main.js');
    const stdin = Object.assign(new PassThrough(), { isTTY: true });
    const stdout = new PassThrough();
    let printed = '';
    stdout.on('data', (chunk: Buffer) => (printed += chunk.toString('utf8')));
    stdin.write(answers.join('\n') + '\n');
    const previous = process.cwd();
    process.chdir(dir);
    try {
      const running = main(['init', 'n.yaml'], { stdin, stdout, stderr: stdout, env: { NO_COLOR: '1' } });
      await new Promise((resolve) => setTimeout(resolve, 50));
      writeFileSync(join(dir, 'n.yaml'), 'mine\n');
      stdin.end('ei\n');
      expect(await running).toBe(2);
    } finally {
      process.chdir(previous);
    }
    expect(readFileSync(join(dir, 'n.yaml'), 'utf8')).toBe('mine\n');
    const afterLanguage = printed.slice(printed.indexOf('Luodaan uusi tietosuojaseloste'));
    expect(afterLanguage).toContain('n.yaml on jo olemassa; se jätettiin ennalleen.');
    expect(afterLanguage).toMatch(/^vihje: Valitse toinen tiedostonimi/m);
    expect(afterLanguage).not.toMatch(/\b(already exists|hint|Choose another)\b/);
  });

  it('an existing file or workflow is refused before any question, in English, since no language was chosen yet', async () => {
    const dir = tempDir();
    const { mkdirSync, writeFileSync } = await import('node:fs');
    mkdirSync(join(dir, '.github/workflows'), { recursive: true });
    writeFileSync(join(dir, '.github/workflows/notices.yml'), 'mine\n');
    const { status, printed } = await interviewRun(dir, ['n.yaml', '--ci', 'github'], ['fi']);
    expect(status).toBe(2);
    expect(printed).not.toContain('Kieli / Språk / Language');
    expect(printed).toContain('.github/workflows/notices.yml already exists; it was left as it is.');
    expect(existsSync(join(dir, 'n.yaml'))).toBe(false);
  });

  it('stopping with Ctrl+D prints the hint, too, in the chosen language', async () => {
    const { status, printed } = await interviewRun(tempDir(), ['n.yaml'], ['fi', 'fi']);
    expect(status).toBe(2);
    expect(printed).toContain('Keskeytetty ennen kuin kaikkiin kysymyksiin vastattiin');
    expect(printed).toMatch(/^vihje: Aja `notice init` uudelleen/m);
    expect(printed).not.toMatch(/^hint:/m);
  });
});

describe('a fresh draft of every kind, under each law, reports only what the README says', () => {
  const renderer = createRenderer({ version: 'test' });
  const kinds = [...KINDS, 'bare'] as const;
  for (const profile of ['gdpr', 'hetil'] as const)
    for (const kind of kinds)
      it(`${profile}, ${kind}: its placeholders${profile === 'hetil' ? ', the date, and no GDPR ground' : ''}`, async () => {
        const dir = tempDir();
        const file = join(dir, 'n.yaml');
        const created = await createNotice(
          {
            languages: ['fi', 'sv', 'en'],
            profile,
            kind: kind === 'bare' ? 'customers' : kind,
            bare: kind === 'bare',
            email: 'tietosuoja@esimerkki.example',
            phone: '09 123 4567',
            transfers: 'none',
            dpoDesignated: false,
            today: '2026-01-10',
          },
          { file },
        );
        expect(created.placeholders).toBeGreaterThan(0);
        // README, `notice init`: only the placeholders; under hetil also PROFILE_DATE_MISMATCH (dated today).
        expect(created.otherFindings.map((d) => d.code)).toEqual(profile === 'hetil' ? ['PROFILE_DATE_MISMATCH'] : []);
        const data = parse(readFileSync(file, 'utf8'));
        for (const item of data.legal_basis?.items ?? []) {
          if (profile === 'hetil') {
            expect(item.basis).toBe('hetil_8_1');
            expect(item.hetil_points?.length).toBeGreaterThan(0);
            expect(item).not.toHaveProperty('article_9_2');
            expect(item).not.toHaveProperty('article_10');
            expect(item).not.toHaveProperty('interest');
          } else expect(item.basis).not.toBe('hetil_8_1');
        }
        if (profile === 'hetil' && kind === 'patients') {
          // Health data, sensitive under HetiL 11 §: its ground is 12 § 1 mom. 5 k. (provided by law), with the law.
          const care = data.legal_basis.items.find((i: { purposes?: string[] }) =>
            i.purposes?.includes('patient_care'),
          );
          expect(care).toMatchObject({ basis: 'hetil_8_1', hetil_points: [4], hetil_12: 5 });
          expect(care.law_reference.fi).toMatch(/785\/1992/);
        }
        if (kind !== 'bare') {
          // Every purpose has a short name, so legal bases and retention name purposes without cutting them short.
          for (const purpose of data.purposes.items) expect(purpose.name?.en, purpose.id).toBeTruthy();
          for (const language of ['fi', 'sv', 'en'] as const)
            expect(renderer.render(structuredClone(data), language).markdown).not.toContain('…');
        }
        const gdprCited = /tietosuoja-asetu|dataskyddsförordning|\bGDPR\b|artikla|\bArticle\b/;
        if (profile === 'hetil') expect(texts(data).filter(([, t]) => gdprCited.test(t))).toEqual([]);
      });
});

describe("the older kinds' sample content asserts no measures of the organisation", () => {
  for (const kind of ['customers', 'newsletter', 'applicants', 'employees'] as const)
    it(`${kind}: security and what follows retention are TODOs that keep the example`, async () => {
      const dir = tempDir();
      const file = join(dir, 'n.yaml');
      await createNotice(
        {
          languages: ['en'],
          profile: 'gdpr',
          kind,
          email: 'tietosuoja@esimerkki.example',
          transfers: 'none',
          dpoDesignated: false,
          today: '2026-01-10',
        },
        { file },
      );
      const data = parse(readFileSync(file, 'utf8'));
      expect(data.security.items).toHaveLength(1);
      expect(data.security.items[0]).toMatch(/^TODO: how the data is protected, for example: \S/);
      expect(data.security.items[0]).toMatch(/second factor/);
      expect(data.retention.text_after).toMatch(/^TODO: what happens to the data when the retention period ends/);
      // Outside the TODOs, nothing says how this organisation protects, deletes or anonymises the data.
      const asserted = texts(data).filter(
        ([, t]) => !t.startsWith('TODO') && /second factor|encrypt|locked|we delete|anonymous|backed up/i.test(t),
      );
      expect(asserted).toEqual([]);
    });
});
