// Choosing an instance: filtering, mouse and keyboard selection, profile switching, and pasting an ID/ARN.
import { afterEach, describe, expect, it } from "vitest";
import type { InstanceView } from "../src/bindings";
import {
  $,
  chooseProfile,
  deferred,
  instance,
  isShown,
  key,
  mount,
  optionIds,
  selectedIds,
  settle,
  standardApi,
  text,
  typeInto,
  unmount,
} from "./helpers";

afterEach(() => unmount());

const SUPPORT = "11111111-aaaa-bbbb-cccc-000000000001";
const SALES = "22222222-aaaa-bbbb-cccc-000000000002";
const NO_ALIAS = "33333333-aaaa-bbbb-cccc-000000000003";

describe("filter", () => {
  it("narrows the list instantly by alias, id or region, case-insensitively", async () => {
    await mount(standardApi());
    expect($("#instance-filter").getAttribute("type")).toBe("search");
    expect(document.querySelector("label[for='instance-filter']")).not.toBeNull();

    typeInto("#instance-filter", "sales-emea");
    expect(optionIds()).toEqual([SALES]);

    typeInto("#instance-filter", "SUPPORT");
    expect(optionIds()).toEqual([SUPPORT]);

    typeInto("#instance-filter", "US-EAST");
    expect(optionIds()).toEqual([NO_ALIAS]);

    typeInto("#instance-filter", "cccc-000000000003");
    expect(optionIds()).toEqual([NO_ALIAS]);

    typeInto("#instance-filter", "eu-");
    expect(optionIds()).toEqual([SUPPORT, SALES]);
    expect(text(".field-count")).toBe("2 of 3");

    typeInto("#instance-filter", "nothing-like-this");
    expect(optionIds()).toEqual([]);
    expect(text(".list-state")).toContain("No instances match");

    typeInto("#instance-filter", "");
    expect(optionIds()).toEqual([SUPPORT, SALES, NO_ALIAS]);
  });

  it("keeps the selection while filtering and marks it again when it is visible", async () => {
    await mount(standardApi());
    typeInto("#instance-filter", "support");
    expect(selectedIds()).toEqual([]);
    typeInto("#instance-filter", "");
    expect(selectedIds()).toEqual([SALES]);
  });
});

describe("selecting", () => {
  it("selects on click and remembers the choice", async () => {
    const api = standardApi();
    await mount(api);
    $(`[data-instance-id='${SUPPORT}'] .instance-name`).click();
    expect(selectedIds()).toEqual([SUPPORT]);
    expect(api.callsOf("rememberSelection")).toEqual([["agents", SUPPORT]]);
    expect(text("#summary-instance")).toBe("support-uk (eu-west-2)");
  });

  it("moves with Up/Down, Home/End and signs in with Enter", async () => {
    const api = standardApi();
    await mount(api);
    const list = $("#instances");
    expect(list.getAttribute("role")).toBe("listbox");
    expect(list.getAttribute("tabindex")).toBe("0");
    list.focus();

    key(list, "ArrowDown");
    expect(selectedIds()).toEqual([NO_ALIAS]);
    expect(list.getAttribute("aria-activedescendant")).toBe($(`[data-instance-id='${NO_ALIAS}']`).id);
    key(list, "ArrowDown"); // stays on the last one
    expect(selectedIds()).toEqual([NO_ALIAS]);
    key(list, "ArrowUp");
    key(list, "ArrowUp");
    expect(selectedIds()).toEqual([SUPPORT]);
    key(list, "End");
    expect(selectedIds()).toEqual([NO_ALIAS]);
    key(list, "Home");
    expect(selectedIds()).toEqual([SUPPORT]);

    expect(api.callsOf("rememberSelection")).toEqual([
      ["agents", NO_ALIAS],
      ["agents", SALES],
      ["agents", SUPPORT],
      ["agents", NO_ALIAS],
      ["agents", SUPPORT],
    ]);

    key(list, "Enter");
    await settle();
    expect(api.callsOf("signIn")).toEqual([["agents", SUPPORT]]);
    expect(text("#status-summary")).toBe("Signed in to support-uk (eu-west-2)");
    expect(text(".status-user")).toBe("alice");
  });

  it("moves within the filtered list only", async () => {
    const api = standardApi();
    api.snapshot.lastInstance = null;
    await mount(api);
    typeInto("#instance-filter", "eu-");
    const filter = $("#instance-filter");
    key(filter, "ArrowDown"); // jumps into the list, selecting the first match
    expect(document.activeElement).toBe($("#instances"));
    expect(selectedIds()).toEqual([SUPPORT]);
    key($("#instances"), "ArrowDown");
    key($("#instances"), "ArrowDown");
    expect(selectedIds()).toEqual([SALES]);
  });

  it("switching profile loads its instances and remembers the profile alone", async () => {
    const api = standardApi();
    await mount(api);
    chooseProfile("dev");
    expect(text(".list-state")).toContain("Loading instances…");
    await settle();
    expect(api.callsOf("rememberSelection")).toEqual([["dev", null]]);
    expect(api.callsOf("listInstances")).toEqual([["agents"], ["dev"]]);
    expect(optionIds()).toEqual(["44444444-aaaa-bbbb-cccc-000000000004"]);
    expect(text("#summary-profile")).toBe("dev");
  });

  it("ignores a slow instance list for a profile that is no longer selected", async () => {
    const api = standardApi();
    await mount(api);
    const slow = deferred<InstanceView[]>();
    api.listInstancesImpl = (name) => (name === "dev" ? slow.promise : Promise.resolve(api.instances[name] ?? []));
    chooseProfile("dev");
    chooseProfile("agents");
    await settle();
    slow.resolve([instance("stale", "stale-instance")]);
    await settle();
    expect(optionIds()).toEqual([SUPPORT, SALES, NO_ALIAS]);
    expect(($("#profile") as HTMLSelectElement).value).toBe("agents");
  });

  it("shows a failed instance list in the error panel", async () => {
    const api = standardApi();
    api.listInstancesImpl = () =>
      Promise.reject({ code: "access_denied", message: "Not authorized to list instances", hint: "Ask for connect:ListInstances." });
    await mount(api);
    expect(text(".error-message")).toBe("Not authorized to list instances");
    expect(text(".error-hint")).toBe("Ask for connect:ListInstances.");
    expect(text(".list-state")).toContain("Couldn't list instances");
  });
});

