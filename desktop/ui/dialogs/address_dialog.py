"""Add a watch-only address: the address, a label and its network.

The dialog only collects what was typed; the caller's ``save(address, label, network)`` validates and
writes it through the wallets service. A :class:`WalletError` keeps the dialog open and shows the message
in red. A pasted private key is refused by the service and is also wiped from the field (and from the
clipboard, if it is still there): it is never stored and should not linger on screen.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.core.addresses import MSG_PRIVATE_KEY, AddressError
from desktop.services.wallets import WalletError
from desktop.ui.dialogs.base import RecordDialog

NETWORKS = ("mainnet", "testnet")


def is_private_key_error(exc: BaseException) -> bool:
    """Whether a WalletError is the refusal of something that looks like a private key."""
    cause = exc.__cause__
    return isinstance(cause, AddressError) and cause.template == MSG_PRIVATE_KEY


class AddressDialog(RecordDialog):
    """Collects a watch-only address; ``save(address, label, network)`` writes it (raises WalletError)."""

    errors = (WalletError,)

    def __init__(self, save: Callable[[str, str, str], object], parent: QWidget | None = None):
        super().__init__(save, parent)
        self.setWindowTitle(self.tr("Add watch-only address"))
        layout = QVBoxLayout(self)

        intro = QLabel(self.tr("Enter an address your pool pays to. Only the address is stored: never enter a "
                               "private key or seed words."))
        intro.setWordWrap(True)
        intro.setStyleSheet("color: palette(placeholder-text);")
        layout.addWidget(intro)

        form = QFormLayout()
        self.address = QLineEdit()
        self.address.setObjectName("addressEdit")
        self.address.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.address.setMaxLength(120)
        self.address.setMinimumWidth(self.address.fontMetrics().horizontalAdvance("0" * 64) + 16)
        self.address.setPlaceholderText(self.tr("bc1q…, bc1p…, 1… or 3…"))
        self.address.setInputMethodHints(Qt.InputMethodHint.ImhSensitiveData
                                         | Qt.InputMethodHint.ImhNoPredictiveText
                                         | Qt.InputMethodHint.ImhNoAutoUppercase)
        self.label = QLineEdit()
        self.label.setObjectName("labelEdit")
        self.label.setMaxLength(200)
        self.label.setPlaceholderText(self.tr("optional, e.g. Pool payouts"))
        self.network = QComboBox()
        self.network.setObjectName("networkCombo")
        self.network.addItem(self.tr("Mainnet"), "mainnet")
        self.network.addItem(self.tr("Testnet (also signet)"), "testnet")

        form.addRow(self.tr("&Address:"), self.address)
        form.addRow(self.tr("&Label:"), self.label)
        form.addRow(self.tr("&Network:"), self.network)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

        QWidget.setTabOrder(self.address, self.label)
        QWidget.setTabOrder(self.label, self.network)
        QWidget.setTabOrder(self.network, self.buttons)
        self.address.setFocus()

    def set_network(self, network: str) -> None:
        index = self.network.findData(network)
        if index >= 0:
            self.network.setCurrentIndex(index)

    def save_args(self) -> tuple:
        return self.address.text().strip(), self.label.text().strip(), self.network.currentData()

    def show_error(self, exc: Exception) -> None:
        """A WalletError names no field: it is always about the address (wiped if it was a private key)."""
        super().show_error(exc)
        if is_private_key_error(exc):
            self.error.setText(self._wipe(self.address.text().strip(), str(exc)))
        self.address.setFocus()
        self.address.selectAll()

    def _wipe(self, text: str, message: str) -> str:
        """Remove a refused private key from the field (and the clipboard, if it holds the same text)."""
        self.address.clear()  # also clears the undo history: Ctrl+Z cannot bring it back
        message += "\n" + self.tr("It was removed from the field and has not been saved.")
        clipboard = QGuiApplication.clipboard()
        if text and clipboard.text().strip() == text:
            clipboard.clear()
            message += " " + self.tr("It was also removed from the clipboard.")
        return message
