"""The simulated users of the team-server load benchmark: each is one RiskDesk desk of
its own (its own login, its own connections) running a realistic mix of use cases
back to back, and recording how long each took, which failed, and every save it made,
so the lost updates can be counted afterwards."""

from __future__ import annotations

import random
import time
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from riskdesk.domain.record_version import StaleRecord
from riskdesk.domain.refusals import Refusal
from riskdesk.domain.statistics_facts import Period
from riskdesk.services.desk import Desk

# The unit's figures are the leader's (a caseworker is refused them), so only a
# supervisor's mix reports.
CASEWORK_MIX = (
    ("search", 30),
    ("open case", 25),
    ("edit person", 15),
    ("save plan", 15),
    ("submit", 5),
    ("agenda", 10),
)
SUPERVISOR_MIX = (
    ("search", 25),
    ("open case", 20),
    ("edit person", 10),
    ("approve", 25),
    ("agenda", 10),
    ("report", 10),
)
_LETTERS = "abdeghiklmnorstu"


@dataclass
class UserRun:
    """What one simulated user did: per operation the durations (s), the refusals the
    rules give (a stale copy, a plan not in a state to submit: a user's normal day),
    the errors (anything else), and each save that succeeded as (case, token, version)."""

    timings: dict[str, list[float]] = field(default_factory=dict)
    refusals: dict[str, int] = field(default_factory=dict)
    errors: dict[str, list[str]] = field(default_factory=dict)
    saves: list[tuple[int, str, int]] = field(default_factory=list)


def run_user(
    url: str,
    username: str,
    password: str,
    *,
    supervisor: bool,
    seconds: float,
    seed: int,
    case_ids: list[int],
    meeting_ids: list[int],
) -> UserRun:
    rng = random.Random(seed)
    run = UserRun()
    mix = SUPERVISOR_MIX if supervisor else CASEWORK_MIX
    names = [name for name, _ in mix]
    weights = [weight for _, weight in mix]
    with Desk.open(url, username=username, password=password) as desk:
        operations = _Operations(desk, rng, username, password, case_ids, meeting_ids, run)
        end = time.perf_counter() + seconds
        while time.perf_counter() < end:
            name = rng.choices(names, weights)[0]
            started = time.perf_counter()
            try:
                getattr(operations, name.replace(" ", "_"))()
            except StaleRecord:
                run.refusals[name] = run.refusals.get(name, 0) + 1
            except Refusal:
                run.refusals[name] = run.refusals.get(name, 0) + 1
            except Exception as error:
                run.errors.setdefault(name, []).append(type(error).__name__)
            run.timings.setdefault(name, []).append(time.perf_counter() - started)
    return run


class _Operations:
    def __init__(
        self,
        desk: Desk,
        rng: random.Random,
        username: str,
        password: str,
        case_ids: list[int],
        meeting_ids: list[int],
        run: UserRun,
    ) -> None:
        self._desk = desk
        self._rng = rng
        self._username = username
        self._password = password
        self._case_ids = case_ids
        self._meeting_ids = meeting_ids
        self._run = run
        self._counter = 0

    def _case(self) -> Any:
        return self._rng.choice(self._case_ids)

    def search(self) -> None:
        prefix = "".join(self._rng.choice(_LETTERS) for _ in range(self._rng.randint(1, 3)))
        matches = self._desk.cases.find(prefix)
        self._desk.cases.searched(prefix, results=len(matches.rows))

    def open_case(self) -> None:
        self._desk.cases.with_person(self._case())

    def edit_person(self) -> None:
        """Read, then save a note only this save writes: if another user's save lands
        between the read and this one, it is refused (a stale copy), never overwritten."""
        case_id = self._case()
        person, case = self._desk.cases.with_person(case_id)
        self._counter += 1
        token = f"{self._username}-{self._counter}"
        _, saved = self._desk.cases.update_person_and_case(
            case_id,
            person=person.model_dump(),
            case={**case.model_dump(), "notes": token},
            person_version=person.row_version,
            case_version=case.row_version,
        )
        assert saved.row_version is not None
        self._run.saves.append((int(case_id), token, saved.row_version))

    def save_plan(self) -> None:
        case_id = self._case()
        editing = self._desk.plans.for_editing(case_id)
        if editing.plan is None:
            return
        self._counter += 1
        edited = editing.plan.model_copy(
            update={"citizen_view": f"Gennemgået af {self._username} ({self._counter})"}
        )
        self._desk.plans.save(case_id, edited)

    def submit(self) -> None:
        plan_id = self._desk.review.current_plan_id(self._case())
        if plan_id is not None:
            self._desk.review.submit(plan_id)

    def approve(self) -> None:
        queue = self._desk.review.queue()
        if queue:
            self._desk.review.approve(self._rng.choice(queue).plan_id, self._password)

    def agenda(self) -> None:
        if self._meeting_ids:
            self._desk.meetings.agenda(self._rng.choice(self._meeting_ids))

    def report(self) -> None:
        today = date.today()
        self._desk.statistics.figures(Period(start=today - timedelta(days=182), end=today))
