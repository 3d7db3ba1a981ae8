// Shared by the E2E files: the environment run.sh provides, one app session per file, steps
// that leave a screenshot and the page source when they fail, and polling.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { Session, appGone } from "./webdriver.mjs";

/** A variable run.sh sets; failing loudly when the file is run some other way. */
export function env(name) {
  const value = process.env[name];
  assert.ok(value, `${name} must be set (run tests/e2e/run.sh)`);
  return value;
}

/** Every URL the stand-in browser was asked to open, in order. */
/** Where the stand-in browser landed, one line per launch (the hand-off's redirect target, or the loopback page). */
export function openedUrls() {
  const file = env("E2E_OPENED_URLS");
  return existsSync(file) ? readFileSync(file, "utf8").split("\n").filter(Boolean) : [];
}

/** What the stand-in browser was launched with (its arguments), one line per launch. */
export function launchedWith() {
  const file = env("E2E_LAUNCHED_URLS");
  return existsSync(file) ? readFileSync(file, "utf8").split("\n").filter(Boolean) : [];
}

/**
 * The window's accessible tree as AT-SPI hands it to assistive technology (what Orca reads), kept in
 * out/atspi-LABEL.json.
 */
export function accessibleTree(label) {
  const probe = spawnSync("/usr/bin/python3", [new URL("./atspi-probe.py", import.meta.url).pathname, "Connect SSO"], {
    encoding: "utf8",
    timeout: 60000,
  });
  assert.equal(probe.status, 0, probe.stderr);
  const result = JSON.parse(probe.stdout);
  writeFileSync(join(env("E2E_OUT"), `atspi-${label}.json`), JSON.stringify(result, null, 2));
  assert.ok(!result.error, `${result.error} (applications on the bus: ${result.apps?.join(", ")})`);
  return result.nodes;
}

/** Polls `predicate` until it holds, or fails naming `what`. */
export async function until(predicate, what, ms = 15000) {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (await predicate()) return;
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/**
 * Starts the app for this file (and waits for it to be gone afterwards: one instance runs at a
 * time). Returns the session and `step`, a test that leaves evidence in out/ when it fails.
 */
export function useApp() {
  const app = env("E2E_APP");
  const out = env("E2E_OUT");
  let session = null;
  before(async () => {
    session = await Session.start(env("E2E_DRIVER"), app);
  });
  after(async () => {
    if (session) await session.end();
    await appGone(app);
  });
  const step = (name, body) =>
    test(name, async () => {
      try {
        await body();
      } catch (error) {
        const slug = name.replace(/[^a-z0-9]+/gi, "-").toLowerCase();
        await session?.screenshot().then((png) => writeFileSync(join(out, `failed-${slug}.png`), png)).catch(() => {});
        await session?.cmd("GET", "/source").then((html) => writeFileSync(join(out, `failed-${slug}.html`), html)).catch(() => {});
        throw error;
      }
    });
  // The session exists only once the file's tests run: hand out a stand-in that forwards to it.
  const current = new Proxy(
    {},
    {
      get(_, property) {
        assert.ok(session, "the app session has not started");
        const value = session[property];
        return typeof value === "function" ? value.bind(session) : value;
      },
    },
  );
  return { session: current, step };
}
