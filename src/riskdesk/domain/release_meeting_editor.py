"""The release meeting of one case while it is being edited, without Qt: the facts, the
participants, the checklist, the decisions, whether anything is unsaved, how ready the
release is and where it stands on its timeline.

The editor holds what the user typed, valid or not, so a mistake never costs a field;
:meth:`ReleaseMeetingEditor.problems` says what is wrong, with a typed path to the field,
and :meth:`ReleaseMeetingEditor.to_meeting` gives the validated meeting to save. Widgets
only show the editor's state and hand every edit back to it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass, fields, replace
from datetime import date
from typing import Any

from riskdesk.domain.action_plan import Responsible
from riskdesk.domain.ids import CaseId
from riskdesk.domain.localized import Language, LocalizedText
from riskdesk.domain.problems import Problem
from riskdesk.domain.record_version import NO_RECORD_YET
from riskdesk.domain.refusals import UserInputError
from riskdesk.domain.release_meeting import (
    CHECKLIST_AREA_LABELS,
    ChecklistArea,
    ChecklistItem,
    ItemStatus,
    MilestoneReached,
    ParticipantRole,
    Readiness,
    ReleaseMeeting,
    ReleaseMeetingForm,
    check_meeting_before_release,
    meeting_from,
    readiness,
)
from riskdesk.domain.release_progress import TimelineEntry, timeline_progress
from riskdesk.domain.release_timeline import Milestone

_IN_PLACE = LocalizedText(da="{in_place} af {total} på plads", en="{in_place} of {total} in place")
_MISSING = LocalizedText(da="; mangler: {areas}", en="; missing: {areas}")
_IN_PROGRESS = LocalizedText(da="; i gang: {areas}", en="; in progress: {areas}")
# A problem in a row names the row as the user counts it, since the tables show no
# row numbers and the message alone ("The name is required") fits every row.
_ROW_PROBLEM = {
    "participants": LocalizedText(da="Deltager {row}: {text}", en="Participant {row}: {text}"),
    "decisions": LocalizedText(da="Beslutning {row}: {text}", en="Decision {row}: {text}"),
}


@dataclass(frozen=True)
class MeetingFacts:
    """The meeting's single fields, as typed."""

    prison: str = ""
    expected_release: date | None = None
    admitted_on: date | None = None
    sentence_months: int = 0
    sentence_days: int = 0
    parole_on: date | None = None
    meeting_on: date | None = None
    place: str = ""
    conditions: str = ""
    supervision: str = ""
    next_meeting_on: date | None = None
    notes: str = ""


@dataclass(frozen=True)
class ParticipantRow:
    name: str = ""
    role: ParticipantRole = ParticipantRole.OTHER
    organisation: str = ""


@dataclass(frozen=True)
class ChecklistRow:
    area: ChecklistArea
    status: ItemStatus = ItemStatus.MISSING
    owner: Responsible | None = None
    note: str = ""


@dataclass(frozen=True)
class DecisionRow:
    what: str = ""
    responsible: Responsible = Responsible.UNIT
    responsible_name: str = ""
    due: date | None = None
    area: ChecklistArea = ChecklistArea.HOUSING


@dataclass(frozen=True)
class EditedMeeting:
    """Everything the editor holds at one moment; equal states mean equal meetings."""

    facts: MeetingFacts
    participants: tuple[ParticipantRow, ...]
    checklist: tuple[ChecklistRow, ...]
    decisions: tuple[DecisionRow, ...]
    reached: tuple[tuple[Milestone, date], ...] = ()


MARKABLE = frozenset(
    {Milestone.PRISON_PLAN, Milestone.MUNICIPALITY_CONTACT, Milestone.PAROLE_DECISION}
)
"""The national milestones that happen in the prison and are marked reached by hand; the
others follow from the meeting's date, the plan and the checklist."""


