"""The CLI as a user runs it: a real process, real database files, exit codes and messages."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys

import pytest

from desktop import __version__
from desktop.cli import run
from desktop.services.demo import demo_profile_names


def hashpledge(*args, env=None):
    return subprocess.run([sys.executable, "-m", "desktop", *args], capture_output=True, text=True,
                          env={**os.environ, **(env or {})}, timeout=120)


def test_version():
    out = hashpledge("--version")
    assert out.returncode == 0
    assert out.stdout.strip() == f"HashPledge {__version__}"


def test_info_on_new_database(tmp_path):
    path = tmp_path / "x.sqlite3"
    out = hashpledge("--db", str(path), "info", "--json")
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert data["database"] == str(path.resolve())
    assert data["schema_revision"]
    assert data["rows"]["profile"] == 0


def test_db_from_environment(tmp_path):
    path = tmp_path / "env.sqlite3"
    out = hashpledge("info", "--json", env={"HASHPLEDGE_DB": str(path)})
    assert out.returncode == 0
    assert json.loads(out.stdout)["database"] == str(path.resolve())
    assert path.exists()


def test_default_db_is_in_the_data_folder(tmp_path, capsys):
    assert run(["info", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["database"].startswith(os.environ["HASHPLEDGE_HOME"])


def test_demo_fills_three_profiles_deterministically(tmp_path):
    a, b, c = (tmp_path / n for n in ("a.sqlite3", "b.sqlite3", "c.sqlite3"))
    assert run(["--db", str(a), "demo", "--seed", "7"]) == 0
    assert run(["--db", str(b), "demo", "--seed", "7"]) == 0
    assert run(["--db", str(c), "demo", "--seed", "8"]) == 0

    def dump(path):
        con = sqlite3.connect(path)
        rows = {}
        for t in ("profile", "equipment", "payout", "disposal", "energy_record"):
            # creation timestamps differ between runs by nature; everything else must match
            cols = [c[1] for c in con.execute(f"PRAGMA table_info({t})") if c[1] != "created_at"]
            rows[t] = con.execute(f"SELECT {', '.join(cols)} FROM {t} ORDER BY 1").fetchall()
        con.close()
        return rows

    assert dump(a) == dump(b)
    assert dump(a)["payout"] != dump(c)["payout"]
    con = sqlite3.connect(a)
    names = [r[0] for r in con.execute("SELECT name FROM profile ORDER BY id")]
    forms = [r[0] for r in con.execute("SELECT legal_form FROM profile ORDER BY id")]
    machines = [r[0] for r in con.execute("SELECT count(*) FROM equipment GROUP BY profile_id ORDER BY profile_id")]
    first, last = con.execute("SELECT min(day), max(day) FROM payout").fetchone()
    con.close()
    assert names == demo_profile_names()
    assert forms == ["individual", "sole_trader", "company"]
    assert machines[0] in (2, 3) and 15 <= machines[1] <= 25 and 180 <= machines[2] <= 220
    assert first <= "2024-01-31" and last >= "2026-03-01"  # two years and more of history


def test_demo_twice_replaces_not_duplicates(tmp_path):
    path = tmp_path / "d.sqlite3"
    assert run(["--db", str(path), "demo"]) == 0
    assert run(["--db", str(path), "demo"]) == 0
    con = sqlite3.connect(path)
    assert con.execute("SELECT count(*) FROM profile").fetchone()[0] == 3
    con.close()


def test_usage_error_exits_2():
    out = hashpledge("no-such-command")
    assert out.returncode == 2
    assert "invalid choice" in out.stderr


def test_user_error_is_one_line_without_traceback(tmp_path):
    path = tmp_path / "future.sqlite3"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)")
    con.execute("INSERT INTO alembic_version VALUES ('9999')")
    con.commit()
    con.close()
    out = hashpledge("--db", str(path), "info")
    assert out.returncode == 1
    assert "Traceback" not in out.stderr
    lines = out.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("hashpledge: ") and "newer HashPledge" in lines[0]


@pytest.mark.parametrize("argv", [["info", "--bogus"], ["demo", "--seed", "x"]])
def test_bad_options_exit_2(argv, capsys):
    with pytest.raises(SystemExit) as info:
        run(argv)
    assert info.value.code == 2


def test_import_and_export_csv(tmp_path):
    path = tmp_path / "farm.sqlite3"
    assert run(["--db", str(path), "demo"]) == 0
    out = tmp_path / "payouts.csv"
    result = hashpledge("--db", str(path), "export-csv", "payouts", str(out), "--profile", "Алексей Иванов")
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")
    again = hashpledge("--db", str(path), "import", "payouts", str(out), "--profile", "Алексей Иванов")
    assert again.returncode == 0
    assert "0 added" in again.stdout  # the same file twice adds nothing


def test_import_bad_rows_exit_1_and_list_them(tmp_path):
    path = tmp_path / "farm.sqlite3"
    assert run(["--db", str(path), "demo"]) == 0
    before = sqlite3.connect(path).execute("SELECT count(*) FROM payout").fetchone()[0]
    bad = tmp_path / "bad.csv"
    bad.write_text("day;amount_btc;pool\n01.02.2025;0,001;ViaBTC\n2025-01-01;abc;x\n2099-01-01;0,1;x\n", encoding="cp1251")
    result = hashpledge("--db", str(path), "import", "payouts", str(bad), "--profile", "Алексей Иванов")
    assert result.returncode == 1
    assert "line 3" in result.stderr and "amount_btc" in result.stderr
    assert "line 4" in result.stderr and "future" in result.stderr
    assert "Traceback" not in result.stderr
    assert sqlite3.connect(path).execute("SELECT count(*) FROM payout").fetchone()[0] == before


def test_import_with_mapping_file(tmp_path):
    path = tmp_path / "farm.sqlite3"
    assert run(["--db", str(path), "demo"]) == 0
    src = tmp_path / "pool.csv"
    src.write_text("When,Paid BTC,Pool name\n2026-03-25,0.00123456,Antpool\n", encoding="utf-8")
    mapping = tmp_path / "map.json"
    mapping.write_text(json.dumps({"day": "When", "amount_btc": "Paid BTC", "pool": "Pool name"}), encoding="utf-8")
    result = hashpledge("--db", str(path), "import", "payouts", str(src), "--profile", "ООО «Сибирский хэш»",
                        "--mapping", str(mapping))
    assert result.returncode == 0, result.stderr
    assert "1 added" in result.stdout


def test_profile_is_required_when_ambiguous(tmp_path):
    path = tmp_path / "farm.sqlite3"
    assert run(["--db", str(path), "demo"]) == 0
    result = hashpledge("--db", str(path), "export-csv", "equipment", str(tmp_path / "e.csv"))
    assert result.returncode == 1 and "--profile" in result.stderr
    result = hashpledge("--db", str(path), "export-csv", "equipment", str(tmp_path / "e.csv"), "--profile", "Nobody")
    assert result.returncode == 1 and "Known profiles" in result.stderr


def test_price_offline_from_bundled_history(tmp_path):
    path = tmp_path / "x.sqlite3"
    out = hashpledge("--db", str(path), "price", "--date", "2025-01-01", "--currency", "RUB", "--json")
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert data["source"] == "bundled" and data["price_date"] == "2025-01-01"
    assert len(data["price"].split(".")[1]) == 2  # money at the minor unit, never a float artefact
    bad = hashpledge("--db", str(path), "price", "--date", "01.01.2025")
    assert bad.returncode == 1 and "not a date" in bad.stderr


def test_prices_update_refuses_offline_without_sending(tmp_path, httpserver):
    path = tmp_path / "x.sqlite3"
    assert run(["--db", str(path), "info"]) == 0
    from desktop.services import market, settings
    from desktop.store.db import open_database

    db = open_database(path)
    settings.put(db, market.COINGECKO_URL, httpserver.url_for("/cg"))
    db.close()
    out = hashpledge("--db", str(path), "prices", "update")
    assert out.returncode == 1 and "nothing was sent" in out.stderr
    assert len(httpserver.log) == 0


def test_holdings_json(tmp_path):
    path = tmp_path / "x.sqlite3"
    assert run(["--db", str(path), "demo"]) == 0
    out = hashpledge("--db", str(path), "holdings", "--profile", "Алексей Иванов", "--json")
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    con = sqlite3.connect(path)
    held = con.execute("SELECT (SELECT sum(amount_sat) FROM payout WHERE profile_id=1) - "
                       "(SELECT sum(amount_sat) FROM disposal WHERE profile_id=1)").fetchone()[0]
    assert data["ledger_btc"] == f"{held // 100_000_000}.{held % 100_000_000:08d}"
    assert data["onchain_btc"] is None and data["addresses"][0]["kind"] == "p2wpkh"


def test_offers_list_shows_the_catalogue(tmp_path):
    out = hashpledge("--db", str(tmp_path / "x.sqlite3"), "offers", "list", "--json")
    assert out.returncode == 0, out.stderr
    ids = {o["id"] for o in json.loads(out.stdout)}
    assert {"illustrative-btc-bullet-50-70-80", "illustrative-ru-bank-key-rate-plus-7",
            "illustrative-equipment-asic-rub"} <= ids
    assert all(o["illustrative"] for o in json.loads(out.stdout))


def test_simulate_json_worked_example(tmp_path):
    out = hashpledge("--db", str(tmp_path / "x.sqlite3"), "simulate", "--offer", "illustrative-btc-bullet-50-70-80",
                     "--amount", "50000", "--price", "100000", "--start-date", "2026-01-15", "--json")
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert data["offer"] == "illustrative-btc-bullet-50-70-80"
    assert data["currency"] == "USD" and data["principal"] == "50000.00"
    assert data["collateral_btc"] == "1.00000000"
    assert data["liquidation_price"] == "62500.00"  # $50,000 against 1 BTC at 80 % liquidation LTV
    assert {"payment", "total_interest", "total_fees", "apr_percent", "psk_percent", "schedule"} <= set(data)
    row = data["schedule"][-1]
    assert set(row) == {"date", "payment", "interest", "principal", "fees", "balance"}
    assert row["balance"] == "0.00"
    for key in ("payment", "total_interest", "total_fees", "margin_call_price"):
        assert len(data[key].split(".")[1]) == 2  # the currency's minor unit, never a float artefact


def test_simulate_from_an_offer_file_and_bad_input(tmp_path):
    from desktop.services import offers

    db_path = str(tmp_path / "x.sqlite3")
    offer = offers.load_offer_file(offers.catalogue_files()[0])
    offer["id"] = "my-bank-offer"
    path = tmp_path / "offer.json"
    offers.save_offer_file(offer, path)
    ok = hashpledge("--db", db_path, "simulate", "--offer", str(path), "--amount", "1000", "--price", "90000", "--json")
    assert ok.returncode == 0, ok.stderr
    assert json.loads(ok.stdout)["offer"] == "my-bank-offer"
    bad = hashpledge("--db", db_path, "simulate", "--offer", "illustrative-btc-bullet-50-70-80", "--amount", "abc")
    assert bad.returncode == 1 and "--amount" in bad.stderr and "Traceback" not in bad.stderr
    broken = tmp_path / "broken.json"
    broken.write_text('{"schema": 1,\n "id": "x",,}', encoding="utf-8")
    out = hashpledge("--db", db_path, "simulate", "--offer", str(broken), "--amount", "1000")
    assert out.returncode == 1 and "line 2" in out.stderr


def test_simulate_with_backtest_and_monte_carlo(tmp_path):
    db_path = str(tmp_path / "x.sqlite3")
    assert run(["--db", db_path, "demo"]) == 0
    args = ["--db", db_path, "simulate", "--offer", "illustrative-btc-bullet-50-70-80", "--amount", "50000",
            "--profile", "ООО «Сибирский хэш»", "--backtest", "--monte-carlo", "500", "--seed", "3",
            "--top-up-from-mining", "--json"]
    first, second = hashpledge(*args), hashpledge(*args)
    assert first.returncode == 0, first.stderr
    a, b = json.loads(first.stdout), json.loads(second.stdout)
    assert a["monte_carlo"] == b["monte_carlo"]  # the same seed, the same paths
    bt = a["backtest"]
    assert set(bt) >= {"start_dates", "margin_call_share", "liquidation_share", "worst_ltv", "median_btc_left"}
    assert bt["start_dates"] > 4000 and 0 <= bt["liquidation_share"] <= bt["margin_call_share"] <= 1
    mc = a["monte_carlo"]
    assert mc["paths"] == 500 and 0 <= mc["liquidation_probability"] <= mc["margin_call_probability"] <= 1
    assert a["backtest_with_top_ups"]["liquidation_share"] <= bt["liquidation_share"]  # top-ups only help
    windowed = hashpledge("--db", db_path, "simulate", "--offer", "illustrative-btc-bullet-50-70-80", "--amount",
                          "50000", "--price", "90000", "--backtest-from", "2020-01-01", "--json")
    assert json.loads(windowed.stdout)["backtest"]["start_dates"] < bt["start_dates"]
    bad = hashpledge("--db", db_path, "simulate", "--offer", "illustrative-btc-bullet-50-70-80", "--amount", "1000",
                     "--top-up-from-mining")
    assert bad.returncode == 1 and "--profile" in bad.stderr


def test_sell_or_borrow_break_even(tmp_path):
    out = hashpledge("--db", str(tmp_path / "x.sqlite3"), "sell-or-borrow", "--offer",
                     "illustrative-btc-bullet-50-70-80", "--amount", "50000", "--price", "100000", "--json")
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    # sell 0.5 BTC now, or pay back 50,000 + 12 % interest + 2 % fee = 57,000: even at 57,000 / 0.5 BTC
    assert data["break_even_price"] == "114000.00"
    assert [c["better"] for c in data["scenarios"]] == ["sell", "sell", "sell", "borrow", "borrow"]
