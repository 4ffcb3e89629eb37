"""The store on real SQLite files: round trip, migrations, backups, refusing what it doesn't know."""

from __future__ import annotations

import datetime as dt
import hashlib
import shutil
import sqlite3
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError, StatementError

from desktop.store import db as store_db
from desktop.store.models import ALL_MODELS, Equipment, Payout, Profile, Site

FIXTURE_DBS = sorted((Path(__file__).parent / "fixtures" / "db").glob("rev_*.sqlite3"))

# Rows each fixture database holds (tests/fixtures/db/make_fixture.py).
EXPECTED = {
    "profile": 1, "site": 1, "equipment": 2, "energy_record": 2, "payout": 1, "disposal": 1,
    "wallet_address": 1, "market_price": 1, "loan_offer": 1, "simulation": 1, "package_export": 1, "setting": 1,
}


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_database_is_created_by_migrations(db):
    assert db.revision() == store_db.head_revision()
    assert set(db.row_counts()) == {m.__tablename__ for m in ALL_MODELS}
    assert db.backup_made is None  # nothing to protect in a new file
    with db.engine.connect() as con:
        assert con.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert con.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"


def test_round_trip_keeps_exact_values(db_path):
    db = store_db.open_database(db_path)
    with db.session() as s:
        p = Profile(name="Miner", legal_form="company", inn="7707083893")
        s.add(p)
        s.flush()
        site = Site(profile_id=p.id, name="Shed", tariff=Decimal("5.48123456789"), currency="RUB")
        s.add(site)
        s.flush()
        s.add(Equipment(profile_id=p.id, site_id=site.id, model="S21", serial="A1", hashrate_ths=Decimal("200.1"),
                        power_w=3500, price_minor=35_000_000, purchase_date=dt.date(2025, 1, 2)))
        s.add(Payout(profile_id=p.id, day=dt.date(2025, 1, 3), amount_sat=2_100_000_000_000_000, txid="a" * 64))
    db.close()

    db = store_db.open_database(db_path)
    with db.sessions() as s:
        site = s.scalar(select(Site))
        assert site.tariff == Decimal("5.48123456789")
        eq = s.scalar(select(Equipment))
        assert eq.hashrate_ths == Decimal("200.1") and eq.price_minor == 35_000_000
        assert eq.created_at.tzinfo is not None  # timestamps come back as UTC
        assert s.scalar(select(Payout.amount_sat)) == 2_100_000_000_000_000
    db.close()
    # What SQLite really holds: text for exact decimals, integers for money; never a REAL.
    con = sqlite3.connect(db_path)
    assert con.execute("SELECT typeof(tariff) FROM site").fetchone() == ("text",)
    assert con.execute("SELECT typeof(hashrate_ths), typeof(price_minor) FROM equipment").fetchone() == ("text", "integer")
    for table in [m.__tablename__ for m in ALL_MODELS]:
        for column in con.execute(f"PRAGMA table_info({table})"):
            assert column[2].upper() not in ("REAL", "FLOAT", "DOUBLE", "NUMERIC"), (table, column)
    con.close()


def test_float_amounts_are_refused(db):
    with pytest.raises(StatementError, match="floats are not stored"):
        with db.session() as s:
            p = Profile(name="F")
            s.add(p)
            s.flush()
            s.add(Site(profile_id=p.id, name="x", tariff=5.5))
            s.flush()
    assert db.row_counts()["profile"] == 0  # the whole unit of work rolled back


def test_constraints_hold(db):
    with db.session() as s:
        p = Profile(name="C")
        s.add(p)
        s.flush()
        pid = p.id
    with pytest.raises(IntegrityError):
        with db.session() as s:
            s.add_all([Equipment(profile_id=pid, model="m", serial="S", hashrate_ths=Decimal(1), power_w=1),
                       Equipment(profile_id=pid, model="m", serial="S", hashrate_ths=Decimal(1), power_w=1)])
    with pytest.raises(IntegrityError):
        with db.session() as s:
            s.add(Payout(profile_id=pid, day=dt.date(2025, 1, 1), amount_sat=-1))
    with pytest.raises(IntegrityError):  # foreign keys are on
        with db.session() as s:
            s.add(Payout(profile_id=999, day=dt.date(2025, 1, 1), amount_sat=1))
    # Deleting a profile deletes what belongs to it.
    with db.session() as s:
        s.add(Payout(profile_id=pid, day=dt.date(2025, 1, 1), amount_sat=5, txid="b" * 64))
    with db.session() as s:
        s.delete(s.get(Profile, pid))
    assert db.row_counts()["payout"] == 0


