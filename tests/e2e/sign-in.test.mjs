// E2E: pick the demo profile and an instance in the real window, click Sign in, and check what
// the person sees, what the browser would have received, and what the keychain holds.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync, existsSync, readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { env, launchedWith, openedUrls, until, useApp } from "./harness.mjs";

const app = env("E2E_APP");
const out = env("E2E_OUT");
const simEndpoint = env("E2E_SIM_ENDPOINT");
const hesitates = env("E2E_BROWSER_HESITATES");

// The CLI reads the same keychain as the window; its own logs stay quiet here.
const cliOptions = { encoding: "utf8", env: { ...process.env, CONNECT_SSO_LOG: "warn" } };

const { session, step } = useApp();

// WebKitWebDriver's "element text" can come back empty for text that is plainly on screen;
// the DOM's textContent is what the person reads.
async function textOf(css) {
  return session.property(await session.find(css), "textContent");
}

/** Clicks the instance row showing `alias` until the window shows it selected (the list may redraw). */
async function clickInstance(alias) {
  for (let attempt = 0; ; attempt++) {
    try {
      await session.click(await instanceItem(alias));
      const deadline = Date.now() + 3000;
      while (Date.now() < deadline) {
        const selected = await session.execute(
          `return [...document.querySelectorAll('[data-instance-id][aria-selected="true"]')].some((el) => el.textContent.includes(arguments[0]));`,
          [alias],
        );
        if (selected) return;
        await new Promise((r) => setTimeout(r, 100));
      }
    } catch (error) {
      if (!/stale element|not interactable/.test(String(error.message))) throw error;
    }
    if (attempt >= 4) throw new Error(`could not select ${alias}`);
  }
}

