"""Loan risk: historical backtests, Monte Carlo, stress tests, sell-or-borrow, mining output.

Pure numpy (float64) for the risk figures: probabilities, shares, LTVs and price paths. Anything that
is money or BTC in a returned result is a :class:`~decimal.Decimal`: BTC exact to the satoshi (8
decimals), prices and fiat amounts as ``Decimal(str(round(x, 8)))`` for the caller to quantise to the
currency's minor unit. Totals of BTC mined are integer satoshis. ``to_dict()`` gives JSON-friendly
values: shares/LTVs as floats rounded to 4 decimals, BTC as 8-decimal strings, money as strings.

Conventions
-----------
- **Days.** Day 0 is the loan's start date; a loan of ``term_days`` has ``term_days + 1`` daily
  values (day 0 … maturity). Prices are one daily close per day, consecutive days, all > 0.
- **Debt curve** (:func:`debt_curve`). The debt owed at each day, *before* that day's payment: day 0 is
  the principal; on a schedule date it is the amount owed before paying (``PricePoint.debt``); between
  two schedule dates it grows linearly from the balance after the previous payment to the amount owed
  on the next date. So a bullet loan grows with its accrued interest, an interest-only loan is a saw
  tooth, an annuity declines. Fees charged on day 0 do not change the debt.
- **LTV** on day t = debt[t] / (BTC pledged × price[t]) (BTC collateral only; equipment is not counted).
  A *margin call* is LTV ≥ ``margin_call`` on any day, a *liquidation* LTV ≥ ``liquidation`` on any day
  the loan is still open. Daily closes only: intraday wicks are not seen.
- **Top-up model** (``topup_btc_per_day``, ``spare_btc``). The borrower keeps a reserve: ``spare_btc``
  at day 0 plus the mining output accumulated so far (``cumsum(topup_btc_per_day)``, day t's output
  counts on day t). Each day, in order:
  1. LTV with the BTC pledged so far; if ≥ ``liquidation`` the loan is liquidated that day (a gap
     straight through the liquidation level cannot be rescued; nothing is checked afterwards).
  2. Else if ≥ ``margin_call``: a margin call is counted (cured or not), and the borrower pledges from
     the reserve the BTC needed to bring the LTV back to ``cure_to``; if the reserve is short it
     pledges all it has (a partial top-up). Pledged BTC stays pledged until maturity.
  A cured call therefore only becomes a liquidation if the LTV later reaches ``liquidation`` again.
  Without top-ups (both zero) the whole computation is vectorised over start dates and days.
- **BTC left** (``BacktestResult.median_btc_left``): the BTC the borrower has at maturity out of the
  collateral and ``spare_btc`` (mining output is the farm's income and is not counted). Loan survives:
  collateral + ``spare_btc`` (top-ups are returned with the collateral at maturity). Liquidated: the
  collateral and every top-up are lost, any liquidation surplus is ignored; what is left is the part
  of ``spare_btc`` that was never pledged (top-ups draw on mining output first, then on the spare).
  So with no spare BTC a liquidated start counts 0.
- **Monte Carlo** (:func:`monte_carlo`). Daily log returns of the history; ``bootstrap`` concatenates
  random blocks of ``block_days`` consecutive returns (keeping volatility clustering), ``gbm`` draws
  normal log returns with the history's mean and standard deviation (log S follows a random walk with
  drift = the mean log return, i.e. GBM with μ − σ²/2 = mean). Paths start at ``start_price``;
  the same top-up model applies. LTV percentiles are of the LTV after that day's top-up, over all paths
  (a liquidated path keeps its hypothetical LTV), sampled every ``sample_every`` days and on the last day.
  Deterministic for a given ``seed`` (``numpy.random.default_rng``).
- **Stress** (:func:`stress`). An instant fall on day 0, the price then staying there: ``ltv_after`` is
  the day-0 LTV after the fall (the margin-call / liquidation flags refer to it), ``ltv_peak`` the
  highest LTV over the term at that price (a bullet's debt grows).
- **Drawdowns** (:func:`worst_drawdowns`). For each day the fall from the highest close of the previous
  ``days`` days (window of ``days + 1`` closes); the largest non-overlapping episodes, biggest first.
  :func:`replay` applies the history from each drawdown's peak (relative to the peak, for as many days
  as the loan lasts; the last close is held if the history ends) to the loan.
- **Sell or borrow** (:func:`sell_or_borrow`). Sell: sell amount / price BTC now (rounded up to the
  satoshi) and hold the rest. Borrow: keep all the BTC, pay ``loan_total_paid`` over the loan. The value
  at an end price = BTC held × end price − payments. Liquidation along the way is not modelled here
  (use :func:`backtest` / :func:`monte_carlo` for that); since a liquidation sells collateral to repay
  the same debt, the fiat value is about the same, less the liquidation fee. Break-even end price =
  total paid / BTC sold: above it borrowing is better, below it selling.
- **Mining output** (:func:`mining_output`). The formula of :mod:`desktop.core.mining` day by day on
  floats: the subsidy in force on each date (real halving dates), difficulty growing smoothly by
  ``daily_growth_factor``; ``pool_fee`` and ``uptime`` are fractions; uptime scales both the BTC and the
  energy. BTC sold for power = power[W] × 24 × uptime / 1000 × tariff / price (price flat or a daily
  array). Net = mined − sold for power (may be negative: then the farm buys nothing, the caller decides).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import ROUND_CEILING, Decimal
from typing import Any

import numpy as np
from numpy.lib.stride_tricks import sliding_window_view

from .errors import DomainError
from .mining import HALVING_DATES, INITIAL_SUBSIDY_SATS, SECONDS_PER_DAY, TWO_32, daily_growth_factor
from .money import SATS_PER_BTC

PERCENTILES = (5, 25, 50, 75, 95)
MC_CHUNK = 2000  # paths per chunk between progress calls
DEFAULT_DROPS = (0.30, 0.50, 0.70)
_BTC8 = Decimal("0.00000001")

Progress = Callable[[int, str], Any]


# --- small helpers ----------------------------------------------------------------------------


def _share(x: float | None) -> float | None:
    return None if x is None else round(float(x), 4)


def _btc_dec(btc: float) -> Decimal:
    """Float BTC → Decimal exact to the satoshi."""
    return Decimal(str(round(float(btc), 8))).quantize(_BTC8)


def _sats_to_btc(sats: int) -> Decimal:
    return (Decimal(int(sats)) / SATS_PER_BTC).quantize(_BTC8)


def _money(x: float) -> Decimal:
    return Decimal(str(round(float(x), 8)))


def _fmt_btc(x: Decimal | None) -> str | None:
    return None if x is None else f"{Decimal(x).quantize(_BTC8):f}"


def _fmt_money(x: Decimal | None) -> str | None:
    return None if x is None else f"{Decimal(x):f}"


def _check_thresholds(margin_call: float, liquidation: float, cure_to: float | None = None) -> None:
    if not 0 < margin_call <= liquidation:
        raise ValueError("need 0 < margin_call <= liquidation")
    if cure_to is not None and not 0 < cure_to <= margin_call:
        raise ValueError("need 0 < cure_to <= margin_call")


def _as_prices(prices: Any) -> np.ndarray:
    p = np.asarray(prices, dtype=np.float64)
    if p.ndim != 1:
        raise ValueError("prices must be one-dimensional")
    if not np.all(np.isfinite(p)) or np.any(p <= 0):
        raise ValueError("prices must be finite and positive")
    return p


def _as_debt(debt_by_day: Any) -> np.ndarray:
    d = np.asarray(debt_by_day, dtype=np.float64)
    if d.ndim != 1 or len(d) < 1:
        raise ValueError("debt_by_day must be a non-empty one-dimensional array")
    if not np.all(np.isfinite(d)) or np.any(d < 0):
        raise ValueError("debt must be finite and not negative")
    return d


def _daily(value: np.ndarray | float, length: int, name: str) -> np.ndarray:
    arr = np.asarray(value, dtype=np.float64)
    if arr.ndim == 0:
        return np.full(length, float(arr))
    if arr.shape != (length,):
        raise ValueError(f"{name} must be a number or an array of {length} daily values")
    return arr


# --- debt -------------------------------------------------------------------------------------


def debt_curve(result: Any) -> np.ndarray:
    """Debt owed on each day 0..term_days of a :class:`~desktop.core.loans.LoanResult` (see Conventions)."""
    start: dt.date = result.start_date
    term_days = (result.maturity_date - start).days
    if term_days < 1:
        raise ValueError("the loan must last at least one day")
    owed = {p.date: float(p.debt) for p in result.price_drift}
    after: dict[dt.date, float] = {}
    for row in result.schedule:
        if row.date != start:
            after[row.date] = float(row.balance)
    curve = np.empty(term_days + 1)
    prev_day, prev_balance = 0, float(result.price_drift[0].debt)
    curve[0] = prev_balance
    for day in sorted(d for d in owed if d != start):
        k = (day - start).days
        span = np.arange(1, k - prev_day + 1, dtype=np.float64)
        curve[prev_day + 1: k + 1] = prev_balance + (owed[day] - prev_balance) * span / (k - prev_day)
        prev_day, prev_balance = k, after.get(day, owed[day])
    if prev_day < term_days:  # not reached with a real schedule (the last row is the maturity)
        curve[prev_day + 1:] = prev_balance
    return curve


# --- the path engine shared by backtest, Monte Carlo and replay -------------------------------


@dataclass
class _Paths:
    mc_day: np.ndarray  # first margin-call day, -1 if none
    liq_day: np.ndarray  # liquidation day, -1 if none
    worst: np.ndarray  # highest LTV while the loan is open
    pledged: np.ndarray  # BTC added by top-ups
    sampled: np.ndarray | None  # LTV on the sampled days (after top-ups)


def _run_paths(
    prices: np.ndarray,
    debt: np.ndarray,
    collateral: np.ndarray,
    margin_call: float,
    liquidation: float,
    cure_to: float,
    reserve: np.ndarray | None,
    sample_days: np.ndarray | None = None,
) -> _Paths:
    """``prices`` (n, L) paths, ``debt`` (L,), ``collateral`` (n,); ``reserve`` (L,) BTC available to top up."""
    n, length = prices.shape
    rows = np.arange(n)
    if reserve is None:
        ltv = debt / prices
        ltv /= collateral[:, None]
        hit = ltv >= margin_call
        first = hit.argmax(axis=1)
        mc_day = np.where(hit[rows, first], first, -1)
        hit = ltv >= liquidation
        first = hit.argmax(axis=1)
        liquidated = hit[rows, first]
        liq_day = np.where(liquidated, first, -1)
        # before the liquidation day every LTV is below it, so the worst while open is that day's LTV
        worst = np.where(liquidated, ltv[rows, first], ltv.max(axis=1))
        sampled = ltv[:, sample_days] if sample_days is not None else None
        return _Paths(mc_day, liq_day, worst, np.zeros(n), sampled)

    mc_day = np.full(n, -1)
    liq_day = np.full(n, -1)
    worst = np.zeros(n)
    pledged = np.zeros(n)
    open_ = np.ones(n, dtype=bool)
    sampled = np.empty((n, len(sample_days))) if sample_days is not None else None
    sample_pos = {int(d): i for i, d in enumerate(sample_days)} if sample_days is not None else {}
    for t in range(length):
        price = prices[:, t]
        held = collateral + pledged
        ltv = debt[t] / (held * price)
        np.maximum(worst, np.where(open_, ltv, 0.0), out=worst)
        gone = open_ & (ltv >= liquidation)
        if gone.any():
            liq_day[gone] = t
            mc_day[gone & (mc_day < 0)] = t
            open_ &= ~gone
        call = open_ & (ltv >= margin_call)
        if call.any():
            mc_day[call & (mc_day < 0)] = t
            need = debt[t] / (cure_to * price) - held
            add = np.where(call, np.clip(np.minimum(need, reserve[t] - pledged), 0.0, None), 0.0)
            pledged += add
            ltv = debt[t] / ((collateral + pledged) * price)
        if t in sample_pos:
            sampled[:, sample_pos[t]] = ltv
    return _Paths(mc_day, liq_day, worst, pledged, sampled)


# --- backtest ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class BacktestResult:
    start_dates: int  # start dates tested (every one whose full term fits in the history and window)
    term_days: int
    margin_call_share: float  # share of start dates with a margin call
    liquidation_share: float
    worst_ltv: float  # highest LTV seen while a loan was open
    median_btc_left: Decimal  # see Conventions: BTC left
    first_margin_call_days: float | None  # median day of the first margin call, among the calls
    first_liquidation_days: float | None
    with_topup: bool

    def to_dict(self) -> dict[str, Any]:
        return {
            "start_dates": self.start_dates,
            "term_days": self.term_days,
            "margin_call_share": _share(self.margin_call_share),
            "liquidation_share": _share(self.liquidation_share),
            "worst_ltv": _share(self.worst_ltv),
            "median_btc_left": _fmt_btc(self.median_btc_left),
            "first_margin_call_days": self.first_margin_call_days,
            "first_liquidation_days": self.first_liquidation_days,
            "with_topup": self.with_topup,
        }


def _median_day(days: np.ndarray) -> float | None:
    days = days[days >= 0]
    return float(np.median(days)) if len(days) else None


def backtest(
    dates: Sequence[dt.date],
    prices: np.ndarray,
    debt_by_day: np.ndarray,
    *,
    initial_ltv: float,
    margin_call: float,
    liquidation: float,
    cure_to: float,
    collateral_btc: float | None = None,
    window_start: dt.date | None = None,
    window_end: dt.date | None = None,
    topup_btc_per_day: np.ndarray | float = 0.0,
    spare_btc: float = 0.0,
) -> BacktestResult:
    """The loan started on every day of the history whose full term fits (start in the window, if given).

    Collateral = debt[0] / (initial_ltv × price at the start), or ``collateral_btc`` for every start.
    """
    p = _as_prices(prices)
    debt = _as_debt(debt_by_day)
    if len(dates) != len(p):
        raise ValueError("dates and prices must have the same length")
    _check_thresholds(margin_call, liquidation, cure_to)
    length = len(debt)
    term_days = length - 1
    if len(p) < length:
        raise DomainError("the history is shorter than the loan")
    windows = sliding_window_view(p, length)  # (starts, length), a view: no copy
    starts = np.arange(len(windows))
    if window_start is not None or window_end is not None:
        day = np.array(dates, dtype="datetime64[D]")[: len(windows)]
        keep = np.ones(len(windows), dtype=bool)
        if window_start is not None:
            keep &= day >= np.datetime64(window_start, "D")
        if window_end is not None:
            keep &= day <= np.datetime64(window_end, "D")
        starts = starts[keep]
        windows = windows[keep]
    n = len(starts)
    if n == 0:
        raise DomainError("no start date in the window has its full term in the history")
    if collateral_btc is None:
        if not 0 < initial_ltv <= 1:
            raise ValueError("initial_ltv must be in (0, 1]")
        collateral = debt[0] / (initial_ltv * windows[:, 0])
    else:
        if collateral_btc <= 0:
            raise ValueError("collateral must be positive")
        collateral = np.full(n, float(collateral_btc))
    mined = np.cumsum(_daily(topup_btc_per_day, length, "topup_btc_per_day"))
    with_topup = bool(spare_btc > 0 or np.any(mined > 0))
    reserve = spare_btc + mined if with_topup else None
    res = _run_paths(windows, debt, collateral, margin_call, liquidation, cure_to, reserve)

    liquidated = res.liq_day >= 0
    mined_by_liq = np.where(liquidated, mined[np.maximum(res.liq_day, 0)], 0.0)
    spare_used = np.clip(res.pledged - mined_by_liq, 0.0, spare_btc)
    left = np.where(liquidated, spare_btc - spare_used, collateral + spare_btc)
    return BacktestResult(
        start_dates=n,
        term_days=term_days,
        margin_call_share=float(np.mean(res.mc_day >= 0)),
        liquidation_share=float(np.mean(liquidated)),
        worst_ltv=float(res.worst.max()),
        median_btc_left=_btc_dec(float(np.median(left))),
        first_margin_call_days=_median_day(res.mc_day),
        first_liquidation_days=_median_day(res.liq_day),
        with_topup=with_topup,
    )


# --- Monte Carlo ------------------------------------------------------------------------------


def liquidated_starts(dates: Sequence[dt.date], prices: np.ndarray, debt_by_day: np.ndarray, *, initial_ltv: float,
                      liquidation: float, window_start: dt.date | None = None
                      ) -> tuple[list[dt.date], list[dt.date]]:
    """The start dates a backtest tests (collateral sized by the initial LTV, no top-ups) and those of them
    that reached the liquidation LTV — to show one of them on a chart."""
    p, debt = _as_prices(prices), _as_debt(debt_by_day)
    if len(p) < len(debt):
        return [], []
    windows = sliding_window_view(p, len(debt))
    starts = list(dates[: len(windows)])
    keep = np.array([window_start is None or d >= window_start for d in starts], dtype=bool)
    windows, starts = windows[keep], [d for d, k in zip(starts, keep, strict=True) if k]
    if not starts:
        return [], []
    ltv = debt[None, :] * initial_ltv * windows[:, :1] / (debt[0] * windows)
    return starts, [starts[int(i)] for i in np.flatnonzero((ltv >= liquidation).any(axis=1))]


@dataclass(frozen=True)
class MonteCarloResult:
    paths: int
    method: str
    margin_call_probability: float
    liquidation_probability: float
    ltv_percentiles: dict[int, list[float]]  # percentile -> LTV on each of ``days``
    days: list[int]
    seed: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "paths": self.paths,
            "method": self.method,
            "seed": self.seed,
            "margin_call_probability": _share(self.margin_call_probability),
            "liquidation_probability": _share(self.liquidation_probability),
            "days": list(self.days),
            "ltv_percentiles": {str(k): [round(v, 4) for v in vs] for k, vs in self.ltv_percentiles.items()},
        }


def log_returns(prices: np.ndarray) -> np.ndarray:
    """Daily log returns of a positive price series."""
    return np.diff(np.log(_as_prices(prices)))


def simulate_prices(
    returns: np.ndarray,
    start_price: float,
    paths: int,
    steps: int,
    rng: np.random.Generator,
    *,
    method: str = "bootstrap",
    block_days: int = 30,
) -> np.ndarray:
    """(paths, steps + 1) price paths starting at ``start_price`` (column 0)."""
    if method == "bootstrap":
        block = max(1, min(block_days, len(returns)))
        blocks = -(-steps // block)
        first = rng.integers(0, len(returns) - block + 1, size=(paths, blocks))
        idx = (first[:, :, None] + np.arange(block)).reshape(paths, blocks * block)[:, :steps]
        step = returns[idx]
    elif method == "gbm":
        mu = float(returns.mean())
        sigma = float(returns.std())
        step = rng.standard_normal((paths, steps)) * sigma + mu if sigma > 0 else np.full((paths, steps), mu)
    else:
        raise ValueError("method must be 'bootstrap' or 'gbm'")
    out = np.empty((paths, steps + 1))
    out[:, 0] = 0.0
    np.cumsum(step, axis=1, out=out[:, 1:])
    np.exp(out, out=out)
    out *= start_price
    return out


def monte_carlo(
    prices_history: np.ndarray,
    debt_by_day: np.ndarray,
    start_price: float,
    collateral_btc: float,
    *,
    margin_call: float,
    liquidation: float,
    cure_to: float | None = None,
    paths: int = 10_000,
    method: str = "bootstrap",
    block_days: int = 30,
    seed: int | None = None,
    topup_btc_per_day: np.ndarray | float = 0.0,
    spare_btc: float = 0.0,
    sample_every: int = 7,
    progress: Progress | None = None,
) -> MonteCarloResult:
    """Simulated price paths over the loan (see Conventions). ``progress(percent, text)`` runs between chunks
    of paths and may raise to cancel. ``cure_to`` (default: ``margin_call``) is the top-ups' target LTV."""
    debt = _as_debt(debt_by_day)
    returns = log_returns(prices_history)
    if len(returns) < 1:
        raise ValueError("the history needs at least two prices")
    if start_price <= 0 or collateral_btc <= 0:
        raise ValueError("start price and collateral must be positive")
    if paths < 1:
        raise ValueError("paths must be at least 1")
    if method not in ("bootstrap", "gbm"):
        raise ValueError("method must be 'bootstrap' or 'gbm'")
    cure = margin_call if cure_to is None else cure_to
    _check_thresholds(margin_call, liquidation, cure)
    length = len(debt)
    steps = length - 1
    mined = np.cumsum(_daily(topup_btc_per_day, length, "topup_btc_per_day"))
    reserve = spare_btc + mined if (spare_btc > 0 or np.any(mined > 0)) else None
    sample_days = np.unique(np.append(np.arange(0, length, max(1, sample_every)), steps))

    rng = np.random.default_rng(seed)
    mc = liq = 0
    sampled = []
    done = 0
    while done < paths:
        n = min(MC_CHUNK, paths - done)
        price_paths = simulate_prices(returns, start_price, n, steps, rng, method=method, block_days=block_days)
        res = _run_paths(price_paths, debt, np.full(n, float(collateral_btc)), margin_call, liquidation,
                         cure, reserve, sample_days)
        mc += int(np.count_nonzero(res.mc_day >= 0))
        liq += int(np.count_nonzero(res.liq_day >= 0))
        sampled.append(res.sampled)
        done += n
        if progress is not None:
            progress(int(100 * done / paths), f"{done} of {paths} paths")
    all_ltv = np.concatenate(sampled)
    pct = np.percentile(all_ltv, PERCENTILES, axis=0)
    return MonteCarloResult(
        paths=paths,
        method=method,
        margin_call_probability=mc / paths,
        liquidation_probability=liq / paths,
        ltv_percentiles={q: [float(v) for v in pct[i]] for i, q in enumerate(PERCENTILES)},
        days=[int(d) for d in sample_days],
        seed=seed,
    )


