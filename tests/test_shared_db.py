"""The store on both databases: SQLite and PostgreSQL (issue 11).

Every test taking ``any_location`` / ``any_db`` runs twice, on a new SQLite file and on a new database of the
test PostgreSQL server (build/postgres/test_server.sh; CI starts one and requires these cases to run). The
store, the migrations, the concurrency rules and the copy between the two are asserted on each.
"""

from __future__ import annotations

import datetime as dt
import threading
from decimal import Decimal

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine, func, insert, select, text, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from desktop.services import csv_io, db_access, db_copy, profiles, records
from desktop.services.demo import build_demo
from desktop.store import db as store_db
from desktop.store.models import Base, Equipment, Payout, Profile, Site, payout_day
from tests.test_faults import payout_csv

TODAY = dt.date(2026, 3, 31)


def _profile(db, name="Ферма «Север»") -> int:
    return profiles.create_profile(db, profiles.ProfileData(name=name, legal_form="individual")).id


def _site(db, pid) -> int:
    return records.add_site(db, pid, records.SiteData(name="Hangar 1", tariff=Decimal("4.35"), currency="RUB"))


def _unit(db, pid, site, serial="S19-0001") -> int:
    return records.add_equipment(db, pid, records.EquipmentData(
        model="Antminer S19", serial=serial, hashrate_ths=Decimal("95.50"), power_w=3250, site_id=site,
        purchase_date=dt.date(2025, 1, 10), price_minor=5_000_000_000, price_currency="RUB"), today=TODAY)


def _unit_data(db, unit_id, **changes) -> records.EquipmentData:
    row = records.get_equipment(db, unit_id)
    data = records.EquipmentData(model=row.model, serial=row.serial, hashrate_ths=row.hashrate_ths,
                                 power_w=row.power_w, site_id=row.site_id, purchase_date=row.purchase_date,
                                 price_minor=row.price_minor, price_currency=row.price_currency, status=row.status,
                                 status_date=row.status_date, notes=row.notes)
    for key, value in changes.items():
        setattr(data, key, value)
    return data


def _second(any_location):
    """Another instance of the app on the same database (its own engine and connections)."""
    location, password = any_location
    return store_db.open_database(location, password=password)


# ---- store ------------------------------------------------------------------------------------------------------
def test_new_database_is_created_by_the_migrations(any_db, any_location):
    assert any_db.revision() == store_db.head_revision()
    assert set(any_db.row_counts().values()) == {0}
    location, password = any_location
    assert any_db.location == (location if password else str(any_db.path))
    assert password is None or password not in any_db.location


def test_migrated_schema_matches_the_models(any_db):
    """The migrations and the models describe the same schema on both databases (types included)."""
    with any_db.engine.connect() as con:
        diffs = compare_metadata(MigrationContext.configure(con, opts={"compare_type": True}), Base.metadata)
    assert diffs == []


def test_values_round_trip_exactly(any_db):
    pid = _profile(any_db)
    site = _site(any_db, pid)
    unit = _unit(any_db, pid, site)
    big = 2_099_999_997_690_000  # every satoshi there will ever be: needs 64 bits (bigint on PostgreSQL)
    with any_db.session() as s:
        s.add(Payout(profile_id=pid, day=dt.date(2024, 4, 20), amount_sat=big, pool="Пул", txid="ab" * 32))
    row = records.get_equipment(any_db, unit)
    assert row.hashrate_ths == Decimal("95.50") and str(row.hashrate_ths) == "95.50"  # the exact string
    assert row.price_minor == 5_000_000_000  # 50 million roubles in kopecks: over 32 bits
    assert row.purchase_date == dt.date(2025, 1, 10)
    assert row.version == 1
    with any_db.sessions() as s:
        p = s.get(Profile, pid)
        assert p.name == "Ферма «Север»"
        assert p.created_at.tzinfo is not None
        assert s.scalar(select(Site.tariff)) == Decimal("4.35")
        assert s.scalar(select(Payout.amount_sat)) == big
    summary = records.holdings_summary(any_db, pid, "RUB", TODAY)
    assert summary.holdings_sat == big and type(summary.holdings_sat) is int


