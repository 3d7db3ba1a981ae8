// Owns the AWS profile picker (<select id="profile">): "All profiles" or one profile, which limits the list, Refresh and
// paste; and the chosen profile's kind/region/endpoint badges.
import type { ProfileView } from "../bindings";
import { kindLabel, truncate } from "../format";
import type { Messages } from "../l10n";
import { scopeProfile, selectionLocked } from "../state";
import { h, setChildren, show } from "./dom";
import type { View } from "./types";

const OPTION_NAME_MAX = 64;
/** The "All profiles" option's value: no profile is named "" (the backend refuses empty names). */
const ALL = "";

function optionText(messages: Messages, profile: ProfileView): string {
  const args = {
    name: truncate(profile.name, OPTION_NAME_MAX),
    kind: kindLabel(messages, profile.kind),
    region: profile.region ?? messages.t("profile-no-region"),
  };
  return profile.customEndpoint ? messages.t("profile-option-custom-endpoint", args) : messages.t("profile-option", args);
}

export function createProfilePicker(messages: Messages, onSelect: (name: string | null) => void): View {
  const select = h("select", { id: "profile", class: "select", "aria-describedby": "profile-meta" });
  const meta = h("div", { id: "profile-meta", class: "profile-meta" });
  const el = h(
    "div",
    { class: "field field-profile" },
    h("label", { for: "profile", class: "field-label" }, messages.t("profile-picker")),
    select,
    meta,
  );
  select.addEventListener("change", () => onSelect(select.value === ALL ? null : select.value));

  return {
    el,
    update(state, previous) {
      if (!previous || state.profiles !== previous.profiles) {
        setChildren(
          select,
          h("option", { value: ALL }, messages.t("profile-all")),
          ...state.profiles.map((profile) => {
            const option = h("option", { value: profile.name, title: profile.name }, optionText(messages, profile));
            option.classList.toggle("is-custom-endpoint", profile.customEndpoint);
            return option;
          }),
        );
      }
      const value = state.scope ?? ALL;
      if (select.value !== value) {
        select.value = value;
      }
      select.disabled = selectionLocked(state) || state.profiles.length === 0;

      if (!previous || state.scope !== previous.scope || state.profiles !== previous.profiles) {
        renderMeta(scopeProfile(state));
      }
    },
  };

  function renderMeta(profile: ProfileView | null): void {
    show(meta, profile !== null);
    if (!profile) {
      setChildren(meta);
      return;
    }
    setChildren(
      meta,
      h("span", { class: "chip" }, kindLabel(messages, profile.kind)),
      h(
        "span",
        { class: profile.region ? "chip" : "chip chip-muted" },
        profile.region ?? messages.t("profile-no-default-region"),
      ),
      profile.customEndpoint &&
        h("span", { class: "badge badge-warning badge-custom-endpoint" }, messages.t("badge-custom-endpoint")),
      profile.customEndpoint && h("p", { class: "profile-warning" }, messages.t("custom-endpoint-warning")),
    );
  }
}
