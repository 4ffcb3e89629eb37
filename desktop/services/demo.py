"""Demo farms for advisors: three realistic profiles built on the bundled price and difficulty history.

Deterministic for a given seed. Production follows the real difficulty of each day (with pool luck),
energy follows the fleet's power, sales follow the real BTC price in roubles of that day.
Running it again replaces the demo profiles (matched by name); other profiles are left alone.
"""

from __future__ import annotations

import calendar
import datetime as dt
import hashlib
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import delete

from desktop.core.inn import make_inn
from desktop.core.mining import expected_sats_per_day
from desktop.core.money import SATS_PER_BTC, to_minor
from desktop.store.db import Database
from desktop.store.models import Disposal, EnergyRecord, Equipment, Payout, Profile, Site, WalletAddress

from . import history

POOL_FEE = Decimal("0.025")
UPTIME = Decimal("0.97")
# Average transaction fees per block, by year (rounded public averages).
FEES_PER_BLOCK_SATS = {2023: 3_000_000, 2024: 8_000_000, 2025: 2_500_000, 2026: 2_000_000}

ProgressFn = Callable[[int, str], None]


@dataclass
class FleetLine:
    model: str
    count: int
    site: str
    purchased: dt.date
    price_rub: int
    hosting: str = "own"
    hoster: str = ""


@dataclass
class SiteSpec:
    name: str
    region: str
    tariff: Decimal
    monthly_fee_rub: int = 0
    tariff_rise_july: Decimal = Decimal("0.10")  # Russian tariffs are indexed every 1 July
    metered: bool = False  # meter readings (True) or billed periods (False)


@dataclass
class ProfileSpec:
    name: str
    legal_form: str
    inn_prefix: str
    region: str
    registry_number: str | None
    registry_date: dt.date | None
    sites: list[SiteSpec]
    fleet: list[FleetLine]
    addresses: list[str]
    pool: str
    payout_every_days: int
    sell_share: Decimal  # share of each month's production sold (to pay the power bill and more)
    changes: list[tuple[int, str, dt.date]] = field(default_factory=list)  # (unit index, status, date)


END = history.btc_usd().last  # the bundled history ends here; the demo ends with it
START = dt.date(END.year - 2, 1, 1)


def _specs() -> list[ProfileSpec]:
    return [
        ProfileSpec(
            name="Алексей Иванов",
            legal_form="individual",
            inn_prefix="6950123456",
            region="Тверская область",
            registry_number=None,
            registry_date=None,
            sites=[SiteSpec("Дом, гараж", "Тверская область", Decimal("5.48"), metered=True)],
            fleet=[
                FleetLine("Antminer S19j Pro", 2, "Дом, гараж", START, 148_000),
                FleetLine("Antminer S9", 1, "Дом, гараж", START, 9_500),
            ],
            addresses=["bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq"],
            pool="ViaBTC",
            payout_every_days=7,
            sell_share=Decimal("0.35"),
        ),
        ProfileSpec(
            name="ИП Смирнов Олег Викторович",
            legal_form="sole_trader",
            inn_prefix="3808765432",
            region="Иркутская область",
            registry_number="77-2024-000318",
            registry_date=dt.date(2024, 12, 16),
            sites=[
                SiteSpec(
                    "ЦОД «Ангара», Братск", "Иркутская область", Decimal("4.10"), monthly_fee_rub=25_000
                )
            ],
            fleet=[
                FleetLine("Antminer S19 XP", 12, "ЦОД «Ангара», Братск", START, 265_000, "hosted", "ООО «Ангара ДЦ»"),
                FleetLine("Antminer S21", 8, "ЦОД «Ангара», Братск", dt.date(END.year - 1, 3, 1), 360_000, "hosted", "ООО «Ангара ДЦ»"),
            ],
            addresses=["1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa"],
            pool="Antpool",
            payout_every_days=1,
            sell_share=Decimal("0.55"),
            changes=[(3, "repair", dt.date(END.year, 2, 10))],
        ),
        ProfileSpec(
            name="ООО «Сибирский хэш»",
            legal_form="company",
            inn_prefix="246512345",
            region="Красноярский край",
            registry_number="77-2024-000042",
            registry_date=dt.date(2024, 11, 28),
            sites=[
                SiteSpec("Площадка Канск", "Красноярский край", Decimal("3.95")),
                SiteSpec("Площадка Бородино", "Красноярский край", Decimal("4.20"), monthly_fee_rub=180_000),
            ],
            fleet=[
                FleetLine("Antminer S19j Pro", 120, "Площадка Канск", START, 142_000),
                FleetLine("Antminer S19 XP", 60, "Площадка Бородино", dt.date(START.year, 6, 1), 255_000),
                FleetLine("Antminer S21", 20, "Площадка Бородино", dt.date(END.year - 1, 5, 1), 350_000),
            ],
            addresses=["bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0"],
            pool="F2Pool",
            payout_every_days=1,
            sell_share=Decimal("0.70"),
            changes=[(7, "repair", dt.date(END.year, 1, 20)), (15, "sold", dt.date(END.year - 1, 11, 5)),
                     (16, "retired", dt.date(END.year - 1, 12, 1))],
        ),
    ]


