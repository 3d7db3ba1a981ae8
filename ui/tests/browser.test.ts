// The browser an instance opens in: the picker in the sign-in card (this instance) and in Settings (all instances),
// browsers that are not installed said so, private windows, and the IT policy's lock.
import { afterEach, describe, expect, it } from "vitest";
import { $, errorView, mount, plain, settle, settingsView, standardApi, unmount } from "./helpers";

afterEach(() => unmount());

const SALES = "22222222-aaaa-bbbb-cccc-000000000002";

function optionsOf(selector: string): Array<[string, boolean]> {
  return Array.from(($(selector) as HTMLSelectElement).options).map((o) => [plain(o.textContent ?? ""), o.disabled]);
}

function pick(selector: string, label: string): void {
  const select = $(selector) as HTMLSelectElement;
  const option = Array.from(select.options).find((o) => plain(o.textContent ?? "") === label);
  expect(option, label).toBeDefined();
  select.value = option?.value ?? "";
  select.dispatchEvent(new Event("change", { bubbles: true }));
}

function tick(selector: string): void {
  const box = $(selector) as HTMLInputElement;
  box.checked = !box.checked;
  box.dispatchEvent(new Event("change", { bubbles: true }));
}

describe("the browser an instance opens in", () => {
  it("lists the installed browsers with their profiles, says which are missing, and remembers the instance's", async () => {
    const api = standardApi();
    await mount(api);
    // Asked once the window is up, not on the start-up path.
    expect(api.callsOf("browsers")).toHaveLength(1);
    expect($("#instance-browser").closest(".browser-picker")?.hasAttribute("hidden")).toBe(false);
    expect(optionsOf("#instance-browser")).toEqual([
      ["Same as all instances (System default browser)", false],
      ["Google Chrome", false],
      ["Google Chrome — Person 1", false],
      ["Google Chrome — Work", false],
      ["Firefox", false],
      ["Microsoft Edge (not installed)", true],
    ]);
    expect(($("#instance-browser-private") as HTMLInputElement).disabled).toBe(true);
    // Offered only once a browser is chosen: the system's browser cannot be asked for one.
    expect($("#instance-browser-private").closest("[hidden]")).not.toBeNull();

    pick("#instance-browser", "Google Chrome — Work");
    await settle();
    expect($("#instance-browser-private").closest("[hidden]")).toBeNull();
    expect(api.callsOf("setInstanceBrowser")).toEqual([[SALES, { browser: "chrome", profile: "Work", private: false }]]);
    // The row says so too, for a supervisor scanning the list.
    expect(plain($(`[data-instance-id="${SALES}"] .badge-browser`).textContent)).toBe("Google Chrome — Work");
    expect(plain(($("#instance-browser") as HTMLSelectElement).selectedOptions[0]?.textContent ?? "")).toBe(
      "Google Chrome — Work",
    );

    tick("#instance-browser-private");
    await settle();
    expect(api.callsOf("setInstanceBrowser")[1]).toEqual([SALES, { browser: "chrome", profile: "Work", private: true }]);
    expect(($("#instance-browser-private") as HTMLInputElement).checked).toBe(true);

    pick("#instance-browser", "Same as all instances (System default browser)");
    await settle();
    expect(api.callsOf("setInstanceBrowser")[2]).toEqual([SALES, null]);
    expect(($("#instance-browser-private") as HTMLInputElement).checked).toBe(false);
  });

  it("sets the browser for all instances in Settings, and instances without their own follow it", async () => {
    const api = standardApi();
    await mount(api);
    $("#settings-button").click();
    await settle();
    expect(api.callsOf("browsers")).toHaveLength(2);
    expect(optionsOf("#setting-browser")[0]).toEqual(["System default browser", false]);

    pick("#setting-browser", "Firefox");
    await settle();
    expect(api.callsOf("updateSettings")).toEqual([[{ browser: { browser: "firefox", profile: null, private: false } }]]);
    expect(optionsOf("#instance-browser")[0]).toEqual(["Same as all instances (Firefox)", false]);
  });

  it("shows a chosen browser that is gone as not installed instead of quietly choosing another", async () => {
    const api = standardApi();
    api.settings = settingsView({
      instanceBrowsers: [{ instanceId: SALES, choice: { browser: "edge", profile: null, private: true } }],
    });
    await mount(api);
    const select = $("#instance-browser") as HTMLSelectElement;
    expect(plain(select.selectedOptions[0]?.textContent ?? "")).toBe("Microsoft Edge (not installed)");
    expect(($("#instance-browser-private") as HTMLInputElement).checked).toBe(true);
  });

  it("is read-only and says so when the IT policy locks the browser", async () => {
    const api = standardApi();
    api.settings = settingsView({
      locked: ["browser"],
      browser: { browser: "edge", profile: null, private: true },
    });
    await mount(api);
    const select = $("#instance-browser") as HTMLSelectElement;
    expect(select.disabled).toBe(true);
    expect(($("#instance-browser-private") as HTMLInputElement).disabled).toBe(true);
    expect($("#instance-browser-managed").hasAttribute("hidden")).toBe(false);
    expect(select.getAttribute("aria-describedby")).toBe("instance-browser-managed");
    expect(plain(select.selectedOptions[0]?.textContent ?? "")).toBe("Same as all instances (Microsoft Edge)");
  });
});

describe("a browser that is gone", () => {
  it("is explained with its code and a button straight to the instance's browser picker", async () => {
    const api = standardApi();
    api.signInImpl = async () => {
      throw errorView("browser_not_installed", "Microsoft Edge is not installed on this computer.", "Choose another browser.");
    };
    await mount(api);
    $("#sign-in").click();
    await settle();
    expect($("#error").hasAttribute("hidden")).toBe(false);
    expect($("#error .error-code").textContent).toBe("browser_not_installed");
    const choose = $("#choose-browser");
    expect(choose.closest("[hidden]")).toBeNull();
    choose.click();
    expect(document.activeElement?.id).toBe("instance-browser");
  });
});

describe("instances with their own browser, in Settings", () => {
  it("are listed with their pickers, can be put back to the browser for all, and focus stays in the dialog", async () => {
    const api = standardApi();
    api.settings = settingsView({
      instanceBrowsers: [{ instanceId: SALES, choice: { browser: "chrome", profile: "Work", private: false } }],
    });
    await mount(api);
    $("#settings-button").click();
    await settle();
    const select = $(`#setting-instance-browser-${SALES}`) as HTMLSelectElement;
    expect(plain(document.querySelector(`label[for="${select.id}"]`)?.textContent)).toBe("Sales-EMEA");
    expect(plain(select.selectedOptions[0]?.textContent ?? "")).toBe("Google Chrome — Work");
    expect($(".instance-browsers").closest("[role=group]")?.getAttribute("aria-labelledby")).toBe(
      "setting-instance-browsers-label",
    );

    select.focus();
    pick(`#setting-instance-browser-${SALES}`, "Same as all instances (System default browser)");
    await settle();
    expect(api.callsOf("setInstanceBrowser")).toEqual([[SALES, null]]);
    expect(document.querySelector(`#setting-instance-browser-${SALES}`)).toBeNull();
    expect(document.activeElement?.id).toBe("setting-browser");
    expect(plain($("#settings-dialog").textContent)).toContain("None yet");
  });
});
