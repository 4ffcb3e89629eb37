"""The services' messages reach a Russian user in Russian: database errors, the bank package's checks, loan
simulation and risk, the mining calculator's market data, the online sources' outcomes — in the GUI (the
app's translator installed) and in the CLI (``--lang ru``).

A message passes when no run of three or more Latin letters is left once the allowed tokens are taken out:
abbreviations (BTC, LTV, APR, CSV, PDF, ZIP, JSON, SHA-256, …), names (HashPledge, SQLite, Ed25519), URLs,
file names and paths, CLI options and ids. Without a translator the same messages stay English (the other
test modules compare them).
"""

from __future__ import annotations

import datetime as dt
import json
import re
import zipfile
from decimal import Decimal
from pathlib import Path

import pytest

from desktop.i18n import tr_error
from desktop.store import db as store_db

ALLOWED = frozenset({
    "BTC", "LTV", "APR", "CSV", "PDF", "ZIP", "JSON", "SHA", "UTF", "PEM", "LF", "HTTP", "USD", "RUB", "EUR",
    "TH", "PH", "HashPledge", "SQLite", "Ed25519", "CoinGecko", "Esplora", "mempool", "space",
})

_TAKEN_OUT = (
    re.compile(r"https?://\S+"),  # URLs
    re.compile(r"\S*[/\\]\S*"),  # paths (and BTC/USD-like pairs)
    re.compile(r"\S+\.(?:zip|pdf|csv|json|sha256|sig|pub|pem|sqlite3|txt)\b", re.IGNORECASE),  # file names
    re.compile(r"--[a-z][a-z-]*"),  # CLI options
    re.compile(r"\b[0-9a-f]{16,}\b"),  # ids and digests
    re.compile(r"'<sha256>\s+<path>'"),  # the manifest's line format
)


def latin_words(text: str, *verbatim: str) -> list[str]:
    """The runs of 3+ Latin letters in ``text`` that are not allowed tokens (``verbatim``: e.g. a path)."""
    for token in verbatim:
        text = text.replace(str(token), " ")
    for pattern in _TAKEN_OUT:
        text = pattern.sub(" ", text)
    return [w for w in re.findall(r"[A-Za-z][A-Za-z0-9]{2,}", text)
            if w not in ALLOWED and not any(c.isdigit() for c in w)]


def assert_russian(text: str, *verbatim: str) -> None:
    assert text.strip(), "empty message"
    assert re.search("[А-Яа-яЁё]", text), f"no Russian in {text!r}"
    left = latin_words(text, *verbatim)
    assert not left, f"English words {left} left in {text!r}"


@pytest.fixture
def russian(qapp):
    from desktop.ui import i18n

    i18n.install("ru")
    yield
    i18n.install("en")


def test_the_checker_itself():
    assert latin_words("report.pdf: SHA-256 не совпадает с MANIFEST.sha256 (файл изменён)") == []
    assert latin_words("/tmp/x/farm.sqlite3: файл не является базой данных") == []
    assert latin_words("цена BTC/EUR неизвестна: укажите --price") == []
    assert latin_words("the file is not a database") == ["the", "file", "not", "database"]


# ---- the database ---------------------------------------------------------------------------------------------
def test_a_damaged_database_is_explained_in_russian(russian, tmp_path):
    path = tmp_path / "farm.sqlite3"
    path.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(store_db.CorruptDatabaseError) as err:
        store_db.open_database(path)
    # the store has no Qt: it raises a template, translated where the error is shown (GUI and CLI: tr_error)
    assert str(path) in tr_error(err.value)  # the file stays named, as a parameter
    assert_russian(tr_error(err.value), path)


def test_a_database_of_a_newer_app_is_refused_in_russian(russian, tmp_path):
    import sqlite3

    path = tmp_path / "farm.sqlite3"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)")
    con.execute("INSERT INTO alembic_version VALUES ('ffffffffffff')")
    con.commit()
    con.close()
    with pytest.raises(store_db.SchemaTooNewError) as err:
        store_db.open_database(path)
    assert_russian(tr_error(err.value), path, "ffffffffffff", store_db.head_revision())


def test_no_usable_backup_is_said_in_russian(russian, tmp_path):
    path = tmp_path / "farm.sqlite3"
    path.write_bytes(b"damaged" * 100)
    with pytest.raises(store_db.StoreError) as err:
        store_db.recover_from_backup(path)
    assert_russian(tr_error(err.value), path.resolve(), store_db.backups_dir(path.resolve()))


