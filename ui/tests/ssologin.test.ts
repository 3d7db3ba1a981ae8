// Sign in with IAM Identity Center: offered for sso_expired, the browser flow ("approve in your browser", "Use a code
// instead"), the code panel, approval (continues what failed), expiry, denial, Cancel / Escape in either order, start
// failures, and focus.
import { afterEach, describe, expect, it, vi } from "vitest";
import type { SessionView, SsoLoginView } from "../src/bindings";
import {
  $,
  $$,
  chooseProfile,
  deferred,
  errorView,
  expiringEvent,
  instance,
  isShown,
  key,
  mount,
  NOW,
  session,
  settle,
  browserLoginView,
  SSO_CANCELLED,
  ssoLoginView,
  standardApi,
  text,
  unmount,
  type FakeApi,
} from "./helpers";

afterEach(() => {
  unmount();
  vi.useRealTimers();
});

const SUPPORT = "11111111-aaaa-bbbb-cccc-000000000001";
const SALES = "22222222-aaaa-bbbb-cccc-000000000002";
const TITLE = "Sign in with IAM Identity Center";
const INTRO = "Your browser opened the IAM Identity Center page. Check that it shows this code, then approve:";
const DONE = "IAM Identity Center sign-in succeeded for profile agents.";

const SSO_EXPIRED = errorView(
  "sso_expired",
  "Your IAM Identity Center session for profile agents has expired.",
  "Run `aws sso login --profile agents` and try again.",
);
const LOGIN_EXPIRED = errorView(
  "sso_login_expired",
  "The IAM Identity Center sign-in for https://acme.awsapps.com/start was not approved in time.",
  "Start it again and approve it in the browser within a few minutes.",
);
const LOGIN_DENIED = errorView(
  "sso_login_denied",
  "The IAM Identity Center sign-in for https://acme.awsapps.com/start was denied.",
  "If that was not you, tell IT. Otherwise start the sign-in again and approve it.",
);

const signInButton = (): HTMLButtonElement => $("#sign-in") as HTMLButtonElement;
const ssoButton = (): HTMLButtonElement => $("#sso-login") as HTMLButtonElement;
const panel = (): HTMLElement => $("#sso-login-panel");
const cancelButton = (): HTMLButtonElement => $("#sso-login-cancel") as HTMLButtonElement;

/** The standard backend whose first sign-in fails because the IAM Identity Center token expired; later ones work. */
function expiredApi(): FakeApi {
  const api = standardApi();
  let first = true;
  const fallback = api.signInImpl;
  api.signInImpl = (p, i) => {
    if (first) {
      first = false;
      return Promise.reject(SSO_EXPIRED);
    }
    return fallback(p, i);
  };
  return api;
}

/** Mounts, clicks Sign in (which fails with sso_expired). */
async function failedSignIn(api: FakeApi = expiredApi()): Promise<FakeApi> {
  await mount(api);
  signInButton().click();
  await settle();
  expect(text(".error-code")).toBe("sso_expired");
  return api;
}

/** …then Sign in with IAM Identity Center: the panel shows the code and the app waits for approval. */
async function waitingForApproval(api: FakeApi = expiredApi()): Promise<FakeApi> {
  await failedSignIn(api);
  ssoButton().click();
  await settle();
  expect(isShown(panel())).toBe(true);
  expect(api.ssoWaiting("agents")).toBe(true);
  return api;
}

