// Settings dialog: opening (fresh settings_view, focus, modal), each field saving just itself, validation, fields
// managed by the policy, refused changes, Escape / Tab, and the policy-file banner.
import { afterEach, describe, expect, it } from "vitest";
import type { SettingsView } from "../src/bindings";
import {
  $,
  $$,
  deferred,
  errorView,
  isShown,
  key,
  mount,
  settingsView,
  settle,
  standardApi,
  text,
  unmount,
} from "./helpers";

afterEach(() => unmount());

const dialog = (): HTMLElement => $("#settings-dialog");
const field = (id: string): HTMLInputElement => $(`#${id}`) as HTMLInputElement;

function change(id: string, value: boolean | string): void {
  const input = field(id);
  if (typeof value === "boolean") {
    input.checked = value;
  } else {
    input.value = value;
  }
  input.dispatchEvent(new Event("change", { bubbles: true }));
}

async function openSettings(): Promise<void> {
  $("#settings-button").focus();
  $("#settings-button").click();
  await settle();
}

describe("opening and closing", () => {
  it("opens a modal dialog with the current settings and focus inside; Escape closes and gives focus back", async () => {
    const api = standardApi();
    api.settings = settingsView({ startAtLogin: true, notificationLeadMinutes: 10, extraRegions: ["eu-west-3"] });
    await mount(api);
    expect(isShown(dialog())).toBe(false);
    // Announced as a plain button (WebKitGTK turns a button with aria-haspopup into a combo box).
    expect($("#settings-button").hasAttribute("aria-haspopup")).toBe(false);

    await openSettings();
    expect(isShown(dialog())).toBe(true);
    expect(dialog().getAttribute("role")).toBe("dialog");
    expect(dialog().getAttribute("aria-modal")).toBe("true");
    expect($(`#${dialog().getAttribute("aria-labelledby") ?? "x"}`).textContent).toBe("Settings");
    expect(document.activeElement).toBe($("#setting-language"));
    // The window behind does not take focus or clicks meanwhile.
    expect($("main").hasAttribute("inert")).toBe(true);
    expect($(".app-header").hasAttribute("inert")).toBe(true);

    expect(field("setting-close-to-tray").checked).toBe(true);
    expect(field("setting-start-at-login").checked).toBe(true);
    expect(field("setting-sign-in-at-launch").checked).toBe(false);
    expect(field("setting-notifications-enabled").checked).toBe(true);
    expect(field("setting-notification-lead-minutes").value).toBe("10");
    expect(field("setting-notification-lead-minutes").min).toBe("1");
    expect(field("setting-notification-lead-minutes").max).toBe("120");
    expect(field("setting-extra-regions").value).toBe("eu-west-3");
    expect(field("setting-global-shortcut").readOnly).toBe(true);
    expect(field("setting-global-shortcut").value).toBe("CommandOrControl+Shift+K");
    expect(text("#setting-regions")).toBe("us-east-1, us-west-2, eu-west-2, eu-central-1, ap-southeast-2");

    key(field("setting-close-to-tray"), "Escape");
    expect(isShown(dialog())).toBe(false);
    expect($("main").hasAttribute("inert")).toBe(false);
    expect(document.activeElement).toBe($("#settings-button"));
  });

  it("closes with the Close button", async () => {
    await mount(standardApi());
    await openSettings();
    $("#settings-close").click();
    expect(isShown(dialog())).toBe(false);
    expect(document.activeElement).toBe($("#settings-button"));
  });

  it("keeps Tab inside the dialog", async () => {
    await mount(standardApi());
    await openSettings();
    $("#settings-close").focus();
    const tab = new KeyboardEvent("keydown", { key: "Tab", bubbles: true, cancelable: true });
    $("#settings-close").dispatchEvent(tab);
    expect(tab.defaultPrevented).toBe(true);
    expect(document.activeElement).toBe($("#setting-language"));
    const back = new KeyboardEvent("keydown", { key: "Tab", shiftKey: true, bubbles: true, cancelable: true });
    $("#setting-language").dispatchEvent(back);
    expect(document.activeElement).toBe($("#settings-close"));
  });

  it("names the default instance next to Sign in at launch", async () => {
    const api = standardApi();
    api.defaultInstance = { profile: "agents", instance: "11111111-aaaa-bbbb-cccc-000000000001" };
    await mount(api);
    await openSettings();
    expect(text("#setting-sign-in-at-launch-hint")).toBe("Default: support-uk (profile agents).");
  });
});

