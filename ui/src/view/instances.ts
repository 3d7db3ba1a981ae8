// Owns the instance chooser: the search box over every profile's instances, the results list below it, the one
// keyboard model both share, and the paste-an-ID form.
import type { Actions } from "../actions";
import type { CatalogEntry } from "../bindings";
import { listIntent, moveTarget, type KeyPlace, type ListIntent } from "../keyboard";
import type { Messages } from "../l10n";
import { entries, selectionLocked, visibleEntries, type State } from "../state";
import { h, setAttr, setText } from "./dom";
import { createInstanceList } from "./instance-list";
import { createPasteForm } from "./paste";
import type { View } from "./types";

type InstanceActions = Pick<Actions, "setQuery" | "selectEntry" | "signIn" | "usePastedInstance" | "togglePin">;

/** How long typing pauses before the number of results is announced. */
const ANNOUNCE_AFTER_MS = 500;

function searchBox(messages: Messages): HTMLInputElement {
  return h("input", {
    id: "search",
    class: "input input-search",
    type: "search",
    role: "combobox",
    "aria-controls": "instances",
    "aria-expanded": "true",
    "aria-autocomplete": "list",
    "aria-describedby": "search-help",
    placeholder: messages.attr("search-box", "placeholder"),
    autocomplete: "off",
    spellcheck: "false",
  });
}

export function createInstancePicker(messages: Messages, actions: InstanceActions, between: Node[]): View {
  const search = searchBox(messages);
  const count = h("span", { class: "field-count", "aria-live": "off" });
  // The combobox's result count, said once typing pauses (every keystroke would be a flood).
  const announced = h("span", { id: "search-results-status", class: "visually-hidden", role: "status" });
  let announceTimer: number | undefined;
  let announcedQuery: string | null = null;
  const help = h("p", { id: "search-help", class: "field-help" }, messages.t("search-help"));
  let latest: State | null = null;

  function choose(entry: CatalogEntry | undefined): void {
    if (entry && latest && !selectionLocked(latest)) {
      actions.selectEntry(entry.profile, entry.instance.id);
    }
  }

  const results = createInstanceList(messages, actions, (entry) => {
    choose(entry);
    if (document.activeElement !== search) {
      results.list.focus();
    }
  });
  const paste = createPasteForm(messages, actions, () => results.list.focus());
  const el = h(
    "div",
    { class: "instances" },
    h(
      "div",
      { class: "field field-search" },
      h(
        "div",
        { class: "field-head" },
        h("label", { for: "search", class: "field-label" }, messages.t("search-box")),
        count,
      ),
      search,
      help,
      announced,
    ),
    h("div", { class: "chooser-scope" }, ...between),
    results.frame,
    paste.el,
  );

  function perform(intent: ListIntent): void {
    const rows = results.rows();
    const index = results.highlighted();
    switch (intent.kind) {
      case "move":
        choose(rows[moveTarget(index, intent.by, rows.length)]);
        break;
      case "first":
        choose(rows[0]);
        break;
      case "last":
        choose(rows[rows.length - 1]);
        break;
      case "choose":
        choose(rows[index < 0 ? 0 : index]);
        break;
      case "signIn":
        actions.signIn();
        break;
      case "pin": {
        const entry = rows[index];
        if (entry) {
          actions.togglePin(entry.profile, entry.instance.id);
        }
        break;
      }
      case "clear":
        search.value = "";
        actions.setQuery("");
        break;
    }
  }

  search.addEventListener("input", () => actions.setQuery(search.value));
  // WebKit's own clear button (and its Escape) on type=search.
  search.addEventListener("search", () => actions.setQuery(search.value));
  // One keyboard model for the search box and the list (the paste form keeps its keys).
  el.addEventListener("keydown", (event) => {
    const target = event.target instanceof Node ? event.target : null;
    const place: KeyPlace | null = target === search ? "search" : target && results.list.contains(target) ? "list" : null;
    if (place === null || latest === null) {
      return;
    }
    const intent = listIntent(event, place, {
      highlighted: results.highlighted() >= 0,
      query: search.value !== "",
      locked: selectionLocked(latest),
    });
    if (intent) {
      event.preventDefault();
      // Clearing the search is this field's Escape: a dialog around it must not close too.
      if (intent.kind === "clear") {
        event.stopPropagation();
      }
      perform(intent);
    }
  });

  return {
    el,
    update(state, previous) {
      latest = state;
      if (search.value !== state.query) {
        search.value = state.query;
      }
      const visible = visibleEntries(state);
      results.update(state, previous, visible);
      setAttr(search, "aria-activedescendant", results.list.getAttribute("aria-activedescendant"));
      const all = entries(state);
      const scoped = state.scope === null ? all.length : all.filter((e) => e.profile === state.scope).length;
      let counted = "";
      if (scoped > 0) {
        counted =
          visible.length === scoped
            ? messages.t("search-count-all", { total: scoped })
            : messages.t("search-count-some", { shown: visible.length, total: scoped });
      }
      setText(count, counted);
      if (previous && state.query !== previous.query) {
        window.clearTimeout(announceTimer);
        announceTimer = window.setTimeout(() => {
          if (latest === null || latest.query === announcedQuery) {
            return;
          }
          announcedQuery = latest.query;
          const found = latest.query.trim() === "" ? null : visibleEntries(latest).length;
          setText(announced, found === null ? "" : messages.t("search-results-announce", { count: found }));
        }, ANNOUNCE_AFTER_MS);
      }
      paste.update(state);
    },
  };
}