def test_sums_are_integers_on_both(any_db):
    """PostgreSQL sums bigints as numeric: the store casts them back, satoshis stay int."""
    from desktop.store import queries

    pid = _profile(any_db)
    for i, amount in enumerate((150_000_000, 2_500_000_000, 7)):
        records.add_payout(any_db, pid, records.PayoutData(day=dt.date(2025, 1, 1 + i), amount_sat=amount),
                           today=TODAY)
    with any_db.sessions() as s:
        total = s.scalar(select(queries.total(Payout.amount_sat)))
    assert total == 2_650_000_007 and type(total) is int


def test_constraints_hold(any_db):
    pid = _profile(any_db)
    site = _site(any_db, pid)
    _unit(any_db, pid, site)
    with pytest.raises(records.RecordError) as err:
        _unit(any_db, pid, site)  # the same serial in the same profile
    assert err.value.field == "serial"
    with pytest.raises(IntegrityError), any_db.session() as s:
        s.add(Payout(profile_id=pid, day=dt.date(2025, 1, 1), amount_sat=0))  # CHECK amount_sat > 0
    with pytest.raises(IntegrityError), any_db.session() as s:
        s.add(Equipment(profile_id=pid, model="X", serial="Y", hashrate_ths=Decimal(1), power_w=1, status="lost"))


def test_payout_day_totals_follow_every_write(any_db):
    """The per-day totals (SQLite triggers / a PL/pgSQL trigger) equal a GROUP BY of the payouts after inserts,
    a bulk insert, updates, deletes and a cascade from the profile."""
    pid = _profile(any_db)
    other = _profile(any_db, "Other")

    def check():
        with any_db.sessions() as s:
            kept = sorted(s.execute(select(payout_day.c.profile_id, payout_day.c.day, payout_day.c.payouts,
                                           payout_day.c.amount_sat)).all())
            real = sorted(s.execute(select(Payout.profile_id, Payout.day, func.count(), func.sum(Payout.amount_sat))
                                    .group_by(Payout.profile_id, Payout.day)).all())
        assert kept == [tuple(int(v) if isinstance(v, Decimal) else v for v in r) for r in real]

    ids = [records.add_payout(any_db, pid, records.PayoutData(day=dt.date(2025, 2, 1 + i % 3), amount_sat=1000 + i),
                              today=TODAY) for i in range(9)]
    with any_db.session() as s:
        s.execute(insert(Payout), [{"profile_id": other, "day": dt.date(2025, 2, 1), "amount_sat": 5}] * 3)
    check()
    with any_db.session() as s:
        s.execute(update(Payout).where(Payout.id == ids[0]).values(day=dt.date(2025, 3, 1), amount_sat=77))
    records.edit_payout(any_db, ids[1], records.PayoutData(day=dt.date(2025, 2, 2), amount_sat=1), today=TODAY)
    records.delete_payouts(any_db, pid, ids[2:5])
    check()
    profiles.delete_profile(any_db, other)
    check()
    with any_db.sessions() as s:
        assert s.scalar(select(func.count()).select_from(payout_day).where(payout_day.c.profile_id == other)) == 0


def test_demo_farm_gives_the_same_figures_on_both(any_db, demo_db):
    """The whole demo (three profiles, 1,740 payouts) on this database: the dashboard, production by month and
    the holdings are those of the SQLite demo, to the satoshi and the kopeck."""
    build_demo(any_db, seed=1)
    for a, b in zip(profiles.list_profiles(demo_db), profiles.list_profiles(any_db), strict=True):
        assert a.name == b.name
        assert records.dashboard(demo_db, a.id, "RUB", TODAY) == records.dashboard(any_db, b.id, "RUB", TODAY)
        assert records.production_by_month(demo_db, a.id, "RUB", TODAY) == \
            records.production_by_month(any_db, b.id, "RUB", TODAY)
        assert records.holdings_summary(demo_db, a.id, "RUB", TODAY) == \
            records.holdings_summary(any_db, b.id, "RUB", TODAY)


