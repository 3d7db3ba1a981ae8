// E2E for supervisors and IT: search across profiles and regions then Enter, pinning, a field
// locked by the IT policy, and a deep link from a second launch confirmed in the window.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { env, openedUrls, until, useApp } from "./harness.mjs";

const app = env("E2E_APP");
const out = env("E2E_OUT");
const simEndpoint = env("E2E_SIM_ENDPOINT");
const settingsDir = env("E2E_SETTINGS_DIR");

const SALES = "22222222-2222-4222-8222-222222222222";
const EUROPE = "44444444-4444-4444-8444-444444444444";
const SUPPORT_ARN = "arn:aws:connect:us-east-1:123456789012:instance/11111111-1111-4111-8111-111111111111";

const { session, step } = useApp();

const js = (script, args = []) => session.execute(script, args);
const shown = (css) =>
  js(`const el = document.querySelector(arguments[0]); return !!el && !el.hidden && el.getClientRects().length > 0;`, [css]);
const textOf = (css) =>
  js(`const el = document.querySelector(arguments[0]); return el ? el.textContent.replace(/[\\u2066-\\u2069]/g, "") : null;`, [css]);

/** Types into an element as a person would, key by key (WebDriver's element send keys). */
async function type(css, text) {
  const element = await session.waitFor(css);
  await session.cmd("POST", `/element/${element}/value`, { text });
}

step("search over every region finds an instance and Enter signs in to it", async () => {
  await session.selectProfile("demo");
  // The background discovery reaches every region: acme-europe lives in eu-west-2 and shows with
  // the name the IT policy gives it.
  await until(
    () => js(`return !!document.querySelector('#instances [data-instance-id="${EUROPE}"]');`),
    "the eu-west-2 instance in the list",
  );
  await until(() => textOf("#discovery-status").then((t) => /updated|instances/i.test(t ?? "")), "the discovery status");
  const before = openedUrls().length;
  await js(`const s = document.querySelector("#search"); s.value = ""; s.focus();`);
  await type("#search", "acme eur");
  await until(
    () =>
      js(`const rows = [...document.querySelectorAll('#instances [role=option]')].filter((r) => !r.hidden);
          return rows.length >= 1 && rows[0].dataset.instanceId === arguments[0];`, [EUROPE]),
    "the fuzzy match on top",
  );
  writeFileSync(join(out, "search.png"), await session.screenshot());
  await type("#search", "\uE007"); // Enter
  await until(() => textOf("#status-summary").then((t) => (t ?? "").includes("eu-west-2")), "signed in to the Europe instance");
  const urls = openedUrls();
  assert.equal(urls.length, before + 1, "exactly one browser launch");
  assert.ok(urls.at(-1).startsWith(`${simEndpoint}/`));
});

step("pinning an instance moves it to Pinned and is remembered", async () => {
  await js(`const s = document.querySelector("#search"); s.value = ""; s.dispatchEvent(new Event("input", { bubbles: true }));`);
  // The row's star, with the mouse (keyboards use the Pin button under the list, or Alt+P).
  const star = `#instances [data-instance-id="${SALES}"] .pin-mark`;
  await session.clickOn(star);
  await until(() => js(`return document.querySelector(arguments[0])?.textContent === "★";`, [star]), "the star filled");
  await until(
    () =>
      js(`const group = document.querySelector('#instances-section-pinned')?.closest('[role=group]') ?? document.querySelector('#instances-section-pinned')?.parentElement;
          return !!group && !!group.querySelector('[data-instance-id="${SALES}"]');`),
    "acme-sales in the Pinned section",
  );
  const settings = JSON.parse(readFileSync(join(settingsDir, "settings.json"), "utf8"));
  assert.ok(
    settings.pins.some((p) => p.profile === "demo" && p.instance.toLowerCase().includes(SALES)),
    "the pin is saved",
  );
  writeFileSync(join(out, "main-window-light.png"), await session.screenshot());
});

step("a setting locked by the IT policy shows as managed and cannot be changed", async () => {
  await session.clickOn("#settings-button");
  await until(() => shown("#settings-dialog"), "the settings dialog");
  const lead = await session.waitFor("#setting-notification-lead-minutes");
  assert.equal(await session.property(lead, "disabled"), true, "locked: read-only");
  assert.equal(await session.property(lead, "value"), "15", "the policy's value");
  const label = await textOf('.managed-label[data-field="notificationLeadMinutes"]');
  assert.match(label ?? "", /managed by your organization/i);
  const tray = await session.waitFor("#setting-close-to-tray");
  assert.equal(await session.property(tray, "disabled"), false, "not locked: editable");
  writeFileSync(join(out, "settings-managed.png"), await session.screenshot());
  await session.clickOn("#settings-close");
  await until(async () => !(await shown("#settings-dialog")), "the dialog closed");
});

step("a deep link from a second launch is confirmed in the window before anything happens", async () => {
  const before = openedUrls().length;
  const link = `connect-sso://sign-in?profile=demo&instance=${SUPPORT_ARN}`;
  // The desktop starts a second process with the link; it hands the link to this one and exits.
  const second = spawnSync(app, [link], { encoding: "utf8", timeout: 20000, env: { ...process.env, CONNECT_SSO_LOG: "info" } });
  assert.equal(second.status, 0, `second launch: ${second.stderr}`);
  await until(() => shown("#deep-link-dialog"), "the confirmation");
  const question = await textOf("#deep-link-question");
  assert.match(question, /acme-support/);
  assert.match(question, /demo/);
  assert.equal(openedUrls().length, before, "nothing is opened before confirmation");
  // Sign in counts once the link has been on screen a moment (a click meant for something else must miss it).
  const confirm = await session.waitFor("#deep-link-confirm");
  await until(async () => (await session.property(confirm, "disabled")) === false, "Sign in armed");
  writeFileSync(join(out, "deep-link.png"), await session.screenshot());
  await session.clickOn("#deep-link-confirm");
  // The IAM Identity Center test signed the same agent in to acme-support with another profile:
  // the window warns before a second session of the same person.
  const sessions = JSON.parse(
    spawnSync(app, ["status", "--json"], { encoding: "utf8", env: { ...process.env, CONNECT_SSO_LOG: "warn" } }).stdout,
  ).sessions;
  if (sessions.some((s) => s.instanceId === SUPPORT_ARN.split("/").pop() && s.profile !== "demo")) {
    await until(() => shown("#duplicate-warning"), "the same-agent warning");
    assert.match(await textOf("#duplicate-question"), /already signed in to acme-support/);
    assert.equal(openedUrls().length, before, "nothing opened while asking");
    writeFileSync(join(out, "same-agent-twice.png"), await session.screenshot());
    await session.clickOn("#duplicate-continue");
  }
  await until(() => textOf("#status-summary").then((t) => (t ?? "").includes("acme-support")), "signed in from the link");
  assert.equal(openedUrls().length, before + 1);

  // A link that is not a sign-in link is refused and explained; nothing is opened.
  const bad = spawnSync(app, ["connect-sso://sign-in?profile=demo&instance=https://evil.example"], {
    encoding: "utf8",
    timeout: 20000,
  });
  assert.equal(bad.status, 0);
  await until(() => textOf("#error .error-code").then((t) => t === "deep_link_invalid"), "the refusal explained");
  assert.equal(await shown("#deep-link-dialog"), false);
  assert.equal(openedUrls().length, before + 1);
});
