"""The "On-chain" tab of Mining & holdings: the books against the chain, and the watch-only addresses.

The summary puts the ledger balance (payouts − sales, transfers and fees) beside the balance of the
profile's watch-only addresses as last checked, flags a difference and says how many payouts with a
transaction id were seen on-chain. The figures come from ``desktop.services.wallets``; "Check now" asks an
Esplora server (``desktop.services.market``) off the GUI thread, and only when online data is on.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QFontDatabase, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.money import sats_to_btc
from desktop.i18n import tr_error
from desktop.services import market, wallets
from desktop.services import settings as app_settings
from desktop.services.net import NetError
from desktop.services.wallets import AddressRow, HoldingsCheck
from desktop.ui import formatting, messages, theme
from desktop.ui.dialogs.address_dialog import AddressDialog
from desktop.ui.table_model import ROW_ROLE, Column, RowsModel, SortFilterModel
from desktop.ui.widgets import FigureCard
from desktop.ui.workers import run_in_background

MAX_UNMATCHED = 20  # unmatched txids listed


def _local_time(when: dt.datetime | None) -> str:
    """A stored UTC timestamp in the computer's time zone, in the app's locale (formatting.date_time)."""
    return formatting.date_time(when) if when else ""


def _signed_btc(sats: int) -> str:
    text = formatting.btc(sats)
    return f"+{text}" if sats > 0 else text


class _TipModel(RowsModel):
    """RowsModel with a tooltip per column (``Column.tooltip``) and a monospace address column."""

    def __init__(self, columns, tooltips: dict[int, object], mono: set[int], parent=None):
        super().__init__(columns, parent)
        self._tips = tooltips
        self._mono = mono
        self._font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if index.isValid() and role == Qt.ItemDataRole.ToolTipRole:
            fn = self._tips.get(index.column())
            return fn(self.row_at(index.row())) if fn else None
        if index.isValid() and role == Qt.ItemDataRole.FontRole and index.column() in self._mono:
            return self._font
        return super().data(index, role)


class OnChainTab(QWidget):
    """Watch-only addresses of a profile and the check of its holdings against the chain."""

    data_changed = Signal()  # an address was added or removed, or a check wrote new figures

    def __init__(self, db, parent=None):
        super().__init__(parent)
        self.db = db
        self.profile_id: int | None = None
        self.check: HoldingsCheck | None = None
        self._task = None
        self._checking = False
        self._rows: list[AddressRow] = []

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(self._build_summary())
        layout.addWidget(self._build_notes())
        layout.addLayout(self._build_toolbar())
        layout.addWidget(self._build_table(), 1)

        QWidget.setTabOrder(self.unmatched_button, self.add_button)
        QWidget.setTabOrder(self.add_button, self.remove_button)
        QWidget.setTabOrder(self.remove_button, self.check_button)
        QWidget.setTabOrder(self.check_button, self.view)
        QWidget.setTabOrder(self.view, self.unmatched_list)
        self._update_buttons()

    # ---- building --------------------------------------------------------------------------------------
    def _build_summary(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(10)
        self.fig_books = FigureCard(self.tr("In the books"))
        self.fig_books.setToolTip(self.tr("Payouts minus sales, transfers out and network fees"))
        self.fig_chain = FigureCard(self.tr("On-chain, watch-only addresses"))
        self.fig_chain.setToolTip(self.tr("The balance of the addresses below (confirmed and unconfirmed) as "
                                          "of their last check"))
        self.fig_diff = FigureCard(self.tr("Difference, chain − books"))
        for fig in (self.fig_books, self.fig_chain, self.fig_diff):
            row.addWidget(fig, 1)
        return row

    def _build_notes(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.setSpacing(4)
        self.warning = QLabel()
        self.warning.setObjectName("differenceWarning")
        self.warning.setWordWrap(True)
        self.warning.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.warning)

        match_row = QHBoxLayout()
        match_row.setContentsMargins(0, 0, 0, 0)
        self.match_label = QLabel()
        self.match_label.setObjectName("matchLabel")
        self.unmatched_button = QToolButton()
        self.unmatched_button.setObjectName("unmatchedButton")
        self.unmatched_button.setCheckable(True)
        self.unmatched_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.unmatched_button.setArrowType(Qt.ArrowType.RightArrow)
        self.unmatched_button.setAutoRaise(True)
        self.unmatched_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.unmatched_button.toggled.connect(self._toggle_unmatched)
        match_row.addWidget(self.match_label)
        match_row.addWidget(self.unmatched_button)
        match_row.addStretch(1)
        layout.addLayout(match_row)

        self.unmatched_list = QPlainTextEdit()
        self.unmatched_list.setObjectName("unmatchedList")
        self.unmatched_list.setReadOnly(True)
        self.unmatched_list.setTabChangesFocus(True)
        self.unmatched_list.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.unmatched_list.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        metrics = self.unmatched_list.fontMetrics()
        self.unmatched_list.setMaximumHeight(metrics.lineSpacing() * 6 + 12)
        self.unmatched_list.setMaximumWidth(metrics.horizontalAdvance("0" * 66) + 40)
        self.unmatched_list.hide()
        layout.addWidget(self.unmatched_list)
        return box

    def _build_toolbar(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        self.add_button = QPushButton(self.tr("&Add address…"))
        self.add_button.setObjectName("addAddressButton")
        self.add_button.setToolTip(self.tr("Watch an address your pool pays to (only the address is stored)"))
        self.remove_button = QPushButton(self.tr("Remo&ve…"))
        self.remove_button.setObjectName("removeAddressButton")
        self.check_button = QPushButton(self.tr("Chec&k now"))
        self.check_button.setObjectName("checkButton")
        self.add_button.clicked.connect(self.add_address)
        self.remove_button.clicked.connect(self.remove_addresses)
        self.check_button.clicked.connect(self.check_now)
        self.status = QLabel()
        self.status.setStyleSheet("color: palette(placeholder-text);")
        for b in (self.add_button, self.remove_button, self.check_button):
            row.addWidget(b)
        row.addStretch(1)
        row.addWidget(self.status)
        return row

    def _columns(self) -> list[Column]:
        return [
            Column(lambda: self.tr("Address"), lambda r: r.address),
            Column(lambda: self.tr("Label"), lambda r: r.label),
            Column(lambda: self.tr("Type"), lambda r: r.kind, lambda r: self.kind_name(r.kind)),
            Column(lambda: self.tr("Network"), lambda r: r.network, lambda r: self.network_name(r.network)),
            Column(lambda: self.tr("On-chain, BTC"), lambda r: r.onchain_balance_sat,
                   lambda r: "—" if r.onchain_balance_sat is None
                   else formatting.number(sats_to_btc(r.onchain_balance_sat), 8),
                   align_right=True),
            Column(lambda: self.tr("Checked at"), lambda r: r.checked_at,
                   lambda r: _local_time(r.checked_at) if r.checked_at else self.tr("never")),
            Column(lambda: self.tr("Transactions"), lambda r: r.transactions,
                   lambda r: formatting.number(r.transactions) if r.checked_at else "—", align_right=True),
        ]

    def _build_table(self) -> QTableView:
        tips = {
            0: lambda r: r.address,
            4: lambda r: None if r.onchain_balance_sat is None else self.tr("{0} sat").format(
                formatting.number(r.onchain_balance_sat)),
            5: lambda r: self.tr("Your local time") if r.checked_at else None,
            6: lambda r: self.tr("Transactions of this address seen so far (each check reads the newest ones)"),
        }
        self.model = _TipModel(self._columns(), tips, {0}, self)
        self.proxy = SortFilterModel(self)
        self.proxy.setSourceModel(self.model)
        view = QTableView(self)
        view.setObjectName("addressesTable")
        view.setModel(self.proxy)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setAlternatingRowColors(True)
        view.setWordWrap(False)
        view.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        view.setSortingEnabled(True)
        view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        view.verticalHeader().hide()
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
        header = view.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(False)
        for col, width in ((1, 150), (2, 170), (3, 80), (4, 120), (5, 125), (6, 95)):
            header.resizeSection(col, width)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        copy = QAction(self.tr("&Copy address"), view)
        copy.setShortcut(QKeySequence.StandardKey.Copy)
        copy.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        copy.triggered.connect(self.copy_addresses)
        view.addAction(copy)
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.view = view
        return view

    # ---- names -----------------------------------------------------------------------------------------
    def kind_name(self, kind: str) -> str:
        names = {
            "p2pkh": self.tr("Legacy (P2PKH)"),
            "p2sh": self.tr("Script hash (P2SH)"),
            "p2wpkh": self.tr("Native SegWit (P2WPKH)"),
            "p2wsh": self.tr("SegWit script (P2WSH)"),
            "p2tr": self.tr("Taproot (P2TR)"),
        }
        if kind in names:
            return names[kind]
        if kind.startswith("segwit_v"):
            return self.tr("SegWit version {0}").format(kind.removeprefix("segwit_v"))
        return self.tr("unknown")

    def network_name(self, network: str) -> str:
        return {"mainnet": self.tr("Mainnet"), "testnet": self.tr("Testnet"),
                "regtest": self.tr("Regtest")}.get(network, network)

    # ---- loading ---------------------------------------------------------------------------------------
    def set_profile(self, profile_id: int | None) -> None:
        self.profile_id = profile_id
        self.refresh()

    def refresh(self) -> None:
        pid = self.profile_id
        if pid is None:
            self.check = None
            self._rows = []
            self.model.set_rows([])
            self._show_summary(None, [])
            self._update_buttons()
            return
        rows = wallets.list_addresses(self.db, pid)
        self.check = wallets.holdings_check(self.db, pid)
        self._rows = rows
        self.model.set_rows(rows)
        self._show_summary(self.check, rows)
        self._update_buttons()

    def _show_summary(self, check: HoldingsCheck | None, rows: list[AddressRow]) -> None:
        for fig in (self.fig_books, self.fig_chain, self.fig_diff):
            fig.value.setText("—")
            fig.detail.setText("")
            fig.set_color(None)
        self.fig_diff.setToolTip("")
        self.warning.setText("")
        self.warning.hide()
        self.match_label.setText("")
        self.match_label.setToolTip("")
        self.unmatched_list.clear()
        self.unmatched_button.hide()
        self.unmatched_list.hide()
        self.status.setText("")
        if check is None:
            return
        self.status.setText(self.tr("Watch-only addresses: {0}").format(len(rows)))
        self.fig_books.value.setText(formatting.btc(check.ledger_sat))
        self.fig_books.detail.setText(self.tr("payouts − sales, transfers and fees"))

        if not rows:
            self.fig_chain.detail.setText(self.tr("no watch-only addresses"))
        elif check.onchain_sat is None:
            self.fig_chain.detail.setText(self.tr("never checked"))
        else:
            self.fig_chain.value.setText(formatting.btc(check.onchain_sat))
            detail = self.tr("checked {0}").format(_local_time(check.checked_at))
            if check.unchecked:
                detail += "; " + self.tr("not checked yet: {0}").format(check.unchecked)
            self.fig_chain.detail.setText(detail)

        notes = []
        diff = check.difference_sat
        if diff is not None:
            self.fig_diff.value.setText(("⚠ " if check.flagged else "✓ ") + _signed_btc(diff))
            self.fig_diff.set_tone("danger" if check.flagged else "ok")
            if check.flagged:
                self.fig_diff.detail.setText(self.tr("more on-chain than in the books") if diff > 0
                                             else self.tr("less on-chain than in the books"))
                notes.append(self.tr(
                    "⚠ The books and the chain differ by {0}: a payout or sale may be missing, or BTC are held at "
                    "other addresses.").format(formatting.btc(abs(diff))))
            else:
                self.fig_diff.detail.setText(self.tr("the books and the chain agree"))
            self.fig_diff.setToolTip(self.tr("{0} sat").format(formatting.number(diff)))
        elif rows:
            self.fig_diff.detail.setText(self.tr("press Check now to compare") if not self.online_blocker()
                                         else self.tr("needs a check online (Settings)"))
        else:
            self.fig_diff.detail.setText(self.tr("add the addresses your pool pays to"))
        if diff is not None and check.unchecked:
            notes.append(self.tr("The on-chain figure leaves out the addresses never checked ({0}).").format(
                check.unchecked))
        if notes:
            self.warning.setText("\n".join(notes))
            theme.set_tone(self.warning, "danger" if check.flagged else "muted")
            self.warning.show()
        self._show_match(check, bool(rows))

    def _show_match(self, check: HoldingsCheck, has_addresses: bool) -> None:
        if check.payouts_with_txid == 0:
            self.match_label.setText(self.tr("No payout has a transaction id to look for on-chain."))
            return
        if not has_addresses or check.onchain_sat is None:
            self.match_label.setText(self.tr(
                "Payouts with a transaction id: {0}; check the addresses to find them on-chain.").format(
                formatting.number(check.payouts_with_txid)))
            return
        text = self.tr("{0} of %n payouts with a txid were found on-chain", "", check.payouts_with_txid).format(
            formatting.number(check.payouts_matched))
        self.match_label.setText(("✓ " if not check.unmatched_txids else "") + text)
        note = self.tr("Each check reads the newest transactions of every address; an older payout is found only "
                       "if an earlier check saw it.")
        unmatched = check.unmatched_txids
        if not unmatched:
            self.match_label.setToolTip(note)
            return
        shown = unmatched[:MAX_UNMATCHED]
        lines = list(shown)
        if len(unmatched) > len(shown):
            lines.append(self.tr("… and %n more", "", len(unmatched) - len(shown)))
        self.match_label.setToolTip(self.tr("Not found on-chain:") + "\n" + "\n".join(lines) + "\n\n" + note)
        self.unmatched_list.setPlainText("\n".join(lines))
        self.unmatched_button.show()
        self._toggle_unmatched(self.unmatched_button.isChecked())

    def _toggle_unmatched(self, on: bool) -> None:
        self.unmatched_button.setArrowType(Qt.ArrowType.DownArrow if on else Qt.ArrowType.RightArrow)
        self.unmatched_button.setText(self.tr("Hide &unmatched") if on else self.tr("Show &unmatched"))
        self.unmatched_list.setVisible(on and not self.unmatched_button.isHidden())

    # ---- buttons ---------------------------------------------------------------------------------------
    def online_blocker(self) -> str:
        """Why a check cannot run now ('' if it can)."""
        if not app_settings.get(self.db, app_settings.ONLINE_ALLOWED):
            return self.tr("Online data is off (Settings)")
        if not app_settings.get(self.db, market.ESPLORA_ENABLED):
            return self.tr("The Esplora source is turned off (Market data)")
        return ""

    def _update_buttons(self) -> None:
        has = self.profile_id is not None
        selected = len(self.view.selectionModel().selectedRows()) if has else 0
        self.add_button.setEnabled(has)
        self.remove_button.setEnabled(selected > 0)
        blocker = self.online_blocker() if has else ""
        any_rows = self.model.rowCount() > 0
        self.check_button.setEnabled(has and any_rows and not blocker and not self._checking)
        if blocker:
            self.check_button.setToolTip(blocker)
        elif has and not any_rows:
            self.check_button.setToolTip(self.tr("Add an address first"))
        else:
            self.check_button.setToolTip(self.tr("Ask the Esplora server for the balance and transactions of "
                                                 "these addresses"))

    def selected_addresses(self) -> list[AddressRow]:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        return [self.proxy.data(self.proxy.index(r, 0), ROW_ROLE) for r in rows]

    def copy_addresses(self) -> None:
        rows = self.selected_addresses()
        if rows:
            QGuiApplication.clipboard().setText("\n".join(r.address for r in rows) + "\n")

    def _changed(self) -> None:
        self.refresh()
        self.data_changed.emit()

    # ---- actions ---------------------------------------------------------------------------------------
    def address_dialog(self) -> AddressDialog:
        pid = self.profile_id
        dialog = AddressDialog(lambda address, label, network: wallets.add_address(self.db, pid, address, label,
                                                                                   network), self)
        existing = {r.network for r in self._rows}
        if existing == {"testnet"}:
            dialog.set_network("testnet")
        return dialog

    def add_address(self) -> None:
        if self.profile_id is None:
            return
        dialog = self.address_dialog()
        if dialog.exec():
            self._changed()
            self._select(dialog.saved)

    def _select(self, address_id) -> None:
        for r in range(self.proxy.rowCount()):
            if self.proxy.data(self.proxy.index(r, 0), ROW_ROLE).id == address_id:
                self.view.selectRow(r)
                self.view.scrollTo(self.proxy.index(r, 0))
                return

    def remove_addresses(self) -> None:
        selected = self.selected_addresses()
        if not selected or self.profile_id is None:
            return
        if len(selected) == 1:
            r = selected[0]
            name = f"{r.address} ({r.label})" if r.label else r.address
            text = self.tr("Stop watching the address {0}? Its cached balance and transactions are removed; the "
                           "payouts and sales in the books stay.").format(name)
        else:
            text = self.tr("Stop watching %n addresses? Their cached balances and transactions are removed; the "
                           "payouts and sales in the books stay.", "", len(selected)) + "\n\n" + "\n".join(
                               r.address for r in selected)
        if not messages.confirm(self, self.tr("Remove watch-only address"), text):
            return
        wallets.delete_addresses(self.db, self.profile_id, [r.id for r in selected])
        self._changed()

    def check_now(self) -> None:
        """Ask the Esplora server about every address of the profile, in the background with Cancel."""
        if self.profile_id is None or self._checking or self.model.rowCount() == 0:
            return
        blocker = self.online_blocker()
        if blocker:
            self._update_buttons()
            return
        db, pid = self.db, self.profile_id
        self._checking = True
        self._update_buttons()
        self._task = run_in_background(
            self, lambda progress: market.check_profile_addresses(db, pid, progress), self._checked,
            self._check_failed, title=self.tr("Checking addresses"),
            label=self.tr("Asking the Esplora server about the addresses ({0})…").format(self.model.rowCount()))
        self._task.signals.cancelled.connect(self._check_ended)

    def _check_ended(self) -> None:
        self._checking = False
        self._changed()

    def _checked(self, outcomes: list[market.Outcome]) -> None:
        self._check_ended()
        failures = [o for o in outcomes if not o.ok]
        if failures:
            lines = [f"{o.source}: {tr_error(o.error) if getattr(o, 'error', None) else o.message}"
                     for o in failures]
            messages.warning(self, self.tr("Some addresses were not checked"), self.tr(
                "Addresses not checked: {0} of {1}").format(len(failures), len(outcomes))
                + "\n\n" + "\n".join(lines))

    def _check_failed(self, exc: Exception) -> None:
        self._check_ended()
        if isinstance(exc, NetError):
            text = tr_error(exc)
        else:  # an answer of an unexpected shape: say so without a traceback
            text = self.tr("The server's answer could not be read ({0}).").format(type(exc).__name__)
        messages.warning(self, self.tr("Check failed"), self.tr(
            "The addresses were not checked; the figures shown are those of the last check.") + "\n\n" + text)

    # ---- Records menu, if the page forwards it ---------------------------------------------------------
    def add_item(self) -> None:
        self.add_address()

    def delete_items(self) -> None:
        self.remove_addresses()


__all__ = ["OnChainTab"]
