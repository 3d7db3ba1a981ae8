// Startup: the snapshot fills the profile picker and the list (cached catalog first, then a background discovery),
// preselects the remembered instance, and empty/failed states.
import { afterEach, describe, expect, it } from "vitest";
import {
  $,
  $$,
  attr,
  catalogOf,
  chooseProfile,
  deferred,
  discovery,
  errorView,
  FakeApi,
  instance,
  isShown,
  messagesIn,
  mount,
  NOW,
  optionIds,
  plain,
  profile,
  selectedIds,
  settle,
  standardApi,
  text,
  unmount,
} from "./helpers";
import type { CatalogView } from "../src/bindings";

afterEach(() => unmount());

describe("startup", () => {
  it("populates profiles, lists every profile's instances and preselects the last instance", async () => {
    const api = standardApi();
    await mount(api);

    const select = $("#profile") as HTMLSelectElement;
    expect(Array.from(select.options).map((o) => o.value)).toEqual(["", "dev", "agents"]);
    expect(select.options[0]?.textContent).toBe("All profiles");
    expect(select.options[1]?.textContent).toContain("static keys");
    expect(select.options[1]?.textContent).toContain("us-east-1");
    expect(select.options[2]?.textContent).toContain("IAM Identity Center");
    expect(select.value).toBe("");
    expect(document.querySelector("label[for='profile']")?.textContent).toBeTruthy();

    expect(optionIds()).toEqual([
      "44444444-aaaa-bbbb-cccc-000000000004",
      "11111111-aaaa-bbbb-cccc-000000000001",
      "22222222-aaaa-bbbb-cccc-000000000002",
      "33333333-aaaa-bbbb-cccc-000000000003",
    ]);
    expect(selectedIds()).toEqual(["22222222-aaaa-bbbb-cccc-000000000002"]);
    const active = document.querySelector("[data-instance-id='22222222-aaaa-bbbb-cccc-000000000002']")?.id;
    expect($("#instances").getAttribute("aria-activedescendant")).toBe(active);
    expect($("#search").getAttribute("aria-activedescendant")).toBe(active);
    expect(($("#sign-in") as HTMLButtonElement).disabled).toBe(false);
    expect(text("#summary-profile")).toBe("agents");
    // Preselection is not a user choice: nothing is re-saved.
    expect(api.callsOf("rememberSelection")).toEqual([]);
    // One-click: the search box has focus and Enter signs in to the highlighted instance.
    expect(document.activeElement).toBe($("#search"));
  });

  it("renders the cached catalog at once, then brings it up to date in the background", async () => {
    const api = standardApi();
    const fresh = deferred<CatalogView>();
    const stale = api.catalogView();
    stale.entries = stale.entries.slice(0, 1);
    api.snapshot.catalog = stale;
    api.discoverImpl = () => fresh.promise;
    const root = document.createElement("div");
    document.body.replaceChildren(root);
    const { mountApp } = await import("../src/app");
    const handle = mountApp(root, api, messagesIn("en"), { now: () => NOW });
    await handle.ready;
    await settle();

    expect(optionIds()).toEqual(["44444444-aaaa-bbbb-cccc-000000000004"]);
    expect(api.callsOf("discoverInstances")).toEqual([[null, false]]);
    expect($("#refresh-instances").getAttribute("aria-busy")).toBe("true");
    expect(text("#discovery-status")).toContain("refreshing…");

    fresh.resolve(api.catalogView());
    await settle();
    expect(optionIds()).toHaveLength(4);
    // The remembered instance shows up with the fresh list and is highlighted then.
    expect(selectedIds()).toEqual(["22222222-aaaa-bbbb-cccc-000000000002"]);
    expect($("#refresh-instances").getAttribute("aria-busy")).toBe("false");
    expect(text("#discovery-status")).not.toContain("refreshing");
    handle.dispose();
  });

  it("asks for the snapshot without waiting for the catalogue, draws everything once it comes, then focuses search", async () => {
    const api = standardApi();
    const catalogue = deferred<ReturnType<typeof messagesIn>>();
    const root = document.createElement("div");
    document.body.replaceChildren(root);
    const { mountApp } = await import("../src/app");
    const handle = mountApp(root, api, catalogue.promise, { now: () => NOW });
    await settle();

    // Listening and the snapshot went ahead; nothing is drawn in a language not yet known.
    expect(api.callsOf("appSnapshot")).toHaveLength(1);
    expect(api.callsOf("onSessionsChanged")).toHaveLength(1);
    expect(root.childElementCount).toBe(0);
    let started = false;
    void handle.ready.then(() => (started = true));
    await settle();
    expect(started).toBe(false);

    catalogue.resolve(messagesIn("de"));
    await handle.ready;
    await settle();
    expect(document.documentElement.lang).toBe("de");
    expect(optionIds()).toHaveLength(4);
    expect(selectedIds()).toEqual(["22222222-aaaa-bbbb-cccc-000000000002"]);
    expect(document.activeElement?.id).toBe("search");
    // The snapshot's settings are not a language change: the catalogue is not asked for again.
    expect(api.callsOf("localization")).toEqual([]);
    handle.dispose();
  });

  it("shows label, profile, region, account and status for each instance", async () => {
    const api = standardApi();
    api.instances["agents"] = [
      instance("i-1", "active-saml"),
      instance("i-2", "managed", { identityManagementType: "CONNECT_MANAGED" }),
      instance("i-3", null, { status: "CREATION_IN_PROGRESS", region: "ap-southeast-2" }),
    ];
    api.snapshot.lastInstance = null;
    await mount(api);

    const [saml, managed, pending] = ["i-1", "i-2", "i-3"].map((id) => $(`[data-instance-id='${id}']`));
    expect(saml?.textContent).toContain("active-saml");
    expect(saml?.textContent).toContain("eu-west-2");
    expect(saml?.textContent).toContain("123456789012");
    expect(saml?.querySelector(".instance-profile")?.textContent).toBe("agents");
    expect(saml?.getAttribute("data-profile")).toBe("agents");
    expect(saml?.querySelector(".instance-note")).toBeNull();
    expect(saml?.classList.contains("is-inactive")).toBe(false);

    // Flagged, not hidden.
    expect(managed?.querySelector(".instance-note")?.textContent).toBe("Not SAML — sign-in may fail");
    expect(attr(managed?.querySelector(".instance-note"), "title")).toBe("Identity management: Connect-managed users");

    // No alias: the ID is the name; inactive ones are greyed and show their status.
    expect(pending?.querySelector(".instance-name")?.textContent).toBe("i-3");
    expect(pending?.textContent).toContain("ap-southeast-2");
    expect(pending?.classList.contains("is-inactive")).toBe(true);
    expect(pending?.querySelector(".instance-status")?.textContent).toBe("Creation in progress");

    // Still selectable; Sign in explains.
    pending?.click();
    expect(selectedIds()).toEqual(["i-3"]);
    expect(($("#sign-in") as HTMLButtonElement).disabled).toBe(false);
    expect(text("#sign-in-help")).toBe("This instance is not active (Creation in progress): sign-in will probably fail.");
    managed?.click();
    expect(text("#sign-in-help")).toBe("This instance does not use SAML: sign-in may fail.");
  });

  it("selects the only instance there is, and does not look up a remembered one of a profile that is gone", async () => {
    const api = standardApi();
    api.snapshot.lastProfile = "deleted";
    api.snapshot.lastInstance = "whatever";
    api.instances = { dev: [instance("44444444-aaaa-bbbb-cccc-000000000004", "dev-lab")] };
    await mount(api);

    expect(($("#profile") as HTMLSelectElement).value).toBe("");
    expect(api.callsOf("resolveInstance")).toEqual([]);
    expect(selectedIds()).toEqual(["44444444-aaaa-bbbb-cccc-000000000004"]);
  });

});

