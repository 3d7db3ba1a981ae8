// Owns the compact "Sessions" card: the sign-out-in-the-browser option, the list (#sessions) with expiries and Open / Sign out
// buttons, and (view/endshift.ts) End shift with its inline confirmation.
import type { Actions } from "../actions";
import type { SessionView } from "../bindings";
import { callerLabel, describeExpiry, sessionInstanceName, userLabel } from "../format";
import { sessionKey, type State } from "../state";
import { h, relativeTime, setAttr, setChildren, setText, show, spinner } from "./dom";
import { createEndShift } from "./endshift";
import type { View } from "./types";

function expiryOf(session: SessionView): number | null {
  return session.refreshTokenExpiresAt ?? session.accessTokenExpiresAt;
}

type SessionActions = Pick<Actions, "openSession" | "signOut" | "setSignOutBrowser" | "endShift">;

/** The buttons of one row, kept to update their progress without re-rendering the list. */
interface RowButtons {
  open: HTMLButtonElement;
  openLabel: HTMLElement;
  openSpinner: HTMLElement;
  signOut: HTMLButtonElement;
}

type RowButtonKind = "open" | "signOut";

/** One session's row; its buttons go into `rows` under the session's key. */
function renderItem(session: SessionView, now: number, actions: SessionActions, rows: Map<string, RowButtons>): HTMLLIElement {
  const key = sessionKey(session.profile, session.instanceId);
  const name = sessionInstanceName(session);
  const expiry = describeExpiry(expiryOf(session), now);
  const openSpinner = spinner();
  const openLabel = h("span", {}, "Open");
  const open = h(
    "button",
    {
      type: "button",
      class: "btn btn-small btn-secondary session-open",
      "aria-label": `Open ${name} in the browser (profile ${session.profile})`,
    },
    openSpinner,
    openLabel,
  );
  open.addEventListener("click", () => actions.openSession(session.profile, session.instanceId));
  const signOut = h(
    "button",
    {
      type: "button",
      class: "btn btn-small btn-ghost session-sign-out",
      "aria-label": `Sign out of ${name} (profile ${session.profile})`,
    },
    "Sign out",
  );
  signOut.addEventListener("click", () => actions.signOut(session.profile, session.instanceId));
  rows.set(key, { open, openLabel, openSpinner, signOut });
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
        h("span", { class: "session-user", title: callerLabel(session) }, userLabel(session)),
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
    h("div", { class: "session-actions" }, open, signOut),
  );
}

export function createSessionList(actions: SessionActions): View {
  const count = h("span", { class: "card-count" });
  const list = h("ul", { id: "sessions", class: "session-list", "aria-labelledby": "sessions-title" });
  const empty = h("p", { class: "sessions-empty" }, "No saved sessions.");

  // One option for every Sign out (this card's and the status panel's); kept for this window only.
  const browserBox = h("input", { id: "sign-out-browser", type: "checkbox", class: "checkbox" });
  const browserOption = h(
    "div",
    { class: "sign-out-option" },
    browserBox,
    h("label", { for: "sign-out-browser" }, "Also sign out of Amazon Connect in the browser"),
  );
  browserBox.addEventListener("change", () => actions.setSignOutBrowser(browserBox.checked));

  const endShift = createEndShift(actions);

  const el = h(
    "section",
    { class: "card sessions-card", "aria-labelledby": "sessions-title" },
    h("h2", { id: "sessions-title", class: "card-title" }, "Sessions ", count),
    browserOption,
    list,
    empty,
    endShift.el,
  );
  const rows = new Map<string, RowButtons>();
  let rendered: SessionView[] | null = null;
  /** Which row button has focus: its session, its kind, and the row's position. */
  function focusedRowButton(): { key: string; kind: RowButtonKind; index: number } | null {
    const focused = document.activeElement;
    let index = 0;
    for (const [key, row] of rows) {
      if (focused === row.open || focused === row.signOut) {
        return { key, kind: focused === row.open ? "open" : "signOut", index };
      }
      index++;
    }
    return null;
  }

  function renderList(sessions: SessionView[], now: number): void {
    // Keep keyboard focus on the same button of the same session (rows move: newest first), or near
    // where it was when that row disappears.
    const focus = focusedRowButton();
    rows.clear();
    setChildren(list, ...sessions.map((session) => renderItem(session, now, actions, rows)));
    if (focus) {
      const next = Array.from(rows.values());
      const row = rows.get(focus.key) ?? next[Math.min(focus.index, next.length - 1)];
      row?.[focus.kind].focus();
    }
  }

  return {
    el,
    update(state: State, previous: State | null) {
      if (state.sessions !== rendered) {
        rendered = state.sessions;
        renderList(state.sessions, state.now);
        setText(count, state.sessions.length > 0 ? String(state.sessions.length) : "");
        show(list, state.sessions.length > 0);
        show(empty, state.sessions.length === 0);
      }
      show(browserOption, state.sessions.length > 0 || state.session !== null);
      if (browserBox.checked !== state.signOutBrowser) {
        browserBox.checked = state.signOutBrowser;
      }
      for (const [key, row] of rows) {
        const signingOut = state.signingOut.includes(key);
        const opening = state.opening.includes(key);
        row.signOut.disabled = signingOut || opening;
        setText(row.signOut, signingOut ? "Signing out…" : "Sign out");
        row.open.disabled = opening || signingOut;
        setAttr(row.open, "aria-busy", opening ? "true" : "false");
        show(row.openSpinner, opening);
        setText(row.openLabel, opening ? "Opening…" : "Open");
      }

      endShift.update(state, previous);
    },
  };
}
