// Owns the sign-in card: what will be signed into, and the primary Sign in button with its progress state.
import { instanceName } from "../format";
import { canSignIn, currentInstance, currentProfile } from "../state";
import { h, setAttr, setText, show, spinner } from "./dom";
import type { View } from "./types";

export function createSignIn(onSignIn: () => void): View {
  const profileValue = h("dd", { class: "summary-value", id: "summary-profile" });
  const instanceValue = h("dd", { class: "summary-value", id: "summary-instance" });
  const busy = spinner();
  const label = h("span", { class: "btn-label" }, "Sign in");
  const button = h(
    "button",
    { id: "sign-in", type: "button", class: "btn btn-primary btn-large", "aria-describedby": "sign-in-help" },
    busy,
    label,
  );
  const help = h("p", { id: "sign-in-help", class: "signin-help" });
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
    button,
    help,
  );
  button.addEventListener("click", onSignIn);

  return {
    el,
    update(state) {
      const profile = currentProfile(state);
      const instance = currentInstance(state);
      setText(profileValue, profile?.name ?? "—");
      setText(instanceValue, instance ? `${instanceName(instance)} (${instance.region})` : "—");
      profileValue.classList.toggle("is-empty", !profile);
      instanceValue.classList.toggle("is-empty", !instance);

      // A sign-in from the expiry banner shows its progress there; this button only waits.
      const mine = state.signingIn && state.renewing === null;
      button.disabled = !canSignIn(state);
      setAttr(button, "aria-busy", mine ? "true" : "false");
      button.classList.toggle("is-busy", mine);
      show(busy, mine);
      setText(label, mine ? "Signing in…" : "Sign in");

      let text: string;
      if (mine) {
        text = "Getting a sign-in link from Amazon Connect…";
      } else if (state.ssoLogin !== null) {
        text = "Waiting for the IAM Identity Center sign-in…";
      } else if (state.signingIn) {
        text = "Signing in again from the reminder above…";
      } else if (!profile) {
        text = "Choose an AWS profile first.";
      } else if (!instance) {
        text = state.instancesLoading ? "Loading instances…" : "Choose an Amazon Connect instance.";
      } else {
        text = "Amazon Connect opens in your browser.";
      }
      setText(help, text);
    },
  };
}
