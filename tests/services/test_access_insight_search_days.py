"""The searches that listed a person, one line per user and Danish day, counted in the
database from ``audit_searches`` (migration 0012): the lines read exactly as the whole
log says, on a vault and on a team server; the day is Danish across midnight and the
changes of summer time; an older vault gets the rows filled from its searches' events;
and no search's event is read to make the lines."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import event

from riskdesk.demo.synthetic_people import synthetic_records
from riskdesk.domain.access_insight import events_concerning
from riskdesk.domain.audit import AuditAction, AuditEntity, AuditEvent
from riskdesk.domain.case import CaseSummary
from riskdesk.services.desk import Desk
from riskdesk.store.vault import Vault
from vault_fixtures import PASSWORD
from vault_versions import make_older

pytestmark = pytest.mark.vault

DANISH = ZoneInfo("Europe/Copenhagen")

# UTC times around Danish midnight, in winter and summer time and the nights they change.
_MOMENTS = (
    datetime(2026, 3, 28, 22, 59),  # 23:59 on the 28th in Denmark
    datetime(2026, 3, 28, 23, 1),  # 00:01 on the 29th
    datetime(2026, 3, 29, 21, 59),  # 23:59 on the 29th: summer time since 02:00
    datetime(2026, 3, 29, 22, 1),  # 00:01 on the 30th
    datetime(2026, 10, 24, 21, 59),  # 23:59 on the 24th, summer time
    datetime(2026, 10, 24, 22, 1),  # 00:01 on the 25th
    datetime(2026, 10, 25, 22, 59),  # 23:59 on the 25th: winter time since 03:00
    datetime(2026, 10, 25, 23, 1),  # 00:01 on the 26th
)


class _Clock:
    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now


def _person(desk: Desk) -> CaseSummary:
    return next(c for c in sorted(desk.cases.search(), key=lambda c: c.case_id) if c.cpr)


def _queries(person: CaseSummary) -> list[str]:
    """Searches that list the person, some more than once, more than five different
    ones, and two that do not (nobody found; someone else's name)."""
    first, *_, last = person.person_name.split()
    cpr = person.cpr or ""
    return [
        last[:3],
        last,
        last[:3],
        first[1:].upper(),
        f"{first[:2]} {last[:2]}",
        person.case_number[:6],
        cpr[:4],
        f"{cpr[:6]}-{cpr[7:8]}",
        "zzzzqq",
        last,
        f"{first} zzzzqq",
    ]


def _search(desk: Desk, queries: list[str], at: Callable[[int], None] = lambda _: None) -> None:
    for number, query in enumerate(queries):
        at(number)
        desk.cases.search(query)


def _old_day_lines(
    events: list[AuditEvent], person: CaseSummary
) -> list[tuple[int, datetime, datetime | None, str, str, str]]:
    """The search lines as the insight made them before 0012, from the whole log: every
    search that lists the person, grouped by user and Danish day in Python."""
    found = events_concerning(
        events,
        person_id=person.person_id,
        current_case_ids={person.case_id},
        name=person.person_name,
        cpr=person.cpr,
        case_numbers=(person.case_number,),
    )
    days: dict[tuple[str, date], list[AuditEvent]] = {}
    for searched in found:
        if searched.action is AuditAction.SEARCH and searched.entity is AuditEntity.CASE_LIST:
            key = (searched.username, searched.at.astimezone(DANISH).date())
            days.setdefault(key, []).append(searched)
    lines = []
    for group in sorted(days.values(), key=lambda g: g[0].sequence):
        typed = [str(e.details["search"]) for e in group]
        if len(group) == 1:
            da, en = (
                f"søgte i sagslisten efter »{typed[0]}«",
                f"searched the case list for “{typed[0]}”",
            )
        else:
            distinct = list(dict.fromkeys(typed))
            more = len(distinct) - 5
            da = ", ".join(f"»{q}«" for q in distinct[:5]) + (
                f" og {more} søgeord mere" if more > 0 else ""
            )
            en = ", ".join(f"“{q}”" for q in distinct[:5]) + (
                f" and {more} more" if more > 0 else ""
            )
            da = f"fandt personen ved {len(group)} søgninger i sagslisten (efter {da})"
            en = f"found the person in {len(group)} searches of the case list (for {en})"
        until = group[-1].at if len(group) > 1 else None
        lines.append((group[0].sequence, group[0].at, until, group[0].username, da, en))
    return lines


def _insight_lines(
    desk: Desk, person: CaseSummary
) -> tuple[list[tuple[int, datetime, datetime | None, str, str, str]], list[int]]:
    """The insight's search lines, and the sequences of its other lines."""
    insight = desk.access_insight.for_person(person.person_id)
    searches = [
        (e.sequence, e.at, e.until, e.user.username, e.what.da, e.what.en)
        for e in insight.entries
        if e.entity is AuditEntity.CASE_LIST
    ]
    others = [e.sequence for e in insight.entries if e.entity is not AuditEntity.CASE_LIST]
    return searches, others


def test_a_persons_search_lines_read_as_the_whole_log_says(demo_location: Path | str) -> None:
    with Desk.open(demo_location, username="koordinator", password=PASSWORD) as desk:
        person = _person(desk)
        _search(desk, _queries(person))
    with Desk.open(demo_location, username="leder", password=PASSWORD) as desk:
        _search(desk, _queries(person)[::-1])
        lines, others = _insight_lines(desk, person)
        events = desk.audit.events()
    expected = _old_day_lines(events, person)
    assert lines == expected
    assert [line[3] for line in lines] == ["koordinator", "leder"]
    assert "og 2 søgeord mere" in lines[0][4]
    concerning = events_concerning(
        events,
        person_id=person.person_id,
        current_case_ids={person.case_id},
        name=person.person_name,
        cpr=person.cpr,
        case_numbers=(person.case_number,),
    )
    assert others == [e.sequence for e in concerning if e.entity is not AuditEntity.CASE_LIST]


def _search_across_danish_midnights(path: Path, person: CaseSummary) -> None:
    clock = _Clock(_MOMENTS[0])
    vault = Vault.open(path, username="koordinator", password=PASSWORD, clock=clock)
    queries = [_queries(person)[number % 3] for number in range(len(_MOMENTS))]

    def at(number: int) -> None:
        clock.now = _MOMENTS[number]

    with Desk(vault) as desk:
        _search(desk, queries, at)


def _search_rows(path: Path) -> list[tuple[Any, ...]]:
    vault = Vault.open(path, username="leder", password=PASSWORD)
    with vault, vault._require_open().connect() as connection:
        return list(
            connection.exec_driver_sql(
                "SELECT sequence, username, at, day, query FROM audit_searches ORDER BY sequence"
            )
        )


def test_the_day_is_danish_across_midnight_and_summer_time(demo_path: Path) -> None:
    with Desk.open(demo_path, username="leder", password=PASSWORD) as desk:
        person = _person(desk)
    _search_across_danish_midnights(demo_path, person)
    assert [day for _, _, _, day, _ in _search_rows(demo_path)] == [
        "2026-03-28",
        "2026-03-29",
        "2026-03-29",
        "2026-03-30",
        "2026-10-24",
        "2026-10-25",
        "2026-10-25",
        "2026-10-26",
    ]
    with Desk.open(demo_path, username="leder", password=PASSWORD) as desk:
        lines, _ = _insight_lines(desk, person)
        expected = _old_day_lines(desk.audit.events(), person)
    assert lines == expected
    assert len(lines) == 6
    assert lines[1][1:3] == (
        datetime(2026, 3, 28, 23, 1, tzinfo=UTC),
        datetime(2026, 3, 29, 21, 59, tzinfo=UTC),
    )


def test_an_older_vault_gets_its_searches_filled_from_their_events(demo_path: Path) -> None:
    with Desk.open(demo_path, username="leder", password=PASSWORD) as desk:
        person = _person(desk)
    _search_across_danish_midnights(demo_path, person)
    with Desk.open(demo_path, username="koordinator", password=PASSWORD) as desk:
        _search(desk, _queries(person))
    written = _search_rows(demo_path)
    with Desk.open(demo_path, username="leder", password=PASSWORD) as desk:
        before, _ = _insight_lines(desk, person)
    make_older(demo_path, "0011", username="admin", password=PASSWORD)
    filled = _search_rows(demo_path)  # opening it migrated it
    with Desk.open(demo_path, username="leder", password=PASSWORD) as desk:
        after, _ = _insight_lines(desk, person)
        assert desk.audit.verify().intact
    assert len(written) == len(_MOMENTS) + 9  # the searches that found anyone
    assert filled == written
    assert after == before
    assert list(demo_path.parent.glob(f"{demo_path.name}.backup-0011-*"))


def test_no_searchs_event_is_read_to_make_the_lines(demo_path: Path) -> None:
    with Desk.open(demo_path, username="koordinator", password=PASSWORD) as desk:
        person = _person(desk)
        _search(desk, _queries(person))
    vault = Vault.open(demo_path, username="leder", password=PASSWORD)
    engine = vault._require_open()
    seen: list[str] = []

    def remember(_c: object, _cur: object, statement: str, *_: object) -> None:
        seen.append(statement)

    with Desk(vault) as desk:
        event.listen(engine, "before_cursor_execute", remember)
        try:
            insight = desk.access_insight.for_person(person.person_id)
        finally:
            event.remove(engine, "before_cursor_execute", remember)
    assert any(e.entity is AuditEntity.CASE_LIST for e in insight.entries)
    searched = [statement for statement in seen if "audit_search" in statement]
    assert any("audit_search_days" in statement for statement in searched)
    # The searches are found through their queries' words and counted per day alone.
    assert not [statement for statement in searched if "audit_events" in statement]


def _query_days(path: Path) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]:
    vault = Vault.open(path, username="leder", password=PASSWORD)
    with vault, vault._require_open().connect() as connection:
        return (
            list(connection.exec_driver_sql("SELECT * FROM audit_search_days ORDER BY 1, 2, 3")),
            list(connection.exec_driver_sql("SELECT * FROM audit_query_terms ORDER BY 1, 2")),
        )


