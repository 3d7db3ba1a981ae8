// Checks the message catalogue without building anything: every language has exactly English's messages and
// attributes, each using the same arguments, none empty, and no line the Fluent parser had to skip.
// Usage: node scripts/check-catalogue.mjs [language …]   (default: every language)
// The Rust test crates/core/tests/catalogue.rs checks the same with the Rust parser; this one is for
// translators, who need no Rust toolchain.
import { readdirSync, readFileSync } from "node:fs";
import { FluentResource } from "@fluent/bundle";

const root = new URL("../locales/", import.meta.url);
const FILES = ["errors", "desktop", "window"];

function variables(pattern, found) {
  if (typeof pattern === "string" || pattern === null || pattern === undefined) {
    return found;
  }
  for (const element of Array.isArray(pattern) ? pattern : [pattern]) {
    if (typeof element === "string") continue;
    switch (element.type) {
      case "var":
        found.add(element.name);
        break;
      case "select":
        variables(element.selector, found);
        for (const variant of element.variants) variables(variant.value, found);
        break;
      case "func":
      case "term":
        for (const arg of element.args ?? []) variables(arg.type === "narg" ? arg.value : arg, found);
        break;
    }
  }
  return found;
}

function text(pattern) {
  if (typeof pattern === "string") return pattern;
  if (!Array.isArray(pattern)) return "x";
  return pattern.map((e) => (typeof e === "string" ? e : "x")).join("");
}

/** id (and id.attribute) → { vars, empty }; plus the count of entries a line-based scan sees. */
function shapes(language, file) {
  const source = readFileSync(new URL(`${language}/${file}.ftl`, root), "utf8");
  const resource = new FluentResource(source);
  const found = new Map();
  for (const entry of resource.body) {
    if (entry.value !== null || Object.keys(entry.attributes).length === 0) {
      found.set(entry.id, { vars: [...variables(entry.value, new Set())].sort(), empty: text(entry.value).trim() === "" });
    }
    for (const [name, value] of Object.entries(entry.attributes)) {
      found.set(`${entry.id}.${name}`, { vars: [...variables(value, new Set())].sort(), empty: text(value).trim() === "" });
    }
  }
  const declared = source.split("\n").filter((line) => /^-?[a-zA-Z][a-zA-Z0-9_-]* *=/.test(line)).length;
  return { found, skipped: declared - resource.body.length };
}

const languages = process.argv.slice(2).length > 0 ? process.argv.slice(2) : readdirSync(root).filter((l) => l !== "en");
let problems = 0;
const complain = (message) => {
  problems += 1;
  console.error(message);
};
for (const file of FILES) {
  const english = shapes("en", file);
  if (english.skipped !== 0) complain(`en/${file}.ftl: ${english.skipped} entries do not parse`);
  for (const language of languages) {
    const theirs = shapes(language, file);
    const where = `${language}/${file}.ftl`;
    if (theirs.skipped !== 0) complain(`${where}: ${theirs.skipped} entries do not parse (check the syntax)`);
    for (const [key, shape] of english.found) {
      const translated = theirs.found.get(key);
      if (!translated) {
        complain(`${where}: missing ${key}`);
      } else if (translated.vars.join(",") !== shape.vars.join(",")) {
        complain(`${where}: ${key} uses {${translated.vars.join(", ")}}, English uses {${shape.vars.join(", ")}}`);
      } else if (translated.empty && !shape.empty) {
        complain(`${where}: ${key} is empty`);
      }
    }
    for (const key of theirs.found.keys()) {
      if (!english.found.has(key)) complain(`${where}: ${key} is not in English`);
    }
  }
}
if (problems > 0) {
  console.error(`${problems} problem(s)`);
  process.exit(1);
}
console.log(`catalogue: ${languages.join(", ")} match English`);
