"""The password of a shared (PostgreSQL) database, asked when neither the keyring nor libpq's own files have it.

``db_access.open_location`` finds the password itself and calls the prompt only when the server still wants
one: :func:`prompt` turns this dialog into that callback. The dialog names the server, the database and the
user (never a password), says so in red when the server refused the last one, and offers to remember the
password in the system keyring — which ``open_location`` does only once the server has accepted it.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import make_url
from sqlalchemy.exc import ArgumentError

from desktop.services import db_access
from desktop.ui.widgets import error_label


class PasswordDialog(QDialog):
    """Asks for the password of ``address`` (as shown: ``postgresql://user@host:port/name``)."""

    def __init__(self, address: str, refused: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Password of the shared database"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("The database server asks for the password of your user."))
        intro.setWordWrap(True)
        layout.addWidget(intro)

        form = QFormLayout()
        server, database, user = _parts(address)
        for label, value, name in ((self.tr("Server:"), server, "serverLabel"),
                                   (self.tr("Database:"), database, "databaseLabel"),
                                   (self.tr("User:"), user, "userLabel")):
            shown = QLabel(value)
            shown.setObjectName(name)
            form.addRow(label, shown)
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("&Password:"), self.password)
        layout.addLayout(form)

        self.remember = QCheckBox(self.tr("&Remember in the system keyring"))
        self.remember.setToolTip(self.tr(
            "Saved by the operating system (Windows Credential Manager, macOS Keychain, GNOME or KDE "
            "keyring), never in a HashPledge file."))
        layout.addWidget(self.remember)

        self.refused_line = error_label(hidden=not refused)
        self.refused_line.setText(self.tr("The server refused the password"))
        layout.addWidget(self.refused_line)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.password.setFocus()

    def answer(self) -> db_access.Answer:
        return db_access.Answer(self.password.text(), self.remember.isChecked())


def _parts(address: str) -> tuple[str, str, str]:
    """(``host:port``, database, user) of an address, for the labels; the whole address when it cannot be read."""
    try:
        url = make_url(address)
    except ArgumentError:
        return address, "", ""
    return f"{url.host or 'localhost'}:{url.port or 5432}", url.database or "", url.username or ""


def ask(address: str, refused: bool = False, parent: QWidget | None = None) -> db_access.Answer | None:
    """The password typed (and whether to remember it), or None when the user cancelled."""
    dialog = PasswordDialog(address, refused, parent)
    try:
        return dialog.answer() if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()


def prompt(parent: QWidget | None = None) -> db_access.Prompt:
    """The ``prompt`` callback of ``db_access.open_location``: this dialog over ``parent``."""
    return lambda address, refused: ask(address, refused, parent)
