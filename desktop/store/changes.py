"""Undoable changes: the rows a write inserted, updated or deleted, captured as it happens, written back exactly.

Recording
    ``capture(db, fn, *args)`` runs ``fn`` (a service call such as ``records.add_units``) and returns its
    result with a :class:`ChangeSet`: for every row the call changed, its table, primary key and the row
    before and after, as the raw values stored in SQLite (the exact decimal strings, dates and timestamps,
    never a re-encoding). ``recording(db)`` does the same around a block.

    The capture is done by SQLite itself, so it sees every way a row can change: ORM writes and
    ``session.delete``, bulk Core ``insert``/``update``/``delete`` statements (the CSV import),
    ORM cascades, and ``ON DELETE CASCADE`` / ``SET NULL`` actions of the schema (deleting a site deletes its
    energy records and unassigns its machines). On the connection of a session that begins while a
    recording is active in the same thread (a context variable) and on the same engine, temporary
    triggers (``TEMP``, so never in the file) log the key of each row touched and, the first time, its
    previous values into temporary tables, tagged with the recording. The log belongs to the transaction:
    a rollback or a savepoint rolled back discards it with the writes. Just before the session commits,
    the log is read with the rows as they are now, and emptied; the changes count once the commit
    succeeded. Nothing is written when the session begins, so a ``BEGIN IMMEDIATE`` of the caller
    (``Database.write_session``) still opens the transaction. A call that commits
    several transactions gives one change set (the first "before" and the last "after" of each row); rows
    that end as they started are left out.

    Tracked: every table except the caches and settings in :data:`UNTRACKED` (a remembered CSV column
    mapping is not part of the books). The triggers are created once per connection and log nothing
    unless a recording of that engine is active in the thread that writes.

Applying
    ``apply_undo(db, changes)`` writes the "before" rows back, ``apply_redo`` the "after" rows, in one
    ``BEGIN IMMEDIATE`` transaction: each row must first be exactly as the change left it (for an undo:
    "after", None meaning absent) and the profile must be the same one (its creation time; a profile
    deleted and a new one given the same id is refused). Inserts go parents first, deletes children first
    (foreign-key order of the schema). The writes are themselves recorded, and anything else they changed
    (a cascade reaching a row added since by another window, the CLI or an import) refuses the whole
    apply. A refusal raises :class:`ChangeConflict` and writes nothing.
"""

from __future__ import annotations

import contextlib
import contextvars
import itertools
import sqlite3
import threading
import weakref
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, TypeVar

from sqlalchemy import Engine, event
from sqlalchemy.orm import Session

from .db import Database, StoreError

# Caches and settings: their rows are not part of the books and are never undone.
UNTRACKED = frozenset({"alembic_version", "market_price", "network_stat", "source_status", "setting"})

_FUNCTION = "hp_change_recording"
_PREFIX = "hp_chg_"  # temporary log tables and triggers
_INSTALLED = "hashpledge_change_triggers"  # key in the pooled connection's info
_SESSION_KEY = "hashpledge_change_recorder"
_CHUNK = 400  # keys per query when reading rows back

T = TypeVar("T")
Key = tuple
Row = tuple


class ChangeConflict(StoreError):
    """The rows are no longer as the change left them (or the profile is another one): nothing was written."""

    def __init__(self, message: str, table: str | None = None, key: Key | None = None):
        super().__init__(message)
        self.table = table
        self.key = key


@dataclass(frozen=True)
class RowChange:
    """One row: its values before and after (raw SQLite values in the table's column order; None: absent)."""

    table: str
    key: Key
    before: Row | None
    after: Row | None

    @property
    def kind(self) -> str:
        if self.before is None:
            return "insert"
        return "delete" if self.after is None else "update"

    def inverted(self) -> RowChange:
        return RowChange(self.table, self.key, self.after, self.before)


@dataclass(frozen=True)
class Guard:
    """A row that must still hold these values for the change to apply (the profile the rows belong to)."""

    table: str
    key: Key
    values: tuple[tuple[str, Any], ...]


