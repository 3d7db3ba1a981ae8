#!/usr/bin/python3
"""What a screen reader gets from the running app, through AT-SPI (the accessibility bus Orca reads):
the accessible tree of the window named on the command line, as JSON, one node per line of interest
(role, name, states, child count). Run with the system Python (python3-pyatspi)."""
import json
import sys

import pyatspi

WANTED = {"push button", "list box", "list item", "alert", "notification", "entry", "combo box",
          "heading", "label", "check box", "dialog", "section", "panel", "document web", "frame"}


def subtree_text(node, depth=0):
    if node is None or depth > 20:
        return ""
    parts = []
    try:
        text = node.queryText()
        parts.append(text.getText(0, text.characterCount))
    except Exception:  # no Text interface: its children carry the words
        for i in range(node.childCount):
            parts.append(subtree_text(node.getChildAtIndex(i), depth + 1))
    return " ".join(p for p in parts if p).replace("\ufffc", " ")


def walk(node, depth, found):
    if depth > 40 or node is None:
        return
    try:
        role = node.getRoleName()
        name = node.name or ""
        states = [pyatspi.stateToString(s) for s in node.getState().getStates()]
        count = node.childCount
    except Exception:  # a node that went away while we looked
        return
    if role in WANTED:
        entry = {"role": role, "name": name, "states": states, "children": count, "depth": depth}
        if role in ("alert", "notification"):
            # What is read out when it appears: the text of everything inside it.
            entry["text"] = subtree_text(node)
        found.append(entry)
    for i in range(count):
        try:
            walk(node.getChildAtIndex(i), depth + 1, found)
        except Exception:
            continue


def main():
    title = sys.argv[1]
    desktop = pyatspi.Registry.getDesktop(0)
    apps = []
    for i in range(desktop.childCount):
        app = desktop.getChildAtIndex(i)
        if app is None:
            continue
        apps.append(app.name)
        for j in range(app.childCount):
            window = app.getChildAtIndex(j)
            if window is not None and window.name == title:
                found = []
                walk(window, 0, found)
                print(json.dumps({"app": app.name, "nodes": found}))
                return
    print(json.dumps({"error": f"no window named {title!r}", "apps": apps}))


main()
