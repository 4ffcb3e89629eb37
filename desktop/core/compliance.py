"""Russian mining rules as checks on a profile's plain data.

The rules live in ``resources/data/mining_restrictions.json`` (dates, regions in Russian and English,
sources) so that a change of the law is a data change. Checks:

- an individual may mine without registering up to a monthly limit (6,000 kWh): each month above it
  is flagged;
- sole traders and companies must be in the FNS registry of miners: a missing registry number is flagged;
- sites in regions where mining is banned (all year, or seasonally in parts of a region) are flagged
  with the dates of the ban.

Pure functions; messages are English sentences (the GUI may translate them by ``code``).
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

WARNING = "warning"
INFO = "info"

RESTRICTIONS_FILE = ("data", "mining_restrictions.json")

# Words that only say what kind of region it is; dropped before names are compared.
_GENERIC_WORDS = frozenset(
    """республика респ область обл край народная г город автономный округ ао
    republic oblast region krai kray territory of the peoples people""".split()
)
_APOSTROPHES = re.compile(r"['’ʼ`]")
_NON_WORD = re.compile(r"[\W_]+", re.UNICODE)


def normalise_region(text: str | None) -> tuple[str, ...]:
    """'Республика Северная Осетия — Алания' -> ('северная', 'осетия', 'алания')."""
    if not text:
        return ()
    s = _APOSTROPHES.sub("", text.casefold().replace("ё", "е"))
    return tuple(w for w in _NON_WORD.sub(" ", s).split() if w not in _GENERIC_WORDS)


def _contains(words: tuple[str, ...], alias: tuple[str, ...]) -> bool:
    n = len(alias)
    return n > 0 and any(words[i : i + n] == alias for i in range(len(words) - n + 1))


@dataclass(frozen=True)
class RegionRule:
    key: str
    kind: str  # "ban" (all year) | "seasonal"
    start: dt.date  # in force from (inclusive)
    end: dt.date  # in force until (inclusive)
    names_ru: tuple[str, ...]
    names_en: tuple[str, ...]
    partial: bool = False  # only parts of the region are affected
    season_start: tuple[int, int] | None = None  # (month, day), seasonal rules only
    season_end: tuple[int, int] | None = None

    @property
    def name_en(self) -> str:
        return self.names_en[0] if self.names_en else self.key

    @property
    def name_ru(self) -> str:
        return self.names_ru[0] if self.names_ru else self.key

    def matches(self, region: str | None) -> bool:
        """Case-insensitive match on any Russian or English name ('Дагестан', 'Республика Дагестан',
        'dagestan'); the name may be part of a longer text such as an address."""
        words = normalise_region(region)
        return bool(words) and any(
            _contains(words, normalise_region(n)) for n in self.names_ru + self.names_en
        )

    def seasons(self) -> list[tuple[dt.date, dt.date]]:
        """Every restricted window (inclusive), clipped to the rule's dates; one window for a full ban."""
        if self.kind != "seasonal" or self.season_start is None or self.season_end is None:
            return [(self.start, self.end)]
        out = []
        crosses_year = self.season_start > self.season_end
        for year in range(self.start.year, self.end.year + 2):
            first = dt.date(year - 1 if crosses_year else year, *self.season_start)
            last = dt.date(year, *self.season_end)
            first, last = max(first, self.start), min(last, self.end)
            if first <= last:
                out.append((first, last))
        return out

    def window_on_or_after(self, day: dt.date) -> tuple[dt.date, dt.date] | None:
        """The restricted window in force on ``day``, else the next one; None when none is left."""
        for first, last in self.seasons():
            if last >= day:
                return first, last
        return None


@dataclass(frozen=True)
class Restrictions:
    registry_forms: tuple[str, ...]
    registry_from: dt.date
    household_forms: tuple[str, ...]
    household_limit_kwh: Decimal
    household_from: dt.date
    regions: tuple[RegionRule, ...]
    source: str = ""
    notes: str = ""

    def regions_of(self, region: str | None) -> list[RegionRule]:
        return [r for r in self.regions if r.matches(region)]


def _month_day(text: str) -> tuple[int, int]:
    month, day = text.split("-")
    return int(month), int(day)


def parse_restrictions(data: Mapping) -> Restrictions:
    """Build the rules from the JSON document (see resources/data/mining_restrictions.json)."""
    regions = []
    for r in data["regions"]:
        kind = r["kind"]
        if kind not in ("ban", "seasonal"):
            raise ValueError(f"unknown restriction kind '{kind}' for {r.get('key')}")
        regions.append(
            RegionRule(
                key=r["key"],
                kind=kind,
                start=dt.date.fromisoformat(r["from"]),
                end=dt.date.fromisoformat(r["to"]),
                names_ru=tuple(r.get("names_ru", ())),
                names_en=tuple(r.get("names_en", ())),
                partial=bool(r.get("partial", False)),
                season_start=_month_day(r["season_start"]) if "season_start" in r else None,
                season_end=_month_day(r["season_end"]) if "season_end" in r else None,
            )
        )
    reg, hh = data["registry"], data["household_limit"]
    return Restrictions(
        registry_forms=tuple(reg["legal_forms"]),
        registry_from=dt.date.fromisoformat(reg["from"]),
        household_forms=tuple(hh["legal_forms"]),
        household_limit_kwh=Decimal(str(hh["kwh_per_month"])),
        household_from=dt.date.fromisoformat(hh["from"]),
        regions=tuple(regions),
        source=data.get("source", ""),
        notes=data.get("notes", ""),
    )


