"""Starting the desktop app: QApplication, translations, the database, the main window."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from desktop import APP_NAME, ORG_NAME, __version__
from desktop.paths import resolve_db_path, resources_dir
from desktop.store import db as store_db
from desktop.ui import i18n, messages

STYLE = """
QListWidget#navigation { border: none; font-size: 11pt; }
QListWidget#navigation::item { padding: 9px 14px; }
QListWidget#navigation::item:selected { background: palette(highlight); color: palette(highlighted-text); }
"""


def make_app(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    QCoreApplication.setOrganizationName(ORG_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    icon = resources_dir() / "icons" / "hashpledge.svg"
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    app.setStyleSheet(STYLE)
    i18n.install(i18n.saved_language())
    return app


def open_or_explain(db_arg: str | None) -> store_db.Database | None:
    path = resolve_db_path(db_arg)
    try:
        return store_db.open_database(path)
    except store_db.StoreError as exc:
        messages.error(None, QCoreApplication.translate("App", "Cannot open the database"), str(exc))
        return None


def run_gui(db_arg: str | None = None) -> int:
    from desktop.ui.main_window import MainWindow

    app = make_app()
    db = open_or_explain(db_arg)
    if db is None:
        return 1
    window = MainWindow(db)
    window.show()
    code = app.exec()
    window.db.close()
    return code
