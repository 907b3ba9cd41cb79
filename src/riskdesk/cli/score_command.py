"""``riskdesk score --instrument ID[@VERSION] --answers FILE [--format json|text]``.

Scores an answers file against an instrument in `forms/`; needs no vault and stores
nothing. Exit 2 with one line on stderr for any input the user can fix.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from riskdesk.cli.console import EXIT_FAILURE, EXIT_OK, EXIT_USAGE, language, report_error
from riskdesk.domain.assessment_evaluation import AssessmentEvaluation
from riskdesk.domain.file_errors import with_os_reason
from riskdesk.domain.instrument import RATING_LABELS, Instrument
from riskdesk.domain.localized import Language, LocalizedText
from riskdesk.domain.problems import Problem
from riskdesk.domain.refusals import UserInputError

ANSWERS_MAX_BYTES = 1_000_000
"""An answers file of every item with notes is a few kilobytes."""
ANSWERS_MAX_DEPTH = 8
"""An answers file nests three deep (``{"override": {"band": …}}``)."""

_UNREADABLE = LocalizedText(
    da="Svarfilen kan ikke læses som JSON ({reason}).",
    en="The answers file cannot be read as JSON ({reason}).",
)
_NOT_OPENED = LocalizedText(
    da="Svarfilen kan ikke læses: {reason}.", en="The answers file cannot be read: {reason}."
)
_TOO_BIG = LocalizedText(
    da="Svarfilen er større end 1 MB; det er ingen svarfil.",
    en="The answers file is larger than 1 MB; that is no answers file.",
)
_TOO_DEEP = LocalizedText(
    da="Svarfilens JSON er indlejret dybere, end en svarfil er.",
    en="The answers file's JSON is nested deeper than an answers file is.",
)


def add_parser(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser(
        "score", help="score an answers file against an assessment instrument (no vault)"
    )
    parser.add_argument("--instrument", required=True, metavar="ID[@VERSION]")
    parser.add_argument("--answers", required=True, type=Path, metavar="FILE")
    parser.add_argument("--format", choices=("json", "text"), default="text")
    parser.add_argument("--language", choices=[lang.value for lang in Language], default=None)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    # Imported when run, not when `riskdesk` parses its command line (the GUI's start).
    from riskdesk.services.answers_payload import score_answers_payload
    from riskdesk.services.forms import Forms
    from riskdesk.services.instrument_catalogue import FormFileInvalid, load_catalogue

    lang = Language(args.language or language())
    try:
        # The municipality's own instruments with the shipped ones, as in the app.
        rules, catalogue = load_catalogue(Forms().folder)
    except FormFileInvalid as invalid:
        report_error(str(invalid.errors[0]))
        return EXIT_FAILURE
    try:
        instrument = catalogue.registry.lookup(args.instrument)
        payload = _read_answers(args.answers)
        evaluation = score_answers_payload(payload, instrument=instrument, rules=rules)
    except UserInputError as error:
        # A missing instrument is often a broken file: say which, or the user is left guessing.
        missing = any(p.field == "instrument" for p in error.problems)
        failures = [str(f) for f in catalogue.failures] if missing else []
        detail = f" ({'; '.join(failures)})" if failures else ""
        report_error("; ".join(f"{p.field}: {p.text(lang)}" for p in error.problems) + detail)
        return EXIT_USAGE
    if args.format == "json":
        print(json.dumps(as_json(evaluation, instrument, lang), ensure_ascii=False, indent=2))
    else:
        print(as_text(evaluation, instrument, lang))
    return EXIT_OK


def _read_answers(path: Path) -> Any:
    """The answers file's JSON. What is read is capped, so a device or an endless file
    (``/dev/zero``) is refused instead of read forever, and so is JSON nested deeper than
    any answers file is."""
    try:
        with path.open("rb") as file:
            data = file.read(ANSWERS_MAX_BYTES + 1)
        if len(data) > ANSWERS_MAX_BYTES:
            raise _answers_problem(_TOO_BIG)
        payload = json.loads(data.decode("utf-8"))
    except RecursionError:
        raise _answers_problem(_TOO_DEEP) from None
    except OSError as error:
        raise _answers_problem(with_os_reason(_NOT_OPENED, error)) from None
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise _answers_problem(_UNREADABLE.format(reason=type(error).__name__)) from None
    if _depth(payload) > ANSWERS_MAX_DEPTH:
        raise _answers_problem(_TOO_DEEP)
    return payload


def _answers_problem(message: LocalizedText) -> UserInputError:
    return UserInputError([Problem("--answers", message)])


def _depth(value: Any) -> int:
    """How deeply lists and objects nest in ``value``, counted without recursion."""
    deepest, stack = 0, [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, dict | list):
            deepest = max(deepest, depth)
            children = item.values() if isinstance(item, dict) else item
            stack.extend((child, depth + 1) for child in children)
    return deepest


def as_json(
    evaluation: AssessmentEvaluation, instrument: Instrument, lang: Language
) -> dict[str, Any]:
    result, profile, level = evaluation.result, evaluation.profile, evaluation.level
    return {
        "instrument": result.instrument_id,
        "version": result.instrument_version,
        "complete": result.complete,
        "missing_count": result.missing_count,
        "missing_items": list(result.missing_items),
        "total": result.total,
        "max_total": result.max_total,
        "band": result.band,
        "final_band": result.final_band,
        "override": result.band_override.model_dump() if result.band_override else None,
        "domains": {
            d.domain_id: {
                "score": d.score,
                "max": d.max_score,
                "rating": d.rating.value,
                "strength": d.strength,
                "missing": len(d.missing),
            }
            for d in result.domains
        },
        "strengths": list(result.strengths),
        "four_domains": {
            d.risk_domain.value: {
                "present": d.present,
                "of": d.of,
                "rating": d.rating.value,
                "factors": [
                    {"id": i, "da": t.da, "en": t.en}
                    for i, t in zip(d.factor_ids, d.factors, strict=True)
                ],
            }
            for d in profile.domains
        },
        "level": level.level,
        "computed_level": level.computed_level,
        "anonymous_concern": level.anonymous_concern,
        "reasons": [reason.text(lang) for reason in level.reasons],
        "disclaimer": instrument.disclaimer.text(lang),
    }


def as_text(evaluation: AssessmentEvaluation, instrument: Instrument, lang: Language) -> str:
    result, profile, level = evaluation.result, evaluation.profile, evaluation.level

    def say(da: str, en: str, **params: Any) -> str:
        return LocalizedText(da=da, en=en).format(**params).text(lang)

    def band_label(band_id: str) -> str:
        band = instrument.band(band_id)
        return band.label.text(lang) if band else band_id

    lines = [
        f"{instrument.title.text(lang)} ({instrument.ref})",
        instrument.disclaimer.text(lang),
        "",
        say(
            "Samlet score: {total} af {max} – risiko: {band}",
            "Total score: {total} of {max} – risk: {band}",
            total=result.total,
            max=result.max_total,
            band=band_label(result.band),
        ),
    ]
    if not result.complete:
        lines.append(
            say(
                "Ufuldstændig: {n} spørgsmål ubesvaret – scoren er et minimum (mindst).",
                "Incomplete: {n} items unanswered – the score is a minimum (at least).",
                n=result.missing_count,
            )
        )
    if result.band_override is not None:
        lines.append(
            say(
                "Fagligt skøn: {band} (beregnet: {computed}). Begrundelse: {reason}",
                "Professional override: {band} (computed: {computed}). Reason: {reason}",
                band=band_label(result.final_band),
                computed=band_label(result.band),
                reason=result.band_override.reason,
            )
        )
    lines += ["", say("Områder:", "Domains:")]
    for score in result.domains:
        domain = instrument.domain(score.domain_id)
        title = domain.title.text(lang) if domain else score.domain_id
        strength = say("  [styrke]", "  [strength]") if score.strength else ""
        rating = RATING_LABELS[score.rating].text(lang)
        lines.append(f"  {title}: {score.score}/{score.max_score} ({rating}){strength}")
    lines += ["", say("De fire risikoområder:", "The four risk domains:")]
    for entry in profile.domains:
        rating = RATING_LABELS[entry.rating].text(lang)
        lines.append(f"  {entry.title.text(lang)}: {entry.present}/{entry.of} ({rating})")
        lines += [f"    - {factor.text(lang)}" for factor in entry.factors]
    lines += [
        "",
        f"{level.definition.name.text(lang)}: {level.definition.description.text(lang)}",
        say("Fordi:", "Because:"),
        *(f"  - {reason.text(lang)}" for reason in level.reasons),
    ]
    return "\n".join(lines)
