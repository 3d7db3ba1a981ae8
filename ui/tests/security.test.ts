// Hostile data: names, aliases, ARNs and messages from config files/AWS render as text, never markup.
import { afterEach, describe, expect, it } from "vitest";
import type { ErrorCode } from "../src/bindings";
import {
  $,
  $$,
  attr,
  deepLink,
  expiringEvent,
  instance,
  isShown,
  mount,
  profile,
  session,
  settingsView,
  settle,
  ssoLoginView,
  standardApi,
  text,
  typeInto,
  unmount,
} from "./helpers";

afterEach(() => unmount());

const HOSTILE = `<img src=x onerror=alert(1)>`;
const SCRIPT = `<script>window.__pwned = true</script>`;
// Codes the contract rules out (`as ErrorCode`) still render as text, never as markup.

function assertNoInjectedMarkup(): void {
  expect(document.querySelectorAll("img[src='x'], img[onerror]")).toHaveLength(0);
  expect(document.querySelectorAll("script")).toHaveLength(0);
  expect(document.querySelectorAll("[onerror], [onload], [onclick]")).toHaveLength(0);
  expect((window as unknown as { __pwned?: boolean }).__pwned).toBeUndefined();
}

describe("hostile strings", () => {
  it("render profile names, aliases, regions, users and errors as text", async () => {
    const api = standardApi();
    const evil = instance(`id-${HOSTILE}`, HOSTILE, { region: SCRIPT, identityManagementType: HOSTILE, status: SCRIPT });
    api.snapshot.profiles = [profile(HOSTILE, { region: SCRIPT, customEndpoint: true })];
    api.snapshot.lastProfile = HOSTILE;
    api.snapshot.lastInstance = evil.id;
    api.snapshot.notice = { code: HOSTILE as ErrorCode, message: HOSTILE, hint: SCRIPT };
    api.snapshot.sessions = [session(HOSTILE, evil, { userArn: `arn:aws:sts::1:federated-user/${HOSTILE}` })];
    api.instances = { [HOSTILE]: [evil] };
    api.signInImpl = async (p, i) =>
      session(p, evil, { instanceId: i, userArn: null, userId: "x", connectUsername: HOSTILE, callerArn: SCRIPT, region: SCRIPT });
    await mount(api);

    const option = $("#instances [role='option']");
    expect(option.querySelector(".instance-name")?.textContent).toBe(HOSTILE);
    expect(option.getAttribute("data-instance-id")).toBe(evil.id);
    expect(option.getAttribute("data-profile")).toBe(HOSTILE);
    expect(option.querySelector(".instance-profile")?.textContent).toBe(HOSTILE);
    expect(($("#profile") as HTMLSelectElement).options[1]?.value).toBe(HOSTILE);
    expect(($("#profile") as HTMLSelectElement).options[1]?.textContent).toContain(HOSTILE);
    expect(text("#notice")).toContain(HOSTILE);
    expect(text("#sessions")).toContain(HOSTILE);

    $("#sign-in").click();
    await settle();
    expect(text("#status-summary")).toBe(`Signed in to ${HOSTILE} (${SCRIPT})`);
    expect(text(".status-user")).toBe(HOSTILE);
    expect(text(".status-caller")).toBe(`AWS identity: ${SCRIPT}`);
    assertNoInjectedMarkup();

    api.signInImpl = () => Promise.reject({ code: HOSTILE as ErrorCode, message: HOSTILE, hint: SCRIPT });
    $("#sign-in").click();
    await settle();
    expect(text(".error-message")).toBe(HOSTILE);
    expect(text(".error-hint")).toBe(SCRIPT);
    expect(text(".error-code")).toBe(HOSTILE);
    assertNoInjectedMarkup();
  });

  it("render expiry reminders and Open results as text, and pass the payload's IDs through untouched", async () => {
    const api = standardApi();
    const evil = instance(`id-${HOSTILE}`, HOSTILE);
    api.snapshot.sessions = [session(HOSTILE, evil)];
    api.sessions = [session(HOSTILE, evil)];
    api.openSessionImpl = async () => ({ session: session(HOSTILE, evil, { connectUsername: SCRIPT }), resumed: false });
    await mount(api);
    expect(attr($(".session-open"), "aria-label")).toBe(`Open ${HOSTILE} in the browser (profile ${HOSTILE})`);

    api.fireExpiring(expiringEvent(HOSTILE, evil, { title: HOSTILE, body: SCRIPT }));
    expect(isShown($("#expiring"))).toBe(true);
    expect($("#expiring .expiring-title").textContent).toBe(HOSTILE);
    expect($("#expiring .expiring-body").textContent).toBe(SCRIPT);
    api.fireExpiring(expiringEvent(SCRIPT, instance(SCRIPT, null), { title: SCRIPT, body: HOSTILE }));
    expect($("#expiring .expiring-title").textContent).toBe(SCRIPT);
    expect($("#expiring .expiring-body").textContent).toBe(HOSTILE);
    assertNoInjectedMarkup();

    $("#expiring-sign-in").click();
    await settle();
    expect(api.callsOf("signIn")).toEqual([[SCRIPT, SCRIPT]]);

    // The re-signed-in session is now listed first: open the hostile one by its data.
    const row = $$("#sessions .session-item").find((li) => li.getAttribute("data-instance-id") === evil.id);
    row?.querySelector<HTMLButtonElement>(".session-open")?.click();
    await settle();
    expect(api.callsOf("openSession")).toEqual([[HOSTILE, evil.id]]);
    expect(text("#status-summary")).toBe(`Signed in to ${HOSTILE} (eu-west-2)`);
    expect(text(".status-user")).toBe(SCRIPT);
    assertNoInjectedMarkup();
  });

  it("render the IAM Identity Center code and its errors as text, and pass the profile through untouched", async () => {
    const api = standardApi();
    api.snapshot.profiles = [profile(HOSTILE)];
    api.snapshot.lastProfile = HOSTILE;
    api.snapshot.lastInstance = "i-1";
    api.instances = { [HOSTILE]: [instance("i-1", "support")] };
    api.signInImpl = () => Promise.reject({ code: "sso_expired", message: HOSTILE, hint: SCRIPT });
    api.ssoLoginStartImpl = async (p) =>
      ssoLoginView(p, { userCode: `${HOSTILE}${SCRIPT}`, verificationUrl: `javascript:${SCRIPT}` });
    await mount(api);
    $("#sign-in").click();
    await settle();
    expect(text(".error-message")).toBe(HOSTILE);
    $("#sso-login").click();
    await settle();
    expect(api.callsOf("ssoLoginStart")).toEqual([[HOSTILE, "browser"]]);
    expect($("#sso-user-code").textContent).toBe(`${HOSTILE}${SCRIPT}`);
    expect($("#sso-user-code").children).toHaveLength(0);
    // The verification URL is the backend's to open: it never becomes a link or any attribute here.
    expect(document.querySelectorAll("a, [href], [src*='javascript']")).toHaveLength(0);
    expect(document.body.textContent).not.toContain("javascript:");
    assertNoInjectedMarkup();

    api.rejectSso(HOSTILE, { code: HOSTILE as ErrorCode, message: SCRIPT, hint: HOSTILE });
    await settle();
    expect(text(".error-message")).toBe(SCRIPT);
    expect(text(".error-code")).toBe(HOSTILE);
    assertNoInjectedMarkup();
  });

  it("keeps 10 KB names intact as data while cutting only the <option> label", async () => {
    const api = standardApi();
    const huge = "p".repeat(10_240);
    api.snapshot.profiles = [profile(huge)];
    api.snapshot.lastProfile = huge;
    api.instances = { [huge]: [instance("i-1", "a".repeat(10_240))] };
    await mount(api);
    const select = $("#profile") as HTMLSelectElement;
    expect(select.options[1]?.value).toBe(huge);
    expect((select.options[1]?.textContent ?? "").length).toBeLessThan(200);
    // The row keeps the whole name as text (E2E checks the 10 KB alias is all there).
    expect($("#instances [role='option'] .instance-name").textContent).toHaveLength(10_240);
    $("#sign-in").click();
    await settle();
    expect(api.callsOf("signIn")).toEqual([[huge, "i-1"]]);
  });
});

