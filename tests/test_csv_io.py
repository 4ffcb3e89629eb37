"""CSV import and export: layouts, all-or-nothing imports, remembered mappings, safe exports."""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import json
import os
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from desktop.services import csv_io
from desktop.services.csv_io import (
    ImportFailed,
    ImportResult,
    RowError,
    default_mapping,
    export_csv,
    import_csv,
    load_mapping,
    mapping_key,
    neutralise,
    save_mapping,
    sniff,
    unneutralise,
)
from desktop.store.models import Disposal, EnergyRecord, Equipment, Payout, Profile, Setting, Site

CSV_DIR = Path(__file__).parent / "fixtures" / "csv"
TX = {c: c * 64 for c in "abcdef"}
D = Decimal


# ------------------------------------------------------------------------------------------------ helpers


def make_profile(db, name: str = "Farm", sites: tuple[str, ...] = ("Гараж",)) -> int:
    with db.session() as s:
        profile = Profile(name=name)
        s.add(profile)
        s.flush()
        for site in sites:
            s.add(Site(profile_id=profile.id, name=site, currency="RUB"))
        return profile.id


def write(folder: Path, name: str, text: str, encoding: str = "utf-8") -> Path:
    path = folder / name
    path.write_bytes(text.encode(encoding))
    return path


def db_digest(db) -> str:
    """sha256 of the database file once the WAL is folded into it."""
    with db.engine.connect() as con:
        busy, _log, _done = con.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").one()
    assert busy == 0
    return hashlib.sha256(db.path.read_bytes()).hexdigest()


def payouts(db, pid: int) -> list[tuple]:
    with db.session() as s:
        return sorted(
            (p.day, p.amount_sat, p.pool, p.txid or "", p.address, p.notes)
            for p in s.scalars(select(Payout).where(Payout.profile_id == pid))
        )


def energy(db, pid: int) -> list[tuple]:
    with db.session() as s:
        rows = s.execute(
            select(EnergyRecord, Site.name)
            .join(Site, EnergyRecord.site_id == Site.id)
            .where(EnergyRecord.profile_id == pid)
        )
        return sorted(
            (
                name,
                r.kind,
                r.day,
                r.period_start,
                r.meter_kwh,
                r.kwh,
                r.cost_minor,
                r.currency,
                r.tariff_override,
                r.meter_replaced,
                r.notes,
            )
            for r, name in rows
        )


def equipment(db, pid: int) -> list[tuple]:
    with db.session() as s:
        return sorted(
            (
                e.serial,
                e.vendor,
                e.model,
                e.hashrate_ths,
                e.power_w,
                e.purchase_date,
                e.price_minor,
                e.price_currency,
                e.status,
                e.status_date,
                e.site.name if e.site else None,
                e.hosting,
                e.hoster,
                e.notes,
            )
            for e in s.scalars(select(Equipment).where(Equipment.profile_id == pid))
        )


def where(exc: ImportFailed) -> list[tuple[int, str]]:
    return [(e.line, e.column) for e in exc.errors]


@pytest.fixture
def farm(db):
    """A profile with data already in it: a bad import must leave all of it, byte for byte."""
    pid = make_profile(db, sites=("Гараж", "Hangar"))
    with db.session() as s:
        garage = s.scalar(select(Site).where(Site.name == "Гараж"))
        s.add_all(
            [
                EnergyRecord(
                    profile_id=pid,
                    site_id=garage.id,
                    kind="reading",
                    day=dt.date(2024, 1, 1),
                    meter_kwh=D("1000"),
                ),
                EnergyRecord(
                    profile_id=pid,
                    site_id=garage.id,
                    kind="reading",
                    day=dt.date(2024, 3, 1),
                    meter_kwh=D("1500"),
                ),
                Payout(profile_id=pid, day=dt.date(2024, 1, 1), amount_sat=1000, pool="ViaBTC", txid=TX["f"]),
                Equipment(
                    profile_id=pid, model="Antminer S19", serial="OLD-1", hashrate_ths=D(95), power_w=3250
                ),
            ]
        )
    return db, pid


# ------------------------------------------------------------------------------------------------ sniffing


