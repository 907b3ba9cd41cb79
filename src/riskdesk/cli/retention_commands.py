"""``riskdesk retention list`` and ``riskdesk retention apply``: what the retention rules
(``forms/retention.yaml``) make due for deletion, and deleting the cases a supervisor
approves. A deletion cannot be undone except from a backup, so ``apply`` asks first
(or takes ``--yes``); without a terminal and without ``--yes`` it refuses (exit 2)."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from typing import Any

from riskdesk.cli.console import (
    EXIT_FAILURE,
    EXIT_OK,
    EXIT_USAGE,
    CommandFailed,
    language,
    opened_desk,
)
from riskdesk.cli.vault_option import VAULT_HELP, vault_location
from riskdesk.domain.danish_dates import dmy
from riskdesk.domain.localized import LocalizedText
from riskdesk.domain.retention import RetentionReview, hold_reason, person_fate

_CONFIRM = LocalizedText(
    da="{n} sager slettes for altid med alt, hvad der hører til dem: {cases}. En sletning "
    "kan ikke fortrydes, kun hentes tilbage fra en sikkerhedskopi. Skriv ja for at slette: ",
    en="{n} cases will be deleted for good with everything that belongs to them: {cases}. A "
    "deletion cannot be undone except from a backup. Type yes to delete: ",
)
_NEEDS_YES = LocalizedText(
    da="En sletning kan ikke fortrydes: bekræft med --yes, eller kør kommandoen i en terminal.",
    en="A deletion cannot be undone: confirm with --yes, or run the command in a terminal.",
)
_NOT_CONFIRMED = LocalizedText(
    da="Intet er slettet: sletningen blev ikke bekræftet.",
    en="Nothing was deleted: the deletion was not confirmed.",
)
_DELETED = LocalizedText(
    da="Slettet: {n} sager ({cases}) og {persons} personer.",
    en="Deleted: {n} cases ({cases}) and {persons} people.",
)
_COMPACTED = LocalizedText(
    da="Boksen er komprimeret, så de slettede data ikke findes i filen.",
    en="The vault is compacted, so the deleted data is not in the file.",
)
_NOT_COMPACTED = LocalizedText(
    da="En anden bruger har boksen åben: de slettede data forsvinder helt fra filen, når "
    "den lukkes, eller næste gang en leder ser listen.",
    en="Another user has the vault open: the deleted data leaves the file for good when it "
    "is closed, or the next time a supervisor looks at the list.",
)
_DUE = LocalizedText(da="Skal slettes ({n}):", en="Due for deletion ({n}):")
_HELD = LocalizedText(da="Holdes tilbage ({n}):", en="Held ({n}):")
_RULES = LocalizedText(da="Regler:", en="Rules:")
_LINE = LocalizedText(
    da="{number}  lukket {closed}  {rule}  siden {since}  person: {person}",
    en="{number}  closed {closed}  {rule}  since {since}  person: {person}",
)
_HELD_LINE = LocalizedText(
    da="{number}  lukket {closed}  {rule}  holdes: {reason}",
    en="{number}  closed {closed}  {rule}  held: {reason}",
)
_YES = frozenset({"ja", "j", "yes", "y"})


def add_parser(commands: Any) -> None:
    retention = commands.add_parser(
        "retention", help="what is due for deletion, and deleting it (supervisors)"
    )
    sub = retention.add_subparsers(dest="retention_command", required=True, metavar="COMMAND")
    listing = sub.add_parser("list", help="closed cases due for deletion, those held, the rules")
    _vault_and_user(listing)
    listing.add_argument("--format", choices=("text", "json"), default="text")
    listing.set_defaults(run=run_list)
    apply = sub.add_parser("apply", help="delete due cases for good (a supervisor approves)")
    _vault_and_user(apply)
    apply.add_argument(
        "--case",
        required=True,
        nargs="+",
        action="extend",
        metavar="NUMBER",
        help="the case numbers to delete, each due for deletion",
    )
    apply.add_argument("--yes", action="store_true", help="confirm without asking")
    apply.set_defaults(run=run_apply)


def _vault_and_user(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--vault", type=vault_location, required=True, help=VAULT_HELP)
    parser.add_argument("--user", required=True)


def run_list(args: argparse.Namespace) -> int:
    with opened_desk(args.vault, args.user) as desk:
        review = desk.retention.review(today=date.today())
    if args.format == "json":
        print(json.dumps(review_json(review, language()), ensure_ascii=False, indent=2))
        return EXIT_OK
    lang = language()
    labels = {status.rule.id: status.rule.label.text(lang) for status in review.rules}
    print(_DUE.format(n=len(review.due)).text(lang))
    for due in review.due:
        print(
            "  "
            + _LINE.format(
                number=due.case.case_number,
                closed=dmy(due.closed_on),
                rule=labels[due.rule_id],
                since=dmy(due.due_since),
                person=person_fate(due).text(lang),
            ).text(lang)
        )
    print(_HELD.format(n=len(review.held)).text(lang))
    for held in review.held:
        assert held.case.closed_on is not None
        print(
            "  "
            + _HELD_LINE.format(
                number=held.case.case_number,
                closed=dmy(held.case.closed_on),
                rule=labels[held.rule_id],
                reason=hold_reason(held).text(lang),
            ).text(lang)
        )
    print(_RULES.text(lang))
    for status in review.rules:
        rule = status.rule
        print(
            f"  {rule.label.text(lang)} ({rule.period.text().text(lang)}): {status.note.text(lang)}"
        )
    return EXIT_OK


def review_json(review: RetentionReview, lang: str) -> dict[str, Any]:
    return {
        "on": review.on.isoformat(),
        "due": [
            {
                "case_number": due.case.case_number,
                "kind": due.case.kind,
                "caseworker": due.case.caseworker,
                "opened_on": due.case.opened_on.isoformat(),
                "closed_on": due.closed_on.isoformat(),
                "rule": due.rule_id,
                "due_since": due.due_since.isoformat(),
                "person": "kept" if due.other_cases else "deleted",
                "other_cases": list(due.other_cases),
            }
            for due in review.due
        ],
        "held": [
            {
                "case_number": held.case.case_number,
                "closed_on": held.case.closed_on.isoformat() if held.case.closed_on else None,
                "rule": held.rule_id,
                "due_since": held.due_since.isoformat(),
                "hold": held.hold_id,
                "until": held.until.isoformat() if held.until else None,
            }
            for held in review.held
        ],
        "rules": [
            {
                "id": status.rule.id,
                "kind": status.rule.kind.value,
                "period": status.rule.period.model_dump(),
                "applied": status.applied,
                "note": status.note.text(lang),
            }
            for status in review.rules
        ],
    }


def run_apply(args: argparse.Namespace) -> int:
    lang = language()
    numbers = list(dict.fromkeys(number.strip() for number in args.case))
    if not args.yes:
        _confirm(numbers, lang)
    with opened_desk(args.vault, args.user) as desk:
        report = desk.retention.delete(numbers, today=date.today())
    print(
        _DELETED.format(
            n=len(report.case_numbers),
            cases=", ".join(report.case_numbers),
            persons=report.persons_deleted,
        ).text(lang)
    )
    print((_COMPACTED if report.compacted else _NOT_COMPACTED).text(lang))
    return EXIT_OK


def _confirm(numbers: list[str], lang: str) -> None:
    if not sys.stdin.isatty():
        raise CommandFailed(_NEEDS_YES.text(lang), EXIT_USAGE)
    # Only numbers shaped like case numbers are echoed; anything else stays unrepeated.
    shown = [n if n.replace("-", "").isdigit() else "?" for n in numbers]
    try:
        answer = input(_CONFIRM.format(n=len(numbers), cases=", ".join(shown)).text(lang))
    except EOFError:
        answer = ""
    if answer.strip().casefold() not in _YES:
        raise CommandFailed(_NOT_CONFIRMED.text(lang), EXIT_FAILURE)
