import copy
from pathlib import Path
from typing import Any

import pytest
import yaml

from assessment_forms import FORMS, raw_youth
from riskdesk.domain.localized import Language
from riskdesk.domain.refusals import UserInputError
from riskdesk.services.instrument_catalogue import (
    FORMS_DIR_ENV,
    FormFileInvalid,
    default_forms_dir,
    load_catalogue,
    load_instruments,
    load_level_rules,
)


def write(folder: Path, name: str, data: dict[str, Any]) -> Path:
    path = folder / name
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


def broken(change: Any) -> dict[str, Any]:
    data = copy.deepcopy(raw_youth())
    data["version"] = 2
    change(data)
    return data


def test_shipped_forms_load_without_failures() -> None:
    rules, catalogue = load_catalogue(FORMS)

    assert catalogue.failures == ()
    instrument = catalogue.registry.lookup("riskdesk-youth@1")
    assert [len(d.items) for d in instrument.domains] == [5, 6, 7, 4, 5, 3, 7, 5]
    assert rules.levels.numbers == (1, 2, 3)


@pytest.mark.parametrize("language", list(Language))
def test_instrument_reads_in_both_languages(language: Language) -> None:
    instrument = load_instruments(FORMS).registry.get("riskdesk-youth")

    texts = [
        instrument.title.text(language),
        instrument.disclaimer.text(language),
        *(item.text.text(language) for item in instrument.items),
        *(item.help.text(language) for item in instrument.items),
    ]
    assert all(text.strip() for text in texts)
    assert len(set(texts)) == len(texts)


def test_danish_letters_survive_loading() -> None:
    instrument = load_instruments(FORMS).registry.get("riskdesk-youth")

    assert "høj" in {b.label.da for b in instrument.bands}


def test_disclaimer_says_not_validated_in_both_languages() -> None:
    disclaimer = load_instruments(FORMS).registry.get("riskdesk-youth").disclaimer

    assert "ikke et valideret" in disclaimer.da
    assert "not a validated" in disclaimer.en


@pytest.mark.parametrize(
    ("change", "field"),
    [
        (lambda d: d.pop("disclaimer"), "disclaimer"),
        (
            lambda d: d["domains"][1]["items"][2].pop("risk_domain"),
            "domains[family].items[family.3].risk_domain",
        ),
        (
            lambda d: d["domains"][1]["items"][2]["text"].pop("en"),
            "domains[family].items[family.3].text.en",
        ),
        (lambda d: d["domains"][1]["items"][2].update(id="family.1"), "items"),
        (lambda d: d["domains"][2].update(id="family"), "domains"),
        (lambda d: d["bands"][1].update(min=8), "bands[moderate]"),
        (lambda d: d["bands"][1].update(min=10), "bands[moderate]"),
        (lambda d: d["bands"][3].update(max=41), "bands"),
        (lambda d: d["domains"][0]["ratings"][1].update(max=3), "domains[offences].ratings[2]"),
        (
            lambda d: d["domains"][0]["items"][0].update(scale="five_point"),
            "domains[offences].items[offences.1].scale",
        ),
        (lambda d: d["risk_domains"].pop(), "risk_domains"),
        (
            lambda d: d["domains"][0]["items"][0].update(colour="red"),
            "domains[offences].items[offences.1].colour",
        ),
    ],
)
def test_bad_instrument_is_refused_naming_file_and_field_while_good_ones_load(
    tmp_path: Path, change: Any, field: str
) -> None:
    write(tmp_path, "good.yaml", raw_youth())
    bad = write(tmp_path, "bad.yaml", broken(change))

    catalogue = load_instruments(tmp_path)

    assert catalogue.registry.versions("riskdesk-youth") == (1,)
    assert [(f.file, f.field) for f in catalogue.failures][:1] == [(bad, field)]
    assert "bad.yaml" in str(catalogue.failures[0])


def test_several_versions_of_one_instrument_are_kept(tmp_path: Path) -> None:
    write(tmp_path, "v1.yaml", raw_youth())
    write(tmp_path, "v2.yaml", broken(lambda d: d["title"].update(da="Ny titel")))

    registry = load_instruments(tmp_path).registry

    assert registry.versions("riskdesk-youth") == (1, 2)
    assert registry.lookup("riskdesk-youth").version == 2
    assert registry.lookup("riskdesk-youth@1").title.da != "Ny titel"
    with pytest.raises(UserInputError, match="riskdesk-youth@3"):
        registry.lookup("riskdesk-youth@3")


def test_the_same_version_twice_is_refused_in_the_second_file(tmp_path: Path) -> None:
    write(tmp_path, "a.yaml", raw_youth())
    second = write(tmp_path, "b.yaml", raw_youth())

    catalogue = load_instruments(tmp_path)

    assert len(catalogue.registry) == 1
    assert [(f.file, f.field) for f in catalogue.failures] == [(second, "version")]


def test_files_of_other_kinds_are_skipped_and_broken_yaml_is_reported(tmp_path: Path) -> None:
    write(tmp_path, "interventions.yaml", {"kind": "interventions", "entries": []})
    broken_yaml = tmp_path / "typo.yaml"
    broken_yaml.write_text("kind: instrument\nid: [unclosed\n", encoding="utf-8")

    catalogue = load_instruments(tmp_path)

    assert len(catalogue.registry) == 0
    assert [f.file for f in catalogue.failures] == [broken_yaml]
    assert catalogue.failures[0].field.startswith("line ")


def test_instrument_with_a_band_no_level_rule_covers_is_refused(tmp_path: Path) -> None:
    (tmp_path / "level-rules.yaml").write_text(
        (FORMS / "level-rules.yaml").read_text("utf-8"), encoding="utf-8"
    )
    bad = write(tmp_path, "x.yaml", broken(lambda d: d["bands"][3].update(id="extreme")))

    _, catalogue = load_catalogue(tmp_path)

    assert [(f.file, f.field) for f in catalogue.failures] == [(bad, "bands")]
    assert "extreme" in catalogue.failures[0].message


def test_broken_level_rules_name_file_and_field(tmp_path: Path) -> None:
    rules = yaml.safe_load((FORMS / "level-rules.yaml").read_text("utf-8"))
    rules["flag_rules"][0]["flags"].append("knife")
    path = write(tmp_path, "level-rules.yaml", rules)

    with pytest.raises(FormFileInvalid) as raised:
        load_level_rules(tmp_path)

    assert [(e.file, e.field) for e in raised.value.errors] == [(path, "flag_rules[0].flags")]


def test_forms_dir_can_be_moved_by_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(FORMS_DIR_ENV, raising=False)
    assert default_forms_dir() == FORMS

    monkeypatch.setenv(FORMS_DIR_ENV, str(tmp_path))
    assert default_forms_dir() == tmp_path
