"""Equipment: the fleet with filters, totals, book and market value; add, edit, delete, import, export."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
)

from desktop.core.farm import FleetTotals
from desktop.core.money import from_minor
from desktop.services import csv_io, records
from desktop.services import settings as app_settings
from desktop.store.models import EQUIPMENT_STATUSES
from desktop.ui import formatting, messages
from desktop.ui.dialogs.equipment_dialog import EquipmentDialog, status_name
from desktop.ui.dialogs.import_dialog import ImportDialog
from desktop.ui.pages.base import Page
from desktop.ui.table_model import ROW_ROLE, Column, RowsModel, SortFilterModel
from desktop.ui.workers import run_in_background


@dataclass(frozen=True)
class UnitLine:
    """One table row: the unit as recorded, with its valuation."""

    unit: records.EquipmentRow
    book: Decimal | None
    market: Decimal | None
    counted: bool


class EquipmentFilter(SortFilterModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.status: str | None = None
        self.site_id: int | None | str = "all"
        self.model_name: str | None = None
        self.text = ""

    def set_filters(self, status, site_id, model_name, text) -> None:
        with self.filter_change():
            self.status, self.site_id, self.model_name = status, site_id, model_name
            self.text = text.casefold().strip()

    def filterAcceptsRow(self, source_row, source_parent) -> bool:  # noqa: N802 - Qt name
        line: UnitLine = self.sourceModel().row_at(source_row)
        u = line.unit
        if self.status and u.status != self.status:
            return False
        if self.site_id != "all" and u.site_id != (None if self.site_id == "none" else self.site_id):
            return False
        if self.model_name and u.model != self.model_name:
            return False
        if self.text:
            hay = " ".join((u.serial, u.model, u.vendor, u.site_name or "", u.hoster, u.notes)).casefold()
            return self.text in hay
        return True


class EquipmentPage(Page):
    can_add = can_edit = can_delete = True

    def __init__(self, db, parent=None):
        super().__init__(db, parent)
        self.currency = "RUB"
        layout = QVBoxLayout(self)

        bar = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Add…"))
        self.add_button.clicked.connect(self.add_item)
        self.add_several_button = QPushButton(self.tr("Add &several…"))
        self.add_several_button.clicked.connect(self.add_several)
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.edit_button.clicked.connect(self.edit_item)
        self.delete_button = QPushButton(self.tr("&Delete…"))
        self.delete_button.clicked.connect(self.delete_items)
        self.status_button = QToolButton()
        self.status_button.setText(self.tr("Set s&tatus"))
        self.status_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.status_button)
        for code in EQUIPMENT_STATUSES:
            menu.addAction(status_name(code), lambda c=code: self.set_status(c))
        self.status_button.setMenu(menu)
        self.import_button = QPushButton(self.tr("&Import CSV…"))
        self.import_button.clicked.connect(self.import_csv)
        self.export_button = QPushButton(self.tr("E&xport CSV…"))
        self.export_button.clicked.connect(self.export_csv)
        for w in (self.add_button, self.add_several_button, self.edit_button, self.delete_button, self.status_button):
            bar.addWidget(w)
        bar.addStretch(1)
        bar.addWidget(self.import_button)
        bar.addWidget(self.export_button)
        layout.addLayout(bar)

        filters = QHBoxLayout()
        self.status_filter = QComboBox()
        self.site_filter = QComboBox()
        self.model_filter = QComboBox()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search serial, model, notes…"))
        self.search.setClearButtonEnabled(True)
        status_label = QLabel(self.tr("S&tatus:"))
        status_label.setBuddy(self.status_filter)
        site_label = QLabel(self.tr("Si&te:"))
        site_label.setBuddy(self.site_filter)
        model_label = QLabel(self.tr("&Model:"))
        model_label.setBuddy(self.model_filter)
        for w in (status_label, self.status_filter, site_label, self.site_filter, model_label, self.model_filter):
            filters.addWidget(w)
        filters.addWidget(self.search, 1)
        layout.addLayout(filters)

        m = lambda v, cur: formatting.money(v, cur)  # noqa: E731
        self.model = RowsModel([
            Column(lambda: self.tr("Vendor"), lambda r: r.unit.vendor),
            Column(lambda: self.tr("Model"), lambda r: r.unit.model),
            Column(lambda: self.tr("Serial number"), lambda r: r.unit.serial),
            Column(lambda: self.tr("Site"), lambda r: r.unit.site_name or ""),
            Column(lambda: self.tr("TH/s"), lambda r: r.unit.hashrate_ths,
                   lambda r: formatting.number(r.unit.hashrate_ths, 1), align_right=True),
            Column(lambda: self.tr("Power, W"), lambda r: int(r.unit.power_w),
                   lambda r: formatting.number(int(r.unit.power_w)), align_right=True),
            Column(lambda: self.tr("J/TH"), lambda r: r.unit.j_per_th,
                   lambda r: formatting.number(r.unit.j_per_th, 1), align_right=True),
            Column(lambda: self.tr("Purchased"), lambda r: r.unit.purchase_date,
                   lambda r: formatting.date(r.unit.purchase_date) if r.unit.purchase_date else ""),
            Column(lambda: self.tr("Price"), lambda r: r.unit.price_minor,
                   lambda r: "" if r.unit.price_minor is None else
                   m(from_minor(r.unit.price_minor, r.unit.price_currency), r.unit.price_currency), align_right=True),
            Column(lambda: self.tr("Status"), lambda r: r.unit.status, lambda r: status_name(r.unit.status)),
            Column(lambda: self.tr("Since"), lambda r: r.unit.status_date,
                   lambda r: formatting.date(r.unit.status_date) if r.unit.status_date else ""),
            Column(lambda: self.tr("Hosting"), lambda r: r.unit.hosting,
                   lambda r: self.tr("own") if r.unit.hosting == "own" else
                   (self.tr("hosted: {0}").format(r.unit.hoster) if r.unit.hoster else self.tr("hosted"))),
            Column(lambda: self.tr("Book value"), lambda r: r.book,
                   lambda r: "" if r.book is None else m(r.book, self.currency), align_right=True),
            Column(lambda: self.tr("Market value"), lambda r: r.market,
                   lambda r: "" if r.market is None else m(r.market, self.currency), align_right=True),
        ])
        self.proxy = EquipmentFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setObjectName("equipmentTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(2, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.doubleClicked.connect(lambda _i: self.edit_item())
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):  # Enter edits, as a double-click (Del: Records menu)
            QShortcut(QKeySequence(key), self.table, self.edit_item, context=Qt.ShortcutContext.WidgetShortcut)
        layout.addWidget(self.table, 1)

        self.totals = QLabel()
        self.totals.setObjectName("equipmentTotals")
        self.totals.setWordWrap(True)
        layout.addWidget(self.totals)

        self.status_filter.currentIndexChanged.connect(self._apply_filters)
        self.site_filter.currentIndexChanged.connect(self._apply_filters)
        self.model_filter.currentIndexChanged.connect(self._apply_filters)
        self.search.textChanged.connect(self._apply_filters)
        self.proxy.rowsInserted.connect(self._update_totals)
        self.proxy.rowsRemoved.connect(self._update_totals)
        self.proxy.modelReset.connect(self._update_totals)
        self._sites: list[records.SiteRow] = []

    def title(self) -> str:
        return self.tr("Equipment")

    # ---- data -----------------------------------------------------------------------------------------
    def refresh(self) -> None:
        enabled = self.profile_id is not None
        for w in (self.add_button, self.add_several_button, self.edit_button, self.delete_button,
                  self.status_button, self.import_button, self.export_button):
            w.setEnabled(enabled)
        if not enabled:
            self.model.set_rows([])
            return
        self.currency = app_settings.get(self.db, app_settings.DISPLAY_CURRENCY)
        units = records.list_equipment(self.db, self.profile_id)
        valuation = records.equipment_valuation(self.db, self.profile_id, self.currency, dt.date.today(),
                                                app_settings.farm_params(self.db))
        by_id = {v.id: v for v in valuation.units}
        lines = [UnitLine(u, by_id[u.id].book_value if u.id in by_id else None,
                          by_id[u.id].market_value if u.id in by_id else None,
                          by_id[u.id].counted if u.id in by_id else False) for u in units]
        self._sites = records.list_sites(self.db, self.profile_id)
        self._fill_filters(units)
        self.model.set_rows(lines)
        self.table.resizeColumnsToContents()

    def _fill_filters(self, units) -> None:
        def refill(combo: QComboBox, items: list[tuple[str, object]]) -> None:
            keep = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            for text, data in items:
                combo.addItem(text, data)
            index = combo.findData(keep)
            combo.setCurrentIndex(index if index >= 0 else 0)
            combo.blockSignals(False)

        refill(self.status_filter, [(self.tr("All statuses"), None)] + [(status_name(s), s) for s in EQUIPMENT_STATUSES])
        refill(self.site_filter, [(self.tr("All sites"), "all"), (self.tr("No site"), "none")]
               + [(s.name, s.id) for s in self._sites])
        refill(self.model_filter, [(self.tr("All models"), None)] + [(m, m) for m in sorted({u.model for u in units})])
        self._apply_filters()

    def _apply_filters(self) -> None:
        self.proxy.set_filters(self.status_filter.currentData(), self.site_filter.currentData(),
                               self.model_filter.currentData(), self.search.text())
        self._update_totals()

    def visible_lines(self) -> list[UnitLine]:
        return [self.proxy.index(r, 0).data(ROW_ROLE) for r in range(self.proxy.rowCount())]

    def _update_totals(self) -> None:
        lines = self.visible_lines()
        counted = [ln for ln in lines if ln.counted]
        totals = FleetTotals(len(counted), sum((ln.unit.hashrate_ths for ln in counted), Decimal(0)),
                             sum(int(ln.unit.power_w) for ln in counted))
        book = sum((ln.book for ln in counted if ln.book is not None), Decimal(0))
        market = sum((ln.market for ln in counted if ln.market is not None), Decimal(0))
        self.totals.setText(self.tr(
            "<b>{0}</b> shown, <b>{1}</b> in service (sold and retired excluded): <b>{2}</b> TH/s, <b>{3}</b> kW, "
            "average <b>{4}</b> J/TH; book value <b>{5}</b>, market estimate <b>{6}</b>").format(
            len(lines), totals.units, formatting.number(totals.hashrate_ths, 1), formatting.number(totals.kw, 1),
            formatting.number(totals.j_per_th, 1) if totals.hashrate_ths else "—",
            formatting.money(book, self.currency), formatting.money(market, self.currency)))

    def selected_units(self) -> list[records.EquipmentRow]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.proxy.index(r, 0).data(ROW_ROLE).unit for r in rows]

    # ---- actions --------------------------------------------------------------------------------------
    def add_item(self) -> None:
        self._add(several=False)

    def add_several(self) -> None:
        self._add(several=True)

    def _add(self, several: bool) -> None:
        if self.profile_id is None:
            return
        pid = self.profile_id

        def save(data: records.EquipmentData, serials: list[str]) -> list[int]:
            return self.record(lambda ids: self.tr("Add machine {0}").format(serials[0]) if len(ids) == 1
                               else self.tr("Add %n machines", "", len(ids)),
                               records.add_units, self.db, pid, data, serials)

        dialog = EquipmentDialog(save, self._sites, self, several=several)
        if dialog.exec():
            self._changed()

    def edit_item(self) -> None:
        units = self.selected_units()
        if not units:
            return
        unit = units[0]

        def save(data: records.EquipmentData, _serials: list[str]) -> None:
            self.record(self.tr("Edit machine {0}").format(unit.serial), records.edit_equipment, self.db, unit.id,
                        data, version=dialog.version)  # refused if someone else saved the unit meanwhile

        dialog = EquipmentDialog(save, self._sites, self, unit=unit)
        dialog.changed_elsewhere.connect(self._changed)  # the table shows the unit as it is now
        if dialog.exec():
            self._changed()

    def delete_items(self) -> None:
        units = self.selected_units()
        if not units:
            return
        text = (self.tr("Delete the machine {0} ({1})?").format(units[0].serial, units[0].model) if len(units) == 1
                else self.tr("Delete {0} machines?").format(len(units)))
        if messages.confirm(self, self.tr("Delete machines"), text + "\n\n" + self.tr(
                "Sold or retired machines are better kept with that status: they stay in the history.")):
            try:
                self.record(self.tr("Delete machine {0}").format(units[0].serial) if len(units) == 1
                            else self.tr("Delete %n machines", "", len(units)),
                            records.delete_equipment, self.db, self.profile_id, [u.id for u in units],
                            versions={u.id: u.version for u in units})
            except records.RecordError as exc:  # changed or deleted by someone else since it was shown
                messages.error(self, self.tr("Cannot delete"), exc.message)
            self._changed()

    def set_status(self, status: str) -> None:
        units = self.selected_units()
        if not units:
            return
        try:
            self.record(self.tr("Set machine {0} to “{1}”").format(units[0].serial, status_name(status))
                        if len(units) == 1 else
                        self.tr("Set %n machines to “{0}”", "", len(units)).format(status_name(status)),
                        records.set_status, self.db, self.profile_id, [u.id for u in units], status)
        except records.RecordError as exc:
            messages.error(self, self.tr("Status not changed"), str(exc))
            return
        self._changed()

    def import_csv(self) -> None:
        path = messages.open_file(self, self.tr("Import equipment"), self.tr("CSV files (*.csv *.txt *.tsv)"))
        if not path:
            return
        try:
            dialog = ImportDialog(self.db, self.profile_id, "equipment", path, self)
        except csv_io.ImportFailed as exc:
            messages.error(self, self.tr("Cannot import"), str(exc))
            return
        if dialog.exec() and dialog.result_counts:
            self.offer_undo(self.tr("Import {0}").format(Path(path).name), dialog.recorded)
            self._changed()
            messages.info(self, self.tr("Import finished"), self.tr(
                "{0} machines added, {1} already recorded.").format(dialog.result_counts.added,
                                                                   dialog.result_counts.duplicates))

    def export_csv(self) -> None:
        path = messages.save_file(self, self.tr("Export equipment"), self.tr("CSV files (*.csv)"), "equipment.csv")
        if not path:
            return
        pid = self.profile_id
        run_in_background(self, lambda _p: csv_io.export_csv(self.db, pid, "equipment", path),
                          lambda n: messages.info(self, self.tr("Export finished"),
                                                  self.tr("{0} machines written to {1}").format(n, path)),
                          lambda exc: messages.error(self, self.tr("Export failed"),
                                                     self.tr("Could not write {0}: {1}").format(path, exc)),
                          title=self.tr("Exporting"))

    def _changed(self) -> None:
        self.refresh()
        self.data_changed.emit()
