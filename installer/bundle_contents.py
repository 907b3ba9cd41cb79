"""What the desktop bundle leaves out, used by ``riskdesk.spec`` on Linux and Windows.

RiskDesk's GUI uses QtCore, QtGui, QtWidgets and QtCharts, with the Fusion style. PyInstaller
collects every plugin of the types those modules name (the EGLFS, VNC and framebuffer
platforms, the GTK theme with the GTK stack it links, the Qt Quick virtual keyboard, network
backends). The bundle keeps the plugins a desktop needs and drops the rest, with the
libraries only they linked (checked with ``ldd`` by ``scripts/check-bundle``).
"""

from __future__ import annotations

from pathlib import PurePath

# Python modules that reach the analysis through optional imports of the libraries
# (pydantic's mypy plugin and hypothesis strategies) and are never used at run time.
EXCLUDED_MODULES = [
    "tkinter",
    "_tkinter",
    "mypy",
    "hypothesis",
    "pytest",
    "_pytest",
    "ast_serialize",
    "setuptools",
    "pkg_resources",
    "IPython",
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtWebEngineCore",
    "PySide6.QtWebEngineWidgets",
    "PySide6.QtMultimedia",
    "PySide6.Qt3DCore",
]

# Per plugin type, the plugins kept (by stem without a "lib" prefix); a type not named
# here is dropped whole (egldeviceintegrations, generic input, networkinformation, tls,
# styles: the app draws with Fusion, which is built in).
KEPT_QT_PLUGINS: dict[str, tuple[str, ...]] = {
    # xcb and Wayland desktops, Windows, and offscreen for the smoke test.
    "platforms": ("qxcb", "qwayland", "qwindows", "qoffscreen"),
    # File dialogs through the desktop portal; the GTK theme would need GTK.
    "platformthemes": ("qxdgdesktopportal",),
    # Dead keys and input methods (ibus) for typing Danish on any keyboard.
    "platforminputcontexts": (
        "composeplatforminputcontextplugin",
        "ibusplatforminputcontextplugin",
    ),
    "imageformats": ("qico", "qjpeg", "qsvg"),
    "iconengines": ("qsvgicon",),
    "xcbglintegrations": ("qxcb-glx-integration", "qxcb-egl-integration"),
    "wayland-shell-integration": ("xdg-shell",),
    "wayland-decoration-client": ("bradient", "adwaita"),
    "wayland-graphics-integration-client": ("qt-plugin-wayland-egl",),
}

# Libraries that only the dropped plugins linked: Qt Quick and QML (virtual keyboard),
# EGLFS, and the GTK/GLib stack of the GTK theme (a desktop has its own).
DROPPED_LIBRARIES = (
    "libQt6Qml",
    "libQt6Quick",
    "libQt6VirtualKeyboard",
    "libQt6EglFS",
    "libQt6EglFsKmsSupport",
    "libQt6WlShellIntegration",
    "Qt6Qml",
    "Qt6Quick",
    "Qt6VirtualKeyboard",
    "libatk-",
    "libcairo",
    "libgdk_pixbuf",
    "libpango",
    "libthai",
    "libdatrie",
    "libfribidi",
    "libharfbuzz",
    "libgraphite2",
    "libpixman",
    "libXrender",
    "libXext",
    "libgio-",
    "libgmodule-",
    "libgobject-",
    "libblkid",
    "libmount",
    "libselinux",
    "libjpeg",
)


def wanted(destination: str) -> bool:
    """Whether a file PyInstaller collected, by its path inside the bundle, is kept."""
    path = PurePath(destination.replace("\\", "/"))
    name = path.name
    if "plugins" in path.parts[:-2]:
        plugin_type = path.parts[-2]
        kept = KEPT_QT_PLUGINS.get(plugin_type, ())
        stem = name.split(".")[0].removeprefix("lib")
        return stem in kept
    if "qml" in path.parts:
        return False
    if path.parts[:1] == ("PySide6",) and "translations" in path.parts:
        # RiskDesk speaks Danish and English; Qt's dialogs need no other language.
        return name.endswith(("_da.qm", "_en.qm"))
    if path.parts[:1] == ("pillow.libs",):
        # Pillow's own copies (matplotlib writes the report's charts through it): its
        # modules link these by their hashed names, not the system's libjpeg or harfbuzz.
        return True
    return not name.startswith(DROPPED_LIBRARIES)