@pytest.mark.parametrize("fixture", FIXTURE_DBS, ids=lambda p: p.stem)
def test_upgrade_fixture_keeps_data(fixture, tmp_path):
    path = tmp_path / "old.sqlite3"
    shutil.copyfile(fixture, path)
    rev = fixture.stem.removeprefix("rev_")
    db = store_db.open_database(path)
    try:
        assert db.revision() == store_db.head_revision()
        counts = db.row_counts()
        for table, n in EXPECTED.items():
            assert counts[table] == n, table
        with db.sessions() as s:
            assert s.scalar(select(Site.tariff)) == Decimal("5.4812")
            assert s.scalar(select(Payout.txid)) == "ab" * 32
        if rev != store_db.head_revision():
            assert db.backup_made is not None
            assert store_db.read_revision(db.backup_made) == rev  # the backup is the file as it was
        else:
            assert db.backup_made is None
    finally:
        db.close()


def test_backup_is_made_before_migrating(tmp_path, monkeypatch):
    """An older file is copied before Alembic touches it; the copy holds the old revision and all rows."""
    path = tmp_path / "farm.sqlite3"
    db = store_db.open_database(path)
    with db.session() as s:
        s.add(Profile(name="Before"))
    db.close()
    # Pretend the app knows one more revision than the file has: the file is then "older".
    real_head = store_db.head_revision()
    monkeypatch.setattr(store_db, "head_revision", lambda: "9999")
    migrated = []
    monkeypatch.setattr(store_db, "migrate", lambda engine: migrated.append(list(store_db.list_backups(path))))
    db = store_db.open_database(path)
    db.close()
    assert migrated and len(migrated[0]) == 1  # the backup existed when migrate ran
    backup = migrated[0][0]
    assert store_db.read_revision(backup) == real_head
    con = sqlite3.connect(backup)
    assert con.execute("SELECT name FROM profile").fetchall() == [("Before",)]
    con.close()


def test_newer_schema_is_refused_and_untouched(tmp_path):
    path = tmp_path / "future.sqlite3"
    db = store_db.open_database(path)
    with db.engine.begin() as con:
        con.exec_driver_sql("UPDATE alembic_version SET version_num='9999_from_the_future'")
    db.close()
    before = sha256(path)
    files = sorted(p.name for p in tmp_path.iterdir())
    with pytest.raises(store_db.SchemaTooNewError, match="newer HashPledge"):
        store_db.open_database(path)
    assert sha256(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == files
    assert store_db.list_backups(path) == []


def test_not_a_database_is_refused(tmp_path):
    path = tmp_path / "notes.sqlite3"
    path.write_bytes(b"this is not sqlite at all" * 100)
    before = sha256(path)
    with pytest.raises(store_db.CorruptDatabaseError):
        store_db.open_database(path)
    assert sha256(path) == before


def test_backup_list_and_restore(db_path):
    db = store_db.open_database(db_path)
    with db.session() as s:
        s.add(Profile(name="Kept"))
    backup = store_db.make_backup(db_path)
    with db.session() as s:
        s.add(Profile(name="Later"))
    db.close()
    assert store_db.list_backups(db_path) == [backup]
    safety = store_db.restore_backup(db_path, backup)
    assert safety is not None and safety.exists()
    db = store_db.open_database(db_path)
    with db.sessions() as s:
        assert list(s.scalars(select(Profile.name))) == ["Kept"]
    db.close()
    con = sqlite3.connect(safety)
    assert sorted(r[0] for r in con.execute("SELECT name FROM profile")) == ["Kept", "Later"]
    con.close()
