"""Settings ▸ Database ▸ Connect to a shared database: the address of a PostgreSQL server, typed in parts.

A bank's advisors share one database on a server; the administrator gives them its host, port, database name
and a user. The dialog builds the address from those parts (``postgresql://user@host:port/name``, never with
the password), and opens it off the GUI thread — an unreachable server takes up to the connect timeout
(10 s) to say so, with a progress dialog and Cancel meanwhile. "Test connection" opens and closes it and says
what happened in the dialog; OK opens it for good, keeps the password in the system keyring when asked (and
says so when there is no keyring), and remembers the address for the next start. The caller takes the open
database from ``database`` and switches the window to it. With ``switch=False`` (Settings ▸ Database ▸ Copy
this database to…, desktop.ui.dialogs.copy_dialog) the dialog only chooses a database: it is opened the same
way, but not remembered for the next start — the caller copies into it and closes it (or switches to it).

:func:`open_in_background` is the one way the running app opens a database (a server here, a file from the
Settings page): nothing that may wait for a network blocks the window.
"""

from __future__ import annotations

import os
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import URL, make_url
from sqlalchemy.exc import ArgumentError

from desktop.i18n import tr_error
from desktop.services import db_access
from desktop.store import db as store_db
from desktop.ui import messages, theme, workers

DEFAULT_PORT = 5432


def open_in_background(parent: QWidget | None, location: str | URL | os.PathLike,
                       on_done: Callable[[store_db.Database], None], on_error: Callable[[Exception], None],
                       *, title: str, label: str, on_cancel: Callable[[], None] | None = None,
                       upgrade: bool = True) -> workers.Task:
    """Open ``location`` (``db_access.open_location``: a password in the address is used, else the keyring or
    libpq's files) on the thread pool, with a busy indicator and Cancel. A database opened after the user
    cancelled is closed, and an error after Cancel is not reported: the user has moved on. ``upgrade=False``
    (Test connection): nothing is created or upgraded on the server."""

    def work(progress: workers.Progress) -> store_db.Database:
        database = db_access.open_location(location, upgrade=upgrade)
        if progress.cancelled:
            database.close()
            raise workers.Cancelled()
        return database

    def done(database: store_db.Database) -> None:
        if task.progress.cancelled:  # opened just as the user cancelled
            database.close()
        else:
            on_done(database)

    def failed(exc: Exception) -> None:
        if not task.progress.cancelled:
            on_error(exc)

    task = workers.run_in_background(parent, work, done, failed, title=title, label=label)
    task.dialog.setRange(0, 0)  # no percentage to show: a busy indicator
    if on_cancel is not None:
        task.dialog.canceled.connect(on_cancel)
    return task


