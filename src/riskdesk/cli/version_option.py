"""``riskdesk --version``: the version first (what a script reads), then the schema
revision and the instruments and templates in use, each marked when it is the
municipality's own (``riskdesk.services.version_report``)."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from riskdesk.cli.console import CommandFailed, language, report_error, translated_errors
from riskdesk.domain.file_errors import with_os_reason
from riskdesk.domain.localized import Language, LocalizedText

if TYPE_CHECKING:
    from riskdesk.services.version_report import VersionReport

_SCHEMA = LocalizedText(da="Skemarevision: {revision}", en="Schema revision: {revision}")
_INSTRUMENTS = LocalizedText(da="Instrumenter:", en="Instruments:")
_NO_INSTRUMENTS = LocalizedText(da="  (ingen indlæst)", en="  (none loaded)")
_NOT_LOADED = LocalizedText(da="  ikke indlæst: {files}", en="  not loaded: {files}")
_TEMPLATES = LocalizedText(
    da="Skabeloner (version: begyndelsen af filens SHA-256):",
    en="Templates (version: the start of the file's SHA-256):",
)
_OWN = LocalizedText(da="kommunens egen", en="the municipality's own")
_SHIPPED = LocalizedText(da="leveret med RiskDesk", en="shipped with RiskDesk")
_PASSED_OVER = LocalizedText(
    da="leveret med RiskDesk; kommunens egen består ikke skabelontjekket",
    en="shipped with RiskDesk; the municipality's own fails the template check",
)
_FOLDER = LocalizedText(da="Kommunens mappe: {folder}", en="Municipality folder: {folder}")
_UNREADABLE = LocalizedText(
    da="Det installerede RiskDesk kan ikke læse sine filer: {reason}.",
    en="This RiskDesk installation cannot read its files: {reason}.",
)


def add_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--version",
        action=_ShowVersions,
        nargs=0,
        help="show the version, the schema revision and the instruments and templates in use",
    )


class _ShowVersions(argparse.Action):
    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: str | Sequence[Any] | None,
        option_string: str | None = None,
    ) -> None:
        # Imported only when asked: every `riskdesk` start parses this option.
        from riskdesk import __version__
        from riskdesk.services.version_report import version_report

        lang = Language(language())
        print(f"riskdesk {__version__}", flush=True)
        try:
            with translated_errors():
                report = version_report()
        except CommandFailed as failure:
            report_error(failure.message)
            parser.exit(failure.exit_code)
        except OSError as error:
            report_error(with_os_reason(_UNREADABLE, error).text(lang))
            parser.exit(1)
        print("\n".join(version_lines(report, lang)))
        parser.exit(0)


def version_lines(report: VersionReport, lang: Language) -> list[str]:
    """Everything after the first line, in ``lang``."""
    lines = [_SCHEMA.format(revision=report.schema_revision).text(lang), _INSTRUMENTS.text(lang)]
    for instrument in report.instruments:
        source = (_OWN if instrument.own else _SHIPPED).text(lang)
        lines.append(f"  {instrument.id} {instrument.version} ({instrument.file}, {source})")
    if not report.instruments:
        lines.append(_NO_INSTRUMENTS.text(lang))
    if report.instrument_failures:
        files = ", ".join(report.instrument_failures)
        lines.append(_NOT_LOADED.format(files=files).text(lang))
    lines.append(_TEMPLATES.text(lang))
    for template in report.templates:
        origin = _OWN if template.own else _PASSED_OVER if template.own_passed_over else _SHIPPED
        lines.append(f"  {template.name} {template.version} ({origin.text(lang)})")
    if report.municipality_dir is not None:
        lines.append(_FOLDER.format(folder=report.municipality_dir).text(lang))
    return lines
