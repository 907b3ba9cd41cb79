"""The assessment wizard without Qt: the steps, back/next, the back stack and what each
step still lacks. The Qt wizard only draws the current step and hands edits back as a
new draft, so navigation can never lose an answer.
"""

from __future__ import annotations

from enum import StrEnum

from pydantic import BaseModel, ConfigDict

from riskdesk.domain.assessment_draft import AssessmentDraft
from riskdesk.domain.assessment_evaluation import AssessmentEvaluation, evaluate_assessment
from riskdesk.domain.assessment_scoring import answer_problems, finalisation_problems
from riskdesk.domain.four_domain_profile import extra_factor_problems
from riskdesk.domain.instrument import Instrument
from riskdesk.domain.level_rules import LevelRules
from riskdesk.domain.localized import LocalizedText
from riskdesk.domain.problems import Problem
from riskdesk.domain.refusals import UserInputError


class StepKind(StrEnum):
    INTRO = "intro"
    DOMAIN = "domain"
    FACTORS = "factors"
    RESPONSIVITY = "responsivity"
    SUMMARY = "summary"


class WizardStep(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str
    kind: StepKind
    title: LocalizedText
    domain_id: str | None = None


class AssessmentWizardFlow:
    """Owns the step order and the back stack; the draft is replaced, never mutated."""

    def __init__(self, instrument: Instrument, rules: LevelRules, draft: AssessmentDraft) -> None:
        self._instrument = instrument
        self._rules = rules
        self._check_instrument(draft)
        self._draft = draft
        self._steps = (
            WizardStep(id="intro", kind=StepKind.INTRO, title=_INTRO),
            *(
                WizardStep(id=f"domain:{d.id}", kind=StepKind.DOMAIN, title=d.title, domain_id=d.id)
                for d in instrument.domains
            ),
            WizardStep(id="factors", kind=StepKind.FACTORS, title=_FACTORS),
            WizardStep(id="responsivity", kind=StepKind.RESPONSIVITY, title=_RESPONSIVITY),
            WizardStep(id="summary", kind=StepKind.SUMMARY, title=_SUMMARY),
        )
        self._current = 0
        self._history: list[int] = []

    @property
    def instrument(self) -> Instrument:
        return self._instrument

    @property
    def steps(self) -> tuple[WizardStep, ...]:
        return self._steps

    @property
    def current(self) -> WizardStep:
        return self._steps[self._current]

    @property
    def draft(self) -> AssessmentDraft:
        return self._draft

    @property
    def can_go_back(self) -> bool:
        return bool(self._history)

    @property
    def can_go_next(self) -> bool:
        return self._current < len(self._steps) - 1

    def update(self, draft: AssessmentDraft) -> None:
        """Take the page's edited draft; it must still be for this instrument version."""
        self._check_instrument(draft)
        self._draft = draft

    def next(self) -> WizardStep:
        """Move on even if the step is incomplete: gaps are allowed until finalising."""
        if not self.can_go_next:
            raise IndexError("already at the last step")
        return self._move_to(self._current + 1)

    def back(self) -> WizardStep:
        """Return to the step shown before this one (which may be a jump, not index - 1)."""
        if not self._history:
            raise IndexError("no step to go back to")
        self._current = self._history.pop()
        return self.current

    def go_to(self, step_id: str) -> WizardStep:
        """Jump to a step, e.g. from the summary to fix a domain; back returns here."""
        index = next((i for i, s in enumerate(self._steps) if s.id == step_id), None)
        if index is None:
            raise KeyError(step_id)
        return self._move_to(index)

    def step_problems(self, step_id: str | None = None) -> list[Problem]:
        """What the step still lacks; an empty list means the step is complete."""
        step = self.current if step_id is None else self._step(step_id)
        draft = self._draft
        match step.kind:
            case StepKind.INTRO:
                return [] if draft.sources else [Problem("sources", _NO_SOURCES)]
            case StepKind.DOMAIN:
                answers = draft.answer_values()
                return [
                    Problem(f"answers.{item.id}", _UNANSWERED.format(item=item.id))
                    for domain in self._instrument.domains
                    if domain.id == step.domain_id
                    for item in domain.items
                    if not self._answered(item.id, answers.get(item.id))
                ]
            case StepKind.FACTORS:
                return [
                    *extra_factor_problems(self._instrument, draft.extra_factors),
                    *self._rules.problems(flags=draft.flags, override=None),
                ]
            case StepKind.RESPONSIVITY:
                known = {f.id for f in self._instrument.responsivity}
                return [
                    Problem(f"responsivity.{entry}", _UNKNOWN_RESPONSIVITY.format(entry=entry))
                    for entry in sorted(draft.responsivity - known)
                ]
            case StepKind.SUMMARY:
                return self._finalise_problems()

    def is_complete(self, step_id: str) -> bool:
        return not self.step_problems(step_id)

    def evaluate(self) -> AssessmentEvaluation:
        """The result as the answers stand; raises :class:`UserInputError` on bad ids."""
        draft = self._draft
        return evaluate_assessment(
            self._instrument,
            self._rules,
            answers=draft.answer_values(),
            strengths=draft.strengths,
            extra_factors=draft.extra_factors,
            flags=draft.flags,
            band_override=draft.band_override,
            level_override=draft.level_override,
        )

    def finalise(self) -> AssessmentEvaluation:
        """The evaluation to store, or :class:`UserInputError` with everything that blocks it
        (no sources, unanswered items without a written reason, ids the instrument lacks)."""
        problems, evaluation = self._finalise_check()
        if problems or evaluation is None:
            raise UserInputError(problems)
        return evaluation

    def _finalise_problems(self) -> list[Problem]:
        return self._finalise_check()[0]

    def _finalise_check(self) -> tuple[list[Problem], AssessmentEvaluation | None]:
        """What blocks finalising, and the evaluation once nothing before it does: made
        once, since finalising checks the result it then stores."""
        draft = self._draft
        problems = [
            *self.step_problems("intro"),
            *answer_problems(
                self._instrument,
                answers=draft.answer_values(),
                strengths=draft.strengths,
                band_override=draft.band_override,
            ),
            *self.step_problems("factors"),
            *self.step_problems("responsivity"),
            *self._rules.problems(flags=(), override=draft.level_override),
        ]
        if problems:
            return problems, None
        evaluation = self.evaluate()
        return (
            finalisation_problems(evaluation.result, unanswered_reason=draft.unanswered_reason),
            evaluation,
        )

    def _answered(self, item_id: str, value: str | None) -> bool:
        item = self._instrument.item(item_id)
        if item is None or value is None:
            return False
        option = self._instrument.scale(item.scale).option(value)
        return option is not None and option.answered

    def _move_to(self, index: int) -> WizardStep:
        self._history.append(self._current)
        self._current = index
        return self.current

    def _step(self, step_id: str) -> WizardStep:
        step = next((s for s in self._steps if s.id == step_id), None)
        if step is None:
            raise KeyError(step_id)
        return step

    def _check_instrument(self, draft: AssessmentDraft) -> None:
        if draft.instrument_ref != self._instrument.ref:
            raise ValueError(f"draft is for {draft.instrument_ref}, not {self._instrument.ref}")


_INTRO = LocalizedText(da="Indledning", en="Introduction")
_FACTORS = LocalizedText(da="Ekstra faktorer og markeringer", en="Extra factors and flags")
_RESPONSIVITY = LocalizedText(da="Responsivitet og andre behov", en="Responsivity and other needs")
_SUMMARY = LocalizedText(da="Opsummering", en="Summary")
_NO_SOURCES = LocalizedText(
    da="Vælg mindst én kilde til oplysningerne.", en="Choose at least one source of information."
)
_UNANSWERED = LocalizedText(da="{item} er ikke besvaret.", en="{item} is not answered.")
_UNKNOWN_RESPONSIVITY = LocalizedText(
    da="Instrumentet har intet responsivitetspunkt {entry}.",
    en="The instrument has no responsivity entry {entry}.",
)
