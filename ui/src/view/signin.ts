// Owns the sign-in card: what will be signed into, the primary Sign in button with its progress state, why a choice may
// not work, and the inline "already signed in with another profile" confirmation.
import type { Actions } from "../actions";
import { entryAllowed, entryLabel } from "../catalog";
import { duplicateWarning, inactiveStatusLabel } from "../format";
import type { Messages } from "../l10n";
import { canSignIn, currentEntry, discoveringScope, type State } from "../state";
import { createBrowserPicker } from "./browser-picker";
import { h, setAttr, setText, show, spinner } from "./dom";
import type { View } from "./types";

type SignInActions = Pick<Actions, "signIn" | "confirmDuplicate" | "cancelDuplicate" | "setInstanceBrowser">;

/** Why the chosen instance will not (or may not) work, or what happens on Sign in. */
function helpText(messages: Messages, state: State): string {
  const entry = currentEntry(state);
  if (state.signingIn && state.renewing === null) {
    return messages.t("sign-in-help-getting-link");
  }
  if (state.ssoLogin !== null) {
    return messages.t("sign-in-help-waiting-sso");
  }
  if (state.signingIn) {
    return messages.t("sign-in-help-renewing");
  }
  if (!entry) {
    if (state.profiles.length === 0) {
      return messages.t("sign-in-help-no-profiles");
    }
    return discoveringScope(state) && state.catalog.entries.length === 0
      ? messages.t("sign-in-help-looking")
      : messages.t("sign-in-help-choose");
  }
  if (!entryAllowed(state.catalog, entry)) {
    return messages.t("sign-in-help-not-allowed");
  }
  const status = inactiveStatusLabel(messages, entry.instance.status);
  if (status !== null) {
    return messages.t("sign-in-help-inactive", { status });
  }
  const type = entry.instance.identityManagementType;
  if (type !== null && type !== "SAML") {
    return messages.t("sign-in-help-not-saml");
  }
  return messages.t("sign-in-help-ready");
}

export function createSignIn(messages: Messages, actions: SignInActions): View {
  const profileValue = h("dd", { class: "summary-value", id: "summary-profile" });
  const instanceValue = h("dd", { class: "summary-value", id: "summary-instance" });
  const endpointWarning = h(
    "p",
    { class: "profile-warning signin-endpoint-warning", hidden: true },
    messages.t("custom-endpoint-warning"),
  );
  const busy = spinner();
  const label = h("span", { class: "btn-label" }, messages.t("sign-in-button"));
  const button = h(
    "button",
    { id: "sign-in", type: "button", class: "btn btn-primary btn-large", "aria-describedby": "sign-in-help" },
    busy,
    label,
  );
  const help = h("p", { id: "sign-in-help", class: "signin-help" });
  /** The instance the browser picker speaks for (its changes go to that one, even if the list moved meanwhile). */
  let pickerInstance: string | null = null;
  const browser = createBrowserPicker(messages, "instance-browser", messages.t("sign-in-browser"), (choice) => {
    if (pickerInstance !== null) {
      actions.setInstanceBrowser(pickerInstance, choice);
    }
  });
  browser.row.classList.add("signin-browser");

  // Same instance, other profile: one inline question (Tauri blocks window.confirm), like End shift's.
  const question = h("p", { id: "duplicate-question", class: "duplicate-question" });
  const proceed = h(
    "button",
    { id: "duplicate-continue", type: "button", class: "btn btn-small btn-primary" },
    messages.t("button-continue"),
  );
  const cancel = h(
    "button",
    { id: "duplicate-cancel", type: "button", class: "btn btn-small btn-ghost" },
    messages.t("button-cancel"),
  );
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
    h("h2", { id: "signin-title", class: "card-title" }, messages.t("sign-in-title")),
    h(
      "dl",
      { class: "summary" },
      h("dt", { class: "summary-label" }, messages.t("sign-in-profile")),
      profileValue,
      h("dt", { class: "summary-label" }, messages.t("sign-in-instance")),
      instanceValue,
    ),
    endpointWarning,
    browser.row,
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
      setText(
        instanceValue,
        entry ? messages.t("instance-with-region", { label: entryLabel(entry), region: entry.instance.region }) : "—",
      );
      profileValue.classList.toggle("is-empty", !entry);
      instanceValue.classList.toggle("is-empty", !entry);
      show(endpointWarning, profile?.customEndpoint === true);
      const settings = state.settings;
      const instanceId = entry?.instance.id ?? null;
      show(browser.row, instanceId !== null && settings !== null);
      if (
        instanceId !== null &&
        settings !== null &&
        (!previous ||
          instanceId !== pickerInstance ||
          settings !== previous.settings ||
          state.browsers !== previous.browsers)
      ) {
        pickerInstance = instanceId;
        const own = settings.instanceBrowsers.find((b) => b.instanceId === instanceId)?.choice ?? null;
        browser.update(
          state.browsers,
          own,
          { kind: "inherit", inherited: settings.browser },
          settings.locked.includes("browser"),
        );
      }

      // A sign-in from the expiry banner shows its progress there; this button only waits.
      const mine = state.signingIn && state.renewing === null;
      button.disabled = !canSignIn(state);
      setAttr(button, "aria-busy", mine ? "true" : "false");
      button.classList.toggle("is-busy", mine);
      show(busy, mine);
      setText(label, mine ? messages.t("signing-in") : messages.t("sign-in-button"));
      setText(help, helpText(messages, state));

      const pending = state.duplicate;
      setText(question, pending ? duplicateWarning(messages, pending.other) : "");
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
