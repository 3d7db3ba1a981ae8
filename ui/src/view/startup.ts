// Owns the whole-window states before the chooser can show: loading, startup failure, and "no AWS profiles".
import { h, show, spinner } from "./dom";
import type { View } from "./types";

function reloadButton(id: string, label: string, onReload: () => void): HTMLButtonElement {
  const button = h("button", { id, type: "button", class: "btn btn-primary" }, label);
  button.addEventListener("click", onReload);
  return button;
}

export function createStartupStates(onReload: () => void): View {
  const loading = h(
    "div",
    { id: "startup-loading", class: "startup-loading", role: "status" },
    spinner(),
    "Reading your AWS profiles…",
  );
  const failed = h(
    "section",
    { id: "startup-failed", class: "card empty-state", "aria-labelledby": "startup-failed-title" },
    h("h2", { id: "startup-failed-title", class: "empty-title" }, "Connect SSO couldn't start"),
    h("p", {}, "The details are shown above. Fix the problem, then try again."),
    reloadButton("retry", "Try again", onReload),
  );
  const noProfiles = h(
    "section",
    { id: "no-profiles", class: "card empty-state", "aria-labelledby": "no-profiles-title" },
    h("h2", { id: "no-profiles-title", class: "empty-title" }, "No AWS profiles found"),
    h(
      "p",
      {},
      "Connect SSO signs you in with a profile from your AWS configuration. Add one, then reload:",
    ),
    h(
      "ul",
      { class: "empty-steps" },
      h(
        "li",
        {},
        "For IAM Identity Center (SSO), run ",
        h("code", {}, "aws configure sso"),
        " in a terminal.",
      ),
      h(
        "li",
        {},
        "For access keys, run ",
        h("code", {}, "aws configure --profile NAME"),
        ".",
      ),
      h(
        "li",
        {},
        "Or add a ",
        h("code", {}, "[profile NAME]"),
        " section to ",
        h("code", {}, "~/.aws/config"),
        ".",
      ),
    ),
    reloadButton("reload", "Reload profiles", onReload),
  );
  const el = h("div", { class: "startup" }, loading, failed, noProfiles);

  return {
    el,
    update(state) {
      show(loading, state.phase === "starting");
      show(failed, state.phase === "failed");
      show(noProfiles, state.phase === "ready" && state.profiles.length === 0);
      show(el, state.phase !== "ready" || state.profiles.length === 0);
    },
  };
}
