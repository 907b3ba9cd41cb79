"""``riskdesk case list``, ``case add`` and ``case show``: cases for scripts and imports.

Invalid input exits 2 with one line naming each wrong option; a refusal such as a CPR
number another person already has exits 1 naming that person's case number, never the
person."""

from __future__ import annotations

import argparse
import json
from datetime import date
from typing import Any

from riskdesk.cli.console import (
    EXIT_OK,
    language,
    opened_desk,
)
from riskdesk.cli.option_problems import options_named
from riskdesk.cli.vault_option import VAULT_HELP, vault_location
from riskdesk.domain.case import (
    CASE_LABELS,
    KIND_LABELS,
    REFERRAL_LABELS,
    STATUS_LABELS,
    Case,
    CaseKind,
    CaseSummary,
    ReferralSource,
)
from riskdesk.domain.danish_dates import dmy
from riskdesk.domain.localized import Language, LocalizedText
from riskdesk.domain.person import PERSON_LABELS, Person
from riskdesk.domain.refusals import UnknownCase

_OPTIONS = {
    "person.name": "--name",
    "person.cpr": "--cpr",
    "person.birth_date": "--birth-date",
    "case.level": "--level",
    "case.kind": "--kind",
    "case.referral_source": "--referral-source",
}
_ADDED = LocalizedText(da="Sag {number} er oprettet.", en="Case {number} was added.")
_CASE_SHOWN = (
    "case_number",
    "status",
    "level",
    "kind",
    "opened_on",
    "closed_on",
    "close_reason",
    "caseworker",
    "referral_source",
)
_PERSON_SHOWN = ("name", "cpr", "birth_date", "phone", "email", "address", "postal_code", "city")


def add_parser(commands: Any) -> None:
    case = commands.add_parser("case", help="cases")
    case_commands = case.add_subparsers(dest="case_command", required=True, metavar="COMMAND")
    listing = case_commands.add_parser("list", help="list cases, optionally matching a search")
    _vault_and_user(listing)
    listing.add_argument("--search", default="", help="name, CPR number or case number")
    _format(listing)
    listing.set_defaults(run=run_list)

    add = case_commands.add_parser("add", help="file a new person with a first case")
    _vault_and_user(add)
    add.add_argument("--name", required=True, help="the person's full name")
    born = add.add_mutually_exclusive_group(required=True)
    born.add_argument("--cpr", help="the CPR number, DDMMYY-SSSS")
    born.add_argument(
        "--birth-date", help="YYYY-MM-DD or DD.MM.YYYY, for a person without a CPR number"
    )
    add.add_argument("--level", required=True, type=int, help="the case level (1|2|3 by default)")
    add.add_argument("--kind", required=True, choices=[kind.value for kind in CaseKind])
    add.add_argument(
        "--referral-source",
        choices=[source.value for source in ReferralSource],
        help="who referred the person (default: other)",
    )
    _format(add)
    add.set_defaults(run=run_add)

    show = case_commands.add_parser("show", help="one case and its person (audited as a reading)")
    _vault_and_user(show)
    show.add_argument("--case", required=True, metavar="NUMBER", help="the case number")
    _format(show)
    show.set_defaults(run=run_show)


def _vault_and_user(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--vault", type=vault_location, required=True, help=VAULT_HELP)
    parser.add_argument("--user", required=True)


def _format(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--format", choices=("text", "json"), default="text")


def _print_json(data: object) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2))


# ----- list -------------------------------------------------------------------------


def run_list(args: argparse.Namespace) -> int:
    with opened_desk(args.vault, args.user) as desk:
        rows = desk.cases.search(args.search)
    if args.format == "json":
        _print_json([_summary_json(row) for row in rows])
        return EXIT_OK
    lang = language()
    for row in rows:
        print(
            f"{row.case_number:<10} {row.person_name:<30} {row.cpr or '':<11} "
            f"{row.level:>2}  {KIND_LABELS[row.kind].text(lang):<16} "
            f"{STATUS_LABELS[row.status].text(lang):<7} {row.caseworker}"
        )
    return EXIT_OK


