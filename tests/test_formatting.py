"""Locale-aware display (dates, months, times, numbers, money) and the one rule set for typed amounts."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import QLocale

from desktop.core.money import AmountError, parse_btc, parse_decimal
from desktop.services.records import DisposalData, SiteData
from desktop.ui import amount_input, formatting
from desktop.ui.app import make_app
from desktop.ui.dialogs.disposal_dialog import DisposalDialog
from desktop.ui.dialogs.sites_dialog import SiteDialog
from desktop.ui.table_model import SORT_ROLE, Column, RowsModel, SortFilterModel

RU = QLocale(QLocale.Language.Russian, QLocale.Country.Russia)
EN = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
NBSP = "\u00a0"


@pytest.fixture(params=["ru", "en"])
def language(request):
    """The app's locale for one test (what i18n.install sets), put back afterwards."""
    make_app()
    before = QLocale()
    QLocale.setDefault(RU if request.param == "ru" else EN)
    yield request.param
    QLocale.setDefault(before)


# ---- dates -----------------------------------------------------------------------------------------------------
DAY = dt.date(2026, 11, 25)
MOMENT = dt.datetime(2026, 11, 25, 14, 5)


def test_dates_in_russian():
    assert formatting.date(DAY, RU) == "25.11.2026"
    assert formatting.date(dt.date(2026, 3, 4), RU) == "04.03.2026"
    assert formatting.month(DAY, RU) == "ноябрь 2026"  # the stand-alone name, not the genitive "ноября"
    assert formatting.month(DAY, RU, short=True) == "11.2026"
    assert formatting.date_time(MOMENT, RU) == "25.11.2026 14:05"
    assert formatting.chart_month(DAY, RU) == "11.26"


def test_dates_in_english_are_unambiguous():
    assert formatting.date(DAY, EN) == "Nov 25, 2026"
    assert formatting.date(dt.date(2026, 3, 4), EN) == "Mar 4, 2026"  # never 03/04: which is the month?
    assert formatting.month(DAY, EN) == formatting.month(DAY, EN, short=True) == "Nov 2026"
    assert formatting.date_time(MOMENT, EN) == "Nov 25, 2026 2:05 PM"
    assert formatting.date_time(dt.datetime(2026, 11, 25, 0, 30), EN) == "Nov 25, 2026 12:30 AM"
    assert formatting.chart_month(DAY, EN) == "Nov '26"


def test_dates_follow_the_default_locale(language):
    assert formatting.date(DAY) == ("25.11.2026" if language == "ru" else "Nov 25, 2026")
    assert formatting.date_format() == ("dd.MM.yyyy" if language == "ru" else "MMM d, yyyy")
    assert formatting.date(None) == formatting.month(None) == formatting.date_time(None) == "—"
    assert formatting.date(MOMENT) == formatting.date(DAY)  # a datetime shows its day


def test_aware_times_are_shown_in_local_time():
    utc = dt.datetime(2026, 11, 25, 14, 5, tzinfo=dt.UTC)
    local = utc.astimezone()
    assert formatting.date_time(utc, RU) == local.strftime("%d.%m.%Y %H:%M")


def test_table_sorts_dates_by_the_day_not_by_the_text(language):
    """'Dec 1, 2025' sorts after 'Nov 25, 2025' although 'D' < 'N': the model sorts by the date itself."""
    make_app()
    days = [dt.date(2025, 11, 25), dt.date(2025, 12, 1), dt.date(2024, 4, 3)]
    model = RowsModel([Column(lambda: "Date", lambda d: d, formatting.date)])
    model.set_rows(days)
    proxy = SortFilterModel()
    proxy.setSourceModel(model)
    proxy.sort(0)
    shown = [proxy.index(r, 0).data() for r in range(3)]
    assert shown == [formatting.date(d) for d in sorted(days)]
    assert proxy.index(0, 0).data(SORT_ROLE) == "2024-04-03"


