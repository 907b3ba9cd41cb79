"""The editing state of one meeting without Qt: its facts, its participants as the lines
the user types, the agenda with each case's summary, notes and decision, which case is
shown, and whether anything is unsaved. The meetings page only draws it and hands edits
back, so the rules (a case on the agenda once, what a valid meeting is) get fast tests and
a summary typed for one case is never lost by moving to the next.

Saving is one :class:`Meeting` (:meth:`MeetingEditor.to_meeting`). A decision typed here
is not part of it: a decision is recorded by its own use case, which checks that the
meeting has been held, after the meeting is stored.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import date, time

from riskdesk.domain.ids import CaseId
from riskdesk.domain.localized import LocalizedText
from riskdesk.domain.meeting import (
    LEGAL_BASIS_LINES,
    Meeting,
    MeetingId,
    MeetingKind,
    MeetingParticipant,
    check_not_on_agenda,
    meeting_from,
)
from riskdesk.domain.problems import Problem
from riskdesk.domain.refusals import UserInputError

PARTICIPANT_SEPARATOR = ";"
"""Between a participant's name and organisation (or role) on one line."""


def participant_lines(participants: Iterable[MeetingParticipant]) -> str:
    """One line per participant: ``"name; organisation"``, or the name alone."""
    return "\n".join(
        f"{p.name}{PARTICIPANT_SEPARATOR} {p.organisation}" if p.organisation else p.name
        for p in participants
    )


def parse_participants(text: str) -> list[dict[str, str]]:
    """The participants typed one per line as ``"name; organisation"``; blank lines are
    skipped and the organisation may be left out. Nothing is validated here:
    :func:`meeting_from` says what is wrong, on ``("participants", index, field)``, where
    ``index`` counts the lines that are not blank."""
    participants = []
    for line in text.splitlines():
        if not line.strip():
            continue
        name, _, organisation = line.partition(PARTICIPANT_SEPARATOR)
        participants.append({"name": name, "organisation": organisation})
    return participants


@dataclass(frozen=True)
class AgendaItemDraft:
    """One case on the agenda as edited. ``decision`` is the one recorded; ``decision_text``
    is what is typed in the decision field, recorded only on request."""

    case_id: CaseId
    summary: str = ""
    notes: str = ""
    decision: str = ""
    decision_text: str = ""
    decision_owner: str = ""
    decision_budget: str = ""
    decision_deadline: date | None = None


