"""Faults: a killed import, a full disk, a read-only folder, a damaged database, two instances, a hanging server.

Where it can be done for real it is: the import is a child process killed with SIGKILL; a full disk is a
file-size limit (``RLIMIT_FSIZE``, the kernel answers EFBIG) in a child process, and a tiny tmpfs when this
user may mount one (ENOSPC); permission denied is a read-only folder (for root the child drops
CAP_DAC_OVERRIDE so that the folder's mode holds); the hanging server is a socket that accepts and never answers.
"""

from __future__ import annotations

import contextlib
import ctypes
import datetime as dt
import errno
import hashlib
import io
import os
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import threading
import time
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from sqlalchemy import func, select

from desktop.services import bank_package, csv_io, market, net, offers, profiles, settings
from desktop.store import db as store_db
from desktop.store.models import PackageExport, Payout, Profile
from desktop.ui import db_guard, messages

try:
    import resource
except ImportError:  # Windows
    resource = None

ROOT = Path(__file__).resolve().parents[1]
OFFER = "illustrative-btc-bullet-50-70-80"
posix = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL, file-size limits and modes are POSIX")


# ---------------------------------------------------------------------------------------------- helpers
def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def hashpledge(*args: str) -> list[str]:
    """The installed ``hashpledge`` command of this environment (else ``python -m desktop``)."""
    exe = Path(sys.executable).with_name("hashpledge")
    return [str(exe), *args] if exe.exists() else [sys.executable, "-m", "desktop", *args]


def child_env(**extra: str) -> dict[str, str]:
    env = dict(os.environ)  # HASHPLEDGE_HOME and XDG_CONFIG_HOME come from the autouse fixture
    env.update(QT_QPA_PLATFORM="offscreen", LANG="C.UTF-8", PYTHONPATH=str(ROOT), **extra)
    return env


def payout_csv(path: Path, rows: int, *, start: int = 0, txid: bool = True) -> Path:
    day0 = dt.date(2015, 1, 1)
    with path.open("w", encoding="utf-8", newline="") as fh:
        fh.write("day,amount_btc,pool,txid,address,notes\n")
        for i in range(start, start + rows):
            tx = f"{i:064x}" if txid else ""
            fh.write(f"{day0 + dt.timedelta(days=i % 3000)},0.{(i * 7919) % 99_999_999 + 1:08d},pool{i % 7},{tx},,"
                     f"row {i}\n")
    return path


def new_farm(path: Path) -> int:
    database = store_db.open_database(path)
    try:
        return profiles.create_profile(database, profiles.ProfileData(name="Farm")).id
    finally:
        database.close()


def count_payouts(path: Path) -> int:
    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT count(*) FROM payout").fetchone()[0]
    finally:
        con.close()


def quick_check(database: store_db.Database) -> str:
    with database.engine.connect() as con:
        return con.exec_driver_sql("PRAGMA quick_check").scalar()


def _limit_file_size(limit: int):
    def apply() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    return apply


def _drop_dac_override() -> None:
    """For root, a read-only folder is writable: drop CAP_DAC_OVERRIDE (and _READ_SEARCH) from the bounding
    set before exec, so the command runs without them and the folder's mode holds as for any user. (Where
    that is not allowed the command can write, and the test skips.)"""
    if os.geteuid() == 0:
        libc = ctypes.CDLL(None, use_errno=True)
        for cap in (1, 2):  # CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH
            libc.prctl(24, cap, 0, 0, 0)  # PR_CAPBSET_DROP


def _skip_if_written(proc: subprocess.CompletedProcess) -> None:
    if proc.returncode == 0:
        pytest.skip("this user writes into a read-only folder (root with CAP_DAC_OVERRIDE that cannot be dropped)")


@pytest.fixture
def read_only_folder(tmp_path):
    folder = tmp_path / "read-only"
    folder.mkdir()
    folder.chmod(0o555)
    yield folder
    folder.chmod(0o755)


# ============================================================================ 1. a killed import (SIGKILL)
ROWS = 25_000


@pytest.fixture(scope="module")
def big_import(tmp_path_factory):
    folder = tmp_path_factory.mktemp("killed-import")
    template = folder / "template.sqlite3"
    new_farm(template)
    return template, payout_csv(folder / "payouts-big.csv", ROWS)


