"""Kill -9 during a deletion (a real child process): the cases are all there with every
row, or all gone; the audit trail is intact either way; and a compaction the kill cut
short is done at the next look at what is due, so no page keeps the deleted person."""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from retention_story import ON, Story, StoryCase, build_story, data_key, raw, rows_of_case
from vault_pages import plaintext

from riskdesk.services.desk import Desk
from riskdesk.services.retention_service import COMPACTION_PENDING
from vault_fixtures import PASSWORD

CHILD = Path(__file__).with_name("deletion_child.py")
RANDOM_KILLS = 6


def _copy(story: Story, folder: Path) -> Story:
    folder.mkdir()
    for file in story.path.parent.glob(story.path.name + "*"):
        shutil.copyfile(file, folder / file.name)
    return Story(
        path=folder / story.path.name,
        deleted=story.deleted,
        kept_person=story.kept_person,
        other_case_number=story.other_case_number,
    )


def _child(story: Story, pause: str) -> subprocess.Popen[str]:
    numbers = [case.case_number for case in story.deleted]
    return subprocess.Popen(
        [sys.executable, str(CHILD), str(story.path), PASSWORD, ON.isoformat(), pause, *numbers],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)},
    )


def _wait_for(child: subprocess.Popen[str], said: str) -> None:
    assert child.stdout is not None
    for line in child.stdout:
        if line.strip() == said:
            return
    raise AssertionError(f"the child ended without saying {said}")


def _all_or_nothing(story: Story, before: dict[int, dict[str, int]]) -> bool:
    """True when everything was deleted, False when everything is as it was."""
    after = {c.case_id: rows_of_case(story.path, c.case_id, c.person_id) for c in story.deleted}
    if after == before:
        return False
    assert all(set(rows.values()) == {0} for rows in after.values()), after
    return True


def _absent(story: Story, case: StoryCase) -> bool:
    pages = plaintext(story.path, data_key(story.path))
    return case.name.encode() not in pages and case.cpr.encode() not in pages


@pytest.fixture
def built(demo_path: Path) -> tuple[Story, dict[int, dict[str, int]]]:
    story = build_story(demo_path)
    before = {c.case_id: rows_of_case(story.path, c.case_id, c.person_id) for c in story.deleted}
    return story, before


def test_a_kill_in_the_middle_of_the_deletion_leaves_everything(
    built: tuple[Story, dict[int, dict[str, int]]], tmp_path: Path
) -> None:
    story, before = built
    run = _copy(story, tmp_path / "mid")
    child = _child(run, pause="pause")
    _wait_for(child, "mid-delete")
    child.send_signal(signal.SIGKILL)
    child.wait()
    assert _all_or_nothing(run, before) is False
    with Desk.open(run.path, username="leder", password=PASSWORD) as desk:
        assert desk.audit.verify().intact
        assert len(desk.retention.review(today=ON).due) >= len(run.deleted)


def test_kills_at_random_moments_leave_all_or_nothing_and_no_trace(
    built: tuple[Story, dict[int, dict[str, int]]], tmp_path: Path
) -> None:
    story, before = built
    rng = random.Random(15)  # noqa: S311 - reproducible moments, not secrets
    outcomes = []
    for run_number in range(RANDOM_KILLS):
        run = _copy(story, tmp_path / f"run{run_number}")
        child = _child(run, pause="go")
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "opened"
        # The deletion, its commit and the compaction take a few hundred milliseconds.
        time.sleep(rng.uniform(0.0, 0.4))
        child.send_signal(signal.SIGKILL)
        child.wait()
        deleted = _all_or_nothing(run, before)
        outcomes.append(deleted)
        with Desk.open(run.path, username="leder", password=PASSWORD) as desk:
            assert desk.audit.verify().intact
            desk.retention.review(today=ON)  # finishes a compaction the kill cut short
        if deleted:
            assert all(_absent(run, case) for case in run.deleted)
    assert len(outcomes) == RANDOM_KILLS


def test_a_kill_before_the_compaction_is_made_good_at_the_next_look(
    built: tuple[Story, dict[int, dict[str, int]]], tmp_path: Path
) -> None:
    story, before = built
    run = _copy(story, tmp_path / "compaction")
    child = _child(run, pause="pause-compaction")
    _wait_for(child, "before-compaction")
    child.send_signal(signal.SIGKILL)
    child.wait()
    assert _all_or_nothing(run, before) is True
    assert _marker(run) == "1"
    with Desk.open(run.path, username="leder", password=PASSWORD) as desk:
        desk.retention.review(today=ON)
    assert _marker(run) == "0"
    assert all(_absent(run, case) for case in run.deleted)


def _marker(story: Story) -> str:
    connection = raw(story.path)
    try:
        row = connection.execute(
            "select value from vault_settings where name = ?", (COMPACTION_PENDING,)
        ).fetchone()
    finally:
        connection.close()
    return str(row[0])
