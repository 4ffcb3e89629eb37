"""The first-run welcome: "Open the demo", or "Start my farm" — the first profile, site and machines.

The main window shows it when the app starts on a database without profiles (``MainWindow.maybe_welcome``,
called by ``run_gui`` only) and from Help ▸ Welcome… at any time.

- **Open the demo** builds the demo profiles off the GUI thread (progress and Cancel, ``workers``); then
  ``profile_id`` is the demo company and ``open_page`` the dashboard.
- **Start my farm**: three steps, each checked by the services when Next is pressed (the message under the
  field at fault, the focus on it, Next refused), a summary, and Finish writes profile, site and machines in
  one transaction (``services.onboarding.create_farm``); then ``profile_id`` is the new profile and ``open_page``
  the Equipment page. Cancel (or Escape) writes nothing.
"""

from __future__ import annotations

import html
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)
from sqlalchemy.exc import SQLAlchemyError

from desktop.core.errors import DomainError
from desktop.core.money import CURRENCIES, CURRENCY_SYMBOLS, from_minor, to_minor
from desktop.i18n import tr_error
from desktop.services import demo, history, onboarding, profiles
from desktop.services.profiles import ProfileData, ProfileError
from desktop.services.records import EquipmentData, RecordError, SiteData
from desktop.store.db import Database
from desktop.ui import amount_input, formatting, messages
from desktop.ui.dialogs.sites_dialog import FieldError, read_site, with_unit
from desktop.ui.pages.dashboard import legal_form_name
from desktop.ui.widgets import error_label
from desktop.ui.workers import run_in_background

PAGE_WELCOME, PAGE_PROFILE, PAGE_SITE, PAGE_MACHINES, PAGE_SUMMARY = range(5)


def _why(text: str) -> QLabel:
    """The one or two sentences that say why the bank needs this step."""
    label = QLabel(text)
    label.setObjectName("whyLabel")
    label.setWordWrap(True)
    label.setStyleSheet("color: palette(placeholder-text);")
    return label


class FieldForm:
    """A form whose fields each have a red message line right under them (hidden until needed).

    ``add`` takes the service's field names for the row, so a ``ProfileError``/``RecordError`` lands next to
    the right input; ``show_error`` shows it there and puts the focus on the input.
    """

    def __init__(self, fallback: QLabel):
        self.layout = QFormLayout()
        self.layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.fallback = fallback  # for a message without a field on this page
        self.errors: dict[str, QLabel] = {}
        self.inputs: dict[str, QWidget] = {}
        self._labels: list[QLabel] = []

    def add(self, text: str, widget: QWidget, *keys: str, focus: QWidget | None = None) -> QLabel:
        focus = focus or widget
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        if keys:
            error = error_label(hidden=True)
            column.addWidget(error)
            for key in keys:
                self.errors[key] = error
                self.inputs[key] = focus
        holder.setFocusProxy(focus)
        label = QLabel(text)
        label.setBuddy(focus)
        self.layout.addRow(label, holder)
        return label

    def clear(self) -> None:
        for label in {*self.errors.values(), self.fallback}:
            label.clear()
            label.hide()

    def show_error(self, field: str | None, message: str) -> None:
        self.clear()
        label = self.errors.get(field or "", self.fallback)
        label.setText(message)
        label.show()
        widget = self.inputs.get(field or "")
        if widget is not None:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
            if isinstance(widget, QLineEdit):
                widget.selectAll()


def _chain_tab_order(widgets: list[QWidget]) -> None:
    for first, second in zip(widgets, widgets[1:], strict=False):
        QWidget.setTabOrder(first, second)


# ============================================================================================== pages


