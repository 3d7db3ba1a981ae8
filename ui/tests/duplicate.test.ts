// Same agent twice: signing in to an instance already signed in under another profile asks first (inline Continue /
// Cancel); only Continue signs in.
import { afterEach, describe, expect, it } from "vitest";
import { $, instance, isShown, key, mount, session, settle, standardApi, text, unmount, type FakeApi } from "./helpers";

afterEach(() => unmount());

const SALES = "22222222-aaaa-bbbb-cccc-000000000002";
const QUESTION = "You are already signed in to Sales-EMEA with profile dev. Signing in again may end that session.";

/** Sales-EMEA (remembered, under agents) is also signed in under the dev profile. */
function twiceApi(): FakeApi {
  const api = standardApi();
  const sales = instance(SALES, "Sales-EMEA", { region: "eu-central-1" });
  api.snapshot.sessions = [session("dev", sales)];
  api.sessions = [session("dev", sales)];
  return api;
}

const warning = (): HTMLElement => $("#duplicate-warning");

describe("same instance, other profile", () => {
  it("asks before signing in, and calls nothing until Continue", async () => {
    const api = twiceApi();
    await mount(api);
    expect(isShown(warning())).toBe(false);
    $("#sign-in").click();
    await settle();
    expect(api.callsOf("signIn")).toEqual([]);
    expect(isShown(warning())).toBe(true);
    expect(text("#duplicate-question")).toBe(QUESTION);
    expect(warning().getAttribute("role")).toBe("group");
    expect(warning().getAttribute("aria-labelledby")).toBe("duplicate-question");
    // The least risky choice has focus.
    expect(document.activeElement).toBe($("#duplicate-cancel"));

    $("#duplicate-continue").click();
    await settle();
    expect(api.callsOf("signIn")).toEqual([["agents", SALES]]);
    expect(isShown(warning())).toBe(false);
    expect(text("#status-summary")).toBe("Signed in to Sales-EMEA (eu-central-1)");
  });

  it("Cancel (or Escape) signs in to nothing and gives focus back to Sign in", async () => {
    const api = twiceApi();
    await mount(api);
    key($("#search"), "Enter");
    await settle();
    expect(isShown(warning())).toBe(true);
    $("#duplicate-cancel").click();
    expect(isShown(warning())).toBe(false);
    expect(document.activeElement).toBe($("#sign-in"));

    $("#sign-in").click();
    await settle();
    key($("#duplicate-cancel"), "Escape");
    expect(isShown(warning())).toBe(false);
    await settle();
    expect(api.callsOf("signIn")).toEqual([]);
  });

  it("goes away when another instance is chosen", async () => {
    const api = twiceApi();
    await mount(api);
    $("#sign-in").click();
    await settle();
    $("[data-instance-id='11111111-aaaa-bbbb-cccc-000000000001']").click();
    expect(isShown(warning())).toBe(false);
  });

  it("does not ask for the same profile, nor without such a session; matches IDs case-insensitively", async () => {
    const api = standardApi();
    api.snapshot.sessions = [session("agents", instance(SALES, "Sales-EMEA"))];
    await mount(api);
    $("#sign-in").click();
    await settle();
    expect(isShown(warning())).toBe(false);
    expect(api.callsOf("signIn")).toEqual([["agents", SALES]]);

    const upper = standardApi();
    upper.snapshot.sessions = [session("dev", instance(SALES.toUpperCase(), "Sales-EMEA"))];
    await mount(upper);
    $("#sign-in").click();
    await settle();
    expect(isShown(warning())).toBe(true);
  });
});
