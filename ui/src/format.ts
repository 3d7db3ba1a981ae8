// Owns the words derived from backend data (expiries, labels for kinds, identity types, users), in the window's
// language through its Messages, and the data helpers they rest on (epoch units, region lists, truncation).
import type { DeepLinkView, ProfileKind, SessionView } from "./bindings";
import type { Messages } from "./l10n";

const MINUTE = 60_000;

/**
 * Backend timestamps are Unix epoch numbers. Accept seconds or milliseconds:
 * anything below 1e11 cannot be a plausible millisecond time (it is 1973),
 * so it is read as seconds.
 */
export function toMillis(timestamp: number): number {
  return Math.abs(timestamp) < 1e11 ? timestamp * 1000 : timestamp;
}

/** How far away an end is: "in 58 min", or "expired 3 min ago" once it has passed. */
export function expiryRelative(messages: Messages, ms: number, nowMs: number): string {
  return ms <= nowMs ? messages.t("time-expired-ago", { duration: messages.duration(nowMs - ms) }) : messages.relative(ms, nowMs);
}

/**
 * How long an IAM Identity Center sign-in code still works: "Code valid for 9 min" (rounded down, so it never
 * promises more time than there is), "Code valid for less than a minute", "Code expired". `expiresAt` is epoch
 * seconds or milliseconds.
 */
export function codeValidity(messages: Messages, expiresAt: number, nowMs: number): string {
  if (!Number.isFinite(expiresAt)) {
    return "";
  }
  const left = toMillis(expiresAt) - nowMs;
  return left <= 0 ? messages.t("sso-code-expired") : messages.t("sso-code-valid", { duration: messages.duration(left) });
}

/** How long ago the list was brought up to date: "· updated just now", "· updated 3 min ago" (a time ahead: just now). */
export function updatedAgo(messages: Messages, ms: number, nowMs: number): string {
  const age = nowMs - ms;
  return age < MINUTE ? messages.t("discovery-age-just-now") : messages.t("discovery-age", { duration: messages.duration(age) });
}

export interface Expiry {
  /** Epoch milliseconds. */
  ms: number;
  /** ISO-8601, for `<time datetime>`. */
  iso: string;
  /** Local clock time in the window's language. */
  local: string;
  relative: string;
  expired: boolean;
}

/** Everything the UI shows about one expiry timestamp, or null when the backend does not know it. */
export function describeExpiry(messages: Messages, timestamp: number | null, nowMs: number): Expiry | null {
  if (timestamp === null || !Number.isFinite(timestamp)) {
    return null;
  }
  const ms = toMillis(timestamp);
  return {
    ms,
    iso: new Date(ms).toISOString(),
    local: messages.clock(ms, nowMs),
    relative: expiryRelative(messages, ms, nowMs),
    expired: ms <= nowMs,
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
export function userLabel(messages: Messages, session: UserFields): string {
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
  return present(session.userId) ?? messages.t("user-unknown");
}

/** "AWS identity: <caller ARN>", or null when the backend does not know who the caller was. */
export function callerLabel(messages: Messages, session: UserFields): string | null {
  const arn = present(session.callerArn);
  return arn ? messages.t("caller-identity", { arn }) : null;
}

/** Alias or ID for a session's instance. */
export function sessionInstanceName(session: Pick<SessionView, "instanceAlias" | "instanceId">): string {
  const alias = session.instanceAlias?.trim();
  return alias ? alias : session.instanceId;
}

const KINDS: readonly ProfileKind[] = ["static", "sso", "role", "process", "other"];

/** What kind of profile it is: "static keys", "IAM Identity Center"… */
export function kindLabel(messages: Messages, kind: ProfileKind): string {
  return messages.t("profile-kind", { kind: KINDS.includes(kind) ? kind : "other" });
}

/** An AWS code in plain letters, for a value the catalogue does not know: "SOMETHING_NEW" → "something new". */
function plainCode(code: string): string {
  return code.toLowerCase().replace(/_/g, " ");
}

/** How an instance manages its users: "SAML", "Connect-managed users", "identity type unknown". */
export function identityLabel(messages: Messages, type: string | null): string {
  const known = type === null || type === "" ? "unknown" : type;
  return messages.t("identity-type", { type: known, fallback: plainCode(known) });
}

/** Instance status for display ("Creation in progress"); null when it is ACTIVE or unknown. */
export function inactiveStatusLabel(messages: Messages, status: string | null): string | null {
  if (status === null || status === "" || status === "ACTIVE") {
    return null;
  }
  const text = plainCode(status);
  return messages.t("instance-status", { status, fallback: text.charAt(0).toUpperCase() + text.slice(1) });
}

/** Cuts display text (never data used for calls) so huge hostile names stay cheap to show. */
export function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, Math.max(0, max - 1))}…`;
}

/** What a deep link asks: "Sign in to LABEL (ID) with profile P?", or "Sign in to ID with profile P?" without a label. */
export function deepLinkQuestion(messages: Messages, link: Pick<DeepLinkView, "profile" | "instanceId" | "label">): string {
  const label = link.label?.trim();
  return label
    ? messages.t("deep-link-question", { label, id: link.instanceId, profile: link.profile })
    : messages.t("deep-link-question-id", { id: link.instanceId, profile: link.profile });
}

/** The same-instance-twice warning before a sign-in. */
export function duplicateWarning(
  messages: Messages,
  session: Pick<SessionView, "instanceAlias" | "instanceId" | "profile">,
): string {
  return messages.t("duplicate-question", { name: sessionInstanceName(session), profile: session.profile });
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