# --- stress tests, drawdowns, replays ---------------------------------------------------------


@dataclass(frozen=True)
class StressCase:
    name: str
    drop: float  # share of the price lost, 0.3 = −30 %
    ltv_after: float  # day-0 LTV after the fall
    ltv_peak: float  # highest LTV over the term at that price
    margin_call: bool  # ltv_after ≥ margin call
    liquidation: bool
    price_after: Decimal

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "drop": _share(self.drop),
            "ltv_after": _share(self.ltv_after),
            "ltv_peak": _share(self.ltv_peak),
            "margin_call": self.margin_call,
            "liquidation": self.liquidation,
            "price_after": _fmt_money(self.price_after),
        }


def stress(
    start_price: float,
    debt_by_day: np.ndarray,
    collateral_btc: float,
    *,
    margin_call: float,
    liquidation: float,
    drops: Sequence[float] = DEFAULT_DROPS,
) -> list[StressCase]:
    """Instant price falls on day 0."""
    debt = _as_debt(debt_by_day)
    _check_thresholds(margin_call, liquidation)
    if start_price <= 0 or collateral_btc <= 0:
        raise ValueError("start price and collateral must be positive")
    cases = []
    for drop in drops:
        if not 0 <= drop < 1:
            raise ValueError("a drop must be from 0 to below 1")
        price = float(start_price) * (1 - drop)
        after = float(debt[0] / (collateral_btc * price))
        cases.append(StressCase(
            name=f"−{round(drop * 100, 2):g} %",
            drop=float(drop),
            ltv_after=after,
            ltv_peak=float(debt.max() / (collateral_btc * price)),
            margin_call=after >= margin_call,
            liquidation=after >= liquidation,
            price_after=_money(price),
        ))
    return cases