describe("the Sign in with IAM Identity Center button", () => {
  it("appears with an sso_expired error, next to its message, hint and code", async () => {
    await failedSignIn();
    expect(isShown($("#error"))).toBe(true);
    expect(text(".error-message")).toBe(SSO_EXPIRED.message);
    expect(text(".error-hint")).toBe(SSO_EXPIRED.hint);
    expect(isShown(ssoButton())).toBe(true);
    expect(ssoButton().textContent).toBe(TITLE);
    expect(ssoButton().type).toBe("button");
    expect(ssoButton().classList.contains("btn-primary")).toBe(true);
    expect(ssoButton().disabled).toBe(false);
    expect($("#error").contains(ssoButton())).toBe(true);
    expect(isShown(panel())).toBe(false);
  });

  it("does not appear for other errors, and goes with the error", async () => {
    const api = standardApi();
    api.signInImpl = () => Promise.reject(errorView("credentials_rejected", "AWS rejected the credentials.", "Check them."));
    await mount(api);
    signInButton().click();
    await settle();
    expect(isShown($("#error"))).toBe(true);
    expect(isShown(ssoButton())).toBe(false);

    // An sso_expired error offers it; the next, different error does not keep it.
    api.signInImpl = () => Promise.reject(SSO_EXPIRED);
    signInButton().click();
    await settle();
    expect(isShown(ssoButton())).toBe(true);
    api.signInImpl = () => Promise.reject(errorView("internal", "boom", "Try again."));
    signInButton().click();
    await settle();
    expect(text(".error-code")).toBe("internal");
    expect(isShown(ssoButton())).toBe(false);

    api.signInImpl = () => Promise.reject(SSO_EXPIRED);
    signInButton().click();
    await settle();
    $("#error .banner-close").click();
    expect(isShown($("#error"))).toBe(false);
    expect(isShown(ssoButton())).toBe(false);
    expect(api.callsOf("ssoLoginStart")).toEqual([]);
  });
});

