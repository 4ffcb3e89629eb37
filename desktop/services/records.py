"""The farm's books: sites, equipment, energy, payouts and disposals; and the figures of the pages.

Every write is one transaction (``Database.session()``): it validates, writes, checks what only the
database can tell (unique serials, meter sequence, holdings never below zero) and either commits all
or raises :class:`RecordError` having written nothing. Messages are English, translated in the
"Records" context.

Read functions return plain dataclasses for the Equipment, Energy, Mining & holdings and Dashboard
pages. ``today`` is always a parameter. The dashboard shows the farm *as of* the last day with records
(payouts, disposals or energy) when that is earlier than ``today``: the demo history ends on
2026-03-22 and a real farm's books often lag, so "last 30 days" and "this month" describe the period
the books cover instead of an empty recent stretch. ``Dashboard.as_of`` says which date is shown;
compliance flags on regions still use ``today`` (the law in force now).

Prices: the latest BTC price known on or before the date, from the ``market_price`` cache (fetched or
manual) when it has one, else the bundled BTC/USD history (× Bank of Russia USD/RUB for RUB). There is
no bundled EUR rate: EUR values are None unless the cache has one.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, fields
from decimal import Decimal
from functools import cached_property
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication
from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from desktop.core import farm
from desktop.core.compliance import ComplianceFlag, SiteRegion, check_compliance
from desktop.core.errors import DomainError
from desktop.core.farm import (
    DEFAULT_ENERGY_THRESHOLD,
    DEFAULT_LIFE_MONTHS,
    DEFAULT_PRICE_PER_TH,
    DEFAULT_PRODUCTION_GAP,
    DEFAULT_UPTIME,
    FleetTotals,
    add_months,
    month_end,
    month_start,
    months_between,
)
from desktop.core.money import (
    MAX_SATS,
    SATS_PER_BTC,
    AmountError,
    check_currency,
    format_btc,
    from_minor,
    parse_decimal,
    quantize,
)
from desktop.i18n import tr_error
from desktop.store import queries
from desktop.store.db import Database
from desktop.store.models import (
    DISPOSAL_KINDS,
    ENERGY_KINDS,
    EQUIPMENT_STATUSES,
    HOSTING_KINDS,
    Disposal,
    EnergyRecord,
    Equipment,
    Payout,
    Profile,
    Site,
)

from . import history, prices


class RecordError(ValueError):
    """Invalid input for a record; ``field`` names the input at fault, the message says why."""

    def __init__(self, field: str, message: str):
        super().__init__(message)
        self.field = field
        self.message = message


class ConflictError(RecordError):
    """The record was changed or deleted by someone else (another advisor, window or command) since the version
    the edit was made on; nothing was written. ``current`` is the record as it is now (a ``…Row`` with its new
    ``version``), None when it was deleted. Edits take ``version=`` (the ``version`` of the row the form was
    filled from); without it they write as before, last one wins."""

    def __init__(self, current):
        if current is None:
            message = QCoreApplication.translate(
                "Records", "Someone else deleted this record while you were editing it. Nothing was saved.")
        else:
            message = QCoreApplication.translate(
                "Records", "Someone else changed this record while you were editing it. Nothing was saved: "
                "look at the new values, then save again or discard your changes.")
        super().__init__("version", message)
        self.current = current


class ChangedSinceShown(RecordError):
    """A delete named the versions of the rows the user saw (``versions=``) and some changed since: nothing is
    deleted — someone else's edit is not thrown away unseen."""

    def __init__(self):
        super().__init__("version", QCoreApplication.translate(
            "Records", "Someone else changed some of the selected records since they were shown; nothing was "
            "deleted. The list now shows them as they are: look again, and delete again if you still want to."))


def _check_versions(rows, versions: Mapping[int, int] | None) -> None:
    if versions and any(r.id in versions and r.version != versions[r.id] for r in rows):
        raise ChangedSinceShown


def _deleting(db: Database):
    """A delete's unit of work: a row changed by another connection between this read and the DELETE (which
    names the version read) is refused as :class:`ChangedSinceShown`."""
    return _guarded(db, ChangedSinceShown)


def _edited(s: Session, model, row_id: int, version: int | None, current, gone: str):
    """The row an edit changes, checked against the ``version`` the edit was made on: deleted since →
    ConflictError(None) (without a version: RecordError ``gone``); changed since → ConflictError(current())."""
    row = s.get(model, row_id)
    if row is None:
        if version is not None:
            raise ConflictError(None)
        raise RecordError("id", gone)
    _check_version(row, version, current)
    return row


def _check_version(row, version: int | None, current) -> None:
    """Refuse an edit made on an older version of ``row``; ``current()`` builds the row as it is now."""
    if version is not None and row.version != version:
        raise ConflictError(current())


def _versioned(db: Database, current: Callable[[], object]):
    """An edit's unit of work. Its UPDATE names the version it read (SQLAlchemy's version_id_col): a row changed
    by another connection between that read and this write updates nothing, and the edit is refused with the
    row as it is now instead of overwriting it."""
    return _guarded(db, lambda: ConflictError(current()))


@contextlib.contextmanager
def _guarded(db: Database, refusal: Callable[[], RecordError]):
    """A unit of work whose versioned UPDATE/DELETE found the row changed (StaleDataError) raises ``refusal()``."""
    try:
        with db.session() as s:
            yield s
    except StaleDataError as exc:
        raise refusal() from exc


# ======================================================================================= validation


_TXID = re.compile(r"[0-9a-f]{64}")


def _today(today: dt.date | None) -> dt.date:
    return today or dt.date.today()


def _decimal(
    name: str,
    value,
    *,
    required: bool = True,
    positive: bool = False,
    maximum: Decimal | None = None,
) -> Decimal | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            raise RecordError(name, QCoreApplication.translate("Records", "A value is required."))
        return None
    try:
        number = parse_decimal(value)
    except (AmountError, TypeError) as exc:
        raise RecordError(name, tr_error(exc)) from exc
    if positive and number <= 0:
        raise RecordError(name, QCoreApplication.translate("Records", "The value must be greater than zero."))
    if maximum is not None and number > maximum:
        raise RecordError(
            name, QCoreApplication.translate("Records", "The value must not exceed {0}.").format(maximum)
        )
    return number


def _int(
    name: str, value, *, required: bool = True, minimum: int = 0, maximum: int | None = None
) -> int | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            raise RecordError(name, QCoreApplication.translate("Records", "A value is required."))
        return None
    if isinstance(value, bool) or isinstance(value, float):
        raise RecordError(name, QCoreApplication.translate("Records", "A whole number is required."))
    try:
        number = int(value)
    except (TypeError, ValueError) as exc:
        raise RecordError(name, QCoreApplication.translate("Records", "A whole number is required.")) from exc
    if isinstance(value, Decimal) and number != value:
        raise RecordError(name, QCoreApplication.translate("Records", "A whole number is required."))
    if number < minimum:
        raise RecordError(
            name, QCoreApplication.translate("Records", "The value must be at least {0}.").format(minimum)
        )
    if maximum is not None and number > maximum:
        raise RecordError(
            name, QCoreApplication.translate("Records", "The value must not exceed {0}.").format(maximum)
        )
    return number


def _date(name: str, value, today: dt.date, *, required: bool = True) -> dt.date | None:
    if value is None or value == "":
        if required:
            raise RecordError(name, QCoreApplication.translate("Records", "A date is required."))
        return None
    if isinstance(value, dt.datetime):
        value = value.date()
    elif isinstance(value, str):
        try:
            value = dt.date.fromisoformat(value.strip())
        except ValueError as exc:
            raise RecordError(
                name, QCoreApplication.translate("Records", "'{0}' is not a date (YYYY-MM-DD).").format(value)
            ) from exc
    elif not isinstance(value, dt.date):
        raise RecordError(name, QCoreApplication.translate("Records", "A date is required."))
    if value > today:
        raise RecordError(
            name,
            QCoreApplication.translate("Records", "The date {0} is in the future.").format(value.isoformat()),
        )
    return value


def _text(name: str, value, max_len: int, *, required: bool = False) -> str:
    text = (value or "").strip()
    if required and not text:
        raise RecordError(name, QCoreApplication.translate("Records", "This field is empty."))
    if len(text) > max_len:
        raise RecordError(
            name,
            QCoreApplication.translate("Records", "This field is longer than {0} characters.").format(
                max_len
            ),
        )
    return text


def _currency(name: str, value) -> str:
    try:
        return check_currency(value)
    except AmountError as exc:
        raise RecordError(name, tr_error(exc)) from exc


def _txid(name: str, value) -> str | None:
    text = (value or "").strip().lower()
    if not text:
        return None
    if not _TXID.fullmatch(text):
        raise RecordError(
            name, QCoreApplication.translate("Records", "A transaction id is 64 hexadecimal characters.")
        )
    return text


