// Owns the instance chooser: the search box over every profile's instances, the results listbox (sections, pins,
// badges, keyboard), its loading/empty/no-match states, and the paste-an-ID field.
import type { Actions } from "../actions";
import type { CatalogEntry, CatalogView, InstanceChoice } from "../bindings";
import { discoverySummary, entryAllowed, entryLabel, keyOf, matchesChoice, sectionOf, type Section } from "../catalog";
import { identityLabel, inactiveStatusLabel } from "../format";
import {
  discoveringScope,
  entries,
  pasteProfile,
  selectionLocked,
  visibleEntries,
  type State,
} from "../state";
import { h, setAttr, setChildren, setText, show, spinner } from "./dom";
import type { View } from "./types";

const OPTION_ID_PREFIX = "instance-option-";
/** Rows drawn at most: thousands of entries stay searchable, the DOM stays small. */
export const MAX_ROWS = 200;
/** Rows PageUp / PageDown move by. */
const PAGE = 10;
export const MANAGED_TITLE = "Managed by your organization";
const SECTION_TITLES: Record<Section, string> = { pinned: "Pinned", recent: "Recent", all: "All" };

type InstanceActions = Pick<Actions, "setQuery" | "selectEntry" | "signIn" | "usePastedInstance" | "togglePin">;

interface RowContext {
  catalog: CatalogView;
  /** With a search: ranked, no sections, so recently used rows say so themselves. */
  flat: boolean;
  defaultChoice: InstanceChoice | null;
  /** Profiles whose AWS endpoint is overridden: their rows say so, whichever profile is chosen above. */
  customEndpoint: Set<string>;
}

function renderOption(entry: CatalogEntry, index: number, ctx: RowContext, pins: Map<string, HTMLButtonElement>): HTMLElement {
  const { instance } = entry;
  const label = entryLabel(entry);
  const key = keyOf(entry);
  const status = inactiveStatusLabel(instance.status);
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
      "aria-label": `${entry.pinned ? "Unpin" : "Pin"} ${label}`,
      title: locked ? MANAGED_TITLE : entry.pinned ? "Unpin" : "Pin to the top",
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
        entry.managed && h("span", { class: "badge badge-managed" }, "Managed"),
        ctx.defaultChoice !== null &&
          matchesChoice(entry, ctx.defaultChoice) &&
          h("span", { class: "badge badge-muted badge-default" }, "Default"),
        ctx.flat && sectionOf(entry) === "recent" && h("span", { class: "badge badge-muted badge-recent" }, "Recent"),
        status !== null && h("span", { class: "badge badge-muted instance-status" }, status),
        ctx.customEndpoint.has(entry.profile) &&
          h("span", { class: "badge badge-warning badge-custom-endpoint" }, "custom endpoint"),
      ),
      h("span", { class: "instance-detail" }, ...detail),
      notSaml &&
        h(
          "span",
          { class: "instance-note", title: `Identity management: ${identityLabel(instance.identityManagementType)}` },
          "Not SAML — sign-in may fail",
        ),
      !allowed && h("span", { class: "instance-restricted" }, "Not allowed by your organization"),
    ),
  );
  option.classList.toggle("is-inactive", status !== null);
  option.classList.toggle("is-not-saml", notSaml);
  option.classList.toggle("is-disallowed", !allowed);
  option.classList.toggle("is-pinned", entry.pinned);
  return option;
}