def _summary_json(row: CaseSummary) -> dict[str, Any]:
    return {
        "case_number": row.case_number,
        "person_id": row.person_id,
        "person_name": row.person_name,
        "cpr": row.cpr,
        "birth_date": row.birth_date.isoformat(),
        "level": row.level,
        "kind": row.kind.value,
        "status": row.status.value,
        "caseworker": row.caseworker,
        "opened_on": row.opened_on.isoformat(),
        "closed_on": row.closed_on.isoformat() if row.closed_on else None,
        "close_reason": row.close_reason,
        "referral_source": row.referral_source.value if row.referral_source else None,
    }


# ----- add --------------------------------------------------------------------------


def run_add(args: argparse.Namespace) -> int:
    person: dict[str, Any] = {"name": args.name, "cpr": args.cpr, "birth_date": args.birth_date}
    case: dict[str, Any] = {"level": args.level, "kind": args.kind}
    if args.referral_source is not None:
        case["referral_source"] = args.referral_source
    with opened_desk(args.vault, args.user) as desk, options_named(_OPTIONS):
        stored_person, stored_case = desk.cases.create_person_with_case(person=person, case=case)
    if args.format == "json":
        _print_json(
            {
                "case_number": stored_case.case_number,
                "case_id": stored_case.id,
                "person_id": stored_person.id,
            }
        )
    else:
        print(_ADDED.format(number=stored_case.case_number).text(language()))
    return EXIT_OK


# ----- show -------------------------------------------------------------------------


def run_show(args: argparse.Namespace) -> int:
    number = args.case.strip()
    with opened_desk(args.vault, args.user) as desk:
        found = desk.cases.with_person_by_number(number)
    if found is None:
        raise UnknownCase(number)
    person, case = found
    data = _case_json(person, case)
    if args.format == "json":
        _print_json(data)
        return EXIT_OK
    lang = language()
    flat = data | data["person"]
    for key, value in (
        ("opened_on", case.opened_on),
        ("closed_on", case.closed_on),
        ("birth_date", person.born),
    ):
        flat[key] = _shown_date(value, lang)
    flat["kind"] = KIND_LABELS[case.kind].text(lang)
    flat["status"] = STATUS_LABELS[case.status].text(lang)
    flat["referral_source"] = REFERRAL_LABELS[case.referral_source].text(lang)
    shown = [(key, CASE_LABELS[key]) for key in _CASE_SHOWN]
    shown += [(key, PERSON_LABELS[key]) for key in _PERSON_SHOWN]
    for key, label in shown:
        value = flat.get(key)
        if value not in (None, ""):
            print(f"{label.text(lang)}: {value}")
    heading = PERSON_LABELS["guardians"].text(lang)
    for guardian in person.guardians:
        details = ", ".join(
            part for part in (guardian.relation, guardian.phone, guardian.email) if part
        )
        print(f"{heading}: {guardian.name}" + (f" ({details})" if details else ""))
    return EXIT_OK


def _shown_date(value: date | None, lang: str) -> str | None:
    """ISO in JSON; in text, the Danish ``dd.mm.åååå`` for Danish readers."""
    if value is None:
        return None
    return dmy(value) if lang == Language.DANISH else value.isoformat()


def _case_json(person: Person, case: Case) -> dict[str, Any]:
    return {
        "case_number": case.case_number,
        "case_id": case.id,
        "person_id": case.person_id,
        "level": case.level,
        "kind": case.kind.value,
        "status": case.status.value,
        "opened_on": case.opened_on.isoformat(),
        "closed_on": case.closed_on.isoformat() if case.closed_on else None,
        "close_reason": case.close_reason,
        "caseworker": case.caseworker,
        "referral_source": case.referral_source.value,
        "legal_basis": case.legal_basis.value,
        "legal_basis_note": case.legal_basis_note,
        "notes": case.notes,
        "person": {
            "name": person.name,
            "cpr": person.cpr,
            "birth_date": person.born.isoformat(),
            "phone": person.phone,
            "email": person.email,
            "address": person.address,
            "postal_code": person.postal_code,
            "city": person.city,
            "guardians": [guardian.model_dump() for guardian in person.guardians],
            "notes": person.notes,
        },
    }