def _profile(s: Session, profile_id: int) -> Profile:
    profile = s.get(Profile, profile_id)
    if profile is None:
        raise RecordError("profile", QCoreApplication.translate("Records", "The profile no longer exists."))
    return profile


def _site_of_profile(
    s: Session, profile_id: int, site_id, name: str = "site_id", required: bool = True
) -> Site | None:
    if site_id is None:
        if required:
            raise RecordError(name, QCoreApplication.translate("Records", "Choose a site."))
        return None
    site = s.get(Site, site_id)
    if site is None or site.profile_id != profile_id:
        raise RecordError(
            name, QCoreApplication.translate("Records", "The site does not belong to this profile.")
        )
    return site


def _owned(s: Session, model, profile_id: int, ids: Iterable[int]) -> list:
    ids = list(dict.fromkeys(ids))
    if not ids:
        return []
    rows = list(s.scalars(select(model).where(model.id.in_(ids), model.profile_id == profile_id)))
    if len(rows) != len(ids):
        found = {r.id for r in rows}
        missing = ", ".join(str(i) for i in ids if i not in found)
        raise RecordError(
            "id",
            QCoreApplication.translate(
                "Records", "Some of the selected records are not in this profile (any more): id {0}."
            ).format(missing),
        )
    return rows


def _apply(row, values: Mapping) -> None:
    for key, value in values.items():
        setattr(row, key, value)


# ============================================================================================ sites


@dataclass
class SiteData:
    name: str
    region: str | None = None
    tariff: Decimal | str | int = Decimal(0)  # per kWh, in ``currency``
    tariff_night: Decimal | str | None = None
    night_share: Decimal | str | None = None  # 0..1, share of kWh at the night tariff
    currency: str = "RUB"
    monthly_fee_minor: int = 0  # hosting fee or rent per month
    notes: str = ""


@dataclass
class SiteRow(SiteData):
    id: int = 0
    profile_id: int = 0
    version: int = 0  # the row's version when read: pass it back to edit_… (optimistic locking)
    units: int = 0  # equipment at this site


def _clean_site(data: SiteData) -> dict:
    tariff_night = _decimal("tariff_night", data.tariff_night, required=False)
    night_share = _decimal("night_share", data.night_share, required=False, maximum=Decimal(1))
    if (tariff_night is None) != (night_share is None):
        raise RecordError(
            "night_share" if night_share is None else "tariff_night",
            QCoreApplication.translate(
                "Records", "Give both the night tariff and the night share, or neither."
            ),
        )
    region = _text("region", data.region, 100) or None
    return {
        "name": _text("name", data.name, 200, required=True),
        "region": region,
        "tariff": _decimal("tariff", data.tariff),
        "tariff_night": tariff_night,
        "night_share": night_share,
        "currency": _currency("currency", data.currency),
        "monthly_fee_minor": _int("monthly_fee_minor", data.monthly_fee_minor or 0),
        "notes": (data.notes or "").strip(),
    }


def _check_site_name(s: Session, profile_id: int, name: str, exclude_id: int | None = None) -> None:
    stmt = select(Site.id).where(Site.profile_id == profile_id, Site.name == name)
    if exclude_id is not None:
        stmt = stmt.where(Site.id != exclude_id)
    if s.scalar(stmt) is not None:
        raise RecordError(
            "name",
            QCoreApplication.translate("Records", "This profile already has a site named '{0}'.").format(
                name
            ),
        )


def add_site(db: Database, profile_id: int, data: SiteData) -> int:
    values = _clean_site(data)
    with db.session() as s:
        _profile(s, profile_id)
        _check_site_name(s, profile_id, values["name"])
        site = Site(profile_id=profile_id, **values)
        s.add(site)
        s.flush()
        return site.id


def edit_site(db: Database, site_id: int, data: SiteData, *, version: int | None = None) -> None:
    values = _clean_site(data)
    current = functools.partial(get_site, db, site_id)
    with _versioned(db, current) as s:
        site = _edited(s, Site, site_id, version, current,
                         QCoreApplication.translate("Records", "The site no longer exists."))
        _check_site_name(s, site.profile_id, values["name"], exclude_id=site_id)
        _apply(site, values)
        s.flush()


def get_site(db: Database, site_id: int) -> SiteRow | None:
    """One site as it is now (None when deleted)."""
    with db.sessions() as s:
        site = s.get(Site, site_id)
        if site is None:
            return None
    return next((r for r in list_sites(db, site.profile_id) if r.id == site_id), None)


def delete_sites(db: Database, profile_id: int, ids: Iterable[int], *, with_energy: bool = False,
                 versions: Mapping[int, int] | None = None) -> int:
    """Delete sites. Their equipment stays (without a site). A site with energy records is refused
    unless ``with_energy`` (the records are then deleted with it). ``versions``: {id: version} as the user saw
    them (see ChangedSinceShown); the same for every delete below."""
    with _deleting(db) as s:
        sites = _owned(s, Site, profile_id, ids)
        _check_versions(sites, versions)
        for site in sites:
            n = s.scalar(
                select(func.count()).select_from(EnergyRecord).where(EnergyRecord.site_id == site.id)
            )
            if n and not with_energy:
                raise RecordError(
                    "id",
                    QCoreApplication.translate(
                        "Records",
                        "The site '{0}' has {1} energy records; delete them first or confirm deleting them too.",
                    ).format(site.name, n),
                )
            s.delete(site)
        return len(sites)


def list_sites(db: Database, profile_id: int) -> list[SiteRow]:
    with db.sessions() as s:
        counts = dict(
            s.execute(
                select(Equipment.site_id, func.count())
                .where(Equipment.profile_id == profile_id)
                .group_by(Equipment.site_id)
            ).all()
        )
        return [
            SiteRow(
                name=x.name,
                region=x.region,
                tariff=x.tariff,
                tariff_night=x.tariff_night,
                night_share=x.night_share,
                currency=x.currency,
                monthly_fee_minor=x.monthly_fee_minor,
                notes=x.notes,
                id=x.id,
                profile_id=x.profile_id,
                version=x.version,
                units=int(counts.get(x.id, 0)),
            )
            for x in s.scalars(select(Site).where(Site.profile_id == profile_id).order_by(Site.name))
        ]


# ========================================================================================= equipment

MAX_HASHRATE_THS = Decimal(10_000)  # per unit; catches H/s or GH/s typed as TH/s
MAX_POWER_W = 100_000  # per unit; catches kW typed as W the other way round


@dataclass
class EquipmentData:
    model: str
    serial: str
    hashrate_ths: Decimal | str | int
    power_w: int | str
    vendor: str = ""
    site_id: int | None = None
    purchase_date: dt.date | None = None
    price_minor: int | None = None
    price_currency: str = "RUB"
    status: str = "active"
    status_date: dt.date | None = None  # None: set automatically (purchase date, or today on a change)
    hosting: str = "own"
    hoster: str = ""
    notes: str = ""


@dataclass
class EquipmentRow(EquipmentData):
    id: int = 0
    profile_id: int = 0
    version: int = 0  # the row's version when read: pass it back to edit_… (optimistic locking)
    site_name: str = ""
    j_per_th: Decimal | None = None


def _clean_equipment(s: Session, profile_id: int, data: EquipmentData, today: dt.date) -> dict:
    status = (data.status or "").strip()
    if status not in EQUIPMENT_STATUSES:
        raise RecordError(
            "status",
            QCoreApplication.translate("Records", "Unknown status '{0}' (known: {1}).").format(
                status, ", ".join(EQUIPMENT_STATUSES)
            ),
        )
    hosting = (data.hosting or "own").strip()
    if hosting not in HOSTING_KINDS:
        raise RecordError(
            "hosting",
            QCoreApplication.translate("Records", "Unknown hosting '{0}' (known: {1}).").format(
                hosting, ", ".join(HOSTING_KINDS)
            ),
        )
    purchase_date = _date("purchase_date", data.purchase_date, today, required=False)
    status_date = _date("status_date", data.status_date, today, required=False)
    if purchase_date and status_date and status_date < purchase_date:
        raise RecordError(
            "status_date",
            QCoreApplication.translate("Records", "The status date is before the purchase date."),
        )
    price_minor = _int("price_minor", data.price_minor, required=False)
    site = _site_of_profile(s, profile_id, data.site_id, required=False)
    return {
        "model": _text("model", data.model, 100, required=True),
        "vendor": _text("vendor", data.vendor, 100),
        "serial": _text("serial", data.serial, 100, required=True),
        "hashrate_ths": _decimal("hashrate_ths", data.hashrate_ths, positive=True, maximum=MAX_HASHRATE_THS),
        "power_w": _int("power_w", data.power_w, minimum=1, maximum=MAX_POWER_W),
        "site_id": site.id if site else None,
        "purchase_date": purchase_date,
        "price_minor": price_minor,
        "price_currency": _currency("price_currency", data.price_currency),
        "status": status,
        "status_date": status_date,
        "hosting": hosting,
        "hoster": _text("hoster", data.hoster, 200),
        "notes": (data.notes or "").strip(),
    }