describe("startup: what is highlighted first", () => {
  it("preselects the default instance when nothing was remembered", async () => {
    const api = standardApi();
    api.snapshot.lastProfile = null;
    api.snapshot.lastInstance = null;
    api.defaultInstance = { profile: "agents", instance: "11111111-aaaa-bbbb-cccc-000000000001" };
    await mount(api);
    expect(selectedIds()).toEqual(["11111111-aaaa-bbbb-cccc-000000000001"]);
    expect($("[data-instance-id='11111111-aaaa-bbbb-cccc-000000000001'] .badge-default").textContent).toBe("Default");
  });

  it("recognises a default instance given by ARN, in any case", async () => {
    const api = standardApi();
    api.snapshot.lastProfile = null;
    api.snapshot.lastInstance = null;
    api.defaultInstance = {
      profile: "agents",
      instance: "arn:aws:connect:eu-west-2:123456789012:instance/11111111-AAAA-bbbb-cccc-000000000001",
    };
    await mount(api);
    expect(selectedIds()).toEqual(["11111111-aaaa-bbbb-cccc-000000000001"]);
    expect($$(".badge-default")).toHaveLength(1);
  });

  it("does not guess when several instances exist and none was remembered", async () => {
    const api = standardApi();
    api.snapshot.lastInstance = null;
    await mount(api);
    expect(selectedIds()).toEqual([]);
    expect(($("#sign-in") as HTMLButtonElement).disabled).toBe(true);
    expect(text("#sign-in-help")).toContain("Choose an Amazon Connect instance");
  });

  it("looks up a remembered instance that even the first discovery did not list", async () => {
    const api = standardApi();
    const elsewhere = instance("99999999-0000-0000-0000-000000000009", "far-away", { region: "ap-northeast-1" });
    api.snapshot.lastInstance = elsewhere.id;
    api.resolvable[elsewhere.id] = elsewhere;
    await mount(api);

    expect(api.callsOf("discoverInstances")).toEqual([[null, false]]);
    expect(api.callsOf("resolveInstance")).toEqual([["agents", elsewhere.id]]);
    expect(selectedIds()).toEqual([elsewhere.id]);
    expect($(`[data-instance-id='${elsewhere.id}']`).getAttribute("data-profile")).toBe("agents");
    expect($("#error").hidden).toBe(true);
  });

});