@pytest.mark.parametrize(
    ("name", "encoding", "delimiter", "decimal_comma", "first_header"),
    [
        ("payouts_utf8.csv", "utf-8", ",", False, "day"),
        ("payouts_bom.csv", "utf-8-sig", ",", False, "Date"),
        ("energy_cp1251.csv", "cp1251", ";", True, "Площадка"),
        ("equipment_tab.tsv", "utf-8", "\t", True, "Vendor"),
    ],
)
def test_sniff_reads_the_layout(name, encoding, delimiter, decimal_comma, first_header):
    layout = sniff(CSV_DIR / name)
    assert (layout.encoding, layout.delimiter, layout.decimal_comma) == (encoding, delimiter, decimal_comma)
    assert layout.headers[0] == first_header
    assert layout.rows and all(isinstance(c, str) for c in layout.rows[0])
    assert layout.header_line == 1


def test_sniff_preview_keeps_quoted_cells_and_skips_leading_blank_lines(tmp_path):
    path = write(tmp_path, "p.csv", '\n\nday;amount_btc;pool\n2024-01-01;"0,5";"a;b"\n')
    layout = sniff(path)
    assert layout.header_line == 3
    assert layout.delimiter == ";" and layout.decimal_comma
    assert layout.rows == (("2024-01-01", "0,5", "a;b"),)


def test_sniff_decimal_point_with_semicolons(tmp_path):
    path = write(tmp_path, "p.csv", "day;amount_btc\n2024-01-01;0.5\n2024-01-02;1,234.5\n")
    assert not sniff(path).decimal_comma


def test_sniff_refuses_empty_and_undecodable_files(tmp_path):
    with pytest.raises(ImportFailed) as empty:
        sniff(write(tmp_path, "empty.csv", "\n \n"))
    assert where(empty.value) == [(1, "")]
    bad = tmp_path / "bad.csv"
    bad.write_bytes(b"day,amount_btc\n2024-01-01,1\n\xff\x98\n")  # not UTF-8, and 0x98 is not Windows-1251
    with pytest.raises(ImportFailed) as undecodable:
        sniff(bad)
    assert undecodable.value.errors[0].line == 3
    with pytest.raises(ImportFailed) as missing:
        sniff(tmp_path / "nope.csv")
    assert missing.value.errors[0].line == 0
    assert "nope.csv" in str(missing.value)


# ------------------------------------------------------------------------------------------- good imports


def test_import_payouts_utf8(db):
    pid = make_profile(db)
    assert import_csv(db, pid, "payouts", CSV_DIR / "payouts_utf8.csv") == ImportResult(4, 0)
    assert payouts(db, pid) == [
        (dt.date(2024, 1, 5), 1_234_567, "ViaBTC", TX["a"], "bc1qexampleaddress0", "first"),
        (dt.date(2024, 1, 12), 500_000, "ViaBTC", TX["b"], "bc1qexampleaddress0", ""),
        (dt.date(2024, 1, 19), 420_000, "ViaBTC", "", "bc1qexampleaddress0", "no txid"),
        (dt.date(2024, 1, 26), 310_000, "Pool, Inc.", "", "", "two\nlines"),
    ]


def test_import_payouts_with_bom_and_aliases(db):
    pid = make_profile(db)
    assert import_csv(db, pid, "payouts", CSV_DIR / "payouts_bom.csv") == ImportResult(2, 0)
    assert payouts(db, pid) == [
        (dt.date(2024, 2, 1), 1_500_000, "F2Pool", "c" * 64, "", "пул"),  # txid lower-cased
        (dt.date(2024, 2, 2), 1_600_000, "F2Pool", "", "", ""),  # the time of day is ignored
    ]


def test_import_energy_cp1251_semicolon_decimal_comma(db):
    pid = make_profile(db)
    assert import_csv(db, pid, "energy", CSV_DIR / "energy_cp1251.csv") == ImportResult(4, 0)
    assert energy(db, pid) == [
        (
            "Гараж",
            "period",
            dt.date(2024, 3, 31),
            dt.date(2024, 3, 1),
            None,
            D("754.75"),
            415_060,
            "RUB",
            D("5.50"),
            False,
            "",
        ),
        (
            "Гараж",
            "reading",
            dt.date(2024, 2, 1),
            None,
            D("12345.5"),
            None,
            None,
            "RUB",
            None,
            False,
            "зимний счёт",
        ),
        ("Гараж", "reading", dt.date(2024, 3, 1), None, D("13100.25"), None, None, "RUB", None, False, ""),
        (
            "Гараж",
            "reading",
            dt.date(2024, 4, 2),
            None,
            D("15.0"),
            None,
            None,
            "RUB",
            None,
            True,
            "новый счётчик",
        ),
    ]


