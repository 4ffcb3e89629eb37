"""build/bigfarm.py, the generator of the scale benchmarks' farm, on a small run (5,000 payouts)."""

from __future__ import annotations

import csv
import datetime as dt
import sys
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop.services import bank_package, csv_io, package_zip, records, wallets
from desktop.store import queries
from desktop.store.db import head_revision, open_database
from desktop.store.models import Disposal, EnergyRecord, Equipment, Payout, Profile, Site, payout_day

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "build"))
import bigfarm  # noqa: E402

PAYOUTS = 5_000


@pytest.fixture(scope="module")
def farm(tmp_path_factory):
    folder = tmp_path_factory.mktemp("bigfarm")
    summary = bigfarm.generate(folder / "farm.sqlite3", payouts=PAYOUTS, seed=3, csv_path=folder / "payouts.csv")
    return summary


@pytest.fixture
def db(farm, tmp_path):
    path = tmp_path / "farm.sqlite3"
    path.write_bytes(farm.path.read_bytes())
    database = open_database(path)
    yield database
    database.close()


def test_counts_and_consistency(farm, db):
    assert db.revision() == head_revision()
    start, end = bigfarm.period()
    assert (farm.start, farm.end) == (start, end) and (end - start).days >= 5 * 365
    counts = db.row_counts()
    assert counts["profile"] == 1 and counts["site"] == 4 and counts["equipment"] == 1000
    assert counts["payout"] == PAYOUTS == farm.payouts
    assert counts["energy_record"] == farm.energy_records == 4 * ((end - start).days + 1) + 2
    with db.sessions() as s:
        pid = farm.profile_id
        assert s.scalar(select(func.sum(Payout.amount_sat))) == farm.paid_sat == queries.total_payouts_sat(s, pid)
        assert s.scalar(select(func.min(Payout.day))) >= start and s.scalar(select(func.max(Payout.day))) <= end
        # the triggers kept the per-day totals of the bulk insert
        assert s.execute(select(func.sum(payout_day.c.payouts), func.sum(payout_day.c.amount_sat))).one() == (
            PAYOUTS, farm.paid_sat)
        models = {m.model for m in bigfarm.history.asic_catalogue()}
        assert set(s.scalars(select(Equipment.model))) <= models
        assert len(set(s.scalars(select(Equipment.site_id)))) == 4
        assert set(s.scalars(select(Equipment.status))) >= {"active", "sold", "retired"}
        assert {k for (k,) in s.execute(select(EnergyRecord.kind).distinct())} == {"reading", "period"}
        # never more sold than held
        assert queries.min_balance_from(s, pid, start) >= 0
        assert s.scalar(select(func.count()).select_from(Disposal)) == farm.disposals > 100
        assert [n for (n,) in s.execute(select(Site.name).order_by(Site.id))] == [x.name for x in bigfarm.SITES]


def test_deterministic(farm, tmp_path):
    again = bigfarm.generate(tmp_path / "again.sqlite3", payouts=PAYOUTS, seed=3, csv_path=tmp_path / "again.csv")
    assert again.paid_sat == farm.paid_sat
    assert (tmp_path / "again.csv").read_bytes() == farm.csv_path.read_bytes()


def test_csv_is_what_the_importer_takes(farm, db, tmp_path):
    with farm.csv_path.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == PAYOUTS and list(rows[0]) == [f.name for f in csv_io.fields("payouts")]
    with db.session() as s:
        s.add(Profile(name="Import target"))
    with db.sessions() as s:
        target = s.scalar(select(Profile.id).where(Profile.name == "Import target"))
    assert csv_io.import_csv(db, target, "payouts", farm.csv_path) == csv_io.ImportResult(PAYOUTS, 0)
    with db.sessions() as s:
        assert queries.total_payouts_sat(s, target) == farm.paid_sat
    assert csv_io.import_csv(db, target, "payouts", farm.csv_path) == csv_io.ImportResult(0, PAYOUTS)


def test_dashboard_holdings_and_package_work(farm, db, tmp_path):
    pid = farm.profile_id
    d = records.dashboard(db, pid, "RUB", dt.date(2026, 12, 31))
    assert d.as_of == farm.end and d.holdings_sat > 0 and d.fleet_units > 500 and d.cost_per_btc is not None
    assert sum(sats for _, sats in d.mined_by_month) == farm.paid_sat
    assert d.energy_month_kwh > 0 and d.btc_price is not None
    summary = records.holdings_summary(db, pid, "RUB", farm.end)
    assert summary.payouts == PAYOUTS and summary.paid_sat == farm.paid_sat
    assert summary.holdings_sat == d.holdings_sat == wallets.holdings_check(db, pid).ledger_sat
    assert len(records.list_payouts(db, pid, limit=50)) == 50
    result = bank_package.build_package(db, bank_package.PackageRequest(
        profile_id=pid, out=tmp_path / "package.zip", offer="illustrative-btc-bullet-50-70-80",
        amount=Decimal(50_000)))
    report = package_zip.verify_package(result.path)
    assert report.ok, report.problems
    assert result.pages > 10  # a thousand machines in the equipment schedule


def test_cli_runs(tmp_path):
    out = tmp_path / "tiny.sqlite3"
    assert bigfarm.main([str(out), "--payouts", "300", "--units", "40", "--no-csv"]) == 0
    db = open_database(out)
    try:
        assert db.row_counts()["payout"] == 300 and db.row_counts()["equipment"] == 40
        assert not out.with_name("tiny-payouts.csv").exists()
    finally:
        db.close()
    with pytest.raises(ValueError, match="machine-days"):
        bigfarm.generate(tmp_path / "too.sqlite3", payouts=10**9, units=10)
