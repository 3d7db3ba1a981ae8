#!/usr/bin/env python3
"""Keeps a shared CARGO_TARGET_DIR from filling the disk.

Cargo names each artifact of a workspace crate after a hash of its package ID, and a path
package's ID is its path: every clone in a new folder compiles the project's own crates again, next
to the old ones, and the old ones are never read again. Third-party crates keep one hash wherever
the clone is. This removes the project's own artifacts, and incremental caches, that no build has
written for a while; whatever it removes, the next build that needs it compiles again.

Usage: prune-target.py TARGET_DIR   (run from the workspace)
"""

import json
import os
import re
import shutil
import subprocess
import sys
import time

KEEP_HOURS = float(os.environ.get("PRUNE_KEEP_HOURS", "24"))
# Below this much free space, keep only what the last few hours wrote.
LOW_SPACE_BYTES = 20 << 30
LOW_SPACE_KEEP_HOURS = 2
ARTIFACT = re.compile(r"^(?:lib)?([A-Za-z0-9_]+)-([0-9a-f]{16})")


def newest_mtime(path):
    if not os.path.isdir(path):
        return os.path.getmtime(path)
    newest = os.path.getmtime(path)
    for root, _dirs, files in os.walk(path):
        for name in files:
            try:
                newest = max(newest, os.path.getmtime(os.path.join(root, name)))
            except OSError:
                pass
    return newest


def remove(path):
    size = 0
    if os.path.isdir(path):
        for root, _dirs, files in os.walk(path):
            size += sum(os.path.getsize(os.path.join(root, f)) for f in files)
        shutil.rmtree(path, ignore_errors=True)
    else:
        size = os.path.getsize(path)
        os.remove(path)
    return size


def prune_profile(profile_dir, workspace_names, cutoff):
    freed = 0
    groups = {}
    for sub in ("deps", ".fingerprint", "build"):
        folder = os.path.join(profile_dir, sub)
        if not os.path.isdir(folder):
            continue
        for name in os.listdir(folder):
            match = ARTIFACT.match(name.replace("-", "_", name.count("-") - 1))
            if match and match.group(1) in workspace_names:
                key = (match.group(1), match.group(2))
                groups.setdefault(key, []).append(os.path.join(folder, name))
    for paths in groups.values():
        if max(newest_mtime(p) for p in paths) < cutoff:
            freed += sum(remove(p) for p in paths)
    incremental = os.path.join(profile_dir, "incremental")
    if os.path.isdir(incremental):
        for name in os.listdir(incremental):
            path = os.path.join(incremental, name)
            if newest_mtime(path) < cutoff:
                freed += remove(path)
    return freed


def workspace_names():
    """The names cargo gives this workspace's artifacts: its packages' and their targets'."""
    metadata = json.loads(
        subprocess.run(
            ["cargo", "metadata", "--no-deps", "--format-version", "1", "--offline"],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
    )
    names = set()
    for package in metadata["packages"]:
        names.add(package["name"])
        names.update(target["name"] for target in package["targets"])
    return {name.replace("-", "_") for name in names}


def main():
    if len(sys.argv) != 2:
        print(__doc__.strip().splitlines()[-1], file=sys.stderr)
        return 2
    target = sys.argv[1]
    if not os.path.isdir(target):
        return 0
    names = workspace_names()
    free = shutil.disk_usage(target).free
    hours = LOW_SPACE_KEEP_HOURS if free < LOW_SPACE_BYTES else KEEP_HOURS
    cutoff = time.time() - hours * 3600
    freed = 0
    for entry in os.scandir(target):
        if entry.is_dir() and os.path.isdir(os.path.join(entry.path, "deps")):
            freed += prune_profile(entry.path, names, cutoff)
        # Cross-compilation targets nest their profiles one level down.
        elif entry.is_dir():
            for sub in os.scandir(entry.path):
                if sub.is_dir() and os.path.isdir(os.path.join(sub.path, "deps")):
                    freed += prune_profile(sub.path, names, cutoff)
    free = shutil.disk_usage(target).free
    print(
        f"prune-target: freed {freed >> 20} MiB of this project's artifacts older than "
        f"{hours} h; {free >> 30} GiB free"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