# ---- migrations -------------------------------------------------------------------------------------------------
def test_upgrade_from_an_older_schema_keeps_the_rows(any_location):
    """A database at revision 0003 (before row versions) with data is upgraded on open: rows kept, version 1,
    and the downgrade to nothing and back works on both databases."""
    location, password = any_location
    url = store_db.server_url(location, password) if store_db.is_server_url(location) else f"sqlite:///{location}"
    engine = create_engine(url)
    cfg = store_db.alembic_config()
    with engine.begin() as con:
        cfg.attributes["connection"] = con
        command.upgrade(cfg, "0003")
        con.execute(text("INSERT INTO profile (id, name, legal_form, notes, created_at) "
                         "VALUES (1, 'Old', 'individual', '', '2025-01-01 00:00:00')"))
        con.execute(text("INSERT INTO payout (profile_id, day, amount_sat, pool, address, notes) "
                         "VALUES (1, '2025-01-02', 4200000000, '', '', '')"))
    engine.dispose()
    db = store_db.open_database(location, password=password)
    try:
        assert db.revision() == store_db.head_revision()
        with db.sessions() as s:
            assert s.scalar(select(Profile.version)) == 1
            assert s.scalar(select(Payout.amount_sat)) == 4_200_000_000
            assert s.execute(select(payout_day.c.payouts, payout_day.c.amount_sat)).one() == (1, 4_200_000_000)
        with db.engine.begin() as con:  # down to nothing, then up again
            cfg.attributes["connection"] = con
            command.downgrade(cfg, "base")
        with db.engine.begin() as con:
            cfg.attributes["connection"] = con
            command.upgrade(cfg, "head")
        assert db.revision() == store_db.head_revision()
    finally:
        db.close()


def test_a_newer_schema_is_refused_untouched(any_db, any_location):
    with any_db.engine.begin() as con:
        con.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    any_db.close()
    location, password = any_location
    with pytest.raises(store_db.SchemaTooNewError) as err:
        store_db.open_database(location, password=password)
    assert "9999" in str(err.value)
    engine = create_engine(store_db.server_url(location, password) if password is not None
                           else f"sqlite:///{location}")
    with engine.connect() as con:
        assert con.execute(text("SELECT version_num FROM alembic_version")).scalar() == "9999"
    engine.dispose()


