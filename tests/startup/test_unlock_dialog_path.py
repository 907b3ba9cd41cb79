"""What the GUI thread imports before the unlock dialog's first paint (before the loader
starts): never the store's libraries, the Word renderer, Alembic or pydantic; they are
the loader's, imported while the dialog waits for a password."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from start_runs import RUN_GUI, environment, problem, start

pytestmark = pytest.mark.gui

WATCH = Path(__file__).with_name("start_watch.py")
NOT_BEFORE_THE_PAINT = (
    "sqlalchemy",
    "sqlcipher3",
    "alembic",
    "mako",
    "docx",
    "docxtpl",
    # A quarter of a second before the paint; the domain's texts, refusals and changes
    # the dialog needs are importable without it.
    "pydantic",
    "pydantic_core",
)


def test_the_dialog_is_painted_before_the_store_and_renderer_are_imported(
    tmp_path: Path,
) -> None:
    report = tmp_path / "imports.json"
    arguments = [sys.executable, str(WATCH), RUN_GUI, str(tmp_path / "none.rdv"), str(report)]
    assert problem(start(arguments, environment())) is None
    before = {name.split(".")[0] for name in json.loads(report.read_text())["before_loader"]}
    assert before, "the watch saw the imports before the loader"
    assert sorted(before & set(NOT_BEFORE_THE_PAINT)) == []
