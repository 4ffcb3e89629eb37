"""Farm arithmetic: equipment value, fleet totals, energy by month, expected production, cost per BTC.

Pure functions on plain data (no Qt, no SQL). Money is Decimal (major units) or int minor units, BTC is
int satoshis; kWh and TH/s are Decimal. Nothing here produces a float.

Conventions:
- A *month* is the date of its first day (``dt.date(2025, 3, 1)``).
- A unit runs from its purchase date; a unit whose status is not ``active`` stopped on its status date
  (the store keeps one status and the date it was set, not a history). Without a purchase date an
  active unit counts from its status date, or always; a non-active unit without a status date never
  counts (we cannot know when it stopped).
- Meter readings are taken at the end of their day: the consumption between two readings belongs to
  the days after the first up to and including the second, and is spread over months pro rata by days.
  A reading flagged ``meter_replaced`` is the first reading of a new meter; what the old meter counted
  after its last reading is unknown unless a final reading of the old meter was recorded the same day.
- A billed period covers ``period_start`` … ``day`` inclusive and is spread pro rata by days too.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from .errors import DomainError
from .mining import expected_sats_per_day
from .money import SATS_PER_BTC, from_minor, quantize

DEFAULT_LIFE_MONTHS = 36
DEFAULT_UPTIME = Decimal("0.97")
DEFAULT_ENERGY_THRESHOLD = Decimal("0.15")  # metered vs expected kWh
DEFAULT_PRODUCTION_GAP = Decimal("0.20")  # actual vs expected BTC
HOURS_PER_DAY = 24
ONE_DAY = dt.timedelta(days=1)


class ReadingWentDown(DomainError):
    """Not raised: a warning kept with the energy allocation (a meter counted down without being replaced)."""


class FarmError(DomainError):
    """Figures the farm arithmetic cannot work with (the message says which)."""


# --------------------------------------------------------------------------------------------- months


def month_start(day: dt.date) -> dt.date:
    return day.replace(day=1)


def days_in_month(month: dt.date) -> int:
    return calendar.monthrange(month.year, month.month)[1]


def month_end(day: dt.date) -> dt.date:
    return day.replace(day=days_in_month(day))


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day ``months`` later (or earlier), clamped to the month's last day."""
    index = day.year * 12 + day.month - 1 + months
    year, month0 = divmod(index, 12)
    last = calendar.monthrange(year, month0 + 1)[1]
    return dt.date(year, month0 + 1, min(day.day, last))


def next_month(month: dt.date) -> dt.date:
    return add_months(month_start(month), 1)


def months_between(first: dt.date, last: dt.date) -> list[dt.date]:
    """Every month from the one of ``first`` to the one of ``last``, inclusive."""
    out: list[dt.date] = []
    m, end = month_start(first), month_start(last)
    while m <= end:
        out.append(m)
        m = next_month(m)
    return out


def last_full_month(day: dt.date) -> dt.date:
    """The latest month that is complete on ``day`` (the month itself when ``day`` is its last day)."""
    return month_start(day) if day == month_end(day) else add_months(month_start(day), -1)


def split_by_month(first: dt.date, last: dt.date, amount: Decimal) -> list[tuple[dt.date, int, Decimal]]:
    """Spread ``amount`` over the days ``first`` … ``last`` (inclusive) pro rata, by month.

    Returns (month, days, part) tuples; the parts add up exactly to ``amount`` (the last takes the rest).
    """
    if last < first:
        raise FarmError("the period ends before it starts")
    total_days = (last - first).days + 1
    out: list[tuple[dt.date, int, Decimal]] = []
    allocated = Decimal(0)
    cursor = first
    while cursor <= last:
        end = min(month_end(cursor), last)
        days = (end - cursor).days + 1
        if end == last:
            part = Decimal(amount) - allocated
        else:
            part = Decimal(amount) * days / total_days
            allocated += part
        out.append((month_start(cursor), days, part))
        cursor = end + ONE_DAY
    return out