describe("startup: badges, empty and failed states", () => {
  it("flags a profile with a custom endpoint with a visible badge, on its rows too", async () => {
    const api = standardApi();
    api.snapshot.profiles = [profile("planted", { customEndpoint: true }), profile("normal")];
    api.snapshot.lastProfile = "planted";
    api.snapshot.lastInstance = "i-p";
    api.instances = { planted: [instance("i-p", "planted-one")], normal: [instance("i-n", "normal-one")] };
    await mount(api);

    // With every profile listed, the planted profile's rows carry the badge and Sign in warns.
    expect($("[data-instance-id='i-p'] .badge-custom-endpoint").textContent).toBe("custom endpoint");
    expect($("[data-instance-id='i-n']").querySelector(".badge-custom-endpoint")).toBeNull();
    expect(isShown($(".signin-endpoint-warning"))).toBe(true);
    expect(($("#profile") as HTMLSelectElement).options[1]?.textContent).toContain("custom endpoint");
    expect(($("#profile") as HTMLSelectElement).options[2]?.textContent).not.toContain("custom endpoint");

    chooseProfile("planted");
    await settle();
    const badge = $("#profile-meta .badge-custom-endpoint");
    expect(isShown(badge)).toBe(true);
    expect(badge.textContent).toBe("custom endpoint");
  });

  it("shows a loading state when nothing is cached yet", async () => {
    const api = standardApi();
    const pending = deferred<CatalogView>();
    api.snapshot.catalog = catalogOf([], {
      profiles: [discovery("dev", [], { fetchedAt: null }), discovery("agents", [], { fetchedAt: null })],
    });
    api.discoverImpl = () => pending.promise;
    await mount(api);

    expect(text(".list-state")).toContain("Looking for Amazon Connect instances…");
    expect($("#instances").getAttribute("aria-busy")).toBe("true");
    expect(($("#sign-in") as HTMLButtonElement).disabled).toBe(true);
    expect(text("#sign-in-help")).toBe("Looking for instances…");
    expect(text("#discovery-status")).toContain("Looking for instances…");

    pending.resolve(api.catalogView());
    await settle();
    expect(isShown($(".list-state"))).toBe(false);
    expect($("#instances").hasAttribute("aria-busy")).toBe(false);
    expect(optionIds()).toHaveLength(4);
    expect(selectedIds()).toEqual(["22222222-aaaa-bbbb-cccc-000000000002"]);
  });

  it("explains how to add a profile when there are none, and reloads", async () => {
    const api = new FakeApi();
    await mount(api);

    const empty = $("#no-profiles");
    expect(isShown(empty)).toBe(true);
    expect(empty.textContent).toContain("aws configure sso");
    expect(empty.textContent).toContain("~/.aws/config");
    expect(isShown($("#profile"))).toBe(false);
    expect(api.callsOf("discoverInstances")).toEqual([]);

    api.snapshot = { ...standardApi().snapshot };
    api.instances = standardApi().instances;
    $("#reload").click();
    await settle();
    expect(isShown(empty)).toBe(false);
    expect(isShown($("#profile"))).toBe(true);
    expect(optionIds()).toHaveLength(4);
    expect(api.callsOf("discoverInstances")).toEqual([[null, false]]);
    // Asked once per window, not on every reload.
    expect(api.callsOf("takeDeepLink")).toHaveLength(1);
  });

  it("shows an empty state when a profile has no instances", async () => {
    const api = standardApi();
    api.instances["agents"] = [];
    await mount(api);
    chooseProfile("agents");
    await settle();

    const state = $(".list-state");
    expect(isShown(state)).toBe(true);
    expect(state.textContent).toContain("No Amazon Connect instances found for this profile");
    expect(state.textContent).toContain("paste its ID or ARN");
    expect(isShown($("#instances"))).toBe(false);
    expect(($("#sign-in") as HTMLButtonElement).disabled).toBe(true);
    expect(text("#discovery-status")).toContain("No instances");
  });

  it("shows a startup failure in the error panel and retries", async () => {
    const api = standardApi();
    const good = api.snapshot;
    api.snapshotImpl = () => Promise.reject(errorView("aws_config_invalid", "Cannot read ~/.aws/config", "Check permissions."));
    await mount(api);

    expect(isShown($("#error"))).toBe(true);
    expect(text(".error-message")).toBe("Cannot read ~/.aws/config");
    expect(text(".error-code")).toBe("aws_config_invalid");
    expect(isShown($("#startup-failed"))).toBe(true);

    api.snapshotImpl = null;
    api.snapshot = good;
    $("#retry").click();
    await settle();
    expect(isShown($("#error"))).toBe(false);
    expect(isShown($("#startup-failed"))).toBe(false);
    expect(optionIds()).toHaveLength(4);
  });

  it("shows the snapshot notice once, as an info banner", async () => {
    const api = standardApi();
    api.snapshot.notice = errorView("settings_corrupt", "Your settings were reset.", "Pick a profile again.");
    await mount(api);

    const notice = $("#notice");
    expect(isShown(notice)).toBe(true);
    expect(notice.getAttribute("role")).toBe("status");
    expect(notice.textContent).toContain("Your settings were reset.");
    expect(notice.textContent).toContain("Pick a profile again.");
    expect(isShown($("#error"))).toBe(false);

    notice.querySelector<HTMLButtonElement>(".banner-close")?.click();
    expect(isShown(notice)).toBe(false);
  });

  it("lists sessions from the snapshot", async () => {
    const api = standardApi();
    const inst = instance("55555555-0000-0000-0000-000000000005", "night-shift");
    api.snapshot.sessions = [
      {
        profile: "agents",
        instanceId: inst.id,
        instanceAlias: "night-shift",
        region: "eu-west-2",
        userId: null,
        userArn: "arn:aws:sts::123456789012:federated-user/bob",
        connectUsername: null,
        callerArn: null,
        accessTokenExpiresAt: null,
        refreshTokenExpiresAt: Math.floor(Date.UTC(2030, 0, 15, 14, 0, 0) / 1000),
        signedInAt: 0,
        remembered: true,
      },
    ];
    await mount(api);
    const item = $(`#sessions .session-item[data-instance-id='${inst.id}']`);
    expect(item.textContent).toContain("night-shift");
    expect(item.textContent).toContain("bob");
    expect(item.textContent).toContain("agents");
    expect(plain(item.textContent)).toContain("in 2 hr");
  });
});
