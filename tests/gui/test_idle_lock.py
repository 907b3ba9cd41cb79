from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QApplication, QLineEdit

from riskdesk.gui.session.idle_lock import IdleLock

pytestmark = pytest.mark.gui


def test_fires_once_after_the_interval_without_input(qtbot) -> None:
    lock = IdleLock(interval_ms=50)
    fired: list[bool] = []
    lock.timed_out.connect(lambda: fired.append(True))
    lock.start()
    qtbot.waitUntil(lambda: fired == [True], timeout=4000)
    assert not lock.active
    qtbot.wait(120)
    assert fired == [True]


def test_keyboard_and_mouse_input_restart_the_countdown(qtbot) -> None:
    field = QLineEdit()
    qtbot.addWidget(field)
    field.show()
    lock = IdleLock(interval_ms=60_000)
    lock.start()
    timer = lock.findChild(QTimer)
    key = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier, "a")
    click = QMouseEvent(
        QEvent.Type.MouseButtonPress,
        QPointF(QPoint(2, 2)),
        QPointF(QPoint(2, 2)),
        Qt.MouseButton.LeftButton,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    for event in (key, click):
        qtbot.wait(300)
        before = timer.remainingTime()
        QApplication.sendEvent(field, event)
        # Measured against the clock, not slept on, so a slow machine cannot fail it.
        assert timer.remainingTime() > before
    lock.stop()


def test_stopped_lock_never_fires(qtbot) -> None:
    lock = IdleLock(interval_ms=30)
    fired: list[bool] = []
    lock.timed_out.connect(lambda: fired.append(True))
    lock.start()
    lock.stop()
    qtbot.wait(100)
    assert fired == []
