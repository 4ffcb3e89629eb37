"""Timings of desktop.core.risk beside plain-numpy baselines doing the minimal arithmetic, in the same run.

    .venv/bin/python build/bench_risk.py [--repeat 5]

Backtest: a 24-month (730-day) loan started on every day of resources/data/btc_price_usd_daily.csv;
baseline = the sliding-window min and max of the prices only. Monte Carlo: 10,000 paths × 730 days;
baseline = generating the bootstrap price paths only (one block draw, gather, cumsum, exp).
Times are the best of ``--repeat`` runs (time.perf_counter).
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import sys
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np
from numpy.lib.stride_tricks import sliding_window_view

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from desktop.core import risk  # noqa: E402

PRICES_CSV = ROOT / "resources" / "data" / "btc_price_usd_daily.csv"
TERM_DAYS = 730
PATHS = 10_000
BLOCK = 30


def load() -> tuple[list[dt.date], np.ndarray]:
    with PRICES_CSV.open(newline="") as fh:
        rows = list(csv.DictReader(fh))
    return [dt.date.fromisoformat(r["date"]) for r in rows], np.array([float(r["close_usd"]) for r in rows])


def best(fn: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return min(times)


def measure(repeat: int = 5) -> list[tuple[str, float, float]]:
    """(case, best time, best baseline time) in seconds for each case (build/bench_scale.py shows them too)."""
    dates, prices = load()
    debt = np.linspace(100_000.0, 124_000.0, TERM_DAYS + 1)  # a bullet at 12 % a year
    thresholds = dict(initial_ltv=0.5, margin_call=0.7, liquidation=0.8, cure_to=0.5)
    returns = np.diff(np.log(prices))
    start_price = float(prices[-1])
    collateral = debt[0] / (0.5 * start_price)

    def base_window() -> None:
        w = sliding_window_view(prices, TERM_DAYS + 1)
        w.min(axis=1)
        w.max(axis=1)

    def base_paths() -> None:
        rng = np.random.default_rng(1)
        blocks = -(-TERM_DAYS // BLOCK)
        first = rng.integers(0, len(returns) - BLOCK + 1, size=(PATHS, blocks))
        idx = (first[:, :, None] + np.arange(BLOCK)).reshape(PATHS, -1)[:, :TERM_DAYS]
        start_price * np.exp(np.cumsum(returns[idx], axis=1))

    def base_gbm() -> None:
        rng = np.random.default_rng(1)
        step = rng.standard_normal((PATHS, TERM_DAYS)) * returns.std() + returns.mean()
        start_price * np.exp(np.cumsum(step, axis=1))

    mc_kw = dict(margin_call=0.7, liquidation=0.8, cure_to=0.5, paths=PATHS, seed=1)
    cases = [
        ("backtest 24 mo, every start", lambda: risk.backtest(dates, prices, debt, **thresholds), base_window),
        ("backtest + top-ups", lambda: risk.backtest(dates, prices, debt, **thresholds,
                                                     topup_btc_per_day=0.001), base_window),
        ("Monte Carlo bootstrap 10k×730", lambda: risk.monte_carlo(prices, debt, start_price, collateral,
                                                                   **mc_kw), base_paths),
        ("Monte Carlo GBM 10k×730", lambda: risk.monte_carlo(prices, debt, start_price, collateral,
                                                             method="gbm", **mc_kw), base_gbm),
        ("Monte Carlo bootstrap + top-ups", lambda: risk.monte_carlo(
            prices, debt, start_price, collateral, topup_btc_per_day=0.001, **mc_kw), base_paths),
    ]
    return [(name, best(fn, repeat), best(base, repeat)) for name, fn, base in cases]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    dates, prices = load()
    starts = len(prices) - TERM_DAYS
    print(f"{len(prices)} daily prices {dates[0]} … {dates[-1]}; {starts} start dates; best of {args.repeat}")
    print(f"{'case':34} {'risk':>10} {'baseline':>10} {'ratio':>7}")
    for name, t, b in measure(args.repeat):
        print(f"{name:34} {t * 1000:8.1f}ms {b * 1000:8.1f}ms {t / b:6.2f}×")


if __name__ == "__main__":
    main()