class ReleaseMeetingEditor:
    """The meeting of ``case_id`` being edited; ``meeting`` is the stored one (None when
    the case has none yet, so the checklist starts with every area missing).

    Rows are replaced, never mutated. :attr:`dirty` says whether the editor differs from
    what was loaded or last saved; a view takes :attr:`state` when a save starts and hands
    it to :meth:`mark_saved` when it is done, so typing while the save runs stays unsaved.
    """

    def __init__(
        self,
        *,
        case_id: CaseId,
        form: ReleaseMeetingForm,
        meeting: ReleaseMeeting | None,
        has_plan: bool = False,
    ) -> None:
        self.case_id = case_id
        self.form = form
        self.has_plan = has_plan
        """Whether the case has an action plan: the plan milestone of the timeline."""
        self.recorded = meeting is not None
        """Whether the case's meeting is stored in the vault."""
        self.row_version = meeting.row_version if meeting is not None else NO_RECORD_YET
        """The stored meeting's saves when loaded or last saved, sent with a save so that
        a save over someone else's newer one is refused."""
        self._state = _state_of(meeting or ReleaseMeeting(), form)
        self._saved = self._state

    # ----- what is shown ------------------------------------------------------------

    @property
    def state(self) -> EditedMeeting:
        return self._state

    @property
    def facts(self) -> MeetingFacts:
        return self._state.facts

    @property
    def participants(self) -> tuple[ParticipantRow, ...]:
        return self._state.participants

    @property
    def checklist(self) -> tuple[ChecklistRow, ...]:
        """One row per area, in the form's order."""
        return self._state.checklist

    @property
    def decisions(self) -> tuple[DecisionRow, ...]:
        return self._state.decisions

    @property
    def dirty(self) -> bool:
        return self._state != self._saved

    # ----- edits --------------------------------------------------------------------

    def set_facts(self, facts: MeetingFacts) -> None:
        self._state = replace(self._state, facts=facts)

    def set_participants(self, rows: Sequence[ParticipantRow]) -> None:
        """Every row as the table shows it, a blank one too: problems then point at the
        row the user sees."""
        self._state = replace(self._state, participants=tuple(rows))

    def set_checklist(self, rows: Sequence[ChecklistRow]) -> None:
        """Every area's row, in the form's order; raises :class:`ValueError` otherwise."""
        if [row.area for row in rows] != [row.area for row in self.checklist]:
            raise ValueError("the checklist must hold every area of the form, in its order")
        self._state = replace(self._state, checklist=tuple(rows))

    def set_decisions(self, rows: Sequence[DecisionRow]) -> None:
        """Every row as the table shows it, a blank one too."""
        self._state = replace(self._state, decisions=tuple(rows))

    def mark_reached(self, milestone: Milestone, on: date | None) -> None:
        """Record that a national milestone was reached on ``on`` (None: not reached).
        Raises :class:`ValueError` for a milestone that follows from the case itself."""
        if milestone not in MARKABLE:
            raise ValueError(f"{milestone} follows from the case, it is not marked by hand")
        others = tuple(r for r in self._state.reached if r[0] is not milestone)
        reached = others if on is None else (*others, (milestone, on))
        self._state = replace(self._state, reached=tuple(sorted(reached)))

    def reached_on(self, milestone: Milestone) -> date | None:
        return next((on for m, on in self._state.reached if m is milestone), None)

    def mark_saved(self, saved: EditedMeeting, *, row_version: int | None = None) -> None:
        """``saved`` (an earlier :attr:`state`) is now what the vault holds, at
        ``row_version`` (the version the save returned)."""
        self.recorded = True
        self._saved = saved
        if row_version is not None:
            self.row_version = row_version

    @property
    def saved_state(self) -> EditedMeeting:
        """What was loaded or last saved."""
        return self._saved

    # ----- what follows from it -----------------------------------------------------

    def readiness(self) -> Readiness:
        return readiness(self._progress_meeting())

    def readiness_parts(self, language: Language) -> tuple[str, str]:
        """The count ("7 of 10 in place") and the rest ("; missing: …; in progress: …"),
        apart so a view can set the count off."""
        counts = self.readiness()
        count = _IN_PLACE.text(language).format(in_place=counts.in_place, total=counts.total)
        rest = ""
        if counts.missing_areas:
            rest += _MISSING.text(language).format(
                areas=_area_names(counts.missing_areas, language)
            )
        if counts.in_progress_areas:
            rest += _IN_PROGRESS.text(language).format(
                areas=_area_names(counts.in_progress_areas, language)
            )
        return count, rest

    def readiness_text(self, language: Language) -> str:
        """ "7 of 10 in place; missing: …; in progress: …" """
        return "".join(self.readiness_parts(language))

    def timeline(self, *, today: date) -> tuple[TimelineEntry, ...]:
        """Every deadline of the release, done (on time or late), overdue or upcoming on
        ``today``, from what is typed now (saved or not); those counted from a date not
        typed yet (admission, parole, release) are left out."""
        return timeline_progress(
            self._progress_meeting(),
            rules=self.form.timeline,
            has_plan=self.has_plan,
            today=today,
        )

    def problems(self) -> tuple[Problem, ...]:
        """What stops the meeting from being saved, each at its field's path
        (``("participants", 2, "name")``); empty when it can be saved. A rule across
        fields (the next meeting before this one) has the path ``("__root__",)``."""
        try:
            self.to_meeting()
        except UserInputError as error:
            return error.problems
        return ()

    def to_meeting(self) -> ReleaseMeeting:
        """The meeting as typed, validated; raises :class:`UserInputError` with
        :meth:`problems`."""
        try:
            meeting = meeting_from(self._data())
        except UserInputError as error:
            raise UserInputError([_with_row(p) for p in error.problems]) from None
        check_meeting_before_release(meeting)
        return meeting.model_copy(update={"case_id": self.case_id, "row_version": self.row_version})

    # ----- inside -------------------------------------------------------------------

    def _data(self) -> dict[str, Any]:
        state = self._state
        return {
            **asdict(state.facts),
            "participants": [asdict(row) for row in state.participants],
            "checklist": [asdict(row) for row in state.checklist],
            "decisions": [asdict(row) for row in state.decisions],
            "reached": [{"milestone": m, "on": on} for m, on in state.reached],
        }

    def _progress_meeting(self) -> ReleaseMeeting:
        # The fields readiness and the timeline read are always valid (dates and
        # choices), so they can follow every keystroke while the rest may be wrong.
        facts = self.facts
        return ReleaseMeeting(
            expected_release=facts.expected_release,
            admitted_on=facts.admitted_on,
            sentence_months=min(max(facts.sentence_months, 0), 600),
            sentence_days=min(max(facts.sentence_days, 0), 366),
            parole_on=facts.parole_on,
            meeting_on=facts.meeting_on,
            reached=tuple(MilestoneReached(milestone=m, on=on) for m, on in self._state.reached),
            checklist=tuple(
                ChecklistItem(area=row.area, status=row.status) for row in self.checklist
            ),
        )


