// E2E: an agent's whole day without a pointer, in the real window. Only key presses (WebDriver actions on whatever has
// focus): pick the profile, find and sign in to an instance, switch to another, reopen a session, sign out of one,
// end the shift, open and close Settings. After every press focus is somewhere visible, never lost to the page, also
// when a list redraws under it.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { env, until, useApp } from "./harness.mjs";
import { KEY } from "./webdriver.mjs";

const app = env("E2E_APP");
const out = env("E2E_OUT");
// The day starts with no stored session, whatever the files before this one left (the window reads them at start).
spawnSync(app, ["end-shift", "--json"], { encoding: "utf8", env: { ...process.env, CONNECT_SSO_LOG: "warn" } });
const { session, step } = useApp();
const js = (script, args = []) => session.execute(script, args);
const textOf = (css) =>
  js(`const el = document.querySelector(arguments[0]); return el ? el.textContent.replace(/[\\u2066-\\u2069]/g, "") : null;`, [css]);
const sessions = () =>
  JSON.parse(spawnSync(app, ["status", "--json"], { encoding: "utf8", env: { ...process.env, CONNECT_SSO_LOG: "warn" } }).stdout)
    .sessions;

/** What has focus, and whether a person can see where it is. */
function focus() {
  return js(`const el = document.activeElement;
    if (!el || el === document.body || el === document.documentElement) return { lost: true };
    const style = getComputedStyle(el);
    const rect = el.getBoundingClientRect();
    const ring = (style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== "none";
    return {
      lost: false,
      id: el.id, tag: el.tagName.toLowerCase(), cls: el.className,
      label: el.getAttribute("aria-label") ?? el.textContent.trim().slice(0, 40),
      visible: ring && rect.width > 0 && rect.height > 0 && el.closest("[hidden], [inert]") === null,
    };`);
}

/** Presses `keys`, then checks that focus is still somewhere a person can see. */
async function press(...keys) {
  await session.keys(...keys);
  await new Promise((r) => setTimeout(r, 60));
  const now = await focus();
  assert.ok(!now.lost, `focus lost after ${JSON.stringify(keys)}`);
  assert.ok(now.visible, `focus not visible on ${JSON.stringify(now)}`);
  return now;
}

/** Tabs (or Shift+Tabs) until focus is on `css`: the way a keyboard user gets there. */
async function tabTo(css, { back = false, max = 60 } = {}) {
  for (let i = 0; i < max; i++) {
    if (await js(`return document.activeElement?.matches(arguments[0]) ?? false;`, [css])) return;
    await press(back ? [KEY.Shift, KEY.Tab] : KEY.Tab);
  }
  throw new Error(`${max} presses of ${back ? "Shift+Tab" : "Tab"} never reached ${css}`);
}

async function type(text) {
  for (const ch of text) await session.keys(ch);
}

async function clearSearch() {
  await tabTo("#search", { back: true });
  await press(KEY.Escape);
}

step("the window opens with focus in the search box, visibly", async () => {
  await session.waitFor("#instances [role=option]");
  await until(async () => (await focus()).id === "search", "focus in the search box");
  assert.ok((await focus()).visible, "a visible focus ring");
});

step("the profile is picked with the keyboard", async () => {
  await tabTo("#profile");
  // A closed select takes the arrow keys: All profiles is first, demo is next.
  await press(KEY.Home);
  await until(() => js(`return document.querySelector("#profile").value === "__all__" || document.querySelector("#profile").selectedIndex === 0;`), "All profiles");
  await press(KEY.ArrowDown);
  await until(() => js(`return document.querySelector("#profile").value === "demo";`), "the demo profile");
});

step("search, Enter: signed in; the list redraws and focus stays", async () => {
  await tabTo("#search", { back: true });
  await type("acme-sup");
  await until(() => js(`return document.querySelectorAll("#instances [role=option]").length === 1;`), "one match");
  await press(KEY.Enter);
  await until(() => textOf("#status-summary").then((t) => (t ?? "").includes("acme-support")), "signed in to acme-support");
  const now = await focus();
  assert.ok(!now.lost && now.visible, `focus after the sign-in: ${JSON.stringify(now)}`);
});

step("switching to another instance is a search and Enter away", async () => {
  await clearSearch();
  await type("acme-sal");
  await until(() => js(`return document.querySelectorAll("#instances [role=option]").length === 1;`), "one match");
  await press(KEY.Enter);
  await until(() => textOf("#status-summary").then((t) => (t ?? "").includes("acme-sales")), "signed in to acme-sales");
  await until(async () => sessions().length === 2, "two stored sessions");
});

step("a stored session is reopened from the session list", async () => {
  await tabTo("#sessions .session-open");
  const label = (await focus()).label;
  assert.match(label, /acme-/, "the button names its session");
  await press(KEY.Enter);
  // "Signed in" is on screen from before: the reopen is done when it says so and no Open is busy any more (a row's
  // Sign out waits for its Open).
  await until(
    async () =>
      /Reopened/.test((await textOf("#status")) ?? "") &&
      (await js(`return document.querySelector('#sessions .session-open[aria-busy="true"]') === null;`)),
    "the session reopened",
  );
});

step("one session is signed out from the list, the other stays", async () => {
  // Next to the Open button just pressed.
  await tabTo("#sessions .session-sign-out");
  await press(KEY.Enter);
  await until(async () => sessions().length === 1, "one session left");
  const now = await focus();
  assert.ok(!now.lost, "focus stays in the window after its row went away");
});

step("End shift signs out of the rest, confirmed by keyboard", async () => {
  await tabTo("#end-shift");
  await press(KEY.Enter);
  await until(() => js(`return document.activeElement?.id === "end-shift-confirm" || document.activeElement?.id === "end-shift-cancel";`), "the confirmation has focus");
  await tabTo("#end-shift-confirm");
  await press(KEY.Enter);
  await until(async () => sessions().length === 0, "no session left");
});

step("Settings open and close by keyboard, and focus comes back", async () => {
  await tabTo("#settings-button", { back: true });
  await press(KEY.Enter);
  await until(() => js(`return !!document.activeElement?.closest("#settings-dialog");`), "focus inside Settings");
  writeFileSync(join(out, "keyboard-settings.png"), await session.screenshot());
  // Tab stays inside the dialog.
  for (let i = 0; i < 12; i++) {
    await press(KEY.Tab);
    assert.ok(await js(`return !!document.activeElement?.closest("#settings-dialog");`), "Tab left the dialog");
  }
  await press(KEY.Escape);
  await until(() => js(`return document.activeElement?.id === "settings-button";`), "focus back on Settings");
});
