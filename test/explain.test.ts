import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadNoticeBytes } from '../src/load/index.js';
import { validateNotice } from '../src/validate/index.js';
import { explain, explanationText } from '../src/validate/explain.js';
import { EXAMPLE_NOTICE } from '../src/validate/rules/example-notice.js';
import { RULES } from '../src/validate/rules/index.js';
import { exampleNotice } from './example-notice.js';
import { FIXED_TODAY, ROOT, runMain } from './helpers.js';

// Every rule documents itself in the registry: what it checks, why, and per code a failing and a
// passing example. The examples are run here, so that none of them can go stale when a rule changes.
async function codesOf(fragment: string): Promise<string[]> {
  const { text, profile } = exampleNotice(fragment);
  const diagnostics = await validateNotice(loadNoticeBytes(text, 'example.yaml'), {
    today: FIXED_TODAY,
    ...(profile ? { profile } : {}),
  });
  return diagnostics.map((d) => d.code);
}

describe('the example notice', () => {
  it('reports nothing, so that each example shows its own problem', async () => {
    expect(await codesOf('')).toEqual([]);
    expect(EXAMPLE_NOTICE).toContain('profile: gdpr');
  });
});

describe('rule documentation', () => {
  for (const rule of RULES) {
    it(`${rule.id} ${rule.name} says what it checks and why`, () => {
      expect(rule.checks).toMatch(/^[A-Z`].{20,}\.$/s);
      expect(rule.why).toMatch(/^[A-Z`].{80,}\.$/s);
      // The why names the law it rests on, as the reference does.
      expect(rule.why).toMatch(/GDPR|Art\. \d|HetiL|Personal Data Act|Tietosuojalaki|Data Protection Act/);
    });

    for (const [code, entry] of Object.entries(rule.codes)) {
      it(`${code}: the failing example reports it`, async () => {
        // Schema errors would stop the rules from running at all: an example must be a valid notice.
        const codes = await codesOf(entry.fails);
        expect(codes.filter((c) => c.startsWith('SCHEMA_') || c.startsWith('YAML_'))).toEqual([]);
        expect(codes).toContain(code);
      });

      it(`${code}: the passing example does not`, async () => {
        const codes = await codesOf(entry.passes);
        expect(codes.filter((c) => c.startsWith('SCHEMA_') || c.startsWith('YAML_'))).toEqual([]);
        expect(codes).not.toContain(code);
      });
    }
  }
});

describe('explain', () => {
  it('finds a rule by code, id or name, in any letter case', () => {
    const byCode = explain('retention_missing');
    expect(byCode.found && byCode.explanation.rule.id).toBe('L09');
    expect(byCode.found && byCode.explanation.codes.map((c) => c.code)).toEqual(['RETENTION_MISSING']);
    const byId = explain('l09');
    expect(byId.found && byId.explanation.codes.length).toBe(5);
    const byName = explain('retention-stated');
    expect(byName.found && byName.explanation.rule.id).toBe('L09');
  });

  it('suggests the nearest code for a typo, and nothing for nonsense', () => {
    expect(explain('RETENTON_MISSING')).toEqual({ found: false, suggestion: 'RETENTION_MISSING' });
    expect(explain('xyzzy')).toEqual({ found: false });
  });

  it('prints the severity per profile and both examples', () => {
    const result = explain('LEGAL_BASIS_GDPR');
    if (!result.found) throw new Error('not found');
    const text = explanationText(result.explanation);
    expect(text).toMatch(/^L04 purposes-have-basis\nChecks: The notice states its purposes/);
    expect(text).toContain('severity: gdpr off, hetil warning');
    expect(text).toMatch(/fails:\n {4}notice:\n {6}profile: hetil/);
    expect(text).toMatch(/passes:\n {4}notice:/);
  });
});

describe('notice explain', () => {
  it('explains a code, exit 0', async () => {
    const run = await runMain(['explain', 'RETENTION_GENERIC']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^L09 retention-stated\nChecks: /);
    expect(run.stdout).toContain('RETENTION_GENERIC\n  severity: gdpr warning, hetil warning');
    expect(run.stdout).toContain('WP260');
    expect(run.stderr).toBe('');
  });

  it('gives JSON with --format json', async () => {
    const run = await runMain(['explain', 'L19', '--format', 'json']);
    expect(run.status).toBe(0);
    const data = JSON.parse(run.stdout);
    expect(data.rule).toMatchObject({ id: 'L19', name: 'email-plain' });
    expect(data.codes[0]).toMatchObject({ code: 'EMAIL_OBFUSCATED', severity: { gdpr: 'warning', hetil: 'warning' } });
    expect(data.codes[0].fails).toContain('(at)');
  });

  it('prints what the README shows for it', async () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const run = await runMain(['explain', 'DPO_CONTACT_MISSING']);
    expect(readme).toContain('```\n' + run.stdout + '```');
  });

  it('explains the codes no rule reports as the README documents them, and the kinds of change', async () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    for (const [code, section] of [
      ['YAML_TAB', 'Reading the file'],
      ['TILT_MISSING', 'Outputs (notice build)'],
      ['ROPA_DPO_UNSTATED', 'The record of processing (notice ropa)'],
    ]) {
      const run = await runMain(['explain', code!.toLowerCase()]);
      expect(run.status).toBe(0);
      expect(run.stdout.split('\n')[0]).toBe(`${code} (${section})`);
      const json = JSON.parse((await runMain(['explain', code!, '--format', 'json'])).stdout);
      expect(json).toMatchObject({ code, kind: 'diagnostic', section });
      // The meaning is the README's row, word for word (severity first where the table has a column for it).
      expect(readme).toContain(json.meaning.replace(/^(error|warning|info): /, ''));
    }
    const change = await runMain(['explain', 'NEW_TRANSFER_COUNTRY']);
    expect(change.status).toBe(0);
    expect(change.stdout).toContain('NEW_TRANSFER_COUNTRY (a kind of change notice diff finds: material)');
    expect(change.stdout).toContain('GDPR: Art. 13(1)(f)');
    const typo = await runMain(['explain', 'TILT_MISING']);
    expect(typo.status).toBe(2);
    expect(typo.stderr).toContain('Did you mean TILT_MISSING?');
  });

  it('exits 2 for an unknown code, with the nearest one', async () => {
    const run = await runMain(['explain', 'EMAIL_OBFUSCATD']);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(
      'notice has no rule or diagnostic code "EMAIL_OBFUSCATD". Did you mean EMAIL_OBFUSCATED?',
    );
  });
});
