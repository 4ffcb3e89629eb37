"""Mining & holdings: pool payouts, sales and transfers, the running balance, and production by month.

All figures come from the records service; the page computes nothing the books do not say.
The payouts table is a window over the whole list (a farm may have a million payouts): its rows are read a page
at a time as they are shown, and only the last pages shown are kept (:class:`WindowedRowsModel`); it keeps the
list's order, newest first. The other tables are small (a few hundred disposals, a row per month).
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCharts import (
    QBarSeries,
    QBarSet,
    QCategoryAxis,
    QChart,
    QChartView,
    QDateTimeAxis,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import (
    QDate,
    QDateTime,
    QEvent,
    QLocale,
    QMargins,
    QStandardPaths,
    Qt,
    QTime,
)
from PySide6.QtGui import QAction, QColor, QGuiApplication, QKeySequence, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core.money import SATS_PER_BTC, from_minor, sats_to_btc
from desktop.services import csv_io, records
from desktop.services import settings as app_settings
from desktop.services.records import DisposalRow, PayoutLine, PayoutRow, ProductionMonth
from desktop.ui import formatting, messages, theme
from desktop.ui.dialogs.disposal_dialog import DisposalDialog, disposal_kind_name
from desktop.ui.dialogs.import_dialog import ImportDialog
from desktop.ui.dialogs.payout_dialog import PayoutDialog
from desktop.ui.pages.base import Page
from desktop.ui.pages.onchain import OnChainTab
from desktop.ui.table_model import ROW_ROLE, Column, RowsModel, SortFilterModel, WindowedRowsModel
from desktop.ui.widgets import FigureCard
from desktop.ui.workers import run_in_background

CHART_MONTHS = 24
MINED_COLOR = QColor("#f7931a")
EXPECTED_COLOR = QColor("#9aa5b1")
COST_COLOR = QColor("#c0392b")
PRICE_COLOR = QColor("#2e6fd8")


# ============================================================================================== models


@dataclass
class RichColumn(Column):
    """A column with a tooltip, a colour and the text copied to the clipboard (default: the display)."""

    tooltip: Callable[[Any], str | None] | None = None
    color: Callable[[Any], QColor | None] | None = None
    copy: Callable[[Any], str] | None = None


class RichRowsModel(RowsModel):
    """RowsModel plus tooltips and colours of :class:`RichColumn`."""

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if index.isValid() and role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.ForegroundRole):
            col = self._columns[index.column()]
            fn = getattr(col, "tooltip" if role == Qt.ItemDataRole.ToolTipRole else "color", None)
            return fn(self.row_at(index.row())) if fn is not None else None
        return super().data(index, role)

    def copy_text(self, row: int, column: int) -> str:
        col = self._columns[column]
        fn = getattr(col, "copy", None)
        if fn is not None:
            return fn(self.row_at(row))
        return str(self.data(self.index(row, column)) or "")


class _DisposedBefore:
    """Satoshis disposed of before a day, from the profile's disposals (a few hundred rows)."""

    def __init__(self, disposals: Sequence[DisposalRow]):
        by_day: dict[dt.date, int] = {}
        for d in disposals:
            by_day[d.day] = by_day.get(d.day, 0) + d.amount_sat
        self.days = sorted(by_day)
        self.cumulative = [0]
        for day in self.days:
            self.cumulative.append(self.cumulative[-1] + by_day[day])

    def __call__(self, day: dt.date) -> int:
        return self.cumulative[bisect.bisect_left(self.days, day)]


# ============================================================================================ helpers


def _date_text(day: dt.date | None) -> str:
    return formatting.date(day) if day else ""


def _btc_plain(sats: int | None) -> str:
    """'0.01234567' with the locale's separators, no unit (the column title says BTC)."""
    return "—" if sats is None else formatting.number(sats_to_btc(sats), 8)


def _short_txid(txid: str | None) -> str:
    return f"{txid[:8]}…{txid[-8:]}" if txid else ""


def _month_text(month: dt.date) -> str:
    name = QLocale().standaloneMonthName(month.month, QLocale.FormatType.LongFormat)
    return f"{name[:1].upper()}{name[1:]} {month.year}"


def _table(parent: QWidget) -> QTableView:
    view = QTableView(parent)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.setTextElideMode(Qt.TextElideMode.ElideMiddle)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    view.horizontalHeader().setHighlightSections(False)
    view.horizontalHeader().setStretchLastSection(True)
    view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    return view


def _caption(text: str) -> QLabel:
    label = QLabel(text)
    label.setStyleSheet("color: palette(placeholder-text);")
    return label


# =============================================================================================== page