describe("starting", () => {
  it("calls sso_login_start for the failed profile, shows busy, then the code panel with focus", async () => {
    const api = await failedSignIn();
    const start = deferred<SsoLoginView>();
    api.ssoLoginStartImpl = () => start.promise;
    ssoButton().focus();
    ssoButton().click();
    await settle();
    expect(api.callsOf("ssoLoginStart")).toEqual([["agents", "browser"]]);
    expect(ssoButton().disabled).toBe(true);
    expect(ssoButton().getAttribute("aria-busy")).toBe("true");
    expect(isShown(ssoButton().querySelector(".spinner") as Element)).toBe(true);
    // A second click does nothing; Sign in and the chooser wait.
    ssoButton().click();
    await settle();
    expect(api.callsOf("ssoLoginStart")).toHaveLength(1);
    expect(signInButton().disabled).toBe(true);
    expect(($("#profile") as HTMLSelectElement).disabled).toBe(true);
    expect(isShown(panel())).toBe(false);

    start.resolve(ssoLoginView("agents"));
    await settle();
    expect(isShown(panel())).toBe(true);
    expect(isShown($("#error"))).toBe(false);
    expect(panel().getAttribute("role")).toBe("dialog");
    expect($(`#${panel().getAttribute("aria-labelledby") ?? "missing"}`).textContent).toBe(TITLE);
    expect(text("#sso-login-panel h2")).toBe(TITLE);
    expect(text("#sso-login-panel")).toContain(INTRO);
    expect(text("#sso-user-code")).toBe("WDJB-MJHT");
    expect(text("#sso-login-panel .sso-login-validity")).toBe("Code valid for 9 min");
    expect(isShown($("#sso-login-panel .spinner"))).toBe(true);
    expect(text("#sso-login-panel")).toContain("Waiting for approval…");
    expect(cancelButton().textContent).toBe("Cancel");
    expect(document.activeElement).toBe(panel());
    // The code is announced with the panel; the UI opens nothing itself (the backend opened the browser).
    expect(panel().getAttribute("aria-describedby")?.split(" ")).toContain("sso-user-code");
    expect(document.querySelector("a[href]")).toBeNull();
    expect(api.callsOf("ssoLoginWait")).toEqual([["agents"]]);
    // Still waiting: Sign in, the reminder's Sign in again and the chooser stay disabled.
    expect(signInButton().disabled).toBe(true);
    expect(text("#sign-in-help")).toBe("Waiting for the IAM Identity Center sign-in…");
    expect($("#instances").getAttribute("aria-disabled")).toBe("true");
    expect(($("#instance-paste") as HTMLInputElement).disabled).toBe(true);
    $(`[data-instance-id='${SUPPORT}']`).click();
    expect(($("[aria-selected='true']") as HTMLElement).getAttribute("data-instance-id")).toBe(SALES);
  });

  it("counts the code's validity down with the clock, and says when it ran out", async () => {
    vi.useFakeTimers({ toFake: ["setInterval", "clearInterval"] });
    let now = NOW;
    const api = expiredApi();
    await mount(api, { now: () => now });
    signInButton().click();
    await settle();
    ssoButton().click();
    await settle();
    expect(text(".sso-login-validity")).toBe("Code valid for 9 min");

    now = NOW + 5 * 60_000;
    vi.advanceTimersByTime(30_000);
    expect(text(".sso-login-validity")).toBe("Code valid for 4 min");
    now = NOW + 9 * 60_000;
    vi.advanceTimersByTime(30_000);
    expect(text(".sso-login-validity")).toBe("Code valid for less than a minute");
    expect($(".sso-login-validity").classList.contains("is-expired")).toBe(false);
    now = NOW + 10 * 60_000;
    vi.advanceTimersByTime(30_000);
    expect(text(".sso-login-validity")).toBe("Code expired");
    expect($(".sso-login-validity").classList.contains("is-expired")).toBe(true);
  });

  it("shows a failed start in the error panel, back to normal", async () => {
    const api = await failedSignIn();
    api.ssoLoginStartImpl = () =>
      Promise.reject(errorView("not_sso_profile", "Profile agents has no IAM Identity Center settings.", "Check ~/.aws/config."));
    ssoButton().focus();
    ssoButton().click();
    await settle();
    expect(isShown($("#error"))).toBe(true);
    expect(text(".error-code")).toBe("not_sso_profile");
    expect(text(".error-message")).toBe("Profile agents has no IAM Identity Center settings.");
    expect(text(".error-hint")).toBe("Check ~/.aws/config.");
    expect(isShown(ssoButton())).toBe(false);
    expect(isShown(panel())).toBe(false);
    expect(api.callsOf("ssoLoginWait")).toEqual([]);
    expect(signInButton().disabled).toBe(false);
    expect(document.activeElement).toBe(signInButton());
  });

  it("keeps offering it when the start itself says the token is expired", async () => {
    const api = await failedSignIn();
    api.ssoLoginStartImpl = () => Promise.reject(SSO_EXPIRED);
    ssoButton().click();
    await settle();
    expect(text(".error-code")).toBe("sso_expired");
    expect(isShown(ssoButton())).toBe(true);
    expect(ssoButton().disabled).toBe(false);
  });
});

