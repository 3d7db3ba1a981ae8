// Owns one row of the instance list: its star (pinned or not: a mouse target, not a control, since a listbox option
// holds no interactive children), name and badges (managed, default, recent, status, custom endpoint), the detail line
// (profile · region · account · ID) and the notes (not SAML, not allowed). A browser of its own shows as a badge.
import type { CatalogEntry, CatalogView, InstanceChoice } from "../bindings";
import { entryAllowed, entryLabel, keyOf, matchesChoice, sectionOf } from "../catalog";
import { identityLabel, inactiveStatusLabel } from "../format";
import type { Messages } from "../l10n";
import { h } from "./dom";

/** Row elements are `instance-option-<index>`: the index into all rows of the list. */
export const OPTION_ID_PREFIX = "instance-option-";

export interface RowContext {
  catalog: CatalogView;
  /** With a search: ranked, no sections, so recently used rows say so themselves. */
  flat: boolean;
  defaultChoice: InstanceChoice | null;
  /** Profiles whose AWS endpoint is overridden: their rows say so, whichever profile is chosen above. */
  customEndpoint: Set<string>;
  /** Instances (by ID) with a browser of their own, named as the picker names it ("Google Chrome — Work"). */
  browsers: Map<string, string>;
}

/** Where a row stands in its set (its section, or the whole list when searching): "12 of 3,000", since a long list
 * draws only some of its rows and a screen reader cannot count them. */
export interface RowPosition {
  position: number;
  size: number;
}

/** One row. Its star toggles the pin on a click; keyboards and screen readers pin with Alt+P / P or the Pin button
 * under the list, and hear "pinned" in the option's name. */
export function renderOption(
  messages: Messages,
  entry: CatalogEntry,
  index: number,
  ctx: RowContext,
  { position, size }: RowPosition,
): HTMLElement {
  const { instance } = entry;
  const label = entryLabel(entry);
  const status = inactiveStatusLabel(messages, instance.status);
  const notSaml = instance.identityManagementType !== null && instance.identityManagementType !== "SAML";
  const allowed = entryAllowed(ctx.catalog, entry);
  const locked = ctx.catalog.pinsLocked;

  const pin = h(
    "span",
    {
      class: "pin-mark",
      "aria-hidden": "true",
      "data-key": keyOf(entry),
      title: locked
        ? messages.t("managed-title")
        : entry.pinned
          ? messages.attr("pin-toggle-unpin", "title")
          : messages.attr("pin-toggle-pin", "title"),
    },
    entry.pinned ? "★" : "☆",
  );

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
      "aria-posinset": position,
      "aria-setsize": size,
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
        ctx.browsers.has(instance.id) &&
          h("span", { class: "badge badge-muted badge-browser" }, ctx.browsers.get(instance.id) ?? ""),
      ),
      h("span", { class: "instance-detail" }, ...detail),
      entry.pinned && h("span", { class: "visually-hidden" }, messages.t("pin-state-pinned")),
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
  option.classList.toggle("pins-locked", locked);
  return option;
}
