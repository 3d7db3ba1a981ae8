// fuzzy.ts and catalog.ts as pure functions: the scorer's ranking rules, search over entries, sections, scope, shape
// checks and discovery totals.
import { describe, expect, it } from "vitest";
import {
  bySection,
  discoverySummary,
  entryLabel,
  searchEntries,
  tokenize,
} from "../src/catalog";
import { isSubsequence, prepare, score } from "../src/fuzzy";
import { catalogEntry, catalogOf, discovery, errorView, instance } from "./helpers";

const s = (query: string, text: string): number | null => score(query, prepare(text));

function better(query: string, a: string, b: string): void {
  const sa = s(query, a);
  const sb = s(query, b);
  expect(sa, `${query} in ${a}`).not.toBeNull();
  expect(sb, `${query} in ${b}`).not.toBeNull();
  expect(sa as number, `${query}: ${a} (${sa}) should beat ${b} (${sb})`).toBeGreaterThan(sb as number);
}

describe("score", () => {
  it("needs every letter, in order", () => {
    expect(isSubsequence("spt", "support")).toBe(true);
    expect(isSubsequence("tps", "support")).toBe(false);
    expect(s("sprt", "support-uk")).not.toBeNull();
    expect(s("tps", "support-uk")).toBeNull();
    expect(s("supportx", "support")).toBeNull();
    expect(s("", "anything")).toBe(0);
  });

  it("ignores case", () => {
    expect(s("sales", "Sales-EMEA")).toBe(s("sales", "sales-emea"));
    expect(s("emea", "Sales-EMEA")).not.toBeNull();
  });

  it("ranks an exact match first, then a prefix, then a word start, then inside a word", () => {
    better("sales", "sales", "sales-emea");
    better("sal", "sales-emea", "emea-sales");
    better("sal", "emea-sales", "emeasales");
    better("sal", "eu/sales", "eusales");
  });

  it("ranks contiguous runs above scattered letters", () => {
    better("supp", "support", "s-u-p-p");
    better("queue", "queue-north", "q-u-e-u-e");
    better("emea", "sales-emea-prod", "eastern-mega-area");
  });

  it("ranks word starts (separators and camelCase) above letters inside words", () => {
    better("pr", "sales-prod", "salesxprod");
    better("pr", "sales_prod", "salesxprod");
    better("pr", "salesProd", "salesprod");
    better("west", "eu-west-2", "euxwest-2");
  });

  it("prefers the shorter text for the same match", () => {
    better("support", "support-uk", "support-uk-backup");
  });

  it("stays cheap and sane on huge text", () => {
    const huge = `${"a".repeat(10_000)}needle`;
    expect(s("needle", huge)).not.toBeNull();
    expect(s("zzz", huge)).toBeNull();
    expect(s("aaa", `aaa${"b".repeat(10_000)}`)).toBeGreaterThan(s("aaa", `${"b".repeat(10_000)}aaa`) as number);
  });
});

describe("tokenize", () => {
  it("splits on spaces, lower-cases, and turns an ARN into its instance ID", () => {
    expect(tokenize("  Sales   EU ")).toEqual(["sales", "eu"]);
    expect(tokenize("arn:aws:connect:eu-west-2:123456789012:instance/ABC-123")).toEqual(["abc-123"]);
    expect(tokenize("   ")).toEqual([]);
  });
});

describe("searchEntries", () => {
  const support = catalogEntry("agents", instance("i-1", "support-uk"));
  const sales = catalogEntry("agents", instance("i-2", "Sales-EMEA", { region: "eu-central-1", accountId: "111122223333" }));
  const pinned = catalogEntry("dev", instance("i-3", "lab"), { pinned: true });
  const recent = catalogEntry("dev", instance("i-4", "queue"), { lastUsedAt: 1 });
  const named = catalogEntry("agents", instance("i-5", "cx-prod-7"), { displayName: "Customer care", managed: true });
  const entries = [pinned, recent, support, sales, named];

  it("without a query, groups by section keeping the catalog order", () => {
    expect(searchEntries([support, recent, pinned, sales], null, "")).toEqual([pinned, recent, support, sales]);
    expect(bySection([sales, support])).toEqual([sales, support]);
  });

  it("limits to one profile", () => {
    expect(searchEntries(entries, "dev", "")).toEqual([pinned, recent]);
    expect(searchEntries(entries, "agents", "lab")).toEqual([]);
  });

  it("matches the display name, alias, profile, region, account and ID", () => {
    expect(searchEntries(entries, null, "customer")).toEqual([named]);
    expect(searchEntries(entries, null, "cx-prod")).toEqual([named]);
    expect(searchEntries(entries, null, "central")).toEqual([sales]);
    expect(searchEntries(entries, null, "11112222")).toEqual([sales]);
    expect(searchEntries(entries, null, "i-4")).toEqual([recent]);
    expect(searchEntries(entries, null, "dev")[0]).toBe(pinned);
  });

  it("needs every word, each matching some field", () => {
    expect(searchEntries(entries, null, "agents emea")).toEqual([sales]);
    expect(searchEntries(entries, null, "dev emea")).toEqual([]);
  });

  it("breaks ties by catalog order", () => {
    const a = catalogEntry("p", instance("a", "queue-1"));
    const b = catalogEntry("p", instance("b", "queue-2"));
    const c = catalogEntry("p", instance("c", "queue-3"));
    expect(searchEntries([c, a, b], null, "queue")).toEqual([c, a, b]);
  });

  it("answers the same array for the same inputs (the view and the controller share it)", () => {
    const first = searchEntries(entries, null, "s");
    expect(searchEntries(entries, null, "s")).toBe(first);
    expect(searchEntries(entries, null, "sa")).not.toBe(first);
  });

  it("labels an entry by display name, else alias, else ID", () => {
    expect(entryLabel(named)).toBe("Customer care");
    expect(entryLabel(support)).toBe("support-uk");
    expect(entryLabel(catalogEntry("p", instance("i-9", "  ")))).toBe("i-9");
  });
});

describe("discoverySummary", () => {
  it("counts instances and regions in scope, takes the oldest fetch, and collects failures", () => {
    const eu = instance("i-1", "a");
    const us = instance("i-2", "b", { region: "us-east-1" });
    const dev = instance("i-3", "c");
    const catalog = catalogOf(
      [catalogEntry("agents", eu), catalogEntry("agents", us), catalogEntry("dev", dev)],
      {
        profiles: [
          discovery("agents", [eu, us], { fetchedAt: 2000 }),
          discovery("dev", [dev], { fetchedAt: 1000, refreshing: true, error: errorView("mfa_required", "MFA please") }),
        ],
      },
    );
    catalog.profiles[0]?.regions.push({ region: "eu-west-3", count: 0, error: errorView("throttled", "Slow down"), elapsedMs: 9 });

    const all = discoverySummary(catalog, null);
    expect(all).toMatchObject({ count: 3, regions: 2, fetchedAt: 1000, refreshing: true });
    expect(all.profileErrors).toEqual([{ profile: "dev", error: errorView("mfa_required", "MFA please") }]);
    expect(all.regionErrors).toEqual([{ profile: "agents", region: "eu-west-3", error: errorView("throttled", "Slow down") }]);

    const agents = discoverySummary(catalog, "agents");
    expect(agents).toMatchObject({ count: 2, regions: 2, fetchedAt: 2000, refreshing: false, profileErrors: [] });
    expect(discoverySummary(catalogOf([]), null)).toMatchObject({ count: 0, regions: 0, fetchedAt: null });
  });
});
