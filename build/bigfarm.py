"""A large farm for the scale benchmarks: one company, 1,000 ASICs on four sites, five years of books.

    .venv/bin/python build/bigfarm.py OUT.sqlite3 [--payouts 1000000] [--seed 1] [--units 1000]
                                      [--csv FILE | --no-csv]

What it writes (deterministic for a seed):
- the database is created by the real store (``open_database`` → the Alembic migrations); the profile,
  sites, equipment and watch-only addresses go through the ORM models; the energy records, payouts and
  disposals are bulk inserted (SQLAlchemy Core for energy and disposals, ``sqlite3.executemany`` on the
  store's own connection for the payouts) in the exact formats the models store (ISO dates, decimal
  strings, integer satoshis and minor units);
- one profile ("ООО «Большой хэш»", a company in the miners' registry) with ``--units`` ASICs of the
  bundled catalogue (resources/data/asic_models.csv, each bought no earlier than its release year) on
  four sites in three regions, bought in batches over the five years up to the last day of the bundled
  history; a few are later in repair, on standby, sold or retired;
- energy: a daily record per site for five years — cumulative meter readings on the two own sites, billed
  daily periods (kWh and cost, tariff indexed every 1 July) at the two hosting centres — following the
  power of the machines running each day;
- payouts: ``--payouts`` rows in all, the pools' daily payouts per worker (one worker = one machine):
  each machine earns its expected output every day it runs (its hashrate at the day's real difficulty,
  subsidy + fees, pool fee, uptime, with luck), and each day the pool pays out the accrued balance of the
  next workers in turn, as many as that day's share of the rows (days with more machines running get
  more rows); the amounts therefore add up to what the fleet mined;
- disposals: each month 60 % of the previous month's payouts sold on the 5th at that day's BTC/RUB price,
  with a network fee; holdings never go below zero;
- unless ``--no-csv``: the same payouts as a CSV file in the importer's format (the export's columns
  ``day,amount_btc,pool,txid,address,notes``, UTF-8 with BOM, every row with its own transaction id —
  as a wallet export), for the import benchmark. Default path: OUT with ``-payouts.csv``.

``generate()`` is the importable entry point (used by build/bench_scale.py and tests/test_bigfarm.py).
Bump ``GENERATOR_VERSION`` whenever the output changes: build/bench_scale.py caches the farm by it.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import random
import sys
import time
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from sqlalchemy import insert  # noqa: E402

from desktop.core.inn import make_inn  # noqa: E402
from desktop.core.mining import expected_sats_per_day  # noqa: E402
from desktop.core.money import SATS_PER_BTC, to_minor  # noqa: E402
from desktop.services import history  # noqa: E402
from desktop.store.db import open_database  # noqa: E402
from desktop.store.models import (  # noqa: E402
    Disposal,
    EnergyRecord,
    Equipment,
    Profile,
    Site,
    WalletAddress,
)

GENERATOR_VERSION = 1
PROFILE_NAME = "ООО «Большой хэш»"
YEARS = 5
POOL_FEE = Decimal("0.025")
UPTIME = Decimal("0.97")
FEES_PER_BLOCK_SATS = {2021: 1_500_000, 2022: 1_000_000, 2023: 3_000_000, 2024: 8_000_000, 2025: 2_500_000}
SELL_SHARE = Decimal("0.60")
PAYOUT_BATCH = 50_000


@dataclass(frozen=True)
class SiteSpec:
    name: str
    region: str
    tariff: Decimal
    metered: bool  # daily meter readings (own site) or billed daily periods (hosting centre)
    pool: str
    address: str
    monthly_fee_rub: int = 0
    hoster: str = ""


SITES = (
    SiteSpec("Площадка Канск", "Красноярский край", Decimal("3.95"), True, "F2Pool",
             "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq"),
    SiteSpec("Площадка Бородино", "Красноярский край", Decimal("4.20"), True, "Antpool",
             "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa", monthly_fee_rub=180_000),
    SiteSpec("ЦОД «Ангара», Братск", "Иркутская область", Decimal("4.10"), False, "ViaBTC",
             "bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0", monthly_fee_rub=250_000,
             hoster="ООО «Ангара ДЦ»"),
    SiteSpec("ЦОД «Тверь-1»", "Тверская область", Decimal("5.10"), False, "Foundry USA",
             "3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy", monthly_fee_rub=120_000, hoster="АО «Тверь ДЦ»"),
)


@dataclass(frozen=True)
class Summary:
    path: Path
    csv_path: Path | None
    profile_id: int
    start: dt.date
    end: dt.date
    units: int
    energy_records: int
    payouts: int
    disposals: int
    paid_sat: int
    seconds: float


def period() -> tuple[dt.date, dt.date]:
    """The five years ending on the last day of the bundled history (so every day has a real difficulty)."""
    end = history.btc_usd().last
    start = dt.date(end.year - YEARS, end.month, end.day) + dt.timedelta(days=1)
    return start, end


def _tariff_on(spec: SiteSpec, day: dt.date, start: dt.date) -> Decimal:
    """Russian tariffs are indexed every 1 July: +9 % a year."""
    rises = sum(1 for y in range(start.year, day.year + 1) if start < dt.date(y, 7, 1) <= day)
    return (spec.tariff * Decimal("1.09") ** rises).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def _fleet(rng: random.Random, units: int, start: dt.date, end: dt.date) -> list[dict]:
    """The machines: 40 % bought on the first day, the rest in quarterly batches; newer models later."""
    catalogue = history.asic_catalogue()
    span = (end - start).days
    first = int(units * 0.4)
    batches = 19
    out: list[dict] = []
    for n in range(units):
        if n < first:
            bought = start
        else:
            k = (n - first) * batches // max(1, units - first)
            bought = start + dt.timedelta(days=int(span * (k + 1) / (batches + 1)))
        available = [m for m in catalogue if m.release_year <= bought.year and m.power_w / m.hashrate_ths < 40]
        available.sort(key=lambda m: m.release_year)
        model = rng.choice(available[-8:])  # the newest models of the day
        j = Decimal(model.power_w) / model.hashrate_ths
        rub_per_th = max(Decimal(300), Decimal(2400) - 30 * j)
        site = SITES[n % len(SITES)]
        out.append(dict(
            vendor=model.vendor, model=model.model, serial=f"BH{n:05d}{rng.randrange(10**6):06d}",
            hashrate_ths=model.hashrate_ths, power_w=model.power_w, purchase_date=bought,
            price_minor=to_minor((model.hashrate_ths * rub_per_th).quantize(Decimal(1)), "RUB"),
            price_currency="RUB", status="active", status_date=bought,
            hosting="hosted" if site.hoster else "own", hoster=site.hoster, site=site.name,
        ))
    # Later changes: old machines sold or retired, a few in repair or on standby near the end.
    for n in rng.sample(range(first), k=max(1, units * 3 // 100)):
        u = out[n]
        u["status"] = rng.choice(("sold", "retired"))
        u["status_date"] = start + dt.timedelta(days=rng.randrange(span // 2, span - 30))
    for n in rng.sample(range(first, units), k=max(1, units * 2 // 100)):
        u = out[n]
        if u["purchase_date"] < end - dt.timedelta(days=40):
            u["status"] = rng.choice(("repair", "standby"))
            u["status_date"] = end - dt.timedelta(days=rng.randrange(1, 30))
    return out


def _running(units: list[dict], days: list[dt.date]) -> np.ndarray:
    """days × units booleans: the unit runs that day (the rule of desktop.core.farm.Unit.running_on)."""
    first = days[0]
    n_days = len(days)
    start = np.array([(u["purchase_date"] - first).days for u in units])
    stop = np.array([(u["status_date"] - first).days if u["status"] != "active" else n_days for u in units])
    d = np.arange(n_days)[:, None]
    return (d >= start[None, :]) & (d < stop[None, :])


def _rows_per_day(running_counts: np.ndarray, total: int) -> np.ndarray:
    """``total`` payout rows spread over the days in proportion to the machines running (largest remainder)."""
    capacity = int(running_counts.sum())
    if total > capacity:
        raise ValueError(f"{total} payouts need at least as many machine-days; the fleet has {capacity}")
    share = running_counts * (total / capacity)
    rows = np.floor(share).astype(np.int64)
    rest = total - int(rows.sum())
    if rest:
        order = np.argsort(-(share - rows), kind="stable")[:rest]
        rows[order] += 1
    return np.minimum(rows, running_counts)


def generate(
    path: Path | str,
    payouts: int = 1_000_000,
    seed: int = 1,
    units: int = 1000,
    csv_path: Path | str | None = None,
    progress=None,
) -> Summary:
    """Write the big farm into a new database at ``path`` (an existing file is replaced); see the module doc."""
    t0 = time.perf_counter()
    say = progress or (lambda _text: None)
    path = Path(path)
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    rng = random.Random(seed)
    nprng = np.random.default_rng(seed)
    start, end = period()
    days = [start + dt.timedelta(days=i) for i in range((end - start).days + 1)]
    db = open_database(path)
    try:
        # ---- profile, sites, machines, addresses: through the models
        with db.session() as s:
            profile = Profile(name=PROFILE_NAME, legal_form="company", inn=make_inn("246598765"),
                              registry_number="77-2024-001000", registry_date=dt.date(2024, 11, 28),
                              region="Красноярский край", notes=f"build/bigfarm.py, seed {seed}")
            s.add(profile)
            s.flush()
            sites = {}
            for spec in SITES:
                site = Site(profile_id=profile.id, name=spec.name, region=spec.region, tariff=spec.tariff,
                            currency="RUB", monthly_fee_minor=to_minor(Decimal(spec.monthly_fee_rub), "RUB"))
                s.add(site)
                sites[spec.name] = site
            s.flush()
            fleet = _fleet(rng, units, start, end)
            machines = [Equipment(profile_id=profile.id, site_id=sites[u["site"]].id,
                                  **{k: v for k, v in u.items() if k != "site"}) for u in fleet]
            s.add_all(machines)
            for spec in SITES:
                s.add(WalletAddress(profile_id=profile.id, address=spec.address, label=spec.pool))
            s.flush()
            profile_id = profile.id
            site_ids = {name: site.id for name, site in sites.items()}
        say(f"{units} machines on {len(SITES)} sites")

        running = _running(fleet, days)  # days × units
        power = np.array([u["power_w"] for u in fleet], dtype=np.float64)
        ths = np.array([float(u["hashrate_ths"]) for u in fleet])
        site_of = np.array([[spec.name for spec in SITES].index(u["site"]) for u in fleet])

        # ---- energy: a record per site and day
        energy_rows = []
        meters = {spec.name: Decimal(rng.randrange(100_000, 900_000)) for spec in SITES}
        for spec in SITES:
            if spec.metered:
                energy_rows.append(dict(profile_id=profile_id, site_id=site_ids[spec.name], kind="reading",
                                        day=start - dt.timedelta(days=1), meter_kwh=meters[spec.name],
                                        currency="RUB", meter_replaced=False, notes=""))
        kw_by_site = np.stack([(running * (power * (site_of == i))[None, :]).sum(axis=1) / 1000
                               for i in range(len(SITES))], axis=1)  # days × sites, kW
        noise = nprng.uniform(0.97, 1.03, size=kw_by_site.shape)
        uptime = float(UPTIME)
        for d, day in enumerate(days):
            for i, spec in enumerate(SITES):
                kwh = Decimal(str(round(kw_by_site[d, i] * 24 * uptime * noise[d, i], 1)))
                tariff = _tariff_on(spec, day, start)
                override = tariff if tariff != spec.tariff else None
                row = dict(profile_id=profile_id, site_id=site_ids[spec.name], day=day, currency="RUB",
                           tariff_override=override, meter_replaced=False, notes="")
                if spec.metered:
                    meters[spec.name] += kwh
                    row.update(kind="reading", meter_kwh=meters[spec.name], period_start=None, kwh=None,
                               cost_minor=None)
                else:
                    cost = (kwh * tariff).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
                    row.update(kind="period", meter_kwh=None, period_start=day, kwh=kwh,
                               cost_minor=to_minor(cost, "RUB"))
                energy_rows.append(row)
        with db.session() as s:
            readings = [r for r in energy_rows if r["kind"] == "reading"]
            periods = [r for r in energy_rows if r["kind"] == "period"]
            for chunk in (readings, periods):
                for r in chunk:
                    r.setdefault("period_start", None)
                    r.setdefault("kwh", None)
                    r.setdefault("cost_minor", None)
                s.execute(insert(EnergyRecord).execution_options(render_nulls=True), chunk)
        say(f"{len(energy_rows)} energy records")

        # ---- payouts: per worker (machine), paid in turn; amounts = what each machine accrued
        per_th = np.array([float(expected_sats_per_day(
            Decimal(1), history.difficulty().at(day), day,
            fees_per_block_sats=FEES_PER_BLOCK_SATS.get(day.year, 2_000_000),
            pool_fee=POOL_FEE, uptime=UPTIME)) for day in days])
        counts = running.sum(axis=1)
        rows_today = _rows_per_day(counts, payouts)
        pending = np.zeros(len(fleet))
        cursor = 0
        pools = [(spec.pool, spec.address) for spec in SITES]
        paid_by_month: dict[dt.date, int] = {}
        paid_total = 0
        written = 0
        csv_fh = None
        if csv_path is not None:
            csv_path = Path(csv_path)
            csv_fh = csv_path.open("w", encoding="utf-8-sig", newline="")
            csv_fh.write("day,amount_btc,pool,txid,address,notes\r\n")
        raw = db.engine.raw_connection()
        try:
            cur = raw.cursor()
            batch: list[tuple] = []
            for d, day in enumerate(days):
                on = running[d]
                luck = nprng.normal(1.0, 0.03, size=len(fleet))
                pending += np.where(on, ths * per_th[d] * luck, 0.0)
                n = int(rows_today[d])
                if not n:
                    continue
                workers = np.flatnonzero(on)
                # the next n running workers after the cursor, cyclically
                pos = int(np.searchsorted(workers, cursor))
                pick = workers[(pos + np.arange(n)) % len(workers)]
                cursor = int(pick[-1]) + 1
                amounts = np.maximum(np.floor(pending[pick]), 1).astype(np.int64)
                pending[pick] -= amounts
                iso = day.isoformat()
                month = day.replace(day=1)
                day_total = int(amounts.sum())
                paid_by_month[month] = paid_by_month.get(month, 0) + day_total
                paid_total += day_total
                for w, sats in zip(pick.tolist(), amounts.tolist(), strict=True):
                    pool, address = pools[site_of[w]]
                    note = f"worker {w + 1:04d}"
                    batch.append((profile_id, iso, sats, pool, None, address, note))
                    if csv_fh is not None:
                        txid = hashlib.sha256(f"bigfarm:{seed}:{written}".encode()).hexdigest()
                        csv_fh.write(f"{iso},{sats // SATS_PER_BTC}.{sats % SATS_PER_BTC:08d},{pool},{txid},"
                                     f"{address},{note}\r\n")
                    written += 1
                if len(batch) >= PAYOUT_BATCH:
                    cur.executemany("INSERT INTO payout (profile_id, day, amount_sat, pool, txid, address, notes) "
                                    "VALUES (?, ?, ?, ?, ?, ?, ?)", batch)
                    batch = []
            if batch:
                cur.executemany("INSERT INTO payout (profile_id, day, amount_sat, pool, txid, address, notes) "
                                "VALUES (?, ?, ?, ?, ?, ?, ?)", batch)
            raw.commit()
        finally:
            raw.close()
            if csv_fh is not None:
                csv_fh.close()
        say(f"{written} payouts")

        # ---- disposals: 60 % of each month's payouts sold on the 5th of the next month, and a network fee
        disposals = []
        for month, sats in sorted(paid_by_month.items()):
            sell_day = (month + dt.timedelta(days=32)).replace(day=5)
            sold = int(Decimal(sats) * SELL_SHARE)
            if sell_day > end or sold <= 0:
                continue
            price = history.btc_usd().at(sell_day) * history.usd_rub().at(sell_day)
            gross = (Decimal(sold) / SATS_PER_BTC * price).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
            fee = (gross * Decimal("0.001")).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
            txid = hashlib.sha256(f"bigfarm-sale:{seed}:{sell_day}".encode()).hexdigest()
            disposals.append(dict(profile_id=profile_id, day=sell_day, kind="sale", amount_sat=sold,
                                  fiat_minor=to_minor(gross, "RUB"), fee_minor=to_minor(fee, "RUB"),
                                  fiat_currency="RUB", txid=txid, counterparty="OTC desk", notes=""))
            disposals.append(dict(profile_id=profile_id, day=sell_day, kind="fee",
                                  amount_sat=rng.randrange(2_000, 12_000), fiat_minor=None, fee_minor=None,
                                  fiat_currency="RUB", txid=None, counterparty="network fee", notes=""))
        with db.session() as s:
            s.execute(insert(Disposal).execution_options(render_nulls=True), disposals)
        with db.engine.connect() as con:
            con.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        db.close()
    say(f"{len(disposals)} disposals; done")
    return Summary(path=path, csv_path=csv_path, profile_id=profile_id, start=start, end=end, units=len(fleet),
                   energy_records=len(energy_rows), payouts=written, disposals=len(disposals),
                   paid_sat=paid_total, seconds=time.perf_counter() - t0)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path, metavar="OUT.sqlite3")
    parser.add_argument("--payouts", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--units", type=int, default=1000)
    parser.add_argument("--csv", type=Path, metavar="FILE", help="default: OUT with -payouts.csv")
    parser.add_argument("--no-csv", action="store_true", help="do not write the CSV file")
    args = parser.parse_args(argv)
    csv_path = None if args.no_csv else (args.csv or args.out.with_name(args.out.stem + "-payouts.csv"))
    summary = generate(args.out, payouts=args.payouts, seed=args.seed, units=args.units, csv_path=csv_path,
                       progress=lambda text: print(f"  {text}", flush=True))
    print(f"{summary.path}: {summary.units} machines, {summary.energy_records} energy records, "
          f"{summary.payouts} payouts ({summary.paid_sat / SATS_PER_BTC:.8f} BTC), {summary.disposals} disposals, "
          f"{summary.start} … {summary.end}; {summary.seconds:.1f} s")
    if summary.csv_path:
        print(f"{summary.csv_path}: {summary.payouts} payout rows")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
