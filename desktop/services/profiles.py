"""Profiles (the miners an advisor keeps): create, edit, delete, list — each one transaction."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from sqlalchemy import func, select
from sqlalchemy.orm.exc import StaleDataError

from desktop.core.inn import InnError, validate_inn
from desktop.i18n import tr_error
from desktop.store import queries
from desktop.store.db import Database
from desktop.store.models import LEGAL_FORMS, Profile


class ProfileError(ValueError):
    """Invalid profile data; ``field`` names the input at fault."""

    def __init__(self, field: str, message: str):
        super().__init__(message)
        self.field = field


@dataclass(frozen=True)
class ProfileData:
    name: str
    legal_form: str = "individual"
    inn: str | None = None
    registry_number: str | None = None
    registry_date: dt.date | None = None
    region: str | None = None
    notes: str = ""


@dataclass(frozen=True)
class ProfileRow:
    id: int
    name: str
    legal_form: str
    inn: str | None
    registry_number: str | None
    registry_date: dt.date | None
    region: str | None
    notes: str
    version: int = 0  # when read: pass it back to update_profile (optimistic locking)


def _row(p: Profile) -> ProfileRow:
    return ProfileRow(p.id, p.name, p.legal_form, p.inn, p.registry_number, p.registry_date, p.region, p.notes,
                      p.version)


class ProfileConflict(ProfileError):
    """Someone else changed (``current`` = the profile now) or deleted (None) the profile since ``version``."""

    def __init__(self, current: ProfileRow | None):
        message = (QCoreApplication.translate(
            "Profiles", "Someone else deleted this profile while you were editing it. Nothing was saved.")
            if current is None else QCoreApplication.translate(
            "Profiles", "Someone else changed this profile while you were editing it. Nothing was saved: "
            "look at the new values, then save again or discard your changes."))
        super().__init__("version", message)
        self.current = current


def _current(db: Database, profile_id: int) -> ProfileRow | None:
    with db.sessions() as s:
        p = s.get(Profile, profile_id)
        return None if p is None else _row(p)


def _clean(data: ProfileData, today: dt.date | None = None) -> ProfileData:
    name = (data.name or "").strip()
    if not name:
        raise ProfileError("name", QCoreApplication.translate("Profiles", "The name is empty."))
    if len(name) > 200:
        raise ProfileError("name", QCoreApplication.translate("Profiles", "The name is longer than 200 characters."))
    if data.legal_form not in LEGAL_FORMS:
        raise ProfileError("legal_form", QCoreApplication.translate("Profiles", "Unknown legal form: {0}.").format(data.legal_form))
    inn = (data.inn or "").strip() or None
    if inn:
        try:
            inn = validate_inn(inn, data.legal_form)
        except InnError as exc:
            raise ProfileError("inn", tr_error(exc)) from exc
    registry_number = (data.registry_number or "").strip() or None
    today = today or dt.date.today()
    if data.registry_date and data.registry_date > today:
        raise ProfileError("registry_date", QCoreApplication.translate("Profiles", "The registry date is in the future."))
    return ProfileData(
        name=name,
        legal_form=data.legal_form,
        inn=inn,
        registry_number=registry_number,
        registry_date=data.registry_date if registry_number else None,
        region=(data.region or "").strip() or None,
        notes=data.notes or "",
    )


def list_profiles(db: Database) -> list[ProfileRow]:
    with db.sessions() as s:
        return [_row(p) for p in s.scalars(select(Profile).order_by(Profile.name))]


def get_profile(db: Database, profile_id: int) -> ProfileRow:
    with db.sessions() as s:
        p = s.get(Profile, profile_id)
        if p is None:
            raise ProfileError("id", QCoreApplication.translate("Profiles", "The profile no longer exists."))
        return _row(p)


def find_profile(db: Database, name: str) -> ProfileRow:
    with db.sessions() as s:
        p = s.scalar(select(Profile).where(Profile.name == name))
        if p is None:
            known = ", ".join(s.scalars(select(Profile.name).order_by(Profile.name))) or "—"
            raise ProfileError("name", QCoreApplication.translate("Profiles", "No profile named '{0}'. Known profiles: {1}.").format(name, known))
        return _row(p)


def _check_unique(s, name: str, exclude_id: int | None = None) -> None:
    q = select(func.count()).select_from(Profile).where(Profile.name == name)
    if exclude_id is not None:
        q = q.where(Profile.id != exclude_id)
    if s.scalar(q):
        raise ProfileError("name", QCoreApplication.translate("Profiles", "A profile named '{0}' already exists.").format(name))


def create_profile(db: Database, data: ProfileData) -> ProfileRow:
    data = _clean(data)
    with db.session() as s:
        _check_unique(s, data.name)
        p = Profile(**data.__dict__)
        s.add(p)
        s.flush()
        return _row(p)


def update_profile(db: Database, profile_id: int, data: ProfileData, *, version: int | None = None) -> ProfileRow:
    """``version``: the profile's version the form was filled from; changed since → ProfileConflict."""
    data = _clean(data)
    try:
        with db.session() as s:
            p = s.get(Profile, profile_id)
            if p is None:
                if version is not None:
                    raise ProfileConflict(None)
                raise ProfileError("id", QCoreApplication.translate("Profiles", "The profile no longer exists."))
            if version is not None and p.version != version:
                raise ProfileConflict(_row(p))
            _check_unique(s, data.name, exclude_id=profile_id)
            for key, value in data.__dict__.items():
                setattr(p, key, value)
            s.flush()
            return _row(p)
    except StaleDataError as exc:  # changed by another connection between the read and the write
        raise ProfileConflict(_current(db, profile_id)) from exc


def delete_profile(db: Database, profile_id: int, *, version: int | None = None) -> None:
    """Delete a profile and everything recorded for it (sites, machines, energy, payouts, …). ``version``: the
    profile as the user confirmed it; changed since (renamed by someone else) → ProfileConflict, nothing
    deleted."""
    try:
        with db.session() as s:
            p = s.get(Profile, profile_id)
            if p is not None:
                if version is not None and p.version != version:
                    raise ProfileConflict(_row(p))
                s.delete(p)
    except StaleDataError as exc:
        raise ProfileConflict(_current(db, profile_id)) from exc


@dataclass(frozen=True)
class ProfileSummary:
    profile: ProfileRow
    sites: int
    machines: int
    energy_records: int
    payouts: int
    disposals: int
    addresses: int
    mined_sat: int
    disposed_sat: int

    @property
    def holdings_sat(self) -> int:
        return self.mined_sat - self.disposed_sat


def profile_summary(db: Database, profile_id: int) -> ProfileSummary:
    from desktop.store.models import Disposal, EnergyRecord, Equipment, Payout, Site, WalletAddress

    with db.sessions() as s:
        p = s.get(Profile, profile_id)
        if p is None:
            raise ProfileError("id", QCoreApplication.translate("Profiles", "The profile no longer exists."))

        def count(model) -> int:
            return s.scalar(select(func.count()).select_from(model).where(model.profile_id == profile_id))

        def total(model) -> int:
            return s.scalar(select(queries.total(model.amount_sat)).where(model.profile_id == profile_id))

        return ProfileSummary(_row(p), count(Site), count(Equipment), count(EnergyRecord), count(Payout),
                              count(Disposal), count(WalletAddress), total(Payout), total(Disposal))
