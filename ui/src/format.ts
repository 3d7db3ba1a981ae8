// Owns human-readable text derived from backend data: times, expiries, labels for kinds/types/users.
import type { ProfileKind, SessionView } from "./bindings";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * Backend timestamps are Unix epoch numbers. Accept seconds or milliseconds:
 * anything below 1e11 cannot be a plausible millisecond time (it is 1973),
 * so it is read as seconds.
 */
export function toMillis(timestamp: number): number {
  return Math.abs(timestamp) < 1e11 ? timestamp * 1000 : timestamp;
}

function plural(n: number, unit: string): string {
  return `${n} ${unit}${n === 1 ? "" : "s"}`;
}

/** A length of time, rounded down: "less than a minute", "58 min", "2 h 5 min", "1 day 3 h", "3 days". */
export function formatDuration(ms: number): string {
  const abs = Math.abs(ms);
  if (abs < MINUTE) {
    return "less than a minute";
  }
  const minutes = Math.floor(abs / MINUTE);
  if (abs < HOUR) {
    return `${minutes} min`;
  }
  const hours = Math.floor(abs / HOUR);
  if (abs < DAY) {
    const rest = minutes - hours * 60;
    return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
  }
  const days = Math.floor(abs / DAY);
  const restHours = hours - days * 24;
  if (days < 2 && restHours > 0) {
    return `1 day ${restHours} h`;
  }
  return plural(days, "day");
}

/** "in 58 min", "in 2 h 5 min", "in 3 days", "12 min ago", "in less than a minute". */
export function formatRelative(targetMs: number, nowMs: number): string {
  const diff = targetMs - nowMs;
  const text = formatDuration(diff);
  return diff >= 0 ? `in ${text}` : `${text} ago`;
}

/**
 * How long an IAM Identity Center sign-in code still works: "Code valid for 9 min" (rounded down, so it never
 * promises more time than there is), "Code valid for less than a minute", "Code expired". `expiresAt` is epoch
 * seconds or milliseconds.
 */
export function codeValidity(expiresAt: number, nowMs: number): string {
  if (!Number.isFinite(expiresAt)) {
    return "";
  }
  const left = toMillis(expiresAt) - nowMs;
  return left <= 0 ? "Code expired" : `Code valid for ${formatDuration(left)}`;
}

function sameDay(a: Date, b: Date): boolean {
  return (
    a.getFullYear() === b.getFullYear() &&
    a.getMonth() === b.getMonth() &&
    a.getDate() === b.getDate()
  );
}

/** Local wall-clock time: "14:32" today, "Tue 3 Dec, 14:32" on another day. */
export function formatLocalTime(ms: number, nowMs: number, locale?: string): string {
  const date = new Date(ms);
  const now = new Date(nowMs);
  if (sameDay(date, now)) {
    return date.toLocaleTimeString(locale, { hour: "2-digit", minute: "2-digit" });
  }
  const options: Intl.DateTimeFormatOptions = {
    weekday: "short",
    day: "numeric",
    month: "short",
    hour: "2-digit",
    minute: "2-digit",
  };
  if (date.getFullYear() !== now.getFullYear()) {
    options.year = "numeric";
  }
  return date.toLocaleString(locale, options);
}

export interface Expiry {
  /** Epoch milliseconds. */
  ms: number;
  /** ISO-8601, for `<time datetime>`. */
  iso: string;
  local: string;
  relative: string;
  expired: boolean;
}

/** Everything the UI shows about one expiry timestamp, or null when the backend does not know it. */
export function describeExpiry(timestamp: number | null, nowMs: number): Expiry | null {
  if (timestamp === null || !Number.isFinite(timestamp)) {
    return null;
  }
  const ms = toMillis(timestamp);
  const expired = ms <= nowMs;
  const relative = formatRelative(ms, nowMs);
  return {
    ms,
    iso: new Date(ms).toISOString(),
    local: formatLocalTime(ms, nowMs),
    relative: expired ? `expired ${relative}` : relative,
    expired,
  };
}

/** What {@link userLabel} and {@link callerLabel} read; the newer fields may be missing from an older backend. */
export type UserFields = Pick<SessionView, "userArn" | "userId"> &
  Partial<Pick<SessionView, "connectUsername" | "callerArn">>;

function present(value: string | null | undefined): string | null {
  const text = typeof value === "string" ? value.trim() : "";
  return text === "" ? null : text;
}

/**
 * The signed-in Connect user: the Connect username (the caller's role session name) when the
 * backend knows it, else the last part of the user ARN (`…/agent/<user id>`), else the user ID.
 */