def test_numbers_and_money_by_locale():
    assert formatting.money(Decimal("1234567.891"), "RUB", RU) == f"1{NBSP}234{NBSP}567,89{NBSP}₽"
    assert formatting.money(Decimal("1234567.891"), "USD", EN) == "$1,234,567.89"
    assert formatting.number(Decimal("1234.5"), 1, RU) == f"1{NBSP}234,5"
    assert formatting.number(Decimal("1234.5"), 1, EN) == "1,234.5"
    assert formatting.btc(1_500_000, RU) == f"0,01500000{NBSP}BTC"


# ---- the amount parser (desktop.core.money, used by every field) ------------------------------------------------
@pytest.mark.parametrize("text,expected", [
    ("1234.56", "1234.56"), ("1234,56", "1234.56"),  # a point or a comma is the decimal mark
    ("1 234,56", "1234.56"), (f"1{NBSP}234{NBSP}567,89", "1234567.89"), ("1\u202f234,5", "1234.5"),
    ("1'234.5", "1234.5"),  # spaces, no-break spaces, narrow no-break spaces and apostrophes group by three
    ("1,234.56", "1234.56"), ("1.234,56", "1234.56"),  # both marks: the last one is the decimal mark
    ("1.234.567", "1234567"), ("1,234,567", "1234567"),  # a repeated mark groups thousands
    ("  7 ", "7"), (".5", "0.5"), ("0,015", "0.015"), ("+3", "3"),
])
def test_parser_accepts(text, expected):
    assert parse_decimal(text) == Decimal(expected)


@pytest.mark.parametrize("text,reason", [
    ("12,34,5", "grouped by three"), ("1 2345", "grouped by three"), ("1,2.5", "grouped by three"),
    ("1.234.5,6.7", "not a number"), ("1..2", "not a number"), ("abc", "not a number"), ("1e5", "not a number"),
    ("NaN", "not a number"), ("inf", "not a number"), ("--1", "not a number"), ("12 kWh", "not a number"),
    ("١٢", "not a number"), ("", "empty"), ("   ", "empty"), (",", "not a number"),
])
def test_parser_refuses_nonsense_with_a_reason(text, reason):
    with pytest.raises(AmountError, match=reason):
        parse_decimal(text)


def test_parser_negative_and_decimals():
    with pytest.raises(AmountError, match="negative"):
        parse_decimal("-5")
    assert parse_decimal("-5", allow_negative=True) == Decimal(-5)
    assert parse_decimal("\u22125", allow_negative=True) == Decimal(-5)  # the typographic minus
    assert parse_decimal("12.50", max_decimals=2) == Decimal("12.50")
    assert parse_decimal("12.500", max_decimals=2) == Decimal("12.5")  # trailing zeros add no precision
    with pytest.raises(AmountError, match="more than 2 decimals"):
        parse_decimal("12.345", max_decimals=2)
    with pytest.raises(AmountError, match="whole number"):
        parse_decimal("3250.5", max_decimals=0)
    with pytest.raises(AmountError, match="8 decimals"):
        parse_btc("0,000000001")
    with pytest.raises(TypeError):
        parse_decimal(0.1)  # a float is never an amount


def test_a_single_comma_is_ambiguous_only_where_it_groups_thousands():
    """In English '1,234' may be a thousand or a fraction: refused, with both readings offered."""
    with pytest.raises(AmountError, match="ambiguous: write 1234 or 1.234"):
        parse_decimal("1,234", group_separator=",")
    assert parse_decimal("1,234", group_separator=NBSP) == Decimal("1.234")  # Russian: a decimal comma
    assert parse_decimal("1,5", group_separator=",") == Decimal("1.5")  # cannot be grouping
    assert parse_decimal("0,015", group_separator=",") == Decimal("0.015")
    assert parse_decimal("1,234.5", group_separator=",") == Decimal("1234.5")
    assert parse_decimal("1,234") == Decimal("1.234")  # CLI and CSV: no locale, the comma is decimal


