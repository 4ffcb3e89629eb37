import datetime as dt
import json
from decimal import Decimal, localcontext
from pathlib import Path

import pytest

from desktop.core.errors import DomainError
from desktop.core.loans import (
    INTEREST_KINDS,
    REPAYMENT_KINDS,
    BasePeriod,
    LoanError,
    Offer,
    cash_flows,
    collateral_required_sats,
    cure_amounts,
    eligibility,
    fees_for,
    liquidation_price,
    ltv,
    margin_call_price,
    max_amount,
    payment_dates,
    psk_residual,
    schedule,
    simulate,
    solve_psk,
)

D = Decimal
OFFERS_DIR = Path(__file__).resolve().parents[1] / "resources" / "offers"


def offer_dict(**overrides):
    d = {
        "schema": 1,
        "id": "test-offer",
        "lender": "Test lender",
        "product": "Test product",
        "illustrative": True,
        "source": "",
        "currency": "RUB",
        "collateral": "btc",
        "rate": {"kind": "fixed", "apr_percent": D("12.0")},
        "term_months": {"min": 1, "max": 60, "default": 12},
        "amount": {"min": 0, "max": None},
        "ltv": {"initial": D("0.5"), "margin_call": D("0.7"), "cure_to": D("0.5"), "liquidation": D("0.8")},
        "grace_hours": 72,
        "fees": {"origination_percent": 0, "origination": "deducted", "admin_percent": 0, "liquidation_percent": 0},
        "interest": "monthly",
        "repayment": "annuity",
        "billing_days": None,
        "eligibility": {"legal_forms": ["individual", "sole_trader", "company"], "min_months_registered": 0,
                        "registry_required": False},
    }
    for key, value in overrides.items():
        if isinstance(value, dict) and isinstance(d.get(key), dict):
            d[key] = {**d[key], **value}
        else:
            d[key] = value
    return d


def make_offer(**overrides):
    return Offer.from_dict(offer_dict(**overrides))


START = dt.date(2025, 1, 15)


def no_floats(obj):
    if isinstance(obj, float):
        raise AssertionError("float in output")
    if isinstance(obj, dict):
        for v in obj.values():
            no_floats(v)
    elif isinstance(obj, list | tuple):
        for v in obj:
            no_floats(v)


# --- offers -----------------------------------------------------------------------------------


def test_shipped_offers_load():
    files = sorted(OFFERS_DIR.glob("*.json"))
    assert files
    for path in files:
        text = path.read_text(encoding="utf-8")
        offer = Offer.from_dict(json.loads(text, parse_float=Decimal))
        assert offer.id == path.stem
        # a float that slipped through is taken by its repr, giving the same offer
        assert Offer.from_dict(json.loads(text)) == offer


def test_apr_fixed_and_reference_plus():
    assert make_offer().apr_percent == D(12)
    ref = make_offer(rate={"kind": "reference_plus", "reference": "cbr_key_rate",
                           "reference_percent": D("16.5"), "margin_percent": D("7.0")})
    assert ref.apr_percent == D("23.5")
    assert ref.with_reference_percent(D("17")).apr_percent == D("24.0")


@pytest.mark.parametrize(
    "overrides,key",
    [
        ({"ltv": {"initial": D("0.75")}}, "ltv.margin_call"),
        ({"ltv": {"liquidation": D("0.7")}}, "ltv.liquidation"),
        ({"ltv": {"liquidation": D("1.1")}}, "ltv.liquidation"),
        ({"ltv": {"cure_to": D("0.75")}}, "ltv.cure_to"),
        ({"term_months": {"min": 13}}, "term_months.default"),
        ({"term_months": {"max": 6}}, "term_months.max"),
        ({"amount": {"min": 100, "max": 50}}, "amount.max"),
        ({"collateral": "equipment"}, "equipment_haircut"),
        ({"interest": "weekly"}, "interest"),
        ({"eligibility": {"legal_forms": ["alien"]}}, "eligibility.legal_forms"),
        ({"fees": {"admin_percent": "abc"}}, "fees.admin_percent"),
    ],
)
def test_offer_semantic_errors_name_the_key(overrides, key):
    with pytest.raises(LoanError) as info:
        make_offer(**overrides)
    assert f"'{key}'" in str(info.value)
    assert "test-offer" in str(info.value)


def test_offer_missing_key():
    d = offer_dict()
    del d["ltv"]
    with pytest.raises(LoanError, match="'ltv' is missing"):
        Offer.from_dict(d)


