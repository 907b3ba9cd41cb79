"""The tamper harness: a caseworker who holds the data key (every user does) changes the
audit trail and the roles behind the application's back, in each of the ways issue #10
found undetected. Each must make ``riskdesk audit verify`` exit 1 naming what it found,
and be reported when an administrator or supervisor opens the vault."""

from __future__ import annotations

from pathlib import Path

import pytest
from colleague import Colleague
from tamper_harness import ATTACKER, SCENARIOS, kind_of, used_by_everyone

from riskdesk.cli import main
from riskdesk.services.desk import Desk
from vault_fixtures import PASSWORD


@pytest.mark.parametrize("name", list(SCENARIOS))
def test_tampering_is_found_by_verify_and_at_open(
    name: str,
    demo_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("RISKDESK_PASSWORD", PASSWORD)
    tampering, found_by_verify, told_at_open = SCENARIOS[name]
    used_by_everyone(demo_path)
    capsys.readouterr()
    tampering(Colleague.unlock(demo_path, ATTACKER, PASSWORD))

    assert main(["audit", "verify", "--vault", str(demo_path), "--user", "leder"]) == 1
    out, err = capsys.readouterr()
    assert err.count("\n") == 1
    # One line per finding, each one of the finding sentences, the expected among them.
    lines = out.splitlines()
    assert lines
    assert all(kind_of(line) is not None for line in lines)
    assert found_by_verify & {kind_of(line) for line in lines}

    with Desk.open(demo_path, username="admin", password=PASSWORD) as desk:
        told = {finding.kind for finding in desk.audit.opening_findings()}
    if told_at_open:
        assert told_at_open & told
    with Desk.open(demo_path, username=ATTACKER, password=PASSWORD) as desk:
        assert desk.audit.opening_findings() == ()  # a caseworker is not told


def test_an_untouched_vault_verifies_and_tells_nothing(
    demo_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("RISKDESK_PASSWORD", PASSWORD)
    used_by_everyone(demo_path)
    assert main(["audit", "verify", "--vault", str(demo_path), "--user", "leder"]) == 0
    assert "intakt" in capsys.readouterr().out
    with Desk.open(demo_path, username="admin", password=PASSWORD) as desk:
        assert desk.audit.opening_findings() == ()