def test_two_apps_starting_together_upgrade_once(pg_database):
    """Two instances opening a new server database at the same moment: one creates the schema, the other waits
    on the migration lock and finds it done (no 'relation already exists')."""
    address, password = pg_database
    opened, errors = [], []

    def start():
        try:
            opened.append(store_db.open_database(address, password=password))
        except Exception as exc:  # noqa: BLE001 - the test reports it
            errors.append(exc)

    threads = [threading.Thread(target=start) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert errors == []
    assert [d.revision() for d in opened] == [store_db.head_revision()] * 3
    for d in opened:
        d.close()


# ---- concurrency ------------------------------------------------------------------------------------------------
def test_second_advisor_is_told_and_shown_the_new_values(any_db, any_location):
    """Two instances edit one machine: the first save wins, the second (made on the old version) is refused
    with the record as it is now; nothing is overwritten; saving again on the new version works."""
    pid = _profile(any_db)
    unit = _unit(any_db, pid, _site(any_db, pid))
    other = _second(any_location)
    try:
        seen_by_a = records.get_equipment(any_db, unit)
        seen_by_b = records.get_equipment(other, unit)
        records.edit_equipment(other, unit, _unit_data(other, unit, notes="moved to rack 7"), today=TODAY,
                               version=seen_by_b.version)
        with pytest.raises(records.ConflictError) as err:
            records.edit_equipment(any_db, unit, _unit_data(any_db, unit, power_w=3100, notes=""), today=TODAY,
                                   version=seen_by_a.version)
        assert err.value.current.notes == "moved to rack 7" and err.value.current.version == 2
        assert err.value.field == "version" and "someone else" in err.value.message.lower()
        now = records.get_equipment(any_db, unit)
        assert (now.notes, now.power_w, now.version) == ("moved to rack 7", 3250, 2)  # B's change kept
        records.edit_equipment(any_db, unit, _unit_data(any_db, unit, power_w=3100), today=TODAY,
                               version=err.value.current.version)
        now = records.get_equipment(other, unit)
        assert (now.notes, now.power_w, now.version) == ("moved to rack 7", 3100, 3)
    finally:
        other.close()


def test_every_record_kind_refuses_a_stale_edit(any_db, any_location):
    pid = _profile(any_db)
    site = _site(any_db, pid)
    payout = records.add_payout(any_db, pid, records.PayoutData(day=dt.date(2025, 5, 1), amount_sat=90_000_000),
                                today=TODAY)
    sale = records.add_disposal(any_db, pid, records.DisposalData(day=dt.date(2025, 5, 2), kind="sale",
                                amount_sat=10_000_000, fiat_minor=70_000_00), today=TODAY)
    energy = records.add_energy(any_db, pid, records.EnergyData(site_id=site, kind="period", day=dt.date(2025, 5, 31),
                                period_start=dt.date(2025, 5, 1), kwh=Decimal("1234.5")), today=TODAY)
    other = _second(any_location)
    try:
        records.edit_payout(other, payout, records.PayoutData(day=dt.date(2025, 5, 1), amount_sat=91_000_000),
                            today=TODAY, version=1)
        with pytest.raises(records.ConflictError) as err:
            records.edit_payout(any_db, payout, records.PayoutData(day=dt.date(2025, 5, 1), amount_sat=1),
                                today=TODAY, version=1)
        assert err.value.current.amount_sat == 91_000_000
        records.edit_disposal(other, sale, records.DisposalData(day=dt.date(2025, 5, 2), kind="sale",
                              amount_sat=10_000_000, fiat_minor=71_000_00), today=TODAY, version=1)
        with pytest.raises(records.ConflictError):
            records.edit_disposal(any_db, sale, records.DisposalData(day=dt.date(2025, 5, 2), kind="fee",
                                  amount_sat=1), today=TODAY, version=1)
        records.edit_energy(other, energy, records.EnergyData(site_id=site, kind="period", day=dt.date(2025, 5, 31),
                            period_start=dt.date(2025, 5, 1), kwh=Decimal("1300")), today=TODAY, version=1)
        with pytest.raises(records.ConflictError):
            records.edit_energy(any_db, energy, records.EnergyData(site_id=site, kind="period",
                                day=dt.date(2025, 5, 31), period_start=dt.date(2025, 5, 1), kwh=Decimal("1")),
                                today=TODAY, version=1)
        records.edit_site(other, site, records.SiteData(name="Hangar A", tariff=Decimal("4.35")), version=1)
        with pytest.raises(records.ConflictError) as err:
            records.edit_site(any_db, site, records.SiteData(name="Hangar B"), version=1)
        assert err.value.current.name == "Hangar A"
        profiles.update_profile(other, pid, profiles.ProfileData(name="Renamed", legal_form="individual"), version=1)
        with pytest.raises(profiles.ProfileConflict) as perr:
            profiles.update_profile(any_db, pid, profiles.ProfileData(name="Mine", legal_form="individual"),
                                    version=1)
        assert perr.value.current.name == "Renamed"
        spare = records.add_payout(other, pid, records.PayoutData(day=dt.date(2025, 6, 1), amount_sat=5),
                                   today=TODAY)
        records.delete_payouts(other, pid, [spare])
        with pytest.raises(records.ConflictError) as err:
            records.edit_payout(any_db, spare, records.PayoutData(day=dt.date(2025, 6, 1), amount_sat=6),
                                today=TODAY, version=1)
        assert err.value.current is None and "deleted" in err.value.message
    finally:
        other.close()


def test_a_write_racing_a_read_is_caught_by_the_version(any_db, any_location):
    """The window between reading a row and writing it: the UPDATE names the version read, so a change
    committed in between makes it update nothing (StaleDataError), never overwrite."""
    pid = _profile(any_db)
    unit = _unit(any_db, pid, _site(any_db, pid))
    other = _second(any_location)
    try:
        with Session(any_db.engine) as s:
            row = s.get(Equipment, unit)  # read at version 1
            records.edit_equipment(other, unit, _unit_data(other, unit, notes="B"), today=TODAY)
            row.notes = "A"
            with pytest.raises(StaleDataError):
                s.commit()
        assert records.get_equipment(any_db, unit).notes == "B"
    finally:
        other.close()


def test_two_sales_of_the_same_bitcoin_one_wins(any_db, any_location):
    """Two advisors sell the whole holdings at the same moment: the writers' lock makes the second see the
    first's sale, so exactly one is recorded and the holdings never go below zero."""
    pid = _profile(any_db)
    records.add_payout(any_db, pid, records.PayoutData(day=dt.date(2025, 1, 1), amount_sat=100_000_000), today=TODAY)
    instances = [any_db, _second(any_location)]
    barrier = threading.Barrier(2)
    results: list[object] = []

    def sell(db):
        barrier.wait()
        try:
            results.append(records.add_disposal(db, pid, records.DisposalData(
                day=dt.date(2025, 2, 1), kind="transfer", amount_sat=100_000_000), today=TODAY))
        except records.RecordError as exc:
            results.append(exc)

    threads = [threading.Thread(target=sell, args=(db,)) for db in instances]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    instances[1].close()
    assert sorted(type(r).__name__ for r in results) == ["RecordError", "int"]
    assert len(records.list_disposals(any_db, pid)) == 1


def test_the_same_import_twice_at_once_adds_the_rows_once(any_db, any_location, tmp_path):
    pid = _profile(any_db)
    path = payout_csv(tmp_path / "payouts.csv", 3000)
    instances = [any_db, _second(any_location)]
    barrier = threading.Barrier(2)
    errors: list[Exception] = []

    def run(db):
        barrier.wait()
        try:
            csv_io.import_csv(db, pid, "payouts", path)
        except Exception as exc:  # noqa: BLE001 - the test reports it
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(db,)) for db in instances]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    instances[1].close()
    assert errors == []  # the second import waited for the first, then found every row already there
    with any_db.sessions() as s:
        assert s.scalar(select(func.count()).select_from(Payout)) == 3000


