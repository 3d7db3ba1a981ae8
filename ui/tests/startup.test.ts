// Startup: the snapshot fills the profile picker, preselects the remembered profile/instance, and empty/failed states.
import { afterEach, describe, expect, it } from "vitest";
import {
  $,
  deferred,
  errorView,
  FakeApi,
  instance,
  isShown,
  mount,
  optionIds,
  profile,
  selectedIds,
  settle,
  standardApi,
  text,
  unmount,
} from "./helpers";
import type { AppSnapshot, InstanceView } from "../src/bindings";

afterEach(() => unmount());

describe("startup", () => {
  it("populates profiles and preselects the last profile and instance", async () => {
    const api = standardApi();
    await mount(api);

    const select = $("#profile") as HTMLSelectElement;
    expect(Array.from(select.options).map((o) => o.value)).toEqual(["dev", "agents"]);
    expect(select.options[0]?.textContent).toContain("static keys");
    expect(select.options[0]?.textContent).toContain("us-east-1");
    expect(select.options[1]?.textContent).toContain("IAM Identity Center");
    expect(select.value).toBe("agents");
    expect(document.querySelector("label[for='profile']")?.textContent).toBeTruthy();

    expect(api.callsOf("listInstances")).toEqual([["agents"]]);
    expect(optionIds()).toHaveLength(3);
    expect(selectedIds()).toEqual(["22222222-aaaa-bbbb-cccc-000000000002"]);
    expect($("#instances").getAttribute("aria-activedescendant")).toBe(
      document.querySelector("[data-instance-id='22222222-aaaa-bbbb-cccc-000000000002']")?.id,
    );
    expect(($("#sign-in") as HTMLButtonElement).disabled).toBe(false);
    // Preselection is not a user choice: nothing is re-saved.
    expect(api.callsOf("rememberSelection")).toEqual([]);
    // One-click: the sign-in button has focus, so Enter signs in.
    expect(document.activeElement).toBe($("#sign-in"));
  });

  it("shows alias, id, region, identity type and status for each instance", async () => {
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
    expect(saml?.textContent).toContain("SAML");
    expect(saml?.querySelector(".instance-note")).toBeNull();
    expect(saml?.classList.contains("is-inactive")).toBe(false);

    expect(managed?.querySelector(".instance-note")?.textContent).toBe("not SAML — sign-in may fail");

    // No alias: the ID is the name; inactive ones are greyed and show their status.
    expect(pending?.querySelector(".instance-name")?.textContent).toBe("i-3");
    expect(pending?.textContent).toContain("ap-southeast-2");
    expect(pending?.classList.contains("is-inactive")).toBe(true);
    expect(pending?.querySelector(".instance-status")?.textContent).toBe("Creation in progress");
  });

  it("falls back to the first profile when the remembered one is gone", async () => {
    const api = standardApi();
    api.snapshot.lastProfile = "deleted";
    api.snapshot.lastInstance = "whatever";
    await mount(api);

    expect(($("#profile") as HTMLSelectElement).value).toBe("dev");
    expect(api.callsOf("listInstances")).toEqual([["dev"]]);
    // The only instance of the profile is selected, the stale remembered one is not looked up.
    expect(api.callsOf("resolveInstance")).toEqual([]);
    expect(selectedIds()).toEqual(["44444444-aaaa-bbbb-cccc-000000000004"]);
  });

  it("does not guess when several instances exist and none was remembered", async () => {
    const api = standardApi();
    api.snapshot.lastInstance = null;
    await mount(api);
    expect(selectedIds()).toEqual([]);
    expect(($("#sign-in") as HTMLButtonElement).disabled).toBe(true);
    expect(text("#sign-in-help")).toContain("Choose an Amazon Connect instance");
  });

  it("looks up a remembered instance that is not in the listed region", async () => {
    const api = standardApi();
    const elsewhere = instance("99999999-0000-0000-0000-000000000009", "far-away", { region: "ap-northeast-1" });
    api.snapshot.lastInstance = elsewhere.id;
    api.resolvable[elsewhere.id] = elsewhere;
    await mount(api);

    expect(api.callsOf("resolveInstance")).toEqual([["agents", elsewhere.id]]);
    expect(selectedIds()).toEqual([elsewhere.id]);
    expect($("#error").hidden).toBe(true);
  });

  it("flags a profile with a custom endpoint with a visible badge", async () => {
    const api = standardApi();
    api.snapshot.profiles = [profile("planted", { customEndpoint: true }), profile("normal")];
    api.snapshot.lastProfile = "planted";
    api.instances = { planted: [], normal: [] };
    await mount(api);

    const badge = $(".badge-custom-endpoint");
    expect(isShown(badge)).toBe(true);
    expect(badge.textContent).toBe("custom endpoint");
    expect(($("#profile") as HTMLSelectElement).options[0]?.textContent).toContain("custom endpoint");
    expect(($("#profile") as HTMLSelectElement).options[1]?.textContent).not.toContain("custom endpoint");
  });

  it("shows a loading state while instances load", async () => {
    const api = standardApi();
    const pending = deferred<InstanceView[]>();
    api.listInstancesImpl = () => pending.promise;
    const root = document.createElement("div");
    document.body.replaceChildren(root);
    const { mountApp } = await import("../src/app");
    const handle = mountApp(root, api);
    await settle();

    expect(text(".list-state")).toContain("Loading instances…");
    expect($("#instances").getAttribute("aria-busy")).toBe("true");
    expect(($("#sign-in") as HTMLButtonElement).disabled).toBe(true);

    pending.resolve(api.instances["agents"] ?? []);
    await handle.ready;
    await settle();
    expect(isShown($(".list-state"))).toBe(false);
    expect($("#instances").hasAttribute("aria-busy")).toBe(false);
    expect(optionIds()).toHaveLength(3);
    handle.dispose();
  });

  it("explains how to add a profile when there are none, and reloads", async () => {
    const api = new FakeApi();
    await mount(api);

    const empty = $("#no-profiles");
    expect(isShown(empty)).toBe(true);
    expect(empty.textContent).toContain("aws configure sso");
    expect(empty.textContent).toContain("~/.aws/config");
    expect(isShown($("#profile"))).toBe(false);
    expect(api.callsOf("listInstances")).toEqual([]);

    api.snapshot = { ...standardApi().snapshot };
    api.instances = standardApi().instances;
    $("#reload").click();
    await settle();
    expect(isShown(empty)).toBe(false);
    expect(isShown($("#profile"))).toBe(true);
    expect(($("#profile") as HTMLSelectElement).value).toBe("agents");
  });

  it("shows an empty state naming the region when a profile has no instances", async () => {
    const api = standardApi();
    api.instances["agents"] = [];
    await mount(api);

    const state = $(".list-state");
    expect(isShown(state)).toBe(true);
    expect(state.textContent).toContain("No Amazon Connect instances in eu-west-2 for this profile");
    expect(isShown($("#instances"))).toBe(false);
    expect(($("#sign-in") as HTMLButtonElement).disabled).toBe(true);
  });

  it("shows a startup failure in the error panel and retries", async () => {
    const api = standardApi();
    const good: AppSnapshot = api.snapshot;
    api.snapshotImpl = () => Promise.reject(errorView("config_unreadable", "Cannot read ~/.aws/config", "Check permissions."));
    await mount(api);

    expect(isShown($("#error"))).toBe(true);
    expect(text(".error-message")).toBe("Cannot read ~/.aws/config");
    expect(text(".error-code")).toBe("config_unreadable");
    expect(isShown($("#startup-failed"))).toBe(true);

    api.snapshotImpl = null;
    api.snapshot = good;
    $("#retry").click();
    await settle();
    expect(isShown($("#error"))).toBe(false);
    expect(isShown($("#startup-failed"))).toBe(false);
    expect(optionIds()).toHaveLength(3);
  });

  it("shows the snapshot notice once, as an info banner", async () => {
    const api = standardApi();
    api.snapshot.notice = errorView("settings_reset", "Your settings were reset.", "Pick a profile again.");
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
    expect(item.textContent).toContain("in 2 h");
  });
});
