"""Comparing two assessments of one person, also across instrument versions."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

import pytest

from assessment_forms import level_rules, raw_youth, yes_to_first, youth
from riskdesk.domain.assessment_draft import AssessmentDraft, ItemAnswer
from riskdesk.domain.assessment_evaluation import evaluate_assessment
from riskdesk.domain.assessment_record import AssessmentRecord, AssessmentStatus, snapshot_of
from riskdesk.domain.ids import AssessmentId, PersonId
from riskdesk.domain.instrument import Instrument, Rating, RiskDomain
from riskdesk.domain.reassessment_comparison import Presence, compare_assessments
from riskdesk.domain.refusals import UserInputError

NOW = datetime(2026, 5, 1, tzinfo=UTC)


def _record(
    record_id: int,
    answers: dict[str, str | None],
    *,
    instrument: Instrument | None = None,
    person: int = 1,
    final: bool = True,
    strengths: frozenset[str] = frozenset(),
) -> AssessmentRecord:
    instrument = instrument or youth()
    draft = AssessmentDraft(
        instrument_id=instrument.id,
        instrument_version=instrument.version,
        person_id=PersonId(person),
        assessment_date=date(2026, record_id, 1),
        answers={k: ItemAnswer(value=v) for k, v in answers.items()},
        strengths=strengths,
    )
    snapshot = None
    if final:
        evaluation = evaluate_assessment(
            instrument, level_rules(), answers=draft.answer_values(), strengths=strengths
        )
        snapshot = snapshot_of(instrument, evaluation)
    return AssessmentRecord(
        id=AssessmentId(record_id),
        person_id=PersonId(person),
        case_id=None,
        status=AssessmentStatus.FINAL if final else AssessmentStatus.DRAFT,
        draft=draft,
        created_by="koordinator",
        created_at=NOW,
        updated_at=NOW,
        finalised_by="koordinator" if final else None,
        finalised_at=NOW if final else None,
        snapshot=snapshot,
    )


def _version_two() -> Instrument:
    """Version 2: offences.5 dropped, a new offences.6, same bands."""
    raw: dict[str, Any] = raw_youth()
    raw["version"] = 2
    offences = raw["domains"][0]
    offences["items"] = [i for i in offences["items"] if i["id"] != "offences.5"]
    offences["items"].append({**offences["items"][0], "id": "offences.6"})
    return Instrument.model_validate(raw)


def test_record_round_trips_through_json() -> None:
    record = _record(1, yes_to_first(12), strengths=frozenset({"leisure"}))
    assert AssessmentRecord.model_validate_json(record.model_dump_json()) == record


def test_final_record_needs_a_snapshot() -> None:
    record = _record(1, yes_to_first(3))
    with pytest.raises(ValueError, match="snapshot"):
        AssessmentRecord.model_validate({**record.model_dump(), "snapshot": None})


def test_changed_items_ratings_and_strengths() -> None:
    older = _record(1, yes_to_first(10), strengths=frozenset({"leisure"}))
    after = dict(yes_to_first(10), **{"offences.1": "no", "peers.1": "yes"})
    newer = _record(2, after, final=False, strengths=frozenset({"attitudes"}))
    result = compare_assessments(
        older, newer, older_instrument=youth(), newer_instrument=youth(), rules=level_rules()
    )
    assert [(c.item_id, c.before, c.after) for c in result.changed_items] == [
        ("offences.1", "yes", "no"),
        ("peers.1", "no", "yes"),
    ]
    assert result.changed_items[0].after_label is not None
    assert result.changed_items[0].after_label.da == "Nej"
    peers = result.domain("peers")
    assert (peers.rating_before, peers.rating_after) == (Rating.LOW, Rating.MODERATE)
    assert result.strengths_gained == ("attitudes",)
    assert result.strengths_lost == ("leisure",)
    individual = next(d for d in result.four_domains if d.risk_domain is RiskDomain.INDIVIDUAL)
    assert "offences.1" in individual.factors_lost
    social = next(d for d in result.four_domains if d.risk_domain is RiskDomain.SOCIAL_NETWORK)
    assert social.factors_gained == ("peers.1",)
    assert (result.total_before, result.total_after) == (10, 10)


def test_items_on_one_side_only_are_marked() -> None:
    v2 = _version_two()
    older = _record(1, yes_to_first(5))
    newer_answers = {item.id: "no" for item in v2.items}
    newer_answers["offences.6"] = "yes"
    newer = _record(2, newer_answers, instrument=v2)
    result = compare_assessments(
        older, newer, older_instrument=youth(), newer_instrument=v2, rules=level_rules()
    )
    by_id = {c.item_id: c for c in result.domain("offences").changed_items}
    assert by_id["offences.5"].presence is Presence.OLDER_ONLY
    assert (by_id["offences.5"].before, by_id["offences.5"].after) == ("yes", None)
    assert by_id["offences.6"].presence is Presence.NEWER_ONLY
    assert (by_id["offences.6"].before, by_id["offences.6"].after) == (None, "yes")
    assert (result.older_version, result.newer_version) == (1, 2)
    assert result.domain("offences").presence is Presence.BOTH


def test_two_people_are_refused() -> None:
    older = _record(1, yes_to_first(3))
    newer = _record(2, yes_to_first(3), person=2)
    with pytest.raises(UserInputError):
        compare_assessments(
            older, newer, older_instrument=youth(), newer_instrument=youth(), rules=level_rules()
        )