def _serials_free(s: Session, profile_id: int, serials: list[str], exclude_id: int | None = None) -> None:
    seen: set[str] = set()
    for serial in serials:
        if serial in seen:
            raise RecordError(
                "serial",
                QCoreApplication.translate("Records", "The serial number {0} is listed twice.").format(
                    serial
                ),
            )
        seen.add(serial)
    stmt = select(Equipment.serial).where(Equipment.profile_id == profile_id, Equipment.serial.in_(serials))
    if exclude_id is not None:
        stmt = stmt.where(Equipment.id != exclude_id)
    taken = sorted(s.scalars(stmt))
    if taken:
        raise RecordError(
            "serial",
            QCoreApplication.translate(
                "Records", "This profile already has a unit with serial number {0}."
            ).format(", ".join(taken)),
        )


def _initial_status_date(values: dict, today: dt.date) -> dt.date:
    if values["status_date"] is not None:
        return values["status_date"]
    if values["status"] == "active" and values["purchase_date"] is not None:
        return values["purchase_date"]
    return today


def add_equipment(db: Database, profile_id: int, data: EquipmentData, today: dt.date | None = None) -> int:
    return add_units(db, profile_id, data, [data.serial], today)[0]


def add_units(
    db: Database, profile_id: int, data: EquipmentData, serials: Iterable[str], today: dt.date | None = None
) -> list[int]:
    """Several units of one model at once (one per serial number): all are added or none."""
    today = _today(today)
    serials = [(x or "").strip() for x in serials]
    if not serials:
        raise RecordError("serial", QCoreApplication.translate("Records", "Give at least one serial number."))
    with db.session() as s:
        _profile(s, profile_id)
        rows = []
        for serial in serials:
            values = _clean_equipment(s, profile_id, _replace(data, serial=serial), today)
            values["status_date"] = _initial_status_date(values, today)
            rows.append(Equipment(profile_id=profile_id, **values))
        _serials_free(s, profile_id, [r.serial for r in rows])
        s.add_all(rows)
        s.flush()
        return [r.id for r in rows]


def edit_equipment(
    db: Database, equipment_id: int, data: EquipmentData, today: dt.date | None = None, *, version: int | None = None
) -> None:
    """Replace a unit's fields. When the status changes, the status date becomes the one given (if it
    differs from the stored one) or today. ``version``: see :class:`ConflictError`."""
    today = _today(today)
    current = functools.partial(get_equipment, db, equipment_id)
    with _versioned(db, current) as s:
        unit = _edited(s, Equipment, equipment_id, version, current,
                         QCoreApplication.translate("Records", "The unit no longer exists."))
        values = _clean_equipment(s, unit.profile_id, data, today)
        _serials_free(s, unit.profile_id, [values["serial"]], exclude_id=unit.id)
        if values["status"] != unit.status:
            given = values["status_date"]
            values["status_date"] = given if given is not None and given != unit.status_date else today
            if values["purchase_date"] and values["status_date"] < values["purchase_date"]:
                raise RecordError(
                    "status_date",
                    QCoreApplication.translate("Records", "The status date is before the purchase date."),
                )
        elif values["status_date"] is None:
            values["status_date"] = unit.status_date
        _apply(unit, values)
        s.flush()


def get_equipment(db: Database, equipment_id: int) -> EquipmentRow | None:
    """One unit as it is now (None when deleted)."""
    with db.sessions() as s:
        row = s.execute(select(Equipment, Site.name).outerjoin(Site, Site.id == Equipment.site_id)
                        .where(Equipment.id == equipment_id)).first()
        return None if row is None else _equipment_row(row[0], row[1])


def set_status(
    db: Database,
    profile_id: int,
    ids: Iterable[int],
    status: str,
    day: dt.date | None = None,
    today: dt.date | None = None,
) -> int:
    """Change the status of several units at once (status date: ``day`` or today)."""
    today = _today(today)
    if status not in EQUIPMENT_STATUSES:
        raise RecordError(
            "status",
            QCoreApplication.translate("Records", "Unknown status '{0}' (known: {1}).").format(
                status, ", ".join(EQUIPMENT_STATUSES)
            ),
        )
    day = _date("status_date", day, today, required=False) or today
    with db.session() as s:
        units = _owned(s, Equipment, profile_id, ids)
        for u in units:
            if u.status == status:
                continue
            if u.purchase_date and day < u.purchase_date:
                raise RecordError(
                    "status_date",
                    QCoreApplication.translate("Records", "The status date is before the purchase date."),
                )
            u.status, u.status_date = status, day
        return len(units)


def delete_equipment(db: Database, profile_id: int, ids: Iterable[int], *,
                     versions: Mapping[int, int] | None = None) -> int:
    with _deleting(db) as s:
        units = _owned(s, Equipment, profile_id, ids)
        _check_versions(units, versions)
        for u in units:
            s.delete(u)
        return len(units)


def list_equipment(db: Database, profile_id: int) -> list[EquipmentRow]:
    with db.sessions() as s:
        stmt = (
            select(Equipment, Site.name)
            .outerjoin(Site, Site.id == Equipment.site_id)
            .where(Equipment.profile_id == profile_id)
            .order_by(Equipment.model, Equipment.serial)
        )
        return [_equipment_row(u, site_name) for u, site_name in s.execute(stmt)]


def _equipment_row(u: Equipment, site_name: str | None) -> EquipmentRow:
    return EquipmentRow(
        model=u.model,
        serial=u.serial,
        hashrate_ths=u.hashrate_ths,
        power_w=u.power_w,
        vendor=u.vendor,
        site_id=u.site_id,
        purchase_date=u.purchase_date,
        price_minor=u.price_minor,
        price_currency=u.price_currency,
        status=u.status,
        status_date=u.status_date,
        hosting=u.hosting,
        hoster=u.hoster,
        notes=u.notes,
        id=u.id,
        profile_id=u.profile_id,
        version=u.version,
        site_name=site_name or "",
        j_per_th=(Decimal(u.power_w) / u.hashrate_ths).quantize(Decimal("0.1")) if u.hashrate_ths else None,
    )


def _replace(data, **changes):
    values = {f.name: getattr(data, f.name) for f in fields(data)}
    values.update(changes)
    return type(data)(**values)


# ============================================================================================ energy


@dataclass
class EnergyData:
    site_id: int
    kind: str  # "reading" | "period"
    day: dt.date  # the reading's date, or the period's last day
    meter_kwh: Decimal | str | None = None  # readings: the counter
    period_start: dt.date | None = None  # periods: first day
    kwh: Decimal | str | None = None  # periods: consumption
    cost_minor: int | None = None  # billed amount, when known
    currency: str | None = None  # of the cost; default: the site's currency
    tariff_override: Decimal | str | None = None  # per kWh, instead of the site's tariff
    meter_replaced: bool = False  # readings: first reading of a new meter
    notes: str = ""


@dataclass
class EnergyRow(EnergyData):
    id: int = 0
    profile_id: int = 0
    version: int = 0  # the row's version when read: pass it back to edit_… (optimistic locking)
    site_name: str = ""


def _clean_energy(s: Session, profile_id: int, data: EnergyData, today: dt.date) -> dict:
    kind = (data.kind or "").strip()
    if kind not in ENERGY_KINDS:
        raise RecordError(
            "kind",
            QCoreApplication.translate("Records", "Unknown record kind '{0}' (known: {1}).").format(
                kind, ", ".join(ENERGY_KINDS)
            ),
        )
    site = _site_of_profile(s, profile_id, data.site_id)
    day = _date("day", data.day, today)
    values = {
        "site_id": site.id,
        "kind": kind,
        "day": day,
        "cost_minor": _int("cost_minor", data.cost_minor, required=False),
        "currency": _currency("currency", data.currency or site.currency),
        "tariff_override": _decimal("tariff_override", data.tariff_override, required=False),
        "notes": (data.notes or "").strip(),
    }
    if kind == "reading":
        values.update(
            meter_kwh=_decimal("meter_kwh", data.meter_kwh),
            period_start=None,
            kwh=None,
            meter_replaced=bool(data.meter_replaced),
        )
    else:
        start = _date("period_start", data.period_start, today)
        if start > day:
            raise RecordError(
                "period_start", QCoreApplication.translate("Records", "The period starts after it ends.")
            )
        values.update(meter_kwh=None, period_start=start, kwh=_decimal("kwh", data.kwh), meter_replaced=False)
    return values


