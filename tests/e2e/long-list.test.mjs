// E2E: a supervisor's long list in the real window. A profile with 1,200 instances (a sim of its own, added only
// while this file runs): the list draws a few blocks of rows, numbers every row in the whole list, keeps its scrollbar
// true, draws what is scrolled to with names a screen reader reads, and keeps the highlighted row drawn and in view.
import assert from "node:assert/strict";
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { after } from "node:test";
import { join } from "node:path";
import { accessibleTree, env, until, useApp } from "./harness.mjs";
import { KEY } from "./webdriver.mjs";

const INSTANCES = 1200;
const out = env("E2E_OUT");
const settingsDir = env("E2E_SETTINGS_DIR");

// The files this one changes, as they were: put back after the app is gone, so the next file sees what it expects.
const touched = [env("AWS_CONFIG_FILE"), env("AWS_SHARED_CREDENTIALS_FILE"), join(settingsDir, "settings.json"), join(settingsDir, "instances.json")];
const before = new Map(touched.map((file) => [file, existsSync(file) ? readFileSync(file, "utf8") : null]));
writeFileSync(
  env("AWS_CONFIG_FILE"),
  `${before.get(env("AWS_CONFIG_FILE"))}\n[profile crowd]\nregion = us-east-1\nendpoint_url = ${env("E2E_CROWD_ENDPOINT")}\n`,
);
writeFileSync(
  env("AWS_SHARED_CREDENTIALS_FILE"),
  `${before.get(env("AWS_SHARED_CREDENTIALS_FILE"))}\n[crowd]\naws_access_key_id = ${env("E2E_CROWD_KEY_ID")}\naws_secret_access_key = ${env("E2E_CROWD_SECRET")}\n`,
);

const { session, step } = useApp();
after(() => {
  for (const [file, text] of before) {
    if (text === null) {
      rmSync(file, { force: true });
    } else {
      writeFileSync(file, text);
    }
  }
});
const js = (script, args = []) => session.execute(script, args);

/** What the list holds now: its drawn rows (position in the list, name), its scroll geometry, the highlighted row. */
const listState = () =>
  js(`const list = document.querySelector("#instances");
    const rows = [...list.querySelectorAll("[role=option]")];
    const active = list.getAttribute("aria-activedescendant");
    const activeRow = active ? document.getElementById(active) : null;
    const box = list.getBoundingClientRect();
    const at = activeRow?.getBoundingClientRect();
    return {
      drawn: rows.length,
      positions: rows.map((r) => Number(r.getAttribute("aria-posinset"))),
      sizes: [...new Set(rows.map((r) => r.getAttribute("aria-setsize")))],
      names: rows.map((r) => r.querySelector(".instance-name")?.textContent ?? ""),
      scrollTop: list.scrollTop, scrollHeight: list.scrollHeight, clientHeight: list.clientHeight,
      active: activeRow ? { position: Number(activeRow.getAttribute("aria-posinset")), inView: at.top >= box.top - 1 && at.bottom <= box.bottom + 1 } : null,
    };`);

step("1,200 instances: a few blocks drawn, every row numbered in the whole list, the scrollbar spanning them all", async () => {
  await session.waitFor("#profile option[value='crowd']", { ms: 30000 });
  await js(`const s = document.querySelector("#profile"); s.value = "crowd"; s.dispatchEvent(new Event("change", { bubbles: true }));`);
  let state = null;
  await until(async () => {
    state = await listState();
    return state.drawn > 0 && state.sizes.length === 1 && state.sizes[0] === String(INSTANCES);
  }, `the crowd profile's ${INSTANCES} instances in the list`, 60000);
  assert.ok(state.drawn <= 120, `rows in the DOM: ${state.drawn}`);
  assert.equal(state.positions[0], 1);
  // Every row stands in the scroll height, drawn or not (rows are about 50 px).
  assert.ok(state.scrollHeight > INSTANCES * 40, `scroll height ${state.scrollHeight}`);
  writeFileSync(join(out, "long-list-top.png"), await session.screenshot());
});

step("scrolling to the middle draws the rows there, and a screen reader gets their names", async () => {
  await js(`const list = document.querySelector("#instances"); list.scrollTop = list.scrollHeight / 2;`);
  let state = null;
  await until(async () => {
    state = await listState();
    return state.positions.some((p) => p > 550 && p < 650);
  }, "the middle rows drawn", 10000);
  assert.ok(state.drawn <= 160, `rows in the DOM: ${state.drawn}`);
  // The top block was dropped; only the highlighted row's block stays wherever the list is scrolled.
  const far = state.positions.filter((p) => p < 400 && Math.floor((p - 1) / 40) !== Math.floor((state.active?.position - 1) / 40));
  assert.deepEqual(far, [], "rows far above the view are dropped");
  // What is drawn is what shows: the rows in view are drawn ones, in order.
  const shown = await js(`const list = document.querySelector("#instances"); const box = list.getBoundingClientRect();
    const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2)?.closest("[role=option]");
    return hit ? Number(hit.getAttribute("aria-posinset")) : null;`);
  assert.ok(shown !== null && shown > 500 && shown < 700, `the row in the middle of the list: ${shown}`);
  const middle = state.names.find((n) => /crowd-0[56]\d\d/.test(n));
  assert.ok(middle, `a middle row's name: ${state.names.slice(0, 3)}`);
  // On the accessibility bus (what Orca reads), the drawn rows have their names.
  let items = [];
  await until(() => {
    items = accessibleTree("long-list").filter((n) => n.role === "list item");
    return items.some((n) => n.name.includes(middle));
  }, `the row ${middle} by name on the accessibility bus`, 30000);
  assert.ok(items.every((n) => n.name.trim() !== ""), "every drawn row has a name");
});

step("End in the list highlights the last row, drawn and in view; Home goes back to the first", async () => {
  await js(`document.querySelector("#instances").focus();`);
  await session.keys(KEY.End);
  let state = null;
  await until(async () => {
    state = await listState();
    return state.active?.position === INSTANCES && state.active.inView;
  }, "the last row highlighted and in view", 10000);
  assert.ok(state.drawn <= 200, `rows in the DOM: ${state.drawn}`);
  await session.keys(KEY.Home);
  await until(async () => {
    state = await listState();
    return state.active?.position === 1 && state.active.inView && state.scrollTop === 0;
  }, "the first row highlighted and in view", 10000);
});

step("a search finds a row that was never drawn", async () => {
  await js(`const box = document.querySelector("#search"); box.focus();`);
  await session.keys(..."crowd-0777");
  await until(async () => {
    const state = await listState();
    return state.names[0] === "crowd-0777" && state.sizes[0] === "1";
  }, "crowd-0777 alone in the list", 10000);
  writeFileSync(join(out, "long-list-search.png"), await session.screenshot());
});