def test_store_errors_stay_english_without_a_translator(tmp_path):
    path = tmp_path / "farm.sqlite3"
    path.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(store_db.CorruptDatabaseError, match="not a HashPledge database or damaged"):
        store_db.open_database(path)


# ---- the bank package ----------------------------------------------------------------------------------------
def _package_files() -> dict[str, bytes]:
    doc = {
        "schema": 1,
        "package_id": "0b8f6a2e-1c1d-4c55-9a4e-3f1f2b6c7d8e",
        "created_at": "2026-05-09T07:35:25Z",
        "profile": {"name": "Ivan Petrov", "legal_form": "IP", "inn": "770123456789"},
        "files": ["report.pdf", "data/farm.csv"],
    }
    return {
        "report.pdf": b"%PDF-1.7\n" + bytes(range(256)) * 20 + b"\n%%EOF\n",
        "data/farm.csv": b"model,count\nS19,12\n",
        "package.json": json.dumps(doc).encode(),
    }


def _tampered_package(tmp_path: Path) -> Path:
    from desktop.services import package_zip as pz

    good = tmp_path / "good.zip"
    pz.write_package(good, _package_files(), sign_with=pz.signing_key(tmp_path / "home"))
    bad = tmp_path / "tampered.zip"
    with zipfile.ZipFile(good) as zin, zipfile.ZipFile(bad, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info)
            if info.filename == "data/farm.csv":
                data = data.replace(b"12", b"99")  # a changed file
            zout.writestr(info, data)
        zout.writestr("data/extra.csv", b"a,b\n")  # an added one
    return bad


def test_a_tampered_package_is_reported_in_russian(russian, tmp_path):
    from desktop.services import bank_package
    from desktop.services.package_zip import problem_text

    report = bank_package.verify(_tampered_package(tmp_path))
    assert not report.ok and len(report.problems) >= 2
    assert any("SHA-256 does not match" in p for p in report.problems)  # English as str (JSON, logs)
    for problem in report.problems:
        assert_russian(problem_text(problem))


def test_an_unreadable_archive_is_reported_in_russian(russian, tmp_path):
    from desktop.services import bank_package
    from desktop.services.package_zip import problem_text

    path = tmp_path / "not-a-zip.zip"
    path.write_bytes(b"hello" * 100)
    report = bank_package.verify(path)
    assert not report.ok
    # the parameter after the colon is the zip module's own explanation
    assert all(re.search("[А-Яа-я]", problem_text(p)) for p in report.problems)
    with pytest.raises(bank_package.PackageBuildError) as err:
        bank_package.verify(tmp_path / "missing.zip")
    assert re.search("[А-Яа-я]", str(err.value))


def test_package_build_errors_are_russian(russian, demo_db, tmp_path):
    from desktop.services import bank_package, profiles

    pid = profiles.list_profiles(demo_db)[0].id
    request = bank_package.PackageRequest(profile_id=pid, out=tmp_path / "no-such-folder" / "p.zip",
                                          offer="illustrative-btc-bullet-50-70-80", amount=Decimal(1000))
    with pytest.raises(bank_package.PackageBuildError) as err:
        bank_package.build_package(demo_db, request)
    assert_russian(str(err.value), tmp_path / "no-such-folder")
    request = bank_package.PackageRequest(profile_id=pid, out=tmp_path / "p.zip")
    with pytest.raises(bank_package.PackageBuildError) as err:
        bank_package.build_package(demo_db, request)
    assert_russian(str(err.value))


def test_package_progress_is_in_the_ui_language(russian, demo_db, tmp_path):
    from desktop.services import bank_package, profiles

    class Stop(Exception):
        pass

    texts: list[str] = []

    def progress(percent: int, text: str) -> None:
        texts.append(text)
        if percent >= 8:
            raise Stop

    pid = profiles.list_profiles(demo_db)[0].id
    request = bank_package.PackageRequest(profile_id=pid, out=tmp_path / "p.zip", lang="en",
                                          offer="illustrative-btc-bullet-50-70-80", amount=Decimal(1000))
    with pytest.raises(Stop):
        bank_package.build_package(demo_db, request, progress)  # an English package, a Russian UI
    assert texts and all(re.search("[А-Яа-я]", t) for t in texts), texts


