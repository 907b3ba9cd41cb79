import argparse
import json
from pathlib import Path
from typing import Any

import pytest

from riskdesk.cli import score_command
from riskdesk.services.instrument_catalogue import FORMS_DIR_ENV


def score(
    tmp_path: Path, payload: Any, *, fmt: str = "json", instrument: str = "riskdesk-youth"
) -> int:
    path = tmp_path / "answers.json"
    path.write_text(json.dumps(payload), encoding="utf-8")
    args = argparse.Namespace(instrument=instrument, answers=path, format=fmt, language="da")
    return score_command.run(args)


def all_answers(yes: int) -> dict[str, bool]:
    domains = [
        ("offences", 5),
        ("family", 6),
        ("education", 7),
        ("peers", 4),
        ("substance", 5),
        ("leisure", 3),
        ("personality", 7),
        ("attitudes", 5),
    ]
    ids = [f"{d}.{n}" for d, count in domains for n in range(1, count + 1)]
    return {item_id: index < yes for index, item_id in enumerate(ids)}


def test_json_output_has_the_promised_fields(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    payload = {
        "answers": all_answers(25),
        "strengths": ["family"],
        "extra_factors": ["truancy"],
        "flags": ["gang"],
        "override": {"band": "very_high", "reason": "Tiltagende"},
        "level_override": {"level": 2, "reason": "Allerede i EXIT-forløb"},
    }

    assert score(tmp_path, payload) == 0
    out = json.loads(capsys.readouterr().out)

    assert (out["instrument"], out["version"], out["complete"]) == ("riskdesk-youth", 1, True)
    assert (out["total"], out["band"], out["final_band"]) == (25, "high", "very_high")
    assert out["domains"]["offences"] == {
        "score": 5,
        "max": 5,
        "rating": "high",
        "strength": False,
        "missing": 0,
    }
    assert out["four_domains"]["education"]["factors"][-1]["id"] == "truancy"
    assert set(out["four_domains"]) == {"individual", "family", "education", "social_network"}
    assert out["level"] == 2
    assert out["reasons"] == [
        "Samlet risiko 'meget høj' efter fagligt skøn (beregnet 'høj', score 25) → niveau 3",
        "Markering 'bande' → niveau 3",
        "Sagsbehandlerens valg: niveau 2 (begrundelse: Allerede i EXIT-forløb)",
    ]


def test_only_answers_are_required_and_blanks_make_it_incomplete(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert score(tmp_path, {"answers": {"offences.1": True}}) == 0
    out = json.loads(capsys.readouterr().out)

    assert (out["complete"], out["missing_count"], out["level"]) == (False, 41, 1)


def test_text_output_is_a_danish_summary(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert score(tmp_path, {"answers": all_answers(9)}, fmt="text") == 0
    out = capsys.readouterr().out

    assert "ikke et valideret instrument" in out
    assert "Samlet score: 9 af 42 – risiko: moderat" in out
    assert "Samlet risiko 'moderat' (score 9) → niveau 2" in out


@pytest.mark.parametrize(
    ("payload", "key"),
    [
        ({"answers": {"offences.99": True}}, "answers.offences.99"),
        ({"answers": {"offences.1": 1}}, "answers.offences.1"),
        ({"answers": {"offences.1": "maybe"}}, "answers.offences.1"),
        ({"answers": {}, "flags": ["knife"]}, "flags.knife"),
        ({"answers": {}, "flags": "gang"}, "flags"),
        ({"answers": {}, "override": {"band": "high"}}, "override.reason"),
        ({"answers": {}, "override": {"band": "high", "reason": " "}}, "override.reason"),
        ({"answers": {}, "override": {"band": "extreme", "reason": "x"}}, "override.band"),
        ({"answers": {}, "level_override": {"level": 2}}, "level_override.reason"),
        ({"answers": {}, "level_override": {"level": 9, "reason": "x"}}, "level_override.level"),
        ({"answers": {}, "colour": "red"}, "colour"),
        ({}, "answers"),
        ([], "-"),
    ],
)
def test_bad_answers_exit_2_with_one_line_naming_the_key(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], payload: Any, key: str
) -> None:
    assert score(tmp_path, payload) == 2
    captured = capsys.readouterr()

    assert captured.out == ""
    assert captured.err.count("\n") == 1
    assert f"{key}: " in captured.err
    assert "Traceback" not in captured.err


def test_unknown_instrument_version_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert score(tmp_path, {"answers": {}}, instrument="riskdesk-youth@9") == 2

    assert "riskdesk-youth@9" in capsys.readouterr().err


def test_answers_file_that_is_not_json_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "answers.json"
    path.write_text("{not json", encoding="utf-8")
    args = argparse.Namespace(
        instrument="riskdesk-youth", answers=path, format="json", language="en"
    )

    assert score_command.run(args) == 2
    assert "--answers: " in capsys.readouterr().err


def test_broken_level_rules_exit_1_naming_the_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    forms = tmp_path / "forms"
    forms.mkdir()
    (forms / "level-rules.yaml").write_text("kind: level_rules\nlevels: {levels: []}\n", "utf-8")
    monkeypatch.setenv(FORMS_DIR_ENV, str(forms))

    assert score(tmp_path, {"answers": {}}) == 1
    assert "level-rules.yaml" in capsys.readouterr().err


def test_score_is_wired_into_the_riskdesk_command(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from riskdesk.cli import main

    path = tmp_path / "a.json"
    path.write_text(json.dumps({"answers": all_answers(35)}), encoding="utf-8")

    assert (
        main(
            [
                "score",
                "--instrument",
                "riskdesk-youth@1",
                "--answers",
                str(path),
                "--format",
                "json",
            ]
        )
        == 0
    )
    assert json.loads(capsys.readouterr().out)["level"] == 3