@dataclass(frozen=True)
class Drawdown:
    start: dt.date  # the peak's date
    end: dt.date  # the trough's date
    peak: Decimal
    trough: Decimal
    fall: float  # 1 − trough / peak

    def to_dict(self) -> dict[str, Any]:
        return {
            "start": self.start.isoformat(),
            "end": self.end.isoformat(),
            "peak": _fmt_money(self.peak),
            "trough": _fmt_money(self.trough),
            "fall": _share(self.fall),
        }


def worst_drawdowns(dates: Sequence[dt.date], prices: np.ndarray, days: int, count: int = 3) -> list[Drawdown]:
    """The ``count`` largest peak-to-trough falls lasting at most ``days`` days, not overlapping."""
    p = _as_prices(prices)
    if len(dates) != len(p):
        raise ValueError("dates and prices must have the same length")
    if days < 1:
        raise ValueError("days must be at least 1")
    padded = np.concatenate([np.full(days, -np.inf), p])
    windows = sliding_window_view(padded, days + 1)  # window j ends at price j
    peak_at = windows.argmax(axis=1) + np.arange(len(p)) - days
    fall = 1.0 - p / p[peak_at]
    order = np.argsort(-fall, kind="stable")
    chosen: list[tuple[int, int]] = []
    for j in order:
        if fall[j] <= 0 or len(chosen) >= count:
            break
        i = int(peak_at[j])
        if any(i <= b and a <= j for a, b in chosen):
            continue
        chosen.append((i, int(j)))
    return [Drawdown(dates[i], dates[j], _money(p[i]), _money(p[j]), float(fall[j])) for i, j in chosen]