# --- collateral and LTV -----------------------------------------------------------------------


def test_collateral_required_rounds_up_to_a_satoshi():
    assert collateral_required_sats(D(50_000), D(100_000), D("0.5")) == 100_000_000
    # 10,000 at 50 % at 30,000 -> 0.666... BTC, rounded up
    assert collateral_required_sats(D(10_000), D(30_000), D("0.5")) == 66_666_667
    # equipment counted at 60,000 covers part of a 50,000 debt at 50 %
    assert collateral_required_sats(D(50_000), D(100_000), D("0.5"), D(60_000)) == 40_000_000
    assert collateral_required_sats(D(50_000), D(100_000), D("0.5"), D(200_000)) == 0


def test_ltv_and_thresholds():
    assert ltv(D(50_000), 100_000_000, D(100_000)) == D("0.5")
    assert ltv(D(50_000), 50_000_000, D(100_000), D(50_000)) == D("0.5")
    assert liquidation_price(D(50_000), 100_000_000, D("0.8")) == D(62_500)
    assert margin_call_price(D(50_000), 100_000_000, D("0.7"), currency="USD") == D("71428.58")  # rounded up
    # equipment counted at 20,000 is a fixed part: 50,000/0.8 − 20,000 = 42,500 per BTC
    assert liquidation_price(D(50_000), 100_000_000, D("0.8"), D(20_000)) == D(42_500)
    assert liquidation_price(D(50_000), 100_000_000, D("0.8"), D(100_000)) == 0
    with pytest.raises(LoanError, match="no collateral"):
        ltv(D(1), 0, D(100_000))
    with pytest.raises(LoanError, match="LTV threshold"):
        liquidation_price(D(1), 1, D("1.5"))
    with pytest.raises(TypeError):
        ltv(D(1), 1, 100_000.0)


def test_max_amount():
    assert max_amount(100_000_000, D(100_000), D("0.5")) == D(50_000)
    assert max_amount(100_000_000, D(100_000), D("0.5"), D(100_000), D("0.6")) == D(80_000)
    assert max_amount(1, D("33333.33"), D("0.5"), currency="USD") == D("0.00")  # rounded down
    amount = max_amount(12_345_678, D("97123.45"), D("0.5"), currency="USD")
    assert collateral_required_sats(amount, D("97123.45"), D("0.5")) <= 12_345_678


def test_cure_amounts_bring_ltv_back_to_cure_to():
    debt, sats, price = D(50_000), 100_000_000, D(62_500)  # LTV 0.8
    add, repay = cure_amounts(debt, sats, price, D("0.5"))
    assert (add, repay) == (60_000_000, D(18_750))
    assert ltv(debt, sats + add, price) == D("0.5")
    assert ltv(debt - repay, sats, price) == D("0.5")
    # inexact case: satoshis rounded up, one less is not enough
    add, repay = cure_amounts(debt, sats, D(70_000), D("0.5"), currency="USD")
    assert ltv(debt, sats + add, D(70_000)) <= D("0.5") < ltv(debt, sats + add - 1, D(70_000))
    assert repay == D("15000.00")
    assert cure_amounts(D(10_000), sats, price, D("0.5")) == (0, 0)


# --- schedule ---------------------------------------------------------------------------------


def test_annuity_matches_the_standard_formula():
    offer = make_offer(rate={"kind": "fixed", "apr_percent": D("23.5")})
    principal, n = D(1_000_000), 24
    rows = schedule(offer, principal, n, START)
    with localcontext() as ctx:
        ctx.prec = 50
        r = D("0.235") / 12
        expected = (principal * r / (1 - (1 + r) ** -n)).quantize(D("0.01"))
    assert len(rows) == n
    assert all(row.payment == expected for row in rows[:-1])
    assert rows[0].interest == (principal * D("0.235") / 12).quantize(D("0.01"))
    assert sum(row.principal for row in rows) == principal
    assert rows[-1].balance == 0
    assert rows[-1].payment == rows[-1].interest + rows[-1].principal
    assert abs(rows[-1].payment - expected) < D("0.25")  # the last payment absorbs the remainder
    for row in rows:
        assert row.payment == row.interest + row.principal + row.fees
        assert row.payment.as_tuple().exponent == -2


