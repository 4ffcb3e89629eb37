"""Settings ▸ Database ▸ Copy this database to…: the copy dialog into a new file and into a shared database,
Cancel, a target holding records, switching to the copy, and the offer to copy after connecting to an empty
shared database. Real widgets offscreen, real SQLite files and the real PostgreSQL test server
(``pg_database``); the keyring is the in-memory one of conftest."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import make_url

from desktop.services import db_access, db_copy, profiles
from desktop.store import db as store_db
from desktop.ui import db_guard, formatting, messages
from desktop.ui.dialogs import copy_dialog as copy_module
from desktop.ui.dialogs.connect_dialog import ConnectDialog
from desktop.ui.dialogs.copy_dialog import CopyDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.pages.settings import SettingsPage

EMPTY_OFFER = "The shared database is empty. Copy this computer's books into it?"


pytestmark = pytest.mark.usefixtures("clean_database_choice")  # tests/conftest.py


@pytest.fixture
def dialog(qtbot, demo_db):
    d = CopyDialog(demo_db)
    qtbot.addWidget(d)
    d.show()
    return d


def choose_file(qtbot, monkeypatch, dialog: CopyDialog, path: Path) -> None:
    monkeypatch.setattr(copy_module, "choose_target_file", lambda _parent, _suggested: str(path))
    dialog.file_button.click()
    qtbot.waitUntil(lambda: dialog.opening is None, timeout=15000)


def fill(connect: ConnectDialog, address: str, password: str) -> None:
    url = make_url(address)
    connect.host.setText(url.host)
    connect.port.setValue(url.port)
    connect.database_name.setText(url.database)
    connect.user.setText(url.username)
    connect.password.setText(password)


def choose_server(qtbot, monkeypatch, dialog: CopyDialog, address: str, password: str) -> list[ConnectDialog]:
    shown = []

    def fake_exec(connect):
        shown.append(connect)
        fill(connect, address, password)
        connect.accept()
        qtbot.waitUntil(lambda: connect.task is None, timeout=15000)
        return connect.result()

    monkeypatch.setattr(ConnectDialog, "exec", fake_exec)
    dialog.server_button.click()
    return shown


def run_copy(qtbot, dialog: CopyDialog) -> None:
    assert dialog.copy_button.isEnabled()
    dialog.copy_button.click()
    assert dialog.task is not None and not dialog.copy_button.isEnabled() and not dialog.close_button.isEnabled()
    assert dialog.cancel_button.isVisibleTo(dialog) and dialog.progress_bar.isVisibleTo(dialog)
    qtbot.waitUntil(lambda: dialog.task is None, timeout=30000)


def result_rows(dialog: CopyDialog) -> list[tuple[str, str, str]]:
    table = dialog.results
    return [tuple(table.item(r, c).text() for c in range(3)) for r in range(table.rowCount())]


def empty(database: store_db.Database) -> bool:
    return not any(database.row_counts().values())


# ==================================================================================== copying


def test_the_dialog_shows_the_source_and_waits_for_a_target(dialog, demo_db):
    assert dialog.source_label.text() == f"File: {demo_db.path}"
    assert dialog.target_label.text() == "Choose a shared database or a new file."
    assert not dialog.copy_button.isEnabled()
    assert not dialog.progress_bar.isVisibleTo(dialog) and not dialog.results.isVisibleTo(dialog)
    assert not dialog.switch_button.isVisibleTo(dialog) and not dialog.cancel_button.isVisibleTo(dialog)


def test_copy_into_a_new_file(qtbot, monkeypatch, dialog, demo_db, tmp_path):
    target_path = tmp_path / "copy.sqlite3"
    progressed = []
    dialog.progress_bar.valueChanged.connect(progressed.append)
    choose_file(qtbot, monkeypatch, dialog, target_path)
    assert dialog.target_label.text() == f"File: {target_path.resolve()}"
    run_copy(qtbot, dialog)
    assert dialog.report is not None and dialog.report.ok, dialog.status.text()
    assert progressed and progressed[-1] == 100
    assert dialog.status.property("tone") == "ok"
    assert dialog.status.text().startswith(f"Copied {formatting.number(dialog.report.rows)} rows into ")
    rows = result_rows(dialog)
    assert rows[0] == ("Profiles", "3", "checksums match")
    assert ("Payouts", dialog.results.item(4, 1).text(), "checksums match") == rows[4]
    assert all(check == "checksums match" for _name, _rows, check in rows)
    assert len(rows) == len(db_copy.CHECKED)
    assert dialog.switch_button.isVisibleTo(dialog) and not dialog.copy_button.isEnabled()
    target = dialog.target
    assert db_copy.checksums(demo_db) == db_copy.checksums(target)
    closed, close = [], target.close
    target.close = lambda: (closed.append(target), close())
    dialog.close_button.click()
    assert not dialog.isVisible() and closed == [target]  # the dialog closes the target it opened
    assert dialog.take_copy() is None
    reopened = store_db.open_database(target_path)
    try:
        assert db_copy.checksums(demo_db) == db_copy.checksums(reopened)
    finally:
        reopened.close()


def test_copy_into_an_empty_shared_database(qtbot, monkeypatch, dialog, demo_db, pg_database, memory_keyring):
    address, password = pg_database
    shown = choose_server(qtbot, monkeypatch, dialog, address, password)
    assert shown and shown[0].windowTitle() == "Copy to a shared database"
    assert shown[0].buttons.button(QDialogButtonBox.StandardButton.Ok).text() == "C&hoose"
    assert dialog.target_label.text() == f"Shared server: {address}"
    assert db_access.saved_location() is None  # choosing a target is not switching to it
    run_copy(qtbot, dialog)
    assert dialog.report is not None and dialog.report.ok, dialog.status.text()
    assert all(check == "checksums match" for _n, _r, check in result_rows(dialog))
    assert db_copy.checksums(demo_db) == db_copy.checksums(dialog.target)
    assert password not in dialog.status.text()
    dialog.close_button.click()
    server = store_db.open_database(address, password=password)
    try:
        assert db_copy.checksums(demo_db) == db_copy.checksums(server)
        assert [p.name for p in profiles.list_profiles(server)] == [p.name for p in profiles.list_profiles(demo_db)]
    finally:
        server.close()


def test_cancel_midway_leaves_the_target_empty(qtbot, monkeypatch, dialog, demo_db, tmp_path):
    """The first progress report waits until Cancel was pressed: the copy stops there and is rolled back."""
    started, go = threading.Event(), threading.Event()
    real_copy = db_copy.copy_database

    def held_copy(source, target, *, replace=False, progress=None):
        def first_waits(done, total, table):
            if not started.is_set():
                started.set()
                go.wait(10)
            return progress(done, total, table)

        return real_copy(source, target, replace=replace, progress=first_waits)

    monkeypatch.setattr(db_copy, "copy_database", held_copy)
    target_path = tmp_path / "cancelled.sqlite3"
    choose_file(qtbot, monkeypatch, dialog, target_path)
    dialog.copy_button.click()
    assert started.wait(10)
    assert dialog.cancel_button.isVisible() and dialog.cancel_button.isEnabled()
    dialog.cancel_button.click()
    assert dialog.progress_label.text() == "Cancelling…" and not dialog.cancel_button.isEnabled()
    go.set()
    qtbot.waitUntil(lambda: dialog.task is None, timeout=15000)
    assert dialog.report is None and not dialog.results.isVisibleTo(dialog)
    assert dialog.status.text() == f"Copy cancelled; {target_path.resolve()} was not changed"
    assert empty(dialog.target)
    assert dialog.copy_button.isEnabled() and dialog.close_button.isEnabled()
    assert not dialog.switch_button.isVisibleTo(dialog)


def test_closing_while_copying_cancels_and_then_closes(qtbot, monkeypatch, dialog, tmp_path):
    started, go = threading.Event(), threading.Event()
    real_copy = db_copy.copy_database

    def held_copy(source, target, *, replace=False, progress=None):
        def first_waits(done, total, table):
            started.set()
            go.wait(10)
            return progress(done, total, table)

        return real_copy(source, target, replace=replace, progress=first_waits)

    monkeypatch.setattr(db_copy, "copy_database", held_copy)
    choose_file(qtbot, monkeypatch, dialog, tmp_path / "closed.sqlite3")
    dialog.copy_button.click()
    assert started.wait(10)
    dialog.reject()  # Esc or the window's close button
    assert dialog.isVisible()  # until the copy has stopped
    go.set()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=15000)
    reopened = store_db.open_database(tmp_path / "closed.sqlite3")
    try:
        assert empty(reopened)
    finally:
        reopened.close()


def test_a_target_with_records_asks_to_replace(qtbot, monkeypatch, dialog, demo_db, tmp_path):
    target_path = tmp_path / "full.sqlite3"
    other = store_db.open_database(target_path)
    profiles.create_profile(other, profiles.ProfileData(name="Someone else's farm"))
    before = db_copy.checksums(other)
    other.close()
    asked = []
    answers = [False, True]
    monkeypatch.setattr(messages, "confirm", lambda _p, title, text: asked.append((title, text)) or answers.pop(0))
    choose_file(qtbot, monkeypatch, dialog, target_path)

    run_copy(qtbot, dialog)  # No
    assert asked[0][0] == "Replace its contents?"
    assert str(target_path.resolve()) in asked[0][1] and "Profiles: 1" in asked[0][1]
    assert dialog.report is None and db_copy.checksums(dialog.target) == before
    assert dialog.status.text() == f"Nothing was copied; {target_path.resolve()} was not changed."
    assert dialog.copy_button.isEnabled()

    run_copy(qtbot, dialog)  # Yes: replaced
    assert len(asked) == 2
    assert dialog.report is not None and dialog.report.ok
    assert db_copy.checksums(dialog.target) == db_copy.checksums(demo_db)
    assert "Someone else's farm" not in [p.name for p in profiles.list_profiles(dialog.target)]


def test_a_server_target_with_records_said_no_is_unchanged(qtbot, monkeypatch, dialog, pg_database):
    address, password = pg_database
    server = store_db.open_database(address, password=password)
    profiles.create_profile(server, profiles.ProfileData(name="Shared farm"))
    before = db_copy.checksums(server)
    server.close()
    asked = []
    monkeypatch.setattr(messages, "confirm", lambda _p, title, _text: asked.append(title) or False)
    choose_server(qtbot, monkeypatch, dialog, address, password)
    run_copy(qtbot, dialog)
    assert asked == ["Replace its contents?"]
    assert dialog.report is None and db_copy.checksums(dialog.target) == before


def test_the_same_file_is_refused(qtbot, monkeypatch, dialog, demo_db):
    monkeypatch.setattr(copy_module, "choose_target_file", lambda _parent, _suggested: str(demo_db.path))
    dialog.file_button.click()
    assert dialog.opening is None and dialog.target is None
    assert dialog.status.text() == "This is the database in use; choose another file."


def test_errors_are_shown_in_the_dialog(qtbot, monkeypatch, dialog, tmp_path):
    broken = tmp_path / "broken.sqlite3"
    broken.write_bytes(b"this is not a database" * 100)
    choose_file(qtbot, monkeypatch, dialog, broken)
    assert dialog.target is None and str(broken) in dialog.status.text()
    assert dialog.status.property("tone") == "danger"

    def failing(_source, target, **_kw):
        raise db_copy.CopyError("{0}: the copy differs from the source in {1}; it was rolled back",
                                target.location, "payout")

    monkeypatch.setattr(db_copy, "copy_database", failing)
    choose_file(qtbot, monkeypatch, dialog, tmp_path / "new.sqlite3")
    run_copy(qtbot, dialog)
    assert dialog.status.text().endswith("the copy differs from the source in payout; it was rolled back")
    assert dialog.status.property("tone") == "danger" and dialog.report is None


# ==================================================================================== the window


@pytest.fixture
def window(qtbot, demo_db):
    QSettings().remove("ui/page")
    assert db_guard.claim(demo_db.path)  # as at start-up: the window holds its file
    w = MainWindow(demo_db)
    qtbot.addWidget(w)
    w.show()
    return w


def drive_copy_dialog(qtbot, monkeypatch, then):
    """CopyDialog.exec runs ``then(dialog)`` instead of waiting for the user; returns the dialogs shown."""
    shown = []

    def fake_exec(dialog):
        shown.append(dialog)
        dialog.show()
        then(dialog)
        return dialog.result()

    monkeypatch.setattr(CopyDialog, "exec", fake_exec)
    return shown


def test_switch_to_the_copy_now(qtbot, monkeypatch, window, demo_db, tmp_path):
    target_path = tmp_path / "switched.sqlite3"

    def copy_and_switch(dialog):
        choose_file(qtbot, monkeypatch, dialog, target_path)
        run_copy(qtbot, dialog)
        assert dialog.report.ok
        dialog.switch_button.click()

    shown = drive_copy_dialog(qtbot, monkeypatch, copy_and_switch)
    window.show_page("settings")
    window.pages["settings"].copy_button.click()
    assert len(shown) == 1 and shown[0].source is demo_db  # the window's own connection, not a second one
    assert window.db.path == target_path.resolve()
    assert window.db_status.text() == f"Database: {target_path.resolve()}"
    assert db_access.saved_location() == str(target_path.resolve())
    assert db_guard._lock is not None and Path(db_guard._lock.fileName()) == db_guard.lock_path(target_path)
    assert window.pages["settings"].db_label.text() == f"File: {target_path.resolve()}"
    assert window.profile_combo.count() == 3


def test_switch_to_a_shared_copy(qtbot, monkeypatch, window, pg_database):
    address, password = pg_database

    def copy_and_switch(dialog):
        choose_server(qtbot, monkeypatch, dialog, address, password)
        run_copy(qtbot, dialog)
        dialog.switch_button.click()

    drive_copy_dialog(qtbot, monkeypatch, copy_and_switch)
    window.pages["settings"].copy_database()
    assert not window.db.is_sqlite and window.db.location == address
    assert window.db_status.text() == f"Database: {address}"
    assert db_access.saved_location() == address
    assert db_guard._lock is None  # a server needs no lock file
    assert window.profile_combo.count() == 3


def test_closing_without_switching_keeps_the_window(qtbot, monkeypatch, window, demo_db, tmp_path):
    def copy_and_close(dialog):
        choose_file(qtbot, monkeypatch, dialog, tmp_path / "kept.sqlite3")
        run_copy(qtbot, dialog)
        dialog.close_button.click()

    drive_copy_dialog(qtbot, monkeypatch, copy_and_close)
    window.pages["settings"].copy_database()
    assert window.db is demo_db and db_access.saved_location() is None


def connect_through_settings(qtbot, monkeypatch, page, address, password) -> None:
    def fake_exec(connect):
        fill(connect, address, password)
        connect.accept()
        qtbot.waitUntil(lambda: connect.task is None, timeout=15000)
        return connect.result()

    monkeypatch.setattr(ConnectDialog, "exec", fake_exec)
    page.connect_shared()


def test_connecting_to_an_empty_server_offers_to_copy(qtbot, monkeypatch, window, demo_db, pg_database):
    address, password = pg_database
    asked = []
    monkeypatch.setattr(messages, "confirm", lambda _p, _title, text: asked.append(text) or True)

    def copy_and_close(dialog):
        assert dialog.target is not None and dialog.target.location == address  # pre-filled
        assert not dialog.server_button.isVisibleTo(dialog) and not dialog.file_button.isVisibleTo(dialog)
        run_copy(qtbot, dialog)
        assert dialog.report.ok
        assert not dialog.switch_button.isVisibleTo(dialog)  # connecting switches anyway
        dialog.close_button.click()

    shown = drive_copy_dialog(qtbot, monkeypatch, copy_and_close)
    connect_through_settings(qtbot, monkeypatch, window.pages["settings"], address, password)
    assert asked == [EMPTY_OFFER] and len(shown) == 1
    assert not window.db.is_sqlite and window.db.location == address  # connected, with the books
    assert window.db_status.text() == f"Database: {address}"
    local = store_db.open_database(demo_db.path)  # closed by the switch; read again
    try:
        assert db_copy.checksums(window.db) == db_copy.checksums(local)
    finally:
        local.close()
    assert window.profile_combo.count() == 3


def test_the_offer_said_no_connects_to_the_empty_server(qtbot, monkeypatch, window, pg_database):
    address, password = pg_database
    asked = []
    monkeypatch.setattr(messages, "confirm", lambda _p, _title, text: asked.append(text) or False)
    shown = drive_copy_dialog(qtbot, monkeypatch, lambda _dialog: None)
    connect_through_settings(qtbot, monkeypatch, window.pages["settings"], address, password)
    assert asked == [EMPTY_OFFER] and shown == []
    assert window.db.location == address and empty(window.db)


def test_no_offer_from_a_file_without_profiles(qtbot, monkeypatch, db, pg_database):
    address, password = pg_database
    asked = []
    monkeypatch.setattr(messages, "confirm", lambda _p, _title, text: asked.append(text) or True)
    page = SettingsPage(db)
    qtbot.addWidget(page)
    chosen = []
    page.database_chosen.connect(chosen.append)
    connect_through_settings(qtbot, monkeypatch, page, address, password)
    try:
        assert asked == [] and len(chosen) == 1 and chosen[0].location == address
    finally:
        chosen[0].close()


def test_no_offer_when_the_server_has_profiles(qtbot, monkeypatch, demo_db, pg_database):
    address, password = pg_database
    server = store_db.open_database(address, password=password)
    profiles.create_profile(server, profiles.ProfileData(name="Shared farm"))
    server.close()
    asked = []
    monkeypatch.setattr(messages, "confirm", lambda _p, _title, text: asked.append(text) or True)
    page = SettingsPage(demo_db)
    qtbot.addWidget(page)
    chosen = []
    page.database_chosen.connect(chosen.append)
    connect_through_settings(qtbot, monkeypatch, page, address, password)
    try:
        assert asked == [] and len(chosen) == 1
    finally:
        chosen[0].close()