@dataclass(frozen=True)
class ReplayCase:
    drawdown: Drawdown
    margin_call_day: int | None
    liquidation_day: int | None
    worst_ltv: float
    btc_added: Decimal  # top-ups pledged

    def to_dict(self) -> dict[str, Any]:
        return {
            "drawdown": self.drawdown.to_dict(),
            "margin_call_day": self.margin_call_day,
            "liquidation_day": self.liquidation_day,
            "worst_ltv": _share(self.worst_ltv),
            "btc_added": _fmt_btc(self.btc_added),
        }


def replay(
    drawdowns: Sequence[Drawdown],
    dates: Sequence[dt.date],
    prices: np.ndarray,
    start_price: float,
    debt_by_day: np.ndarray,
    collateral_btc: float,
    *,
    margin_call: float,
    liquidation: float,
    cure_to: float | None = None,
    topup_btc_per_day: np.ndarray | float = 0.0,
    spare_btc: float = 0.0,
) -> list[ReplayCase]:
    """The loan (started at ``start_price``) living through the history from each drawdown's peak."""
    p = _as_prices(prices)
    debt = _as_debt(debt_by_day)
    cure = margin_call if cure_to is None else cure_to
    _check_thresholds(margin_call, liquidation, cure)
    length = len(debt)
    index = {d: i for i, d in enumerate(dates)}
    mined = np.cumsum(_daily(topup_btc_per_day, length, "topup_btc_per_day"))
    reserve = spare_btc + mined if (spare_btc > 0 or np.any(mined > 0)) else None
    out = []
    for dd in drawdowns:
        i = index[dd.start]
        seg = p[i: i + length]
        if len(seg) < length:
            seg = np.concatenate([seg, np.full(length - len(seg), seg[-1])])
        path = (float(start_price) * seg / seg[0])[None, :]
        res = _run_paths(path, debt, np.array([float(collateral_btc)]), margin_call, liquidation, cure, reserve)
        mc_day, liq_day = int(res.mc_day[0]), int(res.liq_day[0])
        out.append(ReplayCase(dd, mc_day if mc_day >= 0 else None, liq_day if liq_day >= 0 else None,
                              float(res.worst[0]), _btc_dec(res.pledged[0])))
    return out


