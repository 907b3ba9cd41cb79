"""The window's unlock leaves the checks that read the whole file until after its paint:
the pages' HMACs and the links between audit events (``check_pages_later``). Every way
of tampering the harness knows is still told to an administrator once those checks have
ended, as the command line tells it at open; a moved event is told only then, and the
session stops witnessing the trail's head when it is."""

from __future__ import annotations

from pathlib import Path

import pytest
from colleague import Colleague
from tamper_harness import ATTACKER, SCENARIOS, used_by_everyone

from riskdesk.services.audit_service import FindingKind
from riskdesk.services.desk import Desk
from vault_fixtures import PASSWORD


def _open_as_the_window_does(vault: Path, username: str) -> Desk:
    return Desk.open(vault, username=username, password=PASSWORD, check_pages_later=True)


@pytest.mark.parametrize("name", list(SCENARIOS))
def test_tampering_is_told_once_the_checks_after_the_paint_have_ended(
    name: str, demo_path: Path
) -> None:
    tampering, _, told_at_open = SCENARIOS[name]
    used_by_everyone(demo_path)
    tampering(Colleague.unlock(demo_path, ATTACKER, PASSWORD))
    with _open_as_the_window_does(demo_path, "admin") as desk:
        desk.health.check_pages()
        told = {finding.kind for finding in desk.audit.opening_findings()}
    if told_at_open:
        assert told_at_open & told
    with _open_as_the_window_does(demo_path, ATTACKER) as desk:
        desk.health.check_pages()
        assert desk.audit.opening_findings() == ()  # a caseworker is not told


def test_a_moved_event_is_told_after_the_paint_and_the_head_is_no_longer_witnessed(
    demo_path: Path,
) -> None:
    tampering, _, _ = SCENARIOS["two events swapped"]
    used_by_everyone(demo_path)
    tampering(Colleague.unlock(demo_path, ATTACKER, PASSWORD))
    with _open_as_the_window_does(demo_path, "admin") as desk:
        at_unlock = {finding.kind for finding in desk.audit.opening_findings()}
        assert FindingKind.EVENT_ALTERED not in at_unlock  # the links are read later
        assert desk.vault._state.may_witness  # type: ignore[attr-defined]
        desk.health.check_pages()
        after = {finding.kind for finding in desk.audit.opening_findings()}
        assert FindingKind.EVENT_ALTERED in after
        assert not desk.vault._state.may_witness  # type: ignore[attr-defined]


def test_an_untouched_vault_tells_nothing_after_the_paint_either(demo_path: Path) -> None:
    used_by_everyone(demo_path)
    with _open_as_the_window_does(demo_path, "admin") as desk:
        desk.health.check_pages()
        assert desk.audit.opening_findings() == ()
        assert desk.vault._state.may_witness  # type: ignore[attr-defined]
