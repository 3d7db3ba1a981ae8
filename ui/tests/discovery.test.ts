// Discovery status: "N instances in R regions · updated …" for the chosen profile or all, kept current by the clock;
// Refresh (busy while running); profile-wide and per-region failures; the catalog-changed event.
import { afterEach, describe, expect, it, vi } from "vitest";
import type { CatalogView } from "../src/bindings";
import {
  $,
  $$,
  chooseProfile,
  deferred,
  errorView,
  instance,
  isShown,
  mount,
  NOW,
  NOW_S,
  optionIds,
  plain,
  settle,
  standardApi,
  text,
  unmount,
} from "./helpers";

afterEach(() => {
  unmount();
  vi.useRealTimers();
});

const refresh = (): HTMLButtonElement => $("#refresh-instances") as HTMLButtonElement;

describe("the status line", () => {
  it("says how many instances in how many regions, and how old the list is", async () => {
    const api = standardApi();
    await mount(api);
    expect(text("#discovery-status .discovery-summary")).toBe("4 instances in 3 regions");
    expect(text("#discovery-status")).toContain("4 instances in 3 regions · updated 3 min ago");
    expect($("#discovery-status .discovery-summary").getAttribute("role")).toBe("status");

    chooseProfile("agents");
    await settle();
    expect(text("#discovery-status")).toContain("3 instances in 3 regions · updated 3 min ago");
    chooseProfile("dev");
    await settle();
    expect(text("#discovery-status")).toContain("1 instance in 1 region");
  });

  it("moves the age on with the clock tick", async () => {
    vi.useFakeTimers({ toFake: ["setInterval", "clearInterval"] });
    let now = NOW;
    await mount(standardApi(), { now: () => now });
    expect(text(".discovery-age")).toBe("· updated 3 min ago");
    now = NOW + 60 * 60_000;
    vi.advanceTimersByTime(30_000);
    expect(text(".discovery-age")).toBe("· updated 1 hr 3 min ago");
  });

  it("says when nothing was looked up yet", async () => {
    const api = standardApi();
    api.fetchedAt = null;
    api.instances = { dev: [], agents: [] };
    await mount(api);
    expect(text("#discovery-status .discovery-summary")).toBe("Instances not looked up yet");
    expect(isShown($(".discovery-age"))).toBe(false);
  });
});

describe("Refresh", () => {
  it("discovers every profile again, busy while it runs, and shows the result", async () => {
    const api = standardApi();
    await mount(api);
    const pending = deferred<CatalogView>();
    api.discoverImpl = () => pending.promise;
    refresh().click();
    await settle();
    expect(api.callsOf("discoverInstances")).toEqual([
      [null, false],
      [null, true],
    ]);
    expect(refresh().getAttribute("aria-busy")).toBe("true");
    expect(refresh().disabled).toBe(true);
    expect(text("#refresh-instances")).toBe("Refreshing…");
    expect(text(".discovery-summary")).toBe("4 instances in 3 regions · refreshing…");
    expect($("#instances").getAttribute("aria-busy")).toBe("true");
    // Still usable meanwhile: the list stays.
    expect(optionIds()).toHaveLength(4);
    refresh().click();
    expect(api.callsOf("discoverInstances")).toHaveLength(2);

    api.instances["agents"]?.push(instance("55555555-0000-0000-0000-000000000005", "night-shift", { region: "ap-southeast-2" }));
    api.fetchedAt = NOW_S;
    pending.resolve(api.catalogView());
    await settle();
    expect(refresh().getAttribute("aria-busy")).toBe("false");
    expect(refresh().disabled).toBe(false);
    expect(optionIds()).toContain("55555555-0000-0000-0000-000000000005");
    expect(text("#discovery-status")).toContain("5 instances in 4 regions · updated just now");
  });

  it("refreshes only the chosen profile", async () => {
    const api = standardApi();
    await mount(api);
    chooseProfile("dev");
    await settle();
    refresh().click();
    await settle();
    expect(api.callsOf("discoverInstances")).toEqual([
      [null, false],
      ["dev", false],
      ["dev", true],
    ]);
  });

  it("shows the backend's own refreshing state", async () => {
    const api = standardApi();
    api.refreshingProfiles.add("agents");
    await mount(api);
    expect(text(".discovery-summary")).toContain("refreshing…");
    expect(refresh().getAttribute("aria-busy")).toBe("true");
    api.refreshingProfiles.clear();
    api.fire("catalog-changed", api.catalogView());
    expect(text(".discovery-summary")).toBe("4 instances in 3 regions");
  });

  it("shows a rejected discovery in the error panel", async () => {
    const api = standardApi();
    await mount(api);
    api.discoverImpl = () => Promise.reject(errorView("invalid_parameter", "Unknown profile", "Reload."));
    refresh().click();
    await settle();
    expect(text(".error-message")).toBe("Unknown profile");
    expect(refresh().disabled).toBe(false);
  });
});

