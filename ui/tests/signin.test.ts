// Signing in and out: progress, the status panel, expiries, errors, the sessions list.
import { afterEach, describe, expect, it, vi } from "vitest";
import type { SessionView } from "../src/bindings";
import {
  $,
  $$,
  attr,
  deferred,
  instance,
  isShown,
  key,
  mount,
  NOW,
  selectedIds,
  session,
  settle,
  standardApi,
  text,
  unmount,
} from "./helpers";

afterEach(() => {
  unmount();
  vi.useRealTimers();
});

const SUPPORT = "11111111-aaaa-bbbb-cccc-000000000001";
const SALES = "22222222-aaaa-bbbb-cccc-000000000002";
const signInButton = (): HTMLButtonElement => $("#sign-in") as HTMLButtonElement;

describe("sign in", () => {
  it("is disabled until a profile and an instance are selected", async () => {
    const api = standardApi();
    api.snapshot.lastInstance = null;
    await mount(api);
    expect(signInButton().disabled).toBe(true);
    signInButton().click();
    await settle();
    expect(api.callsOf("signIn")).toEqual([]);

    $(`[data-instance-id='${SUPPORT}']`).click();
    expect(signInButton().disabled).toBe(false);
  });

  it("shows progress while signing in, then the status panel", async () => {
    const api = standardApi();
    const pending = deferred<SessionView>();
    api.signInImpl = () => pending.promise;
    await mount(api);

    expect($("#status").getAttribute("aria-live")).toBe("polite");
    signInButton().click();
    await settle();
    expect(api.callsOf("signIn")).toEqual([["agents", SALES]]);
    expect(signInButton().disabled).toBe(true);
    expect(signInButton().getAttribute("aria-busy")).toBe("true");
    expect(signInButton().textContent).toContain("Signing in…");
    expect(isShown(signInButton().querySelector(".spinner") as Element)).toBe(true);
    // No double submission, and the selection is frozen meanwhile.
    signInButton().click();
    ($("#instances") as HTMLElement).dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true }));
    expect(api.callsOf("signIn")).toHaveLength(1);
    expect(($("#profile") as HTMLSelectElement).disabled).toBe(true);

    const sales = api.instances["agents"]?.find((i) => i.id === SALES) ?? instance(SALES, "Sales-EMEA");
    pending.resolve(
      session("agents", sales, {
        userArn: "arn:aws:sts::123456789012:federated-user/jane.doe",
        region: "eu-central-1",
      }),
    );
    await settle();

    expect(signInButton().disabled).toBe(false);
    expect(signInButton().getAttribute("aria-busy")).toBe("false");
    expect(signInButton().textContent).toBe("Sign in");
    expect(isShown(signInButton().querySelector(".spinner") as Element)).toBe(false);

    expect(text("#status-summary")).toBe("Signed in to Sales-EMEA (eu-central-1)");
    expect(text(".status-user")).toBe("jane.doe");
    expect(text("#status")).toContain("Browser opened");
    const times = $$("#status time");
    expect(times).toHaveLength(2);
    expect(times[0]?.getAttribute("datetime")).toBe(new Date(NOW + (58 * 60 + 30) * 1000).toISOString());
    expect(times[0]?.textContent).not.toBe("");
    expect(text("#status")).toContain("(in 58 min)");
    expect(text("#status")).toContain("(in 12 hr)");
    expect($("#status").querySelector(".status-warning")).toBeNull();
    expect(isShown($("#error"))).toBe(false);
    // The new session also appears in the sessions list.
    expect($$("#sessions .session-item").map((li) => li.getAttribute("data-instance-id"))).toContain(SALES);
  });

  it("uses the user ID when there is no user ARN, and warns when not remembered", async () => {
    const api = standardApi();
    api.signInImpl = async (p, i) =>
      session(p, instance(i, null), { userArn: null, userId: "agent-007", remembered: false, accessTokenExpiresAt: null });
    await mount(api);
    signInButton().click();
    await settle();
    expect(text(".status-user")).toBe("agent-007");
    expect(text(".status-warning")).toBe("!The keychain is unavailable: this session will not be remembered");
    expect(text("#status")).toContain("unknown");
  });

  it("shows the Connect username and the caller's AWS identity when the backend knows them", async () => {
    const api = standardApi();
    const caller = "arn:aws:sts::123456789012:assumed-role/ConnectAgent/jane.doe";
    api.signInImpl = async (p, i) =>
      session(p, instance(i, "Sales-EMEA"), {
        connectUsername: "jane.doe",
        callerArn: caller,
        userArn: "arn:aws:connect:eu-west-2:123456789012:instance/i/agent/4f1c-uuid",
        userId: "4f1c-uuid",
      });
    await mount(api);
    $("#sign-in").click();
    await settle();
    expect(text(".status-user")).toBe("jane.doe");
    expect(attr($(".status-user"), "title")).toBe(`AWS identity: ${caller}`);
    expect(text(".status-caller")).toBe(`AWS identity: ${caller}`);
    expect(attr($(".status-caller"), "title")).toBe(`AWS identity: ${caller}`);
    // The caller line belongs to the "Connect user" term.
    expect($(".status-caller").previousElementSibling).toBe($(".status-user"));
    expect(text(`#sessions .session-item[data-instance-id='${SALES}'] .session-user`)).toBe("jane.doe");
    expect(attr($(`#sessions .session-item[data-instance-id='${SALES}'] .session-user`), "title")).toBe(
      `AWS identity: ${caller}`,
    );
  });

  it("falls back to the user ARN without a username, and shows no AWS identity line when unknown", async () => {
    const api = standardApi();
    api.signInImpl = async (p, i) =>
      session(p, instance(i, "Sales-EMEA"), {
        connectUsername: null,
        callerArn: null,
        userArn: "arn:aws:connect:eu-west-2:123456789012:instance/i/agent/4f1c-uuid",
      });
    await mount(api);
    $("#sign-in").click();
    await settle();
    expect(text(".status-user")).toBe("4f1c-uuid");
    expect($(".status-user").hasAttribute("title")).toBe(false);
    expect(document.querySelector(".status-caller")).toBeNull();
    expect(text("#status")).not.toContain("AWS identity");
  });

  it("updates the relative expiry every 30 seconds", async () => {
    vi.useFakeTimers({ toFake: ["setInterval", "clearInterval"] });
    let now = NOW;
    const api = standardApi();
    await mount(api, { now: () => now });
    signInButton().click();
    await settle();
    expect(text("#status")).toContain("(in 58 min)");

    now = NOW + 30 * 60_000;
    vi.advanceTimersByTime(30_000);
    expect(text("#status")).toContain("(in 28 min)");

    now = NOW + 59 * 60_000; // 30 s after the access token expired
    vi.advanceTimersByTime(30_000);
    expect(text("#status")).toContain("(expired less than a minute ago)");
    expect($("#status .relative-time.is-expired")).toBeTruthy();
  });

  it("Enter in the search box signs in to the highlighted instance with its profile", async () => {
    const api = standardApi();
    await mount(api);
    expect(document.activeElement).toBe($("#search"));
    key($("#search"), "Enter");
    await settle();
    expect(api.callsOf("signIn")).toEqual([["agents", SALES]]);
  });
});

