"""Niveau-1 concerns (bekymringer): what the unit is worried about and roughly about whom,
counted and discussed at coordination meetings, never filed with a name. A concern holds
a topic, an age band, a sex, an area and a source, all chosen from lists, and a short
note that is refused when it holds a CPR number, a birth date, an e-mail address or a
phone number (:mod:`identity_check`); no field can hold a name, an address or a number
that points to someone. Escalating one makes a niveau-2 case, which the concern then
names by its id only."""

from __future__ import annotations

from collections.abc import Collection, Mapping
from datetime import date
from enum import StrEnum
from typing import Annotated, Any, Literal, NewType

from pydantic import AfterValidator, BaseModel, ConfigDict, model_validator
from pydantic_core import PydanticCustomError

from riskdesk.domain.identity_check import find_identity, identity_problem
from riskdesk.domain.ids import CaseId
from riskdesk.domain.inquiry import INQUIRY_SOURCE_LABELS, InquirySource
from riskdesk.domain.localized import LocalizedText
from riskdesk.domain.problems import Problem
from riskdesk.domain.refusals import UserInputError
from riskdesk.domain.validation import clean_text, validate_model

ConcernId = NewType("ConcernId", int)

NOTE_MAX = 500
"""A short note: what the worry is, never a case file."""


class AgeBand(StrEnum):
    UNDER_12 = "under-12"
    FROM_12_TO_14 = "12-14"
    FROM_15_TO_17 = "15-17"
    FROM_18_TO_24 = "18-24"
    FROM_25 = "25+"


class Sex(StrEnum):
    MALE = "m"
    FEMALE = "f"
    OTHER = "other"
    UNKNOWN = "unknown"


class ConcernStatus(StrEnum):
    OPEN = "open"
    CLOSED = "closed"
    ESCALATED = "escalated"


class CloseReason(StrEnum):
    """Why a concern was closed: chosen, not written, so the reason can hold no one."""

    RESOLVED = "resolved"
    REFERRED = "referred"
    NO_GROUNDS = "no_grounds"
    MOVED = "moved"
    OTHER = "other"


_T = LocalizedText
AGE_BAND_LABELS: dict[AgeBand, LocalizedText] = {
    AgeBand.UNDER_12: _T(da="Under 12 år", en="Under 12"),
    AgeBand.FROM_12_TO_14: _T(da="12–14 år", en="12–14"),
    AgeBand.FROM_15_TO_17: _T(da="15–17 år", en="15–17"),
    AgeBand.FROM_18_TO_24: _T(da="18–24 år", en="18–24"),
    AgeBand.FROM_25: _T(da="25 år og derover", en="25 and over"),
}
SEX_LABELS: dict[Sex, LocalizedText] = {
    Sex.MALE: _T(da="Dreng/mand", en="Boy/man"),
    Sex.FEMALE: _T(da="Pige/kvinde", en="Girl/woman"),
    Sex.OTHER: _T(da="Andet", en="Other"),
    Sex.UNKNOWN: _T(da="Ukendt", en="Unknown"),
}
STATUS_LABELS: dict[ConcernStatus, LocalizedText] = {
    ConcernStatus.OPEN: _T(da="Åben", en="Open"),
    ConcernStatus.CLOSED: _T(da="Lukket", en="Closed"),
    ConcernStatus.ESCALATED: _T(da="Gjort til sag", en="Escalated to a case"),
}
CLOSE_REASON_LABELS: dict[CloseReason, LocalizedText] = {
    CloseReason.RESOLVED: _T(da="Bekymringen er afklaret", en="The concern is resolved"),
    CloseReason.REFERRED: _T(da="Henvist til anden indsats", en="Referred elsewhere"),
    CloseReason.NO_GROUNDS: _T(da="Ingen grund til bekymring", en="No grounds for concern"),
    CloseReason.MOVED: _T(da="Fraflyttet", en="Moved away"),
    CloseReason.OTHER: _T(da="Andet", en="Other"),
}
SOURCE_LABELS = INQUIRY_SOURCE_LABELS

CONCERN_LABELS: dict[str, LocalizedText] = {
    "noted_on": _T(da="Dato", en="Date"),
    "topic": _T(da="Emne", en="Topic"),
    "age_band": _T(da="Aldersgruppe", en="Age band"),
    "sex": _T(da="Køn", en="Sex"),
    "area": _T(da="Område", en="Area"),
    "source": _T(da="Kilde", en="Source"),
    "status": _T(da="Status", en="Status"),
    "close_reason": _T(da="Årsag til lukning", en="Reason for closing"),
    "note": _T(da="Note", en="Note"),
    "start": _T(da="Fra", en="From"),
    "end": _T(da="Til", en="To"),
}

_UNKNOWN_TOPIC = _T(
    da="Emnet findes ikke på listen over bekymringsemner; vælg et af dem.",
    en="The topic is not on the list of concern topics; choose one of them.",
)
_UNKNOWN_AREA = _T(
    da="Området findes ikke i kommunens liste over områder; vælg et af dem.",
    en="The area is not on the municipality's list of areas; choose one of them.",
)
_IN_THE_FUTURE = _T(
    da="Datoen ligger i fremtiden; en bekymring registreres, når den er modtaget.",
    en="The date is in the future; a concern is recorded once it has been raised.",
)
_PERIOD_BACKWARDS = _T(
    da="Periodens slutdato ligger før startdatoen.", en="The period ends before it starts."
)
_NOT_OPEN = _T(
    da="Bekymringen er ikke åben længere ({status}); den kan ikke ændres.",
    en="The concern is no longer open ({status}); it cannot be changed.",
)
_DUPLICATE_TOPIC = "topic ids must be unique"


