"""``riskdesk render plan|release-agenda|release-minutes``: a case's Word document, and
optionally a PDF of it when LibreOffice is installed. A case without a plan or a release
meeting has no such document: exit 1, and nothing is written."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from riskdesk.cli.console import (
    EXIT_OK,
    case_by_number,
    opened_desk,
    report_exported,
    translated_errors,
)
from riskdesk.cli.document_output import check_docx_out, export_document
from riskdesk.cli.vault_option import VAULT_HELP, vault_location
from riskdesk.domain.document_kinds import DocumentKind

_KINDS = {
    "plan": DocumentKind.PLAN,
    "release-agenda": DocumentKind.RELEASE_AGENDA,
    "release-minutes": DocumentKind.RELEASE_MINUTES,
}


def add_parser(commands: Any) -> None:
    render = commands.add_parser("render", help="write a case's document as .docx (and PDF)")
    render.add_argument("kind", choices=tuple(_KINDS))
    render.add_argument("--vault", type=vault_location, required=True, help=VAULT_HELP)
    render.add_argument("--user", required=True)
    render.add_argument("--case", required=True, metavar="CASE_NUMBER")
    render.add_argument("--out", type=Path, required=True, metavar="FILE.docx")
    render.add_argument(
        "--pdf", action="store_true", help="also a PDF beside it (needs LibreOffice)"
    )
    render.set_defaults(run=run_render)


def run_render(args: argparse.Namespace) -> int:
    check_docx_out(args.out)
    with opened_desk(args.vault, args.user) as desk, translated_errors():
        case = case_by_number(desk, args.case)
        exported = export_document(desk, _KINDS[args.kind], case.case_id, args.out, pdf=args.pdf)
    report_exported(exported)
    return EXIT_OK