def _state_of(meeting: ReleaseMeeting, form: ReleaseMeetingForm) -> EditedMeeting:
    return EditedMeeting(
        facts=MeetingFacts(**{f.name: getattr(meeting, f.name) for f in fields(MeetingFacts)}),
        participants=tuple(
            ParticipantRow(name=p.name, role=p.role, organisation=p.organisation)
            for p in meeting.participants
        ),
        # Every area of the form, in the form's order, whatever the stored list holds.
        checklist=tuple(
            ChecklistRow(area=item.area, status=item.status, owner=item.owner, note=item.note)
            for item in (meeting.item(entry.area) for entry in form.checklist)
        ),
        decisions=tuple(
            DecisionRow(
                what=d.what,
                responsible=d.responsible,
                responsible_name=d.responsible_name,
                due=d.due,
                area=d.area,
            )
            for d in meeting.decisions
        ),
        reached=tuple(sorted((r.milestone, r.on) for r in meeting.reached)),
    )


def _area_names(areas: Sequence[ChecklistArea], language: Language) -> str:
    return ", ".join(CHECKLIST_AREA_LABELS[area].text(language) for area in areas)


def _with_row(problem: Problem) -> Problem:
    path = problem.path
    if len(path) > 1 and isinstance(path[1], int) and path[0] in _ROW_PROBLEM:
        template = _ROW_PROBLEM[str(path[0])]
        return Problem(
            path,
            LocalizedText(
                da=template.da.format(row=path[1] + 1, text=problem.message.da),
                en=template.en.format(row=path[1] + 1, text=problem.message.en),
            ),
        )
    return problem