@dataclass(frozen=True)
class ChangeSet:
    """What a write did. ``columns[table]`` names the values of ``before``/``after``; ``keys[table]`` the
    primary key columns. Rows are in foreign-key order of their tables, then by key."""

    rows: tuple[RowChange, ...] = ()
    columns: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    keys: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    guards: tuple[Guard, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.rows)

    def __len__(self) -> int:
        return len(self.rows)

    def count(self, table: str | None = None, kind: str | None = None) -> int:
        """Rows changed, of one table and/or one kind ("insert", "update", "delete")."""
        return sum(1 for r in self.rows if (table is None or r.table == table) and (kind is None or r.kind == kind))

    def tables(self) -> set[str]:
        return {r.table for r in self.rows}

    def inverted(self) -> ChangeSet:
        """The change that takes the rows back: before and after swapped."""
        return ChangeSet(tuple(r.inverted() for r in self.rows), self.columns, self.keys, self.guards)

    def then(self, later: ChangeSet) -> ChangeSet:
        """This change followed by ``later``: the first "before" and the last "after" of every row."""
        if not later.rows:
            return self
        if not self.rows:
            return later
        merged: dict[tuple[str, Key], list] = {}
        for r in self.rows:
            merged[(r.table, r.key)] = [r.before, r.after]
        for r in later.rows:
            slot = merged.get((r.table, r.key))
            if slot is None:
                merged[(r.table, r.key)] = [r.before, r.after]
            else:
                slot[1] = r.after
        columns = {**self.columns, **later.columns}
        keys = {**self.keys, **later.keys}
        rows = [RowChange(t, k, b, a) for (t, k), (b, a) in merged.items() if not _same(b, a)]
        guards = {(g.table, g.key): g for g in (*self.guards, *later.guards)}
        order = {t: n for n, t in enumerate(columns)}
        rows.sort(key=lambda r: (order.get(r.table, len(order)), _sort_key(r.key)))
        return ChangeSet(tuple(rows), columns, keys, tuple(guards.values()))

    def row_dict(self, change: RowChange, which: str = "after") -> dict[str, Any] | None:
        """``before`` or ``after`` of a row as {column: value} (for messages and tests)."""
        values = getattr(change, which)
        return None if values is None else dict(zip(self.columns[change.table], values, strict=True))


# ============================================================================================ schema


@dataclass(frozen=True)
class _Table:
    name: str
    columns: tuple[str, ...]
    key: tuple[str, ...]

    @property
    def log(self) -> str:
        return f"{_PREFIX}{self.name}"


@dataclass(frozen=True)
class _Schema:
    tables: dict[str, _Table]  # tracked tables in foreign-key order (parents first)
    profile_created: bool  # the profile table has created_at (the guard)