def _kill_when(proc: subprocess.Popen, wal: Path, wal_bytes: int) -> int:
    """SIGKILL the child once its write-ahead log holds ``wal_bytes`` (the import's rows are being written);
    returns the WAL size at the kill, or -1 if the child finished first."""
    while proc.poll() is None:
        size = wal.stat().st_size if wal.exists() else 0
        if size >= wal_bytes:
            proc.send_signal(signal.SIGKILL)
            proc.wait()
            return size
        time.sleep(0.002)
    return -1


@posix
def test_sigkill_during_an_import_leaves_all_or_none(big_import, tmp_path):
    template, csv_file = big_import
    outcomes = []
    for n, wal_bytes in enumerate([1, 2 << 20, 4 << 20]):
        path = tmp_path / f"farm-{n}.sqlite3"
        shutil.copyfile(template, path)
        proc = subprocess.Popen(hashpledge("--db", str(path), "import", "payouts", str(csv_file)), env=child_env(),
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            wal_at_kill = _kill_when(proc, Path(f"{path}-wal"), wal_bytes)
        finally:
            if proc.poll() is None:
                proc.kill()
            proc.wait()
        assert proc.returncode in (0, -signal.SIGKILL)
        # the file opens cleanly: integrity check, revision check, WAL recovered
        assert store_db.read_revision(path) == store_db.head_revision()
        database = store_db.open_database(path)
        try:
            assert quick_check(database) == "ok"
            with database.sessions() as s:
                rows = s.scalar(select(func.count()).select_from(Payout))
        finally:
            database.close()
        assert rows in (0, ROWS), (wal_at_kill, rows)
        outcomes.append((wal_at_kill, rows))
    # the test did kill an import with rows already written to the WAL, and that left nothing
    assert any(wal > 0 and rows == 0 for wal, rows in outcomes), outcomes


# ============================================================================ 2. disk full, permission denied
@pytest.fixture
def farm_with_payouts(tmp_path):
    path = tmp_path / "farm.sqlite3"
    pid = new_farm(path)
    database = store_db.open_database(path)
    csv_io.import_csv(database, pid, "payouts", payout_csv(tmp_path / "in.csv", 5000))
    with database.engine.connect() as con:
        con.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    database.close()
    return path, pid


@posix
def test_csv_export_on_a_full_disk_leaves_nothing_and_says_where(farm_with_payouts, tmp_path):
    """A real write error: the command runs with a 64 KiB file-size limit, the export is ~400 KiB (EFBIG)."""
    path, _pid = farm_with_payouts
    out = tmp_path / "out"
    out.mkdir()
    target = out / "payouts.csv"
    target.write_text("the previous export\n", encoding="utf-8")  # an earlier export is kept as it was
    proc = subprocess.run(hashpledge("--db", str(path), "export-csv", "payouts", str(target)), env=child_env(),
                          capture_output=True, text=True, preexec_fn=_limit_file_size(64 * 1024), timeout=120)
    assert proc.returncode == 1, proc.stderr
    assert str(target) in proc.stderr and os.strerror(errno.EFBIG) in proc.stderr, proc.stderr  # where and why
    assert "Traceback" not in proc.stderr
    assert target.read_text(encoding="utf-8") == "the previous export\n"  # not half a new file
    assert list(out.iterdir()) == [target]  # and no temporary file


@posix
def test_csv_export_to_a_read_only_folder(farm_with_payouts, read_only_folder):
    path, _pid = farm_with_payouts
    target = read_only_folder / "payouts.csv"
    proc = subprocess.run(hashpledge("--db", str(path), "export-csv", "payouts", str(target)), env=child_env(),
                          capture_output=True, text=True, preexec_fn=_drop_dac_override, timeout=120)
    _skip_if_written(proc)
    assert proc.returncode == 1, proc.stderr
    assert str(target) in proc.stderr and os.strerror(errno.EACCES) in proc.stderr, proc.stderr
    assert "Traceback" not in proc.stderr
    assert list(read_only_folder.iterdir()) == []


def test_export_error_names_the_target_not_the_temporary_file(farm_with_payouts, tmp_path, monkeypatch):
    """The disk fills up at the third write of the file (simulated in the file object): the error names the
    file asked for and why, and neither it nor the temporary file is left."""
    path, pid = farm_with_payouts
    out = tmp_path / "out"
    out.mkdir()
    target = out / "payouts.csv"
    writes = {"n": 0}

    class FullDisk(io.FileIO):
        def write(self, data):
            writes["n"] += 1
            if writes["n"] >= 3:
                raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
            return super().write(data)

    real_open = Path.open

    def full_open(self, mode="r", buffering=-1, encoding=None, errors=None, newline=None):
        if "x" not in mode:
            return real_open(self, mode, buffering, encoding, errors, newline)
        return io.TextIOWrapper(io.BufferedWriter(FullDisk(str(self), "x")), encoding=encoding, errors=errors,
                                newline=newline)

    database = store_db.open_database(path)
    monkeypatch.setattr(Path, "open", full_open)
    try:
        with pytest.raises(csv_io.ExportError) as failed:
            csv_io.export_csv(database, pid, "payouts", target)
    finally:
        monkeypatch.undo()
        database.close()
    assert writes["n"] >= 3
    assert failed.value.filename == str(target) and failed.value.errno == errno.ENOSPC
    assert str(failed.value) == os.strerror(errno.ENOSPC)
    assert list(out.iterdir()) == []


def test_equipment_page_export_failure_says_what_and_where(qtbot, db, tmp_path, monkeypatch):
    from desktop.ui.app import make_app
    from desktop.ui.pages.equipment import EquipmentPage

    make_app()
    pid = profiles.create_profile(db, profiles.ProfileData(name="Farm")).id
    page = EquipmentPage(db)
    qtbot.addWidget(page)
    page.set_profile(pid)
    out = tmp_path / "exports"
    out.mkdir()
    target = out / "equipment.csv"
    monkeypatch.setattr(messages, "save_file", lambda *a, **k: str(target))

    def full(_fd):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(csv_io.os, "fsync", full)
    shown = []
    monkeypatch.setattr(messages, "error", lambda _parent, title, text: shown.append((title, text)))
    page.export_csv()
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    title, text = shown[0]
    assert title == "Export failed"
    assert str(target) in text and os.strerror(errno.ENOSPC) in text and ".tmp" not in text
    assert list(out.iterdir()) == []


def _package_cmd(db_path: Path, out: Path, profile: str) -> list[str]:
    return hashpledge("--db", str(db_path), "package", "--profile", profile, "--offer", OFFER, "--amount", "1000",
                      "--out", str(out))


@pytest.fixture
def demo_file(demo_db):
    with demo_db.engine.connect() as con:
        con.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    with demo_db.sessions() as s:
        name = s.get(Profile, 1).name
    return demo_db, Path(demo_db.path), name


PACKAGE_ON_A_FULL_DISK = """
import resource, sys
from decimal import Decimal
from pathlib import Path
from desktop.services import bank_package
from desktop.store.db import open_database
db = open_database(sys.argv[1])  # the database's own files are set up first: then no file may grow past the limit
with db.engine.connect() as con:  # the pooled connection opens the -wal/-shm files now, before the limit
    con.exec_driver_sql("SELECT count(*) FROM profile").scalar()
resource.setrlimit(resource.RLIMIT_FSIZE, (int(sys.argv[3]), resource.RLIM_INFINITY))
request = bank_package.PackageRequest(profile_id=1, out=Path(sys.argv[2]), offer=sys.argv[5], amount=Decimal(1000),
                                      attachments=(Path(sys.argv[4]),))
try:
    bank_package.build_package(db, request)
except bank_package.PackageBuildError as exc:
    print(exc, file=sys.stderr)
    sys.exit(1)
"""


@posix
def test_package_on_a_full_disk_leaves_nothing(demo_file, tmp_path):
    """The package is built for real in a child process whose files may not grow past a limit: once below the
    size of the PDF (the report cannot be written completely) and once between the PDF and the ZIP."""
    demo_db, path, _name = demo_file
    offers.install_catalogue(demo_db)  # done on first use: the child then has nothing to write to the database
    demo_db.close()
    scan = tmp_path / "contract-scan.bin"  # an attachment that does not compress: the ZIP (> 700 KB) outgrows
    scan.write_bytes(os.urandom(700_000))  # the report (~220 KB), so a 500 KB limit stops the ZIP, not the PDF
    out = tmp_path / "out"
    out.mkdir()
    scratch = tmp_path / "scratch"  # the child's temporary folder: it must be left empty too
    scratch.mkdir()
    exports_before = count_rows(path, "package_export")
    target = out / "package.zip"
    for limit, words in [(20_000, "the PDF file was cut off"), (500_000, os.strerror(errno.EFBIG))]:
        proc = subprocess.run([sys.executable, "-c", PACKAGE_ON_A_FULL_DISK, str(path), str(target), str(limit),
                               str(scan), OFFER], env=child_env(TMPDIR=str(scratch)), capture_output=True, text=True,
                              timeout=120)
        assert proc.returncode == 1, (limit, proc.stdout, proc.stderr)
        assert words in proc.stderr and "Traceback" not in proc.stderr, proc.stderr
        assert list(out.iterdir()) == [] and list(scratch.iterdir()) == [], proc.stderr
    assert f"cannot write package {target}" in proc.stderr  # what and where
    assert count_rows(path, "package_export") == exports_before  # nothing logged for a package not written


@posix
def test_a_command_on_a_full_disk_says_so_in_one_line(tmp_path):
    """The database itself cannot grow (a new file under a 64 KiB limit): one line, no traceback."""
    proc = subprocess.run(hashpledge("--db", str(tmp_path / "new.sqlite3"), "demo"), env=child_env(),
                          capture_output=True, text=True, preexec_fn=_limit_file_size(64 * 1024), timeout=120)
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr and len(proc.stderr.strip().splitlines()) == 1, proc.stderr
    assert "database could not be written" in proc.stderr


def count_rows(path: Path, table: str) -> int:
    con = sqlite3.connect(path)
    try:
        return con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]  # noqa: S608 - a table name of ours
    finally:
        con.close()


