"""``riskdesk meeting list|agenda|minutes|decisions|add``: SSP, KSP, PSP, operative-group and
coordination meetings, their Word documents, and a case's meeting decisions. An unknown
meeting or case exits 1 with the same sentence as every command that names one."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from riskdesk.cli import meeting_add_command
from riskdesk.cli.arguments import record_id
from riskdesk.cli.console import (
    EXIT_OK,
    case_by_number,
    language,
    opened_desk,
    report_exported,
    translated_errors,
)
from riskdesk.cli.document_output import check_docx_out, export_document
from riskdesk.cli.vault_option import VAULT_HELP, vault_location
from riskdesk.domain.document_kinds import DocumentKind
from riskdesk.domain.localized import LocalizedText
from riskdesk.domain.meeting import MEETING_KIND_LABELS

_NO_DECISIONS = LocalizedText(
    da="Sagen {number} har ingen mødebeslutninger.",
    en="Case {number} has no meeting decisions.",
)


def add_parser(commands: Any) -> None:
    meeting = commands.add_parser("meeting", help="SSP, KSP, PSP and other meetings")
    sub = meeting.add_subparsers(dest="meeting_command", required=True, metavar="COMMAND")

    listing = sub.add_parser("list", help="meetings, upcoming first")
    _vault_arguments(listing)
    listing.add_argument("--upcoming", action="store_true", help="only meetings from today on")
    listing.add_argument("--format", choices=("text", "json"), default="text")
    listing.set_defaults(run=run_list)

    agenda = sub.add_parser("agenda", help="write a meeting's agenda as .docx (and PDF)")
    _document_arguments(agenda)
    agenda.add_argument(
        "--pseudonymised",
        action="store_true",
        help="initials and birth year instead of names and CPR numbers",
    )
    agenda.set_defaults(run=run_agenda)

    minutes = sub.add_parser("minutes", help="write a meeting's minutes as .docx (and PDF)")
    _document_arguments(minutes)
    minutes.set_defaults(run=run_minutes)

    decisions = sub.add_parser("decisions", help="the meeting decisions of a case")
    _vault_arguments(decisions)
    decisions.add_argument("--case", required=True, metavar="CASE_NUMBER")
    decisions.add_argument("--format", choices=("text", "json"), default="text")
    decisions.set_defaults(run=run_decisions)

    meeting_add_command.add_parser(sub)


def _vault_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--vault", type=vault_location, required=True, help=VAULT_HELP)
    parser.add_argument("--user", required=True)


def _document_arguments(parser: argparse.ArgumentParser) -> None:
    _vault_arguments(parser)
    parser.add_argument("--meeting", type=record_id, required=True, metavar="ID")
    parser.add_argument("--out", type=Path, required=True, metavar="FILE.docx")
    parser.add_argument(
        "--pdf", action="store_true", help="also a PDF beside it (needs LibreOffice)"
    )


def run_list(args: argparse.Namespace) -> int:
    with opened_desk(args.vault, args.user) as desk, translated_errors():
        meetings = desk.meetings.list(upcoming_only=args.upcoming)
    if args.format == "json":
        print(
            json.dumps(
                [
                    {
                        "meeting_id": m.id,
                        "date": m.held_on.isoformat(),
                        "kind": m.kind.value,
                        "starts_at": m.starts_at.strftime("%H:%M") if m.starts_at else None,
                        "place": m.place,
                        "cases": len(m.items),
                        "decisions": sum(1 for i in m.items if i.decision),
                    }
                    for m in meetings
                ],
                ensure_ascii=False,
                indent=2,
            )
        )
        return EXIT_OK
    lang = language()
    for m in meetings:
        when = m.starts_at.strftime("%H:%M") if m.starts_at else "     "
        print(
            f"{m.id:>5}  {m.held_on.isoformat()} {when}  "
            f"{MEETING_KIND_LABELS[m.kind].text(lang):<22} {len(m.items):>3}  {m.place}"
        )
    return EXIT_OK


def run_agenda(args: argparse.Namespace) -> int:
    kind = (
        DocumentKind.MEETING_AGENDA_PSEUDONYMISED
        if args.pseudonymised
        else DocumentKind.MEETING_AGENDA
    )
    return _export(args, kind)


def run_minutes(args: argparse.Namespace) -> int:
    return _export(args, DocumentKind.MEETING_MINUTES)


def _export(args: argparse.Namespace, kind: DocumentKind) -> int:
    check_docx_out(args.out)
    with opened_desk(args.vault, args.user) as desk, translated_errors():
        exported = export_document(desk, kind, args.meeting, args.out, pdf=args.pdf)
    report_exported(exported)
    return EXIT_OK


def run_decisions(args: argparse.Namespace) -> int:
    lang = language()
    with opened_desk(args.vault, args.user) as desk, translated_errors():
        case = case_by_number(desk, args.case)
        decisions = desk.meetings.decisions_for_case(case.case_id)
    if args.format == "json":
        print(
            json.dumps(
                [
                    {
                        "meeting_id": d.meeting_id,
                        "date": d.held_on.isoformat(),
                        "kind": d.kind.value,
                        "decision": d.text,
                    }
                    for d in decisions
                ],
                ensure_ascii=False,
                indent=2,
            )
        )
        return EXIT_OK
    if not decisions:
        print(_NO_DECISIONS.format(number=case.case_number).text(lang))
    for d in decisions:
        print(f"{d.held_on.isoformat()}  {MEETING_KIND_LABELS[d.kind].text(lang)}: {d.text}")
    return EXIT_OK