def test_import_equipment_tab_fills_from_the_catalogue(db):
    pid = make_profile(db)
    assert import_csv(db, pid, "equipment", CSV_DIR / "equipment_tab.tsv") == ImportResult(3, 0)
    assert equipment(db, pid) == [
        (
            "SN-0001",
            "Bitmain",
            "Antminer S19j Pro",
            D(100),
            3050,
            dt.date(2023, 3, 15),
            15_000_000,
            "RUB",
            "active",
            dt.date(2023, 3, 15),
            "Гараж",
            "own",
            "",
            "from the catalogue",
        ),
        (
            "SN-0002",
            "Bitmain",
            "Antminer S21",
            D(200),
            3500,
            dt.date(2024, 5, 1),
            35_000_000,
            "RUB",
            "repair",
            None,
            None,
            "own",
            "",
            "",
        ),
        (
            "SN-0003",
            "MicroBT",
            "Whatsminer M30S+",
            D(100),
            3400,
            dt.date(2023, 1, 1),
            None,
            "RUB",
            "standby",
            None,
            "Гараж",
            "own",
            "",
            "",
        ),  # the site matched whatever its case
    ]


def test_import_equipment_columns_win_over_the_catalogue(db, tmp_path):
    pid = make_profile(db)
    path = write(
        tmp_path,
        "e.csv",
        "model,serial,hashrate,power,hoster\nantminer s19,X1,90.5,3100,HostCo\nMy Rig,X2,10,1000,\n",
    )
    assert import_csv(db, pid, "equipment", path) == ImportResult(2, 0)
    rows = {r[0]: r for r in equipment(db, pid)}
    assert rows["X1"][1:5] == ("Bitmain", "Antminer S19", D("90.5"), 3100)
    assert rows["X1"][11:13] == ("hosted", "HostCo")  # a hoster means hosted
    assert rows["X2"][1:5] == ("", "My Rig", D(10), 1000)


def test_import_energy_infers_kind_and_allows_a_replaced_meter(farm, tmp_path):
    db, pid = farm
    path = write(
        tmp_path,
        "e.csv",
        "site,date,meter,kwh,meter_replaced\n"
        "Гараж,2024-02-01,1200,,\n"
        "Гараж,2024-04-01,10,,yes\n"
        "hangar,2024-04-30,,300,\n",
    )
    assert import_csv(db, pid, "energy", path) == ImportResult(3, 0)
    kinds = [(r[0], r[1], r[2]) for r in energy(db, pid)]
    assert ("Гараж", "reading", dt.date(2024, 2, 1)) in kinds
    assert ("Hangar", "period", dt.date(2024, 4, 30)) in kinds


@pytest.mark.parametrize(
    ("kind", "name"),
    [
        ("payouts", "payouts_utf8.csv"),
        ("payouts", "payouts_bom.csv"),
        ("energy", "energy_cp1251.csv"),
        ("equipment", "equipment_tab.tsv"),
    ],
)
def test_importing_twice_adds_nothing(db, kind, name):
    pid = make_profile(db)
    first = import_csv(db, pid, kind, CSV_DIR / name)
    counts = db.row_counts()
    assert import_csv(db, pid, kind, CSV_DIR / name) == ImportResult(0, first.added)
    assert db.row_counts() == counts


def test_identical_payouts_without_txid_are_kept_and_not_doubled(db, tmp_path):
    pid = make_profile(db)
    path = write(tmp_path, "p.csv", "day,amount_btc,pool\n2024-01-01,0.1,P\n2024-01-01,0.1,P\n")
    assert import_csv(db, pid, "payouts", path) == ImportResult(2, 0)
    assert import_csv(db, pid, "payouts", path) == ImportResult(0, 2)
    more = write(
        tmp_path, "q.csv", "day,amount_btc,pool\n2024-01-01,0.1,P\n2024-01-01,0.1,P\n2024-01-01,0.1,P\n"
    )
    assert import_csv(db, pid, "payouts", more) == ImportResult(1, 2)


def test_duplicates_are_per_profile(db):
    one, two = make_profile(db, "One"), make_profile(db, "Two")
    assert import_csv(db, one, "payouts", CSV_DIR / "payouts_utf8.csv").added == 4
    assert import_csv(db, two, "payouts", CSV_DIR / "payouts_utf8.csv").added == 4


# -------------------------------------------------------------------------------------------- bad imports