# ---- the copy ---------------------------------------------------------------------------------------------------
def test_copy_to_the_server_and_back_loses_nothing(demo_db, pg_database, tmp_path):
    """SQLite demo → PostgreSQL → a new SQLite file: every table's rows and checksum equal at each step; the
    server hands out new ids after the copied ones."""
    address, password = pg_database
    server = store_db.open_database(address, password=password)
    back = store_db.open_database(tmp_path / "back.sqlite3")
    try:
        there = db_copy.copy_database(demo_db, server)
        assert there.ok and there.rows == sum(demo_db.row_counts().values())
        assert {t.table: t.source_rows for t in there.tables}["payout"] == 1740
        home = db_copy.copy_database(server, back)
        assert home.ok
        assert db_copy.checksums(demo_db) == db_copy.checksums(server) == db_copy.checksums(back)
        pid = profiles.list_profiles(server)[0].id
        new = _unit(server, pid, None, serial="NEW-1")  # a new id after the copied ones
        assert new > max(u.id for p in profiles.list_profiles(server) for u in records.list_equipment(server, p.id)
                         if u.id != new)
    finally:
        server.close()
        back.close()


def test_copy_refuses_a_target_with_records_and_rolls_back_on_cancel(demo_db, any_db):
    pid = _profile(any_db, "Someone already here")
    with pytest.raises(db_copy.CopyError) as err:
        db_copy.copy_database(demo_db, any_db)
    assert "already holds records" in str(err.value) and "profile 1" in str(err.value)
    assert [p.id for p in profiles.list_profiles(any_db)] == [pid]

    calls = []

    def cancel_midway(done, total, table):
        calls.append(done)
        return table != "equipment"

    with pytest.raises(db_copy.CopyCancelled):
        db_copy.copy_database(demo_db, any_db, replace=True, progress=cancel_midway)
    assert [p.name for p in profiles.list_profiles(any_db)] == ["Someone already here"]  # rolled back
    report = db_copy.copy_database(demo_db, any_db, replace=True)
    assert report.ok and len(profiles.list_profiles(any_db)) == 3


