// A minimal W3C WebDriver client (fetch only): enough to drive the app through tauri-driver.

const ELEMENT = "element-6066-11e4-a52e-4f735466cecf";

/** WebDriver's codes for the keys the keyboard tests press. */
export const KEY = {
  Tab: "\uE004",
  Enter: "\uE007",
  Escape: "\uE00C",
  Space: " ",
  ArrowUp: "\uE013",
  ArrowDown: "\uE015",
  Home: "\uE011",
  End: "\uE010",
  Shift: "\uE008",
  Alt: "\uE00A",
  Backspace: "\uE003",
};

export class Session {
  constructor(driver, id) {
    this.driver = driver;
    this.id = id;
  }

  static async start(driver, application) {
    const body = { capabilities: { alwaysMatch: { "tauri:options": { application } } } };
    const value = await call(driver, "POST", "/session", body);
    return new Session(driver, value.sessionId);
  }

  cmd(method, path, body) {
    return call(this.driver, method, `/session/${this.id}${path}`, body);
  }

  async find(css) {
    const value = await this.cmd("POST", "/element", { using: "css selector", value: css });
    return value[ELEMENT];
  }

  async findAll(css) {
    const value = await this.cmd("POST", "/elements", { using: "css selector", value: css });
    return value.map((v) => v[ELEMENT]);
  }

  /** Polls until `css` matches an element (and `predicate` holds for it), or fails after `ms`. */
  async waitFor(css, { ms = 15000, predicate } = {}) {
    const deadline = Date.now() + ms;
    let lastError;
    while (Date.now() < deadline) {
      try {
        const element = await this.find(css);
        if (!predicate || (await predicate(element))) return element;
      } catch (error) {
        lastError = error;
      }
      await new Promise((r) => setTimeout(r, 150));
    }
    throw new Error(`timed out waiting for ${css}${lastError ? `: ${lastError.message}` : ""}`);
  }

  /** Scrolls the element to the middle of its scroll container first, as a person would. */
  async click(element) {
    await this.execute("arguments[0].scrollIntoView({ block: 'center' });", [{ [ELEMENT]: element }]);
    return this.cmd("POST", `/element/${element}/click`, {});
  }

  text(element) {
    return this.cmd("GET", `/element/${element}/text`);
  }

  attribute(element, name) {
    return this.cmd("GET", `/element/${element}/attribute/${name}`);
  }

  /**
   * A DOM property. Text comes without the invisible Unicode isolation marks (U+2066–U+2069) the catalogue puts around
   * data so right-to-left names cannot reorder a sentence: tests compare what a person reads.
   */
  async property(element, name) {
    const value = await this.cmd("GET", `/element/${element}/property/${name}`);
    return (name === "textContent" || name === "innerText") && typeof value === "string"
      ? value.replace(/[\u2066-\u2069]/g, "")
      : value;
  }

  type(element, text) {
    return this.cmd("POST", `/element/${element}/value`, { text });
  }

  /**
   * Presses keys on whatever has focus, as a keyboard would (W3C actions: nothing is focused for the test). Each
   * argument is a key (`KEY.Tab`) or a chord (`[KEY.Shift, KEY.Tab]`, held together).
   */
  async keys(...presses) {
    const actions = [];
    for (const press of presses) {
      const chord = Array.isArray(press) ? press : [press];
      for (const value of chord) actions.push({ type: "keyDown", value });
      for (const value of [...chord].reverse()) actions.push({ type: "keyUp", value });
    }
    await this.cmd("POST", "/actions", { actions: [{ type: "key", id: "keyboard", actions }] });
    await this.cmd("DELETE", "/actions");
  }

  execute(script, args = []) {
    return this.cmd("POST", "/execute/sync", { script, args });
  }

  /**
   * Finds and clicks `css`, finding again when the element was re-rendered in between (lists
   * redraw when sessions change): what a person's click on the same spot would do.
   */
  async clickOn(css, { ms = 15000 } = {}) {
    const deadline = Date.now() + ms;
    for (;;) {
      try {
        return await this.click(await this.waitFor(css, { ms: Math.max(deadline - Date.now(), 1) }));
      } catch (error) {
        if (!/stale element|not interactable/.test(String(error.message)) || Date.now() > deadline) throw error;
        await new Promise((r) => setTimeout(r, 100));
      }
    }
  }