BAD = [
    ("payouts", "day,amount_btc\n2024-01-01,0.1\n2024-01-02,zero\n", [(3, "amount_btc")]),
    ("payouts", "day,amount_btc\n2024-01-01,-0.5\n", [(2, "amount_btc")]),
    ("payouts", "day,amount_btc\n2024-01-01,0\n", [(2, "amount_btc")]),
    ("payouts", "day,amount_btc\n2024-01-01,0.123456789\n", [(2, "amount_btc")]),
    ("payouts", "day,amount_btc\n2099-01-01,0.1\n", [(2, "day")]),
    ("payouts", "day,amount_btc\n31.02.2024,0.1\n2024/01/01,0.1\n", [(2, "day"), (3, "day")]),
    ("payouts", "day,amount_btc,txid\n2024-01-01,0.1,abc\n", [(2, "txid")]),
    ("payouts", f"day,amount_btc,txid\n2024-01-01,0.1,{TX['a']}\n2024-01-02,0.2,{TX['a']}\n", [(3, "txid")]),
    ("payouts", "day,amount_btc\n2024-01-01\n", [(2, "amount_btc")]),  # truncated
    ("payouts", "day,amount_btc\n2024-01-01,0.1,extra\n", [(2, "")]),
    ("payouts", "day,btc,pool\n,,P\n", [(2, "day"), (2, "btc")]),  # empty required cells
    ("payouts", "day,pool\n2024-01-01,P\n", [(1, "amount_btc")]),  # required column missing
    ("energy", "site,kind,day,kwh\nГараж,period,2024-01-31,-5\n", [(2, "kwh")]),
    ("energy", "site,kind,day,meter_kwh\nГараж,monthly,2024-01-31,5\n", [(2, "kind")]),
    ("energy", "site,kind,day,meter_kwh\nDacha,reading,2024-01-31,5\n", [(2, "site")]),
    ("energy", "site,day,meter_kwh\nГараж,2024-02-01,900\n", [(2, "meter_kwh")]),  # below the database
    ("energy", "site,day,meter_kwh\nГараж,2024-02-15,1600\n", [(2, "meter_kwh")]),  # above the next one
    ("energy", "site,day,meter_kwh\nГараж,2024-04-01,2000\nГараж,2024-05-01,1900\n", [(3, "meter_kwh")]),
    ("energy", "site,day,meter_kwh\nГараж,2024-04-01,2000\nгараж,2024-04-01,2100\n", [(3, "day")]),
    (
        "energy",
        "site,kind,day,period_start,kwh\nГараж,period,2024-01-31,2024-02-01,5\n",
        [(2, "period_start")],
    ),
    ("energy", "site,kind,day,kwh,cost\nГараж,period,2024-01-31,5,1.005\n", [(2, "cost")]),
    (
        "energy",
        "site,kind,day,meter_kwh,meter_replaced\nГараж,reading,2024-04-01,5,maybe\n",
        [(2, "meter_replaced")],
    ),
    ("equipment", "model,serial\nAntminer S19,X1\nAntminer S19,X1\n", [(3, "serial")]),
    ("equipment", "model,serial,status\nAntminer S19,X1,broken\n", [(2, "status")]),
    ("equipment", "vendor,model,serial,notes\nBitmain,Antminer S19,X1\n", [(2, "notes")]),
    ("equipment", 'model,serial,power_w\nAntminer S19,X1,"3,2kW"\n', [(2, "power_w")]),
    ("equipment", "model,serial\nMy Rig,X1\n", [(2, "hashrate_ths"), (2, "power_w")]),
    (
        "equipment",
        "model,serial,price,currency\nAntminer S19,X1,100.555,RUB\nAntminer S19,X2,1,XYZ\n",
        [(2, "price"), (3, "currency")],
    ),
    ("equipment", "model,serial,site\nAntminer S19,X1,Nowhere\n", [(2, "site")]),
    ("equipment", "model,serial,purchase_date\nAntminer S19,X1,01.01.2099\n", [(2, "purchase_date")]),
]


@pytest.mark.parametrize(
    ("kind", "text", "expected"), BAD, ids=[f"{k}-{i}" for i, (k, _t, _e) in enumerate(BAD)]
)
def test_bad_import_names_the_place_and_changes_nothing(farm, tmp_path, kind, text, expected):
    db, pid = farm
    path = write(tmp_path, "bad.csv", text)
    before = db_digest(db)
    with pytest.raises(ImportFailed) as failed:
        import_csv(db, pid, kind, path)
    assert where(failed.value) == expected
    assert all(e.reason for e in failed.value.errors)
    assert str(path) in str(failed.value)
    assert db_digest(db) == before


def test_unknown_site_names_the_known_sites(farm, tmp_path):
    db, pid = farm
    path = write(tmp_path, "bad.csv", "site,kind,day,meter_kwh\nDacha,reading,2024-01-31,5\n")
    with pytest.raises(ImportFailed) as failed:
        import_csv(db, pid, "energy", path)
    reason = failed.value.errors[0].reason
    assert "Dacha" in reason and "Гараж" in reason and "Hangar" in reason


