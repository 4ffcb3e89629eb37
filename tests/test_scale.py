"""What makes a farm of a million payouts fast (build/bench_scale.py), checked against the plain way:
the per-day payout totals kept by triggers (migration 0003), the shared books of the dashboard, the payouts
fast path of the CSV import, the payouts export lines, paging by key, and opening an up-to-date file
without Alembic."""

from __future__ import annotations

import csv
import datetime as dt
import io
import itertools
import shutil
import sqlite3
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, insert, select, text, update

from desktop.core import farm
from desktop.services import csv_io, records
from desktop.store import changes, queries
from desktop.store import db as store_db
from desktop.store.models import Payout, Profile, payout_day

FIXTURES = Path(__file__).parent / "fixtures" / "db"
DEMO = (1, 2, 3)


def day_totals(db) -> list[tuple]:
    """payout_day as it is, and as GROUP BY over the payouts says it should be."""
    with db.engine.connect() as con:
        kept = con.execute(text(
            "SELECT profile_id, day, payouts, amount_sat FROM payout_day ORDER BY profile_id, day")).all()
        truth = con.execute(text("SELECT profile_id, day, count(*), sum(amount_sat) FROM payout "
                                 "GROUP BY profile_id, day ORDER BY profile_id, day")).all()
    return [tuple(r) for r in kept], [tuple(r) for r in truth]


def assert_totals_exact(db) -> None:
    kept, truth = day_totals(db)
    assert kept == truth


def new_profile(db, name: str) -> int:
    with db.session() as s:
        p = Profile(name=name)
        s.add(p)
        s.flush()
        return p.id


# ------------------------------------------------------------------------------ the schema and opening


def test_head_and_revisions_read_from_the_files_match_alembic():
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(store_db.alembic_config())
    found = store_db._revisions_in_files()
    assert found is not None
    assert found[0] == script.get_current_head() == store_db.head_revision()
    assert set(found[1]) == {r.revision for r in script.walk_revisions()} == store_db.known_revisions()


def test_a_file_at_the_head_is_opened_without_migrating(db_path, monkeypatch):
    store_db.open_database(db_path).close()
    monkeypatch.setattr(store_db, "migrate", lambda engine: pytest.fail("migrated an up-to-date file"))
    db = store_db.open_database(db_path)
    assert db.revision() == store_db.head_revision() and db.backup_made is None
    db.close()


def test_upgrade_from_0002_fills_the_day_totals(tmp_path):
    path = tmp_path / "old.sqlite3"
    shutil.copyfile(FIXTURES / "rev_0002.sqlite3", path)
    db = store_db.open_database(path)
    try:
        kept, truth = day_totals(db)
        assert kept == truth == [(1, "2025-02-01", 1, 123_456)]
        with db.session() as s:  # and the triggers are there
            s.add(Payout(profile_id=1, day=dt.date(2025, 2, 1), amount_sat=4))
        assert_totals_exact(db)
    finally:
        db.close()


def test_day_totals_follow_every_kind_of_write(db):
    a, b = new_profile(db, "A"), new_profile(db, "B")
    d1, d2 = dt.date(2025, 1, 1), dt.date(2025, 1, 2)
    with db.session() as s:  # ORM
        s.add_all([Payout(profile_id=a, day=d1, amount_sat=5), Payout(profile_id=a, day=d1, amount_sat=7),
                   Payout(profile_id=b, day=d2, amount_sat=1)])
    assert_totals_exact(db)
    with db.session() as s:  # Core bulk insert, as the CSV import did
        s.execute(insert(Payout), [{"profile_id": a, "day": d2, "amount_sat": n} for n in range(1, 50)])
    with db.engine.begin() as con:  # raw executemany, as build/bigfarm.py does
        con.exec_driver_sql("INSERT INTO payout (profile_id, day, amount_sat, pool, address, notes) "
                            "VALUES (?, ?, ?, '', '', '')", [(b, "2025-01-03", 10), (b, "2025-01-03", 11)])
    assert_totals_exact(db)
    with db.session() as s:  # moved to another day, another amount, another profile
        p = s.scalar(select(Payout).where(Payout.amount_sat == 7))
        p.day, p.amount_sat = d2, 8
        s.flush()
        s.execute(update(Payout).where(Payout.amount_sat == 1, Payout.profile_id == b).values(profile_id=a))
    assert_totals_exact(db)
    with db.session() as s:  # deleted: the day's row goes when its last payout goes
        s.execute(delete(Payout).where(Payout.amount_sat < 5))
        s.delete(s.scalar(select(Payout).where(Payout.amount_sat == 5)))
    assert_totals_exact(db)
    with db.session() as s:  # a profile deleted: cascades
        s.delete(s.get(Profile, a))
    assert_totals_exact(db)
    assert [r[0] for r in day_totals(db)[0]] == [b]


