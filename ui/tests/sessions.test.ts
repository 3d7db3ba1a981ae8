// Stored sessions: Open (resumed vs signed in again), the sign-out-in-the-browser option, and the session-expiry banner.
import { afterEach, describe, expect, it } from "vitest";
import type { SessionView } from "../src/bindings";
import type { OpenView } from "../src/bindings";
import {
  $,
  $$,
  attr,
  deferred,
  errorView,
  expiringEvent,
  instance,
  isShown,
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
const day = instance("66666666-0000-0000-0000-000000000006", "day-shift", { region: "us-west-2" });

const RESUMED = "Reopened with your stored session — no new sign-in needed.";
const SIGNED_IN_AGAIN = "Stored tokens had expired: signed in again.";

/** Two stored sessions (night-shift in "agents", day-shift in "dev"), known to the snapshot and the backend list. */
function apiWithSessions(): FakeApi {
  const api = standardApi();
  api.snapshot.sessions = [session("agents", night), session("dev", day)];
  api.sessions = [session("agents", night), session("dev", day)];
  return api;
}

const row = (id: string): HTMLElement => $(`#sessions .session-item[data-instance-id='${id}']`);
const openButton = (id: string): HTMLButtonElement => row(id).querySelector(".session-open") as HTMLButtonElement;
const signOutButton = (id: string): HTMLButtonElement => row(id).querySelector(".session-sign-out") as HTMLButtonElement;
const browserBox = (): HTMLInputElement => $("#sign-out-browser") as HTMLInputElement;
const bannerSignIn = (): HTMLButtonElement => $("#expiring-sign-in") as HTMLButtonElement;

function check(box: HTMLInputElement, on: boolean): void {
  box.checked = on;
  box.dispatchEvent(new Event("change", { bubbles: true }));
}

describe("Open", () => {
  it("sits next to Sign out in each row, labelled with the instance and profile", async () => {
    await mount(apiWithSessions());
    const open = openButton(night.id);
    expect(open.textContent).toBe("Open");
    expect(open.type).toBe("button");
    expect(attr(open, "aria-label")).toBe("Open night-shift in the browser (profile agents)");
    expect(attr(openButton(day.id), "aria-label")).toBe("Open day-shift in the browser (profile dev)");
    expect(open.nextElementSibling).toBe(signOutButton(night.id));
  });

  it("shows progress on the button, then the session with 'reopened' when the stored tokens were reused", async () => {
    const api = apiWithSessions();
    const pending = deferred<OpenView>();
    api.openSessionImpl = () => pending.promise;
    await mount(api);
    openButton(night.id).focus();
    openButton(night.id).click();
    await settle();

    expect(api.callsOf("openSession")).toEqual([["agents", night.id]]);
    const open = openButton(night.id);
    expect(open.getAttribute("aria-disabled")).toBe("true");
    expect(open.getAttribute("aria-busy")).toBe("true");
    expect(open.textContent).toBe("Opening…");
    expect(isShown(open.querySelector(".spinner") as Element)).toBe(true);
    // The same session cannot be signed out meanwhile; the other row is untouched.
    expect(signOutButton(night.id).getAttribute("aria-disabled")).toBe("true");
    expect(openButton(day.id).getAttribute("aria-disabled")).toBe(null);
    open.click();
    await settle();
    expect(api.callsOf("openSession")).toHaveLength(1);

    pending.resolve({ session: session("agents", night, { connectUsername: "bob" }), resumed: true });
    await settle();

    expect(text("#status-summary")).toBe("Signed in to night-shift (eu-west-2)");
    expect(text(".status-user")).toBe("bob");
    expect(text("#status .status-resume-note")).toBe(RESUMED);
    expect(text("#status")).not.toContain(SIGNED_IN_AGAIN);
    expect(isShown($("#error"))).toBe(false);
    // The row moved to the top (newest first) and keeps keyboard focus on its Open button.
    expect($$("#sessions .session-item").map((li) => li.getAttribute("data-instance-id"))[0]).toBe(night.id);
    expect(openButton(night.id).getAttribute("aria-disabled")).toBe(null);
    expect(openButton(night.id).getAttribute("aria-busy")).toBe("false");
    expect(openButton(night.id).textContent).toBe("Open");
    expect(document.activeElement).toBe(openButton(night.id));
    // Open does not touch the chooser or start a sign-in.
    expect(api.callsOf("signIn")).toEqual([]);
  });

  it("says it signed in again when the stored tokens had expired", async () => {
    const api = apiWithSessions();
    api.openSessionImpl = async (p, i) => ({ session: session(p, day, { instanceId: i }), resumed: false });
    await mount(api);
    openButton(day.id).click();
    await settle();

    expect(api.callsOf("openSession")).toEqual([["dev", day.id]]);
    expect(text("#status-summary")).toBe("Signed in to day-shift (us-west-2)");
    expect(text("#status .status-resume-note")).toBe(SIGNED_IN_AGAIN);
    expect(text("#status")).not.toContain(RESUMED);
  });

  it("drops the note when the next session comes from Sign in", async () => {
    const api = apiWithSessions();
    await mount(api);
    openButton(night.id).click();
    await settle();
    expect(document.querySelector(".status-resume-note")).not.toBeNull();

    $("#sign-in").click();
    await settle();
    expect(text("#status-summary")).toBe("Signed in to Sales-EMEA (eu-central-1)");
    expect(document.querySelector(".status-resume-note")).toBeNull();
  });

  it("shows a failure in the error panel and leaves the status panel alone", async () => {
    const api = apiWithSessions();
    api.openSessionImpl = () =>
      Promise.reject(errorView("credentials_rejected", "Your IAM Identity Center session has expired.", "Run aws sso login."));
    await mount(api);
    openButton(night.id).click();
    await settle();

    expect(isShown($("#error"))).toBe(true);
    expect(text("#error .error-message")).toBe("Your IAM Identity Center session has expired.");
    expect(text("#error .error-hint")).toBe("Run aws sso login.");
    expect(text("#error .error-code")).toBe("credentials_rejected");
    expect(text("#status")).not.toContain("Signed in to");
    expect(document.querySelector(".status-resume-note")).toBeNull();
    expect(openButton(night.id).getAttribute("aria-disabled")).toBe(null);
    expect(openButton(night.id).textContent).toBe("Open");
    expect(signOutButton(night.id).getAttribute("aria-disabled")).toBe(null);
  });
});

describe("signing out in the browser too", () => {
  it("is one labelled checkbox, unchecked by default, only while there is something to sign out of", async () => {
    await mount(standardApi());
    expect($$("#sign-out-browser")).toHaveLength(1);
    expect(isShown(browserBox())).toBe(false);

    unmount();
    await mount(apiWithSessions());
    expect(isShown(browserBox())).toBe(true);
    expect(browserBox().type).toBe("checkbox");
    expect(browserBox().checked).toBe(false);
    expect(document.querySelector("label[for='sign-out-browser']")?.textContent).toBe(
      "Also sign out of Amazon Connect in the browser",
    );
  });

  it("passes browser=false by default and browser=true once checked, from the list and the status panel", async () => {
    const api = apiWithSessions();
    await mount(api);

    signOutButton(night.id).click();
    await settle();
    expect(api.callsOf("signOut")).toEqual([["agents", night.id, false]]);

    check(browserBox(), true);
    signOutButton(day.id).click();
    await settle();
    expect(api.callsOf("signOut")).toEqual([
      ["agents", night.id, false],
      ["dev", day.id, true],
    ]);

    // Remembered across re-renders (a sign-in) for this window, and used by the status panel's Sign out.
    $("#sign-in").click();
    await settle();
    expect(browserBox().checked).toBe(true);
    $("#sign-out").click();
    await settle();
    expect(api.callsOf("signOut")[2]).toEqual(["agents", SALES, true]);
    expect(text("#status .status-note")).toBe(
      "Signed out of Sales-EMEA. The Amazon Connect sign-out page opened in your browser.",
    );

    // And off again.
    $("#sign-in").click();
    await settle();
    check(browserBox(), false);
    $("#sign-out").click();
    await settle();
    expect(api.callsOf("signOut")[3]).toEqual(["agents", SALES, false]);
    expect(text("#status .status-note")).toBe("Signed out of Sales-EMEA.");
  });
});

describe("session-expiry banner", () => {
  it("subscribes once and appears when a session-expiring event arrives", async () => {
    const api = apiWithSessions();
    await mount(api);
    expect(api.callsOf("onSessionExpiring")).toHaveLength(1);
    const banner = $("#expiring");
    expect(isShown(banner)).toBe(false);
    expect(banner.getAttribute("role")).toBe("status");
    expect(banner.getAttribute("aria-live")).toBe("polite");

    api.fireExpiring(expiringEvent("agents", night));
    expect(isShown(banner)).toBe(true);
    expect(text("#expiring .expiring-title")).toBe("Your night-shift session ends soon");
    expect(text("#expiring .expiring-body")).toBe(
      "Amazon Connect will sign you out of night-shift in 5 minutes. Sign in again to keep working.",
    );
    expect(bannerSignIn().textContent).toBe("Sign in again");
    expect(bannerSignIn().classList.contains("btn-primary")).toBe(true);
    expect(bannerSignIn().disabled).toBe(false);
    expect($("#expiring-dismiss").getAttribute("aria-label")).toBeTruthy();
    expect(isShown($("#expiring .expiring-more"))).toBe(false);
    // Nothing is called until the person asks.
    expect(api.callsOf("signIn")).toEqual([]);
  });

  it("Sign in again signs in to that session (not the chooser's), shows progress, and hides on success", async () => {
    const api = apiWithSessions();
    const pending = deferred<SessionView>();
    api.signInImpl = () => pending.promise;
    await mount(api);
    api.fireExpiring(expiringEvent("dev", day));
    bannerSignIn().focus();
    bannerSignIn().click();
    await settle();

    expect(api.callsOf("signIn")).toEqual([["dev", day.id]]);
    expect(bannerSignIn().disabled).toBe(true);
    expect(bannerSignIn().getAttribute("aria-busy")).toBe("true");
    expect(bannerSignIn().textContent).toBe("Signing in…");
    // One sign-in at a time; the main button waits without claiming the progress.
    const main = $("#sign-in") as HTMLButtonElement;
    expect(main.disabled).toBe(true);
    expect(main.textContent).toBe("Sign in");
    bannerSignIn().click();
    main.click();
    await settle();
    expect(api.callsOf("signIn")).toHaveLength(1);

    pending.resolve(session("dev", day));
    await settle();
    expect(isShown($("#expiring"))).toBe(false);
    expect(text("#status-summary")).toBe("Signed in to day-shift (us-west-2)");
    expect(isShown($("#error"))).toBe(false);
    expect(main.disabled).toBe(false);
    // Focus does not stay in the hidden banner.
    expect(document.activeElement).toBe(main);
  });

  it("stays, with the error in the error panel, when signing in again fails", async () => {
    const api = apiWithSessions();
    api.signInImpl = () => Promise.reject(errorView("credentials_rejected", "Your IAM Identity Center session has expired."));
    await mount(api);
    api.fireExpiring(expiringEvent("agents", night));
    bannerSignIn().click();
    await settle();

    expect(api.callsOf("signIn")).toEqual([["agents", night.id]]);
    expect(text("#error .error-code")).toBe("credentials_rejected");
    expect(isShown($("#expiring"))).toBe(true);
    expect(bannerSignIn().disabled).toBe(false);
    expect(bannerSignIn().getAttribute("aria-busy")).toBe("false");
    expect(bannerSignIn().textContent).toBe("Sign in again");
  });

  it("shows the latest of several, counts the rest, and dismiss goes through them", async () => {
    const api = apiWithSessions();
    await mount(api);
    api.fireExpiring(expiringEvent("agents", night));
    api.fireExpiring(expiringEvent("dev", day));
    expect(text("#expiring .expiring-title")).toBe("Your day-shift session ends soon");
    expect(text("#expiring .expiring-more")).toBe("+1 more");

    const third = instance("77777777-0000-0000-0000-000000000007", "late-shift");
    api.fireExpiring(expiringEvent("agents", third));
    expect(text("#expiring .expiring-title")).toBe("Your late-shift session ends soon");
    expect(text("#expiring .expiring-more")).toBe("+2 more");
    // The same session again replaces its older reminder instead of counting twice.
    api.fireExpiring(expiringEvent("agents", night, { title: "night-shift: 2 minutes left" }));
    expect(text("#expiring .expiring-title")).toBe("night-shift: 2 minutes left");
    expect(text("#expiring .expiring-more")).toBe("+2 more");

    $("#expiring-dismiss").focus();
    $("#expiring-dismiss").click();
    expect(text("#expiring .expiring-title")).toBe("Your late-shift session ends soon");
    expect(text("#expiring .expiring-more")).toBe("+1 more");
    expect(document.activeElement).toBe($("#expiring-dismiss"));

    // Sign in again answers the one shown; the next one takes its place.
    bannerSignIn().click();
    await settle();
    expect(api.callsOf("signIn")).toEqual([["agents", third.id]]);
    expect(isShown($("#expiring"))).toBe(true);
    expect(text("#expiring .expiring-title")).toBe("Your day-shift session ends soon");
    expect(isShown($("#expiring .expiring-more"))).toBe(false);

    $("#expiring-dismiss").click();
    expect(isShown($("#expiring"))).toBe(false);
    expect(document.activeElement).toBe($("#sign-in"));
    expect(api.callsOf("signIn")).toHaveLength(1);
  });

  it("goes away when that session is signed out, signed in again elsewhere, or the shift ends", async () => {
    const api = apiWithSessions();
    await mount(api);
    api.fireExpiring(expiringEvent("agents", night));
    signOutButton(night.id).click();
    await settle();
    expect(isShown($("#expiring"))).toBe(false);

    // Open that had to sign in again answers it; Open that reused the tokens does not.
    api.fireExpiring(expiringEvent("dev", day));
    openButton(day.id).click();
    await settle();
    expect(text("#status .status-resume-note")).toBe(RESUMED);
    expect(isShown($("#expiring"))).toBe(true);
    api.openSessionImpl = async (p) => ({ session: session(p, day), resumed: false });
    openButton(day.id).click();
    await settle();
    expect(isShown($("#expiring"))).toBe(false);

    api.fireExpiring(expiringEvent("dev", day));
    $("#end-shift").click();
    $("#end-shift-confirm").click();
    await settle();
    expect(isShown($("#expiring"))).toBe(false);
  });

  it("unsubscribes when the app is disposed", async () => {
    const api = apiWithSessions();
    await mount(api);
    expect(api.expiringHandlers.size).toBe(1);
    unmount();
    expect(api.expiringHandlers.size).toBe(0);
  });

  it("says so when reminders cannot be subscribed to", async () => {
    const api = apiWithSessions();
    api.subscribeImpl = () => Promise.reject("event.listen not allowed");
    await mount(api);
    expect(isShown($("#error"))).toBe(true);
    expect(text("#error .error-message")).toContain("can't show reminders");
    expect(text("#error .error-message")).toContain("event.listen not allowed");
    // The rest of the window still works.
    expect($$("#sessions .session-item")).toHaveLength(2);
  });
});
