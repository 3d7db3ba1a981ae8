// format.ts: relative/local times, epoch units, and labels.
import { describe, expect, it } from "vitest";
import {
  callerLabel,
  codeValidity,
  deepLinkQuestion,
  describeExpiry,
  duplicateWarning,
  endShiftQuestion,
  formatAge,
  formatLocalTime,
  formatRelative,
  identityLabel,
  inactiveStatusLabel,
  instancesInRegions,
  kindLabel,
  parseRegions,
  sessionCount,
  shiftEndedMessage,
  toMillis,
  truncate,
  userLabel,
} from "../src/format";

const NOW = Date.UTC(2030, 5, 1, 9, 0, 0);
const MIN = 60_000;

describe("formatRelative", () => {
  it.each([
    [0, "in less than a minute"],
    [59_999, "in less than a minute"],
    [MIN, "in 1 min"],
    [58 * MIN + 59_000, "in 58 min"],
    [60 * MIN, "in 1 h"],
    [61 * MIN, "in 1 h 1 min"],
    [11 * 60 * MIN + 59 * MIN, "in 11 h 59 min"],
    [24 * 60 * MIN, "in 1 day"],
    [27 * 60 * MIN, "in 1 day 3 h"],
    [3 * 24 * 60 * MIN + 5 * MIN, "in 3 days"],
    [-1, "less than a minute ago"],
    [-5 * MIN, "5 min ago"],
    [-(2 * 60 + 30) * MIN, "2 h 30 min ago"],
    [-2 * 24 * 60 * MIN, "2 days ago"],
  ])("%d ms from now is %s", (offset, expected) => {
    expect(formatRelative(NOW + offset, NOW)).toBe(expected);
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
    expect(codeValidity(NOW / 1000 + left, NOW)).toBe(expected);
  });

  it("reads epoch milliseconds too, and says nothing for a nonsense time", () => {
    expect(codeValidity(NOW + 4 * MIN + 1000, NOW)).toBe("Code valid for 4 min");
    expect(codeValidity(Number.NaN, NOW)).toBe("");
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
    const e = describeExpiry(NOW / 1000 + 58 * 60 + 10, NOW);
    expect(e?.relative).toBe("in 58 min");
    expect(e?.expired).toBe(false);
    expect(e?.iso).toBe(new Date(NOW + (58 * 60 + 10) * 1000).toISOString());
    expect(e?.local).toMatch(/\d/);
  });

  it("marks past expiries as expired", () => {
    const e = describeExpiry(NOW - 3 * MIN, NOW);
    expect(e?.expired).toBe(true);
    expect(e?.relative).toBe("expired 3 min ago");
  });

  it("returns null when unknown", () => {
    expect(describeExpiry(null, NOW)).toBeNull();
    expect(describeExpiry(Number.NaN, NOW)).toBeNull();
  });
});

describe("formatLocalTime", () => {
  it("shows only the time today and adds the date on other days", () => {
    const today = new Date(NOW);
    const sameDay = new Date(today.getFullYear(), today.getMonth(), today.getDate(), 14, 32).getTime();
    const nextWeek = sameDay + 7 * 24 * 60 * MIN;
    const todayText = formatLocalTime(sameDay, NOW, "en-GB");
    expect(todayText).toBe("14:32");
    const laterText = formatLocalTime(nextWeek, NOW, "en-GB");
    expect(laterText).toContain("14:32");
    expect(laterText.length).toBeGreaterThan(todayText.length);
    expect(formatLocalTime(sameDay + 400 * 24 * 60 * MIN, NOW, "en-GB")).toMatch(/20\d\d/);
  });
});