def test_searches_counted_at_the_upgrade_and_after_it_make_one_line(demo_path: Path) -> None:
    with Desk.open(demo_path, username="leder", password=PASSWORD) as desk:
        person = _person(desk)
    _search_across_danish_midnights(demo_path, person)
    with Desk.open(demo_path, username="koordinator", password=PASSWORD) as desk:
        _search(desk, _queries(person))
    written = _query_days(demo_path)
    searches = _search_rows(demo_path)
    make_older(demo_path, "0014", username="admin", password=PASSWORD)
    filled = _query_days(demo_path)  # opening it migrated it
    with Desk.open(demo_path, username="koordinator", password=PASSWORD) as desk:
        _search(desk, _queries(person)[:2])  # today, after the upgrade
    with Desk.open(demo_path, username="leder", password=PASSWORD) as desk:
        lines, _ = _insight_lines(desk, person)
        expected = _old_day_lines(desk.audit.events(), person)
        assert desk.audit.verify().intact
    assert filled == written
    assert sum(counted for *_, counted, _, _, _, _ in written[0]) == len(searches)
    assert lines == expected
    # Today's line counts the nine searches before the upgrade and the two after it.
    assert lines[-1][4].startswith("fandt personen ved 11 søgninger i sagslisten")


def _desk(location: Path | str, username: str, clock: _Clock) -> Desk:
    """A desk on the vault at ``clock``'s time; a team server keeps its own time."""
    if isinstance(location, Path):
        return Desk(Vault.open(location, username=username, password=PASSWORD, clock=clock))
    return Desk.open(location, username=username, password=PASSWORD)


