"""``riskdesk render plan|release-agenda|release-minutes``: a case's Word document, and
optionally a PDF of it when LibreOffice is installed."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from riskdesk.cli.console import (
    EXIT_FAILURE,
    EXIT_OK,
    EXIT_USAGE,
    CommandFailed,
    language,
    opened_desk,
    report_error,
    translated_errors,
)
from riskdesk.domain.localized import LocalizedText
from riskdesk.services.document_export import DocumentKind, DocumentProblem

_KINDS = {
    "plan": DocumentKind.PLAN,
    "release-agenda": DocumentKind.RELEASE_AGENDA,
    "release-minutes": DocumentKind.RELEASE_MINUTES,
}
_UNKNOWN_CASE = LocalizedText(
    da="Ingen sag har nummeret {number}.", en="No case has the number {number}."
)


def add_parser(commands: Any) -> None:
    render = commands.add_parser("render", help="write a case's document as .docx (and PDF)")
    render.add_argument("kind", choices=tuple(_KINDS))
    render.add_argument("--vault", type=Path, required=True)
    render.add_argument("--user", required=True)
    render.add_argument("--case", required=True, metavar="CASE_NUMBER")
    render.add_argument("--out", type=Path, required=True, metavar="FILE.docx")
    render.add_argument("--pdf", action="store_true", help="also a PDF (needs LibreOffice)")
    render.set_defaults(run=run_render)


def run_render(args: argparse.Namespace) -> int:
    lang = language()
    with opened_desk(args.vault, args.user) as desk, translated_errors():
        number = args.case.strip()
        # The search matches case numbers by prefix, so the exact one is picked out here.
        case = next((c for c in desk.cases.search(number) if c.case_number == number), None)
        if case is None:
            raise CommandFailed(_UNKNOWN_CASE.format(number=number).text(lang), EXIT_USAGE)
        try:
            exported = desk.documents.export(
                _KINDS[args.kind], case.case_id, args.out, pdf=args.pdf
            )
        except DocumentProblem as problem:
            raise CommandFailed(problem.text(lang), EXIT_FAILURE) from None
    if exported.notice is not None:
        report_error(exported.notice.text(lang))
    if exported.pdf_problem is not None:
        report_error(exported.pdf_problem.text(lang))
    print(exported.docx)
    if exported.pdf is not None:
        print(exported.pdf)
    return EXIT_OK
