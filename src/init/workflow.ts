/**
 * A GitHub Actions workflow that checks and builds the notices on every push
 * and pull request and keeps the outputs as an artifact. GitHub's Ubuntu
 * runners have Google Chrome, which `notice build` finds for the PDFs.
 */
export function githubWorkflow(target: string): string {
  return `# Written by \`notice init --ci github\`: checks the privacy notices on every push and
# pull request (findings appear on the changed lines) and builds them into Markdown, HTML and PDF.
name: notices
on:
  push:
  pull_request:
jobs:
  notices:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 22
      - run: npm ci
      - name: Validate
        run: npx notice validate --format github ${target}
      - name: Build
        run: npx notice build ${target} --format md,html,html-fragment,pdf --out public --report github
      - uses: actions/upload-artifact@v4
        if: always()
        with:
          name: notices
          path: public/
`;
}
