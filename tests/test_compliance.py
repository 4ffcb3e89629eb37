"""Russian mining rules: household limit, FNS registry, banned and seasonal regions."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal

import pytest
from sqlalchemy import select, update

from desktop.core.compliance import (
    INFO,
    WARNING,
    SiteRegion,
    check_compliance,
    household_limit_flags,
    load_restrictions,
    normalise_region,
    parse_restrictions,
    region_flags,
    registry_flags,
)
from desktop.paths import resource
from desktop.services import records
from desktop.store.models import Profile

D = Decimal
RULES = load_restrictions()


def test_bundled_list_has_dates_and_a_source():
    data = json.loads(resource("data", "mining_restrictions.json").read_text(encoding="utf-8"))
    assert "221-FZ" in data["source"] and "6,000 kWh" in data["source"]
    assert RULES.household_limit_kwh == D(6000)
    assert RULES.household_from == dt.date(2024, 11, 1)
    bans = [r for r in RULES.regions if r.kind == "ban"]
    seasonal = [r for r in RULES.regions if r.kind == "seasonal"]
    assert len(bans) == 10 and len(seasonal) == 3
    assert all(r.start == dt.date(2025, 1, 1) and r.end == dt.date(2031, 3, 15) for r in RULES.regions)
    assert all(r.partial for r in seasonal)
    assert all(r.names_ru and r.names_en for r in RULES.regions)


# ------------------------------------------------------------------------------------ household limit


def test_individual_flagged_each_month_past_6000_kwh():
    monthly = {
        dt.date(2024, 10, 1): D(7000),  # before the rule was in force
        dt.date(2024, 11, 1): D(6000),  # at the limit, not past it
        dt.date(2024, 12, 1): D("6000.1"),
        dt.date(2025, 1, 1): D(5999),
        dt.date(2025, 2, 1): D(9100),
    }
    flags = household_limit_flags("individual", monthly, RULES)
    assert [(f.code, f.severity, f.month) for f in flags] == [
        ("over_household_limit", WARNING, dt.date(2024, 12, 1)),
        ("over_household_limit", WARNING, dt.date(2025, 2, 1)),
    ]
    assert "6,000 kWh" in flags[1].message and "9,100 kWh" in flags[1].message
    assert household_limit_flags("sole_trader", monthly, RULES) == []


# ------------------------------------------------------------------------------------------ registry


@pytest.mark.parametrize("form", ["sole_trader", "company"])
def test_business_without_registry_number_is_flagged(form):
    flags = registry_flags(form, None, RULES)
    assert [(f.code, f.severity, f.start) for f in flags] == [
        ("not_in_registry", WARNING, dt.date(2024, 11, 1))
    ]
    assert "registry" in flags[0].message
    assert registry_flags(form, "   ", RULES)[0].code == "not_in_registry"
    assert registry_flags(form, "77-2024-000318", RULES) == []


def test_individual_needs_no_registry_number():
    assert registry_flags("individual", None, RULES) == []


# ------------------------------------------------------------------------------------------- regions


@pytest.mark.parametrize(
    "region, key",
    [
        ("Республика Дагестан", "dagestan"),
        ("Дагестан", "dagestan"),
        ("Dagestan", "dagestan"),
        ("REPUBLIC OF DAGESTAN", "dagestan"),
        ("г. Махачкала, Республика Дагестан", "dagestan"),
        ("Республика Ингушетия", "ingushetia"),
        ("Ingushetia", "ingushetia"),
        ("Кабардино-Балкарская Республика", "kabardino_balkaria"),
        ("Kabardino-Balkaria", "kabardino_balkaria"),
        ("Карачаево-Черкесия", "karachay_cherkessia"),
        ("Karachay-Cherkess Republic", "karachay_cherkessia"),
        ("Республика Северная Осетия — Алания", "north_ossetia"),
        ("РСО-Алания", "north_ossetia"),
        ("North Ossetia", "north_ossetia"),
        ("Чеченская Республика", "chechnya"),
        ("чечня", "chechnya"),
        ("Chechen Republic", "chechnya"),
        ("Донецкая Народная Республика", "dpr"),
        ("ДНР", "dpr"),
        ("Donetsk People's Republic", "dpr"),
        ("Луганская Народная Республика", "lpr"),
        ("LPR", "lpr"),
        ("Запорожская область", "zaporozhye"),
        ("Zaporizhzhia", "zaporozhye"),
        ("Херсонская обл.", "kherson"),
        ("Kherson Oblast", "kherson"),
        ("Иркутская область", "irkutsk"),
        ("Irkutsk oblast", "irkutsk"),
        ("Республика Бурятия", "buryatia"),
        ("Buryatia", "buryatia"),
        ("Забайкальский край", "zabaykalsky"),
        ("Zabaykalsky Krai", "zabaykalsky"),
    ],
)
def test_regions_match_russian_or_english_names(region, key):
    assert [r.key for r in RULES.regions_of(region)] == [key]


@pytest.mark.parametrize(
    "region",
    [
        "Красноярский край",
        "Тверская область",
        "Ростовская область, г. Донецк",
        "Республика Адыгея",
        "Moscow",
        "",
        None,
    ],
)
def test_other_regions_do_not_match(region):
    assert RULES.regions_of(region) == []


def test_normalise_region():
    assert normalise_region("Республика Северная Осетия — Алания") == ("северная", "осетия", "алания")
    assert normalise_region("Donetsk People’s Republic") == ("donetsk",)


def test_banned_region_flag_with_dates():
    site = [SiteRegion("Ферма", "Республика Дагестан")]
    flags = region_flags(site, dt.date(2026, 1, 10), RULES)
    assert [(f.code, f.severity, f.start, f.end, f.site) for f in flags] == [
        ("region_banned", WARNING, dt.date(2025, 1, 1), dt.date(2031, 3, 15), "Ферма")
    ]
    assert "Dagestan" in flags[0].message and "15.03.2031" in flags[0].message
    before = region_flags(site, dt.date(2024, 12, 1), RULES)
    assert [(f.code, f.severity) for f in before] == [("region_banned", INFO)]  # announced, not yet in force
    assert region_flags(site, dt.date(2031, 3, 16), RULES) == []  # over


def test_seasonal_region_flag_is_may_be_affected_with_the_window():
    site = [SiteRegion("ЦОД", "Иркутская область")]
    in_season = region_flags(site, dt.date(2026, 2, 1), RULES)
    assert [(f.code, f.severity, f.start, f.end) for f in in_season] == [
        ("region_seasonal", INFO, dt.date(2026, 1, 1), dt.date(2026, 3, 15))
    ]
    assert "May be affected" in in_season[0].message and "part of the region" in in_season[0].message
    after_season = region_flags(site, dt.date(2026, 4, 1), RULES)
    assert (after_season[0].start, after_season[0].end) == (dt.date(2027, 1, 1), dt.date(2027, 3, 15))
    last = region_flags(site, dt.date(2031, 3, 15), RULES)
    assert (last[0].start, last[0].end) == (dt.date(2031, 1, 1), dt.date(2031, 3, 15))
    assert region_flags(site, dt.date(2031, 4, 1), RULES) == []


def test_seasons_every_year_and_a_window_across_the_new_year():
    irkutsk = RULES.regions_of("Иркутская область")[0]
    seasons = irkutsk.seasons()
    assert len(seasons) == 7
    assert seasons[0] == (dt.date(2025, 1, 1), dt.date(2025, 3, 15))
    assert seasons[-1] == (dt.date(2031, 1, 1), dt.date(2031, 3, 15))
    # the decree's later winters start on 15 November: one data change
    data = json.loads(resource("data", "mining_restrictions.json").read_text(encoding="utf-8"))
    for r in data["regions"]:
        if r["kind"] == "seasonal":
            r["season_start"] = "11-15"
    longer = parse_restrictions(data).regions_of("Irkutsk")[0].seasons()
    assert longer[:2] == [
        (dt.date(2025, 1, 1), dt.date(2025, 3, 15)),
        (dt.date(2025, 11, 15), dt.date(2026, 3, 15)),
    ]


def test_check_compliance_combines_and_falls_back_to_the_profile_region():
    flags = check_compliance(
        "sole_trader",
        None,
        [SiteRegion("Гараж", None)],
        {dt.date(2025, 1, 1): D(9000)},
        dt.date(2025, 6, 1),
        profile_region="Чеченская Республика",
    )
    assert [f.code for f in flags] == ["not_in_registry", "region_banned"]
    no_sites = check_compliance("individual", None, [], {}, dt.date(2025, 6, 1), profile_region="Buryatia")
    assert [f.code for f in no_sites] == ["region_seasonal"]
    assert "the farm" in no_sites[0].message


# --------------------------------------------------------------------------------------- demo data


def _profile_id(db, name):
    with db.sessions() as s:
        return s.scalar(select(Profile.id).where(Profile.name == name))


def test_demo_individual_stays_under_the_household_limit(demo_db):
    pid = _profile_id(demo_db, "Алексей Иванов")
    report = records.energy_by_month(demo_db, pid, "RUB", dt.date(2026, 3, 22))
    assert len(report.months) >= 24
    assert all(m.kwh < 6000 for m in report.months)
    assert max(m.kwh for m in report.months) > 4000  # the farm does run
    flags = records.compliance_flags(demo_db, pid, dt.date(2026, 3, 22))
    assert flags == []


def test_demo_flags(demo_db):
    today = dt.date(2026, 3, 1)
    smirnov = records.compliance_flags(demo_db, _profile_id(demo_db, "ИП Смирнов Олег Викторович"), today)
    assert [(f.code, f.start, f.end) for f in smirnov] == [
        ("region_seasonal", dt.date(2026, 1, 1), dt.date(2026, 3, 15))
    ]
    company_id = _profile_id(demo_db, "ООО «Сибирский хэш»")
    assert records.compliance_flags(demo_db, company_id, today) == []
    with demo_db.session() as s:
        s.execute(update(Profile).where(Profile.id == company_id).values(registry_number=None))
    assert [f.code for f in records.compliance_flags(demo_db, company_id, today)] == ["not_in_registry"]
