// api.ts: command names/arguments over a swappable transport, and error normalisation.
import { describe, expect, it } from "vitest";
import { createApi, toErrorView, type InvokeFn, type ListenFn } from "../src/api";
import type { ErrorView } from "../src/bindings";
import { messagesIn, plain } from "./helpers";

/** An error as the English window shows it. */
function shown(view: ErrorView): { message: string; hint: string } {
  const { message, hint } = messagesIn("en").error(view);
  return { message: plain(message), hint: plain(hint) };
}

function recorder(reply: unknown = null): { invoke: InvokeFn; calls: [string, unknown][] } {
  const calls: [string, unknown][] = [];
  return {
    calls,
    invoke: async (cmd, args) => {
      calls.push([cmd, args]);
      return reply;
    },
  };
}

describe("createApi", () => {
  it("maps each function to its command and arguments", async () => {
    const { invoke, calls } = recorder();
    const api = createApi(invoke);
    await api.appSnapshot();
    await api.resolveInstance("p", "arn:aws:connect:eu-west-2:1:instance/i");
    await api.rememberSelection("p", null);
    await api.rememberSelection("p", "i");
    await api.signIn("p", "i");
    await api.openSession("p", "i");
    await api.signOut("p", "i", false);
    await api.signOut("p", "i", true);
    await api.endShift();
    expect(calls).toEqual([
      ["app_snapshot", undefined],
      ["resolve_instance", { profile: "p", instance: "arn:aws:connect:eu-west-2:1:instance/i" }],
      ["remember_selection", { profile: "p", instance: null }],
      ["remember_selection", { profile: "p", instance: "i" }],
      ["sign_in", { profile: "p", instance: "i" }],
      ["open_session", { profile: "p", instance: "i" }],
      ["sign_out", { profile: "p", instance: "i", browser: false }],
      ["sign_out", { profile: "p", instance: "i", browser: true }],
      ["end_shift", undefined],
    ]);
  });

  it("maps the discovery, pin, settings and deep link commands", async () => {
    const { invoke, calls } = recorder();
    const api = createApi(invoke);
    await api.discoverInstances(null, false);
    await api.discoverInstances("agents", true);
    await api.setPinned("agents", "i-1", true);
    await api.setPinned("agents", "i-1", false);
    await api.updateSettings({ closeToTray: false });
    await api.updateSettings({ extraRegions: ["eu-west-3"] });
    await api.takeDeepLink();
    expect(calls).toEqual([
      ["discover_instances", { profile: null, refresh: false }],
      ["discover_instances", { profile: "agents", refresh: true }],
      ["set_pinned", { profile: "agents", instance: "i-1", pinned: true }],
      ["set_pinned", { profile: "agents", instance: "i-1", pinned: false }],
      ["update_settings", { patch: { closeToTray: false } }],
      ["update_settings", { patch: { extraRegions: ["eu-west-3"] } }],
      ["take_deep_link", undefined],
    ]);
    const managed = { code: "setting_managed", message: "Managed", hint: "Ask IT" };
    await expect(createApi(() => Promise.reject(managed)).setPinned("p", "i", true)).rejects.toEqual(managed);
    await expect(createApi(recorder(null).invoke).takeDeepLink()).resolves.toBeNull();
  });

  it("listens to each new app event by its name and passes payloads on", async () => {
    const handlers = new Map<string, (payload: unknown) => void>();
    const stops: string[] = [];
    const listen: ListenFn = async (event, handler) => {
      handlers.set(event, handler);
      return () => {
        stops.push(event);
      };
    };
    const api = createApi(recorder().invoke, listen);
    const got: [string, unknown][] = [];
    const unsubscribe = await Promise.all([
      api.onSettingsChanged((p) => got.push(["settings", p])),
      api.onDeepLink((p) => got.push(["link", p])),
      api.onDeepLinkError((p) => got.push(["linkError", p])),
      api.onAppError((p) => got.push(["appError", p])),
      api.onCatalogChanged((p) => got.push(["catalog", p])),
      api.onSessionsChanged((p) => got.push(["sessions", p])),
      api.onFocusSearch((p) => got.push(["focus", p])),
    ]);
    expect([...handlers.keys()]).toEqual([
      "settings-changed",
      "deep-link",
      "deep-link-error",
      "app-error",
      "catalog-changed",
      "sessions-changed",
      "focus-search",
    ]);
    for (const [event, handler] of handlers) {
      handler({ event });
    }
    expect(got).toEqual([
      ["settings", { event: "settings-changed" }],
      ["link", { event: "deep-link" }],
      ["linkError", { event: "deep-link-error" }],
      ["appError", { event: "app-error" }],
      ["catalog", { event: "catalog-changed" }],
      ["sessions", { event: "sessions-changed" }],
      ["focus", { event: "focus-search" }],
    ]);
    unsubscribe.forEach((stop) => stop());
    expect(stops).toHaveLength(7);
    await expect(createApi(recorder().invoke, () => Promise.reject("denied")).onFocusSearch(() => {})).rejects.toMatchObject({
      code: "internal",
      message: "denied",
    });
  });

  it("returns how many sessions End shift removed, and rejects with an ErrorView", async () => {
    await expect(createApi(recorder(3).invoke).endShift()).resolves.toBe(3);
    await expect(
      createApi(() => Promise.reject({ code: "keychain_locked", message: "Locked", hint: "Unlock it" })).endShift(),
    ).rejects.toEqual({ code: "keychain_locked", message: "Locked", hint: "Unlock it" });
    await expect(createApi(() => Promise.reject("boom")).endShift()).rejects.toMatchObject({ code: "internal", message: "boom" });
  });

  it("maps submit_mfa_code and passes its ErrorView on", async () => {
    const { invoke, calls } = recorder();
    await expect(createApi(invoke).submitMfaCode("agents", "123456")).resolves.toBeUndefined();
    expect(calls).toEqual([["submit_mfa_code", { profile: "agents", code: "123456" }]]);
    const invalid = { code: "mfa_invalid", message: "Refused", hint: "Type the current code" };
    await expect(createApi(() => Promise.reject(invalid)).submitMfaCode("agents", "1")).rejects.toEqual(invalid);
  });

  it("maps the IAM Identity Center sign-in commands, and passes their replies and ErrorViews on", async () => {
    const { invoke, calls } = recorder();
    const api = createApi(invoke);
    await api.ssoLoginStart("agents", "browser");
    await expect(api.ssoLoginWait("agents")).resolves.toBeUndefined();
    await api.ssoLoginCancel("agents");
    expect(calls).toEqual([
      ["sso_login_start", { profile: "agents", method: "browser" }],
      ["sso_login_wait", { profile: "agents" }],
      ["sso_login_cancel", { profile: "agents" }],
    ]);

    const view = {
      profile: "agents",
      flow: "deviceCode",
      userCode: "WDJB-MJHT",
      verificationUrl: "https://device.sso/",
      expiresAt: 1,
    };
    await expect(createApi(recorder(view).invoke).ssoLoginStart("agents", "deviceCode")).resolves.toEqual(view);
    await expect(createApi(recorder(true).invoke).ssoLoginCancel("agents")).resolves.toBe(true);
    const cancelled = { code: "sso_login_cancelled", message: "Cancelled", hint: "Start again" };
    await expect(createApi(() => Promise.reject(cancelled)).ssoLoginWait("agents")).rejects.toEqual(cancelled);
    await expect(createApi(() => Promise.reject("boom")).ssoLoginStart("agents", "browser")).rejects.toMatchObject({
      code: "internal",
      message: "boom",
    });
  });

  it("returns Open's reply and rejects it with an ErrorView", async () => {
    const reply = { session: { profile: "p", instanceId: "i" }, resumed: true };
    await expect(createApi(recorder(reply).invoke).openSession("p", "i")).resolves.toEqual(reply);
    await expect(
      createApi(() => Promise.reject({ code: "sso_expired", message: "Expired", hint: "Log in" })).openSession("p", "i"),
    ).rejects.toEqual({ code: "sso_expired", message: "Expired", hint: "Log in" });
  });

  it("listens to session-expiring, passes the payload on, and unsubscribes", async () => {
    const handlers = new Map<string, (payload: unknown) => void>();
    let stopped = 0;
    const listen: ListenFn = async (event, handler) => {
      handlers.set(event, handler);
      return () => {
        stopped++;
      };
    };
    const received: unknown[] = [];
    const stop = await createApi(recorder().invoke, listen).onSessionExpiring((e) => received.push(e));
    expect([...handlers.keys()]).toEqual(["session-expiring"]);
    const payload = { profile: "p", instanceId: "i", title: "t", body: "b" };
    handlers.get("session-expiring")?.(payload);
    expect(received).toEqual([payload]);
    stop();
    expect(stopped).toBe(1);
  });

  it("rejects a failed subscription with an ErrorView, and subscribes to nothing without an event transport", async () => {
    const failing: ListenFn = () => Promise.reject("event.listen not allowed");
    await expect(createApi(recorder().invoke, failing).onSessionExpiring(() => {})).rejects.toMatchObject({
      code: "internal",
      message: "event.listen not allowed",
    });
    const stop = await createApi(recorder().invoke).onSessionExpiring(() => {});
    expect(() => stop()).not.toThrow();
  });

});