def test_simple_daily_365_interest_for_30_days():
    offer = make_offer(currency="USD", interest="simple_daily_365", repayment="bullet",
                       rate={"kind": "fixed", "apr_percent": D(14)}, billing_days=30)
    rows = schedule(offer, D(150_000), 1, START)
    assert rows == schedule(offer, D(150_000), 1, START)
    assert rows[-1].date == START + dt.timedelta(days=30)
    assert rows[-1].interest == D("1726.03")
    assert rows[-1].payment == D("151726.03")
    # calendar month of 30 days (April)
    calendar_offer = make_offer(currency="USD", interest="simple_daily_365", repayment="interest_only",
                                rate={"kind": "fixed", "apr_percent": D(14)})
    rows = schedule(calendar_offer, D(150_000), 2, dt.date(2025, 4, 1))
    assert rows[0].interest == D("1726.03")  # 1 April -> 1 May
    assert rows[1].interest == D("1783.56")  # 31 days of May


def test_billing_days_and_calendar_dates():
    billed = make_offer(billing_days=30)
    assert payment_dates(billed, 3, dt.date(2025, 1, 31)) == [
        dt.date(2025, 3, 2), dt.date(2025, 4, 1), dt.date(2025, 5, 1)]
    rows = schedule(billed, D(1000), 3, dt.date(2025, 1, 31))
    assert [r.date for r in rows] == [dt.date(2025, 3, 2), dt.date(2025, 4, 1), dt.date(2025, 5, 1)]
    assert payment_dates(make_offer(), 4, dt.date(2024, 1, 31)) == [
        dt.date(2024, 2, 29), dt.date(2024, 3, 31), dt.date(2024, 4, 30), dt.date(2024, 5, 31)]


@pytest.mark.parametrize("billing_days", [None, 30])
@pytest.mark.parametrize("repayment", REPAYMENT_KINDS)
@pytest.mark.parametrize("interest", INTEREST_KINDS)
def test_every_combination_repays_exactly(interest, repayment, billing_days):
    offer = make_offer(interest=interest, repayment=repayment, billing_days=billing_days,
                       rate={"kind": "fixed", "apr_percent": D("17.3")})
    principal = D("123456.78")
    rows = schedule(offer, principal, 13, dt.date(2025, 1, 31))
    assert len(rows) == 13
    assert rows[-1].balance == 0
    assert sum(r.principal for r in rows) == principal
    assert all(r.payment == r.interest + r.principal + r.fees for r in rows)
    assert all(r.balance >= 0 for r in rows)
    assert sum(r.interest for r in rows) > 0


def test_compound_bullet_capitalises_monthly():
    offer = make_offer(interest="compound_monthly", repayment="bullet")
    rows = schedule(offer, D(100_000), 12, START)
    assert rows[0].balance == D("101000.00")
    assert rows[1].balance == D("102010.00")
    assert rows[2].balance == D("103030.10")
    assert rows[-1].payment == D("112682.50")  # 100,000 × 1.01^12 = 112,682.503...
    assert rows[-1].interest == D("12682.50")
    assert all(r.payment == 0 for r in rows[:-1])


def test_fees_rows_and_modes():
    upfront = make_offer(fees={"origination_percent": 2, "origination": "upfront", "admin_percent": 1})
    rows = schedule(upfront, D(100_000), 12, START)
    assert rows[0].date == START
    assert (rows[0].payment, rows[0].fees, rows[0].principal) == (D(3000), D(3000), 0)
    financed = make_offer(fees={"origination_percent": 2, "origination": "financed", "admin_percent": 0})
    fb = fees_for(financed, D(100_000))
    assert (fb.principal, fb.net_disbursed, fb.at_start) == (D(102_000), D(100_000), 0)
    rows = schedule(financed, D(100_000), 12, START)
    assert rows[0].date != START
    assert sum(r.principal for r in rows) == D(102_000)
    deducted = fees_for(make_offer(fees={"origination_percent": 2}), D(100_000))
    assert (deducted.principal, deducted.net_disbursed, deducted.at_start) == (D(100_000), D(98_000), D(2_000))


# --- ПСК and APR ------------------------------------------------------------------------------


def test_psk_annuity_without_fees_equals_the_rate():
    result = simulate(make_offer(), D(1_000_000), 12, D(8_000_000), START)
    assert result.psk_base_period == BasePeriod(months=1)
    assert result.psk_base_period.per_year == 12
    assert abs(result.psk_rate - D("0.01")) < D("1e-7")
    assert result.psk_percent == D("12.000")
    assert result.apr_percent == D("12.000")
    assert result.psk_money == result.total_interest


