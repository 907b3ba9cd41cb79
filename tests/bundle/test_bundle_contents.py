"""Which of the files PyInstaller collects the bundle keeps (installer/bundle_contents.py):
the Qt plugins a desktop needs, not EGLFS, VNC, the GTK theme or the QML keyboard."""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parents[2] / "installer"))
from bundle_contents import EXCLUDED_MODULES, wanted

PLUGINS = "PySide6/Qt/plugins"


@pytest.mark.parametrize(
    "kept",
    [
        f"{PLUGINS}/platforms/libqxcb.so",
        f"{PLUGINS}/platforms/libqwayland.so",
        f"{PLUGINS}/platforms/libqoffscreen.so",
        "PySide6/plugins/platforms/qwindows.dll",
        f"{PLUGINS}/platforminputcontexts/libcomposeplatforminputcontextplugin.so",
        f"{PLUGINS}/imageformats/libqjpeg.so",
        "PySide6/Qt/lib/libQt6Charts.so.6",
        "PySide6/Qt/lib/libQt6Widgets.so.6",
        "PySide6/Qt/translations/qtbase_da.qm",
        "riskdesk/resources/translations/riskdesk_da.qm",
        "riskdesk/forms/level-rules.yaml",
        "libpython3.13.so.1.0",
    ],
)
def test_what_a_desktop_needs_is_kept(kept: str) -> None:
    assert wanted(kept)


@pytest.mark.parametrize(
    "dropped",
    [
        f"{PLUGINS}/platforms/libqeglfs.so",
        f"{PLUGINS}/platforms/libqvnc.so",
        f"{PLUGINS}/platforms/libqlinuxfb.so",
        f"{PLUGINS}/platformthemes/libqgtk3.so",
        f"{PLUGINS}/platforminputcontexts/libqtvirtualkeyboardplugin.so",
        f"{PLUGINS}/egldeviceintegrations/libqeglfs-kms-egldevice-integration.so",
        f"{PLUGINS}/tls/libqopensslbackend.so",
        "PySide6\\plugins\\styles\\qmodernwindowsstyle.dll",
        "PySide6/Qt/lib/libQt6Quick.so.6",
        "PySide6/Qt/lib/libQt6VirtualKeyboard.so.6",
        "PySide6/Qt6Qml.dll",
        "PySide6/Qt/translations/qtbase_de.qm",
        "libgdk_pixbuf-2.0.so.0",
        "libpango-1.0.so.0",
    ],
)
def test_what_no_riskdesk_window_uses_is_dropped(dropped: str) -> None:
    assert not wanted(dropped)


def test_test_and_type_checking_tools_are_not_bundled() -> None:
    assert {"mypy", "hypothesis", "pytest"} <= set(EXCLUDED_MODULES)
