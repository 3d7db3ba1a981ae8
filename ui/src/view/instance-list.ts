// Owns the results listbox of the instance chooser: its rows (at most MAX_ROWS, in Pinned / Recent / All sections when
// not searching), which one is highlighted, mouse choices, the loading / empty / no-match states, and the Pin button
// under the list that pins the highlighted row (outside the listbox: options hold no controls).
import type { Actions } from "../actions";
import type { CatalogEntry, CatalogView } from "../bindings";
import { discoverySummary, entryLabel, sectionOf, type Section } from "../catalog";
import type { Messages } from "../l10n";
import { discoveringScope, entries, selectionLocked, type State } from "../state";
import { h, setAttr, setChildren, setText, show, spinner } from "./dom";
import { choiceName } from "./browser-picker";
import { OPTION_ID_PREFIX, renderOption, type RowContext } from "./instance-row";

/** Rows drawn at most: thousands of entries stay searchable, the DOM stays small. */
export const MAX_ROWS = 200;

function sectionTitle(messages: Messages, section: Section): string {
  switch (section) {
    case "pinned":
      return messages.t("list-section-pinned");
    case "recent":
      return messages.t("list-section-recent");
    case "all":
      return messages.t("list-section-all");
  }
}

export interface InstanceList {
  /** The listbox, its state message, the Pin button and the "showing the first N" note. */
  frame: HTMLElement;
  list: HTMLElement;
  /** The drawn rows, in order. */
  rows(): CatalogEntry[];
  /** Index of the highlighted row among the drawn ones, or -1. */
  highlighted(): number;
  update(state: State, previous: State | null, visible: CatalogEntry[]): void;
}

interface StateMessage {
  key: string;
  content: (Node | string)[];
}

/** What the list area says instead of rows: loading, failed, nothing found, no match; null when rows show. */
function stateMessage(messages: Messages, state: State, visible: CatalogEntry[], scoped: number): StateMessage | null {
  if (scoped > 0) {
    if (visible.length > 0) {
      return null;
    }
    const text = state.query.trim();
    return { key: `nomatch\u0000${text}`, content: [messages.t("list-no-match", { query: text })] };
  }
  const summary = discoverySummary(state.catalog, state.scope);
  const one = state.scope !== null;
  if (discoveringScope(state) || summary.refreshing) {
    return { key: "loading", content: [spinner(), messages.t("list-loading")] };
  }
  if (summary.profileErrors.length > 0) {
    return { key: "failed", content: [one ? messages.t("list-failed-profile") : messages.t("list-failed-all")] };
  }
  return {
    key: `empty\u0000${one}`,
    content: [
      h("strong", { class: "list-state-title" }, one ? messages.t("list-empty-profile") : messages.t("list-empty-all")),
      h("span", { class: "list-state-hint" }, messages.t("list-empty-hint")),
    ],
  };
}

/** Like scrollIntoView({block: "nearest"}) but never scrolls the page itself. */
function scrollWithin(list: HTMLElement, option: HTMLElement): void {
  if (list.clientHeight === 0) {
    // Hidden or not laid out: nothing to scroll yet.
    return;
  }
  const top = option.offsetTop;
  const bottom = top + option.offsetHeight;
  if (top < list.scrollTop) {
    list.scrollTop = top;
  } else if (bottom > list.scrollTop + list.clientHeight) {
    list.scrollTop = bottom - list.clientHeight;
  }
}

/** The rows, in sections when there is more than one (and no search). */
function layoutRows(messages: Messages, rows: CatalogEntry[], options: HTMLElement[], flat: boolean): HTMLElement[] {
  const rowSections = rows.map(sectionOf);
  const sections = flat ? [] : (["pinned", "recent", "all"] as Section[]).filter((s) => rowSections.includes(s));
  if (sections.length <= 1) {
    return options;
  }
  return sections.map((section) =>
    h(
      "div",
      { role: "group", class: "list-group", "aria-labelledby": `instances-section-${section}` },
      h(
        "div",
        { id: `instances-section-${section}`, class: "list-section", role: "presentation" },
        sectionTitle(messages, section),
      ),
      ...options.filter((_, i) => rowSections[i] === section),
    ),
  );
}

