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
        run: npx notice build ${target} --format md,html,html-fragment,pdf --out public
      - uses: actions/upload-artifact@v4
        if: always()
        with:
          name: notices
          path: public/
`;
}