def test_psk_with_deducted_origination_fee():
    offer = make_offer(fees={"origination_percent": 2, "origination": "deducted"})
    result = simulate(offer, D(1_000_000), 12, D(8_000_000), START)
    assert result.net_disbursed == D(980_000)
    assert result.cash_flows[0] == (START, D(-980_000))
    assert result.psk_percent > 12
    i = result.psk_rate
    assert result.psk_percent == (i * 12 * 100).quantize(D("0.001"))
    assert abs(psk_residual(result.cash_flows, START, result.psk_base_period, i)) < D("1e-6")
    assert result.psk_money == result.total_interest + D(20_000)
    assert result.psk_money == sum(r.payment for r in result.schedule) - D(1_000_000)
    assert result.total_fees == D(20_000)
    assert result.apr_percent > offer.apr_percent


@pytest.mark.parametrize(
    "interest,term,base,expected",
    [
        ("monthly", 12, BasePeriod(months=12), D("12.000")),
        ("simple_daily_365", 12, BasePeriod(months=12), D("12.000")),  # 2025-01-15 -> 2026-01-15: 365 days
        ("monthly", 6, BasePeriod(months=6), D("12.000")),  # i = 6 %, two base periods a year
        ("compound_monthly", 24, BasePeriod(months=12), D("12.683")),  # 1.01^12 − 1 a year
    ],
)
def test_psk_of_a_bullet_loan(interest, term, base, expected):
    offer = make_offer(interest=interest, repayment="bullet")
    result = simulate(offer, D(100_000), term, D(8_000_000), START)
    assert result.psk_base_period == base
    assert result.psk_percent == expected
    assert result.payment == result.schedule[-1].payment


def test_psk_billing_days_base_period():
    offer = make_offer(billing_days=30, repayment="interest_only", interest="monthly")
    result = simulate(offer, D(100_000), 12, D(8_000_000), START)
    assert result.psk_base_period == BasePeriod(days=30)
    # 1 % per 30 days -> ПСК = 1 % × 365/30
    assert result.psk_percent == D("12.167")


def test_solve_psk_direct():
    flows = cash_flows([], D(100), START)
    flows.append(flows[0]._replace(date=dt.date(2026, 1, 15), amount=D(110)))
    assert abs(solve_psk(flows, START, BasePeriod(months=12)) - D("0.1")) < D("1e-25")


def test_apr_with_fees_above_nominal():
    offer = make_offer(currency="USD", interest="simple_daily_365", repayment="interest_only", billing_days=30,
                       fees={"origination_percent": 2, "admin_percent": 1})
    result = simulate(offer, D(50_000), 12, D(100_000), START)
    assert result.apr_percent > D(12)
    assert result.psk_percent > D(12)
    assert result.total_fees == D(1_500)


# --- simulate ---------------------------------------------------------------------------------


def test_simulate_collateral_and_prices():
    offer = make_offer(currency="USD", repayment="interest_only")
    result = simulate(offer, D(50_000), 12, D(100_000), START)
    assert result.collateral_sats == 100_000_000
    assert result.initial_ltv == D("0.5")
    assert result.liquidation_price == D("62500.00")
    assert result.margin_call_price == D("71428.58")
    assert result.payment == D("500.00")
    assert result.maturity_date == dt.date(2026, 1, 15)
    assert result.eligibility == ()


def test_prices_drift_up_as_bullet_interest_accrues():
    offer = make_offer(currency="USD", interest="compound_monthly", repayment="bullet")
    result = simulate(offer, D(50_000), 12, D(100_000), START, collateral_sats=100_000_000)
    drift = result.price_drift
    assert drift[0] == (START, D(50_000), result.margin_call_price, result.liquidation_price)
    assert len(drift) == 13
    debts = [p.debt for p in drift]
    mc = [p.margin_call_price for p in drift]
    liq = [p.liquidation_price for p in drift]
    assert debts == sorted(debts) and len(set(debts)) == 13
    assert all(a < b for a, b in zip(mc, mc[1:], strict=False))
    assert all(a < b for a, b in zip(liq, liq[1:], strict=False))
    assert drift[-1].debt == result.schedule[-1].payment
    assert drift[-1].liquidation_price == liquidation_price(drift[-1].debt, 100_000_000, D("0.8"), currency="USD")