def test_migrate_db_command_round_trip_with_the_keyring(demo_db, pg_database, tmp_path, capsys, memory_keyring):
    """`hashpledge migrate-db` with the server's password in the (test) keyring: never typed, never printed."""
    import json

    from desktop.cli import run

    address, password = pg_database
    db_access.remember_password(address, password)
    demo_path = str(demo_db.path)
    demo_db.close()
    assert run(["migrate-db", "--from", demo_path, "--to", address, "--json"]) == 0
    out = capsys.readouterr().out
    assert password not in out
    data = json.loads(out)
    assert data["ok"] and data["target"] == address and len(data["tables"]) == 16
    assert run(["migrate-db", "--from", address, "--to", str(tmp_path / "again.sqlite3")]) == 0
    out = capsys.readouterr().out
    assert "All tables match." in out and password not in out
    assert run(["migrate-db", "--from", demo_path, "--to", address]) == 1  # the target holds records now
    assert "already holds records" in capsys.readouterr().err


# ---- where the database is, and the password ------------------------------------------------------------------
def test_location_precedence_and_no_password_saved(monkeypatch, tmp_path, clean_database_choice):
    assert db_access.resolve_location(None).endswith("hashpledge.sqlite3")
    saved = db_access.save_location("postgresql://anna:secret@db.bank.local:5433/farms")
    assert saved == "postgresql://anna@db.bank.local:5433/farms"
    assert db_access.resolve_location(None) == saved
    monkeypatch.setenv("HASHPLEDGE_DB", str(tmp_path / "env.sqlite3"))
    assert db_access.resolve_location(None) == str(tmp_path / "env.sqlite3")
    assert db_access.resolve_location("postgresql://x@h/d") == "postgresql://x@h/d"
    settings_files = list((tmp_path.parent).rglob("*.conf")) + list((tmp_path.parent).rglob("*.ini"))
    assert all("secret" not in f.read_text(errors="replace") for f in settings_files)


def test_password_from_keyring_prompt_and_refusal(pg_database, memory_keyring):
    address, password = pg_database
    with pytest.raises(store_db.PasswordRequired) as err:
        db_access.open_location(address)  # no keyring entry, no prompt
    assert not err.value.refused and password not in str(err.value)

    asked = []

    def prompt(shown, refused):
        asked.append((shown, refused))
        return db_access.Answer("wrong" if len(asked) == 1 else password, remember=True)

    db = db_access.open_location(address, prompt=prompt)
    db.close()
    assert asked == [(address, False), (address, True)]  # refused once, asked again
    assert memory_keyring.items == {("HashPledge", db_access.keyring_user(address)): password}
    db = db_access.open_location(address, prompt=lambda *_: pytest.fail("asked although the keyring has it"))
    assert db.location == address and not db.is_sqlite
    db.close()
    assert db_access.forget_password(address) and memory_keyring.items == {}
    with pytest.raises(store_db.PasswordRequired):
        db_access.open_location(address, prompt=lambda *_: None)  # cancelled


def test_server_errors_say_what_and_where(pg_database):
    address, password = pg_database
    with pytest.raises(store_db.ServerUnavailable) as err:
        store_db.open_database("postgresql://someone@127.0.0.1:1/farms", password="x")
    assert "127.0.0.1:1/farms" in str(err.value) and "cannot connect" in str(err.value)
    with pytest.raises(store_db.StoreError) as err:
        store_db.open_database(address.rsplit("/", 1)[0] + "/no_such_db", password=password)
    assert "no such database" in str(err.value)
    with pytest.raises(store_db.StoreError) as err:
        store_db.open_database("mysql://a@b/c")
    assert "only SQLite files and PostgreSQL" in str(err.value)
    with pytest.raises(store_db.PasswordRequired) as err:
        store_db.open_database(address, password="wrong")
    assert err.value.refused and "wrong" not in str(err.value)


