"""RiskDesk's speed and memory as a user meets them: ``python -m benchmarks [--persons
1000|10000|100000] [--runs R] [--format table|json] [--skip-build]`` (``make benchmark``).

Every figure is of what a user waits for, to the first paint where a window is involved,
each measured in fresh processes where start-up or memory is the point:

- **launch**: process start → the unlock dialog's first paint, against a bare PySide6
  window's, interleaved run by run (``benchmarks/launch_probe.py``);
- **unlock**: ``Desk.open`` with the vault's own key-slot cost;
- **case list** (``benchmarks/case_list.py``): the real main window, unlock → list
  painted, keystroke → list painted, the capped service search, the release marks;
- **audit readers** (``benchmarks/audit_readers.py``, when it is there): access insight
  and ``audit verify`` on a large log;
- **render** (``benchmarks/render.py``): the action plan against a trivial template;
- **memory** (``benchmarks/gui_memory.py``): the real start path driven offscreen:
  unlock → list painted → a case opened → lock → unlock, peak and resident memory;
- **demo build** (``benchmarks/demo_build.py``): the demo vault of that many people.

Measurements are repeated ``--runs`` times, the launch pairs interleaved and the rounds of
launch and unlock alternated. The vault is the team's shared one for 10,000 and 100,000
people (``/tmp/riskdesk-team/bench-10k.rdv``, ``bench-100k.rdv``) when it is there,
otherwise one built here. Prints the load average before and after, a table with each
#14 target and whether it is met; ``--format json`` prints the same as one object.
Nothing is asserted: tests never time anything.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks import demo_build, gui_memory, launch_probe
from benchmarks.suite_rows import Row, by_size, judged, printed_rows, table, timed_row
from benchmarks.vault_copy import copy_vault

PASSWORD = "benchmark-kodeord"  # noqa: S105 - a throwaway vault of synthetic people
USER = "koordinator"
SHARED = {
    10_000: Path(tempfile.gettempdir(), "riskdesk-team", "bench-10k.rdv"),
    100_000: Path(tempfile.gettempdir(), "riskdesk-team", "bench-100k.rdv"),
}
HERE = Path(__file__).resolve().parent
_ENV = os.environ | {"QT_QPA_PLATFORM": "offscreen", "RISKDESK_PASSWORD": PASSWORD}


def _vault(persons: int, folder: Path) -> Path:
    shared = SHARED.get(persons)
    if shared is not None and shared.exists() and Path(f"{shared}.keys").exists():
        return shared
    from riskdesk.demo.demo_vault import create_demo_vault

    path = folder / f"bench-{persons}.rdv"
    create_demo_vault(
        path, persons=persons, seed=5, password=PASSWORD, kdf_cost=demo_build.QUICK_KDF
    )
    return path


def _prepared_copy(vault: Path, folder: Path, persons: int) -> Path:
    """A copy of ``vault``, opened once: measuring never changes the team's shared vault,
    and no sample holds a schema upgrade or the release marks' first counts (a vault
    upgraded to 0013 gives its meetings their late windows FILLED_AT_ONCE per count)."""
    from riskdesk.services.desk import Desk
    from riskdesk.store.release_meeting_repository import FILLED_AT_ONCE

    copy = copy_vault(vault, folder / f"measured-{vault.name}")
    with Desk.open(copy, username=USER, password=PASSWORD) as desk:
        for _ in range(persons // FILLED_AT_ONCE + 2):
            desk.release_meetings.overdue_by_case()
    return copy


def _kdf_label(vault: Path) -> str:
    from riskdesk.store.key_slots import read_key_file, sidecar_path

    cost = read_key_file(sidecar_path(vault)).slot_for(USER).cost
    return f"Argon2id m={cost.memory_kib // 1024} MiB, t={cost.iterations}"


def _launch_and_unlock(vault: Path, runs: int) -> list[Row]:
    from riskdesk.services.desk import Desk

    paint: dict[str, list[float]] = {"bare": [], "riskdesk": [], "command": []}
    cpu: dict[str, list[float]] = {"bare": [], "riskdesk": [], "command": []}
    unlock: list[float] = []
    for _ in range(runs):
        for kind in paint:
            wall_ms, cpu_ms = launch_probe.first_paint(kind, str(vault))
            paint[kind].append(wall_ms)
            cpu[kind].append(cpu_ms)
        started = time.perf_counter()
        # As the unlock dialog opens it: the page-by-page check runs after the first paint.
        Desk.open(vault, username=USER, password=PASSWORD, check_pages_later=True).lock()
        unlock.append((time.perf_counter() - started) * 1000)
    bare = timed_row("launch → bare PySide6 window painted", paint["bare"], cpu=cpu["bare"])
    dialog = timed_row("launch → unlock dialog painted", paint["riskdesk"], cpu=cpu["riskdesk"])
    command = timed_row("launch → unlock dialog painted, `riskdesk gui`", paint["command"])
    ratios = [r / b for r, b in zip(paint["riskdesk"], paint["bare"], strict=True)]
    ratio = dialog.median / bare.median
    command_ratio = command.median / bare.median
    # On a shared machine the wall clock counts others' turns too; the CPU ratio is the
    # work each start did.
    cpu_ratio = (dialog.cpu_median or 0) / (bare.cpu_median or 1)
    return [
        bare,
        dialog,
        command,
        Row(
            what="launch: `riskdesk gui` / bare window (wall)",
            unit="×",
            median=command_ratio,
            p95=None,
            max=max(c / b for c, b in zip(paint["command"], paint["bare"], strict=True)),
            n=runs,
            target="≤ 1.5×",
            met=command_ratio <= 1.5,
        ),
        Row(
            what="launch: unlock dialog / bare window (wall)",
            unit="×",
            median=ratio,
            p95=None,
            max=max(ratios),
            n=runs,
            target="≤ 1.5×",
            met=ratio <= 1.5,
        ),
        Row(
            what="launch: unlock dialog / bare window (CPU)",
            unit="×",
            median=cpu_ratio,
            n=runs,
            target="≤ 1.5×",
            met=cpu_ratio <= 1.5,
        ),
        timed_row(f"unlock, Desk.open as the window does ({_kdf_label(vault)})", unlock),
    ]


def _run(module: str, *arguments: str) -> str:
    done = subprocess.run(
        [sys.executable, "-m", f"benchmarks.{module}", *arguments],
        capture_output=True,
        text=True,
        env=_ENV,
        check=True,
        timeout=3600,
    )
    return done.stdout


def _case_list(persons: int, runs: int, vault: Path) -> list[Row]:
    printed = printed_rows(
        _run(
            "case_list",
            "--one",
            "--persons",
            str(persons),
            "--runs",
            str(runs),
            "--vault",
            str(vault),
        )
    )
    wanted = [
        ("unlock → case list painted", by_size(persons, 300, 1000), "median"),
        ("keystroke → list painted", by_size(persons, 50, 150), "p95"),
        ("service: cases.find (capped)", by_size(persons, 30, 100), "p95"),
        ("release marks (service)", 100, "median"),
    ]
    rows = []
    for what, limit, judge in wanted:
        if what in printed:
            rows.append(
                judged(printed.pop(what), target=f"{judge} ≤ {limit} ms", limit=limit, judge=judge)
            )
    return rows + list(printed.values())


_INSIGHT = re.compile(
    r"access insight, (?P<n>\d+) people: p50 (?P<p50>[\d.]+) ms\s+p95 (?P<p95>[\d.]+) ms"
    r"\s+max (?P<max>[\d.]+) ms"
)
_VERIFY = re.compile(
    r"audit verify \(subprocess\): (?P<wall>[\d.]+) s wall, peak RSS (?P<rss>\d+) MB"
)
_EVENTS = re.compile(r"audit events: (?P<events>[\d,]+)")


def _audit_readers() -> tuple[list[Row], str]:
    """What ``benchmarks/audit_readers.py measure`` prints, on the team's vault of half a
    million events (it is not built here: that takes an hour)."""
    vault = Path(tempfile.gettempdir(), "riskdesk-team", "bench-500k-events.rdv")
    if not (HERE / "audit_readers.py").exists() or not vault.exists():
        return [], f"audit readers: not measured ({vault} or benchmarks/audit_readers.py missing)"
    output = _run("audit_readers", "measure", "--vault", str(vault))
    insight, verify, events = (
        _INSIGHT.search(output),
        _VERIFY.search(output),
        _EVENTS.search(output),
    )
    if insight is None or verify is None or events is None:
        return [], "audit readers: output not understood:\n" + output
    count = events["events"]
    p50 = float(insight["p50"])
    rss = float(verify["rss"])
    return [
        Row(
            f"access insight for a person, {count} events",
            "ms",
            p50,
            p95=float(insight["p95"]),
            max=float(insight["max"]),
            n=int(insight["n"]),
            target="median < 100 ms",
            met=p50 < 100,
        ),
        Row(f"audit verify, {count} events: peak RSS", "MB", rss, target="< 150 MB", met=rss < 150),
        Row(f"audit verify, {count} events: wall", "s", float(verify["wall"])),
    ], output


def _render(runs: int) -> list[Row]:
    samples: dict[str, list[list[float]]] = json.loads(
        _run("render", "--runs", str(runs * 6), "--json")
    )
    rows = {
        name: timed_row(f"render: {name}", [w for w, _ in timed], cpu=[c for _, c in timed])
        for name, timed in samples.items()
    }
    trivial, plan = rows["trivial docxtpl template"], rows["action plan"]
    ratio = plan.median / trivial.median
    cpu_ratio = (plan.cpu_median or 0) / (trivial.cpu_median or 1)
    return [
        *rows.values(),
        Row(
            what="render: action plan / trivial template (wall)",
            unit="×",
            median=ratio,
            n=plan.n,
            target="≤ 2.5×",
            met=ratio <= 2.5,
        ),
        Row(
            what="render: action plan / trivial template (CPU)",
            unit="×",
            median=cpu_ratio,
            n=plan.n,
            target="≤ 2.5×",
            met=cpu_ratio <= 2.5,
        ),
    ]


def _memory(vault: Path, persons: int, runs: int) -> list[Row]:
    sessions = [gui_memory.measure(vault, user=USER) for _ in range(max(1, min(runs, 2)))]
    limit = by_size(persons, 250, 400)

    def first_unlock_peak(steps: list[dict[str, Any]]) -> float:
        return float(next(s["peak_mb"] for s in steps if s["step"].startswith("unlocked")))

    def unlocked(steps: list[dict[str, Any]]) -> list[float]:
        return [float(s["rss_mb"]) for s in steps if s["step"].startswith("unlocked")]

    peaks = [first_unlock_peak(s) for s in sessions]
    session_peaks = [float(s[-1]["peak_mb"]) for s in sessions]
    growth = [unlocked(s)[-1] - unlocked(s)[-2] for s in sessions]
    loaded = [float(s[1]["rss_mb"]) for s in sessions]
    return [
        Row("memory: services loaded, window built (RSS)", "MB", max(loaded), n=len(sessions)),
        Row(
            "memory: peak to the first unlock, list painted",
            "MB",
            max(peaks),
            n=len(sessions),
            target=f"≤ {limit} MB",
            met=max(peaks) <= limit,
        ),
        Row(
            "memory: peak over 3 unlocks, a case, 2 locks",
            "MB",
            max(session_peaks),
            n=len(sessions),
            target=f"≤ {limit} MB",
            met=max(session_peaks) <= limit,
        ),
        Row(
            "memory: RSS growth, 2nd → 3rd unlock",
            "MB",
            max(growth),
            n=len(sessions),
            target="≤ 5 MB (none held)",
            met=max(growth) <= 5,
        ),
    ]


def _demo_build(persons: int) -> list[Row]:
    figures = demo_build.measure(persons, verify=persons <= 10_000)
    limit = by_size(persons, 60, 600)
    intact = figures.get("intact")
    return [
        Row(
            f"demo build, {persons:,} people (wall)",
            "s",
            figures["wall_s"],
            cpu_median=figures["cpu_s"],
            target=f"≤ {limit} s",
            met=figures["wall_s"] <= limit,
        ),
        Row(f"demo build: peak RSS ({figures['events']:,} events)", "MB", figures["peak_mb"]),
        *(
            [
                Row(
                    f"demo build: audit verify, {'intact' if intact else 'NOT INTACT'}",
                    "s",
                    figures["verify_s"],
                )
            ]
            if intact is not None
            else []
        ),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks")
    parser.add_argument("--persons", type=int, choices=(1000, 10_000, 100_000), default=10_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--format", choices=("table", "json"), default="table")
    parser.add_argument("--skip-build", action="store_true", help="leave out the demo build")
    parser.add_argument(
        "--skip-audit", action="store_true", help="leave out the audit readers (any size)"
    )
    parser.add_argument(
        "--vault",
        type=Path,
        help="the vault of --persons people for launch, unlock and memory (the shared one, or"
        " one built here, when not given); the case list always takes the shared one. Each is"
        " measured on a copy, opened once first",
    )
    args = parser.parse_args()
    started = time.perf_counter()
    load_before = os.getloadavg()
    notes: list[str] = []
    with tempfile.TemporaryDirectory() as folder:
        vault = _prepared_copy(
            args.vault or _vault(args.persons, Path(folder)), Path(folder), args.persons
        )
        # The list is opened with the shared vault's cheap key slot: the key derivation
        # has its own row above.
        listed = _prepared_copy(_vault(args.persons, Path(folder)), Path(folder), args.persons)
        rows = _launch_and_unlock(vault, args.runs)
        rows += _case_list(args.persons, args.runs, listed)
        audit_rows, audit_output = [], "audit readers: left out (--skip-audit)"
        if not args.skip_audit:
            audit_rows, audit_output = _audit_readers()
        rows += audit_rows
        if not audit_rows:
            notes.append(audit_output.strip())
        rows += _render(args.runs)
        rows += _memory(vault, args.persons, args.runs)
    if not args.skip_build:
        rows += _demo_build(args.persons)
    report = {
        "python": sys.version.split()[0],
        "cores": os.cpu_count(),
        "persons": args.persons,
        "runs": args.runs,
        "load_before": load_before,
        "load_after": os.getloadavg(),
        "minutes": (time.perf_counter() - started) / 60,
        "rows": [row.as_json() for row in rows],
        "notes": notes,
    }
    if args.format == "json":
        print(json.dumps(report, indent=1))
        return
    print(
        f"Python {report['python']}, {report['cores']} cores, {args.persons:,} people,"
        f" {args.runs} runs; load average {' '.join(f'{x:.1f}' for x in load_before)} before,"
        f" {' '.join(f'{x:.1f}' for x in report['load_after'])} after;"
        f" {report['minutes']:.1f} min"
    )
    print(table(rows))
    for note in notes:
        print(note)


if __name__ == "__main__":
    main()
