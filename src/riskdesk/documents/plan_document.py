"""The action plan as a Word document (``handleplan.docx``)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from riskdesk.documents.context_parts import (
    NOT_FILLED,
    bar,
    case_context,
    danish_date,
    municipality_context,
    or_missing,
    person_context,
    rating_text,
)
from riskdesk.documents.docx_rendering import RenderedDocument, render_document
from riskdesk.documents.plan_document_model import (
    Approval,
    AssessmentSummary,
    PlanDocumentModel,
)
from riskdesk.domain.action_plan import (
    ACTION_STATUS_LABELS,
    AGREEMENT_LABELS,
    NEED_AREA_LABELS,
    RESPONSIBLE_LABELS,
    ActionPlan,
    ActionStatus,
    PlanAction,
)
from riskdesk.domain.case import LEGAL_BASIS_LABELS

PLAN_TEMPLATE = "handleplan.docx"
PLAN_VARIABLES = frozenset(
    {
        "logo",
        "municipality",
        "person",
        "case",
        "plan",
        "goals",
        "partners",
        "assessment",
        "approval",
        "printed_on",
    }
)


def plan_context(model: PlanDocumentModel) -> dict[str, Any]:
    """The template context, without ``logo`` (added at rendering, as it needs the file)."""
    plan = model.plan
    return {
        "municipality": municipality_context(model.municipality),
        "person": person_context(model.person),
        "case": case_context(model.case),
        "plan": _plan_block(plan, model),
        "goals": [
            {
                "area": NEED_AREA_LABELS[goal.need_area].da,
                "text": goal.text,
                "actions": [_action(action, model) for action in goal.actions],
            }
            for goal in plan.goals
        ],
        "partners": [
            {
                "organisation": RESPONSIBLE_LABELS[p.organisation].da,
                "name": p.name,
                "consent": f"Ja, {danish_date(p.consent_on)}" if p.consent else "Nej",
            }
            for p in plan.partners
        ],
        "assessment": _assessment(model.assessment) if model.assessment else None,
        "approval": _approval(model.approval) if model.approval else None,
        "printed_on": danish_date(model.printed_on),
    }


def _plan_block(plan: ActionPlan, model: PlanDocumentModel) -> dict[str, Any]:
    return {
        "version": plan.version,
        "made_on": danish_date(plan.made_on),
        "shared": f"Delt {danish_date(plan.shared_on)}" if plan.shared_on else "Ikke delt endnu",
        "mentor": _mentor(plan, model),
        "citizen_view": or_missing(plan.citizen_view),
        "parents_view": or_missing(plan.parents_view),
        "show_parents_view": model.person.minor or bool(plan.parents_view),
        "agreement": AGREEMENT_LABELS[plan.agreement].da if plan.agreement else NOT_FILLED,
        "agreement_note": plan.agreement_note,
        "legal_basis": LEGAL_BASIS_LABELS[plan.legal_basis].da,
        "legal_basis_note": plan.legal_basis_note,
        "follow_ups": ", ".join(danish_date(d) for d in sorted(plan.follow_up_dates)) or NOT_FILLED,
        "overdue": len(plan.overdue_actions(model.printed_on)),
    }


def _mentor(plan: ActionPlan, model: PlanDocumentModel) -> str:
    """The linked course's mentor and dates; a plan from before courses were records
    prints its free-text mentor as it always did."""
    line = model.mentor_course
    if line is None:
        return or_missing(plan.mentor)
    course = line.course
    if course.ended_on is not None:
        period = f"{danish_date(course.started_on)}–{danish_date(course.ended_on)}"
    elif course.planned_end is not None:
        period = (
            f"fra {danish_date(course.started_on)}, planlagt til {danish_date(course.planned_end)}"
        )
    else:
        period = f"fra {danish_date(course.started_on)}"
    return f"{line.mentor_name}, mentorforløb {period}"


def _action(action: PlanAction, model: PlanDocumentModel) -> dict[str, Any]:
    owner = RESPONSIBLE_LABELS[action.responsible].da
    late = (
        action.due is not None
        and action.due < model.printed_on
        and action.status in (ActionStatus.PLANNED, ActionStatus.IN_PROGRESS)
    )
    return {
        "what": action.what,
        "owner": f"{owner} ({action.responsible_name})" if action.responsible_name else owner,
        "due": _due(action) + (" – overskredet" if late else ""),
        "status": ACTION_STATUS_LABELS[action.status].da,
        "criterion": or_missing(action.success_criterion),
    }


def _due(action: PlanAction) -> str:
    # A date left out by choice says why; one merely left out says it was not filled in.
    if action.due is None and action.no_date_reason.strip():
        return f"Ingen dato: {action.no_date_reason.strip()}"
    return danish_date(action.due)


def _assessment(summary: AssessmentSummary) -> dict[str, Any]:
    return {
        "instrument": f"{summary.instrument}, version {summary.instrument_version}",
        "assessed_on": danish_date(summary.assessed_on),
        "total": f"{summary.total} af {summary.max_total}"
        + (f" (mindst; {summary.missing_items} ubesvarede)" if summary.missing_items else ""),
        "band": summary.band,
        "final_band": summary.final_band,
        "override_reason": summary.override_reason or "Ingen ændring",
        "level": f"Niveau {summary.level}" if summary.level is not None else NOT_FILLED,
        "level_reason": or_missing(summary.level_reason),
        "domains": [
            {
                "name": d.name,
                "score": f"{d.score} af {d.max_score}",
                "rating": rating_text(d.rating),
                "strength": "Ja" if d.strength else "",
            }
            for d in summary.domains
        ],
        "profile": [
            {
                "title": p.title,
                "count": f"{p.present} af {p.of}",
                "rating": rating_text(p.rating),
                "factors": "; ".join(p.factors) or "Ingen",
                "bar": bar(p.present, p.of),
            }
            for p in summary.profile
        ],
        "strengths": "; ".join(summary.strengths) or "Ingen markeret",
        "responsivity": "; ".join(summary.responsivity) or "Ingen markeret",
        "disclaimer": summary.disclaimer,
    }


def _approval(approval: Approval) -> dict[str, Any]:
    return {
        "by": approval.approved_by,
        "on": danish_date(approval.approved_on),
        "comment": approval.comment,
    }


def render_plan_document(
    model: PlanDocumentModel, *, custom_templates: Path | None = None
) -> RenderedDocument:
    """Render the plan to .docx bytes; nothing is written. See :func:`render_document`."""
    return render_document(
        PLAN_TEMPLATE,
        plan_context(model),
        variables=PLAN_VARIABLES,
        logo=model.municipality.logo,
        custom_templates=custom_templates,
    )
