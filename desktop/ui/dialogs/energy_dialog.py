"""Add or edit an energy record: a meter reading (the counter on a day) or a billed period (kWh, cost).

The dialog reads the numbers (decimal comma or point) and hands an ``EnergyData`` to its save callback;
the records service validates (a reading below the previous one, overlapping periods, future dates…)
and a ``RecordError`` keeps the dialog open with the message in red and the field at fault focused.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from decimal import Decimal

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import DomainError
from desktop.core.farm import month_end, month_start
from desktop.core.money import CURRENCY_SYMBOLS, from_minor, to_minor
from desktop.i18n import tr_error
from desktop.services.records import EnergyData, EnergyRow, RecordError, SiteRow
from desktop.ui import amount_input, formatting
from desktop.ui.dialogs.base import RecordDialog, not_saved
from desktop.ui.dialogs.sites_dialog import FieldError, decimals_of, edit_text, with_unit

FIRST_DAY = QDate(2009, 1, 3)
ONE_DAY = dt.timedelta(days=1)


class EnergyDialog(RecordDialog):
    """``save(data)`` writes the record (raising RecordError) and returns its id."""

    errors = (FieldError, RecordError)

    def __init__(
        self,
        save: Callable[[EnergyData], int | None],
        sites: Sequence[SiteRow],
        parent=None,
        record: EnergyRow | None = None,
        history: Sequence[EnergyRow] = (),
        site_id: int | None = None,
        kind: str | None = None,
        today: dt.date | None = None,
    ):
        super().__init__(save, parent)
        self.record = record
        self.sites = {s.id: s for s in sites}
        self.history = [r for r in history if record is None or r.id != record.id]
        self.today = today or dt.date.today()
        self._dates_touched = record is not None
        self.setWindowTitle(self.tr("Edit energy record") if record else self.tr("New energy record"))
        self.setMinimumWidth(500)

        layout = QVBoxLayout(self)
        self.form = form = QFormLayout()
        self.site = QComboBox()
        for s in sites:
            self.site.addItem(s.name, s.id)

        self.reading_radio = QRadioButton(self.tr("Meter &reading"))
        self.reading_radio.setToolTip(
            self.tr(
                "The counter of the site's meter on a day; the consumption is "
                "the difference between two readings."
            )
        )
        self.period_radio = QRadioButton(self.tr("Billed &period"))
        self.period_radio.setToolTip(
            self.tr(
                "The kWh (and the amount, when billed) of a period, e.g. a "
                "month's invoice from the utility or the hosting centre."
            )
        )
        self.kind_group = QButtonGroup(self)
        self.kind_group.addButton(self.reading_radio)
        self.kind_group.addButton(self.period_radio)
        kinds = QWidget()
        kind_row = QHBoxLayout(kinds)
        kind_row.setContentsMargins(0, 0, 0, 0)
        kind_row.addWidget(self.reading_radio)
        kind_row.addWidget(self.period_radio)
        kind_row.addStretch(1)

        self.period_start = self._date_edit()
        self.day = self._date_edit()
        self.meter_kwh = QLineEdit()
        self.meter_kwh.setPlaceholderText(self.tr("the counter, e.g. 150524"))
        self.previous = QLabel()
        self.previous.setObjectName("previousReading")
        self.previous.setStyleSheet("color: palette(placeholder-text);")
        self.meter_replaced = QCheckBox(self.tr("&New meter installed (the counter starts again)"))
        self.kwh = QLineEdit()
        self.kwh.setPlaceholderText(self.tr("e.g. 40514"))
        self.cost = QLineEdit()
        self.cost.setPlaceholderText(self.tr("optional"))
        self.cost.setToolTip(
            self.tr("The amount billed, when known; left empty, the kWh are priced at the tariff.")
        )
        self.cost_unit = QLabel()
        self.tariff_override = QLineEdit()
        self.tariff_unit = QLabel()
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(64)

        self._day_label = self.tr("Reading &date:")
        self._period_end_label = self.tr("Period &end:")
        form.addRow(self.tr("&Site:"), self.site)
        form.addRow(self.tr("Kind:"), kinds)
        form.addRow(self.tr("Period &from:"), self.period_start)
        form.addRow(self._day_label, self.day)
        form.addRow(self.tr("Meter &value, kWh:"), self.meter_kwh)
        form.addRow("", self.previous)
        form.addRow("", self.meter_replaced)
        form.addRow(self.tr("&Consumption, kWh:"), self.kwh)
        form.addRow(self.tr("Billed &amount:"), with_unit(self.cost, self.cost_unit, 200))
        form.addRow(self.tr("&Tariff override:"), with_unit(self.tariff_override, self.tariff_unit, 200))
        form.addRow(self.tr("N&otes:"), self.notes)
        for edit in (self.meter_kwh, self.kwh):
            edit.setMaximumWidth(200)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

        chain = [
            self.site,
            self.reading_radio,
            self.period_radio,
            self.period_start,
            self.day,
            self.meter_kwh,
            self.meter_replaced,
            self.kwh,
            self.cost,
            self.tariff_override,
            self.notes,
        ]
        for a, b in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(a, b)

        self._fields = {
            "site_id": self.site,
            "kind": self.reading_radio,
            "period_start": self.period_start,
            "day": self.day,
            "meter_kwh": self.meter_kwh,
            "kwh": self.kwh,
            "cost_minor": self.cost,
            "currency": self.cost,
            "tariff_override": self.tariff_override,
            "meter_replaced": self.meter_replaced,
            "notes": self.notes,
        }

        # initial values
        if record is not None:
            site_id, kind = record.site_id, record.kind
        if site_id is not None and self.site.findData(site_id) >= 0:
            self.site.setCurrentIndex(self.site.findData(site_id))
        if kind is None:
            kind = self._usual_kind(self.site.currentData())
        (self.period_radio if kind == "period" else self.reading_radio).setChecked(True)
        if record is not None:
            self.fill(record)
        else:
            self._default_dates()

        self.site.currentIndexChanged.connect(self._site_changed)
        self.reading_radio.toggled.connect(self._kind_changed)
        self.day.dateChanged.connect(self._date_edited)
        self.period_start.dateChanged.connect(self._date_edited)
        self._update_kind()
        self._update_site()

    def fill(self, record: EnergyRow) -> None:
        """Every field from ``record``, and its version (an edit; "Use their values" after a conflict)."""
        self.record = record
        if self.site.findData(record.site_id) < 0:  # a site added since the list was read
            self.site.addItem(record.site_name, record.site_id)
        self.site.setCurrentIndex(self.site.findData(record.site_id))
        (self.period_radio if record.kind == "period" else self.reading_radio).setChecked(True)
        self.day.setDate(QDate(record.day))
        self.period_start.setDate(QDate(record.period_start or month_start(record.day)))
        self.meter_kwh.setText(edit_text(record.meter_kwh))
        self.kwh.setText(edit_text(record.kwh))
        self.cost.setText("" if record.cost_minor is None
                          else edit_text(from_minor(record.cost_minor, record.currency or "RUB")))
        self.tariff_override.setText(edit_text(record.tariff_override))
        self.meter_replaced.setChecked(record.meter_replaced)
        self.notes.setPlainText(record.notes or "")
        self.version = record.version
        self._update_kind()
        self._update_site()

    def display_copy(self, row: EnergyRow) -> EnergyDialog:
        return EnergyDialog(not_saved, list(self.sites.values()), record=row, history=self.history, today=self.today)

    # ---- helpers --------------------------------------------------------------------------------------
    def _date_edit(self) -> QDateEdit:
        edit = QDateEdit()
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(formatting.date_format())
        edit.setDateRange(FIRST_DAY, QDate(self.today))
        edit.setDate(QDate(self.today))
        return edit

    @property
    def saved_id(self) -> int | None:
        """The id ``save`` returned, once saved."""
        return self.saved

    def kind(self) -> str:
        return "period" if self.period_radio.isChecked() else "reading"

    def current_site(self) -> SiteRow | None:
        return self.sites.get(self.site.currentData())

    def cost_currency(self) -> str:
        """The record's currency while its site is unchanged, else the site's."""
        site = self.current_site()
        if (
            self.record is not None
            and self.record.currency
            and (site is None or site.id == self.record.site_id)
        ):
            return self.record.currency
        return site.currency if site else "RUB"

    def _usual_kind(self, site_id: int | None) -> str:
        """The kind of the site's latest record (a farm records one way), else a reading."""
        for r in sorted(self.history, key=lambda r: r.day, reverse=True):
            if site_id is None or r.site_id == site_id:
                return r.kind
        return "reading"

    def _default_dates(self) -> None:
        """Readings: today. Periods: the period after the site's last one, else the previous month."""
        if self._dates_touched:
            return
        today = self.today
        if self.kind() == "period":
            ends = [
                r.day for r in self.history if r.kind == "period" and r.site_id == self.site.currentData()
            ]
            if ends and max(ends) < today:
                start = max(ends) + ONE_DAY
                end = min(month_end(start), today)
            else:
                end = month_start(today) - ONE_DAY
                start = month_start(end)
        else:
            start = month_start(today)
            end = today
        for edit, value in ((self.period_start, start), (self.day, end)):
            edit.blockSignals(True)
            edit.setDate(QDate(value))
            edit.blockSignals(False)

    def _date_edited(self) -> None:
        self._dates_touched = True
        self._update_previous()

    def _site_changed(self) -> None:
        if self.record is None and not self._dates_touched:
            usual = self._usual_kind(self.site.currentData())
            if usual != self.kind():
                (self.period_radio if usual == "period" else self.reading_radio).setChecked(True)
        self._default_dates()
        self._update_site()

    def _kind_changed(self) -> None:
        self._default_dates()
        self._update_kind()

    def _update_kind(self) -> None:
        reading = self.kind() == "reading"
        for widget in (self.meter_kwh, self.previous, self.meter_replaced):
            self.form.setRowVisible(widget, reading)
        for widget in (self.period_start, self.kwh):
            self.form.setRowVisible(widget, not reading)
        label = self.form.labelForField(self.day)
        if isinstance(label, QLabel):
            label.setText(self._day_label if reading else self._period_end_label)
        self._update_previous()

    def _update_site(self) -> None:
        site = self.current_site()
        symbol = CURRENCY_SYMBOLS.get(self.cost_currency(), self.cost_currency())
        self.cost_unit.setText(symbol)
        self.tariff_unit.setText(self.tr("{0} per kWh").format(symbol))
        if site is not None:
            tariff = Decimal(site.tariff)
            self.tariff_override.setPlaceholderText(
                self.tr("site's tariff: {0}").format(formatting.number(tariff, decimals_of(tariff, 2)))
            )
        self._update_previous()

    def _update_previous(self) -> None:
        """Under the meter value: the site's reading before the chosen day (a guide, not a rule)."""
        if self.kind() != "reading":
            return
        day = self.day.date().toPython()
        site_id = self.site.currentData()
        before = [
            r
            for r in self.history
            if r.kind == "reading" and r.site_id == site_id and r.day < day and r.meter_kwh is not None
        ]
        if not before:
            self.previous.setText(self.tr("First reading of this site."))
            return
        last = max(before, key=lambda r: r.day)
        value = Decimal(last.meter_kwh)
        self.previous.setText(
            self.tr("Previous reading: {0} kWh on {1}").format(
                formatting.number(value, decimals_of(value)), formatting.date(last.day)
            )
        )

    # ---- data and saving --------------------------------------------------------------------------------
    def _number(self, field: str, edit: QLineEdit, decimals: int = amount_input.KWH_DECIMALS) -> Decimal | None:
        return self.read_amount(field, edit, decimals=decimals)

    def data(self) -> EnergyData:
        """The entered record; raises FieldError for a number that cannot be read."""
        reading = self.kind() == "reading"
        currency = self.cost_currency()
        cost = self.read_amount("cost_minor", self.cost, currency=currency)
        try:
            cost_minor = to_minor(cost, currency) if cost is not None else None
        except DomainError as exc:
            raise FieldError("cost_minor", tr_error(exc)) from exc
        return EnergyData(
            site_id=self.site.currentData(),
            kind=self.kind(),
            day=self.day.date().toPython(),
            meter_kwh=self._number("meter_kwh", self.meter_kwh) if reading else None,
            period_start=None if reading else self.period_start.date().toPython(),
            kwh=None if reading else self._number("kwh", self.kwh),
            cost_minor=cost_minor,
            currency=currency,
            tariff_override=self._number("tariff_override", self.tariff_override, amount_input.TARIFF_DECIMALS),
            meter_replaced=reading and self.meter_replaced.isChecked(),
            notes=self.notes.toPlainText(),
        )
