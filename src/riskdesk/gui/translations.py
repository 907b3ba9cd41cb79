"""Loading RiskDesk's and Qt's own translations."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from riskdesk.domain.localized import Language
from riskdesk.shipped_files import resources_dir

CATALOGUE = "riskdesk"


def translations_dir() -> Path:
    return resources_dir() / "translations"


def install_translators(app: QCoreApplication, language: Language) -> list[QTranslator]:
    """Install the catalogues for ``language`` and set the default locale to match.

    Source strings are English, so English needs no catalogue. The translators are
    children of ``app`` and live as long as it does; they are returned for inspection.
    """
    if language is Language.ENGLISH:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.Denmark))
        return []
    QLocale.setDefault(QLocale(QLocale.Language.Danish, QLocale.Country.Denmark))
    installed: list[QTranslator] = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in (("qtbase_da", qt_dir), (f"{CATALOGUE}_{language.value}", "")):
        translator = QTranslator(app)
        directory = folder or str(translations_dir())
        # A missing catalogue leaves the English source text, which is still usable.
        if translator.load(name, directory):
            app.installTranslator(translator)
            installed.append(translator)
    return installed
