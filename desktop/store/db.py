"""Opening the database: location, pragmas, schema checks, backups and migrations.

The order of ``open_database`` matters and is tested:
1. an existing file is checked read-only (integrity and schema revision) before anything writes to it;
2. a revision this app does not know (a newer app wrote it) is refused and the file left untouched;
3. an older revision is copied to a timestamped backup, then upgraded by Alembic;
4. a new file is created by the same migrations (never ``create_all``), so every database has one history.

A damaged file (``CorruptDatabaseError``) is never written to: ``recover_from_backup`` moves it (and its
-wal/-shm) aside and copies the newest backup that passes the integrity check into place.

A PostgreSQL server (``open_database("postgresql://user@host:port/name", password=...)``, driver psycopg 3)
gets the same models and the same migrations. The differences are kept here:
- the upgrade runs in one transaction under an advisory lock (PostgreSQL's DDL is transactional: it completes
  or leaves the database as it was; two apps starting at once upgrade once). There is no file to copy, so no
  backup is made before it: server backups (``pg_dump``) are the administrator's;
- writers are serialised as SQLite serialises them: every unit of work takes one transaction-level advisory
  lock first, so the checks a write makes (holdings never below zero, unique serials, an import's duplicates)
  see the other writers' committed rows. Waits end after the busy timeout with a "busy" error;
- a password is never part of ``Database.location`` nor of any message; a missing or refused one raises
  :class:`PasswordRequired` so that the caller can ask for it (desktop.services.db_access).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import os
import re
import shutil
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import URL, Engine, create_engine, event, func, inspect, make_url, select, text
from sqlalchemy.exc import ArgumentError, DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from .models import ALL_MODELS

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
BACKUP_DIR_NAME = "backups"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Marks a message template for lupdate (context "Store"); the store has no Qt. The UI and the CLI
    translate it when they show the error (desktop.i18n.tr_error)."""
    return text


class StoreError(Exception):
    """A database problem the user can act on; the message says what and where.

    ``StoreError(template, *params)``: ``str()`` is the English sentence; ``template`` and ``params`` let the
    UI and the CLI show it in the user's language. A message without params is used as it is.
    """

    def __init__(self, template: str = "", *params: object):
        self.template = template
        self.params = params
        super().__init__(template.format(*params) if params else template)


class SchemaTooNewError(StoreError):
    pass


class CorruptDatabaseError(StoreError):
    pass


class PasswordRequired(StoreError):
    """The server wants a password: none was given (``refused`` False) or it was refused (True)."""

    def __init__(self, template: str, *params: object, refused: bool = False):
        super().__init__(template, *params)
        self.refused = refused


class ServerUnavailable(StoreError):
    pass


SERVER_SCHEMES = ("postgresql", "postgres")


def is_server_url(location: object) -> bool:
    """True for ``postgresql://…`` (or ``postgres://``, ``postgresql+psycopg://``); False for a file path."""
    if isinstance(location, URL):
        return True
    scheme, sep, _ = str(location).strip().partition("://")
    # any "scheme://" is an address (server_url refuses the ones that are not PostgreSQL), never a file name
    return bool(sep) and re.fullmatch(r"[A-Za-z][A-Za-z0-9+.-]+", scheme) is not None


def server_url(location: str | URL, password: str | None = None) -> URL:
    """The SQLAlchemy URL for a server location, with the psycopg 3 driver (and ``password`` when given)."""
    try:
        url = location if isinstance(location, URL) else make_url(str(location).strip())
    except ArgumentError as exc:
        raise StoreError(QT_TRANSLATE_NOOP("Store", "{0}: not a database address"), location) from exc
    backend = url.drivername.split("+", 1)[0]
    if backend == "postgres":
        backend = "postgresql"
    if backend != "postgresql":
        raise StoreError(QT_TRANSLATE_NOOP(
            "Store", "{0}: only SQLite files and PostgreSQL servers (postgresql://…) are supported"),
            url.render_as_string(hide_password=True))
    if not url.database:
        raise StoreError(QT_TRANSLATE_NOOP("Store", "{0}: the address names no database (…/name at the end)"),
                         url.render_as_string(hide_password=True))
    url = url.set(drivername="postgresql+psycopg")
    if password is not None:
        url = url.set(password=password)
    return url


def display_url(url: URL | str) -> str:
    """The address as shown to the user and written to settings: never the password."""
    url = url if isinstance(url, URL) else make_url(str(url))
    # URL.set() ignores None: _replace is how a field is cleared
    return url._replace(drivername=url.drivername.split("+", 1)[0], password=None).render_as_string(hide_password=False)