def _days(first: dt.date, last: dt.date) -> Iterable[dt.date]:
    d = first
    while d <= last:
        yield d
        d += ONE_DAY


# ------------------------------------------------------------------------------------------- the units


@dataclass(frozen=True)
class Unit:
    """One machine as the calculations need it."""

    hashrate_ths: Decimal
    power_w: int
    purchase_date: dt.date | None = None
    status: str = "active"
    status_date: dt.date | None = None
    site_id: int | None = None
    price_minor: int | None = None
    price_currency: str = "RUB"
    id: int | None = None
    model: str = ""

    def running_span(self) -> tuple[dt.date | None, dt.date | None] | None:
        """[start, stop) of the days the unit runs; None ends mean open; None = never runs."""
        start = self.purchase_date
        if self.status == "active":
            if start is None:
                start = self.status_date
            return start, None
        if self.status_date is None:
            return None
        return start, self.status_date

    def running_on(self, day: dt.date) -> bool:
        span = self.running_span()
        if span is None:
            return False
        start, stop = span
        return (start is None or day >= start) and (stop is None or day < stop)

    def owned_span(self) -> tuple[dt.date | None, dt.date | None]:
        """[start, stop) while the unit is on the books: sold or retired units leave on their status date."""
        stop = self.status_date if self.status in ("sold", "retired") else None
        return self.purchase_date, stop


@dataclass(frozen=True)
class FleetTotals:
    units: int
    hashrate_ths: Decimal
    power_w: int

    @property
    def kw(self) -> Decimal:
        return Decimal(self.power_w) / 1000

    @property
    def j_per_th(self) -> Decimal | None:
        """Average efficiency weighted by hashrate: total W ÷ total TH/s (2 decimals)."""
        if self.hashrate_ths <= 0:
            return None
        return (Decimal(self.power_w) / self.hashrate_ths).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def fleet_totals(units: Iterable[Unit]) -> FleetTotals:
    n, ths, watts = 0, Decimal(0), 0
    for u in units:
        n += 1
        ths += Decimal(u.hashrate_ths)
        watts += int(u.power_w)
    return FleetTotals(n, ths, watts)


def running_units(units: Iterable[Unit], day: dt.date) -> list[Unit]:
    return [u for u in units if u.running_on(day)]


def daily_fleet(units: Iterable[Unit], first: dt.date, last: dt.date) -> dict[dt.date, tuple[Decimal, int]]:
    """TH/s and W running on each day ``first`` … ``last`` (a sweep over start/stop events)."""
    events: dict[dt.date, list] = defaultdict(lambda: [Decimal(0), 0])
    end_excl = last + ONE_DAY
    for u in units:
        span = u.running_span()
        if span is None:
            continue
        start = max(span[0], first) if span[0] else first
        stop = min(span[1], end_excl) if span[1] else end_excl
        if start >= stop:
            continue
        events[start][0] += Decimal(u.hashrate_ths)
        events[start][1] += int(u.power_w)
        events[stop][0] -= Decimal(u.hashrate_ths)
        events[stop][1] -= int(u.power_w)
    out: dict[dt.date, tuple[Decimal, int]] = {}
    ths, watts = Decimal(0), 0
    for day in _days(first, last):
        if day in events:
            ths += events[day][0]
            watts += events[day][1]
        out[day] = (ths, watts)
    return out


# ----------------------------------------------------------------------------------------- valuation


