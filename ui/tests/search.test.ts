// Choosing an instance: one search box over every profile's instances, ranking, the keyboard, sections and badges,
// the profile picker as a filter, restricted instances, and pasting an ID/ARN.
import { afterEach, describe, expect, it, vi } from "vitest";
import type { InstanceView } from "../src/bindings";
import {
  $,
  $$,
  chooseProfile,
  instance,
  isShown,
  key,
  mount,
  NOW_S,
  optionIds,
  optionKeys,
  profile,
  search,
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
const DEV = "44444444-aaaa-bbbb-cccc-000000000004";
const ALL = [DEV, SUPPORT, SALES, NO_ALIAS];

const searchBox = (): HTMLInputElement => $("#search") as HTMLInputElement;

describe("the search box", () => {
  it("announces how many instances match once typing pauses, not at every key", async () => {
    await mount(standardApi());
    const status = $("#search-results-status");
    expect(status.getAttribute("role")).toBe("status");
    vi.useFakeTimers();
    try {
      typeInto("#search", "s");
      typeInto("#search", "su");
      vi.advanceTimersByTime(400);
      expect(text("#search-results-status")).toBe("");
      typeInto("#search", "sup");
      vi.advanceTimersByTime(500);
      expect(text("#search-results-status")).toBe("1 instance matches");
      typeInto("#search", "zzz");
      vi.advanceTimersByTime(500);
      expect(text("#search-results-status")).toBe("No instance matches");
    } finally {
      vi.useRealTimers();
    }
  });

  it("is a labelled combobox controlling the listbox, focused at start", async () => {
    await mount(standardApi());
    const box = searchBox();
    expect(box.getAttribute("type")).toBe("search");
    expect(box.getAttribute("role")).toBe("combobox");
    expect(box.getAttribute("aria-controls")).toBe("instances");
    expect(box.getAttribute("aria-autocomplete")).toBe("list");
    expect(document.querySelector("label[for='search']")?.textContent).toBe("Find an Amazon Connect instance");
    expect(text("#search-help")).toContain("Enter signs in");
    expect($("#instances").getAttribute("role")).toBe("listbox");
    expect(document.activeElement).toBe(box);
  });

  it("filters every profile's instances instantly by name, ID, account, region and profile", async () => {
    const api = standardApi();
    api.instances["dev"] = [instance(DEV, "dev-lab", { region: "us-east-1", accountId: "999988887777" })];
    await mount(api);
    expect(optionIds()).toEqual(ALL);
    expect(text(".field-count")).toBe("4");

    search("sales-emea");
    expect(optionIds()).toEqual([SALES]);
    expect(text(".field-count")).toBe("1 of 4");
    search("SUPPORT");
    expect(optionIds()).toEqual([SUPPORT]);
    search("cccc-000000000003");
    expect(optionIds()).toEqual([NO_ALIAS]);
    search("99998888");
    expect(optionIds()).toEqual([DEV]);
    search("ap-north");
    expect(optionIds()).toEqual([]);
    // By profile name: only the dev profile's instance.
    search("dev");
    expect(optionIds()[0]).toBe(DEV);
    search("nothing-like-this");
    expect(optionIds()).toEqual([]);
    expect(text(".list-state")).toBe("No instances match “nothing-like-this”.");
    search("");
    expect(optionIds()).toEqual(ALL);
  });

  it("matches letters in order (fuzzy), ranks prefixes and word starts first, and needs every word", async () => {
    const api = standardApi();
    api.instances = {
      dev: [instance("i-1", "ops-support-eu", { region: "eu-west-1" })],
      agents: [instance("i-2", "support-uk"), instance("i-3", "superb-portal", { region: "us-east-1" })],
    };
    await mount(api);
    // All three have s…p…r…t somewhere: fuzzy, not substring.
    search("sprt");
    expect(optionIds().sort()).toEqual(["i-1", "i-2", "i-3"]);
    // A prefix beats a word start further in; the shorter of two equal prefixes wins.
    search("sup");
    expect(optionIds()).toEqual(["i-2", "i-3", "i-1"]);
    // Contiguous runs beat letters spread over two words (superb-portal still matches, last).
    search("support");
    expect(optionIds()).toEqual(["i-2", "i-1", "i-3"]);
    // Every word must match something: "support" + the dev profile.
    search("support dev");
    expect(optionIds()).toEqual(["i-1"]);
    search("agents us-east");
    expect(optionIds()).toEqual(["i-3"]);
  });

  it("keeps the catalog order (pinned, then most used) for equally good matches", async () => {
    const api = standardApi();
    api.instances = {
      dev: [],
      agents: [instance("i-a", "queue-a"), instance("i-b", "queue-b"), instance("i-c", "queue-c")],
    };
    api.pins.add("agents\u0000i-c");
    api.uses["agents\u0000i-b"] = { count: 3, last: NOW_S - 60 };
    await mount(api);
    search("queue");
    expect(optionIds()).toEqual(["i-c", "i-b", "i-a"]);
  });

  it("searches for the instance ID when an ARN is typed", async () => {
    await mount(standardApi());
    search(`arn:aws:connect:eu-west-2:123456789012:instance/${SUPPORT}`);
    expect(optionIds()).toEqual([SUPPORT]);
  });
});

describe("highlight and keyboard", () => {
  it("highlights the best match while typing, and Enter signs in to it with its profile", async () => {
    const api = standardApi();
    await mount(api);
    search("dev-lab");
    expect(selectedIds()).toEqual([DEV]);
    expect(searchBox().getAttribute("aria-activedescendant")).toBe($(`[data-instance-id='${DEV}']`).id);
    expect(text("#summary-profile")).toBe("dev");
    // Typing is not a choice to remember.
    expect(api.callsOf("rememberSelection")).toEqual([]);

    key(searchBox(), "Enter");
    await settle();
    expect(api.callsOf("signIn")).toEqual([["dev", DEV]]);
    expect(text("#status-summary")).toBe("Signed in to dev-lab (us-east-1)");
  });

  it("moves the highlight with Up/Down from the search box, stopping at the ends", async () => {
    const api = standardApi();
    api.snapshot.lastInstance = null;
    await mount(api);
    const box = searchBox();
    key(box, "ArrowDown");
    expect(selectedIds()).toEqual([DEV]);
    key(box, "ArrowDown");
    key(box, "ArrowDown");
    expect(selectedIds()).toEqual([SALES]);
    const active = $(`[data-instance-id='${SALES}']`).id;
    expect(box.getAttribute("aria-activedescendant")).toBe(active);
    expect($("#instances").getAttribute("aria-activedescendant")).toBe(active);
    expect($(`#${active}`).getAttribute("aria-selected")).toBe("true");
    key(box, "ArrowDown");
    key(box, "ArrowDown");
    expect(selectedIds()).toEqual([NO_ALIAS]);
    key(box, "ArrowUp");
    expect(selectedIds()).toEqual([SALES]);
    key(box, "PageUp");
    expect(selectedIds()).toEqual([DEV]);
    key(box, "PageDown");
    expect(selectedIds()).toEqual([NO_ALIAS]);
    // Focus stays in the box (aria-activedescendant pattern).
    expect(document.activeElement).toBe(box);
    expect(api.callsOf("rememberSelection").pop()).toEqual(["agents", NO_ALIAS]);
  });

  it("moves within the matches only", async () => {
    const api = standardApi();
    await mount(api);
    search("eu-");
    expect(optionIds()).toEqual([SUPPORT, SALES]);
    expect(selectedIds()).toEqual([SUPPORT]);
    key(searchBox(), "ArrowDown");
    key(searchBox(), "ArrowDown");
    expect(selectedIds()).toEqual([SALES]);
  });

  it("Escape clears the search and keeps the highlighted instance", async () => {
    const api = standardApi();
    await mount(api);
    search("support");
    expect(selectedIds()).toEqual([SUPPORT]);
    const escape = new KeyboardEvent("keydown", { key: "Escape", bubbles: true, cancelable: true });
    searchBox().dispatchEvent(escape);
    expect(escape.defaultPrevented).toBe(true);
    expect(searchBox().value).toBe("");
    expect(optionIds()).toEqual(ALL);
    expect(selectedIds()).toEqual([SUPPORT]);
    // Nothing to clear: Escape is left alone.
    const again = new KeyboardEvent("keydown", { key: "Escape", bubbles: true, cancelable: true });
    searchBox().dispatchEvent(again);
    expect(again.defaultPrevented).toBe(false);
  });

  it("Enter does nothing when nothing matches", async () => {
    const api = standardApi();
    await mount(api);
    search("zzzz");
    key(searchBox(), "Enter");
    await settle();
    expect(api.callsOf("signIn")).toEqual([]);
  });

  it("keeps the listbox keys: Home/End, Space, Enter", async () => {
    const api = standardApi();
    await mount(api);
    const list = $("#instances");
    expect(list.getAttribute("tabindex")).toBe("0");
    list.focus();
    key(list, "End");
    expect(selectedIds()).toEqual([NO_ALIAS]);
    key(list, "Home");
    expect(selectedIds()).toEqual([DEV]);
    key(list, "ArrowDown");
    expect(selectedIds()).toEqual([SUPPORT]);
    key(list, "Enter");
    await settle();
    expect(api.callsOf("signIn")).toEqual([["agents", SUPPORT]]);
  });

  it("selects on click (remembered) and signs in on double-click", async () => {
    const api = standardApi();
    await mount(api);
    $(`[data-instance-id='${SUPPORT}'] .instance-name`).click();
    expect(selectedIds()).toEqual([SUPPORT]);
    expect(api.callsOf("rememberSelection")).toEqual([["agents", SUPPORT]]);
    expect(text("#summary-instance")).toBe("support-uk (eu-west-2)");
    $(`[data-instance-id='${DEV}']`).dispatchEvent(new MouseEvent("dblclick", { bubbles: true }));
    await settle();
    expect(api.callsOf("signIn")).toEqual([["agents", SUPPORT]]);
  });
});

describe("the same instance under two profiles", () => {
  it("lists it once per profile and signs in with the row's profile", async () => {
    const api = standardApi();
    const shared = instance(SUPPORT, "support-uk");
    api.instances["dev"] = [shared];
    await mount(api);
    expect(optionKeys().filter((k) => k.endsWith(SUPPORT))).toEqual([`dev/${SUPPORT}`, `agents/${SUPPORT}`]);
    $(`[data-profile='dev'][data-instance-id='${SUPPORT}']`).click();
    expect($$("[role='option'][aria-selected='true']").map((o) => o.getAttribute("data-profile"))).toEqual(["dev"]);
    expect(text("#summary-profile")).toBe("dev");
    $("#sign-in").click();
    await settle();
    expect(api.callsOf("signIn")).toEqual([["dev", SUPPORT]]);
  });
});

describe("sections and badges", () => {
  it("groups Pinned, Recent and All without a search, and marks recent rows with one", async () => {
    const api = standardApi();
    api.pins.add(`agents\u0000${NO_ALIAS}`);
    api.uses[`agents\u0000${SUPPORT}`] = { count: 2, last: NOW_S - 3600 };
    await mount(api);
    const groups = $$("#instances [role='group']");
    expect(groups.map((g) => document.getElementById(g.getAttribute("aria-labelledby") ?? "")?.textContent)).toEqual([
      "Pinned",
      "Recent",
      "All",
    ]);
    expect(groups.map((g) => Array.from(g.querySelectorAll("[role='option']")).map((o) => o.getAttribute("data-instance-id")))).toEqual([
      [NO_ALIAS],
      [SUPPORT],
      [DEV, SALES],
    ]);
    // The keyboard follows the order on screen.
    const list = $("#instances");
    key(list, "Home");
    expect(selectedIds()).toEqual([NO_ALIAS]);
    key(list, "ArrowDown");
    expect(selectedIds()).toEqual([SUPPORT]);

    search("support");
    expect($$("#instances [role='group']")).toHaveLength(0);
    expect(text(`[data-instance-id='${SUPPORT}'] .badge-recent`)).toBe("Recent");
  });

  it("shows no section headers when there is only one section", async () => {
    await mount(standardApi());
    expect($$("#instances [role='group']")).toHaveLength(0);
  });

  it("labels rows with the policy's display name and a Managed badge, and finds them by either name", async () => {
    const api = standardApi();
    api.displayNames[`agents\u0000${SALES}`] = "Sales (Europe)";
    api.managed.add(`agents\u0000${SALES}`);
    await mount(api);
    const row = $(`[data-instance-id='${SALES}']`);
    expect(row.querySelector(".instance-name")?.textContent).toBe("Sales (Europe)");
    expect(text(`[data-instance-id='${SALES}'] .badge-managed`)).toBe("Managed");
    search("sales-emea");
    expect(optionIds()).toEqual([SALES]);
    search("europe");
    expect(optionIds()).toEqual([SALES]);
    expect(text("#summary-instance")).toBe("Sales (Europe) (eu-central-1)");
  });
});

describe("restricted by the organization", () => {
  it("disables rows the policy does not list, with the reason, and Sign in explains", async () => {
    const api = standardApi();
    api.restricted = true;
    api.managed.add(`agents\u0000${SUPPORT}`);
    await mount(api);
    const sales = $(`[data-instance-id='${SALES}']`);
    expect(sales.getAttribute("aria-disabled")).toBe("true");
    expect(sales.querySelector(".instance-restricted")?.textContent).toBe("Not allowed by your organization");
    expect($(`[data-instance-id='${SUPPORT}']`).hasAttribute("aria-disabled")).toBe(false);
    // The remembered (now disallowed) instance is still highlighted, but Sign in is off and says why.
    expect(selectedIds()).toEqual([SALES]);
    expect(($("#sign-in") as HTMLButtonElement).disabled).toBe(true);
    expect(text("#sign-in-help")).toContain("Not allowed by your organization");
    key(searchBox(), "Enter");
    await settle();
    expect(api.callsOf("signIn")).toEqual([]);

    // Typing highlights the best allowed match.
    search("eu");
    expect(selectedIds()).toEqual([SUPPORT]);
    expect(($("#sign-in") as HTMLButtonElement).disabled).toBe(false);
  });
});

describe("the profile picker", () => {
  it("limits the list to one profile, discovers it, and goes back to all profiles", async () => {
    const api = standardApi();
    await mount(api);
    chooseProfile("dev");
    expect(optionIds()).toEqual([DEV]);
    // The remembered agents instance is not in the dev list: the only dev instance is highlighted instead.
    expect(selectedIds()).toEqual([DEV]);
    await settle();
    expect(api.callsOf("discoverInstances")).toEqual([
      [null, false],
      ["dev", false],
    ]);
    expect(text("#summary-profile")).toBe("dev");
    // Not a remembered choice.
    expect(api.callsOf("rememberSelection")).toEqual([]);

    search("support");
    expect(optionIds()).toEqual([]);
    chooseProfile("");
    expect(optionIds()).toEqual([SUPPORT]);
    // With a search, the best match of the new list is highlighted.
    expect(selectedIds()).toEqual([SUPPORT]);
  });

  it("keeps a highlighted instance of the chosen profile", async () => {
    const api = standardApi();
    await mount(api);
    chooseProfile("agents");
    expect(optionIds()).toEqual([SUPPORT, SALES, NO_ALIAS]);
    expect(selectedIds()).toEqual([SALES]);
  });

  it("ignores a slow discovery for a profile that is no longer chosen", async () => {
    const api = standardApi();
    await mount(api);
    let release!: () => void;
    api.discoverImpl = (p) =>
      p === "dev"
        ? new Promise((resolve) => {
            release = () => resolve(api.catalogView());
          })
        : Promise.resolve(api.catalogView());
    chooseProfile("dev");
    chooseProfile("agents");
    await settle();
    api.profileErrors["dev"] = { code: "access_denied", message: "No ListInstances for dev", hint: "" };
    release();
    await settle();
    // The stale reply updates the list's data, but its error is not pushed at the person who moved on.
    expect(isShown($("#error"))).toBe(false);
    expect(optionIds()).toEqual([SUPPORT, SALES, NO_ALIAS]);
    expect(($("#profile") as HTMLSelectElement).value).toBe("agents");
  });

  it("shows a profile that could not be discovered in the error panel and the list", async () => {
    const api = standardApi();
    api.instances["dev"] = [];
    await mount(api);
    api.profileErrors["dev"] = { code: "access_denied", message: "Not authorized to list instances", hint: "Ask for connect:ListInstances." };
    chooseProfile("dev");
    await settle();
    expect(text(".error-message")).toBe("Not authorized to list instances");
    expect(text(".error-hint")).toBe("Ask for connect:ListInstances.");
    expect(text(".list-state")).toContain("Couldn't list instances for this profile");
  });
});

describe("pasting an instance ID or ARN", () => {
  const arn = "arn:aws:connect:ap-southeast-2:123456789012:instance/77777777-0000-0000-0000-000000000007";
  const pasted = (): InstanceView => instance("77777777-0000-0000-0000-000000000007", "sydney", { region: "ap-southeast-2" });

  it("needs a profile: disabled under All profiles with several, with a hint", async () => {
    await mount(standardApi());
    expect(($("#instance-paste") as HTMLInputElement).disabled).toBe(true);
    expect(text("#instance-paste-help")).toBe("Choose an AWS profile above to look up an ID or ARN.");
    expect($("#instance-paste").getAttribute("aria-describedby")).toBe("instance-paste-help");
    chooseProfile("agents");
    expect(($("#instance-paste") as HTMLInputElement).disabled).toBe(false);
    expect(text("#instance-paste-help")).toBe("Looked up with profile agents.");
  });

  it("uses the only profile there is without choosing it", async () => {
    const api = standardApi();
    api.snapshot.profiles = [profile("agents")];
    await mount(api);
    expect(($("#instance-paste") as HTMLInputElement).disabled).toBe(false);
  });

  it("resolves the pasted ARN with the chosen profile, lists it and selects it", async () => {
    const api = standardApi();
    api.resolvable[arn] = pasted();
    await mount(api);
    chooseProfile("agents");
    search("support"); // the pasted result must not stay hidden by a search
    expect(document.querySelector("label[for='instance-paste']")?.textContent).toBe("Paste an instance ID or ARN");

    ($("#instance-paste") as HTMLInputElement).value = `  ${arn}  `;
    $("#instance-paste-use").click();
    await settle();

    expect(api.callsOf("resolveInstance")).toEqual([["agents", arn]]);
    expect(optionIds()).toContain(pasted().id);
    expect(selectedIds()).toEqual([pasted().id]);
    expect(searchBox().value).toBe("");
    expect(($("#instance-paste") as HTMLInputElement).value).toBe("");
    expect(api.callsOf("rememberSelection")).toEqual([["agents", pasted().id]]);
    expect(text("#summary-instance")).toBe("sydney (ap-southeast-2)");
    $("#sign-in").click();
    await settle();
    expect(api.callsOf("signIn")).toEqual([["agents", pasted().id]]);
  });

  it("selects an already listed instance without duplicating it", async () => {
    const api = standardApi();
    api.resolvable[SUPPORT] = instance(SUPPORT, "support-uk");
    await mount(api);
    chooseProfile("agents");
    ($("#instance-paste") as HTMLInputElement).value = SUPPORT;
    $("#instance-paste").closest("form")?.dispatchEvent(new Event("submit", { bubbles: true, cancelable: true }));
    await settle();
    expect(optionIds().filter((id) => id === SUPPORT)).toHaveLength(1);
    expect(selectedIds()).toEqual([SUPPORT]);
  });

  it("shows an unknown ID in the error panel and keeps the input", async () => {
    const api = standardApi();
    await mount(api);
    chooseProfile("agents");
    ($("#instance-paste") as HTMLInputElement).value = "nope";
    $("#instance-paste-use").click();
    await settle();
    expect(isShown($("#error"))).toBe(true);
    expect(text(".error-code")).toBe("resource_not_found");
    expect(($("#instance-paste") as HTMLInputElement).value).toBe("nope");
    expect(selectedIds()).toEqual([SALES]);
  });

  it("does nothing for an empty paste", async () => {
    const api = standardApi();
    await mount(api);
    chooseProfile("agents");
    $("#instance-paste-use").click();
    await settle();
    expect(api.callsOf("resolveInstance")).toEqual([]);
  });
});

describe("thousands of instances", () => {
  const ids = (count: number): string[] =>
    Array.from({ length: count }, (_, i) => `00000000-0000-0000-0000-${String(i).padStart(12, "0")}`);
  function crowd(count: number) {
    const api = standardApi();
    api.instances = {
      dev: [],
      agents: ids(count).map((id, i) =>
        instance(id, `queue-${i}`, { region: ["eu-west-2", "us-east-1", "ap-southeast-2"][i % 3] ?? "eu-west-2" }),
      ),
    };
    api.snapshot.lastInstance = null;
    return api;
  }
  const position = (option: Element): string =>
    `${option.getAttribute("aria-posinset") ?? "?"} of ${option.getAttribute("aria-setsize") ?? "?"}`;
  /** Gives the list a laid-out height (happy-dom lays nothing out) and scrolls it. */
  async function scrollList(to: number, height = 400): Promise<void> {
    const list = $("#instances");
    Object.defineProperty(list, "clientHeight", { configurable: true, value: height });
    list.scrollTop = to;
    list.dispatchEvent(new Event("scroll"));
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }

  it("draws a block of rows, numbers each in the whole list, and still finds any of them", async () => {
    await mount(crowd(3000));
    // One block drawn; the other 74 stand in as gaps so the scrollbar is true.
    expect(optionIds()).toHaveLength(40);
    expect($$("#instances .list-gap")).toHaveLength(74);
    expect(position($("#instance-option-0"))).toBe("1 of 3000");
    expect(position($("#instance-option-39"))).toBe("40 of 3000");
    // Numbers are formatted in the window's language.
    expect(text(".field-count")).toBe("3,000");
    expect(text("#discovery-status")).toContain("3,000 instances in 3 regions");

    const started = performance.now();
    search("queue-2999");
    const took = performance.now() - started;
    expect(optionIds()[0]).toBe("00000000-0000-0000-0000-000000002999");
    expect(position($("#instance-option-0"))).toBe("1 of 1");
    // Generous bound (CI machines vary): a keystroke over 3000 entries stays interactive.
    expect(took).toBeLessThan(1000);
  });

  it("moves the highlight through every row: the highlighted row is always drawn and named", async () => {
    await mount(crowd(3000));
    search("queue");
    for (let i = 0; i < 250; i++) {
      key(searchBox(), "ArrowDown");
    }
    const active = $("#instances").getAttribute("aria-activedescendant");
    // The best match (the first row) was highlighted by the search.
    expect(active).toBe("instance-option-250");
    expect(searchBox().getAttribute("aria-activedescendant")).toBe("instance-option-250");
    const option = $(`#${active ?? ""}`);
    expect(option.getAttribute("aria-selected")).toBe("true");
    expect(position(option)).toBe("251 of 3000");
    // The first block and the highlighted row's: never the whole list.
    expect($$("#instances [role='option']").length).toBeLessThanOrEqual(80);

    // In the list (the search box keeps Home and End for its text).
    key($("#instances"), "End");
    expect($("#instances").getAttribute("aria-activedescendant")).toBe("instance-option-2999");
    expect(position($("#instance-option-2999"))).toBe("3000 of 3000");
    key($("#instances"), "Home");
    expect($("#instances").getAttribute("aria-activedescendant")).toBe("instance-option-0");
    expect($$("#instance-option-2999")).toHaveLength(0);
  });

  it("draws what is scrolled to and drops what is far away", async () => {
    await mount(crowd(3000));
    // Rows are estimated at 56 px until measured: a 400 px view at 20,000 px shows rows 357–364.
    await scrollList(20000);
    const drawnRows = $$("#instances [role='option']").map((o) => Number(o.id.replace("instance-option-", "")));
    expect(drawnRows).toContain(357);
    expect(drawnRows).toContain(364);
    expect(drawnRows).not.toContain(0);
    expect(Math.min(...drawnRows)).toBeGreaterThanOrEqual(280);
    expect(Math.max(...drawnRows)).toBeLessThan(440);
    // A click on a row drawn by scrolling chooses it.
    $("#instance-option-360").click();
    expect(selectedIds()).toEqual(["00000000-0000-0000-0000-000000000360"]);
    await scrollList(0);
    const back = $$("#instances [role='option']").map((o) => o.id);
    expect(back).toContain("instance-option-0");
    // The highlighted row stays drawn wherever the list is scrolled.
    expect(back).toContain("instance-option-360");
  });

  it("numbers rows within their section when the list has Pinned, Recent and All", async () => {
    const api = crowd(100);
    api.pins.add(`agents\u0000${ids(100)[50] ?? ""}`);
    api.uses[`agents\u0000${ids(100)[70] ?? ""}`] = { count: 1, last: NOW_S - 60 };
    api.uses[`agents\u0000${ids(100)[71] ?? ""}`] = { count: 1, last: NOW_S - 120 };
    await mount(api);
    const groups = $$("#instances [role='group']");
    expect(groups.map((g) => g.getAttribute("aria-labelledby"))).toEqual([
      "instances-section-pinned",
      "instances-section-recent",
      "instances-section-all",
    ]);
    expect(position($("#instance-option-0"))).toBe("1 of 1");
    expect(position($("#instance-option-2"))).toBe("2 of 2");
    expect(position($("#instance-option-3"))).toBe("1 of 97");
    // A list this short is drawn whole, in blocks that never straddle sections: All has 40 + 40 + 17.
    expect(groups[2]?.querySelectorAll("[role='option']")).toHaveLength(97);
    expect(Array.from(groups[2]?.querySelectorAll(".list-block") ?? []).map((b) => b.children.length)).toEqual([40, 40, 17]);
  });
});