describe("hostile strings in the catalog, discovery, deep links and settings", () => {
  it("render display names, profiles and discovery errors as text, and pass IDs through untouched", async () => {
    const api = standardApi();
    const evil = instance(`id-${HOSTILE}`, SCRIPT, { region: SCRIPT, accountId: HOSTILE });
    api.snapshot.profiles = [profile(HOSTILE)];
    api.snapshot.lastProfile = null;
    api.instances = { [HOSTILE]: [evil] };
    api.displayNames[`${HOSTILE}\u0000${evil.id}`] = HOSTILE;
    api.managed.add(`${HOSTILE}\u0000${evil.id}`);
    api.regionErrors[HOSTILE] = { [SCRIPT]: { code: HOSTILE as ErrorCode, message: HOSTILE, hint: SCRIPT } };
    api.profileErrors[HOSTILE] = { code: SCRIPT as ErrorCode, message: SCRIPT, hint: HOSTILE };
    await mount(api);

    const row = $("#instances [role='option']");
    expect(row.querySelector(".instance-name")?.textContent).toBe(HOSTILE);
    expect(row.getAttribute("data-instance-id")).toBe(evil.id);
    expect(row.getAttribute("data-profile")).toBe(HOSTILE);
    expect(row.textContent).toContain(SCRIPT);
    expect(attr($("#pin-selected"), "aria-label")).toBe(`Pin ${HOSTILE}`);
    expect(text(".discovery-region-error")).toBe(`${SCRIPT}: ${HOSTILE}`);
    expect(text(".discovery-profile-error")).toContain(`${HOSTILE}: ${SCRIPT}`);
    assertNoInjectedMarkup();

    // Search matches the hostile text as text.
    typeInto("#search", "<img");
    expect($$("#instances [role='option']")).toHaveLength(1);
    $(".pin-mark").click();
    row.click();
    await settle();
    expect(api.callsOf("setPinned")).toEqual([[HOSTILE, evil.id, true]]);
    $("#sign-in").click();
    await settle();
    expect(api.callsOf("signIn")).toEqual([[HOSTILE, evil.id]]);
    assertNoInjectedMarkup();
  });

  it("render deep link labels, the policy error and settings as text", async () => {
    const api = standardApi();
    api.settings = settingsView({
      globalShortcut: HOSTILE,
      regions: [SCRIPT],
      extraRegions: [],
      locked: ["closeToTray"],
      policy: { path: SCRIPT, loaded: true, error: { code: "policy_invalid", message: HOSTILE, hint: SCRIPT } },
    });
    api.snapshot.pendingDeepLink = deepLink(HOSTILE, `id-${SCRIPT}`, { label: HOSTILE, region: SCRIPT, instance: `arn-${HOSTILE}` });
    await mount(api);

    expect(text("#deep-link-question")).toBe(`Sign in to ${HOSTILE} (id-${SCRIPT}) with profile ${HOSTILE}?`);
    expect(text("#deep-link-dialog")).toContain(`Region: ${SCRIPT}`);
    expect(text("#policy-error")).toContain(`could not be used: ${HOSTILE} (${SCRIPT})`);
    expect(text("#policy-error")).toContain(`Policy file: ${SCRIPT}`);
    assertNoInjectedMarkup();
    $("#deep-link-confirm").click();
    await settle();
    expect(api.callsOf("signIn")).toEqual([[HOSTILE, `arn-${HOSTILE}`]]);

    api.fire("deep-link-error", { code: "deep_link_invalid", message: HOSTILE, hint: SCRIPT });
    expect(text(".error-message")).toBe(HOSTILE);

    $("#settings-button").click();
    await settle();
    expect(($("#setting-global-shortcut") as HTMLInputElement).value).toBe(HOSTILE);
    expect(text("#setting-regions")).toBe(SCRIPT);
    api.updateSettingsImpl = () => Promise.reject({ code: HOSTILE as ErrorCode, message: SCRIPT, hint: HOSTILE });
    const tray = $("#setting-start-at-login") as HTMLInputElement;
    tray.checked = true;
    tray.dispatchEvent(new Event("change", { bubbles: true }));
    await settle();
    expect(text("#settings-error")).toContain(SCRIPT);
    assertNoInjectedMarkup();
  });
});

