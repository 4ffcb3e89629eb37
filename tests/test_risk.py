"""desktop.core.risk on constructed price paths with answers worked out by hand."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from pathlib import Path

import numpy as np
import pytest

from desktop.core import risk
from desktop.core.loans import Offer, simulate
from desktop.core.mining import btc_per_day_formula, daily_growth_factor

D = Decimal
OFFERS_DIR = Path(__file__).resolve().parents[1] / "resources" / "offers"
START = dt.date(2024, 1, 1)
THRESHOLDS = dict(initial_ltv=0.5, margin_call=0.7, liquidation=0.8, cure_to=0.5)


def days_from(start: dt.date, n: int) -> list[dt.date]:
    return [start + dt.timedelta(days=i) for i in range(n)]


def run(prices, debt=50.0, **kw):
    """One start date: the history is exactly the loan's term."""
    prices = np.asarray(prices, dtype=float)
    debt_by_day = np.full(len(prices), debt) if np.ndim(debt) == 0 else np.asarray(debt, dtype=float)
    args = {**THRESHOLDS, **kw}
    return risk.backtest(days_from(START, len(prices)), prices, debt_by_day, **args)


def falling(to: float, over: int, hold: int) -> np.ndarray:
    """100 falling by 1 a day to ``to`` over ``over`` days, then held for ``hold`` days."""
    return np.concatenate([np.linspace(100, to, over + 1), np.full(hold, to)])


# --- backtest ---------------------------------------------------------------------------------


def test_never_falling_path_has_no_call():
    r = run(np.linspace(100, 300, 61))
    assert r.start_dates == 1
    assert r.margin_call_share == 0 and r.liquidation_share == 0
    assert r.worst_ltv == pytest.approx(0.5)
    assert r.first_margin_call_days is None and r.first_liquidation_days is None
    assert r.median_btc_left == D("1.00000000")  # 50 / (0.5 × 100)
    assert r.with_topup is False


def test_sixty_percent_gap_on_day_10_liquidates_that_day():
    prices = np.concatenate([np.full(10, 100.0), np.full(21, 40.0)])
    r = run(prices)
    assert r.margin_call_share == 1 and r.liquidation_share == 1
    assert r.first_margin_call_days == 10 and r.first_liquidation_days == 10
    assert r.worst_ltv == pytest.approx(1.25)  # 0.5 / 0.4
    assert r.median_btc_left == 0


def test_gap_cannot_be_rescued_by_top_ups_and_spare_is_kept():
    prices = np.concatenate([np.full(10, 100.0), np.full(21, 40.0)])
    r = run(prices, spare_btc=0.3, topup_btc_per_day=1.0)
    assert r.liquidation_share == 1 and r.first_liquidation_days == 10
    assert r.with_topup is True
    assert r.median_btc_left == D("0.3")  # nothing was pledged before the gap


def test_gradual_fall_to_ltv_075_is_a_margin_call_only():
    prices = falling(100 * 0.5 / 0.75, 40, 20)
    r = run(prices)
    assert r.margin_call_share == 1 and r.liquidation_share == 0
    assert r.worst_ltv == pytest.approx(0.75)
    first = int(np.argmax(50 / prices >= 0.7))  # first close at or below 71.43
    assert r.first_margin_call_days == first
    assert 0 < first < 40


# price 100 − t until 55 on day 45: LTV 0.7 first on day 29 (price 71, 50/71 = 0.704);
# curing to 0.5 needs 50 / (0.5 × 71) − 1 = 0.408 BTC; then 1.408 BTC at 55 is LTV 0.646.
GRADUAL = np.concatenate([100.0 - np.arange(46), np.full(15, 55.0)])


def test_gradual_fall_to_ltv_091_liquidates_without_top_ups():
    r = run(GRADUAL)
    assert r.first_margin_call_days == 29
    assert r.first_liquidation_days == 38  # 50 / 62 = 0.806
    assert r.median_btc_left == 0


def test_mining_top_ups_cure_the_call_when_production_suffices():
    r = run(GRADUAL, topup_btc_per_day=0.02)  # 0.6 BTC mined by day 29
    assert r.margin_call_share == 1 and r.first_margin_call_days == 29
    assert r.liquidation_share == 0
    assert r.worst_ltv == pytest.approx(50 / 71)
    assert r.median_btc_left == D("1")  # the collateral (and the top-up) come back


def test_small_top_ups_do_not_prevent_liquidation():
    r = run(GRADUAL, topup_btc_per_day=0.001)
    assert r.margin_call_share == 1 and r.liquidation_share == 1
    assert 38 <= r.first_liquidation_days <= 40  # the partial top-ups delay it a little at most