def test_day_totals_are_not_recorded_by_undo_but_follow_it(db):
    pid = new_profile(db, "Undo")
    data = records.PayoutData(day=dt.date(2025, 3, 1), amount_sat=1000, pool="P")
    _, change = changes.capture(db, records.add_payout, db, pid, data, dt.date(2025, 3, 10))
    assert {r.table for r in change.rows} == {"payout"}
    assert_totals_exact(db)
    changes.apply_undo(db, change)
    assert_totals_exact(db)
    assert day_totals(db)[0] == []
    changes.apply_redo(db, change)
    assert_totals_exact(db)
    assert day_totals(db)[0] == [(pid, "2025-03-01", 1, 1000)]


# ------------------------------------------------------------------------------------------ the queries


def test_payout_sums_match_plain_sql(demo_db):
    assert_totals_exact(demo_db)
    con = sqlite3.connect(demo_db.path)
    for pid in DEMO:
        with demo_db.sessions() as s:
            assert queries.total_payouts_sat(s, pid) == con.execute(
                "SELECT sum(amount_sat) FROM payout WHERE profile_id = ?", (pid,)).fetchone()[0]
            by_month = dict(con.execute("SELECT substr(day, 1, 7), sum(amount_sat) FROM payout WHERE profile_id = ? "
                                        "AND day >= '2025-03-01' GROUP BY 1", (pid,)).fetchall())
            assert {m.strftime("%Y-%m"): v for m, v in queries.payouts_by_month(
                s, pid, start=dt.date(2025, 3, 1)).items()} == by_month
            assert queries.counts(s, pid).payouts == con.execute(
                "SELECT count(*) FROM payout WHERE profile_id = ?", (pid,)).fetchone()[0]
            balance = con.execute(
                "SELECT day, sum(net) OVER (ORDER BY day) FROM (SELECT day, sum(n) AS net FROM ("
                "SELECT day, amount_sat AS n FROM payout WHERE profile_id = ?1 UNION ALL "
                "SELECT day, -amount_sat FROM disposal WHERE profile_id = ?1) GROUP BY day) ORDER BY day",
                (pid,)).fetchall()
            assert [(d.isoformat(), b) for d, b in queries.running_balance(s, pid)] == balance
    con.close()


@pytest.mark.parametrize("currency", ["RUB", "USD"])
def test_dashboard_figures_are_those_of_the_production_months(demo_db, currency):
    for pid in DEMO:
        for today in (dt.date(2026, 12, 31), dt.date(2025, 6, 30), dt.date(2025, 6, 15)):
            d = records.dashboard(demo_db, pid, currency, today)
            months = records.production_by_month(demo_db, pid, currency, today)
            assert d.mined_by_month == [(m.month, m.mined_sat) for m in months]
            assert d.energy_cost_by_month == [(m.month, m.energy_cost) for m in months]
            full = [m for m in months if m.complete]
            assert d.cost_month == (full[-1].month if full else None)
            assert d.cost_per_btc == (full[-1].cost_per_btc if full else None)