export function createInstanceList(
  messages: Messages,
  actions: Pick<Actions, "selectEntry" | "signIn" | "togglePin">,
  onChoose: (entry: CatalogEntry) => void,
): InstanceList {
  const list = h("div", {
    id: "instances",
    class: "listbox",
    role: "listbox",
    tabindex: 0,
    "aria-label": messages.attr("instances-list", "aria-label"),
  });
  const stateBox = h("div", { class: "list-state", role: "status" });
  const more = h("p", { class: "list-more", hidden: true });
  const pinLabel = h("span", {});
  const pinButton = h(
    "button",
    { id: "pin-selected", type: "button", class: "btn btn-ghost btn-small pin-selected", "aria-pressed": "false" },
    pinLabel,
  );
  const listActions = h("div", { class: "list-actions", hidden: true }, pinButton, more);
  const frame = h("div", { class: "list-frame" }, list, stateBox, listActions);

  let latest: State | null = null;
  let renderedVisible: CatalogEntry[] | null = null;
  let renderedCatalog: CatalogView | null = null;
  let renderedStateKey = "";
  let rows: CatalogEntry[] = [];

  function highlighted(): number {
    const selected = latest?.selected;
    return selected ? rows.findIndex((e) => e.profile === selected.profile && e.instance.id === selected.instanceId) : -1;
  }

  function rowOf(target: EventTarget | null): CatalogEntry | undefined {
    const option = target instanceof Element ? target.closest("[role='option']") : null;
    const index = option ? Number(option.id.slice(OPTION_ID_PREFIX.length)) : -1;
    return option && option.id.startsWith(OPTION_ID_PREFIX) ? rows[index] : undefined;
  }

  const onPin = (target: EventTarget | null): boolean => target instanceof Element && target.closest(".pin-mark") !== null;
  list.addEventListener("click", (event) => {
    const entry = rowOf(event.target);
    if (!entry) {
      return;
    }
    if (onPin(event.target)) {
      if (!latest?.catalog.pinsLocked) {
        actions.togglePin(entry.profile, entry.instance.id);
      }
      return;
    }
    onChoose(entry);
  });
  pinButton.addEventListener("click", () => {
    const entry = rows[highlighted()];
    if (entry) {
      actions.togglePin(entry.profile, entry.instance.id);
    }
  });
  list.addEventListener("dblclick", (event) => {
    if (rowOf(event.target) && !onPin(event.target)) {
      actions.signIn();
    }
  });

  function renderList(state: State, visible: CatalogEntry[]): void {
    renderedVisible = visible;
    renderedCatalog = state.catalog;
    rows = visible.slice(0, MAX_ROWS);
    // Rows are rebuilt: focus inside one would be lost with it.
    const hadFocus = list.contains(document.activeElement) && document.activeElement !== list;
    const ctx: RowContext = {
      catalog: state.catalog,
      flat: state.query.trim() !== "",
      defaultChoice: state.catalog.defaultInstance,
      customEndpoint: new Set(state.profiles.filter((p) => p.customEndpoint).map((p) => p.name)),
      browsers: new Map(
        (state.settings?.instanceBrowsers ?? []).map((own) => [own.instanceId, choiceName(messages, state.browsers, own.choice)]),
      ),
    };
    const options = rows.map((entry, index) => renderOption(messages, entry, index, ctx));
    setChildren(list, ...layoutRows(messages, rows, options, ctx.flat));
    show(more, visible.length > rows.length);
    show(listActions, rows.length > 0);
    setText(more, visible.length > rows.length ? messages.t("list-more", { shown: rows.length, total: visible.length }) : "");
    if (hadFocus) {
      list.focus({ preventScroll: true });
    }
  }

  /** Marks the highlighted row (`aria-activedescendant` names it) and scrolls it into view. */
  function syncSelection(state: State): void {
    let active: HTMLElement | null = null;
    const selected = state.selected;
    for (const option of Array.from(list.querySelectorAll<HTMLElement>("[role='option']"))) {
      const on =
        selected !== null &&
        option.getAttribute("data-profile") === selected.profile &&
        option.getAttribute("data-instance-id") === selected.instanceId;
      option.setAttribute("aria-selected", on ? "true" : "false");
      option.classList.toggle("is-selected", on);
      if (on) {
        active = option;
      }
    }
    setAttr(list, "aria-activedescendant", active?.id ?? null);
    if (active) {
      scrollWithin(list, active);
    }
  }

  /** The Pin button names the highlighted row and says whether it is pinned. */
  function syncPinButton(state: State): void {
    const entry = rows[highlighted()];
    show(pinButton, entry !== undefined);
    if (!entry) {
      return;
    }
    const key = `${entry.profile}\u0000${entry.instance.id}`;
    const busy = state.pinning.includes(key);
    const label = entryLabel(entry);
    setText(pinLabel, entry.pinned ? messages.t("pin-button-unpin") : messages.t("pin-button-pin"));
    setAttr(
      pinButton,
      "aria-label",
      entry.pinned
        ? messages.attr("pin-toggle-unpin", "aria-label", { label })
        : messages.attr("pin-toggle-pin", "aria-label", { label }),
    );
    pinButton.setAttribute("aria-pressed", entry.pinned ? "true" : "false");
    pinButton.disabled = state.catalog.pinsLocked || busy;
    setAttr(pinButton, "aria-busy", busy ? "true" : null);
    setAttr(pinButton, "title", state.catalog.pinsLocked ? messages.t("managed-title") : null);
  }

  function renderState(state: State, visible: CatalogEntry[]): void {
    const all = entries(state);
    const scoped = state.scope === null ? all.length : all.filter((e) => e.profile === state.scope).length;
    const message = stateMessage(messages, state, visible, scoped);
    const key = message?.key ?? "";
    if (key !== renderedStateKey) {
      renderedStateKey = key;
      stateBox.classList.toggle("is-loading", key === "loading");
      setChildren(stateBox, ...(message?.content ?? []));
    }
    show(stateBox, message !== null);
    show(list, message === null);
    setAttr(list, "aria-busy", discoveringScope(state) ? "true" : null);
    setAttr(list, "aria-disabled", selectionLocked(state) ? "true" : null);
  }

  // The list's height changes with the window and with what is shown above it: keep the highlighted row in view.
  if (typeof ResizeObserver === "function") {
    new ResizeObserver(() => {
      const active = list.querySelector<HTMLElement>("[role='option'][aria-selected='true']");
      if (active) {
        scrollWithin(list, active);
      }
    }).observe(list);
  }

  return {
    frame,
    list,
    rows: () => rows,
    highlighted,
    update(state, previous, visible) {
      latest = state;
      const listChanged =
        visible !== renderedVisible ||
        state.catalog !== renderedCatalog ||
        state.profiles !== previous?.profiles ||
        state.settings?.instanceBrowsers !== previous?.settings?.instanceBrowsers ||
        state.browsers !== previous?.browsers;
      if (listChanged) {
        renderList(state, visible);
      }
      // Before the selection: the list must be shown to scroll the highlighted row into view.
      const wasHidden = list.hidden;
      renderState(state, visible);
      if (listChanged || !previous || state.selected !== previous.selected || (wasHidden && !list.hidden)) {
        syncSelection(state);
      }
      if (listChanged || !previous || state.pinning !== previous.pinning || state.selected !== previous.selected) {
        syncPinButton(state);
      }
    },
  };
}
