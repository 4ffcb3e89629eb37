"""Copying a HashPledge database to another one — a miner's SQLite file into a bank's shared PostgreSQL
database and back — without loss, and proving it.

``copy_database(source, target)`` copies every table (parents before children, in primary-key order, in
batches) through the same SQLAlchemy tables the app uses, so each value crosses as its exact Python value:
satoshis and minor units as integers, amounts as the exact decimal strings, dates, UTC timestamps, row
versions. ``payout_day`` is not copied: the target's own triggers rebuild it from the payouts, and its checksum
proves they did. The whole copy is one transaction on the target, holding its writers' lock: it is checked
before it commits — row counts and a SHA-256 per table over a canonical form of every row, source against
target — and any difference, error or Cancel rolls it back, leaving the target as it was.

The target must hold no records (a new file, or a new database on the server) unless ``replace=True``, which
empties it first in the same transaction. PostgreSQL's id sequences are moved past the copied ids.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP
from sqlalchemy import Connection, Table, delete, func, insert, select, text, tuple_
from sqlalchemy.exc import DBAPIError

from desktop.store.db import Database, StoreError
from desktop.store.models import ALL_MODELS, payout_day

BATCH_ROWS = 5000
COPIED: tuple[Table, ...] = tuple(m.__table__ for m in ALL_MODELS)
CHECKED: tuple[Table, ...] = COPIED + (payout_day,)  # payout_day: derived on the target, checked all the same

Progress = Callable[[int, int, str], bool | None]
"""``progress(rows done, rows in all, table)``; returning False cancels (the copy is rolled back)."""


class CopyError(StoreError):
    context = "DbCopy"  # where desktop.i18n.tr_error finds its translation


class CopyCancelled(CopyError):
    pass


@dataclass(frozen=True)
class TableCheck:
    table: str
    source_rows: int
    target_rows: int
    source_sha256: str
    target_sha256: str

    @property
    def ok(self) -> bool:
        return self.source_rows == self.target_rows and self.source_sha256 == self.target_sha256


@dataclass
class CopyReport:
    source: str
    target: str
    tables: list[TableCheck] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return all(t.ok for t in self.tables)

    @property
    def rows(self) -> int:
        return sum(t.source_rows for t in self.tables if t.table != payout_day.name)

    def as_json(self) -> dict:
        return {"source": self.source, "target": self.target, "ok": self.ok, "rows": self.rows,
                "tables": [{"table": t.table, "source_rows": t.source_rows, "target_rows": t.target_rows,
                            "source_sha256": t.source_sha256, "target_sha256": t.target_sha256, "ok": t.ok}
                           for t in self.tables]}


# ---- canonical rows and checksums --------------------------------------------------------------------------------
# A row's canonical form is the ``repr`` of the tuple of its Python values as the app's column types give them
# on either database: int, the exact Decimal (``Decimal('95.50')``, never a float), date, the UTC-aware
# datetime, str, bool, None. Both sides are read and summed by this process, so the form only has to be the
# same for the same data here — and repr is unambiguous (strings quoted and escaped).
_CANONICAL_TYPES = (type(None), bool, int, str, Decimal, dt.date, dt.datetime)


def _order(table: Table) -> list:
    keys = list(table.primary_key.columns)
    return keys or [table.c.profile_id, table.c.day]  # payout_day has no primary key, one row per profile and day


def _rows(con: Connection, table: Table) -> Iterator[list[tuple]]:
    """The table's rows (tuples in column order) in key order, in batches — by key, so a million rows are read
    as quickly as a thousand."""
    order = _order(table)
    at = [list(table.columns).index(c) for c in order]
    last = None
    while True:
        stmt = select(table).order_by(*order).limit(BATCH_ROWS)
        if last is not None:
            stmt = stmt.where(tuple_(*order) > tuple_(*last))
        batch = [tuple(r) for r in con.execute(stmt)]
        if not batch:
            return
        yield batch
        last = [batch[-1][i] for i in at]


class _Digest:
    """SHA-256 over a table's canonical rows (one line each), fed batch by batch in key order."""

    def __init__(self, table: Table):
        self.sha = hashlib.sha256(json.dumps([c.name for c in table.columns]).encode())
        self.rows = 0
        self.checked = False

    def add(self, batch: list[tuple]) -> None:
        if batch and not self.checked:  # a new column type must get a canonical form first
            bad = {type(v).__name__ for v in batch[0] if not isinstance(v, _CANONICAL_TYPES)}
            if bad:
                raise TypeError(f"no canonical form for {', '.join(sorted(bad))}")
            self.checked = True
        self.sha.update("".join(f"{row!r}\n" for row in batch).encode())
        self.rows += len(batch)

    def result(self) -> tuple[int, str]:
        return self.rows, self.sha.hexdigest()


def table_checksum(con: Connection, table: Table) -> tuple[int, str]:
    """(rows, SHA-256 of the canonical rows in key order): equal on two databases when they hold the same data."""
    digest = _Digest(table)
    for batch in _rows(con, table):
        digest.add(batch)
    return digest.result()


def checksums(db: Database) -> dict[str, tuple[int, str]]:
    with db.engine.connect() as con:
        return {t.name: table_checksum(con, t) for t in CHECKED}