def _short_note(value: str) -> str:
    value = clean_text(value)
    if len(value) > NOTE_MAX:
        raise PydanticCustomError(
            "too_long",
            "at most {max_length} characters, got {actual_length}",
            {"max_length": NOTE_MAX, "actual_length": len(value)},
        )
    return value


Note = Annotated[str, AfterValidator(_short_note)]


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", hide_input_in_errors=True)


class ConcernTopic(_Frozen):
    id: str
    label: LocalizedText


class ConcernTopics(_Frozen):
    """The topics of ``forms/concern-topics.yaml``."""

    kind: Literal["concern_topics"]
    topics: tuple[ConcernTopic, ...]

    @model_validator(mode="after")
    def _unique(self) -> ConcernTopics:
        if len({t.id for t in self.topics}) != len(self.topics):
            raise ValueError(_DUPLICATE_TOPIC)
        return self

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(t.id for t in self.topics)

    def label(self, topic_id: str) -> LocalizedText:
        """The topic's label; an id no longer in the file is shown as it is stored."""
        found = next((t.label for t in self.topics if t.id == topic_id), None)
        return found or LocalizedText(da=topic_id, en=topic_id)


class Concern(_Frozen):
    """One concern. ``case_id``/``case_number`` are set once it was escalated;
    ``meeting_ids`` are the coordination meetings it is on."""

    id: ConcernId | None = None
    noted_on: date
    topic: str
    age_band: AgeBand
    sex: Sex
    area: str
    source: InquirySource
    status: ConcernStatus = ConcernStatus.OPEN
    close_reason: CloseReason | None = None
    case_id: CaseId | None = None
    case_number: str | None = None
    meeting_ids: tuple[int, ...] = ()
    note: Note = ""

    @property
    def number(self) -> str:
        """How agendas and lists name it: "B-12"."""
        return f"B-{self.id}"

    def __repr__(self) -> str:
        return f"Concern(id={self.id}, topic={self.topic}, status={self.status.value})"

    __str__ = __repr__


class ConcernInput(_Frozen):
    """What a user gives for a new concern."""

    noted_on: date
    topic: str
    age_band: AgeBand
    sex: Sex
    area: str
    source: InquirySource
    note: Note = ""


class ConcernFilter(_Frozen):
    """Which concerns a list shows: a period (both ends included) and, optionally, one
    topic, area, source and status."""

    start: date | None = None
    end: date | None = None
    topic: str | None = None
    area: str | None = None
    source: InquirySource | None = None
    status: ConcernStatus | None = None


class ConcernOnAgenda(_Frozen):
    """What a coordination meeting's agenda shows of a concern: its number and topic,
    nothing else."""

    concern_id: ConcernId
    topic: str
    position: int

    @property
    def number(self) -> str:
        return f"B-{self.concern_id}"


def concern_input(
    data: Mapping[str, Any], *, topics: ConcernTopics, areas: Collection[str], today: date
) -> ConcernInput:
    """Validate a new concern as typed. Raises :class:`UserInputError` naming each field
    that is wrong: an unknown topic, age band, sex, area or source, a date in the future,
    or a note holding a CPR number, birth date, e-mail address or phone number (the
    refusal names what was found, never the text)."""
    given = validate_model(ConcernInput, data, CONCERN_LABELS)
    problems: list[Problem] = []
    if given.noted_on > today:
        problems.append(Problem("noted_on", _IN_THE_FUTURE))
    if given.topic not in topics.ids:
        problems.append(Problem("topic", _UNKNOWN_TOPIC))
    if given.area not in areas:
        problems.append(Problem("area", _UNKNOWN_AREA))
    found = find_identity(given.note, on=given.noted_on)
    if found:
        problems.append(identity_problem("note", found))
    if problems:
        raise UserInputError(problems)
    return given


def concern_filter(data: Mapping[str, Any]) -> ConcernFilter:
    """Validate a list's filter; raises :class:`UserInputError` for an unknown source or
    status, or a period that ends before it starts."""
    given = validate_model(ConcernFilter, data, CONCERN_LABELS)
    if given.start is not None and given.end is not None and given.end < given.start:
        raise UserInputError([Problem("end", _PERIOD_BACKWARDS)])
    return given


def close_reason_from(value: str) -> CloseReason:
    """Raises :class:`UserInputError` on ``close_reason`` for an unknown reason."""
    return validate_model(_Closing, {"close_reason": value}, CONCERN_LABELS).close_reason


class _Closing(_Frozen):
    close_reason: CloseReason


def check_open(concern: Concern) -> None:
    """Raises :class:`UserInputError` (on ``status``) unless the concern is open: a closed
    or escalated concern is kept as it was."""
    if concern.status is not ConcernStatus.OPEN:
        label = STATUS_LABELS[concern.status]
        raise UserInputError(
            [
                Problem(
                    "status",
                    LocalizedText(
                        da=_NOT_OPEN.da.format(status=label.da.lower()),
                        en=_NOT_OPEN.en.format(status=label.en.lower()),
                    ),
                )
            ]
        )
