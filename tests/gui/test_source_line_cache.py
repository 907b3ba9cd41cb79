"""The source lines PySide6's import hook reads are not all kept (#14 item 9): the hook
reads every imported module's source, and linecache had kept some 700 files (about 25 MB
of strings) once the services and the main window were imported."""

from __future__ import annotations

import ast
import inspect
import json
import linecache
import os
import subprocess
import sys
import traceback

from riskdesk.gui.session.source_line_cache import (
    KEPT_FILES,
    RecentSourceFiles,
    keep_few_source_files,
)

_LOAD_THEN_COUNT = """
import json, linecache
from PySide6.QtWidgets import QApplication

app = QApplication([])
from riskdesk.gui.session.desk_loader import DeskLoader

loader = DeskLoader()
loader.wait()
import riskdesk.gui.main_window

print(json.dumps({
    "files": len(linecache.cache),
    "characters": sum(
        sum(map(len, entry[2])) for entry in linecache.cache.values() if len(entry) == 4
    ),
}))
"""


def test_the_services_and_the_main_window_imported_leave_few_files_cached() -> None:
    done = subprocess.run(
        [sys.executable, "-c", _LOAD_THEN_COUNT],
        capture_output=True,
        text=True,
        check=True,
        timeout=300,
        env=os.environ | {"QT_QPA_PLATFORM": "offscreen"},
    )
    cached = json.loads(done.stdout.splitlines()[-1])

    assert cached["files"] <= KEPT_FILES
    assert cached["characters"] < 2_000_000


def test_the_files_stored_last_are_kept_and_the_oldest_go() -> None:
    cache = RecentSourceFiles({}, limit=3)
    for name in ("a.py", "b.py", "c.py", "d.py"):
        cache[name] = (1, None, [f"{name}\n"], name)

    assert list(cache) == ["b.py", "c.py", "d.py"]


def test_a_traceback_still_shows_its_source_lines(monkeypatch) -> None:
    monkeypatch.setattr(linecache, "cache", dict(linecache.cache))
    keep_few_source_files(limit=4)
    keep_few_source_files()
    assert isinstance(linecache.cache, RecentSourceFiles)
    for module in (ast, inspect, json, os, subprocess, traceback):
        assert linecache.getlines(module.__file__)

    try:
        raise ValueError("shown with its line")
    except ValueError as error:
        text = "".join(traceback.format_exception(error))

    assert 'raise ValueError("shown with its line")' in text
    assert len(linecache.cache) <= 4
