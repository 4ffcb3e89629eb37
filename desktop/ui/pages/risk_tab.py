"""The Loans page's Risk tab: the simulated loan on real price history, Monte Carlo paths, stress tests, the worst
drawdowns replayed, the profile's mining output and sell-or-borrow.

All figures come from desktop.services.risk (the maths is desktop.core.risk); this tab runs them off the GUI
thread and draws them. A new loan or changed controls cancel a run in flight; a result that arrives for older
inputs is dropped (generation counter).
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass
from decimal import Decimal

import numpy as np
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core import risk as core_risk
from desktop.core.loans import LoanResult, Offer
from desktop.services import records
from desktop.services import risk as risk_service
from desktop.ui import charts, formatting, glossary
from desktop.ui.widgets import ERROR_STYLE, scrolling_body
from desktop.ui.workers import Task, run_in_background

WARN, DANGER = "#d4a72c", "#cf222e"
BAND_COLORS = ("#9ecbff", "#58a6ff", "#1f6feb", "#58a6ff", "#9ecbff")
DEFAULT_PATHS = 10_000
NOTE_STYLE = "color: palette(placeholder-text);"
# Figures named by a glossary term: a tooltip and a "?" that opens the glossary (desktop/ui/glossary.py).
OUT_TERMS = {"start_dates": "backtest", "margin_call_share": "margin_call", "liquidation_share": "liquidation",
             "worst_ltv": "ltv", "median_btc_left": "backtest", "mc_margin_call": "monte_carlo",
             "mc_liquidation": "monte_carlo", "mining_mined": "btc_per_day"}


@dataclass
class RiskRun:
    """What one run computed (everything the tab shows)."""

    report: risk_service.RiskReport
    cases: list | None
    break_even: Decimal | None
    sell_error: str | None
    mining: core_risk.MiningOutlook | None
    covers_payments: bool | None
    starts: list[dt.date]  # start dates tested by the backtest
    first_liquidated: dt.date | None
    days: list[dt.date]  # the price history
    closes: np.ndarray
    settings: dict  # the controls this run used


def _pct(x: float | None, decimals: int = 1) -> str:
    if x is None:
        return "—"
    return formatting.number(Decimal(repr(float(x) * 100)), decimals) + " %"


def _btc(value: Decimal | None) -> str:
    if value is None:
        return "—"
    return formatting.btc(int(Decimal(value) * 100_000_000))


class RiskTab(QWidget):
    def __init__(self, db, parent=None):
        super().__init__(parent)
        self.db = db
        self.offer: Offer | None = None
        self.result: LoanResult | None = None
        self.profile_id: int | None = None
        self.report: risk_service.RiskReport | None = None
        self.run_data: RiskRun | None = None
        self.task: Task | None = None
        self.generation = 0
        self._running_generation: int | None = None

        main = scrolling_body(self)  # scrolls rather than squeezes in a small window

        # ---- controls ----
        box = QGroupBox(self.tr("Settings"))
        grid = QGridLayout(box)
        self.from_check = QCheckBox(self.tr("Backtest &from:"))
        self.from_date = QDateEdit()
        self.from_date.setCalendarPopup(True)
        self.from_date.setDisplayFormat(formatting.date_format())
        self.from_date.setDate(QDate(2015, 1, 1))
        self.from_date.setEnabled(False)
        self.from_check.toggled.connect(self.from_date.setEnabled)
        self.from_check.toggled.connect(self._controls_changed)
        self.from_date.dateChanged.connect(self._controls_changed)
        self.paths = QSpinBox()
        self.paths.setRange(0, 50_000)
        self.paths.setSingleStep(1000)
        self.paths.setValue(DEFAULT_PATHS)
        self.paths.valueChanged.connect(self._controls_changed)
        self.method = QComboBox()
        self.method.addItem(self.tr("block bootstrap"), "bootstrap")
        self.method.addItem(self.tr("GBM"), "gbm")
        self.method.currentIndexChanged.connect(self._controls_changed)
        self.seed = QSpinBox()
        self.seed.setRange(0, 2_000_000_000)
        self.seed.setValue(1)
        self.seed.valueChanged.connect(self._controls_changed)
        self.topup = QCheckBox(self.tr("Top &up collateral from mining output and spare holdings"))
        self.topup.setEnabled(False)
        self.topup.toggled.connect(self._controls_changed)
        self.run_button = QPushButton(self.tr("&Run"))
        self.run_button.setEnabled(False)
        self.run_button.clicked.connect(self.run)
        paths_label = QLabel(self.tr("Monte Carlo &paths:"))
        paths_label.setBuddy(self.paths)
        method_label = QLabel(self.tr("&Method:"))
        method_label.setBuddy(self.method)
        seed_label = QLabel(self.tr("S&eed:"))
        seed_label.setBuddy(self.seed)
        glossary.attach("backtest", self.from_date)
        glossary.attach("monte_carlo", paths_label, self.method, method_label, self.seed, seed_label)
        grid.addWidget(glossary.with_help(self.from_check, "backtest"), 0, 0)
        grid.addWidget(self.from_date, 0, 1)
        grid.addWidget(paths_label, 0, 2)
        grid.addWidget(glossary.with_help(self.paths, "monte_carlo"), 0, 3)
        grid.addWidget(method_label, 1, 0)
        grid.addWidget(self.method, 1, 1)
        grid.addWidget(seed_label, 1, 2)
        grid.addWidget(self.seed, 1, 3)
        grid.addWidget(glossary.with_help(self.topup, "cure"), 2, 0, 1, 3)
        grid.addWidget(self.run_button, 2, 3)  # under the inputs: long Russian labels leave no room beside them
        grid.setColumnStretch(5, 1)
        main.addWidget(box)

        self.status = QLabel(self.tr("Press Run to test the loan on the price history."))
        self.status.setObjectName("riskStatus")
        self.status.setWordWrap(True)
        self.status.setStyleSheet(NOTE_STYLE)
        main.addWidget(self.status)

        # ---- figures at a glance ----
        figures = QGroupBox(self.tr("Risk at a glance"))
        fg = QGridLayout(figures)
        fg.setHorizontalSpacing(16)
        self.out: dict[str, QLabel] = {}
        self.out_topup: dict[str, QLabel] = {}
        self.head_plain = QLabel(self.tr("Without top-ups"))
        self.head_topup = QLabel(self.tr("With top-ups"))
        for head in (self.head_plain, self.head_topup):
            head.setStyleSheet("font-weight: bold;")
            head.setAlignment(Qt.AlignmentFlag.AlignRight)
        fg.addWidget(self.head_plain, 0, 1)
        fg.addWidget(self.head_topup, 0, 2)
        backtest_rows = [
            ("start_dates", self.tr("Historical start dates tested")),
            ("margin_call_share", self.tr("Share with a margin call")),
            ("liquidation_share", self.tr("Share liquidated")),
            ("worst_ltv", self.tr("Worst LTV")),
            ("median_btc_left", self.tr("Median BTC left at maturity")),
        ]
        row = 1
        for key, title in backtest_rows:
            self._add_out(fg, key, title, row, topup=True)
            row += 1
        for key, title in [
            ("mc_margin_call", self.tr("Monte Carlo: probability of a margin call")),
            ("mc_liquidation", self.tr("Monte Carlo: probability of liquidation")),
            ("mining_mined", self.tr("Expected BTC mined over the term")),
            ("mining_net", self.tr("Net of power")),
            ("covers", self.tr("Production covers the payments")),
        ]:
            self._add_out(fg, key, title, row)
            row += 1
        fg.setColumnStretch(3, 1)
        main.addWidget(figures)

        # ---- tables ----
        self.stress_table = self._table([self.tr("Fall"), self.tr("Price after"), self.tr("LTV after"),
                                         self.tr("Peak LTV"), self.tr("Margin call?"), self.tr("Liquidated?")])
        self.stress_table.setObjectName("stressTable")
        main.addWidget(self._titled(self.tr("Stress: an instant fall on day 0"), self.stress_table, "stress"))
        self.drawdown_table = self._table([self.tr("Period"), self.tr("Fall"), self.tr("Worst LTV"),
                                           self.tr("Outcome")])
        self.drawdown_table.setObjectName("drawdownTable")
        main.addWidget(self._titled(self.tr("Worst historical drawdowns replayed"), self.drawdown_table, "stress"))
        self.sell_table = self._table([self.tr("End price"), self.tr("Sell: BTC left"), self.tr("Sell: value"),
                                       self.tr("Borrow: BTC left"), self.tr("Borrow: value"), self.tr("Better")])
        self.sell_table.setObjectName("sellTable")
        sell_box = self._titled(self.tr("Sell BTC or borrow against it"), self.sell_table, "sell_or_borrow")
        self.break_even = QLabel("—")
        self.break_even.setObjectName("breakEven")
        self.break_even.setWordWrap(True)
        glossary.attach("sell_or_borrow", self.break_even)
        sell_box.layout().addWidget(self.break_even)
        main.addWidget(sell_box)

        # ---- charts ----
        self.mc_chart = charts.make_view(280)
        main.addWidget(self.mc_chart)
        start_row = QHBoxLayout()
        start_label = QLabel(self.tr("Start &date to show:"))
        self.start_date = QDateEdit()
        self.start_date.setCalendarPopup(True)
        self.start_date.setDisplayFormat(formatting.date_format())
        self.start_date.setEnabled(False)
        self.start_date.dateChanged.connect(self._draw_history)
        start_label.setBuddy(self.start_date)
        start_row.addWidget(start_label)
        start_row.addWidget(self.start_date)
        start_row.addStretch(1)
        main.addLayout(start_row)
        self.history_chart = charts.make_view(280)
        main.addWidget(self.history_chart)
        main.addStretch(1)
        self._show_empty()

    # ---- widgets --------------------------------------------------------------------------------------
    def _add_out(self, grid: QGridLayout, key: str, title: str, row: int, topup: bool = False) -> None:
        term = OUT_TERMS.get(key)
        label = QLabel(title + ":")
        grid.addWidget(glossary.with_help(label, term) if term else label, row, 0)
        for col, store in [(1, self.out)] + ([(2, self.out_topup)] if topup else []):
            value = QLabel("—")
            value.setObjectName(f"risk_{key}" + ("_topup" if col == 2 else ""))
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            store[key] = value
            if term:
                glossary.attach(term, value)
            grid.addWidget(value, row, col)

    def _table(self, headers: list[str]) -> QTableWidget:
        table = QTableWidget(0, len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().setVisible(False)
        table.setAlternatingRowColors(True)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        return table

    def _titled(self, title: str, widget: QWidget, term: str | None = None) -> QGroupBox:
        box = QGroupBox(title)
        if term:  # a "?" beside the table; the table itself shows its cells' texts as tooltips
            glossary.attach(term, box)
            widget = glossary.with_help(widget, term, tooltip_on_widget=False, align=Qt.AlignmentFlag.AlignTop)
        QVBoxLayout(box).addWidget(widget)
        return box

    @staticmethod
    def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
        table.setRowCount(len(rows))
        for r, cells in enumerate(rows):
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if c:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                table.setItem(r, c, item)
        table.resizeColumnsToContents()
        table.resizeRowsToContents()
        height = table.horizontalHeader().height() + 2 * table.frameWidth()
        height += sum(table.rowHeight(r) for r in range(table.rowCount()))
        table.setFixedHeight(height)  # the whole table shows: the tab scrolls, not the table
        table.setFixedWidth(table.horizontalHeader().length() + 2 * table.frameWidth())

    # ---- inputs ---------------------------------------------------------------------------------------
    def set_loan(self, offer: Offer | None, result: LoanResult | None, profile_id: int | None) -> None:
        """The loan the page shows now. A different loan drops the figures and cancels a run in flight."""
        self.topup.setEnabled(profile_id is not None)
        if profile_id is None:
            self.topup.setChecked(False)
        self.run_button.setEnabled(offer is not None and result is not None and bool(result.collateral_sats))
        if offer == self.offer and result == self.result and profile_id == self.profile_id:
            return
        self.offer, self.result, self.profile_id = offer, result, profile_id
        self._invalidate()
        self.report = self.run_data = None
        self._show_empty()
        if result is not None and not result.collateral_sats:
            self.status.setText(self.tr("The loan has no BTC collateral: nothing moves with the price."))
        else:
            self.status.setText(self.tr("Press Run to test the loan on the price history."))
        self.status.setStyleSheet(NOTE_STYLE)

    def _controls_changed(self, *_args) -> None:
        if self._running_generation is not None or self.report is not None:
            self._invalidate()
            self.status.setText(self.tr("The settings changed: press Run to update the figures."))
            self.status.setStyleSheet(NOTE_STYLE)

    def _invalidate(self) -> None:
        """Newer inputs: cancel a run in flight; its result, if it still arrives, is ignored."""
        self.generation += 1
        if self.task is not None:
            self.task.progress.cancel()
            self.task = None
        self._running_generation = None

    def settings(self) -> dict:
        return {
            "backtest_from": self.from_date.date().toPython() if self.from_check.isChecked() else None,
            "monte_carlo_paths": self.paths.value(),
            "method": self.method.currentData(),
            "seed": self.seed.value(),
            "top_up_from_mining": self.topup.isChecked() and self.profile_id is not None,
        }

    # ---- running --------------------------------------------------------------------------------------
    def run(self) -> Task | None:
        if self.offer is None or self.result is None or not self.result.collateral_sats:
            return None
        self._invalidate()
        generation = self.generation
        db, offer, result, pid, opts = self.db, self.offer, self.result, self.profile_id, self.settings()

        def work(progress):
            progress(0, "")
            report = risk_service.analyse(db, offer, result, profile_id=pid, backtest=True, progress=progress,
                                          **opts)
            days, closes = risk_service.price_history(offer.currency)
            debt = core_risk.debt_curve(result)
            th = offer.ltv
            starts, liquidated = core_risk.liquidated_starts(days, closes, debt, initial_ltv=float(th.initial),
                                                             liquidation=float(th.liquidation),
                                                             window_start=opts["backtest_from"])
            first = liquidated[-1] if liquidated else None  # the most recent liquidated start is shown first
            mining, covers = report.mining, report.covers_payments
            if mining is None and pid is not None:
                mining = risk_service.mining_outlook(db, pid, result)
                if mining is not None:
                    payments = sum((r.payment for r in result.schedule if r.date > result.start_date), Decimal(0))
                    covers = Decimal(mining.total_net_sats) / 100_000_000 * result.price >= payments
            held = result.collateral_sats
            if pid is not None:
                held = records.holdings_summary(db, pid, offer.currency, result.start_date).holdings_sat
            cases, even, sell_error = None, None, None
            try:
                cases, even = risk_service.sell_or_borrow(result, held)
            except ValueError as exc:
                sell_error = str(exc)
            progress.check()
            return RiskRun(report, cases, even, sell_error, mining, covers, starts, first, days, closes, opts)

        self._running_generation = generation
        self.status.setText(self.tr("Running…"))
        self.status.setStyleSheet(NOTE_STYLE)
        self.task = run_in_background(self, work, lambda data, g=generation: self._done(g, data),
                                      lambda exc, g=generation: self._failed(g, exc),
                                      title=self.tr("Loan risk"), label=self.tr("Testing the loan…"))
        return self.task

    def _done(self, generation: int, data: RiskRun) -> None:
        if generation != self.generation:
            return  # a stale run: newer inputs since
        self.task = None
        self._running_generation = None
        self.run_data, self.report = data, data.report
        self.status.setText(self.tr("Figures for {0} Monte Carlo paths, seed {1}; prices in {2}.").format(
            formatting.number(data.report.monte_carlo.paths if data.report.monte_carlo else 0),
            data.settings["seed"], data.report.history_currency))
        self.status.setStyleSheet(NOTE_STYLE)
        self._show(data)

    def _failed(self, generation: int, exc: Exception) -> None:
        if generation != self.generation:
            return
        self.task = None
        self._running_generation = None
        self.status.setText(self.tr("Could not compute the risk: {0}").format(str(exc)))
        self.status.setStyleSheet(ERROR_STYLE)

    def report_dict(self) -> dict | None:
        """The last report for the current loan, JSON-friendly (None before a run)."""
        if self.report is None:
            return None
        out = self.report.to_dict()
        if self.run_data is not None:
            out["settings"] = {k: (v.isoformat() if isinstance(v, dt.date) else v)
                               for k, v in self.run_data.settings.items()}
        if self.run_data is not None and self.run_data.cases:
            out["sell_or_borrow"] = [c.to_dict() for c in self.run_data.cases]
            out["break_even_price"] = str(self.run_data.break_even)
        return out

    # ---- showing --------------------------------------------------------------------------------------
    def _show_empty(self) -> None:
        for label in list(self.out.values()) + list(self.out_topup.values()):
            label.setText("—")
        self.head_topup.setVisible(False)
        for label in self.out_topup.values():
            label.setVisible(False)
        for table in (self.stress_table, self.drawdown_table, self.sell_table):
            self._fill(table, [])
        self.break_even.setText("—")
        self.start_date.setEnabled(False)
        charts.clear(self.mc_chart)
        charts.clear(self.history_chart)

    def _money(self, value: Decimal | None) -> str:
        return formatting.money(value, self.result.currency if self.result else "USD")

    def _backtest(self, store: dict[str, QLabel], bt: core_risk.BacktestResult | None) -> None:
        if bt is None:
            for label in store.values():
                label.setText("—")
            return
        store["start_dates"].setText(formatting.number(bt.start_dates))
        store["margin_call_share"].setText(_pct(bt.margin_call_share))
        store["liquidation_share"].setText(_pct(bt.liquidation_share))
        store["worst_ltv"].setText(_pct(bt.worst_ltv))
        store["median_btc_left"].setText(_btc(bt.median_btc_left))

    def _show(self, data: RiskRun) -> None:
        rep = data.report
        self._backtest(self.out, rep.backtest)
        with_topup = rep.backtest_topup is not None
        self.head_topup.setVisible(with_topup)
        for label in self.out_topup.values():
            label.setVisible(with_topup)
        self._backtest(self.out_topup, rep.backtest_topup)
        mc = rep.monte_carlo
        self.out["mc_margin_call"].setText(_pct(mc.margin_call_probability, 2) if mc else "—")
        self.out["mc_liquidation"].setText(_pct(mc.liquidation_probability, 2) if mc else "—")
        if data.mining is not None:
            self.out["mining_mined"].setText(_btc(data.mining.total_mined))
            self.out["mining_net"].setText(_btc(data.mining.total_net))
            self.out["covers"].setText(self.tr("yes") if data.covers_payments else self.tr("no"))
        else:
            note = self.tr("no running fleet") if self.profile_id is not None else self.tr("no profile")
            for key in ("mining_mined", "mining_net", "covers"):
                self.out[key].setText(note)
        yes_no = lambda v: self.tr("yes") if v else self.tr("no")  # noqa: E731
        self._fill(self.stress_table, [
            ["−" + _pct(c.drop, 0), self._money(c.price_after), _pct(c.ltv_after), _pct(c.ltv_peak),
             yes_no(c.margin_call), yes_no(c.liquidation)] for c in rep.stress])
        rows = []
        for c in rep.drawdowns:
            d = c.drawdown
            if c.liquidation_day is not None:
                outcome = self.tr("liquidated on day {0}").format(c.liquidation_day)
            elif c.margin_call_day is not None:
                outcome = self.tr("margin call on day {0}, survives").format(c.margin_call_day)
            else:
                outcome = self.tr("survives")
            if c.btc_added:
                outcome = self.tr("{0}; top-ups {1}").format(outcome, _btc(c.btc_added))
            rows.append([self.tr("{0} – {1}").format(formatting.date(d.start), formatting.date(d.end)),
                         "−" + _pct(d.fall), _pct(c.worst_ltv), outcome])
        self._fill(self.drawdown_table, rows)
        better = {"sell": self.tr("sell"), "borrow": self.tr("borrow"), "equal": self.tr("equal")}
        if data.cases:
            self._fill(self.sell_table, [
                [self._money(c.end_price), _btc(c.sell_btc_left), self._money(c.sell_fiat), _btc(c.borrow_btc_left),
                 self._money(c.borrow_fiat), better.get(c.better, c.better)] for c in data.cases])
            self.break_even.setText(self.tr(
                "Break-even price at maturity: {0}. Above it borrowing leaves more, below it selling.").format(
                self._money(data.break_even)))
        else:
            self._fill(self.sell_table, [])
            self.break_even.setText(self.tr("Sell or borrow cannot be compared: {0}").format(data.sell_error or "—"))
        self._draw_monte_carlo(mc)
        self.start_date.blockSignals(True)
        if data.starts:
            self.start_date.setDateRange(QDate(data.starts[0]), QDate(data.starts[-1]))
            self.start_date.setDate(QDate(data.first_liquidated or data.starts[-1]))
        self.start_date.setEnabled(bool(data.starts))
        self.start_date.blockSignals(False)
        self._draw_history()

    def _threshold_lines(self, first: dt.date, last: dt.date) -> list:
        th = self.offer.ltv
        return [(self.tr("Margin call {0} %").format(formatting.number(th.margin_call * 100)),
                 [(first, th.margin_call * 100), (last, th.margin_call * 100)]),
                (self.tr("Liquidation {0} %").format(formatting.number(th.liquidation * 100)),
                 [(first, th.liquidation * 100), (last, th.liquidation * 100)])]

    def _draw_monte_carlo(self, mc: core_risk.MonteCarloResult | None) -> None:
        if mc is None or not mc.days:
            charts.clear(self.mc_chart)
            return
        start = self.result.start_date
        dates = [start + dt.timedelta(days=int(d)) for d in mc.days]
        lines = [(self.tr("{0} %").format(p), list(zip(dates, (v * 100 for v in mc.ltv_percentiles[p]), strict=True)))
                 for p in core_risk.PERCENTILES]
        lines += self._threshold_lines(dates[0], dates[-1])
        chart = charts.date_lines(self.mc_chart, self.tr("Monte Carlo: LTV percentiles over the term, %"), lines,
                                  "%.0f", colors=list(BAND_COLORS) + [WARN, DANGER])
        axes = chart.axes(Qt.Orientation.Vertical)
        if axes:  # drawing range only: a liquidated path's hypothetical LTV can be huge
            liq = float(self.offer.ltv.liquidation) * 100
            top = max(v * 100 for v in mc.ltv_percentiles[75])
            step = 20.0
            axes[0].setRange(0, step * math.ceil(min(max(liq * 1.3, top * 1.1), liq * 2.5) / step))
            axes[0].setTickCount(int(axes[0].max() // step) + 1)
        chart.legend().setVisible(True)

    def _draw_history(self, *_args) -> None:
        data = self.run_data
        if data is None or not data.starts or self.result is None:
            charts.clear(self.history_chart)
            return
        start = self.start_date.date().toPython()
        index = {d: i for i, d in enumerate(data.days)}
        i = index.get(start)
        if i is None:  # a gap in the history: the next day that has a close
            i = next((n for n, d in enumerate(data.days) if d >= start), len(data.days) - 1)
        debt = core_risk.debt_curve(self.result)
        seg = data.closes[i: i + len(debt)]
        dates = data.days[i: i + len(seg)]
        th = self.offer.ltv
        liq_line = seg[0] * float(th.initial) / float(th.liquidation) * debt[: len(seg)] / debt[0]
        cur = self.report.history_currency if self.report else "USD"
        lines = [(self.tr("BTC price, {0}").format(cur), list(zip(dates, seg, strict=True))),
                 (self.tr("Liquidation price"), list(zip(dates, liq_line, strict=True)))]
        top = float(min(max(seg.max(), liq_line.max()) * 1.1, 3 * max(seg[0], liq_line.max())))
        chart = charts.date_lines(self.history_chart, self.tr("A loan started on {0}: price and liquidation price")
                                  .format(formatting.date(dates[0])), lines, "%.0f" if top >= 100 else "%.2f",
                                  colors=[charts.PALETTE[1], DANGER])
        axes = chart.axes(Qt.Orientation.Vertical)
        if axes:  # drawing range only: up to 3 × the start price, so the liquidation line stays readable
            axes[0].setRange(0, top)
            axes[0].applyNiceNumbers()
        chart.legend().setVisible(True)
