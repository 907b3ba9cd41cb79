"""``riskdesk audit verify`` and ``riskdesk audit accept``."""

from __future__ import annotations

import argparse
from typing import Any

from riskdesk.cli.console import EXIT_FAILURE, EXIT_OK, CommandFailed, language, opened_desk
from riskdesk.cli.vault_option import VAULT_HELP, vault_location
from riskdesk.cli.verify_progress import VerifyProgress
from riskdesk.domain.localized import LocalizedText

_INTACT = LocalizedText(
    da="Revisionssporet er intakt: {n} hændelser kontrolleret.",
    en="The audit trail is intact: {n} events checked.",
)
_BROKEN_AT = LocalizedText(
    da="Revisionssporet er brudt ved hændelse {seq}; {n} fund i alt (se ovenfor).",
    en="The audit trail is broken at event {seq}; {n} findings in all (see above).",
)
_BROKEN = LocalizedText(
    da="Revisionssporet er ikke til at stole på: {n} fund (se ovenfor).",
    en="The audit trail cannot be trusted: {n} findings (see above).",
)
_ACCEPTED = LocalizedText(
    da="Revisionssporet er godkendt, som det er nu; {n} fund er noteret i det.",
    en="The audit trail is accepted as it now is; {n} findings are noted in it.",
)


def add_parser(commands: Any) -> None:
    audit = commands.add_parser("audit", help="the audit trail of access to person data")
    audit_commands = audit.add_subparsers(dest="audit_command", required=True, metavar="COMMAND")
    verify = audit_commands.add_parser(
        "verify", help="check the audit trail, its signatures, the roles and the witnesses"
    )
    verify.add_argument("--vault", type=vault_location, required=True, help=VAULT_HELP)
    verify.add_argument("--user", required=True)
    verify.add_argument(
        "--quiet", action="store_true", help="no progress counter on the terminal (stderr)"
    )
    verify.set_defaults(run=run_verify)
    accept = audit_commands.add_parser(
        "accept", help="accept the audit trail as it now is, after restoring a backup (admins)"
    )
    accept.add_argument("--vault", type=vault_location, required=True, help=VAULT_HELP)
    accept.add_argument("--user", required=True)
    accept.set_defaults(run=run_accept)


def run_verify(args: argparse.Namespace) -> int:
    """One line per finding on stdout; exit 1 with one sentence if any finding shows
    tampering or damage. On a terminal, a counter on stderr shows how far it has come."""
    lang = language()
    progress = VerifyProgress(lang) if VerifyProgress.wanted(quiet=args.quiet) else None
    with opened_desk(args.vault, args.user) as desk:
        try:
            report = desk.audit.verify(progress)
        finally:
            if progress is not None:
                progress.end()
    for finding in report.findings:
        print(finding.text(lang))
    if not report.intact:
        broken = sum(1 for finding in report.findings if finding.breaks_trust)
        first = report.first_broken_sequence
        sentence = (
            _BROKEN.format(n=broken) if first is None else _BROKEN_AT.format(seq=first, n=broken)
        )
        raise CommandFailed(sentence.text(lang), EXIT_FAILURE)
    print(_INTACT.format(n=report.events_checked).text(lang))
    return EXIT_OK


def run_accept(args: argparse.Namespace) -> int:
    lang = language()
    with opened_desk(args.vault, args.user) as desk:
        report = desk.audit.accept_current()
    print(_ACCEPTED.format(n=sum(1 for f in report.findings if f.breaks_trust)).text(lang))
    return EXIT_OK