def _check_period_overlap(s: Session, values: dict, exclude_id: int | None) -> None:
    if values["kind"] != "period":
        return
    stmt = select(EnergyRecord).where(
        EnergyRecord.site_id == values["site_id"],
        EnergyRecord.kind == "period",
        EnergyRecord.period_start <= values["day"],
        EnergyRecord.day >= values["period_start"],
    )
    if exclude_id is not None:
        stmt = stmt.where(EnergyRecord.id != exclude_id)
    other = s.scalars(stmt.limit(1)).first()
    if other is not None:
        raise RecordError(
            "period_start",
            QCoreApplication.translate(
                "Records", "The period overlaps the period {0} – {1} of this site."
            ).format(other.period_start.isoformat(), other.day.isoformat()),
        )


def _check_readings(s: Session, site_id: int) -> None:
    """The counter never goes down except at a reading flagged as a new meter; one reading a day."""
    s.flush()
    prev = None
    for r in queries.readings_of_site(s, site_id):
        if prev is not None and not r.meter_replaced:
            if r.day == prev.day:
                raise RecordError(
                    "day",
                    QCoreApplication.translate(
                        "Records", "There is already a reading of this meter on {0}."
                    ).format(r.day.isoformat()),
                )
            if r.meter_kwh < prev.meter_kwh:
                raise RecordError(
                    "meter_kwh",
                    QCoreApplication.translate(
                        "Records",
                        "The reading {0} kWh of {1} is lower than the reading {2} kWh of {3}; "
                        "tick 'meter replaced' if a new meter was installed.",
                    ).format(r.meter_kwh, r.day.isoformat(), prev.meter_kwh, prev.day.isoformat()),
                )
        prev = r


def add_energy(db: Database, profile_id: int, data: EnergyData, today: dt.date | None = None) -> int:
    today = _today(today)
    with db.session() as s:
        _profile(s, profile_id)
        values = _clean_energy(s, profile_id, data, today)
        _check_period_overlap(s, values, None)
        record = EnergyRecord(profile_id=profile_id, **values)
        s.add(record)
        if values["kind"] == "reading":
            _check_readings(s, values["site_id"])
        s.flush()
        return record.id


def edit_energy(db: Database, record_id: int, data: EnergyData, today: dt.date | None = None, *,
                version: int | None = None) -> None:
    today = _today(today)
    current = functools.partial(get_energy, db, record_id)
    with _versioned(db, current) as s:
        record = _edited(s, EnergyRecord, record_id, version, current,
                         QCoreApplication.translate("Records", "The energy record no longer exists."))
        old_site, old_kind = record.site_id, record.kind
        values = _clean_energy(s, record.profile_id, data, today)
        _check_period_overlap(s, values, record.id)
        _apply(record, values)
        for site_id in {old_site, values["site_id"]} if "reading" in (old_kind, values["kind"]) else ():
            _check_readings(s, site_id)
        s.flush()


def get_energy(db: Database, record_id: int) -> EnergyRow | None:
    """One energy record as it is now (None when deleted)."""
    with db.sessions() as s:
        record = s.get(EnergyRecord, record_id)
        if record is None:
            return None
        profile_id, site_id = record.profile_id, record.site_id
    return next((r for r in list_energy(db, profile_id, site_id) if r.id == record_id), None)


def delete_energy(db: Database, profile_id: int, ids: Iterable[int], *,
                  versions: Mapping[int, int] | None = None) -> int:
    """Delete energy records; refused if removing a reading would leave the counter going down."""
    with _deleting(db) as s:
        records = _owned(s, EnergyRecord, profile_id, ids)
        _check_versions(records, versions)
        sites = {r.site_id for r in records if r.kind == "reading"}
        for r in records:
            s.delete(r)
        for site_id in sites:
            _check_readings(s, site_id)
        return len(records)


def list_energy(db: Database, profile_id: int, site_id: int | None = None) -> list[EnergyRow]:
    with db.sessions() as s:
        stmt = (
            select(EnergyRecord, Site.name)
            .join(Site, Site.id == EnergyRecord.site_id)
            .where(EnergyRecord.profile_id == profile_id)
            .order_by(EnergyRecord.day.desc(), Site.name, EnergyRecord.id.desc())
        )
        if site_id is not None:
            stmt = stmt.where(EnergyRecord.site_id == site_id)
        return [
            EnergyRow(
                site_id=r.site_id,
                kind=r.kind,
                day=r.day,
                meter_kwh=r.meter_kwh,
                period_start=r.period_start,
                kwh=r.kwh,
                cost_minor=r.cost_minor,
                currency=r.currency,
                tariff_override=r.tariff_override,
                meter_replaced=bool(r.meter_replaced),
                notes=r.notes,
                id=r.id,
                profile_id=r.profile_id,
                version=r.version,
                site_name=name,
            )
            for r, name in s.execute(stmt)
        ]


# ================================================================================ payouts, disposals


@dataclass
class PayoutData:
    day: dt.date
    amount_sat: int
    pool: str = ""
    txid: str | None = None
    address: str = ""
    notes: str = ""


@dataclass
class PayoutRow(PayoutData):
    id: int = 0
    profile_id: int = 0
    version: int = 0  # the row's version when read: pass it back to edit_… (optimistic locking)


@dataclass
class DisposalData:
    day: dt.date
    kind: str  # "sale" | "transfer" | "fee"
    amount_sat: int
    fiat_minor: int | None = None  # sale: fiat received (before the fee)
    fee_minor: int | None = None  # sale: exchange fee
    fiat_currency: str = "RUB"
    txid: str | None = None
    counterparty: str = ""
    notes: str = ""


@dataclass
class DisposalRow(DisposalData):
    id: int = 0
    profile_id: int = 0
    version: int = 0  # the row's version when read: pass it back to edit_… (optimistic locking)


def _clean_payout(data: PayoutData, today: dt.date) -> dict:
    return {
        "day": _date("day", data.day, today),
        "amount_sat": _int("amount_sat", data.amount_sat, minimum=1, maximum=MAX_SATS),
        "pool": _text("pool", data.pool, 100),
        "txid": _txid("txid", data.txid),
        "address": _text("address", data.address, 100),
        "notes": (data.notes or "").strip(),
    }


def _check_txid_free(s: Session, profile_id: int, txid: str | None, exclude_id: int | None) -> None:
    if txid is None:
        return
    stmt = select(Payout.id).where(Payout.profile_id == profile_id, Payout.txid == txid)
    if exclude_id is not None:
        stmt = stmt.where(Payout.id != exclude_id)
    if s.scalar(stmt) is not None:
        raise RecordError(
            "txid",
            QCoreApplication.translate("Records", "A payout with this transaction id is already recorded."),
        )


def _check_holdings(s: Session, profile_id: int, day: dt.date, amount_field: str = "amount_sat") -> None:
    """After a change dated ``day`` (already flushed): holdings may never go below zero from then on."""
    s.flush()
    low = queries.min_balance_from(s, profile_id, day)
    if low < 0:
        raise RecordError(
            amount_field,
            QCoreApplication.translate(
                "Records",
                "This would spend {0} BTC more than the farm holds on {1} or later; the BTC disposed of cannot "
                "exceed the holdings on that date.",
            ).format(format_btc(-low), day.isoformat()),
        )


def add_payout(db: Database, profile_id: int, data: PayoutData, today: dt.date | None = None) -> int:
    values = _clean_payout(data, _today(today))
    with db.session() as s:
        _profile(s, profile_id)
        _check_txid_free(s, profile_id, values["txid"], None)
        payout = Payout(profile_id=profile_id, **values)
        s.add(payout)
        s.flush()
        return payout.id


def edit_payout(db: Database, payout_id: int, data: PayoutData, today: dt.date | None = None, *,
                version: int | None = None) -> None:
    values = _clean_payout(data, _today(today))
    current = functools.partial(get_payout, db, payout_id)
    with _versioned(db, current) as s:
        payout = _edited(s, Payout, payout_id, version, current,
                         QCoreApplication.translate("Records", "The payout no longer exists."))
        _check_txid_free(s, payout.profile_id, values["txid"], payout.id)
        first = min(payout.day, values["day"])
        _apply(payout, values)
        _check_holdings(s, payout.profile_id, first)
        s.flush()


def get_payout(db: Database, payout_id: int) -> PayoutRow | None:
    """One payout as it is now (None when deleted)."""
    with db.sessions() as s:
        p = s.get(Payout, payout_id)
        return None if p is None else PayoutRow(
            day=p.day, amount_sat=p.amount_sat, pool=p.pool, txid=p.txid, address=p.address, notes=p.notes,
            id=p.id, profile_id=p.profile_id, version=p.version)


