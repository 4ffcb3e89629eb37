"""Read queries of one profile's books: aggregates computed by SQLite (GROUP BY, window sums).

Every function takes an open :class:`~sqlalchemy.orm.Session` and a profile id and returns plain
Python values (ints for satoshis, Decimals, dates, small dataclasses). Payout sums read ``payout_day`` (a
row per profile and day, kept by triggers on ``payout``: migration 0003) instead of the payouts themselves,
and disposal sums use the ``(profile_id, day)`` index, so they stay fast with a million payout rows.

Dates are stored by SQLAlchemy as ISO text ('YYYY-MM-DD'), so ``substr(day, 1, 7)`` is the month.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import Date, String, and_, cast, func, literal, or_, select, union_all
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session
from sqlalchemy.sql.functions import FunctionElement

from desktop.core.farm import EnergyEntry, SiteTariff, Unit, month_start, months_between

from .models import Disposal, EnergyRecord, Equipment, Payout, Site, WalletAddress, payout_day
from .types import Int64

# ------------------------------------------------------------------------------------------ helpers


class _MonthKey(FunctionElement):
    """'YYYY-MM' of a date column: SQLite stores dates as ISO text, PostgreSQL as dates."""

    type = String()
    inherit_cache = True
    name = "month_key"


@compiles(_MonthKey)
def _month_key_sqlite(element, compiler, **kw):
    return f"substr({compiler.process(element.clauses, **kw)}, 1, 7)"


@compiles(_MonthKey, "postgresql")
def _month_key_pg(element, compiler, **kw):
    return f"to_char({compiler.process(element.clauses, **kw)}, 'YYYY-MM')"


def _month_key(column):
    return _MonthKey(column)


def total(expr):
    """``sum(expr)`` as a 64-bit integer (0 when there are no rows): PostgreSQL sums bigints as numeric (a
    Decimal in Python), SQLite as an integer; satoshis and minor units stay ``int`` on both."""
    return cast(func.coalesce(func.sum(expr), 0), Int64)


def running_total(expr, order_by):
    return cast(func.sum(expr).over(order_by=order_by), Int64)


def _month_of(key: str) -> dt.date:
    year, month = key.split("-")
    return dt.date(int(year), int(month), 1)


def _range(stmt, column, start: dt.date | None, end: dt.date | None):
    if start is not None:
        stmt = stmt.where(column >= start)
    if end is not None:
        stmt = stmt.where(column <= end)
    return stmt


# ----------------------------------------------------------------------------------------- holdings


def total_payouts_sat(
    s: Session, profile_id: int, start: dt.date | None = None, end: dt.date | None = None
) -> int:
    days = payout_day.c
    stmt = select(total(days.amount_sat)).where(days.profile_id == profile_id)
    return int(s.scalar(_range(stmt, days.day, start, end)))


def total_disposals_sat(
    s: Session,
    profile_id: int,
    start: dt.date | None = None,
    end: dt.date | None = None,
    kind: str | None = None,
) -> int:
    stmt = select(total(Disposal.amount_sat)).where(Disposal.profile_id == profile_id)
    if kind is not None:
        stmt = stmt.where(Disposal.kind == kind)
    return int(s.scalar(_range(stmt, Disposal.day, start, end)))


def payouts_newer(s: Session, profile_id: int, day: dt.date, payout_id: int) -> tuple[int, int]:
    """How many payouts, and how many satoshis, come before the payout (``day``, ``payout_id``) in the payouts
    list's order (newest first: day, then id, descending) — its row in that list, and what was paid after
    it. The later days are read from ``payout_day``, only that day's payouts from ``payout``."""
    days = payout_day.c
    later = s.execute(
        select(total(days.payouts), total(days.amount_sat)).where(
            days.profile_id == profile_id, days.day > day
        )
    ).one()
    same = s.execute(
        select(func.count(), total(Payout.amount_sat)).where(
            Payout.profile_id == profile_id, Payout.day == day, Payout.id > payout_id
        )
    ).one()
    return int(later[0]) + int(same[0]), int(later[1]) + int(same[1])


def holdings_sat(s: Session, profile_id: int, at: dt.date | None = None) -> int:
    """Satoshis held at the end of ``at`` (now when None): sum of payouts − sum of disposals up to it."""
    return total_payouts_sat(s, profile_id, end=at) - total_disposals_sat(s, profile_id, end=at)