describe("approval", () => {
  it("hides the panel, notes it, and re-runs the failed sign-in with the same profile and instance", async () => {
    const api = await waitingForApproval();
    const pending = deferred<SessionView>();
    api.signInImpl = () => pending.promise;
    api.approveSso("agents");
    await settle();

    expect(isShown(panel())).toBe(false);
    expect(isShown($("#error"))).toBe(false);
    expect(api.callsOf("signIn")).toEqual([
      ["agents", SALES],
      ["agents", SALES],
    ]);
    // The normal sign-in path: progress on the button, the note in the status area.
    expect(signInButton().getAttribute("aria-busy")).toBe("true");
    expect(text("#sign-in")).toBe("Signing in…");
    expect(text("#status .sso-login-done")).toBe(DONE);
    // Sign in is disabled while it runs: focus waits on its card, not in the hidden panel.
    expect(document.activeElement).toBe($(".signin-card"));

    const sales = instance(SALES, "Sales-EMEA", { region: "eu-central-1" });
    pending.resolve(session("agents", sales));
    await settle();
    expect(text("#status-summary")).toBe("Signed in to Sales-EMEA (eu-central-1)");
    expect(text("#status .sso-login-done")).toBe(DONE);
    expect(signInButton().disabled).toBe(false);
    expect(document.activeElement).toBe(signInButton());
    expect(api.callsOf("ssoLoginCancel")).toEqual([]);

    // The note goes with the next action.
    $(`[data-instance-id='${SUPPORT}']`).click();
    expect(document.querySelector(".sso-login-done")).toBeNull();
  });

  it("shows the re-run sign-in's own failure in the error panel", async () => {
    const api = await waitingForApproval();
    api.signInImpl = () => Promise.reject(errorView("access_denied", "Connect refused the sign-in.", "Ask an admin."));
    api.approveSso("agents");
    await settle();
    expect(api.callsOf("signIn")).toHaveLength(2);
    expect(text(".error-code")).toBe("access_denied");
    expect(isShown(ssoButton())).toBe(false);
    expect(signInButton().disabled).toBe(false);
    expect(document.activeElement).toBe(signInButton());
  });

  it("continues a Sign in again from the expiry reminder with that session", async () => {
    const api = standardApi();
    const night = instance("55555555-0000-0000-0000-000000000005", "night-shift");
    api.snapshot.sessions = [session("dev", night)];
    let calls = 0;
    api.signInImpl = async (p, i) => {
      calls++;
      if (calls === 1) {
        throw SSO_EXPIRED;
      }
      return session(p, night, { instanceId: i });
    };
    await mount(api);
    api.fireExpiring(expiringEvent("dev", night));
    $("#expiring-sign-in").click();
    await settle();
    expect(isShown(ssoButton())).toBe(true);
    ssoButton().click();
    await settle();
    expect(api.callsOf("ssoLoginStart")).toEqual([["dev", "browser"]]);
    expect(($("#expiring-sign-in") as HTMLButtonElement).disabled).toBe(true);
    api.approveSso("dev");
    await settle();
    expect(api.callsOf("signIn")).toEqual([
      ["dev", night.id],
      ["dev", night.id],
    ]);
    expect(isShown($("#expiring"))).toBe(false);
    expect(text("#status-summary")).toBe("Signed in to night-shift (eu-west-2)");
    expect(text(".sso-login-done")).toContain("profile dev");
  });

  it("discovers the profile again when choosing it showed sso_expired (no sign-in)", async () => {
    const api = standardApi();
    api.profileErrors["agents"] = SSO_EXPIRED;
    api.instances["agents"] = [];
    await mount(api);
    // The background discovery of every profile only notes it in the status line.
    expect(isShown($("#error"))).toBe(false);
    expect(text("#discovery-status")).toContain(`agents: ${SSO_EXPIRED.message}`);

    chooseProfile("agents");
    await settle();
    expect(text(".error-code")).toBe("sso_expired");
    expect($$("#instances [role='option']")).toHaveLength(0);
    ssoButton().focus();
    ssoButton().click();
    await settle();
    // Fresh credentials: discovery works again.
    delete api.profileErrors["agents"];
    api.instances["agents"] = [instance(SUPPORT, "support-uk"), instance(SALES, "Sales-EMEA")];
    api.approveSso("agents");
    await settle();
    expect(api.callsOf("discoverInstances")).toEqual([
      [null, false],
      ["agents", false],
      ["agents", true],
    ]);
    expect($$("#instances [role='option']")).toHaveLength(2);
    // The remembered instance is preselected as on a normal start; signing in stays the person's choice.
    expect(($("[aria-selected='true']") as HTMLElement).getAttribute("data-instance-id")).toBe(SALES);
    expect(api.callsOf("signIn")).toEqual([]);
    expect(isShown($("#error"))).toBe(false);
    expect(text(".sso-login-done")).toBe(DONE);
    expect(document.activeElement).toBe(signInButton());
  });

  it("re-runs Open when reopening a session failed with sso_expired", async () => {
    const api = standardApi();
    const night = instance("55555555-0000-0000-0000-000000000005", "night-shift");
    api.snapshot.sessions = [session("agents", night)];
    let opened = 0;
    api.openSessionImpl = async (p, i) => {
      opened++;
      if (opened === 1) {
        throw SSO_EXPIRED;
      }
      return { session: session(p, night, { instanceId: i }), resumed: false };
    };
    await mount(api);
    $(".session-open").click();
    await settle();
    ssoButton().click();
    await settle();
    api.approveSso("agents");
    await settle();
    expect(api.callsOf("openSession")).toEqual([
      ["agents", night.id],
      ["agents", night.id],
    ]);
    expect(api.callsOf("signIn")).toEqual([]);
    expect(text("#status-summary")).toBe("Signed in to night-shift (eu-west-2)");
    expect(text(".sso-login-done")).toBe(DONE);
  });
});

