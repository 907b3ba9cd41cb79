"""``riskdesk outcome record|list|close``: a case's outcomes at closing and at the 6- and
12-month follow-ups. ``close`` closes the case with its reason and records the outcome at
closing in one step. Bad input is refused naming the field (exit 2); an unknown case
number exits 1."""

from __future__ import annotations

import argparse
import json
from datetime import date
from typing import TYPE_CHECKING, Any

from riskdesk.cli.console import (
    EXIT_OK,
    case_by_number,
    language,
    opened_desk,
    translated_errors,
)
from riskdesk.cli.vault_option import VAULT_HELP, vault_location
from riskdesk.domain.case_outcome import (
    DEVELOPMENT_LABELS,
    NEW_CHARGE_LABELS,
    POINT_LABELS,
    CaseOutcome,
    Development,
    NewCharge,
)
from riskdesk.domain.localized import Language

if TYPE_CHECKING:
    from riskdesk.services.outcome_service import CaseOutcomes

_CHARGES = "|".join(c.value for c in NewCharge)
_DEVELOPMENTS = "|".join(d.value for d in Development)
_AREAS = (
    ("--education", "education", "school or education"),
    ("--job", "job", "job"),
    ("--housing", "housing", "housing"),
    ("--substance-use", "substance_use", "substance use"),
)


def add_parser(commands: Any) -> None:
    outcome = commands.add_parser("outcome", help="outcomes at closing and at the follow-ups")
    sub = outcome.add_subparsers(dest="outcome_command", required=True, metavar="COMMAND")

    record = sub.add_parser("record", help="record (or correct) a case's outcome at a point")
    _vault_arguments(record)
    record.add_argument("--point", required=True, metavar="closing|6m|12m")
    record.add_argument("--date", metavar="YYYY-MM-DD", help="when recorded (default today)")
    _outcome_arguments(record)
    record.set_defaults(run=run_record)

    close = sub.add_parser("close", help="close a case with its reason and outcome at closing")
    _vault_arguments(close)
    close.add_argument("--date", type=date.fromisoformat, metavar="YYYY-MM-DD")
    close.add_argument("--reason", required=True, help="why the case is closed")
    _outcome_arguments(close)
    close.set_defaults(run=run_close)

    listing = sub.add_parser("list", help="a case's outcomes and the follow-ups still due")
    _vault_arguments(listing)
    listing.add_argument("--format", choices=("text", "json"), default="text")
    listing.set_defaults(run=run_list)


def _vault_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--vault", type=vault_location, required=True, help=VAULT_HELP)
    parser.add_argument("--user", required=True)
    parser.add_argument("--case", required=True, metavar="CASE_NUMBER")


def _outcome_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--new-charge", default="unknown", metavar=_CHARGES)
    parser.add_argument("--new-charge-date", metavar="YYYY-MM-DD", help="with --new-charge yes")
    for option, _, label in _AREAS:
        parser.add_argument(option, default="unknown", metavar=_DEVELOPMENTS, help=label)
    parser.add_argument("--note", default="")
    parser.add_argument("--format", choices=("text", "json"), default="text")


def _outcome(args: argparse.Namespace) -> dict[str, Any]:
    values: dict[str, Any] = {
        "new_charge": args.new_charge,
        "new_charge_on": args.new_charge_date,
        "note": args.note,
    }
    for _, field, _ in _AREAS:
        values[field] = getattr(args, field)
    return values


def run_record(args: argparse.Namespace) -> int:
    outcome = _outcome(args) | {"point": args.point}
    if args.date:
        outcome["recorded_on"] = args.date
    with opened_desk(args.vault, args.user) as desk, translated_errors():
        recorded = desk.outcomes.record(case_number=args.case, outcome=outcome)
    _print_outcomes([recorded], args.format, args.case)
    return EXIT_OK


def run_close(args: argparse.Namespace) -> int:
    with opened_desk(args.vault, args.user) as desk, translated_errors():
        found = case_by_number(desk, args.case)
        desk.cases.close(
            found.case_id,
            closed_on=args.date or date.today(),
            reason=args.reason,
            outcome=_outcome(args),
        )
        outcomes = desk.outcomes.for_case(case_id=found.case_id)
    _print_outcomes(list(outcomes.recorded), args.format, args.case)
    return EXIT_OK


def run_list(args: argparse.Namespace) -> int:
    with opened_desk(args.vault, args.user) as desk, translated_errors():
        outcomes = desk.outcomes.for_case(case_number=args.case)
    if args.format == "json":
        print(json.dumps(list_json(outcomes, args.case), ensure_ascii=False, indent=2))
        return EXIT_OK
    _print_outcomes(list(outcomes.recorded), "text", args.case)
    lang = Language(language())
    for point, due in outcomes.due.items():
        print(f"{'':>6}  {due.isoformat()}  {POINT_LABELS[point].text(lang)}: -")
    return EXIT_OK


def _print_outcomes(outcomes: list[CaseOutcome], form: str, case_number: str) -> None:
    if form == "json":
        print(json.dumps([as_json(o, case_number) for o in outcomes], ensure_ascii=False, indent=2))
        return
    lang = Language(language())
    for o in outcomes:
        charge = NEW_CHARGE_LABELS[o.new_charge].text(lang)
        if o.new_charge_on is not None:
            charge += f" {o.new_charge_on.isoformat()}"
        areas = ", ".join(
            DEVELOPMENT_LABELS[getattr(o, field)].text(lang) for _, field, _ in _AREAS
        )
        print(
            f"{o.id:>6}  {o.recorded_on.isoformat()}  {POINT_LABELS[o.point].text(lang)}: "
            f"{charge}; {areas}"
        )


def as_json(outcome: CaseOutcome, case_number: str) -> dict[str, object]:
    return {
        "id": outcome.id,
        "case_number": case_number,
        "point": outcome.point.value,
        "recorded_on": outcome.recorded_on.isoformat(),
        "new_charge": outcome.new_charge.value,
        "new_charge_on": outcome.new_charge_on.isoformat() if outcome.new_charge_on else None,
        "education": outcome.education.value,
        "job": outcome.job.value,
        "housing": outcome.housing.value,
        "substance_use": outcome.substance_use.value,
        "note": outcome.note,
        "recorded_by": outcome.recorded_by,
    }


def list_json(outcomes: CaseOutcomes, case_number: str) -> dict[str, object]:
    return {
        "case_number": case_number,
        "closed_on": outcomes.closed_on.isoformat() if outcomes.closed_on else None,
        "outcomes": [as_json(o, case_number) for o in outcomes.recorded],
        "due": {point.value: due.isoformat() for point, due in outcomes.due.items()},
    }