describe("pasting an instance ID or ARN", () => {
  it("resolves the pasted ARN, adds it to the list and selects it", async () => {
    const api = standardApi();
    const arn = "arn:aws:connect:ap-southeast-2:123456789012:instance/77777777-0000-0000-0000-000000000007";
    const pasted = instance("77777777-0000-0000-0000-000000000007", "sydney", { region: "ap-southeast-2" });
    api.resolvable[arn] = pasted;
    await mount(api);
    typeInto("#instance-filter", "support"); // the pasted result must not stay hidden by a filter
    expect(document.querySelector("label[for='instance-paste']")?.textContent).toBe("Paste an instance ID or ARN");

    ($("#instance-paste") as HTMLInputElement).value = `  ${arn}  `;
    $("#instance-paste-use").click();
    await settle();

    expect(api.callsOf("resolveInstance")).toEqual([["agents", arn]]);
    expect(optionIds()).toContain(pasted.id);
    expect(selectedIds()).toEqual([pasted.id]);
    expect(($("#instance-filter") as HTMLInputElement).value).toBe("");
    expect(($("#instance-paste") as HTMLInputElement).value).toBe("");
    expect(api.callsOf("rememberSelection")).toEqual([["agents", pasted.id]]);
    expect(text("#summary-instance")).toBe("sydney (ap-southeast-2)");
  });

  it("selects an already listed instance without duplicating it", async () => {
    const api = standardApi();
    api.resolvable[SUPPORT] = instance(SUPPORT, "support-uk");
    await mount(api);
    ($("#instance-paste") as HTMLInputElement).value = SUPPORT;
    $("#instance-paste").closest("form")?.dispatchEvent(new Event("submit", { bubbles: true, cancelable: true }));
    await settle();
    expect(optionIds().filter((id) => id === SUPPORT)).toHaveLength(1);
    expect(selectedIds()).toEqual([SUPPORT]);
  });

  it("shows an unknown ID in the error panel and keeps the input", async () => {
    const api = standardApi();
    await mount(api);
    ($("#instance-paste") as HTMLInputElement).value = "nope";
    $("#instance-paste-use").click();
    await settle();
    expect(isShown($("#error"))).toBe(true);
    expect(text(".error-code")).toBe("instance_not_found");
    expect(($("#instance-paste") as HTMLInputElement).value).toBe("nope");
    expect(selectedIds()).toEqual([SALES]);
  });

  it("does nothing for an empty paste", async () => {
    const api = standardApi();
    await mount(api);
    $("#instance-paste-use").click();
    await settle();
    expect(api.callsOf("resolveInstance")).toEqual([]);
  });
});