describe("createApi replies and rejections", () => {
  it("returns the backend's reply", async () => {
    const api = createApi(recorder({ entries: [] }).invoke);
    await expect(api.discoverInstances(null, false)).resolves.toEqual({ entries: [] });
  });

  it("rejects with the backend's ErrorView unchanged", async () => {
    const api = createApi(() => Promise.reject({ code: "access_denied", message: "Access denied", hint: "Ask an admin" }));
    await expect(api.signIn("p", "i")).rejects.toEqual({ code: "access_denied", message: "Access denied", hint: "Ask an admin" });
  });

  it("normalises strings, Errors and odd values into internal ErrorViews", async () => {
    // What the system said is kept as it is; the window's catalogue adds the hint, in its language.
    await expect(createApi(() => Promise.reject("command sign_in not found")).signIn("p", "i")).rejects.toMatchObject({
      code: "internal",
      message: "command sign_in not found",
      text: { id: "window-error-internal", args: { detail: "command sign_in not found" } },
    });
    await expect(
      createApi(() => {
        throw new Error("ipc down");
      }).endShift(),
    ).rejects.toMatchObject({ code: "internal", message: "ipc down", text: { id: "window-error-internal" } });
    await expect(createApi(() => Promise.reject(undefined)).endShift()).rejects.toMatchObject({
      code: "internal",
      text: { id: "window-error-unknown", args: {} },
    });
    const words = shown(toErrorView("ipc down"));
    expect(words).toEqual({ message: "ipc down", hint: "Try again. If it keeps happening, restart Connect SSO." });
  });
});

