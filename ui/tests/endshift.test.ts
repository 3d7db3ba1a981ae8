// End shift (shared desks): the Sessions card's button, its inline confirmation, progress, success and failure.
import { afterEach, describe, expect, it } from "vitest";
import {
  $,
  $$,
  deferred,
  errorView,
  instance,
  isShown,
  key,
  mount,
  session,
  settle,
  standardApi,
  text,
  unmount,
  type FakeApi,
} from "./helpers";

afterEach(() => unmount());

const SALES = "22222222-aaaa-bbbb-cccc-000000000002";
const night = instance("55555555-0000-0000-0000-000000000005", "night-shift");
const day = instance("66666666-0000-0000-0000-000000000006", "day-shift");

const endShift = (): HTMLButtonElement => $("#end-shift") as HTMLButtonElement;
const confirmButton = (): HTMLButtonElement => $("#end-shift-confirm") as HTMLButtonElement;
const cancelButton = (): HTMLButtonElement => $("#end-shift-cancel") as HTMLButtonElement;
const sessionIds = (): (string | null)[] => $$("#sessions .session-item").map((li) => li.getAttribute("data-instance-id"));

/** Two stored sessions (night-shift, day-shift), known to both the snapshot and the backend list. */
function apiWithSessions(): FakeApi {
  const api = standardApi();
  api.snapshot.sessions = [session("agents", night), session("dev", day)];
  api.sessions = [session("agents", night), session("dev", day)];
  return api;
}

describe("End shift button", () => {
  it("is hidden without sessions and lives in the Sessions card when there are some", async () => {
    await mount(standardApi());
    expect(isShown(endShift())).toBe(false);
    expect(isShown(confirmButton())).toBe(false);

    unmount();
    await mount(apiWithSessions());
    expect(isShown(endShift())).toBe(true);
    expect(endShift().textContent).toBe("End shift");
    expect(endShift().type).toBe("button");
    expect(endShift().closest("section")?.querySelector("#sessions")).toBeTruthy();
    expect(isShown(confirmButton())).toBe(false);
    expect(isShown(cancelButton())).toBe(false);
  });

  it("appears after a sign-in and disappears when the last session is signed out", async () => {
    const api = standardApi();
    await mount(api);
    expect(isShown(endShift())).toBe(false);

    $("#sign-in").click();
    await settle();
    expect(isShown(endShift())).toBe(true);

    $("#sign-out").click();
    await settle();
    expect(sessionIds()).toEqual([]);
    expect(isShown(endShift())).toBe(false);
  });
});

describe("End shift confirmation", () => {
  it("asks inline, moves focus to Cancel, and calls nothing yet", async () => {
    const api = apiWithSessions();
    await mount(api);
    // The confirm button does nothing until the question has been asked.
    confirmButton().click();
    await settle();
    expect(api.callsOf("endShift")).toEqual([]);
    endShift().click();

    expect(isShown(endShift())).toBe(false);
    expect(isShown(confirmButton())).toBe(true);
    expect(isShown(cancelButton())).toBe(true);
    expect(text("#end-shift-question")).toBe("Sign out of all 2 sessions?");
    const group = confirmButton().closest("[role='group']");
    expect(group?.getAttribute("aria-labelledby")).toBe("end-shift-question");
    expect(document.activeElement).toBe(cancelButton());
    await settle();
    expect(api.callsOf("endShift")).toEqual([]);
  });

  it("words a single session without 'all'", async () => {
    const api = standardApi();
    api.snapshot.sessions = [session("agents", night)];
    await mount(api);
    endShift().click();
    expect(text("#end-shift-question")).toBe("Sign out of 1 session?");
  });

  it("Cancel goes back to the End shift button and focuses it", async () => {
    const api = apiWithSessions();
    await mount(api);
    endShift().click();
    cancelButton().click();
    await settle();
    expect(isShown(endShift())).toBe(true);
    expect(isShown(confirmButton())).toBe(false);
    expect(document.activeElement).toBe(endShift());
    expect(api.callsOf("endShift")).toEqual([]);
    expect(sessionIds()).toEqual([night.id, day.id]);
  });

  it("Escape cancels from either button", async () => {
    const api = apiWithSessions();
    await mount(api);
    endShift().click();
    key(cancelButton(), "Escape");
    expect(isShown(endShift())).toBe(true);
    expect(isShown(confirmButton())).toBe(false);
    expect(document.activeElement).toBe(endShift());

    endShift().click();
    confirmButton().focus();
    key(confirmButton(), "Escape");
    expect(isShown(confirmButton())).toBe(false);
    expect(document.activeElement).toBe(endShift());
    await settle();
    expect(api.callsOf("endShift")).toEqual([]);
  });

  it("other keys leave the confirmation open", async () => {
    await mount(apiWithSessions());
    endShift().click();
    key(cancelButton(), "Tab");
    key(cancelButton(), "a");
    expect(isShown(confirmButton())).toBe(true);
  });
});

