"""What can be checked on Linux of the Windows installer: the Inno Setup script parses
and installs per user without elevation, the workflow that builds it on a Windows runner
parses and names files that exist, and both agree with the PyInstaller spec."""

import re
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).parents[2]
ISS = ROOT / "installer" / "windows" / "riskdesk.iss"
SPEC = ROOT / "installer" / "riskdesk.spec"
WORKFLOW = ROOT / ".github" / "workflows" / "windows-bundle.yml"

Entry = dict[str, str]


def _parameters(line: str) -> Entry:
    """``Name: "a b"; Flags: x y`` as a dict; semicolons inside quotes are text."""
    parts = re.findall(r'(\w+):\s*("(?:[^"]|"")*"|[^;]*)\s*(?:;|$)', line)
    return {key: value.strip().strip('"') for key, value in parts}


def parse_iss(text: str) -> tuple[dict[str, str], dict[str, list[Entry]]]:
    """The [Setup] directives and the entries of every other section; raises on a line
    that is neither a comment, a directive, an entry nor a preprocessor line."""
    setup: dict[str, str] = {}
    sections: dict[str, list[Entry]] = {}
    section = ""
    depth = 0
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith(";"):
            continue
        if line.startswith("#"):
            depth += line.startswith(("#if", "#ifdef", "#ifndef"))
            depth -= line.startswith("#endif")
            continue
        header = re.fullmatch(r"\[(\w+)\]", line)
        if header:
            section = header.group(1)
            sections.setdefault(section, [])
            continue
        if section == "Setup":
            key, equals, value = line.partition("=")
            if not equals or not re.fullmatch(r"\w+", key.strip()):
                raise ValueError(f"line {number}: not a directive")
            setup[key.strip()] = value.strip()
        elif section:
            entry = _parameters(line)
            if not entry:
                raise ValueError(f"line {number}: not an entry")
            sections[section].append(entry)
        else:
            raise ValueError(f"line {number}: outside any section")
    if depth != 0:
        raise ValueError("unbalanced #if/#endif")
    return setup, sections


@pytest.fixture(scope="module")
def iss() -> tuple[dict[str, str], dict[str, list[Entry]]]:
    return parse_iss(ISS.read_text(encoding="utf-8"))


def test_it_installs_per_user_without_elevation(iss: tuple[dict[str, str], dict]) -> None:
    setup, _ = iss
    assert setup["PrivilegesRequired"] == "lowest"
    assert "PrivilegesRequiredOverridesAllowed" not in setup
    assert setup["DefaultDirName"] == r"{localappdata}\Programs\RiskDesk"
    assert setup["DisableDirPage"] == "yes"
    text = ISS.read_text(encoding="utf-8")
    for machine_wide in ("{pf}", "{autopf}", "{commonpf}", "{commonprograms}", "HKLM", "{sys}"):
        assert machine_wide not in text


def test_it_has_a_start_menu_entry_and_an_uninstaller(iss: tuple[dict, dict]) -> None:
    setup, sections = iss
    assert setup["Uninstallable"] == "yes"
    start_menu = [e for e in sections["Icons"] if e["Name"].startswith("{autoprograms}")]
    assert start_menu
    assert start_menu[0]["Filename"] == r"{app}\riskdeskw.exe"
    assert setup["AppId"].startswith("{{")


def test_it_packs_the_folder_the_spec_builds(iss: tuple[dict, dict]) -> None:
    _, sections = iss
    (files,) = sections["Files"]
    source = Path(files["Source"].replace("\\", "/"))
    assert (ISS.parent / source.parent).resolve() == ROOT / "build" / "bundle" / "dist" / "RiskDesk"
    assert "recursesubdirs" in files["Flags"].split()
    spec = SPEC.read_text(encoding="utf-8")
    for name in ('name="RiskDesk"', 'name="riskdesk"', 'name="riskdeskw"'):
        assert name in spec


def test_the_lint_refuses_a_broken_script() -> None:
    with pytest.raises(ValueError, match="line 2"):
        parse_iss("[Setup]\nPrivilegesRequired lowest\n")
    with pytest.raises(ValueError, match="unbalanced"):
        parse_iss("#ifndef AppVersion\n[Setup]\nAppName=RiskDesk\n")


def test_the_windows_workflow_parses_and_names_what_exists() -> None:
    workflow = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    job = workflow["jobs"]["bundle"]
    assert job["runs-on"].startswith("windows")
    commands = "\n".join(step.get("run", "") for step in job["steps"])
    for path in (
        "installer/riskdesk.spec",
        "scripts/bundle_smoke.py",
        "installer/windows/riskdesk.iss",
    ):
        assert path in commands.replace("\\", "/")
        assert (ROOT / path).is_file()
    assert "build/bundle/dist" in commands
    assert "/VERYSILENT" in commands
    assert r"$env:LOCALAPPDATA\Programs\RiskDesk" in commands


def test_the_executables_carry_the_product_name_a_publisher_rule_matches() -> None:
    sys.path.insert(0, str(ROOT / "installer"))
    from windows_version import version_file_text, version_numbers

    assert version_numbers("0.1.0") == (0, 1, 0, 0)
    assert version_numbers("1.2.3+local.4") == (1, 2, 3, 0)
    text = version_file_text("0.1.0", file_name="riskdeskw")
    assert "StringStruct('ProductName', 'RiskDesk')" in text
    assert "StringStruct('OriginalFilename', 'riskdeskw.exe')" in text
    assert "prodvers=(0, 1, 0, 0)" in text
    # The text is a Python expression (PyInstaller evaluates it with its classes).
    compile(text, "version.txt", "eval")