def production_sat(s: Session, profile_id: int, end: dt.date, days: int = 30) -> int:
    """Satoshis paid out in the ``days`` days ending on ``end`` (inclusive)."""
    return total_payouts_sat(s, profile_id, start=end - dt.timedelta(days=days - 1), end=end)


def payouts_by_month(
    s: Session, profile_id: int, start: dt.date | None = None, end: dt.date | None = None
) -> dict[dt.date, int]:
    """Month (first day) -> satoshis paid out that month; months without payouts are absent."""
    days = payout_day.c
    key = _month_key(days.day)
    stmt = select(key, total(days.amount_sat)).where(days.profile_id == profile_id)
    stmt = _range(stmt, days.day, start, end).group_by(key).order_by(key)
    return {_month_of(k): int(v) for k, v in s.execute(stmt)}


def disposals_by_month(
    s: Session, profile_id: int, start: dt.date | None = None, end: dt.date | None = None
) -> dict[dt.date, dict[str, int]]:
    """Month -> {kind: satoshis} (kinds: sale, transfer, fee)."""
    key = _month_key(Disposal.day)
    stmt = select(key, Disposal.kind, total(Disposal.amount_sat)).where(Disposal.profile_id == profile_id)
    stmt = _range(stmt, Disposal.day, start, end).group_by(key, Disposal.kind).order_by(key)
    out: dict[dt.date, dict[str, int]] = {}
    for k, kind, v in s.execute(stmt):
        out.setdefault(_month_of(k), {})[kind] = int(v)
    return out


@dataclass(frozen=True)
class SalesMonth:
    month: dt.date
    currency: str
    sold_sat: int
    fiat_minor: int
    fee_minor: int


def sales_by_month(s: Session, profile_id: int) -> list[SalesMonth]:
    key = _month_key(Disposal.day)
    stmt = (
        select(
            key,
            Disposal.fiat_currency,
            total(Disposal.amount_sat),
            total(Disposal.fiat_minor),
            total(Disposal.fee_minor),
        )
        .where(Disposal.profile_id == profile_id, Disposal.kind == "sale")
        .group_by(key, Disposal.fiat_currency)
        .order_by(key)
    )
    return [SalesMonth(_month_of(k), cur, int(a), int(f), int(fee)) for k, cur, a, f, fee in s.execute(stmt)]


def _daily_net(profile_id: int):
    """Subquery: day, net satoshis (payouts − disposals) for each day with a movement."""
    moves = union_all(
        select(payout_day.c.day.label("day"), payout_day.c.amount_sat.label("net")).where(
            payout_day.c.profile_id == profile_id
        ),
        select(Disposal.day.label("day"), (-total(Disposal.amount_sat)).label("net"))
        .where(Disposal.profile_id == profile_id)
        .group_by(Disposal.day),
    ).subquery("moves")
    return select(moves.c.day, total(moves.c.net).label("net")).group_by(moves.c.day).subquery("daily")


def running_balance(s: Session, profile_id: int) -> list[tuple[dt.date, int]]:
    """Holdings at the end of each day with a movement (cumulative window sum in SQL)."""
    daily = _daily_net(profile_id)
    stmt = select(daily.c.day, running_total(daily.c.net, daily.c.day)).order_by(daily.c.day)
    return [(d if isinstance(d, dt.date) else dt.date.fromisoformat(d), int(b)) for d, b in s.execute(stmt)]


def min_balance_from(s: Session, profile_id: int, day: dt.date) -> int:
    """The lowest holdings on any day from ``day`` on (holdings never go below this afterwards).

    Used to refuse a disposal (or the removal of a payout) that would spend BTC not held at some date.
    """
    daily = _daily_net(profile_id)
    running = select(
        daily.c.day.label("day"), running_total(daily.c.net, daily.c.day).label("bal")
    ).subquery()
    later = s.scalar(select(func.min(running.c.bal)).where(running.c.day > literal(day, Date)))
    at_day = holdings_sat(s, profile_id, day)
    return at_day if later is None else min(at_day, int(later))