def test_spare_btc_cures_and_a_short_spare_is_used_up():
    cured = run(GRADUAL, spare_btc=0.5)
    assert cured.liquidation_share == 0 and cured.median_btc_left == D("1.5")
    short = run(GRADUAL, spare_btc=0.1)
    assert short.liquidation_share == 1 and short.median_btc_left == 0


def test_cure_then_second_fall_is_liquidated():
    prices = np.concatenate([GRADUAL, np.linspace(55, 30, 26)[1:]])
    r = run(prices, topup_btc_per_day=0.02 * (np.arange(len(prices)) < 30))
    assert r.first_margin_call_days == 29 and r.liquidation_share == 1


def test_start_date_count_and_window():
    rng = np.random.default_rng(3)
    prices = 100 * np.exp(np.cumsum(rng.normal(0, 0.03, 400)))
    dates = days_from(START, 400)
    debt = np.linspace(50, 56, 91)
    r = risk.backtest(dates, prices, debt, **THRESHOLDS)
    assert r.start_dates == len(prices) - (len(debt) - 1) == 310
    w = risk.backtest(dates, prices, debt, **THRESHOLDS, window_start=dates[100], window_end=dates[149])
    assert w.start_dates == 50
    late = risk.backtest(dates, prices, debt, **THRESHOLDS, window_start=dates[300])
    assert late.start_dates == 10  # starts 300..309: the rest do not fit
    with pytest.raises(ValueError):
        risk.backtest(dates, prices, debt, **THRESHOLDS, window_start=dates[320])


def reference(prices, debt, coll, mc, liq):
    """Plain Python: first call day, liquidation day, worst LTV while open."""
    first_mc = first_liq = -1
    worst = 0.0
    for t, (p, d) in enumerate(zip(prices, debt, strict=True)):
        ltv = d / (coll * p)
        worst = max(worst, ltv)
        if ltv >= mc and first_mc < 0:
            first_mc = t
        if ltv >= liq:
            first_liq = t
            break
    return first_mc, first_liq, worst


def test_vectorised_backtest_matches_a_plain_loop_and_the_day_loop():
    rng = np.random.default_rng(11)
    prices = 100 * np.exp(np.cumsum(rng.normal(0, 0.04, 300)))
    debt = np.linspace(50, 60, 61)
    windows = np.lib.stride_tricks.sliding_window_view(prices, len(debt))
    coll = debt[0] / (0.5 * windows[:, 0])
    fast = risk._run_paths(windows, debt, coll, 0.7, 0.8, 0.5, None)
    loop = risk._run_paths(windows, debt, coll, 0.7, 0.8, 0.5, np.zeros(len(debt)))
    assert np.array_equal(fast.mc_day, loop.mc_day) and np.array_equal(fast.liq_day, loop.liq_day)
    np.testing.assert_allclose(fast.worst, loop.worst)
    for s in range(0, len(windows), 7):
        assert reference(windows[s], debt, coll[s], 0.7, 0.8) == pytest.approx(
            (fast.mc_day[s], fast.liq_day[s], fast.worst[s]))
    r = risk.backtest(days_from(START, 300), prices, debt, **THRESHOLDS)
    assert r.margin_call_share == pytest.approx(np.mean(fast.mc_day >= 0))
    assert r.liquidation_share == pytest.approx(np.mean(fast.liq_day >= 0))
    assert 0 < r.liquidation_share <= r.margin_call_share < 1


def test_fixed_collateral_and_validation():
    r = run(np.full(31, 100.0), collateral_btc=2.0)
    assert r.worst_ltv == pytest.approx(0.25) and r.median_btc_left == D("2")
    with pytest.raises(ValueError):
        run(np.full(31, 100.0), margin_call=0.9, liquidation=0.8)
    with pytest.raises(ValueError):
        run(np.concatenate([np.full(30, 100.0), [0.0]]))
    with pytest.raises(ValueError):
        risk.backtest(days_from(START, 5), np.ones(5), np.ones(10), **THRESHOLDS)


def test_backtest_to_dict_is_json():
    d = run(GRADUAL, topup_btc_per_day=0.02).to_dict()
    json.dumps(d)
    assert d["median_btc_left"] == "1.00000000" and d["liquidation_share"] == 0.0


# --- debt curve -------------------------------------------------------------------------------