@functools.cache
def _load(path: str) -> Restrictions:
    with open(path, encoding="utf-8") as fh:
        return parse_restrictions(json.load(fh))


def load_restrictions(path: Path | str | None = None) -> Restrictions:
    """The bundled rules (cached), or those of another file."""
    if path is None:
        from desktop.paths import resource

        path = resource(*RESTRICTIONS_FILE)
    return _load(str(path))


@dataclass(frozen=True)
class ComplianceFlag:
    code: str  # over_household_limit | not_in_registry | region_banned | region_seasonal
    severity: str  # "warning" | "info"
    message: str  # one English sentence
    month: dt.date | None = None  # first day of the month concerned
    start: dt.date | None = None
    end: dt.date | None = None
    site: str | None = None  # the site's name (region checks)
    region: str | None = None  # the region as typed
    kwh: Decimal | None = None  # the month's consumption (household limit)
    limit_kwh: Decimal | None = None


@dataclass(frozen=True)
class SiteRegion:
    name: str
    region: str | None


def _fmt_kwh(kwh: Decimal) -> str:
    return f"{Decimal(kwh).quantize(Decimal(1)):,}"


def household_limit_flags(
    legal_form: str, monthly_kwh: Mapping[dt.date, Decimal], rules: Restrictions
) -> list[ComplianceFlag]:
    """Each month (from the rule's start) in which an individual's total consumption passed the limit."""
    if legal_form not in rules.household_forms:
        return []
    limit = rules.household_limit_kwh
    flags = []
    for month in sorted(monthly_kwh):
        kwh = Decimal(monthly_kwh[month])
        if month.replace(day=1) < rules.household_from.replace(day=1) or kwh <= limit:
            continue
        flags.append(
            ComplianceFlag(
                code="over_household_limit",
                severity=WARNING,
                message=(
                    f"In {month:%Y-%m} the sites used {_fmt_kwh(kwh)} kWh, more than the {_fmt_kwh(limit)} kWh "
                    "a month an individual may use for mining without registering as a sole trader or "
                    "company in the FNS registry of miners."
                ),
                month=month.replace(day=1),
                kwh=kwh,
                limit_kwh=Decimal(limit),
            )
        )
    return flags


def registry_flags(legal_form: str, registry_number: str | None, rules: Restrictions) -> list[ComplianceFlag]:
    if legal_form not in rules.registry_forms or (registry_number or "").strip():
        return []
    who = "A sole trader" if legal_form == "sole_trader" else "A company"
    return [
        ComplianceFlag(
            code="not_in_registry",
            severity=WARNING,
            message=(
                f"{who} may mine only once included in the FNS registry of miners "
                f"(required since {rules.registry_from:%d.%m.%Y}), and no registry number is recorded."
            ),
            start=rules.registry_from,
        )
    ]


def region_flags(sites: Iterable[SiteRegion], on: dt.date, rules: Restrictions) -> list[ComplianceFlag]:
    """Sites in regions with a ban in force on ``on`` or still to come (past bans are not flagged)."""
    flags = []
    for site in sites:
        for rule in rules.regions_of(site.region):
            window = rule.window_on_or_after(on)
            if window is None:
                continue
            first, last = window
            where = f"the site '{site.name}'" if site.name else "the farm"
            if rule.kind == "ban":
                tense = "is banned" if first <= on else "will be banned"
                flags.append(
                    ComplianceFlag(
                        code="region_banned",
                        severity=WARNING if first <= on else INFO,
                        message=(
                            f"Mining {tense} in {rule.name_en} from {first:%d.%m.%Y} to {last:%d.%m.%Y}, "
                            f"so {where} may not mine there during that time."
                        ),
                        start=first,
                        end=last,
                        site=site.name,
                        region=site.region,
                    )
                )
            else:
                s, e = rule.season_start, rule.season_end
                flags.append(
                    ComplianceFlag(
                        code="region_seasonal",
                        severity=INFO,
                        message=(
                            f"May be affected (part of the region): mining is banned in parts of {rule.name_en} "
                            f"every year from {s[1]:02d}.{s[0]:02d} to {e[1]:02d}.{e[0]:02d} until "
                            f"{rule.end:%d.%m.%Y} (next or current window {first:%d.%m.%Y}–{last:%d.%m.%Y}), "
                            f"so check whether {where} lies in one of the listed districts."
                        ),
                        start=first,
                        end=last,
                        site=site.name,
                        region=site.region,
                    )
                )
    return flags


def check_compliance(
    legal_form: str,
    registry_number: str | None,
    sites: Iterable[SiteRegion],
    monthly_kwh: Mapping[dt.date, Decimal],
    on: dt.date,
    *,
    profile_region: str | None = None,
    rules: Restrictions | None = None,
) -> list[ComplianceFlag]:
    """All flags for a profile: registry, household limit by month, regions of its sites.

    ``monthly_kwh`` is the total consumption of all its sites per month (first day of month -> kWh).
    A site without a region is checked against the profile's region; without sites, the profile's
    region itself is checked.
    """
    rules = rules or load_restrictions()
    sites = list(sites)
    placed = [SiteRegion(s.name, s.region or profile_region) for s in sites]
    if not placed and profile_region:
        placed = [SiteRegion("", profile_region)]
    return (
        registry_flags(legal_form, registry_number, rules)
        + household_limit_flags(legal_form, monthly_kwh, rules)
        + region_flags(placed, on, rules)
    )
