// The library behind the `notice` command. The CLI (src/cli/) is not part of it.
export {
  loadNotice,
  loadNoticeBytes,
  isPartFileName,
  mergeData,
  type LoadedNotice,
  type Locator,
  type PartUsed,
} from './load/index.js';
export { validateNotice, RULES, type ValidateOptions, type Rule } from './validate/index.js';
export {
  explain,
  explanationText,
  type Explanation,
  type CodeExplanation,
  type ExplainResult,
} from './validate/explain.js';
export { profileOf, documentTypeOf } from './profile.js';
export * from './generated/notice-enums.js';
export { validatePaths } from './validate-paths.js';
export { findNoticeFiles } from './notice-files.js';
export { verdictOf, isBuildResult, type FileResult, type BuildResult, type Verdict } from './results.js';
export {
  compareDiagnostics,
  countDiagnostics,
  pointerToDotted,
  type Diagnostic,
  type DiagnosticCounts,
  type Severity,
} from './diagnostics.js';
export { NoticeError, ExitCode } from './errors.js';
export { checkBusinessId, businessIdCheckDigit } from './finnish/business-id.js';
export { normalisePhone } from './finnish/phone.js';
export type * from './generated/notice-types.js';
export {
  createRenderer,
  BUILTIN_TEMPLATES,
  type Renderer,
  type RenderedNotice,
  type RendererOptions,
  type NoticeView,
  type SectionView,
  type SectionPart,
} from './render/index.js';
export {
  buildNotices,
  parseShard,
  OUTPUT_FORMATS,
  OUTPUT_FORMAT_IDS,
  MANIFEST_FILE,
  type BuildOptions,
  type BuildProgress,
  type OutputFormat,
  type Shard,
} from './outputs/index.js';
export { findConfigFile, loadConfig, CONFIG_FILE_NAMES, type LoadedConfig, type NoticeConfig } from './config/index.js';
export { watchBuild, type BuildSetup, type WatchHooks } from './watch.js';
export { previewNotices, DEFAULT_PREVIEW_PORT, type PreviewHooks } from './preview/index.js';
export { copyTemplates } from './templates-copy.js';
export { createNotice, KINDS, type InitFacts, type CreatedNotice, type Kind } from './init/index.js';
export { writeGithubWorkflow, GITHUB_WORKFLOW_FILE } from './init/workflow.js';
export { runSettings, type GivenSettings, type RunSettings } from './config/settings.js';
export {
  importFile,
  emitYaml,
  defaultOutput,
  type ImportResult,
  type EmitOptions,
  type ImportDocument,
  type ImportedNotice,
  type ImportOptions,
  type ImportFormat,
  type Block,
  type Placement,
  type Inference,
  type DataPath,
} from './import/index.js';
export {
  recordOfProcessing,
  renderRecord,
  ROPA_FORMATS,
  GAPS as ROPA_GAPS,
  COLUMNS as ROPA_COLUMNS,
  type RopaRecord,
  type RopaOptions,
  type RopaResult,
  type RopaFormat,
  type Processing,
  type Cell,
} from './ropa/index.js';
export { writeRecords, ROPA_MANIFEST, type WriteRecordsOptions } from './ropa/write.js';
export {
  translationsReport,
  markTranslations,
  hasTranslationProblems,
  sourceHash,
  parseMark,
  formatMark,
  type TranslationsOptions,
  type TranslationsReport,
  type TranslatedText,
  type LanguageCounts,
  type MarkResult,
  type TranslationMark,
  type TranslationState,
} from './translations/index.js';
export {
  diffNotices,
  CHANGE_KINDS,
  changeKind,
  type NoticeDiff,
  type NoticeChange,
  type ChangePosition,
  type ChangeClass,
  type ChangeCode,
  type ChangeKind,
  type VersionFacts,
  type DiffOptions,
} from './diff/index.js';
export { diffSince, noticeLog, type NoticeLog, type LoggedVersion } from './diff/history.js';
export { changeDiagnostics } from './diff/check.js';
export {
  exportNotice,
  exportText,
  EXPORT_VERSION,
  type JsonExport,
  type JsonExportOptions,
  type NoticeExport,
} from './export/json/index.js';