describe("wait failures", () => {
  it("shows sso_login_expired with the button again, and a retry starts over", async () => {
    const api = await waitingForApproval();
    api.rejectSso("agents", LOGIN_EXPIRED);
    await settle();
    expect(isShown(panel())).toBe(false);
    expect(isShown($("#error"))).toBe(true);
    expect(text(".error-message")).toBe(LOGIN_EXPIRED.message);
    expect(text(".error-hint")).toBe(LOGIN_EXPIRED.hint);
    expect(text(".error-code")).toBe("sso_login_expired");
    expect(isShown(ssoButton())).toBe(true);
    expect(ssoButton().disabled).toBe(false);
    expect(signInButton().disabled).toBe(false);
    expect(document.activeElement).toBe(signInButton());
    expect(api.callsOf("signIn")).toHaveLength(1);

    ssoButton().click();
    await settle();
    expect(api.callsOf("ssoLoginStart")).toEqual([["agents", "browser"], ["agents", "browser"]]);
    api.approveSso("agents");
    await settle();
    expect(api.callsOf("signIn")).toEqual([
      ["agents", SALES],
      ["agents", SALES],
    ]);
  });

  it("shows other failures without the button", async () => {
    const api = await waitingForApproval();
    api.rejectSso("agents", LOGIN_DENIED);
    await settle();
    expect(isShown(panel())).toBe(false);
    expect(text(".error-code")).toBe("sso_login_denied");
    expect(text(".error-message")).toBe(LOGIN_DENIED.message);
    expect(isShown(ssoButton())).toBe(false);
    expect(api.callsOf("signIn")).toHaveLength(1);

    // A transport failure is normalised too.
    unmount();
    const other = await waitingForApproval();
    other.rejectSso("agents", { code: "internal", message: "ipc down", hint: "Try again." });
    await settle();
    expect(text(".error-code")).toBe("internal");
    expect(isShown(panel())).toBe(false);
  });

  it("treats sso_login_cancelled from elsewhere as a cancel: no error", async () => {
    const api = await waitingForApproval();
    api.rejectSso("agents", SSO_CANCELLED);
    await settle();
    expect(isShown(panel())).toBe(false);
    expect(isShown($("#error"))).toBe(false);
    expect(signInButton().disabled).toBe(false);
    expect(api.callsOf("signIn")).toHaveLength(1);
  });
});