describe("saving", () => {
  it("saves each checkbox on its own and shows the returned settings", async () => {
    const api = standardApi();
    await mount(api);
    await openSettings();
    change("setting-close-to-tray", false);
    change("setting-start-at-login", true);
    change("setting-sign-in-at-launch", true);
    await settle();
    expect(api.callsOf("updateSettings")).toEqual([[{ closeToTray: false }], [{ startAtLogin: true }], [{ signInAtLaunch: true }]]);
    expect(field("setting-close-to-tray").checked).toBe(false);
    expect(field("setting-start-at-login").checked).toBe(true);

    change("setting-notifications-enabled", false);
    await settle();
    expect(api.callsOf("updateSettings").pop()).toEqual([{ notificationsEnabled: false }]);
    // No reminders, no lead time to choose.
    expect(field("setting-notification-lead-minutes").disabled).toBe(true);
  });

  it("shows what the backend answered, not what was clicked", async () => {
    const api = standardApi();
    await mount(api);
    await openSettings();
    api.updateSettingsImpl = async () => settingsView({ closeToTray: true, startAtLogin: false });
    change("setting-close-to-tray", false);
    await settle();
    expect(field("setting-close-to-tray").checked).toBe(true);
  });

  it("saves a lead time between 1 and 120 minutes, and explains anything else inline", async () => {
    const api = standardApi();
    await mount(api);
    await openSettings();
    for (const bad of ["0", "121", "2.5", ""]) {
      change("setting-notification-lead-minutes", bad);
      expect(isShown($("#settings-error")), bad).toBe(true);
      expect(text("#settings-error")).toContain("Choose between 1 and 120 minutes.");
    }
    expect(api.callsOf("updateSettings")).toEqual([]);
    change("setting-notification-lead-minutes", "30");
    await settle();
    expect(api.callsOf("updateSettings")).toEqual([[{ notificationLeadMinutes: 30 }]]);
    expect(isShown($("#settings-error"))).toBe(false);
    expect(field("setting-notification-lead-minutes").value).toBe("30");
  });

  it("reads extra regions separated by commas or spaces, and refuses what is not a region", async () => {
    const api = standardApi();
    await mount(api);
    await openSettings();
    change("setting-extra-regions", "eu-west-3, ca-central-1  us-gov-west-1,eu-west-3");
    await settle();
    expect(api.callsOf("updateSettings")).toEqual([[{ extraRegions: ["eu-west-3", "ca-central-1", "us-gov-west-1"] }]]);
    expect(field("setting-extra-regions").value).toBe("eu-west-3, ca-central-1, us-gov-west-1");
    expect(text("#setting-regions")).toContain("us-gov-west-1");

    change("setting-extra-regions", "eu-west-3 paris https://evil");
    expect(text("#settings-error")).toContain("Not regions: paris, https://evil.");
    expect(text("#settings-error")).toContain("eu-west-2");
    expect(api.callsOf("updateSettings")).toHaveLength(1);
    // What was typed stays, to be corrected.
    expect(field("setting-extra-regions").value).toBe("eu-west-3 paris https://evil");
  });

  it("shows a refused change inline and goes back to the saved value", async () => {
    const api = standardApi();
    await mount(api);
    await openSettings();
    const pending = deferred<SettingsView>();
    api.updateSettingsImpl = () => pending.promise;
    change("setting-start-at-login", true);
    pending.reject(errorView("settings_unwritable", "Could not register Connect SSO to start at login.", "Check your session settings."));
    await settle();
    expect(isShown($("#settings-error"))).toBe(true);
    expect($("#settings-error").getAttribute("role")).toBe("alert");
    expect(text("#settings-error")).toContain("Could not register Connect SSO to start at login.");
    expect(text("#settings-error")).toContain("Check your session settings.");
    expect(field("setting-start-at-login").checked).toBe(false);
    // Not in the main error panel: it belongs to the dialog.
    expect(isShown($("#error"))).toBe(false);
  });
});