# --- sell or borrow ---------------------------------------------------------------------------


def _d(value: Any, name: str) -> Decimal:
    if isinstance(value, Decimal | int) and not isinstance(value, bool):
        return Decimal(value)
    if isinstance(value, float | np.floating):
        return Decimal(str(value))
    if isinstance(value, str):
        return Decimal(value)
    raise TypeError(f"{name} must be a number")


@dataclass(frozen=True)
class SellOrBorrowCase:
    end_price: Decimal
    sell_btc_left: Decimal  # BTC kept after selling enough for the amount
    sell_fiat: Decimal  # its value at the end price
    borrow_btc_left: Decimal  # all the BTC (the collateral comes back)
    borrow_fiat: Decimal  # its value at the end price − all loan payments
    better: str  # "sell" | "borrow" | "equal"

    def to_dict(self) -> dict[str, Any]:
        return {
            "end_price": _fmt_money(self.end_price),
            "sell_btc_left": _fmt_btc(self.sell_btc_left),
            "sell_fiat": _fmt_money(self.sell_fiat),
            "borrow_btc_left": _fmt_btc(self.borrow_btc_left),
            "borrow_fiat": _fmt_money(self.borrow_fiat),
            "better": self.better,
        }


def _sats_sold(amount: Decimal, price: Decimal) -> int:
    if amount <= 0 or price <= 0:
        raise DomainError("amount and price must be positive")
    return int((amount * SATS_PER_BTC / price).to_integral_value(rounding=ROUND_CEILING))


