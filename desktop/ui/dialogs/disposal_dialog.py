"""Add or edit a disposal: BTC leaving the holdings as a sale, a transfer out or a network fee.

A sale also records the money received, the exchange's fee and their currency (those rows are hidden for
the other kinds). Saving goes through the caller's ``save`` (the records service): a RecordError, such as
selling more BTC than the farm holds on that date, keeps the dialog open with the message in red.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.core.money import CURRENCIES, from_minor, to_minor
from desktop.services.records import DisposalData, DisposalRow
from desktop.store.models import DISPOSAL_KINDS
from desktop.ui import amount_input, formatting
from desktop.ui.dialogs.base import RecordDialog, not_saved
from desktop.ui.dialogs.payout_dialog import btc_text, date_edit, mono_line_edit


def disposal_kind_name(kind: str) -> str:
    names = {
        "sale": QCoreApplication.translate("DisposalKind", "Sale"),
        "transfer": QCoreApplication.translate("DisposalKind", "Transfer out"),
        "fee": QCoreApplication.translate("DisposalKind", "Network fee"),
    }
    return names.get(kind, kind)


def _fiat_text(minor: int | None, currency: str) -> str:
    if minor is None:
        return ""
    return amount_input.edit_text(from_minor(minor, currency))


class DisposalDialog(RecordDialog):
    """Collects a disposal; ``save(DisposalData)`` writes it (and raises RecordError when it is refused).

    ``holdings_at(day) -> satoshis``, when given, shows what the farm holds on the chosen date.
    """

    prefix_label = False

    def __init__(
        self,
        save: Callable[[DisposalData], object],
        parent: QWidget | None = None,
        disposal: DisposalRow | None = None,
        *,
        currency: str = "RUB",
        holdings_at: Callable[[dt.date], int] | None = None,
    ):
        super().__init__(save, parent)
        self._holdings_at = holdings_at
        self.setWindowTitle(self.tr("Edit sale or transfer") if disposal else self.tr("New sale or transfer"))
        layout = QVBoxLayout(self)
        self.form = form = QFormLayout()

        self.day = date_edit()
        self.kind = QComboBox()
        for kind in DISPOSAL_KINDS:
            self.kind.addItem(disposal_kind_name(kind), kind)
        self.amount = QLineEdit()
        self.amount.setPlaceholderText(self.tr("e.g. 0.25 or 0,25"))
        self.amount.setToolTip(self.tr("Amount in BTC, decimal comma or point, at most 8 decimals"))
        self.held = QLabel()
        self.held.setObjectName("heldLabel")
        self.held.setStyleSheet("color: palette(placeholder-text);")
        self.fiat = QLineEdit()
        self.fiat.setPlaceholderText(self.tr("money received, before the exchange's fee"))
        self.fee = QLineEdit()
        self.fee.setPlaceholderText(self.tr("optional"))
        self.currency = QComboBox()
        for code in CURRENCIES:
            self.currency.addItem(code, code)
        self.currency.setCurrentIndex(max(0, self.currency.findData(currency)))
        self.txid = mono_line_edit()
        self.txid.setMaxLength(64)
        self.txid.setMinimumWidth(self.txid.fontMetrics().horizontalAdvance("0" * 64) + 16)
        self.txid.setPlaceholderText(self.tr("optional, 64 hexadecimal characters"))
        self.counterparty = QLineEdit()
        self.counterparty.setMaxLength(200)
        self.counterparty.setPlaceholderText(self.tr("exchange, buyer or receiving wallet"))
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(70)

        form.addRow(self.tr("&Date:"), self.day)
        form.addRow(self.tr("&Kind:"), self.kind)
        form.addRow(self.tr("&Amount, BTC:"), self.amount)
        form.addRow("", self.held)
        form.addRow(self.tr("&Fiat received:"), self.fiat)
        form.addRow(self.tr("Exchange f&ee:"), self.fee)
        form.addRow(self.tr("C&urrency:"), self.currency)
        form.addRow(self.tr("&Transaction id:"), self.txid)
        form.addRow(self.tr("Counter&party:"), self.counterparty)
        form.addRow(self.tr("N&otes:"), self.notes)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

        order = (self.day, self.kind, self.amount, self.fiat, self.fee, self.currency, self.txid,
                 self.counterparty, self.notes, self.buttons)
        for first, second in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(first, second)

        self._fields = {
            "day": self.day, "kind": self.kind, "amount_sat": self.amount, "fiat_minor": self.fiat,
            "fee_minor": self.fee, "fiat_currency": self.currency, "txid": self.txid,
            "counterparty": self.counterparty, "notes": self.notes,
        }
        if disposal is not None:
            self.fill(disposal)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.day.dateChanged.connect(self._show_holdings)
        self._kind_changed()
        self._show_holdings()
        self.amount.setFocus()

    def fill(self, disposal: DisposalRow) -> None:
        """Every field from ``disposal``, and its version (an edit; "Use their values" after a conflict)."""
        self.day.setDate(QDate(disposal.day))
        self.kind.setCurrentIndex(max(0, self.kind.findData(disposal.kind)))
        self.amount.setText(btc_text(disposal.amount_sat))
        self.currency.setCurrentIndex(max(0, self.currency.findData(disposal.fiat_currency)))
        self.fiat.setText(_fiat_text(disposal.fiat_minor, disposal.fiat_currency))
        self.fee.setText(_fiat_text(disposal.fee_minor, disposal.fiat_currency))
        self.txid.setText(disposal.txid or "")
        self.counterparty.setText(disposal.counterparty)
        self.notes.setPlainText(disposal.notes)
        self.version = disposal.version

    def display_copy(self, row: DisposalRow) -> DisposalDialog:
        return DisposalDialog(not_saved, disposal=row, currency=row.fiat_currency)

    def _kind_changed(self) -> None:
        sale = self.kind.currentData() == "sale"
        for widget in (self.fiat, self.fee, self.currency):
            self.form.setRowVisible(widget, sale)
        self.adjustSize()

    def _show_holdings(self) -> None:
        if self._holdings_at is None:
            self.form.setRowVisible(self.held, False)
            return
        day = self.day.date().toPython()
        self.held.setText(self.tr("Held at the end of {0}: {1}").format(
            formatting.date(day), formatting.btc(self._holdings_at(day))))

    def _money(self, edit: QLineEdit, field: str, currency: str) -> int | None:
        amount = self.read_amount(field, edit, currency=currency)
        return None if amount is None else to_minor(amount, currency)

    def data(self) -> DisposalData:
        """The typed disposal; raises RecordError for an amount that cannot be read."""
        sats = self.read_amount("amount_sat", self.amount, btc=True, required=True)
        kind = self.kind.currentData()
        currency = self.currency.currentData()
        fiat = fee = None
        if kind == "sale":
            fiat = self._money(self.fiat, "fiat_minor", currency)
            fee = self._money(self.fee, "fee_minor", currency)
        return DisposalData(
            day=self.day.date().toPython(),
            kind=kind,
            amount_sat=sats,
            fiat_minor=fiat,
            fee_minor=fee,
            fiat_currency=currency,
            txid=self.txid.text().strip() or None,
            counterparty=self.counterparty.text(),
            notes=self.notes.toPlainText(),
        )
