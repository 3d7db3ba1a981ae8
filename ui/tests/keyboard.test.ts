// keyboard.ts: the one keyboard model of the instance list, for the search box and the list alike.
import { describe, expect, it } from "vitest";
import { listIntent, moveTarget, PAGE, type KeyPlace, type KeyPress, type ListSituation } from "../src/keyboard";

function press(key: string, mods: Partial<KeyPress> = {}): KeyPress {
  return { key, code: key.length === 1 ? `Key${key.toUpperCase()}` : key, altKey: false, ctrlKey: false, metaKey: false, ...mods };
}

const idle: ListSituation = { highlighted: true, query: true, locked: false };

describe("listIntent", () => {
  it("moves, signs in and clears the same way in the search box and the list", () => {
    for (const place of ["search", "list"] as KeyPlace[]) {
      expect(listIntent(press("ArrowDown"), place, idle)).toEqual({ kind: "move", by: 1 });
      expect(listIntent(press("ArrowUp"), place, idle)).toEqual({ kind: "move", by: -1 });
      expect(listIntent(press("PageDown"), place, idle)).toEqual({ kind: "move", by: PAGE });
      expect(listIntent(press("PageUp"), place, idle)).toEqual({ kind: "move", by: -PAGE });
      expect(listIntent(press("Enter"), place, idle)).toEqual({ kind: "signIn" });
      expect(listIntent(press("Escape"), place, idle)).toEqual({ kind: "clear" });
      expect(listIntent(press("Escape"), place, { ...idle, query: false })).toBeNull();
    }
  });

  it("leaves the keys that edit text to the search box", () => {
    for (const key of ["Home", "End", " ", "p", "P", "a"]) {
      expect(listIntent(press(key), "search", idle)).toBeNull();
    }
    expect(listIntent(press("Home"), "list", idle)).toEqual({ kind: "first" });
    expect(listIntent(press("End"), "list", idle)).toEqual({ kind: "last" });
    expect(listIntent(press(" "), "list", idle)).toEqual({ kind: "choose" });
    expect(listIntent(press("p"), "list", idle)).toEqual({ kind: "pin" });
    expect(listIntent(press("a"), "list", idle)).toBeNull();
  });

  it("pins with Alt+P in the search box, by key code too (Option+P types π on macOS)", () => {
    expect(listIntent(press("p", { altKey: true }), "search", idle)).toEqual({ kind: "pin" });
    expect(listIntent(press("π", { altKey: true, code: "KeyP" }), "search", idle)).toEqual({ kind: "pin" });
    expect(listIntent(press("ArrowDown", { altKey: true }), "search", idle)).toBeNull();
    expect(listIntent(press("p", { altKey: true }), "list", idle)).toBeNull();
  });

  it("leaves shortcuts with Ctrl or Cmd alone", () => {
    expect(listIntent(press("ArrowDown", { ctrlKey: true }), "list", idle)).toBeNull();
    expect(listIntent(press("Enter", { metaKey: true }), "search", idle)).toBeNull();
  });

  it("chooses the first row on Enter in the list when nothing is highlighted; the search box waits", () => {
    const none = { ...idle, highlighted: false };
    expect(listIntent(press("Enter"), "list", none)).toEqual({ kind: "choose" });
    expect(listIntent(press("Enter"), "search", none)).toBeNull();
  });

  it("only clears the search while a sign-in or login runs", () => {
    const locked = { ...idle, locked: true };
    for (const key of ["ArrowDown", "Enter", "Home", "p", " "]) {
      expect(listIntent(press(key), "list", locked)).toBeNull();
    }
    expect(listIntent(press("Escape"), "search", locked)).toEqual({ kind: "clear" });
  });
});

describe("moveTarget", () => {
  it("enters from the top going down and from the bottom going up, and stays within the rows", () => {
    expect(moveTarget(-1, 1, 5)).toBe(0);
    expect(moveTarget(-1, -1, 5)).toBe(4);
    expect(moveTarget(2, 1, 5)).toBe(3);
    expect(moveTarget(4, PAGE, 5)).toBe(4);
    expect(moveTarget(1, -PAGE, 5)).toBe(0);
    expect(moveTarget(-1, 1, 0)).toBe(-1);
  });
});
