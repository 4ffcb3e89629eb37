"""The Market data page: offline by default (no request), updates in the background, manual prices."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest

from desktop.services import market, net, prices, settings
from desktop.ui import messages
from desktop.ui.app import make_app
from desktop.ui.pages.market import MarketPage

HTTP = Path(__file__).parent / "fixtures" / "http"


@pytest.fixture(autouse=True)
def _no_real_sleep(monkeypatch):
    monkeypatch.setattr(net.CONFIG, "sleep", lambda s: None)
    monkeypatch.setenv("NO_PROXY", "localhost,127.0.0.1")
    yield
    net.close_session()


@pytest.fixture
def page(qtbot, db, httpserver):
    make_app()
    for definition, path in ((market.COINGECKO_URL, "/cg"), (market.CBR_URL, "/cbr"),
                             (market.MEMPOOL_URL, "/mp"), (market.ESPLORA_URL, "/es")):
        settings.put(db, definition, httpserver.url_for(path))
    p = MarketPage(db)
    qtbot.addWidget(p)
    return p


def serve_all(httpserver):
    today = dt.datetime.now(dt.UTC)
    httpserver.expect_request("/cg/simple/price").respond_with_json(  # SYNTHETIC three-currency answer
        {"bitcoin": {"usd": 91234.5, "rub": 7301234.25, "eur": 84000.1, "last_updated_at": int(today.timestamp())}})
    httpserver.expect_request("/cbr/XML_daily.asp").respond_with_data(
        (HTTP / "cbr" / "XML_daily_2023-11-02.xml").read_bytes(), content_type="application/xml")
    httpserver.expect_request("/mp/v1/mining/hashrate/3d").respond_with_data(
        (HTTP / "mempool" / "v1_mining_hashrate_timePeriod.docs-example.json").read_text(),
        content_type="application/json")
    httpserver.expect_request("/mp/v1/mining/reward-stats/144").respond_with_data(
        (HTTP / "mempool" / "v1_mining_reward-stats_blockCount.docs-example.json").read_text(),
        content_type="application/json")


def test_offline_by_default_no_request_and_bundled_prices(page, httpserver):
    assert page.status.text().startswith("Offline — bundled history up to")
    assert not page.update_button.isEnabled()
    value, source = page.price_labels["USD"]
    assert value.text().startswith("$") and "bundled history" in source.text()
    assert page.price_labels["EUR"][0].text() == "—"  # no bundled EUR
    assert len(httpserver.log) == 0


def test_update_now_fetches_in_background_and_shows_sources(page, qtbot, httpserver, monkeypatch):
    serve_all(httpserver)
    settings.put(page.db, settings.ONLINE_ALLOWED, True)
    page.refresh()
    assert page.update_button.isEnabled()
    warnings = []
    monkeypatch.setattr(messages, "warning", lambda *a: warnings.append(a))
    with qtbot.waitSignal(page.status_changed, timeout=10000):
        page.update_now()
    assert warnings == []
    assert page.status.text().startswith("Prices updated")
    value, source = page.price_labels["EUR"]
    assert value.text() == "€84,000.10" and "CoinGecko" in source.text()
    assert "mempool" in page.difficulty_source.text()
    assert len(httpserver.log) >= 4


def test_a_failing_source_warns_and_the_rest_goes_on(page, qtbot, httpserver, monkeypatch):
    serve_all(httpserver)
    httpserver.clear_all_handlers()
    httpserver.expect_request("/cg/simple/price").respond_with_data("<html>busy</html>", status=500)
    httpserver.expect_request("/cbr/XML_daily.asp").respond_with_data(
        (HTTP / "cbr" / "XML_daily_2023-11-02.xml").read_bytes(), content_type="application/xml")
    settings.put(page.db, settings.ONLINE_ALLOWED, True)
    settings.put(page.db, market.MEMPOOL_ENABLED, False)
    warnings = []
    monkeypatch.setattr(messages, "warning", lambda *a: warnings.append(a))
    with qtbot.waitSignal(page.status_changed, timeout=15000):
        page.update_now()
    assert len(warnings) == 1 and "CoinGecko" in warnings[0][2]
    with page.db.sessions() as s:  # the Bank of Russia rates were still cached
        q = prices.fx_rate(s, "USD", "RUB", dt.date(2023, 11, 2))
    assert q.source == "cbr"
    assert not any("/mp/" in str(req.url) for req, _ in httpserver.log)  # a disabled source is not asked


def test_manual_price_added_wins_and_is_marked(page):
    page.manual_currency.setCurrentIndex(page.manual_currency.findData("USD"))
    page.manual_value.setText("abc")
    page.add_manual()
    assert "abc" in page.manual_error.text()
    page.manual_value.setText("95 000,50")
    page.add_manual()
    assert page.manual_error.text() == ""
    value, source = page.price_labels["USD"]
    assert value.text() == "$95,000.50" and "<b>" in source.text() and "manual" in source.text()
    assert prices.manual_prices(page.db)[0].value == Decimal("95000.50")


def test_remove_manual_price_asks_first(page, monkeypatch):
    prices.set_manual_price(page.db, dt.date(2025, 5, 1), "RUB", Decimal("9000000"))
    page.refresh()
    page.manual_table.selectRow(0)
    monkeypatch.setattr(messages, "confirm", lambda *a: False)
    page.remove_manual()
    assert len(prices.manual_prices(page.db)) == 1
    monkeypatch.setattr(messages, "confirm", lambda *a: True)
    page.remove_manual()
    assert prices.manual_prices(page.db) == []


def test_bad_server_address_is_refused(page, monkeypatch):
    shown = []
    monkeypatch.setattr(messages, "warning", lambda *a: shown.append(a))
    enabled, url, _ = page.source_widgets["esplora"]
    url.setText("ftp://bank.example/esplora")
    page._set_url("esplora", url)
    assert shown and settings.get(page.db, market.ESPLORA_URL).startswith("http")
    assert url.text().startswith("http")