@posix
def test_package_to_a_read_only_folder(demo_file, read_only_folder):
    demo_db, path, name = demo_file
    demo_db.close()
    target = read_only_folder / "package.zip"
    proc = subprocess.run(_package_cmd(path, target, name), env=child_env(), capture_output=True, text=True,
                          preexec_fn=_drop_dac_override, timeout=120)
    _skip_if_written(proc)
    assert proc.returncode == 1, proc.stderr
    assert f"cannot write package {target}" in proc.stderr and os.strerror(errno.EACCES) in proc.stderr
    assert list(read_only_folder.iterdir()) == []


@pytest.fixture
def tiny_tmpfs(tmp_path):
    """A 256 KiB tmpfs: a disk that really fills up (ENOSPC). Needs the right to mount (root); else skipped."""
    mount = tmp_path / "tiny-disk"
    mount.mkdir()
    if not shutil.which("mount") or os.geteuid() != 0:
        pytest.skip("mounting a tmpfs needs root; the file-size-limit tests cover a full disk")
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=256k,mode=0755", "tmpfs", str(mount)],
                          capture_output=True, text=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.strip()}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def test_exports_on_a_really_full_disk(demo_db, tiny_tmpfs, tmp_path):
    filler = tiny_tmpfs / "other-files.bin"  # someone else's files leave ~40 KiB free
    with contextlib.suppress(OSError), filler.open("wb") as fh:
        fh.write(b"\0" * (216 * 1024))
    target = tiny_tmpfs / "payouts.csv"
    with pytest.raises(csv_io.ExportError) as failed:
        csv_io.export_csv(demo_db, 3, "payouts", target)
    assert failed.value.errno == errno.ENOSPC and failed.value.filename == str(target)
    assert sorted(p.name for p in tiny_tmpfs.iterdir()) == ["other-files.bin"]

    out = tiny_tmpfs / "package.zip"
    with pytest.raises(bank_package.PackageBuildError) as failed:
        bank_package.build_package(demo_db, bank_package.PackageRequest(profile_id=3, out=out, offer=OFFER,
                                                                        amount=Decimal(1000)))
    assert str(out) in str(failed.value) and os.strerror(errno.ENOSPC) in str(failed.value)
    assert sorted(p.name for p in tiny_tmpfs.iterdir()) == ["other-files.bin"]
    with demo_db.sessions() as s:
        assert s.scalar(select(func.count()).select_from(PackageExport)) == 0


