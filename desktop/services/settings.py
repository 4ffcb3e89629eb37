"""Settings shared by the GUI and the CLI, declared once with types and defaults, stored in the database.

Per-user window state (geometry, last page, language) lives in QSettings in the UI layer instead.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from desktop.core.money import CURRENCIES
from desktop.store.db import Database
from desktop.store.models import Setting


@dataclass(frozen=True)
class SettingDef:
    key: str
    default: object
    choices: tuple | None = None

    def parse(self, raw: str) -> object:
        if isinstance(self.default, bool):
            return raw == "1"
        if isinstance(self.default, int):
            return int(raw)
        return raw

    def dump(self, value: object) -> str:
        if isinstance(self.default, bool):
            return "1" if value else "0"
        return str(value)


ONLINE_ALLOWED = SettingDef("online_allowed", False)
DISPLAY_CURRENCY = SettingDef("display_currency", "RUB", CURRENCIES)
DEFS = {d.key: d for d in (ONLINE_ALLOWED, DISPLAY_CURRENCY)}


def get(db: Database, definition: SettingDef):
    with db.sessions() as s:
        raw = s.scalar(select(Setting.value).where(Setting.key == definition.key))
    if raw is None:
        return definition.default
    try:
        value = definition.parse(raw)
    except ValueError:
        return definition.default
    if definition.choices and value not in definition.choices:
        return definition.default
    return value


def put(db: Database, definition: SettingDef, value) -> None:
    if definition.choices and value not in definition.choices:
        raise ValueError(f"{definition.key}: {value!r} is not one of {definition.choices}")
    with db.session() as s:
        row = s.get(Setting, definition.key)
        if row is None:
            s.add(Setting(key=definition.key, value=definition.dump(value)))
        else:
            row.value = definition.dump(value)
