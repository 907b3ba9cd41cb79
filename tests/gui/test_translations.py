from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

import riskdesk.gui
from riskdesk.gui.translations import translations_dir

pytestmark = pytest.mark.gui

TS = translations_dir() / "riskdesk_da.ts"
QM = translations_dir() / "riskdesk_da.qm"


def _messages():
    # Our own catalogue from the repository, not untrusted input.
    for context in ET.parse(TS).getroot().iter("context"):  # noqa: S314
        for message in context.iter("message"):
            yield context.findtext("name"), message


def test_every_message_has_a_finished_danish_translation() -> None:
    untranslated = []
    for context, message in _messages():
        translation = message.find("translation")
        texts = [f.text for f in translation.iter("numerusform")] or [translation.text]
        if translation.get("type") in ("unfinished", "vanished", "obsolete") or not all(texts):
            untranslated.append(f"{context}: {message.findtext('source')}")
    assert untranslated == []


def test_mnemonics_survive_translation() -> None:
    for context, message in _messages():
        source, translation = message.findtext("source"), message.find("translation")
        if translation.text and "&" in source.replace("&&", ""):
            assert "&" in translation.text, f"{context}: {source}"


def test_the_compiled_catalogue_is_up_to_date() -> None:
    # A checkout may write the two files in either order within the same moment.
    assert QM.stat().st_mtime >= TS.stat().st_mtime - 2
    translator = QTranslator()
    assert translator.load(str(QM))
    for context, message in _messages():
        translation = message.find("translation")
        if message.get("numerus") == "yes":
            continue
        assert translator.translate(context, message.findtext("source")) == translation.text


def test_every_message_in_the_sources_is_in_the_catalogue(tmp_path) -> None:
    # lupdate over the sources into a copy: a tr() string the shipped catalogue lacks
    # comes out unfinished, so a new window can never ship half in English.
    lupdate = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))
    assert lupdate is not None
    sources = sorted(str(p) for p in Path(riskdesk.gui.__file__).parent.rglob("*.py"))
    fresh = tmp_path / TS.name
    shutil.copy(TS, fresh)
    subprocess.run([lupdate, *sources, "-ts", str(fresh)], check=True, capture_output=True)
    missing = [
        f"{context.findtext('name')}: {message.findtext('source')}"
        for context in ET.parse(fresh).getroot().iter("context")  # noqa: S314
        for message in context.iter("message")
        if message.find("translation").get("type") == "unfinished"
    ]
    assert missing == []
