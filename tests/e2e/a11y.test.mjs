// E2E: WCAG 2.2 AA in the real WebView. axe-core runs in every state a person meets — the window loaded, a search
// with results, signed in with sessions, an error, the settings dialog, a link to confirm, the IAM Identity Center
// code, the MFA prompt — and finds nothing. The results per state land in out/axe.json.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { axeViolations, describe, DISABLED_RULES } from "./axe.mjs";
import { env, until, useApp } from "./harness.mjs";

const app = env("E2E_APP");
const out = env("E2E_OUT");
const hesitates = env("E2E_BROWSER_HESITATES");
const SUPPORT_ARN = "arn:aws:connect:us-east-1:123456789012:instance/11111111-1111-4111-8111-111111111111";

const { session, step } = useApp();
const results = {};

const js = (script, args = []) => session.execute(script, args);
const shown = (css) =>
  js(`const el = document.querySelector(arguments[0]); return !!el && !el.hidden && el.getClientRects().length > 0;`, [css]);
const textOf = (css) =>
  js(`const el = document.querySelector(arguments[0]); return el ? el.textContent.replace(/[\\u2066-\\u2069]/g, "") : null;`, [css]);

/** axe on the page as it is: no violation, and the result kept for the record. */
async function clean(state) {
  const violations = await axeViolations(session);
  results[state] = violations.length === 0 ? "0 violations" : violations;
  writeFileSync(join(out, "axe.json"), JSON.stringify({ disabledRules: DISABLED_RULES, states: results }, null, 2));
  assert.equal(violations.length, 0, `${state}:\n${describe(violations)}`);
}

/** Signs in to the instance whose row shows `alias` with the profile chosen. */
async function signInTo(alias) {
  await session.execute(
    `const row = [...document.querySelectorAll("[role=option][data-instance-id]")].find((el) => el.textContent.includes(arguments[0]));
     row.click();`,
    [alias],
  );
  await until(
    () => js(`return !!document.querySelector("#instances [aria-selected=true]")?.textContent.includes(arguments[0]);`, [alias]),
    `${alias} highlighted`,
  );
  await session.clickOn("#sign-in");
}

step("the window as it opens has no WCAG violation", async () => {
  await session.waitFor("#instances [role=option]");
  await until(() => textOf("#discovery-status").then((t) => /\d/.test(t ?? "")), "the discovery status");
  await clean("main window loaded");
});

step("a search with results has no WCAG violation", async () => {
  const search = await session.waitFor("#search");
  await session.type(search, "acme");
  await until(() => js(`return document.querySelectorAll("#instances [role=option]").length > 0;`), "results");
  await clean("search with results");
  await js(`const s = document.querySelector("#search"); s.value = ""; s.dispatchEvent(new Event("input", { bubbles: true }));`);
});

step("signed in with sessions, no WCAG violation", async () => {
  await session.selectProfile("demo");
  await signInTo("acme-support");
  await until(() => textOf("#status-summary").then((t) => (t ?? "").includes("acme-support")), "signed in");
  await until(() => js(`return document.querySelectorAll("#sessions [data-instance-id]").length > 0;`), "the session list");
  await clean("signed in with sessions");
});

step("an error in the window has no WCAG violation", async () => {
  await signInTo("acme-restricted");
  await until(() => textOf("#error .error-code").then((t) => (t ?? "").includes("user_not_found")), "the error");
  await clean("error banner");
});

step("the settings dialog has no WCAG violation", async () => {
  await session.clickOn("#settings-button");
  await until(() => shown("#settings-dialog"), "the settings dialog");
  await clean("settings dialog");
  await session.clickOn("#settings-close");
  await until(async () => !(await shown("#settings-dialog")), "the dialog closed");
});

step("a link waiting for confirmation has no WCAG violation", async () => {
  const link = `connect-sso://sign-in?profile=demo&instance=${SUPPORT_ARN}`;
  const second = spawnSync(app, [link], { encoding: "utf8", timeout: 20000 });
  assert.equal(second.status, 0, `second launch: ${second.stderr}`);
  await until(() => shown("#deep-link-dialog"), "the confirmation");
  await clean("deep-link confirmation");
  await session.clickOn("#deep-link-cancel");
  await until(async () => !(await shown("#deep-link-dialog")), "the confirmation closed");
});

step("the IAM Identity Center code has no WCAG violation", async () => {
  // The stand-in browser leaves the code unapproved, so the panel stays up.
  writeFileSync(hesitates, "");
  try {
    await session.selectProfile("demo-sso");
    await until(() => textOf("#error .error-code").then((t) => (t ?? "").includes("sso_expired")), "sso_expired");
    await session.clickOn("#sso-login");
    await until(() => shown("#sso-login-use-code"), "the browser sign-in waiting");
    await clean("IAM Identity Center browser approval");
    await session.clickOn("#sso-login-use-code");
    await until(() => textOf("#sso-user-code").then((t) => /^[A-Z0-9]{4}-[A-Z0-9]{4}$/.test((t ?? "").trim())), "the code");
    await clean("IAM Identity Center code");
    await session.clickOn("#sso-login-cancel");
    await until(async () => !(await shown("#sso-login-panel")), "the panel closed");
  } finally {
    rmSync(hesitates, { force: true });
  }
});

step("the MFA prompt has no WCAG violation", async () => {
  // Its instances cannot even be listed without the code: the window asks for it at once.
  await session.selectProfile("demo-mfa");
  await until(() => shown("#mfa-code"), "the MFA prompt");
  await clean("MFA prompt");
});

step("everything signed out again for the files after this one", async () => {
  const done = spawnSync(app, ["end-shift", "--json"], { encoding: "utf8", env: { ...process.env, CONNECT_SSO_LOG: "warn" } });
  assert.equal(done.status, 0, done.stderr);
});