def test_simulate_with_equipment():
    both = make_offer(collateral="btc+equipment", equipment_haircut=D("0.6"))
    result = simulate(both, D(1_000_000), 12, D(8_000_000), START, equipment_value=D(1_000_000))
    # needs 2,000,000 of collateral at 50 %; the machines count 600,000
    assert result.equipment_counted == D(600_000)
    assert result.collateral_sats == 17_500_000
    assert result.initial_ltv == D("0.5")
    only = make_offer(collateral="equipment", equipment_haircut=D("0.6"))
    result = simulate(only, D(1_000_000), 12, D(8_000_000), START, collateral_sats=10**8,
                      equipment_value=D(4_000_000))
    assert result.collateral_sats == 0 and result.margin_call_price is None
    assert abs(result.initial_ltv - D(1_000_000) / D(2_400_000)) < D("1e-25")
    with pytest.raises(LoanError, match="no collateral"):
        simulate(only, D(1_000_000), 12, D(8_000_000), START)


def test_simulate_reports_limits_as_reasons():
    offer = make_offer(amount={"min": 500_000, "max": 900_000}, term_months={"min": 6, "max": 24, "default": 12})
    result = simulate(offer, D(100_000), 3, D(8_000_000), START, collateral_sats=1_000_000)
    assert list(result.eligibility) == [
        "the amount is below the offer's minimum of 500000.00 RUB",
        "the term must be from 6 to 24 months for this offer",
        "the collateral is not enough: LTV 125.000 % is above the offer's 50 %",
    ]
    assert result.eligibility[0].template == "the amount is below the offer's minimum of {0} {1}"


def test_simulate_refuses_bad_input():
    offer = make_offer()
    with pytest.raises(LoanError, match="amount must be more than zero"):
        simulate(offer, D(0), 12, D(1), START)
    with pytest.raises(LoanError, match="term"):
        simulate(offer, D(100), 0, D(1), START)
    with pytest.raises(LoanError, match="price"):
        simulate(offer, D(100), 12, D(0), START)
    with pytest.raises(TypeError):
        simulate(offer, 100.0, 12, D(1), START)
    with pytest.raises(DomainError, match="minor unit"):
        simulate(offer, D("100.001"), 12, D(1), START)


def test_to_dict_is_json_without_floats():
    offer = make_offer(currency="USD", fees={"origination_percent": 1, "origination": "financed"})
    result = simulate(offer, D(50_000), 12, D("97123.45"), START)
    d = result.to_dict()
    no_floats(d)
    json.dumps(d)
    assert d["principal"] == "50500.00"
    assert d["collateral_sats"] == result.collateral_sats
    assert result.collateral_sats == 103_991_364  # 50,500 / (97,123.45 × 0.5) BTC, rounded up
    assert d["collateral_btc"] == "1.03991364"
    assert d["schedule"][0] == {"date": "2025-02-15", "payment": "4486.86", "interest": "505.00",
                                "principal": "3981.86", "fees": "0.00", "balance": "46518.14"}
    assert d["apr_percent"].count(".") == 1 and len(d["apr_percent"].split(".")[1]) == 3
    assert set(d) >= {"offer_id", "principal", "currency", "price", "initial_ltv", "margin_call_price",
                      "liquidation_price", "price_drift", "payment", "total_interest", "total_fees",
                      "net_disbursed", "apr_percent", "psk_percent", "psk_money", "schedule", "eligibility"}


# --- eligibility ------------------------------------------------------------------------------


def test_eligibility():
    offer = make_offer(eligibility={"legal_forms": ["sole_trader", "company"], "min_months_registered": 12,
                                    "registry_required": True})
    today = dt.date(2025, 7, 1)
    assert eligibility(offer, "company", "R-1", dt.date(2024, 7, 1), today) == []
    young = eligibility(offer, "sole_trader", "R-1", dt.date(2025, 1, 1), today)
    assert young == ["the offer requires at least 12 months in the registry of miners; registered for 6"]
    assert young[0].params == (12, 6)
    person = eligibility(offer, "individual", None, None, today)
    assert person[0] == "the offer is not available to individuals"
    assert "the offer requires an entry in the FNS registry of miners" in person
    assert len(person) == 3
    with pytest.raises(LoanError, match="unknown legal form"):
        eligibility(offer, "alien", None, None, today)
    result = simulate(offer, D(100_000), 12, D(8_000_000), START, legal_form="sole_trader",
                      registry_number="R-1", registry_date=dt.date(2025, 1, 1), today=today)
    assert list(result.eligibility) == young
