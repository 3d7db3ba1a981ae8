// Owns one row of the instance list: name and badges (managed, default, recent, status, custom endpoint), the detail
// line (profile · region · account · ID), the notes (not SAML, not allowed) and its pin toggle.
import type { CatalogEntry, CatalogView, InstanceChoice } from "../bindings";
import { entryAllowed, entryLabel, keyOf, matchesChoice, sectionOf } from "../catalog";
import { identityLabel, inactiveStatusLabel } from "../format";
import type { Messages } from "../l10n";
import { h } from "./dom";

/** Row elements are `instance-option-<index>`: the index into the drawn rows. */
export const OPTION_ID_PREFIX = "instance-option-";

export interface RowContext {
  catalog: CatalogView;
  /** With a search: ranked, no sections, so recently used rows say so themselves. */
  flat: boolean;
  defaultChoice: InstanceChoice | null;
  /** Profiles whose AWS endpoint is overridden: their rows say so, whichever profile is chosen above. */
  customEndpoint: Set<string>;
}

/** One row; its pin toggle goes into `pins` under the entry's key. */
export function renderOption(
  messages: Messages,
  entry: CatalogEntry,
  index: number,
  ctx: RowContext,
  pins: Map<string, HTMLButtonElement>,
): HTMLElement {
  const { instance } = entry;
  const label = entryLabel(entry);
  const key = keyOf(entry);
  const status = inactiveStatusLabel(messages, instance.status);
  const notSaml = instance.identityManagementType !== null && instance.identityManagementType !== "SAML";
  const allowed = entryAllowed(ctx.catalog, entry);
  const locked = ctx.catalog.pinsLocked;

  const pin = h(
    "button",
    {
      type: "button",
      class: "pin-toggle",
      // Reached by mouse; the keyboard pins with Alt+P (search box) or P (list): the listbox keeps one tab stop.
      tabindex: -1,
      "aria-pressed": entry.pinned ? "true" : "false",
      "aria-label": entry.pinned
        ? messages.attr("pin-toggle-unpin", "aria-label", { label })
        : messages.attr("pin-toggle-pin", "aria-label", { label }),
      title: locked
        ? messages.t("managed-title")
        : entry.pinned
          ? messages.attr("pin-toggle-unpin", "title")
          : messages.attr("pin-toggle-pin", "title"),
      disabled: locked,
    },
    entry.pinned ? "★" : "☆",
  );
  pins.set(key, pin);

  const detail: (Node | string)[] = [
    h("span", { class: "instance-profile" }, entry.profile),
    ` · ${instance.region} · ${instance.accountId}`,
  ];
  if (label !== instance.id) {
    detail.push(` · ${instance.id}`);
  }

  const option = h(
    "div",
    {
      id: `${OPTION_ID_PREFIX}${index}`,
      class: "instance",
      role: "option",
      "aria-selected": "false",
      "aria-disabled": allowed ? null : "true",
      "data-instance-id": instance.id,
      "data-profile": entry.profile,
    },
    pin,
    h(
      "span",
      { class: "instance-body" },
      h(
        "span",
        { class: "instance-line" },
        h("span", { class: "instance-name" }, label),
        entry.managed && h("span", { class: "badge badge-managed" }, messages.t("badge-managed")),
        ctx.defaultChoice !== null &&
          matchesChoice(entry, ctx.defaultChoice) &&
          h("span", { class: "badge badge-muted badge-default" }, messages.t("badge-default")),
        ctx.flat &&
          sectionOf(entry) === "recent" &&
          h("span", { class: "badge badge-muted badge-recent" }, messages.t("badge-recent")),
        status !== null && h("span", { class: "badge badge-muted instance-status" }, status),
        ctx.customEndpoint.has(entry.profile) &&
          h("span", { class: "badge badge-warning badge-custom-endpoint" }, messages.t("badge-custom-endpoint")),
      ),
      h("span", { class: "instance-detail" }, ...detail),
      notSaml &&
        h(
          "span",
          {
            class: "instance-note",
            title: messages.attr("instance-not-saml", "title", {
              type: identityLabel(messages, instance.identityManagementType),
            }),
          },
          messages.t("instance-not-saml"),
        ),
      !allowed && h("span", { class: "instance-restricted" }, messages.t("instance-restricted")),
    ),
  );
  option.classList.toggle("is-inactive", status !== null);
  option.classList.toggle("is-not-saml", notSaml);
  option.classList.toggle("is-disallowed", !allowed);
  option.classList.toggle("is-pinned", entry.pinned);
  return option;
}
