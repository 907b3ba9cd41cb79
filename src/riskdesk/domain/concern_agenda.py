"""Niveau-1 concerns on coordination-meeting agendas: which meetings take them, and the
refusals for putting one where it does not belong. An agenda shows a concern by its
number and topic only ("B-12 Skolefravær"), so the agenda can be shared with the partners
at the table without naming anyone."""

from __future__ import annotations

from collections.abc import Iterable

from riskdesk.domain.concern import ConcernOnAgenda, ConcernTopics
from riskdesk.domain.localized import Language, LocalizedText
from riskdesk.domain.meeting import MEETING_KIND_LABELS, MeetingKind
from riskdesk.domain.problems import Problem
from riskdesk.domain.refusals import UserInputError

CONCERN_MEETING_KINDS = frozenset({MeetingKind.COORDINATION, MeetingKind.YOUTH_COORDINATION})

_NOT_A_COORDINATION_MEETING = LocalizedText(
    da="Bekymringer drøftes kun på {kinds}; vælg et af dem.",
    en="Concerns are discussed only at {kinds}; choose one of those.",
)
_ALREADY_ON = LocalizedText(
    da="Bekymringen står allerede på mødets dagsorden.",
    en="The concern is already on the meeting's agenda.",
)
_NOT_ON = LocalizedText(
    da="Bekymringen står ikke på mødets dagsorden.",
    en="The concern is not on the meeting's agenda.",
)


def check_takes_concerns(kind: MeetingKind) -> None:
    """Raises :class:`UserInputError` (on ``meeting``) unless a meeting of ``kind``
    discusses niveau-1 concerns."""
    if kind not in CONCERN_MEETING_KINDS:
        labels = [MEETING_KIND_LABELS[k] for k in sorted(CONCERN_MEETING_KINDS)]
        message = LocalizedText(
            da=_NOT_A_COORDINATION_MEETING.da.format(
                kinds=" og ".join(label.da.lower() for label in labels)
            ),
            en=_NOT_A_COORDINATION_MEETING.en.format(
                kinds=" and ".join(label.en.lower() + "s" for label in labels)
            ),
        )
        raise UserInputError([Problem("meeting", message)])


def already_on_agenda() -> UserInputError:
    return UserInputError([Problem("meeting", _ALREADY_ON)])


def not_on_agenda() -> UserInputError:
    return UserInputError([Problem("meeting", _NOT_ON)])


def agenda_lines(
    concerns: Iterable[ConcernOnAgenda], topics: ConcernTopics, language: Language | str
) -> list[str]:
    """The agenda's concern lines: "B-12 Skolefravær", nothing more."""
    return [f"{c.number} {topics.label(c.topic).text(language)}" for c in concerns]