describe("managed by the organization", () => {
  it("disables locked fields and labels them", async () => {
    const api = standardApi();
    api.settings = settingsView({
      locked: ["closeToTray", "extraRegions", "notificationLeadMinutes"],
      policy: { path: "/etc/connect-sso/policy.json", loaded: true, error: null },
    });
    await mount(api);
    await openSettings();
    expect(field("setting-close-to-tray").disabled).toBe(true);
    expect(field("setting-extra-regions").disabled).toBe(true);
    expect(field("setting-notification-lead-minutes").disabled).toBe(true);
    expect(field("setting-start-at-login").disabled).toBe(false);
    const labels = $$(".managed-label").filter(isShown);
    expect(labels.map((l) => l.getAttribute("data-field"))).toEqual(["closeToTray", "notificationLeadMinutes", "extraRegions"]);
    expect(labels.every((l) => l.textContent === "Managed by your organization")).toBe(true);
    expect(field("setting-close-to-tray").getAttribute("aria-describedby")).toContain("setting-close-to-tray-managed");
    expect(text(".settings-policy")).toContain("/etc/connect-sso/policy.json");
    // Focus starts on the first field that can change (the language; the tray setting is locked).
    expect(document.activeElement).toBe($("#setting-language"));
  });

  it("shows setting_managed from the backend like any refused change", async () => {
    const api = standardApi();
    await mount(api);
    await openSettings();
    api.settings.locked = ["startAtLogin"];
    change("setting-start-at-login", true);
    await settle();
    expect(text("#settings-error")).toContain("startAtLogin is managed by your organization.");
  });
});

describe("policy file errors", () => {
  it("shows an admin-facing banner, and the app keeps working", async () => {
    const api = standardApi();
    api.settings = settingsView({
      policy: {
        path: "C:\\ProgramData\\ConnectSSO\\policy.json",
        loaded: false,
        error: errorView("policy_invalid", "line 3: unknown field `pinz`", "Fix the file or remove it."),
      },
    });
    api.snapshot.notice = errorView("policy_invalid", "The policy file is invalid.", "");
    await mount(api);
    const banner = $("#policy-error");
    expect(isShown(banner)).toBe(true);
    expect(text("#policy-error .policy-error-message")).toBe(
      "Your organization's policy file could not be used: line 3: unknown field `pinz` (Fix the file or remove it.)",
    );
    expect(text("#policy-error .policy-error-path")).toBe("Policy file: C:\\ProgramData\\ConnectSSO\\policy.json");
    // Said once: the notice with the same news stays away.
    expect(isShown($("#notice"))).toBe(false);
    expect(($("#sign-in") as HTMLButtonElement).disabled).toBe(false);

    banner.querySelector<HTMLButtonElement>(".banner-close")?.click();
    expect(isShown(banner)).toBe(false);
  });

  it("shows no banner without a policy error", async () => {
    await mount(standardApi());
    expect(isShown($("#policy-error"))).toBe(false);
  });
});

