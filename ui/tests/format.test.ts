// format.ts: relative/local times, epoch units, and labels.
import { describe, expect, it } from "vitest";
import {
  describeExpiry,
  formatLocalTime,
  formatRelative,
  identityLabel,
  inactiveStatusLabel,
  instanceName,
  kindLabel,
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

  it("names instances by alias, else ID", () => {
    expect(instanceName({ alias: "support", id: "i-1" })).toBe("support");
    expect(instanceName({ alias: null, id: "i-1" })).toBe("i-1");
    expect(instanceName({ alias: "  ", id: "i-1" })).toBe("i-1");
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