# ---- the copy ---------------------------------------------------------------------------------------------------
def _count(con: Connection, table: Table) -> int:
    return con.execute(select(func.count()).select_from(table)).scalar_one()


def copy_database(source: Database, target: Database, *, replace: bool = False,
                  progress: Progress | None = None) -> CopyReport:
    """Copy ``source`` into ``target`` (both open, at this app's schema); see the module. Raises CopyError
    (nothing written) when the target holds records and not ``replace``, when the check fails, or on Cancel."""
    if source.location == target.location:
        raise CopyError(QT_TRANSLATE_NOOP("DbCopy", "{0}: the source and the target are the same database"),
                        source.location)
    report = CopyReport(source.location, target.location)
    with source.engine.connect() as src, target.write_session() as session:
        dst = session.connection()
        held = {t.name: _count(dst, t) for t in COPIED}
        if any(held.values()) and not replace:
            filled = ", ".join(f"{name} {n}" for name, n in held.items() if n)
            raise CopyError(QT_TRANSLATE_NOOP(
                "DbCopy", "{0}: the target already holds records ({1}); copy into a new database, or replace "
                "its contents (--replace)"), target.location, filled)
        if any(held.values()):
            for table in reversed(COPIED):  # children first
                dst.execute(delete(table))
            dst.execute(delete(payout_day))
        total = sum(_count(src, t) for t in COPIED)
        done = 0
        from_source: dict[str, tuple[int, str]] = {}
        rebuild_totals = _pause_payout_trigger(dst)
        for table in COPIED:
            write, digest = _writer(dst, table), _Digest(table)
            for batch in _rows(src, table):  # the source is read once: copied and summed from the same rows
                write(batch)
                digest.add(batch)
                done += len(batch)
                if progress is not None and progress(done, total, table.name) is False:
                    raise CopyCancelled(QT_TRANSLATE_NOOP("DbCopy", "Copy cancelled; {0} was not changed"),
                                        target.location)
            from_source[table.name] = digest.result()
        from_source[payout_day.name] = table_checksum(src, payout_day)
        if rebuild_totals:
            dst.execute(text("INSERT INTO payout_day (profile_id, day, payouts, amount_sat) "
                             "SELECT profile_id, day, count(*), sum(amount_sat) FROM payout GROUP BY profile_id, day"))
            dst.execute(text("ALTER TABLE payout ENABLE TRIGGER payout_day_sync"))
        if dst.dialect.name == "postgresql":
            _move_sequences(dst)
        for table in CHECKED:  # the target's rows as this transaction wrote them, before it commits
            rows_to, sum_to = table_checksum(dst, table)
            rows_from, sum_from = from_source[table.name]
            report.tables.append(TableCheck(table.name, rows_from, rows_to, sum_from, sum_to))
        bad = [t.table for t in report.tables if not t.ok]
        if bad:
            raise CopyError(QT_TRANSLATE_NOOP(
                "DbCopy", "{0}: the copy differs from the source in {1}; it was rolled back"),
                target.location, ", ".join(bad))
    return report


def _pause_payout_trigger(con: Connection) -> bool:
    """PostgreSQL: the per-row trigger keeping payout_day is switched off for the copy (it doubles the time of a
    million payouts) and the totals are built in one statement afterwards — inside the copy's transaction, so a
    rollback switches it back on, and the checksum of payout_day still proves the totals. Needs the role that
    owns the tables (the one that created them); any other keeps the trigger. Returns whether it was paused."""
    if con.dialect.name != "postgresql":
        return False
    try:
        with con.begin_nested():
            con.execute(text("ALTER TABLE payout DISABLE TRIGGER payout_day_sync"))
    except DBAPIError:
        return False
    return True


def _writer(con: Connection, table: Table) -> Callable[[list[tuple]], None]:
    """How a batch of rows goes into ``table`` on the target. PostgreSQL: ``COPY … FROM STDIN`` on the
    transaction's own connection (5× faster than an INSERT per row), each value first turned into what the
    column stores by the app's own types (the exact decimal string, the naive UTC timestamp); SQLite: an
    ``executemany`` INSERT through the same types."""
    names = [c.name for c in table.columns]
    if con.dialect.name != "postgresql":
        return lambda batch: con.execute(insert(table), [dict(zip(names, row, strict=True)) for row in batch])
    procs = [c.type.dialect_impl(con.dialect).bind_processor(con.dialect) for c in table.columns]
    sql = f"COPY {table.name} ({', '.join(names)}) FROM STDIN"
    raw = con.connection.dbapi_connection

    def write(batch: list[tuple]) -> None:
        with raw.cursor() as cur, cur.copy(sql) as copy:
            for row in batch:
                copy.write_row([v if p is None else p(v) for v, p in zip(row, procs, strict=True)])

    return write


def _move_sequences(con: Connection) -> None:
    """After rows were inserted with their ids, the next id the server hands out must come after them."""
    for table in COPIED:
        keys = list(table.primary_key.columns)
        if len(keys) != 1 or keys[0].name != "id":
            continue
        con.execute(text(
            f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
            f"coalesce((SELECT max(id) FROM {table.name}), 0) + 1, false)"))
