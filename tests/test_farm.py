"""Pure farm arithmetic against figures computed by hand."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from desktop.core import farm
from desktop.core.farm import (
    EnergyEntry,
    FarmError,
    SiteTariff,
    Unit,
    allocate_energy,
    book_value_minor,
    check_energy,
    check_production,
    cost_per_btc,
    depreciation_by_month,
    depreciation_minor,
    efficiency_band,
    expected_kwh_in_month,
    expected_production_by_month,
    fleet_totals,
    holdings_at,
    hosting_fees_by_month,
    market_value,
    running_balance,
    split_by_month,
)

D = Decimal
JAN, FEB, MAR = dt.date(2025, 1, 1), dt.date(2025, 2, 1), dt.date(2025, 3, 1)


# ------------------------------------------------------------------------------------------ months


def test_month_helpers():
    assert farm.add_months(dt.date(2024, 1, 31), 1) == dt.date(2024, 2, 29)
    assert farm.add_months(dt.date(2024, 3, 15), -3) == dt.date(2023, 12, 15)
    assert farm.months_between(dt.date(2024, 11, 20), dt.date(2025, 2, 3)) == [
        dt.date(2024, 11, 1),
        dt.date(2024, 12, 1),
        JAN,
        FEB,
    ]
    assert farm.last_full_month(dt.date(2026, 3, 22)) == dt.date(2026, 2, 1)
    assert farm.last_full_month(dt.date(2026, 2, 28)) == dt.date(2026, 2, 1)


def test_split_by_month_is_pro_rata_and_exact():
    # 20 Jan .. 10 Feb = 12 + 10 days
    parts = split_by_month(dt.date(2025, 1, 20), dt.date(2025, 2, 10), D(2200))
    assert [(m, n, p) for m, n, p in parts] == [(JAN, 12, D(1200)), (FEB, 10, D(1000))]
    thirds = split_by_month(dt.date(2025, 1, 31), dt.date(2025, 3, 1), D(100))  # 1 + 28 + 1 days
    assert sum(p for _, _, p in thirds) == D(100)
    with pytest.raises(FarmError):
        split_by_month(FEB, JAN, D(1))


# --------------------------------------------------------------------------------------- valuation


def test_book_value_straight_line():
    # 36,500.00 over 12 months from 2023-01-01 (365 days); on 2023-07-02, 183 days remain
    assert book_value_minor(3_650_000, dt.date(2023, 1, 1), dt.date(2023, 7, 2), life_months=12) == 1_830_000
    assert book_value_minor(3_650_000, dt.date(2023, 1, 1), dt.date(2022, 5, 1), life_months=12) == 3_650_000
    assert book_value_minor(3_650_000, dt.date(2023, 1, 1), dt.date(2024, 1, 1), life_months=12) == 0
    assert book_value_minor(3_650_000, dt.date(2023, 1, 1), dt.date(2030, 1, 1), life_months=12) == 0


def test_book_value_default_life_is_36_months_and_rounds_half_up():
    # 2024-01-01 .. 2027-01-01 = 1096 days; on 2025-01-01, 730 remain: 12,000,000 × 730 / 1096 = 7,992,700.73
    assert farm.DEFAULT_LIFE_MONTHS == 36
    assert book_value_minor(12_000_000, dt.date(2024, 1, 1), dt.date(2025, 1, 1)) == 7_992_701
    assert book_value_minor(500, None, dt.date(2025, 1, 1)) == 500  # no purchase date: not depreciated
    with pytest.raises(FarmError):
        book_value_minor(100, dt.date(2024, 1, 1), dt.date(2025, 1, 1), life_months=0)


def test_depreciation_of_a_month_and_stop_on_sale():
    # 36,000.00 bought 2025-01-01, 36 months = 1095 days; January: 3,600,000 × 31 / 1095 = 101,917.8 -> 101,918
    unit = Unit(D(100), 3000, dt.date(2025, 1, 1), price_minor=3_600_000)
    assert depreciation_minor(unit, JAN, dt.date(2025, 1, 31)) == 3_600_000 - 3_498_082 == 101_918
    sold = Unit(
        D(100),
        3000,
        dt.date(2025, 1, 1),
        status="sold",
        status_date=dt.date(2025, 2, 1),
        price_minor=3_600_000,
    )
    assert depreciation_minor(sold, FEB, dt.date(2025, 2, 28)) == 0
    repair = Unit(D(100), 3000, dt.date(2025, 1, 1), status="repair", status_date=JAN, price_minor=3_600_000)
    assert depreciation_minor(repair, FEB, dt.date(2025, 2, 28)) > 0  # still owned
    by_month = depreciation_by_month([unit], [dt.date(2024, 12, 1), JAN])
    assert by_month == {dt.date(2024, 12, 1): {}, JAN: {"RUB": D("1019.18")}}


@pytest.mark.parametrize(
    "j_th, band",
    [
        (D("17.5"), "le20"),
        (D(20), "le20"),
        (D("20.01"), "20-30"),
        (D("30.5"), "30-40"),
        (D(40), "30-40"),
        (D(98), "gt40"),
    ],
)
def test_efficiency_bands(j_th, band):
    assert efficiency_band(j_th) == band


def test_market_value_by_band_with_a_custom_table():
    assert market_value(D(200), 3500, "USD") == D(200) * farm.DEFAULT_PRICE_PER_TH["le20"]["USD"]
    table = {"le20": {"RUB": D(1000)}, "20-30": {"RUB": D(500)}, "30-40": {"RUB": D("250.5")}, "gt40": {}}
    assert market_value(D(100), 3050, "RUB", table) == D("25050.00")  # 30.5 J/TH
    assert market_value(D(140), 3010, "RUB", table) == D("70000.00")  # 21.5 J/TH
    assert market_value(D("13.5"), 1323, "RUB", table) is None  # no price in that band
    assert market_value(D(100), 3050, "EUR", table) is None


def test_fleet_totals_weighted_efficiency():
    t = fleet_totals([Unit(D(100), 3050), Unit(D(200), 3500)])
    assert (t.units, t.hashrate_ths, t.power_w) == (2, D(300), 6550)
    assert t.kw == D("6.55")
    assert t.j_per_th == D("21.83")  # 6550 W / 300 TH, not the mean of 30.5 and 17.5
    assert fleet_totals([]).j_per_th is None


# ------------------------------------------------------------------------------------------ energy

SITE = {1: SiteTariff(D(5))}


def reading(day, meter, replaced=False, **kw):
    return EnergyEntry(site_id=1, kind="reading", day=day, meter_kwh=D(meter), meter_replaced=replaced, **kw)


def test_reading_spanning_two_months_is_allocated_by_days():
    # 2100 kWh over 21 Jan .. 10 Feb: 11 days in January, 10 in February
    alloc = allocate_energy([reading(dt.date(2025, 1, 20), 1000), reading(dt.date(2025, 2, 10), 3100)], SITE)
    months = alloc.by_month()
    assert months[JAN].kwh == D(1100) and months[FEB].kwh == D(1000)
    assert months[JAN].costs == {"RUB": D(5500)} and months[FEB].costs == {"RUB": D(5000)}
    assert len(months[JAN].by_site[1].days) == 11 and len(months[FEB].by_site[1].days) == 10
    assert alloc.warnings == []


def test_reading_cost_uses_the_override_or_the_billed_amount():
    rows = [reading(dt.date(2025, 1, 31), 1000), reading(dt.date(2025, 2, 28), 1500, tariff_override=D(6))]
    assert allocate_energy(rows, SITE).by_month()[FEB].costs == {"RUB": D(3000)}
    rows[1] = reading(dt.date(2025, 2, 28), 1500, cost_minor=123_456)
    assert allocate_energy(rows, SITE).by_month()[FEB].costs == {"RUB": D("1234.56")}


def test_meter_replacement_starts_a_new_counter():
    # old meter's last reading and the new meter's first reading on the same day
    rows = [
        reading(dt.date(2025, 1, 31), 1000),
        reading(dt.date(2025, 2, 15), 0, replaced=True, id=4),
        reading(dt.date(2025, 2, 15), 1500, id=5),
        reading(dt.date(2025, 2, 28), 300),
    ]
    assert allocate_energy(rows, SITE).by_month()[FEB].kwh == D(800)
    # without the old meter's last reading its consumption after 31 Jan is unknown
    rows = [
        reading(dt.date(2025, 1, 31), 1000),
        reading(dt.date(2025, 2, 15), 0, replaced=True),
        reading(dt.date(2025, 2, 28), 300),
    ]
    feb = allocate_energy(rows, SITE).by_month()[FEB]
    assert feb.kwh == D(300) and len(feb.by_site[1].days) == 13


def test_a_reading_going_down_without_replacement_is_a_warning():
    alloc = allocate_energy(
        [reading(JAN, 1000), reading(FEB, 900), reading(dt.date(2025, 2, 28), 1000)], SITE
    )
    assert len(alloc.warnings) == 1
    assert alloc.kwh_by_month() == {FEB: D(100)}  # 900 -> 1000 counted from the new counter


def test_period_spanning_months_with_cost_and_day_night_tariff():
    # 16 Jan .. 15 Feb = 16 + 15 days, 3,100 kWh billed 15,500.00
    period = EnergyEntry(
        site_id=1,
        kind="period",
        day=dt.date(2025, 2, 15),
        period_start=dt.date(2025, 1, 16),
        kwh=D(3100),
        cost_minor=1_550_000,
    )
    months = allocate_energy([period], SITE).by_month()
    assert (months[JAN].kwh, months[JAN].costs["RUB"]) == (D(1600), D(8000))
    assert (months[FEB].kwh, months[FEB].costs["RUB"]) == (D(1500), D(7500))
    unbilled = EnergyEntry(site_id=1, kind="period", day=dt.date(2025, 1, 31), period_start=JAN, kwh=D(1000))
    day_night = {1: SiteTariff(D(6), tariff_night=D(3), night_share=D("0.5"))}  # effective 4.50 per kWh
    assert allocate_energy([unbilled], day_night).by_month()[JAN].costs == {"RUB": D(4500)}


def test_expected_consumption_counts_only_running_days():
    units = [
        Unit(D(100), 3000, purchase_date=dt.date(2025, 3, 11)),  # runs 11..31 March: 21 days
        Unit(
            D(50), 1000, purchase_date=JAN, status="repair", status_date=dt.date(2025, 3, 21)
        ),  # 1..20 March
        Unit(D(50), 1000, purchase_date=JAN, status="sold", status_date=None),  # stop date unknown: never
    ]
    # 3000 W × 24 h × 21 d + 1000 W × 24 h × 20 d = 1512 + 480 kWh
    assert expected_kwh_in_month(units, MAR, uptime=D(1)) == D(1992)
    assert expected_kwh_in_month(units, MAR) == D("1932.24")  # default uptime 97 %
    assert expected_kwh_in_month(units, MAR, uptime=D(1), until=dt.date(2025, 3, 15)) == D(360 + 360)
    assert expected_kwh_in_month(units, FEB, uptime=D(1)) == D(1000 * 24 * 28 // 1000)


def test_metered_against_expected_flag():
    assert not check_energy(D(2300), D(2000)).flagged  # +15.0 % exactly is not past the 15 % threshold
    assert check_energy(D(2301), D(2000)).flagged
    assert not check_energy(D(2301), D(2000), threshold=D("0.16")).flagged
    assert not check_energy(D(2200), D(2000)).flagged
    low = check_energy(D(1600), D(2000))
    assert low.flagged and low.ratio == D("-0.2")
    assert check_energy(D(10), D(0)).flagged and check_energy(D(10), D(0)).ratio is None


def test_hosting_fees_only_in_months_the_site_is_used():
    sites = {1: SiteTariff(D(4), monthly_fee_minor=2_500_000), 2: SiteTariff(D(4))}
    units = [Unit(D(100), 3000, purchase_date=FEB, site_id=1)]
    fees = hosting_fees_by_month(sites, units, [JAN, FEB])
    assert fees == {JAN: {}, FEB: {"RUB": D(25000)}}


# -------------------------------------------------------------------------------------- production

# Difficulty chosen so that 100 TH/s earns exactly 10,000 sats a day after the 2024 halving (3.125 BTC)
DIFF = D(10**14 * 86_400 * 312_500_000) / (D(2**32) * 10_000)


def test_expected_production_uses_each_days_difficulty_and_running_units():
    unit = Unit(D(100), 3000, purchase_date=dt.date(2025, 6, 11))  # 20 days of June
    got = expected_production_by_month(
        [unit], dt.date(2025, 6, 1), dt.date(2025, 6, 30), lambda d: DIFF, uptime=D(1)
    )
    sats, days = got[dt.date(2025, 6, 1)]
    assert days == 30 and sats.quantize(D(1)) == D(200_000)
    got = expected_production_by_month(
        [unit],
        dt.date(2025, 6, 1),
        dt.date(2025, 6, 30),
        lambda d: DIFF,
        pool_fee=D("0.02"),
        uptime=D("0.95"),
    )
    assert got[dt.date(2025, 6, 1)][0].quantize(D(1)) == D(186_200)  # 200,000 × 0.98 × 0.95

    # a day without a known difficulty is not counted; a doubled difficulty halves the output
    def diff(d):
        return None if d.day == 30 else DIFF * 2

    sats, days = expected_production_by_month(
        [unit], dt.date(2025, 6, 1), dt.date(2025, 6, 30), diff, uptime=D(1)
    )[dt.date(2025, 6, 1)]
    assert days == 29 and sats.quantize(D(1)) == D(95_000)


def test_production_gap_flag():
    assert check_production(150_000, D(200_000)).flagged  # -25 %
    assert not check_production(170_000, D(200_000)).flagged  # -15 %
    assert check_production(250_001, D(200_000)).flagged


def test_cost_per_btc():
    # (50,000 energy + 25,000 hosting + 25,000 depreciation) ÷ 0.01 BTC
    assert cost_per_btc(D(50_000), D(25_000), D(25_000), 1_000_000) == D(10_000_000)
    assert cost_per_btc(D(1), D(0), D(0), 0) is None


def test_holdings_and_running_balance():
    payouts = [(JAN, 1000), (FEB, 500), (FEB, 250)]
    disposals = [(dt.date(2025, 1, 15), 300), (MAR, 1000)]
    assert holdings_at(payouts, disposals, dt.date(2025, 1, 14)) == 1000
    assert holdings_at(payouts, disposals, dt.date(2025, 1, 15)) == 700
    assert holdings_at(payouts, disposals, MAR) == 450
    assert running_balance(payouts, disposals) == [
        (JAN, 1000),
        (dt.date(2025, 1, 15), 700),
        (FEB, 1450),
        (MAR, 450),
    ]


def test_daily_fleet_sweep_matches_running_on():
    units = [
        Unit(D(100), 3000, purchase_date=dt.date(2025, 1, 10)),
        Unit(D(50), 1500, purchase_date=JAN, status="repair", status_date=dt.date(2025, 1, 20)),
        Unit(D(10), 500, status="active", status_date=dt.date(2025, 1, 5)),
    ]
    fleet = farm.daily_fleet(units, JAN, dt.date(2025, 1, 31))
    for day, (ths, watts) in fleet.items():
        running = farm.running_units(units, day)
        assert ths == sum((u.hashrate_ths for u in running), D(0))
        assert watts == sum(u.power_w for u in running)
    assert fleet[dt.date(2025, 1, 15)] == (D(160), 5000)
