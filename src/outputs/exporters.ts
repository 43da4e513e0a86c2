import { exportDpv } from '../export/dpv/index.js';
import { jsonFormat } from '../export/json/index.js';
import { exportTilt } from '../export/tilt/index.js';
import { summaryFragment, summaryMarkdown, summaryPage } from '../summary/index.js';
import type { ExporterName, ExportInput, ExportOutput } from './formats.js';

/**
 * The exports the build writes, by the name the format registry gives them. Apart from the registry, which
 * every command reads for --help and the configuration, so that they are read only by a build.
 */
export const EXPORTERS: Record<ExporterName, (input: ExportInput) => ExportOutput> = {
  'summary-md': summaryMarkdown,
  'summary-html': summaryPage,
  'summary-fragment': summaryFragment,
  json: jsonFormat,
  dpv: exportDpv,
  tilt: exportTilt,
};