def delete_payouts(db: Database, profile_id: int, ids: Iterable[int], *,
                   versions: Mapping[int, int] | None = None) -> int:
    """Delete payouts; refused if the BTC they brought were already sold or sent."""
    with _deleting(db) as s:
        rows = _owned(s, Payout, profile_id, ids)
        _check_versions(rows, versions)
        if not rows:
            return 0
        first = min(r.day for r in rows)
        for r in rows:
            s.delete(r)
        _check_holdings(s, profile_id, first, "id")
        return len(rows)


def _clean_disposal(data: DisposalData, today: dt.date) -> dict:
    kind = (data.kind or "").strip()
    if kind not in DISPOSAL_KINDS:
        raise RecordError(
            "kind",
            QCoreApplication.translate("Records", "Unknown disposal kind '{0}' (known: {1}).").format(
                kind, ", ".join(DISPOSAL_KINDS)
            ),
        )
    fiat = _int("fiat_minor", data.fiat_minor, required=False)
    fee = _int("fee_minor", data.fee_minor, required=False)
    if kind == "sale" and not fiat:
        raise RecordError(
            "fiat_minor", QCoreApplication.translate("Records", "A sale needs the amount of money received.")
        )
    return {
        "day": _date("day", data.day, today),
        "kind": kind,
        "amount_sat": _int("amount_sat", data.amount_sat, minimum=1, maximum=MAX_SATS),
        "fiat_minor": fiat,
        "fee_minor": fee,
        "fiat_currency": _currency("fiat_currency", data.fiat_currency),
        "txid": _txid("txid", data.txid),
        "counterparty": _text("counterparty", data.counterparty, 200),
        "notes": (data.notes or "").strip(),
    }


def _check_available(s: Session, profile_id: int, values: dict) -> None:
    """Refuse a new disposal of more BTC than held on its date (or than stays held on any later date)."""
    available = queries.min_balance_from(s, profile_id, values["day"])
    if values["amount_sat"] > available:
        held = queries.holdings_sat(s, profile_id, values["day"])
        raise RecordError(
            "amount_sat",
            QCoreApplication.translate(
                "Records",
                "The farm holds {0} BTC on {1} and {2} BTC can be disposed of without spending BTC "
                "recorded as sold or sent later; {3} BTC is more than that.",
            ).format(
                format_btc(held),
                values["day"].isoformat(),
                format_btc(max(available, 0)),
                format_btc(values["amount_sat"]),
            ),
        )


def add_disposal(db: Database, profile_id: int, data: DisposalData, today: dt.date | None = None) -> int:
    values = _clean_disposal(data, _today(today))
    with db.session() as s:
        _profile(s, profile_id)
        _check_available(s, profile_id, values)
        row = Disposal(profile_id=profile_id, **values)
        s.add(row)
        _check_holdings(s, profile_id, values["day"])
        return row.id


def edit_disposal(db: Database, disposal_id: int, data: DisposalData, today: dt.date | None = None, *,
                  version: int | None = None) -> None:
    values = _clean_disposal(data, _today(today))
    current = functools.partial(get_disposal, db, disposal_id)
    with _versioned(db, current) as s:
        row = _edited(s, Disposal, disposal_id, version, current,
                         QCoreApplication.translate("Records", "The disposal no longer exists."))
        first = min(row.day, values["day"])
        _apply(row, values)
        _check_holdings(s, row.profile_id, first)
        s.flush()


def get_disposal(db: Database, disposal_id: int) -> DisposalRow | None:
    """One disposal as it is now (None when deleted)."""
    with db.sessions() as s:
        d = s.get(Disposal, disposal_id)
        return None if d is None else DisposalRow(
            day=d.day, kind=d.kind, amount_sat=d.amount_sat, fiat_minor=d.fiat_minor, fee_minor=d.fee_minor,
            fiat_currency=d.fiat_currency, txid=d.txid, counterparty=d.counterparty, notes=d.notes,
            id=d.id, profile_id=d.profile_id, version=d.version)


def delete_disposals(db: Database, profile_id: int, ids: Iterable[int], *,
                     versions: Mapping[int, int] | None = None) -> int:
    with _deleting(db) as s:
        rows = _owned(s, Disposal, profile_id, ids)
        _check_versions(rows, versions)
        for r in rows:
            s.delete(r)
        return len(rows)


def list_payouts(
    db: Database,
    profile_id: int,
    start: dt.date | None = None,
    end: dt.date | None = None,
    limit: int | None = 500,
    offset: int = 0,
    before: tuple[dt.date, int] | None = None,
) -> list[PayoutRow]:
    """Payouts, newest first (paged: a farm may have a million of them).

    ``before=(day, id)`` (the last row of the previous page) pages by key: the rows after it in this order,
    as quick a million rows deep as on the first page (``offset`` counts rows one by one).
    Columns are read without ORM objects (the rows are plain dataclasses anyway).
    """
    p = Payout
    with db.sessions() as s:
        stmt = select(p.day, p.amount_sat, p.pool, p.txid, p.address, p.notes, p.id, p.profile_id, p.version).where(
            p.profile_id == profile_id
        )
        if start:
            stmt = stmt.where(p.day >= start)
        if end:
            stmt = stmt.where(p.day <= end)
        if before is not None:
            # written so that SQLite keeps the (profile_id, day) index range: 'day < d OR (day = d AND …)'
            # scans the whole profile
            stmt = stmt.where(p.day <= before[0], or_(p.day < before[0], p.id < before[1]))
        stmt = stmt.order_by(p.day.desc(), p.id.desc()).offset(offset).limit(limit)
        return [
            PayoutRow(
                day=day,
                amount_sat=sats,
                pool=pool,
                txid=txid,
                address=address,
                notes=notes,
                id=id_,
                profile_id=pid,
                version=version,
            )
            for day, sats, pool, txid, address, notes, id_, pid, version in s.connection().execute(stmt)
        ]


def payouts_newer(db: Database, profile_id: int, day: dt.date, payout_id: int) -> tuple[int, int]:
    """(row, satoshis): how many payouts :func:`list_payouts` lists before this one, and what they paid — where
    a payout is in a million-row list, and the running total after it, without reading the rows before it."""
    with db.sessions() as s:
        return queries.payouts_newer(s, profile_id, day, payout_id)


class PayoutLine(NamedTuple):
    """A payout with the holdings right after it (``paid_through``: all payouts up to and including it;
    ``balance``: that less what was disposed of before its day). A plain tuple: pages of them stay light."""

    payout: PayoutRow
    paid_through: int
    balance: int


# read(previous, offset, limit): the ``limit`` lines of the payouts list from row ``offset``; ``previous`` is
# the line just before them when the caller has it (then they are read by key), else None (read by offset)
PayoutPageReader = Callable[[PayoutLine | None, int, int], list[PayoutLine]]


def payout_pages(
    db: Database, profile_id: int, total_paid: int, disposed_before: Callable[[dt.date], int]
) -> PayoutPageReader:
    """The page reader of the payouts list (newest first, as :func:`list_payouts`) with the running balance,
    for pages read in any order — the Mining & holdings page's table shows a window of them.

    ``total_paid`` is what all the profile's payouts paid; ``disposed_before(day)`` the satoshis disposed of
    before ``day`` (payouts of a day are counted before that day's sales and transfers). A page after one in
    hand is read by key (quick at any depth); any other page by offset, its running total from
    :func:`payouts_newer` (the per-day totals: no scan of the rows before it).
    """

    def read(previous: PayoutLine | None, offset: int, limit: int) -> list[PayoutLine]:
        if previous is not None:
            p = previous.payout
            rows = list_payouts(db, profile_id, limit=limit, before=(p.day, p.id))
            paid = previous.paid_through - p.amount_sat
        else:
            rows = list_payouts(db, profile_id, limit=limit, offset=offset)
            paid = total_paid
            if rows and offset:
                paid -= payouts_newer(db, profile_id, rows[0].day, rows[0].id)[1]
        out = []
        for row in rows:
            out.append(PayoutLine(row, paid, paid - disposed_before(row.day)))
            paid -= row.amount_sat
        return out

    return read


def list_disposals(
    db: Database, profile_id: int, start: dt.date | None = None, end: dt.date | None = None
) -> list[DisposalRow]:
    with db.sessions() as s:
        stmt = select(Disposal).where(Disposal.profile_id == profile_id)
        if start:
            stmt = stmt.where(Disposal.day >= start)
        if end:
            stmt = stmt.where(Disposal.day <= end)
        return [
            DisposalRow(
                day=d.day,
                kind=d.kind,
                amount_sat=d.amount_sat,
                fiat_minor=d.fiat_minor,
                fee_minor=d.fee_minor,
                fiat_currency=d.fiat_currency,
                txid=d.txid,
                counterparty=d.counterparty,
                notes=d.notes,
                id=d.id,
                profile_id=d.profile_id,
                version=d.version,
            )
            for d in s.scalars(stmt.order_by(Disposal.day.desc(), Disposal.id.desc()))
        ]


