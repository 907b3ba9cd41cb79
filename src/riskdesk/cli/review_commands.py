"""``riskdesk review list|submit|approve|return``: supervisor review of action plans.

The rules live in the review service, so a caseworker cannot approve from here either;
a refused step is one line on stderr, exit code 1, and is audited by the service. So is
an unknown plan or case, or a case without a plan, in the words every command uses.
"""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING, Any

from riskdesk.cli.arguments import record_id
from riskdesk.cli.console import (
    EXIT_OK,
    CommandFailed,
    case_by_number,
    language,
    opened_desk,
    read_password,
)
from riskdesk.cli.vault_option import VAULT_HELP, vault_location
from riskdesk.domain.ids import PlanId
from riskdesk.domain.localized import LocalizedText
from riskdesk.domain.plan_review import REVIEW_STATUS_LABELS, PlanReviewState, ReviewStatus
from riskdesk.domain.refusals import NoPlan, NotFound, UnknownPlan
from riskdesk.domain.user import Role

if TYPE_CHECKING:
    from riskdesk.services.desk import Desk

_DONE = {
    "submit": LocalizedText(
        da="Handleplan {plan} (sag {number}, version {version}) er sendt til godkendelse.",
        en="Action plan {plan} (case {number}, version {version}) was submitted for review.",
    ),
    "approve": LocalizedText(
        da="Handleplan {plan} (sag {number}, version {version}) er godkendt.",
        en="Action plan {plan} (case {number}, version {version}) was approved.",
    ),
    "return": LocalizedText(
        da="Handleplan {plan} (sag {number}, version {version}) er sendt tilbage.",
        en="Action plan {plan} (case {number}, version {version}) was returned.",
    ),
}


def add_parser(commands: Any) -> None:
    review = commands.add_parser("review", help="supervisor review of action plans")
    steps = review.add_subparsers(dest="review_command", required=True, metavar="COMMAND")
    listing = steps.add_parser(
        "list", help="plans waiting for review (supervisors) or returned to you (others)"
    )
    _common(listing)
    listing.set_defaults(run=run_list)
    for name, help_text, run in (
        ("submit", "submit a plan for review", run_submit),
        ("approve", "approve a submitted plan (asks for your password again)", run_approve),
        ("return", "return a submitted plan with a comment", run_return),
    ):
        step = steps.add_parser(name, help=help_text)
        _common(step)
        which = step.add_mutually_exclusive_group(required=True)
        which.add_argument("--plan", type=record_id, help="the plan version's id (see review list)")
        which.add_argument("--case", help="a case number: its newest plan version")
        if name == "return":
            step.add_argument("--comment", default="", help="what to change (required)")
        step.set_defaults(run=run)


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--vault", type=vault_location, required=True, help=VAULT_HELP)
    parser.add_argument("--user", required=True)
    parser.add_argument("--format", choices=("text", "json"), default="text")


def run_list(args: argparse.Namespace) -> int:
    rows: list[dict[str, Any]]
    with opened_desk(args.vault, args.user) as desk:
        if desk.user.role is Role.SUPERVISOR:
            rows = [
                {
                    "plan_id": item.plan_id,
                    "case_number": item.case_number,
                    "status": "submitted",
                    "author": item.author,
                    "version": item.version,
                    "level": item.level,
                    "submitted_at": item.submitted_at.isoformat(),
                    "days_waiting": item.days_waiting,
                    "next_meeting": item.next_meeting.isoformat() if item.next_meeting else None,
                    "band_override": item.overrides.band_overridden if item.overrides else False,
                    "level_override": item.overrides.level_overridden if item.overrides else False,
                }
                for item in desk.review.queue()
            ]
        else:
            rows = [
                {
                    **_state_row(returned.state),
                    "open_comments": [c.text for c in returned.open_comments],
                }
                for returned in desk.review.returned()
            ]
    if args.format == "json":
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return EXIT_OK
    lang = language()
    for row in rows:
        status = REVIEW_STATUS_LABELS[ReviewStatus(row["status"])].text(lang)
        waiting = f"  {row['days_waiting']} d" if "days_waiting" in row else ""
        overrides = " !" if row.get("band_override") or row.get("level_override") else ""
        print(
            f"{row['plan_id']:>6}  {row['case_number']:<10} v{row['version']:<3} "
            f"{status:<24} {row['author']}{waiting}{overrides}"
        )
        comments: list[str] = row.get("open_comments", [])
        for comment in comments:
            print(f"        - {comment}")
    return EXIT_OK


def run_submit(args: argparse.Namespace) -> int:
    with opened_desk(args.vault, args.user) as desk:
        plan_id = _plan_id(desk, args)
        state = desk.review.submit(plan_id)
    return _done(args, "submit", state)


def run_approve(args: argparse.Namespace) -> int:
    with opened_desk(args.vault, args.user) as desk:
        plan_id = _plan_id(desk, args)
        # Asked again on purpose (RISKDESK_PASSWORD answers both): approval is a signature.
        password = read_password(prompt="Adgangskode for at godkende: ")
        from riskdesk.services.document_export import DocumentProblem

        try:
            state = desk.review.approve(plan_id, password)
        except DocumentProblem as problem:
            raise CommandFailed(problem.text(language())) from None
    return _done(args, "approve", state)


def run_return(args: argparse.Namespace) -> int:
    with opened_desk(args.vault, args.user) as desk:
        plan_id = _plan_id(desk, args)
        state = desk.review.return_plan(plan_id, args.comment)
    return _done(args, "return", state)


def _plan_id(desk: Desk, args: argparse.Namespace) -> PlanId:
    """The plan version named by ``--plan`` or ``--case``; a refusal (exit 1) when there
    is none."""
    if args.plan is not None:
        try:
            desk.review.state(PlanId(args.plan))
        except NotFound:
            raise UnknownPlan(args.plan) from None
        return PlanId(args.plan)
    case = case_by_number(desk, args.case)
    plan_id = desk.review.current_plan_id(case.case_id)
    if plan_id is None:
        raise NoPlan(case.case_number)
    return plan_id


def _done(args: argparse.Namespace, step: str, state: PlanReviewState) -> int:
    if args.format == "json":
        print(json.dumps(_state_row(state), ensure_ascii=False, indent=2))
    else:
        print(
            _DONE[step]
            .format(plan=state.plan_id, number=state.case_number, version=state.version)
            .text(language())
        )
    return EXIT_OK


def _state_row(state: PlanReviewState) -> dict[str, Any]:
    return {
        "plan_id": state.plan_id,
        "case_number": state.case_number,
        "status": state.status.value,
        "author": state.author,
        "version": state.version,
        "submitted_at": state.submitted_at.isoformat() if state.submitted_at else None,
        "reviewed_by": state.reviewed_by,
        "reviewed_at": state.reviewed_at.isoformat() if state.reviewed_at else None,
    }
