from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.core.money import (
    AmountError,
    format_btc,
    from_minor,
    parse_btc,
    parse_decimal,
    quantize,
    to_minor,
)


@pytest.mark.parametrize(
    "text,expected",
    [("1234.56", "1234.56"), ("1234,56", "1234.56"), ("1 234,56", "1234.56"), ("1,234.56", "1234.56"),
     ("1.234,56", "1234.56"), ("1\u00a0234\u00a0567,89", "1234567.89"), (".5", "0.5"), ("7", "7")],
)
def test_parse_decimal_accepts_comma_and_point(text, expected):
    assert parse_decimal(text) == Decimal(expected)


@pytest.mark.parametrize("text", ["", "abc", "1,2,3", "1..2", "--1", "1e5", "NaN", "inf"])
def test_parse_decimal_rejects_nonsense_with_message(text):
    with pytest.raises(AmountError) as info:
        parse_decimal(text)
    assert str(info.value)


def test_negative_needs_permission():
    with pytest.raises(AmountError, match="negative"):
        parse_decimal("-1")
    assert parse_decimal("-1", allow_negative=True) == Decimal(-1)


def test_floats_are_refused_everywhere():
    with pytest.raises(TypeError):
        parse_decimal(0.1)
    with pytest.raises(TypeError):
        to_minor(0.1, "USD")


def test_btc_in_satoshis():
    assert parse_btc("0,015") == 1_500_000
    assert parse_btc("21000000") == 21_000_000 * 100_000_000
    assert format_btc(1_500_000) == "0.01500000"
    assert format_btc(-5) == "-0.00000005"
    assert format_btc(123_456_789, decimals=4) == "1.2345"
    with pytest.raises(AmountError, match="8 decimals"):
        parse_btc("0.000000001")
    with pytest.raises(AmountError, match="21 million"):
        parse_btc("21000000.00000001")


def test_minor_units_exact():
    assert to_minor(Decimal("0.1") + Decimal("0.2"), "USD") == 30
    assert from_minor(30, "USD") == Decimal("0.30")
    assert quantize(Decimal("1726.0274"), "USD") == Decimal("1726.03")
    with pytest.raises(AmountError, match="minor unit"):
        to_minor(Decimal("0.001"), "RUB")
    with pytest.raises(AmountError, match="unknown currency"):
        to_minor(Decimal("1"), "XXX")


@given(st.integers(min_value=-21_000_000 * 10**8, max_value=21_000_000 * 10**8))
def test_btc_format_parse_round_trip(sats):
    assert parse_btc(format_btc(sats), allow_negative=True) == sats


@given(st.text(max_size=30))
def test_parse_decimal_never_crashes_unexpectedly(text):
    try:
        value = parse_decimal(text, allow_negative=True)
    except AmountError:
        return
    assert value.is_finite()
