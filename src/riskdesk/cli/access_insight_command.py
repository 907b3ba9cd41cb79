"""``riskdesk access-insight``: who looked at or changed a person's data and when, for the
citizen's request for access. The person is named by one of their case numbers, so a CPR
number never has to be typed on a command line (where shell history would keep it).

The listing on stdout names users, actions and records but not the person's name or CPR
number; those are only in the Word document, which goes where ``--out`` says.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from riskdesk.cli.console import (
    EXIT_OK,
    EXIT_USAGE,
    CommandFailed,
    case_by_number,
    language,
    opened_desk,
    report_error,
    translated_errors,
)
from riskdesk.cli.document_output import check_docx_out, export_document
from riskdesk.cli.vault_option import VAULT_HELP, vault_location
from riskdesk.domain.access_insight import AccessInsight
from riskdesk.domain.document_kinds import DocumentKind
from riskdesk.domain.localized import LocalizedText

if TYPE_CHECKING:
    from riskdesk.services.document_export import ExportedDocument

_PDF_NEEDS_OUT = LocalizedText(
    da="--pdf kræver --out: PDF'en gemmes ved siden af Word-dokumentet.",
    en="--pdf needs --out: the PDF is saved beside the Word document.",
)


def add_parser(commands: Any) -> None:
    command = commands.add_parser(
        "access-insight",
        help="who looked at or changed a person's data, and when (the citizen's access right)",
    )
    command.add_argument("--vault", type=vault_location, required=True, help=VAULT_HELP)
    command.add_argument("--user", required=True)
    command.add_argument(
        "--case", required=True, metavar="CASE_NUMBER", help="any of the person's case numbers"
    )
    command.add_argument(
        "--out", type=Path, metavar="FILE.docx", help="also save the Word log extract here"
    )
    command.add_argument(
        "--pdf", action="store_true", help="also a PDF beside it (needs LibreOffice)"
    )
    command.add_argument("--format", choices=("text", "json"), default="text")
    command.set_defaults(run=run_access_insight)


def run_access_insight(args: argparse.Namespace) -> int:
    lang = language()
    if args.pdf and args.out is None:
        raise CommandFailed(_PDF_NEEDS_OUT.text(lang), EXIT_USAGE)
    check_docx_out(args.out)
    with opened_desk(args.vault, args.user) as desk, translated_errors():
        case = case_by_number(desk, args.case)
        number = case.case_number
        exported: ExportedDocument | None = None
        if args.out is not None:
            exported = export_document(
                desk, DocumentKind.ACCESS_INSIGHT, case.person_id, args.out, pdf=args.pdf
            )
        # A fresh insight after the export, so the listing includes the export itself.
        insight = desk.access_insight.for_person(case.person_id)
    if exported is not None:
        for note in (exported.notice, exported.pdf_problem):
            if note is not None:
                report_error(note.text(lang))
    if args.format == "json":
        print(json.dumps(_as_json(insight, number, exported), ensure_ascii=False, indent=2))
    else:
        _print_text(insight, lang)
        if exported is not None:
            print(exported.docx)
            if exported.pdf is not None:
                print(exported.pdf)
    return EXIT_OK


def _as_json(
    insight: AccessInsight, case_number: str, exported: ExportedDocument | None
) -> dict[str, Any]:
    return {
        "person_id": insight.person_id,
        "case_number": case_number,
        "produced_at": insight.produced_at.isoformat(),
        "produced_by": insight.produced_by.username,
        "events": [
            {
                "sequence": e.sequence,
                "at": e.at.isoformat(),
                "until": e.until.isoformat() if e.until else None,
                "username": e.user.username,
                "display_name": e.user.display_name,
                "role": e.user.role.value if e.user.role else None,
                "action": e.action.value,
                "entity": e.entity.value,
                "what": {"da": e.what.da, "en": e.what.en},
                "record": {"da": e.record.da, "en": e.record.en},
            }
            for e in insight.entries
        ],
        "docx": str(exported.docx) if exported else None,
        "pdf": str(exported.pdf) if exported and exported.pdf else None,
    }


def _print_text(insight: AccessInsight, lang: str) -> None:
    from riskdesk.services.access_insight_service import danish_zone

    zone = danish_zone()
    for entry in insight.entries:
        when = entry.at.astimezone(zone).strftime("%Y-%m-%d %H:%M:%S")
        if entry.until is not None:
            when += entry.until.astimezone(zone).strftime("–%H:%M:%S")
        who = f"{entry.user.display_name} ({entry.user.role_label.text(lang).lower()})"
        print(f"{when}  {who}  {entry.what.text(lang)}  [{entry.record.text(lang)}]")
