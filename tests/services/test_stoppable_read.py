"""A read on a thread of its own is stopped from another thread at the database's next
step, on both stores: a statement running is interrupted (it would never end here), and
one about to start is refused, so its use case rolls back without its audit event."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import text

from riskdesk.services.stoppable_read import ReadStopped, StoppableRead

pytestmark = pytest.mark.vault

# A statement that runs until it is stopped, on each store.
_ENDLESS = {
    "sqlite": "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n) "
    "SELECT count(*) FROM n",
    "postgresql": "SELECT pg_sleep(3600)",
}


def _events(desk) -> int:
    with desk.vault.new_session() as session:
        return int(session.execute(text("SELECT count(*) FROM audit_events")).scalar_one())


class _Reader(threading.Thread):
    def __init__(self, read: StoppableRead, call) -> None:
        super().__init__(name="test-stoppable-read")
        self.read, self.call = read, call
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            self.read.run(self.call)
        except BaseException as error:
            self.error = error


def test_a_statement_running_is_interrupted(desk) -> None:
    before = _events(desk)
    started = threading.Event()

    def endless() -> None:
        with desk.vault.new_session() as session:
            statement = text(_ENDLESS[session.get_bind().dialect.name])
            started.set()
            session.execute(statement)

    read = StoppableRead()
    reader = _Reader(read, endless)
    reader.start()
    assert started.wait(30)
    read.stop()  # returns only once the read has let go: it would never end otherwise
    reader.join()
    assert reader.error is not None
    assert _events(desk) == before
    # The store is as usable as before.
    assert len(desk.cases.listing().rows) > 0


def test_a_read_stopped_before_its_statements_runs_none_and_records_nothing(desk) -> None:
    before = _events(desk)
    gate = threading.Event()
    read = StoppableRead()

    def listing():
        gate.wait(30)
        return desk.cases.listing()

    reader = _Reader(read, listing)
    reader.start()
    stopper = threading.Thread(target=read.stop)
    stopper.start()
    while not read.stopped:
        threading.Event().wait(0.001)
    gate.set()
    stopper.join(30)
    reader.join(30)
    assert isinstance(reader.error, ReadStopped)
    assert _events(desk) == before


def test_a_read_not_stopped_runs_as_the_call_alone(desk) -> None:
    assert StoppableRead().run(desk.cases.listing).rows == desk.cases.listing().rows