class MiningPage(Page):
    can_add = True
    can_edit = True
    can_delete = True

    def __init__(self, db, parent=None):
        super().__init__(db, parent)
        self.currency = "RUB"
        self.today = dt.date.today()
        self._disposed_before = _DisposedBefore([])
        self._total_paid = 0
        self._gap_percent = Decimal(20)
        self._task = None

        layout = QVBoxLayout(self)
        layout.addLayout(self._build_header())
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self._build_payouts_tab(), self.tr("Pa&youts"))
        self.tabs.addTab(self._build_disposals_tab(), self.tr("&Sales && transfers"))
        self.tabs.addTab(self._build_months_tab(), self.tr("By &month"))
        self.onchain = OnChainTab(db)
        self.onchain.data_changed.connect(self.data_changed)
        self.tabs.addTab(self.onchain, self.tr("O&n-chain"))
        self.tabs.currentChanged.connect(lambda _i: self._update_buttons())
        layout.addWidget(self.tabs, 1)
        self._update_buttons()

    def title(self) -> str:
        return self.tr("Mining & holdings")

    # ---- building --------------------------------------------------------------------------------------
    def _build_header(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(10)
        self.fig_holdings = FigureCard(_caption(self.tr("Holdings now")))
        self.fig_mined = FigureCard(_caption(self.tr("Mined in total")))
        self.fig_disposed = FigureCard(_caption(self.tr("Sold, sent and fees in total")))
        caption = QWidget()
        cl = QHBoxLayout(caption)
        cl.setContentsMargins(0, 0, 0, 0)
        on_label = _caption(self.tr("Holdings &on"))
        self.holdings_date = QDateEdit()
        self.holdings_date.setCalendarPopup(True)
        self.holdings_date.setDisplayFormat(formatting.date_format())
        self.holdings_date.setDateRange(QDate(2009, 1, 3), QDate(2100, 12, 31))
        first_of_month = QDate.currentDate().addDays(1 - QDate.currentDate().day())
        self.holdings_date.setDate(first_of_month.addDays(-1))  # the last month's end: a reporting date
        self.holdings_date.setToolTip(self.tr("Holdings at the end of this day"))
        on_label.setBuddy(self.holdings_date)
        self.holdings_date.dateChanged.connect(self._show_holdings_at)
        cl.addWidget(on_label)
        cl.addWidget(self.holdings_date)
        cl.addStretch(1)
        self.fig_at = FigureCard(caption)
        for fig in (self.fig_holdings, self.fig_mined, self.fig_disposed, self.fig_at):
            row.addWidget(fig, 1)
        return row

    def _payout_columns(self) -> list[Column]:
        return [
            RichColumn(lambda: self.tr("Date"), lambda r: r.payout.day, lambda r: _date_text(r.payout.day)),
            RichColumn(lambda: self.tr("BTC"), lambda r: r.payout.amount_sat,
                       lambda r: _btc_plain(r.payout.amount_sat), align_right=True),
            RichColumn(lambda: self.tr("Pool"), lambda r: r.payout.pool),
            RichColumn(lambda: self.tr("Transaction id"), lambda r: r.payout.txid or "",
                       lambda r: _short_txid(r.payout.txid), tooltip=lambda r: r.payout.txid,
                       copy=lambda r: r.payout.txid or ""),
            RichColumn(lambda: self.tr("Address"), lambda r: r.payout.address, tooltip=lambda r: r.payout.address,
                       copy=lambda r: r.payout.address),
            RichColumn(lambda: self.tr("Balance after, BTC"), lambda r: r.balance, lambda r: _btc_plain(r.balance),
                       align_right=True,
                       tooltip=lambda r: self.tr("Holdings right after this payout (payouts of a day are counted "
                                                 "before that day's sales and transfers)")),
        ]

    def _disposal_columns(self) -> list[Column]:
        def fiat(minor, r):
            return None if minor is None else from_minor(minor, r.fiat_currency)

        return [
            RichColumn(lambda: self.tr("Date"), lambda r: r.day, lambda r: _date_text(r.day)),
            RichColumn(lambda: self.tr("Kind"), lambda r: r.kind, lambda r: disposal_kind_name(r.kind)),
            RichColumn(lambda: self.tr("BTC"), lambda r: r.amount_sat, lambda r: _btc_plain(r.amount_sat),
                       align_right=True),
            RichColumn(lambda: self.tr("Fiat received"), lambda r: fiat(r.fiat_minor, r),
                       lambda r: "" if r.fiat_minor is None else formatting.money(fiat(r.fiat_minor, r), r.fiat_currency),
                       align_right=True),
            RichColumn(lambda: self.tr("Fee"), lambda r: fiat(r.fee_minor, r),
                       lambda r: "" if r.fee_minor is None else formatting.money(fiat(r.fee_minor, r), r.fiat_currency),
                       align_right=True),
            RichColumn(lambda: self.tr("Currency"), lambda r: r.fiat_currency if r.kind == "sale" else "",),
            RichColumn(lambda: self.tr("Transaction id"), lambda r: r.txid or "", lambda r: _short_txid(r.txid),
                       tooltip=lambda r: r.txid, copy=lambda r: r.txid or ""),
            RichColumn(lambda: self.tr("Counterparty"), lambda r: r.counterparty,
                       tooltip=lambda r: r.notes or None),
        ]

    def _month_columns(self) -> list[Column]:
        def money(value):  # whole currency units: the column title names the currency
            return formatting.number(value) if value is not None else "—"

        def gap_text(m: ProductionMonth) -> str:
            if m.gap is None:
                return "—"
            pct = formatting.number(m.gap * 100, 1)
            return self.tr("{0} %").format(("+" + pct) if m.gap > 0 else pct)

        def flag_tip(m: ProductionMonth) -> str:
            if m.flagged:
                return self.tr("Actual differs from expected by more than {0} %").format(
                    formatting.number(self._gap_percent))
            if not m.complete:
                return self.tr("The month is not over: not checked")
            return self.tr("Within {0} % of the expected output").format(formatting.number(self._gap_percent))

        def month_tip(m: ProductionMonth) -> str | None:
            if m.complete:
                return None
            return self.tr("In progress: {0} days counted").format(m.days)

        return [
            RichColumn(lambda: self.tr("Month"), lambda m: m.month,
                       lambda m: _month_text(m.month) if m.complete else self.tr("{0} (so far)").format(
                           _month_text(m.month)), tooltip=month_tip),
            RichColumn(lambda: self.tr("Mined, BTC"), lambda m: m.mined_sat, lambda m: _btc_plain(m.mined_sat),
                       align_right=True),
            RichColumn(lambda: self.tr("Expected, BTC"), lambda m: m.expected_sat,
                       lambda m: _btc_plain(m.expected_sat), align_right=True),
            RichColumn(lambda: self.tr("Gap"), lambda m: m.gap, gap_text, align_right=True,
                       color=lambda m: theme.color("danger") if m.flagged else None),
            RichColumn(lambda: self.tr("Flag"), lambda m: m.flagged, lambda m: "⚠" if m.flagged else "",
                       tooltip=flag_tip, color=lambda m: theme.color("danger") if m.flagged else None,
                       copy=lambda m: "!" if m.flagged else ""),
            RichColumn(lambda: self.tr("Energy"), lambda m: m.energy_cost, lambda m: money(m.energy_cost),
                       align_right=True,
                       tooltip=lambda m: self.tr("{0} kWh").format(formatting.number(m.energy_kwh))),
            RichColumn(lambda: self.tr("Hosting"), lambda m: m.hosting_fees, lambda m: money(m.hosting_fees),
                       align_right=True),
            RichColumn(lambda: self.tr("Depreciation"), lambda m: m.depreciation, lambda m: money(m.depreciation),
                       align_right=True),
            RichColumn(lambda: self.tr("Total cost"), lambda m: m.total_cost, lambda m: money(m.total_cost),
                       align_right=True),
            RichColumn(lambda: self.tr("Cost per BTC"), lambda m: m.cost_per_btc, lambda m: money(m.cost_per_btc),
                       align_right=True,
                       color=lambda m: theme.color("danger") if m.cost_per_btc is not None and m.btc_price is not None
                       and m.cost_per_btc > m.btc_price else None),
            RichColumn(lambda: self.tr("BTC price"), lambda m: m.btc_price, lambda m: money(m.btc_price),
                       align_right=True,
                       tooltip=lambda m: self.tr("At the end of the month")),
        ]

    def _toolbar(self, buttons: Sequence[QPushButton], status: QLabel) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        for b in buttons:
            row.addWidget(b)
        row.addStretch(1)
        status.setStyleSheet("color: palette(placeholder-text);")
        row.addWidget(status)
        return row

    def _copy_action(self, view: QTableView) -> None:
        action = QAction(self.tr("&Copy"), view)
        action.setShortcut(QKeySequence.StandardKey.Copy)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda: self.copy_selection(view))
        view.addAction(action)
        view.copy_action = action

    def eventFilter(self, watched, event) -> bool:
        """Enter on a row of the payouts or disposals table edits it, as a double-click does."""
        if (event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier):
            if watched is self.payouts_view:
                self.edit_payout()
                return True
            if watched is self.disposals_view:
                self.edit_disposal()
                return True
        return super().eventFilter(watched, event)

    def _build_payouts_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.setContentsMargins(0, 8, 0, 0)
        self.payout_add = QPushButton(self.tr("&Add…"))
        self.payout_edit = QPushButton(self.tr("&Edit…"))
        self.payout_delete = QPushButton(self.tr("&Delete…"))
        self.payout_import = QPushButton(self.tr("&Import CSV…"))
        self.payout_export = QPushButton(self.tr("E&xport CSV…"))
        self.payout_add.setToolTip(self.tr("Record a payout (Ctrl+N)"))
        self.payout_add.clicked.connect(self.add_payout)
        self.payout_edit.clicked.connect(self.edit_payout)
        self.payout_delete.clicked.connect(self.delete_payouts)
        self.payout_import.clicked.connect(self.import_payouts)
        self.payout_export.clicked.connect(lambda: self.export("payouts"))
        self.payout_status = QLabel()
        layout.addLayout(self._toolbar((self.payout_add, self.payout_edit, self.payout_delete, self.payout_import,
                                        self.payout_export), self.payout_status))
        # newest first, always: a window over a million rows cannot be sorted by the header (no sort proxy)
        self.payouts_model = WindowedRowsModel(self._payout_columns(), self)
        self.payouts_view = _table(tab)
        self.payouts_view.setObjectName("payoutsTable")
        self.payouts_view.setModel(self.payouts_model)
        header = self.payouts_view.horizontalHeader()
        header.setStretchLastSection(False)
        for col, width in ((0, 95), (1, 115), (2, 120), (3, 160), (5, 150)):
            header.resizeSection(col, width)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.payouts_view.doubleClicked.connect(lambda _i: self.edit_payout())
        self.payouts_view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.payouts_view.customContextMenuRequested.connect(
            lambda pos: self._context_menu(self.payouts_view, pos, self.edit_payout, self.delete_payouts))
        self._copy_action(self.payouts_view)
        self.payouts_view.installEventFilter(self)
        layout.addWidget(self.payouts_view, 1)
        return tab

    def _build_disposals_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.setContentsMargins(0, 8, 0, 0)
        self.disposal_add = QPushButton(self.tr("&Add…"))
        self.disposal_edit = QPushButton(self.tr("&Edit…"))
        self.disposal_delete = QPushButton(self.tr("&Delete…"))
        self.disposal_export = QPushButton(self.tr("E&xport CSV…"))
        self.disposal_add.setToolTip(self.tr("Record a sale, a transfer out or a network fee (Ctrl+N)"))
        self.disposal_add.clicked.connect(self.add_disposal)
        self.disposal_edit.clicked.connect(self.edit_disposal)
        self.disposal_delete.clicked.connect(self.delete_disposals)
        self.disposal_export.clicked.connect(lambda: self.export("disposals"))
        self.disposal_status = QLabel()
        layout.addLayout(self._toolbar((self.disposal_add, self.disposal_edit, self.disposal_delete,
                                        self.disposal_export), self.disposal_status))
        self.disposals_model = RichRowsModel(self._disposal_columns(), self)
        self.disposals_proxy = SortFilterModel(self)
        self.disposals_proxy.setSourceModel(self.disposals_model)
        self.disposals_view = _table(tab)
        self.disposals_view.setObjectName("disposalsTable")
        self.disposals_view.setModel(self.disposals_proxy)
        self.disposals_view.setSortingEnabled(True)
        self.disposals_view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        header = self.disposals_view.horizontalHeader()
        for col, width in ((0, 95), (1, 110), (2, 115), (3, 150), (4, 120), (5, 75), (6, 160)):
            header.resizeSection(col, width)
        self.disposals_view.doubleClicked.connect(lambda _i: self.edit_disposal())
        self.disposals_view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.disposals_view.customContextMenuRequested.connect(
            lambda pos: self._context_menu(self.disposals_view, pos, self.edit_disposal, self.delete_disposals))
        self._copy_action(self.disposals_view)
        self.disposals_view.installEventFilter(self)
        layout.addWidget(self.disposals_view, 1)
        return tab

    def _build_months_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.setContentsMargins(0, 8, 0, 0)
        self.months_note = QLabel()
        self.months_note.setWordWrap(True)
        self.months_note.setStyleSheet("color: palette(placeholder-text);")
        layout.addWidget(self.months_note)
        self.months_model = RichRowsModel(self._month_columns(), self)
        self.months_proxy = SortFilterModel(self)
        self.months_proxy.setSourceModel(self.months_model)
        self.months_view = _table(tab)
        self.months_view.setObjectName("monthsTable")
        self.months_view.setModel(self.months_proxy)
        self.months_view.setSortingEnabled(True)
        self.months_view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.months_view.customContextMenuRequested.connect(
            lambda pos: self._context_menu(self.months_view, pos, None, None))
        self._copy_action(self.months_view)

        self.production_chart = QChart()
        self.cost_chart = QChart()
        charts = QWidget()
        cl = QHBoxLayout(charts)
        cl.setContentsMargins(0, 0, 0, 0)
        self.chart_views = []
        for chart in (self.production_chart, self.cost_chart):
            chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
            chart.setMargins(QMargins(4, 4, 4, 4))
            chart.setLocale(QLocale())  # axis numbers and dates in the app's locale
            chart.setLocalizeNumbers(True)
            view = QChartView(chart)
            view.setRenderHint(QPainter.RenderHint.Antialiasing)
            view.setMinimumHeight(220)
            view.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no Tab stop: nothing to do there by keys
            self.chart_views.append(view)
            cl.addWidget(view, 1)
        self._make_axes()
        theme.style_chart(self.production_chart)
        theme.style_chart(self.cost_chart)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.months_view)
        splitter.addWidget(charts)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        layout.addWidget(splitter, 1)
        return tab

    # ---- loading ---------------------------------------------------------------------------------------
    def set_profile(self, profile_id: int | None) -> None:
        """Show a profile; "Holdings on" starts at the end of the month before its last record."""
        if profile_id is not None:
            currency = app_settings.get(self.db, app_settings.DISPLAY_CURRENCY)
            summary = records.holdings_summary(self.db, profile_id, currency, dt.date.today())
            last = summary.last_day or dt.date.today()
            self.holdings_date.blockSignals(True)
            self.holdings_date.setDate(QDate(last.replace(day=1) - dt.timedelta(days=1)))
            self.holdings_date.blockSignals(False)
        self.onchain.profile_id = profile_id  # refreshed by refresh() below
        super().set_profile(profile_id)

    def refresh(self) -> None:
        self.onchain.refresh()
        self.today = dt.date.today()
        self.currency = app_settings.get(self.db, app_settings.DISPLAY_CURRENCY)
        pid = self.profile_id
        if pid is None:
            self._clear()
            return
        disposals = records.list_disposals(self.db, pid)
        self._disposed_before = _DisposedBefore(disposals)
        summary = records.holdings_summary(self.db, pid, self.currency, self.today)
        self._total_paid = summary.paid_sat
        by_kind = summary.disposed_sat
        payout_count = summary.payouts
        self._price = summary.price
        self._show_header(by_kind, payout_count, len(disposals))
        self._show_holdings_at()

        self.payouts_model.restart(records.payout_pages(self.db, pid, self._total_paid, self._disposed_before),
                                   payout_count)
        self._show_payout_status()
        self.disposals_model.set_rows(disposals)
        self.disposal_status.setText(self.tr("{0} sales, transfers and fees").format(len(disposals)))

        params = app_settings.farm_params(self.db)
        self._gap_percent = params.production_gap * 100
        months = records.production_by_month(self.db, pid, self.currency, self.today, params)
        self.months_model.set_rows(months)
        self.months_note.setText(self.tr(
            "Expected output: the fleet's hashrate at each day's network difficulty, {0} % uptime, {1} % pool "
            "fee. Costs and prices in {2}; a month is flagged when the BTC mined differs from the expected by "
            "more than {3} %.").format(formatting.number(params.uptime * 100, 1),
                                       formatting.number(params.pool_fee * 100, 1), self.currency,
                                       formatting.number(self._gap_percent)))
        self._fit_month_columns()
        self._draw_charts(months)
        self._update_buttons()

    def _clear(self) -> None:
        for fig in (self.fig_holdings, self.fig_mined, self.fig_disposed, self.fig_at):
            fig.value.setText("—")
            fig.detail.setText("")
        self._price = None
        self.payouts_model.restart(None, 0)
        self.disposals_model.set_rows([])
        self.months_model.set_rows([])
        self.payout_status.setText("")
        self.disposal_status.setText("")
        self.months_note.setText("")
        self._draw_charts([])
        self._update_buttons()

    def _value_text(self, sats: int, price) -> tuple[str, str]:
        """The value of ``sats`` at ``price`` (text) and where the price comes from (tooltip)."""
        if price is None:
            return self.tr("no BTC price in {0}").format(self.currency), ""
        value = Decimal(sats) * price[0] / SATS_PER_BTC
        return (self.tr("≈ {0}").format(formatting.money(value, self.currency)),
                self.tr("At {0} per BTC, the latest price known on {1}").format(
                    formatting.money(price[0], self.currency), _date_text(price[1])))

    def _show_header(self, by_kind: dict[str, int], payout_count: int, disposal_count: int) -> None:
        disposed = sum(by_kind.values())
        holdings = self._total_paid - disposed
        self.holdings_sat = holdings
        self.fig_holdings.value.setText(formatting.btc(holdings))
        text, tip = self._value_text(holdings, self._price)
        self.fig_holdings.detail.setText(text)
        self.fig_holdings.setToolTip(tip)
        self.fig_mined.value.setText(formatting.btc(self._total_paid))
        self.fig_mined.detail.setText(self.tr("{0} payouts").format(formatting.number(payout_count)))
        self.fig_disposed.value.setText(formatting.btc(disposed))
        self.fig_disposed.detail.setText(self.tr("of which sold: {0}").format(formatting.btc(by_kind["sale"])))
        self.fig_disposed.setToolTip(self.tr("{0} records: sold {1}, sent {2}, network fees {3}").format(
            disposal_count, formatting.btc(by_kind["sale"]), formatting.btc(by_kind["transfer"]),
            formatting.btc(by_kind["fee"])))

    def _show_holdings_at(self) -> None:
        if self.profile_id is None:
            self.fig_at.value.setText("—")
            self.fig_at.detail.setText("")
            return
        day = self.holdings_date.date().toPython()
        sats, price = records.holdings_on(self.db, self.profile_id, self.currency, day)
        self.fig_at.value.setText(formatting.btc(sats))
        text, tip = self._value_text(sats, price)
        self.fig_at.detail.setText(text)
        self.fig_at.setToolTip(tip)

    def holdings_at(self, day: dt.date) -> int:
        """Satoshis held at the end of ``day``."""
        return records.holdings_on(self.db, self.profile_id, self.currency, day)[0]

    def _show_payout_status(self) -> None:
        if self.profile_id is None:
            self.payout_status.setText("")
        else:
            self.payout_status.setText(self.tr("{0} payouts").format(formatting.number(self.payouts_model.total)))

    def _fit_month_columns(self) -> None:
        view = self.months_view
        view.resizeColumnsToContents()
        header = view.horizontalHeader()
        for col in range(self.months_model.columnCount()):
            header.resizeSection(col, header.sectionSize(col) + 6)

    # ---- charts ----------------------------------------------------------------------------------------
    def _make_axes(self) -> None:
        """The charts keep their axes; a redraw swaps the series and sets ranges and labels."""
        self.prod_x = QCategoryAxis()
        self.prod_x.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        self.prod_x.setGridLineVisible(False)
        self.prod_y = QValueAxis()
        self.prod_y.setTitleText("BTC")
        self.cost_x = QDateTimeAxis()
        self.cost_x.setFormat(formatting.chart_month_format())
        self.cost_y = QValueAxis()
        self.cost_y.setLabelFormat("%.0f")
        for chart, x, y in ((self.production_chart, self.prod_x, self.prod_y),
                            (self.cost_chart, self.cost_x, self.cost_y)):
            chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
            chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)

    def _draw_charts(self, months: Sequence[ProductionMonth]) -> None:
        recent = list(months)[-CHART_MONTHS:]
        self._draw_production(recent)
        self._draw_costs(recent)

    def _draw_production(self, months: Sequence[ProductionMonth]) -> None:
        chart, x, y = self.production_chart, self.prod_x, self.prod_y
        chart.removeAllSeries()
        for label in x.categoriesLabels():
            x.remove(label)
        chart.setTitle(self.tr("Mined and expected BTC per month"))
        x.setVisible(bool(months))
        y.setVisible(bool(months))
        if not months:
            return
        mined = QBarSet(self.tr("Mined"))
        expected = QBarSet(self.tr("Expected"))
        for bar_set, color in ((mined, MINED_COLOR), (expected, EXPECTED_COLOR)):
            bar_set.setColor(color)
            bar_set.setBorderColor(color)
        top = 0
        for m in months:  # chart coordinates only: never shown as text, never stored
            mined.append(float(sats_to_btc(m.mined_sat)))
            expected.append(float(sats_to_btc(m.expected_sat)))
            top = max(top, m.mined_sat, m.expected_sat)
        series = QBarSeries()
        series.setBarWidth(0.8)
        series.append(mined)
        series.append(expected)
        chart.addSeries(series)
        n = len(months)
        x.setStartValue(-0.5)
        x.setRange(-0.5, n - 0.5)
        for i, m in enumerate(months):  # every third month, ending with the last one
            if (n - 1 - i) % 3 == 0:
                x.append(formatting.chart_month(m.month), i)
        top_btc = float(sats_to_btc(top)) or 0.001
        y.setRange(0, top_btc * 1.1)
        y.applyNiceNumbers()
        y.setLabelFormat("%.4f" if top_btc < 0.1 else "%.2f" if top_btc < 10 else "%.0f")
        series.attachAxis(x)
        series.attachAxis(y)

    def _draw_costs(self, months: Sequence[ProductionMonth]) -> None:
        """Cost per BTC of the months that are over (a month in progress lacks its bills) and the price."""
        chart, x, y = self.cost_chart, self.cost_x, self.cost_y
        chart.removeAllSeries()
        chart.setTitle(self.tr("Cost to mine 1 BTC against the BTC price, {0}").format(self.currency))
        points = [(m.month, m.cost_per_btc if m.complete else None, m.btc_price) for m in months]
        values = [v for _, c, p in points for v in (c, p) if v is not None]
        x.setVisible(bool(values))
        y.setVisible(bool(values))
        if not values:
            return
        scale = Decimal(1000) if max(values) >= 100_000 else Decimal(1)
        cost = QLineSeries()
        cost.setName(self.tr("Cost per BTC"))
        cost.setPen(QPen(COST_COLOR, 2))
        price = QLineSeries()
        price.setName(self.tr("BTC price"))
        price.setPen(QPen(PRICE_COLOR, 2))
        for month, c, p in points:  # chart coordinates only
            ms = QDateTime(QDate(month.year, month.month, 15), QTime(0, 0)).toMSecsSinceEpoch()
            if c is not None:
                cost.append(ms, float(c / scale))
            if p is not None:
                price.append(ms, float(p / scale))
        chart.addSeries(cost)
        chart.addSeries(price)
        first, last = months[0].month, months[-1].month
        x.setRange(QDateTime(QDate(first.year, first.month, 1), QTime(0, 0)),
                   QDateTime(QDate(last.year, last.month, 28), QTime(0, 0)))
        x.setTickCount(min(7, max(2, len(points))))
        y.setRange(0, float(max(values) / scale) * 1.1)
        y.applyNiceNumbers()
        y.setTitleText(self.tr("thousand {0}").format(self.currency) if scale > 1 else self.currency)
        for series in (cost, price):
            series.attachAxis(x)
            series.attachAxis(y)

    # ---- selection, buttons, clipboard -----------------------------------------------------------------
    def _selected(self, view: QTableView) -> list:
        rows = sorted({i.row() for i in view.selectionModel().selectedRows()})
        model = view.model()
        return [model.data(model.index(r, 0), ROW_ROLE) for r in rows]

    def selected_payouts(self) -> list[PayoutRow]:
        # None: a row past the end of a list that shrank since it was counted (refresh() recounts)
        return [line.payout for line in self._selected(self.payouts_view) if line is not None]

    def selected_disposals(self) -> list[DisposalRow]:
        return self._selected(self.disposals_view)

    def _update_buttons(self) -> None:
        has = self.profile_id is not None
        n_pay = len(self.payouts_view.selectionModel().selectedRows()) if has else 0
        n_dis = len(self.disposals_view.selectionModel().selectedRows()) if has else 0
        for b in (self.payout_add, self.payout_import, self.disposal_add):
            b.setEnabled(has)
        self.payout_export.setEnabled(has and self.payouts_model.total > 0)
        self.disposal_export.setEnabled(has and self.disposals_model.rowCount() > 0)
        self.payout_edit.setEnabled(n_pay == 1)
        self.payout_delete.setEnabled(n_pay > 0)
        self.disposal_edit.setEnabled(n_dis == 1)
        self.disposal_delete.setEnabled(n_dis > 0)

    def copy_selection(self, view: QTableView) -> None:
        """Copy the selected rows as tab-separated text (full transaction ids and addresses)."""
        proxy = view.model()
        source = proxy.sourceModel() if hasattr(proxy, "sourceModel") else proxy
        rows = sorted({i.row() for i in view.selectionModel().selectedRows()})
        if not rows:
            return
        lines = ["\t".join(str(proxy.headerData(c, Qt.Orientation.Horizontal)) for c in range(proxy.columnCount()))]
        for r in rows:
            src = proxy.mapToSource(proxy.index(r, 0)).row() if source is not proxy else r
            lines.append("\t".join(source.copy_text(src, c) for c in range(source.columnCount())))
        QGuiApplication.clipboard().setText("\n".join(lines) + "\n")

    def _context_menu(self, view: QTableView, pos, edit, delete) -> None:
        index = view.indexAt(pos)
        menu = QMenu(self)
        if edit is not None:
            act = menu.addAction(self.tr("&Edit…"), edit)
            act.setEnabled(len(view.selectionModel().selectedRows()) == 1)
            act = menu.addAction(self.tr("&Delete…"), delete)
            act.setEnabled(bool(view.selectionModel().selectedRows()))
            menu.addSeparator()
        menu.addAction(view.copy_action)
        if index.isValid():
            row = view.model().data(index, ROW_ROLE)
            txid = getattr(getattr(row, "payout", row), "txid", None)
            if txid:
                menu.addAction(self.tr("Copy &transaction id"), lambda: QGuiApplication.clipboard().setText(txid))
        menu.exec(view.viewport().mapToGlobal(pos))

    def _select_payout(self, payout_id: int | None, day: dt.date) -> None:
        """Select the payout of ``day`` with this id and scroll to it, however deep in the list it is."""
        if payout_id is None or self.profile_id is None:
            return
        row = records.payouts_newer(self.db, self.profile_id, day, payout_id)[0]
        line = self.payouts_model.row_at(row)
        if line is None or line.payout.id != payout_id:  # not there (any more)
            return
        self.payouts_view.selectRow(row)
        self.payouts_view.scrollTo(self.payouts_model.index(row, 0))

    def _select_disposal(self, disposal_id: int | None) -> None:
        if disposal_id is None:
            return
        for r in range(self.disposals_proxy.rowCount()):
            row = self.disposals_proxy.data(self.disposals_proxy.index(r, 0), ROW_ROLE)
            if row.id == disposal_id:
                self.disposals_view.selectRow(r)
                self.disposals_view.scrollTo(self.disposals_proxy.index(r, 0))
                return

    def _changed(self) -> None:
        self.refresh()
        self.data_changed.emit()

    # ---- Records menu (Ctrl+N, Ctrl+E, Del) ------------------------------------------------------------
    def add_item(self) -> None:
        if self.tabs.currentWidget() is self.onchain:
            self.onchain.add_item()
        elif self.tabs.currentIndex() == 1:
            self.add_disposal()
        else:
            self.add_payout()

    def edit_item(self) -> None:
        if self.tabs.currentIndex() == 0:
            self.edit_payout()
        elif self.tabs.currentIndex() == 1:
            self.edit_disposal()

    def delete_items(self) -> None:
        if self.tabs.currentWidget() is self.onchain:
            self.onchain.delete_items()
        elif self.tabs.currentIndex() == 0:
            self.delete_payouts()
        elif self.tabs.currentIndex() == 1:
            self.delete_disposals()

    # ---- payouts ---------------------------------------------------------------------------------------
    def payout_dialog(self, payout: PayoutRow | None = None) -> PayoutDialog:
        """The dialog to add (``payout`` None) or edit a payout; saving writes through the service."""
        pid = self.profile_id
        model = self.payouts_model
        newest = [line for line in map(model.row_at, range(min(model.page, model.total))) if line is not None]
        pools = {line.payout.pool for line in newest}
        if payout is None:
            def save(data):
                return self.record(lambda _id: self.tr("Add payout of {0}").format(formatting.btc(data.amount_sat)),
                                   records.add_payout, self.db, pid, data)
        else:
            def save(data):
                self.record(self.tr("Edit payout of {0}").format(_date_text(payout.day)),
                            records.edit_payout, self.db, payout.id, data, version=dialog.version)
                return payout.id
        dialog = PayoutDialog(save, self, payout, pools=pools, defaults=newest[0].payout if newest else None)
        dialog.changed_elsewhere.connect(self._changed)  # someone else changed the payout: show it as it is now
        return dialog

    def add_payout(self) -> None:
        if self.profile_id is None:
            return
        self.tabs.setCurrentIndex(0)
        dialog = self.payout_dialog()
        if dialog.exec():
            self._changed()
            self._select_payout(dialog.saved, dialog.day.date().toPython())

    def edit_payout(self) -> None:
        selected = self.selected_payouts()
        if len(selected) != 1:
            return
        dialog = self.payout_dialog(selected[0])
        if dialog.exec():
            self._changed()
            self._select_payout(selected[0].id, dialog.day.date().toPython())

    def delete_payouts(self) -> None:
        selected = self.selected_payouts()
        if not selected:
            return
        total = sum(p.amount_sat for p in selected)
        if not messages.confirm(self, self.tr("Delete payouts"), self.tr(
                "Delete {0} selected payout(s), {1} in all?").format(
                len(selected), formatting.btc(total))):
            return
        try:
            self.record(self.tr("Delete payout of {0}").format(_date_text(selected[0].day)) if len(selected) == 1
                        else self.tr("Delete %n payouts", "", len(selected)),
                        records.delete_payouts, self.db, self.profile_id, [p.id for p in selected],
                        versions={p.id: p.version for p in selected})
        except records.RecordError as exc:
            messages.error(self, self.tr("Cannot delete"), exc.message)
            if isinstance(exc, records.ChangedSinceShown):
                self._changed()  # show the records as they are now
            return
        self._changed()

    def import_payouts(self) -> None:
        if self.profile_id is None:
            return
        path = messages.open_file(self, self.tr("Import payouts"),
                                  self.tr("CSV files (*.csv *.tsv *.txt);;All files (*)"))
        if not path:
            return
        try:
            dialog = ImportDialog(self.db, self.profile_id, "payouts", path, self)
        except csv_io.ImportFailed as exc:
            messages.error(self, self.tr("Import failed"), str(exc))
            return
        if not dialog.exec() or dialog.result_counts is None:
            return
        counts = dialog.result_counts
        self.offer_undo(self.tr("Import {0}").format(Path(path).name), dialog.recorded)
        self._changed()
        messages.info(self, self.tr("Import finished"), self.tr(
            "{0} payouts added; {1} already recorded were skipped.").format(counts.added, counts.duplicates))

    # ---- disposals -------------------------------------------------------------------------------------
    def disposal_dialog(self, disposal: DisposalRow | None = None) -> DisposalDialog:
        pid = self.profile_id
        if disposal is None:
            def save(data):
                return self.record(lambda _id: self._added_disposal_text(data.kind, data.amount_sat),
                                   records.add_disposal, self.db, pid, data)
        else:
            def save(data):
                self.record(self.tr("Edit sale, transfer or fee of {0}").format(_date_text(disposal.day)),
                            records.edit_disposal, self.db, disposal.id, data, version=dialog.version)
                return disposal.id
        dialog = DisposalDialog(save, self, disposal, currency=self.currency, holdings_at=self.holdings_at)
        dialog.changed_elsewhere.connect(self._changed)  # someone else changed it: show it as it is now
        return dialog

    def _added_disposal_text(self, kind: str, amount_sat: int) -> str:
        """The undo step's name: "Add sale of 0.1 BTC"."""
        text = {"sale": self.tr("Add sale of {0}"), "transfer": self.tr("Add transfer of {0}")}.get(
            kind, self.tr("Add network fee of {0}"))
        return text.format(formatting.btc(amount_sat))

    def add_disposal(self) -> None:
        if self.profile_id is None:
            return
        self.tabs.setCurrentIndex(1)
        dialog = self.disposal_dialog()
        if dialog.exec():
            self._changed()
            self._select_disposal(dialog.saved)

    def edit_disposal(self) -> None:
        selected = self.selected_disposals()
        if len(selected) != 1:
            return
        dialog = self.disposal_dialog(selected[0])
        if dialog.exec():
            self._changed()
            self._select_disposal(selected[0].id)

    def delete_disposals(self) -> None:
        selected = self.selected_disposals()
        if not selected:
            return
        if not messages.confirm(self, self.tr("Delete sales and transfers"), self.tr(
                "Delete {0} selected sale(s), transfer(s) or fee(s)?").format(
                len(selected))):
            return
        try:
            self.record(self.tr("Delete sale, transfer or fee of {0}").format(_date_text(selected[0].day))
                        if len(selected) == 1 else self.tr("Delete %n sales, transfers or fees", "", len(selected)),
                        records.delete_disposals, self.db, self.profile_id, [d.id for d in selected],
                        versions={d.id: d.version for d in selected})
        except records.RecordError as exc:
            messages.error(self, self.tr("Cannot delete"), exc.message)
            if isinstance(exc, records.ChangedSinceShown):
                self._changed()  # show the records as they are now
            return
        self._changed()

    # ---- export ----------------------------------------------------------------------------------------
    def export(self, kind: str) -> None:
        """Write the profile's payouts or disposals to a CSV file chosen by the user, in the background."""
        if self.profile_id is None:
            return
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        name = f"{kind}_{self.today.isoformat()}.csv"
        title = self.tr("Export payouts") if kind == "payouts" else self.tr("Export sales and transfers")
        path = messages.save_file(self, title, self.tr("CSV files (*.csv)"), str(Path(folder) / name))
        if not path:
            return
        db, pid = self.db, self.profile_id

        def done(count: int) -> None:
            messages.info(self, self.tr("Export finished"),
                          self.tr("{0} records written to {1}").format(count, path))

        def failed(exc: Exception) -> None:
            messages.error(self, self.tr("Export failed"), self.tr("Could not write {0}: {1}").format(path, exc))

        self._task = run_in_background(self, lambda _progress: csv_io.export_csv(db, pid, kind, path), done, failed,
                                       title=title, label=self.tr("Writing {0}…").format(Path(path).name))


__all__ = ["MiningPage", "PayoutLine", "RichColumn", "RichRowsModel"]
