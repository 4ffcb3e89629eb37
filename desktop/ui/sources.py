"""Where the figures come from, as the user reads it: source names, "5 min ago", the status line.

Kept apart from the Market data page so that the main window's status bar needs neither that page nor,
offline, the network client.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from desktop.services import prices
from desktop.services import settings as app_settings
from desktop.ui import formatting


def source_name(source: str) -> str:
    """'manual', 'bundled', 'coingecko', 'bundled+cbr' … as the user reads it."""
    names = {
        "manual": QCoreApplication.translate("Sources", "manual"),
        "bundled": QCoreApplication.translate("Sources", "bundled history"),
        "coingecko": "CoinGecko",
        "cbr": QCoreApplication.translate("Sources", "Bank of Russia"),
        "mempool": "mempool",
        "esplora": "Esplora",
    }
    return " + ".join(names.get(part, part) for part in source.split("+"))


def ago(when: dt.datetime | None) -> str:
    if when is None:
        return QCoreApplication.translate("Sources", "never")
    minutes = int((dt.datetime.now(dt.UTC) - when).total_seconds() // 60)
    if minutes < 1:
        return QCoreApplication.translate("Sources", "just now")
    if minutes < 60:
        return QCoreApplication.translate("Sources", "%n min ago", "", minutes)
    if minutes < 48 * 60:
        return QCoreApplication.translate("Sources", "%n h ago", "", minutes // 60)
    return formatting.date_time(when)


def status_line(db) -> str:
    """One sentence saying where today's figures come from (also shown in the status bar)."""
    if not app_settings.get(db, app_settings.ONLINE_ALLOWED):
        return QCoreApplication.translate("Sources", "Offline — bundled history up to {0}").format(
            formatting.date(prices.latest_data_day()))
    from desktop.services import market  # online only: it brings the network client (requests)

    states = [s for s in market.status(db) if s.source in ("coingecko", "cbr") and s.last_success_at]
    if not states:
        return QCoreApplication.translate("Sources", "Online — not updated yet; bundled history up to {0}").format(
            formatting.date(prices.latest_data_day()))
    newest = max(states, key=lambda s: s.last_success_at)
    return QCoreApplication.translate("Sources", "Prices updated {0} ({1})").format(
        ago(newest.last_success_at), source_name(newest.source))
