// Owns the compact "Sessions" list (#sessions): every remembered session with its expiry and a Sign out button.
import type { SessionView } from "../bindings";
import { describeExpiry, sessionInstanceName, userLabel } from "../format";
import { sessionKey, type State } from "../state";
import { h, relativeTime, setChildren, setText, show } from "./dom";
import type { View } from "./types";

function expiryOf(session: SessionView): number | null {
  return session.refreshTokenExpiresAt ?? session.accessTokenExpiresAt;
}

export function createSessionList(onSignOut: (profile: string, instanceId: string) => void): View {
  const count = h("span", { class: "card-count" });
  const list = h("ul", { id: "sessions", class: "session-list", "aria-labelledby": "sessions-title" });
  const empty = h("p", { class: "sessions-empty" }, "No saved sessions.");
  const el = h(
    "section",
    { class: "card sessions-card", "aria-labelledby": "sessions-title" },
    h("h2", { id: "sessions-title", class: "card-title" }, "Sessions ", count),
    list,
    empty,
  );
  const buttons = new Map<string, HTMLButtonElement>();
  let rendered: SessionView[] | null = null;

  function renderItem(session: SessionView, now: number): HTMLLIElement {
    const key = sessionKey(session.profile, session.instanceId);
    const name = sessionInstanceName(session);
    const expiry = describeExpiry(expiryOf(session), now);
    const button = h(
      "button",
      {
        type: "button",
        class: "btn btn-small btn-ghost session-sign-out",
        "aria-label": `Sign out of ${name} (profile ${session.profile})`,
      },
      "Sign out",
    );
    button.addEventListener("click", () => onSignOut(session.profile, session.instanceId));
    buttons.set(key, button);
    return h(
      "li",
      { class: "session-item", "data-profile": session.profile, "data-instance-id": session.instanceId },
      h(
        "div",
        { class: "session-body" },
        h(
          "div",
          { class: "session-line" },
          h("span", { class: "session-instance" }, name),
          h("span", { class: "session-user" }, userLabel(session)),
        ),
        h(
          "div",
          { class: "session-detail" },
          h("span", { class: "session-profile" }, session.profile),
          ` · ${session.region}`,
        ),
        expiry
          ? h(
              "div",
              { class: "session-expiry" },
              "until ",
              h("time", { datetime: expiry.iso }, expiry.local),
              " (",
              relativeTime(expiry.ms, now),
              ")",
            )
          : h("div", { class: "session-expiry is-unknown" }, "expiry unknown"),
      ),
      button,
    );
  }

  function renderList(sessions: SessionView[], now: number): void {
    // Keep keyboard focus near where it was when the focused row disappears.
    const focused = document.activeElement;
    const focusIndex = focused instanceof HTMLButtonElement ? Array.from(buttons.values()).indexOf(focused) : -1;
    buttons.clear();
    setChildren(list, ...sessions.map((session) => renderItem(session, now)));
    if (focusIndex >= 0 && !(focused as HTMLElement).isConnected) {
      const next = Array.from(buttons.values());
      next[Math.min(focusIndex, next.length - 1)]?.focus();
    }
  }

  return {
    el,
    update(state: State) {
      if (state.sessions !== rendered) {
        rendered = state.sessions;
        renderList(state.sessions, state.now);
        setText(count, state.sessions.length > 0 ? String(state.sessions.length) : "");
        show(list, state.sessions.length > 0);
        show(empty, state.sessions.length === 0);
      }
      for (const [key, button] of buttons) {
        const busy = state.signingOut.includes(key);
        button.disabled = busy;
        setText(button, busy ? "Signing out…" : "Sign out");
      }
    },
  };
}
