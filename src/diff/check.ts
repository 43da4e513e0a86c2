import type { Diagnostic } from '../diagnostics.js';
import type { LoadedNotice } from '../load/index.js';
import type { NoticeDiff } from './index.js';

// The CI check of a change (`notice validate --since REF`, or `check.since` in
// notice.config.yaml): a material change must come with a new date and
// version, and take effect after people have been told.

/**
 * Problems of a change as diagnostics at notice.updated / version / effective
 * in the new file. `today` is YYYY-MM-DD. The effective date is
 * `notice.effective`, else `notice.updated`.
 */
export function changeDiagnostics(diff: NoticeDiff, now: LoadedNotice, today: string): Diagnostic[] {
  if (!diff.material || !diff.old.exists) return [];
  const material = diff.changes.filter((change) => change.class === 'material');
  const named = material
    .slice(0, 3)
    .map((change) => change.code)
    .join(', ');
  const which = `${material.length} material change${material.length === 1 ? '' : 's'} (${named}${material.length > 3 ? ', …' : ''})`;
  const since = diff.old.revision ? ` since ${diff.old.revision}` : '';
  const at = (
    key: string,
    code: string,
    severity: Diagnostic['severity'],
    message: string,
    hint: string,
  ): Diagnostic => {
    const path =
      now.data && isMapping(now.data['notice']) && now.data['notice'][key] !== undefined ? ['notice', key] : ['notice'];
    const { file, line, column } = now.locate.valueAt(path);
    const value = path.length === 2 ? now.locate.sourceAt(path) : undefined;
    return {
      code,
      severity,
      message,
      file: file ?? now.file,
      line,
      column,
      path: `/${path.join('/')}`,
      ...(value !== undefined ? { value } : {}),
      hint,
    };
  };
  const found: Diagnostic[] = [];
  const stale = (['updated', 'version'] as const).filter(
    (key) => diff.new[key] === undefined || diff.new[key] === diff.old[key],
  );
  for (const key of stale) {
    found.push(
      at(
        key,
        'CHANGE_NOT_DATED',
        'error',
        `The notice has ${which}${since}, but its \`${key}\` is ${diff.new[key] === undefined ? 'missing' : `still ${diff.new[key]}`}.`,
        key === 'updated'
          ? 'Set `updated:` under `notice:` to the day of the change, so that readers can tell the versions apart.'
          : 'Raise `version:` under `notice:`, so that readers and the archive can tell the versions apart.',
      ),
    );
  }
  const effective = diff.new.effective ?? diff.new.updated;
  if (effective !== undefined && effective <= today) {
    const key = diff.new.effective !== undefined ? 'effective' : 'updated';
    found.push(
      at(
        key,
        'CHANGE_EFFECTIVE_PAST',
        'warning',
        `The notice has ${which}${since} that take effect on ${effective}, which is not in the future: people must be told before a material change applies.`,
        'Set `effective:` under `notice:` to a day after you have told people of the change (GDPR Art. 13(3), 14(4)).',
      ),
    );
  }
  return found;
}

function isMapping(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
