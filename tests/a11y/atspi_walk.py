"""Walk one window of a running TrustDesk through the AT-SPI accessibility bus, as a screen
reader would, and print what it finds as one JSON line.

Run with the *system* python3 (its ``gi`` bindings and Atspi typelib come from Debian:
python3-gi, gir1.2-atspi-2.0), never the project's virtualenv:

    python3 atspi_walk.py PID WINDOW-TITLE

Only the standard library and gi are used here, on purpose.
"""

from __future__ import annotations

import json
import sys
import time

import gi

gi.require_version("Atspi", "2.0")
from gi.repository import Atspi  # noqa: E402

MAX_CHILDREN = 80  # of one node: a long table or list is sampled, not read whole
MAX_NODES = 4000
S = Atspi.StateType


def find_app(pid: int, timeout: float = 15.0):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        desktop = Atspi.get_desktop(0)
        for i in range(desktop.get_child_count()):
            app = desktop.get_child_at_index(i)
            try:
                if app is not None and app.get_process_id() == pid:
                    return app
            except Exception:  # noqa: BLE001 - an application that went away meanwhile
                continue
        time.sleep(0.2)
    return None


def find_window(app, title: str, timeout: float = 10.0):
    end = time.monotonic() + timeout
    seen: list[str] = []
    while time.monotonic() < end:
        seen = []
        for i in range(app.get_child_count()):
            window = app.get_child_at_index(i)
            if window is None:
                continue
            name = window.get_name() or ""
            seen.append(name)
            if name == title and window.get_state_set().contains(S.SHOWING):
                return window, seen
        time.sleep(0.2)
    return None, seen


def describe(node) -> dict:
    states = node.get_state_set()
    info = {
        "role": node.get_role_name(),
        "name": (node.get_name() or "").strip(),
        "description": (node.get_description() or "").strip(),
        "focusable": states.contains(S.FOCUSABLE),
        "showing": states.contains(S.SHOWING) and states.contains(S.VISIBLE),
        "enabled": states.contains(S.ENABLED),
    }
    try:
        value = node.get_value_iface() if hasattr(node, "get_value_iface") else None
        if value is not None:
            info["value"] = value.get_current_value()
    except Exception:  # noqa: BLE001 - not every node has a value
        pass
    return info


def walk(window) -> list[dict]:
    out: list[dict] = []
    stack = [(window, "")]
    while stack and len(out) < MAX_NODES:
        node, path = stack.pop()
        try:
            info = describe(node)
            count = node.get_child_count()
        except Exception:  # noqa: BLE001 - a node that went away while being read
            continue
        info["path"] = path
        out.append(info)
        if path and not info["showing"]:
            continue  # what is hidden (another page, a closed tab) is read when it shows
        here = f"{path}/{info['role']}:{info['name'][:30]}"
        children = []
        for i in range(min(count, MAX_CHILDREN)):
            try:
                child = node.get_child_at_index(i)
            except Exception:  # noqa: BLE001
                child = None
            if child is not None:
                children.append((child, here))
        stack.extend(reversed(children))
    return out


def main() -> int:
    pid, title = int(sys.argv[1]), sys.argv[2]
    Atspi.init()
    app = find_app(pid)
    if app is None:
        print(json.dumps({"title": title, "error": "application not on the AT-SPI bus"}))
        return 0
    window, seen = find_window(app, title)
    if window is None:
        print(json.dumps({"title": title, "error": f"no showing window so named; saw {seen}"}))
        return 0
    started = time.monotonic()
    nodes = walk(window)
    print(
        json.dumps(
            {
                "title": title,
                "window_role": window.get_role_name(),
                "nodes": nodes,
                "seconds": round(time.monotonic() - started, 3),
            }
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
