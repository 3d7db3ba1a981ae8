// E2E: the window in other languages and other displays, each with a screenshot in out/ and the layout measured (no
// sideways scrolling, nothing cut off): the pseudo-locale (accented, about 40% longer) in the main window, Settings and
// an error; German and Japanese (the README's pictures); 200% zoom and 300% (content 293 CSS px wide, under WCAG's
// 320); WCAG 1.4.12's text spacing; and the high-contrast rules (forced colours, more contrast).
import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { axeViolations, describe } from "./axe.mjs";
import { env, until, useApp } from "./harness.mjs";
import { describeProblems, layoutProblems } from "./layout.mjs";
import { KEY } from "./webdriver.mjs";

const out = env("E2E_OUT");
const settingsFile = join(env("E2E_SETTINGS_DIR"), "settings.json");

// The window starts in the pseudo-locale, as a person whose settings chose it (it is not offered in the list).
const saved = JSON.parse(readFileSync(settingsFile, "utf8"));
writeFileSync(settingsFile, JSON.stringify({ ...saved, language: "en-XA" }));

const { session, step } = useApp();
const js = (script, args = []) => session.execute(script, args);
const shown = (css) =>
  js(`const el = document.querySelector(arguments[0]); return !!el && !el.hidden && el.getClientRects().length > 0;`, [css]);
const textOf = (css) =>
  js(`const el = document.querySelector(arguments[0]); return el ? el.textContent.replace(/[\\u2066-\\u2069]/g, "") : null;`, [css]);

/** A screenshot, and the layout must hold. */
async function holds(name) {
  writeFileSync(join(out, `${name}.png`), await session.screenshot());
  const problems = await layoutProblems(session);
  assert.equal(problems.length, 0, `${name}:\n${describeProblems(problems)}`);
}

async function chooseLanguage(tag) {
  await session.clickOn("#settings-button");
  await until(() => shown("#settings-dialog"), "Settings");
  await js(
    `const s = document.querySelector("#setting-language"); s.value = arguments[0]; s.dispatchEvent(new Event("change", { bubbles: true }));`,
    [tag],
  );
  await until(() => js(`return document.documentElement.lang === arguments[0];`, [tag === "" ? "en" : tag]), `the window in ${tag}`);
  await session.clickOn("#settings-close");
  await until(async () => !(await shown("#settings-dialog")), "Settings closed");
}

/** Turns on the stylesheet's rules for exactly `media` (as the OS would), or back off. */
function emulate(media, on) {
  return js(
    `for (const sheet of document.styleSheets) {
       const walk = (rules) => { for (const rule of rules) {
         if (rule instanceof CSSMediaRule && (rule.media.mediaText === arguments[0] || rule.__was === arguments[0])) {
           if (arguments[1]) { rule.__was = rule.__was ?? rule.media.mediaText; rule.media.mediaText = "all"; }
           else if (rule.__was) { rule.media.mediaText = rule.__was; delete rule.__was; }
         } else if (rule.cssRules) { walk(rule.cssRules); }
       } };
       walk(sheet.cssRules);
     }`,
    [media, on],
  );
}

step("the pseudo-locale: every word accented and longer, and the window still holds", async () => {
  await session.waitFor("#instances [role=option]");
  await until(() => textOf("#sign-in").then((t) => /Šîîĝñ/.test(t ?? "")), "the pseudo-locale");
  // While discovery runs, Refresh says the longer "Refreshing…": the row must hold that too.
  await holds("pseudo-main-discovering");
  await until(() => js(`return document.querySelector("#refresh-instances")?.getAttribute("aria-busy") !== "true" && document.querySelectorAll("#instances [role=option]").length > 5;`), "discovery done");
  await holds("pseudo-main");
  await session.clickOn("#settings-button");
  await until(() => shown("#settings-dialog"), "Settings");
  await holds("pseudo-settings");
  await session.clickOn("#settings-close");
  await js(`[...document.querySelectorAll("[role=option]")].find((el) => el.textContent.includes("acme-restricted")).click();`);
  await session.clickOn("#sign-in");
  await until(() => textOf("#error .error-code").then((t) => (t ?? "").includes("user_not_found")), "the error");
  assert.match(await textOf("#error .error-message"), /Ñöö ÅÅɱåå/, "the backend's error in the pseudo-locale too");
  await holds("pseudo-error");
  await session.clickOn("#error .banner-close");
});

step("German and Japanese, for the README", async () => {
  await chooseLanguage("de");
  assert.equal(await textOf("#sign-in"), "Anmelden");
  await holds("main-window-de");
  await chooseLanguage("ja");
  assert.equal(await textOf("#sign-in"), "サインイン");
  await holds("main-window-ja");
  await chooseLanguage("");
  assert.equal(await textOf("#sign-in"), "Sign in");
});

step("200% and 300% zoom: the window reflows, nothing is lost", async () => {
  await js(`document.querySelector("#search").focus();`);
  const control = process.platform === "darwin" ? "\uE03D" : "\uE009";
  try {
    for (let i = 0; i < 5; i++) await session.keys([control, "="]);
    await until(() => js(`return window.innerWidth <= 440;`), "200% (content 440 CSS px wide)");
    await holds("zoom-200");
    await session.keys([control, "="]);
    await until(() => js(`return window.innerWidth <= 320;`), "content 320 CSS px wide or less");
    await holds("reflow-320");
    const zoomed = await axeViolations(session);
    assert.equal(zoomed.length, 0, `axe at 300%:\n${describe(zoomed)}`);
  } finally {
    // The files after this one start at 100%, whatever happened here.
    await session.keys([control, "0"]);
  }
  await until(() => js(`return window.innerWidth > 600;`), "back to 100%");
  await holds("zoom-back-to-100");
});

step("text spacing (WCAG 1.4.12): nothing is cut off", async () => {
  await js(`const sheet = document.styleSheets[0];
    window.__spacing = sheet.insertRule("* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }", sheet.cssRules.length);
    sheet.insertRule("p { margin-bottom: 2em !important; }", sheet.cssRules.length);`);
  await holds("text-spacing");
  await js(`const sheet = document.styleSheets[0]; sheet.deleteRule(sheet.cssRules.length - 1); sheet.deleteRule(sheet.cssRules.length - 1);`);
});

step("high contrast: forced colours and more contrast keep everything told apart", async () => {
  await emulate("(forced-colors: active)", true);
  const selected = await js(`const row = document.querySelector("#instances [aria-selected=true]");
    return row ? getComputedStyle(row).backgroundColor : null;`);
  assert.ok(selected, "a highlighted row");
  await holds("forced-colors");
  await emulate("(forced-colors: active)", false);
  await emulate("(prefers-contrast: more)", true);
  await holds("contrast-more");
  const violations = await axeViolations(session);
  assert.equal(violations.length, 0, describe(violations));
  await emulate("(prefers-contrast: more)", false);
});