def test_the_cli_verify_prints_problems_in_russian(qapp, tmp_path, capsys):
    from desktop import cli

    path = _tampered_package(tmp_path)
    assert cli.run(["--lang", "ru", "verify", str(path)]) == 1
    err = capsys.readouterr().err
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) >= 2
    for line in lines:  # "problem: …" (the CLI's own word is the CLI's concern): the problem itself
        assert_russian(line.split(": ", 1)[1])
    assert cli.run(["--lang", "ru", "verify", "--json", str(path)]) == 1
    data = json.loads(capsys.readouterr().out)
    assert any("SHA-256 does not match" in p for p in data["problems"])  # JSON stays English


# ---- loans, risk, calculator -------------------------------------------------------------------------------------
def test_a_simulation_without_a_price_is_refused_in_russian(russian, db):
    from desktop.services import loans

    offer = loans.load_offer(db, "illustrative-btc-50-70-85")  # a EUR offer: no bundled EUR price
    assert offer.currency == "EUR"
    with pytest.raises(loans.SimulationError) as err:
        loans.simulate_for_profile(db, offer, Decimal(1000), start_date=dt.date(2026, 1, 15))
    assert_russian(str(err.value))


def test_the_cli_simulation_without_a_price_is_refused_in_russian(qapp, db_path, capsys):
    from desktop import cli

    code = cli.run(["--lang", "ru", "--db", str(db_path), "simulate", "--offer", "illustrative-btc-50-70-85",
                    "--amount", "1000"])
    assert code == 1
    assert_russian(capsys.readouterr().err.replace("hashpledge:", ""))


def test_risk_refusals_and_progress_are_russian(russian, db):
    from desktop.services import loans, risk

    offer = loans.load_offer(db, "illustrative-btc-bullet-50-70-80")
    result = loans.simulate_for_profile(db, offer, Decimal(10_000), price=Decimal(60_000),
                                        start_date=dt.date(2025, 1, 1))
    texts: list[str] = []
    with pytest.raises(risk.RiskError) as err:  # no start date late in the history has the full term
        risk.analyse(db, offer, result, backtest=True, backtest_from=dt.date(2026, 3, 1),
                     progress=lambda p, t: texts.append(t))
    assert_russian(str(err.value))
    assert_russian(texts[0])
    texts.clear()
    risk.analyse(db, offer, result, backtest=False, monte_carlo_paths=50, seed=1,
                 progress=lambda p, t: texts.append(t))
    assert any(texts)
    for text in filter(None, texts):
        assert_russian(text)


def test_calculator_messages_are_russian(russian):
    from desktop.core.mining import MiningInputs
    from desktop.i18n import tr_error
    from desktop.services import mining_calc

    with pytest.raises(mining_calc.MarketDataError) as err:
        mining_calc.difficulty_at(dt.date(2001, 1, 1))
    assert_russian(str(err.value))
    with pytest.raises(mining_calc.MarketDataError) as err:
        mining_calc.price_at("EUR")
    assert_russian(str(err.value))
    inputs = MiningInputs(hashrate_ths=Decimal(100), power_w=Decimal(3000), tariff_per_kwh=Decimal(5),
                          currency="RUB", btc_price=Decimal(6_000_000), difficulty=Decimal(10**14),
                          start_date=dt.date(2026, 1, 1), uptime_percent=Decimal(150))
    with pytest.raises(ValueError) as err:
        inputs.validate()
    assert_russian(tr_error(err.value))


# ---- online sources --------------------------------------------------------------------------------------------
def test_recorded_source_errors_are_shown_in_russian(russian):
    from desktop.i18n import tr_recorded

    assert_russian(tr_recorded("the server did not answer within 20 s"))
    assert_russian(tr_recorded("1 of 2 addresses could not be checked: the server sent an empty answer"))
    assert tr_recorded("something else entirely") == "something else entirely"


def test_a_nested_address_failure_is_translated_with_its_message(russian):
    from desktop.i18n import tr_error
    from desktop.services.net import FetchError

    inner = FetchError("esplora", "the server sent an empty answer")
    outer = FetchError("esplora", "{0} of {1} addresses could not be checked: {2}", 1, 2, inner)
    assert str(outer) == "Esplora: 1 of 2 addresses could not be checked: the server sent an empty answer"
    assert_russian(tr_error(outer))