class MeetingEditor:
    """One meeting being edited. Setting a field never raises: what is wrong is reported
    by :meth:`problems`, and :meth:`to_meeting` refuses it. Only :meth:`add_case` refuses
    at once, since it changes the agenda the user sees."""

    def __init__(self, meeting: Meeting) -> None:
        """Edit ``meeting``: a stored one (with an id) or a new one not stored yet."""
        self._id = meeting.id
        self._stored = meeting if meeting.id is not None else None
        self._kind = meeting.kind
        self._held_on = meeting.held_on
        self._starts_at = meeting.starts_at
        self._place = meeting.place
        self._participants_text = participant_lines(meeting.participants)
        self._items = [
            AgendaItemDraft(
                case_id=item.case_id,
                summary=item.summary,
                notes=item.notes,
                decision=item.decision,
                decision_text=item.decision,
                decision_owner=item.decision_owner,
                decision_budget=item.decision_budget,
                decision_deadline=item.decision_deadline,
            )
            for item in meeting.items
        ]
        self._area = meeting.area
        self._series_id = meeting.series_id
        self._shown: CaseId | None = None

    @classmethod
    def new(cls, *, today: date, kind: MeetingKind = MeetingKind.SSP) -> MeetingEditor:
        """A meeting of ``kind`` held ``today``, with nothing on it, not stored yet."""
        return cls(Meeting(kind=kind, held_on=today))

    # ----- the meeting's facts -----------------------------------------------------------

    @property
    def meeting_id(self) -> MeetingId | None:
        """None until the meeting is stored."""
        return self._id

    @property
    def stored(self) -> Meeting | None:
        """The meeting as loaded or last saved; None until it is stored."""
        return self._stored

    @property
    def is_stored(self) -> bool:
        return self._id is not None

    @property
    def kind(self) -> MeetingKind:
        return self._kind

    @kind.setter
    def kind(self, kind: MeetingKind) -> None:
        self._kind = kind

    @property
    def held_on(self) -> date:
        return self._held_on

    @held_on.setter
    def held_on(self, day: date) -> None:
        self._held_on = day

    @property
    def starts_at(self) -> time | None:
        return self._starts_at

    @starts_at.setter
    def starts_at(self, start: time | None) -> None:
        self._starts_at = start

    @property
    def place(self) -> str:
        return self._place

    @place.setter
    def place(self, text: str) -> None:
        self._place = text

    @property
    def participants_text(self) -> str:
        """The participants as typed, one ``"name; organisation"`` per line."""
        return self._participants_text

    @participants_text.setter
    def participants_text(self, text: str) -> None:
        self._participants_text = text

    @property
    def area(self) -> str:
        """The school district or area of a coordination meeting; empty for others."""
        return self._area

    @area.setter
    def area(self, text: str) -> None:
        self._area = text

    @property
    def legal_basis(self) -> LocalizedText | None:
        """The line about sharing information that the kind of meeting rests on; None
        for kinds whose legal basis follows each case."""
        return LEGAL_BASIS_LINES.get(self._kind)

    # ----- the agenda ----------------------------------------------------------------

    @property
    def items(self) -> tuple[AgendaItemDraft, ...]:
        return tuple(self._items)

    @property
    def case_ids(self) -> tuple[CaseId, ...]:
        return tuple(item.case_id for item in self._items)

    def item(self, case_id: CaseId) -> AgendaItemDraft | None:
        return next((i for i in self._items if i.case_id == case_id), None)

    @property
    def shown_case(self) -> CaseId | None:
        """The agenda case whose summary, notes and decision are being edited."""
        return self._shown

    @property
    def shown_item(self) -> AgendaItemDraft | None:
        return None if self._shown is None else self.item(self._shown)

    def show_case(self, case_id: CaseId | None) -> None:
        """Show another case (None: none); what was typed for the one left is kept.
        Raises :class:`KeyError` for a case not on the agenda."""
        if case_id is not None and self.item(case_id) is None:
            raise KeyError(case_id)
        self._shown = case_id

    def add_case(self, case_id: CaseId) -> None:
        """Put the case last on the agenda and show it. Raises :class:`UserInputError`
        (on ``items``) when it is already there; the agenda is then unchanged."""
        check_not_on_agenda(self.case_ids, case_id)
        self._items.append(AgendaItemDraft(case_id=case_id))
        self._shown = case_id

    def remove_case(self, case_id: CaseId) -> None:
        """Take the case off the agenda, with what was typed for it. Raises
        :class:`KeyError` for a case not on it."""
        self._items.remove(self._require(case_id))
        if self._shown == case_id:
            self._shown = None

    def set_summary(self, text: str) -> None:
        """The shown case's summary for the meeting; :class:`LookupError` when none is
        shown."""
        self._change_shown(lambda item: replace(item, summary=text))

    def set_notes(self, text: str) -> None:
        self._change_shown(lambda item: replace(item, notes=text))

    def set_decision_text(self, text: str) -> None:
        """The decision typed for the shown case; recorded only by the decision's own use
        case, never by saving the meeting."""
        self._change_shown(lambda item: replace(item, decision_text=text))

    def set_decision_details(self, *, owner: str, budget: str, deadline: date | None) -> None:
        """Who carries out the shown case's decision, its budget and deadline; saved with
        the meeting and with the decision."""
        self._change_shown(
            lambda item: replace(
                item, decision_owner=owner, decision_budget=budget, decision_deadline=deadline
            )
        )

    # ----- saving --------------------------------------------------------------------

    def problems(self) -> list[Problem]:
        """What keeps the meeting from being saved, each on its field's path
        (``("participants", 1, "name")``, ``("items", 0, "summary")``); empty when it
        can be saved."""
        try:
            self.to_meeting()
        except UserInputError as error:
            return list(error.problems)
        return []

    def to_meeting(self) -> Meeting:
        """The meeting to store, agenda included; decisions as recorded. Raises
        :class:`UserInputError` with every problem (see :meth:`problems`)."""
        return meeting_from(
            {
                "id": self._id,
                "kind": self._kind,
                "held_on": self._held_on,
                "starts_at": self._starts_at,
                "place": self._place,
                "participants": parse_participants(self._participants_text),
                "area": self._area,
                "series_id": self._series_id,
                # The stored meeting's saves when loaded: a save over a newer is refused.
                "row_version": self._stored.row_version if self._stored else None,
                "items": [
                    {
                        "case_id": item.case_id,
                        "summary": item.summary,
                        "notes": item.notes,
                        "decision": item.decision,
                        "decision_owner": item.decision_owner,
                        "decision_budget": item.decision_budget,
                        "decision_deadline": item.decision_deadline,
                    }
                    for item in self._items
                ],
            }
        )

    @property
    def dirty(self) -> bool:
        """Whether saving would change the vault: a meeting not stored yet, or one edited
        since it was loaded or last saved. Text that only differs in what saving trims
        (spaces at the ends, line endings) is no change."""
        if self._stored is None:
            return True
        try:
            return self.to_meeting() != self._stored
        except UserInputError:
            return True

    def mark_saved(self, stored: Meeting) -> None:
        """The vault now holds ``stored`` (this editor's meeting, saved or with a decision
        recorded): take its id and recorded decisions. What was typed meanwhile is kept,
        and is unsaved if it differs from ``stored``."""
        if self._id is not None and stored.id != self._id:
            raise ValueError(f"stored meeting {stored.id} is not meeting {self._id}")
        self._id = stored.id
        self._stored = stored
        self._items = [
            replace(item, decision=stored_item.decision)
            if (stored_item := stored.item(item.case_id)) is not None
            else item
            for item in self._items
        ]

    def _require(self, case_id: CaseId) -> AgendaItemDraft:
        item = self.item(case_id)
        if item is None:
            raise KeyError(case_id)
        return item

    def _change_shown(self, change: Callable[[AgendaItemDraft], AgendaItemDraft]) -> None:
        if self._shown is None:
            raise LookupError("no agenda case is shown")
        current = self._require(self._shown)
        self._items[self._items.index(current)] = change(current)