def test_bad_cp1251_file_reports_every_bad_row(db):
    pid = make_profile(db)
    before = db_digest(db)
    with pytest.raises(ImportFailed) as failed:
        import_csv(db, pid, "energy", CSV_DIR / "energy_cp1251_bad.csv")
    assert where(failed.value) == [
        (3, "Показание"),  # abc
        (4, "кВт·ч"),  # negative kWh
        (5, "Площадка"),  # unknown site
        (6, "Дата"),  # future
        (7, "Показание"),  # truncated
        (8, "Показание"),  # below the reading of line 2
    ]
    assert "line 2" in failed.value.errors[-1].reason
    assert "line 3, column “Показание”" in str(failed.value)
    assert db_digest(db) == before


def test_failure_after_bulk_inserts_rolls_everything_back(farm, tmp_path, monkeypatch):
    db, pid = farm
    monkeypatch.setattr(csv_io, "CHUNK_ROWS", 3)
    lines = [f"2023-01-{d:02d},0.0{d:02d}" for d in range(1, 21)] + ["2023-02-01,oops"]
    path = write(tmp_path, "big.csv", "day,amount_btc\n" + "\n".join(lines) + "\n")
    before = db_digest(db)
    with pytest.raises(ImportFailed) as failed:
        import_csv(db, pid, "payouts", path)
    assert where(failed.value) == [(22, "amount_btc")]
    assert db_digest(db) == before


def test_csv_level_errors_are_row_errors(db, tmp_path):
    pid = make_profile(db)
    path = write(tmp_path, "p.csv", 'day,amount_btc,notes\n2024-01-01,0.1,"a\x00b"\n')
    with pytest.raises(ImportFailed) as failed:
        import_csv(db, pid, "payouts", path)
    assert failed.value.errors[0].line == 2


def test_programming_errors_are_value_errors(db):
    pid = make_profile(db)
    with pytest.raises(ValueError):
        import_csv(db, pid, "disposals", CSV_DIR / "payouts_utf8.csv")
    with pytest.raises(ValueError):
        import_csv(db, pid + 100, "payouts", CSV_DIR / "payouts_utf8.csv")
    with pytest.raises(ValueError):
        import_csv(db, pid, "payouts", CSV_DIR / "payouts_utf8.csv", mapping={"colour": "day"})


def test_row_error_text():
    assert str(RowError(4, "day", "bad")) == "line 4, column “day”: bad"
    assert str(RowError(4, "", "bad")) == "line 4: bad"
    many = ImportFailed("f.csv", [RowError(i, "c", "r") for i in range(30, 0, -1)])
    assert [e.line for e in many.errors] == list(range(1, 31))
    assert "10 more" in str(many)


# ------------------------------------------------------------------------------------------------ mapping


def test_default_mapping_uses_names_and_aliases():
    assert default_mapping("payouts", ["Дата", "BTC", "Pool", "Tx Hash"]) == {
        "day": "Дата",
        "amount_btc": "BTC",
        "pool": "Pool",
        "txid": "Tx Hash",
    }
    assert default_mapping("equipment", ["Serial_Number", "MODEL", "Power (W)", "date"]) == {
        "serial": "Serial_Number",
        "model": "MODEL",
        "power_w": "Power (W)",
        "purchase_date": "date",
    }
    # an exact field name is not taken by another field's alias
    assert default_mapping("energy", ["date", "day", "site"])["day"] == "day"


def test_mapping_is_remembered_per_header(db, tmp_path):
    pid = make_profile(db)
    first = write(tmp_path, "a.csv", "Когда;Сколько;Пул\n01.01.2024;0,1;P\n")
    with pytest.raises(ImportFailed) as failed:
        import_csv(db, pid, "payouts", first)
    assert where(failed.value) == [(1, "day"), (1, "amount_btc")]
    assert import_csv(db, pid, "payouts", first, mapping={"day": "Когда", "amount_btc": "Сколько"}).added == 1

    headers = ("Когда", "Сколько", "Пул")
    key = mapping_key("payouts", headers)
    digest = hashlib.sha1(json.dumps(["когда", "сколько", "пул"], ensure_ascii=False).encode()).hexdigest()
    assert key == f"csv_mapping:payouts:{digest}"
    with db.session() as s:
        assert json.loads(s.get(Setting, key).value) == {
            "day": "Когда",
            "amount_btc": "Сколько",
            "pool": "Пул",
        }
    assert load_mapping(db, "payouts", headers) == {"day": "Когда", "amount_btc": "Сколько", "pool": "Пул"}

    again = write(tmp_path, "b.csv", "КОГДА;СКОЛЬКО;ПУЛ\n02.01.2024;0,2;P\n")  # same header, other case
    assert import_csv(db, pid, "payouts", again).added == 1
    assert load_mapping(db, "energy", headers) is None


