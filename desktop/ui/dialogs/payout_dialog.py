"""Add or edit a pool payout: date, amount in BTC, pool, transaction id, receiving address, notes.

The dialog only collects and parses what was typed; the caller's ``save`` writes it through the records
service. A :class:`RecordError` (or an amount that cannot be read) keeps the dialog open, shows the
message in red and puts the focus on the field at fault.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QCompleter,
    QDateEdit,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.services.records import PayoutData, PayoutRow
from desktop.ui import amount_input, formatting
from desktop.ui.dialogs.base import RecordDialog, not_saved


def btc_text(sats: int) -> str:
    """Satoshis as an editable BTC amount with the locale's decimal separator, trailing zeros dropped."""
    return amount_input.btc_edit_text(sats)


def date_edit(value: QDate | None = None) -> QDateEdit:
    """A date field with a calendar, no later than today (the service refuses future dates)."""
    edit = QDateEdit(value or QDate.currentDate())
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(formatting.date_format())
    edit.setDateRange(QDate(2009, 1, 3), QDate.currentDate())
    return edit


def mono_line_edit() -> QLineEdit:
    edit = QLineEdit()
    edit.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
    return edit


class PayoutDialog(RecordDialog):
    """Collects a payout; ``save(PayoutData)`` writes it (and raises RecordError when it is refused)."""

    prefix_label = False

    def __init__(
        self,
        save: Callable[[PayoutData], object],
        parent: QWidget | None = None,
        payout: PayoutRow | None = None,
        *,
        pools: Iterable[str] = (),
        defaults: PayoutRow | None = None,
    ):
        super().__init__(save, parent)
        self.setWindowTitle(self.tr("Edit payout") if payout else self.tr("New payout"))
        layout = QVBoxLayout(self)
        form = QFormLayout()

        self.day = date_edit()
        self.amount = QLineEdit()
        self.amount.setPlaceholderText(self.tr("e.g. 0.01234567 or 0,01234567"))
        self.amount.setToolTip(self.tr("Amount in BTC, decimal comma or point, at most 8 decimals"))
        self.pool = QLineEdit()
        self.pool.setMaxLength(100)
        self.pool.setPlaceholderText(self.tr("e.g. ViaBTC, F2Pool, solo"))
        known = sorted({p for p in pools if p})
        if known:
            completer = QCompleter(known, self.pool)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            self.pool.setCompleter(completer)
        self.txid = mono_line_edit()
        self.txid.setMaxLength(64)
        self.txid.setMinimumWidth(self.txid.fontMetrics().horizontalAdvance("0" * 64) + 16)
        self.txid.setPlaceholderText(self.tr("optional, 64 hexadecimal characters"))
        self.address = mono_line_edit()
        self.address.setMaxLength(100)
        self.address.setPlaceholderText(self.tr("the wallet address the pool paid to"))
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(70)

        form.addRow(self.tr("&Date:"), self.day)
        form.addRow(self.tr("&Amount, BTC:"), self.amount)
        form.addRow(self.tr("&Pool:"), self.pool)
        form.addRow(self.tr("&Transaction id:"), self.txid)
        form.addRow(self.tr("&Receiving address:"), self.address)
        form.addRow(self.tr("N&otes:"), self.notes)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

        for first, second in zip(
            (self.day, self.amount, self.pool, self.txid, self.address),
            (self.amount, self.pool, self.txid, self.address, self.notes),
            strict=True,
        ):
            QWidget.setTabOrder(first, second)
        QWidget.setTabOrder(self.notes, self.buttons)

        self._fields = {
            "day": self.day, "amount_sat": self.amount, "pool": self.pool, "txid": self.txid,
            "address": self.address, "notes": self.notes,
        }
        if payout is not None:
            self.fill(payout)
        elif defaults is not None:  # a new payout usually comes from the same pool to the same address
            self.pool.setText(defaults.pool)
            self.address.setText(defaults.address)
        self.amount.setFocus()

    def fill(self, payout: PayoutRow) -> None:
        """Every field from ``payout``, and its version (an edit; "Use their values" after a conflict)."""
        self.day.setDate(QDate(payout.day))
        self.amount.setText(btc_text(payout.amount_sat))
        self.pool.setText(payout.pool)
        self.txid.setText(payout.txid or "")
        self.address.setText(payout.address)
        self.notes.setPlainText(payout.notes)
        self.version = payout.version

    def display_copy(self, row: PayoutRow) -> PayoutDialog:
        return PayoutDialog(not_saved, payout=row)

    def data(self) -> PayoutData:
        """The typed payout; raises RecordError('amount_sat') for an amount that cannot be read."""
        sats = self.read_amount("amount_sat", self.amount, btc=True, required=True)
        return PayoutData(
            day=self.day.date().toPython(),
            amount_sat=sats,
            pool=self.pool.text(),
            txid=self.txid.text().strip() or None,
            address=self.address.text(),
            notes=self.notes.toPlainText(),
        )