describe("cancel", () => {
  it("Cancel calls sso_login_cancel, closes the panel without an error, and returns focus to Sign in", async () => {
    const api = await waitingForApproval();
    cancelButton().focus();
    cancelButton().click();
    await settle();
    expect(api.callsOf("ssoLoginCancel")).toEqual([["agents"]]);
    expect(api.ssoWaiting("agents")).toBe(false);
    expect(isShown(panel())).toBe(false);
    expect(isShown($("#error"))).toBe(false);
    expect(document.querySelector(".sso-login-done")).toBeNull();
    expect(signInButton().disabled).toBe(false);
    expect(document.activeElement).toBe(signInButton());
    expect(api.callsOf("signIn")).toHaveLength(1);
    // Sign in works again as usual.
    signInButton().click();
    await settle();
    expect(api.callsOf("signIn")).toHaveLength(2);
    expect(text("#status-summary")).toContain("Sales-EMEA");
  });

  it("Escape in the panel cancels", async () => {
    const api = await waitingForApproval();
    key(document.activeElement ?? panel(), "Escape");
    await settle();
    expect(api.callsOf("ssoLoginCancel")).toEqual([["agents"]]);
    expect(isShown(panel())).toBe(false);
    expect(isShown($("#error"))).toBe(false);
    expect(document.activeElement).toBe(signInButton());

    // Escape elsewhere does nothing to a later sign-in's panel.
    signInButton().click();
    await settle();
    expect(api.callsOf("ssoLoginCancel")).toHaveLength(1);
  });

  it("handles the wait rejecting before sso_login_cancel answers", async () => {
    const api = await waitingForApproval();
    const answer = deferred<boolean>();
    api.ssoLoginCancelImpl = (p) => {
      api.cancelSso(p); // the wait rejects with sso_login_cancelled first
      return answer.promise;
    };
    cancelButton().click();
    await settle();
    expect(isShown(panel())).toBe(false);
    expect(isShown($("#error"))).toBe(false);
    answer.resolve(true);
    await settle();
    expect(isShown($("#error"))).toBe(false);
    expect(signInButton().disabled).toBe(false);
  });

  it("handles sso_login_cancel answering before the wait rejects, and ignores a late approval", async () => {
    const api = await waitingForApproval();
    api.ssoLoginCancelImpl = async () => true; // the wait is still pending
    cancelButton().click();
    await settle();
    expect(isShown(panel())).toBe(false);
    expect(signInButton().disabled).toBe(false);

    // The approval raced the cancel: the person chose Cancel, so nothing continues.
    api.approveSso("agents");
    await settle();
    expect(api.callsOf("signIn")).toHaveLength(1);
    expect(document.querySelector(".sso-login-done")).toBeNull();
    expect(isShown($("#error"))).toBe(false);
  });

  it("a late sso_login_cancelled does not touch a newer attempt", async () => {
    const api = await waitingForApproval();
    api.ssoLoginCancelImpl = async () => true;
    cancelButton().click();
    await settle();
    const stale = api.ssoWaiting("agents");
    expect(stale).toBe(true);

    // Sign in fails again and a new IAM Identity Center sign-in starts.
    api.signInImpl = () => Promise.reject(SSO_EXPIRED);
    signInButton().click();
    await settle();
    api.ssoLoginWaitImpl = () => new Promise<void>(() => {});
    ssoButton().click();
    await settle();
    expect(isShown(panel())).toBe(true);
    api.rejectSso("agents", SSO_CANCELLED); // the first wait, answering late
    await settle();
    expect(isShown(panel())).toBe(true);
  });

  it("stops the backend's wait when the window goes away", async () => {
    const api = await waitingForApproval();
    unmount();
    expect(api.callsOf("ssoLoginCancel")).toEqual([["agents"]]);
    await settle();
    expect(api.callsOf("signIn")).toHaveLength(1);
  });

  it("shows a failing sso_login_cancel in the error panel", async () => {
    const api = await waitingForApproval();
    api.ssoLoginCancelImpl = () => Promise.reject(errorView("internal", "ipc down", "Try again."));
    cancelButton().click();
    await settle();
    expect(isShown(panel())).toBe(false);
    expect(text(".error-message")).toBe("ipc down");
  });
});

