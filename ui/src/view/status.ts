// Owns the status panel (#status): the outcome of the last sign-in, Open (or End shift) from this window, its expiries,
// Sign out, and a note after a successful Sign in with IAM Identity Center or an accepted MFA code.
import type { SessionView } from "../bindings";
import { callerLabel, describeExpiry, sessionInstanceName, shiftEndedMessage, userLabel } from "../format";
import { sessionKey } from "../state";
import { h, relativeTime, setChildren, setText } from "./dom";
import type { View } from "./types";

function expiryRow(label: string, timestamp: number | null, now: number): Node[] {
  const expiry = describeExpiry(timestamp, now);
  return [
    h("dt", {}, label),
    expiry
      ? h(
          "dd",
          {},
          h("time", { datetime: expiry.iso }, expiry.local),
          " (",
          relativeTime(expiry.ms, now),
          ")",
        )
      : h("dd", { class: "is-unknown" }, "unknown"),
  ];
}

export function createStatusPanel(onSignOut: (profile: string, instanceId: string) => void): View {
  const signOutLabel = h("span", {}, "Sign out");
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
  let shownNote: string | null | undefined;
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
    return h(
      "p",
      { class: "status-resume-note" },
      resumed
        ? "Reopened with your stored session — no new sign-in needed."
        : "Stored tokens had expired: signed in again.",
    );
  }

  /** After Sign in with IAM Identity Center: it worked, and what failed runs again. */
  function ssoNote(profile: string | null): HTMLElement | null {
    if (profile === null) {
      return null;
    }
    return h("p", { class: "sso-login-done" }, `IAM Identity Center sign-in succeeded for profile ${profile}.`);
  }

  /** After an accepted MFA code: it worked, and what failed runs again. */
  function mfaNote(profile: string | null): HTMLElement | null {
    return profile === null ? null : h("p", { class: "mfa-done" }, `MFA code accepted for profile ${profile}.`);
  }

  function renderSession(
    session: SessionView,
    resumed: boolean | null,
    ssoDone: string | null,
    mfaDone: string | null,
    now: number,
  ): void {
    const name = sessionInstanceName(session);
    const caller = callerLabel(session);
    setChildren(
      el,
      h(
        "div",
        { class: "status-head" },
        h("span", { class: "status-icon status-icon-ok", "aria-hidden": "true" }, "✓"),
        h("h2", { id: "status-title", class: "card-title" }, "Signed in"),
        signOut,
      ),
      h(
        "p",
        { id: "status-summary", class: "status-summary" },
        "Signed in to ",
        h("strong", { class: "status-instance" }, name),
        " ",
        h("span", { class: "status-region" }, `(${session.region})`),
      ),
      h("p", { class: "status-browser" }, "Browser opened — continue in Amazon Connect there."),
      resumeNote(resumed),
      ssoNote(ssoDone),
      mfaNote(mfaDone),
      h(
        "dl",
        { class: "status-times" },
        h("dt", {}, "Connect user"),
        h("dd", { class: "status-user", title: caller }, userLabel(session)),
        caller !== null && h("dd", { class: "status-caller", title: caller }, caller),
        h("dt", {}, "Profile"),
        h("dd", { class: "status-profile" }, session.profile),
        ...expiryRow("Access token expires", session.accessTokenExpiresAt, now),
        ...expiryRow("Refresh token expires", session.refreshTokenExpiresAt, now),
      ),
      !session.remembered &&
        h(
          "p",
          { class: "status-warning" },
          h("span", { class: "status-warning-icon", "aria-hidden": "true" }, "!"),
          "The keychain is unavailable: this session will not be remembered",
        ),
    );
  }

  function renderIdle(note: string | null, shiftEnded: number | null, ssoDone: string | null, mfaDone: string | null): void {
    setChildren(
      el,
      h("h2", { id: "status-title", class: "card-title" }, "Status"),
      shiftEnded !== null
        ? h(
            "div",
            { class: "status-done" },
            h("span", { class: "status-icon status-icon-ok", "aria-hidden": "true" }, "✓"),
            h("p", { id: "end-shift-done", class: "status-note" }, shiftEndedMessage(shiftEnded)),
          )
        : h("p", { class: note ? "status-note" : "status-idle" }, note ?? "Not signed in from this window yet."),
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
        setText(signOutLabel, busy ? "Signing out…" : "Sign out");
      }
    },
  };
}
