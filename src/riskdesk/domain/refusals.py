"""Every refusal a user can meet, under one base: input to correct, a role that does not
allow the step, a record that is gone, a finalised assessment, a review rule. The GUI
shows any :class:`Refusal` in one place and the CLI exits with one line; neither needs to
know the subclass. Opening a vault has its own errors (:mod:`vault_errors`).

A refusal's text never carries person data: it says what rule applies and what to do.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from riskdesk.domain.localized import DEFAULT_LANGUAGE, Language, LocalizedText
from riskdesk.domain.problems import Problem


class Refusal(Exception):
    """Something RiskDesk turned down, and nothing was changed by it. :attr:`problems`
    (at least one) say where and why; a refusal of the whole request has one problem
    with the empty path."""

    message: LocalizedText = LocalizedText(
        da="Det kan ikke lade sig gøre.", en="That is not possible."
    )
    """The class's standing message; on an instance, its first problem's message."""

    def __init__(self, problems: Sequence[Problem] | LocalizedText | None = None) -> None:
        if problems is None:
            problems = self.message
        if isinstance(problems, LocalizedText):
            problems = [Problem((), problems)]
        self.problems: tuple[Problem, ...] = tuple(problems)
        if self.problems:
            self.message = self.problems[0].message
        super().__init__("; ".join(_describe(p) for p in self.problems))

    def text(self, language: Language | str = DEFAULT_LANGUAGE) -> str:
        return "\n".join(p.text(language) for p in self.problems)


class UserInputError(Refusal, ValueError):
    """Input the user can correct, one :class:`Problem` per field."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        super().__init__(list(problems))


class PermissionDenied(Refusal):
    message = LocalizedText(
        da="Din rolle giver ikke adgang til dette.", en="Your role does not allow this."
    )


class NotFound(Refusal):
    message = LocalizedText(da="Posten findes ikke længere.", en="The record no longer exists.")


# What was asked for by its number or id and is not there: one wording per kind of
# record, whichever command or window asked.
_CASE_NUMBER_SHAPE = re.compile(r"\d{4}-\d{1,8}")
_UNKNOWN_CASE = LocalizedText(da="Sagen {number} findes ikke.", en="No case {number}.")
_UNKNOWN_MEETING = LocalizedText(da="Mødet med id {id} findes ikke.", en="No meeting with id {id}.")
_UNKNOWN_PLAN = LocalizedText(
    da="Handleplanen med id {id} findes ikke.", en="No action plan with id {id}."
)
_NO_PLAN = LocalizedText(
    da="Sagen {number} har ingen handleplan.", en="Case {number} has no action plan."
)
_NO_RELEASE_MEETING = LocalizedText(
    da="Sagen {number} har intet løsladelsesmøde.", en="Case {number} has no release meeting."
)


class UnknownCase(NotFound):
    """No case has the number asked for. The number is said back only when it has the
    shape RiskDesk gives case numbers: a CPR number or a name typed in its place is
    never repeated."""

    message = LocalizedText(da="Sagen findes ikke.", en="No such case.")

    def __init__(self, number: str | None = None) -> None:
        number = (number or "").strip()
        if _CASE_NUMBER_SHAPE.fullmatch(number):
            super().__init__(_UNKNOWN_CASE.format(number=number))
        else:
            super().__init__()


class UnknownMeeting(NotFound):
    message = LocalizedText(da="Mødet findes ikke.", en="No such meeting.")

    def __init__(self, meeting_id: int) -> None:
        super().__init__(_UNKNOWN_MEETING.format(id=meeting_id))


class UnknownPlan(NotFound):
    """No action plan version has the id asked for."""

    message = LocalizedText(da="Handleplanen findes ikke.", en="No such action plan.")

    def __init__(self, plan_id: int) -> None:
        super().__init__(_UNKNOWN_PLAN.format(id=plan_id))


class NoPlan(NotFound):
    """The case has no action plan, so there is none to print, review or send."""

    def __init__(self, case_number: str) -> None:
        super().__init__(_NO_PLAN.format(number=case_number))


class NoReleaseMeeting(NotFound):
    """The case has no release meeting, so it has no agenda or minutes to print."""

    def __init__(self, case_number: str) -> None:
        super().__init__(_NO_RELEASE_MEETING.format(number=case_number))


class AssessmentFinalised(Refusal):
    """A finalised assessment is read-only; a mistake is fixed by starting a correction."""

    message = LocalizedText(
        da="Vurderingen er afsluttet og kan ikke ændres. Start en rettelse i stedet.",
        en="The assessment is finalised and cannot be changed. Start a correction instead.",
    )


def _describe(problem: Problem) -> str:
    return f"{problem.field}: {problem.message.en}" if problem.path else problem.message.en
