// The window's words live in locales/<language>/window.ftl: no English literal reaches the page from the code, every
// message the code asks for exists (with the attribute it asks for), none is left unused, and every catalogue parses.
import { FluentBundle, FluentResource, type FluentVariable } from "@fluent/bundle";
import { describe, expect, it } from "vitest";
import { findEnglish, isWords, messageUses, type SourceFile } from "./literals";

const SOURCES = import.meta.glob<string>("../src/**/*.ts", { query: "?raw", import: "default", eager: true });
const CATALOGUES = import.meta.glob<string>("../../locales/*/window.ftl", { query: "?raw", import: "default", eager: true });
const ERRORS = import.meta.glob<string>("../../locales/*/errors.ftl", { query: "?raw", import: "default", eager: true });

/** Generated (bindings.ts) or the catalogue's own machinery (l10n.ts): not view code. */
const NOT_VIEW_CODE = new Set(["ui/src/bindings.ts", "ui/src/l10n.ts"]);

function sourceFiles(): SourceFile[] {
  return Object.entries(SOURCES).map(([key, text]) => ({ path: `ui/src/${key.slice("../src/".length)}`, text }));
}

const ENGLISH = CATALOGUES["../../locales/en/window.ftl"] ?? "";

function bundleOf(source: string): { bundle: FluentBundle; resource: FluentResource; errors: Error[] } {
  const bundle = new FluentBundle("en", { useIsolating: false });
  const resource = new FluentResource(source);
  const errors = bundle.addResource(resource);
  return { bundle, resource, errors };
}

/** Message and term IDs as written at the start of a line: what the parser must have read, none left as junk. */
function declaredIds(source: string): string[] {
  return [...source.matchAll(/^(-?[a-zA-Z][\w-]*)[ \t]*=/gm)].map((m) => m[1] ?? "");
}

function format(text: string): string {
  return text.replace(/\s+/g, " ");
}

describe("no English in the window's code", () => {
  // Stricter than "looks like prose": at these places any word is one a person reads ("unknown", "until").
  it("finds none: every word a person reads comes from locales/en/window.ftl", () => {
    const files = sourceFiles().filter((f) => !NOT_VIEW_CODE.has(f.path));
    expect(files.length).toBeGreaterThan(20);
    const findings = findEnglish(files).map((f) => `${f.path}:${f.line}: ${format(f.text)}`);
    expect(findings).toEqual([]);
  });

  it("flags English literals as text, in read attributes, in text properties and through helpers", () => {
    const sample: SourceFile = {
      path: "sample.ts",
      text: `
        import { h, setText } from "./dom";
        const TITLE = "Managed by your organization";
        function closeButton(label: string, id: string) {
          return h("button", { id, class: "banner-close btn btn-small", "aria-label": label }, "×");
        }
        function help(busy: boolean): string {
          return busy ? "Looking up…" : \`Looked up with profile \${name}.\`;
        }
        export function view(el: HTMLElement, input: HTMLInputElement, count: number) {
          setText(el, help(true));
          input.placeholder = "Name, ID or region";
          el.textContent = "unknown";
          closeButton("Dismiss error", "error-close");
          update({ settingsError: { code: "invalid_parameter", message: "Choose between 1 and 120 minutes.", hint: "" } });
          return h("p", { class: "note", title: TITLE, "data-kind": "static keys" }, "+" + count + " more", h("span", {}, "eu-west-2"));
        }
      `,
    };
    const texts = findEnglish([sample]).map((f) => f.text);
    expect(texts).toEqual([
      '"Managed by your organization"',
      '"Looking up…"',
      "`Looked up with profile ${name}.`",
      '"Name, ID or region"',
      '"unknown"',
      '"Dismiss error"',
      '"Choose between 1 and 120 minutes."',
      '" more"',
    ]);
  });

  it("leaves data alone: classes, IDs, roles, key names, message IDs, region codes, ARNs, symbols", () => {
    const sample: SourceFile = {
      path: "sample.ts",
      text: `
        export function view(messages: Messages, event: KeyboardEvent) {
          if (event.key === "Escape" || event.code === "KeyP") { return null; }
          const pin = h("button", { class: "pin-toggle btn", role: "option", "aria-pressed": "true", "aria-describedby": "a b" }, "★");
          setText(pin, messages.t("pin-toggle-pin"));
          setAttr(pin, "title", messages.attr("pin-toggle-pin", "title"));
          update({ statusNote: { id: "status-signed-out", args: { name } } });
          update({ error: windowError("internal", { id: "window-error-unknown", args: {} }) });
          return h("p", {}, "eu-west-2", " · ", "arn:aws:connect:eu-west-2:123:instance/x", "—", "×", "i");
        }
      `,
    };
    expect(findEnglish([sample])).toEqual([]);
    expect(isWords("true")).toBe(false);
    expect(isWords("Sign in")).toBe(true);
  });
});