describe("toErrorView", () => {
  it("keeps well-formed ErrorViews and fills a missing hint", () => {
    expect(toErrorView({ code: "c", message: "m", hint: "h", extra: 1 })).toEqual({ code: "c", message: "m", hint: "h" });
    expect(toErrorView({ code: "c", message: "m" })).toEqual({ code: "c", message: "m", hint: "" });
  });

  it("keeps the catalogue text a backend error carries, so the window says it in its language", () => {
    const text = { id: "error-language-unknown", args: { language: "xx" } };
    const view = { code: "internal", message: "m", hint: "h" };
    expect(toErrorView({ ...view, text })).toEqual({ ...view, text });
    expect(toErrorView({ ...view, text: "not a text" })).toEqual(view);
    const words = shown(toErrorView({ code: "internal", message: "m", hint: "h", text }));
    expect(words).toEqual({ message: "Connect SSO does not speak “xx”.", hint: "Pick a language from the list in Settings." });
  });

  it("never leaves the window without words: an empty rejection says something went wrong, with a hint", () => {
    for (const value of [null, 42, "", {}, { code: 1, message: 2 }, new Error("")]) {
      const view = toErrorView(value);
      expect(view.code).toBe("internal");
      expect(view.text?.id).toBe("window-error-unknown");
      expect(shown(view)).toEqual({
        message: "Something went wrong.",
        hint: "Try again. If it keeps happening, restart Connect SSO.",
      });
    }
  });
});