def sell_or_borrow(
    amount_fiat: Decimal,
    price: Decimal,
    holdings_btc: Decimal,
    loan_total_paid: Decimal,
    loan_collateral_btc: Decimal,
    end_prices: Sequence[Decimal | float],
) -> list[SellOrBorrowCase]:
    """Raise ``amount_fiat`` by selling BTC now or by borrowing; the positions at each end price."""
    amount, p0 = _d(amount_fiat, "amount_fiat"), _d(price, "price")
    holdings = _d(holdings_btc, "holdings_btc").quantize(_BTC8)
    paid = _d(loan_total_paid, "loan_total_paid")
    collateral = _d(loan_collateral_btc, "loan_collateral_btc")
    if collateral > holdings:
        raise DomainError("the collateral cannot be more than the BTC held")
    sold = _sats_to_btc(_sats_sold(amount, p0))
    if sold > holdings:
        raise DomainError("not enough BTC to sell for the amount")
    sell_left = holdings - sold
    cases = []
    for end in end_prices:
        e = _d(end, "end_price")
        sell_value = sell_left * e
        borrow_value = holdings * e - paid
        better = "borrow" if borrow_value > sell_value else "sell" if sell_value > borrow_value else "equal"
        cases.append(SellOrBorrowCase(e, sell_left, sell_value, holdings, borrow_value, better))
    return cases


