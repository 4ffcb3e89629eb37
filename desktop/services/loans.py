"""Loan simulations for a profile: the offer, the market price, the profile's holdings and equipment.

The maths is in desktop.core.loans; this service fills the inputs from the books (holdings, equipment
market value, legal form and registry entry for eligibility), prices them with desktop.services.prices,
and saves simulations for the bank package.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import QCoreApplication
from sqlalchemy import select

from desktop.core.loans import LoanResult, Offer, max_amount, simulate
from desktop.core.money import quantize
from desktop.store.db import Database
from desktop.store.models import Simulation

from . import offers, prices, profiles, records
from . import settings as app_settings


class SimulationError(ValueError):
    pass


@dataclass(frozen=True)
class ProfileCollateral:
    """What a profile can pledge, valued in the offer's currency."""

    holdings_sat: int
    equipment_market_value: Decimal  # market estimate of the units in service
    price: prices.Quote | None
    max_amount: Decimal | None  # the most this offer lends against all of it (None without a price)


def load_offer(db: Database, key_or_path: str) -> Offer:
    offers.install_catalogue(db)
    return Offer.from_dict(offers.get_offer(db, key_or_path))


def profile_collateral(db: Database, profile_id: int | None, offer: Offer, day: dt.date | None = None) -> ProfileCollateral:
    day = day or dt.date.today()
    quote = prices.price_on(db, offer.currency, day)
    if profile_id is None:
        return ProfileCollateral(0, Decimal(0), quote, None)
    holdings = records.holdings_summary(db, profile_id, offer.currency, day).holdings_sat if offer.takes_btc else 0
    equipment = Decimal(0)
    if offer.takes_equipment:
        valuation = records.equipment_valuation(db, profile_id, offer.currency, day, app_settings.farm_params(db))
        equipment = valuation.market_total or Decimal(0)
    most = None
    if quote is not None:
        most = max_amount(max(holdings, 0), quote.value, offer.ltv.initial, equipment,
                          offer.equipment_haircut or Decimal(0), currency=offer.currency)
        if offer.amount.max is not None:
            most = min(most, offer.amount.max)
    return ProfileCollateral(holdings, equipment, quote, most)


def simulate_for_profile(db: Database, offer: Offer, amount: Decimal, *, profile_id: int | None = None,
                         term_months: int | None = None, price: Decimal | None = None,
                         start_date: dt.date | None = None, collateral_sats: int | None = None,
                         equipment_value: Decimal | None = None) -> LoanResult:
    """Run the offer for the profile. Without a price: the latest known one (manual, fetched or bundled);
    without collateral: what the initial LTV requires; equipment: the profile's market estimate."""
    start = start_date or dt.date.today()
    if price is None:
        quote = prices.price_on(db, offer.currency, start)
        if quote is None:
            raise SimulationError(QCoreApplication.translate(
                "Loans", "no BTC/{0} price is known for {1}: give --price, enter a manual price, or update prices "
                "online").format(offer.currency, start.isoformat()))
        price = quote.value
    legal = {}
    if profile_id is not None:
        p = profiles.get_profile(db, profile_id)
        legal = {"legal_form": p.legal_form, "registry_number": p.registry_number,
                 "registry_date": p.registry_date, "today": start}
        if equipment_value is None and offer.takes_equipment:
            equipment_value = profile_collateral(db, profile_id, offer, start).equipment_market_value
    return simulate(offer, quantize(Decimal(amount), offer.currency), term_months or offer.term_months.default,
                    price, start, collateral_sats, equipment_value or Decimal(0), **legal)


def save_simulation(db: Database, profile_id: int, name: str, result: LoanResult, inputs: dict) -> int:
    with db.session() as s:
        row = Simulation(profile_id=profile_id, name=(name or result.offer_id)[:200], offer_key=result.offer_id,
                         inputs_json=json.dumps(inputs, ensure_ascii=False, default=str),
                         results_json=json.dumps(result.to_dict(), ensure_ascii=False, default=str))
        s.add(row)
        s.flush()
        return row.id


@dataclass(frozen=True)
class SavedSimulation:
    id: int
    name: str
    offer_key: str
    created_at: dt.datetime
    inputs: dict
    results: dict


def list_simulations(db: Database, profile_id: int) -> list[SavedSimulation]:
    with db.sessions() as s:
        rows = s.scalars(select(Simulation).where(Simulation.profile_id == profile_id)
                         .order_by(Simulation.created_at.desc()))
        return [SavedSimulation(r.id, r.name, r.offer_key, r.created_at, json.loads(r.inputs_json),
                                json.loads(r.results_json)) for r in rows]


def delete_simulation(db: Database, profile_id: int, simulation_id: int) -> None:
    with db.session() as s:
        row = s.get(Simulation, simulation_id)
        if row is not None and row.profile_id == profile_id:
            s.delete(row)