def test_a_day_counted_before_the_person_was_created_counts_what_came_after(
    demo_location: Path | str,
) -> None:
    """Ids and names recur: the searches of the day the person was created that came
    before it listed someone else."""
    record = synthetic_records(1, seed=903, today=date(2026, 6, 10), caseworkers=("koordinator",))
    surname = str(record[0].person["name"]).split()[-1]
    query = surname[:1]  # lists someone in the demo before the person is created
    clock = _Clock(datetime(2026, 6, 10, 9, 0))
    with _desk(demo_location, "koordinator", clock) as desk:
        _search(desk, [query, query])
        created, _ = desk.cases.create_person_with_case(
            person=record[0].person, case=record[0].case
        )
        _search(desk, [query])
    with _desk(demo_location, "leder", clock) as desk:
        _search(desk, [query])
    with _desk(demo_location, "koordinator", clock) as desk:
        _search(desk, [query])
    with Desk.open(demo_location, username="leder", password=PASSWORD) as desk:
        person = next(c for c in desk.cases.search() if c.person_id == created.id)
        lines, _ = _insight_lines(desk, person)
        expected = _old_day_lines(desk.audit.events(), person)
    assert lines == expected
    if isinstance(demo_location, Path):  # one Danish day by the vault's clock
        assert [(line[3], line[4].split(" i ")[0]) for line in lines] == [
            ("koordinator", "fandt personen ved 2 søgninger"),
            ("leder", f"søgte i sagslisten efter »{query}«".split(" i ")[0]),
        ]