# ============================================================================================ prices


btc_price = prices.btc_price  # kept under this name for the pages and tests that use it
_fx = prices.fx_rate


def _q(amount: Decimal | None, currency: str) -> Decimal | None:
    """Money shown on the pages: rounded to the currency's minor unit (None stays None)."""
    return None if amount is None else quantize(amount, currency)


class _Converter:
    """Converts amounts to one currency at the rate of a given day (cached per day and currency)."""

    def __init__(self, s: Session, currency: str):
        self.s, self.currency, self._cache = s, currency, {}

    def rate(self, from_cur: str, day: dt.date) -> Decimal | None:
        key = (from_cur, day)
        if key not in self._cache:
            fx = _fx(self.s, from_cur, self.currency, day)
            self._cache[key] = fx.value if fx else None
        return self._cache[key]

    def total(self, amounts: Mapping[str, Decimal], day: dt.date) -> Decimal | None:
        out = Decimal(0)
        for cur, amount in amounts.items():
            if not amount:
                continue
            r = self.rate(cur, day)
            if r is None:
                return None
            out += Decimal(amount) * r
        return out


# ===================================================================================== page figures


@dataclass(frozen=True)
class FarmParams:
    """Assumptions of the expected figures (editable in the settings)."""

    uptime: Decimal = DEFAULT_UPTIME
    pool_fee: Decimal = Decimal("0.025")
    fees_per_block_sats: int = 2_500_000
    energy_threshold: Decimal = DEFAULT_ENERGY_THRESHOLD
    production_gap: Decimal = DEFAULT_PRODUCTION_GAP
    life_months: int = DEFAULT_LIFE_MONTHS
    price_table: Mapping[str, Mapping[str, Decimal]] = field(default_factory=lambda: DEFAULT_PRICE_PER_TH)


@dataclass(frozen=True)
class EnergySiteMonth:
    site_id: int
    site_name: str
    kwh: Decimal  # metered
    expected_kwh: Decimal  # expected for the days covered by records
    covered_days: int
    cost: Decimal | None  # in the requested currency
    deviation: Decimal | None  # (metered − expected) ÷ expected
    flagged: bool


@dataclass(frozen=True)
class EnergyMonth:
    month: dt.date
    kwh: Decimal  # metered, all sites
    expected_kwh: Decimal  # expected on the days the records cover
    expected_month_kwh: Decimal  # expected for the whole month (up to as_of), units without a site included
    covered_days: int  # days of the month covered by records (at least one site)
    days: int  # days of the month up to as_of
    cost: Decimal | None  # in ``currency``; None when a rate is missing
    costs: dict[str, Decimal]  # in the records' own currencies
    deviation: Decimal | None
    flagged: bool  # metered differs from expected by more than the threshold
    sites: list[EnergySiteMonth]


@dataclass(frozen=True)
class EnergyReport:
    profile_id: int
    as_of: dt.date
    currency: str
    months: list[EnergyMonth]
    warnings: list[DomainError]  # readings that went down without a replacement flag (str() is English)


@dataclass(frozen=True)
class ProductionMonth:
    month: dt.date
    days: int  # days counted (up to as_of, with a known difficulty)
    complete: bool  # the month is over on as_of
    mined_sat: int  # payouts of the month
    expected_sat: int
    gap: Decimal | None  # (mined − expected) ÷ expected
    flagged: bool  # gap past the threshold; complete months with a known difficulty every day only
    # (a month in progress is not flagged: its payouts often cover more or fewer days than counted)
    energy_kwh: Decimal
    energy_cost: Decimal | None  # all amounts in the requested currency; None when a rate is missing
    hosting_fees: Decimal | None
    depreciation: Decimal | None
    total_cost: Decimal | None
    cost_per_btc: Decimal | None
    btc_price: Decimal | None  # at the month's end (or as_of)


@dataclass(frozen=True)
class UnitValuation:
    id: int
    model: str
    serial: str
    status: str
    site_id: int | None
    hashrate_ths: Decimal
    power_w: int
    j_per_th: Decimal
    band: str
    purchase_date: dt.date | None
    price_minor: int | None
    price_currency: str
    book_value: Decimal | None  # in the requested currency
    market_value: Decimal | None
    counted: bool  # in the totals (sold and retired units are not)


@dataclass(frozen=True)
class EquipmentValuation:
    as_of: dt.date
    currency: str
    life_months: int
    units: list[UnitValuation]
    fleet: FleetTotals  # counted units
    book_total: Decimal | None
    market_total: Decimal | None


@dataclass(frozen=True)
class Dashboard:
    profile_id: int
    as_of: dt.date  # the date shown (see the module doc)
    currency: str
    holdings_sat: int
    btc_price: Decimal | None
    btc_price_day: dt.date | None
    holdings_value: Decimal | None
    produced_30d_sat: int
    fleet_units: int  # running on as_of
    fleet_ths: Decimal
    fleet_kw: Decimal
    fleet_j_per_th: Decimal | None
    energy_month: dt.date
    energy_month_kwh: Decimal  # metered in energy_month (this month, or the last one if nothing is metered yet)
    energy_month_expected_kwh: Decimal  # what the running fleet should draw in that month (up to as_of)
    energy_month_cost: Decimal | None
    cost_month: dt.date | None  # the last full month
    cost_per_btc: Decimal | None
    margin_per_btc: Decimal | None  # price − cost
    mined_by_month: list[tuple[dt.date, int]]
    energy_cost_by_month: list[tuple[dt.date, Decimal | None]]
    holdings_by_month: list[tuple[dt.date, int]]
    flags: list[ComplianceFlag]


def _as_of(s: Session, profile_id: int, today: dt.date) -> dt.date:
    last = queries.data_span(s, profile_id)[1]
    return min(today, last) if last else today


def _months_range(s: Session, profile_id: int, units: list[farm.Unit], as_of: dt.date) -> list[dt.date]:
    first = queries.data_span(s, profile_id)[0]
    starts = [u.purchase_date for u in units if u.purchase_date] + ([first] if first else [])
    if not starts:
        return []
    return months_between(min(min(starts), as_of), as_of)


def _site_names(s: Session, profile_id: int) -> dict[int, str]:
    return dict(s.execute(select(Site.id, Site.name).where(Site.profile_id == profile_id)).all())


class _Books:
    """What the figures of one call read, loaded once: the dashboard needs the units, the energy records
    and their allocation for the production months, the month shown and the compliance panel alike.
    Valid for one session and one call only (it is not a cache across writes)."""

    def __init__(self, s: Session, profile_id: int, until: dt.date | None = None):
        self.s, self.profile_id, self.until = s, profile_id, until  # until: the last day asked about (as of)
        self._fleets: dict[object, tuple[dt.date, dt.date, dict[dt.date, tuple[Decimal, int]]]] = {}

    @cached_property
    def units(self) -> list[farm.Unit]:
        return queries.units(self.s, self.profile_id)

    @cached_property
    def units_by_site(self) -> dict[int | None, list[farm.Unit]]:
        out: dict[int | None, list[farm.Unit]] = {}
        for u in self.units:
            out.setdefault(u.site_id, []).append(u)
        return out

    @cached_property
    def tariffs(self) -> dict[int, farm.SiteTariff]:
        return queries.site_tariffs(self.s, self.profile_id)

    @cached_property
    def entries(self) -> list[farm.EnergyEntry]:
        return queries.energy_entries(self.s, self.profile_id)

    @cached_property
    def alloc(self) -> farm.EnergyAllocation:
        return farm.allocate_energy(self.entries, self.tariffs)

    @cached_property
    def energy_by_month(self) -> dict[dt.date, farm.MonthEnergy]:
        return self.alloc.by_month()

    @cached_property
    def names(self) -> dict[int, str]:
        return _site_names(self.s, self.profile_id)

    def expected_kwh(self, site: object, days: Iterable[dt.date], uptime: Decimal) -> Decimal:
        """:func:`farm.expected_kwh_on_days` of the units of ``site`` (a site id, None: no site, ``all``:
        every unit), with the fleet of each day swept once per call instead of once per month and site."""
        days = sorted(set(days))
        if not days:
            return Decimal(0)
        held = self._fleets.get(site)
        if held is None or days[0] < held[0] or days[-1] > held[1]:
            first = min(days[0], held[0]) if held else days[0]
            last = max(days[-1], held[1]) if held else days[-1]
            if held is None:  # the whole span of the records, units and as-of day at once: one sweep
                starts = [e.period_start or e.day for e in self.entries] + [
                    u.purchase_date for u in self.units if u.purchase_date
                ]
                first = min([first, *starts])
                last = max([last, *(e.day for e in self.entries), *([self.until] if self.until else [])])
            units = self.units if site == "all" else self.units_by_site.get(site, [])  # type: ignore[call-overload]
            held = (first, last, farm.daily_fleet(units, first, last))
            self._fleets[site] = held
        fleet = held[2]
        watt_days = sum(fleet[d][1] for d in days)
        return Decimal(watt_days) * farm.HOURS_PER_DAY * Decimal(uptime) / 1000

    def expected_kwh_in_month(self, month: dt.date, uptime: Decimal, until: dt.date) -> Decimal:
        """:func:`farm.expected_kwh_in_month` of every unit."""
        last = min(month_end(month), until)
        first = month_start(month)
        if last < first:
            return Decimal(0)
        return self.expected_kwh("all", (first + dt.timedelta(days=n) for n in range((last - first).days + 1)), uptime)