describe("ending a shift", () => {
  it("shows progress, then clears the status panel, refreshes the list and says how many", async () => {
    const api = apiWithSessions();
    await mount(api);
    // Signed in from this window too: the status panel shows that session.
    $("#sign-in").click();
    await settle();
    expect(text("#status-summary")).toBe("Signed in to Sales-EMEA (eu-central-1)");
    expect(sessionIds()).toHaveLength(3);

    const pending = deferred<number>();
    api.endShiftImpl = () => pending.promise;
    endShift().click();
    expect(text("#end-shift-question")).toBe("Sign out of all 3 sessions?");
    confirmButton().focus();
    confirmButton().click();
    await settle();

    expect(api.callsOf("endShift")).toEqual([[]]);
    // Blocked but focusable: a keyboard user keeps focus on it while the shift ends.
    expect(confirmButton().getAttribute("aria-disabled")).toBe("true");
    expect(document.activeElement).toBe(confirmButton());
    confirmButton().click();
    expect(api.callsOf("endShift")).toHaveLength(1);
    expect(confirmButton().getAttribute("aria-busy")).toBe("true");
    expect(confirmButton().textContent).toBe("Signing out…");
    expect(isShown(confirmButton().querySelector(".spinner") as Element)).toBe(true);
    expect(cancelButton().getAttribute("aria-disabled")).toBe("true");
    // No second request, and Escape cannot cancel what is already running.
    confirmButton().click();
    key(confirmButton(), "Escape");
    expect(isShown(confirmButton())).toBe(true);
    await settle();
    expect(api.callsOf("endShift")).toHaveLength(1);

    // Meanwhile the backend has one new session (another window signed in): its announcement shows it.
    const later = instance("77777777-0000-0000-0000-000000000007", "late-shift");
    api.sessions = [session("agents", later)];
    pending.resolve(3);
    await settle();

    expect(api.callsOf("endShift")).toHaveLength(1);
    expect(sessionIds()).toEqual([later.id]);
    expect(text("#end-shift-done")).toBe("Shift ended: 3 sessions signed out.");
    expect($("#end-shift-done").closest("#status")).toBeTruthy();
    expect(document.querySelector("#sign-out")).toBeNull();
    expect(document.querySelector("#status-summary")).toBeNull();
    expect(text("#status")).not.toContain("Signed in to");
    expect(isShown($("#error"))).toBe(false);
    // Back to the plain button (the list is not empty), ready for the next person.
    expect(isShown(endShift())).toBe(true);
    expect(isShown(confirmButton())).toBe(false);
    expect(confirmButton().hasAttribute("aria-disabled")).toBe(false);
    expect(confirmButton().getAttribute("aria-busy")).toBe("false");
  });

  it("hides End shift when nothing is left, and hands focus to Sign in", async () => {
    const api = apiWithSessions();
    await mount(api);
    endShift().click();
    confirmButton().focus();
    confirmButton().click();
    await settle();

    expect(api.callsOf("endShift")).toHaveLength(1);
    expect(sessionIds()).toEqual([]);
    expect(isShown($(".sessions-empty"))).toBe(true);
    expect(isShown(endShift())).toBe(false);
    expect(isShown(confirmButton())).toBe(false);
    expect(text("#end-shift-done")).toBe("Shift ended: 2 sessions signed out.");
    expect(document.activeElement).toBe($("#sign-in"));
  });

  it("says '1 session', and the message goes away on the next action", async () => {
    const api = standardApi();
    api.snapshot.sessions = [session("agents", night)];
    api.sessions = [session("agents", night)];
    await mount(api);
    endShift().click();
    confirmButton().click();
    await settle();
    expect(text("#end-shift-done")).toBe("Shift ended: 1 session signed out.");

    $("[data-instance-id='11111111-aaaa-bbbb-cccc-000000000001']").click();
    expect(document.querySelector("#end-shift-done")).toBeNull();
    $("#sign-in").click();
    await settle();
    expect(text("#status-summary")).toContain("Signed in to");
  });

  it("replaces an earlier 'Signed out of …' note", async () => {
    const api = apiWithSessions();
    await mount(api);
    $("#sign-in").click();
    await settle();
    $("#sign-out").click();
    await settle();
    expect(text("#status")).toContain("Signed out of Sales-EMEA.");

    endShift().click();
    confirmButton().click();
    await settle();
    expect(text("#status")).not.toContain("Signed out of Sales-EMEA.");
    expect(text("#end-shift-done")).toBe("Shift ended: 2 sessions signed out.");
  });
});