# ============================================================================ 3. a damaged database file
@pytest.fixture
def farm_with_backup(tmp_path):
    """A database with a profile, a backup of it, then one more profile (not in the backup)."""
    folder = tmp_path / "data"
    path = folder / "hashpledge.sqlite3"
    database = store_db.open_database(path)
    profiles.create_profile(database, profiles.ProfileData(name="In the backup"))
    backup = store_db.make_backup(path)
    profiles.create_profile(database, profiles.ProfileData(name="After the backup"))
    with database.engine.connect() as con:
        con.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    database.close()
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    return path, backup


def truncate(path: Path) -> None:
    with path.open("r+b") as fh:
        fh.truncate(path.stat().st_size // 2)


def flip_page(path: Path, page: int = 2) -> None:
    con = sqlite3.connect(path)
    size = con.execute("PRAGMA page_size").fetchone()[0]
    con.close()
    with path.open("r+b") as fh:
        fh.seek((page - 1) * size)
        head = fh.read(16)
        fh.seek((page - 1) * size)
        fh.write(bytes(b ^ 0xFF for b in head))


@pytest.mark.parametrize("damage", [truncate, flip_page], ids=["truncated", "flipped-bytes"])
def test_damaged_file_is_detected_and_left_byte_identical(farm_with_backup, damage):
    path, _backup = farm_with_backup
    damage(path)
    before = sha256(path)
    listing = sorted(p.name for p in path.parent.iterdir())
    with pytest.raises(store_db.CorruptDatabaseError, match="hashpledge.sqlite3"):
        store_db.open_database(path)
    assert sha256(path) == before
    assert sorted(p.name for p in path.parent.iterdir()) == listing  # not even a -wal or -shm was made


def test_recovery_moves_the_damaged_file_aside_and_restores_the_backup(farm_with_backup):
    path, backup = farm_with_backup
    flip_page(path)
    damaged = path.read_bytes()
    Path(f"{path}-wal").write_bytes(b"wal of the damaged file")  # side files go with it, never replayed
    Path(f"{path}-shm").write_bytes(b"shm")
    assert store_db.latest_good_backup(path) == backup
    recovery = store_db.recover_from_backup(path)
    assert recovery.backup == backup
    names = [p.name for p in recovery.moved]
    assert len(names) == 3 and names[0].startswith("hashpledge.sqlite3.damaged-")
    stamp = names[0].removeprefix("hashpledge.sqlite3.damaged-")
    assert dt.datetime.strptime(stamp, "%Y%m%d-%H%M%S")
    assert names[1:] == [names[0] + "-wal", names[0] + "-shm"]
    assert recovery.moved[0].read_bytes() == damaged  # kept as it was
    assert recovery.moved[1].read_bytes() == b"wal of the damaged file"
    assert sha256(path) == sha256(backup)  # the backup is in place (and was not consumed)
    database = store_db.open_database(path)
    try:
        assert [p.name for p in profiles.list_profiles(database)] == ["In the backup"]
    finally:
        database.close()


def test_a_damaged_backup_is_refused_and_skipped(farm_with_backup):
    path, good = farm_with_backup
    truncate(path)
    damaged = sha256(path)
    newer = good.with_name(good.name.replace("manual", "zz-newer"))
    newer = newer.with_name(good.name[: good.name.index("-") + 1] + "99991231-000000-000000-manual.sqlite3")
    shutil.copyfile(good, newer)
    flip_page(newer)
    assert store_db.list_backups(path)[0] == newer
    with pytest.raises(store_db.CorruptDatabaseError):
        store_db.recover_from_backup(path, newer)
    assert sha256(path) == damaged and sorted(p.name for p in path.parent.iterdir()) == ["backups",
                                                                                          "hashpledge.sqlite3"]
    assert store_db.latest_good_backup(path) == good  # the damaged newer one is skipped
    assert store_db.recover_from_backup(path).backup == good


def test_no_backup_is_said_and_nothing_changes(tmp_path):
    path = tmp_path / "hashpledge.sqlite3"
    store_db.open_database(path).close()
    truncate(path)
    before = sha256(path)
    assert store_db.latest_good_backup(path) is None
    with pytest.raises(store_db.StoreError, match="no usable backup"):
        store_db.recover_from_backup(path)
    assert sha256(path) == before


def _answer_next_box(choose):
    """Click a button of the next modal message box once it is shown (``choose(box)`` picks it)."""
    seen: list[QMessageBox] = []

    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, click)
            return
        seen.append(box)
        choose(box).click()

    QTimer.singleShot(0, click)
    return seen