describe("source hygiene", () => {
  const sources = import.meta.glob<string>("../src/**/*.ts", { query: "?raw", import: "default", eager: true });
  const css = import.meta.glob<string>("../src/**/*.css", { query: "?raw", import: "default", eager: true });
  const html = import.meta.glob<string>("../index.html", { query: "?raw", import: "default", eager: true });

  it("never builds markup from strings or sets inline styles", () => {
    expect(Object.keys(sources).length).toBeGreaterThan(10);
    for (const [file, code] of Object.entries(sources)) {
      expect(code, file).not.toMatch(/\.(innerHTML|outerHTML)\b|insertAdjacentHTML|document\.write|createContextualFragment/);
      // One height, through the CSSOM, in one helper: setHeightPx.
      const allowed = file.endsWith("/view/dom.ts") ? code.replace("element.style.height = `${Math.max(0, Math.round(px))}px`;", "") : code;
      expect(allowed, file).not.toMatch(/\.style\.|setAttribute\(\s*["']style["']|\beval\(|new Function\(/);
    }
  });

  it("only api.ts talks to Tauri", () => {
    for (const [file, code] of Object.entries(sources)) {
      if (!file.endsWith("/api.ts")) {
        expect(code, file).not.toContain("@tauri-apps/api");
      }
    }
  });

  it("has no inline styles/scripts or external resources in the page", () => {
    const page = Object.values(html)[0] ?? "";
    expect(page).toContain('<script type="module" src="/src/main.ts">');
    expect(page).not.toMatch(/<style|\sstyle=|<script>(?!<)|\son[a-z]+=/i);
    for (const code of Object.values(css)) {
      expect(code).not.toMatch(/@import|url\(|https?:/);
    }
  });

  it("starts every module with a comment saying what it owns", () => {
    for (const [file, code] of Object.entries(sources)) {
      expect(code.startsWith("//"), file).toBe(true);
    }
  });
});

describe("document", () => {
  it("labels every form control", async () => {
    // With sessions and a reminder, so the Open/Sign out buttons, the checkbox and the banner are there too.
    const api = standardApi();
    const night = instance("55555555-0000-0000-0000-000000000005", "night-shift");
    api.snapshot.sessions = [session("agents", night)];
    await mount(api);
    api.fireExpiring(expiringEvent("agents", night));
    expect($$("#sign-out-browser, .session-open, .session-sign-out, #expiring-sign-in, #expiring-dismiss")).toHaveLength(5);
    expect($$("#sso-login, #sso-login-cancel")).toHaveLength(2);
    const panel = $("#sso-login-panel");
    expect(document.getElementById(panel.getAttribute("aria-labelledby") ?? "")?.textContent).toBe(
      "Sign in with IAM Identity Center",
    );
    $("#settings-button").click();
    await settle();
    expect($$("#settings-dialog input").length).toBeGreaterThan(6);
    for (const control of $$("input, select")) {
      const label = document.querySelector(`label[for='${control.id}']`);
      expect(label?.textContent?.trim(), control.id).toBeTruthy();
    }
    for (const button of $$("button")) {
      const name = button.getAttribute("aria-label") ?? button.textContent ?? "";
      expect(name.trim(), button.outerHTML.slice(0, 80)).not.toBe("");
    }
  });
});
