"""``riskdesk audit verify``."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from riskdesk.cli.console import EXIT_FAILURE, EXIT_OK, CommandFailed, language, opened_desk
from riskdesk.domain.localized import LocalizedText

_INTACT = LocalizedText(
    da="Revisionssporet er intakt: {n} hændelser kontrolleret.",
    en="The audit trail is intact: {n} events checked.",
)
_BROKEN = LocalizedText(
    da="Revisionssporet er brudt ved hændelse {seq}: en hændelse er ændret, slettet eller flyttet.",
    en="The audit trail is broken at event {seq}: an event was changed, removed or moved.",
)


def add_parser(commands: Any) -> None:
    audit = commands.add_parser("audit", help="the audit trail of access to person data")
    audit_commands = audit.add_subparsers(dest="audit_command", required=True, metavar="COMMAND")
    verify = audit_commands.add_parser("verify", help="check the audit hash chain for tampering")
    verify.add_argument("--vault", type=Path, required=True)
    verify.add_argument("--user", required=True)
    verify.set_defaults(run=run_verify)


def run_verify(args: argparse.Namespace) -> int:
    with opened_desk(args.vault, args.user) as desk:
        verdict = desk.audit.verify()
    if not verdict.intact:
        raise CommandFailed(
            _BROKEN.format(seq=verdict.first_broken_sequence).text(language()), EXIT_FAILURE
        )
    print(_INTACT.format(n=verdict.events_checked).text(language()))
    return EXIT_OK
