// Owns the one keyboard model of the instance list: what a key means, in the search box and in the list alike. The
// search box keeps the keys that edit text (Home, End, Space, letters); the list has no text, so they move or pin.

/** What a key asks of the list. */
export type ListIntent =
  | { kind: "move"; by: number }
  | { kind: "first" }
  | { kind: "last" }
  /** Highlight the row under the highlight, else the first. */
  | { kind: "choose" }
  | { kind: "signIn" }
  | { kind: "pin" }
  /** Clear the search. */
  | { kind: "clear" };

/** Where the key went: the search box (a combobox over the list) or the list itself. */
export type KeyPlace = "search" | "list";

export interface KeyPress {
  key: string;
  code: string;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
}

/** What the list looks like when the key arrives. */
export interface ListSituation {
  /** A row is highlighted: Enter signs in to it. */
  highlighted: boolean;
  /** The search box has text: Escape clears it. */
  query: boolean;
  /** A sign-in or login runs: the highlight stays where it is; only clearing the search still works. */
  locked: boolean;
}

/** Rows PageUp / PageDown move by. */
export const PAGE = 10;

const MOVES: Record<string, number> = { ArrowDown: 1, ArrowUp: -1, PageDown: PAGE, PageUp: -PAGE };

function intentOf(press: KeyPress, place: KeyPlace, situation: ListSituation): ListIntent | null {
  if (press.ctrlKey || press.metaKey) {
    return null;
  }
  if (press.altKey) {
    // Alt+P pins from the search box, where P is a letter to type. By code: on macOS Option+P types "π".
    return place === "search" && (press.code === "KeyP" || press.key.toLowerCase() === "p") ? { kind: "pin" } : null;
  }
  const by = MOVES[press.key];
  if (by !== undefined) {
    return { kind: "move", by };
  }
  switch (press.key) {
    case "Escape":
      return situation.query ? { kind: "clear" } : null;
    case "Enter":
      return situation.highlighted ? { kind: "signIn" } : place === "list" ? { kind: "choose" } : null;
    default:
      break;
  }
  if (place === "search") {
    return null;
  }
  switch (press.key) {
    case "Home":
      return { kind: "first" };
    case "End":
      return { kind: "last" };
    case " ":
      return { kind: "choose" };
    case "p":
    case "P":
      return { kind: "pin" };
    default:
      return null;
  }
}

/** The intent of a key press, or null when the key is not the list's (it then does what it normally does). */
export function listIntent(press: KeyPress, place: KeyPlace, situation: ListSituation): ListIntent | null {
  const intent = intentOf(press, place, situation);
  return situation.locked && intent?.kind !== "clear" ? null : intent;
}

/** The row a move lands on: from the highlighted one (or from outside the list), kept within the rows. */
export function moveTarget(highlighted: number, by: number, rows: number): number {
  if (rows === 0) {
    return -1;
  }
  if (highlighted < 0) {
    return by > 0 ? 0 : rows - 1;
  }
  return Math.min(Math.max(highlighted + by, 0), rows - 1);
}