_schemas: weakref.WeakKeyDictionary[Engine, _Schema] = weakref.WeakKeyDictionary()
_schema_lock = threading.Lock()


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _read_schema(con: sqlite3.Connection) -> _Schema:
    names = [r[0] for r in con.execute(
        "SELECT name FROM main.sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
    tables: dict[str, _Table] = {}
    parents: dict[str, set[str]] = {}
    profile_created = False
    for name in names:
        info = con.execute(f"PRAGMA main.table_info({_q(name)})").fetchall()
        columns = tuple(r[1] for r in info)
        if name == "profile":
            profile_created = "created_at" in columns
        key = tuple(r[1] for r in sorted((r for r in info if r[5]), key=lambda r: r[5]))
        if name in UNTRACKED or not key:
            continue
        tables[name] = _Table(name, columns, key)
        parents[name] = {r[2] for r in con.execute(f"PRAGMA main.foreign_key_list({_q(name)})")} - {name}
    ordered: dict[str, _Table] = {}

    def visit(name: str, path: frozenset[str]) -> None:
        if name in ordered or name in path or name not in tables:
            return
        for parent in sorted(parents.get(name, ())):
            visit(parent, path | {name})
        ordered[name] = tables[name]

    for name in sorted(tables):
        visit(name, frozenset())
    return _Schema(ordered, profile_created)


def _schema(engine: Engine, con: sqlite3.Connection) -> _Schema:
    with _schema_lock:
        schema = _schemas.get(engine)
        if schema is None:
            schema = _schemas[engine] = _read_schema(con)
        return schema


# ========================================================================================= recording


class Recorder:
    """The changes committed on one engine while it is active (see :func:`recording`)."""

    _serials = itertools.count(1)

    def __init__(self, engine: Engine, parent: Recorder | None):
        self.serial = next(self._serials)  # tags the log rows of this recording
        self.engine = engine
        self.parent = parent
        self._changes = ChangeSet()
        self._pending: dict[int, ChangeSet] = {}

    @property
    def changes(self) -> ChangeSet:
        return self._changes

    def _committed(self, changes: ChangeSet) -> None:
        rec: Recorder | None = self
        while rec is not None:
            if rec.engine is self.engine:
                rec._changes = rec._changes.then(changes)
            rec = rec.parent


_current: contextvars.ContextVar[Recorder | None] = contextvars.ContextVar("hashpledge_changes", default=None)
_listening = False
_listen_lock = threading.Lock()


def _active_for(engine: Engine) -> Recorder | None:
    rec = _current.get()
    return rec if rec is not None and rec.engine is engine else None


@contextlib.contextmanager
def recording(db: Database) -> Iterator[Recorder]:
    """Record what is committed on ``db`` in this thread inside the block: ``rec.changes`` afterwards."""
    _listen()
    rec = Recorder(db.engine, _current.get())
    token = _current.set(rec)
    try:
        yield rec
    finally:
        _current.reset(token)


def undo_supported(db: Database) -> bool:
    """Undo is kept for SQLite files. On a shared PostgreSQL database it is off: the recorder works with
    SQLite's temporary triggers (a server's triggers are seen by every user), and taking back a step there
    would reach over other advisors' work. Edits on a server are protected by row versions instead."""
    return db.is_sqlite


def capture(db: Database, fn: Callable[..., T], *args: Any, **kwargs: Any) -> tuple[T, ChangeSet]:
    """Run ``fn(*args, **kwargs)`` and return its result with the changes it committed on ``db``."""
    with recording(db) as rec:
        result = fn(*args, **kwargs)
    return result, rec.changes


def _listen() -> None:
    global _listening
    with _listen_lock:
        if not _listening:
            event.listen(Session, "after_begin", _after_begin)
            event.listen(Session, "before_commit", _before_commit)
            event.listen(Session, "after_commit", _after_commit)
            event.listen(Session, "after_transaction_end", _after_transaction_end)
            _listening = True


def _after_begin(session: Session, _transaction, connection) -> None:
    rec = _active_for(connection.engine)
    if rec is None or session.in_nested_transaction() or connection.dialect.name != "sqlite":
        return  # on a shared server nothing is recorded: see ``undo_supported``
    fairy = connection.connection
    con = fairy.dbapi_connection
    schema = _prepare(con, fairy.info, connection.engine)  # starts no transaction
    session.info[_SESSION_KEY] = (rec, schema)


def _before_commit(session: Session) -> None:
    held = session.info.get(_SESSION_KEY)
    if held is None or session.in_nested_transaction():
        return
    rec, schema = held
    session.flush()  # commit flushes after this event: the last writes must be in the log
    con = session.connection().connection.dbapi_connection
    changes = _collect(con, schema, rec.serial)
    _clear_logs(con, schema)  # and whatever another recording left there
    rec._pending[id(session)] = changes


def _after_commit(session: Session) -> None:
    held = session.info.pop(_SESSION_KEY, None)
    if held is None:
        return
    rec = held[0]
    changes = rec._pending.pop(id(session), None)
    if changes is not None:
        rec._committed(changes)


def _after_transaction_end(session: Session, transaction) -> None:
    """The session's transaction is over (committed: already counted; rolled back: forgotten). A savepoint
    ending is not the end: its rows rolled back are gone from the log with it."""
    if transaction.parent is not None:
        return
    held = session.info.pop(_SESSION_KEY, None)
    if held is not None:
        held[0]._pending.pop(id(session), None)


def _prepare(con: sqlite3.Connection, info: dict, engine: Engine) -> _Schema:
    """Once per connection, outside any transaction: the logging function, the log tables and triggers."""
    schema = _schema(engine, con)
    if info.get(_INSTALLED) is con:
        return schema
    def serial() -> int:
        rec = _active_for(engine)
        return rec.serial if rec is not None else 0

    con.create_function(_FUNCTION, 0, serial)
    con.execute("PRAGMA recursive_triggers=ON")  # rows replaced by INSERT OR REPLACE are logged too
    for t in schema.tables.values():
        cols = ", ".join(_q(c) for c in t.columns)
        key = ", ".join(_q(c) for c in t.key)
        new_key = ", ".join(f"NEW.{_q(c)}" for c in t.key)
        old_all = ", ".join(f"OLD.{_q(c)}" for c in t.columns)
        same_key = " AND ".join(f"NEW.{_q(c)} IS OLD.{_q(c)}" for c in t.key)
        log, table = _q(t.log), _q(t.name)
        # untyped columns: no affinity, the values are kept exactly as stored
        con.execute(
            f"CREATE TEMP TABLE IF NOT EXISTS {log} (hp_seq INTEGER PRIMARY KEY, hp_rec, hp_existed, {cols})")
        on = f"WHEN {_FUNCTION}() > 0 BEGIN"
        con.execute(
            f"CREATE TEMP TRIGGER IF NOT EXISTS {_q(t.log + '_i')} AFTER INSERT ON {table} {on} "
            f"INSERT INTO {log} (hp_rec, hp_existed, {key}) VALUES ({_FUNCTION}(), 0, {new_key}); END")
        con.execute(
            f"CREATE TEMP TRIGGER IF NOT EXISTS {_q(t.log + '_u')} AFTER UPDATE ON {table} {on} "
            f"INSERT INTO {log} (hp_rec, hp_existed, {cols}) VALUES ({_FUNCTION}(), 1, {old_all}); "
            f"INSERT INTO {log} (hp_rec, hp_existed, {key}) SELECT {_FUNCTION}(), 0, {new_key} "
            f"WHERE NOT ({same_key}); END")
        con.execute(
            f"CREATE TEMP TRIGGER IF NOT EXISTS {_q(t.log + '_d')} AFTER DELETE ON {table} {on} "
            f"INSERT INTO {log} (hp_rec, hp_existed, {cols}) VALUES ({_FUNCTION}(), 1, {old_all}); END")
    info[_INSTALLED] = con
    return schema


def _clear_logs(con: sqlite3.Connection, schema: _Schema) -> None:
    for t in schema.tables.values():
        con.execute(f"DELETE FROM temp.{_q(t.log)}")


def _same(a: Row | None, b: Row | None) -> bool:
    """Exactly the same stored values (1 and 1.0, or '1' and 1, differ in SQLite)."""
    if a is None or b is None:
        return a is b
    return len(a) == len(b) and all(type(x) is type(y) and x == y for x, y in zip(a, b, strict=True))


def _sort_key(key: Key) -> tuple:
    return tuple((0, v, "") if isinstance(v, int | float) else (1, 0, str(v)) for v in key)


def _collect(con: sqlite3.Connection, schema: _Schema, serial: int) -> ChangeSet:
    """The rows logged by recording ``serial``: the first logged state of each key (before) against the row
    now (after)."""
    rows: list[RowChange] = []
    profiles: set[int] = set()
    for t in schema.tables.values():
        log, table = _q(t.log), _q(t.name)
        if con.execute(f"SELECT 1 FROM temp.{log} WHERE hp_rec = ? LIMIT 1", (serial,)).fetchone() is None:
            continue
        cols = ", ".join(_q(c) for c in t.columns)
        key = ", ".join(_q(c) for c in t.key)
        width = len(t.key)
        index = [t.columns.index(c) for c in t.key]
        before: dict[Key, Row | None] = {}
        for r in con.execute(
            f"SELECT hp_existed, {cols} FROM temp.{log} WHERE hp_seq IN "
            f"(SELECT min(hp_seq) FROM temp.{log} WHERE hp_rec = ? GROUP BY {key}) ORDER BY hp_seq",
            (serial,),
        ):
            values = tuple(r[1:])
            before[tuple(values[i] for i in index)] = values if r[0] else None
        after: dict[Key, Row] = {}
        target = f"({key})" if width > 1 else key
        for r in con.execute(
            f"SELECT {cols} FROM main.{table} WHERE {target} IN (SELECT {key} FROM temp.{log} WHERE hp_rec = ?)",
            (serial,),
        ):
            after[tuple(r[i] for i in index)] = tuple(r)
        profile_at = t.columns.index("profile_id") if "profile_id" in t.columns and t.name != "profile" else None
        for k in sorted(before, key=_sort_key):
            b, a = before[k], after.get(k)
            if _same(b, a):
                continue
            rows.append(RowChange(t.name, k, b, a))
            if profile_at is not None:
                profiles.update(v[profile_at] for v in (b, a) if v is not None and v[profile_at] is not None)
    guards: list[Guard] = []
    changed_profiles = {r.key[0] for r in rows if r.table == "profile"}
    if schema.profile_created:
        for pid in sorted(profiles - changed_profiles):
            found = con.execute("SELECT created_at FROM main.profile WHERE id = ?", (pid,)).fetchone()
            if found is not None:
                guards.append(Guard("profile", (pid,), (("created_at", found[0]),)))
    return ChangeSet(
        tuple(rows),
        {t.name: t.columns for t in schema.tables.values()},
        {t.name: t.key for t in schema.tables.values()},
        tuple(guards),
    )


# ========================================================================================== applying


def apply_undo(db: Database, changes: ChangeSet) -> None:
    """Put back the rows as they were before the change (exactly); raises ChangeConflict, writing nothing."""
    _apply(db, changes.inverted())


def apply_redo(db: Database, changes: ChangeSet) -> None:
    """Make the change again (exactly as it was made); raises ChangeConflict, writing nothing."""
    _apply(db, changes)


def _describe(table: str, key: Key) -> str:
    return f"{table} {', '.join(str(k) for k in key)}"


def _fetch(con: sqlite3.Connection, t: _Table, keys: list[Key]) -> dict[Key, Row]:
    cols = ", ".join(_q(c) for c in t.columns)
    index = [t.columns.index(c) for c in t.key]
    found: dict[Key, Row] = {}
    for start in range(0, len(keys), _CHUNK):
        chunk = keys[start:start + _CHUNK]
        if len(t.key) == 1:
            where = f"{_q(t.key[0])} IN ({', '.join('?' * len(chunk))})"
            params = [k[0] for k in chunk]
        else:
            one = "(" + ", ".join("?" * len(t.key)) + ")"
            where = f"({', '.join(_q(c) for c in t.key)}) IN (VALUES {', '.join([one] * len(chunk))})"
            params = [v for k in chunk for v in k]
        for r in con.execute(f"SELECT {cols} FROM main.{_q(t.name)} WHERE {where}", params):
            found[tuple(r[i] for i in index)] = tuple(r)
    return found


def _check(con: sqlite3.Connection, schema: _Schema, changes: ChangeSet) -> None:
    for g in changes.guards:
        t = schema.tables.get(g.table)
        names = [c for c, _ in g.values]
        row = None
        if t is not None and all(c in t.columns for c in names):
            row = _fetch(con, t, [g.key]).get(g.key)
        if row is None or not _same(tuple(row[t.columns.index(c)] for c in names), tuple(v for _, v in g.values)):
            raise ChangeConflict(f"{_describe(g.table, g.key)} is not the one the change was made in", g.table, g.key)
    by_table: dict[str, list[RowChange]] = {}
    for r in changes.rows:
        by_table.setdefault(r.table, []).append(r)
    for name, rows in by_table.items():
        t = schema.tables.get(name)
        if t is None or t.columns != tuple(changes.columns.get(name, ())):
            raise ChangeConflict(f"the table {name} is not as it was when the change was made", name)
        current = _fetch(con, t, [r.key for r in rows])
        for r in rows:
            if not _same(current.get(r.key), r.before):
                state = "was changed or deleted" if r.before is not None else "exists already"
                raise ChangeConflict(f"{_describe(name, r.key)} {state} since", name, r.key)


def _write(con: sqlite3.Connection, schema: _Schema, changes: ChangeSet) -> None:
    order = list(schema.tables)
    grouped: dict[tuple[str, str], list[RowChange]] = {}
    for r in changes.rows:
        grouped.setdefault((r.table, r.kind), []).append(r)

    def run(sql: str, params: list[tuple], table: str) -> None:
        cur = con.executemany(sql, params)
        if cur.rowcount != len(params):
            raise ChangeConflict(f"the rows of {table} changed while the change was applied", table)

    for name in order:  # parents first
        rows = grouped.get((name, "insert"))
        if rows:
            t = schema.tables[name]
            marks = ", ".join("?" * len(t.columns))
            run(f"INSERT INTO main.{_q(name)} ({', '.join(_q(c) for c in t.columns)}) VALUES ({marks})",
                [r.after for r in rows], name)
    for name in order:
        rows = grouped.get((name, "update"))
        if rows:
            t = schema.tables[name]
            rest = [i for i, c in enumerate(t.columns) if c not in t.key]
            index = [t.columns.index(c) for c in t.key]
            sets = ", ".join(f"{_q(t.columns[i])} = ?" for i in rest)
            where = " AND ".join(f"{_q(c)} = ?" for c in t.key)
            run(f"UPDATE main.{_q(name)} SET {sets} WHERE {where}",
                [tuple(r.after[i] for i in rest) + tuple(r.after[i] for i in index) for r in rows], name)
    for name in reversed(order):  # children first: no cascade has anything left to do
        rows = grouped.get((name, "delete"))
        if rows:
            t = schema.tables[name]
            where = " AND ".join(f"{_q(c)} = ?" for c in t.key)
            run(f"DELETE FROM main.{_q(name)} WHERE {where}", [r.key for r in rows], name)


def _apply(db: Database, changes: ChangeSet) -> None:
    if not changes.rows:
        return
    _listen()
    engine = db.engine
    fairy = engine.raw_connection()
    try:
        con = fairy.dbapi_connection
        schema = _prepare(con, fairy.info, engine)  # DDL, before the transaction
        rec = Recorder(engine, _current.get())
        token = _current.set(rec)  # the writes are logged: anything beyond the change refuses it
        try:
            if con.in_transaction:  # never inherit anything from the connection's last user
                con.rollback()
            con.execute("BEGIN IMMEDIATE")
            try:
                _clear_logs(con, schema)
                _check(con, schema, changes)
                try:
                    _write(con, schema, changes)
                except sqlite3.IntegrityError as exc:
                    raise ChangeConflict(f"the change no longer fits the records ({exc})") from exc
                done = _collect(con, schema, rec.serial)
                _clear_logs(con, schema)
                _check_side_effects(changes, done)
            except BaseException:
                con.rollback()
                raise
            con.commit()
        finally:
            _current.reset(token)
        if rec.parent is not None:
            rec.parent._committed(done)
    finally:
        fairy.close()


def _check_side_effects(wanted: ChangeSet, done: ChangeSet) -> None:
    expected = {(r.table, r.key): r for r in wanted.rows}
    for r in done.rows:
        w = expected.pop((r.table, r.key), None)
        if w is None or not (_same(w.before, r.before) and _same(w.after, r.after)):
            raise ChangeConflict(
                f"{_describe(r.table, r.key)} would change too: other records depend on the rows since", r.table, r.key)
    if expected:
        table, key = next(iter(expected))
        raise ChangeConflict(f"{_describe(table, key)} could not be written", table, key)


__all__ = [
    "UNTRACKED",
    "ChangeConflict",
    "ChangeSet",
    "Guard",
    "Recorder",
    "RowChange",
    "apply_redo",
    "apply_undo",
    "capture",
    "recording",
]