def alembic_config() -> Config:
    from alembic.config import Config  # Alembic is imported only to migrate (a third of a second at start-up)

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


_REVISION = re.compile(r"^revision\s*=\s*['\"]([^'\"]+)['\"]\s*$", re.MULTILINE)
_DOWN = re.compile(r"^down_revision\s*=\s*(?:None|['\"]([^'\"]+)['\"])\s*$", re.MULTILINE)


@functools.cache
def _revisions_in_files() -> tuple[str, frozenset[str]] | None:
    """(head, every revision) read from the migration files themselves, without importing Alembic; None when
    they do not form one plain chain (a merge, a file it cannot read): then Alembic is asked."""
    revisions, downs = set(), set()
    try:
        files = sorted((MIGRATIONS_DIR / "versions").glob("[0-9]*.py"))
        for file in files:
            text = file.read_text(encoding="utf-8")
            rev, down = _REVISION.search(text), _DOWN.search(text)
            if rev is None or down is None:
                return None
            revisions.add(rev.group(1))
            if down.group(1):
                downs.add(down.group(1))
    except OSError:
        return None
    heads = revisions - downs
    if len(heads) != 1 or not downs <= revisions or len(revisions) != len(files):
        return None
    return heads.pop(), frozenset(revisions)


def head_revision() -> str:
    found = _revisions_in_files()
    if found is not None:
        return found[0]
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def known_revisions() -> set[str]:
    found = _revisions_in_files()
    if found is not None:
        return set(found[1])
    from alembic.script import ScriptDirectory

    return {rev.revision for rev in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


BUSY_TIMEOUT_MS = 5000
"""How long a write waits for another connection's (another window's, the CLI's) transaction to end before it
fails with "database is locked". Writers are serialised by SQLite; the CLI waits longer (see desktop.cli)."""
COMMAND_BUSY_TIMEOUT_MS = 120_000  # a command waits for a long import of another command or window to commit


def _on_connect(dbapi_connection, _record, busy_timeout_ms: int = BUSY_TIMEOUT_MS) -> None:
    cur = dbapi_connection.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute(f"PRAGMA busy_timeout={int(busy_timeout_ms)}")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    # Page cache of up to 64 MiB (SQLite's default is 2 MiB), taken only as pages are read: a million payouts
    # are ~150 MiB of table and indexes, and bulk inserts into the random-order txid index (and the
    # payout_day triggers) otherwise re-read and spill the same pages over and over (3× slower imports).
    cur.execute("PRAGMA cache_size=-65536")
    cur.close()


def make_engine(path: Path, busy_timeout_ms: int = BUSY_TIMEOUT_MS) -> Engine:
    engine = create_engine(f"sqlite:///{path}", future=True)

    def on_connect(dbapi_connection, record) -> None:
        _on_connect(dbapi_connection, record, busy_timeout_ms)

    event.listen(engine, "connect", on_connect)
    return engine


def _ro_uri(path: Path, immutable: bool = False) -> str:
    uri = Path(path).resolve().as_uri() + "?mode=ro"
    return uri + "&immutable=1" if immutable else uri


# SQLite's own words for the usual damage, as the user's-language detail of the messages below (others stay as
# SQLite wrote them).
_SQLITE_MESSAGES = frozenset((
    QT_TRANSLATE_NOOP("Store", "file is not a database"),
    QT_TRANSLATE_NOOP("Store", "database disk image is malformed"),
    QT_TRANSLATE_NOOP("Store", "unable to open database file"),
    QT_TRANSLATE_NOOP("Store", "disk I/O error"),
))


def _sqlite_detail(exc: Exception) -> str:
    return str(exc)  # one of _SQLITE_MESSAGES is translated where the error is shown


def read_revision(path: Path) -> str | None:
    """The Alembic revision stamped in the file, read without writing anything; None for a new file."""
    if not path.exists() or path.stat().st_size == 0:
        return None
    # With no WAL file beside it, everything is in the main file: open it immutable so that not even
    # the -wal/-shm side files get created. With a WAL file (another instance, or a crash) read through it.
    immutable = not Path(f"{path}-wal").exists()
    try:
        con = sqlite3.connect(_ro_uri(path, immutable), uri=True)
    except sqlite3.Error as exc:
        raise CorruptDatabaseError(
            QT_TRANSLATE_NOOP("Store", "{0}: cannot open the database ({1})"), path, _sqlite_detail(exc)) from exc
    try:
        try:
            row = con.execute("PRAGMA quick_check").fetchone()
        except sqlite3.DatabaseError as exc:
            raise CorruptDatabaseError(QT_TRANSLATE_NOOP("Store", "{0}: not a HashPledge database or damaged ({1})"), path, _sqlite_detail(exc)) from exc
        if not row or row[0] != "ok":
            detail = row[0] if row else QT_TRANSLATE_NOOP("Store", "no answer")
            raise CorruptDatabaseError(
                QT_TRANSLATE_NOOP("Store", "{0}: integrity check failed ({1})"), path, detail)
        has_table = con.execute(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
        ).fetchone()
        if not has_table:
            tables = con.execute("SELECT count(*) FROM sqlite_master WHERE type='table'").fetchone()[0]
            if tables:
                raise StoreError(
                    QT_TRANSLATE_NOOP("Store", "{0}: this SQLite file is not a HashPledge database"), path)
            return None
        row = con.execute("SELECT version_num FROM alembic_version").fetchone()
        return row[0] if row else None
    finally:
        con.close()


def backups_dir(db_path: Path) -> Path:
    return db_path.parent / BACKUP_DIR_NAME


def make_backup(db_path: Path, reason: str = "manual") -> Path:
    """Copy the database (consistently, through SQLite's backup API) to a timestamped file."""
    target_dir = backups_dir(db_path)
    target_dir.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%d-%H%M%S-%f")
    target = target_dir / f"{db_path.stem}-{stamp}-{reason}.sqlite3"
    tmp = target.with_suffix(".tmp")
    src = sqlite3.connect(_ro_uri(db_path), uri=True)
    try:
        dst = sqlite3.connect(tmp)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
    finally:
        src.close()
    os.replace(tmp, target)
    return target


def list_backups(db_path: Path) -> list[Path]:
    folder = backups_dir(db_path)
    if not folder.is_dir():
        return []
    return sorted(folder.glob(f"{db_path.stem}-*.sqlite3"), reverse=True)


def restore_backup(db_path: Path, backup: Path) -> Path:
    """Replace the database by a backup; the current file is first backed up itself. Returns that copy."""
    read_revision(backup)  # refuses a damaged backup before anything changes
    safety = make_backup(db_path, "before-restore") if db_path.exists() else None
    tmp = db_path.with_name(db_path.name + ".restore-tmp")
    shutil.copyfile(backup, tmp)
    for suffix in ("-wal", "-shm"):
        with contextlib.suppress(FileNotFoundError):
            os.remove(str(db_path) + suffix)
    os.replace(tmp, db_path)
    return safety


# ---- recovering a damaged database ------------------------------------------------------------------------------
DAMAGED_MARK = ".damaged-"
_STAMP = re.compile(r"-(\d{8}-\d{6})(?:-\d+)?-")


def backup_time(backup: Path) -> dt.datetime:
    """When a backup was made (UTC): from the stamp in its name, else the file's modification time."""
    m = _STAMP.search(Path(backup).name)
    if m:
        with contextlib.suppress(ValueError):
            return dt.datetime.strptime(m.group(1), "%Y%m%d-%H%M%S").replace(tzinfo=dt.UTC)
    return dt.datetime.fromtimestamp(Path(backup).stat().st_mtime, dt.UTC)


def _check_backup(backup: Path) -> None:
    """Raise CorruptDatabaseError / StoreError unless ``backup`` is a sound HashPledge database this app knows."""
    revision = read_revision(backup)  # PRAGMA quick_check, read-only
    if revision is None:
        raise StoreError(QT_TRANSLATE_NOOP("Store", "{0}: the backup holds no HashPledge data"), backup)
    if revision not in known_revisions():
        raise SchemaTooNewError(QT_TRANSLATE_NOOP("Store", "{0}: the backup was written by a newer HashPledge (schema {1})"), backup, revision)


def latest_good_backup(db_path: Path) -> Path | None:
    """The newest backup of ``db_path`` that passes the integrity check (damaged ones are skipped), or None."""
    for backup in list_backups(Path(db_path)):
        try:
            _check_backup(backup)
        except (StoreError, OSError):
            continue
        return backup
    return None


@dataclass(frozen=True)
class Recovery:
    backup: Path  # what was copied into place
    moved: tuple[Path, ...]  # where the damaged file (and its -wal/-shm) now are


def recover_from_backup(db_path: Path | str, backup: Path | None = None) -> Recovery:
    """Put a good backup in place of a damaged database without overwriting anything.

    The damaged file and its ``-wal``/``-shm`` side files are moved aside to
    ``<name>.damaged-YYYYmmdd-HHMMSS`` (plus the suffix), kept for a specialist or a later attempt; then the
    backup (``backup``, default the newest one that passes the integrity check) is copied into place.
    A damaged backup is refused (CorruptDatabaseError) and nothing changes; with no usable backup a
    StoreError says so. The copy is made before anything is moved, so a full disk leaves everything as it was.
    """
    db_path = Path(db_path).expanduser().resolve()
    if backup is None:
        backup = latest_good_backup(db_path)
        if backup is None:
            raise StoreError(QT_TRANSLATE_NOOP("Store", "{0}: there is no usable backup in {1}"), db_path, backups_dir(db_path))
    backup = Path(backup)
    _check_backup(backup)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    aside = db_path.with_name(f"{db_path.name}{DAMAGED_MARK}{stamp}")
    n = 1
    while any(Path(f"{aside}{suffix}").exists() for suffix in ("", "-wal", "-shm")):
        n += 1
        aside = db_path.with_name(f"{db_path.name}{DAMAGED_MARK}{stamp}-{n}")
    tmp = db_path.with_name(db_path.name + ".recover-tmp")
    try:
        shutil.copyfile(backup, tmp)
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.remove(tmp)
        raise StoreError(QT_TRANSLATE_NOOP("Store", "{0}: cannot copy the backup {1} ({2}); nothing was changed"), db_path, backup, exc.strerror or exc) from exc
    moved: list[Path] = []
    for suffix in ("", "-wal", "-shm"):  # the side files belong to the damaged file: never replay them on the backup
        source = Path(f"{db_path}{suffix}")
        if source.exists():
            target = Path(f"{aside}{suffix}")
            os.replace(source, target)
            moved.append(target)
    os.replace(tmp, db_path)
    return Recovery(backup=backup, moved=tuple(moved))


PG_WRITE_LOCK = 0x4861736850  # "HashP": the advisory lock that serialises writers on a server
PG_MIGRATION_LOCK = 0x486173684D  # "HashM": one upgrade at a time


def migrate(engine: Engine) -> None:
    from alembic import command

    cfg = alembic_config()
    with engine.begin() as connection:
        if connection.dialect.name == "postgresql":
            connection.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": PG_MIGRATION_LOCK})
            if _server_revision(connection) == head_revision():  # another app upgraded while this one waited
                return
        cfg.attributes["connection"] = connection
        command.upgrade(cfg, "head")


@dataclass
class Database:
    path: Path | None  # the SQLite file; None for a server
    engine: Engine
    sessions: sessionmaker[Session]
    backup_made: Path | None = None
    warning: StoreError | None = None  # something the user should hear about, the database open all the same

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @property
    def location(self) -> str:
        """The file's path, or the server's address without the password (for titles, messages, settings)."""
        return str(self.path) if self.path is not None else display_url(self.engine.url)

    @contextlib.contextmanager
    def session(self) -> Iterator[Session]:
        """A short unit of work: commits on success, rolls back on any error. On a server it first takes the
        writers' lock (as SQLite does when the first write comes), so what it checks stays true until it
        commits."""
        with self.sessions() as session, session.begin():
            if not self.is_sqlite:
                self._lock_writers(session)
            yield session

    @contextlib.contextmanager
    def write_session(self) -> Iterator[Session]:
        """A unit of work that reads, then writes what it read decided (an import): the write lock is taken
        first (SQLite: ``BEGIN IMMEDIATE``; a server: the writers' advisory lock), waiting up to the busy
        timeout, so no other process writes in between — two imports of the same file at once add its rows
        once, never twice."""
        with self.sessions() as session, session.begin():
            if self.is_sqlite:
                session.connection().exec_driver_sql("BEGIN IMMEDIATE")
            else:
                self._lock_writers(session)
            yield session

    def _lock_writers(self, session: Session) -> None:
        try:
            session.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": PG_WRITE_LOCK})
        except OperationalError as exc:  # lock_timeout: another advisor's long write
            raise StoreError(QT_TRANSLATE_NOOP(
                "Store", "{0}: the database is busy with another user's change; try again in a moment"),
                self.location) from exc

    def revision(self) -> str | None:
        with self.engine.connect() as con:
            return con.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()

    def row_counts(self) -> dict[str, int]:
        with self.sessions() as s:
            return {m.__tablename__: s.scalar(select(func.count()).select_from(m)) for m in ALL_MODELS}

    def close(self) -> None:
        self.engine.dispose()


def open_database(location: Path | str | URL, *, busy_timeout_ms: int = BUSY_TIMEOUT_MS,
                  password: str | None = None, upgrade: bool = True) -> Database:
    """Open (creating or upgrading as needed) a SQLite file or, for ``postgresql://…``, a server database.
    ``upgrade=False`` (servers only: a connection test) checks everything but changes nothing — the Database
    it returns may be at an older schema, or empty, and is only to be closed."""
    if is_server_url(location):
        return open_server(server_url(location, password), busy_timeout_ms=busy_timeout_ms, upgrade=upgrade)
    path = Path(location).expanduser().resolve()
    path.parent.mkdir(parents=True, exist_ok=True)
    current = read_revision(path)
    head = head_revision()
    backup = None
    if current is not None and current not in known_revisions():
        raise SchemaTooNewError(QT_TRANSLATE_NOOP("Store", "{0}: the database was written by a newer HashPledge (schema {1}); "
            "this version knows schema up to {2}. Update the app; the file was not changed."), path, current, head)
    if current is not None and current != head:
        backup = make_backup(path, f"before-migration-{current}")
    engine = make_engine(path, busy_timeout_ms)
    if current != head:  # a file already at the head needs no migration (nor Alembic, nor its import)
        migrate(engine)
    return Database(path=path, engine=engine, sessions=sessionmaker(engine, expire_on_commit=False), backup_made=backup)


# ---- PostgreSQL ----------------------------------------------------------------------------------------------
CONNECT_TIMEOUT_S = 10


def make_server_engine(url: URL, busy_timeout_ms: int = BUSY_TIMEOUT_MS) -> Engine:
    engine = create_engine(
        url, pool_pre_ping=True, pool_size=2, max_overflow=4,
        connect_args={"connect_timeout": CONNECT_TIMEOUT_S, "application_name": "HashPledge"})

    def on_connect(dbapi_connection, _record) -> None:
        with dbapi_connection.cursor() as cur:
            # Waits for another user's lock end as SQLite's busy timeout does; times are UTC like the app's.
            cur.execute(f"SET lock_timeout = {int(busy_timeout_ms)}")
            cur.execute("SET TIME ZONE 'UTC'")
        dbapi_connection.commit()

    event.listen(engine, "connect", on_connect)
    return engine


def _server_revision(connection) -> str | None:
    if not inspect(connection).has_table("alembic_version"):
        return None
    return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def _server_error(url: URL, exc: DBAPIError) -> StoreError:
    shown = display_url(url)
    detail = str(exc.orig or exc).strip().splitlines()[0] if str(exc.orig or exc).strip() else ""
    lowered = detail.lower()
    if "no password supplied" in lowered:
        return PasswordRequired(QT_TRANSLATE_NOOP("Store", "{0}: the server asks for a password"), shown)
    if "password authentication failed" in lowered or "authentication failed" in lowered:
        return PasswordRequired(QT_TRANSLATE_NOOP("Store", "{0}: the server refused the user name or password"),
                                shown, refused=True)
    if "does not exist" in lowered and "database" in lowered:
        return StoreError(QT_TRANSLATE_NOOP(
            "Store", "{0}: there is no such database on the server; the administrator creates it (CREATE DATABASE)"),
            shown)
    return ServerUnavailable(QT_TRANSLATE_NOOP("Store", "{0}: cannot connect to the database server ({1})"),
                             shown, detail)


def open_server(url: URL, *, busy_timeout_ms: int = BUSY_TIMEOUT_MS, upgrade: bool = True) -> Database:
    """A HashPledge database on a PostgreSQL server, upgraded to this app's schema when older (unless not
    ``upgrade``: see open_database)."""
    engine = make_server_engine(url, busy_timeout_ms)
    try:
        with engine.connect() as con:
            current = _server_revision(con)
            tables = inspect(con).get_table_names() if current is None else []
    except DBAPIError as exc:
        engine.dispose()
        raise _server_error(url, exc) from exc
    shown = display_url(url)
    head = head_revision()
    if current is None and tables:
        engine.dispose()
        raise StoreError(QT_TRANSLATE_NOOP(
            "Store", "{0}: this database holds other tables and is not a HashPledge database"), shown)
    if current is not None and current not in known_revisions():
        engine.dispose()
        raise SchemaTooNewError(QT_TRANSLATE_NOOP("Store", "{0}: the database was written by a newer HashPledge (schema {1}); "
            "this version knows schema up to {2}. Update the app; the database was not changed."), shown, current, head)
    if current != head and upgrade:
        try:
            migrate(engine)
        except DBAPIError as exc:
            engine.dispose()
            raise StoreError(QT_TRANSLATE_NOOP("Store", "{0}: the upgrade to schema {1} failed and was rolled back ({2})"),
                             shown, head, str(exc.orig or exc).strip().splitlines()[0]) from exc
    return Database(path=None, engine=engine, sessions=sessionmaker(engine, expire_on_commit=False))
