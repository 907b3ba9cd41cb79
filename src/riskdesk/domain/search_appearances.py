"""A person's appearances in case-list searches, one line per user and day in the
access insight. Typing a name runs a search per pause, so one lookup can leave a dozen
searches that all listed the person; each is still an access, so the line says how many
there were, between which times and what was searched for."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, tzinfo

from riskdesk.domain.audit import AuditAction, AuditEntity, AuditEvent
from riskdesk.domain.localized import LocalizedText

_QUERIES_SHOWN = 5


def is_search(event: AuditEvent) -> bool:
    return event.action is AuditAction.SEARCH and event.entity is AuditEntity.CASE_LIST


def by_search_day(events: Iterable[AuditEvent], zone: tzinfo) -> list[tuple[AuditEvent, ...]]:
    """``events`` (oldest first) in groups: each search with the same user's other
    searches on the same day (in ``zone``), placed at the first of them; every other
    event alone."""
    groups: list[list[AuditEvent]] = []
    open_days: dict[tuple[str, date], list[AuditEvent]] = {}
    for event in events:
        if not is_search(event):
            groups.append([event])
            continue
        day = (event.username, event.at.astimezone(zone).date())
        group = open_days.get(day)
        if group is None:
            group = open_days[day] = []
            groups.append(group)
        group.append(event)
    return [tuple(group) for group in groups]


def searches_sentence(searches: tuple[AuditEvent, ...]) -> LocalizedText:
    """What a day's searches that listed the person read as, after who made them."""
    queries: list[str] = []
    for event in searches:
        query = str(event.details.get("search", ""))
        if query not in queries:
            queries.append(query)
    shown = queries[:_QUERIES_SHOWN]
    more = len(queries) - len(shown)
    da = ", ".join(f"»{q}«" for q in shown) + (f" og {more} søgeord mere" if more else "")
    en = ", ".join(f"“{q}”" for q in shown) + (f" and {more} more" if more else "")
    return LocalizedText(
        da=f"fandt personen ved {len(searches)} søgninger i sagslisten (efter {da})",
        en=f"found the person in {len(searches)} searches of the case list (for {en})",
    )