def test_two_advisors_editing_one_offer(any_db, any_location):
    """The shared offer catalogue: an edit made on an older version, or a new offer whose id someone else has
    just taken, is refused; the other advisor's offer stays as they saved it."""
    from desktop.services import offers

    offers.install_catalogue(any_db)
    row = offers.list_offers(any_db)[0]
    other = _second(any_location)
    try:
        theirs = dict(row.data, product="Their product")
        offers.save_offer(other, theirs, version=row.version)
        with pytest.raises(offers.OfferConflict) as err:
            offers.save_offer(any_db, dict(row.data, product="My product"), version=row.version)
        assert row.key in str(err.value) and "someone else changed" in str(err.value)
        now = next(r for r in offers.list_offers(any_db) if r.key == row.key)
        assert now.product == "Their product" and now.version == row.version + 1
        offers.save_offer(any_db, dict(now.data, product="Agreed product"), version=now.version)
        new = dict(row.data, id="our-new-offer")
        offers.save_offer(other, new, version=0)
        with pytest.raises(offers.OfferConflict, match="just added"):
            offers.save_offer(any_db, dict(new, product="Mine"), version=0)
    finally:
        other.close()


def test_exports_and_the_bank_package_are_the_same_on_both(any_db, demo_db, tmp_path):
    """The books read from either database make the same CSV bytes, and a bank package built from a shared
    database verifies like one built from a file."""
    from desktop.services import bank_package

    build_demo(any_db, seed=1)
    for a, b in zip(profiles.list_profiles(demo_db), profiles.list_profiles(any_db), strict=True):
        for kind in ("equipment", "energy", "payouts", "disposals"):
            assert csv_io.export_csv_bytes(any_db, b.id, kind)[0] == csv_io.export_csv_bytes(demo_db, a.id, kind)[0]
    pid = profiles.list_profiles(any_db)[-1].id
    result = bank_package.build_package(any_db, bank_package.PackageRequest(
        profile_id=pid, out=tmp_path / "pkg.zip", offer="illustrative-btc-bullet-50-70-80", amount=Decimal(100_000)))
    assert result.pages > 3
    report = bank_package.verify(tmp_path / "pkg.zip")
    assert report.ok, report


def test_a_delete_of_records_changed_since_they_were_shown_is_refused(any_db, any_location):
    """Deleting what someone else has just edited would throw their edit away unseen: the delete names the
    versions the user saw and is refused whole when any changed; with the current versions it goes through."""
    pid = _profile(any_db)
    site = _site(any_db, pid)
    units = [_unit(any_db, pid, site, serial=f"S-{i}") for i in range(3)]
    seen = {u.id: u.version for u in records.list_equipment(any_db, pid)}
    other = _second(any_location)
    try:
        records.edit_equipment(other, units[1], _unit_data(other, units[1], notes="sent for repair"), today=TODAY)
        with pytest.raises(records.ChangedSinceShown) as err:
            records.delete_equipment(any_db, pid, units, versions=seen)
        assert "nothing was deleted" in err.value.message
        assert len(records.list_equipment(any_db, pid)) == 3
        now = {u.id: u.version for u in records.list_equipment(any_db, pid)}
        assert records.delete_equipment(any_db, pid, units, versions=now) == 3

        payout = records.add_payout(any_db, pid, records.PayoutData(day=dt.date(2025, 1, 1), amount_sat=5),
                                    today=TODAY)
        records.edit_payout(other, payout, records.PayoutData(day=dt.date(2025, 1, 2), amount_sat=6), today=TODAY)
        with pytest.raises(records.ChangedSinceShown):
            records.delete_payouts(any_db, pid, [payout], versions={payout: 1})
        with pytest.raises(records.ChangedSinceShown):
            records.delete_sites(any_db, pid, [site], versions={site: 0})
        prof = profiles.get_profile(any_db, pid)
        profiles.update_profile(other, pid, profiles.ProfileData(name="Renamed", legal_form="individual"))
        with pytest.raises(profiles.ProfileConflict) as perr:
            profiles.delete_profile(any_db, pid, version=prof.version)
        assert perr.value.current.name == "Renamed"
        profiles.delete_profile(any_db, pid, version=perr.value.current.version)
        assert profiles.list_profiles(any_db) == []
    finally:
        other.close()