def break_even_price(amount_fiat: Decimal, price: Decimal, loan_total_paid: Decimal) -> Decimal:
    """End price at which selling and borrowing are worth the same: total paid / BTC sold."""
    sats = _sats_sold(_d(amount_fiat, "amount_fiat"), _d(price, "price"))
    return _d(loan_total_paid, "loan_total_paid") * SATS_PER_BTC / sats


# --- mining output ----------------------------------------------------------------------------


@dataclass(frozen=True)
class MiningOutlook:
    start: dt.date
    btc_mined_per_day: np.ndarray
    btc_sold_for_power_per_day: np.ndarray
    net_btc_per_day: np.ndarray
    total_mined_sats: int
    total_net_sats: int

    @property
    def total_mined(self) -> Decimal:
        return _sats_to_btc(self.total_mined_sats)

    @property
    def total_net(self) -> Decimal:
        return _sats_to_btc(self.total_net_sats)

    def to_dict(self) -> dict[str, Any]:
        return {
            "start": self.start.isoformat(),
            "days": len(self.btc_mined_per_day),
            "total_mined": _fmt_btc(self.total_mined),
            "total_net": _fmt_btc(self.total_net),
            "btc_mined_per_day": [round(float(x), 8) for x in self.btc_mined_per_day],
            "net_btc_per_day": [round(float(x), 8) for x in self.net_btc_per_day],
        }


