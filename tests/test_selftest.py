"""``hashpledge --self-test`` (run in a child process: it sets up Qt and its settings for itself) and the
version's single source."""

from __future__ import annotations

import os
import subprocess
import sys
import tomllib
from pathlib import Path

import desktop

ROOT = Path(__file__).resolve().parent.parent


def _run(*args: str, **env: str) -> subprocess.CompletedProcess:
    full_env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **env}
    return subprocess.run([sys.executable, "-m", "desktop", *args], capture_output=True, text=True,
                          env=full_env, cwd=ROOT, timeout=180)


def test_self_test_passes_and_leaves_the_user_data_alone(tmp_path):
    home = tmp_path / "home"
    proc = _run("--self-test", HASHPLEDGE_HOME=str(home), XDG_CONFIG_HOME=str(tmp_path / "config"))
    assert proc.returncode == 0, proc.stdout + proc.stderr
    lines = proc.stdout.splitlines()
    for step in ("resources", "qt", "database", "demo data", "pages", "loan", "bank package", "tamper check"):
        assert any(line.startswith(f"ok   {step}") for line in lines), (step, proc.stdout)
    assert "18 page renders" in proc.stdout
    assert lines[-1].startswith("self-test passed")
    # everything happened in a temporary folder: nothing in the user's data folder or settings
    assert not home.exists()
    assert not (tmp_path / "config").exists()


def test_self_test_fails_with_the_step_and_the_reason(tmp_path):
    empty = tmp_path / "resources"
    empty.mkdir()
    proc = _run("--self-test", HASHPLEDGE_HOME=str(tmp_path / "home"), HASHPLEDGE_RESOURCES=str(empty))
    assert proc.returncode == 1
    assert "FAIL resources: missing in" in proc.stdout
    assert "data/btc_price_usd_daily.csv" in proc.stdout
    assert "self-test passed" not in proc.stdout


def test_version_comes_from_pyproject():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert desktop.__version__ == project["version"]
    proc = _run("--version")
    assert proc.stdout.strip() == f"HashPledge {project['version']}"


def test_startup_time_opens_the_window_and_quits(tmp_path):
    proc = _run("--startup-time", HASHPLEDGE_HOME=str(tmp_path / "home"), XDG_CONFIG_HOME=str(tmp_path / "c"))
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("main window shown after ")
    seconds = float(proc.stdout.split()[4])
    assert 0 < seconds < 60
