"""Add one unit, add several units of one model (one serial number per line), or edit a unit."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
)

from desktop.core.money import CURRENCIES, from_minor, to_minor
from desktop.services import history
from desktop.services.records import EquipmentData, EquipmentRow, SiteRow
from desktop.store.models import EQUIPMENT_STATUSES
from desktop.ui import amount_input, formatting
from desktop.ui.dialogs.base import RecordDialog, not_saved
from desktop.ui.dialogs.sites_dialog import decimals_of


def status_name(code: str) -> str:
    return {
        "active": QCoreApplication.translate("Status", "active"),
        "standby": QCoreApplication.translate("Status", "standby"),
        "repair": QCoreApplication.translate("Status", "in repair"),
        "sold": QCoreApplication.translate("Status", "sold"),
        "retired": QCoreApplication.translate("Status", "retired"),
    }.get(code, code)


class EquipmentDialog(RecordDialog):
    """``save(data, serials)`` writes through the records service; errors keep the dialog open."""

    def __init__(self, save: Callable[[EquipmentData, list[str]], object], sites: list[SiteRow], parent=None,
                 unit: EquipmentRow | None = None, several: bool = False):
        super().__init__(save, parent)
        self._site_rows = list(sites)
        self.several = several and unit is None
        if unit:
            self.setWindowTitle(self.tr("Edit machine"))
        else:
            self.setWindowTitle(self.tr("Add several machines") if self.several else self.tr("Add a machine"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        form = QFormLayout()

        self.catalogue = QComboBox()
        self.catalogue.addItem(self.tr("— custom model —"), None)
        for m in history.asic_catalogue():
            self.catalogue.addItem(self.tr("{0} {1} — {2} TH/s, {3} W").format(
                m.vendor, m.model, formatting.number(m.hashrate_ths, decimals_of(m.hashrate_ths)),
                formatting.number(m.power_w)), m)
        self.catalogue.currentIndexChanged.connect(self._model_picked)
        self.vendor = QLineEdit()
        self.model = QLineEdit()
        self.serial = QLineEdit()
        self.serials = QPlainTextEdit()
        self.serials.setPlaceholderText(self.tr("one serial number per line"))
        self.serials.setMaximumHeight(110)
        self.serials.setTabChangesFocus(True)  # Tab moves on (a serial number never holds a tab)
        self.serial_count = QLabel()
        self.serials.textChanged.connect(self._count_serials)
        self.hashrate = QLineEdit()
        self.power = QLineEdit()
        self.has_purchase = QCheckBox(self.tr("bought on"))
        self.purchase_date = QDateEdit(QDate.currentDate())
        self.purchase_date.setCalendarPopup(True)
        self.purchase_date.setDisplayFormat(formatting.date_format())
        self.has_purchase.toggled.connect(self.purchase_date.setEnabled)
        self.purchase_date.setEnabled(False)
        self.price = QLineEdit()
        self.price.setPlaceholderText(self.tr("per unit, optional"))
        self.currency = QComboBox()
        for code in CURRENCIES:
            self.currency.addItem(code, code)
        self.status = QComboBox()
        for code in EQUIPMENT_STATUSES:
            self.status.addItem(status_name(code), code)
        self.status_date = QDateEdit(QDate.currentDate())
        self.status_date.setCalendarPopup(True)
        self.status_date.setDisplayFormat(formatting.date_format())
        self.site = QComboBox()
        self.site.addItem(self.tr("— no site —"), None)
        for site in sites:
            self.site.addItem(site.name, site.id)
        self.hosting = QComboBox()
        self.hosting.addItem(self.tr("own site"), "own")
        self.hosting.addItem(self.tr("hosted"), "hosted")
        self.hoster = QLineEdit()
        self.hoster.setPlaceholderText(self.tr("hoster's name"))
        self.hosting.currentIndexChanged.connect(lambda: self.hoster.setEnabled(self.hosting.currentData() == "hosted"))
        self.hoster.setEnabled(False)
        self.notes = QPlainTextEdit()
        self.notes.setMaximumHeight(60)
        self.notes.setTabChangesFocus(True)

        form.addRow(self.tr("From the &catalogue:"), self.catalogue)
        form.addRow(self.tr("&Vendor:"), self.vendor)
        form.addRow(self.tr("&Model:"), self.model)
        if self.several:
            form.addRow(self.tr("&Serial numbers:"), self.serials)
            form.addRow("", self.serial_count)
        else:
            form.addRow(self.tr("&Serial number:"), self.serial)
        form.addRow(self.tr("&Hashrate, TH/s:"), self.hashrate)
        form.addRow(self.tr("&Power, W:"), self.power)
        purchase = QHBoxLayout()
        purchase.addWidget(self.has_purchase)
        purchase.addWidget(self.purchase_date)
        purchase.addStretch(1)
        form.addRow(self._label(self.tr("Purchase:"), self.has_purchase), purchase)
        price = QHBoxLayout()
        price.addWidget(self.price, 1)
        price.addWidget(self.currency)
        form.addRow(self._label(self.tr("P&rice:"), self.price), price)
        status = QHBoxLayout()
        status.addWidget(self.status, 1)
        status.addWidget(QLabel(self.tr("since")))
        status.addWidget(self.status_date)
        form.addRow(self._label(self.tr("S&tatus:"), self.status), status)
        form.addRow(self.tr("S&ite:"), self.site)
        hosting = QHBoxLayout()
        hosting.addWidget(self.hosting)
        hosting.addWidget(self.hoster, 1)
        form.addRow(self._label(self.tr("H&osting:"), self.hosting), hosting)
        form.addRow(self.tr("N&otes:"), self.notes)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self._fields = {"model": self.model, "vendor": self.vendor, "serial": self.serials if self.several else self.serial,
                        "hashrate_ths": self.hashrate, "power_w": self.power, "purchase_date": self.purchase_date,
                        "price_minor": self.price, "price_currency": self.currency, "status": self.status,
                        "status_date": self.status_date, "site_id": self.site, "hosting": self.hosting,
                        "hoster": self.hoster}
        self._not_compared = (self.catalogue,)
        self._status_before = None
        if unit:
            self.fill(unit)
        self._count_serials()

    @staticmethod
    def _label(text: str, buddy) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    def fill(self, u: EquipmentRow) -> None:
        """Every field from the unit ``u``, and its version (an edit; "Use their values" after a conflict)."""
        self.catalogue.setCurrentIndex(0)
        self.vendor.setText(u.vendor)
        self.model.setText(u.model)
        self.serial.setText(u.serial)
        self.hashrate.setText(amount_input.edit_text(u.hashrate_ths))
        self.power.setText(str(u.power_w))
        self.has_purchase.setChecked(u.purchase_date is not None)
        if u.purchase_date:
            self.purchase_date.setDate(QDate(u.purchase_date))
        self.price.setText("" if u.price_minor is None else
                           amount_input.edit_text(from_minor(u.price_minor, u.price_currency)))
        self.currency.setCurrentIndex(max(0, self.currency.findData(u.price_currency)))
        self.status.setCurrentIndex(max(0, self.status.findData(u.status)))
        if u.status_date:
            self.status_date.setDate(QDate(u.status_date))
        if u.site_id is not None and self.site.findData(u.site_id) < 0:  # a site added since the list was read
            self.site.addItem(u.site_name, u.site_id)
        self.site.setCurrentIndex(max(0, self.site.findData(u.site_id)))
        self.hosting.setCurrentIndex(max(0, self.hosting.findData(u.hosting)))
        self.hoster.setText(u.hoster)
        self.notes.setPlainText(u.notes)
        self._status_before = (u.status, u.status_date)
        self.version = u.version

    def display_copy(self, row: EquipmentRow) -> EquipmentDialog:
        return EquipmentDialog(not_saved, self._site_rows, unit=row)

    def _model_picked(self) -> None:
        m = self.catalogue.currentData()
        if m is None:
            return
        self.vendor.setText(m.vendor)
        self.model.setText(m.model)
        self.hashrate.setText(amount_input.edit_text(m.hashrate_ths))
        self.power.setText(str(m.power_w))

    def serial_list(self) -> list[str]:
        if self.several:
            return [line.strip() for line in self.serials.toPlainText().splitlines() if line.strip()]
        return [self.serial.text().strip()]

    def _count_serials(self) -> None:
        self.serial_count.setText(self.tr("{0} machine(s) will be added").format(len(self.serial_list())))

    def save_args(self) -> tuple:
        return self.data(), self.serial_list()

    def data(self) -> EquipmentData:
        price = self.read_amount("price_minor", self.price, currency=self.currency.currentData())
        price_minor = None if price is None else to_minor(price, self.currency.currentData())
        hashrate = self.read_amount("hashrate_ths", self.hashrate, decimals=amount_input.HASHRATE_DECIMALS)
        power = self.read_amount("power_w", self.power, decimals=0)
        status = self.status.currentData()
        status_date = self.status_date.date().toPython()
        if self._status_before and self._status_before[0] == status and self._status_before[1] is None:
            status_date = None
        return EquipmentData(
            model=self.model.text(), serial=self.serial_list()[0] if self.serial_list() else "",
            hashrate_ths="" if hashrate is None else hashrate, power_w="" if power is None else int(power),
            vendor=self.vendor.text(), site_id=self.site.currentData(),
            purchase_date=self.purchase_date.date().toPython() if self.has_purchase.isChecked() else None,
            price_minor=price_minor, price_currency=self.currency.currentData(), status=status,
            status_date=status_date, hosting=self.hosting.currentData(),
            hoster=self.hoster.text() if self.hosting.currentData() == "hosted" else "",
            notes=self.notes.toPlainText())