def test_mapping_overrides_and_unmaps(db, tmp_path):
    pid = make_profile(db)
    path = write(tmp_path, "p.csv", "day,amount_btc,pool,comment\n2024-01-01,0.1,P,hello\n")
    import_csv(db, pid, "payouts", path, mapping={"notes": "comment", "pool": None})
    assert payouts(db, pid) == [(dt.date(2024, 1, 1), 10_000_000, "", "", "", "hello")]


def test_save_and_load_mapping_drop_what_is_gone(db):
    save_mapping(
        db, "energy", ["Site", "When", "Meter"], {"site": "Site", "day": "When", "meter_kwh": "Meter"}
    )
    assert load_mapping(db, "energy", ["site", "when", "meter"]) == {
        "site": "site",
        "day": "when",
        "meter_kwh": "meter",
    }
    with pytest.raises(ValueError):
        save_mapping(db, "energy", ["x"], {"nonsense": "x"})


def test_a_mapping_to_a_missing_column_is_an_error(db, tmp_path):
    pid = make_profile(db)
    path = write(tmp_path, "p.csv", "day,amount_btc\n2024-01-01,0.1\n")
    with pytest.raises(ImportFailed) as failed:
        import_csv(db, pid, "payouts", path, mapping={"pool": "Pool name"})
    assert where(failed.value) == [(1, "Pool name")]


# ------------------------------------------------------------------------------------------------- export

ODD_NOTES = [
    '=HYPERLINK("http://x","y")',
    "+7 900 000-00-00",
    "-5 °C in the shed",
    "@home",
    "\ttabbed",
    "'=already quoted",
    'plain, with comma and "quotes"',
    "two\nlines",
]


@pytest.fixture
def full_farm(db):
    pid = make_profile(db, "Source", sites=("Гараж", "Hangar"))
    with db.session() as s:
        garage, hangar = (s.scalar(select(Site).where(Site.name == n)) for n in ("Гараж", "Hangar"))
        for i, note in enumerate(ODD_NOTES):
            s.add(
                Equipment(
                    profile_id=pid,
                    site_id=garage.id if i % 2 else None,
                    vendor="Bitmain",
                    model='=HYPERLINK("http://x","y")' if i == 0 else "Antminer S19",
                    serial=f"SN{i}",
                    hashrate_ths=D("95.5"),
                    power_w=3250,
                    purchase_date=dt.date(2023, 1, 1 + i),
                    price_minor=12_345_67 if i % 3 else None,
                    price_currency="RUB",
                    status="active" if i % 2 else "sold",
                    status_date=dt.date(2024, 1, 1) if i % 2 else None,
                    hosting="hosted" if i % 2 else "own",
                    hoster="HostCo" if i % 2 else "",
                    notes=note,
                )
            )
        s.add_all(
            [
                EnergyRecord(
                    profile_id=pid,
                    site_id=garage.id,
                    kind="reading",
                    day=dt.date(2024, 1, 1),
                    meter_kwh=D("100.25"),
                    notes="-start",
                ),
                EnergyRecord(
                    profile_id=pid,
                    site_id=garage.id,
                    kind="reading",
                    day=dt.date(2024, 2, 1),
                    meter_kwh=D("5"),
                    meter_replaced=True,
                ),
                EnergyRecord(
                    profile_id=pid,
                    site_id=hangar.id,
                    kind="period",
                    day=dt.date(2024, 1, 31),
                    period_start=dt.date(2024, 1, 1),
                    kwh=D("1234.5"),
                    cost_minor=678_90,
                    currency="USD",
                    tariff_override=D("0.055"),
                ),
                Payout(profile_id=pid, day=dt.date(2024, 1, 1), amount_sat=1, pool="=cmd", txid=TX["a"]),
                Payout(
                    profile_id=pid, day=dt.date(2024, 1, 2), amount_sat=2_100_000_000_000_000, address="bc1q"
                ),
                Payout(
                    profile_id=pid, day=dt.date(2024, 1, 2), amount_sat=2_100_000_000_000_000, address="bc1q"
                ),
                Disposal(
                    profile_id=pid,
                    day=dt.date(2024, 3, 1),
                    kind="sale",
                    amount_sat=50_000_000,
                    fiat_minor=300_000_000,
                    fee_minor=1_50,
                    fiat_currency="RUB",
                    counterparty="@exchange",
                ),
            ]
        )
    return db, pid