export function userLabel(session: UserFields): string {
  const username = present(session.connectUsername);
  if (username) {
    return username;
  }
  const arn = present(session.userArn);
  if (arn) {
    const last = arn.split(/[/:]/).pop();
    if (last) {
      return last;
    }
  }
  return present(session.userId) ?? "unknown user";
}

/** "AWS identity: <caller ARN>", or null when the backend does not know who the caller was. */
export function callerLabel(session: UserFields): string | null {
  const arn = present(session.callerArn);
  return arn ? `AWS identity: ${arn}` : null;
}

/** "1 session", "3 sessions". */
export function sessionCount(n: number): string {
  return plural(n, "session");
}

/** The inline End shift confirmation: "Sign out of all 3 sessions?" ("Sign out of 1 session?"). */
export function endShiftQuestion(n: number): string {
  return n === 1 ? "Sign out of 1 session?" : `Sign out of all ${sessionCount(n)}?`;
}

/** "Shift ended: 3 sessions signed out." */
export function shiftEndedMessage(removed: number): string {
  return `Shift ended: ${sessionCount(removed)} signed out.`;
}

/** Alias or ID for a session's instance. */
export function sessionInstanceName(session: Pick<SessionView, "instanceAlias" | "instanceId">): string {
  const alias = session.instanceAlias?.trim();
  return alias ? alias : session.instanceId;
}

const KIND_LABELS: Record<ProfileKind, string> = {
  static: "static keys",
  sso: "IAM Identity Center",
  role: "role",
  process: "credential process",
  other: "other",
};

export function kindLabel(kind: ProfileKind): string {
  return KIND_LABELS[kind] ?? "other";
}

const IDENTITY_LABELS: Record<string, string> = {
  SAML: "SAML",
  CONNECT_MANAGED: "Connect-managed users",
  EXISTING_DIRECTORY: "existing directory",
};

export function identityLabel(type: string | null): string {
  if (type === null || type === "") {
    return "identity type unknown";
  }
  return IDENTITY_LABELS[type] ?? type.toLowerCase().replace(/_/g, " ");
}

/** Instance status for display; null when it is ACTIVE or unknown. */
export function inactiveStatusLabel(status: string | null): string | null {
  if (status === null || status === "" || status === "ACTIVE") {
    return null;
  }
  const text = status.toLowerCase().replace(/_/g, " ");
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Cuts display text (never data used for calls) so huge hostile names stay cheap to show. */
export function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, Math.max(0, max - 1))}…`;
}

/** How long ago something happened: "just now", "3 min ago", "2 h 5 min ago"; a time ahead of the clock is "just now". */
export function formatAge(ms: number, nowMs: number): string {
  const age = nowMs - ms;
  return age < MINUTE ? "just now" : `${formatDuration(age)} ago`;
}

/** "12 instances in 3 regions", "1 instance in 1 region", "No instances". */
export function instancesInRegions(instances: number, regions: number): string {
  if (instances === 0) {
    return "No instances";
  }
  return `${plural(instances, "instance")} in ${plural(regions, "region")}`;
}

/** What a deep link asks: "Sign in to LABEL (ID) with profile P?", or "Sign in to ID with profile P?" without a label. */
export function deepLinkQuestion(link: { profile: string; instanceId: string; label: string | null }): string {
  const label = link.label?.trim();
  const target = label ? `${label} (${link.instanceId})` : link.instanceId;
  return `Sign in to ${target} with profile ${link.profile}?`;
}

/** The same-instance-twice warning before a sign-in. */
export function duplicateWarning(session: Pick<SessionView, "instanceAlias" | "instanceId" | "profile">): string {
  const name = sessionInstanceName(session);
  return `You are already signed in to ${name} with profile ${session.profile}. Signing in again may end that session.`;
}

const REGION_PATTERN = /^[a-z]{2}(-[a-z]+)+-\d+$/;

/**
 * Reads the "Extra regions" field: names separated by commas or spaces, lower-cased, duplicates dropped.
 * `invalid` lists what does not look like a region (`xx-xxxx-N`, e.g. eu-west-2, us-gov-west-1).
 */
export function parseRegions(text: string): { regions: string[]; invalid: string[] } {
  const regions: string[] = [];
  const invalid: string[] = [];
  for (const part of text.split(/[\s,]+/)) {
    const name = part.trim().toLowerCase();
    if (name === "") {
      continue;
    }
    if (!REGION_PATTERN.test(name)) {
      invalid.push(part.trim());
    } else if (!regions.includes(name)) {
      regions.push(name);
    }
  }
  return { regions, invalid };
}

/** What a field or control the IT policy sets says about itself. */
export const MANAGED_TITLE = "Managed by your organization";
