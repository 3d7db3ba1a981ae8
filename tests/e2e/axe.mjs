// WCAG checks in the real WebView: axe-core (the npm package's own build) injected over WebDriver, run against the
// whole page, violations summarised so a failure says what and where.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

/** WCAG 2.0, 2.1 and 2.2 at levels A and AA: what Section 508 and EN 301 549 ask. */
export const WCAG_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/**
 * Rules switched off, each with its reason. Empty: every WCAG A/AA rule runs.
 * @type {Record<string, string>}
 */
export const DISABLED_RULES = {};

/** The violations axe finds on the page as it is now: `[{ id, impact, help, targets }]`. */
export async function axeViolations(session) {
  // What is measured is the settled page: a colour still fading in (a button enabling) is not what anyone reads.
  for (let i = 0; i < 40; i++) {
    if (await session.execute("return document.getAnimations().length === 0;")) break;
    await new Promise((r) => setTimeout(r, 50));
  }
  const loaded = await session.execute("return typeof window.axe === 'object';");
  if (!loaded) {
    await session.execute(`${AXE_SOURCE}\n;return true;`);
  }
  const rules = Object.fromEntries(Object.keys(DISABLED_RULES).map((id) => [id, { enabled: false }]));
  const json = await session.cmd("POST", "/execute/async", {
    script: `const done = arguments[arguments.length - 1];
      window.axe.run(document, { runOnly: { type: "tag", values: arguments[0] }, rules: arguments[1], resultTypes: ["violations"] })
        .then((result) => done(JSON.stringify(result.violations.map((v) => ({
          id: v.id, impact: v.impact, help: v.help,
          targets: v.nodes.map((n) => n.target.join(" ")).slice(0, 8), count: v.nodes.length,
        })))))
        .catch((error) => done(JSON.stringify([{ id: "axe-error", help: String(error) }])));`,
    args: [WCAG_AA, rules],
  });
  return JSON.parse(json);
}

/** A readable line per violation, for assertion messages. */
export function describe(violations) {
  return violations
    .map((v) => `${v.id} (${v.impact}, ${v.count} node(s)): ${v.help}\n    ${v.targets.join("\n    ")}`)
    .join("\n");
}
