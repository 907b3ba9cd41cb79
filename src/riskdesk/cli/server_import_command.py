"""``riskdesk server import --vault FILE.rdv --url postgresql://OWNER@HOST/DB --user
LOCALADMIN``: a unit's local vault moved onto a new team-server database.

``RISKDESK_PASSWORD`` unlocks the vault as LOCALADMIN (one of its administrators); the
owner's password comes as for ``server init`` (``PGPASSWORD``, the address, a prompt).
Each imported user's temporary password is printed once, here, for the administrator to
hand out; each user chooses their own at first login."""

from __future__ import annotations

import argparse
from typing import Any

from riskdesk.cli.console import EXIT_OK, language, read_password, translated_errors
from riskdesk.cli.server_commands import read_owner_password
from riskdesk.cli.vault_option import local_vault
from riskdesk.domain.localized import LocalizedText
from riskdesk.domain.user import ROLE_LABELS

_MOVED = LocalizedText(
    da="Boksen er flyttet til teamserveren: {persons} personer, {cases} sager og {events} "
    "hændelser i revisionssporet.",
    en="The vault is moved onto the team server: {persons} people, {cases} cases and "
    "{events} events in the audit trail.",
)
_CHAIN_INTACT = LocalizedText(
    da="Boksens revisionsspor var i orden ved flytningen; det står i teamserverens spor.",
    en="The vault's audit trail was intact when moved; the team server's trail says so.",
)
_CHAIN_FINDINGS = LocalizedText(
    da="Boksens revisionsspor havde fund ved flytningen (de står i teamserverens spor):",
    en="The vault's audit trail had findings when moved (the team server's trail records them):",
)
_PASSWORDS = LocalizedText(
    da="Midlertidige adgangskoder (vises kun nu; hver bruger vælger sin egen ved første login):",
    en="Temporary passwords (shown only now; each user chooses their own at first login):",
)
_KEPT = LocalizedText(
    da="findes allerede på teamserveren; uændret", en="already on the team server; unchanged"
)
_INACTIVE = LocalizedText(da="deaktiveret; kan ikke logge ind", en="deactivated; cannot log in")


def add_parser(commands: Any) -> None:
    moving = _server_subcommands(commands).add_parser(
        "import", help="move a local vault onto a new team-server database (IT, as owner)"
    )
    moving.add_argument("--vault", required=True, type=local_vault, help="the vault file (.rdv)")
    moving.add_argument(
        "--url", required=True, help="the database as its owner: postgresql://OWNER@HOST/DB"
    )
    moving.add_argument("--user", required=True, help="one of the vault's administrators")
    moving.set_defaults(run=run_import)


def _server_subcommands(commands: Any) -> argparse._SubParsersAction[Any]:
    """The sub-commands of ``riskdesk server`` (cli/server_commands.py makes it)."""
    server = commands.choices["server"]
    return next(
        action for action in server._actions if isinstance(action, argparse._SubParsersAction)
    )


def run_import(args: argparse.Namespace) -> int:
    from riskdesk.services.server_import_service import import_vault_to_server

    with translated_errors():
        vault_password = read_password()
        result = import_vault_to_server(
            args.vault,
            args.url,
            owner_password=read_owner_password(args.url),
            username=args.user,
            password=vault_password,
        )
    lang = language()
    print(
        _MOVED.format(
            persons=result.rows.get("persons", 0),
            cases=result.rows.get("cases", 0),
            events=result.audit_events,
        ).text(lang)
    )
    if result.old_chain.intact:
        print(_CHAIN_INTACT.text(lang))
    else:
        print(_CHAIN_FINDINGS.text(lang))
        for finding in result.old_chain.findings:
            print(f"  {finding.text(lang)}")
    print(_PASSWORDS.text(lang))
    width = max(len(user.username) for user in result.users)
    for user in result.users:
        role = ROLE_LABELS[user.role].text(lang)
        shown = user.temporary_password or (_KEPT if user.kept else _INACTIVE).text(lang)
        print(f"  {user.username:<{width}}  {role:<14}  {shown}")
    return EXIT_OK
