"""Online sources against a local HTTP server replaying recorded answers (tests/fixtures/http/SOURCES.md).

No test reaches the internet: every base-URL setting points at pytest-httpserver, and the network
layer's sleep is replaced by a recorder. Bodies written inline here (an HTML error page, a three-currency
price answer, /address answers consistent with the recorded transactions) are marked SYNTHETIC.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import json
import time
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select
from werkzeug import Response

from desktop.services import market, net, settings
from desktop.services.market import (
    CBR_URL,
    COINGECKO_ENABLED,
    COINGECKO_URL,
    ESPLORA_TESTNET_URL,
    ESPLORA_URL,
    MEMPOOL_URL,
)
from desktop.services.net import FetchError, OfflineError
from desktop.store.db import open_database
from desktop.store.models import MarketPrice, NetworkStat, Profile, SourceStatus, WalletAddress, WalletTx

HTTP = Path(__file__).parent / "fixtures" / "http"
CBR_2023 = HTTP / "cbr" / "XML_daily_2023-11-02.xml"
CBR_2022 = HTTP / "cbr" / "XML_daily_2022-03-15.xml"
CG_PRICE = HTTP / "coingecko" / "simple_price_bitcoin_usd.docs-example.json"
CG_RANGE = HTTP / "coingecko" / "coins_bitcoin_market_chart_range.docs-example.json"
CG_429 = HTTP / "coingecko" / "error_429_rate_limit.json"
MP_HASHRATE = HTTP / "mempool" / "v1_mining_hashrate_timePeriod.docs-example.json"
MP_REWARDS = HTTP / "mempool" / "v1_mining_reward-stats_blockCount.docs-example.json"
ES_ADDR_DOCS = HTTP / "esplora" / "mempool-docs_address_1wiz18xYmhRX6xStj2b9t1rwWX4GKUgpv.from-docs.json"
ES_TESTNET_TXS = HTTP / "esplora" / "testnet_address_mgPKDuVmuS9oeE2D9VPiCQriyU14wxWS1v_txs.requestnetwork-fixture.from-ts.json"
ES_MAINNET_TX = HTTP / "esplora" / "mainnet_tx_b6a53d8a_api_tx.mempool-cypress-fixture.json"

PRICE_QS = {"ids": "bitcoin", "vs_currencies": "usd,rub,eur", "include_last_updated_at": "true"}

# SYNTHETIC: what a Cloudflare challenge / error page looks like (shape only).
CLOUDFLARE_HTML = (
    "<!DOCTYPE html><html lang=\"en-US\"><head><title>Just a moment...</title></head>"
    "<body><h1>api.coingecko.com</h1><p>Checking if the site connection is secure</p>"
    "<p>Ray ID: 7d1f00000000000</p><p>Performance &amp; security by Cloudflare</p></body></html>"
)


def json_body(path: Path) -> str:
    return path.read_text(encoding="utf-8")


@pytest.fixture(autouse=True)
def _no_real_sleep(monkeypatch):
    waits: list[float] = []
    monkeypatch.setattr(net.CONFIG, "sleep", waits.append)
    monkeypatch.setenv("NO_PROXY", "localhost,127.0.0.1")
    monkeypatch.setenv("no_proxy", "localhost,127.0.0.1")
    yield waits
    net.close_session()


@pytest.fixture
def waits(_no_real_sleep) -> list[float]:
    return _no_real_sleep


@pytest.fixture
def urls(db, httpserver):
    """All base URLs point at the local server (online data still OFF, as by default)."""
    settings.put(db, COINGECKO_URL, httpserver.url_for("/api/v3"))
    settings.put(db, CBR_URL, httpserver.url_for("/scripts/"))  # a trailing slash is tolerated
    settings.put(db, MEMPOOL_URL, httpserver.url_for("/api"))
    settings.put(db, ESPLORA_URL, httpserver.url_for("/esplora/api"))
    settings.put(db, ESPLORA_TESTNET_URL, httpserver.url_for("/esplora/testnet/api"))
    return httpserver


@pytest.fixture
def online(db, urls):
    settings.put(db, settings.ONLINE_ALLOWED, True)
    return urls


def prices(db, source: str | None = None) -> dict[tuple, Decimal]:
    with db.sessions() as s:
        q = select(MarketPrice)
        if source:
            q = q.where(MarketPrice.source == source)
        return {(r.day, r.base, r.quote, r.source): r.value for r in s.scalars(q)}


def source_status(db, source: str) -> SourceStatus | None:
    with db.sessions() as s:
        return s.get(SourceStatus, source)


def add_address(db, address: str, network: str = "mainnet", balance: int | None = None) -> int:
    with db.session() as s:
        profile = s.scalar(select(Profile).where(Profile.name == "Miner")) or Profile(name="Miner")
        s.add(profile)
        s.flush()
        row = WalletAddress(profile_id=profile.id, address=address, network=network, onchain_balance_sat=balance)
        s.add(row)
        s.flush()
        return row.id


def serve_prices(server, body: str | bytes = None, **kw) -> None:
    server.expect_request("/api/v3/simple/price", query_string=PRICE_QS).respond_with_data(
        json_body(CG_PRICE) if body is None else body, content_type=kw.pop("content_type", "application/json"), **kw)


# ---- the gate -----------------------------------------------------------------------------------------
def test_online_data_is_off_by_default_and_nothing_is_sent(db, urls):
    assert settings.get(db, settings.ONLINE_ALLOWED) is False
    address_id = add_address(db, "1wiz18xYmhRX6xStj2b9t1rwWX4GKUgpv")
    calls = [
        lambda: market.update_current_prices(db),
        lambda: market.update_price_history(db, "USD", dt.date(2026, 5, 17), dt.date(2026, 5, 17)),
        lambda: market.update_cbr_rates(db, dt.date(2023, 11, 2)),
        lambda: market.update_network(db),
        lambda: market.check_address(db, address_id),
        lambda: market.check_profile_addresses(db, None),
        lambda: market.update_all(db),
        lambda: net.fetch_json(db, "coingecko", urls.url_for("/anything")),
        lambda: net.fetch_bytes(db, "cbr", urls.url_for("/anything")),
    ]
    for call in calls:
        with pytest.raises(OfflineError, match="online data is off"):
            call()
    assert len(urls.log) == 0
    assert [st.ok for st in market.status(db)] == [None, None, None, None]  # offline is not an error


def test_a_disabled_source_sends_nothing(db, online):
    settings.put(db, COINGECKO_ENABLED, False)
    with pytest.raises(OfflineError, match="turned off"):
        market.update_current_prices(db)
    with pytest.raises(OfflineError):
        market.update_price_history(db, "EUR", dt.date(2026, 5, 1), dt.date(2026, 5, 2))
    settings.put(db, market.ESPLORA_ENABLED, False)
    with pytest.raises(OfflineError):
        market.check_address(db, add_address(db, "1wiz18xYmhRX6xStj2b9t1rwWX4GKUgpv"))
    for key in ("cbr", "mempool"):
        settings.put(db, market.ENABLED_SETTINGS[key], False)
    assert market.update_all(db).items == []
    assert len(online.log) == 0
    assert [st.enabled for st in market.status(db)] == [False, False, False, False]


def test_settings_are_registered():
    for key in ("coingecko_url", "cbr_url", "mempool_url", "esplora_url", "esplora_testnet_url",
                "coingecko_enabled", "cbr_enabled", "mempool_enabled", "esplora_enabled"):
        assert key in settings.DEFS
    assert market.COINGECKO_URL.default == "https://api.coingecko.com/api/v3"
    assert market.CBR_URL.default == "https://www.cbr.ru/scripts"
    assert market.MEMPOOL_URL.default == "https://mempool.space/api"
    assert market.ESPLORA_URL.default == "https://blockstream.info/api"


# ---- CoinGecko ----------------------------------------------------------------------------------------
def test_current_price_from_the_docs_example(db, online):
    serve_prices(online)
    got = market.update_current_prices(db)
    assert got == {"USD": Decimal("76975")}  # the docs example has USD only
    # the day is the UTC date of last_updated_at 1779092258
    assert prices(db) == {(dt.date(2026, 5, 18), "BTC", "USD", "coingecko"): Decimal("76975")}
    request = online.log[0][0]
    assert request.headers["User-Agent"].startswith("HashPledge/")
    assert "offline-first" in request.headers["User-Agent"]
    st = source_status(db, "coingecko")
    assert st.last_success_at is not None and st.last_error_at is None


def test_current_prices_keep_every_digit(db, online):
    # SYNTHETIC three-currency answer (no real capture exists); more digits than a float can hold
    body = ('{"bitcoin": {"usd": 76975.123456789012345, "rub": 6543210.5, "eur": 70123,'
            ' "last_updated_at": 1779092258}}')
    serve_prices(online, body)
    got = market.update_current_prices(db)
    assert got == {"USD": Decimal("76975.123456789012345"), "RUB": Decimal("6543210.5"), "EUR": Decimal(70123)}
    day = dt.date(2026, 5, 18)
    assert prices(db)[(day, "BTC", "USD", "coingecko")] == Decimal("76975.123456789012345")
    assert str(prices(db)[(day, "BTC", "USD", "coingecko")]) == "76975.123456789012345"
    # an update of the same day replaces the row (upsert), no duplicate
    online.clear()
    serve_prices(online, '{"bitcoin": {"usd": 77000, "last_updated_at": 1779092300}}')
    market.update_current_prices(db)
    assert prices(db)[(day, "BTC", "USD", "coingecko")] == Decimal(77000)
    assert len(prices(db)) == 3


def test_price_history_last_point_of_each_utc_day(db, online):
    start = end = dt.date(2026, 5, 17)
    online.expect_request("/api/v3/coins/bitcoin/market_chart/range", query_string={
        "vs_currency": "usd", "from": "1778976000", "to": str(1778976000 + 86400 - 1)},
    ).respond_with_data(json_body(CG_RANGE), content_type="application/json")
    assert market.update_price_history(db, "USD", start, end) == 1
    # two points on 2026-05-17 (14:24:59 and 14:29:59 UTC): the later one is kept, exactly
    assert prices(db) == {(start, "BTC", "USD", "coingecko"): Decimal("78052.87543398788")}


def test_price_history_outside_the_period_is_ignored(db, online):
    online.expect_request("/api/v3/coins/bitcoin/market_chart/range").respond_with_data(
        json_body(CG_RANGE), content_type="application/json")
    with pytest.raises(FetchError, match="no BTC/EUR prices for 2026-05-18"):
        market.update_price_history(db, "eur", dt.date(2026, 5, 18), dt.date(2026, 5, 19))
    with pytest.raises(ValueError):
        market.update_price_history(db, "GBP", dt.date(2026, 5, 18), dt.date(2026, 5, 19))


# ---- Bank of Russia -----------------------------------------------------------------------------------
def test_parse_cbr_daily_2023_with_vunitrate():
    day, rates = market.parse_cbr_daily(CBR_2023.read_bytes())
    assert day == dt.date(2023, 11, 2)
    assert len(rates) == 43
    assert rates["USD"] == Decimal("93.2801") and str(rates["USD"]) == "93.2801"
    assert rates["EUR"] == Decimal("98.4365")
    assert rates["AMD"] == Decimal("0.231815")  # 23,1815 per 100 = its VunitRate 0,231815
    assert rates["JPY"] == Decimal("0.616524")


def test_parse_cbr_daily_2022_without_vunitrate():
    day, rates = market.parse_cbr_daily(CBR_2022.read_bytes())
    assert day == dt.date(2022, 3, 15)
    assert len(rates) == 34
    assert rates["USD"] == Decimal("115.1963")
    assert rates["EUR"] == Decimal("127.2343")
    assert rates["HUF"] == Decimal("0.334868")  # 33,4868 per 100


@pytest.mark.parametrize("data, message", [
    (CBR_2023.read_bytes().decode("cp1251").encode("utf-8"), "wrong encoding"),  # re-encoded, prolog kept
    (CBR_2023.read_bytes().replace(b'encoding="windows-1251"', b'encoding="utf-8"'), "not in the encoding"),
    (CBR_2023.read_bytes().replace(b'<?xml version="1.0" encoding="windows-1251"?>', b""), "not in the encoding"),
    (CLOUDFLARE_HTML.encode(), "web page"),
    (b'{"error": "not xml"}', "not XML"),
    (b"", "empty answer"),
    (CBR_2023.read_bytes()[:3000], "not valid XML"),  # cut short
    (b'<?xml version="1.0" encoding="windows-1251"?><ValCurs>Error in parameters</ValCurs>', "Error in parameters"),
    (CBR_2023.read_bytes().replace(b"93,2801", b"93;2801"), "unreadable number"),
])
def test_parse_cbr_daily_refuses_bad_answers(data, message):
    with pytest.raises(FetchError, match=message):
        market.parse_cbr_daily(data)


def test_cbr_rates_are_cached_for_the_date_the_xml_states(db, online):
    online.expect_request("/scripts/XML_daily.asp", query_string={"date_req": "02/11/2023"}).respond_with_data(
        CBR_2023.read_bytes(), content_type="application/xml; charset=windows-1251")
    day, rates = market.update_cbr_rates(db, dt.date(2023, 11, 2))
    assert day == dt.date(2023, 11, 2)
    assert rates == {"USD": Decimal("93.2801"), "EUR": Decimal("98.4365")}
    assert prices(db) == {
        (day, "USD", "RUB", "cbr"): Decimal("93.2801"),
        (day, "EUR", "RUB", "cbr"): Decimal("98.4365"),
    }
    # asking for a Saturday: the bank answers with the rates in force, dated by the XML (here 15.03.2022)
    online.clear()
    online.expect_request("/scripts/XML_daily.asp", query_string={"date_req": "19/03/2022"}).respond_with_data(
        CBR_2022.read_bytes(), content_type="application/xml")
    day, _ = market.update_cbr_rates(db, dt.date(2022, 3, 19))
    assert day == dt.date(2022, 3, 15)
    assert prices(db)[(day, "USD", "RUB", "cbr")] == Decimal("115.1963")


def test_cbr_latest_rates_send_no_date(db, online):
    online.expect_request("/scripts/XML_daily.asp", query_string="").respond_with_data(
        CBR_2023.read_bytes(), content_type="application/xml")
    assert market.update_cbr_rates(db)[0] == dt.date(2023, 11, 2)


def test_cbr_wrong_encoding_keeps_the_cache(db, online):
    online.expect_request("/scripts/XML_daily.asp").respond_with_data(
        CBR_2023.read_bytes(), content_type="application/xml")
    market.update_cbr_rates(db, dt.date(2023, 11, 2))
    before = prices(db)
    online.clear()
    online.expect_request("/scripts/XML_daily.asp").respond_with_data(
        CBR_2023.read_bytes().decode("cp1251").replace("93,2801", "99,9999").encode("utf-8"),
        content_type="application/xml")
    with pytest.raises(FetchError, match="wrong encoding") as exc:
        market.update_cbr_rates(db, dt.date(2023, 11, 2))
    assert prices(db) == before
    st = source_status(db, "cbr")
    assert st.last_error == exc.value.message and st.last_error_at >= st.last_success_at


# ---- mempool.space ------------------------------------------------------------------------------------
def test_network_figures(db, online):
    online.expect_request("/api/v1/mining/hashrate/3d").respond_with_data(
        json_body(MP_HASHRATE), content_type="application/json")
    online.expect_request("/api/v1/mining/reward-stats/144").respond_with_data(
        json_body(MP_REWARDS), content_type="application/json")
    figures = market.update_network(db)
    today = dt.datetime.now(dt.UTC).date()
    assert figures.difficulty == Decimal("31251101365711.12")
    assert figures.hashrate_ths == Decimal("252033247.3552123")  # 252033247355212300000 H/s
    assert figures.fees_per_block_sat == 13117483  # 1311748254 sat over blocks 736556..736655 (100), half up
    with db.sessions() as s:
        row = s.scalar(select(NetworkStat))
    assert (row.day, row.source, row.difficulty, row.hashrate_ths, row.fees_per_block_sat) == (
        today, "mempool", Decimal("31251101365711.12"), Decimal("252033247.3552123"), 13117483)


def test_network_unexpected_shape_is_a_fetch_error(db, online):
    online.expect_request("/api/v1/mining/hashrate/3d").respond_with_json({"hashrates": []})
    with pytest.raises(FetchError, match="expected format"):
        market.update_network(db)
    assert source_status(db, "mempool").last_error == "the answer does not have the expected format"


# ---- Esplora ------------------------------------------------------------------------------------------
def test_testnet_address_balance_and_transactions(db, online):
    addr = "mgPKDuVmuS9oeE2D9VPiCQriyU14wxWS1v"
    address_id = add_address(db, addr, network="testnet")
    # SYNTHETIC /address answer, consistent with the three recorded transactions
    online.expect_request(f"/esplora/testnet/api/address/{addr}").respond_with_json({
        "address": addr,
        "chain_stats": {"funded_txo_count": 2, "funded_txo_sum": 50500000, "spent_txo_count": 1,
                        "spent_txo_sum": 50000000, "tx_count": 3},
        "mempool_stats": {"funded_txo_count": 0, "funded_txo_sum": 0, "spent_txo_count": 0,
                          "spent_txo_sum": 0, "tx_count": 0}})
    online.expect_request(f"/esplora/testnet/api/address/{addr}/txs").respond_with_data(
        json_body(ES_TESTNET_TXS), content_type="application/json")
    result = market.check_address(db, address_id)
    assert (result.balance_sat, result.transactions) == (500000, 3)
    with db.sessions() as s:
        a = s.get(WalletAddress, address_id)
        txs = {t.txid[:4]: (t.confirmed, t.height, t.block_time, t.received_sat, t.sent_sat)
               for t in s.scalars(select(WalletTx))}
    assert a.onchain_balance_sat == 500000 and a.checked_at is not None
    assert txs == {
        "2ff7": (True, 1354205, dt.datetime(2018, 7, 18, 2, 21, 36, tzinfo=dt.UTC), 0, 50000000),
        "2a14": (True, 1354204, dt.datetime(2018, 7, 18, 2, 14, 8, tzinfo=dt.UTC), 500000, 0),
        "7d84": (True, 1354075, dt.datetime(2018, 7, 17, 9, 6, 7, tzinfo=dt.UTC), 50000000, 0),
    }


def test_mainnet_address_from_the_docs_example(db, online):
    addr = "1wiz18xYmhRX6xStj2b9t1rwWX4GKUgpv"
    address_id = add_address(db, addr, balance=123)
    online.expect_request(f"/esplora/api/address/{addr}").respond_with_data(
        json_body(ES_ADDR_DOCS), content_type="application/json")
    online.expect_request(f"/esplora/api/address/{addr}/txs").respond_with_data(
        "[]", content_type="application/json")  # SYNTHETIC: the docs' txs example is elided ([Object], ...)
    assert market.check_address(db, address_id).balance_sat == 0  # 15007599040 funded, all spent


def test_unconfirmed_transaction_and_its_disappearance(db, online):
    addr = "1stAprEZapjCYGUACUcXohQqSHF9MU5Kj"
    address_id = add_address(db, addr)
    # SYNTHETIC /address answer consistent with the recorded unconfirmed self-payment (50000 in, 49040 back)
    online.expect_request(f"/esplora/api/address/{addr}").respond_with_json({
        "address": addr,
        "chain_stats": {"funded_txo_count": 1, "funded_txo_sum": 50000, "spent_txo_count": 0,
                        "spent_txo_sum": 0, "tx_count": 1},
        "mempool_stats": {"funded_txo_count": 1, "funded_txo_sum": 49040, "spent_txo_count": 1,
                          "spent_txo_sum": 50000, "tx_count": 1}})
    online.expect_oneshot_request(f"/esplora/api/address/{addr}/txs").respond_with_data(
        "[" + json_body(ES_MAINNET_TX) + "]", content_type="application/json")
    assert market.check_address(db, address_id).balance_sat == 49040
    with db.sessions() as s:
        tx = s.scalar(select(WalletTx))
    assert (tx.txid, tx.confirmed, tx.height, tx.block_time, tx.received_sat, tx.sent_sat) == (
        "b6a53d8a8025c0c5b194345925a99741b645cae0b1f180f0613273029f2bf698", False, None, None, 49040, 50000)
    # replaced or dropped: the server no longer lists it, the cached unconfirmed row goes
    online.expect_request(f"/esplora/api/address/{addr}/txs").respond_with_data("[]", content_type="application/json")
    market.check_address(db, address_id)
    with db.sessions() as s:
        assert s.scalar(select(WalletTx)) is None


def test_invalid_address_is_a_clear_error(db, online):
    good, bad = "1wiz18xYmhRX6xStj2b9t1rwWX4GKUgpv", "1NotAnAddressAtAll"
    bad_id = add_address(db, bad, balance=777)
    add_address(db, good)
    online.expect_request(f"/esplora/api/address/{bad}").respond_with_data(
        "Invalid Bitcoin address", status=400, content_type="text/plain")
    with pytest.raises(FetchError, match="rejects this address: 1NotAnAddressAtAll \\(Invalid Bitcoin address\\)"):
        market.check_address(db, bad_id)
    with db.sessions() as s:
        assert s.get(WalletAddress, bad_id).onchain_balance_sat == 777  # untouched
    assert "Invalid Bitcoin address" in source_status(db, "esplora").last_error
    # a whole profile: the bad address does not stop the good one
    online.expect_request(f"/esplora/api/address/{good}").respond_with_data(
        json_body(ES_ADDR_DOCS), content_type="application/json")
    online.expect_request(f"/esplora/api/address/{good}/txs").respond_with_data("[]", content_type="application/json")
    with db.sessions() as s:
        profile_id = s.scalar(select(Profile.id))
    outcomes = market.check_profile_addresses(db, profile_id)
    assert [(o.source, o.ok) for o in outcomes] == [(bad, False), (good, True)]


def test_unsupported_network_is_refused_without_a_request(db, online):
    address_id = add_address(db, "bcrt1qw508d6qejxtdg4y5r3zarvary0c5xw7kygt080", network="regtest")
    with pytest.raises(FetchError, match="regtest network cannot be checked"):
        market.check_address(db, address_id)
    assert len(online.log) == 0


# ---- the cache survives --------------------------------------------------------------------------------
def test_cache_survives_closing_and_reopening(db, db_path, online):
    serve_prices(online)
    online.expect_request("/scripts/XML_daily.asp").respond_with_data(CBR_2023.read_bytes(),
                                                                       content_type="application/xml")
    online.expect_request("/api/v1/mining/hashrate/3d").respond_with_data(json_body(MP_HASHRATE),
                                                                         content_type="application/json")
    online.expect_request("/api/v1/mining/reward-stats/144").respond_with_data(json_body(MP_REWARDS),
                                                                              content_type="application/json")
    report = market.update_all(db)
    assert [(o.source, o.ok) for o in report] == [("coingecko", True), ("cbr", True), ("mempool", True)]
    assert report.ok
    before = prices(db)
    db.close()
    again = open_database(db_path)
    try:
        assert prices(again) == before
        assert before[(dt.date(2023, 11, 2), "USD", "RUB", "cbr")] == Decimal("93.2801")
        with again.sessions() as s:
            assert s.scalar(select(NetworkStat.difficulty)) == Decimal("31251101365711.12")
        assert [st.ok for st in market.status(again)] == [True, True, True, None]
    finally:
        again.close()


def test_update_all_continues_after_a_failure(db, online):
    online.expect_request("/api/v3/simple/price").respond_with_data("oops", status=503)
    online.expect_request("/scripts/XML_daily.asp").respond_with_data(CBR_2022.read_bytes(),
                                                                       content_type="application/xml")
    online.expect_request("/api/v1/mining/hashrate/3d").respond_with_data(CLOUDFLARE_HTML, content_type="text/html")
    report = market.update_all(db)
    assert [(o.source, o.ok) for o in report] == [("coingecko", False), ("cbr", True), ("mempool", False)]
    assert "HTTP 503" in report.items[0].message
    assert "web page" in report.items[2].message
    assert not report.ok
    states = {st.source: st for st in market.status(db)}
    assert (states["coingecko"].ok, states["cbr"].ok, states["mempool"].ok, states["esplora"].ok) == (
        False, True, False, None)


# ---- failures: clear message, cache intact, error recorded ---------------------------------------------
def _slow(request):
    time.sleep(1.0)
    return Response("{}", content_type="application/json")


FAILURES = [
    # (name, how to serve, expected message)
    ("timeout", lambda srv: srv.expect_request("/api/v3/simple/price").respond_with_handler(_slow),
     "did not answer within 0.2 s"),
    ("malformed JSON", lambda srv: serve_prices(srv, '{"bitcoin": {"usd": 76975,'), "not valid JSON"),
    ("NaN", lambda srv: serve_prices(srv, '{"bitcoin": {"usd": NaN}}'), "not valid JSON"),
    ("float-free but no price", lambda srv: serve_prices(srv, '{"bitcoin": {}}'), "no BTC price"),
    ("HTML page 200", lambda srv: serve_prices(srv, CLOUDFLARE_HTML, content_type="text/html; charset=UTF-8"),
     "web page instead of data"),
    ("HTML page 429", lambda srv: serve_prices(srv, CLOUDFLARE_HTML, status=429, content_type="text/html"),
     "too many requests"),
    ("HTML page served as JSON", lambda srv: serve_prices(srv, CLOUDFLARE_HTML), "web page instead of data"),
    ("wrong encoding", lambda srv: serve_prices(srv, '{"bitcoin": {"usd": 1, "note": "цена"}}'.encode("cp1251")),
     "not in the UTF-8 encoding"),
    ("empty answer", lambda srv: serve_prices(srv, ""), "empty answer"),
    ("500 every time", lambda srv: serve_prices(srv, "Internal Server Error", status=500, content_type="text/plain"),
     "server has a problem \\(HTTP 500\\)"),
    ("404", lambda srv: serve_prices(srv, json_body(CG_429).replace("429", "404"), status=404),
     "refused the request \\(HTTP 404"),
]


@pytest.mark.parametrize("serve, message", [f[1:] for f in FAILURES], ids=[f[0] for f in FAILURES])
def test_failure_gives_a_clear_error_and_keeps_the_cache(db, online, monkeypatch, serve, message):
    serve_prices(online)
    market.update_current_prices(db)
    before = prices(db)
    assert source_status(db, "coingecko").last_error_at is None
    online.clear()
    serve(online)
    monkeypatch.setattr(net.CONFIG, "read_timeout", 0.2)
    with pytest.raises(FetchError, match=message) as exc:
        market.update_current_prices(db)
    assert "Traceback" not in str(exc.value) and str(exc.value).startswith("CoinGecko: ")
    assert prices(db) == before
    st = source_status(db, "coingecko")
    assert st.last_error == exc.value.message and st.last_error_at is not None
    assert [s.ok for s in market.status(db)][0] is False


def test_empty_history_keeps_the_cache(db, online):
    day = dt.date(2026, 5, 17)
    with db.session() as s:
        s.add(MarketPrice(day=day, base="BTC", quote="USD", source="coingecko", value=Decimal("1.5")))
    online.expect_request("/api/v3/coins/bitcoin/market_chart/range").respond_with_json({"prices": []})
    with pytest.raises(FetchError, match="no BTC/USD prices for 2026-05-17"):
        market.update_price_history(db, "USD", day, day)
    assert prices(db) == {(day, "BTC", "USD", "coingecko"): Decimal("1.5")}
    assert "no BTC/USD prices" in source_status(db, "coingecko").last_error


def test_500_then_success_is_retried(db, online, waits):
    online.expect_oneshot_request("/api/v3/simple/price").respond_with_data("busy", status=500)
    serve_prices(online)
    assert market.update_current_prices(db) == {"USD": Decimal(76975)}
    assert len(online.log) == 2
    assert waits == [1.0]  # exponential backoff starts at 1 s


def test_429_with_retry_after_waits_as_asked(db, online, waits):
    online.expect_oneshot_request("/api/v3/simple/price").respond_with_data(
        json_body(CG_429), status=429, headers={"Retry-After": "2"}, content_type="application/json")
    serve_prices(online)
    assert market.update_current_prices(db) == {"USD": Decimal(76975)}
    assert waits == [2.0]
    assert [r.path for r, _ in online.log] == ["/api/v3/simple/price"] * 2


def test_retry_after_longer_than_the_cap_is_not_waited_for(db, online, waits):
    # the recorded CoinGecko 429 came with retry-after: 119
    serve_prices(online, json_body(CG_429), status=429, headers={"Retry-After": "119"})
    with pytest.raises(FetchError, match="HTTP 429\\); try again in 2 min"):
        market.update_current_prices(db)
    assert waits == [] and len(online.log) == 1


def test_429_every_time_gives_up_after_the_attempts(db, online, waits):
    serve_prices(online, json_body(CG_429), status=429)
    with pytest.raises(FetchError, match="too many requests"):
        market.update_current_prices(db)
    assert len(online.log) == net.CONFIG.attempts == 3
    assert waits == [1.0, 2.0]


def test_retry_after_as_an_http_date():
    future = dt.datetime.now(dt.UTC) + dt.timedelta(seconds=30)
    assert 25 <= net._retry_after(email.utils.format_datetime(future, usegmt=True)) <= 31
    assert net._retry_after("Wed, 21 Oct 2015 07:28:00 GMT") == 0.0  # past: no wait
    assert net._retry_after("7") == 7.0
    assert net._retry_after("soon") is None and net._retry_after(None) is None


def test_waits_report_progress_and_can_be_cancelled(db, online, waits):
    online.expect_oneshot_request("/api/v3/simple/price").respond_with_data(
        "", status=429, headers={"Retry-After": "3"})
    serve_prices(online)
    seen: list[str] = []
    market.update_current_prices(db, progress=lambda p, t: seen.append(t))
    assert waits == [1.0, 1.0, 1.0]  # cut in steps so that progress() can cancel
    assert "CoinGecko: waiting to retry" in seen

    class Cancelled(Exception):
        pass

    def cancel(_p, _t):
        raise Cancelled()

    online.clear()
    with pytest.raises(Cancelled):
        market.update_current_prices(db, progress=cancel)
    assert len(online.log) == 0  # cancelled before anything was sent


def test_fetch_json_parses_exactly_and_records_alone(db, online):
    online.expect_request("/x").respond_with_data('{"a": 0.1, "b": 21000000, "c": 1e-8}',
                                                  content_type="application/json")
    data = net.fetch_json(db, "mempool", online.url_for("/x"))
    assert data == {"a": Decimal("0.1"), "b": 21000000, "c": Decimal("1e-8")}
    assert type(data["a"]) is Decimal and type(data["b"]) is int
    assert source_status(db, "mempool").last_success_at is not None


def test_connection_refused_and_bad_url(db, online, waits):
    settings.put(db, MEMPOOL_URL, "http://127.0.0.1:9/api")  # discard port: nothing listens
    with pytest.raises(FetchError, match="could not connect to 127.0.0.1:9"):
        market.update_network(db)
    assert waits == [1.0, 2.0]
    settings.put(db, MEMPOOL_URL, "ftp://example.org/api")
    with pytest.raises(FetchError, match="not a valid http\\(s\\) URL"):
        market.update_network(db)


def test_json_error_message_is_shown(db, online):
    online.expect_request("/api/v3/simple/price").respond_with_data(
        json.dumps({"error": "coin not found"}), status=404, content_type="application/json")
    with pytest.raises(FetchError, match="HTTP 404 coin not found"):
        market.update_current_prices(db)


def test_update_all_checks_addresses_with_monotonic_progress(db, online):
    addr = "1wiz18xYmhRX6xStj2b9t1rwWX4GKUgpv"
    add_address(db, addr)
    for key in ("coingecko", "cbr"):
        settings.put(db, market.ENABLED_SETTINGS[key], False)
    online.expect_request("/api/v1/mining/hashrate/3d").respond_with_data(json_body(MP_HASHRATE),
                                                                         content_type="application/json")
    online.expect_request("/api/v1/mining/reward-stats/144").respond_with_data(json_body(MP_REWARDS),
                                                                              content_type="application/json")
    online.expect_request(f"/esplora/api/address/{addr}").respond_with_data(json_body(ES_ADDR_DOCS),
                                                                           content_type="application/json")
    online.expect_request(f"/esplora/api/address/{addr}/txs").respond_with_data("[]", content_type="application/json")
    seen: list[int] = []
    report = market.update_all(db, progress=lambda p, t: seen.append(p))
    assert [(o.source, o.ok, o.message) for o in report][1] == ("esplora", True, "1 addresses checked")
    assert report.items[0].message.startswith("difficulty 31251101365711.12, 252033247.3552123 TH/s")
    assert seen == sorted(seen) and seen[-1] == 100


def test_html_refusal_is_named(db, online):
    serve_prices(online, CLOUDFLARE_HTML, status=403, content_type="text/html")
    with pytest.raises(FetchError, match="refused the request with a web page \\(HTTP 403\\)"):
        market.update_current_prices(db)
    assert len(online.log) == 1  # a 4xx is not retried
