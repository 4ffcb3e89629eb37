"""Opening the database: location, pragmas, schema checks, backups and migrations.

The order of ``open_database`` matters and is tested:
1. an existing file is checked read-only (integrity and schema revision) before anything writes to it;
2. a revision this app does not know (a newer app wrote it) is refused and the file left untouched;
3. an older revision is copied to a timestamped backup, then upgraded by Alembic;
4. a new file is created by the same migrations (never ``create_all``), so every database has one history.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import shutil
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event, func, select
from sqlalchemy.orm import Session, sessionmaker

from .models import ALL_MODELS

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
BACKUP_DIR_NAME = "backups"


class StoreError(Exception):
    """A database problem the user can act on; the message says what and where."""


class SchemaTooNewError(StoreError):
    pass


class CorruptDatabaseError(StoreError):
    pass


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def head_revision() -> str:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def known_revisions() -> set[str]:
    return {rev.revision for rev in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def _on_connect(dbapi_connection, _record) -> None:
    cur = dbapi_connection.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=5000")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()


def make_engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{path}", future=True)
    event.listen(engine, "connect", _on_connect)
    return engine


def _ro_uri(path: Path, immutable: bool = False) -> str:
    uri = Path(path).resolve().as_uri() + "?mode=ro"
    return uri + "&immutable=1" if immutable else uri


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
        raise CorruptDatabaseError(f"{path}: cannot open the database ({exc})") from exc
    try:
        try:
            row = con.execute("PRAGMA quick_check").fetchone()
        except sqlite3.DatabaseError as exc:
            raise CorruptDatabaseError(f"{path}: not a HashPledge database or damaged ({exc})") from exc
        if not row or row[0] != "ok":
            raise CorruptDatabaseError(f"{path}: integrity check failed ({row[0] if row else 'no answer'})")
        has_table = con.execute(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
        ).fetchone()
        if not has_table:
            tables = con.execute("SELECT count(*) FROM sqlite_master WHERE type='table'").fetchone()[0]
            if tables:
                raise StoreError(f"{path}: this SQLite file is not a HashPledge database")
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


def migrate(engine: Engine) -> None:
    cfg = alembic_config()
    with engine.begin() as connection:
        cfg.attributes["connection"] = connection
        command.upgrade(cfg, "head")


@dataclass
class Database:
    path: Path
    engine: Engine
    sessions: sessionmaker[Session]
    backup_made: Path | None = None

    @contextlib.contextmanager
    def session(self) -> Iterator[Session]:
        """A short unit of work: commits on success, rolls back on any error."""
        with self.sessions() as session, session.begin():
            yield session

    def revision(self) -> str | None:
        with self.engine.connect() as con:
            return con.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()

    def row_counts(self) -> dict[str, int]:
        with self.sessions() as s:
            return {m.__tablename__: s.scalar(select(func.count()).select_from(m)) for m in ALL_MODELS}

    def close(self) -> None:
        self.engine.dispose()


def open_database(path: Path | str) -> Database:
    path = Path(path).expanduser().resolve()
    path.parent.mkdir(parents=True, exist_ok=True)
    current = read_revision(path)
    head = head_revision()
    backup = None
    if current is not None and current not in known_revisions():
        raise SchemaTooNewError(
            f"{path}: the database was written by a newer HashPledge (schema {current}); "
            f"this version knows schema up to {head}. Update the app; the file was not changed."
        )
    if current is not None and current != head:
        backup = make_backup(path, f"before-migration-{current}")
    engine = make_engine(path)
    migrate(engine)
    return Database(path=path, engine=engine, sessions=sessionmaker(engine, expire_on_commit=False), backup_made=backup)
