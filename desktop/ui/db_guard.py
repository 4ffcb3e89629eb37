"""Two guards of the desktop app around opening the database (called by ``desktop.ui.app.open_or_explain``).

One window per database file
    The GUI takes a ``QLockFile`` beside the database (``hashpledge.sqlite3.lock``) for as long as it runs.
    A second window on the same file is told "already open in another HashPledge window (process N)" and
    chooses: Quit (the default) or Open anyway. Opening anyway is safe for the data — every change is one
    SQLite transaction and writers wait for each other (busy timeout) — but each window shows what it last
    read, so the user is asked to edit in one window only. A lock left by a crashed (killed) app is taken
    over silently: QLockFile sees that its process is gone. The CLI takes no lock: it works alongside the
    app through SQLite's transactions (imports take the write lock first, see ``Database.write_session``).

A damaged database
    ``open_database`` detects it read-only (``PRAGMA quick_check``) and raises ``CorruptDatabaseError``
    before anything writes to it. The user is shown the file and the problem and offered "Restore the latest
    backup (date)" or "Quit"; restoring moves the damaged file aside (``….damaged-YYYYmmdd-HHMMSS``, kept)
    and copies the newest backup that passes the integrity check into place. Nothing is overwritten.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLockFile
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.i18n import tr_error
from desktop.store import db as store_db
from desktop.ui import formatting, messages

CTX = "DatabaseGuard"

_lock: QLockFile | None = None


def _tr(text: str) -> str:
    return QCoreApplication.translate(CTX, text)


# ---- one window per database ------------------------------------------------------------------------------------
def lock_path(db_path: Path) -> Path:
    return Path(f"{db_path}.lock")


def try_lock(db_path: Path) -> tuple[QLockFile | None, int | None]:
    """(the lock, None) when taken; (None, pid) when another process holds it; (None, None) when no lock can be
    made here (a read-only folder: opening the database will say what is wrong)."""
    path = lock_path(Path(db_path).expanduser().resolve())
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None, None
    lock = QLockFile(str(path))
    lock.setStaleLockTime(0)  # never stale by age, only when its process is gone (QLockFile checks the pid)
    if lock.tryLock(0):
        return lock, None
    if lock.error() != QLockFile.LockError.LockFailedError:
        return None, None
    pid = lock.getLockInfo()[0]
    return None, (pid if isinstance(pid, int) and pid > 0 else 0)


def already_open_box(parent: QWidget | None, db_path: Path, pid: int) -> QMessageBox:
    """The question shown to a second window; ``box.open_button`` / ``box.quit_button`` are its answers."""
    box = QMessageBox(QMessageBox.Icon.Warning, _tr("Database already open"),
                      _tr("This database is already open in another HashPledge window (process {0}):\n{1}")
                      .format(pid or "?", db_path), QMessageBox.StandardButton.NoButton, parent)
    box.setInformativeText(_tr(
        "Use that window, or open the database here too: every change is saved safely, but each window shows "
        "what it last read, so make changes in one window only."))
    box.open_button = box.addButton(_tr("Open anyway"), QMessageBox.ButtonRole.AcceptRole)
    box.quit_button = box.addButton(_tr("Quit"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(box.quit_button)
    box.setEscapeButton(box.quit_button)
    return box


def claim(db_path: Path, parent: QWidget | None = None) -> bool:
    """Take this database for this window. False: another window has it and the user chose Quit."""
    global _lock
    lock, holder = try_lock(db_path)
    if lock is not None:
        release()
        _lock = lock
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(release)
        return True
    if holder is None:
        return True
    box = already_open_box(parent, Path(db_path), holder)
    box.exec()
    return box.clickedButton() is box.open_button


def release() -> None:
    """Give the lock back (at quit; a crash leaves a stale lock that the next start takes over)."""
    global _lock
    if _lock is not None:
        _lock.unlock()
        _lock = None


# ---- a damaged database -----------------------------------------------------------------------------------------
def _problem(db_path: Path, exc: Exception) -> str:
    text = tr_error(exc)
    prefix = f"{db_path}: "
    return text[len(prefix):] if text.startswith(prefix) else text


def damaged_box(parent: QWidget | None, db_path: Path, exc: Exception, backup: Path | None) -> QMessageBox:
    """The damaged-database dialog: it names the file and the problem and offers the latest good backup
    (``box.restore_button``, None without a backup) or ``box.quit_button``."""
    box = QMessageBox(QMessageBox.Icon.Critical, _tr("The database is damaged"),
                      _tr("HashPledge cannot use the database file\n{0}\n\nProblem: {1}").format(
                          db_path, _problem(db_path, exc)),
                      QMessageBox.StandardButton.NoButton, parent)
    box.restore_button = None
    if backup is not None:
        when = formatting.date_time(store_db.backup_time(backup))
        box.setInformativeText(_tr(
            "The latest good backup is from {0}. Restoring it moves the damaged file aside (it is kept, as "
            "{1}.damaged-…) and puts the backup in its place; changes made after the backup are not in it.")
            .format(when, db_path.name))
        box.restore_button = box.addButton(_tr("Restore the latest backup ({0})").format(when),
                                           QMessageBox.ButtonRole.AcceptRole)
    else:
        box.setInformativeText(_tr(
            "There is no backup of this database to restore. The file was not changed; move it aside or "
            "restore it from a copy of your own, then start HashPledge again."))
    box.quit_button = box.addButton(_tr("Quit"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(box.restore_button or box.quit_button)
    box.setEscapeButton(box.quit_button)
    return box


def recover_or_quit(parent: QWidget | None, db_path: Path, exc: Exception) -> store_db.Database | None:
    """Show :func:`damaged_box`; on Restore recover from the latest good backup and open it. None: quit."""
    db_path = Path(db_path)
    backup = store_db.latest_good_backup(db_path)
    box = damaged_box(parent, db_path, exc, backup)
    box.exec()
    if backup is None or box.clickedButton() is not box.restore_button:
        return None
    try:
        recovery = store_db.recover_from_backup(db_path, backup)
        database = store_db.open_database(db_path)
    except (store_db.StoreError, OSError) as error:
        messages.error(parent, _tr("Restore failed"), _tr(
            "The backup could not be put in place or opened.\n\n{0}").format(tr_error(error)))
        return None
    kept = recovery.moved[0] if recovery.moved else None
    messages.info(parent, _tr("Backup restored"), _tr(
        "The backup of {0} is now in use.\nThe damaged file was kept as {1}.").format(
        formatting.date_time(store_db.backup_time(backup)), kept or "—"))
    return database