@pytest.mark.parametrize(
    ("kind", "dump"), [("equipment", equipment), ("energy", energy), ("payouts", payouts)]
)
def test_export_then_import_gives_the_same_rows(full_farm, tmp_path, kind, dump):
    db, source = full_farm
    target = make_profile(db, "Target", sites=("Hangar", "Гараж"))
    path = tmp_path / f"{kind}.csv"
    count = export_csv(db, source, kind, path)
    assert count == len(dump(db, source))
    assert import_csv(db, target, kind, path) == ImportResult(count, 0)
    assert dump(db, target) == dump(db, source)
    assert import_csv(db, target, kind, path) == ImportResult(0, count)


def test_export_format(full_farm, tmp_path):
    db, pid = full_farm
    path = tmp_path / "payouts.csv"
    export_csv(db, pid, "payouts", path)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbfday,amount_btc,pool,txid,address,notes\r\n")
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    assert rows[1] == ["2024-01-01", "0.00000001", "'=cmd", TX["a"], "", ""]
    assert rows[2][1] == "21000000.00000000"
    layout = sniff(path)
    assert (layout.encoding, layout.delimiter) == ("utf-8-sig", ",")


def test_export_neutralises_formulas(full_farm, tmp_path):
    db, pid = full_farm
    path = tmp_path / "equipment.csv"
    export_csv(db, pid, "equipment", path)
    with path.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    by_serial = {r["serial"]: r for r in rows}
    assert by_serial["SN0"]["model"] == '\'=HYPERLINK("http://x","y")'
    assert by_serial["SN0"]["notes"] == '\'=HYPERLINK("http://x","y")'
    assert [by_serial[f"SN{i}"]["notes"] for i in range(1, 6)] == [
        "'+7 900 000-00-00",
        "'-5 °C in the shed",
        "'@home",
        "'\ttabbed",
        "''=already quoted",
    ]
    for row in rows:
        for cell in row.values():
            assert not cell.startswith(csv_io.FORMULA_TRIGGERS)
    assert by_serial["SN1"]["price"] == "12345.67"
    assert by_serial["SN0"]["price"] == ""


def test_export_disposals(full_farm, tmp_path):
    db, pid = full_farm
    path = tmp_path / "disposals.csv"
    assert export_csv(db, pid, "disposals", path) == 1
    with path.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows == [
        ["day", "kind", "amount_btc", "fiat", "fee", "currency", "txid", "counterparty", "notes"],
        ["2024-03-01", "sale", "0.50000000", "3000000.00", "1.50", "RUB", "", "'@exchange", ""],
    ]


def test_export_failure_leaves_no_partial_file(full_farm, tmp_path, monkeypatch):
    db, pid = full_farm
    folder = tmp_path / "exports"
    folder.mkdir()
    path = folder / "payouts.csv"
    path.write_text("previous export\n", encoding="utf-8")
    calls = {"n": 0}
    real = csv_io.format_btc

    def failing(sats: int) -> str:
        calls["n"] += 1
        if calls["n"] == 2:
            raise OSError("disk full")
        return real(sats)

    monkeypatch.setattr(csv_io, "format_btc", failing)
    with pytest.raises(OSError, match="disk full"):
        export_csv(db, pid, "payouts", path)
    assert path.read_text(encoding="utf-8") == "previous export\n"
    assert os.listdir(folder) == ["payouts.csv"]

    with pytest.raises(ValueError):
        export_csv(db, pid + 100, "payouts", folder / "other.csv")
    assert os.listdir(folder) == ["payouts.csv"]


def test_neutralise_examples():
    assert neutralise("=1+2") == "'=1+2"
    assert neutralise("plain") == "plain"
    assert neutralise("") == ""
    assert neutralise("'quoted") == "'quoted"
    assert neutralise("'=x") == "''=x"
    assert neutralise("\rcr") == "'\rcr"


@given(st.text())
def test_neutralise_is_safe_and_reversible(text):
    safe = neutralise(text)
    assert not safe.startswith(csv_io.FORMULA_TRIGGERS)
    assert unneutralise(safe) == text


# ------------------------------------------------------------------------------------------ property test