class ConnectDialog(QDialog):
    """Host, port, database, user and password of a shared database; ``database`` is open after OK."""

    def __init__(self, parent: QWidget | None = None, current: str | None = None, *, switch: bool = True):
        super().__init__(parent)
        self.switch = switch  # False: only choose (and open) a database, e.g. to copy into; nothing is saved
        self.setWindowTitle(self.tr("Connect to a shared database") if switch
                            else self.tr("Copy to a shared database"))
        self.setMinimumWidth(520)
        self.database: store_db.Database | None = None  # opened by OK; the caller switches to it
        self.task: workers.Task | None = None  # the opening under way (tests wait for it)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Advisors of a bank can share one HashPledge database on a PostgreSQL server. Your administrator "
            "gives you its address and your user name.") if switch else self.tr(
            "The database to copy into, on a PostgreSQL server: best a new, empty one. Your administrator "
            "gives you its address and your user name."))
        intro.setWordWrap(True)
        layout.addWidget(intro)

        form = QFormLayout()
        self.host = QLineEdit()
        self.host.setObjectName("host")
        self.host.setPlaceholderText(self.tr("db.bank.local"))  # an example
        self.port = QSpinBox()
        self.port.setObjectName("port")
        self.port.setRange(1, 65535)
        self.port.setValue(DEFAULT_PORT)
        self.port.setGroupSeparatorShown(False)
        self.port.setMaximumWidth(120)
        self.database_name = QLineEdit()
        self.database_name.setObjectName("databaseName")
        self.database_name.setPlaceholderText(self.tr("hashpledge"))  # an example
        self.user = QLineEdit()
        self.user.setObjectName("user")
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("empty: the one saved in the keyring, if any"))
        self._fields = {"host": self.host, "database": self.database_name, "user": self.user}
        for label, widget in ((self.tr("&Server (host):"), self.host), (self.tr("P&ort:"), self.port),
                              (self.tr("&Database name:"), self.database_name), (self.tr("&User name:"), self.user),
                              (self.tr("Pass&word:"), self.password)):
            form.addRow(label, widget)
        layout.addLayout(form)

        self.remember = QCheckBox(self.tr("&Remember the password in the system keyring"))
        self.remember.setToolTip(self.tr(
            "Saved by the operating system (Windows Credential Manager, macOS Keychain, GNOME or KDE "
            "keyring), never in a HashPledge file."))
        layout.addWidget(self.remember)

        row = QHBoxLayout()
        self.test_button = QPushButton(self.tr("&Test connection"))
        self.test_button.setObjectName("testConnection")
        self.test_button.clicked.connect(self.test_connection)
        row.addWidget(self.test_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.status = QLabel()
        self.status.setObjectName("connectStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status.hide()
        layout.addWidget(self.status)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("&Connect") if switch else self.tr("C&hoose"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._fill(current)

    def _fill(self, current: str | None) -> None:
        """Start from the shared database in use (its parts), so that a changed password or port is quick."""
        if not current or not store_db.is_server_url(current):
            return
        try:
            url = make_url(current)
        except ArgumentError:
            return
        self.host.setText(url.host or "")
        self.port.setValue(url.port or DEFAULT_PORT)
        self.database_name.setText(url.database or "")
        self.user.setText(url.username or "")
        self.password.setFocus()

    # ---- the address -------------------------------------------------------------------------------------
    def address(self) -> URL:
        """The address typed, without the password: what is shown, saved and the keyring's entry."""
        return URL.create("postgresql", self.user.text().strip() or None, None, self.host.text().strip() or None,
                          self.port.value(), self.database_name.text().strip() or None)

    def _checked_address(self) -> URL | None:
        """The address, or None after saying which part is missing (and focusing it)."""
        for key, message in (("host", self.tr("Enter the server's host name or IP address.")),
                             ("database", self.tr("Enter the name of the database.")),
                             ("user", self.tr("Enter your user name on the database server."))):
            if not self._fields[key].text().strip():
                self._say(message, "danger")
                self._fields[key].setFocus()
                return None
        return self.address()

    def _with_password(self, url: URL) -> URL:
        """The address to open: with the password typed, or without one (then the keyring's, or libpq's)."""
        return url.set(password=self.password.text()) if self.password.text() else url

    # ---- opening -------------------------------------------------------------------------------------------
    def test_connection(self) -> None:
        """Open the database and close it again; the dialog says whether it works, and why not."""
        url = self._checked_address()
        if url is None:
            return
        shown = store_db.display_url(url)

        def done(database: store_db.Database) -> None:
            database.close()
            self._busy(False)
            self._say(self.tr("The connection works: {0}").format(shown), "ok")

        self._open(url, done, upgrade=False)  # a test: nothing is created or upgraded for everyone

    def accept(self) -> None:
        """Open the database for good; on success remember the password (when asked) and the address."""
        url = self._checked_address()
        if url is None:
            return

        def done(database: store_db.Database) -> None:
            self._busy(False)
            if self.remember.isChecked() and self.password.text():
                try:
                    db_access.remember_password(url, self.password.text())
                except db_access.KeyringUnavailable as exc:
                    messages.warning(self, self.tr("Password not saved"), tr_error(exc))
            if self.switch:
                db_access.save_location(store_db.display_url(url))
            self.database = database
            super(ConnectDialog, self).accept()

        self._open(url, done)

    def reject(self) -> None:
        if self.task is not None:  # an opening under way: whatever it opens is closed
            self.task.progress.cancel()
        super().reject()

    def _open(self, url: URL, done: Callable[[store_db.Database], None], *, upgrade: bool = True) -> None:
        shown = store_db.display_url(url)
        self._busy(True)
        self._say(self.tr("Connecting to {0}…").format(shown), "muted")

        def failed(exc: Exception) -> None:
            self._busy(False)
            self._say(tr_error(exc), "danger")

        def cancelled() -> None:
            self._busy(False)
            self._say(self.tr("Cancelled."), "muted")

        def finished(database: store_db.Database) -> None:
            self.task = None
            done(database)

        self.task = open_in_background(
            self, self._with_password(url), finished, failed, on_cancel=cancelled, upgrade=upgrade,
            title=self.tr("Shared database"), label=self.tr("Connecting to {0}…").format(shown))

    def _busy(self, busy: bool) -> None:
        if not busy:
            self.task = None
        self.test_button.setEnabled(not busy)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not busy)

    def _say(self, text: str, tone: str) -> None:
        self.status.setText(text)
        theme.set_tone(self.status, tone)
        self.status.show()
        self._fit()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt name
        super().showEvent(event)
        self._fit()

    def _fit(self) -> None:
        """Grow to the height the wrapped texts need at this width (a message of three lines, a longer
        translation): Qt does not count word-wrapped labels in a window's minimum height, and squeezes the
        fields instead."""
        layout = self.layout()
        layout.activate()
        needed = layout.totalHeightForWidth(self.width())
        if needed > self.height():
            self.resize(self.width(), needed)
