import { Chalk } from 'chalk';
import type { NoticeDiff, NoticeChange, ChangeClass } from '../diff/index.js';
import type { NoticeLog } from '../diff/history.js';

// The ways `notice diff` and `notice log` print changes (README: "notice diff").

export const DIFF_FORMATS = ['text', 'markdown', 'json', 'github'] as const;
export type DiffFormat = (typeof DIFF_FORMATS)[number];

/** Version of the JSON shape (schemas/notice-diff.schema.json); raised only when a field changes meaning or disappears. */
export const DIFF_REPORT_VERSION = 1;

const CLASSES: readonly ChangeClass[] = ['material', 'informative', 'editorial'];

export function formatDiff(diff: NoticeDiff, format: DiffFormat, options: { color?: boolean } = {}): string {
  switch (format) {
    case 'json':
      return JSON.stringify({ tool: 'notice', reportVersion: DIFF_REPORT_VERSION, ...diff }, null, 2) + '\n';
    case 'markdown':
      return diffMarkdown(diff);
    case 'github':
      return diffGithub(diff);
    default:
      return diffText(diff, options.color === true);
  }
}

export function formatLog(log: NoticeLog, format: DiffFormat, options: { color?: boolean } = {}): string {
  switch (format) {
    case 'json':
      return JSON.stringify({ tool: 'notice', reportVersion: DIFF_REPORT_VERSION, ...log }, null, 2) + '\n';
    case 'markdown':
      return logMarkdown(log);
    case 'github':
      // Annotations belong to the file as it is now: those of the newest version.
      return log.versions[0]?.diff ? diffGithub(log.versions[0].diff) : '';
    default:
      return logText(log, options.color === true);
  }
}

/** "2.1 of 2025-10-01" from what a version says of itself. */
function versionName(facts: NoticeDiff['old']): string {
  if (!facts.exists) return '(none)';
  const parts = [
    facts.version !== undefined ? `version ${facts.version}` : '',
    facts.updated ? `of ${facts.updated}` : '',
  ];
  return parts.filter(Boolean).join(' ') || '(undated)';
}

function countsLine(diff: NoticeDiff): string {
  if (diff.changes.length === 0) return 'No changes in meaning.';
  return `${CLASSES.map((name) => `${diff.counts[name]} ${name}`).join(', ')} change${diff.changes.length === 1 ? '' : 's'}.`;
}

function diffText(diff: NoticeDiff, color: boolean): string {
  const paint = new Chalk({ level: color ? 1 : 0 });
  const tone = { material: paint.red.bold, informative: paint.cyan, editorial: paint.dim };
  const from = diff.old.revision ? ` (${diff.old.revision})` : '';
  const lines = [paint.underline(diff.new.file), `  ${versionName(diff.old)}${from} → ${versionName(diff.new)}`];
  const width = Math.max(0, ...diff.changes.map((change) => change.code.length));
  for (const change of diff.changes) {
    const at = position(change);
    lines.push(
      `  ${paint.dim(at.padEnd(8))} ${tone[change.class](change.class.padEnd(11))} ${change.code.padEnd(width)}  ${change.description}`,
    );
  }
  lines.push('', countsLine(diff));
  return lines.join('\n') + '\n';
}

function position(change: NoticeChange): string {
  const at = change.newPosition ?? change.oldPosition;
  return at ? `${at.line}:${at.column}` : '';
}

function diffMarkdown(diff: NoticeDiff, level = '##'): string {
  const lines = [
    `${level} Changes to ${diff.new.file}`,
    '',
    `From ${versionName(diff.old)} to ${versionName(diff.new)}. ${countsLine(diff)}`,
  ];
  for (const name of CLASSES) {
    const changes = diff.changes.filter((change) => change.class === name);
    if (changes.length === 0) continue;
    lines.push(
      '',
      `${level}# ${name[0]!.toUpperCase()}${name.slice(1)}`,
      '',
      '| Change | Where | Why |',
      '| --- | --- | --- |',
    );
    for (const change of changes) {
      const why = change.gdpr ? `${change.reason} (GDPR ${change.gdpr})` : change.reason;
      lines.push(`| ${cell(change.description)} | ${cell(`${change.path} (${position(change)})`)} | ${cell(why)} |`);
    }
  }
  return lines.join('\n') + '\n';
}

function cell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

const COMMAND: Record<ChangeClass, string> = { material: 'warning', informative: 'notice', editorial: 'notice' };

function diffGithub(diff: NoticeDiff): string {
  const lines = diff.changes.map((change) => {
    const at = change.newPosition;
    const where = at
      ? `file=${property(at.file)},line=${at.line},col=${at.column},`
      : `file=${property(diff.new.file)},`;
    const body = `${change.description}\n${change.class}: ${change.reason}`;
    return `::${COMMAND[change.class]} ${where}title=${property(`${change.code} (${change.class})`)}::${data(body)}`;
  });
  return lines.length > 0 ? lines.join('\n') + '\n' : '';
}

// Escaping as the Actions toolkit does it (as in src/report/github.ts).
function data(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function property(text: string): string {
  return data(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function logText(log: NoticeLog, color: boolean): string {
  const paint = new Chalk({ level: color ? 1 : 0 });
  const lines = [paint.underline(log.file)];
  for (const version of log.versions) {
    lines.push('', `${paint.yellow(version.commit.slice(0, 12))} ${version.date}  ${version.subject}`);
    if (!version.diff) {
      lines.push(`  cannot be read: ${version.unreadable}`);
      continue;
    }
    const { diff } = version;
    lines.push(`  ${versionName(diff.new)}${diff.old.exists ? '' : ', first version'}. ${countsLine(diff)}`);
    if (!diff.old.exists) continue;
    for (const change of diff.changes) {
      if (change.code === 'VERSION_CHANGED') continue;
      const tone =
        change.class === 'material' ? paint.red.bold : change.class === 'informative' ? paint.cyan : paint.dim;
      lines.push(`  ${tone(change.class.padEnd(11))} ${change.description}`);
    }
  }
  if (log.versions.length === 0) lines.push('', 'No commits of this file yet.');
  return lines.join('\n') + '\n';
}

function logMarkdown(log: NoticeLog): string {
  const lines = [`## History of ${log.file}`];
  for (const version of log.versions) {
    lines.push('', `### ${version.date.slice(0, 10)} — ${version.commit.slice(0, 12)} ${cell(version.subject)}`, '');
    if (!version.diff) lines.push(`Cannot be read: ${version.unreadable}`);
    else if (!version.diff.old.exists) lines.push(`First version: ${versionName(version.diff.new)}.`);
    else {
      lines.push(`${versionName(version.diff.new)}. ${countsLine(version.diff)}`);
      const listed = version.diff.changes.filter((change) => change.code !== 'VERSION_CHANGED');
      if (listed.length > 0) lines.push('', ...listed.map((change) => `- **${change.class}**: ${change.description}`));
    }
  }
  return lines.join('\n') + '\n';
}
