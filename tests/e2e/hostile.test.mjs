// E2E: a profile and instances whose names are attacks (markup, script, RTL overrides, control
// characters, 10 KB) and a hostile AWS error message. Nothing may execute, everything must show
// as text, and the layout must hold.
import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { env, useApp } from "./harness.mjs";

const out = env("E2E_OUT");
const hostileProfile = env("E2E_HOSTILE_PROFILE");
const { session, step } = useApp();

/** Did anything hostile run? Each payload sets window.__xss; layout overflow is measured too. */
const probe = () =>
  session.execute(
    `return {
       xss: window.__xss === undefined ? null : window.__xss,
       images: document.querySelectorAll("#instances img, #error img, #profile img").length,
       scripts: document.querySelectorAll("body script").length,
       bold: document.querySelectorAll("#error b").length,
       overflowX: document.documentElement.scrollWidth - window.innerWidth,
       signInRight: document.querySelector("#sign-in").getBoundingClientRect().right,
       width: window.innerWidth,
     };`,
  );

step("hostile names and messages stay text and the layout holds", async () => {
  await session.selectProfile(hostileProfile);

  // Read through the DOM in one go: the list may redraw between WebDriver calls.
  await session.waitFor('[data-instance-id="aaaaaaaa-0000-4000-8000-000000000005"]');
  const texts = await session.execute(
    `return ["1", "2", "5"].map((n) => document.querySelector('[data-instance-id="aaaaaaaa-0000-4000-8000-00000000000' + n + '"]')?.textContent ?? "");`,
  );
  assert.match(texts[0], /<img src=x onerror="window.__xss=1">/);
  assert.match(texts[1], /<script>window.__xss=2<\/script>/);
  assert.ok(texts[2].length > 10_000, "the 10 KB alias is all there, as text");

  await session.chooseInstance("aaaaaaaa-0000-4000-8000-000000000001");
  await session.clickOn("#sign-in");
  await session.waitFor("#error .error-code", {
    predicate: async (el) => (await session.property(el, "textContent")).includes("invalid_request"),
  });
  assert.match(await session.property(await session.find("#error .error-message"), "textContent"), /<img src=x/);

  const state = await probe();
  writeFileSync(join(out, "hostile.png"), await session.screenshot());
  assert.equal(state.xss, null, "no payload ran");
  assert.equal(state.images, 0, "no element was made from a string");
  assert.equal(state.bold, 0, "markup in the AWS message is not markup");
  assert.ok(state.overflowX <= 0, `no horizontal overflow (${state.overflowX}px)`);
  assert.ok(state.signInRight <= state.width, "Sign in stays on screen");
});
