/** What the command needs from the process, so that tests can run it in-process. */
export interface CliIo {
  /** Read only by `notice init` on a terminal. */
  stdin?: NodeJS.ReadableStream & { isTTY?: boolean };
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown; isTTY?: boolean };
  env: Record<string, string | undefined>;
}

/** What every command's action gets. */
export interface CommandContext {
  io: CliIo;
  /** notice's version, named in reports and generated files. */
  version: string;
  /** Records the command's exit code (0, 1 or 2), which `main` returns. */
  exit(code: number): void;
}

/** Colour only on a terminal, never with NO_COLOR (no-color.org) or --no-color; FORCE_COLOR wins over the terminal test. */
export function useColor(stream: { isTTY?: boolean }, env: CliIo['env'], flag: boolean): boolean {
  if (!flag) return false;
  if (env['NO_COLOR'] !== undefined && env['NO_COLOR'] !== '') return false;
  if (env['FORCE_COLOR'] !== undefined) return env['FORCE_COLOR'] !== '0' && env['FORCE_COLOR'] !== 'false';
  return stream.isTTY === true && env['TERM'] !== 'dumb';
}