FIELD_NAMES = sorted({f.name for kind in csv_io.KINDS for f in csv_io.fields(kind)})
CELLS = st.one_of(
    st.sampled_from(
        [
            "",
            "2024-01-05",
            "05.01.2024",
            "2099-01-01",
            "31.02.2024",
            "0.5",
            "0,5",
            "1 234,5",
            "-1",
            "abc",
            TX["b"],
            "Гараж",
            "Hangar",
            "reading",
            "period",
            "true",
            "нет",
            "Antminer S19",
            "=1+2",
            "'=x",
            "SN1",
            "active",
            "RUB",
            "1e5",
            "99999999999999999999999999",
            '"',
            "\x00",
        ]
    ),
    st.text(max_size=6),
)


def _plausible(field: csv_io.Field) -> st.SearchStrategy[str]:
    """Mostly good values for a field, so that some generated files import."""
    days = st.dates(dt.date(2015, 1, 1), dt.date(2024, 12, 31))
    by_type: dict[str, st.SearchStrategy[str]] = {
        "date": st.one_of(days.map(dt.date.isoformat), days.map(lambda d: d.strftime("%d.%m.%Y"))),
        "btc": st.decimals(D("0.00000001"), D(5), places=8).map(str),
        "decimal": st.decimals(D(0), D(100_000), places=2).map(str),
        "money": st.decimals(D(0), D(100_000), places=2).map(lambda d: str(d).replace(".", ",")),
        "integer": st.integers(0, 6000).map(str),
        "site": st.sampled_from(["Гараж", "Hangar", "hangar", ""]),
        "txid": st.text("0123456789abcdef", min_size=64, max_size=64),
        "currency": st.sampled_from(["RUB", "usd", ""]),
        "bool": st.sampled_from(["true", "false", "да", ""]),
        "choice": st.sampled_from([*field.choices, ""]),
    }
    if field.name == "model":
        return st.sampled_from(["Antminer S19", "Whatsminer M30S++", "antminer s21"])
    return by_type.get(field.type, st.text(st.characters(codec="cp1251"), max_size=8))


@st.composite
def csv_files(draw, kind: str = "payouts") -> bytes:
    """Raw bytes, or CSV text: either a random header and cells, or the kind's fields with plausible values."""
    choice = draw(st.integers(0, 9))
    if choice == 0:
        return draw(st.binary(max_size=200))
    delimiter = draw(st.sampled_from([",", ";", "\t"]))
    if choice < 5:
        header = draw(
            st.lists(st.one_of(st.sampled_from(FIELD_NAMES), st.text(max_size=5)), min_size=1, max_size=7)
        )
        rows = draw(st.lists(st.lists(CELLS, max_size=len(header) + 1), max_size=6))
    else:
        chosen = draw(st.lists(st.sampled_from(csv_io.fields(kind)), unique=True, max_size=6))
        columns = [f for f in csv_io.fields(kind) if f.required or f in chosen]
        header = [f.name for f in columns]
        rows = draw(
            st.lists(
                st.tuples(
                    *(
                        st.one_of(_plausible(f), CELLS) if draw(st.booleans()) else _plausible(f)
                        for f in columns
                    )
                ).map(list),
                max_size=6,
            )
        )

    def line(cells: list[str]) -> str:
        return delimiter.join(
            draw(st.sampled_from([c, f'"{c}"'])) if delimiter not in c else f'"{c}"' for c in cells
        )

    text = "\n".join(line(r) for r in [header, *rows]) + draw(st.sampled_from(["", "\n", "\r\n"]))
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "cp1251"]))
    return text.encode(encoding, errors="replace")


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(kind_and_data=st.sampled_from(csv_io.KINDS).flatmap(lambda k: st.tuples(st.just(k), csv_files(k))))
def test_arbitrary_files_fail_cleanly_or_import_fully(farm, tmp_path, kind_and_data):
    db, pid = farm
    kind, data = kind_and_data
    path = tmp_path / "random.csv"
    path.write_bytes(data)
    counts = db.row_counts()
    before = db_digest(db)
    try:
        result = import_csv(db, pid, kind, path)
    except ImportFailed as failed:
        assert failed.errors
        assert all(e.line >= 0 and e.reason for e in failed.errors)
        assert db_digest(db) == before
        return
    table = {"payouts": "payout", "energy": "energy_record", "equipment": "equipment"}[kind]
    after = db.row_counts()
    assert after[table] == counts[table] + result.added
    assert {k: v for k, v in after.items() if k not in (table, "setting")} == {
        k: v for k, v in counts.items() if k not in (table, "setting")
    }