describe("sign-in errors", () => {
  it("shows message, hint and code, and re-enables the button", async () => {
    const api = standardApi();
    const pending = deferred<SessionView>();
    api.signInImpl = () => pending.promise;
    await mount(api);
    signInButton().click();
    await settle();
    pending.reject({
      code: "sso_token_expired",
      message: "Your IAM Identity Center session has expired.",
      hint: "Run aws sso login --profile agents, then try again.",
    });
    await settle();

    const panel = $("#error");
    expect(isShown(panel)).toBe(true);
    expect(panel.getAttribute("role")).toBe("alert");
    expect(text("#error .error-message")).toBe("Your IAM Identity Center session has expired.");
    expect(text("#error .error-hint")).toBe("Run aws sso login --profile agents, then try again.");
    expect(text("#error .error-code")).toBe("sso_token_expired");
    expect(signInButton().disabled).toBe(false);
    expect(signInButton().textContent).toBe("Sign in");
    expect(text("#status")).not.toContain("Signed in to");
  });

  it("normalises a non-ErrorView rejection into an internal error", async () => {
    const api = standardApi();
    api.signInImpl = () => Promise.reject(new TypeError("boom"));
    await mount(api);
    signInButton().click();
    await settle();
    expect(text(".error-message")).toBe("boom");
    expect(text(".error-code")).toBe("internal");
    expect(text(".error-hint")).not.toBe("");
  });

  it("clears the error on the next action", async () => {
    const api = standardApi();
    api.signInImpl = () => Promise.reject({ code: "x", message: "nope", hint: "" });
    await mount(api);
    signInButton().click();
    await settle();
    expect(isShown($("#error"))).toBe(true);
    expect(isShown($(".error-hint"))).toBe(false);

    $(`[data-instance-id='${SUPPORT}']`).click();
    expect(isShown($("#error"))).toBe(false);
    expect(selectedIds()).toEqual([SUPPORT]);
  });

  it("can be dismissed", async () => {
    const api = standardApi();
    api.signInImpl = () => Promise.reject({ code: "x", message: "nope", hint: "h" });
    await mount(api);
    signInButton().click();
    await settle();
    $("#error .banner-close").click();
    expect(isShown($("#error"))).toBe(false);
  });
});

