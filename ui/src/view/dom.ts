// Owns safe DOM construction: elements are built with createElement/textContent only, never HTML strings.
import { formatRelative } from "../format";

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

export function spinner(): HTMLSpanElement {
  return h("span", { class: "spinner", "aria-hidden": "true" });
}

const RELATIVE_CLASS = "relative-time";

function relativeText(ms: number, now: number): string {
  const relative = formatRelative(ms, now);
  return ms <= now ? `expired ${relative}` : relative;
}

/** A span showing "in 58 min" / "expired 3 min ago", kept current by {@link refreshRelativeTimes}. */
export function relativeTime(ms: number, now: number): HTMLSpanElement {
  const span = h("span", { class: RELATIVE_CLASS, "data-at": ms }, relativeText(ms, now));
  span.classList.toggle("is-expired", ms <= now);
  return span;
}

/** Updates every relative time under `root` in place (text node data, no new nodes). */
export function refreshRelativeTimes(root: ParentNode, now: number): void {
  for (const span of Array.from(root.querySelectorAll<HTMLElement>(`.${RELATIVE_CLASS}`))) {
    const ms = Number(span.getAttribute("data-at"));
    if (!Number.isFinite(ms)) {
      continue;
    }
    const text = relativeText(ms, now);
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
