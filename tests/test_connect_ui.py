"""A shared PostgreSQL database in the desktop app: the password dialog, start-up on a server address,
Settings ▸ Database (connect, back to a file, forget the password), and what a server turns off (backups,
undo). Real widgets offscreen, real SQLite files and the real PostgreSQL test server (``pg_database``); the
keyring is the in-memory one of conftest."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QPushButton
from sqlalchemy import make_url

from desktop.paths import default_db_path
from desktop.services import db_access, profiles
from desktop.store import db as store_db
from desktop.ui import app as app_module
from desktop.ui import db_guard, messages
from desktop.ui.dialogs import password_dialog
from desktop.ui.dialogs.connect_dialog import ConnectDialog
from desktop.ui.dialogs.equipment_dialog import EquipmentDialog
from desktop.ui.dialogs.password_dialog import PasswordDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.pages import settings as settings_module
from desktop.ui.pages.settings import SettingsPage

UNDO_OFF = "Undo is not available on a shared database: each change is saved for everyone at once."
CLOSED_PORT = "postgresql://nobody@127.0.0.1:1/hashpledge"


pytestmark = pytest.mark.usefixtures("clean_database_choice")  # tests/conftest.py


@pytest.fixture
def server(pg_database):
    """(address without password, password) of a new HashPledge database on the server, schema made."""
    address, password = pg_database
    store_db.open_database(address, password=password).close()
    return address, password


def answer_with(monkeypatch, answers: list[db_access.Answer | None]) -> list[PasswordDialog]:
    """The password dialog answers ``answers`` in turn (None: Cancel); returns the dialogs shown."""
    shown: list[PasswordDialog] = []

    def fake_exec(dialog):
        shown.append(dialog)
        answer = answers[len(shown) - 1]
        if answer is None:
            dialog.reject()
        else:
            dialog.password.setText(answer.password)
            dialog.remember.setChecked(answer.remember)
            dialog.accept()
        return dialog.result()

    monkeypatch.setattr(PasswordDialog, "exec", fake_exec)
    return shown


def no_prompt(monkeypatch) -> None:
    def fail(_dialog):
        raise AssertionError("the password dialog was shown")

    monkeypatch.setattr(PasswordDialog, "exec", fail)


def label_texts(widget) -> str:
    return "\n".join(label.text() for label in widget.findChildren(QLabel))


# ==================================================================================== the password dialog


def test_password_dialog_returns_the_answer_or_none(qtbot, monkeypatch):
    dialog = PasswordDialog("postgresql://advisor@db.bank.local:6432/hashpledge")
    qtbot.addWidget(dialog)
    assert dialog.findChild(QLabel, "serverLabel").text() == "db.bank.local:6432"
    assert dialog.findChild(QLabel, "databaseLabel").text() == "hashpledge"
    assert dialog.findChild(QLabel, "userLabel").text() == "advisor"
    assert dialog.password.echoMode() == QLineEdit.EchoMode.Password
    assert dialog.refused_line.isHidden()
    refused = PasswordDialog("postgresql://advisor@db.bank.local/hashpledge", refused=True)
    qtbot.addWidget(refused)
    assert not refused.refused_line.isHidden() and refused.refused_line.text() == "The server refused the password"
    assert refused.findChild(QLabel, "serverLabel").text() == "db.bank.local:5432"

    answer_with(monkeypatch, [db_access.Answer("s3cret", True), None])
    assert password_dialog.ask("postgresql://advisor@db.bank.local/hp") == db_access.Answer("s3cret", True)
    assert password_dialog.ask("postgresql://advisor@db.bank.local/hp") is None


# ==================================================================================== start-up


def test_startup_with_the_password_in_the_keyring_opens_without_asking(server, monkeypatch):
    address, password = server
    db_access.remember_password(address, password)
    no_prompt(monkeypatch)
    database = app_module.open_or_explain(address)
    try:
        assert database is not None and not database.is_sqlite
        assert database.location == address
        assert db_guard._lock is None  # no lock file for a server
    finally:
        database.close()


def test_startup_asks_and_remembers_when_asked(server, monkeypatch, memory_keyring):
    address, password = server
    shown = answer_with(monkeypatch, [db_access.Answer(password, True)])
    database = app_module.open_or_explain(address)
    try:
        assert database is not None and database.location == address
        assert len(shown) == 1 and shown[0].refused_line.isHidden()
        assert memory_keyring.items == {("HashPledge", db_access.keyring_user(address)): password}
    finally:
        database.close()


def test_a_refused_password_asks_again_saying_so(server, monkeypatch, memory_keyring):
    address, password = server
    shown = answer_with(monkeypatch, [db_access.Answer("wrong", True), db_access.Answer(password, False)])
    database = app_module.open_or_explain(address)
    try:
        assert database is not None
        assert [d.refused_line.isHidden() for d in shown] == [True, False]
        assert memory_keyring.items == {}  # the wrong one was refused, the right one not to be remembered
    finally:
        database.close()


def test_startup_cancelled_or_unreachable_says_why(server, monkeypatch):
    address, _password = server
    errors = []
    monkeypatch.setattr(messages, "error", lambda _p, title, text: errors.append((title, text)))
    answer_with(monkeypatch, [None])
    assert app_module.open_or_explain(address) is None
    assert errors == [("Cannot open the database", f"{address}: the server asks for a password")]
    assert app_module.open_or_explain(CLOSED_PORT) is None
    assert errors[1][1].startswith(f"{CLOSED_PORT}: cannot connect to the database server")


def test_an_unreachable_server_chosen_in_settings_offers_the_local_file(monkeypatch):
    """Otherwise a server gone for good would keep the user out of the app and of the setting naming it."""
    db_access.save_location(CLOSED_PORT)
    asked = []
    monkeypatch.setattr(messages, "confirm", lambda _p, title, text: asked.append(text) or len(asked) == 2)
    assert app_module.open_or_explain(None) is None  # said no: quit
    assert "cannot connect to the database server" in asked[0] and str(default_db_path()) in asked[0]
    database = app_module.open_or_explain(None)
    try:
        assert database is not None and database.path == default_db_path().resolve()
        assert db_access.saved_location() == CLOSED_PORT  # tried again at the next start
    finally:
        database.close()


def test_a_file_still_starts_as_before(tmp_path):
    path = tmp_path / "mine.sqlite3"
    database = app_module.open_or_explain(str(path))
    try:
        assert database is not None and database.path == path.resolve()
        assert db_guard.lock_path(path).exists()  # one window per file, as before
    finally:
        database.close()


# ==================================================================================== Settings ▸ Database


def test_settings_page_on_a_server_shows_the_address_never_the_password(qtbot, server):
    address, password = server
    database = store_db.open_database(address, password=password)
    try:
        page = SettingsPage(database)
        qtbot.addWidget(page)
        assert page.db_label.text() == f"Shared server: {address}"
        assert password not in label_texts(page)
        # a server's backups are its administrator's: nothing here to back up, restore or open
        assert not page.backup_now.isEnabled() and not page.restore.isEnabled()
        assert not page.backup_list.isVisibleTo(page)
        assert "pg_dump" in page.backup_note.text()
        assert not page.open_folder.isVisibleTo(page)
        assert page.forget_button.isVisibleTo(page)
    finally:
        database.close()


def test_settings_page_on_a_file(qtbot, db):
    page = SettingsPage(db)
    qtbot.addWidget(page)
    assert page.db_label.text() == f"File: {db.path}"
    assert page.backup_now.isEnabled() and page.backup_list.isVisibleTo(page)
    assert page.open_folder.isVisibleTo(page) and not page.forget_button.isVisibleTo(page)


def test_forget_saved_password(qtbot, server, monkeypatch, memory_keyring):
    address, password = server
    db_access.remember_password(address, password)
    infos = []
    monkeypatch.setattr(messages, "info", lambda _p, title, text: infos.append(text))
    database = store_db.open_database(address, password=password)
    try:
        page = SettingsPage(database)
        qtbot.addWidget(page)
        page.forget_button.click()
        assert memory_keyring.items == {} and "was removed" in infos[0]
        page.forget_button.click()
        assert infos[1].startswith("No password of")
        assert password not in "".join(infos)
    finally:
        database.close()


# ==================================================================================== the connect dialog


def fill(dialog: ConnectDialog, address: str, password: str = "") -> None:
    url = make_url(address)
    dialog.host.setText(url.host)
    dialog.port.setValue(url.port)
    dialog.database_name.setText(url.database)
    dialog.user.setText(url.username)
    dialog.password.setText(password)


def run_test_connection(qtbot, dialog: ConnectDialog) -> str:
    dialog.test_button.click()
    assert not dialog.test_button.isEnabled()  # one attempt at a time, off the GUI thread
    qtbot.waitUntil(lambda: dialog.task is None, timeout=15000)
    assert dialog.test_button.isEnabled()
    return dialog.status.text()


def test_connect_dialog_test_connection_reports_success_and_errors(qtbot, server):
    address, password = server
    dialog = ConnectDialog()
    qtbot.addWidget(dialog)
    assert dialog.password.echoMode() == QLineEdit.EchoMode.Password
    assert dialog.port.value() == 5432 and dialog.host.text() == ""
    fill(dialog, address, password)
    assert store_db.display_url(dialog.address()) == address
    assert run_test_connection(qtbot, dialog) == f"The connection works: {address}"
    assert dialog.status.property("tone") == "ok"

    dialog.password.setText("wrong")
    assert run_test_connection(qtbot, dialog) == f"{address}: the server refused the user name or password"
    assert dialog.status.property("tone") == "danger"

    fill(dialog, CLOSED_PORT)
    assert run_test_connection(qtbot, dialog).startswith(f"{CLOSED_PORT}: cannot connect to the database server (")
    assert dialog.status.property("tone") == "danger"


def test_test_connection_changes_nothing_on_the_server(qtbot, pg_database):
    """Test connection on an empty shared database works and creates no table: only connecting does."""
    from sqlalchemy import create_engine, inspect

    address, password = pg_database
    dialog = ConnectDialog()
    qtbot.addWidget(dialog)
    fill(dialog, address, password)
    assert run_test_connection(qtbot, dialog) == f"The connection works: {address}"
    engine = create_engine(store_db.server_url(address, password))
    try:
        with engine.connect() as con:
            assert inspect(con).get_table_names() == []
    finally:
        engine.dispose()


def test_connect_dialog_says_what_is_missing(qtbot):
    dialog = ConnectDialog()
    qtbot.addWidget(dialog)
    dialog.test_button.click()
    assert dialog.task is None and dialog.status.text() == "Enter the server's host name or IP address."
    dialog.host.setText("db.bank.local")
    dialog.accept()
    assert dialog.task is None and dialog.status.text() == "Enter the name of the database."


def test_connect_dialog_starts_from_the_server_in_use(qtbot):
    dialog = ConnectDialog(None, "postgresql://advisor@db.bank.local:6432/hashpledge")
    qtbot.addWidget(dialog)
    assert (dialog.host.text(), dialog.port.value(), dialog.database_name.text(), dialog.user.text()) == \
        ("db.bank.local", 6432, "hashpledge", "advisor")


# ==================================================================================== the main window switches


@pytest.fixture
def window(qtbot, db):
    QSettings().remove("ui/page")
    profiles.create_profile(db, profiles.ProfileData(name="Local farm"))
    w = MainWindow(db)
    qtbot.addWidget(w)
    w.show()
    return w


def connect_through_settings(qtbot, monkeypatch, window, address, password, remember=True):
    def fake_exec(dialog):
        fill(dialog, address, password)
        dialog.remember.setChecked(remember)
        dialog.accept()
        qtbot.waitUntil(lambda: dialog.task is None, timeout=15000)
        return dialog.result()

    monkeypatch.setattr(ConnectDialog, "exec", fake_exec)
    window.pages["settings"].connect_shared()


def add_machines(window, monkeypatch) -> None:
    def fake_exec(dialog):
        dialog.model.setText("Antminer S19")
        dialog.hashrate.setText("95")
        dialog.power.setText("3250")
        dialog.serials.setPlainText("U-1\nU-2")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(EquipmentDialog, "exec", fake_exec)
    window.show_page("equipment")
    window.pages["equipment"].add_several()


def test_connect_switches_the_window_and_back_to_a_file(qtbot, monkeypatch, window, server, memory_keyring,
                                                         tmp_path):
    address, password = server
    local = window.db
    with_shared = store_db.open_database(address, password=password)
    profiles.create_profile(with_shared, profiles.ProfileData(name="Shared farm"))
    with_shared.close()
    assert db_guard.claim(local.path)  # as at start-up: the window holds its file

    connect_through_settings(qtbot, monkeypatch, window, address, password)
    assert not window.db.is_sqlite and window.db.location == address
    assert window.db_status.text() == f"Database: {address}"
    assert "(shared database)" in window.windowTitle()
    assert window.profile_combo.currentText() == "Shared farm"
    assert db_access.saved_location() == address  # without the password
    assert password not in str(QSettings("HashPledge", "HashPledge").value(db_access.SETTINGS_KEY))
    assert memory_keyring.items == {("HashPledge", db_access.keyring_user(address)): password}
    assert window.pages["settings"].db_label.text() == f"Shared server: {address}"
    assert db_guard._lock is None  # the file's lock was given back
    # nothing to undo on a shared database, and the actions say why
    add_machines(window, monkeypatch)
    assert not window.act_undo.isEnabled() and not window.act_redo.isEnabled()
    assert window.act_undo.toolTip() == UNDO_OFF and window.act_redo.toolTip() == UNDO_OFF

    other = tmp_path / "other.sqlite3"
    monkeypatch.setattr(settings_module, "choose_database_file", lambda _parent, _folder: str(other))
    page = window.pages["settings"]
    page.use_file()
    qtbot.waitUntil(lambda: window.db.is_sqlite, timeout=15000)
    assert window.db.path == other.resolve()
    assert window.db_status.text() == f"Database: {other.resolve()}"
    assert "(shared database)" not in window.windowTitle()
    assert db_access.saved_location() == str(other.resolve())
    assert db_guard.lock_path(other).exists()
    assert window.pages["settings"].db_label.text() == f"File: {other.resolve()}"
    assert window.pages["settings"].backup_now.isEnabled()

    page = window.pages["settings"]
    page.use_default_file()
    qtbot.waitUntil(lambda: window.db.path == default_db_path().resolve(), timeout=15000)
    assert db_access.saved_location() is None
    assert not window.pages["settings"].default_button.isEnabled()


def test_undo_is_on_for_a_file(monkeypatch, window):
    assert window.act_undo.toolTip() != UNDO_OFF
    add_machines(window, monkeypatch)
    assert window.act_undo.isEnabled() and window.act_undo.text() == "Undo Add 2 machines"


def test_a_failed_connection_keeps_the_window_on_its_database(qtbot, monkeypatch, window):
    local = window.db

    def fake_exec(dialog):
        fill(dialog, CLOSED_PORT)
        dialog.accept()
        qtbot.waitUntil(lambda: dialog.task is None, timeout=15000)
        assert dialog.isVisible() or dialog.result() == QDialog.DialogCode.Rejected
        assert "cannot connect" in dialog.status.text()
        dialog.reject()
        return dialog.result()

    monkeypatch.setattr(ConnectDialog, "exec", fake_exec)
    window.pages["settings"].connect_shared()
    assert window.db is local and db_access.saved_location() is None


def test_delete_profile_on_a_server_makes_no_backup(qtbot, monkeypatch, server):
    address, password = server
    database = store_db.open_database(address, password=password)
    profiles.create_profile(database, profiles.ProfileData(name="Shared farm"))
    asked = []
    monkeypatch.setattr(messages, "confirm", lambda _p, _t, text: asked.append(text) or True)
    w = MainWindow(database)
    qtbot.addWidget(w)
    try:
        w.delete_profile()
        assert profiles.list_profiles(database) == []
        assert "shared database" in asked[0] and "backup" not in asked[0]
    finally:
        database.close()


def test_a_file_chosen_while_another_window_has_it_is_left_alone(qtbot, monkeypatch, window, tmp_path):
    other = tmp_path / "other.sqlite3"
    monkeypatch.setattr(settings_module, "choose_database_file", lambda _parent, _folder: str(other))
    monkeypatch.setattr(db_guard, "claim", lambda _path, _parent=None: False)  # the user chose Quit
    local = window.db
    window.pages["settings"].use_file()
    assert window.pages["settings"].opening is None and window.db is local
    assert not Path(other).exists()


def test_connecting_runs_off_the_gui_thread_and_cancel_drops_it(qtbot, monkeypatch, tmp_path):
    """A server that takes its time: the dialog stays usable, Cancel gives it back at once, and what the
    connection opens afterwards is closed, never used."""
    import threading

    release, opened = threading.Event(), []

    def slow_open(location, **_kw):
        assert threading.current_thread() is not threading.main_thread()
        release.wait(10)
        database = store_db.open_database(tmp_path / "late.sqlite3")
        closed = database.close
        database.close = lambda: (opened.append("closed"), closed())
        opened.append(database)
        return database

    monkeypatch.setattr(db_access, "open_location", slow_open)
    dialog = ConnectDialog()
    qtbot.addWidget(dialog)
    fill(dialog, "postgresql://advisor@db.bank.local:5432/hashpledge", "pw")
    dialog.accept()
    task = dialog.task
    assert task is not None and not dialog.test_button.isEnabled()
    assert dialog.status.text() == "Connecting to postgresql://advisor@db.bank.local:5432/hashpledge…"
    qtbot.waitUntil(lambda: task.dialog.isVisible(), timeout=3000)  # the progress dialog with Cancel
    task.dialog.findChild(QPushButton).click()  # Cancel
    assert dialog.test_button.isEnabled() and dialog.status.text() == "Cancelled."
    release.set()
    qtbot.waitUntil(lambda: "closed" in opened, timeout=10000)
    assert dialog.database is None and db_access.saved_location() is None


def test_a_file_that_cannot_be_opened_keeps_the_window_and_its_lock(qtbot, monkeypatch, window, tmp_path):
    broken = tmp_path / "broken.sqlite3"
    broken.write_bytes(b"this is not a database" * 100)
    errors = []
    monkeypatch.setattr(messages, "error", lambda _p, title, text: errors.append((title, text)))
    monkeypatch.setattr(settings_module, "choose_database_file", lambda _parent, _folder: str(broken))
    local = window.db
    assert db_guard.claim(local.path)
    page = window.pages["settings"]
    page.use_file()
    qtbot.waitUntil(lambda: bool(errors), timeout=10000)
    assert errors[0][0] == "Cannot open the database" and str(broken) in errors[0][1]
    assert window.db is local and db_access.saved_location() is None
    assert db_guard._lock is not None and Path(db_guard._lock.fileName()) == db_guard.lock_path(local.path)
    assert not db_guard.lock_path(broken).exists()
