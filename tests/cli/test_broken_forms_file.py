"""A broken file in forms/ is named in one line on the command line, not reported as an
unexpected error."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from riskdesk.cli import main
from riskdesk.shipped_files import FORMS_DIR_ENV, forms_dir


@pytest.mark.usefixtures("password_env")
def test_a_broken_level_rules_file_is_named_in_one_line(
    demo_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    forms = tmp_path / "forms"
    shutil.copytree(forms_dir(), forms)
    (forms / "level-rules.yaml").write_text("levels: [", encoding="utf-8")
    monkeypatch.setenv(FORMS_DIR_ENV, str(forms))

    args = ["case", "add", "--vault", str(demo_path), "--user", "koordinator"]
    args += ["--name", "Forms Testesen", "--birth-date", "2010-01-02"]
    assert main([*args, "--level", "2", "--kind", "individual"]) == 1

    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "level-rules.yaml" in err
    assert "FormFileInvalid" not in err
