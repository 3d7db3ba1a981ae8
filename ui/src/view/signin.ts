// Owns the sign-in card: what will be signed into, the primary Sign in button with its progress state, why a choice may
// not work, and the inline "already signed in with another profile" confirmation.
import type { Actions } from "../actions";
import { entryAllowed, entryLabel } from "../catalog";
import { duplicateWarning, inactiveStatusLabel } from "../format";
import { canSignIn, currentEntry, discoveringScope, type State } from "../state";
import { h, setAttr, setText, show, spinner } from "./dom";
import type { View } from "./types";

type SignInActions = Pick<Actions, "signIn" | "confirmDuplicate" | "cancelDuplicate">;

/** Why the chosen instance will not (or may not) work, or what happens on Sign in. */
function helpText(state: State): string {
  const entry = currentEntry(state);
  if (state.signingIn && state.renewing === null) {
    return "Getting a sign-in link from Amazon Connect…";
  }
  if (state.ssoLogin !== null) {
    return "Waiting for the IAM Identity Center sign-in…";
  }
  if (state.signingIn) {
    return "Signing in again from the reminder above…";
  }
  if (!entry) {
    if (state.profiles.length === 0) {
      return "Choose an AWS profile first.";
    }
    return discoveringScope(state) && state.catalog.entries.length === 0
      ? "Looking for instances…"
      : "Choose an Amazon Connect instance.";
  }
  if (!entryAllowed(state.catalog, entry)) {
    return "Not allowed by your organization: choose one of its managed instances.";
  }
  const status = inactiveStatusLabel(entry.instance.status);
  if (status !== null) {
    return `This instance is not active (${status}): sign-in will probably fail.`;
  }
  const type = entry.instance.identityManagementType;
  if (type !== null && type !== "SAML") {
    return "This instance does not use SAML: sign-in may fail.";
  }
  return "Amazon Connect opens in your browser.";
}

export function createSignIn(actions: SignInActions): View {
  const profileValue = h("dd", { class: "summary-value", id: "summary-profile" });
  const instanceValue = h("dd", { class: "summary-value", id: "summary-instance" });
  const endpointWarning = h(
    "p",
    { class: "profile-warning signin-endpoint-warning", hidden: true },
    "This profile sends AWS requests to a custom endpoint set in your AWS configuration. Only sign in if you set that up yourself.",
  );
  const busy = spinner();
  const label = h("span", { class: "btn-label" }, "Sign in");
  const button = h(
    "button",
    { id: "sign-in", type: "button", class: "btn btn-primary btn-large", "aria-describedby": "sign-in-help" },
    busy,
    label,
  );
  const help = h("p", { id: "sign-in-help", class: "signin-help" });

  // Same instance, other profile: one inline question (Tauri blocks window.confirm), like End shift's.
  const question = h("p", { id: "duplicate-question", class: "duplicate-question" });
  const proceed = h("button", { id: "duplicate-continue", type: "button", class: "btn btn-small btn-primary" }, "Continue");
  const cancel = h("button", { id: "duplicate-cancel", type: "button", class: "btn btn-small btn-ghost" }, "Cancel");
  const warning = h(
    "div",
    { id: "duplicate-warning", class: "duplicate-warning", role: "group", "aria-labelledby": "duplicate-question", hidden: true },
    h("span", { class: "status-warning-icon", "aria-hidden": "true" }, "!"),
    h("div", { class: "duplicate-body" }, question, h("div", { class: "duplicate-buttons" }, proceed, cancel)),
  );

  const el = h(
    "section",
    // tabindex -1: focus can wait here while Sign in is disabled (after an IAM Identity Center sign-in).
    { class: "card signin-card", "aria-labelledby": "signin-title", tabindex: -1 },
    h("h2", { id: "signin-title", class: "card-title" }, "Sign in"),
    h(
      "dl",
      { class: "summary" },
      h("dt", { class: "summary-label" }, "Profile"),
      profileValue,
      h("dt", { class: "summary-label" }, "Instance"),
      instanceValue,
    ),
    endpointWarning,
    button,
    help,
    warning,
  );
  button.addEventListener("click", () => actions.signIn());
  proceed.addEventListener("click", () => actions.confirmDuplicate());
  cancel.addEventListener("click", () => actions.cancelDuplicate());
  warning.addEventListener("keydown", (event) => {
    if (event.key === "Escape") {
      event.preventDefault();
      actions.cancelDuplicate();
    }
  });

  return {
    el,
    update(state, previous) {
      const entry = currentEntry(state);
      const profile = entry ? state.profiles.find((p) => p.name === entry.profile) : undefined;
      setText(profileValue, entry?.profile ?? "—");
      setText(instanceValue, entry ? `${entryLabel(entry)} (${entry.instance.region})` : "—");
      profileValue.classList.toggle("is-empty", !entry);
      instanceValue.classList.toggle("is-empty", !entry);
      show(endpointWarning, profile?.customEndpoint === true);

      // A sign-in from the expiry banner shows its progress there; this button only waits.
      const mine = state.signingIn && state.renewing === null;
      button.disabled = !canSignIn(state);
      setAttr(button, "aria-busy", mine ? "true" : "false");
      button.classList.toggle("is-busy", mine);
      show(busy, mine);
      setText(label, mine ? "Signing in…" : "Sign in");
      setText(help, helpText(state));

      const pending = state.duplicate;
      setText(question, pending ? duplicateWarning(pending.other) : "");
      const wasOpen = previous?.duplicate ?? null;
      const hadFocus = warning.contains(document.activeElement);
      show(warning, pending !== null);
      if (pending && pending !== wasOpen) {
        // The least risky choice gets focus; the group's label (the question) is read with it.
        cancel.focus();
      } else if (!pending && wasOpen && hadFocus) {
        (button.disabled ? el : button).focus({ preventScroll: true });
      }
    },
  };
}
