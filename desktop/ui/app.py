"""Starting the desktop app: QApplication, translations, the database, the main window."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication

from desktop import APP_NAME, ORG_NAME, __version__
from desktop.i18n import tr_error
from desktop.paths import default_db_path, resources_dir
from desktop.services import db_access
from desktop.store import db as store_db
from desktop.ui import i18n, messages, theme

STYLE = """
QListWidget#navigation { border: none; font-size: 11pt; }
QListWidget#navigation::item { padding: 9px 14px; }
QListWidget#navigation::item:selected { background: palette(highlight); color: palette(highlighted-text); }
QListWidget#navigation::item:selected:focus { border-left: 4px solid palette(highlighted-text); padding-left: 10px; }
"""


def make_app(argv: list[str] | None = None) -> QApplication:
    if QApplication.instance() is None:  # fractional scales (125 %, 150 %) as they are, not rounded
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    QCoreApplication.setOrganizationName(ORG_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    icon = resources_dir() / "icons" / "hashpledge.svg"
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    theme.install(STYLE)  # Fusion, the light or dark palette, and STYLE with the theme's colours
    i18n.install(i18n.saved_language())
    return app


def open_or_explain(db_arg: str | None) -> store_db.Database | None:
    """The database to start on (``--db`` > ``HASHPLEDGE_DB`` > the one chosen in Settings > the default file),
    open; None when it cannot be opened (the user was told why) or the user chose to quit."""
    location = db_access.resolve_location(db_arg)
    if store_db.is_server_url(location):
        database = _open_server(location, from_settings=_chosen_in_settings(db_arg, location))
    else:
        database = _open_file(Path(location))
    if database is not None and database.warning is not None:
        messages.info(None, QCoreApplication.translate("App", "Database"), tr_error(database.warning))
    return database


def _open_file(path: Path) -> store_db.Database | None:
    from desktop.ui import db_guard  # one window per database; a damaged file: offer the latest backup

    if not db_guard.claim(path):
        return None
    try:
        return store_db.open_database(path)
    except store_db.CorruptDatabaseError as exc:
        return db_guard.recover_or_quit(None, path, exc)
    except store_db.StoreError as exc:
        messages.error(None, QCoreApplication.translate("App", "Cannot open the database"), tr_error(exc))
        return None


def _open_server(location: str, *, from_settings: bool) -> store_db.Database | None:
    """A shared database: no lock file (the server serialises writers) and no file to recover; the password
    from the address, the keyring or libpq's files, else asked for. Connecting waits up to the connect timeout
    here, before any window exists. When the server was chosen in Settings (not on the command line), a failure
    offers the local file for this session — otherwise an unreachable server would lock the user out of the app
    and out of the setting that names it."""
    from desktop.ui.dialogs import password_dialog

    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        return db_access.open_location(location, prompt=_without_wait_cursor(password_dialog.prompt(None)))
    except store_db.StoreError as exc:
        error = exc
    finally:
        QGuiApplication.restoreOverrideCursor()
    title = QCoreApplication.translate("App", "Cannot open the database")
    if not from_settings:
        messages.error(None, title, tr_error(error))
        return None
    local = default_db_path()
    if messages.confirm(None, title, QCoreApplication.translate(
            "App", "{0}\n\nOpen the local database file instead, this time?\n{1}\n\nIts data is yours only, not the "
            "shared database's. The shared database is tried again at the next start; Settings ▸ Database changes "
            "which one is used.").format(tr_error(error), local)):
        return _open_file(local)
    return None


def _without_wait_cursor(prompt: db_access.Prompt) -> db_access.Prompt:
    """The password dialog with the normal cursor (the wait cursor is on while connecting)."""

    def ask(address: str, refused: bool) -> db_access.Answer | None:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.ArrowCursor)
        try:
            return prompt(address, refused)
        finally:
            QGuiApplication.restoreOverrideCursor()

    return ask


def _chosen_in_settings(db_arg: str | None, location: str) -> bool:
    """Whether ``location`` came from the saved choice (Settings ▸ Database), not ``--db`` or ``HASHPLEDGE_DB``."""
    if (db_arg and str(db_arg).strip()) or os.environ.get("HASHPLEDGE_DB", "").strip():
        return False
    return db_access.saved_location() == location


def run_gui(db_arg: str | None = None, startup_time: bool = False) -> int:
    """The desktop app. With ``startup_time`` it prints the seconds from process start to the first paint of
    the main window and quits (``hashpledge --startup-time``, used by the benchmarks)."""
    from desktop.ui.main_window import MainWindow

    app = make_app()
    db = open_or_explain(db_arg)
    if db is None:
        return 1
    window = MainWindow(db)
    window.show()
    if startup_time:
        QTimer.singleShot(0, lambda: _report_startup(window))
    else:
        window.maybe_welcome()  # the first-run welcome, on a database without profiles
    code = app.exec()
    window.db.close()
    return code


def _report_startup(window) -> None:
    window.repaint()  # the first paint is done when this returns
    print(f"main window shown after {process_age():.3f} s", flush=True)
    QCoreApplication.instance().quit()


def process_age() -> float:
    """Seconds since this process started (Linux: from /proc; elsewhere: since the interpreter started)."""
    try:
        import os

        ticks = os.sysconf("SC_CLK_TCK")
        with open("/proc/self/stat", encoding="ascii") as f:
            start_ticks = int(f.read().rsplit(")", 1)[1].split()[19])
        with open("/proc/uptime", encoding="ascii") as f:
            uptime = float(f.read().split()[0])
        return uptime - start_ticks / ticks
    except (OSError, ValueError, AttributeError, IndexError):
        return time.perf_counter() - _STARTED


_STARTED = time.perf_counter()
