"""Record use cases (validation, all-or-nothing) and the page figures against the demo data."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import func, select, text

from desktop.core.money import SATS_PER_BTC, quantize
from desktop.services import history
from desktop.services import records as r
from desktop.services.records import (
    DisposalData,
    EnergyData,
    EquipmentData,
    PayoutData,
    RecordError,
    SiteData,
)
from desktop.store import queries
from desktop.store.models import Disposal, EnergyRecord, Equipment, MarketPrice, Payout, Profile, Site

D = Decimal
TODAY = dt.date(2025, 6, 30)
TXID = "ab" * 32


@pytest.fixture
def farm(db):
    """A profile with one site; returns (profile id, site id)."""
    with db.session() as s:
        p = Profile(name="Test farm", legal_form="individual")
        s.add(p)
        s.flush()
        pid = p.id
    site_id = r.add_site(db, pid, SiteData(name="Garage", region="Тверская область", tariff="5,48"))
    return pid, site_id


def count(db, model) -> int:
    with db.sessions() as s:
        return s.scalar(select(func.count()).select_from(model))


def unit(**kw) -> EquipmentData:
    values = dict(
        model="Antminer S21",
        serial="S21-0001",
        hashrate_ths="200",
        power_w=3500,
        vendor="Bitmain",
        purchase_date=dt.date(2025, 1, 10),
        price_minor=35_000_000,
    )
    values.update(kw)
    return EquipmentData(**values)


def expect_error(field, fn, *args, **kw) -> RecordError:
    with pytest.raises(RecordError) as info:
        fn(*args, **kw)
    assert info.value.field == field, info.value.message
    assert info.value.message
    return info.value


# --------------------------------------------------------------------------------------------- sites


def test_site_validation(db, farm):
    pid, site_id = farm
    with db.sessions() as s:
        assert s.get(Site, site_id).tariff == D("5.48")
    expect_error("name", r.add_site, db, pid, SiteData(name="  "))
    expect_error("name", r.add_site, db, pid, SiteData(name="Garage"))
    expect_error("tariff", r.add_site, db, pid, SiteData(name="B", tariff="-1"))
    expect_error("tariff", r.add_site, db, pid, SiteData(name="B", tariff="abc"))
    expect_error("night_share", r.add_site, db, pid, SiteData(name="B", tariff=4, tariff_night=2))
    expect_error(
        "night_share", r.add_site, db, pid, SiteData(name="B", tariff=4, tariff_night=2, night_share="1.5")
    )
    expect_error("currency", r.add_site, db, pid, SiteData(name="B", currency="XYZ"))
    expect_error("profile", r.add_site, db, 999, SiteData(name="B"))
    assert count(db, Site) == 1
    r.edit_site(db, site_id, SiteData(name="Garage 2", tariff=6, monthly_fee_minor=100_00))
    assert [x.name for x in r.list_sites(db, pid)] == ["Garage 2"]


def test_site_with_energy_records_is_deleted_only_when_confirmed(db, farm):
    pid, site_id = farm
    r.add_energy(db, pid, EnergyData(site_id, "reading", dt.date(2025, 1, 31), meter_kwh=1000), today=TODAY)
    expect_error("id", r.delete_sites, db, pid, [site_id])
    assert count(db, Site) == 1
    assert r.delete_sites(db, pid, [site_id], with_energy=True) == 1
    assert count(db, Site) == 0 and count(db, EnergyRecord) == 0


# ----------------------------------------------------------------------------------------- equipment


@pytest.mark.parametrize(
    "field, changes",
    [
        ("hashrate_ths", {"hashrate_ths": "0"}),
        ("hashrate_ths", {"hashrate_ths": "-5"}),
        ("hashrate_ths", {"hashrate_ths": "200000"}),
        ("power_w", {"power_w": 0}),
        ("power_w", {"power_w": "3.5"}),
        ("purchase_date", {"purchase_date": TODAY + dt.timedelta(days=1)}),
        ("status_date", {"status": "repair", "status_date": TODAY + dt.timedelta(days=1)}),
        ("status_date", {"status": "repair", "status_date": dt.date(2025, 1, 1)}),
        ("price_minor", {"price_minor": -1}),
        ("status", {"status": "broken"}),
        ("hosting", {"hosting": "cloud"}),
        ("serial", {"serial": "  "}),
        ("model", {"model": ""}),
        ("price_currency", {"price_currency": "BTC"}),
    ],
)
def test_equipment_validation_writes_nothing(db, farm, field, changes):
    pid, site_id = farm
    expect_error(field, r.add_equipment, db, pid, unit(site_id=site_id, **changes), today=TODAY)
    assert count(db, Equipment) == 0


def test_equipment_site_must_belong_to_the_profile(db, farm):
    pid, _ = farm
    with db.session() as s:
        other = Profile(name="Other", legal_form="company")
        s.add(other)
        s.flush()
        other_site = Site(profile_id=other.id, name="Far away")
        s.add(other_site)
        s.flush()
        other_site_id = other_site.id
    expect_error("site_id", r.add_equipment, db, pid, unit(site_id=other_site_id), today=TODAY)
    assert count(db, Equipment) == 0


def test_several_units_at_once_all_or_nothing(db, farm):
    pid, site_id = farm
    r.add_equipment(db, pid, unit(serial="B"), today=TODAY)
    expect_error("serial", r.add_units, db, pid, unit(site_id=site_id), ["A", "B", "C"], today=TODAY)
    assert count(db, Equipment) == 1
    expect_error("serial", r.add_units, db, pid, unit(), ["A", "D", "A"], today=TODAY)
    expect_error("serial", r.add_units, db, pid, unit(), ["A", ""], today=TODAY)
    expect_error("serial", r.add_units, db, pid, unit(), [], today=TODAY)
    expect_error("power_w", r.add_units, db, pid, unit(power_w=-1), ["A", "C"], today=TODAY)
    assert count(db, Equipment) == 1
    ids = r.add_units(db, pid, unit(site_id=site_id), [" A ", "C", "D"], today=TODAY)
    assert len(ids) == 3
    rows = {x.serial: x for x in r.list_equipment(db, pid)}
    assert set(rows) == {"A", "B", "C", "D"}
    assert rows["A"].status_date == dt.date(2025, 1, 10)  # active since purchase
    assert rows["A"].site_name == "Garage" and rows["A"].j_per_th == D("17.5")


def test_duplicate_serial_refused_also_on_edit(db, farm):
    pid, _ = farm
    a = r.add_equipment(db, pid, unit(serial="A"), today=TODAY)
    expect_error("serial", r.add_equipment, db, pid, unit(serial="A"), today=TODAY)
    r.add_equipment(db, pid, unit(serial="B"), today=TODAY)
    expect_error("serial", r.edit_equipment, db, a, unit(serial="B"), today=TODAY)
    r.edit_equipment(db, a, unit(serial="A", notes="same serial is fine"), today=TODAY)


def test_status_change_sets_the_status_date(db, farm):
    pid, _ = farm
    a = r.add_equipment(db, pid, unit(serial="A"), today=TODAY)
    r.edit_equipment(db, a, unit(serial="A", status="repair", status_date=dt.date(2025, 1, 10)), today=TODAY)
    row = r.list_equipment(db, pid)[0]
    assert (row.status, row.status_date) == ("repair", TODAY)  # unchanged date given: today
    r.edit_equipment(
        db, a, unit(serial="A", status="active", status_date=dt.date(2025, 7, 1)), today=dt.date(2025, 7, 5)
    )
    row = r.list_equipment(db, pid)[0]
    assert (row.status, row.status_date) == ("active", dt.date(2025, 7, 1))  # explicit new date kept
    r.edit_equipment(db, a, unit(serial="A", status="active", notes="x"), today=dt.date(2025, 8, 1))
    assert r.list_equipment(db, pid)[0].status_date == dt.date(2025, 7, 1)  # no change of status: kept
    assert r.set_status(db, pid, [a], "sold", dt.date(2025, 8, 1), today=dt.date(2025, 8, 2)) == 1
    row = r.list_equipment(db, pid)[0]
    assert (row.status, row.status_date) == ("sold", dt.date(2025, 8, 1))


def test_delete_several_units(db, farm):
    pid, _ = farm
    ids = r.add_units(db, pid, unit(), ["A", "B", "C"], today=TODAY)
    expect_error("id", r.delete_equipment, db, pid, [ids[0], 9999])
    assert count(db, Equipment) == 3
    assert r.delete_equipment(db, pid, ids[:2]) == 2
    assert [x.serial for x in r.list_equipment(db, pid)] == ["C"]


# -------------------------------------------------------------------------------------------- energy


def test_reading_below_the_previous_one_is_refused_unless_the_meter_was_replaced(db, farm):
    pid, site = farm
    r.add_energy(db, pid, EnergyData(site, "reading", dt.date(2025, 1, 31), meter_kwh="10 000"), today=TODAY)
    err = expect_error(
        "meter_kwh",
        r.add_energy,
        db,
        pid,
        EnergyData(site, "reading", dt.date(2025, 2, 28), meter_kwh=900),
        today=TODAY,
    )
    assert "10000" in err.message and "replaced" in err.message
    assert count(db, EnergyRecord) == 1
    r.add_energy(
        db,
        pid,
        EnergyData(site, "reading", dt.date(2025, 2, 28), meter_kwh=900, meter_replaced=True),
        today=TODAY,
    )
    r.add_energy(db, pid, EnergyData(site, "reading", dt.date(2025, 3, 31), meter_kwh=5000), today=TODAY)
    # a reading inserted in between must fit between its neighbours too
    expect_error(
        "meter_kwh",
        r.add_energy,
        db,
        pid,
        EnergyData(site, "reading", dt.date(2025, 3, 15), meter_kwh=6000),
        today=TODAY,
    )
    expect_error(
        "day",
        r.add_energy,
        db,
        pid,
        EnergyData(site, "reading", dt.date(2025, 3, 31), meter_kwh=5000),
        today=TODAY,
    )
    expect_error(
        "day",
        r.add_energy,
        db,
        pid,
        EnergyData(site, "reading", TODAY + dt.timedelta(days=1), meter_kwh=9000),
        today=TODAY,
    )
    expect_error(
        "meter_kwh", r.add_energy, db, pid, EnergyData(site, "reading", dt.date(2025, 4, 30)), today=TODAY
    )
    assert count(db, EnergyRecord) == 3
    # removing the replacement flag by an edit is refused as well
    replaced = [x for x in r.list_energy(db, pid) if x.meter_replaced][0]
    expect_error(
        "meter_kwh",
        r.edit_energy,
        db,
        replaced.id,
        EnergyData(site, "reading", dt.date(2025, 2, 28), meter_kwh=900),
        today=TODAY,
    )
    months = r.energy_by_month(db, pid, "RUB", TODAY).months
    assert [(m.month, m.kwh) for m in months[:3]] == [
        (dt.date(2025, 1, 1), 0),
        (dt.date(2025, 2, 1), 0),
        (dt.date(2025, 3, 1), D(4100)),
    ]


def test_periods_validation_and_overlap(db, farm):
    pid, site = farm
    period = EnergyData(
        site,
        "period",
        dt.date(2025, 1, 31),
        period_start=dt.date(2025, 1, 1),
        kwh="3100",
        cost_minor=1_700_000,
    )
    rid = r.add_energy(db, pid, period, today=TODAY)
    expect_error(
        "period_start",
        r.add_energy,
        db,
        pid,
        EnergyData(site, "period", dt.date(2025, 2, 10), period_start=dt.date(2025, 1, 25), kwh=1),
        today=TODAY,
    )
    expect_error(
        "period_start",
        r.add_energy,
        db,
        pid,
        EnergyData(site, "period", dt.date(2025, 2, 10), period_start=dt.date(2025, 2, 11), kwh=1),
        today=TODAY,
    )
    expect_error(
        "kwh",
        r.add_energy,
        db,
        pid,
        EnergyData(site, "period", dt.date(2025, 2, 28), period_start=dt.date(2025, 2, 1)),
        today=TODAY,
    )
    expect_error(
        "kind", r.add_energy, db, pid, EnergyData(site, "estimate", dt.date(2025, 2, 28)), today=TODAY
    )
    r.edit_energy(db, rid, period, today=TODAY)  # overlapping itself is fine
    assert count(db, EnergyRecord) == 1
    assert r.delete_energy(db, pid, [rid]) == 1


# ---------------------------------------------------------------------------------- payouts, disposals


def test_payout_txid_is_64_hex_and_unique_per_profile(db, farm):
    pid, _ = farm
    expect_error(
        "txid", r.add_payout, db, pid, PayoutData(dt.date(2025, 2, 1), 1000, txid="abc"), today=TODAY
    )
    expect_error("amount_sat", r.add_payout, db, pid, PayoutData(dt.date(2025, 2, 1), 0), today=TODAY)
    expect_error("day", r.add_payout, db, pid, PayoutData(TODAY + dt.timedelta(days=1), 1), today=TODAY)
    r.add_payout(db, pid, PayoutData(dt.date(2025, 2, 1), 1000, txid=TXID.upper()), today=TODAY)
    expect_error("txid", r.add_payout, db, pid, PayoutData(dt.date(2025, 2, 2), 5, txid=TXID), today=TODAY)
    r.add_payout(db, pid, PayoutData(dt.date(2025, 2, 2), 5), today=TODAY)
    r.add_payout(db, pid, PayoutData(dt.date(2025, 2, 3), 5), today=TODAY)  # no txid: no uniqueness
    assert [p.txid for p in r.list_payouts(db, pid)] == [None, None, TXID]
    assert count(db, Payout) == 3


def test_selling_more_than_held_is_refused(db, farm):
    pid, _ = farm
    r.add_payout(db, pid, PayoutData(dt.date(2025, 3, 1), 1_000_000), today=TODAY)
    r.add_payout(db, pid, PayoutData(dt.date(2025, 4, 1), 500_000), today=TODAY)
    sale = DisposalData(dt.date(2025, 3, 15), "sale", 1_000_001, fiat_minor=900_000_00)
    err = expect_error("amount_sat", r.add_disposal, db, pid, sale, today=TODAY)
    assert "0.01000000" in err.message
    expect_error(
        "amount_sat", r.add_disposal, db, pid, DisposalData(dt.date(2025, 2, 28), "transfer", 1), today=TODAY
    )
    expect_error(
        "fiat_minor", r.add_disposal, db, pid, DisposalData(dt.date(2025, 3, 15), "sale", 1000), today=TODAY
    )
    assert count(db, Disposal) == 0
    r.add_disposal(
        db, pid, DisposalData(dt.date(2025, 4, 2), "sale", 1_400_000, fiat_minor=1_000_000_00), today=TODAY
    )
    # an earlier sale would now spend BTC already sold on 2 April
    expect_error(
        "amount_sat",
        r.add_disposal,
        db,
        pid,
        DisposalData(dt.date(2025, 3, 15), "transfer", 200_000),
        today=TODAY,
    )
    r.add_disposal(db, pid, DisposalData(dt.date(2025, 3, 15), "fee", 100_000), today=TODAY)
    assert count(db, Disposal) == 2
    # deleting a payout whose BTC were sold is refused too, and so is moving the sale earlier
    payout_id = r.list_payouts(db, pid)[0].id
    expect_error("id", r.delete_payouts, db, pid, [payout_id])
    sale_row = [d for d in r.list_disposals(db, pid) if d.kind == "sale"][0]
    expect_error(
        "amount_sat",
        r.edit_disposal,
        db,
        sale_row.id,
        DisposalData(dt.date(2025, 3, 20), "sale", 1_400_000, fiat_minor=1_000_000_00),
        today=TODAY,
    )
    assert count(db, Payout) == 2 and count(db, Disposal) == 2
    with db.sessions() as s:
        assert queries.holdings_sat(s, pid) == 0
        assert queries.holdings_sat(s, pid, dt.date(2025, 3, 15)) == 900_000


# ------------------------------------------------------------------------------------------ demo data


def _pid(db, name):
    with db.sessions() as s:
        return s.scalar(select(Profile.id).where(Profile.name == name))


def _raw_holdings(db, pid, day=None):
    cond = "" if day is None else " AND day <= :day"
    params = {"p": pid} if day is None else {"p": pid, "day": day.isoformat()}
    with db.engine.connect() as con:
        paid = con.execute(
            text(f"SELECT COALESCE(SUM(amount_sat), 0) FROM payout WHERE profile_id = :p{cond}"), params
        ).scalar()
        gone = con.execute(
            text(f"SELECT COALESCE(SUM(amount_sat), 0) FROM disposal WHERE profile_id = :p{cond}"), params
        ).scalar()
    return paid - gone


DEMO = ["Алексей Иванов", "ИП Смирнов Олег Викторович", "ООО «Сибирский хэш»"]


@pytest.mark.parametrize("name", DEMO)
def test_dashboard_holdings_match_raw_sql(demo_db, name):
    pid = _pid(demo_db, name)
    end = history.btc_usd().last
    d = r.dashboard(demo_db, pid, "RUB", dt.date(2026, 12, 31))
    assert d.as_of == end  # today is later than the books: the last day with data
    assert d.holdings_sat == _raw_holdings(demo_db, pid) > 0
    assert d.holdings_by_month[-1] == (dt.date(end.year, end.month, 1), d.holdings_sat)
    price = history.btc_usd().at(end) * history.usd_rub().at(end)
    assert d.btc_price == quantize(price, "RUB") and d.btc_price_day == end
    assert d.holdings_value == quantize(Decimal(d.holdings_sat) * price / SATS_PER_BTC, "RUB")
    assert sum(sats for _, sats in d.mined_by_month) == _raw_holdings(demo_db, pid) + _raw_disposed(
        demo_db, pid
    )
    assert d.produced_30d_sat > 0 and d.fleet_ths > 0 and d.fleet_j_per_th is not None
    assert d.cost_month == dt.date(2026, 2, 1) and d.cost_per_btc is not None and d.cost_per_btc > 0
    earlier = dt.date(2025, 6, 30)
    d2 = r.dashboard(demo_db, pid, "USD", earlier)
    assert d2.as_of == earlier and d2.holdings_sat == _raw_holdings(demo_db, pid, earlier)
    assert d2.btc_price == quantize(history.btc_usd().at(earlier), "USD")
    assert d2.cost_month == dt.date(2025, 6, 1)
    eur = r.dashboard(demo_db, pid, "EUR", earlier)
    assert eur.btc_price is None and eur.holdings_value is None  # no EUR rate offline


def _raw_disposed(db, pid):
    with db.engine.connect() as con:
        return con.execute(
            text("SELECT SUM(amount_sat) FROM disposal WHERE profile_id = :p"), {"p": pid}
        ).scalar()


def test_demo_company_fleet(demo_db):
    pid = _pid(demo_db, "ООО «Сибирский хэш»")
    with demo_db.sessions() as s:
        assert queries.counts(s, pid).equipment == 200
        by_status = {g.key: g.units for g in queries.fleet_by(s, pid, "status")}
        assert by_status == {"active": 197, "repair": 1, "sold": 1, "retired": 1}
        by_model = {g.key: (g.units, g.hashrate_ths) for g in queries.fleet_by(s, pid, "model")}
        assert by_model["Antminer S21"] == (20, D(4000))
        assert sum(g.units for g in queries.fleet_by(s, pid, "site")) == 200
    valuation = r.equipment_valuation(demo_db, pid, "RUB", dt.date(2026, 3, 22))
    assert len(valuation.units) == 200 and valuation.fleet.units == 198
    assert valuation.book_total > 0 and valuation.market_total > 0
    s21 = [u for u in valuation.units if u.model == "Antminer S21"][0]
    assert s21.band == "le20" and s21.market_value == D(200) * r.FarmParams().price_table["le20"]["RUB"]
    d = r.dashboard(demo_db, pid, "RUB", dt.date(2026, 3, 22))
    assert d.fleet_units == 197 and d.fleet_ths == D(24100)


def test_demo_monthly_figures_agree_with_sql(demo_db):
    pid = _pid(demo_db, "ИП Смирнов Олег Викторович")
    with demo_db.engine.connect() as con:
        raw = dict(
            con.execute(
                text(
                    "SELECT substr(day, 1, 7), SUM(amount_sat) FROM payout WHERE profile_id = :p GROUP BY 1"
                ),
                {"p": pid},
            ).all()
        )
    months = r.production_by_month(demo_db, pid, "RUB", dt.date(2026, 3, 22))
    assert {f"{m.month:%Y-%m}": m.mined_sat for m in months if m.mined_sat} == raw
    complete = [m for m in months if m.complete]
    assert len(complete) == 26 and not any(m.flagged for m in complete)  # daily payouts follow the fleet
    assert all(m.cost_per_btc and m.hosting_fees == D(25000) for m in complete)
    energy = r.energy_by_month(demo_db, pid, "RUB", dt.date(2026, 3, 22))
    assert energy.warnings == [] and not any(m.flagged for m in energy.months)
    feb = [m for m in energy.months if m.month == dt.date(2026, 2, 1)][0]
    with demo_db.engine.connect() as con:
        kwh, cost = con.execute(
            text("SELECT kwh, cost_minor FROM energy_record WHERE profile_id = :p AND day = '2026-02-28'"),
            {"p": pid},
        ).one()
    assert feb.kwh == D(kwh) and feb.cost == D(cost) / 100 and feb.covered_days == 28


def test_demo_readings_become_monthly_kwh(demo_db):
    pid = _pid(demo_db, "Алексей Иванов")
    with demo_db.engine.connect() as con:
        jan, feb = (
            con.execute(
                text(
                    "SELECT meter_kwh FROM energy_record WHERE profile_id = :p AND day IN ('2026-01-31', '2026-02-28') "
                    "ORDER BY day"
                ),
                {"p": pid},
            )
            .scalars()
            .all()
        )
    energy = r.energy_by_month(demo_db, pid, "RUB", dt.date(2026, 3, 22))
    feb_month = [m for m in energy.months if m.month == dt.date(2026, 2, 1)][0]
    assert feb_month.kwh == D(feb) - D(jan)
    assert abs(feb_month.deviation) < D("0.05")


def test_holdings_by_month_and_lowest_balance(db, farm):
    pid, _ = farm
    r.add_payout(db, pid, PayoutData(dt.date(2025, 1, 10), 1000), today=TODAY)
    r.add_payout(db, pid, PayoutData(dt.date(2025, 3, 5), 500), today=TODAY)
    r.add_disposal(db, pid, DisposalData(dt.date(2025, 3, 20), "transfer", 700), today=TODAY)
    with db.sessions() as s:
        assert queries.holdings_by_month(s, pid) == [
            (dt.date(2025, 1, 1), 1000),
            (dt.date(2025, 2, 1), 1000),
            (dt.date(2025, 3, 1), 800),
        ]
        assert queries.holdings_by_month(s, pid, first=dt.date(2025, 2, 1), last=dt.date(2025, 3, 10)) == [
            (dt.date(2025, 2, 1), 1000),
            (dt.date(2025, 3, 1), 1500),
        ]
        assert queries.min_balance_from(s, pid, dt.date(2025, 1, 1)) == 0  # nothing held before 10 Jan
        assert queries.min_balance_from(s, pid, dt.date(2025, 1, 10)) == 800
        assert queries.running_balance(s, pid) == [
            (dt.date(2025, 1, 10), 1000),
            (dt.date(2025, 3, 5), 1500),
            (dt.date(2025, 3, 20), 800),
        ]
        assert queries.payouts_by_month(s, pid) == {dt.date(2025, 1, 1): 1000, dt.date(2025, 3, 1): 500}
        assert queries.disposals_by_month(s, pid) == {dt.date(2025, 3, 1): {"transfer": 700}}


def test_dashboard_of_an_empty_profile_and_a_cached_eur_price(db, farm):
    pid, _ = farm
    d = r.dashboard(db, pid, "EUR", TODAY)
    assert d.as_of == TODAY and d.holdings_sat == 0 and d.btc_price is None and d.mined_by_month == []
    assert d.fleet_units == 0 and d.fleet_j_per_th is None and d.cost_per_btc is None
    with db.session() as s:
        s.add(
            MarketPrice(day=dt.date(2025, 6, 1), base="BTC", quote="EUR", source="manual", value=D("90000"))
        )
    r.add_payout(db, pid, PayoutData(dt.date(2025, 6, 2), 50_000_000), today=TODAY)
    d = r.dashboard(db, pid, "EUR", TODAY)
    assert d.as_of == dt.date(2025, 6, 2)
    assert (d.btc_price, d.btc_price_day, d.holdings_value) == (
        D("90000.00"),
        dt.date(2025, 6, 1),
        D("45000.00"),
    )


def test_production_gap_is_flagged_for_a_complete_month(db, farm):
    pid, site = farm
    r.add_equipment(db, pid, unit(site_id=site, purchase_date=dt.date(2025, 1, 1)), today=TODAY)
    r.add_payout(db, pid, PayoutData(dt.date(2025, 5, 31), 1000), today=TODAY)
    months = {m.month: m for m in r.production_by_month(db, pid, "RUB", TODAY)}
    may = months[dt.date(2025, 5, 1)]
    assert may.complete and may.days == 31 and may.expected_sat > 100_000
    assert may.flagged and may.gap < D("-0.9")
    assert may.depreciation > 0 and may.cost_per_btc is not None


def test_sql_running_filter_agrees_with_the_core_rule(db, farm):
    pid, _ = farm
    cases = [
        dict(purchase_date=dt.date(2025, 2, 1)),
        dict(purchase_date=None),
        dict(purchase_date=None, status_date=dt.date(2025, 3, 1)),
        dict(purchase_date=None, status="repair", status_date=dt.date(2025, 3, 1)),
        dict(purchase_date=dt.date(2025, 1, 5), status="sold", status_date=dt.date(2025, 4, 1)),
        dict(purchase_date=dt.date(2025, 1, 5), status="retired"),
    ]
    ids = []
    for n in range(len(cases)):
        ids.append(r.add_equipment(db, pid, unit(serial=f"U{n}", hashrate_ths=10 + n), today=TODAY))
    with db.session() as s:  # raw dates, including a missing status date the services would not write
        for unit_id, case in zip(ids, cases, strict=True):
            row = s.get(Equipment, unit_id)
            row.purchase_date = case.get("purchase_date")
            row.status = case.get("status", "active")
            row.status_date = case.get("status_date")
    with db.sessions() as s:
        core_units = queries.units(s, pid)
        for day in (dt.date(2025, 1, 1), dt.date(2025, 2, 15), dt.date(2025, 3, 1), dt.date(2025, 5, 1)):
            sql = queries.fleet_running_on(s, pid, day)
            running = [u for u in core_units if u.running_on(day)]
            assert (sql.units, sql.hashrate_ths) == (
                len(running),
                sum((u.hashrate_ths for u in running), D(0)),
            )
