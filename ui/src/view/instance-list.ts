// Owns the results listbox of the instance chooser: its rows (every match, in Pinned / Recent / All sections when not
// searching, drawn a block at a time around what is scrolled to and the highlighted row), which one is highlighted,
// mouse choices, the loading / empty / no-match states, and the Pin button under the list that pins the highlighted row
// (outside the listbox: options hold no controls).
import type { Actions } from "../actions";
import type { CatalogEntry, CatalogView } from "../bindings";
import { discoverySummary, entryLabel, sectionOf, type Section } from "../catalog";
import type { Messages } from "../l10n";
import { discoveringScope, entries, selectionLocked, type State } from "../state";
import { h, setAttr, setChildren, setHeightPx, setText, show, spinner } from "./dom";
import { choiceName } from "./browser-picker";
import { OPTION_ID_PREFIX, renderOption, type RowContext } from "./instance-row";
import { blockHeight, blockOfRow, blocksInView, cutBlocks, ESTIMATED_ROW_PX, type Block } from "./list-window";

/** A section header's height before one was measured. */
const ESTIMATED_HEADER_PX = 25;

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
  /** The listbox, its state message and the Pin button. */
  frame: HTMLElement;
  list: HTMLElement;
  /** Every row of the list, in order (drawn or not). */
  rows(): CatalogEntry[];
  /** Index of the highlighted row, or -1. */
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

/** The sections the rows fall in, in order (rows come sorted by section); one unnamed section when searching. */
function sectionsOf(rows: CatalogEntry[], flat: boolean): { section: Section | null; size: number }[] {
  if (flat) {
    return rows.length > 0 ? [{ section: null, size: rows.length }] : [];
  }
  const sections: { section: Section | null; size: number }[] = [];
  for (const row of rows) {
    const section = sectionOf(row);
    const last = sections[sections.length - 1];
    if (last && last.section === section) {
      last.size += 1;
    } else {
      sections.push({ section, size: 1 });
    }
  }
  // A single section needs no header.
  return sections.length === 1 && sections[0] ? [{ section: null, size: sections[0].size }] : sections;
}

