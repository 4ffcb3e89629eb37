"""Risk of a simulated loan on real price history: backtest, Monte Carlo, stress, sell-or-borrow, and the
profile's mining output as a source of top-ups. The maths is desktop.core.risk; this service supplies the
price history in the offer's currency (bundled BTC/USD, × the Bank of Russia USD/RUB rate for roubles),
the profile's fleet and the settings' assumptions.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import ParamSpec, TypeVar

import numpy as np
from PySide6.QtCore import QCoreApplication

from desktop.core import risk
from desktop.core.errors import DomainError
from desktop.core.loans import LoanResult, Offer
from desktop.core.mining import difficulty_growth_per_month
from desktop.i18n import tr_error
from desktop.store.db import Database

from . import history, prices, records
from . import settings as app_settings

Progress = Callable[[int, str], None]
P = ParamSpec("P")
T = TypeVar("T")


class RiskError(ValueError):
    pass


_PATHS = re.compile(r"(\d+) of (\d+) paths")


def _paths_text(text: str) -> str:
    """The Monte Carlo's progress ("500 of 2000 paths", English from desktop.core.risk) in the UI's language."""
    match = _PATHS.fullmatch(text or "")
    if match is None:
        return text
    return QCoreApplication.translate("Risk", "Monte Carlo: {0} of {1} paths").format(match[1], match[2])


def _user_errors(fn: Callable[P, T]) -> Callable[P, T]:
    """The maths' own refusals (DomainError: a window too late for the term, too little BTC to sell) become a
    RiskError whose text is in the user's language: the Loans page and the CLI show ``str(exc)``."""

    @functools.wraps(fn)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> T:
        try:
            return fn(*args, **kwargs)
        except DomainError as exc:
            raise RiskError(tr_error(exc)) from exc

    return wrapper


def price_history(currency: str) -> tuple[list[dt.date], np.ndarray]:
    """Daily BTC closes in ``currency`` from the bundled history (EUR is not bundled: USD is used then)."""
    usd = history.btc_usd()
    days = list(usd.days)
    values = np.array([float(v) for v in usd.values])  # risk maths runs on floats; money stays Decimal
    if currency == "RUB":
        rub = history.usd_rub()
        rates = np.array([float(rub.at(d, carry_days=10) or 0) for d in days])
        keep = rates > 0
        days = [d for d, k in zip(days, keep, strict=True) if k]
        values = values[keep] * rates[keep]
    return days, values


@dataclass
class RiskReport:
    """Everything the Loans page and `simulate --json` show of the risk (``to_dict`` for JSON)."""

    backtest: risk.BacktestResult | None = None
    backtest_topup: risk.BacktestResult | None = None
    monte_carlo: risk.MonteCarloResult | None = None
    stress: list[risk.StressCase] = field(default_factory=list)
    drawdowns: list[risk.ReplayCase] = field(default_factory=list)
    mining: risk.MiningOutlook | None = None
    covers_payments: bool | None = None
    history_currency: str = "USD"

    def to_dict(self) -> dict:
        out: dict = {"history_currency": self.history_currency}
        if self.backtest:
            out["backtest"] = self.backtest.to_dict()
        if self.backtest_topup:
            out["backtest_with_top_ups"] = self.backtest_topup.to_dict()
        if self.monte_carlo:
            out["monte_carlo"] = self.monte_carlo.to_dict()
        if self.stress:
            out["stress"] = [c.to_dict() for c in self.stress]
        if self.drawdowns:
            out["worst_drawdowns"] = [c.to_dict() for c in self.drawdowns]
        if self.mining:
            out["mining"] = self.mining.to_dict()
            out["production_covers_payments"] = self.covers_payments
        return out


def mining_outlook(db: Database, profile_id: int, result: LoanResult,
                   growth_percent_month: Decimal | None = None) -> risk.MiningOutlook | None:
    """Expected BTC from the profile's running fleet over the loan's term, net of what pays the power.

    Difficulty grows by ``growth_percent_month`` (default: the average of the last 12 months of history);
    halvings on their dates.
    """
    fleet = records.active_fleet(db, profile_id)
    if fleet.units == 0:
        return None
    params = app_settings.farm_params(db)
    network = prices.network_on(db, result.start_date)
    growth = (difficulty_growth_per_month(history.difficulty(), history.difficulty().last)
              if growth_percent_month is None else Decimal(growth_percent_month) / 100)
    sites = records.list_sites(db, profile_id)
    tariff = sum((s.tariff for s in sites), Decimal(0)) / len(sites) if sites else Decimal(0)
    site_currency = sites[0].currency if sites else result.currency
    quote = prices.price_on(db, site_currency, result.start_date)
    price = float(quote.value) if quote else float(result.price)
    days = (result.maturity_date - result.start_date).days + 1  # one value per day 0 … maturity, as the debt
    return risk.mining_output(days, result.start_date, float(fleet.hashrate_ths), float(network.difficulty),
                              float(growth), float(params.pool_fee), float(params.uptime),
                              params.fees_per_block_sats / 100_000_000, price, fleet.power_w, float(tariff))


