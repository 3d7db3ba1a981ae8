// format.ts and the times of l10n.ts: relative/local times in the window's language, epoch units, and labels.
import { describe, expect, it } from "vitest";
import {
  callerLabel,
  codeValidity,
  deepLinkQuestion,
  describeExpiry,
  duplicateWarning,
  expiryRelative,
  identityLabel,
  inactiveStatusLabel,
  kindLabel,
  parseRegions,
  toMillis,
  truncate,
  updatedAgo,
  userLabel,
} from "../src/format";
import { Messages } from "../src/l10n";
import { catalogueSources, messagesIn } from "./helpers";

const NOW = Date.UTC(2030, 5, 1, 9, 0, 0);
const MIN = 60_000;
/** English, without Fluent's isolation marks around arguments (they are checked on their own below). */
const en = new Messages("en", catalogueSources("en"));
const plain = (text: string): string => text.replace(/[\u2068\u2069]/g, "");

describe("relative times (Messages.relative)", () => {
  it.each([
    [0, "in less than a minute"],
    [59_999, "in less than a minute"],
    [MIN, "in 1 min"],
    [58 * MIN + 59_000, "in 58 min"],
    [60 * MIN, "in 1 hr"],
    [61 * MIN, "in 1 hr 1 min"],
    [11 * 60 * MIN + 59 * MIN, "in 11 hr 59 min"],
    [24 * 60 * MIN, "in 1 day"],
    [27 * 60 * MIN, "in 1 day 3 hr"],
    [3 * 24 * 60 * MIN + 5 * MIN, "in 3 days"],
    [-1, "less than a minute ago"],
    [-5 * MIN, "5 min ago"],
    [-(2 * 60 + 30) * MIN, "2 hr 30 min ago"],
    [-2 * 24 * 60 * MIN, "2 days ago"],
  ])("%d ms from now is %s", (offset, expected) => {
    expect(plain(en.relative(NOW + offset, NOW))).toBe(expected);
  });

  it("isolates the duration from the words around it (bidi-safe), and follows the language", () => {
    expect(en.relative(NOW + 5 * MIN, NOW)).toBe("in \u20685 min\u2069");
    expect(messagesIn("de").duration(5 * MIN)).toMatch(/5\s*Min/);
  });

  it("says how far away an end is, and how long ago it passed", () => {
    expect(plain(expiryRelative(en, NOW + 58 * MIN, NOW))).toBe("in 58 min");
    expect(plain(expiryRelative(en, NOW - 3 * MIN, NOW))).toBe("expired 3 min ago");
    expect(plain(expiryRelative(en, NOW, NOW))).toBe("expired less than a minute ago");
  });
});

describe("codeValidity", () => {
  it.each([
    [9 * 60 + 30, "Code valid for 9 min"],
    [10 * 60, "Code valid for 10 min"],
    [60, "Code valid for 1 min"],
    [59, "Code valid for less than a minute"],
    [0, "Code expired"],
    [-30, "Code expired"],
  ])("%d s before expiry (epoch seconds) says %s", (left, expected) => {
    expect(plain(codeValidity(en, NOW / 1000 + left, NOW))).toBe(expected);
  });

  it("reads epoch milliseconds too, and says nothing for a nonsense time", () => {
    expect(plain(codeValidity(en, NOW + 4 * MIN + 1000, NOW))).toBe("Code valid for 4 min");
    expect(codeValidity(en, Number.NaN, NOW)).toBe("");
  });
});

describe("toMillis", () => {
  it("reads epoch seconds and epoch milliseconds", () => {
    expect(toMillis(1_900_000_000)).toBe(1_900_000_000_000);
    expect(toMillis(1_900_000_000_000)).toBe(1_900_000_000_000);
  });
});

