import type { BuildProgress } from '../outputs/index.js';
import type { CliIo } from './io.js';

const CLEAR_LINE = '\r\x1b[K';

/**
 * The progress line of a build on a terminal: `Building: 120/500 notices, 30/200 PDFs printed`,
 * rewritten in place at most ten times a second. Anything else printed during
 * the build (a warning) clears it first; the report clears it at the end.
 */
export class ProgressLine {
  private last = 0;
  private shown = false;

  constructor(private readonly stream: CliIo['stderr']) {}

  readonly update = ({ notices, pdfs }: BuildProgress): void => {
    const now = performance.now();
    if (now - this.last < 100) return;
    this.last = now;
    const printed = pdfs.queued > 0 ? `, ${pdfs.done}/${pdfs.queued} PDFs printed` : '';
    this.stream.write(`${CLEAR_LINE}Building: ${notices.done}/${notices.total} notices${printed}`);
    this.shown = true;
  };

  clear(): void {
    if (this.shown) this.stream.write(CLEAR_LINE);
    this.shown = false;
  }
}
