"""The mining calculator: core formula, projection, break-evens, payback, history helper, CLI."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
from dataclasses import replace
from decimal import Decimal

import pytest

from desktop.core.mining import (
    HALVING_DATES,
    MiningInputs,
    btc_per_day_formula,
    calculate,
    daily_growth_factor,
    difficulty_growth_per_month,
    expected_sats_per_day,
    subsidy_btc_at,
    subsidy_sats_at,
)
from desktop.services import history, mining_calc

D = Decimal
CENT = D("0.01")

# 100 TH/s at difficulty 1e14, subsidy 3.125 BTC, no fees, no pool fee, 100 % uptime:
#   BTC/day = 1e14 H/s × 86,400 s × 3.125 ÷ (1e14 × 2^32)
#           = 86,400 × 3.125 ÷ 4,294,967,296 = 270,000 ÷ 4,294,967,296
#           = 0.0000628642737865447998046875 (exact: 2^32 is a power of two) → 0.00006286 BTC
# At 100,000 USD/BTC, 3000 W and 0.10 USD/kWh:
#   revenue      = 6.28642737865… → 6.29 USD/day
#   energy       = 3000 W × 24 h ÷ 1000 = 72 kWh → cost 7.20 USD/day; profit −0.91357… → −0.91
#   break-even price  = 7.20 ÷ 0.0000628642737865448 = 7.2 × 2^32 ÷ 270,000 = 114,532.4612… → 114532.46
#   break-even tariff = 6.28642737865 ÷ 72 = 0.08731… → 0.09 USD/kWh
#   hashprice         = 6.28642737865 ÷ 100 TH/s = 0.0628… → 0.06 USD per TH/s per day
HAND_BTC_PER_DAY = D("0.0000628642737865447998046875")
AFTER_HALVING = dt.date(2025, 1, 1)


def make(**overrides) -> MiningInputs:
    base = dict(
        hashrate_ths=D(100),
        power_w=D(3000),
        tariff_per_kwh=D("0.10"),
        currency="USD",
        btc_price=D(100_000),
        difficulty=D("1e14"),
        start_date=AFTER_HALVING,
    )
    base.update(overrides)
    return MiningInputs(**base)


def q(value: Decimal) -> Decimal:
    return value.quantize(CENT)


# ----------------------------------------------------------------------------------------- formula


def test_formula_matches_hand_computation():
    btc = btc_per_day_formula(D(100), D("1e14"), D("3.125"))
    assert btc == HAND_BTC_PER_DAY
    assert btc.quantize(D("1e-8")) == D("0.00006286")
    r = calculate(make())
    assert r.btc_per_day == HAND_BTC_PER_DAY
    assert r.subsidy_btc == D("3.125")
    assert q(r.revenue_per_day) == D("6.29")
    assert r.energy_kwh_per_day == 72
    assert q(r.energy_cost_per_day) == D("7.20")
    assert q(r.profit_per_day) == D("-0.91")
    assert q(r.break_even_price) == D("114532.46")
    assert q(r.break_even_tariff) == D("0.09")
    assert r.break_even_tariff.quantize(D("0.00001")) == D("0.08731")
    assert q(r.hashprice_per_th_day) == D("0.06")
    assert r.hashprice_per_th_day == r.revenue_per_day / 100


def test_formula_pool_fee_uptime_and_fees():
    # fees 0.125 BTC/block → reward 3.25 = 3.125 × 1.04; pool fee 2 %; uptime 50 % (also halves energy)
    r = calculate(make(fees_per_block_btc=D("0.125"), pool_fee_percent=D(2), uptime_percent=D(50)))
    expected = HAND_BTC_PER_DAY * D("1.04") * D("0.98") * D("0.5")
    assert abs(r.btc_per_day - expected) < D("1e-30")
    assert r.energy_kwh_per_day == 36


def test_existing_sats_function_agrees():
    sats = expected_sats_per_day(D(100), D("1e14"), AFTER_HALVING)
    assert abs(sats - HAND_BTC_PER_DAY * 100_000_000) < D("1e-15")


def test_subsidy_across_2024_halving():
    assert subsidy_btc_at(dt.date(2024, 4, 19)) == D("6.25")
    assert subsidy_btc_at(dt.date(2024, 4, 20)) == D("3.125")
    assert subsidy_sats_at(dt.date(2024, 4, 20)) == 312_500_000
    assert subsidy_btc_at(dt.date(2009, 1, 3)) == 50
    assert dt.date(2024, 4, 20) in HALVING_DATES


# -------------------------------------------------------------------------------------- projection


def test_projection_flat_difficulty_is_days_times_daily():
    r = calculate(make(days=90))
    assert len(r.projection) == 90
    assert abs(r.btc_over_horizon - 90 * r.btc_per_day) < D("1e-30")
    assert abs(r.revenue_over_horizon - 90 * r.revenue_per_day) < D("1e-25")
    assert r.energy_kwh_over_horizon == 90 * 72
    assert abs(r.profit_over_horizon - 90 * r.profit_per_day) < D("1e-25")
    assert abs(r.profit_per_month - 30 * r.profit_per_day) < D("1e-25")
    assert r.end_date == AFTER_HALVING + dt.timedelta(days=89)
    # with flat difficulty and no halving the cost to mine one BTC is today's break-even price
    assert abs(r.cost_to_mine_one_btc - r.break_even_price) < D("1e-20")


def test_projection_with_growth_is_strictly_less():
    flat = calculate(make(days=90))
    grow = calculate(make(days=90, difficulty_growth_percent_month=D(3)))
    assert grow.btc_per_day == flat.btc_per_day  # day 0 uses today's difficulty
    assert grow.btc_over_horizon < flat.btc_over_horizon
    assert grow.revenue_over_horizon < flat.revenue_over_horizon
    assert grow.profit_over_horizon < flat.profit_over_horizon
    assert grow.energy_cost_over_horizon == flat.energy_cost_over_horizon
    btcs = [p.btc for p in grow.projection]
    assert all(a > b for a, b in zip(btcs, btcs[1:], strict=False))


def test_daily_growth_factor_compounds_to_the_monthly_rate():
    f = daily_growth_factor(D("0.03"))
    assert abs(f ** D("30.4375") - D("1.03")) < D("1e-30")
    assert daily_growth_factor(D(0)) == 1
    with pytest.raises(ValueError):
        daily_growth_factor(D(-1))


def test_horizon_across_halving_halves_daily_output():
    start = dt.date(2024, 4, 10)
    r = calculate(make(start_date=start, days=20))
    before, after = r.projection[9], r.projection[10]
    assert before.day == dt.date(2024, 4, 19) and after.day == dt.date(2024, 4, 20)
    assert before.subsidy_btc == D("6.25") and after.subsidy_btc == D("3.125")
    assert before.btc == 2 * after.btc
    assert r.btc_per_day == 2 * HAND_BTC_PER_DAY
    assert abs(r.btc_over_horizon - 30 * HAND_BTC_PER_DAY) < D("1e-30")  # 10 × 2b + 10 × b
    assert r.halvings_in_horizon == (dt.date(2024, 4, 20),)


# ------------------------------------------------------------------------------------- break-evens


@pytest.mark.parametrize("growth", [D(0), D(5)])
def test_break_even_price_zeroes_profit(growth):
    r = calculate(make(difficulty_growth_percent_month=growth, fees_per_block_btc=D("0.02")))
    at_break_even = calculate(make(btc_price=q(r.break_even_price), fees_per_block_btc=D("0.02")))
    assert q(at_break_even.profit_per_day) == 0
    assert q(at_break_even.revenue_per_day) == q(r.energy_cost_per_day)


def test_break_even_tariff_zeroes_profit():
    r = calculate(make(btc_price=D(90_000), pool_fee_percent=D("1.5")))
    at_break_even = calculate(
        make(btc_price=D(90_000), pool_fee_percent=D("1.5"), tariff_per_kwh=r.break_even_tariff)
    )
    assert q(at_break_even.profit_per_day) == 0
    assert calculate(make(power_w=D(0))).break_even_tariff is None


def test_hashprice_scales_with_price_not_with_hashrate():
    one = calculate(make(hashrate_ths=D(1)))
    big = calculate(make(hashrate_ths=D(250)))
    assert abs(one.hashprice_per_th_day - big.hashprice_per_th_day) < D("1e-30")
    assert abs(one.hashprice_per_th_day - HAND_BTC_PER_DAY / 100 * 100_000) < D("1e-30")


# ----------------------------------------------------------------------------------------- payback


def test_payback_days():
    # cheap power: profit per day is positive and flat; 9.5 days' profit pays back on day 10
    base = calculate(make(tariff_per_kwh=D("0.01")))
    assert base.profit_per_day > 0
    r = calculate(make(tariff_per_kwh=D("0.01"), purchase_price=base.profit_per_day * D("9.5")))
    assert r.payback_days == 10
    assert calculate(make(tariff_per_kwh=D("0.01"), purchase_price=D(0))).payback_days == 0
    assert base.payback_days is None  # no purchase price given


def test_payback_never_when_losing_money():
    r = calculate(make(purchase_price=D(1000)))  # profit −0.91/day
    assert r.payback_days is None


def test_payback_counts_difficulty_growth():
    flat = calculate(make(tariff_per_kwh=D("0.01"), purchase_price=D(500)))
    grow = calculate(
        make(tariff_per_kwh=D("0.01"), purchase_price=D(500), difficulty_growth_percent_month=D(1))
    )
    assert flat.payback_days is not None and grow.payback_days is not None
    assert grow.payback_days > flat.payback_days


@pytest.mark.parametrize(
    "field, value",
    [
        ("hashrate_ths", D(0)),
        ("hashrate_ths", D(-5)),
        ("power_w", D(-1)),
        ("currency", "XYZ"),
        ("difficulty", D(0)),
        ("pool_fee_percent", D(100)),
        ("uptime_percent", D(0)),
        ("uptime_percent", D(101)),
        ("days", 0),
        ("difficulty_growth_percent_month", D(-100)),
        ("purchase_price", D(-1)),
    ],
)
def test_bad_inputs_raise_value_error(field, value):
    with pytest.raises(ValueError):
        calculate(replace(make(), **{field: value}))


def test_floats_refused():
    with pytest.raises(TypeError):
        calculate(make(btc_price=100000.0))


# ----------------------------------------------------------------------------------- growth helper


def test_difficulty_growth_from_constructed_series():
    start = D("1e14")
    series = history.Series(
        "difficulty",
        (dt.date(2024, 3, 1), dt.date(2024, 9, 1), dt.date(2025, 3, 1)),
        (start, start * 2, start * D("1.01") ** 12),
    )
    growth = difficulty_growth_per_month(series, dt.date(2025, 3, 1))
    assert abs(growth - D("0.01")) < D("1e-30")
    # six months from 1e14 to 2e14: 2 ** (1/6) − 1 ≈ 12.246 %/month
    six = difficulty_growth_per_month(series, dt.date(2024, 9, 1), months=6)
    assert six.quantize(D("0.00001")) == D("0.12246")
    with pytest.raises(ValueError):
        difficulty_growth_per_month(series, dt.date(2024, 3, 1))  # nothing a year before


def test_growth_helper_month_end_clamps():
    series = history.Series("d", (dt.date(2025, 2, 28), dt.date(2025, 3, 31)), (D(100), D(110)))
    assert difficulty_growth_per_month(series, dt.date(2025, 3, 31), months=1) == D("0.1")


def test_default_growth_from_bundled_history():
    pct = mining_calc.default_growth_percent_month()
    assert pct.as_tuple().exponent == -2
    assert D(-20) < pct < D(20)


# ----------------------------------------------------------------------------------------- service


def test_service_defaults_from_bundled_history():
    latest = mining_calc.difficulty_at()
    assert latest.day == history.difficulty().last
    assert latest.value == history.difficulty().values[-1]
    usd = mining_calc.price_at("USD")
    rub = mining_calc.price_at("RUB")
    rate = history.usd_rub().at(usd.day)
    assert rub.value == (usd.value * rate).quantize(CENT)
    assert usd.value.as_tuple().exponent == -2
    with pytest.raises(mining_calc.MarketDataError, match="outside the bundled"):
        mining_calc.difficulty_at(dt.date(2099, 1, 1))
    with pytest.raises(mining_calc.MarketDataError, match="EUR"):
        mining_calc.price_at("EUR")


# --------------------------------------------------------------------------------------------- CLI

MONEY_KEYS = (
    "revenue_per_day", "energy_cost_per_day", "profit_per_day", "break_even_price", "break_even_tariff",
    "hashprice_per_th_day", "hashprice_per_ph_day", "revenue_per_month", "profit_per_month",
    "revenue_over_horizon", "energy_cost_over_horizon", "profit_over_horizon", "cost_to_mine_one_btc",
)  # fmt: skip
BTC_KEYS = ("btc_per_day", "btc_per_month", "btc_over_horizon", "subsidy_btc")
BASE = ["--hashrate-th", "100", "--power-w", "3000", "--tariff", "0.10", "--currency", "USD"]


def run_cli(argv: list[str]) -> int:
    """Through desktop.cli once mining-calc is registered there; until then the same way it will be."""
    from desktop import cli, cli_mining

    if "mining-calc" in getattr(cli, "COMMANDS", {}):
        return cli.run(["mining-calc", *argv])
    parser = argparse.ArgumentParser(prog="hashpledge")
    cli_mining.add_parser(parser.add_subparsers(dest="command"))
    args = parser.parse_args(["mining-calc", *argv])
    try:
        return cli_mining.run(args)
    except cli.UserError as exc:
        print(f"hashpledge: {exc}", file=sys.stderr)
        return 1


def run_json(capsys, argv: list[str]) -> dict:
    assert run_cli([*argv, "--json"]) == 0
    out = capsys.readouterr().out
    return json.loads(out)


def test_cli_json_textbook(capsys):
    data = run_json(capsys, [*BASE, "--price", "100000", "--difficulty", "1e14"])
    assert data["btc_per_day"] == "0.00006286"
    assert data["revenue_per_day"] == "6.29"
    assert data["energy_kwh_per_day"] == "72.000"
    assert data["energy_cost_per_day"] == "7.20"
    assert data["profit_per_day"] == "-0.91"
    assert data["break_even_price"] == "114532.46"
    assert data["break_even_tariff"] == "0.09"
    assert data["hashprice_per_th_day"] == "0.06"
    assert data["btc_over_horizon"] == "0.00188593"  # 30 × 0.0000628642737865… = 0.00188592821…
    assert data["difficulty_source"] == "given"
    inputs = data["inputs"]
    assert inputs["difficulty"] == "100000000000000"
    assert inputs["days"] == 30 and inputs["uptime_percent"] == "100" and inputs["pool_fee_percent"] == "0"
    assert inputs["fees_per_block_btc"] == "0.00000000"
    assert inputs["currency"] == "USD" and inputs["price_source"] == "given"
    assert data["payback_days"] is None


@pytest.mark.parametrize(
    "extra",
    [
        [],
        ["--currency", "RUB", "--tariff", "5,5", "--date", "2024-04-01", "--days", "60", "--purchase-price", "100000"],
        ["--price", "0.1", "--difficulty-growth-percent-month", "2.7", "--pool-fee-percent", "2",
         "--uptime-percent", "97.3", "--fees-per-block", "0.0213", "--days", "365", "--purchase-price", "1234.5"],
    ],
)  # fmt: skip
def test_cli_json_money_and_btc_formats(capsys, extra):
    data = run_json(capsys, [*BASE, *extra])
    for key in ("btc_per_day", "revenue_per_day", "energy_kwh_per_day", "energy_cost_per_day", "profit_per_day",
                "break_even_price", "break_even_tariff", "hashprice_per_th_day", "btc_over_horizon",
                "inputs", "difficulty_source"):  # fmt: skip
        assert key in data
    for key in MONEY_KEYS:
        text = data[key]
        assert isinstance(text, str), key
        assert re.fullmatch(r"-?\d+(\.\d{1,2})?", text), (key, text)
        assert D(text).as_tuple().exponent >= -2
    for key in BTC_KEYS:
        assert re.fullmatch(r"\d+\.\d{8}", data[key]), (key, data[key])
    for value in data["inputs"].values():
        assert not isinstance(value, float)
        if isinstance(value, str) and re.fullmatch(r"-?[\d.]+", value):
            assert "e" not in value.lower() and len(value) < 30  # no binary-float artefacts


def test_cli_defaults_to_latest_bundled_difficulty_and_price(capsys):
    data = run_json(capsys, BASE)
    last = history.difficulty().last.isoformat()
    assert last in data["difficulty_source"]
    assert D(data["inputs"]["difficulty"]) == history.difficulty().values[-1]
    assert D(data["inputs"]["btc_price"]) == history.btc_usd().values[-1]


def test_cli_date_takes_difficulty_and_subsidy_of_that_day(capsys):
    data = run_json(capsys, [*BASE, "--price", "60000", "--date", "2024-04-01", "--days", "60"])
    assert D(data["inputs"]["difficulty"]) == history.difficulty().at(dt.date(2024, 4, 1))
    assert data["subsidy_btc"] == "6.25000000"
    assert data["halvings_in_horizon"] == ["2024-04-20"]
    assert data["inputs"]["start_date"] == "2024-04-01"


def test_cli_human_table(capsys):
    assert run_cli([*BASE, "--price", "100000", "--difficulty", "1e14", "--purchase-price", "50"]) == 0
    out = capsys.readouterr().out
    assert "0.00006286" in out and "114532.46 USD" in out and "not within 10 years" in out
    table = [line for line in out.splitlines() if line.startswith(("BTC", "revenue", "profit"))]
    assert len(table) == 3 and len({len(line) for line in table}) == 1  # aligned columns


@pytest.mark.parametrize(
    "argv, message",
    [
        (["--hashrate-th", "-5"], "hashrate"),
        (["--hashrate-th", "0"], "hashrate"),
        (["--currency", "XYZ"], "unknown currency"),
        (["--date", "2024-02-30"], "not a date"),
        (["--date", "2099-01-01"], "outside the bundled difficulty history"),
        (["--date", "2000-01-01"], "outside the bundled difficulty history"),
        (["--price", "abc"], "not a number"),
        (["--days", "0"], "days"),
        (["--uptime-percent", "0"], "uptime"),
        (["--fees-per-block", "0.123456789"], "8 decimals"),
        (["--currency", "EUR"], "pass the price"),
    ],
)
def test_cli_bad_input_exit_1(capsys, argv, message):
    args = dict(zip(BASE[::2], BASE[1::2], strict=True))
    args.update(dict(zip(argv[::2], argv[1::2], strict=True)))
    assert run_cli([x for kv in args.items() for x in kv]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    err = captured.err.strip()
    assert message in err and "\n" not in err and "Traceback" not in err


def test_cli_difficulty_and_date_are_exclusive(capsys):
    with pytest.raises(SystemExit) as exc:
        run_cli([*BASE, "--difficulty", "1e14", "--date", "2024-01-01"])
    assert exc.value.code == 2