def subsidy_btc_by_day(start: dt.date, days: int) -> np.ndarray:
    """Block subsidy in BTC in force on each of ``days`` days from ``start`` (real halving dates)."""
    ordinals = start.toordinal() + np.arange(days)
    halvings = np.searchsorted(np.array([h.toordinal() for h in HALVING_DATES]), ordinals, side="right")
    return (INITIAL_SUBSIDY_SATS >> halvings) / SATS_PER_BTC


def mining_output(
    days: int,
    start: dt.date,
    fleet_ths: float,
    difficulty: float,
    growth_per_month: float,
    pool_fee: float,
    uptime: float,
    fees_per_block_btc: float,
    price: np.ndarray | float,
    power_w: float,
    tariff: float,
) -> MiningOutlook:
    """Expected daily BTC of a fleet and the BTC sold to pay for its power (see Conventions)."""
    if days < 1:
        raise ValueError("days must be at least 1")
    if fleet_ths <= 0 or difficulty <= 0:
        raise ValueError("hashrate and difficulty must be positive")
    if not 0 <= pool_fee < 1 or not 0 < uptime <= 1:
        raise ValueError("pool_fee must be in [0, 1) and uptime in (0, 1]")
    factor = float(daily_growth_factor(Decimal(str(growth_per_month))))
    diff = float(difficulty) * factor ** np.arange(days, dtype=np.float64)
    reward = subsidy_btc_by_day(start, days) + float(fees_per_block_btc)
    mined = fleet_ths * 1e12 * SECONDS_PER_DAY * reward / (diff * TWO_32) * (1 - pool_fee) * uptime
    prices = _as_prices(_daily(price, days, "price"))
    cost = float(power_w) * 24 * uptime / 1000 * float(tariff)
    sold = cost / prices
    net = mined - sold
    return MiningOutlook(
        start=start,
        btc_mined_per_day=mined,
        btc_sold_for_power_per_day=sold,
        net_btc_per_day=net,
        total_mined_sats=int(round(float(mined.sum()) * SATS_PER_BTC)),
        total_net_sats=int(round(float(net.sum()) * SATS_PER_BTC)),
    )


__all__ = [
    "BacktestResult", "Drawdown", "MiningOutlook", "MonteCarloResult", "ReplayCase", "SellOrBorrowCase",
    "StressCase", "backtest", "break_even_price", "debt_curve", "log_returns", "mining_output",
    "monte_carlo", "replay", "sell_or_borrow", "simulate_prices", "stress", "subsidy_btc_by_day",
    "worst_drawdowns",
]