export function createInstancePicker(actions: InstanceActions, between: Node[]): View {
  const search = h("input", {
    id: "search",
    class: "input input-search",
    type: "search",
    role: "combobox",
    "aria-controls": "instances",
    "aria-expanded": "true",
    "aria-autocomplete": "list",
    "aria-describedby": "search-help",
    placeholder: "Name, ID, account, region or profile",
    autocomplete: "off",
    spellcheck: "false",
  });
  const count = h("span", { class: "field-count", "aria-live": "off" });
  const help = h(
    "p",
    { id: "search-help", class: "field-help" },
    "↑ ↓ choose · Enter signs in · Esc clears · Alt+P pins",
  );
  const list = h("div", {
    id: "instances",
    class: "listbox",
    role: "listbox",
    tabindex: 0,
    "aria-label": "Amazon Connect instances",
  });
  const stateBox = h("div", { class: "list-state", role: "status" });
  const more = h("p", { class: "list-more", hidden: true });
  const paste = h("input", {
    id: "instance-paste",
    class: "input",
    type: "text",
    placeholder: "arn:aws:connect:REGION:ACCOUNT:instance/ID",
    autocomplete: "off",
    spellcheck: "false",
    "aria-describedby": "instance-paste-help",
  });
  const useLabel = h("span", {}, "Use");
  const useSpinner = spinner();
  const use = h("button", { id: "instance-paste-use", class: "btn btn-secondary", type: "submit" }, useSpinner, useLabel);
  const pasteHelp = h("p", { id: "instance-paste-help", class: "field-help" });
  const form = h(
    "form",
    { class: "paste", novalidate: true },
    h("label", { for: "instance-paste", class: "field-label field-label-small" }, "Paste an instance ID or ARN"),
    h("div", { class: "paste-row" }, paste, use),
    pasteHelp,
  );

  const el = h(
    "div",
    { class: "instances" },
    h(
      "div",
      { class: "field field-search" },
      h(
        "div",
        { class: "field-head" },
        h("label", { for: "search", class: "field-label" }, "Find an Amazon Connect instance"),
        count,
      ),
      search,
      help,
    ),
    h("div", { class: "chooser-scope" }, ...between),
    h("div", { class: "list-frame" }, list, stateBox, more),
    form,
  );

  let latest: State | null = null;
  let renderedVisible: CatalogEntry[] | null = null;
  let renderedCatalog: CatalogView | null = null;
  /** The drawn rows, in order (at most MAX_ROWS of the results). */
  let rows: CatalogEntry[] = [];
  const pins = new Map<string, HTMLButtonElement>();

  function highlightedIndex(): number {
    const selected = latest?.selected;
    return selected ? rows.findIndex((e) => e.profile === selected.profile && e.instance.id === selected.instanceId) : -1;
  }

  function choose(entry: CatalogEntry | undefined): void {
    if (entry && latest && !selectionLocked(latest)) {
      actions.selectEntry(entry.profile, entry.instance.id);
    }
  }

  function move(delta: number): void {
    if (rows.length === 0) {
      return;
    }
    const index = highlightedIndex();
    const next = index < 0 ? (delta > 0 ? 0 : rows.length - 1) : Math.min(Math.max(index + delta, 0), rows.length - 1);
    choose(rows[next]);
  }

  function pinHighlighted(): void {
    const entry = rows[highlightedIndex()];
    if (entry) {
      actions.togglePin(entry.profile, entry.instance.id);
    }
  }

  function clearSearch(): void {
    search.value = "";
    actions.setQuery("");
  }

  search.addEventListener("input", () => actions.setQuery(search.value));
  // WebKit's own clear button (and its Escape) on type=search.
  search.addEventListener("search", () => actions.setQuery(search.value));
  search.addEventListener("keydown", (event) => {
    if (event.ctrlKey || event.metaKey) {
      return;
    }
    if (event.altKey) {
      // By code: on macOS Option+P types "π".
      if (event.code === "KeyP" || event.key.toLowerCase() === "p") {
        event.preventDefault();
        pinHighlighted();
      }
      return;
    }
    switch (event.key) {
      case "ArrowDown":
        event.preventDefault();
        move(1);
        break;
      case "ArrowUp":
        event.preventDefault();
        move(-1);
        break;
      case "PageDown":
        event.preventDefault();
        move(PAGE);
        break;
      case "PageUp":
        event.preventDefault();
        move(-PAGE);
        break;
      case "Enter":
        event.preventDefault();
        if (highlightedIndex() >= 0) {
          actions.signIn();
        }
        break;
      case "Escape":
        if (search.value !== "") {
          // Handled here: an open dialog around must not close too.
          event.preventDefault();
          event.stopPropagation();
          clearSearch();
        }
        break;
      default:
        break;
    }
  });

  list.addEventListener("keydown", (event) => {
    if (!latest || selectionLocked(latest) || event.altKey || event.ctrlKey || event.metaKey) {
      return;
    }
    const index = highlightedIndex();
    switch (event.key) {
      case "ArrowDown":
        event.preventDefault();
        move(1);
        break;
      case "ArrowUp":
        event.preventDefault();
        move(-1);
        break;
      case "PageDown":
        event.preventDefault();
        move(PAGE);
        break;
      case "PageUp":
        event.preventDefault();
        move(-PAGE);
        break;
      case "Home":
        event.preventDefault();
        choose(rows[0]);
        break;
      case "End":
        event.preventDefault();
        choose(rows[rows.length - 1]);
        break;
      case " ":
        event.preventDefault();
        choose(rows[index < 0 ? 0 : index]);
        break;
      case "Enter":
        event.preventDefault();
        if (index >= 0) {
          actions.signIn();
        } else {
          choose(rows[0]);
        }
        break;
      case "p":
      case "P":
        event.preventDefault();
        pinHighlighted();
        break;
      case "Escape":
        if (search.value !== "") {
          event.preventDefault();
          clearSearch();
        }
        break;
      default:
        break;
    }
  });

  function rowOf(target: EventTarget | null): CatalogEntry | undefined {
    const option = target instanceof Element ? target.closest("[role='option']") : null;
    const index = option ? Number(option.id.slice(OPTION_ID_PREFIX.length)) : -1;
    return option && option.id.startsWith(OPTION_ID_PREFIX) ? rows[index] : undefined;
  }

  list.addEventListener("click", (event) => {
    const entry = rowOf(event.target);
    if (!entry) {
      return;
    }
    if (event.target instanceof Element && event.target.closest(".pin-toggle")) {
      actions.togglePin(entry.profile, entry.instance.id);
      return;
    }
    choose(entry);
    if (document.activeElement !== search) {
      list.focus();
    }
  });
  list.addEventListener("dblclick", (event) => {
    if (rowOf(event.target) && !(event.target instanceof Element && event.target.closest(".pin-toggle"))) {
      actions.signIn();
    }
  });

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const text = paste.value.trim();
    if (text === "") {
      paste.focus();
      return;
    }
    void actions.usePastedInstance(text).then((ok) => {
      if (ok) {
        paste.value = "";
        list.focus();
      }
    });
  });

  /** Like scrollIntoView({block: "nearest"}) but never scrolls the page itself. */
  function scrollWithinList(option: HTMLElement): void {
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

  function renderList(state: State, visible: CatalogEntry[]): void {
    renderedVisible = visible;
    renderedCatalog = state.catalog;
    rows = visible.slice(0, MAX_ROWS);
    // Rows are rebuilt: focus on a clicked pin would be lost with its row.
    const hadFocus = list.contains(document.activeElement) && document.activeElement !== list;
    pins.clear();
    const ctx: RowContext = {
      catalog: state.catalog,
      flat: state.query.trim() !== "",
      defaultChoice: state.catalog.defaultInstance,
      customEndpoint: new Set(state.profiles.filter((p) => p.customEndpoint).map((p) => p.name)),
    };
    const options = rows.map((entry, index) => renderOption(entry, index, ctx, pins));
    const rowSections = rows.map(sectionOf);
    const sections = ctx.flat ? [] : (["pinned", "recent", "all"] as Section[]).filter((s) => rowSections.includes(s));
    if (sections.length > 1) {
      setChildren(
        list,
        ...sections.map((section) =>
          h(
            "div",
            { role: "group", class: "list-group", "aria-labelledby": `instances-section-${section}` },
            h("div", { id: `instances-section-${section}`, class: "list-section", role: "presentation" }, SECTION_TITLES[section]),
            ...options.filter((_, i) => rowSections[i] === section),
          ),
        ),
      );
    } else {
      setChildren(list, ...options);
    }
    show(more, visible.length > rows.length);
    setText(
      more,
      visible.length > rows.length
        ? `Showing the first ${rows.length} of ${visible.length}. Type to narrow the list.`
        : "",
    );
    if (hadFocus) {
      list.focus({ preventScroll: true });
    }
  }

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
    setAttr(search, "aria-activedescendant", active?.id ?? null);
    if (active) {
      scrollWithinList(active);
    }
  }

  function syncPins(state: State): void {
    for (const [key, pin] of pins) {
      const busy = state.pinning.includes(key);
      pin.disabled = state.catalog.pinsLocked || busy;
      setAttr(pin, "aria-busy", busy ? "true" : null);
    }
  }

  // The list's height changes with the window and with what is shown above it: keep the highlighted row in view.
  if (typeof ResizeObserver === "function") {
    new ResizeObserver(() => {
      const active = list.querySelector<HTMLElement>("[role='option'][aria-selected='true']");
      if (active) {
        scrollWithinList(active);
      }
    }).observe(list);
  }

  let renderedStateKey = "";

  function stateMessage(state: State, visible: CatalogEntry[], scoped: number): { key: string; content: (Node | string)[] } | null {
    if (scoped > 0) {
      if (visible.length > 0) {
        return null;
      }
      const text = state.query.trim();
      return { key: `nomatch\u0000${text}`, content: [`No instances match “${text}”.`] };
    }
    const summary = discoverySummary(state.catalog, state.scope);
    const one = state.scope !== null;
    if (discoveringScope(state) || summary.refreshing) {
      return { key: "loading", content: [spinner(), "Looking for Amazon Connect instances…"] };
    }
    if (summary.profileErrors.length > 0) {
      return {
        key: "failed",
        content: [
          `Couldn't list instances for ${one ? "this profile" : "your profiles"}. You can still paste an instance ID or ARN below.`,
        ],
      };
    }
    return {
      key: `empty\u0000${one}`,
      content: [
        h(
          "strong",
          { class: "list-state-title" },
          one ? "No Amazon Connect instances found for this profile" : "No Amazon Connect instances found",
        ),
        h("span", { class: "list-state-hint" }, "If your instance is in another region or account, paste its ID or ARN below."),
      ],
    };
  }

  function renderState(state: State, visible: CatalogEntry[]): void {
    const all = entries(state);
    const scoped = state.scope === null ? all.length : all.filter((e) => e.profile === state.scope).length;
    const message = stateMessage(state, visible, scoped);
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
    setText(count, scoped === 0 ? "" : visible.length === scoped ? `${scoped}` : `${visible.length} of ${scoped}`);
  }

  return {
    el,
    update(state, previous) {
      latest = state;
      if (search.value !== state.query) {
        search.value = state.query;
      }
      const visible = visibleEntries(state);
      const listChanged = visible !== renderedVisible || state.catalog !== renderedCatalog || state.profiles !== previous?.profiles;
      if (listChanged) {
        renderList(state, visible);
      }
      // Before the selection: the list must be shown to scroll the highlighted row into view.
      const wasHidden = list.hidden;
      renderState(state, visible);
      if (listChanged || !previous || state.selected !== previous.selected || (wasHidden && !list.hidden)) {
        syncSelection(state);
      }
      if (listChanged || !previous || state.pinning !== previous.pinning) {
        syncPins(state);
      }

      // A running sign-in (or IAM Identity Center sign-in) continues with the profile and instance it started with.
      const locked = selectionLocked(state);
      const profile = pasteProfile(state);
      paste.disabled = profile === null || locked;
      use.disabled = profile === null || state.resolving || locked;
      setAttr(use, "aria-busy", state.resolving ? "true" : null);
      show(useSpinner, state.resolving);
      setText(useLabel, state.resolving ? "Looking up…" : "Use");
      setText(
        pasteHelp,
        profile === null ? "Choose an AWS profile above to look up an ID or ARN." : `Looked up with profile ${profile}.`,
      );
      // Visible only when it explains why the field is off; screen readers get it either way.
      pasteHelp.classList.toggle("visually-hidden", profile !== null);
    },
  };
}