describe("End shift failures", () => {
  it("shows the error and keeps the status panel and the list", async () => {
    const api = apiWithSessions();
    await mount(api);
    $("#sign-in").click();
    await settle();
    api.endShiftImpl = () =>
      Promise.reject(errorView("keychain_locked", "The keychain is locked.", "Unlock your keychain, then try again."));
    endShift().click();
    confirmButton().click();
    await settle();

    expect(api.callsOf("endShift")).toHaveLength(1);
    const panel = $("#error");
    expect(isShown(panel)).toBe(true);
    expect(panel.getAttribute("role")).toBe("alert");
    expect(text("#error .error-message")).toBe("The keychain is locked.");
    expect(text("#error .error-hint")).toBe("Unlock your keychain, then try again.");
    expect(text("#error .error-code")).toBe("keychain_locked");

    expect(text("#status-summary")).toBe("Signed in to Sales-EMEA (eu-central-1)");
    expect(text(".status-user")).toBe("alice");
    expect(document.querySelector("#end-shift-done")).toBeNull();
    expect(sessionIds()).toEqual(expect.arrayContaining([SALES, night.id, day.id]));
    expect(sessionIds()).toHaveLength(3);
    // Back to the End shift button, focused, so it can be tried again.
    expect(isShown(endShift())).toBe(true);
    expect(isShown(confirmButton())).toBe(false);
    expect(confirmButton().hasAttribute("aria-disabled")).toBe(false);
    expect(confirmButton().getAttribute("aria-busy")).toBe("false");
    expect(document.activeElement).toBe(endShift());
  });

  it("normalises odd rejections into internal errors", async () => {
    const api = apiWithSessions();
    api.endShiftImpl = () => Promise.reject(new Error("ipc down"));
    await mount(api);
    endShift().click();
    confirmButton().click();
    await settle();
    expect(text(".error-code")).toBe("internal");
    expect(text(".error-message")).toBe("ipc down");
    expect(text(".error-hint")).not.toBe("");
    expect(document.querySelector("#end-shift-done")).toBeNull();
    expect(isShown(endShift())).toBe(true);
  });

  it("clears an older error when it starts", async () => {
    const api = apiWithSessions();
    api.signInImpl = () => Promise.reject(errorView("internal", "nope"));
    await mount(api);
    $("#sign-in").click();
    await settle();
    expect(isShown($("#error"))).toBe(true);

    endShift().click();
    confirmButton().click();
    await settle();
    expect(isShown($("#error"))).toBe(false);
    expect(text("#end-shift-done")).toBe("Shift ended: 2 sessions signed out.");
  });
});