describe("describeExpiry", () => {
  it("describes a future expiry given in seconds", () => {
    const e = describeExpiry(en, NOW / 1000 + 58 * 60 + 10, NOW);
    expect(plain(e?.relative ?? "")).toBe("in 58 min");
    expect(e?.expired).toBe(false);
    expect(e?.iso).toBe(new Date(NOW + (58 * 60 + 10) * 1000).toISOString());
    expect(e?.local).toMatch(/\d/);
  });

  it("marks past expiries as expired", () => {
    const e = describeExpiry(en, NOW - 3 * MIN, NOW);
    expect(e?.expired).toBe(true);
    expect(plain(e?.relative ?? "")).toBe("expired 3 min ago");
  });

  it("returns null when unknown", () => {
    expect(describeExpiry(en, null, NOW)).toBeNull();
    expect(describeExpiry(en, Number.NaN, NOW)).toBeNull();
  });
});

describe("clock times (Messages.clock)", () => {
  it("shows only the time today and adds the date on other days, in the window's language", () => {
    const gb = new Messages("en-GB", []);
    const today = new Date(NOW);
    const sameDay = new Date(today.getFullYear(), today.getMonth(), today.getDate(), 14, 32).getTime();
    const nextWeek = sameDay + 7 * 24 * 60 * MIN;
    const todayText = gb.clock(sameDay, NOW);
    expect(todayText).toBe("14:32");
    const laterText = gb.clock(nextWeek, NOW);
    expect(laterText).toContain("14:32");
    expect(laterText.length).toBeGreaterThan(todayText.length);
    expect(gb.clock(sameDay + 400 * 24 * 60 * MIN, NOW)).toMatch(/20\d\d/);
    expect(new Messages("en-US", []).clock(sameDay, NOW)).toMatch(/02:32\sPM/);
  });
});

describe("labels", () => {
  it("takes the user from the last part of the ARN, else the user ID", () => {
    expect(userLabel(en, { userArn: "arn:aws:sts::123:federated-user/alice", userId: "x" })).toBe("alice");
    expect(userLabel(en, { userArn: "arn:aws:sts::123:assumed-role/Agents/bob@example.com", userId: null })).toBe(
      "bob@example.com",
    );
    expect(userLabel(en, { userArn: null, userId: "AIDA123" })).toBe("AIDA123");
    expect(userLabel(en, { userArn: "", userId: null })).toBe("unknown user");
  });

  it("prefers the Connect username, then the last part of the user ARN, then the user ID", () => {
    const arn = "arn:aws:connect:eu-west-2:123:instance/i-1/agent/4f1c-uuid";
    expect(userLabel(en, { connectUsername: "jane.doe", userArn: arn, userId: "AIDA123" })).toBe("jane.doe");
    expect(userLabel(en, { connectUsername: "  jane.doe ", userArn: null, userId: null })).toBe("jane.doe");
    expect(userLabel(en, { connectUsername: null, userArn: arn, userId: "AIDA123" })).toBe("4f1c-uuid");
    expect(userLabel(en, { connectUsername: "   ", userArn: arn, userId: "AIDA123" })).toBe("4f1c-uuid");
    expect(userLabel(en, { connectUsername: "", userArn: null, userId: "AIDA123" })).toBe("AIDA123");
    expect(userLabel(en, { connectUsername: null, userArn: " ", userId: " " })).toBe("unknown user");
    // An older backend without the field.
    expect(userLabel(en, { userArn: arn, userId: "AIDA123" })).toBe("4f1c-uuid");
  });

  it("describes the caller's AWS identity only when known", () => {
    expect(plain(callerLabel(en, { callerArn: "arn:aws:sts::123:assumed-role/Agents/jane.doe", userArn: null, userId: null }) ?? "")).toBe(
      "AWS identity: arn:aws:sts::123:assumed-role/Agents/jane.doe",
    );
    expect(callerLabel(en, { callerArn: null, userArn: "arn:x", userId: "y" })).toBeNull();
    expect(callerLabel(en, { callerArn: "  ", userArn: null, userId: null })).toBeNull();
    expect(callerLabel(en, { userArn: null, userId: null })).toBeNull();
  });

  it("counts sessions for End shift with the language's plural forms", () => {
    expect(plain(en.t("end-shift-question", { count: 1 }))).toBe("Sign out of 1 session?");
    expect(plain(en.t("end-shift-question", { count: 4 }))).toBe("Sign out of all 4 sessions?");
    expect(plain(en.t("end-shift-done", { count: 1 }))).toBe("Shift ended: 1 session signed out.");
    expect(plain(en.t("end-shift-done", { count: 3 }))).toBe("Shift ended: 3 sessions signed out.");
    expect(plain(en.t("end-shift-done", { count: 1200 }))).toBe("Shift ended: 1,200 sessions signed out.");
  });

  it("labels profile kinds, identity types and statuses", () => {
    expect(kindLabel(en, "static")).toBe("static keys");
    expect(kindLabel(en, "sso")).toBe("IAM Identity Center");
    expect(kindLabel(en, "role")).toBe("role");
    expect(kindLabel(en, "process")).toBe("credential process");
    expect(kindLabel(en, "other")).toBe("other");
    expect(identityLabel(en, "SAML")).toBe("SAML");
    expect(identityLabel(en, "CONNECT_MANAGED")).toBe("Connect-managed users");
    expect(identityLabel(en, "SOMETHING_NEW")).toBe("something new");
    expect(identityLabel(en, null)).toBe("identity type unknown");
    expect(inactiveStatusLabel(en, "ACTIVE")).toBeNull();
    expect(inactiveStatusLabel(en, null)).toBeNull();
    expect(inactiveStatusLabel(en, "CREATION_FAILED")).toBe("Creation failed");
    expect(inactiveStatusLabel(en, "SOMETHING_ELSE")).toBe("Something else");
  });

  it("truncates display text", () => {
    expect(truncate("abc", 5)).toBe("abc");
    expect(truncate("abcdefgh", 5)).toBe("abcd…");
  });
});

