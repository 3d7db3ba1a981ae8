// Owns the status panel (#status): the outcome of the last sign-in, Open (or End shift) from this window, its expiries,
// Sign out, and a note after a successful Sign in with IAM Identity Center or an accepted MFA code.
import type { SessionView, Text } from "../bindings";
import { callerLabel, describeExpiry, sessionInstanceName, userLabel } from "../format";
import type { Messages } from "../l10n";
import { sessionKey } from "../state";
import { h, relativeTime, rich, setChildren, setText } from "./dom";
import type { View } from "./types";

function expiryRow(messages: Messages, label: string, timestamp: number | null, now: number): Node[] {
  const expiry = describeExpiry(messages, timestamp, now);
  return [
    h("dt", {}, label),
    expiry
      ? h(
          "dd",
          {},
          ...rich(messages, "expiry-time", {}, {
            time: h("time", { datetime: expiry.iso }, expiry.local),
            relative: relativeTime(messages, expiry.ms, now),
          }),
        )
      : h("dd", { class: "is-unknown" }, messages.t("status-expiry-unknown")),
  ];
}

export function createStatusPanel(messages: Messages, onSignOut: (profile: string, instanceId: string) => void): View {
  const signOutLabel = h("span", {}, messages.t("sign-out-button"));
  const signOut = h(
    "button",
    { id: "sign-out", type: "button", class: "btn btn-secondary btn-small status-sign-out" },
    signOutLabel,
  );
  const el = h("section", {
    id: "status",
    class: "card status-card",
    "aria-live": "polite",
    "aria-relevant": "additions",
    "aria-labelledby": "status-title",
  });
  let shown: SessionView | null | undefined;
  let shownNote: Text | null | undefined;
  let shownShift: number | null | undefined;
  let shownResumed: boolean | null | undefined;
  let shownSsoDone: string | null | undefined;
  let shownMfaDone: string | null | undefined;

  signOut.addEventListener("click", () => {
    if (shown) {
      onSignOut(shown.profile, shown.instanceId);
    }
  });

  /** After Open: whether the stored tokens were reused or it had to sign in again. */
  function resumeNote(resumed: boolean | null): HTMLElement | null {
    if (resumed === null) {
      return null;
    }
    return h("p", { class: "status-resume-note" }, resumed ? messages.t("status-resumed") : messages.t("status-renewed"));
  }

  /** After Sign in with IAM Identity Center: it worked, and what failed runs again. */
  function ssoNote(profile: string | null): HTMLElement | null {
    if (profile === null) {
      return null;
    }
    return h("p", { class: "sso-login-done" }, messages.t("status-sso-done", { profile }));
  }

  /** After an accepted MFA code: it worked, and what failed runs again. */
  function mfaNote(profile: string | null): HTMLElement | null {
    return profile === null ? null : h("p", { class: "mfa-done" }, messages.t("status-mfa-done", { profile }));
  }

  function renderSession(
    session: SessionView,
    resumed: boolean | null,
    ssoDone: string | null,
    mfaDone: string | null,
    now: number,
  ): void {
    const name = sessionInstanceName(session);
    const caller = callerLabel(messages, session);
    setChildren(
      el,
      h(
        "div",
        { class: "status-head" },
        h("span", { class: "status-icon status-icon-ok", "aria-hidden": "true" }, "✓"),
        h("h2", { id: "status-title", class: "card-title" }, messages.t("status-signed-in")),
        signOut,
      ),
      h(
        "p",
        { id: "status-summary", class: "status-summary" },
        ...rich(messages, "status-summary", {}, {
          name: h("strong", { class: "status-instance" }, name),
          region: h("span", { class: "status-region" }, session.region),
        }),
      ),
      h("p", { class: "status-browser" }, messages.t("status-browser")),
      resumeNote(resumed),
      ssoNote(ssoDone),
      mfaNote(mfaDone),
      h(
        "dl",
        { class: "status-times" },
        h("dt", {}, messages.t("status-user")),
        h("dd", { class: "status-user", title: caller }, userLabel(messages, session)),
        caller !== null && h("dd", { class: "status-caller", title: caller }, caller),
        h("dt", {}, messages.t("status-profile")),
        h("dd", { class: "status-profile" }, session.profile),
        ...expiryRow(messages, messages.t("status-access-expires"), session.accessTokenExpiresAt, now),
        ...expiryRow(messages, messages.t("status-refresh-expires"), session.refreshTokenExpiresAt, now),
      ),
      !session.remembered &&
        h(
          "p",
          { class: "status-warning" },
          h("span", { class: "status-warning-icon", "aria-hidden": "true" }, "!"),
          messages.t("status-not-remembered"),
        ),
    );
  }

  function renderIdle(note: Text | null, shiftEnded: number | null, ssoDone: string | null, mfaDone: string | null): void {
    setChildren(
      el,
      h("h2", { id: "status-title", class: "card-title" }, messages.t("status-title")),
      shiftEnded !== null
        ? h(
            "div",
            { class: "status-done" },
            h("span", { class: "status-icon status-icon-ok", "aria-hidden": "true" }, "✓"),
            h("p", { id: "end-shift-done", class: "status-note" }, messages.t("end-shift-done", { count: shiftEnded })),
          )
        : h("p", { class: note ? "status-note" : "status-idle" }, note ? messages.text(note) : messages.t("status-idle")),
      ssoNote(ssoDone),
      mfaNote(mfaDone),
    );
  }

  return {
    el,
    update(state) {
      const session = state.session;
      if (
        session !== shown ||
        (session && state.resumed !== shownResumed) ||
        (!session && (state.statusNote !== shownNote || state.shiftEnded !== shownShift)) ||
        state.ssoDone !== shownSsoDone ||
        state.mfaDone !== shownMfaDone
      ) {
        shown = session;
        shownNote = state.statusNote;
        shownShift = state.shiftEnded;
        shownResumed = state.resumed;
        shownSsoDone = state.ssoDone;
        shownMfaDone = state.mfaDone;
        if (session) {
          renderSession(session, state.resumed, state.ssoDone, state.mfaDone, state.now);
        } else {
          renderIdle(state.statusNote, state.shiftEnded, state.ssoDone, state.mfaDone);
        }
      }
      if (session) {
        const busy = state.signingOut.includes(sessionKey(session.profile, session.instanceId));
        signOut.disabled = busy;
        signOut.setAttribute("aria-busy", busy ? "true" : "false");
        setText(signOutLabel, busy ? messages.t("signing-out") : messages.t("sign-out-button"));
      }
    },
  };
}
