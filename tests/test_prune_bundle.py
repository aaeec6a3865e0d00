"""scripts/prune_bundle.py: what it must keep matters more than what it drops."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

_spec = importlib.util.spec_from_file_location(
    "prune_bundle", Path(__file__).resolve().parent.parent / "scripts" / "prune_bundle.py")
assert _spec is not None and _spec.loader is not None
prune_bundle = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(prune_bundle)


@pytest.mark.parametrize("path", [
    "PySide6/Qt/lib/libQt6Core.so.6", "PySide6/Qt/lib/libQt6Gui.so.6",
    "PySide6/Qt/lib/libQt6Widgets.so.6", "PySide6/Qt/lib/libQt6Svg.so.6",
    "PySide6/Qt/lib/libQt6DBus.so.6", "PySide6/Qt/lib/libQt6XcbQpa.so.6",
    "PySide6/Qt/lib/libicudata.so.73", "PySide6/Qt/lib/libicui18n.so.73",
    "PySide6/Qt/plugins/platforms/libqxcb.so", "PySide6/Qt/plugins/platforms/libqoffscreen.so",
    "PySide6/plugins/platforms/qwindows.dll", "PySide6/Qt/plugins/platforms/libqcocoa.dylib",
    "PySide6/Qt/plugins/iconengines/libqsvgicon.so",
    "PySide6/Qt/plugins/imageformats/libqsvg.so", "PySide6/Qt/plugins/imageformats/libqico.so",
    "PySide6/Qt/plugins/platformthemes/libqxdgdesktopportal.so",
    "PySide6/Qt/plugins/platforminputcontexts/libcomposeplatforminputcontextplugin.so",
    "PySide6/Qt/plugins/xcbglintegrations/libqxcb-glx-integration.so",
    "PySide6/Qt6Core.dll", "PySide6/QtWidgets.pyd", "PySide6/QtWidgets.abi3.so",
    "resources/tpdesk.svg", "resources/briefing-template.docx",
])
def test_keeps_what_tpdesk_uses(path: str) -> None:
    assert not prune_bundle.unused(path)


@pytest.mark.parametrize("path", [
    "PySide6/Qt/lib/libQt6Quick.so.6", "PySide6/Qt/lib/libQt6Qml.so.6",
    "PySide6/Qt/lib/libQt6WaylandClient.so.6", "PySide6/Qt/lib/libQt6Network.so.6",
    "PySide6/Qt6WebEngineCore.dll", "PySide6/Qt/lib/QtQuick.framework/QtQuick",
    "PySide6/Qt/plugins/platforms/libqwayland.so", "PySide6/Qt/plugins/platforms/libqeglfs.so",
    "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
    "PySide6/Qt/plugins/wayland-shell-integration/libxdg-shell.so",
    "PySide6/Qt/plugins/imageformats/libqjpeg.so", "PySide6/opengl32sw.dll",
    "PySide6/Qt/translations/qtbase_de.qm", "PySide6/translations/qt_fr.qm",
])
def test_drops_what_tpdesk_does_not_use(path: str) -> None:
    assert prune_bundle.unused(path)


def test_keeps_qt_translations_for_languages_tpdesk_ships(tmp_path: Path) -> None:
    (tmp_path / "translations").mkdir()
    (tmp_path / "translations" / "tpdesk_de.qm").write_bytes(b"")
    languages = prune_bundle.shipped_languages(tmp_path)
    assert languages == {"de"}
    assert not prune_bundle.unused("PySide6/Qt/translations/qtbase_de.qm", languages)
    assert prune_bundle.unused("PySide6/Qt/translations/qtbase_fr.qm", languages)