def _depreciation_by_month(
    units: Iterable[farm.Unit], months: Iterable[dt.date], life_months: int
) -> dict[dt.date, dict[str, Decimal]]:
    """:func:`farm.depreciation_by_month`, each set of identical units (same price, purchase date and status:
    a batch) computed once and multiplied: a farm of a thousand machines has a few dozen batches."""
    groups: dict[tuple, list] = {}
    for u in units:
        if not u.price_minor or u.purchase_date is None:
            continue  # no depreciation (farm.depreciation_minor gives 0)
        key = (u.price_minor, u.price_currency, u.purchase_date, u.status, u.status_date)
        group = groups.get(key)
        if group is None:
            groups[key] = [u, 1]
        else:
            group[1] += 1
    out: dict[dt.date, dict[str, Decimal]] = {}
    for m in months:
        by_cur: dict[str, int] = defaultdict(int)
        last = month_end(m)
        for u, n in groups.values():
            d = farm.depreciation_minor(u, m, last, life_months)
            if d:
                by_cur[u.price_currency] += d * n
        out[m] = {cur: from_minor(v, cur) for cur, v in by_cur.items()}
    return out


def _energy_months(
    s: Session,
    profile_id: int,
    currency: str,
    as_of: dt.date,
    params: FarmParams,
    months: list[dt.date] | None,
    books: _Books | None = None,
) -> EnergyReport:
    books = books or _Books(s, profile_id, as_of)
    entries = books.entries
    alloc = books.alloc
    by_month = books.energy_by_month
    names = books.names
    conv = _Converter(s, currency)
    if months is None:
        first = min((e.period_start or e.day for e in entries), default=None)
        months = months_between(first, as_of) if first and first <= as_of else []
    out = []
    for m in months:
        me = by_month.get(m, farm.MonthEnergy(m))
        rate_day = min(month_end(m), as_of)
        site_rows, covered, expected_cov = [], set(), Decimal(0)
        for site_id, sm in sorted(me.by_site.items()):
            exp = books.expected_kwh(site_id, sm.days, params.uptime)
            dev = farm.check_energy(sm.kwh, exp, params.energy_threshold)
            covered |= sm.days
            expected_cov += exp
            site_rows.append(
                EnergySiteMonth(
                    site_id,
                    names.get(site_id, ""),
                    sm.kwh,
                    exp,
                    len(sm.days),
                    _q(conv.total(sm.costs, rate_day), currency),
                    dev.ratio,
                    dev.flagged,
                )
            )
        dev = farm.check_energy(me.kwh, expected_cov, params.energy_threshold)
        days = (min(month_end(m), as_of) - m).days + 1
        out.append(
            EnergyMonth(
                month=m,
                kwh=me.kwh,
                expected_kwh=expected_cov,
                expected_month_kwh=books.expected_kwh_in_month(m, params.uptime, as_of),
                covered_days=len(covered),
                days=max(days, 0),
                cost=_q(conv.total(me.costs, rate_day), currency),
                costs=dict(me.costs),
                deviation=dev.ratio,
                flagged=dev.flagged,
                sites=site_rows,
            )
        )
    return EnergyReport(profile_id, as_of, currency, out, list(alloc.warnings))


def energy_by_month(
    db: Database,
    profile_id: int,
    currency: str,
    today: dt.date,
    params: FarmParams | None = None,
    start: dt.date | None = None,
    end: dt.date | None = None,
) -> EnergyReport:
    """Metered kWh and cost per month (per site too) against the expected consumption of the fleet on
    the days the records cover; from the first record (or ``start``) to ``end`` (default: as of)."""
    params = params or FarmParams()
    currency = _currency("currency", currency)
    with db.sessions() as s:
        as_of = _as_of(s, profile_id, today)
        months = None
        if start or end:
            months = months_between(start or as_of, min(end or as_of, as_of))
        return _energy_months(s, profile_id, currency, as_of, params, months)


def _production_months(
    s: Session,
    profile_id: int,
    currency: str,
    as_of: dt.date,
    params: FarmParams,
    months: list[dt.date] | None = None,
    mined: dict[dt.date, int] | None = None,
    books: _Books | None = None,
) -> list[ProductionMonth]:
    books = books or _Books(s, profile_id, as_of)
    units = books.units
    if months is None:
        months = _months_range(s, profile_id, units, as_of)
    if not months:
        return []
    first, last = months[0], min(month_end(months[-1]), as_of)
    if mined is None:
        mined = queries.payouts_by_month(s, profile_id, first, last)
    else:  # the whole history's months: keep the range only (as_of may fall inside a month)
        mined = {m: v for m, v in mined.items() if first <= m <= last}
    expected = farm.expected_production_by_month(
        units,
        first,
        last,
        lambda d: history.difficulty().at(d),
        fees_per_block_sats=params.fees_per_block_sats,
        pool_fee=params.pool_fee,
        uptime=params.uptime,
    )
    energy = {e.month: e for e in _energy_months(s, profile_id, currency, as_of, params, months, books).months}
    fees = farm.hosting_fees_by_month(books.tariffs, units, months)
    depreciation = _depreciation_by_month(units, months, params.life_months)
    conv = _Converter(s, currency)
    out = []
    for m in months:
        rate_day = min(month_end(m), as_of)
        exp_sat, days = expected.get(m, (Decimal(0), 0))
        got = mined.get(m, 0)
        complete = month_end(m) <= as_of
        dev = farm.check_production(got, exp_sat, params.production_gap)
        # flag only months that are over and whose every day has a known difficulty
        flagged = dev.flagged and complete and days == farm.days_in_month(m)
        e = energy.get(m)
        energy_cost = e.cost if e else Decimal(0)
        fee = _q(conv.total(fees.get(m, {}), rate_day), currency)
        dep = _q(conv.total(depreciation.get(m, {}), rate_day), currency)
        total = None if None in (energy_cost, fee, dep) else energy_cost + fee + dep
        price = btc_price(s, currency, rate_day)
        out.append(
            ProductionMonth(
                month=m,
                days=days,
                complete=complete,
                mined_sat=got,
                expected_sat=int(exp_sat.to_integral_value()),
                gap=dev.ratio,
                flagged=flagged,
                energy_kwh=e.kwh if e else Decimal(0),
                energy_cost=energy_cost,
                hosting_fees=fee,
                depreciation=dep,
                total_cost=total,
                cost_per_btc=None
                if total is None
                else _q(farm.cost_per_btc(energy_cost, fee, dep, got), currency),
                btc_price=_q(price[0], currency) if price else None,
            )
        )
    return out


def production_by_month(
    db: Database,
    profile_id: int,
    currency: str,
    today: dt.date,
    params: FarmParams | None = None,
) -> list[ProductionMonth]:
    """Mined against expected BTC per month, with the month's costs and the production cost per BTC."""
    params = params or FarmParams()
    currency = _currency("currency", currency)
    with db.sessions() as s:
        return _production_months(s, profile_id, currency, _as_of(s, profile_id, today), params)