def test_ui_parser_follows_the_locale(language):
    assert amount_input.parse("1 234,5") == Decimal("1234.5")
    assert amount_input.parse_money("1234.5", "RUB") == Decimal("1234.5")
    with pytest.raises(AmountError, match="more than 2 decimals"):
        amount_input.parse_money("10.001", "USD")
    if language == "en":
        with pytest.raises(AmountError, match="ambiguous"):
            amount_input.parse("1,234")
    else:
        assert amount_input.parse("1,234") == Decimal("1.234")
    assert amount_input.edit_text(Decimal("1234.50")) == ("1234,5" if language == "ru" else "1234.5")
    assert amount_input.btc_edit_text(1_500_000) == ("0,015" if language == "ru" else "0.015")
    with pytest.raises(amount_input.AmountInputError, match="^Tariff: '5,4,8' is not a number"):
        amount_input.read("5,4,8", "Tariff")


# ---- amount fields in the dialogs --------------------------------------------------------------------------------
@pytest.mark.parametrize("typed,minor", [("1 234,5", 123_450), ("1234.5", 123_450), (f"1{NBSP}234,50", 123_450)])
def test_disposal_dialog_reads_fiat_amounts(qtbot, language, typed, minor):
    saved: list[DisposalData] = []
    dialog = DisposalDialog(saved.append, currency="RUB")
    qtbot.addWidget(dialog)
    dialog.amount.setText("0,1" if language == "ru" else "0.1")
    dialog.fiat.setText(typed)
    dialog.accept()
    assert dialog.error.isHidden(), dialog.error.text()
    assert saved[0].fiat_minor == minor and saved[0].amount_sat == 10_000_000


def test_disposal_dialog_refuses_a_bad_amount_naming_the_field(qtbot, language):
    saved: list[DisposalData] = []
    dialog = DisposalDialog(saved.append, currency="RUB")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.amount.setText("0.1")
    dialog.fiat.setText("12,34,5")
    dialog.accept()
    assert not saved and not dialog.error.isHidden()
    assert dialog.error.text() == "Fiat received: '12,34,5' is not a number: digits must be grouped by three"
    assert dialog.focusWidget() is dialog.fiat
    dialog.fiat.setText("100.005")  # finer than a kopeck
    dialog.accept()
    assert not saved and "100.005" in dialog.error.text()
    dialog.fiat.setText("100")
    dialog.amount.setText("-0.1")
    dialog.accept()
    assert not saved and "-0.1" in dialog.error.text()


@pytest.mark.parametrize("typed,fee_minor", [("1 234,5", 123_450), ("1234.5", 123_450)])
def test_site_dialog_reads_amounts(qtbot, language, typed, fee_minor):
    saved: list[SiteData] = []
    dialog = SiteDialog(saved.append)
    qtbot.addWidget(dialog)
    dialog.name.setText("Garage")
    dialog.tariff.setText("5,48")
    dialog.monthly_fee.setText(typed)
    dialog.accept()
    assert dialog.error.isHidden(), dialog.error.text()
    assert saved[0].monthly_fee_minor == fee_minor and saved[0].tariff == Decimal("5.48")


def test_site_dialog_refuses_nonsense_with_the_field_named(qtbot):
    make_app()
    before = QLocale()
    QLocale.setDefault(EN)
    try:
        saved: list[SiteData] = []
        dialog = SiteDialog(saved.append)
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.name.setText("Garage")
        dialog.tariff.setText("12,34,5")
        dialog.accept()
        assert not saved
        assert dialog.error.text() == ("Tariff per kWh: '12,34,5' is not a number: digits must be grouped by "
                                       "three")
        assert dialog.focusWidget() is dialog.tariff
        dialog.tariff.setText("5.48")
        dialog.monthly_fee.setText("1,500")  # a thousand and a half, or one and a half?
        dialog.accept()
        assert not saved and "ambiguous" in dialog.error.text() and "Monthly fee" in dialog.error.text()
    finally:
        QLocale.setDefault(before)
