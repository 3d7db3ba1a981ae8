// Owns safe DOM construction: elements are built with createElement/textContent only, never HTML strings; and
// catalogue messages with elements inside them (a `<time>`, a `<code>`), still as text nodes.
import { expiryRelative } from "../format";
import type { MessageArgs, Messages } from "../l10n";

export type AttrValue = string | number | boolean | null | undefined;
export type Attrs = Record<string, AttrValue>;
export type Child = Node | string | null | undefined | false;

/**
 * Creates an element. Attribute values and string children are set as plain
 * text, so data from the backend can never become markup.
 */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    setAttr(element, name, value);
  }
  append(element, children);
  return element;
}

/** Sets (or, for false/null/undefined, removes) one attribute. */
export function setAttr(element: Element, name: string, value: AttrValue): void {
  if (value === false || value === null || value === undefined) {
    element.removeAttribute(name);
  } else if (value === true) {
    element.setAttribute(name, "");
  } else {
    element.setAttribute(name, String(value));
  }
}

function toNode(child: Child): Node | null {
  if (child === null || child === undefined || child === false) {
    return null;
  }
  return typeof child === "string" ? document.createTextNode(child) : child;
}

export function append(parent: Node, children: Child[]): void {
  for (const child of children) {
    const node = toNode(child);
    if (node) {
      parent.appendChild(node);
    }
  }
}

/** Replaces all children of `parent`. */
export function setChildren(parent: Element, ...children: Child[]): void {
  while (parent.firstChild) {
    parent.removeChild(parent.firstChild);
  }
  append(parent, children);
}

/** Sets text only when it changed (keeps screen readers and selections calm). */
export function setText(element: Element, text: string): void {
  if (element.textContent !== text) {
    element.textContent = text;
  }
}

export function show(element: HTMLElement, visible: boolean): void {
  if (element.hidden === visible) {
    element.hidden = !visible;
  }
}

/**
 * The one style set from script: a height only script can know (a long list's rows that are not drawn). Through the
 * CSSOM, which the page's CSP allows, never a `style` attribute, which it forbids.
 */
export function setHeightPx(element: HTMLElement, px: number): void {
  element.style.height = `${Math.max(0, Math.round(px))}px`;
}

export function spinner(): HTMLSpanElement {
  return h("span", { class: "spinner", "aria-hidden": "true" });
}

/** Private-use marks around an element's place in a formatted message (never in a catalogue, never in data shown). */
const MARK_OPEN = "\uE000";
const MARK_CLOSE = "\uE001";
/** An element's mark, with the Unicode isolation marks Fluent may put around a placeable. */
const MARK_PATTERN = /\u2068?\uE000(\d+)\uE001\u2069?/;

/**
 * Message `id` with elements where its placeables are: `args` are data as usual, `nodes` are elements (a `<time>`, a
 * `<strong>`) put in the places of the arguments of the same name. The translator decides the word order, the code
 * keeps the elements. Returns the children to append (text as text nodes).
 */
export function rich(messages: Messages, id: string, args: MessageArgs, nodes: Record<string, Node>): Child[] {
  const names = Object.keys(nodes);
  const marked: MessageArgs = {};
  for (const [name, value] of Object.entries(args)) {
    // Data cannot fake a mark.
    marked[name] = typeof value === "string" ? value.replace(/[\uE000\uE001]/g, "") : value;
  }
  names.forEach((name, index) => {
    marked[name] = `${MARK_OPEN}${index}${MARK_CLOSE}`;
  });
  // Odd pieces are the indexes between the marks (split keeps the capture group).
  const pieces = messages.t(id, marked).split(MARK_PATTERN);
  return pieces.map((piece, index) => {
    if (index % 2 === 0) {
      return piece === "" ? null : piece;
    }
    const name = names[Number(piece)];
    return name !== undefined ? (nodes[name] ?? null) : null;
  });
}

const RELATIVE_CLASS = "relative-time";

/** A span showing "in 58 min" / "expired 3 min ago", kept current by {@link refreshRelativeTimes}. */
export function relativeTime(messages: Messages, ms: number, now: number): HTMLSpanElement {
  const span = h("span", { class: RELATIVE_CLASS, "data-at": ms }, expiryRelative(messages, ms, now));
  span.classList.toggle("is-expired", ms <= now);
  return span;
}

/** Updates every relative time under `root` in place (text node data, no new nodes). */
export function refreshRelativeTimes(root: ParentNode, now: number, messages: Messages): void {
  for (const span of Array.from(root.querySelectorAll<HTMLElement>(`.${RELATIVE_CLASS}`))) {
    const ms = Number(span.getAttribute("data-at"));
    if (!Number.isFinite(ms)) {
      continue;
    }
    const text = expiryRelative(messages, ms, now);
    const node = span.firstChild;
    if (node && node.nodeType === Node.TEXT_NODE) {
      if (node.nodeValue !== text) {
        node.nodeValue = text;
      }
    } else {
      span.textContent = text;
    }
    span.classList.toggle("is-expired", ms <= now);
  }
}

/**
 * A region that may scroll (a long message, many failed regions): a keyboard can reach it, and so scroll it, exactly
 * while it does.
 */
export function reachableWhenScrolling<T extends HTMLElement>(el: T): T {
  const sync = (): void => setAttr(el, "tabindex", el.scrollHeight > el.clientHeight + 1 ? 0 : null);
  if (typeof ResizeObserver === "function") {
    new ResizeObserver(sync).observe(el);
  }
  if (typeof MutationObserver === "function") {
    new MutationObserver(sync).observe(el, { childList: true, subtree: true, characterData: true });
  }
  return el;
}
