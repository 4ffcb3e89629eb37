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
    return home


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
