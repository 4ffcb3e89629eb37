"""Mining calculator: what a machine or the fleet earns, with difficulty growth and halvings."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QDate, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
)

from desktop.core.mining import MiningInputs, calculate
from desktop.core.money import CURRENCIES, decimals_in
from desktop.i18n import tr_error
from desktop.services import mining_calc
from desktop.ui import amount_input, charts, formatting, glossary
from desktop.ui.pages.base import Page
from desktop.ui.widgets import error_label

# Results named by a glossary term: a tooltip and a "?" that opens the glossary (desktop/ui/glossary.py).
OUT_TERMS = {"btc_per_day": "btc_per_day", "break_even_price": "break_even", "break_even_tariff": "break_even",
             "hashprice": "hashprice", "cost_per_btc": "cost_per_btc", "payback": "payback",
             "efficiency": "efficiency"}


class CalculatorPage(Page):
    def __init__(self, db, parent=None):
        super().__init__(db, parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self.recalculate)

        outer = QHBoxLayout(self)
        left = QVBoxLayout()
        outer.addLayout(left, 0)

        machine = QGroupBox(self.tr("Machine or fleet"))
        mform = QFormLayout(machine)
        self.hashrate = self._field("100")
        self.power = self._field("3050")
        self.purchase = self._field("")
        self.purchase.setPlaceholderText(self.tr("optional, for payback"))
        self.fill_fleet = QPushButton(self.tr("Use the profile's active &fleet"))
        self.fill_fleet.clicked.connect(self.use_fleet)
        mform.addRow(self.tr("&Hashrate, TH/s:"), glossary.with_help(self.hashrate, "hashrate"))
        mform.addRow(self.tr("&Power, W:"), self.power)
        mform.addRow(self.tr("Purchase &price:"), glossary.with_help(self.purchase, "payback"))
        mform.addRow(self.fill_fleet)
        left.addWidget(machine)

        market = QGroupBox(self.tr("Market and costs"))
        form = QFormLayout(market)
        self.currency = QComboBox()
        for code in CURRENCIES:
            self.currency.addItem(code, code)
        self.currency.currentIndexChanged.connect(self._currency_changed)
        self.tariff = self._field(amount_input.edit_text(Decimal("5.50")))
        self.price = self._field("")
        self.price_source = QLabel()
        self.price_source.setWordWrap(True)
        self.price_source.setStyleSheet("color: palette(placeholder-text);")
        self.difficulty = self._field("")
        self.use_date = QCheckBox(self.tr("difficulty of the day"))
        self.diff_date = QDateEdit()
        self.diff_date.setCalendarPopup(True)
        self.diff_date.setDisplayFormat(formatting.date_format())
        self.diff_date.setEnabled(False)
        self.use_date.toggled.connect(self._date_toggled)
        self.diff_date.dateChanged.connect(self._date_changed)
        self.fees = self._field(amount_input.edit_text(Decimal("0.025")))
        self.pool_fee = self._field(amount_input.edit_text(Decimal("2.5")))
        self.uptime = self._field("97")
        self.days = QSpinBox()
        self.days.setRange(1, 3653)
        self.days.setValue(365)
        self.days.setSuffix(self.tr(" days"))
        self.days.valueChanged.connect(self._timer.start)
        self.growth = self._field("0")
        form.addRow(self.tr("&Currency:"), self.currency)
        form.addRow(self.tr("&Tariff per kWh:"), self.tariff)
        form.addRow(self.tr("BTC p&rice:"), self.price)
        form.addRow("", self.price_source)
        form.addRow(self.tr("&Difficulty:"), glossary.with_help(self.difficulty, "difficulty"))
        date_row = QHBoxLayout()
        date_row.addWidget(self.use_date)
        date_row.addWidget(self.diff_date)
        form.addRow("", date_row)
        form.addRow(self.tr("&Fees per block, BTC:"), self.fees)
        form.addRow(self.tr("P&ool fee, %:"), self.pool_fee)
        form.addRow(self.tr("&Uptime, %:"), self.uptime)
        form.addRow(self.tr("Hori&zon:"), self.days)
        form.addRow(self.tr("Difficulty &growth, %/month:"), glossary.with_help(self.growth, "difficulty"))
        left.addWidget(market)
        left.addStretch(1)

        right = QVBoxLayout()
        outer.addLayout(right, 1)
        results = QGroupBox(self.tr("Results"))
        grid = QGridLayout(results)
        self.error = error_label()
        grid.addWidget(self.error, 0, 0, 1, 4)
        self.out: dict[str, QLabel] = {}
        rows = [
            ("btc_per_day", self.tr("BTC per day")), ("revenue_per_day", self.tr("Revenue per day")),
            ("energy_per_day", self.tr("Energy per day")), ("profit_per_day", self.tr("Profit per day")),
            ("profit_per_month", self.tr("Profit, first 30 days")), ("btc_horizon", self.tr("BTC over the horizon")),
            ("profit_horizon", self.tr("Profit over the horizon")), ("break_even_price", self.tr("Break-even BTC price")),
            ("break_even_tariff", self.tr("Break-even tariff")), ("hashprice", self.tr("Hashprice (per TH/s per day)")),
            ("cost_per_btc", self.tr("Cost to mine 1 BTC")), ("payback", self.tr("Payback of the purchase")),
            ("efficiency", self.tr("Efficiency")),
        ]
        for n, (key, title) in enumerate(rows):
            label, value, bare = glossary.figure(key, title, OUT_TERMS.get(key))
            bare.setWordWrap(True)  # long titles ("Hashprice (per TH/s per day)") wrap rather than clip
            self.out[key] = value
            grid.addWidget(label, 1 + n // 2, (n % 2) * 2)
            grid.addWidget(value, 1 + n // 2, (n % 2) * 2 + 1)
        self.note = QLabel()
        self.note.setWordWrap(True)
        glossary.attach("halving", self.note)
        grid.addWidget(self.note, 8, 0, 1, 4)
        right.addWidget(results)

        self.chart_view = charts.make_view(260)
        right.addWidget(self.chart_view, 1)

        self.result = None
        self._load_market_defaults()
        self.recalculate()

    def title(self) -> str:
        return self.tr("Mining calculator")

    # ---- inputs ---------------------------------------------------------------------------------------
    def _field(self, text: str) -> QLineEdit:
        edit = QLineEdit(text)
        edit.setMaximumWidth(200)
        edit.textChanged.connect(self._timer.start)
        return edit

    def _load_market_defaults(self) -> None:
        latest = mining_calc.difficulty_at()
        self.difficulty.setText(format(latest.value, "f"))
        self.diff_date.setDateRange(QDate(2009, 1, 9), QDate(latest.day))
        self.diff_date.setDate(QDate(latest.day))
        self.growth.setText(amount_input.edit_text(mining_calc.default_growth_percent_month()))
        self.currency.setCurrentIndex(self.currency.findData("RUB"))
        self._currency_changed()

    def _currency_changed(self) -> None:
        code = self.currency.currentData()
        try:
            price = mining_calc.price_at(code)
        except mining_calc.MarketDataError:
            self.price.setText("")
            self.price_source.setText(self.tr("No bundled price in {0}: enter the price.").format(code))
        else:
            self.price.setText(amount_input.edit_text(price.value))
            self.price_source.setText(self.tr("Bundled close of {0}").format(formatting.date(price.day)))
        self._timer.start()

    def _date_toggled(self, on: bool) -> None:
        self.diff_date.setEnabled(on)
        self.difficulty.setEnabled(not on)
        if on:
            self._date_changed()

    def _date_changed(self) -> None:
        if not self.use_date.isChecked():
            return
        try:
            value = mining_calc.difficulty_at(self.diff_date.date().toPython())
        except mining_calc.MarketDataError as exc:
            self.error.setText(str(exc))
            return
        self.difficulty.setText(format(value.value, "f"))

    def use_fleet(self) -> None:
        if self.profile_id is None:
            return
        from desktop.services import records

        fleet = records.active_fleet(self.db, self.profile_id)
        self.hashrate.setText(amount_input.edit_text(fleet.hashrate_ths))
        self.power.setText(str(fleet.power_w))

    def set_profile(self, profile_id) -> None:
        super().set_profile(profile_id)
        self.fill_fleet.setEnabled(profile_id is not None)

    def inputs(self) -> MiningInputs:
        currency = self.currency.currentData()

        def num(edit: QLineEdit, name: str, allow_empty=False, allow_negative=False, decimals: int | None = None,
                money: bool = False) -> Decimal | None:
            if edit is self.difficulty and "e" in edit.text().lower():  # difficulty may be typed as 1.34e14
                try:
                    value = Decimal(edit.text().strip())
                except ArithmeticError:
                    value = None
                if value is None or not value.is_finite() or value <= 0:
                    raise amount_input.AmountInputError(amount_input.field_message(
                        name, QCoreApplication.translate("CoreMessages", "'{0}' is not a number").format(
                            edit.text().strip())))
                return value
            return amount_input.read(edit, name, decimals=decimals, allow_negative=allow_negative,
                                     required=not allow_empty, currency=currency if money else None)

        return MiningInputs(
            hashrate_ths=num(self.hashrate, self.tr("Hashrate"), decimals=amount_input.HASHRATE_DECIMALS),
            power_w=num(self.power, self.tr("Power"), decimals=0),
            tariff_per_kwh=num(self.tariff, self.tr("Tariff"), decimals=amount_input.TARIFF_DECIMALS),
            currency=currency,
            btc_price=num(self.price, self.tr("BTC price"), money=True),
            difficulty=num(self.difficulty, self.tr("Difficulty"), decimals=2),
            start_date=dt.date.today(),
            fees_per_block_btc=num(self.fees, self.tr("Fees per block"), decimals=amount_input.BTC_DECIMALS),
            pool_fee_percent=num(self.pool_fee, self.tr("Pool fee"), decimals=amount_input.PERCENT_DECIMALS),
            uptime_percent=num(self.uptime, self.tr("Uptime"), decimals=amount_input.PERCENT_DECIMALS),
            days=self.days.value(),
            difficulty_growth_percent_month=num(self.growth, self.tr("Difficulty growth"), allow_negative=True,
                                                decimals=amount_input.PERCENT_DECIMALS),
            purchase_price=num(self.purchase, self.tr("Purchase price"), allow_empty=True, money=True),
        )

    # ---- results --------------------------------------------------------------------------------------
    def recalculate(self) -> None:
        try:
            inputs = self.inputs()
            inputs.validate()
            result = calculate(inputs)
        except ValueError as exc:
            self.error.setText(tr_error(exc))  # the core's checks are DomainErrors: in the UI's language
            self.error.show()
            return
        self.error.hide()
        self.result = result
        cur = inputs.currency
        m = lambda v: formatting.money(v, cur)  # noqa: E731
        o = self.out
        o["btc_per_day"].setText(formatting.btc(int(result.btc_per_day * 100_000_000)))
        o["revenue_per_day"].setText(m(result.revenue_per_day))
        o["energy_per_day"].setText(self.tr("{0} kWh, {1}").format(
            formatting.number(result.energy_kwh_per_day, 1), m(result.energy_cost_per_day)))
        o["profit_per_day"].setText(m(result.profit_per_day))
        o["profit_per_month"].setText(m(result.profit_per_month))
        o["btc_horizon"].setText(formatting.btc(int(result.btc_over_horizon * 100_000_000)))
        o["profit_horizon"].setText(m(result.profit_over_horizon))
        o["break_even_price"].setText(m(result.break_even_price))
        o["break_even_tariff"].setText(
            "—" if result.break_even_tariff is None else
            self.tr("{0} per kWh").format(formatting.number(result.break_even_tariff, 4)))
        o["hashprice"].setText(formatting.number(result.hashprice_per_th_day, 4) + " " + cur)
        o["efficiency"].setText(self.tr("{0} J/TH").format(
            formatting.number(inputs.power_w / inputs.hashrate_ths, 1)))
        o["cost_per_btc"].setText(m(result.cost_to_mine_one_btc))
        if inputs.purchase_price is None:
            o["payback"].setText("—")
        elif result.payback_days is None:
            o["payback"].setText(self.tr("not within 10 years"))
        else:
            o["payback"].setText(self.tr("{0} days").format(formatting.number(result.payback_days)))
        halvings = ", ".join(formatting.date(d) for d in result.halvings_in_horizon)
        growth = inputs.difficulty_growth_percent_month
        self.note.setText(self.tr("Price and tariff stay flat; difficulty grows {0} % a month{1}.").format(
            formatting.number(growth, decimals_in(growth)),
            self.tr("; the subsidy halves on {0}").format(halvings) if halvings else ""))
        self._draw(result)

    def _draw(self, result) -> None:
        step = max(1, len(result.projection) // 400)
        points = [(p.day, p.cumulative_profit) for p in result.projection[::step]]
        charts.date_lines(self.chart_view, self.tr("Cumulative profit over the horizon"),
                          [(self.tr("Cumulative profit, {0}").format(result.inputs.currency), points)], "%.0f")
