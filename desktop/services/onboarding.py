"""The first-run welcome's "Start my farm": check each step, then write profile, site and machines at once.

Every rule is the services' own — the profile is checked by ``profiles`` (name, legal form, INN check
digits, registry date, unique name), the site and the machines by ``records`` (tariffs, currency,
hashrate and power limits, dates, unique serial numbers). This module only composes them, so that
:func:`create_farm` can write the three in **one transaction**: any refusal leaves the database as it was.

Serial numbers are optional in the wizard: when none are given the machines are numbered
``no-serial-001``, ``no-serial-002``, … (the real ones can be entered later on the Equipment page).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from desktop.services import profiles, records
from desktop.services.profiles import ProfileData
from desktop.services.records import EquipmentData, RecordError, SiteData
from desktop.store.db import Database
from desktop.store.models import Equipment, Profile, Site

PLACEHOLDER_SERIAL = "no-serial-{0:03d}"
MAX_UNITS = 1000  # one wizard line; bigger fleets are imported from CSV


@dataclass(frozen=True)
class FarmResult:
    profile_id: int
    site_id: int
    equipment_ids: list[int]


def check_profile(db: Database, data: ProfileData) -> ProfileData:
    """The profile as it would be saved; raises ProfileError (the field at fault) like ``create_profile``."""
    cleaned = profiles._clean(data)
    with db.sessions() as s:
        profiles._check_unique(s, cleaned.name)
    return cleaned


def check_site(data: SiteData) -> None:
    """Raises RecordError as ``records.add_site`` would for a new profile (which has no sites yet)."""
    records._clean_site(data)


def serials_for(serials: list[str], count: int) -> list[str]:
    """The serial numbers of ``count`` machines: those given (as many as machines), or placeholders."""
    serials = [s.strip() for s in serials if s and s.strip()]
    if count < 1 or count > MAX_UNITS:
        raise RecordError(
            "count",
            QCoreApplication.translate("Onboarding", "The number of machines must be from 1 to {0}.").format(
                MAX_UNITS
            ),
        )
    if not serials:
        return [PLACEHOLDER_SERIAL.format(n) for n in range(1, count + 1)]
    if len(serials) != count:
        raise RecordError(
            "serial",
            QCoreApplication.translate(
                "Onboarding",
                "{0} serial number(s) for {1} machine(s): give one per machine, or none.",
            ).format(len(serials), count),
        )
    return serials


def check_machines(data: EquipmentData, serials: list[str], today: dt.date | None = None) -> None:
    """Raises RecordError as ``records.add_units`` would (the site is the wizard's new one, checked later)."""
    today = today or dt.date.today()
    seen: set[str] = set()
    for serial in serials:
        # A new profile has no machines yet: a serial can only clash within the list itself.
        records._clean_equipment(None, 0, dataclasses.replace(data, serial=serial, site_id=None), today)
        if serial in seen:
            raise RecordError(
                "serial",
                QCoreApplication.translate("Records", "The serial number {0} is listed twice.").format(serial),
            )
        seen.add(serial)


def create_farm(
    db: Database,
    profile: ProfileData,
    site: SiteData,
    machines: EquipmentData,
    serials: list[str],
    today: dt.date | None = None,
) -> FarmResult:
    """Create the profile, its site and its machines (at that site) in one transaction, or nothing."""
    today = today or dt.date.today()
    profile_values = profiles._clean(profile)
    site_values = records._clean_site(site)
    if not serials:
        raise RecordError("serial", QCoreApplication.translate("Records", "Give at least one serial number."))
    with db.session() as s:
        profiles._check_unique(s, profile_values.name)
        p = Profile(**profile_values.__dict__)
        s.add(p)
        s.flush()
        place = Site(profile_id=p.id, **site_values)
        s.add(place)
        s.flush()
        units = []
        for serial in serials:
            values = records._clean_equipment(
                s, p.id, dataclasses.replace(machines, serial=serial, site_id=place.id), today
            )
            values["status_date"] = records._initial_status_date(values, today)
            units.append(Equipment(profile_id=p.id, **values))
        records._serials_free(s, p.id, [u.serial for u in units])
        s.add_all(units)
        s.flush()
        return FarmResult(p.id, place.id, [u.id for u in units])
