"""The operations thread never holds a Qt object: were it to drop the last reference to
one, Qt would destroy that object on the wrong thread (a deadlock on Qt's connection
lock against the GUI thread was seen in CI). The worker is given a number and the call,
and an operation's call is checked from inside, on the worker, for any QObject in the
frames around it."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QObject

from riskdesk.gui.operations import hub, run_op

pytestmark = pytest.mark.gui


def _qt_objects_in_the_calling_frames() -> list[str]:
    found: list[str] = []
    frame = sys._getframe(1)
    while frame is not None:
        found += [
            f"{frame.f_code.co_name}:{name}"
            for name, value in frame.f_locals.items()
            # The hub lives as long as the application: never the last reference.
            if isinstance(value, QObject) and value is not hub()
        ]
        frame = frame.f_back
    return found


def test_the_worker_s_frames_hold_no_qt_object(qtbot) -> None:
    seen: list[list[str]] = []
    run_op(None, lambda: seen.append(_qt_objects_in_the_calling_frames()))
    qtbot.waitUntil(lambda: hub().running == 0, timeout=10_000)
    assert seen == [[]]
