"""The Excel import wizard, driven on a real workbook and a real database."""

from __future__ import annotations

import time
from pathlib import Path

import openpyxl
from cli_support import tpdesk
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QPushButton, QWizard

from tpdesk.export.xlsx_export import write_register
from tpdesk.models import Commitment, Store
from tpdesk.models.register import register_content, snapshot
from tpdesk.models.vocab import CommitmentStatus
from tpdesk.services import StoreFactory, export_register
from tpdesk.ui.import_wizard import ImportWizard
from tpdesk.ui.main_window import MainWindow


def _export(store: Store, path: Path) -> None:
    with snapshot(store):
        write_register(register_content(store), path)


def _edit_status(path: Path, commitment_id: str, status: str) -> None:
    book = openpyxl.load_workbook(path)
    sheet = book["Commitments"]
    header = [c.value for c in sheet[1]]
    for row in sheet.iter_rows(min_row=2):
        if row[header.index("id")].value == commitment_id:
            row[header.index("Status")].value = status
    book.save(path)


def test_preview_then_import(qtbot, store: Store, seed, tmp_path: Path) -> None:
    workbook = tmp_path / "register.xlsx"
    _export(store, workbook)
    _edit_status(workbook, seed.due_soon.id, "Fulfilled")
    store.close()  # the window opens its own

    window = MainWindow(settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.open_database(store.path)
    wizard = ImportWizard(window.session.factory, window.run_job, window)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.path.setText(str(workbook))
    wizard.button(QWizard.WizardButton.NextButton).click()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.preview_page, timeout=10_000)
    page = wizard.preview_page
    assert page.summary.text().startswith("register.xlsx: 0 new, 1 updated")
    item = page.changes.topLevelItem(0)
    assert item.checkState(0) == Qt.CheckState.Checked
    assert item.child(0).text(2) == "Fulfilled"
    assert page.isComplete()

    wizard.button(QWizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: wizard.result_ is not None, timeout=10_000)
    assert wizard.result_.updated == 1
    commitment = window.session.store.get(Commitment, seed.due_soon.id)
    assert commitment.status is CommitmentStatus.FULFILLED
    assert window.session.store.history_of(commitment.id)[-1].source == "import:register.xlsx"


def test_rows_left_out_are_not_imported(qtbot, store: Store, seed, tmp_path: Path) -> None:
    workbook = tmp_path / "register.xlsx"
    _export(store, workbook)
    _edit_status(workbook, seed.due_soon.id, "On hold")
    path = store.path
    store.close()
    window = MainWindow(settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.open_database(path)
    wizard = ImportWizard(window.session.factory, window.run_job, window)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.path.setText(str(workbook))
    wizard.button(QWizard.WizardButton.NextButton).click()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.preview_page, timeout=10_000)
    wizard.preview_page.changes.topLevelItem(0).setCheckState(0, Qt.CheckState.Unchecked)
    wizard.button(QWizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: wizard.result_ is not None, timeout=10_000)
    assert wizard.result_.updated == 0
    assert window.session.store.get(Commitment, seed.due_soon.id).status is \
        CommitmentStatus.PLANNED