describe("the window's size", () => {
  it("steps through the sizes the backend offers with Ctrl+= / Ctrl+- and goes back with Ctrl+0", async () => {
    const { nextZoom } = await import("../src/controllers/settings");
    const steps = [50, 67, 80, 90, 100, 110, 125, 150, 175, 200, 300];
    expect(nextZoom("=", 100, steps)).toBe(110);
    expect(nextZoom("+", 175, steps)).toBe(200);
    expect(nextZoom("=", 300, steps)).toBeNull();
    expect(nextZoom("-", 100, steps)).toBe(90);
    expect(nextZoom("-", 50, steps)).toBeNull();
    expect(nextZoom("-", 105, steps)).toBe(100);
    expect(nextZoom("=", 105, steps)).toBe(110);
    expect(nextZoom("0", 150, steps)).toBe(100);
    expect(nextZoom("0", 100, steps)).toBeNull();
    expect(nextZoom("x", 100, steps)).toBeNull();
  });

  it("is saved from the keys anywhere in the window, and shown in Settings", async () => {
    const api = standardApi();
    await mount(api);
    const press = (key: string): void => {
      document.body.dispatchEvent(new KeyboardEvent("keydown", { key, ctrlKey: true, bubbles: true, cancelable: true }));
    };
    // Two presses before the first is saved: the second steps on from the first.
    press("=");
    press("=");
    await settle();
    expect(api.callsOf("updateSettings")).toEqual([[{ zoomPercent: 110 }], [{ zoomPercent: 125 }]]);
    $("#settings-button").click();
    await settle();
    expect(($("#setting-zoom") as HTMLSelectElement).value).toBe("125");
    press("0");
    await settle();
    expect(api.callsOf("updateSettings")[2]).toEqual([{ zoomPercent: 100 }]);
    // Without Ctrl it is typing.
    document.body.dispatchEvent(new KeyboardEvent("keydown", { key: "=", bubbles: true }));
    await settle();
    expect(api.callsOf("updateSettings")).toHaveLength(3);
  });
});

describe("help for the helpdesk", () => {
  it("opens the log folder and saves the diagnostics, saying where they went", async () => {
    const api = standardApi();
    const saving = deferred<{ path: string; files: number } | null>();
    api.saveDiagnosticsImpl = () => saving.promise;
    await mount(api);
    await openSettings();

    $("#open-log-folder").click();
    await settle();
    expect(api.callsOf("openLogFolder")).toHaveLength(1);

    const save = $("#save-diagnostics");
    save.focus();
    save.click();
    await settle();
    expect(text("#diagnostics-status")).toBe("Saving diagnostics…");
    expect($("#diagnostics-status").getAttribute("role")).toBe("status");
    // A second click while the dialog is up asks nothing more, and focus stays on the button.
    expect(save.getAttribute("aria-disabled")).toBe("true");
    save.click();
    await settle();
    expect(api.callsOf("saveDiagnostics")).toHaveLength(1);
    expect(document.activeElement).toBe(save);

    saving.resolve({ path: "/home/agent/Documents/d.zip", files: 10 });
    await settle();
    expect(text("#diagnostics-status")).toBe(
      "Diagnostics saved to /home/agent/Documents/d.zip (10 files). Send this file to your helpdesk.",
    );
    expect(save.hasAttribute("aria-disabled")).toBe(false);
  });

  it("says nothing when the save dialog is cancelled, and shows a failure with its hint", async () => {
    const api = standardApi();
    api.saveDiagnosticsImpl = async () => null;
    await mount(api);
    await openSettings();
    $("#save-diagnostics").click();
    await settle();
    expect(text("#diagnostics-status")).toBe("");
    expect(isShown($("#settings-error"))).toBe(false);

    api.saveDiagnosticsImpl = async () => {
      throw errorView(
        "diagnostics_unwritable",
        "The diagnostics could not be saved to /mnt/x.zip: read-only file system",
        "Choose a folder you can write to, such as your Documents or Desktop.",
      );
    };
    $("#save-diagnostics").click();
    await settle();
    expect(isShown($("#settings-error"))).toBe(true);
    expect(text("#settings-error")).toContain("could not be saved to /mnt/x.zip");
    expect(text("#settings-error")).toContain("Choose a folder you can write to");
    expect(text("#diagnostics-status")).toBe("");
  });
});
