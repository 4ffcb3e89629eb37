"""The CLI in Russian: --lang, HASHPLEDGE_LANG, the app's saved language and the locale; help, usage
errors, failures and output translated; numbers and --json the same in both languages."""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys

import pytest
from PySide6.QtCore import QCoreApplication

from desktop import cli_i18n
from desktop.cli import run

MINING = ["mining-calc", "--hashrate-th", "100", "--power-w", "3000", "--tariff", "0.10", "--currency", "USD",
          "--price", "100000", "--difficulty", "1e14", "--purchase-price", "50"]
SIMULATE = ["simulate", "--offer", "illustrative-btc-bullet-50-70-80", "--amount", "50000", "--price", "100000",
            "--start-date", "2026-01-15"]


def hashpledge(*args, env=None, drop=()):
    environ = {k: v for k, v in os.environ.items() if k not in drop}
    return subprocess.run([sys.executable, "-m", "desktop", *args], capture_output=True, text=True,
                          env={**environ, **(env or {})}, timeout=120)


def cli(capsys, *argv) -> tuple[int, str, str]:
    """Run in-process; a usage error or --help ends in SystemExit, returned as its code."""
    try:
        code = run(list(argv))
    except SystemExit as exc:
        code = exc.code or 0
    out = capsys.readouterr()
    return code, out.out, out.err


# ---- help ---------------------------------------------------------------------------------------------
def test_top_level_help_in_russian():
    out = hashpledge("--lang", "ru", "--help")
    assert out.returncode == 0, out.stderr
    text = out.stdout
    assert text.startswith("использование: hashpledge")
    assert "позиционные аргументы:" in text and "параметры:" in text
    assert "показать эту справку и выйти" in text and "показать номер версии программы и выйти" in text
    assert "--db ПУТЬ" in text and "КОМАНДА" in text
    assert "кредитные предложения" in text  # the help of `offers`
    assert "язык сообщений" in text  # --lang itself
    for english in ("usage:", "options:", "show this help message", "loan offers", "database file"):
        assert english not in text


def test_subcommand_help_in_russian_from_the_environment():
    out = hashpledge("simulate", "--help", env={"HASHPLEDGE_LANG": "ru"})
    assert out.returncode == 0, out.stderr
    assert out.stdout.startswith("использование: hashpledge simulate")
    assert "--offer ID_ИЛИ_ФАЙЛ" in out.stdout and "сумма кредита в валюте предложения" in out.stdout
    assert "usage:" not in out.stdout and "amount to borrow" not in out.stdout


@pytest.mark.parametrize("command", [["demo"], ["info"], ["import"], ["export-csv"], ["prices"], ["prices", "update"],
                                     ["price"], ["holdings"], ["offers"], ["offers", "list"], ["simulate"],
                                     ["sell-or-borrow"], ["package"], ["verify"], ["mining-calc"]])
def test_every_help_renders_in_russian(capsys, command):
    code, out, err = cli(capsys, "--lang", "ru", *command, "--help")
    assert code == 0, err
    assert out.startswith("использование: hashpledge " + " ".join(command))
    assert "показать эту справку и выйти" in out
    assert "usage:" not in out and "show this help" not in out


# ---- errors -------------------------------------------------------------------------------------------
def test_usage_errors_in_russian_exit_2():
    out = hashpledge("--lang", "ru", "simulate", "--offer", "x")
    assert out.returncode == 2
    assert "использование: hashpledge simulate" in out.stderr
    assert "hashpledge simulate: ошибка: требуются следующие аргументы: --amount" in out.stderr
    assert "usage:" not in out.stderr and "required" not in out.stderr
    bad = hashpledge("no-such-command", env={"HASHPLEDGE_LANG": "ru"})
    assert bad.returncode == 2
    assert "hashpledge: ошибка: аргумент КОМАНДА: недопустимое значение: 'no-such-command'" in bad.stderr


def test_one_line_failure_in_russian_exit_1(tmp_path):
    out = hashpledge("--db", str(tmp_path / "x.sqlite3"), "--lang", "ru", "price", "--date", "01.01.2025")
    assert out.returncode == 1
    assert out.stderr.strip() == "hashpledge: --date: «01.01.2025» — не дата (ГГГГ-ММ-ДД)"


def test_domain_and_service_errors_in_russian(capsys, tmp_path):
    db = str(tmp_path / "x.sqlite3")
    code, out, err = cli(capsys, "--db", db, "--lang", "ru", *SIMULATE[:3], "--amount", "abc")
    assert code == 1 and out == ""
    assert err.strip() == "hashpledge: --amount: «abc» — не число"  # a DomainError, by its template
    code, _, err = cli(capsys, "--db", db, "--lang", "ru", "holdings", "--profile", "Nobody")
    assert code == 1 and "«Nobody»" in err and "No profile" not in err  # the profiles service's own message
    code, _, err = cli(capsys, "--lang", "ru", *MINING[:-4], "--days", "0")
    assert code == 1 and err.strip() == "hashpledge: --days: должно быть от 1 до 3653"
    code, _, err = cli(capsys, "--lang", "en", *MINING[:-4], "--days", "0")
    assert err.strip() == "hashpledge: --days: must be from 1 to 3653"


def test_bad_csv_rows_listed_in_russian(tmp_path):
    path = tmp_path / "farm.sqlite3"
    assert run(["--db", str(path), "demo"]) == 0
    bad = tmp_path / "bad.csv"
    bad.write_text("day;amount_btc;pool\n2025-01-01;abc;x\n", encoding="utf-8")
    out = hashpledge("--db", str(path), "import", "payouts", str(bad), "--profile", "Алексей Иванов",
                     env={"HASHPLEDGE_LANG": "ru"})
    assert out.returncode == 1
    assert "ничего не импортировано" in out.stderr and "строка 2" in out.stderr and "amount_btc" in out.stderr
    assert "Traceback" not in out.stderr