def test_dialog_offers_the_latest_backup_and_restores_it(qtbot, farm_with_backup, monkeypatch):
    from desktop.ui.app import make_app, open_or_explain

    make_app()
    path, backup = farm_with_backup
    flip_page(path)
    damaged = sha256(path)
    infos = []
    monkeypatch.setattr(messages, "info", lambda _p, title, text: infos.append((title, text)))
    seen = _answer_next_box(lambda box: box.restore_button)
    database = open_or_explain(str(path))
    try:
        assert database is not None
        box = seen[0]
        assert box.windowTitle() == "The database is damaged"
        assert str(path) in box.text() and "malformed" in box.text()
        when = box.restore_button.text()
        assert when.startswith("Restore the latest backup (") and str(store_db.backup_time(backup).year) in when
        assert box.quit_button.text() == "Quit"
        assert [p.name for p in profiles.list_profiles(database)] == ["In the backup"]
        kept = next(path.parent.glob("hashpledge.sqlite3.damaged-*"))
        assert sha256(kept) == damaged
        assert infos and infos[0][0] == "Backup restored" and kept.name in infos[0][1]
    finally:
        if database is not None:
            database.close()
        db_guard.release()


def test_dialog_quit_changes_nothing(qtbot, farm_with_backup):
    from desktop.ui.app import make_app

    make_app()
    path, _backup = farm_with_backup
    truncate(path)
    before = sha256(path)
    try:
        store_db.open_database(path)
    except store_db.CorruptDatabaseError as exc:
        error = exc
    seen = _answer_next_box(lambda box: box.quit_button)
    assert db_guard.recover_or_quit(None, path, error) is None
    assert seen and seen[0].restore_button is not None
    assert sha256(path) == before and not list(path.parent.glob("*.damaged-*"))


