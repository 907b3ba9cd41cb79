"""Access insight (indsigt i logningen): which audit events concern one person, for the
citizen's right of access (GDPR art. 15, forvaltningsloven). How each reads in words is
:mod:`riskdesk.domain.access_insight_wording`.

An event concerns a person when it is about their person record, one of their cases, or
carries their person id or one of their case ids in its details (``person_id``,
``case_id``, or the lists ``person_ids`` and ``case_ids``), so events of entities added
later are picked up as long as they record those ids. A case-list search concerns them
when its non-empty criteria match them the way the case list does and it found anything.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable
from datetime import datetime

from pydantic import BaseModel, ConfigDict

from riskdesk.domain.audit import AuditAction, AuditEntity, AuditEvent
from riskdesk.domain.ids import PersonId
from riskdesk.domain.localized import DEFAULT_LANGUAGE, Language, LocalizedText
from riskdesk.domain.user import ROLE_LABELS, Role

ACCESS_INSIGHT_PURPOSE = "access_insight"
"""``details["purpose"]`` of the READ event recorded when an access insight is made, and
``details["document"]`` of the EXPORT event when it is saved."""

_CPR_LIKE = re.compile(r"^[\d-]+$")

UNKNOWN_USER_ROLE = LocalizedText(da="ukendt rolle", en="unknown role")


class InsightUser(BaseModel):
    """Who did it, as the vault knows them now; ``role`` is None for a user name the
    vault no longer has."""

    model_config = ConfigDict(frozen=True)

    username: str
    display_name: str
    role: Role | None

    @property
    def role_label(self) -> LocalizedText:
        return ROLE_LABELS[self.role] if self.role is not None else UNKNOWN_USER_ROLE


class AccessInsightEntry(BaseModel):
    """One event as the citizen reads it: when, who, what was done, to which record."""

    model_config = ConfigDict(frozen=True)

    sequence: int
    at: datetime
    until: datetime | None = None
    """When the event folds repeated autosaves: the last of them."""
    user: InsightUser
    action: AuditAction
    entity: AuditEntity
    what: LocalizedText
    record: LocalizedText

    def sentence(self, language: Language | str = DEFAULT_LANGUAGE) -> str:
        """The event as one sentence: "Kim Koordinator (sagsbehandler) så sagen"."""
        role = self.user.role_label.text(language).lower()
        return f"{self.user.display_name} ({role}) {self.what.text(language)}"


class AccessInsight(BaseModel):
    """Every audit event concerning one person, oldest first; ``produced_at`` and
    ``produced_by`` say when and by whom this insight was made (itself an event in it)."""

    model_config = ConfigDict(frozen=True, hide_input_in_errors=True)

    person_id: PersonId
    person_name: str
    cpr: str | None
    produced_at: datetime
    produced_by: InsightUser
    entries: tuple[AccessInsightEntry, ...]

    @property
    def first_at(self) -> datetime | None:
        return self.entries[0].at if self.entries else None


def concerns_person(event: AuditEvent, *, person_id: int, case_ids: Collection[int]) -> bool:
    """Whether ``event`` is about the person or one of their cases (see module doc);
    searches are judged by :func:`search_matches`."""
    if event.entity is AuditEntity.PERSON and event.entity_id == person_id:
        return True
    if event.entity is AuditEntity.CASE and event.entity_id in case_ids:
        return True
    details = event.details
    if _same_id(details.get("person_id"), person_id):
        return True
    if details.get("case_id") is not None and int_or_none(details.get("case_id")) in case_ids:
        return True
    if any(_same_id(p, person_id) for p in id_list(details.get("person_ids"))):
        return True
    return any(int_or_none(c) in case_ids for c in id_list(details.get("case_ids")))


def events_concerning(
    events: Iterable[AuditEvent],
    *,
    person_id: int,
    current_case_ids: Collection[int],
    name: str,
    cpr: str | None,
    case_numbers: Collection[str],
) -> list[AuditEvent]:
    """The events of ``events`` (oldest first) that concern the person.

    Ids can be reused once a record is deleted, so the log is read as a story: events
    before the person's (last) creation were about someone else with the same id, and an
    event about a case counts while the case's latest creation names this person (a case
    never seen created, e.g. imported, counts when it is theirs now)."""
    owner: dict[int, int | None] = {}
    found: list[AuditEvent] = []
    for event in events:
        if event.action is AuditAction.CREATE:
            created_people = map(int_or_none, id_list(event.details.get("created_person_ids")))
            if (
                event.entity is AuditEntity.PERSON and event.entity_id == person_id
            ) or person_id in created_people:
                found = []
            created_cases = id_list(event.details.get("created_case_ids"))
            if event.entity is AuditEntity.CASE and event.entity_id is not None:
                created_cases.append(event.entity_id)
            created_for = int_or_none(event.details.get("person_id"))
            for case_id in filter(None, map(int_or_none, created_cases)):
                # An import of many people names no single owner; the case's owner now
                # decides then, as for a case never seen created.
                if created_for is not None:
                    owner[case_id] = created_for
        if event.action is AuditAction.SEARCH and event.entity is AuditEntity.CASE_LIST:
            relevant = bool(event.details.get("results")) and search_matches(
                str(event.details.get("search", "")),
                name=name,
                cpr=cpr,
                case_numbers=case_numbers,
            )
        else:
            # concerns_person with the cases that are theirs in the story so far, asked
            # case by case: a list view names thousands of cases and most are no one's here.
            relevant = concerns_person(event, person_id=person_id, case_ids=()) or any(
                owner.get(case_id, person_id if case_id in current_case_ids else None) == person_id
                for case_id in _case_ids_of(event)
            )
        if relevant:
            found.append(event)
    return found


def fold_text(text: str) -> str:
    """Case-folded with single spaces, as the case list compares names."""
    return " ".join(text.casefold().split())


def search_matches(
    search: str, *, name: str, cpr: str | None, case_numbers: Collection[str]
) -> bool:
    """Whether the case list's search ``search`` would list this person: every word must
    match part of the name, the start of the CPR number (dash optional) or the start of
    one of their case numbers. An empty search lists everyone and is not counted."""
    terms = search.split()
    if not terms:
        return False
    folded_name = fold_text(name)
    digits = (cpr or "").replace("-", "")
    # Case-folded as the list compares them (domain/case_list.Term): "kbh" lists KBH-….
    numbers = [number.casefold() for number in case_numbers]

    def matches(term: str) -> bool:
        if fold_text(term) in folded_name:
            return True
        folded_term = term.casefold()
        if any(number.startswith(folded_term) for number in numbers):
            return True
        term_digits = term.replace("-", "")
        return bool(_CPR_LIKE.match(term) and term_digits and digits.startswith(term_digits))

    return all(matches(term) for term in terms)


def int_or_none(value: object) -> int | None:
    # bool is an int in Python; a flag is never an id. Ids come from JSON, so an id is an
    # int exactly (asked about ~10,000 times per insight: one type check, not two).
    return value if type(value) is int else None


def _same_id(value: object, wanted: int) -> bool:
    return int_or_none(value) == wanted


def _case_ids_of(event: AuditEvent) -> set[int]:
    details = event.details
    ids = {int_or_none(details.get("case_id"))}
    ids.update(int_or_none(c) for c in id_list(details.get("case_ids")))
    if event.entity is AuditEntity.CASE:
        ids.add(event.entity_id)
    return {case_id for case_id in ids if case_id is not None}


def id_list(value: object) -> list[object]:
    return list(value) if isinstance(value, list) else []