def demo_profile_names() -> list[str]:
    return [s.name for s in _specs()]


def _fake_txid(*parts: object) -> str:
    return hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()


def _month_end(day: dt.date) -> dt.date:
    return day.replace(day=calendar.monthrange(day.year, day.month)[1])


def _btc_rub(day: dt.date) -> Decimal:
    usd = history.btc_usd().at(day)
    rub = history.usd_rub().at(day)
    return usd * rub


def _tariff_on(site: SiteSpec, day: dt.date) -> Decimal:
    rises = sum(1 for y in range(START.year, day.year + 1) if dt.date(y, 7, 1) <= day and dt.date(y, 7, 1) > START)
    t = site.tariff * (1 + site.tariff_rise_july) ** rises
    return t.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def build_demo(db: Database, seed: int = 1, progress: ProgressFn | None = None) -> list[str]:
    """Create (or re-create) the demo profiles in one transaction; returns their names."""
    rng = random.Random(seed)
    specs = _specs()
    with db.session() as s:
        s.execute(delete(Profile).where(Profile.name.in_([sp.name for sp in specs])))
        for n, spec in enumerate(specs):
            if progress:
                progress(int(100 * n / len(specs)), spec.name)
            _build_profile(s, spec, rng)
    if progress:
        progress(100, "")
    return [sp.name for sp in specs]