class WelcomeChoicePage(QWizardPage):
    """Open the demo, or start my farm."""

    def __init__(self, db: Database, parent=None):
        super().__init__(parent)
        self.db = db
        self.setTitle(self.tr("Welcome to HashPledge"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "HashPledge keeps the books of a mining farm and turns them into a loan application that a "
                "bank can check. Look around on the demo farms first, or enter your own farm in three short "
                "steps."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addSpacing(8)
        self.demo = QRadioButton(self.tr("Open the &demo"))
        self.demo.setObjectName("welcomeDemo")
        self.demo_text = self._detail(
            self.tr(
                "Three example miners — a person, a sole trader and a company — with two years of "
                "machines, energy and payouts. A good way to see what the bank gets."
            )
        )
        self.farm = QRadioButton(self.tr("Start &my farm"))
        self.farm.setObjectName("welcomeFarm")
        self.farm_text = self._detail(
            self.tr(
                "You, your site and your machines, one step each. Nothing is saved until you confirm "
                "on the last page."
            )
        )
        for widget in (self.demo, self.demo_text, self.farm, self.farm_text):
            layout.addWidget(widget)
        self.demo_exists = self._detail("")
        names = set(demo.demo_profile_names())
        if any(p.name in names for p in profiles.list_profiles(db)):
            self.demo_exists.setText(
                self.tr(
                    "The demo farms are here already: opening the demo builds them again, and changes "
                    "made to them are lost. Your own profiles are not touched."
                )
            )
            self.demo_exists.setStyleSheet("")
        else:
            self.demo_exists.hide()
        layout.addSpacing(6)
        layout.addWidget(self.demo_exists)
        layout.addStretch(1)
        self.status = QLabel()
        self.status.setObjectName("welcomeStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.farm.setChecked(True)
        self.demo.toggled.connect(self._choice_changed)

    @staticmethod
    def _detail(text: str) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setContentsMargins(26, 0, 0, 6)
        label.setStyleSheet("color: palette(placeholder-text);")
        return label

    def _choice_changed(self) -> None:
        self.status.clear()
        self.setFinalPage(self.wants_demo())  # the wizard shows Finish (demo) or Next (my farm) at once
        wizard = self.wizard()
        if isinstance(wizard, WelcomeWizard):
            wizard.update_finish_text()

    def wants_demo(self) -> bool:
        return self.demo.isChecked()

    def nextId(self) -> int:  # noqa: N802 - Qt name
        return -1 if self.wants_demo() else PAGE_PROFILE

    def validatePage(self) -> bool:  # noqa: N802 - Qt name
        if not self.wants_demo():
            return True
        wizard = self.wizard()
        return wizard.demo_ready() if isinstance(wizard, WelcomeWizard) else False


class ProfileStepPage(QWizardPage):
    """Step 1: who borrows — name, legal form, INN, region, registry entry (checked by the profiles service)."""

    def __init__(self, db: Database, parent=None):
        super().__init__(parent)
        self.db = db
        self.setTitle(self.tr("Step 1 of 3: you"))
        layout = QVBoxLayout(self)
        layout.addWidget(
            _why(
                self.tr(
                    "The bank lends to a person or a firm, not to a farm: the name, legal form and INN say "
                    "who borrows, and the region decides which mining rules apply."
                )
            )
        )
        self.error = error_label(hidden=True)
        self.form = FieldForm(self.error)
        self.name = QLineEdit()
        self.name.setObjectName("profileName")
        self.name.setMaxLength(200)
        self.name.setPlaceholderText(self.tr("e.g. Ivan Petrov, or Siberian Hash LLC"))
        self.legal_form = QComboBox()
        for code in ("individual", "sole_trader", "company"):
            self.legal_form.addItem(legal_form_name(code), code)
        self.inn = QLineEdit()
        self.inn.setObjectName("profileInn")
        self.inn.setMaxLength(12)
        self.inn.setPlaceholderText(self.tr("10 digits for a company, 12 for a person; optional"))
        self.region = QLineEdit()
        self.region.setMaxLength(100)
        self.region.setPlaceholderText(self.tr("e.g. Irkutsk Oblast"))
        self.registry_number = QLineEdit()
        self.registry_number.setMaxLength(64)
        self.registry_number.setPlaceholderText(self.tr("optional, e.g. 77-2024-000318"))
        self.has_registry_date = QCheckBox(self.tr("entered &on"))
        self.registry_date = QDateEdit(QDate.currentDate())
        self.registry_date.setCalendarPopup(True)
        self.registry_date.setDisplayFormat(formatting.date_format())
        self.registry_date.setEnabled(False)
        self.has_registry_date.toggled.connect(self.registry_date.setEnabled)
        registry = QWidget()
        row = QHBoxLayout(registry)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.registry_number, 1)
        row.addWidget(self.has_registry_date)
        row.addWidget(self.registry_date)

        self.form.add(self.tr("Display &name:"), self.name, "name")
        self.form.add(self.tr("&Legal form:"), self.legal_form, "legal_form")
        self.form.add(self.tr("&INN:"), self.inn, "inn")
        self.form.add(self.tr("Re&gion:"), self.region, "region")
        self.form.add(self.tr("Miners' &registry entry:"), registry, "registry_number", "registry_date",
                      focus=self.registry_number)
        layout.addLayout(self.form.layout)
        layout.addWidget(self.error)
        layout.addStretch(1)
        _chain_tab_order([self.name, self.legal_form, self.inn, self.region, self.registry_number,
                          self.has_registry_date, self.registry_date])
        for edit in (self.name, self.inn, self.region, self.registry_number):
            edit.textEdited.connect(self.form.clear)

    def initializePage(self) -> None:  # noqa: N802 - Qt name
        self.name.setFocus()

    def data(self) -> ProfileData:
        return ProfileData(
            name=self.name.text(),
            legal_form=self.legal_form.currentData(),
            inn=self.inn.text(),
            registry_number=self.registry_number.text(),
            registry_date=self.registry_date.date().toPython() if self.has_registry_date.isChecked() else None,
            region=self.region.text(),
        )

    def validatePage(self) -> bool:  # noqa: N802 - Qt name
        try:
            onboarding.check_profile(self.db, self.data())
        except ProfileError as exc:
            self.form.show_error(exc.field, str(exc))
            return False
        self.form.clear()
        return True


class SiteStepPage(QWizardPage):
    """Step 2: the first site — name, region, tariff and currency, metering, monthly fee (records service)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("Step 2 of 3: the site"))
        layout = QVBoxLayout(self)
        layout.addWidget(
            _why(
                self.tr(
                    "Energy is a miner's biggest cost: the bank prices your power bills from the tariff and "
                    "checks the region's rules for mining. A hosting fee or rent counts in the cost too."
                )
            )
        )
        self.error = error_label(hidden=True)
        self.form = FieldForm(self.error)
        self.name = QLineEdit()
        self.name.setObjectName("siteName")
        self.name.setMaxLength(200)
        self.name.setPlaceholderText(self.tr("e.g. Garage, or the hosting centre's name"))
        self.region = QLineEdit()
        self.region.setMaxLength(100)
        self.region.setPlaceholderText(self.tr("e.g. Irkutsk Oblast"))
        self.currency = QComboBox()
        for code in CURRENCIES:
            self.currency.addItem(code, code)
        self.currency.setCurrentIndex(max(0, self.currency.findData("RUB")))
        self.tariff = QLineEdit()
        self.tariff.setObjectName("siteTariff")
        self.tariff.setPlaceholderText(self.tr("e.g. 5,48"))
        self.tariff_unit = QLabel()
        self.metering = QComboBox()
        self.metering.addItem(self.tr("one rate, day and night"), "single")
        self.metering.addItem(self.tr("two rates: day and night"), "day_night")
        self.tariff_night = QLineEdit()
        self.tariff_night.setPlaceholderText(self.tr("e.g. 3,10"))
        self.night_unit = QLabel()
        self.night_share = QLineEdit()
        self.night_share.setPlaceholderText(self.tr("e.g. 40"))
        self.share_unit = QLabel("%")
        self.monthly_fee = QLineEdit()
        self.monthly_fee.setPlaceholderText("0")
        self.fee_unit = QLabel()

        self.form.add(self.tr("Site &name:"), self.name, "name")
        self.form.add(self.tr("&Region:"), self.region, "region")
        self.form.add(self.tr("C&urrency:"), self.currency, "currency")
        self.form.add(self.tr("&Tariff per kWh:"), with_unit(self.tariff, self.tariff_unit), "tariff",
                      focus=self.tariff)
        self.form.add(self.tr("&Metering:"), self.metering)
        self.night_label = self.form.add(self.tr("Ni&ght tariff per kWh:"),
                                         with_unit(self.tariff_night, self.night_unit), "tariff_night",
                                         focus=self.tariff_night)
        self.share_label = self.form.add(self.tr("Night &share of the kWh:"),
                                         with_unit(self.night_share, self.share_unit), "night_share",
                                         focus=self.night_share)
        self.form.add(self.tr("Monthly f&ee (hosting, rent):"), with_unit(self.monthly_fee, self.fee_unit),
                      "monthly_fee_minor", focus=self.monthly_fee)
        layout.addLayout(self.form.layout)
        layout.addWidget(self.error)
        layout.addStretch(1)
        _chain_tab_order([self.name, self.region, self.currency, self.tariff, self.metering, self.tariff_night,
                          self.night_share, self.monthly_fee])
        for edit in (self.name, self.region, self.tariff, self.tariff_night, self.night_share, self.monthly_fee):
            edit.textEdited.connect(self.form.clear)
        self.currency.currentIndexChanged.connect(self._currency_changed)
        self.metering.currentIndexChanged.connect(self._metering_changed)
        self._currency_changed()
        self._metering_changed()

    def _currency_changed(self) -> None:
        code = self.currency.currentData()
        symbol = CURRENCY_SYMBOLS.get(code, code)
        per_kwh = self.tr("{0} per kWh").format(symbol)
        self.tariff_unit.setText(per_kwh)
        self.night_unit.setText(per_kwh)
        self.fee_unit.setText(self.tr("{0} a month").format(symbol))

    def two_rates(self) -> bool:
        return self.metering.currentData() == "day_night"

    def _metering_changed(self) -> None:
        on = self.two_rates()
        for widget in (self.tariff_night, self.night_share, self.night_label, self.share_label):
            widget.setEnabled(on)
        self.form.clear()

    def initializePage(self) -> None:  # noqa: N802 - Qt name
        wizard = self.wizard()
        if isinstance(wizard, WelcomeWizard) and not self.region.text().strip():
            self.region.setText(wizard.profile_page.region.text().strip())
        self.name.setFocus()

    def data(self) -> SiteData:
        """The entered site; raises FieldError for a number that cannot be read."""
        two = self.two_rates()
        return read_site(
            name=self.name.text(),
            region=self.region.text(),
            currency=self.currency.currentData(),
            tariff=self.tariff.text(),
            tariff_night=self.tariff_night.text() if two else "",
            night_share=self.night_share.text() if two else "",
            monthly_fee=self.monthly_fee.text(),
        )

    def validatePage(self) -> bool:  # noqa: N802 - Qt name
        try:
            data = self.data()
            if self.two_rates() and data.tariff_night is None and data.night_share is None:
                raise FieldError("tariff_night", self.tr("Give the night tariff and the night share, or "
                                                         "choose one rate."))
            onboarding.check_site(data)
        except (FieldError, RecordError) as exc:
            self.form.show_error(exc.field, exc.message)
            return False
        self.form.clear()
        return True


class MachinesStepPage(QWizardPage):
    """Step 3: the first machines — one model from the catalogue, how many, purchase, serial numbers."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("Step 3 of 3: the machines"))
        layout = QVBoxLayout(self)
        layout.addWidget(
            _why(
                self.tr(
                    "The machines are the collateral: the bank values them by model, hashrate and age, and "
                    "checks the serial numbers when it inspects the site."
                )
            )
        )
        self.error = error_label(hidden=True)
        self.form = FieldForm(self.error)
        self.catalogue = QComboBox()
        self.catalogue.setObjectName("machineCatalogue")
        self.catalogue.addItem(QCoreApplication.translate("EquipmentDialog", "— custom model —"), None)
        for m in history.asic_catalogue():
            self.catalogue.addItem(
                QCoreApplication.translate("EquipmentDialog", "{0} {1} — {2} TH/s, {3} W").format(
                    m.vendor, m.model, m.hashrate_ths, m.power_w
                ),
                m,
            )
        self.vendor = QLineEdit()
        self.vendor.setMaxLength(100)
        self.model = QLineEdit()
        self.model.setMaxLength(100)
        self.hashrate = QLineEdit()
        self.hashrate.setMaximumWidth(160)
        self.power = QLineEdit()
        self.power.setMaximumWidth(160)
        self.count = QSpinBox()
        self.count.setObjectName("machineCount")
        self.count.setRange(1, onboarding.MAX_UNITS)
        self.count.setMaximumWidth(120)
        self.has_purchase = QCheckBox(self.tr("&bought on"))
        self.purchase_date = QDateEdit(QDate.currentDate())
        self.purchase_date.setCalendarPopup(True)
        self.purchase_date.setDisplayFormat(formatting.date_format())
        self.purchase_date.setEnabled(False)
        self.has_purchase.toggled.connect(self.purchase_date.setEnabled)
        self.price = QLineEdit()
        self.price.setPlaceholderText(self.tr("per machine, optional"))
        self.price.setMaximumWidth(200)
        self.price_currency = QComboBox()
        for code in CURRENCIES:
            self.price_currency.addItem(code, code)
        self.price_currency.setCurrentIndex(max(0, self.price_currency.findData("RUB")))
        purchase = QWidget()
        row = QHBoxLayout(purchase)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.has_purchase)
        row.addWidget(self.purchase_date)
        row.addSpacing(12)
        price_label = QLabel(self.tr("&price:"))
        price_label.setBuddy(self.price)
        row.addWidget(price_label)
        row.addWidget(self.price, 1)
        row.addWidget(self.price_currency)
        self.serials = QPlainTextEdit()
        self.serials.setObjectName("machineSerials")
        self.serials.setTabChangesFocus(True)
        self.serials.setMaximumHeight(84)
        self.serials.setPlaceholderText(
            self.tr("optional: one per line, as many as machines; left empty, they are numbered "
                    "no-serial-001, no-serial-002, …")
        )
        self.serial_count = QLabel()
        self.serial_count.setStyleSheet("color: palette(placeholder-text);")

        self.form.add(self.tr("From the &catalogue:"), self.catalogue)
        self.form.add(self.tr("&Vendor:"), self.vendor, "vendor")
        self.form.add(self.tr("&Model:"), self.model, "model")
        self.form.add(self.tr("&Hashrate, TH/s:"), self.hashrate, "hashrate_ths")
        self.form.add(self.tr("Po&wer, W:"), self.power, "power_w")
        self.form.add(self.tr("How many &units:"), self.count, "count")
        self.form.add(self.tr("P&urchase:"), purchase, "purchase_date", "price_minor", "price_currency",
                      "status_date", focus=self.has_purchase)
        self.form.add(self.tr("&Serial numbers:"), self.serials, "serial")
        self.form.layout.addRow("", self.serial_count)
        layout.addLayout(self.form.layout)
        layout.addWidget(self.error)
        layout.addStretch(1)
        _chain_tab_order([self.catalogue, self.vendor, self.model, self.hashrate, self.power, self.count,
                          self.has_purchase, self.purchase_date, self.price, self.price_currency, self.serials])
        for edit in (self.vendor, self.model, self.hashrate, self.power, self.price):
            edit.textEdited.connect(self.form.clear)
        self.catalogue.currentIndexChanged.connect(self._model_picked)
        self.serials.textChanged.connect(self._count_serials)
        self.count.valueChanged.connect(self._count_serials)
        common = self.catalogue.findText("Antminer S19j Pro", Qt.MatchFlag.MatchContains)
        self.catalogue.setCurrentIndex(common if common > 0 else min(1, self.catalogue.count() - 1))
        self._count_serials()

    def _model_picked(self) -> None:
        m = self.catalogue.currentData()
        if m is None:
            return
        self.vendor.setText(m.vendor)
        self.model.setText(m.model)
        self.hashrate.setText(format(m.hashrate_ths, "f"))
        self.power.setText(str(m.power_w))
        self.form.clear()

    def serial_list(self) -> list[str]:
        return [line.strip() for line in self.serials.toPlainText().splitlines() if line.strip()]

    def _count_serials(self) -> None:
        given, count = len(self.serial_list()), self.count.value()
        if not given:
            self.serial_count.setText(self.tr("No serial numbers: the machines are numbered for now."))
        else:
            self.serial_count.setText(self.tr("{0} serial number(s) for {1} machine(s)").format(given, count))

    def initializePage(self) -> None:  # noqa: N802 - Qt name
        wizard = self.wizard()
        if isinstance(wizard, WelcomeWizard) and not self.price.text().strip():
            code = wizard.site_page.currency.currentData()
            self.price_currency.setCurrentIndex(max(0, self.price_currency.findData(code)))
        self.catalogue.setFocus()

    def data(self) -> EquipmentData:
        """The machines' shared data (the serial is set per machine); raises RecordError for the price."""
        price_minor = None
        currency = self.price_currency.currentData()
        if self.price.text().strip():
            try:
                price_minor = to_minor(amount_input.parse_money(self.price.text(), currency), currency)
            except DomainError as exc:
                raise RecordError("price_minor", tr_error(exc)) from exc
        return EquipmentData(
            model=self.model.text(),
            serial="",
            hashrate_ths=self.hashrate.text().strip(),
            power_w=self.power.text().strip(),
            vendor=self.vendor.text(),
            purchase_date=self.purchase_date.date().toPython() if self.has_purchase.isChecked() else None,
            price_minor=price_minor,
            price_currency=currency,
        )

    def serials_or_placeholders(self) -> list[str]:
        return onboarding.serials_for(self.serial_list(), self.count.value())

    def validatePage(self) -> bool:  # noqa: N802 - Qt name
        try:
            data = self.data()
            onboarding.check_machines(data, self.serials_or_placeholders())
        except RecordError as exc:
            self.form.show_error(exc.field, exc.message)
            return False
        self.form.clear()
        return True


class SummaryPage(QWizardPage):
    """What will be created; Finish writes it all in one transaction."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("Ready to create your farm"))
        layout = QVBoxLayout(self)
        layout.addWidget(
            _why(
                self.tr(
                    "Nothing is saved yet. Check what will be created; everything can be changed later "
                    "(Profile ▸ Edit or rename profile…, Energy ▸ Sites…, the Equipment page)."
                )
            )
        )
        self.summary = QLabel()
        self.summary.setObjectName("welcomeSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.summary)
        layout.addStretch(1)
        self.error = error_label(hidden=True)
        layout.addWidget(self.error)

    def initializePage(self) -> None:  # noqa: N802 - Qt name
        self.error.hide()
        wizard = self.wizard()
        if isinstance(wizard, WelcomeWizard):
            self.summary.setText(self._describe(wizard))

    def _describe(self, wizard: WelcomeWizard) -> str:
        p, s, m = wizard.profile_page, wizard.site_page, wizard.machines_page
        esc = html.escape
        dash = "—"

        def rows(title: str, items: list[tuple[str, str]]) -> str:
            head = f"<tr><td colspan='2' style='padding-top:10px; padding-bottom:2px'><b>{esc(title)}</b></td></tr>"
            return head + "".join(
                f"<tr><td style='padding-right:18px; color:palette(placeholder-text)'>{esc(k)}</td>"
                f"<td>{esc(v)}</td></tr>"
                for k, v in items
            )

        registry = p.registry_number.text().strip() or dash
        if p.registry_number.text().strip() and p.has_registry_date.isChecked():
            registry = self.tr("{0}, entered on {1}").format(registry, formatting.date(p.registry_date.date().toPython()))
        profile_rows = [
            (self.tr("Name"), p.name.text().strip()),
            (self.tr("Legal form"), p.legal_form.currentText()),
            (self.tr("INN"), p.inn.text().strip() or dash),
            (self.tr("Region"), p.region.text().strip() or dash),
            (self.tr("Miners' registry entry"), registry),
        ]
        site = s.data()
        tariff = formatting.money(Decimal(site.tariff), site.currency)
        if site.tariff_night is not None and site.night_share is not None:
            tariff = self.tr("{0} by day, {1} by night for {2} % of the kWh").format(
                tariff, formatting.money(Decimal(site.tariff_night), site.currency),
                formatting.number(Decimal(site.night_share) * 100, 0))
        site_rows = [
            (self.tr("Name"), site.name.strip()),
            (self.tr("Region"), (site.region or "").strip() or dash),
            (self.tr("Tariff per kWh"), tariff),
            (self.tr("Monthly fee"), formatting.money(from_minor(site.monthly_fee_minor, site.currency), site.currency)
             if site.monthly_fee_minor else dash),
        ]
        count = m.count.value()
        hashrate = amount_input.parse(m.hashrate.text())  # both checked when Next was pressed
        power = amount_input.parse(m.power.text())
        machine = m.data()
        bought = dash
        if machine.purchase_date:
            bought = formatting.date(m.purchase_date.date().toPython())
        if machine.price_minor is not None:
            price = formatting.money(from_minor(machine.price_minor, machine.price_currency), machine.price_currency)
            bought = self.tr("{0}, {1} each").format(bought, price) if machine.purchase_date else \
                self.tr("{0} each").format(price)
        serials = m.serial_list()
        machine_rows = [
            (self.tr("Model"), f"{machine.vendor.strip()} {machine.model.strip()}".strip()),
            (self.tr("Units"), str(count)),
            (self.tr("In total"), self.tr("{0} TH/s, {1} kW").format(
                formatting.number(hashrate * count, 1), formatting.number(power * count / 1000, 1))),
            (self.tr("Purchase"), bought),
            (self.tr("Serial numbers"), ", ".join(serials[:6]) + (" …" if len(serials) > 6 else "") if serials
             else self.tr("none yet: no-serial-001 … no-serial-{0:03d}").format(count)),
        ]
        return ("<table cellspacing='0'>" + rows(self.tr("Profile"), profile_rows) + rows(self.tr("Site"), site_rows)
                + rows(self.tr("Machines"), machine_rows) + "</table>")

    def validatePage(self) -> bool:  # noqa: N802 - Qt name
        wizard = self.wizard()
        if not isinstance(wizard, WelcomeWizard):
            return False
        try:
            wizard.create_farm()
        except (ProfileError, RecordError, FieldError, SQLAlchemyError) as exc:  # rolled back: nothing written
            self.error.setText(self.tr("Nothing was saved: {0}").format(str(exc)))
            self.error.show()
            return False
        return True


# ============================================================================================= wizard


class WelcomeWizard(QWizard):
    """After ``accepted``: ``profile_id`` to select and ``open_page`` to show ("dashboard" or "equipment")."""

    def __init__(self, db: Database, parent=None):
        super().__init__(parent)
        self.db = db
        self.profile_id: int | None = None
        self.open_page: str | None = None
        self.task = None  # the demo build, while it runs
        self._demo_built = False
        self.setObjectName("welcomeWizard")
        self.setWindowTitle(self.tr("Welcome to HashPledge"))
        # Classic everywhere: one look on every platform, the title and the step's text on the page itself.
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setMinimumSize(700, 540)
        self.welcome_page = WelcomeChoicePage(db)
        self.profile_page = ProfileStepPage(db)
        self.site_page = SiteStepPage()
        self.machines_page = MachinesStepPage()
        self.summary_page = SummaryPage()
        self.setPage(PAGE_WELCOME, self.welcome_page)
        self.setPage(PAGE_PROFILE, self.profile_page)
        self.setPage(PAGE_SITE, self.site_page)
        self.setPage(PAGE_MACHINES, self.machines_page)
        self.setPage(PAGE_SUMMARY, self.summary_page)
        self.setStartId(PAGE_WELCOME)
        self.currentIdChanged.connect(lambda _id: self.update_finish_text())
        self.update_finish_text()

    def update_finish_text(self) -> None:
        if self.currentId() in (-1, PAGE_WELCOME) and self.welcome_page.wants_demo():
            self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Open the demo"))
        else:
            self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Create the farm"))

    # ---- start my farm -----------------------------------------------------------------------------------
    def create_farm(self) -> onboarding.FarmResult:
        """Write profile, site and machines in one transaction (or nothing) and remember what to show."""
        result = onboarding.create_farm(
            self.db,
            self.profile_page.data(),
            self.site_page.data(),
            self.machines_page.data(),
            self.machines_page.serials_or_placeholders(),
        )
        self.profile_id, self.open_page = result.profile_id, "equipment"
        return result

    # ---- the demo ----------------------------------------------------------------------------------------
    def demo_ready(self) -> bool:
        """True once the demo is built; else starts building it (the wizard closes when it is done)."""
        if self._demo_built:
            return True
        if self.task is None:
            self._start_demo()
        return False

    def _start_demo(self) -> None:
        db = self.db
        step = self.tr("Building “{0}”…")

        def work(progress):
            def report(percent: int, text: str) -> None:
                if percent < 100:  # the last report comes after the commit: too late to cancel
                    progress(percent, step.format(text) if text else "")

            return demo.build_demo(db, seed=1, progress=report)

        self.welcome_page.status.setText(self.tr("Building the demo farms…"))
        self._set_busy(True)
        self.task = run_in_background(self, work, self._demo_done, self._demo_failed,
                                      title=self.tr("Opening the demo"), label=self.tr("Building the demo farms…"))
        self.task.dialog.setMinimumWidth(460)  # room for the longest demo name in the label
        self.task.signals.cancelled.connect(self._demo_cancelled)

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.welcome_page.demo, self.welcome_page.farm, self.button(QWizard.WizardButton.FinishButton),
                       self.button(QWizard.WizardButton.NextButton)):
            widget.setEnabled(not busy)

    def _demo_done(self, names: list[str]) -> None:
        self.task = None
        self._set_busy(False)
        company = [p for p in profiles.list_profiles(self.db) if p.name in names and p.legal_form == "company"]
        self.profile_id = company[0].id if company else None
        self.open_page = "dashboard"
        self._demo_built = True
        self.accept()

    def _demo_failed(self, exc: Exception) -> None:
        self.task = None
        self._set_busy(False)
        self.welcome_page.status.clear()
        messages.error(self, self.tr("The demo could not be built"), tr_error(exc) or str(exc))

    def _demo_cancelled(self) -> None:
        self.task = None
        self._set_busy(False)
        self.welcome_page.status.setText(self.tr("Cancelled."))

    def reject(self) -> None:
        """Cancel writes nothing; while the demo is being built it cancels the build first."""
        if self.task is not None:
            self.task.progress.cancel()
            return
        super().reject()