describe("updatedAgo", () => {
  it.each([
    [NOW, "· updated just now"],
    [NOW - 59_000, "· updated just now"],
    [NOW + 5 * MIN, "· updated just now"],
    [NOW - 3 * MIN, "· updated 3 min ago"],
    [NOW - 125 * MIN, "· updated 2 hr 5 min ago"],
    [NOW - 3 * 24 * 60 * MIN, "· updated 3 days ago"],
  ])("%s → %s", (at, expected) => {
    expect(plain(updatedAgo(en, at, NOW))).toBe(expected);
  });
});

describe("discovery and deep link wording", () => {
  it("counts instances and regions with the language's plural forms", () => {
    const summary = (count: number, regions: number): string => plain(en.t("discovery-summary", { count, regions }));
    expect(summary(0, 0)).toBe("No instances");
    expect(summary(1, 1)).toBe("1 instance in 1 region");
    expect(summary(12, 3)).toBe("12 instances in 3 regions");
    expect(summary(2, 1)).toBe("2 instances in 1 region");
  });

  it("asks about a deep link with or without a label", () => {
    expect(plain(deepLinkQuestion(en, { profile: "agents", instanceId: "i-1", label: "Support" }))).toBe(
      "Sign in to Support (i-1) with profile agents?",
    );
    expect(plain(deepLinkQuestion(en, { profile: "agents", instanceId: "i-1", label: "  " }))).toBe(
      "Sign in to i-1 with profile agents?",
    );
  });

  it("warns about the same instance under another profile", () => {
    expect(plain(duplicateWarning(en, { profile: "dev", instanceId: "i-1", instanceAlias: null }))).toBe(
      "You are already signed in to i-1 with profile dev. Signing in again may end that session.",
    );
  });
});

describe("parseRegions", () => {
  it("splits on commas and spaces, lower-cases and de-duplicates", () => {
    expect(parseRegions(" EU-West-3,ca-central-1   us-gov-west-1, eu-west-3 ,")).toEqual({
      regions: ["eu-west-3", "ca-central-1", "us-gov-west-1"],
      invalid: [],
    });
    expect(parseRegions("")).toEqual({ regions: [], invalid: [] });
  });

  it("lists what does not look like a region", () => {
    expect(parseRegions("eu-west-3 europe eu-west x-west-1 eu-west-1a http://x").invalid).toEqual([
      "europe",
      "eu-west",
      "x-west-1",
      "eu-west-1a",
      "http://x",
    ]);
  });
});