def equipment_valuation(
    db: Database, profile_id: int, currency: str, today: dt.date, params: FarmParams | None = None
) -> EquipmentValuation:
    """Book value (straight line over ``params.life_months``) and market estimate (price per TH/s by
    efficiency band) of every unit on ``today``; sold and retired units are listed but not totalled.
    Book values in another currency than the purchase are converted at today's rate."""
    params = params or FarmParams()
    currency = _currency("currency", currency)
    with db.sessions() as s:
        conv = _Converter(s, currency)
        serials = dict(
            s.execute(select(Equipment.id, Equipment.serial).where(Equipment.profile_id == profile_id)).all()
        )
        lines, counted_units = [], []
        book_total: Decimal | None = Decimal(0)
        market_total: Decimal | None = Decimal(0)
        for u in queries.units(s, profile_id):
            counted = u.status not in ("sold", "retired")
            book = None
            if u.price_minor is not None:
                native = farm.book_value_minor(u.price_minor, u.purchase_date, today, params.life_months)
                book = _q(
                    conv.total({u.price_currency: from_minor(native, u.price_currency)}, today), currency
                )
            market = farm.market_value(u.hashrate_ths, u.power_w, currency, params.price_table)
            if market is None and currency != "USD":
                usd = farm.market_value(u.hashrate_ths, u.power_w, "USD", params.price_table)
                market = _q(conv.total({"USD": usd}, today), currency) if usd is not None else None
            j = farm.unit_efficiency(u.hashrate_ths, u.power_w)
            lines.append(
                UnitValuation(
                    id=u.id,
                    model=u.model,
                    serial=serials.get(u.id, ""),
                    status=u.status,
                    site_id=u.site_id,
                    hashrate_ths=u.hashrate_ths,
                    power_w=u.power_w,
                    j_per_th=j.quantize(Decimal("0.1")),
                    band=farm.efficiency_band(j),
                    purchase_date=u.purchase_date,
                    price_minor=u.price_minor,
                    price_currency=u.price_currency,
                    book_value=book,
                    market_value=market,
                    counted=counted,
                )
            )
            if counted:
                counted_units.append(u)
                if u.price_minor is not None:
                    book_total = None if book is None or book_total is None else book_total + book
                market_total = None if market is None or market_total is None else market_total + market
        return EquipmentValuation(
            today,
            currency,
            params.life_months,
            lines,
            farm.fleet_totals(counted_units),
            book_total,
            market_total,
        )


def compliance_flags(db: Database, profile_id: int, today: dt.date) -> list[ComplianceFlag]:
    with db.sessions() as s:
        return _compliance(s, profile_id, today)


def _compliance(s: Session, profile_id: int, today: dt.date, books: _Books | None = None) -> list[ComplianceFlag]:
    profile = _profile(s, profile_id)
    alloc = (books or _Books(s, profile_id)).alloc
    sites = [
        SiteRegion(name, region)
        for name, region in s.execute(
            select(Site.name, Site.region).where(Site.profile_id == profile_id).order_by(Site.name)
        )
    ]
    return check_compliance(
        profile.legal_form,
        profile.registry_number,
        sites,
        alloc.kwh_by_month(),
        today,
        profile_region=profile.region,
    )


def dashboard(
    db: Database, profile_id: int, display_currency: str, today: dt.date, params: FarmParams | None = None
) -> Dashboard:
    params = params or FarmParams()
    currency = _currency("currency", display_currency)
    with db.sessions() as s:
        _profile(s, profile_id)
        as_of = _as_of(s, profile_id, today)
        holdings = queries.holdings_sat(s, profile_id, as_of)
        price = btc_price(s, currency, as_of)
        price_value = _q(price[0], currency) if price else None
        running = queries.fleet_running_on(s, profile_id, as_of)
        totals = FleetTotals(running.units, running.hashrate_ths, running.power_w)
        paid = queries.payouts_by_month(s, profile_id, end=as_of)
        books = _Books(s, profile_id, as_of)  # units and energy read once for all the figures below
        # The charts need the BTC mined and the energy cost of every month (as production_by_month gives
        # them); the whole production figures (expected output, fees, depreciation) only the last full month.
        months = _months_range(s, profile_id, books.units, as_of)
        full_months = [m for m in months if month_end(m) <= as_of]
        last_full = (
            _production_months(s, profile_id, currency, as_of, params, full_months[-1:], paid, books)[0]
            if full_months
            else None
        )
        conv = _Converter(s, currency)
        energy_costs = []
        for m in months:  # the cost of _energy_months, without its expected kWh
            me = books.energy_by_month.get(m, farm.MonthEnergy(m))
            energy_costs.append((m, _q(conv.total(me.costs, min(month_end(m), as_of)), currency)))
        # The month shown: the current one once anything is metered in it, else the month before
        # (bills and readings usually arrive at the month's end).
        recent = [add_months(month_start(as_of), -1), month_start(as_of)]
        energy = {
            e.month: e for e in _energy_months(s, profile_id, currency, as_of, params, recent, books).months
        }
        energy_month = recent[1] if energy[recent[1]].kwh > 0 or not energy[recent[0]].kwh else recent[0]
        this_month = energy[energy_month]
        cost = last_full.cost_per_btc if last_full else None
        history_months = queries.holdings_by_month(s, profile_id, last=as_of, payouts=paid)
        return Dashboard(
            profile_id=profile_id,
            as_of=as_of,
            currency=currency,
            holdings_sat=holdings,
            btc_price=price_value,
            btc_price_day=price[1] if price else None,
            holdings_value=_q(Decimal(holdings) * price[0] / SATS_PER_BTC, currency) if price else None,
            produced_30d_sat=queries.production_sat(s, profile_id, as_of, 30),
            fleet_units=totals.units,
            fleet_ths=totals.hashrate_ths,
            fleet_kw=totals.kw,
            fleet_j_per_th=totals.j_per_th,
            energy_month=energy_month,
            energy_month_kwh=this_month.kwh,
            energy_month_expected_kwh=this_month.expected_month_kwh,
            energy_month_cost=this_month.cost,
            cost_month=last_full.month if last_full else None,
            cost_per_btc=cost,
            margin_per_btc=(price_value - cost) if price_value is not None and cost is not None else None,
            mined_by_month=[(m, paid.get(m, 0)) for m in months],
            energy_cost_by_month=energy_costs,
            holdings_by_month=history_months,
            flags=_compliance(s, profile_id, today, books),
        )


__all__ = [
    "Dashboard",
    "DisposalData",
    "DisposalRow",
    "EnergyData",
    "EnergyMonth",
    "EnergyReport",
    "EnergyRow",
    "EnergySiteMonth",
    "EquipmentData",
    "EquipmentRow",
    "EquipmentValuation",
    "FarmParams",
    "PayoutData",
    "PayoutLine",
    "PayoutPageReader",
    "PayoutRow",
    "ProductionMonth",
    "RecordError",
    "SiteData",
    "SiteRow",
    "UnitValuation",
    "add_disposal",
    "add_energy",
    "add_equipment",
    "add_payout",
    "add_site",
    "add_units",
    "btc_price",
    "compliance_flags",
    "dashboard",
    "delete_disposals",
    "delete_energy",
    "delete_equipment",
    "delete_payouts",
    "delete_sites",
    "edit_disposal",
    "edit_energy",
    "edit_equipment",
    "edit_payout",
    "edit_site",
    "energy_by_month",
    "equipment_valuation",
    "list_disposals",
    "list_energy",
    "list_equipment",
    "list_payouts",
    "payout_pages",
    "payouts_newer",
    "list_sites",
    "production_by_month",
    "set_status",
]


def active_fleet(db: Database, profile_id: int, day: dt.date | None = None) -> FleetTotals:
    """Units running on ``day`` (default today): count, TH/s and W — the calculator's "my fleet"."""
    with db.sessions() as s:
        g = queries.fleet_running_on(s, profile_id, _today(day))
    return FleetTotals(g.units, g.hashrate_ths, g.power_w)


@dataclass(frozen=True)
class HoldingsSummary:
    """What the Mining & holdings page shows in its header."""

    paid_sat: int
    disposed_sat: dict[str, int]  # by kind: sale, transfer, fee
    payouts: int
    price: tuple[Decimal, dt.date] | None  # the latest BTC price known on the day asked, and its date
    last_day: dt.date | None  # the last day with any record

    @property
    def holdings_sat(self) -> int:
        return self.paid_sat - sum(self.disposed_sat.values())


def holdings_summary(db: Database, profile_id: int, currency: str, day: dt.date) -> HoldingsSummary:
    with db.sessions() as s:
        return HoldingsSummary(
            paid_sat=queries.total_payouts_sat(s, profile_id),
            disposed_sat={k: queries.total_disposals_sat(s, profile_id, kind=k) for k in DISPOSAL_KINDS},
            payouts=queries.counts(s, profile_id).payouts,
            price=btc_price(s, currency, day),
            last_day=queries.data_span(s, profile_id)[1],
        )


def holdings_on(db: Database, profile_id: int, currency: str, day: dt.date) -> tuple[int, tuple[Decimal, dt.date] | None]:
    """Satoshis held at the end of ``day`` and the BTC price known that day (None offline without one)."""
    with db.sessions() as s:
        return queries.holdings_sat(s, profile_id, day), btc_price(s, currency, day)