def holdings_by_month(
    s: Session,
    profile_id: int,
    first: dt.date | None = None,
    last: dt.date | None = None,
    *,
    payouts: dict[dt.date, int] | None = None,
) -> list[tuple[dt.date, int]]:
    """Holdings at the end of every month from ``first`` (default: the first movement) to ``last``
    (default: the last movement), months without movements included; movements after the day ``last``
    are left out, so the last point is the holdings on that day.

    SQL sums payouts and disposals per month; the running total is taken over those few month rows.
    ``payouts`` may pass an already computed ``payouts_by_month(s, profile_id, end=last)`` (saves a scan).
    """
    paid = payouts if payouts is not None else payouts_by_month(s, profile_id, end=last)
    gone = {m: sum(kinds.values()) for m, kinds in disposals_by_month(s, profile_id, end=last).items()}
    moved = sorted(set(paid) | set(gone))
    if not moved:
        return []
    first = month_start(first) if first else moved[0]
    last = month_start(last) if last else moved[-1]
    balance = sum(paid.get(m, 0) - gone.get(m, 0) for m in moved if m < first)  # carried into the range
    out = []
    for m in months_between(first, last):
        balance += paid.get(m, 0) - gone.get(m, 0)
        out.append((m, balance))
    return out


def data_span(s: Session, profile_id: int) -> tuple[dt.date | None, dt.date | None]:
    """First and last day with a payout, disposal or energy record (MIN/MAX use the day indexes)."""
    firsts, lasts = [], []
    for model in (Payout, Disposal, EnergyRecord):
        # two queries: SQLite answers a lone MIN or MAX from the index without scanning
        lo = s.scalar(select(func.min(model.day)).where(model.profile_id == profile_id))
        hi = s.scalar(select(func.max(model.day)).where(model.profile_id == profile_id))
        if lo is not None:
            firsts.append(lo)
            lasts.append(hi)
    return (min(firsts) if firsts else None, max(lasts) if lasts else None)


# -------------------------------------------------------------------------------------------- fleet


@dataclass(frozen=True)
class FleetGroup:
    key: str | int | None  # the status, the site id or the model
    label: str  # status / site name / "vendor model"
    units: int
    hashrate_ths: Decimal
    power_w: int

    @property
    def j_per_th(self) -> Decimal | None:
        if self.hashrate_ths <= 0:
            return None
        return (Decimal(self.power_w) / self.hashrate_ths).quantize(Decimal("0.01"))


def fleet_by(
    s: Session, profile_id: int, by: str = "status", statuses: tuple[str, ...] | None = None
) -> list[FleetGroup]:
    """Units, TH/s and W grouped by ``status``, ``site`` or ``model``.

    SQL groups by the key and the exact hashrate string (hashrates are exact decimals stored as text,
    which SQLite would sum as floats); the few groups are then multiplied out exactly.
    """
    if by == "status":
        key_cols = [Equipment.status]
    elif by == "site":
        key_cols = [Equipment.site_id, Site.name]
    elif by == "model":
        key_cols = [Equipment.model, Equipment.vendor]
    else:
        raise ValueError(f"cannot group the fleet by '{by}'")
    stmt = select(*key_cols, Equipment.hashrate_ths, func.count(), total(Equipment.power_w)).where(
        Equipment.profile_id == profile_id
    )
    if by == "site":
        stmt = stmt.outerjoin(Site, Site.id == Equipment.site_id)
    if statuses is not None:
        stmt = stmt.where(Equipment.status.in_(statuses))
    stmt = stmt.group_by(*key_cols, Equipment.hashrate_ths)
    groups: dict[object, list] = {}
    for row in s.execute(stmt):
        *keys, ths, n, watts = row
        if by == "status":
            key, label = keys[0], keys[0]
        elif by == "site":
            key, label = keys[0], keys[1] or ""
        else:
            key, label = keys[0], f"{keys[1]} {keys[0]}".strip()
        g = groups.setdefault(key, [label, 0, Decimal(0), 0])
        g[1] += int(n)
        g[2] += Decimal(ths) * int(n)
        g[3] += int(watts)
    return sorted(
        (FleetGroup(k, label, n, ths, w) for k, (label, n, ths, w) in groups.items()),
        key=lambda g: (-g.units, str(g.label)),
    )


def running_filter(day: dt.date):
    """SQL condition: the unit runs on ``day`` (same rule as :meth:`desktop.core.farm.Unit.running_on`)."""
    started = or_(
        Equipment.purchase_date <= day,
        and_(
            Equipment.purchase_date.is_(None),
            or_(Equipment.status != "active", Equipment.status_date.is_(None), Equipment.status_date <= day),
        ),
    )
    not_stopped = or_(Equipment.status == "active", Equipment.status_date > day)
    return and_(started, not_stopped)