def test_dialog_without_a_backup_says_so(qtbot, tmp_path):
    from desktop.ui.app import make_app

    make_app()
    path = tmp_path / "hashpledge.sqlite3"
    path.write_bytes(b"SQLite format 3\0" + b"\xff" * 5000)
    box = db_guard.damaged_box(None, path, store_db.CorruptDatabaseError(f"{path}: damaged"), None)
    qtbot.addWidget(box)
    assert box.restore_button is None
    assert "There is no backup" in box.informativeText() and "not changed" in box.informativeText()
    assert [b.text() for b in box.buttons()] == ["Quit"]


# ============================================================================ 4. two instances on one database
LOCKER = """
import sys, time
from PySide6.QtCore import QCoreApplication
from desktop.ui import db_guard
app = QCoreApplication([])
assert db_guard.claim(sys.argv[1])
print("locked", flush=True)
time.sleep(60)
"""


@contextlib.contextmanager
def other_window(db_path: Path):
    """Another HashPledge process holding the database's lock."""
    proc = subprocess.Popen([sys.executable, "-c", LOCKER, str(db_path)], env=child_env(), stdout=subprocess.PIPE,
                            text=True)
    try:
        assert proc.stdout.readline().strip() == "locked"
        yield proc
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.wait()
        proc.stdout.close()


def test_second_window_is_told_and_can_quit_or_open(qtbot, tmp_path):
    from desktop.ui.app import make_app

    make_app()
    path = tmp_path / "hashpledge.sqlite3"
    with other_window(path) as proc:
        seen = _answer_next_box(lambda box: box.quit_button)
        assert db_guard.claim(path) is False
        text = seen[0].text()
        assert f"already open in another HashPledge window (process {proc.pid})" in text and str(path) in text
        assert seen[0].defaultButton() is seen[0].quit_button
        _answer_next_box(lambda box: box.open_button)
        assert db_guard.claim(path) is True  # "Open anyway": SQLite keeps both windows' writes safe
    db_guard.release()


@posix
def test_a_lock_left_by_a_killed_app_is_taken_over(qtbot, tmp_path, monkeypatch):
    from desktop.ui.app import make_app

    make_app()
    path = tmp_path / "hashpledge.sqlite3"
    with other_window(path) as proc:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    assert db_guard.lock_path(path).exists()  # the crash left its lock file

    def no_question(*_a):
        raise AssertionError("asked although the other window is gone")

    monkeypatch.setattr(QMessageBox, "exec", no_question)
    try:
        assert db_guard.claim(path) is True
        lock, holder = db_guard.try_lock(path)  # now ours: another claim in this process is refused
        assert lock is None and holder == os.getpid()
    finally:
        db_guard.release()
    assert not db_guard.lock_path(path).exists()


