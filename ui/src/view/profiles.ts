// Owns the AWS profile picker (<select id="profile">): "All profiles" or one profile, which limits the list, Refresh and
// paste; and the chosen profile's kind/region/endpoint badges.
import type { ProfileView } from "../bindings";
import { kindLabel, truncate } from "../format";
import { scopeProfile, selectionLocked } from "../state";
import { h, setChildren, show } from "./dom";
import type { View } from "./types";

const OPTION_NAME_MAX = 64;
/** The "All profiles" option's value: no profile is named "" (the backend refuses empty names). */
const ALL = "";

function optionText(profile: ProfileView): string {
  const parts = [kindLabel(profile.kind), profile.region ?? "no region"];
  if (profile.customEndpoint) {
    parts.push("custom endpoint");
  }
  return `${truncate(profile.name, OPTION_NAME_MAX)} — ${parts.join(" · ")}`;
}

export function createProfilePicker(onSelect: (name: string | null) => void): View {
  const select = h("select", { id: "profile", class: "select", "aria-describedby": "profile-meta" });
  const meta = h("div", { id: "profile-meta", class: "profile-meta" });
  const el = h(
    "div",
    { class: "field field-profile" },
    h("label", { for: "profile", class: "field-label" }, "AWS profile"),
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
          h("option", { value: ALL }, "All profiles"),
          ...state.profiles.map((profile) => {
            const option = h("option", { value: profile.name, title: profile.name }, optionText(profile));
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
      h("span", { class: "chip" }, kindLabel(profile.kind)),
      h(
        "span",
        { class: profile.region ? "chip" : "chip chip-muted" },
        profile.region ?? "no default region",
      ),
      profile.customEndpoint &&
        h("span", { class: "badge badge-warning badge-custom-endpoint" }, "custom endpoint"),
      profile.customEndpoint &&
        h(
          "p",
          { class: "profile-warning" },
          "This profile sends AWS requests to a custom endpoint set in your AWS configuration. Only sign in if you set that up yourself.",
        ),
    );
  }
}
