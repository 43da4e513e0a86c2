import { dirname } from 'node:path';
import { OUTPUT_FORMAT_IDS } from '../outputs/formats.js';
import { writeNewFile } from './index.js';

/** Where `notice init --ci github` writes its workflow. */
export const GITHUB_WORKFLOW_FILE = '.github/workflows/notices.yml';

/**
 * Writes the GitHub workflow for the notices next to `noticeFile` (its folder,
 * or the file itself when it sits at the top); never overwrites without `force`.
 * Returns what the workflow checks and builds.
 */
export async function writeGithubWorkflow(noticeFile: string, { force }: { force: boolean }): Promise<string> {
  const target = dirname(noticeFile) === '.' ? noticeFile : dirname(noticeFile);
  await writeNewFile(GITHUB_WORKFLOW_FILE, githubWorkflow(target), { force });
  return target;
}

/**
 * A GitHub Actions workflow that checks and builds the notices on every push
 * and pull request and keeps the outputs as an artifact. GitHub's Ubuntu
 * runners have Google Chrome, which `notice build` finds for the PDFs.
 * It names `target` and the options itself, since init writes no
 * configuration file; examples/ci/.github/workflows/notices.yml is the longer version.
 */
export function githubWorkflow(target: string): string {
  return `# Written by \`notice init --ci github\`: checks the privacy notices on every push and
# pull request (findings appear on the changed lines) and builds them into Markdown, HTML and PDF.
# \`npm ci\` installs notice: the package seloste must be in package.json's devDependencies.
name: notices
on:
  push:
  pull_request:
permissions:
  contents: read
jobs:
  notices:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 22
          cache: npm
      - run: npm ci
      - name: Validate
        id: validate
        run: npx notice validate --format github ${target}
      # Also when validation found errors, so that the drafts can be read. Its findings
      # are those of Validate: they go to the log, not again as annotations (GitHub
      # shows at most 10 errors per step and 50 annotations per job).
      - name: Build
        if: success() || steps.validate.outcome == 'failure'
        run: npx notice build ${target} --format ${OUTPUT_FORMAT_IDS.join(',')} --out public
      - uses: actions/upload-artifact@v4
        if: always()
        with:
          name: notices
          path: public/
`;
}
