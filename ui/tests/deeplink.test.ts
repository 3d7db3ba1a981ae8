// Deep links: the confirmation names profile and instance, nothing runs before Sign in, Sign in takes the normal path,
// a newer link waits behind the one on screen, Sign in counts only once the link has been on screen a moment, the
// custom-endpoint warning, links pending at launch, and refused links.
import { afterEach, describe, expect, it, vi } from "vitest";
import type { SessionView } from "../src/bindings";
import {
  $,
  deepLink,
  deferred,
  errorView,
  instance,
  isShown,
  key,
  mount,
  profile,
  session,
  settle,
  standardApi,
  text,
  unmount,
} from "./helpers";

afterEach(() => unmount());

const SUPPORT = "11111111-aaaa-bbbb-cccc-000000000001";
const ARN = `arn:aws:connect:eu-west-2:123456789012:instance/${SUPPORT}`;
const LINK = deepLink("agents", SUPPORT, { label: "support-uk", region: "eu-west-2", instance: ARN });

const dialog = (): HTMLElement => $("#deep-link-dialog");

describe("a deep-link event", () => {
  it("asks first, naming the profile and the instance, and calls nothing", async () => {
    const api = standardApi();
    await mount(api);
    const before = api.calls.length;
    api.fire("deep-link", LINK);
    expect(isShown(dialog())).toBe(true);
    expect(dialog().getAttribute("role")).toBe("alertdialog");
    expect(dialog().getAttribute("aria-modal")).toBe("true");
    expect(text("#deep-link-question")).toBe(`Sign in to support-uk (${SUPPORT}) with profile agents?`);
    expect(text("#deep-link-dialog")).toContain("Region: eu-west-2");
    expect(dialog().getAttribute("aria-describedby")).toBe("deep-link-question");
    // The link came from outside: Cancel has focus, the page behind is inert.
    expect(document.activeElement).toBe($("#deep-link-cancel"));
    expect($("main").hasAttribute("inert")).toBe(true);
    await settle();
    expect(api.calls.slice(before)).toEqual([]);
  });

  it("signs in through the normal path on Sign in: the link's profile and instance, status, sessions", async () => {
    const api = standardApi();
    await mount(api);
    api.fire("deep-link", LINK);
    const pending = deferred<SessionView>();
    api.signInImpl = () => pending.promise;
    const before = api.calls.length;
    $("#deep-link-confirm").click();
    await settle();
    expect(isShown(dialog())).toBe(false);
    expect(api.callsOf("signIn")).toEqual([["agents", ARN]]);
    expect(($("#sign-in") as HTMLButtonElement).getAttribute("aria-busy")).toBe("true");

    pending.resolve(session("agents", instance(SUPPORT, "support-uk")));
    await settle();
    expect(text("#status-summary")).toBe("Signed in to support-uk (eu-west-2)");
    expect($(`#sessions [data-instance-id='${SUPPORT}']`)).toBeTruthy();
    // Nothing is asked after the click: the sessions and the catalog arrive as announcements.
    expect(api.calls.slice(before).map((c) => c.method)).toEqual(["signIn"]);
  });

  it("shows a failed sign-in in the error panel", async () => {
    const api = standardApi();
    api.signInImpl = () => Promise.reject(errorView("user_not_found", "No Amazon Connect user", "Ask your admin."));
    await mount(api);
    api.fire("deep-link", LINK);
    $("#deep-link-confirm").click();
    await settle();
    expect(text(".error-code")).toBe("user_not_found");
  });

  it("Cancel and Escape close it without calling anything", async () => {
    const api = standardApi();
    await mount(api);
    $("#search").focus();
    api.fire("deep-link", LINK);
    $("#deep-link-cancel").click();
    expect(isShown(dialog())).toBe(false);
    expect(document.activeElement).toBe($("#search"));
    api.fire("deep-link", LINK);
    key($("#deep-link-cancel"), "Escape");
    expect(isShown(dialog())).toBe(false);
    await settle();
    expect(api.callsOf("signIn")).toEqual([]);
  });

  it("never replaces the link on screen: a newer one waits, says so, and comes next", async () => {
    const api = standardApi();
    await mount(api);
    const DEV = "44444444-aaaa-bbbb-cccc-000000000004";
    api.fire("deep-link", LINK);
    expect(text("#deep-link-queued")).toBe("");
    api.fire("deep-link", deepLink("dev", DEV));
    // The Sign in button still means the link the person is reading.
    expect(text("#deep-link-question")).toBe(`Sign in to support-uk (${SUPPORT}) with profile agents?`);
    expect(text("#deep-link-queued")).toBe("Another link arrived. It is shown when you answer this one.");
    expect($("#deep-link-queued").getAttribute("role")).toBe("status");
    $("#deep-link-confirm").click();
    await settle();
    expect(api.callsOf("signIn")).toEqual([["agents", ARN]]);
    // The next one takes its place, from Cancel, with nothing queued behind it.
    expect(isShown(dialog())).toBe(true);
    expect(text("#deep-link-question")).toBe(`Sign in to ${DEV} with profile dev?`);
    expect(text("#deep-link-dialog")).not.toContain("Region:");
    expect(text("#deep-link-queued")).toBe("");
    expect(document.activeElement).toBe($("#deep-link-cancel"));
    $("#deep-link-cancel").click();
    expect(isShown(dialog())).toBe(false);
    await settle();
    expect(api.callsOf("signIn")).toEqual([["agents", ARN]]);
  });

  it("keeps only the newest waiting link, and ignores the one on screen arriving again", async () => {
    const api = standardApi();
    await mount(api);
    api.fire("deep-link", LINK);
    api.fire("deep-link", LINK);
    expect(text("#deep-link-queued")).toBe("");
    for (let i = 1; i <= 9; i++) {
      api.fire("deep-link", deepLink("dev", `4444444${i}-aaaa-bbbb-cccc-000000000004`));
    }
    $("#deep-link-cancel").click();
    expect(text("#deep-link-question")).toBe("Sign in to 44444449-aaaa-bbbb-cccc-000000000004 with profile dev?");
    $("#deep-link-cancel").click();
    expect(isShown(dialog())).toBe(false);
  });

  it("lets Sign in count only once the link has been on screen a moment", async () => {
    const api = standardApi();
    await mount(api, { deepLinkArmMs: 1000 });
    vi.useFakeTimers();
    try {
      api.fire("deep-link", LINK);
      const confirm = $("#deep-link-confirm") as HTMLButtonElement;
      expect(confirm.disabled).toBe(true);
      // A click already on its way when the dialog opened does nothing.
      confirm.click();
      expect(api.callsOf("signIn")).toEqual([]);
      vi.advanceTimersByTime(999);
      expect(confirm.disabled).toBe(true);
      vi.advanceTimersByTime(1);
      expect(confirm.disabled).toBe(false);
      // The next link starts its own wait.
      api.fire("deep-link", deepLink("dev", "44444444-aaaa-bbbb-cccc-000000000004"));
      confirm.click();
      expect(api.callsOf("signIn")).toEqual([["agents", ARN]]);
      expect(confirm.disabled).toBe(true);
      vi.advanceTimersByTime(1000);
      expect(confirm.disabled).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });

  it("shows the custom-endpoint warning of the link's profile", async () => {
    const api = standardApi();
    api.snapshot.profiles = [profile("agents"), { ...profile("dev"), customEndpoint: true }];
    await mount(api);
    api.fire("deep-link", LINK);
    expect(isShown($(".deep-link-endpoint"))).toBe(false);
    $("#deep-link-cancel").click();
    api.fire("deep-link", deepLink("dev", "44444444-aaaa-bbbb-cccc-000000000004"));
    expect(isShown($(".deep-link-endpoint"))).toBe(true);
    expect(text(".deep-link-endpoint .badge-custom-endpoint")).toBe("custom endpoint");
    expect(text(".deep-link-endpoint")).toContain("custom endpoint set in your AWS configuration");
  });

  it("warns about a profile this computer does not have", async () => {
    const api = standardApi();
    await mount(api);
    api.fire("deep-link", deepLink("prod", SUPPORT));
    expect(text(".deep-link-unknown")).toBe("There is no AWS profile named prod on this computer: the sign-in will fail.");
  });

  it("asks the same-instance-twice question too", async () => {
    const api = standardApi();
    api.snapshot.sessions = [session("dev", instance(SUPPORT, "support-uk"))];
    await mount(api);
    api.fire("deep-link", LINK);
    $("#deep-link-confirm").click();
    await settle();
    expect(api.callsOf("signIn")).toEqual([]);
    expect(isShown($("#duplicate-warning"))).toBe(true);
    $("#duplicate-continue").click();
    await settle();
    expect(api.callsOf("signIn")).toEqual([["agents", ARN]]);
  });

  it("waits for a sign-in already running before it can sign in", async () => {
    const api = standardApi();
    const pending = deferred<SessionView>();
    api.signInImpl = () => pending.promise;
    await mount(api);
    $("#sign-in").click();
    await settle();
    api.fire("deep-link", LINK);
    expect(($("#deep-link-confirm") as HTMLButtonElement).disabled).toBe(true);
    pending.resolve(session("agents", instance("22222222-aaaa-bbbb-cccc-000000000002", "Sales-EMEA")));
    await settle();
    expect(($("#deep-link-confirm") as HTMLButtonElement).disabled).toBe(false);
  });
});

describe("links at launch", () => {
  it("shows the snapshot's pending link", async () => {
    const api = standardApi();
    api.snapshot.pendingDeepLink = LINK;
    await mount(api);
    expect(isShown(dialog())).toBe(true);
    expect(document.activeElement).toBe($("#deep-link-cancel"));
    expect(api.callsOf("signIn")).toEqual([]);
    // After closing, focus lands somewhere useful.
    $("#deep-link-cancel").click();
    expect(document.activeElement).toBe($("#search"));
  });

  it("takes a link that arrived before the window listened, once", async () => {
    const api = standardApi();
    api.pendingLink = deepLink("dev", "44444444-aaaa-bbbb-cccc-000000000004", { label: "dev-lab" });
    await mount(api);
    expect(api.callsOf("takeDeepLink")).toHaveLength(1);
    // Subscribed before asking, so nothing falls between the two.
    const order = api.calls.map((c) => c.method);
    expect(order.indexOf("onDeepLink")).toBeLessThan(order.indexOf("takeDeepLink"));
    expect(text("#deep-link-question")).toBe("Sign in to dev-lab (44444444-aaaa-bbbb-cccc-000000000004) with profile dev?");
  });

  it("keeps working when take_deep_link fails", async () => {
    const api = standardApi();
    api.takeDeepLink = () => Promise.reject(errorView("internal", "no such command"));
    await mount(api);
    expect(isShown(dialog())).toBe(false);
    expect(isShown($("#error"))).toBe(false);
  });
});

describe("app-error", () => {
  it("shows a tray or launch sign-in failure in the error panel", async () => {
    const api = standardApi();
    api.snapshot.profiles = [profile("agents")];
    await mount(api);
    api.fire("app-error", errorView("user_not_found", "No Connect user for jane.doe.", "Ask your admin."));
    expect(isShown($("#error"))).toBe(true);
    expect(text(".error-code")).toBe("user_not_found");
  });
});

describe("deep-link-error", () => {
  it("shows in the error panel", async () => {
    const api = standardApi();
    api.snapshot.profiles = [profile("agents")];
    await mount(api);
    api.fire("deep-link-error", errorView("deep_link_invalid", "The link is not a Connect SSO sign-in link.", "Ask for a new link."));
    expect(isShown($("#error"))).toBe(true);
    expect(text(".error-code")).toBe("deep_link_invalid");
    expect(text(".error-hint")).toBe("Ask for a new link.");
  });
});
