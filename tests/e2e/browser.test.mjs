// E2E: an instance opens in the browser chosen for it. The person picks Google Chrome's "Work" profile and a private
// window in the Sign in card; the stand-in Chrome is started with that profile and flag, and only the one-shot
// loopback address as the page.
import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { env, launchedWith, until, useApp } from "./harness.mjs";

const out = env("E2E_OUT");
const SALES = "22222222-2222-4222-8222-222222222222";
const { session, step } = useApp();

const js = (script, args = []) => session.execute(script, args);

step("a browser and profile chosen for an instance open it there, in a private window", async () => {
  await session.selectProfile("demo");
  await session.chooseInstance(SALES);
  // The list of browsers comes after start-up: Chrome with its profiles, the rest said to be missing.
  await until(
    () => js(`return [...document.querySelectorAll("#instance-browser option")].some((o) => o.textContent.includes("Work"));`),
    "Chrome's profiles in the picker",
  );
  const options = await js(`return [...document.querySelectorAll("#instance-browser option")].map((o) => [o.textContent.replace(/[\\u2066-\\u2069]/g, ""), o.disabled]);`);
  assert.deepEqual(options.slice(0, 4), [
    ["Same as all instances (System default browser)", false],
    ["Google Chrome", false],
    ["Google Chrome — Person 1", false],
    ["Google Chrome — Work", false],
  ]);
  assert.ok(options.some(([name, disabled]) => name === "Firefox (not installed)" && disabled), JSON.stringify(options));

  // Chosen as a person does: the select's value, then its change (a native GTK menu cannot be driven).
  await js(
    `const s = document.querySelector("#instance-browser");
     s.value = [...s.options].find((o) => o.textContent.includes("Work")).value;
     s.dispatchEvent(new Event("change", { bubbles: true }));`,
  );
  await until(() => js(`return !document.querySelector("#instance-browser-private").disabled;`), "the private-window box");
  await session.clickOn("#instance-browser-private");
  await until(() => js(`return document.querySelector("#instance-browser-private").checked;`), "private window on");
  writeFileSync(join(out, "browser-choice.png"), await session.screenshot());

  const before = launchedWith().length;
  await session.clickOn("#sign-in");
  await until(async () => launchedWith().length > before, "a browser started");
  // The stand-in logs its arguments joined by spaces: the profile, the private window, then the loopback hand-off.
  assert.match(launchedWith().at(-1), /^--profile-directory=Profile 2 --incognito http:\/\/127\.0\.0\.1:\d+\/[0-9a-f]+$/);
  await until(
    () => js(`return (document.querySelector("#status-summary")?.textContent ?? "").includes("acme-sales");`),
    "signed in to acme-sales",
  );

  // Back to the browser for all, as the other files expect, and remembered so.
  await js(
    `const s = document.querySelector("#instance-browser");
     s.value = "";
     s.dispatchEvent(new Event("change", { bubbles: true }));`,
  );
  await until(() => js(`return document.querySelector("#instance-browser-private").disabled;`), "the choice undone");
});