def load_offer(name: str) -> Offer:
    return Offer.from_dict(json.loads((OFFERS_DIR / f"{name}.json").read_text(), parse_float=Decimal))


def test_debt_curve_of_a_bullet_grows_with_interest():
    res = simulate(load_offer("illustrative-btc-bullet-50-70-80"), D(100_000), 12, D(60_000), START)
    curve = risk.debt_curve(res)
    assert len(curve) == (res.maturity_date - START).days + 1 == 367
    assert curve[0] == pytest.approx(100_000)
    assert np.all(np.diff(curve) >= 0)
    assert curve[-1] == pytest.approx(float(res.price_drift[-1].debt))
    assert curve[-1] == pytest.approx(100_000 * (1 + 0.12 * 366 / 365), abs=0.02)
    for p in res.price_drift:
        assert curve[(p.date - START).days] == pytest.approx(float(p.debt))


def test_debt_curve_of_an_annuity_steps_down_at_payments():
    offer = load_offer("illustrative-btc-bullet-50-70-80")
    from dataclasses import replace
    offer = replace(offer, repayment="annuity", interest="monthly")
    res = simulate(offer, D(120_000), 12, D(60_000), START)
    curve = risk.debt_curve(res)
    rows = [r for r in res.schedule if r.date != START]
    k = (rows[0].date - START).days
    assert curve[k] == pytest.approx(float(rows[0].balance + rows[0].payment))  # before paying
    assert curve[k + 1] < curve[k]
    assert curve[k + 1] == pytest.approx(float(rows[0].balance), rel=2e-3)  # after paying, + a day's interest
    assert curve[-1] == pytest.approx(float(rows[-1].payment))


# --- Monte Carlo ------------------------------------------------------------------------------


HISTORY = 100 * np.exp(np.cumsum(np.random.default_rng(5).normal(0.0005, 0.04, 2000)))


def test_monte_carlo_is_deterministic_for_a_seed():
    debt = np.full(181, 50.0)
    kw = dict(margin_call=0.7, liquidation=0.8, paths=3000, seed=42)
    a = risk.monte_carlo(HISTORY, debt, 100.0, 1.0, **kw)
    b = risk.monte_carlo(HISTORY, debt, 100.0, 1.0, **kw)
    assert a == b
    c = risk.monte_carlo(HISTORY, debt, 100.0, 1.0, **{**kw, "seed": 43})
    assert c.margin_call_probability != a.margin_call_probability or c.ltv_percentiles != a.ltv_percentiles
    assert 0 < a.liquidation_probability <= a.margin_call_probability < 1
    assert a.days[0] == 0 and a.days[-1] == 180 and a.days[1] == 7
    assert a.ltv_percentiles[50][0] == pytest.approx(0.5)
    for day in range(len(a.days)):
        column = [a.ltv_percentiles[q][day] for q in risk.PERCENTILES]
        assert column == sorted(column)
    json.dumps(a.to_dict())


@pytest.mark.parametrize("method", ["bootstrap", "gbm"])
def test_monte_carlo_probabilities_and_top_ups(method):
    debt = np.full(366, 50.0)
    plain = risk.monte_carlo(HISTORY, debt, 100.0, 1.0, margin_call=0.7, liquidation=0.8,
                             paths=2000, seed=1, method=method)
    helped = risk.monte_carlo(HISTORY, debt, 100.0, 1.0, margin_call=0.7, liquidation=0.8, cure_to=0.5,
                              paths=2000, seed=1, method=method, topup_btc_per_day=0.01)
    for r in (plain, helped):
        assert 0 <= r.liquidation_probability <= r.margin_call_probability <= 1
    assert helped.margin_call_probability == plain.margin_call_probability  # same paths, same first calls
    assert helped.liquidation_probability < plain.liquidation_probability


@pytest.mark.parametrize("method", ["bootstrap", "gbm"])
def test_flat_history_zero_vol_zero_drift_never_calls(method):
    flat = np.full(500, 30_000.0)
    r = risk.monte_carlo(flat, np.full(731, 15_000.0), 30_000.0, 1.0, margin_call=0.7, liquidation=0.8,
                         paths=500, seed=0, method=method)
    assert r.margin_call_probability == 0 and r.liquidation_probability == 0
    assert all(v == pytest.approx(0.5) for vs in r.ltv_percentiles.values() for v in vs)