def test_shared_books_give_the_core_figures(demo_db):
    for pid in DEMO:
        with demo_db.sessions() as s:
            units = queries.units(s, pid)
            books = records._Books(s, pid, dt.date(2026, 3, 22))
            months = farm.months_between(dt.date(2023, 11, 1), dt.date(2026, 3, 1))
            for life in (12, 36):
                assert records._depreciation_by_month(units, months, life) == farm.depreciation_by_month(
                    units, months, life)
            for m in months:
                last = farm.month_end(m)
                days = [m + dt.timedelta(days=n) for n in range(0, (last - m).days + 1, 2)]
                for site in {u.site_id for u in units} | {None, 999}:
                    assert books.expected_kwh(site, days, Decimal("0.9")) == farm.expected_kwh_on_days(
                        [u for u in units if u.site_id == site], days, Decimal("0.9"))
                assert books.expected_kwh_in_month(m, Decimal("0.97"), dt.date(2026, 3, 10)) == (
                    farm.expected_kwh_in_month(units, m, Decimal("0.97"), until=dt.date(2026, 3, 10)))


def test_payouts_page_by_key(demo_db):
    everything = records.list_payouts(demo_db, 3, limit=None)
    pages, before = [], None
    while True:
        page = records.list_payouts(demo_db, 3, limit=97, before=before)
        if not page:
            break
        pages.extend(page)
        before = (page[-1].day, page[-1].id)
    assert [p.id for p in pages] == [p.id for p in everything] and len(pages) > 500
    assert records.list_payouts(demo_db, 3, limit=5, offset=10) == everything[10:15]


# --------------------------------------------------------------------------------------- the CSV import

DAYS = st.sampled_from(["2025-01-05", "2025-1-6", "05.01.2025", "2025-02-30", "2099-01-01", "", "yesterday",
                        "2025-01-05 10:00", " 2025-01-07 ", "'2025-01-05"])
AMOUNTS = st.sampled_from(["0.00012345", "1", "0.5", "0.123456789", "0.123456780", "0", "0,5", "-1", "",
                           "21000001", "21000000", "1e-3", "1 000.5", "٣.٥", "00.10000000", " 0.1 ", "'=1"])
TEXTS = st.sampled_from(["", "ViaBTC", "F2Pool, EU", 'say "hi"', "=cmd", "'=quoted", "@home", "x" * 101,
                         "Пул №1", " padded "])
TXIDS = st.sampled_from(["", "a" * 64, "B" * 64, "c" * 64, "c" * 63, "zz" * 32, "'" + "d" * 64, "e" * 64])


@st.composite
def payout_files(draw):
    n = draw(st.integers(1, 12))
    lines = [["day", "amount_btc", "pool", "txid", "address", "notes"]]
    for _ in range(n):
        lines.append([draw(DAYS), draw(AMOUNTS), draw(TEXTS), draw(TXIDS), draw(TEXTS), draw(TEXTS)])
    return lines


_names = itertools.count()


def _import(db, pid, path):
    try:
        return csv_io.import_csv(db, pid, "payouts", path)
    except csv_io.ImportFailed as exc:
        return [(e.line, e.column, e.reason) for e in exc.errors]


def _rows(db, pid):
    with db.sessions() as s:
        return sorted((p.day, p.amount_sat, p.pool, p.txid or "", p.address, p.notes)
                      for p in s.scalars(select(Payout).where(Payout.profile_id == pid)))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(lines=payout_files())
def test_import_fast_path_is_the_checked_path(db, tmp_path, monkeypatch, lines):
    """Every file gives the same result, the same errors and the same rows with and without the fast path."""
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n").writerows(lines)
    path = tmp_path / f"p{next(_names)}.csv"
    path.write_text(buf.getvalue(), encoding="utf-8")
    fast, checked = new_profile(db, f"fast {path.name}"), new_profile(db, f"checked {path.name}")
    for pid in (fast, checked):  # already recorded: one payout with a txid, one without
        with db.session() as s:
            s.add(Payout(profile_id=pid, day=dt.date(2025, 1, 5), amount_sat=12_345, pool="ViaBTC", txid="e" * 64))
            s.add(Payout(profile_id=pid, day=dt.date(2025, 1, 5), amount_sat=50_000_000, pool="ViaBTC"))
    got_fast = _import(db, fast, path)
    with monkeypatch.context() as m:
        m.setattr(csv_io._PayoutImporter, "fast_path", lambda self, index: None)
        got_checked = _import(db, checked, path)
    assert got_fast == got_checked
    assert _rows(db, fast) == _rows(db, checked)


