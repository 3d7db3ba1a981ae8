// E2E: Settings → Help, for the helpdesk. "Open log folder" hands the log folder to the file manager (the stand-in
// records what it was given); "Save diagnostics…" shows the real GTK save dialog, answered as a person would (typing a
// path and Enter, through xdotool), and the status line says where the zip went; the zip holds the README's files.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { env, launchedWith, until, useApp } from "./harness.mjs";

const out = env("E2E_OUT");
const { session, step } = useApp();
const js = (script, args = []) => session.execute(script, args);
const shown = (css) =>
  js(`const el = document.querySelector(arguments[0]); return !!el && !el.hidden && el.getClientRects().length > 0;`, [css]);
const textOf = (css) =>
  js(`const el = document.querySelector(arguments[0]); return el ? el.textContent.replace(/[\\u2066-\\u2069]/g, "") : "";`, [css]);

/** The X window of the save dialog (its title is the app's), or null while there is none. */
function saveDialog() {
  try {
    const ids = execFileSync("xdotool", ["search", "--onlyvisible", "--name", "Save diagnostics for your helpdesk"], {
      encoding: "utf8",
    });
    return ids.split("\n").filter(Boolean)[0] ?? null;
  } catch {
    return null; // xdotool exits 1 when nothing matches
  }
}

step("Open log folder hands the log folder to the file manager", async () => {
  await session.clickOn("#settings-button");
  await until(() => shown("#settings-dialog"), "Settings");
  await session.clickOn("#open-log-folder");
  await until(() => launchedWith().includes(env("E2E_LOG_DIR")), "the log folder given to the file manager");
  assert.equal(await shown("#settings-error"), false);
});

step("Save diagnostics… asks with the native save dialog and says where the zip went", async () => {
  const target = join(out, "diagnostics-from-the-window.zip");
  rmSync(target, { force: true });
  await session.clickOn("#save-diagnostics");
  let dialog = null;
  await until(() => (dialog = saveDialog()) !== null, "the save dialog");
  // No window manager under Xvfb: give the dialog the keyboard, then type as a person would. Its name field has focus:
  // replace the suggested name with a whole path.
  execFileSync("xdotool", ["windowfocus", "--sync", dialog]);
  execFileSync("xdotool", ["key", "ctrl+a"]);
  execFileSync("xdotool", ["type", "--delay", "15", target]);
  execFileSync("xdotool", ["key", "Return"]);
  await until(() => existsSync(target), "the zip written", 60000);
  await until(async () => (await textOf("#diagnostics-status")).includes(target), "the status line naming the file", 30000);
  assert.match(await textOf("#diagnostics-status"), /^Diagnostics saved to .+ \(\d+ files\)\. Send this file/);
  const names = execFileSync("python3", ["-c", "import sys, zipfile; print('\\n'.join(zipfile.ZipFile(sys.argv[1]).namelist()))", target], {
    encoding: "utf8",
  }).split("\n");
  for (const expected of ["README.txt", "about.json", "doctor.json", "settings.json", "logs/connect-sso.log"]) {
    assert.ok(names.includes(expected), `${expected} in ${names.join(", ")}`);
  }
  const about = execFileSync("python3", ["-c", "import sys, zipfile; print(zipfile.ZipFile(sys.argv[1]).read('about.json').decode())", target], {
    encoding: "utf8",
  });
  assert.match(about, /"writtenBy": "window"/);
  assert.doesNotMatch(about, /not known/, "the window knows its WebView's version");
  await js(`document.querySelector("#save-diagnostics").scrollIntoView({ block: "center" });`);
  writeFileSync(join(out, "settings-help.png"), await session.screenshot());
});