def test_two_commands_importing_at_once_both_commit_every_row(tmp_path):
    path = tmp_path / "farm.sqlite3"
    new_farm(path)
    other = payout_csv(tmp_path / "other.csv", 5_000, start=0)
    same = payout_csv(tmp_path / "same.csv", 2_000, start=50_000, txid=False)  # duplicates only by day/amount/pool
    procs = [subprocess.Popen(hashpledge("--db", str(path), "import", "payouts", str(f)), env=child_env(),
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for f in (other, same, same)]
    for proc in procs:
        _out, err = proc.communicate(timeout=120)
        assert proc.returncode == 0 and "locked" not in err, err
    # no row lost; the file without txids imported twice at once is not doubled (imports take the write lock
    # before they look for duplicates)
    assert count_payouts(path) == 5_000 + 2_000


WRITER = """
import datetime as dt, sys
from desktop.services import records
from desktop.store.db import open_database
db = open_database(sys.argv[1])
for i in range(int(sys.argv[3])):
    records.add_payout(db, 1, records.PayoutData(day=dt.date(2024, 1, 1) + dt.timedelta(days=i % 300),
                                                 amount_sat=1000 + i, pool=sys.argv[2]))
db.close()
print("done", flush=True)
"""


def test_two_processes_adding_payouts_at_once_lose_nothing(tmp_path):
    path = tmp_path / "farm.sqlite3"
    new_farm(path)
    procs = [subprocess.Popen([sys.executable, "-c", WRITER, str(path), pool, "100"], env=child_env(),
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for pool in ("A", "B")]
    for proc in procs:
        out, err = proc.communicate(timeout=120)
        assert proc.returncode == 0 and out.strip() == "done", err
    con = sqlite3.connect(path)
    assert dict(con.execute("SELECT pool, count(*) FROM payout GROUP BY pool").fetchall()) == {"A": 100, "B": 100}
    con.close()


# ============================================================================ 5. a price server that hangs
def max_gap(ticks: list[float]) -> float:
    return max(b - a for a, b in zip(ticks, ticks[1:], strict=False))


@contextlib.contextmanager
def hanging_server():
    """Accepts connections on 127.0.0.1 and never answers; yields (url, accepted connections)."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(16)
    server.settimeout(0.1)
    accepted: list[socket.socket] = []
    stop = threading.Event()

    def serve() -> None:
        while not stop.is_set():
            with contextlib.suppress(OSError):
                conn, _addr = server.accept()
                accepted.append(conn)

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.getsockname()[1]}", accepted
    finally:
        stop.set()
        thread.join(2)
        for conn in accepted:
            conn.close()
        server.close()


def test_hanging_price_server_keeps_the_window_responsive_and_cancel_is_prompt(qtbot, db, monkeypatch):
    from desktop.ui.app import make_app
    from desktop.ui.pages.market import MarketPage

    make_app()
    monkeypatch.setenv("NO_PROXY", "localhost,127.0.0.1")
    monkeypatch.setattr(net.CONFIG, "read_timeout", 60.0)  # without a prompt Cancel the test would wait this long
    monkeypatch.setattr(messages, "warning", lambda *a: None)
    with hanging_server() as (url, accepted):
        for definition in (market.COINGECKO_URL, market.CBR_URL, market.MEMPOOL_URL, market.ESPLORA_URL):
            settings.put(db, definition, url)
        settings.put(db, settings.ONLINE_ALLOWED, True)
        page = MarketPage(db)
        qtbot.addWidget(page)
        page.show()
        ticks: list[float] = []
        timer = QTimer()
        timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
        timer.start(10)
        qtbot.wait(500)
        idle = max_gap(ticks)  # what this machine's load alone gives the event loop

        page.update_now()
        qtbot.waitUntil(lambda: bool(accepted), timeout=5000)  # the request is out and the server sits on it
        ticks.clear()
        qtbot.wait(1200)
        busy = max_gap(ticks)
        assert len(ticks) > 30 and busy < max(0.2, idle + 0.1), (busy, idle)
        assert not page.update_button.isEnabled()  # still updating

        cancel = page.task.dialog.findChild(QPushButton)
        started = time.perf_counter()
        with qtbot.waitSignal(page.status_changed, timeout=3000):
            cancel.click()
        assert time.perf_counter() - started < 1.0
        timer.stop()
        assert page.update_button.isEnabled()
    net.close_session()
