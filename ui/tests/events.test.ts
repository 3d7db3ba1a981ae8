// App events from the tray and the global shortcut: sessions-changed replaces the list, focus-search focuses the search
// box; every subscription ends with the window.
import { afterEach, describe, expect, it } from "vitest";
import {
  $,
  $$,
  deepLink,
  instance,
  isShown,
  mount,
  search,
  session,
  settle,
  standardApi,
  text,
  unmount,
} from "./helpers";

afterEach(() => unmount());

const night = instance("55555555-0000-0000-0000-000000000005", "night-shift");
const day = instance("66666666-0000-0000-0000-000000000006", "day-shift");
const ids = (): (string | null)[] => $$("#sessions .session-item").map((li) => li.getAttribute("data-instance-id"));

describe("sessions-changed", () => {
  it("replaces the session list", async () => {
    const api = standardApi();
    api.snapshot.sessions = [session("agents", night)];
    await mount(api);
    expect(ids()).toEqual([night.id]);
    api.fire("sessions-changed", [session("dev", day), session("agents", night)]);
    expect(ids()).toEqual([day.id, night.id]);
    api.fire("sessions-changed", []);
    expect(ids()).toEqual([]);
    expect(isShown($(".sessions-empty"))).toBe(true);
  });

  it("clears the status panel when its session was signed out elsewhere", async () => {
    const api = standardApi();
    await mount(api);
    $("#sign-in").click();
    await settle();
    expect(text("#status-summary")).toContain("Sales-EMEA");
    api.fire("sessions-changed", []);
    expect(document.querySelector("#status-summary")).toBeNull();
    expect(text("#status")).toContain("Not signed in from this window yet.");
  });

  it("keeps a session the keychain could not store (it is never listed)", async () => {
    const api = standardApi();
    api.signInImpl = async (p, i) => session(p, instance(i, "Sales-EMEA"), { remembered: false });
    await mount(api);
    $("#sign-in").click();
    await settle();
    api.fire("sessions-changed", [session("dev", day)]);
    expect(text("#status-summary")).toContain("Sales-EMEA");
    expect(ids()).toContain("22222222-aaaa-bbbb-cccc-000000000002");
    expect(ids()).toContain(day.id);
  });
});

describe("focus-search", () => {
  it("focuses the search box and selects its text", async () => {
    const api = standardApi();
    await mount(api);
    search("support");
    $("#sign-in").focus();
    api.fire("focus-search", null);
    const box = $("#search") as HTMLInputElement;
    expect(document.activeElement).toBe(box);
    expect(box.selectionStart).toBe(0);
    expect(box.selectionEnd).toBe("support".length);
  });

  it("closes the settings dialog first, but leaves a pending deep link alone", async () => {
    const api = standardApi();
    await mount(api);
    $("#settings-button").click();
    await settle();
    api.fire("focus-search", null);
    expect(isShown($("#settings-dialog"))).toBe(false);
    expect(document.activeElement).toBe($("#search"));

    api.fire("deep-link", deepLink("agents", "11111111-aaaa-bbbb-cccc-000000000001"));
    api.fire("focus-search", null);
    expect(isShown($("#deep-link-dialog"))).toBe(true);
    expect(document.activeElement).toBe($("#deep-link-cancel"));
  });
});

describe("subscriptions", () => {
  it("subscribes to every event and unsubscribes when the window goes", async () => {
    const api = standardApi();
    await mount(api);
    expect([...api.handlers.keys()].sort()).toEqual([
      "app-error",
      "catalog-changed",
      "deep-link",
      "deep-link-error",
      "focus-search",
      "sessions-changed",
      "settings-changed",
    ]);
    expect([...api.handlers.values()].every((set) => set.size === 1)).toBe(true);
    unmount();
    expect([...api.handlers.values()].every((set) => set.size === 0)).toBe(true);
    expect(api.expiringHandlers.size).toBe(0);
  });
});
