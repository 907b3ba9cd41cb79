"""``riskdesk inquiry add|list``: inquiries to the unit (henvendelser), counted by type and
source whether or not they became a case. An unknown type or source is refused naming the
field (exit 2); an unknown case number exits 1 with the sentence every command uses."""

from __future__ import annotations

import argparse
import json
from datetime import date
from typing import Any

from riskdesk.cli.console import EXIT_OK, language, opened_desk, translated_errors
from riskdesk.cli.vault_option import VAULT_HELP, vault_location
from riskdesk.domain.inquiry import (
    INQUIRY_KIND_LABELS,
    INQUIRY_SOURCE_LABELS,
    Inquiry,
    InquiryKind,
    InquirySource,
)

_KINDS = "|".join(k.value for k in InquiryKind)
_SOURCES = ", ".join(s.value for s in InquirySource)


def add_parser(commands: Any) -> None:
    inquiry = commands.add_parser("inquiry", help="inquiries to the unit (henvendelser)")
    sub = inquiry.add_subparsers(dest="inquiry_command", required=True, metavar="COMMAND")

    add = sub.add_parser("add", help="register an inquiry received by the user")
    _vault_arguments(add)
    add.add_argument("--date", metavar="YYYY-MM-DD", help="the day it came in (default today)")
    add.add_argument("--type", required=True, metavar=_KINDS, dest="kind")
    add.add_argument("--source", required=True, metavar="SOURCE", help=_SOURCES)
    add.add_argument("--case", metavar="CASE_NUMBER", help="the case it concerns, if any")
    add.add_argument("--note", default="", help="a short note, never a name or CPR number")
    add.add_argument("--format", choices=("text", "json"), default="text")
    add.set_defaults(run=run_add)

    listing = sub.add_parser("list", help="inquiries, newest first")
    _vault_arguments(listing)
    listing.add_argument("--from", dest="start", metavar="YYYY-MM-DD")
    listing.add_argument("--to", dest="end", metavar="YYYY-MM-DD")
    listing.add_argument("--type", dest="kind", metavar=_KINDS)
    listing.add_argument("--source", metavar="SOURCE", help=_SOURCES)
    listing.add_argument("--format", choices=("text", "json"), default="text")
    listing.set_defaults(run=run_list)


def _vault_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--vault", type=vault_location, required=True, help=VAULT_HELP)
    parser.add_argument("--user", required=True)


def run_add(args: argparse.Namespace) -> int:
    with opened_desk(args.vault, args.user) as desk, translated_errors():
        inquiry = desk.inquiries.add(
            received_on=args.date or date.today(),
            kind=args.kind,
            source=args.source,
            case_number=args.case,
            note=args.note,
        )
    _print([inquiry], args.format)
    return EXIT_OK


def run_list(args: argparse.Namespace) -> int:
    with opened_desk(args.vault, args.user) as desk, translated_errors():
        inquiries = desk.inquiries.list(
            start=args.start, end=args.end, kind=args.kind, source=args.source
        )
    _print(inquiries, args.format)
    return EXIT_OK


def _print(inquiries: list[Inquiry], form: str) -> None:
    if form == "json":
        print(json.dumps([as_json(i) for i in inquiries], ensure_ascii=False, indent=2))
        return
    lang = language()
    for i in inquiries:
        print(
            f"{i.id:>6}  {i.received_on.isoformat()}  "
            f"{INQUIRY_KIND_LABELS[i.kind].text(lang):<20} "
            f"{INQUIRY_SOURCE_LABELS[i.source].text(lang):<24} {i.case_number or '-'}"
        )


def as_json(inquiry: Inquiry) -> dict[str, object]:
    return {
        "id": inquiry.id,
        "date": inquiry.received_on.isoformat(),
        "type": inquiry.kind.value,
        "source": inquiry.source.value,
        "received_by": inquiry.received_by,
        "case_number": inquiry.case_number,
        "note": inquiry.note,
    }