# ---- output -------------------------------------------------------------------------------------------
def test_output_in_russian_numbers_unchanged(capsys):
    code, out, err = cli(capsys, "--lang", "ru", *MINING)
    assert code == 0, err
    assert "в сутки" in out and "прибыль, USD" in out and "не в пределах 10 лет" in out
    assert "0.00006286" in out and "114532.46 USD" in out  # dot decimals, as in English
    assert "per day" not in out and "profit" not in out
    table = [line for line in out.splitlines() if line.startswith(("BTC", "выручка", "прибыль"))]
    assert len(table) == 3 and len({len(line) for line in table}) == 1  # still aligned


def test_demo_output_in_russian(tmp_path):
    out = hashpledge("--db", str(tmp_path / "d.sqlite3"), "--lang", "ru", "demo")
    assert out.returncode == 0, out.stderr
    assert out.stdout.startswith("Демонстрационные профили записаны в ")
    assert "устройств: " in out.stdout and "machines" not in out.stdout


def test_lang_en_wins_over_the_environment(capsys, monkeypatch):
    out = hashpledge("--lang", "en", "--help", env={"HASHPLEDGE_LANG": "ru", "LANG": "ru_RU.UTF-8"})
    assert out.returncode == 0 and out.stdout.startswith("usage: hashpledge") and "КОМАНДА" not in out.stdout
    monkeypatch.setenv("HASHPLEDGE_LANG", "ru")
    code, out, _ = cli(capsys, "--lang", "en", *MINING)
    assert code == 0 and "per day" in out and "в сутки" not in out
    code, _, err = cli(capsys, "--lang", "en", "simulate")
    assert code == 2 and "the following arguments are required" in err


@pytest.mark.parametrize("argv", [[*MINING, "--json"], [*SIMULATE, "--json"], ["offers", "list", "--json"],
                                  ["price", "--date", "2025-01-01", "--currency", "RUB", "--json"],
                                  ["sell-or-borrow", *SIMULATE[1:], "--json"]])
def test_json_is_the_same_in_both_languages(capsys, tmp_path, argv):
    db = ["--db", str(tmp_path / "x.sqlite3")]
    code_en, en, _ = cli(capsys, *db, "--lang", "en", *argv)
    code_ru, ru, _ = cli(capsys, *db, "--lang", "ru", *argv)
    assert code_en == code_ru == 0
    assert en == ru and json.loads(ru)


# ---- which language -----------------------------------------------------------------------------------
def test_language_precedence():
    choose = cli_i18n.choose_language
    assert choose(["--lang", "ru", "info"], {"HASHPLEDGE_LANG": "en"}) == "ru"
    assert choose(["--db", "x.sqlite3", "--lang=en", "info"], {"HASHPLEDGE_LANG": "ru"}) == "en"
    assert choose(["info"], {"HASHPLEDGE_LANG": "ru", "LANG": "en_US.UTF-8"}) == "ru"
    assert choose(["info"], {"HASHPLEDGE_LANG": "de", "LC_ALL": "ru_RU.UTF-8"}) == "ru"  # unknown: next source
    assert choose(["info"], {"LC_ALL": "", "LC_MESSAGES": "ru_RU.UTF-8", "LANG": "en_US.UTF-8"}) == "ru"
    assert choose(["info"], {"LC_ALL": "C.UTF-8", "LANG": "ru_RU.UTF-8"}) == "en"  # LC_ALL wins
    assert choose(["info"], {}) == "en"
    # `package --lang` is the report's language, not the CLI's
    assert choose(["package", "--profile", "P", "--lang", "ru"], {"HASHPLEDGE_LANG": "en"}) == "en"


def test_saved_app_language_and_locale_in_a_fresh_process(tmp_path):
    config = tmp_path / "config"
    (config / "HashPledge").mkdir(parents=True)
    (config / "HashPledge" / "HashPledge.conf").write_text("[ui]\nlanguage=ru\n", encoding="utf-8")
    saved = hashpledge("--help", env={"XDG_CONFIG_HOME": str(config), "LANG": "C.UTF-8"},
                       drop=("HASHPLEDGE_LANG", "LC_ALL", "LC_MESSAGES"))
    assert saved.stdout.startswith("использование:"), saved.stderr
    by_locale = hashpledge("--help", env={"XDG_CONFIG_HOME": str(tmp_path / "empty"), "LANG": "ru_RU.UTF-8"},
                           drop=("HASHPLEDGE_LANG", "LC_ALL", "LC_MESSAGES"))
    assert by_locale.stdout.startswith("использование:"), by_locale.stderr
    english = hashpledge("--help", env={"XDG_CONFIG_HOME": str(tmp_path / "empty"), "LANG": "C.UTF-8"},
                         drop=("HASHPLEDGE_LANG", "LC_ALL", "LC_MESSAGES"))
    assert english.stdout.startswith("usage:")


def test_a_run_leaves_qt_and_argparse_as_they_were(capsys):
    translate, gettext = vars(QCoreApplication)["translate"], argparse._
    cli(capsys, "--lang", "ru", *MINING)
    cli(capsys, "--lang", "ru", "simulate")
    assert vars(QCoreApplication)["translate"] is translate and argparse._ is gettext
    assert QCoreApplication.translate("Cli", "machine-readable output") == "machine-readable output"
