"""The Windows version resource of riskdesk.exe and riskdeskw.exe: the product name and
version an AppLocker publisher rule matches on (with the signer), and what Explorer shows.

Written as PyInstaller's version file (the text of a ``VSVersionInfo``), because its
classes need ``pefile``, which PyInstaller installs on Windows only.
"""

from __future__ import annotations

import re
from pathlib import Path

PRODUCT = "RiskDesk"

_TEMPLATE = """VSVersionInfo(
  ffi=FixedFileInfo(filevers={numbers}, prodvers={numbers}),
  kids=[
    StringFileInfo([StringTable('040904B0', [
      StringStruct('CompanyName', '{product}'),
      StringStruct('FileDescription', '{product}'),
      StringStruct('FileVersion', '{version}'),
      StringStruct('InternalName', '{name}'),
      StringStruct('OriginalFilename', '{name}.exe'),
      StringStruct('ProductName', '{product}'),
      StringStruct('ProductVersion', '{version}')])]),
    VarFileInfo([VarStruct('Translation', [1033, 1200])])
  ]
)
"""


def version_numbers(version: str) -> tuple[int, int, int, int]:
    """``0.1.0`` (or ``0.1.0+local``, ``1.2rc1``) as the four numbers Windows wants."""
    numbers = [int(n) for n in re.findall(r"\d+", version.split("+")[0])[:4]]
    padded = (*numbers, 0, 0, 0, 0)[:4]
    return (padded[0], padded[1], padded[2], padded[3])


def version_file_text(version: str, *, file_name: str) -> str:
    plain = re.sub(r"[^0-9A-Za-z.+-]", "", version)
    numbers = version_numbers(version)
    return _TEMPLATE.format(numbers=numbers, product=PRODUCT, version=plain, name=file_name)


def write_version_file(folder: str, version: str, *, file_name: str) -> str:
    path = Path(folder) / f"{file_name}-version.txt"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(version_file_text(version, file_name=file_name), encoding="utf-8")
    return str(path)