def test_monte_carlo_progress_and_cancel():
    calls = []
    risk.monte_carlo(HISTORY, np.full(31, 50.0), 100.0, 1.0, margin_call=0.7, liquidation=0.8,
                     paths=5000, seed=0, progress=lambda pct, text: calls.append(pct))
    assert calls == sorted(calls) and calls[-1] == 100 and len(calls) >= 2

    class Cancelled(Exception):
        pass

    def cancel(pct, text):
        raise Cancelled

    with pytest.raises(Cancelled):
        risk.monte_carlo(HISTORY, np.full(31, 50.0), 100.0, 1.0, margin_call=0.7, liquidation=0.8,
                         paths=5000, seed=0, progress=cancel)
    with pytest.raises(ValueError):
        risk.monte_carlo(HISTORY, np.full(31, 50.0), 100.0, 1.0, margin_call=0.7, liquidation=0.8,
                         method="garch")


def test_bootstrap_paths_reuse_historical_returns():
    returns = np.array([0.01, -0.02, 0.03, 0.0])
    paths = risk.simulate_prices(returns, 10.0, 50, 9, np.random.default_rng(0), block_days=2)
    assert paths.shape == (50, 10) and np.all(paths[:, 0] == 10.0)
    steps = np.diff(np.log(paths), axis=1)
    assert np.all(np.isclose(steps[..., None], returns).any(axis=-1))


# --- stress, drawdowns, replay ----------------------------------------------------------------


def test_stress_instant_drops():
    debt = np.linspace(50, 55, 366)
    cases = risk.stress(100.0, debt, 1.0, margin_call=0.7, liquidation=0.8)
    assert [c.drop for c in cases] == [0.3, 0.5, 0.7]
    c30, c50, c70 = cases
    assert c30.ltv_after == pytest.approx(0.5 / 0.7) and c30.ltv_after == pytest.approx(0.7142857142857)
    assert c30.margin_call and not c30.liquidation
    assert c30.ltv_peak == pytest.approx(55 / 70)
    assert c30.price_after == D("70") and c30.name == "−30 %"
    assert c50.ltv_after == pytest.approx(1.0) and c50.liquidation
    assert c70.ltv_after == pytest.approx(0.5 / 0.3) and c70.price_after == D("30")
    assert risk.stress(100.0, debt, 1.0, margin_call=0.7, liquidation=0.8, drops=[0.2])[0].margin_call is False
    json.dumps([c.to_dict() for c in cases])


SERIES = np.array([100, 120, 60, 90, 100, 50, 80, 200, 180, 190, 100], dtype=float)


def test_worst_drawdowns_of_a_constructed_series():
    dates = days_from(START, len(SERIES))
    long = risk.worst_drawdowns(dates, SERIES, days=10)
    assert [(d.start, d.end) for d in long] == [(dates[1], dates[5]), (dates[7], dates[10])]
    assert long[0].fall == pytest.approx(1 - 50 / 120) and long[0].peak == D("120") and long[0].trough == D("50")
    assert long[1].fall == pytest.approx(0.5)
    short = risk.worst_drawdowns(dates, SERIES, days=1, count=3)
    assert [(d.start, d.end) for d in short] == [(dates[1], dates[2]), (dates[4], dates[5]), (dates[9], dates[10])]
    assert short[2].fall == pytest.approx(1 - 100 / 190)
    assert risk.worst_drawdowns(dates, np.arange(1.0, 12.0), days=5) == []
    json.dumps([d.to_dict() for d in long])


def test_replay_applies_the_relative_path():
    dates = days_from(START, len(SERIES))
    worst = risk.worst_drawdowns(dates, SERIES, days=10, count=1)
    # from the peak 120: 60/120 = 0.5 → LTV 1.0 on day 1 of the loan
    (case,) = risk.replay(worst, dates, SERIES, 30_000.0, np.full(8, 15_000.0), 1.0,
                          margin_call=0.7, liquidation=0.8)
    assert case.margin_call_day == 1 and case.liquidation_day == 1
    assert case.worst_ltv == pytest.approx(1.0)
    mild = risk.replay(worst, dates, SERIES, 30_000.0, np.full(8, 15_000.0), 3.0,
                       margin_call=0.7, liquidation=0.8)[0]
    assert mild.margin_call_day is None and mild.worst_ltv == pytest.approx(15_000 / (3 * 12_500))
    # longer than the history left: the last close is held
    longer = risk.replay(worst, dates, SERIES, 30_000.0, np.full(40, 15_000.0), 3.0,
                         margin_call=0.7, liquidation=0.8)[0]
    assert longer.liquidation_day is None
    json.dumps(case.to_dict())


# --- sell or borrow ---------------------------------------------------------------------------


