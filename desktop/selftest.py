"""``hashpledge --self-test``: prove that this installation works, end to end, without touching the user's data.

Everything happens in a temporary folder (database, settings, signing key) that is removed afterwards:
the bundled resources are present, the migrations build a fresh database, the demo data is written, every page
of the main window is rendered offscreen in English and in Russian, a loan is simulated, and a signed bank
package is built, verified, and shown to fail verification once a byte is changed.

The same check runs from a source checkout and from the frozen (PyInstaller) build; CI runs both.
Exit code 0 when every step passes, 1 otherwise (the failing step and its reason are printed).
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
import traceback
import zipfile
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

# What the app reads at run time; a bundle that misses one of these is broken.
REQUIRED_RESOURCES = (
    "data/btc_price_usd_daily.csv", "data/usd_rub_daily.csv", "data/btc_difficulty_daily.csv",
    "data/asic_models.csv", "data/mining_restrictions.json", "data/SOURCES.md",
    "offers/illustrative-btc-50-70-85.json", "schemas/offer.schema.json", "schemas/package.schema.json",
    "i18n/hashpledge_ru.qm", "fonts/DejaVuSans.ttf", "fonts/DejaVuSans-Bold.ttf", "fonts/LICENSE-DejaVu.txt",
    "icons/hashpledge.svg",
)

SELFTEST_OFFER = "illustrative-ru-bank-key-rate-plus-7"  # RUB: priced from the bundled history, fully offline
SELFTEST_AMOUNT = Decimal("1000000")


class SelfTestFailure(Exception):
    pass


def _check(condition: bool, message: str) -> None:
    if not condition:
        raise SelfTestFailure(message)


class _Context:
    def __init__(self, root: Path):
        self.root = root
        self.db = None
        self.app = None
        self.profile_id: int | None = None
        self.package: Path | None = None


def _isolate(root: Path) -> None:
    """Point the data folder and Qt's settings at the temporary folder before anything reads them."""
    os.environ["HASHPLEDGE_HOME"] = str(root / "home")
    os.environ.pop("HASHPLEDGE_DB", None)
    os.environ["XDG_CONFIG_HOME"] = str(root / "config")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def step_resources(ctx: _Context) -> str:
    from desktop.paths import resources_dir
    from desktop.store.db import MIGRATIONS_DIR

    base = resources_dir()
    missing = [name for name in REQUIRED_RESOURCES if not (base / name).is_file()]
    _check(not missing, f"missing in {base}: {', '.join(missing)}")
    _check((MIGRATIONS_DIR / "env.py").is_file(), f"migrations missing in {MIGRATIONS_DIR}")
    versions = sorted(p.name for p in (MIGRATIONS_DIR / "versions").glob("*.py") if not p.name.startswith("_"))
    _check(bool(versions), f"no migration scripts in {MIGRATIONS_DIR / 'versions'}")
    return f"{len(REQUIRED_RESOURCES)} resources, {len(versions)} migrations, in {base}"


def step_qt(ctx: _Context) -> str:
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QFontDatabase, QFontInfo

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(ctx.root / "config"))
    from desktop.ui.app import make_app

    ctx.app = make_app([sys.argv[0] if sys.argv else "hashpledge"])
    family = QFontInfo(ctx.app.font()).family()
    _check(bool(family), "Qt found no font: install fonts (e.g. fonts-dejavu-core)")
    _check(bool(QFontDatabase.families()), "Qt's font database is empty")
    return f"platform {ctx.app.platformName()}, font {family}"


def step_database(ctx: _Context) -> str:
    from desktop.store.db import head_revision, open_database

    ctx.db = open_database(ctx.root / "selftest.sqlite3")
    _check(ctx.db.revision() == head_revision(), f"schema at {ctx.db.revision()}, expected {head_revision()}")
    return f"new database migrated to revision {ctx.db.revision()}"


def step_server_driver(ctx: _Context) -> str:
    """The shared-database parts a bundle can lose silently (hidden imports, libpq, keyring's backends):
    psycopg with its libpq, the dialect SQLAlchemy loads for a postgresql:// address, and the keyring module."""
    import keyring
    import psycopg
    from sqlalchemy import create_engine

    from desktop.store.db import server_url

    engine = create_engine(server_url("postgresql://selftest@127.0.0.1:1/selftest"))  # builds the dialect; no connection
    _check(engine.dialect.driver == "psycopg", f"PostgreSQL driver {engine.dialect.driver}")
    engine.dispose()
    libpq = psycopg.pq.version()
    backend = type(keyring.get_keyring()).__module__.removeprefix("keyring.backends.")  # "fail": none on this machine
    return f"psycopg {psycopg.__version__} ({psycopg.pq.__impl__}, libpq {libpq // 10000}.{libpq % 100}), keyring {backend}"