def _build_profile(s, spec: ProfileSpec, rng: random.Random) -> None:
    profile = Profile(
        name=spec.name,
        legal_form=spec.legal_form,
        inn=make_inn(spec.inn_prefix),
        registry_number=spec.registry_number,
        registry_date=spec.registry_date,
        region=spec.region,
        notes="",
    )
    s.add(profile)
    sites: dict[str, Site] = {}
    for ss in spec.sites:
        site = Site(
            profile=profile,
            name=ss.name,
            region=ss.region,
            tariff=ss.tariff,
            currency="RUB",
            monthly_fee_minor=to_minor(Decimal(ss.monthly_fee_rub), "RUB"),
        )
        s.add(site)
        sites[ss.name] = site
    s.flush()

    units: list[Equipment] = []
    for line in spec.fleet:
        from_catalogue = history.find_model(line.model)
        prefix = hashlib.md5(line.model.encode()).hexdigest()[:4].upper()
        for _ in range(line.count):
            units.append(
                Equipment(
                    profile=profile,
                    site=sites[line.site],
                    vendor=from_catalogue.vendor,
                    model=line.model,
                    serial=f"{prefix}{rng.randrange(10**9):09d}",
                    hashrate_ths=from_catalogue.hashrate_ths,
                    power_w=from_catalogue.power_w,
                    purchase_date=line.purchased,
                    price_minor=to_minor(Decimal(line.price_rub), "RUB"),
                    price_currency="RUB",
                    status="active",
                    status_date=line.purchased,
                    hosting=line.hosting,
                    hoster=line.hoster,
                )
            )
    for idx, status, when in spec.changes:
        units[idx].status = status
        units[idx].status_date = when
    s.add_all(units)
    s.flush()

    for addr in spec.addresses:
        s.add(WalletAddress(profile_id=profile.id, address=addr, label="Pool payouts", network="mainnet"))

    def running(unit: Equipment, day: dt.date) -> bool:
        if unit.purchase_date and day < unit.purchase_date:
            return False
        if unit.status != "active" and unit.status_date and day >= unit.status_date:
            return False
        return True

    payouts: list[Payout] = []
    disposals: list[Disposal] = []
    energy: list[EnergyRecord] = []
    meter = {name: Decimal(rng.randrange(10_000, 60_000)) for name in sites}
    pending = Decimal(0)  # mined but not yet paid out, in sats
    month_mined = 0
    month_kwh: dict[str, Decimal] = {name: Decimal(0) for name in sites}
    for ss in spec.sites:
        if ss.metered:  # the reading the meter showed when the farm started
            energy.append(EnergyRecord(profile_id=profile.id, site_id=sites[ss.name].id, kind="reading",
                                       day=START - dt.timedelta(days=1), meter_kwh=meter[ss.name], currency="RUB"))
    day = START
    address = spec.addresses[0]
    while day <= END:
        diff = history.difficulty().at(day)
        fees = FEES_PER_BLOCK_SATS.get(day.year, 2_000_000)
        ths = sum((u.hashrate_ths for u in units if running(u, day)), Decimal(0))
        for site_name in sites:
            watts = sum(u.power_w for u in units if running(u, day) and u.site.name == site_name)
            kwh = Decimal(watts) * 24 * UPTIME / 1000 * Decimal(str(round(rng.uniform(0.97, 1.03), 3)))
            month_kwh[site_name] += kwh
        expected = expected_sats_per_day(ths, diff, day, fees_per_block_sats=fees, pool_fee=POOL_FEE, uptime=UPTIME)
        luck = Decimal(str(round(rng.gauss(1.0, 0.04), 4)))
        pending += expected * luck
        if (day - START).days % spec.payout_every_days == spec.payout_every_days - 1 and pending >= 1:
            amount = int(pending)
            pending -= amount
            month_mined += amount
            payouts.append(
                Payout(profile_id=profile.id, day=day, amount_sat=amount, pool=spec.pool,
                       txid=_fake_txid(spec.name, day, amount), address=address)
            )
        if day == _month_end(day):
            _close_month(spec, profile, sites, day, month_kwh, meter, energy, disposals, month_mined, rng)
            month_mined = 0
            month_kwh = {name: Decimal(0) for name in sites}
        day += dt.timedelta(days=1)
    s.add_all(payouts)
    s.add_all(energy)
    s.add_all(disposals)


def _close_month(spec, profile, sites, day, month_kwh, meter, energy, disposals, month_mined, rng) -> None:
    first = day.replace(day=1)
    bill_rub = Decimal(0)
    for ss in spec.sites:
        site = sites[ss.name]
        kwh = month_kwh[ss.name].quantize(Decimal("1"))
        tariff = _tariff_on(ss, day)
        override = tariff if tariff != ss.tariff else None
        cost = (kwh * tariff).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
        bill_rub += cost + Decimal(ss.monthly_fee_rub)
        if ss.metered:
            meter[ss.name] += kwh
            energy.append(EnergyRecord(profile_id=profile.id, site_id=site.id, kind="reading", day=day,
                                       meter_kwh=meter[ss.name], tariff_override=override, currency="RUB"))
        else:
            energy.append(EnergyRecord(profile_id=profile.id, site_id=site.id, kind="period", day=day,
                                       period_start=first, kwh=kwh, cost_minor=to_minor(cost, "RUB"),
                                       tariff_override=override, currency="RUB"))
    # Sell part of the month's production on the 5th of the next month, at that day's price in roubles.
    sell_day = min(day + dt.timedelta(days=5), END)
    if month_mined <= 0 or sell_day <= day:
        return
    sats = int(Decimal(month_mined) * spec.sell_share)
    if sats <= 0:
        return
    price = _btc_rub(sell_day)
    gross = (Decimal(sats) / SATS_PER_BTC * price).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    fee = (gross * Decimal("0.001")).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    disposals.append(Disposal(profile_id=profile.id, day=sell_day, kind="sale", amount_sat=sats,
                              fiat_minor=to_minor(gross, "RUB"), fee_minor=to_minor(fee, "RUB"),
                              fiat_currency="RUB", txid=_fake_txid("sale", spec.name, sell_day),
                              counterparty="OTC desk"))
    disposals.append(Disposal(profile_id=profile.id, day=sell_day, kind="fee", amount_sat=rng.randrange(800, 3000),
                              fiat_currency="RUB", txid=None, counterparty="network fee"))