def test_import_fast_path_takes_the_common_rows(db, tmp_path, monkeypatch):
    pid = new_profile(db, "Fast")
    path = tmp_path / "p.csv"
    path.write_text("day,amount_btc,pool,txid,address,notes\r\n"
                    + "".join(f"2025-01-{d:02d},0.000{d:05d},ViaBTC,{d:064x},bc1q,\r\n" for d in range(1, 29)),
                    encoding="utf-8")
    monkeypatch.setattr(csv_io._PayoutImporter, "row", lambda self, r: pytest.fail(f"line {r.line} checked"))
    assert csv_io.import_csv(db, pid, "payouts", path) == csv_io.ImportResult(28, 0)
    assert_totals_exact(db)


# --------------------------------------------------------------------------------------- the CSV export


def test_payout_export_lines_are_what_the_csv_writer_writes(db, tmp_path):
    pid = new_profile(db, "Export")
    texts = ["", "plain", "a,b", 'q"q', "line\nbreak", "cr\rhere", "=1+2", "+7", "-5", "@x", "\tt", "'=x",
             "'plain", "Пул", " lead", "trail ", ",", '"']
    with db.session() as s:
        for n, (pool, address, notes) in enumerate(itertools.product(texts, texts[:6], texts[::3])):
            s.add(Payout(profile_id=pid, day=dt.date(2025, 1, 1) + dt.timedelta(days=n % 300),
                         amount_sat=1 + n * 1_234_567, pool=pool, address=address, notes=notes,
                         txid=f"{n:064x}" if n % 2 else None))
    data, count = csv_io.export_csv_bytes(db, pid, "payouts")
    path = tmp_path / "payouts.csv"
    assert csv_io.export_csv(db, pid, "payouts", path) == count
    assert path.read_bytes() == data
    expected = io.StringIO()
    writer = csv.writer(expected, delimiter=",", lineterminator="\r\n")
    writer.writerow([f.name for f in csv_io.fields("payouts")])
    with db.sessions() as s:
        for p in s.scalars(select(Payout).where(Payout.profile_id == pid).order_by(Payout.day, Payout.id)):
            writer.writerow([csv_io.neutralise(c) for c in (p.day.isoformat(), csv_io.format_btc(p.amount_sat),
                                                            p.pool, p.txid or "", p.address, p.notes)])
    assert data == ("\ufeff" + expected.getvalue()).encode("utf-8")
    assert count == len(texts) * 6 * len(texts[::3])
    other = new_profile(db, "Back")  # and it imports back
    assert csv_io.import_csv(db, other, "payouts", path) == csv_io.ImportResult(count, 0)
    with db.sessions() as s:
        assert s.execute(select(payout_day.c.payouts).where(payout_day.c.profile_id == other)).all()


def test_payouts_newer_and_the_page_reader(demo_db):
    pid = 3
    everything = records.list_payouts(demo_db, pid, limit=None)
    total = sum(p.amount_sat for p in everything)
    paid_after = list(itertools.accumulate([0] + [p.amount_sat for p in everything]))
    for k in (0, 1, 17, len(everything) // 2, len(everything) - 1):
        p = everything[k]
        assert records.payouts_newer(demo_db, pid, p.day, p.id) == (k, paid_after[k])
    read = records.payout_pages(demo_db, pid, total, lambda day: 0)
    jump = read(None, 300, 50)  # by offset
    assert [line.payout.id for line in jump] == [p.id for p in everything[300:350]]
    assert [line.paid_through for line in jump] == [total - paid_after[k] for k in range(300, 350)]
    after = read(jump[-1], 350, 50)  # by key after it
    assert [line.payout.id for line in after] == [p.id for p in everything[350:400]]
    assert [line.balance for line in after] == [total - paid_after[k] for k in range(350, 400)]
