"""Settings shared by the GUI and the CLI, declared once with types and defaults, stored in the database.

Per-user window state (geometry, last page, language) lives in QSettings in the UI layer instead.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select

from desktop.core.farm import DEFAULT_PRICE_PER_TH
from desktop.core.money import CURRENCIES
from desktop.services.records import FarmParams
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


# ---- farm assumptions (feed the expected figures and the equipment valuation) ----------------------------
LIFE_MONTHS = SettingDef("equipment_life_months", 36)
UPTIME_PERCENT = SettingDef("uptime_percent", "97")
POOL_FEE_PERCENT = SettingDef("pool_fee_percent", "2.5")
FEES_PER_BLOCK_BTC = SettingDef("fees_per_block_btc", "0.025")
PRICE_PER_TH = SettingDef("price_per_th_json", "")  # {"le20": {"RUB": "1200", "USD": "15"}, ...}
DEFS.update({d.key: d for d in (LIFE_MONTHS, UPTIME_PERCENT, POOL_FEE_PERCENT, FEES_PER_BLOCK_BTC, PRICE_PER_TH)})


def price_table(db: Database) -> dict[str, dict[str, Decimal]]:
    """Market price per TH/s by efficiency band and currency: the saved table over the defaults."""
    table = {band: dict(prices) for band, prices in DEFAULT_PRICE_PER_TH.items()}
    raw = get(db, PRICE_PER_TH)
    if raw:
        try:
            saved = json.loads(raw)
            for band, prices in saved.items():
                if band in table:
                    for cur, value in prices.items():
                        table[band][cur] = Decimal(str(value))
        except (ValueError, ArithmeticError, AttributeError):
            pass  # a damaged value falls back to the defaults
    return table


def put_price_table(db: Database, table: dict[str, dict[str, Decimal]]) -> None:
    for prices in table.values():
        for value in prices.values():
            if not isinstance(value, Decimal) or value < 0:
                raise ValueError("prices per TH/s must be non-negative Decimals")
    put(db, PRICE_PER_TH, json.dumps({b: {c: format(v, "f") for c, v in p.items()} for b, p in table.items()}))


def farm_params(db: Database) -> FarmParams:
    """The assumptions of the expected figures, from the settings."""
    def pct(definition: SettingDef) -> Decimal:
        try:
            return Decimal(str(get(db, definition))) / 100
        except ArithmeticError:
            return Decimal(str(definition.default)) / 100

    try:
        fees_sats = int(Decimal(str(get(db, FEES_PER_BLOCK_BTC))) * 100_000_000)
    except ArithmeticError:
        fees_sats = 2_500_000
    return FarmParams(uptime=pct(UPTIME_PERCENT), pool_fee=pct(POOL_FEE_PERCENT), fees_per_block_sats=fees_sats,
                      life_months=int(get(db, LIFE_MONTHS)), price_table=price_table(db))
