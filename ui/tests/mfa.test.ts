// MFA codes: the error panel's form for mfa_required / mfa_invalid, submitting (trimmed, Enter, busy), re-running what
// failed (sign-in, Open, discovering a profile) with a note, and a refused code asking again.
import { afterEach, describe, expect, it } from "vitest";
import {
  $,
  chooseProfile,
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
const SUPPORT = "11111111-aaaa-bbbb-cccc-000000000001";
const MFA_REQUIRED = errorView(
  "mfa_required",
  "Profile agents needs a code from MFA device arn:aws:iam::123456789012:mfa/alice.",
  "Type the code your authenticator shows.",
);
const MFA_INVALID = errorView("mfa_invalid", "AWS refused the MFA code.", "Type the current six-digit code.");
const DONE = "MFA code accepted for profile agents.";

const form = (): HTMLElement => $(".mfa-form");
const input = (): HTMLInputElement => $("#mfa-code") as HTMLInputElement;
const submit = (): HTMLButtonElement => $("#mfa-submit") as HTMLButtonElement;

/** Like the backend: every sign-in fails with mfa_required until a code was accepted. */
function mfaApi(): FakeApi {
  const api = standardApi();
  let accepted = false;
  const fallback = api.signInImpl;
  api.signInImpl = (p, i) => (accepted ? fallback(p, i) : Promise.reject(MFA_REQUIRED));
  api.submitMfaCodeImpl = async (_p, code) => {
    if (!/^[0-9]{6}$/.test(code) || code === "000000") {
      throw MFA_INVALID;
    }
    accepted = true;
  };
  return api;
}

async function failedSignIn(api: FakeApi = mfaApi()): Promise<FakeApi> {
  await mount(api);
  ($("#sign-in") as HTMLButtonElement).click();
  await settle();
  expect(text(".error-code")).toBe("mfa_required");
  return api;
}

function typeCode(value: string): void {
  input().value = value;
  input().dispatchEvent(new Event("input", { bubbles: true }));
}

describe("the MFA code form", () => {
  it("appears in the error panel with mfa_required: labelled, numeric, focused", async () => {
    await failedSignIn();
    expect(isShown(form())).toBe(true);
    expect($("#error").contains(form())).toBe(true);
    expect(text(".error-message")).toBe(MFA_REQUIRED.message);
    const label = $("label[for='mfa-code']");
    expect(label.textContent).toBe("MFA code");
    expect(input().getAttribute("inputmode")).toBe("numeric");
    expect(input().getAttribute("autocomplete")).toBe("one-time-code");
    expect(input().getAttribute("maxlength")).toBe("6");
    expect(input().getAttribute("pattern")).toBe("[0-9]{6}");
    expect(document.activeElement).toBe(input());
    expect(submit().textContent).toBe("Continue");
    expect(submit().classList.contains("btn-primary")).toBe(true);
    expect(submit().disabled).toBe(false);
    expect(isShown($("#sso-login"))).toBe(false);
  });

  it("does not appear for other errors, and goes with the error", async () => {
    const api = standardApi();
    api.signInImpl = () => Promise.reject(errorView("credentials_rejected", "AWS rejected the credentials.", "Check them."));
    await mount(api);
    ($("#sign-in") as HTMLButtonElement).click();
    await settle();
    expect(isShown($("#error"))).toBe(true);
    expect(isShown(form())).toBe(false);

    api.signInImpl = () => Promise.reject(MFA_REQUIRED);
    ($("#sign-in") as HTMLButtonElement).click();
    await settle();
    expect(isShown(form())).toBe(true);

    api.signInImpl = () => Promise.reject(errorView("sso_expired", "Expired.", ""));
    ($("#sign-in") as HTMLButtonElement).click();
    await settle();
    expect(isShown(form())).toBe(false);
    expect(isShown($("#sso-login"))).toBe(true);

    api.signInImpl = () => Promise.reject(MFA_REQUIRED);
    ($("#sign-in") as HTMLButtonElement).click();
    await settle();
    ($(".banner-close[aria-label='Dismiss error']") as HTMLButtonElement).click();
    expect(isShown($("#error"))).toBe(false);
  });
});

describe("submitting an MFA code", () => {
  it("sends the profile and trimmed code, re-runs the sign-in with the same profile and instance, and notes it", async () => {
    const api = await failedSignIn();
    typeCode("  123456 ");
    submit().click();
    await settle();
    expect(api.callsOf("submitMfaCode")).toEqual([["agents", "123456"]]);
    expect(api.callsOf("signIn")).toEqual([
      ["agents", SALES],
      ["agents", SALES],
    ]);
    expect(isShown($("#error"))).toBe(false);
    expect(text("#status-summary")).toBe("Signed in to Sales-EMEA (eu-central-1)");
    expect(text("#status .mfa-done")).toBe(DONE);
    expect(document.activeElement).toBe($("#sign-in"));

    // The note goes with the next action.
    ($("#sign-in") as HTMLButtonElement).click();
    await settle();
    expect(document.querySelector("#status .mfa-done")).toBeNull();
  });

  it("submits with Enter", async () => {
    const api = await failedSignIn();
    typeCode("654321");
    key(input(), "Enter");
    await settle();
    expect(api.callsOf("submitMfaCode")).toEqual([["agents", "654321"]]);
    expect(text("#status .mfa-done")).toBe(DONE);
  });

  it("is disabled and busy while running, and submits once", async () => {
    const api = await failedSignIn();
    const reply = deferred<void>();
    api.submitMfaCodeImpl = () => reply.promise;
    typeCode("123456");
    submit().click();
    await settle();
    expect(submit().disabled).toBe(true);
    expect(submit().getAttribute("aria-busy")).toBe("true");
    expect(($("#sign-in") as HTMLButtonElement).disabled).toBe(true);
    key(input(), "Enter");
    submit().click();
    await settle();
    expect(api.callsOf("submitMfaCode")).toHaveLength(1);

    reply.resolve();
    await settle();
    expect(submit().getAttribute("aria-busy")).toBe("false");
    expect(submit().disabled).toBe(false);
    expect(api.callsOf("signIn")).toHaveLength(2);
  });

  it("does nothing with an empty code", async () => {
    const api = await failedSignIn();
    typeCode("   ");
    submit().click();
    await settle();
    expect(api.callsOf("submitMfaCode")).toEqual([]);
    expect(isShown(form())).toBe(true);
  });

  it("asks again after mfa_invalid: new error, input cleared and focused, then a good code continues", async () => {
    const api = await failedSignIn();
    typeCode("000000");
    submit().click();
    await settle();
    expect(text(".error-code")).toBe("mfa_invalid");
    expect(text(".error-message")).toBe(MFA_INVALID.message);
    expect(isShown(form())).toBe(true);
    expect(input().value).toBe("");
    expect(document.activeElement).toBe(input());
    expect(api.callsOf("signIn")).toHaveLength(1);

    typeCode("123456");
    key(input(), "Enter");
    await settle();
    expect(api.callsOf("signIn")).toEqual([
      ["agents", SALES],
      ["agents", SALES],
    ]);
    expect(text("#status .mfa-done")).toBe(DONE);
  });

  it("shows another error without the form", async () => {
    const api = await failedSignIn();
    api.submitMfaCodeImpl = () => Promise.reject(errorView("network", "No connection to AWS.", "Check the network."));
    typeCode("123456");
    submit().click();
    await settle();
    expect(text(".error-code")).toBe("network");
    expect(isShown(form())).toBe(false);
    expect(api.callsOf("signIn")).toHaveLength(1);
  });

  it("re-runs Open for a stored session", async () => {
    const api = standardApi();
    const support = instance(SUPPORT, "support-uk");
    api.sessions = [session("agents", support)];
    api.snapshot.sessions = [session("agents", support)];
    let accepted = false;
    api.openSessionImpl = async (p, i) => {
      if (!accepted) {
        throw MFA_REQUIRED;
      }
      return { session: session(p, instance(i, "support-uk")), resumed: false };
    };
    api.submitMfaCodeImpl = async () => {
      accepted = true;
    };
    await mount(api);
    ($(".session-open") as HTMLButtonElement).click();
    await settle();
    expect(isShown(form())).toBe(true);
    typeCode("123456");
    submit().click();
    await settle();
    expect(api.callsOf("openSession")).toEqual([
      ["agents", SUPPORT],
      ["agents", SUPPORT],
    ]);
    expect(text("#status-summary")).toBe("Signed in to support-uk (eu-west-2)");
    expect(text("#status .mfa-done")).toBe(DONE);
  });

  it("re-runs the discovery of the chosen profile", async () => {
    const api = standardApi();
    api.profileErrors["agents"] = MFA_REQUIRED;
    api.submitMfaCodeImpl = async () => {
      delete api.profileErrors["agents"];
    };
    await mount(api);
    // The background discovery of every profile only notes it in the status line; choosing the profile asks.
    expect(isShown($("#error"))).toBe(false);
    chooseProfile("agents");
    await settle();
    expect(isShown(form())).toBe(true);
    expect(text(".error-message")).toBe(MFA_REQUIRED.message);
    typeCode("123456");
    submit().click();
    await settle();
    expect(api.callsOf("submitMfaCode")).toEqual([["agents", "123456"]]);
    expect(api.callsOf("discoverInstances")).toEqual([
      [null, false],
      ["agents", false],
      ["agents", true],
    ]);
    expect(isShown($("#error"))).toBe(false);
    expect(text("#status .mfa-done")).toBe(DONE);
    expect(text("#discovery-status")).not.toContain(MFA_REQUIRED.message);
  });
});