describe("sign out", () => {
  it("signs out from the status panel and clears it", async () => {
    const api = standardApi();
    await mount(api);
    signInButton().click();
    await settle();
    expect(text(".status-user")).toBe("alice");

    const pending = deferred<void>();
    api.signOutImpl = () => pending.promise;
    $("#sign-out").focus();
    $("#sign-out").click();
    await settle();
    expect(api.callsOf("signOut")).toEqual([["agents", SALES, false]]);
    expect(($("#sign-out") as HTMLButtonElement).disabled).toBe(true);

    pending.resolve();
    await settle();
    expect(document.querySelector("#sign-out")).toBeNull();
    expect(text("#status")).not.toContain("Signed in to");
    expect(text("#status")).toContain("Signed out of Sales-EMEA.");
    expect($$("#sessions .session-item")).toHaveLength(0);
    expect(isShown($(".sessions-empty"))).toBe(true);
    // Focus is not lost to <body>.
    expect(document.activeElement).toBe(signInButton());
  });

  it("keeps the status panel when sign-out fails", async () => {
    const api = standardApi();
    await mount(api);
    signInButton().click();
    await settle();
    api.signOutImpl = () => Promise.reject({ code: "keychain_locked", message: "The keychain is locked.", hint: "Unlock it." });
    $("#sign-out").click();
    await settle();
    expect(text(".error-code")).toBe("keychain_locked");
    expect(text(".status-user")).toBe("alice");
    expect(($("#sign-out") as HTMLButtonElement).disabled).toBe(false);
  });

  it("signs out of a session from the sessions list", async () => {
    const api = standardApi();
    const night = instance("55555555-0000-0000-0000-000000000005", "night-shift");
    const day = instance("66666666-0000-0000-0000-000000000006", "day-shift");
    api.snapshot.sessions = [session("agents", night), session("dev", day)];
    api.sessions = [session("dev", day)];
    await mount(api);
    expect($$("#sessions .session-item")).toHaveLength(2);

    const button = $(`#sessions .session-item[data-instance-id='${night.id}'] .session-sign-out`);
    expect(attr(button, "aria-label")).toBe("Sign out of night-shift (profile agents)");
    button.click();
    await settle();
    expect(api.callsOf("signOut")).toEqual([["agents", night.id, false]]);
    expect($$("#sessions .session-item").map((li) => li.getAttribute("data-instance-id"))).toEqual([day.id]);
  });

  it("lists sessions with a refreshed backend list after signing in", async () => {
    const api = standardApi();
    const other = instance("88888888-0000-0000-0000-000000000008", "elsewhere");
    api.sessions = [session("dev", other)];
    await mount(api);
    signInButton().click();
    await settle();
    const ids = $$("#sessions .session-item").map((li) => li.getAttribute("data-instance-id"));
    // The backend's list plus the session just made (even if it was not remembered there).
    expect(ids).toContain(other.id);
    expect(ids).toContain(SALES);
  });
});
