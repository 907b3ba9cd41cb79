"""A person's appearances in case-list searches, one line per user and day in the
access insight. A busy unit searches all day, and a search for part of a name lists
everyone whose name holds it, so one person can be listed by thousands of searches;
each is still an access, so the line says how many there were, between which times and
what was searched for."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, tzinfo

from riskdesk.domain.access_insight import id_list, int_or_none
from riskdesk.domain.audit import AuditAction, AuditEntity, AuditEvent
from riskdesk.domain.localized import LocalizedText

_QUERIES_SHOWN = 5

SEARCH_RECORD = LocalizedText(da="Sagslisten", en="Case list")


@dataclass(frozen=True, slots=True)
class SearchHit:
    """One case-list search that listed the person: what was typed, by whom, when."""

    sequence: int
    at: datetime
    username: str
    query: str


def story_start(events: Iterable[AuditEvent], person_id: int) -> int:
    """The sequence of the person's last creation among ``events`` (0 if none): ids can
    be reused, and searches before it listed someone else (see
    :func:`riskdesk.domain.access_insight.events_concerning`)."""
    start = 0
    for event in events:
        if event.action is not AuditAction.CREATE:
            continue
        created = map(int_or_none, id_list(event.details.get("created_person_ids")))
        own = event.entity is AuditEntity.PERSON and event.entity_id == person_id
        if own or person_id in created:
            start = event.sequence
    return start


def by_search_day(hits: Iterable[SearchHit], zone: tzinfo) -> list[tuple[SearchHit, ...]]:
    """``hits`` (oldest first) grouped by user and day (in ``zone``), each group at its
    first search."""
    days: dict[tuple[str, date], list[SearchHit]] = {}
    for hit in hits:
        days.setdefault((hit.username, hit.at.astimezone(zone).date()), []).append(hit)
    return sorted((tuple(group) for group in days.values()), key=lambda g: g[0].sequence)


def searches_sentence(hits: tuple[SearchHit, ...]) -> LocalizedText:
    """What a day's searches that listed the person read as, after who made them."""
    if len(hits) == 1:
        return LocalizedText(
            da="søgte i sagslisten efter »{q}«", en="searched the case list for “{q}”"
        ).format(q=hits[0].query)
    queries: list[str] = []
    for hit in hits:
        if hit.query not in queries:
            queries.append(hit.query)
    shown = queries[:_QUERIES_SHOWN]
    more = len(queries) - len(shown)
    da = ", ".join(f"»{q}«" for q in shown) + (f" og {more} søgeord mere" if more else "")
    en = ", ".join(f"“{q}”" for q in shown) + (f" and {more} more" if more else "")
    return LocalizedText(
        da=f"fandt personen ved {len(hits)} søgninger i sagslisten (efter {da})",
        en=f"found the person in {len(hits)} searches of the case list (for {en})",
    )
