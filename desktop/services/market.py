"""Online market and chain data, cached in the database: prices, exchange rates, network figures, addresses.

Sources (each can be turned off; nothing is sent unless "online data" is on, see desktop.services.net):

- ``coingecko``: BTC in USD, RUB, EUR — ``/simple/price`` now, ``/coins/bitcoin/market_chart/range``
  for a period (the last point of each UTC day).
- ``cbr``: official Bank of Russia rates, ``/XML_daily.asp`` (windows-1251 XML, decimal comma, Nominal).
- ``mempool``: network figures from a mempool.space-compatible API — ``/v1/mining/hashrate/3d``
  (``currentDifficulty``, ``currentHashrate`` in H/s) and ``/v1/mining/reward-stats/144`` (``totalFee``
  over the last 144 blocks, giving the average fees per block).
- ``esplora``: watch-only addresses on an Esplora-compatible API (Blockstream, mempool.space) —
  ``/address/:addr`` (balance) and ``/address/:addr/txs`` (the newest transactions, first page).

Each fetch writes its rows in one transaction, upserting on the tables' unique keys, and only after the
whole answer has been read: a failure leaves the previous cache as it was. Every operation's outcome is
recorded in ``source_status`` (``status()`` reads it for the status line).
"""

from __future__ import annotations

import datetime as dt
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import NamedTuple
from urllib.parse import quote

from PySide6.QtCore import QCoreApplication
from sqlalchemy import select

from desktop.services import net
from desktop.services.net import LABELS, FetchError, OfflineError, Progress
from desktop.services.settings import DEFS, ONLINE_ALLOWED, SettingDef, get
from desktop.store.db import Database
from desktop.store.models import MarketPrice, NetworkStat, SourceStatus, WalletAddress, WalletTx
from desktop.store.types import utcnow

SOURCES = ("coingecko", "cbr", "mempool", "esplora")

COINGECKO_URL = SettingDef("coingecko_url", "https://api.coingecko.com/api/v3")
CBR_URL = SettingDef("cbr_url", "https://www.cbr.ru/scripts")
MEMPOOL_URL = SettingDef("mempool_url", "https://mempool.space/api")
ESPLORA_URL = SettingDef("esplora_url", "https://blockstream.info/api")
ESPLORA_TESTNET_URL = SettingDef("esplora_testnet_url", "https://blockstream.info/testnet/api")
COINGECKO_ENABLED = SettingDef("coingecko_enabled", True)
CBR_ENABLED = SettingDef("cbr_enabled", True)
MEMPOOL_ENABLED = SettingDef("mempool_enabled", True)
ESPLORA_ENABLED = SettingDef("esplora_enabled", True)

URL_SETTINGS = {"coingecko": COINGECKO_URL, "cbr": CBR_URL, "mempool": MEMPOOL_URL, "esplora": ESPLORA_URL}
ENABLED_SETTINGS = {"coingecko": COINGECKO_ENABLED, "cbr": CBR_ENABLED, "mempool": MEMPOOL_ENABLED,
                    "esplora": ESPLORA_ENABLED}
ESPLORA_NETWORK_URLS = {"mainnet": ESPLORA_URL, "testnet": ESPLORA_TESTNET_URL}

DEFS.update({d.key: d for d in (*URL_SETTINGS.values(), ESPLORA_TESTNET_URL, *ENABLED_SETTINGS.values())})

FIAT = ("usd", "rub", "eur")
CBR_CODES = ("USD", "EUR")
MEMPOOL_FEE_BLOCKS = 144
UNSUPPORTED_NETWORK = "addresses of the {0} network cannot be checked"


def _base(db: Database, definition: SettingDef) -> str:
    return str(get(db, definition)).strip().rstrip("/")


def _today() -> dt.date:
    return utcnow().date()


def _plain(value: Decimal) -> Decimal:
    """Drop trailing zeros without switching to exponent notation for whole numbers."""
    value = value.normalize()
    return value.quantize(Decimal(1)) if value.as_tuple().exponent > 0 else value


def _number(value: object) -> Decimal:
    """A JSON number (int or Decimal, never bool) or a numeric string, as a finite Decimal."""
    if isinstance(value, bool) or value is None:
        raise TypeError("not a number")
    if isinstance(value, int | Decimal):
        result = Decimal(value)
    elif isinstance(value, str):
        result = Decimal(value.strip())
    else:
        raise TypeError("not a number")
    if not result.is_finite():
        raise ValueError("not finite")
    return result