  /**
   * Chooses a row of the instance list by clicking it, as a person would, once the list has stopped loading, and
   * clicks again if the row did not become the selected one: a list that moved under the pointer (a banner or the
   * discovery line appearing above it) takes a second click from a person too.
   */
  async chooseInstance(instanceId, { ms = 15000 } = {}) {
    const row = `#instances [data-instance-id="${instanceId}"]`;
    const deadline = Date.now() + ms;
    for (;;) {
      await this.waitFor(`#instances:not([aria-busy="true"]) [data-instance-id="${instanceId}"]`, {
        ms: Math.max(deadline - Date.now(), 1),
      });
      await this.clickOn(row, { ms: Math.max(deadline - Date.now(), 1) });
      for (let wait = 0; wait < 10; wait += 1) {
        const chosen = await this.execute(`return document.querySelector(arguments[0])?.getAttribute("aria-selected") === "true";`, [row]);
        if (chosen) return;
        await new Promise((r) => setTimeout(r, 100));
      }
      if (Date.now() > deadline) throw new Error(`${instanceId} could not be chosen`);
    }
  }

  /**
   * Picks a profile in the profile select by its exact name, as a person would; waits for the list to load. Reads and
   * sets the select in one script, so a list redrawn in between cannot leave a stale option behind.
   */
  async selectProfile(name, { ms = 15000 } = {}) {
    const deadline = Date.now() + ms;
    for (;;) {
      await this.waitFor("#profile");
      // Set through the DOM, as the select's own change would: clicking a <select> opens a
      // native GTK menu that WebDriver cannot drive reliably.
      const picked = await this.execute(
        `const s = document.querySelector("#profile");
         if (!s || !Array.from(s.options).some((o) => o.value === arguments[0])) { return false; }
         if (s.value !== arguments[0]) { s.value = arguments[0]; }
         s.dispatchEvent(new Event("change", { bubbles: true }));
         return true;`,
        [name],
      );
      if (picked) return;
      if (Date.now() > deadline) throw new Error(`no profile named ${name}`);
      await new Promise((r) => setTimeout(r, 150));
    }
  }

  /** A screenshot of what is painted: waits for two animation frames so the last DOM change shows. */
  async screenshot() {
    await this.cmd("POST", "/execute/async", {
      script: "const done = arguments[arguments.length - 1]; requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 50)));",
      args: [],
    });
    return Buffer.from(await this.cmd("GET", "/screenshot"), "base64");
  }

  end() {
    return call(this.driver, "DELETE", `/session/${this.id}`).catch(() => {});
  }
}

/**
 * Waits until no window process of `application` (started without arguments) is left: the app
 * allows one instance, so the next test file's app must not meet a quitting one.
 */
export async function appGone(application, ms = 15000) {
  const { readdirSync, readFileSync } = await import("node:fs");
  const running = () =>
    readdirSync("/proc").some((pid) => {
      if (!/^\d+$/.test(pid)) return false;
      try {
        const argv = readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").filter(Boolean);
        // `connect-sso` becomes `connect-sso-window` (exec, same process) to open the window.
        return argv.length === 1 && (argv[0] === application || argv[0] === `${application}-window`);
      } catch {
        return false;
      }
    });
  const deadline = Date.now() + ms;
  while (running()) {
    if (Date.now() > deadline) throw new Error(`${application} is still running after the session ended`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function call(driver, method, path, body) {
  const response = await fetch(driver + path, {
    method,
    headers: body ? { "content-type": "application/json" } : {},
    body: body ? JSON.stringify(body) : undefined,
  });
  const json = await response.json().catch(() => ({}));
  if (!response.ok || (json.value && json.value.error)) {
    const detail = json.value ? `${json.value.error}: ${json.value.message}` : response.statusText;
    throw new Error(`${method} ${path} → ${response.status} ${detail}`);
  }
  return json.value;
}
