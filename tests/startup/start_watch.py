"""Runs RiskDesk's real start in this process and watches its imports: ``python
start_watch.py run_gui|entry_point VAULT REPORT``.

``run_gui`` calls :func:`riskdesk.gui.app.run_gui` directly, as the issue's failing
starts did; ``entry_point`` runs ``python -m riskdesk gui --vault VAULT``, the installed
command's code. An audit hook sees every module as it is first imported; REPORT gets a
JSON object: each import made on another thread while the loader thread
(``riskdesk-import``) was alive, how many modules the loader imported, every module
imported before the loader started, and, up to the unlock dialog's first paint (the cue the
startup probe is given), every module imported and every Python enum PySide6 made of a Qt
enumeration (it makes them for a whole class, or for the ``Qt`` namespace, on first use).
The startup probe
(``RISKDESK_EXIT_WHEN_SHOWN`` in the environment) ends the run.
"""

from __future__ import annotations

import enum
import gc
import json
import runpy
import sys
import threading
from pathlib import Path
from typing import Any

LOADER_THREAD = "riskdesk-import"

overlapping: list[str] = []
loader_imports: list[str] = []
before_loader: list[str] = []
before_paint: list[str] = []
enums_before_paint: list[str] = []
painted: list[bool] = []


def _loader_running() -> bool:
    return any(t.name == LOADER_THREAD and t.is_alive() for t in threading.enumerate())


def _watch(event: str, args: tuple[object, ...]) -> None:
    if event != "import":
        return
    module = str(args[0])
    name = threading.current_thread().name
    if name == LOADER_THREAD:
        loader_imports.append(module)
    elif _loader_running():
        overlapping.append(f"{name}: {module}")
    elif not loader_imports:
        before_loader.append(module)
    if not painted:
        before_paint.append(module)


def _qt_enums() -> list[str]:
    return sorted(
        f"{kind.__module__}.{kind.__qualname__}"
        for kind in gc.get_objects()
        if isinstance(kind, enum.EnumType) and kind.__module__.startswith("PySide6.")
    )


def _watch_first_paint() -> None:
    from riskdesk.gui import startup_probe

    install = startup_probe.install_startup_probe

    def on_paint(*_: object) -> None:
        if not painted:
            enums_before_paint.extend(_qt_enums())
            painted.append(True)

    def install_watched(app: Any, *args: Any, **kwargs: Any) -> bool:
        kwargs["painted"].connect(on_paint)
        return install(app, *args, **kwargs)

    startup_probe.install_startup_probe = install_watched


def main(path: str, vault: str, report: str) -> int:
    sys.addaudithook(_watch)
    _watch_first_paint()
    try:
        if path == "run_gui":
            from riskdesk.gui.app import run_gui

            code = run_gui(vault=Path(vault), username="koordinator")
        else:
            sys.argv = ["riskdesk", "gui", "--vault", vault]
            try:
                runpy.run_module("riskdesk", run_name="__main__")
                code = 0
            except SystemExit as exit_:
                code = exit_.code if isinstance(exit_.code, int) else 1
    finally:
        Path(report).write_text(
            json.dumps(
                {
                    "overlapping": overlapping,
                    "loader_imports": len(loader_imports),
                    "before_loader": before_loader,
                    "before_paint": before_paint,
                    "enums_before_paint": enums_before_paint,
                }
            )
        )
    return code


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:4]))