/** Where a block stands in while it is not drawn: its height, so the scrollbar stays true. */
function gap(px: number): HTMLElement {
  const element = h("div", { class: "list-gap", "aria-hidden": "true" });
  setHeightPx(element, px);
  return element;
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
  const pinLabel = h("span", {});
  const pinButton = h(
    "button",
    { id: "pin-selected", type: "button", class: "btn btn-ghost btn-small pin-selected", "aria-pressed": "false" },
    pinLabel,
  );
  const listActions = h("div", { class: "list-actions", hidden: true }, pinButton);
  const frame = h("div", { class: "list-frame" }, list, stateBox, listActions);

  let latest: State | null = null;
  let renderedVisible: CatalogEntry[] | null = null;
  let renderedCatalog: CatalogView | null = null;
  let renderedStateKey = "";
  let rows: CatalogEntry[] = [];
  let ctx: RowContext | null = null;
  /** The list's geometry: its blocks, where each stands in the DOM (drawn or a gap), and what each measured. */
  let blocks: Block[] = [];
  let slots: HTMLElement[] = [];
  let measured: (number | undefined)[] = [];
  const drawn = new Set<number>();
  /** Where each section starts and how many rows it has (aria-posinset / aria-setsize count within it). */
  let sectionStarts: number[] = [];
  let sectionSizes: number[] = [];
  let measuredRowsPx = 0;
  let measuredRows = 0;
  let headerPx = ESTIMATED_HEADER_PX;
  let drawPending = false;

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

  const rowPx = (): number => (measuredRows > 0 ? measuredRowsPx / measuredRows : ESTIMATED_ROW_PX);

  function isSelected(option: HTMLElement): boolean {
    const selected = latest?.selected ?? null;
    return (
      selected !== null &&
      option.getAttribute("data-profile") === selected.profile &&
      option.getAttribute("data-instance-id") === selected.instanceId
    );
  }

  function markSelected(option: HTMLElement, on: boolean): void {
    option.setAttribute("aria-selected", on ? "true" : "false");
    option.classList.toggle("is-selected", on);
  }

  /** Draws block `index` in place of its gap; a block above the visible part keeps the visible rows where they were. */
  function drawBlock(index: number): void {
    const block = blocks[index];
    const slot = slots[index];
    const rowContext = ctx;
    if (drawn.has(index) || !block || !slot || !rowContext) {
      return;
    }
    const section = block.section;
    const sectionStart = sectionStarts[section] ?? 0;
    const size = sectionSizes[section] ?? rows.length;
    const options = rows.slice(block.start, block.end).map((entry, offset) => {
      const row = block.start + offset;
      const option = renderOption(messages, entry, row, rowContext, { position: row - sectionStart + 1, size });
      markSelected(option, isSelected(option));
      return option;
    });
    const element = h("div", { class: "list-block", role: "none" }, ...options);
    const above = list.clientHeight > 0 && slot.offsetTop + slot.offsetHeight <= list.scrollTop;
    const before = slot.offsetHeight;
    slot.replaceWith(element);
    slots[index] = element;
    drawn.add(index);
    const height = element.offsetHeight;
    if (height > 0) {
      if (measured[index] === undefined) {
        measuredRowsPx += height;
        measuredRows += block.end - block.start;
      }
      measured[index] = height;
      if (above && height !== before) {
        list.scrollTop += height - before;
      }
    }
  }

  /** Puts block `index` back as a gap of the height it had drawn. */
  function dropBlock(index: number): void {
    const block = blocks[index];
    const slot = slots[index];
    if (!drawn.has(index) || !block || !slot) {
      return;
    }
    const element = gap(blockHeight(block, slot.offsetHeight || measured[index], rowPx()));
    slot.replaceWith(element);
    slots[index] = element;
    drawn.delete(index);
  }

  /** Draws the blocks near what is scrolled to, and the highlighted row's; drops the others. */
  function drawWindow(): void {
    const heights = blocks.map((block, index) => blockHeight(block, measured[index], rowPx()));
    const wanted = new Set(blocksInView(blocks, heights, headerPx, { scrollTop: list.scrollTop, height: list.clientHeight }));
    const highlightedBlock = blockOfRow(blocks, highlighted());
    if (highlightedBlock >= 0) {
      wanted.add(highlightedBlock);
    }
    for (const index of Array.from(drawn)) {
      if (!wanted.has(index)) {
        dropBlock(index);
      }
    }
    for (const index of Array.from(wanted).sort((a, b) => a - b)) {
      drawBlock(index);
    }
  }

  function scheduleDraw(): void {
    if (drawPending) {
      return;
    }
    drawPending = true;
    requestAnimationFrame(() => {
      drawPending = false;
      drawWindow();
    });
  }
  list.addEventListener("scroll", scheduleDraw, { passive: true });

  function renderList(state: State, visible: CatalogEntry[]): void {
    renderedVisible = visible;
    renderedCatalog = state.catalog;
    rows = visible;
    // Rows are rebuilt: focus inside one would be lost with it.
    const hadFocus = list.contains(document.activeElement) && document.activeElement !== list;
    const flat = state.query.trim() !== "";
    ctx = {
      catalog: state.catalog,
      flat,
      defaultChoice: state.catalog.defaultInstance,
      customEndpoint: new Set(state.profiles.filter((p) => p.customEndpoint).map((p) => p.name)),
      browsers: new Map(
        (state.settings?.instanceBrowsers ?? []).map((own) => [own.instanceId, choiceName(messages, state.browsers, own.choice)]),
      ),
    };
    const sections = sectionsOf(rows, flat);
    sectionSizes = sections.map((s) => s.size);
    sectionStarts = sectionSizes.map((_, i) => sectionSizes.slice(0, i).reduce((sum, size) => sum + size, 0));
    blocks = cutBlocks(sectionSizes);
    measured = [];
    drawn.clear();
    slots = blocks.map((block) => gap(blockHeight(block, undefined, rowPx())));
    const content = sections.map(({ section }, index) => {
      const own = slots.filter((_, i) => blocks[i]?.section === index);
      if (section === null) {
        return own;
      }
      const header = h(
        "div",
        { id: `instances-section-${section}`, class: "list-section", role: "presentation" },
        sectionTitle(messages, section),
      );
      return [h("div", { role: "group", class: "list-group", "aria-labelledby": header.id }, header, ...own)];
    });
    setChildren(list, ...content.flat());
    headerPx = list.querySelector<HTMLElement>(".list-section")?.offsetHeight || headerPx;
    show(listActions, rows.length > 0);
    drawWindow();
    if (hadFocus) {
      list.focus({ preventScroll: true });
    }
  }

  /** Marks the highlighted row (`aria-activedescendant` names it) and scrolls it into view. */
  function syncSelection(): void {
    // The highlighted row is always drawn (aria-activedescendant must name an element that exists); the block it left
    // goes unless it is in view.
    drawWindow();
    let active: HTMLElement | null = null;
    for (const option of Array.from(list.querySelectorAll<HTMLElement>("[role='option']"))) {
      const on = isSelected(option);
      markSelected(option, on);
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

  // The list's height changes with the window and with what is shown above it: draw what now shows, and keep the
  // highlighted row in view.
  if (typeof ResizeObserver === "function") {
    new ResizeObserver(() => {
      drawWindow();
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
        syncSelection();
      }
      if (listChanged || !previous || state.pinning !== previous.pinning || state.selected !== previous.selected) {
        syncPinButton(state);
      }
    },
  };
}
