"""Mining economics: block subsidy by date, expected output of a fleet, the mining calculator.

Expected BTC per day = hashrate[H/s] × 86,400 × (subsidy + fees per block) ÷ (difficulty × 2³²).
Results are exact-enough Decimals for display and integer satoshis for the books.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal, localcontext
from typing import Protocol

from .errors import DomainError
from .money import SATS_PER_BTC, check_currency

TWO_32 = 2**32
SECONDS_PER_DAY = 86_400
INITIAL_SUBSIDY_SATS = 50 * SATS_PER_BTC

# Dates on which each halving happened (block 210,000 × n); the future ones are estimates at ~10 min
# per block and are replaced by the real dates as they pass.
HALVING_DATES: tuple[dt.date, ...] = (
    dt.date(2012, 11, 28),  # block 210,000
    dt.date(2016, 7, 9),  # 420,000
    dt.date(2020, 5, 11),  # 630,000
    dt.date(2024, 4, 20),  # 840,000
    dt.date(2028, 4, 15),  # 1,050,000 (estimate)
    dt.date(2032, 4, 10),  # 1,260,000 (estimate)
    dt.date(2036, 4, 5),  # 1,470,000 (estimate)
)


def subsidy_sats_at(day: dt.date) -> int:
    """Block subsidy in satoshis in force on ``day``."""
    halvings = sum(1 for h in HALVING_DATES if day >= h)
    return INITIAL_SUBSIDY_SATS >> halvings


def expected_sats_per_day(
    hashrate_ths: Decimal,
    difficulty: Decimal,
    day: dt.date,
    *,
    fees_per_block_sats: int = 0,
    pool_fee: Decimal = Decimal(0),
    uptime: Decimal = Decimal(1),
) -> Decimal:
    """Expected satoshis mined per day (fractional; the caller rounds when booking)."""
    if difficulty <= 0:
        raise ValueError("difficulty must be positive")
    reward = Decimal(subsidy_sats_at(day) + fees_per_block_sats)
    hashes_per_day = Decimal(hashrate_ths) * Decimal(10**12) * SECONDS_PER_DAY
    gross = hashes_per_day * reward / (Decimal(difficulty) * TWO_32)
    return gross * (1 - Decimal(pool_fee)) * Decimal(uptime)


def efficiency_j_per_th(power_w: int, hashrate_ths: Decimal) -> Decimal:
    if hashrate_ths <= 0:
        raise ValueError("hashrate must be positive")
    return Decimal(power_w) / Decimal(hashrate_ths)


# --------------------------------------------------------------------------------------------------
# The mining calculator: what a machine or a fleet earns today and over a horizon.
#
# Conventions (all Decimal, never a float):
# * Percent inputs are percents (``pool_fee_percent=2`` means 2 %); the maths converts to fractions.
# * Uptime scales both the BTC mined and the energy used (a machine that is off draws nothing).
# * Energy per day = power[W] × 24 h × uptime ÷ 1000 → kWh.
# * The BTC price and the tariff stay flat over the horizon; only difficulty and the subsidy move.
# * Difficulty grows geometrically and smoothly, day by day: a monthly rate g becomes a daily factor
#   (1 + g) ** (1 / 30.4375), 30.4375 = 365.25 / 12 the mean Gregorian month. Day 0 (the start date)
#   uses the given difficulty; day i uses difficulty × factor ** i. (The real network retargets in steps
#   every 2016 blocks; the smooth curve is the usual calculator approximation.)
# * The subsidy on each projected day is the one in force on that date (HALVING_DATES).
# * "Per month" is the projection over the first 30 days from the start date.
# --------------------------------------------------------------------------------------------------

DAYS_PER_MONTH = Decimal("30.4375")  # 365.25 / 12
MONTH_DAYS = 30  # the "per month" figures
MAX_DAYS = 3653  # ten years: the longest horizon and the payback search limit
_PREC = 40  # working precision of the calculator (the default context has 28 digits)


class Series(Protocol):
    """Anything with a daily ``at(day)`` lookup, e.g. :class:`desktop.services.history.Series`."""

    def at(self, day: dt.date) -> Decimal | None: ...


def subsidy_btc_at(day: dt.date) -> Decimal:
    """Block subsidy in BTC in force on ``day`` (3.125 from 2024-04-20)."""
    return Decimal(subsidy_sats_at(day)) / SATS_PER_BTC


def btc_per_day_formula(
    hashrate_ths: Decimal,
    difficulty: Decimal,
    reward_btc: Decimal,
    *,
    pool_fee: Decimal = Decimal(0),
    uptime: Decimal = Decimal(1),
) -> Decimal:
    """BTC/day = H[H/s] × 86,400 × reward ÷ (difficulty × 2³²) × (1 − pool fee) × uptime.

    ``reward_btc`` is subsidy + fees per block; ``pool_fee`` and ``uptime`` are fractions (0.02, 0.97).
    """
    if difficulty <= 0:
        raise ValueError("difficulty must be positive")
    with localcontext(prec=_PREC):
        hashes_per_day = Decimal(hashrate_ths) * Decimal(10**12) * SECONDS_PER_DAY
        gross = hashes_per_day * Decimal(reward_btc) / (Decimal(difficulty) * TWO_32)
        return +(gross * (1 - Decimal(pool_fee)) * Decimal(uptime))


def daily_growth_factor(growth_per_month: Decimal) -> Decimal:
    """Monthly growth fraction (0.03 = 3 %/month) → daily multiplier (1 + g) ** (1 / 30.4375)."""
    g = Decimal(growth_per_month)
    if g <= -1:
        raise ValueError("difficulty growth must be above -100 % per month")
    if g == 0:
        return Decimal(1)
    with localcontext(prec=_PREC):
        return (1 + g) ** (1 / DAYS_PER_MONTH)


def _months_back(day: dt.date, months: int) -> dt.date:
    month_index = day.year * 12 + (day.month - 1) - months
    year, month0 = divmod(month_index, 12)
    month = month0 + 1
    for d in (day.day, 30, 29, 28):  # clamp 31 March → 28/29 February etc.
        try:
            return dt.date(year, month, d)
        except ValueError:
            continue
    raise AssertionError("unreachable")  # pragma: no cover


def difficulty_growth_per_month(series: Series, end_date: dt.date, months: int = 12) -> Decimal:
    """Average monthly difficulty growth over the ``months`` calendar months up to ``end_date``.

    Geometric: (D[end] / D[end − months]) ** (1 / months) − 1, returned as a fraction
    (0.0234 = 2.34 %/month; multiply by 100 for the ``--difficulty-growth-percent-month`` input).
    Raises ValueError if the series has no value at either end.
    """
    if months < 1:
        raise ValueError("months must be at least 1")
    start_date = _months_back(end_date, months)
    end_value = series.at(end_date)
    start_value = series.at(start_date)
    if end_value is None or start_value is None:
        raise ValueError(f"no difficulty in the series for {start_date.isoformat()} … {end_date.isoformat()}")
    if end_value <= 0 or start_value <= 0:
        raise ValueError("difficulty must be positive")
    with localcontext(prec=_PREC):
        return +((Decimal(end_value) / Decimal(start_value)) ** (Decimal(1) / months) - 1)


@dataclass(frozen=True)
class MiningInputs:
    """What the calculator needs. Money in ``currency``; BTC in BTC; percents as percents."""

    hashrate_ths: Decimal
    power_w: Decimal
    tariff_per_kwh: Decimal
    currency: str
    btc_price: Decimal
    difficulty: Decimal
    start_date: dt.date
    fees_per_block_btc: Decimal = Decimal(0)
    pool_fee_percent: Decimal = Decimal(0)
    uptime_percent: Decimal = Decimal(100)
    days: int = 30
    difficulty_growth_percent_month: Decimal = Decimal(0)
    purchase_price: Decimal | None = None

    def validate(self) -> None:
        """Raise ValueError with a one-line message for the first bad input."""
        for name, value in vars(self).items():
            if isinstance(value, float):
                raise TypeError(f"{name}: floats are not accepted; pass a Decimal or int")
        if self.hashrate_ths <= 0:
            raise DomainError("hashrate must be positive")
        if self.power_w < 0:
            raise DomainError("power must not be negative")
        if self.tariff_per_kwh < 0:
            raise DomainError("tariff must not be negative")
        check_currency(self.currency)
        if self.btc_price < 0:
            raise DomainError("BTC price must not be negative")
        if self.difficulty <= 0:
            raise DomainError("difficulty must be positive")
        if self.fees_per_block_btc < 0:
            raise DomainError("fees per block must not be negative")
        if not 0 <= self.pool_fee_percent < 100:
            raise DomainError("pool fee must be from 0 to below 100 %")
        if not 0 < self.uptime_percent <= 100:
            raise DomainError("uptime must be above 0 and at most 100 %")
        if not isinstance(self.days, int) or not 1 <= self.days <= MAX_DAYS:
            raise DomainError("days must be a whole number from 1 to {0}", MAX_DAYS)
        if self.difficulty_growth_percent_month <= -100:
            raise DomainError("difficulty growth must be above -100 % per month")
        if self.purchase_price is not None and self.purchase_price < 0:
            raise DomainError("purchase price must not be negative")


@dataclass(frozen=True)
class ProjectionDay:
    day: dt.date
    difficulty: Decimal
    subsidy_btc: Decimal
    btc: Decimal
    revenue: Decimal
    profit: Decimal
    cumulative_profit: Decimal


@dataclass(frozen=True)
class MiningResult:
    """Unrounded Decimals; quantise for display (money to the minor unit, BTC to 8 decimals).

    ``None`` where a figure does not exist: break-even tariff without power use, payback never reached
    within ``MAX_DAYS`` (or no purchase price given).
    """

    inputs: MiningInputs
    # today (day 0)
    subsidy_btc: Decimal
    btc_per_day: Decimal
    revenue_per_day: Decimal
    energy_kwh_per_day: Decimal
    energy_cost_per_day: Decimal
    profit_per_day: Decimal
    break_even_price: Decimal | None  # BTC price at which today's profit is 0
    break_even_tariff: Decimal | None  # tariff per kWh at which today's profit is 0
    hashprice_per_th_day: Decimal  # revenue per TH/s per day
    # first 30 days
    btc_per_month: Decimal
    revenue_per_month: Decimal
    profit_per_month: Decimal
    # the horizon
    end_date: dt.date  # last projected day (inclusive)
    btc_over_horizon: Decimal
    revenue_over_horizon: Decimal
    energy_kwh_over_horizon: Decimal
    energy_cost_over_horizon: Decimal
    profit_over_horizon: Decimal
    cost_to_mine_one_btc: Decimal | None  # energy cost ÷ BTC mined, over the horizon
    halvings_in_horizon: tuple[dt.date, ...]
    payback_days: int | None
    projection: tuple[ProjectionDay, ...] = field(repr=False)


def calculate(inputs: MiningInputs) -> MiningResult:
    """Run the calculator. Raises ValueError for bad inputs (see :meth:`MiningInputs.validate`)."""
    inputs.validate()
    with localcontext(prec=_PREC):
        pool_fee = Decimal(inputs.pool_fee_percent) / 100
        uptime = Decimal(inputs.uptime_percent) / 100
        price = Decimal(inputs.btc_price)
        fees = Decimal(inputs.fees_per_block_btc)
        factor = daily_growth_factor(Decimal(inputs.difficulty_growth_percent_month) / 100)

        energy_kwh_per_day = Decimal(inputs.power_w) * 24 * uptime / 1000
        energy_cost_per_day = energy_kwh_per_day * Decimal(inputs.tariff_per_kwh)

        def btc_on(day: dt.date, difficulty: Decimal) -> tuple[Decimal, Decimal]:
            subsidy = subsidy_btc_at(day)
            btc = btc_per_day_formula(
                inputs.hashrate_ths, difficulty, subsidy + fees, pool_fee=pool_fee, uptime=uptime
            )
            return subsidy, btc

        subsidy0, btc0 = btc_on(inputs.start_date, Decimal(inputs.difficulty))
        revenue0 = btc0 * price
        profit0 = revenue0 - energy_cost_per_day

        # Day-by-day projection: as long as the horizon, a month, or until the purchase pays back.
        want_payback = inputs.purchase_price is not None
        span = max(inputs.days, MONTH_DAYS, MAX_DAYS if want_payback else 0)
        projection: list[ProjectionDay] = []
        btc_sum = revenue_sum = profit_sum = Decimal(0)
        btc_month = revenue_month = profit_month = Decimal(0)
        payback_days: int | None = 0 if want_payback and inputs.purchase_price == 0 else None
        difficulty = Decimal(inputs.difficulty)
        for i in range(span):
            day = inputs.start_date + dt.timedelta(days=i)
            subsidy, btc = btc_on(day, difficulty)
            revenue = btc * price
            profit = revenue - energy_cost_per_day
            btc_sum += btc
            revenue_sum += revenue
            profit_sum += profit
            if i < inputs.days:
                projection.append(ProjectionDay(day, difficulty, subsidy, btc, revenue, profit, profit_sum))
            if i + 1 == MONTH_DAYS:
                btc_month, revenue_month, profit_month = btc_sum, revenue_sum, profit_sum
            if want_payback and payback_days is None and profit_sum >= inputs.purchase_price:
                payback_days = i + 1
            if (
                i + 1 >= inputs.days
                and i + 1 >= MONTH_DAYS
                and (not want_payback or payback_days is not None)
            ):
                break
            difficulty *= factor

        btc_h = sum((p.btc for p in projection), Decimal(0))
        revenue_h = sum((p.revenue for p in projection), Decimal(0))
        kwh_h = energy_kwh_per_day * inputs.days
        cost_h = energy_cost_per_day * inputs.days
        end_date = inputs.start_date + dt.timedelta(days=inputs.days - 1)

        return MiningResult(
            inputs=inputs,
            subsidy_btc=subsidy0,
            btc_per_day=btc0,
            revenue_per_day=revenue0,
            energy_kwh_per_day=energy_kwh_per_day,
            energy_cost_per_day=energy_cost_per_day,
            profit_per_day=profit0,
            break_even_price=energy_cost_per_day / btc0 if btc0 > 0 else None,
            break_even_tariff=revenue0 / energy_kwh_per_day if energy_kwh_per_day > 0 else None,
            hashprice_per_th_day=revenue0 / Decimal(inputs.hashrate_ths),
            btc_per_month=btc_month,
            revenue_per_month=revenue_month,
            profit_per_month=profit_month,
            end_date=end_date,
            btc_over_horizon=btc_h,
            revenue_over_horizon=revenue_h,
            energy_kwh_over_horizon=kwh_h,
            energy_cost_over_horizon=cost_h,
            profit_over_horizon=revenue_h - cost_h,
            cost_to_mine_one_btc=cost_h / btc_h if btc_h > 0 else None,
            halvings_in_horizon=tuple(h for h in HALVING_DATES if inputs.start_date < h <= end_date),
            payback_days=payback_days,
            projection=tuple(projection),
        )
