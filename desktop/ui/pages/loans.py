"""Loans: simulate borrowing against the profile's BTC (and equipment) under a lender's offer.

Inputs on the left, results at a glance on the right, and tabs with the schedule, the LTV over time and a
comparison of offers. All figures come from desktop.services.loans (the maths is in desktop.core.loans);
this page parses the inputs, draws the results and recalculates live (debounced).
"""

from __future__ import annotations

import datetime as dt
import textwrap
from decimal import ROUND_FLOOR, Decimal

from PySide6.QtCore import QCoreApplication, QDate, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import DomainError
from desktop.core.loans import LoanResult, Offer, cure_amounts
from desktop.core.loans import ltv as loan_ltv
from desktop.core.money import quantize
from desktop.i18n import offer_name, tr_error
from desktop.services import loans, offers, prices
from desktop.services.offers import OfferError
from desktop.ui import amount_input, charts, formatting, glossary, messages, offer_picker, theme
from desktop.ui.dialogs.offer_dialog import OfferDialog
from desktop.ui.ltv_gauge import LtvGauge
from desktop.ui.pages.base import Page
from desktop.ui.pages.risk_tab import RiskTab
from desktop.ui.sources import source_name
from desktop.ui.table_model import Column, RowsModel
from desktop.ui.widgets import error_label

OK_STYLE = "font-weight: bold;"  # with the "ok" tone (theme colour)
MAX_COMPARE = 4



def round_down(value: Decimal) -> Decimal:
    """A round number not above ``value``: two significant digits (54 084 -> 54 000, 7 -> 7)."""
    if value <= 0:
        return Decimal(0)
    step = Decimal(10) ** max(0, value.adjusted() - 1)
    return (value / step).to_integral_value(rounding=ROUND_FLOOR) * step


class InputError(ValueError):
    pass


# Result figures named by a glossary term: a tooltip and a "?" that opens the glossary (desktop/ui/glossary.py).
OUT_TERMS = {"collateral": "collateral", "initial_ltv": "ltv", "margin_call": "margin_call",
             "liquidation": "liquidation", "apr": "apr", "cure": "cure", "psk": "psk"}
# Rows of the Compare table named by a glossary term (row index -> term).
COMPARE_TERMS = {1: "collateral", 4: "ltv", 5: "margin_call", 6: "liquidation", 10: "apr", 11: "psk"}


WARN, DANGER = "#d4a72c", "#cf222e"  # the gauge's margin-call and liquidation colours