@_user_errors
def analyse(db: Database, offer: Offer, result: LoanResult, *, profile_id: int | None = None,
            backtest: bool = True, backtest_from: dt.date | None = None, monte_carlo_paths: int = 0,
            seed: int | None = None, method: str = "bootstrap", top_up_from_mining: bool = False,
            growth_percent_month: Decimal | None = None, progress: Progress | None = None) -> RiskReport:
    """The risk figures of a simulated loan (BTC collateral). ``progress`` may raise to cancel."""
    if not result.collateral_sats:
        raise RiskError(QCoreApplication.translate("Risk", "the loan has no BTC collateral: nothing moves with the price"))
    days, closes = price_history(offer.currency)
    debt = risk.debt_curve(result)
    collateral = result.collateral_sats / 100_000_000
    th = offer.ltv
    kw = {"margin_call": float(th.margin_call), "liquidation": float(th.liquidation)}
    report = RiskReport(history_currency="RUB" if offer.currency == "RUB" else "USD")
    topup, spare = 0.0, 0.0
    if profile_id is not None and top_up_from_mining:
        report.mining = mining_outlook(db, profile_id, result, growth_percent_month)
        if report.mining is not None:
            topup = np.maximum(report.mining.net_btc_per_day, 0.0)
            payments = sum((row.payment for row in result.schedule if row.date > result.start_date), Decimal(0))
            report.covers_payments = Decimal(report.mining.total_net_sats) / 100_000_000 * result.price >= payments
        held = records.holdings_summary(db, profile_id, offer.currency, result.start_date).holdings_sat
        spare = max(0, held - result.collateral_sats) / 100_000_000
    if progress:
        progress(5, QCoreApplication.translate("Risk", "Backtest on the price history…"))
    if backtest:
        report.backtest = risk.backtest(days, closes, debt, initial_ltv=float(th.initial), cure_to=float(th.cure_to),
                                        window_start=backtest_from, **kw)
        if top_up_from_mining:
            report.backtest_topup = risk.backtest(days, closes, debt, initial_ltv=float(th.initial),
                                                  cure_to=float(th.cure_to), window_start=backtest_from,
                                                  topup_btc_per_day=topup, spare_btc=spare, **kw)
    report.stress = risk.stress(float(result.price), debt, collateral, **kw)
    worst = risk.worst_drawdowns(days, closes, len(debt) - 1, count=3)
    report.drawdowns = risk.replay(worst, days, closes, float(result.price), debt, collateral,
                                   cure_to=float(th.cure_to), topup_btc_per_day=topup, spare_btc=spare, **kw)
    if monte_carlo_paths:
        def sub(percent: int, text: str) -> None:
            if progress:
                progress(10 + percent * 9 // 10, _paths_text(text))

        report.monte_carlo = risk.monte_carlo(closes, debt, float(result.price), collateral, paths=monte_carlo_paths,
                                              method=method, seed=seed, cure_to=float(th.cure_to),
                                              topup_btc_per_day=topup, spare_btc=spare, progress=sub, **kw)
    if progress:
        progress(100, "")
    return report


SCENARIOS = (Decimal("0.5"), Decimal("0.75"), Decimal(1), Decimal("1.5"), Decimal(2))


@_user_errors
def sell_or_borrow(result: LoanResult, holdings_sats: int, scenarios=SCENARIOS):
    """Raise the loan's net amount by selling BTC now or by borrowing it; positions at end prices relative to
    today's, and the end price at which borrowing breaks even."""
    holdings = Decimal(max(holdings_sats, result.collateral_sats)) / 100_000_000
    cases = risk.sell_or_borrow(result.net_disbursed, result.price, holdings, result.total_paid,
                                Decimal(result.collateral_sats) / 100_000_000, [result.price * s for s in scenarios])
    return cases, risk.break_even_price(result.net_disbursed, result.price, result.total_paid)
