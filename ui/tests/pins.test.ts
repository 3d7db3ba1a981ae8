// Pins: the ☆/★ star on each row (mouse), the Pin button under the list and Alt+P / P (keyboard, screen readers), the
// list updating from set_pinned's catalog, pins locked by the policy, and errors.
import { afterEach, describe, expect, it } from "vitest";
import type { CatalogView } from "../src/bindings";
import { $, $$, attr, deferred, isShown, key, mount, optionIds, settle, standardApi, text, unmount } from "./helpers";

afterEach(() => unmount());

const SUPPORT = "11111111-aaaa-bbbb-cccc-000000000001";
const SALES = "22222222-aaaa-bbbb-cccc-000000000002";
const NO_ALIAS = "33333333-aaaa-bbbb-cccc-000000000003";
const DEV = "44444444-aaaa-bbbb-cccc-000000000004";

const star = (id: string): HTMLElement => $(`[data-instance-id='${id}'] .pin-mark`);
const pinButton = (): HTMLButtonElement => $("#pin-selected") as HTMLButtonElement;
const row = (id: string): HTMLElement => $(`[data-instance-id='${id}']`);

describe("pins", () => {
  it("keep every control out of the listbox's options: the star is a mark, the Pin button sits under the list", async () => {
    await mount(standardApi());
    expect($$("#instances [role='option'] button, #instances [role='option'] [tabindex]")).toHaveLength(0);
    expect(star(SUPPORT).getAttribute("aria-hidden")).toBe("true");
    expect(star(SUPPORT).textContent).toBe("☆");
    expect($("#instances").contains(pinButton())).toBe(false);
    // The Pin button names the highlighted row (Sales-EMEA, remembered from the last start).
    expect(pinButton().getAttribute("aria-pressed")).toBe("false");
    expect(attr(pinButton(), "aria-label")).toBe("Pin Sales-EMEA");
    expect(text("#pin-selected")).toBe("Pin");
    // No alias: the ID is the label.
    row(NO_ALIAS).click();
    await settle();
    expect(attr(pinButton(), "aria-label")).toBe(`Pin ${NO_ALIAS}`);
  });

  it("pins through set_pinned and shows the returned catalog: starred, in Pinned, first, and said to be pinned", async () => {
    const api = standardApi();
    await mount(api);
    const pending = deferred<CatalogView>();
    api.setPinnedImpl = () => pending.promise;
    pinButton().click();
    expect(api.callsOf("setPinned")).toEqual([["agents", SALES, true]]);
    expect(pinButton().getAttribute("aria-busy")).toBe("true");
    expect(pinButton().disabled).toBe(true);

    api.pins.add(`agents\u0000${SALES}`);
    pending.resolve(api.catalogView());
    await settle();
    expect(optionIds()[0]).toBe(SALES);
    expect(star(SALES).textContent).toBe("★");
    expect(row(SALES).textContent).toContain("pinned");
    expect(pinButton().getAttribute("aria-pressed")).toBe("true");
    expect(attr(pinButton(), "aria-label")).toBe("Unpin Sales-EMEA");
    expect(pinButton().hasAttribute("aria-busy")).toBe(false);
    expect(text("#instances [role='group'] .list-section")).toBe("Pinned");

    api.setPinnedImpl = null;
    pinButton().click();
    await settle();
    expect(api.callsOf("setPinned")).toEqual([
      ["agents", SALES, true],
      ["agents", SALES, false],
    ]);
    expect(pinButton().getAttribute("aria-pressed")).toBe("false");
    expect($$("#instances [role='group']")).toHaveLength(0);
  });

  it("pins with a click on a row's star, without changing the highlighted row", async () => {
    const api = standardApi();
    await mount(api);
    star(DEV).click();
    await settle();
    expect(api.callsOf("setPinned")).toEqual([["dev", DEV, true]]);
    expect($("[aria-selected='true']").getAttribute("data-instance-id")).toBe(SALES);
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

  it("is disabled and says so when the organization manages pins", async () => {
    const api = standardApi();
    api.pinsLocked = true;
    await mount(api);
    expect(pinButton().disabled).toBe(true);
    expect(pinButton().getAttribute("title")).toBe("Managed by your organization");
    expect(star(SUPPORT).getAttribute("title")).toBe("Managed by your organization");
    star(SUPPORT).click();
    key($("#search"), "p", { altKey: true, code: "KeyP" });
    await settle();
    expect(api.callsOf("setPinned")).toEqual([]);
  });

  it("shows a refused pin in the error panel and leaves the row as it was", async () => {
    const api = standardApi();
    await mount(api);
    api.setPinnedImpl = () =>
      Promise.reject({ code: "setting_managed", message: "Pins are managed by your organization.", hint: "Ask IT." });
    star(SUPPORT).click();
    await settle();
    expect(isShown($("#error"))).toBe(true);
    expect(text(".error-code")).toBe("setting_managed");
    expect(star(SUPPORT).textContent).toBe("☆");
    expect(pinButton().disabled).toBe(false);
  });
});
