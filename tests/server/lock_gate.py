"""Two writers lined up at one point of their transactions on the team server, so a
race between them is played the same way every time: a raw connection holds a table
lock that lets both read but stops the first write to that table, waits until both
writers wait on a lock, and lets go. Under READ COMMITTED both then have read the same
state, which is the race PostgreSQL allows and SQLite's one writer never does."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from team_servers import TeamServer

_WAITING = (
    "SELECT count(*) FROM pg_stat_activity"
    " WHERE datname = current_database() AND wait_event_type = 'Lock'"
)
# A guard against a writer that never gets there, well inside the desks' lock timeout.
_PATIENCE_SECONDS = 10.0


@dataclass
class Outcome:
    value: object = None
    error: BaseException | None = None
    done: threading.Event = field(default_factory=threading.Event)


def race(
    server: TeamServer, table: str, writers: dict[str, Callable[[], object]]
) -> dict[str, Outcome]:
    """Run each writer in its own thread while ``table`` is held in SHARE mode; once
    every writer waits on a lock, the gate opens. Each writer's result or exception."""
    outcomes = {name: Outcome() for name in writers}

    def run(name: str, writer: Callable[[], object]) -> None:
        try:
            outcomes[name].value = writer()
        except BaseException as error:  # handed to the test to judge
            outcomes[name].error = error
        finally:
            outcomes[name].done.set()

    with (
        server.cluster.connect(server.database) as gate,
        server.cluster.connect(server.database) as watcher,
    ):
        with gate.transaction():
            gate.execute(f"LOCK TABLE {table} IN SHARE MODE")  # type: ignore[arg-type]
            threads = [
                threading.Thread(target=run, args=(name, writer), daemon=True)
                for name, writer in writers.items()
            ]
            for thread in threads:
                thread.start()
            deadline = time.monotonic() + _PATIENCE_SECONDS
            while _waiting(watcher) < len(writers):
                finished = [n for n, o in outcomes.items() if o.done.is_set()]
                assert not finished, f"{finished} did not wait: {outcomes}"
                assert time.monotonic() < deadline, "the writers never met at the gate"
                time.sleep(0.05)
        for thread in threads:
            thread.join()
    return outcomes


def _waiting(watcher) -> int:  # type: ignore[no-untyped-def]
    row = watcher.execute(_WAITING).fetchone()
    return int(row[0]) if row else 0
