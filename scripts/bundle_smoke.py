"""Smoke test of a built RiskDesk bundle, on Linux (scripts/check-bundle) and Windows
(.github/workflows/windows-bundle.yml):

    python scripts/bundle_smoke.py EXECUTABLE WORK_FOLDER [--portable-copy FOLDER]

Runs the bundle's executable with a minimal environment (a home of its own, the system's
PATH without any Python or venv): ``--version``, ``demo``, ``render plan`` (a real .docx
read back), and the GUI offscreen until the unlock dialog is painted
(``RISKDESK_EXIT_WHEN_SHOWN``). With ``--portable-copy``, a copy of the bundle's folder is
given a ``portable.txt`` and run with ``gui --demo``: the demo vault and the settings must
land in ``RiskDesk-data`` beside it and nothing in the home. Prints one line per check;
exit 0 when all pass.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import time
import zipfile
from pathlib import Path

PASSWORD = "demo"  # noqa: S105 - the demo vault's documented password, synthetic data
CASE_NUMBER = re.compile(r"^\s*(\d{4}-\d{4})\s")
PROBE_ENV = "RISKDESK_EXIT_WHEN_SHOWN"


class SmokeFailed(Exception):
    pass


def minimal_env(home: Path, **extra: str) -> dict[str, str]:
    """What a user's session gives a program, and nothing of the build's Python."""
    if sys.platform == "win32":
        windows = os.environ.get("SYSTEMROOT", r"C:\Windows")
        env = {
            "SYSTEMROOT": windows,
            "PATH": rf"{windows}\system32;{windows}",
            "USERPROFILE": str(home),
            "HOME": str(home),
            "LOCALAPPDATA": str(home / "AppData" / "Local"),
            "APPDATA": str(home / "AppData" / "Roaming"),
            "TEMP": str(home / "Temp"),
            "TMP": str(home / "Temp"),
        }
        (home / "Temp").mkdir(parents=True, exist_ok=True)
    else:
        env = {"HOME": str(home), "PATH": "/usr/bin:/bin"}
    return {**env, **extra}


def run(
    executable: Path, args: list[str], env: dict[str, str], *, timeout: float = 180
) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(  # noqa: S603 - the bundle under test, fixed arguments
        [str(executable), *args],
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        # A Windows console program writes to a pipe in the ANSI code page, not UTF-8.
        errors="replace",
        timeout=timeout,
        check=False,
        stdin=subprocess.DEVNULL,
    )
    if result.returncode != 0:
        raise SmokeFailed(
            f"riskdesk {' '.join(args[:2])} exited {result.returncode}: {result.stderr.strip()}"
        )
    return result


def check_version(executable: Path, home: Path) -> str:
    out = run(executable, ["--version"], minimal_env(home)).stdout.strip()
    if not out.startswith("riskdesk "):
        raise SmokeFailed(f"--version printed {out!r}")
    return out


def check_demo_and_render(executable: Path, home: Path, work: Path) -> Path:
    vault = work / "demo.rdv"
    run(executable, ["demo", "--vault", str(vault), "--persons", "12"], minimal_env(home))
    env = minimal_env(home, RISKDESK_PASSWORD=PASSWORD)
    listing = run(
        executable, ["case", "list", "--vault", str(vault), "--user", "koordinator"], env
    ).stdout
    lines = listing.splitlines()
    # A release case always has a plan in the demo; the others are tried after it.
    ordered = sorted(lines, key=lambda line: "Løsladelse" not in line and "Release" not in line)
    numbers = [m.group(1) for m in map(CASE_NUMBER.match, ordered) if m]
    out = work / "plan.docx"
    # With LibreOffice on the system, the PDF shows that the bundle's own libraries do not
    # leak into the programs it starts.
    pdf = ["--pdf"] if office_installed() else []
    for number in numbers:
        args = ["render", "plan", "--vault", str(vault), "--user", "koordinator", *pdf]
        try:
            run(executable, [*args, "--case", number, "--out", str(out)], env)
        except SmokeFailed:
            continue
        check_docx(out)
        if pdf and not out.with_suffix(".pdf").read_bytes().startswith(b"%PDF"):
            raise SmokeFailed("render plan --pdf wrote no PDF")
        return out
    raise SmokeFailed(f"render plan wrote no document for any of {len(numbers)} cases")


def check_report(executable: Path, home: Path, work: Path) -> Path:
    """The half-year report from the demo vault: its chart needs matplotlib in the bundle."""
    out = work / "halvaarsrapport.docx"
    env = minimal_env(home, RISKDESK_PASSWORD=PASSWORD)
    period = ["--from", "2026-01-01", "--to", "2026-06-30"]
    args = ["report", "half-year", "--vault", str(work / "demo.rdv"), "--user", "leder"]
    run(executable, [*args, *period, "--out", str(out)], env)
    check_docx(out)
    with zipfile.ZipFile(out) as document:
        # The municipality's logo and Figure 1.
        if sum(name.startswith("word/media/") for name in document.namelist()) < 2:
            raise SmokeFailed(f"{out.name} has no chart")
    return out


def office_installed() -> bool:
    return sys.platform != "win32" and any(
        shutil.which(name, path="/usr/bin:/bin") for name in ("soffice", "libreoffice")
    )


def check_docx(path: Path) -> None:
    with zipfile.ZipFile(path) as document:
        body = document.read("word/document.xml").decode("utf-8")
    if "<w:t" not in body:
        raise SmokeFailed(f"{path.name} has no text")


def check_gui(
    executable: Path, home: Path, args: list[str], *, picture: Path | None = None
) -> float:
    """Seconds from starting the process to the unlock dialog's first paint; with
    ``picture``, the dialog saved there must show text (fonts and Qt's plugins found)."""
    probe = str(picture) if picture else "1"
    env = minimal_env(home, QT_QPA_PLATFORM="offscreen", **{PROBE_ENV: probe})
    started = time.time()
    out = run(executable, args, env, timeout=300).stdout.split()
    if len(out) != 2 or out[1] != "UnlockDialog":
        raise SmokeFailed(f"the GUI showed {out!r}, not the unlock dialog")
    if picture:
        check_drawn(picture)
    return float(out[0]) - started


def check_drawn(picture: Path) -> None:
    from PySide6.QtGui import QImage

    image = QImage(str(picture))
    colours = {image.pixel(x, y) for x in range(0, image.width(), 3) for y in range(image.height())}
    if image.isNull() or len(colours) <= 20:
        raise SmokeFailed(f"the unlock dialog drew nothing readable ({len(colours)} colours)")


def files_under(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file())


def check_portable(bundle: Path, work: Path, executable_name: str) -> Path:
    copy = work / "portable" / bundle.name
    shutil.copytree(bundle, copy, symlinks=True)
    (copy / "portable.txt").write_text("", encoding="utf-8")
    home = work / "portable-home"
    home.mkdir()
    executable = copy / executable_name
    check_gui(executable, home, ["gui", "--demo"])
    data = copy / "RiskDesk-data"
    if not (data / "demo.rdv").is_file():
        raise SmokeFailed(f"no demo vault in {data}: {files_under(copy.parent)[:10]}")
    left = files_under(home)
    if left:
        raise SmokeFailed(f"the portable run wrote into the home: {left[:10]}")
    return data


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("executable", type=Path)
    parser.add_argument("work", type=Path, help="an empty folder for vaults and homes")
    parser.add_argument("--portable-copy", type=Path, metavar="BUNDLE_FOLDER")
    args = parser.parse_args()
    work: Path = args.work.absolute()
    home = work / "home"
    home.mkdir(parents=True, exist_ok=True)
    executable: Path = args.executable.absolute()
    try:
        print(f"ok   --version: {check_version(executable, home)}")
        document = check_demo_and_render(executable, home, work)
        pdf = " and its PDF" if document.with_suffix(".pdf").is_file() else ""
        print(f"ok   demo and render plan: {document.name}{pdf}, {document.stat().st_size} bytes")
        report = check_report(executable, home, work)
        print(f"ok   half-year report with its chart: {report.stat().st_size} bytes")
        picture = work / "unlock-dialog.png"
        gui = ["gui", "--vault", str(work / "demo.rdv")]
        seconds = check_gui(executable, home, gui, picture=picture)
        print(f"ok   GUI offscreen: unlock dialog painted after {seconds:.2f} s ({picture.name})")
        if args.portable_copy:
            data = check_portable(args.portable_copy.absolute(), work, executable.name)
            print(f"ok   portable: data in {data.name} beside the executable, none in the home")
    except (SmokeFailed, subprocess.TimeoutExpired, OSError, zipfile.BadZipFile) as failure:
        print(f"FAIL {failure}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