def step_demo(ctx: _Context) -> str:
    from desktop.services.demo import build_demo
    from desktop.services.profiles import list_profiles

    names = build_demo(ctx.db, seed=1)
    counts = ctx.db.row_counts()
    _check(counts["equipment"] > 0 and counts["payout"] > 0, f"demo wrote nothing: {counts}")
    profiles = {p.name: p.id for p in list_profiles(ctx.db)}
    ctx.profile_id = profiles[names[-1]]
    return f"{len(names)} profiles, {counts['equipment']} machines, {counts['payout']} payouts"


def step_pages(ctx: _Context) -> str:
    from PySide6.QtCore import QCoreApplication

    from desktop.ui.main_window import PAGE_KEYS, MainWindow

    window = MainWindow(ctx.db)
    window.resize(1280, 800)
    window.show()
    rendered = 0
    try:
        for lang in ("en", "ru"):
            window.set_language(lang)
            if lang == "ru":
                translated = QCoreApplication.translate("MainWindow", "&Records")
                _check(translated != "&Records", "the Russian translation did not load")
            for key in PAGE_KEYS:
                window.show_page(key)
                QCoreApplication.processEvents()
                image = window.grab().toImage()
                _check(not image.isNull() and image.width() > 0, f"page {key} ({lang}) rendered nothing")
                _check(window.current_page().objectName() == f"page_{key}", f"page {key} did not open")
                rendered += 1
    finally:
        window.set_language("en")
        window.close()
        window.deleteLater()
        QCoreApplication.processEvents()
    return f"{rendered} page renders (English and Russian)"


def step_loan(ctx: _Context) -> str:
    from desktop.services import loans

    offer = loans.load_offer(ctx.db, SELFTEST_OFFER)
    result = loans.simulate_for_profile(ctx.db, offer, SELFTEST_AMOUNT, profile_id=ctx.profile_id)
    _check(result.collateral_sats > 0, "the simulation pledged no collateral")
    pledged = Decimal(result.collateral_sats) / Decimal(100_000_000)
    return f"{offer.id}: {pledged:.8f} BTC pledged, APR {result.apr_percent} %"


def step_package(ctx: _Context) -> str:
    from desktop.services import bank_package

    ctx.package = ctx.root / "package.zip"
    request = bank_package.PackageRequest(
        profile_id=ctx.profile_id, out=ctx.package, offer=SELFTEST_OFFER, amount=SELFTEST_AMOUNT,
        lang="ru", sign=True)
    result = bank_package.build_package(ctx.db, request)
    pdf = zipfile.ZipFile(ctx.package).read("report.pdf")
    _check(pdf.startswith(b"%PDF") and b"DejaVu" in pdf, "report.pdf has no embedded font (no text)")
    report = bank_package.verify(ctx.package)
    _check(report.ok and report.signed, f"the new package does not verify: {report.problems}")
    return f"{result.pages}-page report, signed, verified"


def step_tamper(ctx: _Context) -> str:
    from desktop.services import bank_package

    tampered = ctx.root / "tampered.zip"
    with zipfile.ZipFile(ctx.package) as src, zipfile.ZipFile(tampered, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "package.json":
                data += b" "  # one byte more: still valid JSON, no longer the signed checksum
            dst.writestr(info, data)
    report = bank_package.verify(tampered)
    _check(not report.ok, "a changed package still verifies")
    return "a changed byte fails verification"


STEPS: tuple[tuple[str, Callable[[_Context], str]], ...] = (
    ("resources", step_resources),
    ("qt", step_qt),
    ("database", step_database),
    ("server driver", step_server_driver),
    ("demo data", step_demo),
    ("pages", step_pages),
    ("loan", step_loan),
    ("bank package", step_package),
    ("tamper check", step_tamper),
)


def run(out=print) -> int:
    started = time.perf_counter()
    root = Path(tempfile.mkdtemp(prefix="hashpledge-selftest-"))
    saved_env = {k: os.environ.get(k) for k in ("HASHPLEDGE_HOME", "HASHPLEDGE_DB", "XDG_CONFIG_HOME")}
    _isolate(root)
    ctx = _Context(root)
    frozen = "frozen" if getattr(sys, "frozen", False) else "source"
    from desktop import __version__

    out(f"HashPledge {__version__} self-test ({frozen}, Python {sys.version.split()[0]}, {sys.platform})")
    code = 0
    try:
        for name, fn in STEPS:
            t0 = time.perf_counter()
            try:
                detail = fn(ctx)
            except Exception as exc:  # noqa: BLE001 - the self-test reports every failure and stops
                out(f"FAIL {name}: {exc}")
                if not isinstance(exc, SelfTestFailure):
                    out(traceback.format_exc().rstrip())
                code = 1
                break
            out(f"ok   {name:<13} {detail} ({time.perf_counter() - t0:.2f} s)")
    finally:
        if ctx.db is not None:
            ctx.db.close()
        shutil.rmtree(root, ignore_errors=True)
        for key, value in saved_env.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
    if code == 0:
        out(f"self-test passed in {time.perf_counter() - started:.1f} s")
    return code