describe("the browser flow", () => {
  const BROWSER_INTRO =
    "Approve the sign-in in your browser. It comes back here by itself; there is no code to compare.";
  const useCode = (): HTMLButtonElement => $("#sso-login-use-code") as HTMLButtonElement;

  /** The backend runs the browser flow when asked for it, the device flow when asked for a code. */
  function browserApi(): FakeApi {
    const api = expiredApi();
    api.ssoLoginStartImpl = async (p, method) => (method === "browser" ? browserLoginView(p) : ssoLoginView(p));
    return api;
  }

  it("asks to approve in the browser, with no code, and offers a code instead", async () => {
    const api = await waitingForApproval(browserApi());
    expect(api.callsOf("ssoLoginStart")).toEqual([["agents", "browser"]]);
    expect(text("#sso-login-intro")).toBe(BROWSER_INTRO);
    expect(isShown($(".sso-login-code"))).toBe(false);
    expect(text("#sso-user-code")).toBe("");
    expect(panel().getAttribute("aria-describedby")).toBe("sso-login-intro");
    expect(isShown(useCode())).toBe(true);
    expect(useCode().tagName).toBe("BUTTON");
    expect(useCode().type).toBe("button");
    expect(useCode().textContent).toBe("Use a code instead");
    expect(document.activeElement).toBe(panel());
    expect(panel().textContent).not.toContain("authorize");
  });

  it("continues what failed once the browser comes back", async () => {
    const api = await waitingForApproval(browserApi());
    api.approveSso("agents");
    await settle();
    expect(isShown(panel())).toBe(false);
    expect(text(".sso-login-done")).toBe(DONE);
    expect(api.callsOf("signIn")).toHaveLength(2);
  });

  it("Use a code instead cancels the browser sign-in and shows the code, with focus on the panel", async () => {
    const api = await waitingForApproval(browserApi());
    useCode().focus();
    useCode().click();
    await settle();
    expect(api.callsOf("ssoLoginCancel")).toEqual([["agents"]]);
    expect(api.callsOf("ssoLoginStart")).toEqual([
      ["agents", "browser"],
      ["agents", "deviceCode"],
    ]);
    expect(isShown(panel())).toBe(true);
    expect(text("#sso-login-intro")).toBe(INTRO);
    expect(text("#sso-user-code")).toBe("WDJB-MJHT");
    expect(isShown(useCode())).toBe(false);
    expect(document.activeElement).toBe(panel());
    // No error from the cancelled browser sign-in; the device sign-in is the one waited for.
    expect(isShown($("#error"))).toBe(false);
    expect(api.ssoWaiting("agents")).toBe(true);
    api.approveSso("agents");
    await settle();
    expect(text(".sso-login-done")).toBe(DONE);
  });

  it("Cancel and Escape end the browser sign-in too", async () => {
    const api = await waitingForApproval(browserApi());
    key(panel(), "Escape");
    await settle();
    expect(isShown(panel())).toBe(false);
    expect(api.callsOf("ssoLoginCancel")).toEqual([["agents"]]);
    expect(isShown($("#error"))).toBe(false);
  });

  it("a refused browser sign-in shows its error", async () => {
    const api = await waitingForApproval(browserApi());
    const refused = errorView(
      "sso_login_refused",
      "The browser came back with an IAM Identity Center answer that does not belong to this sign-in; it was refused.",
      "Start the sign-in again from Connect SSO. If this keeps happening, tell IT.",
    );
    api.rejectSso("agents", refused);
    await settle();
    expect(isShown(panel())).toBe(false);
    expect(text(".error-code")).toBe("sso_login_refused");
    expect(text(".error-message")).toBe(refused.message);
  });
});

describe("an expired IAM Identity Center sign-in in the instance list", () => {
  it("offers the in-app sign-in there instead of a command to run", async () => {
    const api = standardApi();
    api.profileErrors["agents"] = {
      code: "sso_expired",
      message: "The IAM Identity Center sign-in of profile 'agents' is missing or expired.",
      hint: "Run `aws sso login --profile 'agents'` and try again.",
      text: { id: "error-sso-expired", args: { profile: "agents", quoted: "'agents'" } },
    };
    await mount(api);
    const line = $(".discovery-profile-error[data-profile='agents']");
    expect(line.textContent).not.toContain("aws sso login");
    expect(line.textContent).toContain("Sign in with IAM Identity Center");
    const button = line.querySelector<HTMLButtonElement>(".discovery-sso-login");
    expect(button).not.toBeNull();
    button?.click();
    await settle();
    expect(api.callsOf("ssoLoginStart")[0]).toEqual(["agents", "browser"]);
  });
});
