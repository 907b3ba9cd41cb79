"""Python's cyclic garbage collector runs on whichever thread happens to allocate, and an
operation's worker thread allocates a great deal (every SQLAlchemy read). When it frees a
cycle that holds a Qt object there, Qt destroys that object off the GUI thread and the
process can crash: seen as a segmentation fault "Garbage-collecting" under a read in
``run_op``'s worker. So while the GUI runs, automatic collection is off and the GUI
thread collects on a timer, generation by generation with Python's own thresholds (the
pattern GitFourchette, OpenCue and Camelot use for the same crash)."""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

CHECK_INTERVAL_MS = 500


class GuiThreadCollector(QObject):
    """Owns the collection while it lives; :meth:`stop` hands it back to Python."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.collect_due)
        gc.disable()
        self._timer.start(CHECK_INTERVAL_MS)

    def collect_due(self) -> None:
        """Collect each generation whose count has passed its threshold, as Python would
        have done on its own, but here on the GUI thread."""
        counts = gc.get_count()
        for generation in range(len(self._thresholds) - 1, -1, -1):
            threshold = self._thresholds[generation]
            if threshold and counts[generation] > threshold:
                gc.collect(generation)
                return

    def stop(self) -> None:
        self._timer.stop()
        gc.collect()
        gc.enable()


def collect_on_gui_thread(app: QObject) -> GuiThreadCollector:
    return GuiThreadCollector(app)
