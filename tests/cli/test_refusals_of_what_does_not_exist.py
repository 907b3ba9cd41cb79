"""Issue #16 item 7: the command line refuses what should not exist. A document of a case
without a plan or a release meeting, and an unknown case, meeting or plan, are exit 1 with
one sentence, the same for every command that meets it, and nothing is written; a case
without meeting decisions says so. Driven through ``riskdesk.cli.main`` on a copy of the
demo vault."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import pytest

from riskdesk.cli import main
from riskdesk.domain.case import CaseKind
from riskdesk.domain.localized import Language
from riskdesk.services.desk import Desk
from riskdesk.services.settings import Settings, save_settings
from vault_fixtures import PASSWORD

EXIT_OK, EXIT_FAILURE = 0, 1
UNKNOWN_CASE = "2026-9999"
UNKNOWN_ID = "99999"


@dataclass(frozen=True)
class Demo:
    vault: Path | str
    beside: Path
    """The vault file's folder (for a team server, the test's own): nothing may appear."""
    out: Path
    """An empty folder for ``--out``: whatever a refused command wrote would be here."""
    without_plan: str
    release_without_meeting: str
    """A release case opened today: no release meeting yet."""
    with_plan: str


@pytest.fixture
def demo(demo_location: Path | str, tmp_path: Path, password_env: None) -> Demo:
    with Desk.open(demo_location, username="koordinator", password=PASSWORD) as desk:
        cases = desk.cases.search()
        without_plan = next(c for c in cases if desk.plans.current(c.case_id) is None)
        release = desk.cases.open_case(
            person_id=without_plan.person_id, data={"kind": CaseKind.RELEASE.value, "level": 2}
        )
        with_plan = next(c for c in cases if desk.plans.current(c.case_id) is not None)
    out = tmp_path / "ud"
    out.mkdir()
    beside = demo_location.parent if isinstance(demo_location, Path) else tmp_path
    return Demo(
        demo_location,
        beside,
        out,
        without_plan.case_number,
        release.case_number,
        with_plan.case_number,
    )


def _vault(demo: Demo, user: str = "koordinator") -> list[str]:
    return ["--vault", str(demo.vault), "--user", user]


def _folders(demo: Demo) -> tuple[list[str], list[str]]:
    """The files beside the vault and in the output folder, by name."""
    return sorted(p.name for p in demo.beside.iterdir()), sorted(p.name for p in demo.out.iterdir())


def _refused(
    args: list[str], demo: Demo, capsys: pytest.CaptureFixture[str], exit_code: int = EXIT_FAILURE
) -> str:
    """Run ``args``; assert the exit code, one line on stderr, nothing on stdout, and no
    file made beside the vault or in the output folder. The line without its prefix."""
    before = _folders(demo)
    assert main(args) == exit_code
    out, err = capsys.readouterr()
    assert out == ""
    assert err.startswith("riskdesk: ")
    assert err.count("\n") == 1, err
    assert "Traceback" not in err
    assert _folders(demo) == before
    assert _folders(demo)[1] == []
    return err.removeprefix("riskdesk: ").rstrip("\n")


# --- nothing to print: exit 1, one sentence, no file -----------------------------------------


@pytest.mark.parametrize("pdf", [[], ["--pdf"]])
def test_render_plan_of_a_case_without_a_plan_writes_nothing(
    demo: Demo, capsys: pytest.CaptureFixture[str], pdf: list[str]
) -> None:
    out = demo.out / "handleplan.docx"
    args = ["render", "plan", *_vault(demo), "--case", demo.without_plan, "--out", str(out), *pdf]
    line = _refused(args, demo, capsys)
    assert line == f"Sagen {demo.without_plan} har ingen handleplan."


@pytest.mark.parametrize("kind", ["release-agenda", "release-minutes"])
@pytest.mark.parametrize("which", ["release_without_meeting", "without_plan"])
def test_release_documents_of_a_case_without_a_release_meeting_write_nothing(
    demo: Demo, capsys: pytest.CaptureFixture[str], kind: str, which: str
) -> None:
    number = getattr(demo, which)
    out = demo.out / "referat.docx"
    args = ["render", kind, *_vault(demo), "--case", number, "--out", str(out), "--pdf"]
    assert _refused(args, demo, capsys) == f"Sagen {number} har intet løsladelsesmøde."


def test_review_of_a_case_without_a_plan_says_what_render_says(
    demo: Demo, capsys: pytest.CaptureFixture[str]
) -> None:
    out = demo.out / "handleplan.docx"
    render = _refused(
        ["render", "plan", *_vault(demo), "--case", demo.without_plan, "--out", str(out)],
        demo,
        capsys,
    )
    for step in ("submit", "return"):
        args = ["review", step, *_vault(demo), "--case", demo.without_plan]
        assert _refused(args, demo, capsys) == render


# --- an unknown case, meeting or plan: one sentence per kind, whichever command ---------------


def _out(demo: Demo) -> list[str]:
    return ["--out", str(demo.out / "dokument.docx")]


_CASE_COMMANDS = {
    "render plan": ["render", "plan"],
    "render release-agenda": ["render", "release-agenda"],
    "render release-minutes": ["render", "release-minutes"],
    "meeting decisions": ["meeting", "decisions"],
    "review submit": ["review", "submit"],
    "review approve": ["review", "approve"],
    "review return": ["review", "return"],
    "access-insight": ["access-insight"],
    "access-insight --out": ["access-insight"],
}
_WRITES = {"render plan", "render release-agenda", "render release-minutes", "access-insight --out"}


@pytest.mark.parametrize("name", list(_CASE_COMMANDS))
def test_an_unknown_case_is_the_same_sentence_for_every_command(
    demo: Demo, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    args = [*_CASE_COMMANDS[name], *_vault(demo, "leder"), "--case", UNKNOWN_CASE]
    if name in _WRITES:
        args += _out(demo)
    assert _refused(args, demo, capsys) == f"Sagen {UNKNOWN_CASE} findes ikke."


@pytest.mark.parametrize(
    "command",
    [["meeting", "agenda"], ["meeting", "agenda", "--pseudonymised"], ["meeting", "minutes"]],
)
def test_an_unknown_meeting_is_the_same_sentence_for_every_command(
    demo: Demo, capsys: pytest.CaptureFixture[str], command: list[str]
) -> None:
    args = [*command, *_vault(demo), "--meeting", UNKNOWN_ID, *_out(demo), "--pdf"]
    assert _refused(args, demo, capsys) == f"Mødet med id {UNKNOWN_ID} findes ikke."


@pytest.mark.parametrize("step", ["submit", "approve", "return"])
def test_an_unknown_plan_is_the_same_sentence_for_every_step(
    demo: Demo, capsys: pytest.CaptureFixture[str], step: str
) -> None:
    args = ["review", step, *_vault(demo, "leder"), "--plan", UNKNOWN_ID]
    assert _refused(args, demo, capsys) == f"Handleplanen med id {UNKNOWN_ID} findes ikke."


def test_in_english_the_same_kinds_have_english_sentences(
    demo: Demo, capsys: pytest.CaptureFixture[str]
) -> None:
    save_settings(Settings(language=Language.ENGLISH))
    render = ["render", "plan", *_vault(demo), *_out(demo), "--case"]
    assert _refused([*render, UNKNOWN_CASE], demo, capsys) == f"No case {UNKNOWN_CASE}."
    assert (
        _refused([*render, demo.without_plan], demo, capsys)
        == f"Case {demo.without_plan} has no action plan."
    )
    meeting = ["meeting", "minutes", *_vault(demo), *_out(demo), "--meeting", UNKNOWN_ID]
    assert _refused(meeting, demo, capsys) == f"No meeting with id {UNKNOWN_ID}."
    review = ["review", "approve", *_vault(demo, "leder"), "--plan", UNKNOWN_ID]
    assert _refused(review, demo, capsys) == f"No action plan with id {UNKNOWN_ID}."


def test_a_cpr_number_typed_for_a_case_is_not_said_back(
    demo: Demo, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["render", "plan", *_vault(demo), *_out(demo), "--case", "010190-1234"]
    line = _refused(args, demo, capsys)
    assert line == "Sagen findes ikke."


@pytest.mark.parametrize("command", [["audit", "verify"], ["audit", "accept"]])
def test_audit_commands_name_no_record_and_refuse_an_unknown_user_or_vault(
    demo: Demo, capsys: pytest.CaptureFixture[str], command: list[str]
) -> None:
    assert _refused([*command, *_vault(demo, "ukendt")], demo, capsys) == (
        "Forkert brugernavn eller adgangskode."
    )
    missing = ["--vault", str(demo.out / "findes-ikke.rdv"), "--user", "admin"]
    assert _refused([*command, *missing], demo, capsys).startswith("Der findes ingen boks")


# --- meeting decisions: none is said, not an empty screen -------------------------------------


def test_meeting_decisions_of_a_case_without_any_says_so(
    demo: Demo, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["meeting", "decisions", *_vault(demo), "--case", demo.with_plan]
    with Desk.open(demo.vault, username="koordinator", password=PASSWORD) as desk:
        case = desk.cases.by_number(demo.with_plan)
        assert case is not None
        assert desk.meetings.decisions_for_case(case.case_id) == []
    assert main(args) == EXIT_OK
    out, err = capsys.readouterr()
    assert (out, err) == (f"Sagen {demo.with_plan} har ingen mødebeslutninger.\n", "")
    assert main([*args, "--format", "json"]) == EXIT_OK
    assert json.loads(capsys.readouterr().out) == []
