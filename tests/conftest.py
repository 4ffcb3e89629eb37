"""Shared fixtures. Qt runs offscreen for the whole suite; set before anything imports Qt."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("LANG", "C.UTF-8")

import shutil  # noqa: E402
import sys  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from desktop.store.db import open_database  # noqa: E402

FIXTURES = Path(__file__).parent / "fixtures"

# Property tests: the same examples on every `make test` run (CI must not turn red by chance); set
# HYPOTHESIS_PROFILE=explore to search new random examples (as `build/fuzz_csv.py` does for CSV files).
from hypothesis import settings as _hypothesis_settings  # noqa: E402

_hypothesis_settings.register_profile("default", derandomize=True, print_blob=True)
_hypothesis_settings.register_profile("explore", derandomize=False, print_blob=True)
_hypothesis_settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory, monkeypatch):
    """Never touch the real user data folder or QSettings: each test gets its own."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HASHPLEDGE_HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.delenv("HASHPLEDGE_DB", raising=False)
    monkeypatch.setenv("HASHPLEDGE_LANG", "en")  # the CLI speaks English whatever the machine's locale
    # no server password from libpq's own sources (a developer's PGPASSWORD or ~/.pgpass): only what a test gives
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setenv("PGPASSFILE", str(home / "no-pgpass"))
    return home


@pytest.fixture
def clean_database_choice():
    """No saved database choice nor file lock left by another test (QSettings and the GUI's lock live as long as
    the process), before and after the test."""
    from desktop.services import db_access
    from desktop.ui import db_guard
    from desktop.ui.app import make_app

    make_app()
    db_access.save_location(None)
    yield
    db_access.save_location(None)
    db_guard.release()


@pytest.fixture(autouse=True)
def _no_held_modifiers():
    """A QTest key click with Ctrl (Ctrl+1 … Ctrl+9) leaves QGuiApplication.keyboardModifiers() at Ctrl, and a
    later test's selectRow() then toggles the row instead of selecting it: release the modifiers after a test."""
    yield
    if "PySide6.QtTest" not in sys.modules:  # no test of this process has sent keys yet
        return
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QWidget

    if QApplication.instance() is None or QGuiApplication.keyboardModifiers() == Qt.KeyboardModifier.NoModifier:
        return
    target = QWidget()
    for key in (Qt.Key.Key_Control, Qt.Key.Key_Shift, Qt.Key.Key_Alt, Qt.Key.Key_Meta):
        QTest.keyRelease(target, key)
    target.deleteLater()


@pytest.fixture
def db_path(tmp_path) -> Path:
    return tmp_path / "farm.sqlite3"


@pytest.fixture
def db(db_path):
    database = open_database(db_path)
    yield database
    database.close()


@pytest.fixture(scope="session")
def _demo_template(tmp_path_factory) -> Path:
    """Build the demo database once per test session; tests get a copy."""
    from desktop.services.demo import build_demo

    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    database = open_database(path)
    build_demo(database, seed=1)
    database.close()
    return path


@pytest.fixture
def demo_db(_demo_template, tmp_path):
    path = tmp_path / "demo.sqlite3"
    shutil.copyfile(_demo_template, path)
    database = open_database(path)
    yield database
    database.close()


# ---- PostgreSQL -------------------------------------------------------------------------------------------------
# A server for the tests: HASHPLEDGE_TEST_PG (an address without the password, of a role that may create
# databases) and HASHPLEDGE_TEST_PG_PASSWORD, as `eval "$(build/postgres/test_server.sh start)"` exports them
# (.ci/run does). Without them the PostgreSQL cases skip — unless HASHPLEDGE_TEST_PG_REQUIRED=1 (CI), where
# they fail instead: CI must prove both databases.
PG_ADDRESS = os.environ.get("HASHPLEDGE_TEST_PG", "")
PG_PASSWORD = os.environ.get("HASHPLEDGE_TEST_PG_PASSWORD", "")
PG_REQUIRED = os.environ.get("HASHPLEDGE_TEST_PG_REQUIRED") == "1"


class MemoryKeyring:
    """The OS keyring's interface, in memory: tests never read or write the real keyring."""

    priority = 1

    def __init__(self):
        self.items: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.items.get((service, username))

    def set_password(self, service, username, password):
        self.items[(service, username)] = password

    def delete_password(self, service, username):
        from keyring.errors import PasswordDeleteError

        if self.items.pop((service, username), None) is None:
            raise PasswordDeleteError("no such password")

    def get_credential(self, service, username):
        return None


@pytest.fixture(autouse=True)
def memory_keyring(monkeypatch):
    """Every test gets an empty in-memory keyring (the `keyring` module's functions are pointed at it)."""
    import keyring

    ring = MemoryKeyring()
    for name in ("get_password", "set_password", "delete_password"):
        monkeypatch.setattr(keyring, name, getattr(ring, name))
    return ring


def _pg_admin_url():
    from desktop.store.db import server_url

    if not PG_ADDRESS:
        if PG_REQUIRED:
            pytest.fail("HASHPLEDGE_TEST_PG_REQUIRED=1 but HASHPLEDGE_TEST_PG is not set")
        pytest.skip("no PostgreSQL server for the tests (see build/postgres/test_server.sh)")
    return server_url(PG_ADDRESS, PG_PASSWORD)


@pytest.fixture
def pg_database():
    """A new, empty PostgreSQL database for one test, dropped afterwards: yields (address without password,
    password)."""
    import uuid

    from sqlalchemy import create_engine, text

    from desktop.store.db import display_url

    admin = _pg_admin_url()
    name = f"hp_test_{uuid.uuid4().hex[:12]}"
    engine = create_engine(admin, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as con:
            con.execute(text(f'CREATE DATABASE "{name}"'))
    except Exception as exc:  # a configured server must work
        engine.dispose()
        pytest.fail(f"cannot create a test database on {display_url(admin)}: {exc}")
    try:
        yield display_url(admin.set(database=name)), PG_PASSWORD
    finally:
        with engine.connect() as con:
            con.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        engine.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def any_location(request, tmp_path):
    """Each test using it runs twice: on a new SQLite file and on a new PostgreSQL database. Yields
    (location, password or None)."""
    if request.param == "sqlite":
        yield str(tmp_path / "farm.sqlite3"), None
    else:
        yield request.getfixturevalue("pg_database")


@pytest.fixture
def any_db(any_location):
    """An open Database on each backend (see any_location)."""
    location, password = any_location
    database = open_database(location, password=password)
    yield database
    database.close()