class LoansPage(Page):
    def __init__(self, db, parent=None):
        super().__init__(db, parent)
        self.result: LoanResult | None = None
        self.inputs_used: dict | None = None
        self.offer: Offer | None = None
        self.collateral: loans.ProfileCollateral | None = None
        self._rows: dict[str, offers.OfferRow] = {}
        self._offers: dict[str, Offer] = {}
        self._prefilled_for: tuple | None = None
        self._filling = False
        self.compare_results: list[tuple[str, LoanResult | None, str]] = []

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self.recalculate)

        outer = QHBoxLayout(self)
        left_box = QWidget()
        left_box.setFixedWidth(400)
        left = QVBoxLayout(left_box)
        left.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(left_box, 0)

        # ---- offer ----
        offer_box = QGroupBox(self.tr("Offer"))
        ob = QVBoxLayout(offer_box)
        self.offer_combo = QComboBox()
        self.offer_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.offer_combo.setMinimumContentsLength(24)
        self.offer_combo.currentIndexChanged.connect(self._offer_changed)
        offer_label = QLabel(self.tr("&Offer:"))
        offer_label.setBuddy(self.offer_combo)
        row = QHBoxLayout()
        row.addWidget(offer_label)
        row.addWidget(self.offer_combo, 1)
        ob.addLayout(row)
        self.offer_info = QLabel()
        self.offer_info.setWordWrap(True)
        self.offer_info.setStyleSheet("color: palette(placeholder-text);")
        ob.addWidget(self.offer_info)
        buttons = QGridLayout()
        self.open_button = QPushButton(self.tr("Open offer f&ile…"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.duplicate_button = QPushButton(self.tr("D&uplicate…"))
        self.export_button = QPushButton(self.tr("Save to &file…"))
        self.delete_button = QPushButton(self.tr("Dele&te"))
        self.open_button.clicked.connect(self.open_offer_file)
        self.edit_button.clicked.connect(self.edit_offer)
        self.duplicate_button.clicked.connect(self.duplicate_offer)
        self.export_button.clicked.connect(self.export_offer)
        self.delete_button.clicked.connect(self.delete_offer)
        buttons.addWidget(self.open_button, 0, 0)
        buttons.addWidget(self.edit_button, 0, 1)
        buttons.addWidget(self.duplicate_button, 1, 0)
        buttons.addWidget(self.export_button, 1, 1)
        buttons.addWidget(self.delete_button, 2, 1)
        ob.addLayout(buttons)
        left.addWidget(offer_box)

        # ---- loan inputs ----
        loan_box = QGroupBox(self.tr("Loan"))
        self.form = form = QFormLayout(loan_box)
        self.amount = self._field()
        self.max_label = QLabel()
        self.max_label.setWordWrap(True)
        self.max_label.setStyleSheet("color: palette(placeholder-text);")
        self.term = QSpinBox()
        self.term.setSuffix(self.tr(" months"))
        self.term.setMaximumWidth(220)
        self.term.valueChanged.connect(self._changed)
        self.start = QDateEdit()
        self.start.setCalendarPopup(True)
        self.start.setMaximumWidth(220)
        self.start.setDisplayFormat(formatting.date_format())
        self.start.setDate(QDate(dt.date.today()))
        self.start.dateChanged.connect(self._changed)
        self.price = self._field()
        self.price_source = QLabel()
        self.price_source.setWordWrap(True)
        self.price_source.setStyleSheet("color: palette(placeholder-text);")
        self.collateral_edit = self._field()
        self.collateral_edit.setPlaceholderText(self.tr("what the initial LTV requires"))
        self.pledge_all = QPushButton(self.tr("Pledge all holdi&ngs"))
        self.pledge_all.clicked.connect(self.pledge_all_holdings)
        self.holdings_label = QLabel()
        self.holdings_label.setStyleSheet("color: palette(placeholder-text);")
        self.equipment_label = QLabel()
        self.equipment_label.setWordWrap(True)
        self.maturity_price = self._field()
        self.maturity_price.setPlaceholderText(self.tr("same as today"))
        form.addRow(self.tr("&Amount:"), self.amount)
        form.addRow("", self.max_label)
        form.addRow(self.tr("&Term:"), self.term)
        form.addRow(self.tr("&Start date:"), self.start)
        form.addRow(self.tr("BTC pri&ce:"), self.price)
        form.addRow("", self.price_source)
        form.addRow(self.tr("Pledged &BTC:"), glossary.with_help(self.collateral_edit, "collateral"))
        pledge_row = QHBoxLayout()
        pledge_row.addWidget(self.pledge_all)
        pledge_row.addStretch(1)
        form.addRow("", pledge_row)
        form.addRow("", self.holdings_label)
        self.equipment_row = glossary.with_help(self.equipment_label, "haircut", stretch=False)
        form.addRow(self.tr("Equipment:"), self.equipment_row)
        form.addRow(self.tr("Price at maturit&y:"), self.maturity_price)
        left.addWidget(loan_box)

        self.error = error_label(hidden=True)
        left.addWidget(self.error)
        self.save_button = QPushButton(self.tr("Sa&ve simulation…"))
        self.save_button.clicked.connect(self.save_simulation)
        left.addWidget(self.save_button)
        left.addStretch(1)

        # ---- results ----
        right = QVBoxLayout()
        outer.addLayout(right, 1)
        results = QGroupBox(self.tr("Results at a glance"))
        grid = QGridLayout(results)
        grid.setColumnStretch(1, 1)
        grid.setHorizontalSpacing(12)
        self.gauge = LtvGauge()
        self.out: dict[str, QLabel] = {}
        self._out_titles: dict[str, QLabel] = {}
        rows = [
            ("collateral", self.tr("Collateral")), ("initial_ltv", self.tr("Initial LTV")),
            ("margin_call", self.tr("Margin-call price")), ("liquidation", self.tr("Liquidation price")),
            ("payment", self.tr("First payment")), ("total_interest", self.tr("Total interest")),
            ("total_fees", self.tr("Total fees")), ("net_disbursed", self.tr("Net disbursed")),
            ("apr", self.tr("APR")), ("maturity", self.tr("Maturity")),
            ("cure", self.tr("At a margin call")),
        ]
        grid.addWidget(self.gauge, 0, 0, 1, 2)
        for n, (key, title) in enumerate(rows):  # one figure a row: long Russian labels and values fit
            self._add_out(grid, key, title, 1 + n, 0)
        last = 1 + len(rows)
        self._add_out(grid, "psk", self.tr("PSK (full cost of credit, 353-FZ)"), last, 0)
        self.eligibility = QLabel()
        self.eligibility.setObjectName("eligibility")
        self.eligibility.setWordWrap(True)
        grid.addWidget(self.eligibility, last + 1, 0, 1, 2)
        right.addWidget(results)

        self.tabs = QTabWidget()
        right.addWidget(self.tabs, 1)
        money_col = lambda title, attr: Column(  # noqa: E731
            title, lambda r, a=attr: getattr(r, a),
            lambda r, a=attr: formatting.money(getattr(r, a), self._currency()), align_right=True)
        self.schedule_model = RowsModel([
            Column(lambda: self.tr("Date"), lambda r: r.date, lambda r: formatting.date(r.date)),
            money_col(lambda: self.tr("Payment"), "payment"),
            money_col(lambda: self.tr("Interest"), "interest"),
            money_col(lambda: self.tr("Principal"), "principal"),
            money_col(lambda: self.tr("Fees"), "fees"),
            money_col(lambda: self.tr("Balance"), "balance"),
        ], self)
        self.schedule = QTableView()
        self.schedule.setModel(self.schedule_model)
        self.schedule.setAlternatingRowColors(True)
        self.schedule.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.schedule.verticalHeader().setVisible(False)
        self.schedule.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.schedule_chart = charts.make_view(160)
        schedule_tab = QSplitter(Qt.Orientation.Vertical)
        schedule_tab.addWidget(self.schedule)
        schedule_tab.addWidget(self.schedule_chart)
        schedule_tab.setStretchFactor(0, 3)
        schedule_tab.setStretchFactor(1, 2)
        self.tabs.addTab(schedule_tab, self.tr("Schedule"))

        self.chart_view = charts.make_view(200)
        self.tabs.addTab(self.chart_view, self.tr("LTV over time"))

        compare = QSplitter()
        self.compare_list = QListWidget()
        self.compare_list.setMaximumWidth(300)
        self.compare_list.setWordWrap(True)
        self.compare_list.setSpacing(3)
        self.compare_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.compare_list.itemChanged.connect(self._compare_toggled)
        compare.addWidget(self.compare_list)
        cbox = QWidget()
        cl = QVBoxLayout(cbox)
        cl.setContentsMargins(0, 0, 0, 0)
        self.compare_table = QTableWidget()
        self.compare_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.compare_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.compare_table.setWordWrap(True)
        cl.addWidget(self.compare_table, 1)
        self.compare_note = QLabel()
        self.compare_note.setWordWrap(True)
        self.compare_note.setStyleSheet("color: palette(placeholder-text);")
        cl.addWidget(self.compare_note)
        compare.addWidget(cbox)
        compare.setStretchFactor(1, 1)
        self.tabs.addTab(compare, self.tr("Compare"))

        self.risk_tab = RiskTab(self.db)
        self.tabs.addTab(self.risk_tab, self.tr("Risk"))

        self._show_empty()
        self.refresh()

    def title(self) -> str:
        return self.tr("Loans")

    # ---- widgets --------------------------------------------------------------------------------------
    def _field(self) -> QLineEdit:
        edit = QLineEdit()
        edit.setMaximumWidth(220)
        edit.textChanged.connect(self._changed)
        return edit

    def _add_out(self, grid: QGridLayout, key: str, title: str, row: int, col: int, span: int = 1) -> None:
        cell, value, label = glossary.figure(key, title, OUT_TERMS.get(key))
        value.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        value.setWordWrap(True)  # long figures ("add … BTC or repay …") wrap instead of being cut off
        value.setMinimumWidth(120)
        self.out[key] = value
        self._out_titles[key] = label
        grid.addWidget(cell, row, col)
        grid.addWidget(value, row, col + 1, 1, span)

    def _changed(self, *_args) -> None:
        if not self._filling:
            self._timer.start()

    def _currency(self) -> str:
        return self.offer.currency if self.offer is not None else "USD"

    def _ask_text(self, title: str, label: str, text: str = "") -> str | None:
        """A line of text from the user (tests patch this); None when cancelled."""
        value, ok = QInputDialog.getText(self, title, label, QLineEdit.EchoMode.Normal, text)
        return value.strip() if ok else None

    # ---- offers ---------------------------------------------------------------------------------------
    def current_key(self) -> str | None:
        return self.offer_combo.currentData()

    def refresh(self) -> None:
        rows, self._offers, error = offer_picker.load_offers(self.db)
        if error:
            self._set_error(error)
        keep = self.current_key()
        self._rows = {r.key: r for r in rows}
        checked = set(self.compare_keys())
        offer_picker.fill_combo(self.offer_combo, rows, self._offers, keep)
        self.compare_list.blockSignals(True)
        self.compare_list.clear()
        for r in rows:
            if r.key not in self._offers:
                continue
            text = offer_picker.offer_title(r)
            item = QListWidgetItem(text.replace(" — ", "\n", 1))
            item.setData(Qt.ItemDataRole.UserRole, r.key)
            item.setToolTip(text)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if r.key in checked else Qt.CheckState.Unchecked)
            self.compare_list.addItem(item)
        self.compare_list.blockSignals(False)
        self._offer_changed()

    def select_offer(self, key: str) -> None:
        index = self.offer_combo.findData(key)
        if index >= 0:
            self.offer_combo.setCurrentIndex(index)

    def _offer_changed(self, *_args) -> None:
        key = self.current_key()
        self.offer = self._offers.get(key) if key else None
        has_offer = self.offer is not None
        for b in (self.edit_button, self.duplicate_button, self.export_button, self.delete_button):
            b.setEnabled(has_offer)
        if not has_offer:
            self.collateral = None
            self.offer_info.setText(self.tr("No offers: open an offer file."))
            self._update_save_enabled()
            return
        offer = self.offer
        self.collateral = loans.profile_collateral(self.db, self.profile_id, offer)
        self.offer_combo.setToolTip(self.offer_combo.currentText())
        self.offer_info.setText(self._describe(offer))
        self._filling = True
        try:
            self.term.setRange(offer.term_months.min, offer.term_months.max)
            prefill = (self.profile_id, key) != self._prefilled_for
            if prefill:
                self.term.setValue(offer.term_months.default)
                self._fill_price()
                self._fill_amount()
                self.collateral_edit.clear()
                self.maturity_price.clear()
                self._prefilled_for = (self.profile_id, key)
        finally:
            self._filling = False
        self._show_collateral_info()
        self._update_save_enabled()
        self.recalculate()

    def _describe(self, offer: Offer) -> str:
        rate = self.tr("{0} % a year").format(formatting.number(offer.apr_percent, 2))
        kinds = {"btc": self.tr("BTC"), "equipment": self.tr("equipment"),
                 "btc+equipment": self.tr("BTC and equipment")}
        repayment = {"bullet": self.tr("bullet (all at maturity)"), "interest_only": self.tr("interest only"),
                     "annuity": self.tr("annuity")}
        text = self.tr("{0}; collateral: {1}; repayment: {2}; LTV {3} / {4} / {5} %").format(
            rate, kinds.get(offer.collateral, offer.collateral), repayment.get(offer.repayment, offer.repayment),
            formatting.number(offer.ltv.initial * 100), formatting.number(offer.ltv.margin_call * 100),
            formatting.number(offer.ltv.liquidation * 100))
        if offer.illustrative:
            text += " " + self.tr("Illustrative, not a real offer.")
        return text

    def _fill_price(self) -> None:
        quote = self.collateral.price if self.collateral else None
        if quote is None:
            self.price.clear()
            self.price_source.setText(self.tr("No BTC price in {0} is known: enter one.").format(self._currency()))
            return
        self.price.setText(amount_input.edit_text(quantize(quote.value, self._currency())))
        source = source_name(quote.source)
        if quote.source == prices.MANUAL:
            source = f"<b>{source}</b>"
        self.price_source.setText(self.tr("{0} price of {1}").format(source, formatting.date(quote.day)))

    def _fill_amount(self) -> None:
        offer = self.offer
        most = self.collateral.max_amount if self.collateral else None
        amount = round_down(most / 2) if most else Decimal(0)
        if amount <= 0:
            amount = offer.amount.min
        self.amount.setText(amount_input.edit_text(quantize(amount, offer.currency)))

    def _show_collateral_info(self) -> None:
        offer, pc = self.offer, self.collateral
        cur = offer.currency
        if pc is None or self.profile_id is None:
            self.max_label.setText(self.tr("Choose a profile to see what its holdings allow."))
        elif pc.max_amount is None:
            self.max_label.setText(self.tr("Largest amount your holdings allow: unknown without a BTC price."))
        else:
            self.max_label.setText(self.tr("Largest amount your holdings allow: {0}").format(
                formatting.money(pc.max_amount, cur)))
        takes_btc = offer.takes_btc
        self.collateral_edit.setEnabled(takes_btc)
        self.pledge_all.setEnabled(takes_btc and self.profile_id is not None and bool(pc and pc.holdings_sat > 0))
        self.holdings_label.setText(self.tr("Holdings: {0}").format(formatting.btc(pc.holdings_sat))
                                    if pc is not None and self.profile_id is not None and takes_btc else "")
        self.form.setRowVisible(self.equipment_row, offer.takes_equipment)
        if offer.takes_equipment:
            value = pc.equipment_market_value if pc else Decimal(0)
            self.equipment_label.setText(self.tr("{0} market value, {1} % counted").format(
                formatting.money(value, cur), formatting.number(offer.equipment_haircut * 100)))

    def pledge_all_holdings(self) -> None:
        if self.collateral is not None and self.collateral.holdings_sat > 0:
            self.collateral_edit.setText(amount_input.btc_edit_text(self.collateral.holdings_sat))

    def set_profile(self, profile_id) -> None:
        super().set_profile(profile_id)
        self._update_save_enabled()

    def _update_save_enabled(self) -> None:
        self.save_button.setEnabled(self.profile_id is not None and self.result is not None
                                    and self.offer is not None)

    # ---- offer actions --------------------------------------------------------------------------------
    def _store(self, data: dict, version: int | None = None) -> str:
        """Save an offer; ``version`` is the one the edit started from (0 for a new id), so that another
        advisor's change made meanwhile is refused (OfferConflict, shown in the dialog) instead of lost."""
        return offers.save_offer(self.db, data, version=version)

    def _after_store(self, key: str) -> None:
        self._prefilled_for = None
        self.refresh()
        self.select_offer(key)
        self.data_changed.emit()

    def _offer_error(self, title: str, exc: OfferError) -> None:
        text = tr_error(exc)
        if exc.path is not None:
            text = self.tr("{0}\n\n{1}").format(str(exc.path), text)
        messages.error(self, title, text)

    def open_offer_file(self) -> None:
        title = self.tr("Open offer file")
        path = messages.open_file(self, title, self.tr("Offer files (*.json);;All files (*)"))
        if not path:
            return
        try:
            data = offers.load_offer_file(path)
        except OfferError as exc:
            self._offer_error(title, exc)
            return
        if data["id"] in self._rows and not messages.confirm(
                self, title, self.tr("An offer “{0}” is already in the list. Replace it?").format(data["id"])):
            return
        try:
            key = self._store(data)
        except OfferError as exc:
            self._offer_error(title, exc)
            return
        self._after_store(key)

    def _run_dialog(self, data: dict, title: str, version: int) -> None:
        key = data.get("id")  # an id changed in the editor makes a new offer: it must not exist yet

        def store(offer: dict) -> str:
            return self._store(offer, version if offer.get("id") == key else 0)

        dialog = OfferDialog(store, data, title, self)
        if dialog.exec() and dialog.saved:
            self._after_store(str(dialog.saved))

    def edit_offer(self) -> None:
        key = self.current_key()
        if key in self._rows:
            data = dict(self._rows[key].data)
            data.pop(offers.EDITED_KEY, None)
            self._run_dialog(data, self.tr("Edit offer {0}").format(key), self._rows[key].version)

    def duplicate_offer(self) -> None:
        key = self.current_key()
        if key not in self._rows:
            return
        title = self.tr("Duplicate offer")
        new_id = self._ask_text(title, self.tr("Id of the copy (lower-case latin letters, digits, hyphens):"),
                                f"{key}-copy")
        if not new_id:
            return
        try:
            data = offers.duplicate_offer(self._rows[key].data, new_id)
        except OfferError as exc:
            self._offer_error(title, exc)
            return
        if new_id in self._rows:
            messages.error(self, title, self.tr("There is already an offer “{0}”.").format(new_id))
            return
        self._run_dialog(data, self.tr("New offer {0}").format(new_id), 0)

    def export_offer(self) -> None:
        key = self.current_key()
        if key not in self._rows:
            return
        title = self.tr("Save offer to file")
        path = messages.save_file(self, title, self.tr("Offer files (*.json);;All files (*)"), f"{key}.json")
        if not path:
            return
        data = dict(self._rows[key].data)
        data.pop(offers.EDITED_KEY, None)
        try:
            offers.save_offer_file(data, path)
        except OfferError as exc:
            self._offer_error(title, exc)

    def delete_offer(self) -> None:
        key = self.current_key()
        if key not in self._rows:
            return
        row = self._rows[key]
        title = self.tr("Delete offer")
        if not messages.confirm(self, title, self.tr("Delete the offer “{0} — {1}”?").format(offer_name(row.lender), offer_name(row.product))):
            return
        try:
            offers.delete_offer(self.db, key)
        except OfferError as exc:
            self._offer_error(title, exc)
            return
        self._prefilled_for = None
        self.refresh()
        self.data_changed.emit()

    # ---- inputs ---------------------------------------------------------------------------------------
    def _number(self, edit: QLineEdit, name: str, allow_empty: bool = False) -> Decimal | None:
        """A money amount in the offer's currency, by the shared rules (at most its minor unit)."""
        text = edit.text().strip()
        if allow_empty and not text:
            return None
        try:
            return amount_input.parse_money(text, self._currency())
        except DomainError as exc:
            raise InputError(self.tr("{0}: {1}").format(name, tr_error(exc))) from exc

    def read_inputs(self) -> dict:
        """The simulation inputs as parsed values; InputError names the field at fault."""
        if self.offer is None:
            raise InputError(self.tr("Choose an offer."))
        amount = self._number(self.amount, self.tr("Amount"))
        if amount <= 0:
            raise InputError(self.tr("{0}: {1}").format(self.tr("Amount"), self.tr("must be more than zero")))
        if not self.price.text().strip():
            raise InputError(self.tr("{0}: {1}").format(
                self.tr("BTC price"), self.tr("enter the price in {0}").format(self.offer.currency)))
        price = self._number(self.price, self.tr("BTC price"))
        if price <= 0:
            raise InputError(self.tr("{0}: {1}").format(self.tr("BTC price"), self.tr("must be more than zero")))
        sats = None
        if self.offer.takes_btc and self.collateral_edit.text().strip():
            try:
                sats = amount_input.parse_btc(self.collateral_edit.text().strip())
            except DomainError as exc:
                raise InputError(self.tr("{0}: {1}").format(self.tr("Pledged BTC"), tr_error(exc))) from exc
        end_price = self._number(self.maturity_price, self.tr("Price at maturity"), allow_empty=True)
        if end_price is not None and end_price <= 0:
            raise InputError(self.tr("{0}: {1}").format(self.tr("Price at maturity"),
                                                        self.tr("must be more than zero")))
        return {"offer": self.offer.id, "amount": amount, "term_months": self.term.value(), "price": price,
                "start_date": self.start.date().toPython(), "collateral_sats": sats, "maturity_price": end_price}

    def _simulate(self, offer: Offer, inputs: dict) -> LoanResult:
        return loans.simulate_for_profile(
            self.db, offer, inputs["amount"], profile_id=self.profile_id, term_months=inputs["term_months"],
            price=inputs["price"], start_date=inputs["start_date"], collateral_sats=inputs["collateral_sats"])

    def _set_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    # ---- results --------------------------------------------------------------------------------------
    def recalculate(self) -> None:
        self._timer.stop()
        if self.offer is None:
            return
        try:
            inputs = self.read_inputs()
            result = self._simulate(self.offer, inputs)
        except InputError as exc:
            self._set_error(str(exc))
            self.risk_tab.set_loan(self.offer, None, self.profile_id)
            return
        except (DomainError, loans.SimulationError) as exc:
            self._set_error(tr_error(exc))
            self.risk_tab.set_loan(self.offer, None, self.profile_id)
            return
        self.error.hide()
        self.result, self.inputs_used = result, inputs
        self.risk_tab.set_loan(self.offer, result, self.profile_id)
        self._show_result(result, inputs)
        self._draw_ltv(result, inputs)
        self.schedule_model.set_rows(result.schedule)
        self._compare(inputs)
        self._update_save_enabled()

    def _show_empty(self) -> None:
        for label in self.out.values():
            label.setText("—")
        self.eligibility.setText("")

    def _distance(self, value: Decimal | None, today: Decimal, cur: str) -> str:
        if value is None:
            return "—"
        change = (value / today - 1) * 100
        return self.tr("{0} ({1} % from today)").format(
            formatting.money(value, cur), ("+" if change > 0 else "") + formatting.number(change, 1))

    def _show_result(self, r: LoanResult, inputs: dict) -> None:
        cur, o = r.currency, self.out
        m = lambda v: formatting.money(v, cur)  # noqa: E731
        parts = []
        if self.offer.takes_btc:
            parts.append(self.tr("{0} ({1})").format(
                formatting.btc(r.collateral_sats),
                m(Decimal(r.collateral_sats) * r.price / Decimal(100_000_000))))
        if self.offer.takes_equipment:
            parts.append(self.tr("equipment {0}").format(m(r.equipment_counted)))
        o["collateral"].setText(" + ".join(parts) or "—")
        o["initial_ltv"].setText(formatting.number(r.initial_ltv * 100, 1) + " %")
        o["margin_call"].setText(self._distance(r.margin_call_price, r.price, cur))
        o["liquidation"].setText(self._distance(r.liquidation_price, r.price, cur))
        o["payment"].setText(m(r.payment))
        o["total_interest"].setText(m(r.total_interest))
        o["total_fees"].setText(m(r.total_fees))
        o["net_disbursed"].setText(m(r.net_disbursed))
        o["apr"].setText(formatting.number(r.apr_percent, 3) + " %")
        o["maturity"].setText(formatting.date(r.maturity_date))
        o["psk"].setText(self.tr("{0} %, {1}").format(formatting.number(r.psk_percent, 3), m(r.psk_money)))
        th = self.offer.ltv
        if r.margin_call_price is not None and r.collateral_sats:
            add_sats, repay = cure_amounts(r.principal, r.collateral_sats, r.margin_call_price, th.cure_to,
                                           r.equipment_counted, currency=cur)
            o["cure"].setText(self.tr("add {0} or repay {1} (back to {2} % LTV)").format(
                formatting.btc(add_sats), m(repay), formatting.number(th.cure_to * 100, 1)))
        else:
            o["cure"].setText("—")
        payments = [row for row in r.schedule if row.principal or row.interest]
        charts.month_bars(self.schedule_chart, self.tr("Payments: principal and interest, {0}").format(cur),
                          [row.date for row in payments],
                          [(self.tr("Principal"), [row.principal for row in payments]),
                           (self.tr("Interest"), [row.interest for row in payments])], "%.0f", last=36,
                          label=formatting.chart_day)
        self.gauge.set_values(r.initial_ltv, {"initial": th.initial, "margin_call": th.margin_call,
                                              "liquidation": th.liquidation},
                              {"initial": self.tr("Initial LTV"), "margin_call": self.tr("Margin call"),
                               "liquidation": self.tr("Liquidation"), "now": self.tr("LTV")})
        if r.eligibility:
            reasons = [self.reason_text(x) for x in r.eligibility]
            self.eligibility.setStyleSheet("")
            theme.set_tone(self.eligibility, "danger")
            self.eligibility.setText(self.tr("Not eligible: {0}").format("; ".join(reasons)))
        else:
            self.eligibility.setStyleSheet(OK_STYLE)
            theme.set_tone(self.eligibility, "ok")
            self.eligibility.setText(self.tr("Eligible"))

    @staticmethod
    def reason_text(reason) -> str:
        template = getattr(reason, "template", str(reason))
        params = getattr(reason, "params", ())
        return QCoreApplication.translate("CoreMessages", template).format(*params)

    def ltv_series(self, r: LoanResult, end_price: Decimal | None) -> list[tuple[str, list]]:
        """LTV in % at each schedule date under a flat price and (if given) a straight path to end_price."""
        flat, path = [], []
        days = max(1, (r.maturity_date - r.start_date).days)
        for point in r.price_drift:
            try:
                flat.append((point.date, loan_ltv(point.debt, r.collateral_sats, r.price, r.equipment_counted) * 100))
                if end_price is not None:
                    share = Decimal((point.date - r.start_date).days) / days
                    price = r.price + (end_price - r.price) * share
                    path.append((point.date, loan_ltv(point.debt, r.collateral_sats, price,
                                                      r.equipment_counted) * 100))
            except DomainError:
                return []
        th = self.offer.ltv
        ends = [r.start_date, r.maturity_date]
        lines = [(self.tr("LTV at today's price"), flat)]
        if end_price is not None:
            lines.append((self.tr("LTV if the price moves to {0}").format(formatting.money(end_price, r.currency)),
                          path))
        lines.append((self.tr("Margin call {0} %").format(formatting.number(th.margin_call * 100)),
                      [(d, th.margin_call * 100) for d in ends]))
        lines.append((self.tr("Liquidation {0} %").format(formatting.number(th.liquidation * 100)),
                      [(d, th.liquidation * 100) for d in ends]))
        return lines

    def _draw_ltv(self, r: LoanResult, inputs: dict) -> None:
        lines = self.ltv_series(r, inputs.get("maturity_price"))
        colors = [charts.PALETTE[0]] + ([charts.PALETTE[1]] if len(lines) == 4 else []) + [WARN, DANGER]
        chart = charts.date_lines(self.chart_view, self.tr("LTV over the term, %"), lines, "%.0f", colors=colors)
        axes = chart.axes(Qt.Orientation.Vertical)
        if axes and lines:
            top = max(float(v) for _n, pts in lines for _d, v in pts)
            axes[0].setRange(0, max(100.0, top * 1.1))  # drawing range only
        chart.legend().setVisible(True)

    # ---- compare --------------------------------------------------------------------------------------
    def compare_keys(self) -> list[str]:
        out = []
        for i in range(self.compare_list.count()):
            item = self.compare_list.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                out.append(item.data(Qt.ItemDataRole.UserRole))
        return out

    def set_compare(self, keys: list[str]) -> None:
        self.compare_list.blockSignals(True)
        for i in range(self.compare_list.count()):
            item = self.compare_list.item(i)
            on = item.data(Qt.ItemDataRole.UserRole) in keys[:MAX_COMPARE]
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        self.compare_list.blockSignals(False)
        self._compare(self.inputs_used)

    def _compare_toggled(self, item: QListWidgetItem) -> None:
        if item.checkState() == Qt.CheckState.Checked and len(self.compare_keys()) > MAX_COMPARE:
            self.compare_list.blockSignals(True)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.compare_list.blockSignals(False)
            self.compare_note.setText(self.tr("Compare at most {0} offers.").format(MAX_COMPARE))
            return
        self._compare(self.inputs_used)

    def _compare_inputs(self, offer: Offer, inputs: dict) -> tuple[dict, str]:
        """The current amount and term where the offer allows it (clamped to its limits); an offer in another
        currency borrows its own default amount (half of what the holdings allow)."""
        notes = []
        amount = inputs["amount"]
        price = inputs["price"]
        if offer.currency != self._currency():
            pc = loans.profile_collateral(self.db, self.profile_id, offer)
            price = pc.price.value if pc.price is not None else None
            amount = round_down(pc.max_amount / 2) if pc.max_amount else offer.amount.min
            notes.append(self.tr("default amount"))
        if amount < offer.amount.min:
            amount = offer.amount.min
            notes.append(self.tr("raised to the minimum"))
        if offer.amount.max is not None and amount > offer.amount.max:
            amount = offer.amount.max
            notes.append(self.tr("lowered to the maximum"))
        term = min(max(inputs["term_months"], offer.term_months.min), offer.term_months.max)
        if term != inputs["term_months"]:
            notes.append(self.tr("term {0} months").format(term))
        return dict(inputs, amount=amount, term_months=term, price=price,
                    collateral_sats=inputs["collateral_sats"] if offer.takes_btc else None), ", ".join(notes)

    def _compare(self, inputs: dict | None) -> None:
        keys = [k for k in self.compare_keys() if k in self._offers]
        self.compare_results = []
        labels = [self.tr("Currency"), self.tr("Collateral"), self.tr("Amount"), self.tr("Term"),
                  self.tr("Initial LTV"), self.tr("Margin-call price"), self.tr("Liquidation price"),
                  self.tr("First payment"), self.tr("Total interest"), self.tr("Total fees"), self.tr("APR"),
                  self.tr("PSK"), self.tr("Eligible"), self.tr("Note")]
        table = self.compare_table
        table.clear()
        table.setRowCount(len(labels))
        table.setColumnCount(len(keys))
        table.setVerticalHeaderLabels(labels)
        for n, term in COMPARE_TERMS.items():
            table.verticalHeaderItem(n).setToolTip(glossary.tooltip(term))
        if inputs is None:
            return
        for col, key in enumerate(keys):
            offer = self._offers[key]
            row = self._rows[key]
            table.setHorizontalHeaderItem(col, QTableWidgetItem(textwrap.fill(offer_name(row.lender), 20)))
            table.horizontalHeaderItem(col).setToolTip(f"{offer_name(row.lender)} — {offer_name(row.product)}")
            run, note = self._compare_inputs(offer, inputs)
            if run["price"] is None:
                cells = [offer.currency] + ["—"] * (len(labels) - 3) + [self.tr("no BTC price"), note]
                self.compare_results.append((key, None, note))
            else:
                try:
                    r = self._simulate(offer, run)
                except (DomainError, loans.SimulationError) as exc:
                    cells = [offer.currency] + ["—"] * (len(labels) - 3) + [tr_error(exc), note]
                    self.compare_results.append((key, None, note))
                else:
                    self.compare_results.append((key, r, note))
                    m = lambda v, c=offer.currency: formatting.money(v, c)  # noqa: E731
                    cells = [
                        offer.currency,
                        formatting.btc(r.collateral_sats) if offer.takes_btc else self.tr("equipment {0}").format(
                            m(r.equipment_counted)),
                        m(r.amount), self.tr("{0} months").format(r.term_months),
                        formatting.number(r.initial_ltv * 100, 1) + " %",
                        m(r.margin_call_price), m(r.liquidation_price), m(r.payment), m(r.total_interest),
                        m(r.total_fees), formatting.number(r.apr_percent, 3) + " %",
                        formatting.number(r.psk_percent, 3) + " %",
                        self.tr("yes") if not r.eligibility else self.tr("no: {0}").format(
                            "; ".join(self.reason_text(x) for x in r.eligibility)),
                        note or "—",
                    ]
            for n, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                table.setItem(n, col, item)
        table.resizeRowsToContents()
        if keys:
            self.compare_note.setText(self.tr(
                "Each offer is shown in its own currency; amounts are not converted. Offers in {0} use the amount, "
                "term and price above where they allow; an offer in another currency borrows half of what the "
                "holdings allow at its own price.").format(self._currency()))
        else:
            self.compare_note.setText(self.tr("Check up to {0} offers in the list to compare them.").format(
                MAX_COMPARE))

    # ---- saving ---------------------------------------------------------------------------------------
    def simulation_inputs(self) -> dict:
        i = self.inputs_used or {}
        out = {"offer": i.get("offer"), "amount": str(i.get("amount")), "term_months": i.get("term_months"),
               "price": str(i.get("price")), "start_date": i["start_date"].isoformat() if i else None,
               "collateral_sats": i.get("collateral_sats")}
        risk = self.risk_tab.report_dict()  # the Risk tab's last run for this loan, if any
        if risk is not None:
            out["risk"] = risk
        return out

    def save_simulation(self) -> None:
        self.recalculate()
        if self.profile_id is None or self.result is None or not self.error.isHidden():
            return
        r = self.result
        title = self.tr("Save simulation")
        name = self._ask_text(title, self.tr("Name of the simulation:"),
                              self.tr("{0}, {1}").format(offer_name(r.lender), formatting.money(r.amount, r.currency)))
        if name is None:
            return
        sid = loans.save_simulation(self.db, self.profile_id, name, r, self.simulation_inputs())
        self.data_changed.emit()
        messages.info(self, title, self.tr("Simulation “{0}” saved (no. {1}).").format(name or r.offer_id, sid))