def test_sell_or_borrow_by_hand():
    cases = risk.sell_or_borrow(D(1_000_000), D(5_000_000), D(1), D(1_200_000), D("0.5"),
                                [D(4_000_000), D(6_000_000), D(8_000_000)])
    low, even, high = cases
    assert low.sell_btc_left == D("0.8") and low.borrow_btc_left == D(1)
    assert low.sell_fiat == D(3_200_000) and low.borrow_fiat == D(2_800_000) and low.better == "sell"
    assert even.sell_fiat == even.borrow_fiat == D(4_800_000) and even.better == "equal"
    assert high.sell_fiat == D(6_400_000) and high.borrow_fiat == D(6_800_000) and high.better == "borrow"
    assert risk.break_even_price(D(1_000_000), D(5_000_000), D(1_200_000)) == D(6_000_000)
    d = high.to_dict()
    json.dumps(d)
    assert d["sell_btc_left"] == "0.80000000"


def test_sell_rounds_the_btc_sold_up_to_the_satoshi():
    (case,) = risk.sell_or_borrow(D(100), D(300), D(1), D(110), D("0.5"), [D(300)])
    assert case.sell_btc_left == D("0.66666666")  # 0.33333334 sold
    assert risk.break_even_price(D(100), D(300), D(110)) == D(110) / D("0.33333334")


def test_sell_or_borrow_refuses_bad_inputs():
    with pytest.raises(ValueError):
        risk.sell_or_borrow(D(1_000_000), D(5_000_000), D("0.1"), D(1_200_000), D("0.05"), [D(1)])
    with pytest.raises(ValueError):
        risk.sell_or_borrow(D(1_000), D(5_000_000), D("0.1"), D(1_200), D("0.5"), [D(1)])


# --- mining output ----------------------------------------------------------------------------


def test_mining_output_halves_the_subsidy_across_the_halving():
    start = dt.date(2024, 4, 18)  # the halving is on 2024-04-20, day 2
    out = risk.mining_output(5, start, 1000.0, 8.6e13, 0.0, 0.02, 0.97, 0.0, 60_000.0, 0, 0.0)
    m = out.btc_mined_per_day
    assert m[1] == pytest.approx(m[0]) and m[2] == pytest.approx(m[1] / 2) and m[4] == pytest.approx(m[2])
    exact = btc_per_day_formula(D(1000), D("8.6e13"), D("6.25"), pool_fee=D("0.02"), uptime=D("0.97"))
    assert m[0] == pytest.approx(float(exact), rel=1e-12)
    with_fees = risk.mining_output(5, start, 1000.0, 8.6e13, 0.0, 0.0, 1.0, 0.5, 60_000.0, 0, 0.0)
    f = with_fees.btc_mined_per_day
    assert (f[1] - f[2]) / (f[1] - f[1] * 0.5 / 6.75) == pytest.approx(3.125 / 6.25)
    assert out.total_mined_sats == round(m.sum() * 1e8) and out.total_net_sats == out.total_mined_sats


def test_mining_output_growth_and_power():
    start = dt.date(2025, 1, 1)
    out = risk.mining_output(60, start, 500.0, 1e14, 0.03, 0.0, 0.9, 0.0, 100_000.0, 35_000, 0.05)
    m = out.btc_mined_per_day
    factor = float(daily_growth_factor(D("0.03")))
    np.testing.assert_allclose(m[1:] / m[:-1], 1 / factor)
    power_btc = 35_000 * 24 * 0.9 / 1000 * 0.05 / 100_000
    np.testing.assert_allclose(out.btc_sold_for_power_per_day, power_btc)
    np.testing.assert_allclose(out.net_btc_per_day, m - power_btc)
    assert out.total_net == D(out.total_net_sats) / 100_000_000
    json.dumps(out.to_dict())


def test_liquidated_starts_are_those_whose_term_spans_the_crash():
    import datetime as dt

    import numpy as np

    from desktop.core import risk as core_risk

    days = [dt.date(2024, 1, 1) + dt.timedelta(days=i) for i in range(40)]
    prices = np.full(40, 100.0)
    prices[20:] = 40.0  # a 60 % fall on day 20
    debt = np.full(11, 50.0)  # a 10-day loan, flat debt
    starts, liquidated = core_risk.liquidated_starts(days, prices, debt, initial_ltv=0.5, liquidation=0.8)
    assert len(starts) == 30
    # started on days 10…19 the loan is open on day 20 (LTV 0.5 × 100/40 = 1.25); from day 20 it starts low
    assert liquidated == days[10:20]