def _sats(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError("satoshi amounts are integers")
    return value


def _progress(progress: Progress | None, percent: int, text: str) -> None:
    if progress is not None:
        progress(percent, text)


def _scaled(progress: Progress | None, lo: int, hi: int) -> Progress | None:
    """A sub-task's 0..100 mapped onto lo..hi of the caller's progress."""
    if progress is None:
        return None
    return lambda percent, text: progress(lo + (hi - lo) * max(0, min(100, percent)) // 100, text)


def _upsert_price(s, day: dt.date, base: str, quote: str, source: str, value: Decimal, now: dt.datetime) -> None:
    row = s.scalar(select(MarketPrice).where(MarketPrice.day == day, MarketPrice.base == base,
                                             MarketPrice.quote == quote, MarketPrice.source == source))
    if row is None:
        s.add(MarketPrice(day=day, base=base, quote=quote, source=source, value=value, fetched_at=now))
    else:
        row.value = value
        row.fetched_at = now


# ---- CoinGecko ----------------------------------------------------------------------------------------
def update_current_prices(db: Database, progress: Progress | None = None) -> dict[str, Decimal]:
    """Today's (UTC) BTC price in USD, RUB and EUR → ``market_price`` rows of source "coingecko".

    Returns {"USD": ..., ...} for the currencies the answer had; none at all is a FetchError.
    """
    url = _base(db, COINGECKO_URL) + "/simple/price"
    params = {"ids": "bitcoin", "vs_currencies": ",".join(FIAT), "include_last_updated_at": "true"}
    with net.tracked(db, "coingecko"):
        data = net.fetch_json(db, "coingecko", url, params=params, progress=progress)
        coin = data.get("bitcoin") if isinstance(data, dict) else None
        if not isinstance(coin, dict):
            raise FetchError("coingecko", "the answer has no price for bitcoin")
        prices = {}
        for cur in FIAT:
            if cur in coin:
                value = _number(coin[cur])
                if value <= 0:
                    raise FetchError("coingecko", "the answer has an impossible price: {0}", value)
                prices[cur.upper()] = value
        if not prices:
            raise FetchError("coingecko", "the answer has no BTC price in USD, RUB or EUR")
        stamp = coin.get("last_updated_at")
        day = (dt.datetime.fromtimestamp(stamp, dt.UTC).date()
               if isinstance(stamp, int) and not isinstance(stamp, bool) and stamp > 0 else _today())
        now = utcnow()
        with db.session() as s:
            for cur, value in prices.items():
                _upsert_price(s, day, "BTC", cur, "coingecko", value, now)
    return prices


def _day_start(day: dt.date) -> int:
    return int(dt.datetime.combine(day, dt.time(), dt.UTC).timestamp())


def update_price_history(db: Database, currency: str, start: dt.date, end: dt.date,
                         progress: Progress | None = None) -> int:
    """Daily BTC prices in ``currency`` from ``start`` to ``end`` (UTC days, the last point of each day).

    Returns the number of days cached. An answer without any price in the period is a FetchError.
    """
    cur = currency.strip().lower()
    if cur not in FIAT:
        raise ValueError(f"unknown currency {currency!r}; known: {', '.join(c.upper() for c in FIAT)}")
    if end < start:
        raise ValueError("the period ends before it starts")
    url = _base(db, COINGECKO_URL) + "/coins/bitcoin/market_chart/range"
    params = {"vs_currency": cur, "from": str(_day_start(start)),
              "to": str(_day_start(end + dt.timedelta(days=1)) - 1)}
    with net.tracked(db, "coingecko"):
        data = net.fetch_json(db, "coingecko", url, params=params, progress=progress)
        points = data.get("prices") if isinstance(data, dict) else None
        if not isinstance(points, list):
            raise FetchError("coingecko", "the answer has no price list")
        last: dict[dt.date, tuple[int, Decimal]] = {}
        for point in points:
            ms, value = point[0], _number(point[1])
            if isinstance(ms, bool) or not isinstance(ms, int | Decimal):
                raise TypeError("timestamp")
            ms = int(ms)
            day = dt.datetime.fromtimestamp(ms // 1000, dt.UTC).date() if ms >= 0 else None
            if day is None or not start <= day <= end or value <= 0:
                continue
            if day not in last or ms >= last[day][0]:
                last[day] = (ms, value)
        if not last:
            raise FetchError("coingecko", "no BTC/{0} prices for {1} – {2}", cur.upper(), start.isoformat(),
                             end.isoformat())
        now = utcnow()
        with db.session() as s:
            for day, (_ms, value) in sorted(last.items()):
                _upsert_price(s, day, "BTC", cur.upper(), "coingecko", value, now)
    return len(last)


# ---- Bank of Russia -----------------------------------------------------------------------------------
_PROLOG_ENCODING = re.compile(rb"""^\s*<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._-]+)["']""")


def _cbr_decimal(text: str | None) -> Decimal:
    raw = (text or "").strip().replace("\u00a0", "").replace(" ", "").replace(",", ".")
    try:
        value = Decimal(raw)
    except InvalidOperation:
        raise FetchError("cbr", "the answer has an unreadable number: {0}", text or "") from None
    if not value.is_finite() or value <= 0:
        raise FetchError("cbr", "the answer has an impossible rate: {0}", text or "")
    return value


def parse_cbr_daily(data: bytes) -> tuple[dt.date, dict[str, Decimal]]:
    """``XML_daily.asp`` → (the date it states, {code: roubles per ONE unit}) — Value / Nominal, exactly.

    Works with and without ``VunitRate``. Raises FetchError for a non-XML answer, an encoding that
    does not match the prolog, an error document ("Error in parameters") or a rate that cannot be read.
    """
    if not data or not data.strip():
        raise FetchError("cbr", "the server sent an empty answer")
    head = data.lstrip()[:512].lower()
    if not head.startswith(b"<"):
        raise FetchError("cbr", "the answer is not XML")
    if head.startswith((b"<!doctype html", b"<html")):
        raise FetchError("cbr", "the server sent a web page instead of data (an error or anti-bot page?)")
    if b"<!doctype" in data[:2048].lower() or b"<!entity" in data.lower():
        raise FetchError("cbr", "the answer is not a plain XML document")
    m = _PROLOG_ENCODING.match(data)
    declared = m.group(1).decode("ascii").lower() if m else "utf-8"
    if declared.replace("-", "").replace("_", "") in ("windows1251", "cp1251") and not data.isascii():
        # Russian text in windows-1251 is practically never valid UTF-8: if it is, the file was re-encoded.
        try:
            data.decode("utf-8")
        except UnicodeDecodeError:
            pass
        else:
            raise FetchError("cbr", "the answer is UTF-8 text declared as windows-1251 (wrong encoding)")
    try:
        data.decode(declared)
    except LookupError:
        raise FetchError("cbr", "the answer declares an unknown encoding: {0}", declared) from None
    except UnicodeDecodeError:
        raise FetchError("cbr", "the answer is not in the encoding it declares ({0})", declared) from None
    try:
        root = ET.fromstring(data)
    except ET.ParseError:
        raise FetchError("cbr", "the answer is not valid XML") from None
    if root.tag != "ValCurs" or not root.get("Date"):
        detail = " ".join((root.text or "").split())[:100]
        raise FetchError("cbr", "the answer has no rates ({0})", detail or root.tag)
    try:
        day = dt.datetime.strptime(root.get("Date").strip(), "%d.%m.%Y").date()
    except ValueError:
        raise FetchError("cbr", "the answer has an unreadable date: {0}", root.get("Date")) from None
    rates: dict[str, Decimal] = {}
    for valute in root.iter("Valute"):
        code = (valute.findtext("CharCode") or "").strip().upper()
        if not code:
            continue
        value = _cbr_decimal(valute.findtext("Value"))
        nominal_text = (valute.findtext("Nominal") or "1").strip()
        if not (nominal_text.isascii() and nominal_text.isdigit()) or int(nominal_text) <= 0:  # not "²"
            raise FetchError("cbr", "the answer has an unreadable nominal: {0}", nominal_text)
        rates[code] = _plain(value / int(nominal_text))
    if not rates:
        raise FetchError("cbr", "the answer has no rates ({0})", "no Valute")
    return day, rates


def update_cbr_rates(db: Database, day: dt.date | None = None,
                     progress: Progress | None = None) -> tuple[dt.date, dict[str, Decimal]]:
    """Official USD/RUB and EUR/RUB for ``day`` (None: the latest published) → rows of source "cbr".

    The rows carry the date the XML states (on a weekend or holiday that is the last business day's
    setting date). Returns (that date, {"USD": ..., "EUR": ...}).
    """
    url = _base(db, CBR_URL) + "/XML_daily.asp"
    params = {"date_req": day.strftime("%d/%m/%Y")} if day is not None else None
    with net.tracked(db, "cbr"):
        data = net.fetch_bytes(db, "cbr", url, params=params, accept="application/xml, text/xml",
                               progress=progress)
        stated, rates = parse_cbr_daily(data)
        wanted = {code: rates[code] for code in CBR_CODES if code in rates}
        if not wanted:
            raise FetchError("cbr", "the answer has no USD or EUR rate")
        now = utcnow()
        with db.session() as s:
            for code, value in wanted.items():
                _upsert_price(s, stated, code, "RUB", "cbr", value, now)
    return stated, wanted


# ---- mempool.space ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class NetworkFigures:
    day: dt.date
    difficulty: Decimal
    hashrate_ths: Decimal
    fees_per_block_sat: int


def update_network(db: Database, progress: Progress | None = None) -> NetworkFigures:
    """Current difficulty, hashrate (TH/s) and the average fees per block of the last 144 blocks.

    ``/v1/mining/hashrate/3d`` gives ``currentDifficulty`` and ``currentHashrate`` (H/s);
    ``/v1/mining/reward-stats/144`` gives ``totalFee`` over ``startBlock``..``endBlock``.
    → one ``network_stat`` row for today (UTC), source "mempool".
    """
    base = _base(db, MEMPOOL_URL)
    with net.tracked(db, "mempool"):
        mining = net.fetch_json(db, "mempool", base + "/v1/mining/hashrate/3d", progress=progress, percent=0)
        difficulty = _number(mining["currentDifficulty"])
        hashrate_ths = _plain(_number(mining["currentHashrate"]).scaleb(-12))
        if difficulty <= 0 or hashrate_ths <= 0:
            raise FetchError("mempool", "the answer has an impossible difficulty or hashrate")
        rewards = net.fetch_json(db, "mempool", base + f"/v1/mining/reward-stats/{MEMPOOL_FEE_BLOCKS}",
                                 progress=progress, percent=50)
        blocks = int(_number(rewards["endBlock"])) - int(_number(rewards["startBlock"])) + 1
        total_fee = _number(rewards["totalFee"])
        if blocks <= 0 or total_fee < 0:
            raise FetchError("mempool", "the answer has an impossible block range or fee total")
        fees = int((total_fee / blocks).quantize(Decimal(1), rounding=ROUND_HALF_UP))
        day, now = _today(), utcnow()
        with db.session() as s:
            row = s.scalar(select(NetworkStat).where(NetworkStat.day == day, NetworkStat.source == "mempool"))
            if row is None:
                row = NetworkStat(day=day, source="mempool")
                s.add(row)
            row.difficulty, row.hashrate_ths, row.fees_per_block_sat, row.fetched_at = (
                difficulty, hashrate_ths, fees, now)
    return NetworkFigures(day, difficulty, hashrate_ths, fees)


# ---- Esplora ------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class AddressCheck:
    address_id: int
    address: str
    balance_sat: int
    transactions: int  # in the first page of the answer


def _same_address(a: str | None, b: str) -> bool:
    if not a:
        return False
    if b.lower().startswith(("bc1", "tb1", "bcrt1")):  # bech32 is case-insensitive (served lowercase)
        return a.lower() == b.lower()
    return a == b


def _stats_balance(stats: object) -> int:
    if not isinstance(stats, dict):
        return 0
    return _sats(stats["funded_txo_sum"]) - _sats(stats["spent_txo_sum"])


def check_address(db: Database, address_id: int, progress: Progress | None = None,
                  percent: int = 0) -> AddressCheck:
    """Balance (confirmed + unconfirmed) and the newest transactions of one watch-only address.

    Updates ``wallet_address.onchain_balance_sat``/``checked_at`` and upserts ``wallet_tx`` rows (received
    and sent amounts of this address in each transaction); unconfirmed rows that the server no longer
    lists (replaced or dropped) are removed. An address the server rejects is a FetchError saying so.
    """
    with db.sessions() as s:
        row = s.get(WalletAddress, address_id)
        if row is None:
            raise ValueError(f"no watch-only address with id {address_id}")
        address, network = row.address, row.network or "mainnet"
    url_def = ESPLORA_NETWORK_URLS.get(network)
    net.check_allowed(db, "esplora")
    if url_def is None:
        raise FetchError("esplora", UNSUPPORTED_NETWORK, network)
    base = _base(db, url_def) + "/address/" + quote(address, safe="")
    with net.tracked(db, "esplora"):
        try:
            info = net.fetch_json(db, "esplora", base, progress=progress, percent=percent)
            txs = net.fetch_json(db, "esplora", base + "/txs", progress=progress, percent=percent)
        except FetchError as exc:
            if exc.status in (400, 404):
                raise FetchError("esplora", "the server rejects this address: {0} ({1})",
                                 address, exc.body or f"HTTP {exc.status}", status=exc.status,
                                 body=exc.body) from None
            raise
        if not isinstance(info, dict) or not isinstance(txs, list):
            raise TypeError("address answer")
        served = info.get("address") or address
        balance = _stats_balance(info["chain_stats"]) + _stats_balance(info.get("mempool_stats"))
        parsed = []
        for tx in txs:  # the first page: unconfirmed ones, then the newest confirmed
            received = sum(_sats(o["value"]) for o in tx["vout"]
                           if _same_address(o.get("scriptpubkey_address"), served))
            sent = sum(_sats(i["prevout"]["value"]) for i in tx["vin"]
                       if i.get("prevout") and _same_address(i["prevout"].get("scriptpubkey_address"), served))
            st = tx.get("status") or {}
            confirmed = st.get("confirmed") is True
            height = st.get("block_height") if confirmed else None
            stamp = st.get("block_time") if confirmed else None
            when = dt.datetime.fromtimestamp(_sats(stamp), dt.UTC) if stamp is not None else None
            txid = str(tx["txid"])
            if not re.fullmatch(r"[0-9a-fA-F]{64}", txid):
                raise ValueError("txid")
            parsed.append((txid.lower(), confirmed, None if height is None else _sats(height), when, received, sent))
        now = utcnow()
        with db.session() as s:
            addr = s.get(WalletAddress, address_id)
            if addr is None:  # deleted meanwhile: nothing to cache
                raise FetchError("esplora", "the address was deleted during the check")
            addr.onchain_balance_sat = balance
            addr.checked_at = now
            existing = {t.txid: t for t in s.scalars(select(WalletTx).where(WalletTx.address_id == address_id))}
            seen = set()
            for txid, confirmed, height, when, received, sent in parsed:
                seen.add(txid)
                t = existing.get(txid)
                if t is None:
                    t = WalletTx(address_id=address_id, txid=txid)
                    s.add(t)
                t.confirmed, t.height, t.block_time = confirmed, height, when
                t.received_sat, t.sent_sat, t.fetched_at = received, sent, now
            for txid, t in existing.items():
                if txid not in seen and not t.confirmed:
                    s.delete(t)
    return AddressCheck(address_id, address, balance, len(parsed))


class Outcome(NamedTuple):
    source: str
    ok: bool
    message: str  # a success: in the user's language; a failure: English (``error`` translates it)
    error: Exception | None = None  # the failure, for a translated message (desktop.i18n.tr_error)


def check_profile_addresses(db: Database, profile_id: int | None,
                            progress: Progress | None = None) -> list[Outcome]:
    """Check every watch-only address of a profile (None: of all profiles), one outcome per address.

    An address the server rejects does not stop the others; a server or connection problem does (raised).
    """
    with db.sessions() as s:
        q = select(WalletAddress.id, WalletAddress.address).order_by(WalletAddress.id)
        if profile_id is not None:
            q = q.where(WalletAddress.profile_id == profile_id)
        rows = list(s.execute(q))
    outcomes = []
    for n, (address_id, address) in enumerate(rows):
        percent = n * 100 // max(1, len(rows))
        _progress(progress, percent, address)
        try:
            result = check_address(db, address_id, progress, percent)
        except FetchError as exc:
            if exc.status not in (400, 404) and exc.template != UNSUPPORTED_NETWORK:
                raise
            outcomes.append(Outcome(address, False, exc.message, exc))
        else:
            outcomes.append(Outcome(address, True, f"{result.balance_sat} sat"))
    _progress(progress, 100, "")
    return outcomes


# ---- all at once, status ------------------------------------------------------------------------------
@dataclass
class UpdateReport:
    items: list[Outcome] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return all(item.ok for item in self.items)

    def __iter__(self):
        return iter(self.items)

    def __len__(self) -> int:
        return len(self.items)


def update_all(db: Database, progress: Progress | None = None, *, profile_id: int | None = None) -> UpdateReport:
    """Run every enabled source once (current prices, CBR rates, network, addresses), one outcome each.

    A failing source does not stop the others. Raises OfflineError when online data is off altogether.
    Addresses are those of ``profile_id`` (None: all profiles); none → the step is skipped.
    """
    if not get(db, ONLINE_ALLOWED):
        raise OfflineError("", "online data is off (Settings: allow online data)")

    def prices(sub: Progress | None) -> str:
        got = update_current_prices(db, sub)
        return ", ".join(f"BTC/{cur} {value}" for cur, value in got.items())

    def rates(sub: Progress | None) -> str:
        day, got = update_cbr_rates(db, None, sub)
        return f"{day.isoformat()}: " + ", ".join(f"{code}/RUB {value}" for code, value in got.items())

    def network(sub: Progress | None) -> str:
        f = update_network(db, sub)
        return QCoreApplication.translate("Market", "difficulty {0}, {1} TH/s, fees {2} sat/block").format(
            f.difficulty, f.hashrate_ths, f.fees_per_block_sat)

    def addresses(sub: Progress | None) -> str | None:
        results = check_profile_addresses(db, profile_id, sub)
        if not results:
            return None
        bad = [r for r in results if not r.ok]
        if bad:
            first = bad[0].error if isinstance(bad[0].error, FetchError) else bad[0].message  # translated too
            raise FetchError("esplora", "{0} of {1} addresses could not be checked: {2}", len(bad), len(results),
                             first)
        return QCoreApplication.translate("Market", "{0} addresses checked").format(len(results))

    steps: list[tuple[str, Callable[[Progress | None], str | None]]] = [
        ("coingecko", prices), ("cbr", rates), ("mempool", network), ("esplora", addresses)]
    report = UpdateReport()
    for n, (source, step) in enumerate(steps):
        if not get(db, ENABLED_SETTINGS[source]):
            continue
        lo, hi = n * 100 // len(steps), (n + 1) * 100 // len(steps)
        _progress(progress, lo, QCoreApplication.translate("Sources", LABELS[source]))
        try:
            message = step(_scaled(progress, lo, hi))
        except (FetchError, OfflineError) as exc:
            report.items.append(Outcome(source, False, exc.message, exc))
        else:
            if message is not None:
                report.items.append(Outcome(source, True, message))
    _progress(progress, 100, "")
    return report


@dataclass(frozen=True)
class SourceState:
    source: str
    label: str
    enabled: bool
    last_success_at: dt.datetime | None
    last_error_at: dt.datetime | None
    last_error: str

    @property
    def ok(self) -> bool | None:
        """True: the last attempt succeeded; False: it failed; None: never tried."""
        if self.last_success_at is None and self.last_error_at is None:
            return None
        if self.last_error_at is None:
            return True
        return self.last_success_at is not None and self.last_success_at >= self.last_error_at


def status(db: Database) -> list[SourceState]:
    """Every known source with its setting and last outcome, in a fixed order."""
    with db.sessions() as s:
        rows = {r.source: r for r in s.scalars(select(SourceStatus))}
    states = []
    for source in SOURCES:
        r = rows.get(source)
        states.append(SourceState(source, LABELS[source], bool(get(db, ENABLED_SETTINGS[source])),
                                  r.last_success_at if r else None, r.last_error_at if r else None,
                                  (r.last_error or "") if r else ""))
    return states