describe("failures", () => {
  it("lists failing regions compactly without hiding the other regions' instances", async () => {
    const api = standardApi();
    api.regionErrors["agents"] = {
      "eu-west-2": errorView("throttled", "Rate exceeded", "Try again in a minute."),
      "ap-northeast-1": errorView("access_denied", "Not authorized"),
    };
    await mount(api);
    expect($$(".discovery-region-error").map((li) => plain(li.textContent))).toEqual([
      "eu-west-2: Rate exceeded",
      "ap-northeast-1: Not authorized",
    ]);
    expect($(".discovery-region-error").getAttribute("title")).toBe("Try again in a minute.");
    expect(optionIds()).toHaveLength(4);
    // Not an error panel: the rest worked.
    expect(isShown($("#error"))).toBe(false);
  });

  it("names the profile with a region error when several profiles fail", async () => {
    const api = standardApi();
    api.regionErrors["agents"] = { "eu-west-2": errorView("throttled", "Rate exceeded") };
    api.regionErrors["dev"] = { "us-east-1": errorView("throttled", "Rate exceeded") };
    await mount(api);
    expect($$(".discovery-region-error").map((li) => plain(li.textContent))).toEqual([
      "dev · us-east-1: Rate exceeded",
      "agents · eu-west-2: Rate exceeded",
    ]);
  });

  it("shows a profile-wide error with its hint, and only the chosen profile's", async () => {
    const api = standardApi();
    api.profileErrors["dev"] = errorView("no_credentials", "No credentials for profile dev", "Run aws configure.");
    await mount(api);
    expect(text(".discovery-profile-error")).toBe("dev: No credentials for profile dev Run aws configure.");
    // Everything else still listed.
    expect(optionIds()).toHaveLength(4);

    chooseProfile("agents");
    await settle();
    expect($$(".discovery-profile-error")).toHaveLength(0);
    expect(isShown($(".discovery-errors"))).toBe(false);
  });

  it("reports a Refresh that needs an IAM Identity Center sign-in in the error panel, ready to fix", async () => {
    const api = standardApi();
    await mount(api);
    api.profileErrors["agents"] = errorView("sso_expired", "Your IAM Identity Center session expired.", "");
    refresh().click();
    await settle();
    expect(text(".error-code")).toBe("sso_expired");
    expect(isShown($("#sso-login"))).toBe(true);
  });
});

describe("catalog-changed", () => {
  it("replaces the list with the event's catalog", async () => {
    const api = standardApi();
    await mount(api);
    api.instances = { dev: [], agents: [instance("i-new", "brand-new")] };
    api.fire("catalog-changed", api.catalogView());
    expect(optionIds()).toEqual(["i-new"]);
    expect(text(".discovery-summary")).toBe("1 instance in 1 region");
    // Malformed payloads are ignored.
    api.fire("catalog-changed", { entries: "nope" });
    expect(optionIds()).toEqual(["i-new"]);
  });
});