def fleet_running_on(s: Session, profile_id: int, day: dt.date) -> FleetGroup:
    """Totals of the units running on ``day``."""
    stmt = (
        select(Equipment.hashrate_ths, func.count(), total(Equipment.power_w))
        .where(Equipment.profile_id == profile_id, running_filter(day))
        .group_by(Equipment.hashrate_ths)
    )
    n, ths, watts = 0, Decimal(0), 0
    for h, c, w in s.execute(stmt):
        n += int(c)
        ths += Decimal(h) * int(c)
        watts += int(w)
    return FleetGroup("running", "running", n, ths, watts)


@dataclass(frozen=True)
class ProfileCounts:
    sites: int
    equipment: int
    equipment_active: int
    energy_records: int
    payouts: int
    disposals: int
    addresses: int


def counts(s: Session, profile_id: int) -> ProfileCounts:
    def n(model, *extra):
        return (
            select(func.count())
            .select_from(model)
            .where(model.profile_id == profile_id, *extra)
            .scalar_subquery()
        )

    payouts = (
        select(total(payout_day.c.payouts))
        .where(payout_day.c.profile_id == profile_id)
        .scalar_subquery()
    )
    row = s.execute(
        select(
            n(Site),
            n(Equipment),
            n(Equipment, Equipment.status == "active"),
            n(EnergyRecord),
            payouts,
            n(Disposal),
            n(WalletAddress),
        )
    ).one()
    return ProfileCounts(*(int(v) for v in row))


# ----------------------------------------------------------------------------- rows for the core math


def units(s: Session, profile_id: int, site_id: int | None = None) -> list[Unit]:
    stmt = select(
        Equipment.id,
        Equipment.model,
        Equipment.hashrate_ths,
        Equipment.power_w,
        Equipment.purchase_date,
        Equipment.status,
        Equipment.status_date,
        Equipment.site_id,
        Equipment.price_minor,
        Equipment.price_currency,
    ).where(Equipment.profile_id == profile_id)
    if site_id is not None:
        stmt = stmt.where(Equipment.site_id == site_id)
    return [
        Unit(
            hashrate_ths=r.hashrate_ths,
            power_w=r.power_w,
            purchase_date=r.purchase_date,
            status=r.status,
            status_date=r.status_date,
            site_id=r.site_id,
            price_minor=r.price_minor,
            price_currency=r.price_currency,
            id=r.id,
            model=r.model,
        )
        for r in s.execute(stmt.order_by(Equipment.id))
    ]


def site_tariffs(s: Session, profile_id: int) -> dict[int, SiteTariff]:
    stmt = select(Site).where(Site.profile_id == profile_id).order_by(Site.id)
    return {
        site.id: SiteTariff(
            tariff=site.tariff,
            currency=site.currency,
            tariff_night=site.tariff_night,
            night_share=site.night_share,
            monthly_fee_minor=site.monthly_fee_minor,
        )
        for site in s.scalars(stmt)
    }


def energy_entries(s: Session, profile_id: int, site_id: int | None = None) -> list[EnergyEntry]:
    """All energy records of the profile (or one site) as core entries (a few per site and month, or one a
    day: columns are read without ORM objects, five years of daily records of four sites in a few ms)."""
    r = EnergyRecord
    stmt = select(
        r.site_id, r.kind, r.day, r.meter_kwh, r.period_start, r.kwh, r.cost_minor, r.currency,
        r.tariff_override, r.meter_replaced, r.id,
    ).where(r.profile_id == profile_id)
    if site_id is not None:
        stmt = stmt.where(r.site_id == site_id)
    return [
        EnergyEntry(
            site_id=site,
            kind=kind,
            day=day,
            meter_kwh=meter,
            period_start=start,
            kwh=kwh,
            cost_minor=cost,
            currency=currency,
            tariff_override=tariff,
            meter_replaced=bool(replaced),
            id=id_,
        )
        # on the session's connection (Core): the ORM layer would add nothing to plain columns but time
        for site, kind, day, meter, start, kwh, cost, currency, tariff, replaced, id_ in s.connection().execute(
            stmt.order_by(r.site_id, r.day, r.id)
        )
    ]


def readings_of_site(s: Session, site_id: int) -> list[EnergyRecord]:
    """The meter readings of a site in time order (old meter's last reading first on a replacement day)."""
    stmt = (
        select(EnergyRecord)
        .where(EnergyRecord.site_id == site_id, EnergyRecord.kind == "reading")
        .order_by(EnergyRecord.day, EnergyRecord.meter_replaced, EnergyRecord.id)
    )
    return list(s.scalars(stmt))
