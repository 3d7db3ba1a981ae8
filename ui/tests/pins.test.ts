// Pins: the ☆/★ toggle on each row (mouse), Alt+P / P (keyboard), the list updating from set_pinned's catalog,
// pins locked by the policy, and errors.
import { afterEach, describe, expect, it } from "vitest";
import type { CatalogView } from "../src/bindings";
import { $, $$, attr, deferred, isShown, key, mount, optionIds, settle, standardApi, text, unmount } from "./helpers";

afterEach(() => unmount());

const SUPPORT = "11111111-aaaa-bbbb-cccc-000000000001";
const SALES = "22222222-aaaa-bbbb-cccc-000000000002";
const NO_ALIAS = "33333333-aaaa-bbbb-cccc-000000000003";
const DEV = "44444444-aaaa-bbbb-cccc-000000000004";

const pin = (id: string): HTMLButtonElement => $(`[data-instance-id='${id}'] .pin-toggle`) as HTMLButtonElement;

describe("pin toggle", () => {
  it("is a labelled toggle button per row", async () => {
    await mount(standardApi());
    expect($$(".pin-toggle")).toHaveLength(4);
    expect(pin(SUPPORT).getAttribute("aria-pressed")).toBe("false");
    expect(attr(pin(SUPPORT), "aria-label")).toBe("Pin support-uk");
    expect(pin(SUPPORT).textContent).toBe("☆");
    // No alias: the ID is the label.
    expect(attr(pin(NO_ALIAS), "aria-label")).toBe(`Pin ${NO_ALIAS}`);
  });

  it("pins through set_pinned and shows the returned catalog: starred, in Pinned, first", async () => {
    const api = standardApi();
    await mount(api);
    const pending = deferred<CatalogView>();
    api.setPinnedImpl = () => pending.promise;
    pin(SALES).click();
    expect(api.callsOf("setPinned")).toEqual([["agents", SALES, true]]);
    expect(pin(SALES).getAttribute("aria-busy")).toBe("true");
    expect(pin(SALES).disabled).toBe(true);
    // A click on the star does not change the highlighted row.
    expect($("[aria-selected='true']").getAttribute("data-instance-id")).toBe(SALES);

    api.pins.add(`agents\u0000${SALES}`);
    pending.resolve(api.catalogView());
    await settle();
    expect(optionIds()[0]).toBe(SALES);
    expect(pin(SALES).getAttribute("aria-pressed")).toBe("true");
    expect(attr(pin(SALES), "aria-label")).toBe("Unpin Sales-EMEA");
    expect(pin(SALES).textContent).toBe("★");
    expect(pin(SALES).hasAttribute("aria-busy")).toBe(false);
    expect(text("#instances [role='group'] .list-section")).toBe("Pinned");

    api.setPinnedImpl = null;
    pin(SALES).click();
    await settle();
    expect(api.callsOf("setPinned")).toEqual([
      ["agents", SALES, true],
      ["agents", SALES, false],
    ]);
    expect(pin(SALES).getAttribute("aria-pressed")).toBe("false");
    expect($$("#instances [role='group']")).toHaveLength(0);
  });

  it("pins the highlighted row with Alt+P in the search box and P in the list", async () => {
    const api = standardApi();
    await mount(api);
    key($("#search"), "p", { altKey: true, code: "KeyP" });
    await settle();
    expect(api.callsOf("setPinned")).toEqual([["agents", SALES, true]]);
    const list = $("#instances");
    list.focus();
    key(list, "End");
    key(list, "p");
    await settle();
    expect(api.callsOf("setPinned")).toEqual([
      ["agents", SALES, true],
      ["agents", NO_ALIAS, true],
    ]);
    // Rows were rebuilt: focus stays on the list, not lost.
    expect(document.activeElement).toBe(list);
  });

  it("keeps focus in the list when a clicked star's row is rebuilt", async () => {
    const api = standardApi();
    await mount(api);
    pin(DEV).focus();
    pin(DEV).click();
    await settle();
    expect(document.activeElement).toBe($("#instances"));
  });

  it("is disabled and says so when the organization manages pins", async () => {
    const api = standardApi();
    api.pinsLocked = true;
    await mount(api);
    for (const button of $$(".pin-toggle") as HTMLButtonElement[]) {
      expect(button.disabled).toBe(true);
      expect(button.getAttribute("title")).toBe("Managed by your organization");
    }
    key($("#search"), "p", { altKey: true, code: "KeyP" });
    await settle();
    expect(api.callsOf("setPinned")).toEqual([]);
  });

  it("shows a refused pin in the error panel and leaves the row as it was", async () => {
    const api = standardApi();
    await mount(api);
    api.setPinnedImpl = () =>
      Promise.reject({ code: "setting_managed", message: "Pins are managed by your organization.", hint: "Ask IT." });
    pin(SUPPORT).click();
    await settle();
    expect(isShown($("#error"))).toBe(true);
    expect(text(".error-code")).toBe("setting_managed");
    expect(pin(SUPPORT).getAttribute("aria-pressed")).toBe("false");
    expect(pin(SUPPORT).disabled).toBe(false);
  });
});