def test_cancel_stops_reading_a_big_workbook_within_a_second(qtbot, tmp_path: Path) -> None:
    db = tmp_path / "big.db"
    assert tpdesk("--db", db, "demo", "--scale", "3000").returncode == 0
    workbook = tmp_path / "register.xlsx"
    export_register(StoreFactory(db, user="tester"), workbook)
    window = MainWindow(settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.open_database(db)
    wizard = ImportWizard(window.session.factory, window.run_job, window)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.path.setText(str(workbook))
    wizard.button(QWizard.WizardButton.NextButton).click()
    job = window._jobs[0]
    qtbot.waitUntil(lambda: job.dialog is not None and job.dialog.value() > 0, timeout=10_000)
    pressed = time.monotonic()
    job.dialog.findChild(QPushButton).click()  # the dialog's Cancel button
    qtbot.waitUntil(lambda: not window._jobs, timeout=5_000)
    assert time.monotonic() - pressed < 1.0
    assert wizard.currentPage() is wizard.file_page and wizard.preview_page.preview is None
    assert window.statusBar().currentMessage() == "Cancelled"


def test_an_iati_file_is_previewed_then_imported(qtbot, writable_db: Path,
                                                 tmp_path: Path) -> None:
    from tpdesk.models import Activity as ActivityRecord
    from tpdesk.ui.import_wizard import IATI

    source = Path(__file__).parent.parent / "fixtures" / "iati" / "activities.xml"
    window = MainWindow(settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.open_database(writable_db)
    menu_texts = [a.text() for a in window.menuBar().actions()[0].menu().actions()]
    assert menu_texts.index("Import I&ATI File…") == menu_texts.index(
        "&Import from Excel…") + 1
    before = window.session.store.count(ActivityRecord)

    wizard = ImportWizard(window.session.factory, window.run_job, window, kind=IATI)
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.windowTitle() == "Import IATI File"
    assert wizard.file_page.path.placeholderText() == "IATI file (.xml)"
    wizard.file_page.path.setText(str(source))
    wizard.button(QWizard.WizardButton.NextButton).click()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.preview_page, timeout=10_000)
    page = wizard.preview_page
    assert page.summary.text() == ("activities.xml: 8 new, 3 updated, 0 unchanged,"
                                   " 1 skipped, 0 errors")
    captions = [page.changes.topLevelItem(i).text(0)
                for i in range(page.changes.topLevelItemCount())]
    assert "New: Activity line 4: Labour migration governance in Morocco (THAMM)" in captions
    assert page.problems.isVisible()  # the skipped Senegal activity's warning
    pakistan = captions.index("New: Activity line 138: Pakistan-EU Talent Partnership:"
                              " pre-departure orientation")
    page.changes.topLevelItem(pakistan).setCheckState(0, Qt.CheckState.Unchecked)

    wizard.button(QWizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: wizard.result_ is not None, timeout=10_000)
    assert wizard.result_.summary() == "imported 7 new, 3 updated, 0 deleted" \
        " (import:activities.xml)"
    store = window.session.store
    assert store.count(ActivityRecord) == before + 4
    assert store.find_by_iati("XM-DAC-47066-PK-2024-TP01") is None
    thamm = store.find_by_iati("BE-BCE_KBO-0264814354-MOR22001")
    assert thamm is not None
    assert store.history_of(thamm.id)[-1].source == "import:activities.xml"


def test_a_new_activity_shows_its_new_funding_lines_beneath_it(qtbot, store: Store, seed,
                                                                tmp_path: Path) -> None:
    workbook = tmp_path / "register.xlsx"
    _export(store, workbook)
    book = openpyxl.load_workbook(workbook)
    activities, funding = book["Activities"], book["Funding"]
    headers = [c.value for c in activities[1]]
    row = activities.max_row + 1
    for header, value in (("Partnership", "MA"), ("Title", "Nursing pathway to Spain"),
                          ("Category", "Skills development")):
        activities.cell(row, headers.index(header) + 1).value = value
    headers = [c.value for c in funding[1]]
    for n in (1, 2):
        line = funding.max_row + 1
        for header, value in (("Activity id", f"row {row}"), ("Instrument", "MPF"),
                              ("Amount", 1000 * n)):
            funding.cell(line, headers.index(header) + 1).value = value
    book.save(workbook)
    store.close()

    window = MainWindow(settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.open_database(store.path)
    wizard = ImportWizard(window.session.factory, window.run_job, window)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.path.setText(str(workbook))
    wizard.button(QWizard.WizardButton.NextButton).click()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.preview_page, timeout=10_000)
    page = wizard.preview_page
    assert page.changes.topLevelItemCount() == 1
    parent = page.changes.topLevelItem(0)
    assert parent.text(0) == f"New: Activities row {row}: Nursing pathway to Spain"
    assert [parent.child(i).text(0) for i in range(parent.childCount())] == [
        f"New: Funding row {funding.max_row - 1}", f"New: Funding row {funding.max_row}"]
    parent.child(1).setCheckState(0, Qt.CheckState.Unchecked)
    assert page.left_out() == [("Funding", funding.max_row)]
