"""What rendering an action plan costs against a trivial docxtpl template:
``python -m benchmarks.render [--runs 30]``.

Three rows, interleaved run by run, each with the CPU time beside the wall clock:

- a trivial template (one paragraph, one field) rendered with docxtpl alone: what any
  rendering costs (open the package, render, save);
- the action plan (the shipped template, a synthetic plan with goals, actions and an
  assessment) through ``render_plan_document``, as an export does: the template's
  check and its compiled Jinja kept from the first render (#14 item 8);
- the same with the kept checks forgotten before each render: what the check costs.

The first render of each is left out (imports, first parse). Nothing is asserted.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from docx import Document
from docxtpl import DocxTemplate

from riskdesk.demo.synthetic_plans import synthetic_plan
from riskdesk.documents import template_check
from riskdesk.documents.municipality import load_municipality
from riskdesk.documents.plan_document import render_plan_document
from riskdesk.documents.plan_document_model import (
    Approval,
    AssessmentSummary,
    CaseView,
    DomainRow,
    PersonView,
    PlanDocumentModel,
)
from riskdesk.domain.instrument import Rating

TODAY = date(2026, 11, 21)


def _plan_model() -> PlanDocumentModel:
    return PlanDocumentModel(
        municipality=load_municipality(),
        person=PersonView(
            name="Testi Prøvesen",
            cpr="010110-1234",
            birth_date=date(2010, 1, 1),
            address="Eksempelvej 1, 9999 Eksempelby",
            guardians=("Mor Prøvesen (mor)",),
            minor=True,
        ),
        case=CaseView(case_number="2026-0042", level=2, kind="Enkeltsag", caseworker="Kim"),
        plan=synthetic_plan(seed=4, today=TODAY, minor=True),
        assessment=AssessmentSummary(
            instrument="RiskDesk risiko- og behovsvurdering for unge",
            instrument_version=1,
            assessed_on=date(2026, 10, 1),
            total=14,
            max_total=42,
            band="moderat",
            final_band="moderat",
            level=2,
            level_reason="Moderat risiko.",
            domains=(
                DomainRow(name="Familie og opdragelse", score=4, max_score=6, rating=Rating.HIGH),
                DomainRow(name="Fritid", score=1, max_score=3, rating=Rating.LOW, strength=True),
            ),
            disclaimer="Et struktureret hjælpemiddel, ikke et valideret instrument.",
        ),
        approval=Approval(approved_by="Leder Lis Eksempel", approved_on=TODAY),
        printed_on=TODAY,
    )


def _trivial_template(folder: Path) -> Path:
    document = Document()
    document.add_paragraph("Handleplan for {{ name }}")
    path = folder / "trivial.docx"
    document.save(str(path))
    return path


def _timed(action: Callable[[], object]) -> tuple[float, float]:
    wall, cpu = time.perf_counter(), time.process_time()
    action()
    return (time.perf_counter() - wall) * 1000, (time.process_time() - cpu) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.render")
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--json", action="store_true", help="each row's (wall, CPU) ms samples")
    args = parser.parse_args()
    model = _plan_model()
    with tempfile.TemporaryDirectory() as folder:
        trivial = _trivial_template(Path(folder))

        def render_trivial() -> None:
            document = DocxTemplate(trivial)
            document.render({"name": "Testi Prøvesen"}, autoescape=True)
            document.save(io.BytesIO())

        def render_plan() -> None:
            render_plan_document(model)

        def render_plan_checked_again() -> None:
            template_check._CHECKED.clear()
            render_plan_document(model)

        rows = {
            "trivial docxtpl template": render_trivial,
            "action plan": render_plan,
            "action plan, template checked again": render_plan_checked_again,
        }
        samples: dict[str, list[tuple[float, float]]] = {name: [] for name in rows}
        for action in rows.values():
            action()
        for _ in range(args.runs):
            for name, action in rows.items():
                samples[name].append(_timed(action))
    if args.json:
        print(json.dumps(samples))
        return
    print(f"load average {os.getloadavg()[0]:.1f}, {args.runs} runs each, interleaved")
    base = statistics.median(wall for wall, _ in samples["trivial docxtpl template"])
    for name, timed in samples.items():
        wall = statistics.median(w for w, _ in timed)
        cpu = statistics.median(c for _, c in timed)
        print(
            f"{name:<42} median {wall:6.1f} ms wall {cpu:6.1f} ms CPU"
            f"   max {max(w for w, _ in timed):6.1f} ms   {wall / base:4.1f}× trivial"
        )


if __name__ == "__main__":
    main()
