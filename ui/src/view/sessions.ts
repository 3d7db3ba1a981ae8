// Owns the compact "Sessions" card: the sign-out-in-the-browser option, the list (#sessions) with expiries and Open / Sign out
// buttons, and (view/endshift.ts) End shift with its inline confirmation.
import type { Actions } from "../actions";
import type { SessionView } from "../bindings";
import { callerLabel, describeExpiry, sessionInstanceName, userLabel } from "../format";
import type { Messages } from "../l10n";
import { sessionKey, type State } from "../state";
import { h, relativeTime, rich, setAttr, setChildren, setText, show, spinner } from "./dom";
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
function renderItem(
  messages: Messages,
  session: SessionView,
  now: number,
  actions: SessionActions,
  rows: Map<string, RowButtons>,
): HTMLLIElement {
  const key = sessionKey(session.profile, session.instanceId);
  const name = sessionInstanceName(session);
  const expiry = describeExpiry(messages, expiryOf(session), now);
  const openSpinner = spinner();
  const openLabel = h("span", {}, messages.t("session-open"));
  const open = h(
    "button",
    {
      type: "button",
      class: "btn btn-small btn-secondary session-open",
      "aria-label": messages.attr("session-open", "aria-label", { name, profile: session.profile }),
    },
    openSpinner,
    openLabel,
  );
  open.addEventListener("click", () => {
    if (!blocked(open)) {
      actions.openSession(session.profile, session.instanceId);
    }
  });
  const signOut = h(
    "button",
    {
      type: "button",
      class: "btn btn-small btn-ghost session-sign-out",
      "aria-label": messages.attr("session-sign-out", "aria-label", { name, profile: session.profile }),
    },
    messages.t("sign-out-button"),
  );
  signOut.addEventListener("click", () => {
    if (!blocked(signOut)) {
      actions.signOut(session.profile, session.instanceId);
    }
  });
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
        h("span", { class: "session-user", title: callerLabel(messages, session) }, userLabel(messages, session)),
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
            ...rich(messages, "session-until", {}, {
              time: h("time", { datetime: expiry.iso }, expiry.local),
              relative: relativeTime(messages, expiry.ms, now),
            }),
          )
        : h("div", { class: "session-expiry is-unknown" }, messages.t("session-expiry-unknown")),
    ),
    h("div", { class: "session-actions" }, open, signOut),
  );
}

/**
 * Busy row buttons say so (aria-disabled) and ignore presses, but stay focusable: a disabled button drops the focus of
 * whoever just pressed it onto the page.
 */
function block(button: HTMLButtonElement, on: boolean): void {
  setAttr(button, "aria-disabled", on ? "true" : null);
}

function blocked(button: HTMLButtonElement): boolean {
  return button.getAttribute("aria-disabled") === "true";
}

export function createSessionList(messages: Messages, actions: SessionActions): View {
  const count = h("span", { class: "card-count" });
  const list = h("ul", { id: "sessions", class: "session-list", "aria-labelledby": "sessions-title" });
  const empty = h("p", { class: "sessions-empty" }, messages.t("sessions-empty"));

  // One option for every Sign out (this card's and the status panel's); kept for this window only.
  const browserBox = h("input", { id: "sign-out-browser", type: "checkbox", class: "checkbox" });
  const browserOption = h(
    "div",
    { class: "sign-out-option" },
    browserBox,
    h("label", { for: "sign-out-browser" }, messages.t("sessions-sign-out-browser")),
  );
  browserBox.addEventListener("change", () => actions.setSignOutBrowser(browserBox.checked));

  const endShift = createEndShift(messages, actions);

  const el = h(
    "section",
    { class: "card sessions-card", "aria-labelledby": "sessions-title" },
    h("h2", { id: "sessions-title", class: "card-title" }, messages.t("sessions-title"), " ", count),
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
    setChildren(list, ...sessions.map((session) => renderItem(messages, session, now, actions, rows)));
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
        setText(count, state.sessions.length > 0 ? messages.t("sessions-count", { count: state.sessions.length }) : "");
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
        block(row.signOut, signingOut || opening);
        setText(row.signOut, signingOut ? messages.t("signing-out") : messages.t("sign-out-button"));
        block(row.open, opening || signingOut);
        setAttr(row.open, "aria-busy", opening ? "true" : "false");
        show(row.openSpinner, opening);
        setText(row.openLabel, opening ? messages.t("session-opening") : messages.t("session-open"));
      }

      endShift.update(state, previous);
    },
  };
}
