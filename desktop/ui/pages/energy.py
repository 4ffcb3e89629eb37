"""Energy: the profile's meter readings and billed periods per site, and the energy by month.

"Records" lists what was entered or imported; "By month" spreads it over calendar months (the records
service does the arithmetic) beside what the active fleet should have drawn, flags months that differ
by more than the threshold, and charts the last 24 months. All data access goes through
``desktop.services.records`` and ``csv_io``; this module only shows and collects.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QEvent, QItemSelectionModel, QLocale, QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QColor, QCursor, QKeySequence, QPainter, QPen, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QToolTip,
    QVBoxLayout,
)

from desktop.core.money import from_minor
from desktop.i18n import tr_error
from desktop.services import csv_io, records
from desktop.services import settings as app_settings
from desktop.services.records import EnergyData, EnergyReport, EnergyRow, RecordError
from desktop.ui import formatting, messages, theme
from desktop.ui.dialogs.energy_dialog import EnergyDialog
from desktop.ui.dialogs.import_dialog import ImportDialog
from desktop.ui.dialogs.sites_dialog import SitesDialog, decimals_of
from desktop.ui.pages.base import Page
from desktop.ui.table_model import ROW_ROLE, Column, RowsModel, SortFilterModel
from desktop.ui.workers import run_in_background

CHART_MONTHS = 24  # at most; fewer when the chart is too narrow for their labels
CHART_MONTH_WIDTH = 40  # pixels a month needs on the axis
CHART_FRAME_WIDTH = 170  # axes, titles and margins
WARNING_MARK = "⚠"
METERED_COLOR = QColor("#4e79a7")
EXPECTED_COLOR = QColor("#e15759")
COST_COLOR = QColor("#59a14f")
HUNDRED = Decimal(100)


def _date(day: dt.date | None) -> str:
    return formatting.date(day) if day else ""


def _kwh(value: Decimal | None) -> str:
    return "" if value is None else formatting.number(Decimal(value), decimals_of(Decimal(value), 0, 3))


def month_title(month: dt.date) -> str:
    """'March 2026' / 'Март 2026' (the stand-alone month name: MMMM would give 'марта' in Russian)."""
    name = QLocale().standaloneMonthName(month.month, QLocale.FormatType.LongFormat)
    return f"{name[:1].upper()}{name[1:]} {month.year}"


@dataclass(frozen=True)
class MonthLine:
    """One row of "By month": all sites, or the site chosen in the filter."""

    month: dt.date
    kwh: Decimal
    expected_kwh: Decimal
    deviation: Decimal | None
    cost: Decimal | None
    flagged: bool
    covered_days: int
    days: int


def month_lines(report: EnergyReport, site_id: int | None) -> list[MonthLine]:
    """The report's months (or one site's share of them), from the first month with any consumption."""
    out: list[MonthLine] = []
    for m in report.months:
        if site_id is None:
            line = MonthLine(
                m.month, m.kwh, m.expected_kwh, m.deviation, m.cost, m.flagged, m.covered_days, m.days
            )
        else:
            sm = next((x for x in m.sites if x.site_id == site_id), None)
            if sm is None:
                line = MonthLine(m.month, Decimal(0), Decimal(0), None, Decimal(0), False, 0, m.days)
            else:
                line = MonthLine(
                    m.month,
                    sm.kwh,
                    sm.expected_kwh,
                    sm.deviation,
                    sm.cost,
                    sm.flagged,
                    sm.covered_days,
                    m.days,
                )
        if not out and line.covered_days == 0 and not line.kwh:
            continue  # before the first consumption known (e.g. the month of a first meter reading)
        out.append(line)
    return out


class HintedRowsModel(RowsModel):
    """A RowsModel that also gives tooltips (cells and headers) and a text colour per cell."""

    def __init__(
        self,
        columns: Sequence[Column],
        parent=None,
        *,
        tooltip: Callable[[object, int], str | None] | None = None,
        foreground: Callable[[object, int], QColor | None] | None = None,
        header_tip: Callable[[int], str | None] | None = None,
    ):
        super().__init__(columns, parent)
        self._tooltip = tooltip
        self._foreground = foreground
        self._header_tip = header_tip

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if index.isValid() and 0 <= index.row() < self.rowCount():
            if role == Qt.ItemDataRole.ToolTipRole and self._tooltip is not None:
                return self._tooltip(self.row_at(index.row()), index.column())
            if role == Qt.ItemDataRole.ForegroundRole and self._foreground is not None:
                color = self._foreground(self.row_at(index.row()), index.column())
                return QBrush(color) if color is not None else None
        return super().data(index, role)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if (
            role == Qt.ItemDataRole.ToolTipRole
            and orientation == Qt.Orientation.Horizontal
            and self._header_tip is not None
            and 0 <= section < self.columnCount()
        ):
            return self._header_tip(section)
        return super().headerData(section, orientation, role)


class EnergyPage(Page):
    can_add = True
    can_edit = True
    can_delete = True

    def __init__(self, db, parent=None):
        super().__init__(db, parent)
        self.params = records.FarmParams()
        self.currency = "RUB"
        self.sites: list[records.SiteRow] = []
        self.rows: list[EnergyRow] = []
        self.report: EnergyReport | None = None
        self.lines: list[MonthLine] = []
        self.dialog: EnergyDialog | None = None  # the add/edit dialog while it is open
        self.sites_dialog: SitesDialog | None = None
        self.export_task = None
        self._fallback_row: int | None = None

        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Add record…"))
        self.add_button.setToolTip(self.tr("A meter reading or a billed period (Ctrl+N)"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.edit_button.setToolTip(self.tr("Edit the selected record (Ctrl+E, Enter or double-click)"))
        self.delete_button = QPushButton(self.tr("&Delete…"))
        self.delete_button.setToolTip(self.tr("Delete the selected records (Del)"))
        self.sites_button = QPushButton(self.tr("&Sites…"))
        self.sites_button.setToolTip(
            self.tr("The profile's sites: tariffs, night tariff, monthly fee, region")
        )
        self.import_button = QPushButton(self.tr("&Import CSV…"))
        self.export_button = QPushButton(self.tr("E&xport CSV…"))
        self.add_button.clicked.connect(self.add_item)
        self.edit_button.clicked.connect(self.edit_item)
        self.delete_button.clicked.connect(self.delete_items)
        self.sites_button.clicked.connect(self.open_sites)
        self.import_button.clicked.connect(self.import_csv)
        self.export_button.clicked.connect(self.export_csv)
        for b in (self.add_button, self.edit_button, self.delete_button):
            bar.addWidget(b)
        bar.addSpacing(12)
        for b in (self.sites_button, self.import_button, self.export_button):
            bar.addWidget(b)
        bar.addStretch(1)
        layout.addLayout(bar)

        second = QHBoxLayout()
        self.summary = QLabel()
        self.summary.setObjectName("energySummary")
        self.summary.setWordWrap(True)
        second.addWidget(self.summary, 1)
        filter_label = QLabel(self.tr("Sh&ow:"))
        self.site_filter = QComboBox()
        self.site_filter.setObjectName("siteFilter")
        self.site_filter.setMinimumWidth(200)
        self.site_filter.setMaximumWidth(360)
        self.site_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.site_filter.currentIndexChanged.connect(self._filter_changed)
        filter_label.setBuddy(self.site_filter)
        second.addWidget(filter_label)
        second.addWidget(self.site_filter)
        layout.addLayout(second)
        self.warning = QLabel()
        self.warning.setObjectName("energyWarning")
        self.warning.setWordWrap(True)
        theme.set_tone(self.warning, "warning")
        self.warning.hide()
        layout.addWidget(self.warning)

        self.tabs = QTabWidget()
        self.records_model = HintedRowsModel(
            self._record_columns(), self, tooltip=self._record_tip, header_tip=self._record_header_tip
        )
        self.records_proxy = SortFilterModel(self)
        self.records_proxy.setSourceModel(self.records_model)
        self.table = self._make_table(self.records_proxy, "energyRecords")
        self.table.sortByColumn(2, Qt.SortOrder.DescendingOrder)
        self.table.doubleClicked.connect(lambda _index: self.edit_item())
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            QShortcut(
                QKeySequence(key), self.table, self.edit_item, context=Qt.ShortcutContext.WidgetShortcut
            )
        self.table.selectionModel().selectionChanged.connect(self._update_actions)
        self.tabs.addTab(self.table, self.tr("Re&cords"))

        self.months_model = HintedRowsModel(
            self._month_columns(),
            self,
            tooltip=self._month_tip,
            foreground=self._month_color,
            header_tip=self._month_header_tip,
        )
        self.months_proxy = SortFilterModel(self)
        self.months_proxy.setSourceModel(self.months_model)
        self.months_table = self._make_table(self.months_proxy, "energyMonths")
        self.months_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.months_table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.chart = QChart()
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.chart.setLocalizeNumbers(True)
        self.chart.setLocale(QLocale())  # axis numbers with the app's decimal mark and grouping
        self._build_chart()
        self._chart_months = CHART_MONTHS
        self._chart_lines: list[MonthLine] = []
        self.chart_view = QChartView(self.chart)
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setMinimumHeight(240)
        self.chart_view.installEventFilter(self)
        self.chart_view.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no Tab stop: nothing to do there by keys
        theme.style_chart(self.chart)
        self.month_split = QSplitter(Qt.Orientation.Vertical)
        self.month_split.setChildrenCollapsible(False)
        self.month_split.addWidget(self.months_table)
        self.month_split.addWidget(self.chart_view)
        self.month_split.setStretchFactor(0, 2)
        self.month_split.setStretchFactor(1, 3)
        self.tabs.addTab(self.month_split, self.tr("By &month"))
        self.tabs.currentChanged.connect(self._update_actions)
        layout.addWidget(self.tabs, 1)
        self.refresh()

    def title(self) -> str:
        return self.tr("Energy")

    # ---- building -------------------------------------------------------------------------------------
    def _make_table(self, model, name: str) -> QTableView:
        table = QTableView()
        table.setObjectName(name)
        table.setModel(model)
        table.setSortingEnabled(True)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
        table.horizontalHeader().setStretchLastSection(True)
        table.horizontalHeader().setHighlightSections(False)
        return table

    def _kind_name(self, kind: str) -> str:
        return {"reading": self.tr("Meter reading"), "period": self.tr("Billed period")}.get(kind, kind)

    def _record_columns(self) -> list[Column]:
        def cost(r: EnergyRow) -> str:
            if r.cost_minor is None:
                return ""
            return formatting.money(from_minor(r.cost_minor, r.currency or "RUB"), r.currency or "RUB")

        def tariff(r: EnergyRow) -> str:
            if r.tariff_override is None:
                return ""
            value = Decimal(r.tariff_override)
            return formatting.number(value, decimals_of(value, 2))

        return [
            Column(lambda: self.tr("Site"), lambda r: r.site_name),
            Column(lambda: self.tr("Kind"), lambda r: r.kind, lambda r: self._kind_name(r.kind)),
            Column(lambda: self.tr("Date"), lambda r: r.day, lambda r: _date(r.day)),
            Column(
                lambda: self.tr("Period start"), lambda r: r.period_start, lambda r: _date(r.period_start)
            ),
            Column(lambda: self.tr("Meter, kWh"), lambda r: r.meter_kwh, lambda r: _kwh(r.meter_kwh), True),
            Column(lambda: self.tr("kWh"), lambda r: r.kwh, lambda r: _kwh(r.kwh), True),
            Column(lambda: self.tr("Cost"), lambda r: r.cost_minor, cost, True),
            Column(lambda: self.tr("Tariff override"), lambda r: r.tariff_override, tariff, True),
            Column(
                lambda: self.tr("Meter replaced"),
                lambda r: bool(r.meter_replaced),
                lambda r: self.tr("yes") if r.meter_replaced else "",
            ),
            Column(
                lambda: self.tr("Notes"), lambda r: r.notes or "", lambda r: (r.notes or "").split("\n", 1)[0]
            ),
        ]

    def _record_tip(self, r: EnergyRow, column: int) -> str | None:
        if column == 9 and r.notes:
            return r.notes
        if column == 8 and r.meter_replaced:
            return self.tr("First reading of a new meter: the counter starts again from this value.")
        if column == 7 and r.tariff_override is not None:
            return self.tr("Priced at this tariff instead of the site's.")
        return None

    def _record_header_tip(self, column: int) -> str | None:
        return {
            4: self.tr("Meter readings: the counter on the day."),
            5: self.tr("Billed periods: the consumption of the period."),
            6: self.tr("The billed amount, when known; otherwise the energy is priced at the tariff."),
            7: self.tr("Per kWh, in the record's currency; empty: the site's tariff."),
        }.get(column)

    def _month_columns(self) -> list[Column]:
        def expected(line: MonthLine) -> str:
            return formatting.number(line.expected_kwh, 0) if line.covered_days else "—"

        def deviation(line: MonthLine) -> str:
            if line.deviation is None:
                return "—"
            pct = (line.deviation * HUNDRED).quantize(Decimal("0.1")) + 0  # + 0: no "-0.0"
            text = formatting.number(pct, 1)
            return self.tr("{0} %").format(f"+{text}" if pct > 0 else text)

        def check(line: MonthLine) -> str:
            if line.flagged:
                return self.tr("{0} differs by more than {1} %").format(WARNING_MARK, self._threshold_text())
            if line.covered_days == 0:
                return self.tr("no records yet")
            return ""

        return [
            Column(lambda: self.tr("Month"), lambda m: m.month, lambda m: month_title(m.month)),
            Column(
                lambda: self.tr("Metered, kWh"), lambda m: m.kwh, lambda m: formatting.number(m.kwh, 0), True
            ),
            Column(lambda: self.tr("Expected, kWh"), lambda m: m.expected_kwh, expected, True),
            Column(lambda: self.tr("Difference"), lambda m: m.deviation, deviation, True),
            Column(
                lambda: self.tr("Cost"),
                lambda m: m.cost,
                lambda m: formatting.money(m.cost, self.currency) if m.covered_days else "—",
                True,
            ),
            Column(
                lambda: self.tr("Days covered"),
                lambda m: m.covered_days,
                lambda m: self.tr("{0} of {1}").format(m.covered_days, m.days),
                True,
            ),
            Column(lambda: self.tr("Check"), lambda m: m.flagged, check),
        ]

    def _threshold_text(self) -> str:
        return formatting.number(self.params.energy_threshold * HUNDRED, 0)

    def _month_tip(self, line: MonthLine, column: int) -> str | None:
        if line.flagged:
            return self.tr(
                "Metered differs from what the active fleet should draw by more than {0} %: {1} kWh "
                "metered, {2} kWh expected on the {3} days covered."
            ).format(
                self._threshold_text(),
                formatting.number(line.kwh, 0),
                formatting.number(line.expected_kwh, 0),
                line.covered_days,
            )
        if line.covered_days == 0:
            return self.tr("No record covers this month yet.")
        if line.covered_days < line.days and column in (1, 2, 5):
            return self.tr(
                "Records cover {0} of the month's {1} days; the expected kWh counts those days only."
            ).format(line.covered_days, line.days)
        if column == 4 and line.cost is None:
            return self.tr("No exchange rate to convert the cost to {0}.").format(self.currency)
        return None

    def _month_color(self, line: MonthLine, column: int) -> QColor | None:
        if line.flagged and column in (3, 6):
            return theme.color("warning")
        if line.covered_days == 0:
            return theme.color("muted")
        return None

    def _month_header_tip(self, column: int) -> str | None:
        uptime = formatting.number(self.params.uptime * HUNDRED, 0)
        return {
            1: self.tr("kWh from the records, spread over the months pro rata by days."),
            2: self.tr(
                "What the machines active on the covered days draw at their rated power and {0} % uptime."
            ).format(uptime),
            3: self.tr("(metered − expected) ÷ expected"),
            4: self.tr("Billed amounts, else kWh × tariff; in the display currency."),
            5: self.tr("Days of the month covered by readings or billed periods."),
            6: self.tr(
                "{0}: metered differs from what the active fleet should draw by more than {1} %."
            ).format(WARNING_MARK, self._threshold_text()),
        }.get(column)

    # ---- refreshing -------------------------------------------------------------------------------------
    def site_id(self) -> int | None:
        return self.site_filter.currentData()

    def refresh(self) -> None:
        if self.profile_id is None:
            self.sites, self.rows, self.lines, self.report = [], [], [], None
            self._fill_site_filter()
            self.records_model.set_rows([])
            self.months_model.set_rows([])
            self._draw_chart([])
            self.summary.setText(self.tr("Choose or create a profile to record its energy."))
            self.warning.hide()
            self._update_actions()
            return
        self.currency = app_settings.get(self.db, app_settings.DISPLAY_CURRENCY)
        self.sites = records.list_sites(self.db, self.profile_id)
        self._fill_site_filter()
        site_id = self.site_id()

        keep, current = self._selection_state()
        self.rows = records.list_energy(self.db, self.profile_id, site_id)
        self.records_model.set_rows(self.rows)
        self._restore_selection(keep, current)
        self.table.resizeColumnsToContents()

        month = self._current_month()
        self.report = records.energy_by_month(
            self.db, self.profile_id, self.currency, dt.date.today(), self.params
        )
        self.lines = month_lines(self.report, site_id)
        self.months_model.set_rows(self.lines)
        self.months_table.resizeColumnsToContents()
        self._select_month(month)
        self._draw_chart(self.lines)
        self._update_texts()
        self._update_actions()

    def _fill_site_filter(self) -> None:
        wanted = self.site_filter.currentData()
        self.site_filter.blockSignals(True)
        self.site_filter.clear()
        self.site_filter.addItem(self.tr("All sites"), None)
        for s in self.sites:
            self.site_filter.addItem(s.name, s.id)
        index = self.site_filter.findData(wanted) if wanted is not None else 0
        self.site_filter.setCurrentIndex(max(0, index))
        self.site_filter.blockSignals(False)

    def _filter_changed(self) -> None:
        self.refresh()

    def set_profile(self, profile_id: int | None) -> None:
        if profile_id != self.profile_id:
            self.site_filter.blockSignals(True)
            self.site_filter.setCurrentIndex(0)
            self.site_filter.blockSignals(False)
            self.records_model.set_rows([])  # a new profile: no selection to keep
            self._fallback_row = 0  # …but the newest record selected, so Edit has a target
        super().set_profile(profile_id)

    def _update_texts(self) -> None:
        if not self.sites:
            self.summary.setText(
                self.tr(
                    "No sites yet. Energy is recorded per site: add the first one with "
                    "“Sites…”, then the meter readings or the bills."
                )
            )
        else:
            as_of = self.report.as_of if self.report else dt.date.today()
            self.summary.setText(
                self.tr("{0} records shown · months up to {1} · costs in {2}").format(
                    len(self.rows), _date(as_of), self.currency
                )
            )
        notes = []
        flagged = sum(1 for line in self.lines if line.flagged)
        if flagged:
            notes.append(
                self.tr(
                    "{0} %n month(s) where the metered energy differs from what the fleet should draw "
                    "by more than {1} %: see “By month”.",
                    "",
                    flagged,
                ).format(WARNING_MARK, self._threshold_text())
            )
        if self.report and self.report.warnings:
            shown = "; ".join(tr_error(w) for w in self.report.warnings[:3])
            notes.append(self.tr("{0} Meter readings that went down: {1}").format(WARNING_MARK, shown))
        self.warning.setText("\n".join(notes))
        self.warning.setVisible(bool(notes))

    # ---- selection ----------------------------------------------------------------------------------------
    def _selection_state(self) -> tuple[set[int], int | None]:
        rows = self.table.selectionModel().selectedRows()
        keep = {index.data(ROW_ROLE).id for index in rows}
        current = self.table.currentIndex()
        return keep, (current.data(ROW_ROLE).id if current.isValid() else None)

    def _restore_selection(self, keep: set[int], current: int | None) -> None:
        """Reselect the records by id; if they are gone, the row where they were (after a delete)."""
        selection = self.table.selectionModel()
        selection.clear()
        found = None
        for row in range(self.records_proxy.rowCount()):
            index = self.records_proxy.index(row, 0)
            rid = index.data(ROW_ROLE).id
            if rid in keep:
                selection.select(
                    index, QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
                )
                if found is None or rid == current:
                    found = index
        if found is None and self._fallback_row is not None and self.records_proxy.rowCount():
            row = min(self._fallback_row, self.records_proxy.rowCount() - 1)
            found = self.records_proxy.index(row, 0)
            selection.select(
                found, QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
            )
        self._fallback_row = None
        if found is not None:
            selection.setCurrentIndex(found, QItemSelectionModel.SelectionFlag.NoUpdate)
            self.table.scrollTo(found)

    def select_records(self, ids: set[int]) -> None:
        self._restore_selection(ids, next(iter(ids), None))
        self._update_actions()

    def selected_records(self) -> list[EnergyRow]:
        rows = sorted(self.table.selectionModel().selectedRows(), key=lambda i: i.row())
        return [index.data(ROW_ROLE) for index in rows]

    def _current_record(self) -> EnergyRow | None:
        current = self.table.currentIndex()
        selected = self.selected_records()
        if current.isValid() and self.table.selectionModel().isRowSelected(current.row(), QModelIndex()):
            return current.data(ROW_ROLE)
        return selected[0] if selected else None

    def _current_month(self) -> dt.date | None:
        index = self.months_table.currentIndex()
        return index.data(ROW_ROLE).month if index.isValid() else None

    def _select_month(self, month: dt.date | None) -> None:
        if month is None:
            return
        for row in range(self.months_proxy.rowCount()):
            index = self.months_proxy.index(row, 0)
            if index.data(ROW_ROLE).month == month:
                self.months_table.selectRow(row)
                return

    def _update_actions(self) -> None:
        has = self.profile_id is not None
        n = len(self.selected_records()) if has else 0
        on_records = self.tabs.currentWidget() is self.table
        for b in (self.add_button, self.sites_button, self.import_button, self.site_filter):
            b.setEnabled(has)
        self.export_button.setEnabled(has and bool(self.rows or self.site_id() is not None))
        self.edit_button.setEnabled(has and on_records and n >= 1)
        self.delete_button.setEnabled(has and on_records and n >= 1)

    # ---- chart ----------------------------------------------------------------------------------------
    def _build_chart(self) -> None:
        """Series and axes are made once; ``_draw_chart`` replaces their points."""
        chart = self.chart
        self.metered_set = QBarSet("")
        self.metered_set.setColor(METERED_COLOR)
        self.metered_set.setBorderColor(METERED_COLOR)
        self.metered_set.hovered.connect(self._bar_hovered)
        self.bars = QBarSeries()
        self.bars.append(self.metered_set)
        self.bars.setBarWidth(0.7)
        self.expected_series = QLineSeries()
        self.expected_series.setPen(QPen(EXPECTED_COLOR, 2.5))
        self.expected_series.setPointsVisible(True)
        self.cost_series = QLineSeries()
        cost_pen = QPen(COST_COLOR, 2)
        cost_pen.setStyle(Qt.PenStyle.DashLine)
        self.cost_series.setPen(cost_pen)
        self.cost_series.setPointsVisible(True)
        for series in (self.bars, self.expected_series, self.cost_series):
            chart.addSeries(series)
        self.x_axis = QBarCategoryAxis()
        self.x_axis.setTruncateLabels(False)
        self.kwh_axis = QValueAxis()
        self.kwh_axis.setLabelFormat("%.0f")
        self.cost_axis = QValueAxis()
        self.cost_axis.setLabelFormat("%.0f")
        self.cost_axis.setGridLineVisible(False)
        self.cost_axis.setLinePenColor(COST_COLOR)
        self.cost_axis.setLabelsColor(COST_COLOR)
        chart.addAxis(self.x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(self.kwh_axis, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(self.cost_axis, Qt.AlignmentFlag.AlignRight)
        for series in (self.bars, self.expected_series):
            series.attachAxis(self.x_axis)
            series.attachAxis(self.kwh_axis)
        self.cost_series.attachAxis(self.x_axis)
        self.cost_series.attachAxis(self.cost_axis)

    def chart_capacity(self) -> int:
        """How many months the chart shows: 24, or fewer while the chart is too narrow for their labels."""
        if not self.chart_view.isVisible():
            return CHART_MONTHS
        room = (self.chart_view.width() - CHART_FRAME_WIDTH) // CHART_MONTH_WIDTH
        return max(6, min(CHART_MONTHS, room))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.chart_view
            and event.type() in (QEvent.Type.Resize, QEvent.Type.Show)
            and self.chart_capacity() != self._chart_months
        ):
            self._draw_chart(self.lines)
        return super().eventFilter(watched, event)

    def _bar_hovered(self, inside: bool, index: int) -> None:
        """The month's figures in a tooltip over its bar."""
        if not inside or not 0 <= index < len(self._chart_lines):
            QToolTip.hideText()
            return
        line = self._chart_lines[index]
        text = self.tr("{0}\nMetered: {1} kWh\nExpected: {2} kWh\nCost: {3}").format(
            month_title(line.month),
            formatting.number(line.kwh, 0),
            formatting.number(line.expected_kwh, 0) if line.covered_days else "—",
            formatting.money(line.cost, self.currency),
        )
        QToolTip.showText(QCursor.pos(), text, self.chart_view)

    def _draw_chart(self, lines: Sequence[MonthLine]) -> None:
        """The last months (24 at most) up to the last one with records: metered bars, expected and cost."""
        available = list(lines)
        while available and available[-1].covered_days == 0:
            available.pop()  # the running month before its first record: nothing to compare yet
        self._chart_months = self.chart_capacity()
        shown = available[-self._chart_months :]
        self._chart_lines = shown
        self.metered_set.remove(0, self.metered_set.count())
        self.expected_series.clear()
        self.cost_series.clear()
        self.x_axis.clear()
        for item in (
            self.bars,
            self.expected_series,
            self.cost_series,
            self.x_axis,
            self.kwh_axis,
            self.cost_axis,
        ):
            item.setVisible(bool(shown))
        self.chart.legend().setVisible(bool(shown))
        if not shown:
            self.chart.setTitle(self.tr("No energy by month yet: add meter readings or billed periods."))
            return
        biggest = max(max(line.kwh, line.expected_kwh) for line in shown)
        mwh = biggest >= 100_000
        scale = Decimal(1000) if mwh else Decimal(1)
        unit = self.tr("MWh") if mwh else self.tr("kWh")
        self.metered_set.setLabel(self.tr("Metered, {0}").format(unit))
        self.expected_series.setName(self.tr("Expected, {0}").format(unit))
        self.cost_series.setName(self.tr("Cost, {0}").format(self.currency))
        locale = QLocale()
        categories = []
        metered = []
        top_cost = Decimal(0)
        for i, line in enumerate(shown):
            name = locale.standaloneMonthName(line.month.month, QLocale.FormatType.ShortFormat)
            categories.append(f"{name}<br>{line.month.year % 100:02d}")  # two lines: 24 months fit
            metered.append(float(line.kwh / scale))  # chart coordinates only, never shown as text
            if line.covered_days:
                self.expected_series.append(i, float(line.expected_kwh / scale))
            if line.cost is not None and line.covered_days:
                self.cost_series.append(i, float(line.cost))
                top_cost = max(top_cost, line.cost)
        self.metered_set.append(metered)
        self.x_axis.append(categories)
        self.kwh_axis.setTitleText(unit)
        self.kwh_axis.setRange(0, float(biggest / scale) * 1.1 or 1.0)
        self.kwh_axis.applyNiceNumbers()
        self.cost_axis.setTitleText(self.currency)
        self.cost_axis.setRange(0, float(top_cost) * 1.1 or 1.0)
        self.cost_axis.applyNiceNumbers()
        if len(shown) < len(available):
            self.chart.setTitle(
                self.tr("Metered and expected energy, cost: the last {0} months").format(len(shown))
            )
        else:
            self.chart.setTitle(self.tr("Metered and expected energy, cost per month"))

    # ---- records ------------------------------------------------------------------------------------------
    def _history(self) -> list[EnergyRow]:
        return records.list_energy(self.db, self.profile_id)

    def add_item(self) -> EnergyDialog | None:
        if self.profile_id is None:
            return None
        if not self.sites:
            if messages.confirm(
                self,
                self.tr("No site yet"),
                self.tr("Energy is recorded per site and this profile has none yet. Add a site now?"),
            ):
                self.open_sites()
            return None
        current = self._current_record()
        site_id = self.site_id() or (current.site_id if current else None)
        pid = self.profile_id

        def save(data: EnergyData) -> int:
            return self.record(lambda _id: self._record_text(data, edit=False), records.add_energy, self.db, pid, data)

        return self._open_dialog(save, None, site_id)

    def _record_text(self, data: EnergyData | EnergyRow, *, edit: bool = False, delete: bool = False) -> str:
        """The undo step's name: "Add meter reading of 20.03.2026", "Delete billed period 01.03 – 20.03.2026"."""
        if edit:
            return self.tr("Edit energy record of {0}").format(_date(data.day))
        if data.kind == "period":
            text = self.tr("Delete billed period {0} – {1}") if delete else self.tr("Add billed period {0} – {1}")
            return text.format(_date(data.period_start), _date(data.day))
        text = self.tr("Delete meter reading of {0}") if delete else self.tr("Add meter reading of {0}")
        return text.format(_date(data.day))

    def edit_item(self) -> EnergyDialog | None:
        if self.profile_id is None:
            return None
        self.tabs.setCurrentWidget(self.table)  # act on the records, in view
        record = self._current_record()
        if record is None:
            return None

        def save(data: EnergyData) -> int:
            self.record(self._record_text(record, edit=True), records.edit_energy, self.db, record.id, data,
                        version=dialog.version)  # refused if someone else saved the record meanwhile
            return record.id

        dialog = self._open_dialog(save, record, record.site_id)
        return dialog

    def _open_dialog(self, save, record: EnergyRow | None, site_id: int | None) -> EnergyDialog:
        if self.dialog is not None:
            self.dialog.close()
        dialog = EnergyDialog(save, self.sites, self, record=record, history=self._history(), site_id=site_id)
        dialog.accepted.connect(lambda: self._saved(dialog.saved_id))
        dialog.changed_elsewhere.connect(self._changed_elsewhere)
        dialog.finished.connect(lambda _code: self._dialog_closed(dialog))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _changed_elsewhere(self) -> None:
        """Someone else changed or deleted the record being edited: show the records as they are now."""
        self.refresh()
        self.data_changed.emit()

    def _dialog_closed(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def _saved(self, record_id: int | None) -> None:
        if record_id is not None:
            saved = next((r for r in self._history() if r.id == record_id), None)
            if saved is not None and self.site_id() not in (None, saved.site_id):
                self.site_filter.blockSignals(True)
                self.site_filter.setCurrentIndex(0)  # show the record just saved
                self.site_filter.blockSignals(False)
        self.refresh()
        if record_id is not None:
            self.select_records({record_id})
        self.data_changed.emit()

    def delete_items(self) -> None:
        if self.profile_id is None:
            return
        self.tabs.setCurrentWidget(self.table)  # act on the records, in view
        rows = self.selected_records()
        if not rows:
            return
        if len(rows) == 1:
            r = rows[0]
            if r.kind == "period":
                text = self.tr("Delete the billed period {0} – {1} of “{2}”?").format(
                    _date(r.period_start), _date(r.day), r.site_name
                )
            else:
                text = self.tr("Delete the meter reading of {0} of “{1}”?").format(_date(r.day), r.site_name)
        else:
            text = self.tr("Delete %n energy records?", "", len(rows))
        if not messages.confirm(self, self.tr("Delete energy records"), text):
            return
        first_row = min(i.row() for i in self.table.selectionModel().selectedRows())
        try:
            self.record(
                self._record_text(rows[0], delete=True)
                if len(rows) == 1
                else self.tr("Delete %n energy records", "", len(rows)),
                records.delete_energy,
                self.db,
                self.profile_id,
                [r.id for r in rows],
                versions={r.id: r.version for r in rows},
            )
        except RecordError as exc:
            messages.error(self, self.tr("Cannot delete"), exc.message)
            if isinstance(exc, records.ChangedSinceShown):
                self.refresh()  # show the records as they are now
            return
        self._fallback_row = first_row
        self.refresh()
        self.data_changed.emit()

    # ---- sites, import, export ------------------------------------------------------------------------------
    def open_sites(self) -> SitesDialog | None:
        if self.profile_id is None:
            return None
        dialog = SitesDialog(self.db, self.profile_id, self, record=self.record)
        dialog.sites_changed.connect(self._sites_changed)
        dialog.finished.connect(dialog.deleteLater)
        self.sites_dialog = dialog
        dialog.open()
        return dialog

    def _sites_changed(self) -> None:
        self.refresh()
        self.data_changed.emit()

    def import_csv(self) -> None:
        if self.profile_id is None:
            return
        path = messages.open_file(
            self, self.tr("Import energy records"), self.tr("CSV files (*.csv *.txt *.tsv);;All files (*)")
        )
        if not path:
            return
        try:
            dialog = ImportDialog(self.db, self.profile_id, "energy", path, self)
        except csv_io.ImportFailed as exc:
            messages.error(self, self.tr("Cannot import"), str(exc))
            return
        except OSError as exc:
            messages.error(
                self, self.tr("Cannot import"), self.tr("Could not read the file: {0}").format(exc)
            )
            return
        try:
            dialog.exec()
            result = dialog.result_counts
        finally:
            dialog.deleteLater()
        if result is None:
            return
        self.offer_undo(self.tr("Import {0}").format(Path(path).name), dialog.recorded)
        self.refresh()
        self.data_changed.emit()
        messages.info(
            self,
            self.tr("Import finished"),
            self.tr("Energy records added: {0}. Already in the books, skipped: {1}.").format(
                result.added, result.duplicates
            ),
        )

    def export_csv(self) -> None:
        if self.profile_id is None:
            return
        path = messages.save_file(
            self, self.tr("Export energy records"), self.tr("CSV files (*.csv)"), "energy.csv"
        )
        if not path:
            return
        target = Path(path)
        if not target.suffix:
            target = target.with_suffix(".csv")
        pid, db = self.profile_id, self.db
        self.export_button.setEnabled(False)

        def done(count: int) -> None:
            self._update_actions()
            messages.info(
                self,
                self.tr("Export finished"),
                self.tr("%n energy record(s) written to {0}", "", count).format(target),
            )

        def failed(exc: Exception) -> None:
            self._update_actions()
            messages.error(
                self, self.tr("Export failed"), self.tr("Could not write {0}: {1}").format(target, exc)
            )

        self.export_task = run_in_background(
            self,
            lambda _progress: csv_io.export_csv(db, pid, "energy", target),
            done,
            failed,
            title=self.tr("Exporting"),
            label=self.tr("Writing {0}…").format(target.name),
        )
        self.export_task.signals.cancelled.connect(self._update_actions)
