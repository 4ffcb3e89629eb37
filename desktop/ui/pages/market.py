"""Market data: where prices come from, online updates (off the GUI thread), sources, manual prices."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from desktop.core.errors import DomainError
from desktop.core.money import CURRENCIES
from desktop.i18n import tr_error, tr_recorded
from desktop.services import market, prices
from desktop.services import settings as app_settings
from desktop.ui import amount_input, formatting, messages
from desktop.ui.pages.base import Page
from desktop.ui.sources import ago, source_name, status_line
from desktop.ui.table_model import ROW_ROLE, Column, RowsModel, SortFilterModel
from desktop.ui.widgets import error_label
from desktop.ui.workers import run_in_background

URL_SETTINGS = market.URL_SETTINGS


class MarketPage(Page):
    status_changed = Signal()
    can_delete = True  # Records ▸ Delete (Del) removes the selected manual prices

    def __init__(self, db, parent=None):
        super().__init__(db, parent)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.status = QLabel()
        self.status.setObjectName("marketStatus")
        self.status.setStyleSheet("font-weight: 600;")
        self.update_button = QPushButton(self.tr("&Update now"))
        self.update_button.clicked.connect(self.update_now)
        top.addWidget(self.status, 1)
        top.addWidget(self.update_button)
        layout.addLayout(top)

        row = QHBoxLayout()
        now = QGroupBox(self.tr("BTC price and network today"))
        grid = QGridLayout(now)
        self.price_labels: dict[str, tuple[QLabel, QLabel]] = {}
        for n, cur in enumerate(CURRENCIES):
            value, source = QLabel("—"), QLabel("")
            value.setStyleSheet("font-size: 13pt; font-weight: 600;")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            grid.addWidget(QLabel(f"BTC/{cur}"), n, 0)
            grid.addWidget(value, n, 1, Qt.AlignmentFlag.AlignRight)
            grid.addWidget(source, n, 2)
            self.price_labels[cur] = (value, source)
        self.difficulty = QLabel("—")
        self.difficulty_source = QLabel("")
        grid.addWidget(QLabel(self.tr("Difficulty")), 3, 0)
        grid.addWidget(self.difficulty, 3, 1, Qt.AlignmentFlag.AlignRight)
        grid.addWidget(self.difficulty_source, 3, 2)
        self.hashrate = QLabel("—")
        grid.addWidget(QLabel(self.tr("Network hashrate")), 4, 0)
        grid.addWidget(self.hashrate, 4, 1, Qt.AlignmentFlag.AlignRight)
        self.fees = QLabel("—")
        grid.addWidget(QLabel(self.tr("Fees per block")), 5, 0)
        grid.addWidget(self.fees, 5, 1, Qt.AlignmentFlag.AlignRight)
        grid.setColumnStretch(2, 1)
        row.addWidget(now, 1)

        sources = QGroupBox(self.tr("Online sources"))
        sgrid = QGridLayout(sources)
        self.source_widgets: dict[str, tuple[QCheckBox, QLineEdit, QLabel]] = {}
        for n, source in enumerate(URL_SETTINGS):
            enabled = QCheckBox(source_name(source))
            url = QLineEdit()
            url.setMinimumWidth(260)
            state = QLabel()
            state.setWordWrap(True)
            enabled.toggled.connect(lambda on, s=source: self._set_enabled(s, on))
            url.editingFinished.connect(lambda s=source, e=url: self._set_url(s, e))
            sgrid.addWidget(enabled, n * 2, 0)
            sgrid.addWidget(url, n * 2, 1)
            sgrid.addWidget(state, n * 2 + 1, 1)
            self.source_widgets[source] = (enabled, url, state)
        note = QLabel(self.tr("Nothing is sent while online data is off (Settings). Each server address can "
                              "point at another compatible server, e.g. the bank's own Esplora."))
        note.setWordWrap(True)
        sgrid.addWidget(note, 8, 0, 1, 2)
        row.addWidget(sources, 1)
        layout.addLayout(row)

        manual = QGroupBox(self.tr("Manual prices (they win over fetched and bundled prices for their date)"))
        ml = QVBoxLayout(manual)
        form = QHBoxLayout()
        self.manual_date = QDateEdit(QDate.currentDate())
        self.manual_date.setCalendarPopup(True)
        self.manual_date.setDisplayFormat(formatting.date_format())
        self.manual_date.setMaximumDate(QDate.currentDate())
        self.manual_currency = QComboBox()
        for cur in CURRENCIES:
            self.manual_currency.addItem(cur, cur)
        self.manual_value = QLineEdit()
        self.manual_value.setPlaceholderText(self.tr("price of 1 BTC"))
        self.manual_currency.setAccessibleName(self.tr("Currency"))  # no label of their own: named for readers
        self.manual_value.setAccessibleName(self.tr("Price of 1 BTC"))
        self.manual_value.returnPressed.connect(self.add_manual)  # Enter adds, as the button does
        add = QPushButton(self.tr("&Add price"))
        add.clicked.connect(self.add_manual)
        self.remove_button = QPushButton(self.tr("&Remove selected"))
        self.remove_button.clicked.connect(self.remove_manual)
        date_label = QLabel(self.tr("&Date:"))
        date_label.setBuddy(self.manual_date)
        for w in (date_label, self.manual_date, self.manual_currency, self.manual_value, add, self.remove_button):
            form.addWidget(w)
        form.addStretch(1)
        ml.addLayout(form)
        self.manual_error = error_label()
        ml.addWidget(self.manual_error)
        self.manual_model = RowsModel([
            Column(lambda: self.tr("Date"), lambda r: r.day, lambda r: formatting.date(r.day)),
            Column(lambda: self.tr("Currency"), lambda r: r.currency),
            Column(lambda: self.tr("Price of 1 BTC"), lambda r: r.value,
                   lambda r: formatting.money(r.value, r.currency), align_right=True),
        ])
        proxy = SortFilterModel(self)
        proxy.setSourceModel(self.manual_model)
        self.manual_table = QTableView()
        self.manual_table.setModel(proxy)
        self.manual_table.setSortingEnabled(True)
        self.manual_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.manual_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.manual_table.verticalHeader().hide()
        self.manual_table.horizontalHeader().setStretchLastSection(True)
        ml.addWidget(self.manual_table)
        layout.addWidget(manual, 1)
        self.refresh()

    def title(self) -> str:
        return self.tr("Market data")

    def refresh(self) -> None:
        online = bool(app_settings.get(self.db, app_settings.ONLINE_ALLOWED))
        self.status.setText(status_line(self.db))
        self.update_button.setEnabled(online)
        self.update_button.setToolTip("" if online else self.tr("Online data is off (Settings)"))
        today = dt.date.today()
        for cur, (value, source) in self.price_labels.items():
            q = prices.price_on(self.db, cur, today)
            if q is None:
                value.setText("—")
                source.setText(self.tr("no price: update online or enter one by hand"))
                continue
            value.setText(formatting.money(q.value, cur))
            text = self.tr("{0}, {1}").format(source_name(q.source), formatting.date(q.day))
            source.setText(f"<b>{text}</b>" if "manual" in q.source else text)
        net = prices.network_on(self.db, today)
        if net is not None:
            self.difficulty.setText(formatting.number(net.difficulty))
            self.difficulty_source.setText(self.tr("{0}, {1}").format(source_name(net.source),
                                                                     formatting.date(net.day)))
            self.hashrate.setText(self.tr("{0} EH/s").format(formatting.number(net.hashrate_ths / 10**6, 1))
                                  if net.hashrate_ths else "—")
            self.fees.setText(formatting.btc(net.fees_per_block_sat) if net.fees_per_block_sat is not None
                              else self.tr("not fetched yet"))
        for state in market.status(self.db):
            if state.source not in self.source_widgets:
                continue
            enabled, url, label = self.source_widgets[state.source]
            enabled.blockSignals(True)
            enabled.setChecked(state.enabled)
            enabled.blockSignals(False)
            url.setText(str(app_settings.get(self.db, URL_SETTINGS[state.source])))
            if state.ok is None:
                label.setText(self.tr("not used yet"))
            elif state.ok:
                label.setText(self.tr("answered {0}").format(ago(state.last_success_at)))
            else:
                label.setText(self.tr("failed {0}: {1}").format(ago(state.last_error_at), tr_recorded(state.last_error)))
        self.manual_model.set_rows(prices.manual_prices(self.db))
        self.remove_button.setEnabled(self.manual_model.rowCount() > 0)

    # ---- actions --------------------------------------------------------------------------------------
    def update_now(self) -> None:
        pid = self.profile_id
        self.update_button.setEnabled(False)
        self.task = run_in_background(
            self, lambda progress: market.update_all(self.db, progress, profile_id=pid), self._updated,
            self._failed, title=self.tr("Updating market data"), label=self.tr("Contacting the sources…"))
        self.task.signals.cancelled.connect(self._finished)

    def _finished(self) -> None:
        self.refresh()
        self.data_changed.emit()
        self.status_changed.emit()

    def _updated(self, report: market.UpdateReport) -> None:
        self._finished()
        failures = [tr_error(item.error) if item.error else item.message for item in report if not item.ok]
        if failures:
            messages.warning(self, self.tr("Some sources failed"), self.tr(
                "The app goes on with the data it has.\n\n{0}").format("\n".join(failures)))

    def _failed(self, exc: Exception) -> None:
        self._finished()
        messages.warning(self, self.tr("Update failed"), tr_error(exc))

    def _set_enabled(self, source: str, on: bool) -> None:
        app_settings.put(self.db, market.ENABLED_SETTINGS[source], on)

    def _set_url(self, source: str, edit: QLineEdit) -> None:
        text = edit.text().strip().rstrip("/")
        if not text.startswith(("http://", "https://")):
            messages.warning(self, self.tr("Server address"), self.tr(
                "The address must start with http:// or https://"))
            edit.setText(str(app_settings.get(self.db, URL_SETTINGS[source])))
            return
        app_settings.put(self.db, URL_SETTINGS[source], text)

    def add_manual(self) -> None:
        try:
            value = amount_input.parse_money(self.manual_value.text(), self.manual_currency.currentData())
            prices.set_manual_price(self.db, self.manual_date.date().toPython(), self.manual_currency.currentData(),
                                    value)
        except DomainError as exc:
            self.manual_error.setText(self.tr("Price: {0}").format(tr_error(exc)))
            return
        except ValueError:  # zero, negative, or a future date
            self.manual_error.setText(self.tr("Price: it must be more than zero, on a date not in the future."))
            return
        self.manual_error.clear()
        self.manual_value.clear()
        self._finished()

    def delete_items(self) -> None:
        self.remove_manual()

    def remove_manual(self) -> None:
        rows = {i.row() for i in self.manual_table.selectionModel().selectedRows()}
        if not rows:
            return
        chosen = [self.manual_table.model().index(r, 0).data(ROW_ROLE) for r in rows]
        if not messages.confirm(self, self.tr("Remove prices"), self.tr("Remove %n manual price(s)?", "",
                                                                         len(chosen))):
            return
        for row in chosen:
            prices.delete_manual_price(self.db, row.day, row.currency)
        self._finished()