def book_value_minor(
    price_minor: int,
    purchase_date: dt.date | None,
    at: dt.date,
    life_months: int = DEFAULT_LIFE_MONTHS,
) -> int:
    """Straight-line book value (minor units) on ``at``: linear by days from the purchase date to the end
    of its life ``life_months`` later; the full price before purchase, never below 0 after.

    Without a purchase date nothing can be depreciated and the price is returned.
    """
    if life_months <= 0:
        raise FarmError("the useful life must be at least one month")
    if price_minor < 0:
        raise FarmError("the price cannot be negative")
    if purchase_date is None or at <= purchase_date:
        return int(price_minor)
    end = add_months(purchase_date, life_months)
    if at >= end:
        return 0
    value = Decimal(price_minor) * (end - at).days / (end - purchase_date).days
    return int(value.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def depreciation_minor(
    unit: Unit,
    first: dt.date,
    last: dt.date,
    life_months: int = DEFAULT_LIFE_MONTHS,
) -> int:
    """Depreciation of ``unit`` over the days ``first`` … ``last`` inclusive, while it is on the books."""
    if not unit.price_minor or unit.purchase_date is None:
        return 0
    start, stop = unit.owned_span()
    a = max(first, start) if start else first
    b = last + ONE_DAY
    if stop is not None:
        b = min(b, stop)
    if a >= b:
        return 0
    return book_value_minor(unit.price_minor, unit.purchase_date, a, life_months) - book_value_minor(
        unit.price_minor, unit.purchase_date, b, life_months
    )


def depreciation_by_month(
    units: Iterable[Unit], months: Iterable[dt.date], life_months: int = DEFAULT_LIFE_MONTHS
) -> dict[dt.date, dict[str, Decimal]]:
    """Depreciation of the fleet per month, per purchase currency (major units)."""
    units = list(units)
    out: dict[dt.date, dict[str, Decimal]] = {}
    for m in months:
        by_cur: dict[str, int] = defaultdict(int)
        for u in units:
            d = depreciation_minor(u, m, month_end(m), life_months)
            if d:
                by_cur[u.price_currency] += d
        out[m] = {cur: from_minor(v, cur) for cur, v in by_cur.items()}
    return out


# Efficiency bands (J/TH): key -> inclusive upper bound (None = open). Order matters.
EFFICIENCY_BANDS: tuple[tuple[str, Decimal | None], ...] = (
    ("le20", Decimal(20)),
    ("20-30", Decimal(30)),
    ("30-40", Decimal(40)),
    ("gt40", None),
)
BAND_LABELS: dict[str, str] = {
    "le20": "≤ 20 J/TH",
    "20-30": "20–30 J/TH",
    "30-40": "30–40 J/TH",
    "gt40": "> 40 J/TH",
}

# Second-hand market price per TH/s by band, per currency (early-2026 ballpark: S21 ~$15/TH, S19 XP ~$7/TH,
# S19j Pro ~$3/TH, S9-class scrap). Editable in the settings; functions take the table as a parameter.
DEFAULT_PRICE_PER_TH: dict[str, dict[str, Decimal]] = {
    "le20": {"RUB": Decimal("1200"), "USD": Decimal("15")},
    "20-30": {"RUB": Decimal("550"), "USD": Decimal("7")},
    "30-40": {"RUB": Decimal("250"), "USD": Decimal("3")},
    "gt40": {"RUB": Decimal("60"), "USD": Decimal("0.75")},
}


def efficiency_band(j_per_th: Decimal) -> str:
    for key, upper in EFFICIENCY_BANDS:
        if upper is None or Decimal(j_per_th) <= upper:
            return key
    raise AssertionError("unreachable: the last band is open")


def unit_efficiency(hashrate_ths: Decimal, power_w: int) -> Decimal:
    if Decimal(hashrate_ths) <= 0:
        raise FarmError("hashrate must be positive")
    return Decimal(power_w) / Decimal(hashrate_ths)


def market_value(
    hashrate_ths: Decimal,
    power_w: int,
    currency: str,
    price_table: Mapping[str, Mapping[str, Decimal]] = DEFAULT_PRICE_PER_TH,
) -> Decimal | None:
    """Market estimate of one unit: TH/s × the price per TH/s of its efficiency band; None when the table
    has no price in ``currency`` for that band."""
    band = efficiency_band(unit_efficiency(hashrate_ths, power_w))
    price = price_table.get(band, {}).get(currency)
    if price is None:
        return None
    return quantize(Decimal(hashrate_ths) * Decimal(price), currency)


# -------------------------------------------------------------------------------------------- energy


@dataclass(frozen=True)
class SiteTariff:
    """What a site's energy costs: tariff per kWh (optionally day/night), currency, monthly fee."""

    tariff: Decimal
    currency: str = "RUB"
    tariff_night: Decimal | None = None
    night_share: Decimal | None = None
    monthly_fee_minor: int = 0

    def effective(self) -> Decimal:
        """The tariff per kWh, blending day and night by the night share when both are given."""
        if self.tariff_night is not None and self.night_share is not None:
            share = Decimal(self.night_share)
            return Decimal(self.tariff) * (1 - share) + Decimal(self.tariff_night) * share
        return Decimal(self.tariff)


@dataclass(frozen=True)
class EnergyEntry:
    """One energy record: a cumulative meter reading or a period's consumption."""

    site_id: int
    kind: str  # "reading" | "period"
    day: dt.date
    meter_kwh: Decimal | None = None
    period_start: dt.date | None = None
    kwh: Decimal | None = None
    cost_minor: int | None = None
    currency: str = "RUB"
    tariff_override: Decimal | None = None
    meter_replaced: bool = False
    id: int | None = None


@dataclass
class SiteMonthEnergy:
    site_id: int
    month: dt.date
    kwh: Decimal = Decimal(0)
    costs: dict[str, Decimal] = field(default_factory=dict)  # currency -> amount (major units)
    days: set[dt.date] = field(default_factory=set)  # days covered by records


@dataclass
class MonthEnergy:
    month: dt.date
    kwh: Decimal = Decimal(0)
    costs: dict[str, Decimal] = field(default_factory=dict)
    by_site: dict[int, SiteMonthEnergy] = field(default_factory=dict)


@dataclass
class EnergyAllocation:
    """Records spread over months. ``warnings`` lists readings that went down without a replacement
    (treated as a new counter so that one bad figure does not stop the books)."""

    sites: dict[tuple[int, dt.date], SiteMonthEnergy] = field(default_factory=dict)
    warnings: list[DomainError] = field(default_factory=list)

    def by_month(self) -> dict[dt.date, MonthEnergy]:
        out: dict[dt.date, MonthEnergy] = {}
        for (site_id, month), sm in sorted(self.sites.items(), key=lambda kv: (kv[0][1], kv[0][0])):
            me = out.setdefault(month, MonthEnergy(month))
            me.kwh += sm.kwh
            for cur, v in sm.costs.items():
                me.costs[cur] = me.costs.get(cur, Decimal(0)) + v
            me.by_site[site_id] = sm
        return dict(sorted(out.items()))

    def kwh_by_month(self) -> dict[dt.date, Decimal]:
        return {m: me.kwh for m, me in self.by_month().items()}


def reading_order(entry: EnergyEntry) -> tuple:
    """Readings of a site in time order; on the same day the old meter's last reading comes first."""
    return (entry.day, bool(entry.meter_replaced), entry.id or 0)


def allocate_energy(entries: Iterable[EnergyEntry], sites: Mapping[int, SiteTariff]) -> EnergyAllocation:
    """kWh and cost per site and month. Cost: the record's cost when given, else kWh × (the record's
    tariff override or the site's tariff)."""
    alloc = EnergyAllocation()
    readings: dict[int, list[EnergyEntry]] = defaultdict(list)

    def book(site_id: int, first: dt.date, last: dt.date, kwh: Decimal, cost: Decimal, cur: str) -> None:
        if last < first:  # zero-day interval (two readings the same day): book on that day's month
            first = last
            covered = False
        else:
            covered = True
        kwh_parts = split_by_month(first, last, kwh)
        cost_parts = split_by_month(first, last, cost)
        for (m, _days_n, k), (_, _, c) in zip(kwh_parts, cost_parts, strict=True):
            sm = alloc.sites.setdefault((site_id, m), SiteMonthEnergy(site_id, m))
            sm.kwh += k
            sm.costs[cur] = sm.costs.get(cur, Decimal(0)) + c
        if covered:
            for d in _days(first, last):
                alloc.sites[(site_id, month_start(d))].days.add(d)

    def cost_of(e: EnergyEntry, kwh: Decimal) -> tuple[Decimal, str]:
        tariff = sites.get(e.site_id)
        if e.cost_minor is not None:
            return from_minor(e.cost_minor, e.currency), e.currency
        rate = (
            e.tariff_override if e.tariff_override is not None else (tariff.effective() if tariff else None)
        )
        cur = tariff.currency if tariff else e.currency
        return (kwh * Decimal(rate) if rate is not None else Decimal(0)), cur

    for e in entries:
        if e.kind == "reading":
            readings[e.site_id].append(e)
        elif e.kind == "period":
            kwh = Decimal(e.kwh or 0)
            first = e.period_start or month_start(e.day)
            cost, cur = cost_of(e, kwh)
            book(e.site_id, first, e.day, kwh, cost, cur)
        else:
            raise FarmError("unknown energy record kind '{0}'", e.kind)

    for site_id, rows in readings.items():
        rows.sort(key=reading_order)
        prev: EnergyEntry | None = None
        for r in rows:
            if r.meter_kwh is None:
                continue
            if prev is None or r.meter_replaced:
                prev = r
                continue
            delta = Decimal(r.meter_kwh) - Decimal(prev.meter_kwh)
            if delta < 0:
                alloc.warnings.append(ReadingWentDown(
                    "the reading of {0} ({1} kWh) is lower than the one of {2} ({3} kWh); counted as a new meter",
                    r.day.strftime("%d.%m.%Y"), r.meter_kwh, prev.day.strftime("%d.%m.%Y"), prev.meter_kwh))
                prev = r
                continue
            cost, cur = cost_of(r, delta)
            book(site_id, prev.day + ONE_DAY, r.day, delta, cost, cur)
            prev = r
    return alloc


def monthly_energy(
    entries: Iterable[EnergyEntry], sites: Mapping[int, SiteTariff]
) -> dict[dt.date, MonthEnergy]:
    return allocate_energy(entries, sites).by_month()


def expected_kwh_on_days(
    units: Iterable[Unit], days: Iterable[dt.date], uptime: Decimal = DEFAULT_UPTIME
) -> Decimal:
    """Expected consumption (kWh) of ``units`` on the given days: W × 24 h × uptime, only while running."""
    days = sorted(set(days))
    if not days:
        return Decimal(0)
    fleet = daily_fleet(units, days[0], days[-1])
    watt_days = sum(fleet[d][1] for d in days)
    return Decimal(watt_days) * HOURS_PER_DAY * Decimal(uptime) / 1000


def expected_kwh_in_month(
    units: Iterable[Unit], month: dt.date, uptime: Decimal = DEFAULT_UPTIME, until: dt.date | None = None
) -> Decimal:
    """Expected consumption of the fleet in ``month`` (up to ``until`` inclusive when given)."""
    last = month_end(month)
    if until is not None:
        last = min(last, until)
    first = month_start(month)
    if last < first:
        return Decimal(0)
    return expected_kwh_on_days(units, _days(first, last), uptime)


@dataclass(frozen=True)
class Deviation:
    """Actual against expected: ``ratio`` = (actual − expected) ÷ expected; flagged past the threshold."""

    actual: Decimal
    expected: Decimal
    ratio: Decimal | None
    flagged: bool


def compare(actual: Decimal, expected: Decimal, threshold: Decimal) -> Deviation:
    actual, expected = Decimal(actual), Decimal(expected)
    if expected == 0:
        return Deviation(actual, expected, None, actual > 0)
    ratio = (actual - expected) / expected
    return Deviation(actual, expected, ratio, abs(ratio) > Decimal(threshold))


def check_energy(
    metered_kwh: Decimal, expected_kwh: Decimal, threshold: Decimal = DEFAULT_ENERGY_THRESHOLD
) -> Deviation:
    """Metered against expected consumption (default: flag beyond ±15 %)."""
    return compare(metered_kwh, expected_kwh, threshold)


def hosting_fees_by_month(
    sites: Mapping[int, SiteTariff], units: Iterable[Unit], months: Iterable[dt.date]
) -> dict[dt.date, dict[str, Decimal]]:
    """Each site's monthly fee, for the months in which at least one of its units ran a day."""
    units = list(units)
    out: dict[dt.date, dict[str, Decimal]] = {}
    for m in months:
        fees: dict[str, Decimal] = {}
        first, last = month_start(m), month_end(m)
        for site_id, site in sites.items():
            if not site.monthly_fee_minor:
                continue
            used = False
            for u in units:
                if u.site_id != site_id:
                    continue
                span = u.running_span()
                if span is None:
                    continue
                if (span[0] is None or span[0] <= last) and (span[1] is None or span[1] > first):
                    used = True
                    break
            if used:
                fees[site.currency] = fees.get(site.currency, Decimal(0)) + from_minor(
                    site.monthly_fee_minor, site.currency
                )
        out[m] = fees
    return out


# ---------------------------------------------------------------------------------------- production


def expected_production_by_month(
    units: Iterable[Unit],
    first: dt.date,
    last: dt.date,
    difficulty_at: Callable[[dt.date], Decimal | None],
    *,
    fees_per_block_sats: int = 0,
    pool_fee: Decimal = Decimal(0),
    uptime: Decimal = DEFAULT_UPTIME,
) -> dict[dt.date, tuple[Decimal, int]]:
    """Expected satoshis per month from the running fleet and the real difficulty of each day.

    Returns month -> (expected sats, days counted). Days without a known difficulty are skipped.
    """
    out: dict[dt.date, tuple[Decimal, int]] = {}
    if last < first:
        return out
    fleet = daily_fleet(units, first, last)
    for day, (ths, _w) in fleet.items():
        m = month_start(day)
        sats, n = out.get(m, (Decimal(0), 0))
        diff = difficulty_at(day)
        if diff is None or diff <= 0:
            out[m] = (sats, n)
            continue
        if ths > 0:
            sats += expected_sats_per_day(
                ths, diff, day, fees_per_block_sats=fees_per_block_sats, pool_fee=pool_fee, uptime=uptime
            )
        out[m] = (sats, n + 1)
    return out


def check_production(
    actual_sat: int, expected_sat: Decimal, threshold: Decimal = DEFAULT_PRODUCTION_GAP
) -> Deviation:
    """Mined against expected (default: flag a gap beyond ±20 %)."""
    return compare(Decimal(actual_sat), Decimal(expected_sat), threshold)


def cost_per_btc(
    energy_cost: Decimal, hosting_fees: Decimal, depreciation: Decimal, mined_sat: int
) -> Decimal | None:
    """Production cost of one BTC: (energy + hosting/rent fees + depreciation) ÷ BTC mined; None if none."""
    if mined_sat <= 0:
        return None
    total = Decimal(energy_cost) + Decimal(hosting_fees) + Decimal(depreciation)
    return total * SATS_PER_BTC / Decimal(mined_sat)


# ------------------------------------------------------------------------------------------ holdings


def holdings_at(
    payouts: Iterable[tuple[dt.date, int]], disposals: Iterable[tuple[dt.date, int]], day: dt.date
) -> int:
    """Satoshis held at the end of ``day``: payouts − disposals up to and including that day."""
    return sum(a for d, a in payouts if d <= day) - sum(a for d, a in disposals if d <= day)


def running_balance(
    payouts: Iterable[tuple[dt.date, int]], disposals: Iterable[tuple[dt.date, int]]
) -> list[tuple[dt.date, int]]:
    """Holdings at the end of every day that has a movement, in date order."""
    net: dict[dt.date, int] = defaultdict(int)
    for d, a in payouts:
        net[d] += a
    for d, a in disposals:
        net[d] -= a
    out: list[tuple[dt.date, int]] = []
    balance = 0
    for d in sorted(net):
        balance += net[d]
        out.append((d, balance))
    return out
