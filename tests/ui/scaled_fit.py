"""Show the main window at 1024×600 logical pixels at 200 % and print, as JSON, what does not
fit in each view: run by test_scaled_fit in its own process, since QT_SCALE_FACTOR only takes
effect when set before the QApplication exists.

    QT_SCALE_FACTOR=2 python tests/ui/scaled_fit.py DB LANGUAGE [--plant]

--plant adds a widget wider than the window to the first view: the test's proof that an
overflow is reported.
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

from fit_support import cut_text, outside, settle
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QLabel

from tpdesk.models import Commitment
from tpdesk.services import StoreFactory
from tpdesk.ui.language import use_app_language
from tpdesk.ui.main_window import MainWindow

LAPTOP = (1024, 600)


def main(db: Path, language: str, plant: bool) -> dict[str, object]:
    app = QApplication([])
    use_app_language(app, language)
    with tempfile.TemporaryDirectory() as folder:
        settings = QSettings(str(Path(folder) / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(settings=settings, factory=StoreFactory(db))
        assert window.open_database(db)
        window.resize(*LAPTOP)
        window.show()
        settle()
        if plant:
            wide = QLabel("planted", window.tabs.widget(0))
            wide.setObjectName("planted")
            wide.setFixedWidth(LAPTOP[0] + 200)
            wide.show()
        found: dict[str, list[str]] = {}
        for tab in range(window.tabs.count()):
            window.tabs.setCurrentIndex(tab)
            if window.tabs.currentWidget() is window.tab_of[Commitment]:
                window.view(Commitment).table.selectRow(0)  # the tracker shows a commitment
            if window.tabs.currentWidget() is window.packs_tab:  # a pack loaded, as in use
                packs = window.pack_builder.packs
                packs.setCurrentItem(packs.topLevelItem(0))
                window.pack_builder.refresh_preview()
            settle()
            page = window.tabs.currentWidget()
            shown = [] if page.isVisible() else ["not shown"]
            if page is window.packs_tab and window.pack_builder.content is None:
                shown.append("no pack loaded")
            found[window.tabs.tabText(tab)] = shown + outside(window, window) + cut_text(page)
        report = {"ratio": window.devicePixelRatio(), "size": [window.width(), window.height()],
                  "found": found}
        window.close()
    del app
    return report


if __name__ == "__main__":
    print(json.dumps(main(Path(sys.argv[1]), sys.argv[2], "--plant" in sys.argv[3:])))