async function instanceItem(alias) {
  const deadline = Date.now() + 15000;
  while (Date.now() < deadline) {
    try {
      for (const element of await session.findAll("[data-instance-id]")) {
        if ((await session.property(element, "textContent")).includes(alias)) return element;
      }
    } catch (error) {
      // The list redrew under us: look again.
      if (!/stale element/.test(String(error.message))) throw error;
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`no instance item shows ${alias}`);
}

step("the window lists the demo profile and its instances", async () => {
  // The other E2E file may have run first and left its profile remembered.
  await session.selectProfile("demo");
  const profile = await session.waitFor("#profile");
  assert.equal(await session.property(profile, "value"), "demo");
  await instanceItem("acme-support");
  await instanceItem("acme-sales");
  writeFileSync(join(out, "main-window.png"), await session.screenshot());
});

step("Sign in opens exactly one sim URL and shows the signed-in user", async () => {
  // Other files ran before this one: only what this sign-in opens counts.
  const openedBefore = openedUrls().length;
  const launchedBefore = launchedWith().length;
  await clickInstance("acme-support");
  const button = await session.find("#sign-in");
  assert.equal(await session.property(button, "disabled"), false);
  await session.click(button);

  const summary = await session.waitFor("#status-summary", {
    predicate: async (el) => (await session.property(el, "textContent")).includes("acme-support"),
  });
  assert.equal(await session.property(summary, "textContent"), "Signed in to acme-support (us-east-1)");
  writeFileSync(join(out, "signed-in.png"), await session.screenshot());

  const urls = openedUrls().slice(openedBefore);
  assert.equal(urls.length, 1, `exactly one URL opened, got ${urls.length}`);
  assert.ok(urls[0].startsWith(`${simEndpoint}/`), "the URL is on the sim's origin");

  // The sign-in URL is a bearer secret: the web page must never have seen it.
  const source = await session.cmd("GET", "/source");
  assert.ok(!source.includes(urls[0]), "the sign-in URL is not in the page");
  const token = new URL(urls[0]).pathname.split("/").pop();
  assert.ok(token.length > 8 && !source.includes(token), "the URL's token is not in the page");
  // The browser was launched with a one-shot loopback URL: no token in its arguments.
  const launched = launchedWith().slice(launchedBefore);
  assert.equal(launched.length, 1);
  assert.ok(launched[0].startsWith("http://127.0.0.1:"), launched[0]);
  assert.ok(!launched[0].includes(token) && !launched[0].includes(simEndpoint), "no sign-in URL in argv");

  // Tokens are in the (private) keychain: the CLI, reading the same keychain, lists the session.
  const listed = JSON.parse(execFileSync(app, ["status", "--json"], cliOptions));
  assert.equal(listed.sessions.length, 1);
  assert.equal(listed.sessions[0].instanceAlias, "acme-support");
  // The window names the Connect user: the caller's role session name, from STS.
  assert.equal(listed.sessions[0].connectUsername, "demo.agent");
  assert.match(await textOf(".status-user"), /^demo\.agent/);

  // The app's own log (its stderr, at trace level, captured by tauri-driver) recorded the
  // sign-in but not the URL or its token.
  const appLog = readFileSync(join(out, "tauri-driver.log"), "utf8");
  assert.match(appLog, /connect_sso::signin: signed in/);
  assert.ok(!appLog.includes(token), "the log holds no token");

  // No secret in the settings directory.
  const settingsDir = env("E2E_SETTINGS_DIR");
  for (const name of readdirSync(settingsDir)) {
    const text = readFileSync(join(settingsDir, name), "utf8");
    assert.ok(!text.includes(token), `settings file ${name} holds no token`);
  }
});

const status = () => JSON.parse(execFileSync(app, ["status", "--json"], cliOptions));

/**
 * Clicks `css` until `predicate` holds: lists redraw when sessions change, and a click that
 * landed on a row being replaced is lost; a person would simply click again.
 */
async function clickUntil(css, predicate, what) {
  for (let attempt = 0; ; attempt++) {
    await session.clickOn(css);
    try {
      await until(predicate, what, 4000);
      return;
    } catch (error) {
      if (attempt >= 3) throw error;
    }
  }
}

step("Open resumes the stored session without a new sign-in", async () => {
  const before = openedUrls().length;
  await clickUntil(
    '#sessions [data-instance-id="11111111-1111-4111-8111-111111111111"] .session-open',
    () => openedUrls().length === before + 1,
    "the resume page to be opened",
  );
  const url = openedUrls()[before];
  assert.ok(url.startsWith("http://127.0.0.1:"), "a one-shot loopback page");
  assert.ok(!url.startsWith(simEndpoint), "not a new sign-in URL from Connect");
  const resumed = join(out, "resumed.html");
  await until(() => existsSync(resumed), "the fake browser to submit the resume form");
  assert.match(readFileSync(resumed, "utf8"), /resumed session/);
  await session.waitFor(".status-resume-note", {
    predicate: async (el) => (await session.property(el, "textContent")).includes("Reopened"),
  });
  writeFileSync(join(out, "resumed.png"), await session.screenshot());
});

step("a failing sign-in explains itself in the window and opens nothing", async () => {
  const before = openedUrls().length;
  await clickInstance("acme-restricted");
  await session.clickOn("#sign-in");
  await session.waitFor("#error .error-code", {
    predicate: async (el) => (await session.property(el, "textContent")).includes("user_not_found"),
  });
  assert.match(await textOf("#error .error-message"), /No Amazon Connect user on instance/);
  const hint = await textOf("#error .error-hint");
  assert.match(hint, /case-sensitive/);
  assert.match(hint, /assumed-role\/ConnectAgent\/demo\.agent/, "the hint names who AWS sees");
  assert.equal(openedUrls().length, before, "nothing opened");
  writeFileSync(join(out, "error.png"), await session.screenshot());
});

step("Sign out of one session, then End shift signs out of the rest", async () => {
  await clickInstance("acme-sales");
  await session.clickOn("#sign-in");
  await until(async () => status().sessions.length === 2, "two stored sessions");

  // The list redraws when the sign-in's session arrives: wait for both rows, then click. A click
  // that landed on a row being replaced is repeated, as a person would click again.
  await until(
    async () => (await session.findAll("#sessions li.session-item")).length === 2,
    "both sessions listed in the window",
  );
  const sales = '#sessions [data-instance-id="22222222-2222-4222-8222-222222222222"] .session-sign-out';
  await clickUntil(sales, async () => status().sessions.length === 1, "one session left");

  const present = async (css) => (await session.findAll(css)).length > 0;
  await clickUntil("#end-shift", () => present("#end-shift-confirm"), "the End shift confirmation");
  await clickUntil("#end-shift-confirm", () => present("#end-shift-done"), "End shift to finish");
  await until(async () => status().sessions.length === 0, "no session left");
  writeFileSync(join(out, "end-shift.png"), await session.screenshot());
});

step("an expired IAM Identity Center profile signs in through the device flow, no terminal", async () => {
  const before = openedUrls().length;
  await session.selectProfile("demo-sso");
  await session.waitFor("#error .error-code", {
    predicate: async (el) => (await session.property(el, "textContent")).includes("sso_expired"),
  });
  // The browser flow comes first; the person, before approving anything, asks for a code instead.
  writeFileSync(hesitates, "");
  try {
    await session.clickOn("#sso-login");
    const visible = async (el) => !(await session.property(el, "hidden"));
    await session.waitFor("#sso-login-panel", { predicate: visible });
    await session.waitFor("#sso-login-use-code", { predicate: visible });
  } finally {
    rmSync(hesitates, { force: true });
  }
  await session.clickOn("#sso-login-use-code");
  const code = await session.waitFor("#sso-user-code", {
    predicate: async (el) => (await session.property(el, "textContent")).trim().length > 0,
  });
  const userCode = (await session.property(code, "textContent")).trim();
  assert.match(userCode, /^[A-Z0-9]{4}-[A-Z0-9]{4}$/);
  writeFileSync(join(out, "sso-code.png"), await session.screenshot());
  // The fake browser approved the code on the verification page it was sent to.
  await until(() => openedUrls().some((url) => url.includes(`user_code=${userCode}`)), "the verification page");
  await session.waitFor(".sso-login-done");

  await clickInstance("acme-support");
  await session.clickOn("#sign-in");
  await session.waitFor("#status-summary", {
    predicate: async (el) => (await session.property(el, "textContent")).includes("acme-support"),
  });
  const urls = openedUrls().slice(before);
  assert.equal(urls.filter((url) => url.startsWith(`${simEndpoint}/sign-in/`)).length, 1, urls.join("\n"));
  assert.equal(await textOf(".status-profile"), "demo-sso");
});

step("an expired IAM Identity Center profile signs in by PKCE: the browser comes back, no code typed or shown", async () => {
  const before = openedUrls().length;
  await session.selectProfile("demo-sso-browser");
  await session.waitFor("#error .error-code", {
    predicate: async (el) => (await session.property(el, "textContent")).includes("sso_expired"),
  });
  await session.clickOn("#sso-login");
  // The stand-in browser approves on the authorize page and follows the redirect back to the app.
  await session.waitFor(".sso-login-done");
  const landed = openedUrls().slice(before);
  assert.ok(landed.some((url) => url.startsWith(`${simEndpoint}/authorize?`)), landed.join("\n"));
  assert.ok(!landed.some((url) => url.includes("user_code=")), "no device code this time");
  assert.equal((await textOf("#sso-user-code")) ?? "", "");
  await until(() => existsSync(join(out, "callback.html")), "the browser's page after the redirect");
  assert.match(readFileSync(join(out, "callback.html"), "utf8"), /signed in to IAM Identity Center/);
  // The launcher only ever got loopback hand-offs, never the authorize page with its state.
  assert.ok(launchedWith().every((url) => !url.includes("code_challenge")));
});