describe("the English catalogue", () => {
  const { bundle, resource, errors } = bundleOf(ENGLISH);
  const { uses, dynamic } = messageUses(sourceFiles());

  it("parses: no junk, no duplicates, every reference and variable resolves", () => {
    expect(errors).toEqual([]);
    expect(resource.body.map((entry) => entry.id)).toEqual(declaredIds(ENGLISH));
    for (const entry of resource.body) {
      const message = bundle.getMessage(entry.id);
      if (!message) {
        continue; // A term: checked where messages use it.
      }
      const patterns = [message.value, ...Object.values(message.attributes)].filter((p) => p !== null);
      for (const pattern of patterns) {
        const problems: Error[] = [];
        const args: Record<string, FluentVariable> = {};
        for (const [, name] of ENGLISH.matchAll(/\$([a-zA-Z][\w-]*)/g)) {
          args[name ?? ""] = 1;
        }
        bundle.formatPattern(pattern, args, problems);
        expect(problems.map(String), entry.id).toEqual([]);
      }
    }
  });

  it("has every message (and attribute) the code asks for", () => {
    expect(uses.length).toBeGreaterThan(100);
    const missing = uses
      .filter(({ id, attribute }) => {
        const message = bundle.getMessage(id);
        if (!message) {
          return true;
        }
        return attribute === null ? message.value === null && Object.keys(message.attributes).length === 0 : !message.attributes[attribute];
      })
      .map((u) => `${u.path}:${u.line}: ${u.id}${u.attribute ? `.${u.attribute}` : ""}`);
    expect(missing).toEqual([]);
  });

  it("is asked with literal IDs only, so this check sees every use", () => {
    const hidden = dynamic.filter((f) => !NOT_VIEW_CODE.has(f.path)).map((f) => `${f.path}:${f.line}: ${format(f.text)}`);
    expect(hidden).toEqual([]);
  });

  it("has no message the code never uses", () => {
    const used = new Set(uses.map((u) => u.id));
    // A message placed inside another (`{ managed-title }`) is used through it.
    for (const [, id] of ENGLISH.matchAll(/\{\s*([a-zA-Z][\w-]*)(?:\.[\w-]+)?\s*\}/g)) {
      used.add(id ?? "");
    }
    const dead = resource.body.map((entry) => entry.id).filter((id) => !id.startsWith("-") && !used.has(id));
    expect(dead).toEqual([]);
  });
});

describe("every language's window catalogue", () => {
  it.each(Object.keys(CATALOGUES))("%s parses without errors", (path) => {
    const source = CATALOGUES[path] ?? "";
    const { resource, errors } = bundleOf(source);
    expect(errors).toEqual([]);
    expect(resource.body.map((entry) => entry.id)).toEqual(declaredIds(source));
  });

  it.each(Object.keys(CATALOGUES))("%s shares no ID with errors.ftl (the window loads both into one bundle)", (path) => {
    const errors = new Set(declaredIds(ERRORS[path.replace(/window\.ftl$/, "errors.ftl")] ?? ""));
    expect(declaredIds(CATALOGUES[path] ?? "").filter((id) => errors.has(id))).toEqual([]);
  });
});