describe("labels", () => {
  it("takes the user from the last part of the ARN, else the user ID", () => {
    expect(userLabel({ userArn: "arn:aws:sts::123:federated-user/alice", userId: "x" })).toBe("alice");
    expect(userLabel({ userArn: "arn:aws:sts::123:assumed-role/Agents/bob@example.com", userId: null })).toBe(
      "bob@example.com",
    );
    expect(userLabel({ userArn: null, userId: "AIDA123" })).toBe("AIDA123");
    expect(userLabel({ userArn: "", userId: null })).toBe("unknown user");
  });

  it("prefers the Connect username, then the last part of the user ARN, then the user ID", () => {
    const arn = "arn:aws:connect:eu-west-2:123:instance/i-1/agent/4f1c-uuid";
    expect(userLabel({ connectUsername: "jane.doe", userArn: arn, userId: "AIDA123" })).toBe("jane.doe");
    expect(userLabel({ connectUsername: "  jane.doe ", userArn: null, userId: null })).toBe("jane.doe");
    expect(userLabel({ connectUsername: null, userArn: arn, userId: "AIDA123" })).toBe("4f1c-uuid");
    expect(userLabel({ connectUsername: "   ", userArn: arn, userId: "AIDA123" })).toBe("4f1c-uuid");
    expect(userLabel({ connectUsername: "", userArn: null, userId: "AIDA123" })).toBe("AIDA123");
    expect(userLabel({ connectUsername: null, userArn: " ", userId: " " })).toBe("unknown user");
    // An older backend without the field.
    expect(userLabel({ userArn: arn, userId: "AIDA123" })).toBe("4f1c-uuid");
  });

  it("describes the caller's AWS identity only when known", () => {
    expect(callerLabel({ callerArn: "arn:aws:sts::123:assumed-role/Agents/jane.doe", userArn: null, userId: null })).toBe(
      "AWS identity: arn:aws:sts::123:assumed-role/Agents/jane.doe",
    );
    expect(callerLabel({ callerArn: null, userArn: "arn:x", userId: "y" })).toBeNull();
    expect(callerLabel({ callerArn: "  ", userArn: null, userId: null })).toBeNull();
    expect(callerLabel({ userArn: null, userId: null })).toBeNull();
  });

  it("counts sessions for End shift", () => {
    expect(sessionCount(1)).toBe("1 session");
    expect(sessionCount(0)).toBe("0 sessions");
    expect(endShiftQuestion(1)).toBe("Sign out of 1 session?");
    expect(endShiftQuestion(4)).toBe("Sign out of all 4 sessions?");
    expect(shiftEndedMessage(1)).toBe("Shift ended: 1 session signed out.");
    expect(shiftEndedMessage(3)).toBe("Shift ended: 3 sessions signed out.");
  });

  it("labels profile kinds, identity types and statuses", () => {
    expect(kindLabel("static")).toBe("static keys");
    expect(kindLabel("sso")).toBe("IAM Identity Center");
    expect(kindLabel("role")).toBe("role");
    expect(kindLabel("process")).toBe("credential process");
    expect(kindLabel("other")).toBe("other");
    expect(identityLabel("SAML")).toBe("SAML");
    expect(identityLabel("CONNECT_MANAGED")).toBe("Connect-managed users");
    expect(identityLabel("SOMETHING_NEW")).toBe("something new");
    expect(inactiveStatusLabel("ACTIVE")).toBeNull();
    expect(inactiveStatusLabel(null)).toBeNull();
    expect(inactiveStatusLabel("CREATION_FAILED")).toBe("Creation failed");
  });

  it("truncates display text", () => {
    expect(truncate("abc", 5)).toBe("abc");
    expect(truncate("abcdefgh", 5)).toBe("abcd…");
  });
});

describe("formatAge", () => {
  it.each([
    [NOW, "just now"],
    [NOW - 59_000, "just now"],
    [NOW + 5 * MIN, "just now"],
    [NOW - 3 * MIN, "3 min ago"],
    [NOW - 125 * MIN, "2 h 5 min ago"],
    [NOW - 3 * 24 * 60 * MIN, "3 days ago"],
  ])("%s → %s", (at, expected) => {
    expect(formatAge(at, NOW)).toBe(expected);
  });
});

describe("discovery and deep link wording", () => {
  it("counts instances and regions", () => {
    expect(instancesInRegions(0, 0)).toBe("No instances");
    expect(instancesInRegions(1, 1)).toBe("1 instance in 1 region");
    expect(instancesInRegions(12, 3)).toBe("12 instances in 3 regions");
  });

  it("asks about a deep link with or without a label", () => {
    expect(deepLinkQuestion({ profile: "agents", instanceId: "i-1", label: "Support" })).toBe(
      "Sign in to Support (i-1) with profile agents?",
    );
    expect(deepLinkQuestion({ profile: "agents", instanceId: "i-1", label: "  " })).toBe("Sign in to i-1 with profile agents?");
  });

  it("warns about the same instance under another profile", () => {
    expect(duplicateWarning({ profile: "dev", instanceId: "i-1", instanceAlias: null })).toBe(
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
