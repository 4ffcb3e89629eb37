"""All tables of the HashPledge store, as SQLAlchemy 2 typed models.

Conventions:
- BTC amounts: ``*_sat`` integer satoshis.
- Fiat amounts: ``*_minor`` integer minor units beside a ``*_currency`` ISO code.
- Rates, tariffs and hashrates that need more precision than a minor unit: :class:`ExactDecimal`.
- Dates are dates; timestamps are UTC (:class:`UTCDateTime`).
- Records a user edits carry a ``version`` (SQLAlchemy's ``version_id_col``): every ORM update checks and
  bumps it, so a write made on a row someone else changed since fails (StaleDataError) instead of overwriting.
Changing anything here needs an Alembic migration in ``desktop/store/migrations/versions``.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Column,
    Date,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from .types import ExactDecimal, Int64, UTCDateTime, utcnow

NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

LEGAL_FORMS = ("individual", "sole_trader", "company")
EQUIPMENT_STATUSES = ("active", "standby", "repair", "sold", "retired")
HOSTING_KINDS = ("own", "hosted")
ENERGY_KINDS = ("reading", "period")
DISPOSAL_KINDS = ("sale", "transfer", "fee")


def _in(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Profile(Base):
    """A miner: an individual, a sole trader (ИП) or a company. An advisor keeps several."""

    __tablename__ = "profile"
    __table_args__ = (CheckConstraint(_in("legal_form", LEGAL_FORMS), name="legal_form"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    version: Mapped[int] = mapped_column(Integer, server_default=text("1"))  # optimistic locking
    __mapper_args__ = {"version_id_col": version}
    name: Mapped[str] = mapped_column(String(200), unique=True)
    legal_form: Mapped[str] = mapped_column(String(20), default="individual")
    inn: Mapped[str | None] = mapped_column(String(12))
    registry_number: Mapped[str | None] = mapped_column(String(64))
    registry_date: Mapped[dt.date | None] = mapped_column(Date)
    region: Mapped[str | None] = mapped_column(String(100))
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)

    sites: Mapped[list[Site]] = relationship(back_populates="profile", cascade="all, delete-orphan")
    equipment: Mapped[list[Equipment]] = relationship(back_populates="profile", cascade="all, delete-orphan")


class Site(Base):
    """Where machines run: own premises or a hoster. The tariff applies to its energy records."""

    __tablename__ = "site"
    __table_args__ = (UniqueConstraint("profile_id", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    version: Mapped[int] = mapped_column(Integer, server_default=text("1"))  # optimistic locking
    __mapper_args__ = {"version_id_col": version}
    profile_id: Mapped[int] = mapped_column(ForeignKey("profile.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    region: Mapped[str | None] = mapped_column(String(100))
    tariff: Mapped[Decimal] = mapped_column(ExactDecimal, default=Decimal(0))  # per kWh
    tariff_night: Mapped[Decimal | None] = mapped_column(ExactDecimal)  # optional day/night
    night_share: Mapped[Decimal | None] = mapped_column(ExactDecimal)  # share of kWh at night, 0..1
    currency: Mapped[str] = mapped_column(String(3), default="RUB")
    monthly_fee_minor: Mapped[int] = mapped_column(Int64, default=0)  # hosting or rent per month
    notes: Mapped[str] = mapped_column(Text, default="")

    profile: Mapped[Profile] = relationship(back_populates="sites")


class Equipment(Base):
    """One ASIC. Serial numbers are unique within a profile."""

    __tablename__ = "equipment"
    __table_args__ = (
        UniqueConstraint("profile_id", "serial"),
        CheckConstraint(_in("status", EQUIPMENT_STATUSES), name="status"),
        CheckConstraint(_in("hosting", HOSTING_KINDS), name="hosting"),
        CheckConstraint("power_w >= 0", name="power"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    version: Mapped[int] = mapped_column(Integer, server_default=text("1"))  # optimistic locking
    __mapper_args__ = {"version_id_col": version}
    profile_id: Mapped[int] = mapped_column(ForeignKey("profile.id", ondelete="CASCADE"), index=True)
    site_id: Mapped[int | None] = mapped_column(ForeignKey("site.id", ondelete="SET NULL"), index=True)
    vendor: Mapped[str] = mapped_column(String(100), default="")
    model: Mapped[str] = mapped_column(String(100))
    serial: Mapped[str] = mapped_column(String(100))
    hashrate_ths: Mapped[Decimal] = mapped_column(ExactDecimal)
    power_w: Mapped[int] = mapped_column(Integer)
    purchase_date: Mapped[dt.date | None] = mapped_column(Date)
    price_minor: Mapped[int | None] = mapped_column(Int64)
    price_currency: Mapped[str] = mapped_column(String(3), default="RUB")
    status: Mapped[str] = mapped_column(String(10), default="active")
    status_date: Mapped[dt.date | None] = mapped_column(Date)
    hosting: Mapped[str] = mapped_column(String(10), default="own")
    hoster: Mapped[str] = mapped_column(String(200), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)

    profile: Mapped[Profile] = relationship(back_populates="equipment")
    site: Mapped[Site | None] = relationship()


class EnergyRecord(Base):
    """Electricity: a cumulative meter reading, or a period with its kWh (and cost when billed)."""

    __tablename__ = "energy_record"
    __table_args__ = (
        CheckConstraint(_in("kind", ENERGY_KINDS), name="kind"),
        Index("ix_energy_record_site_day", "site_id", "day"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    version: Mapped[int] = mapped_column(Integer, server_default=text("1"))  # optimistic locking
    __mapper_args__ = {"version_id_col": version}
    profile_id: Mapped[int] = mapped_column(ForeignKey("profile.id", ondelete="CASCADE"), index=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("site.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(10))
    day: Mapped[dt.date] = mapped_column(Date)  # reading date, or the period's end
    period_start: Mapped[dt.date | None] = mapped_column(Date)  # periods only
    meter_kwh: Mapped[Decimal | None] = mapped_column(ExactDecimal)  # readings: cumulative counter
    kwh: Mapped[Decimal | None] = mapped_column(ExactDecimal)  # periods: consumption
    cost_minor: Mapped[int | None] = mapped_column(Int64)
    currency: Mapped[str] = mapped_column(String(3), default="RUB")
    tariff_override: Mapped[Decimal | None] = mapped_column(ExactDecimal)
    meter_replaced: Mapped[bool] = mapped_column(Boolean, default=False)
    notes: Mapped[str] = mapped_column(Text, default="")


class Payout(Base):
    """Mined BTC received from a pool (or solo)."""

    __tablename__ = "payout"
    __table_args__ = (
        UniqueConstraint("profile_id", "txid"),  # NULL txids are distinct
        CheckConstraint("amount_sat > 0", name="amount_positive"),
        Index("ix_payout_profile_day", "profile_id", "day"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    version: Mapped[int] = mapped_column(Integer, server_default=text("1"))  # optimistic locking
    __mapper_args__ = {"version_id_col": version}
    profile_id: Mapped[int] = mapped_column(ForeignKey("profile.id", ondelete="CASCADE"))
    day: Mapped[dt.date] = mapped_column(Date)
    amount_sat: Mapped[int] = mapped_column(Int64)
    pool: Mapped[str] = mapped_column(String(100), default="")
    txid: Mapped[str | None] = mapped_column(String(64))
    address: Mapped[str] = mapped_column(String(100), default="")
    notes: Mapped[str] = mapped_column(Text, default="")



# Payouts per profile and day: their number and satoshis, kept exact by SQLite triggers on ``payout`` (migration
# 0003) whatever writes the payouts, so the sums of a million payouts read a row per day. Never written by the
# app. No primary key on purpose: derived data is not recorded by desktop.store.changes (an undo of a payout
# corrects it through the triggers). A migration that recreates ``payout`` must recreate the triggers.
payout_day = Table(
    "payout_day",
    Base.metadata,
    Column("profile_id", Integer, ForeignKey("profile.id", ondelete="CASCADE"), nullable=False),
    Column("day", Date, nullable=False),
    Column("payouts", Integer, nullable=False),
    Column("amount_sat", Int64, nullable=False),
    UniqueConstraint("profile_id", "day"),
)


class Disposal(Base):
    """BTC leaving the holdings: a sale (with fiat received and fee), a transfer out, or a network fee."""

    __tablename__ = "disposal"
    __table_args__ = (
        CheckConstraint(_in("kind", DISPOSAL_KINDS), name="kind"),
        CheckConstraint("amount_sat > 0", name="amount_positive"),
        Index("ix_disposal_profile_day", "profile_id", "day"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    version: Mapped[int] = mapped_column(Integer, server_default=text("1"))  # optimistic locking
    __mapper_args__ = {"version_id_col": version}
    profile_id: Mapped[int] = mapped_column(ForeignKey("profile.id", ondelete="CASCADE"))
    day: Mapped[dt.date] = mapped_column(Date)
    kind: Mapped[str] = mapped_column(String(10))
    amount_sat: Mapped[int] = mapped_column(Int64)
    fiat_minor: Mapped[int | None] = mapped_column(Int64)  # sale proceeds
    fee_minor: Mapped[int | None] = mapped_column(Int64)  # exchange fee on a sale
    fiat_currency: Mapped[str] = mapped_column(String(3), default="RUB")
    txid: Mapped[str | None] = mapped_column(String(64))
    counterparty: Mapped[str] = mapped_column(String(200), default="")
    notes: Mapped[str] = mapped_column(Text, default="")


class WalletAddress(Base):
    """A watch-only address of the profile. Never a private key."""

    __tablename__ = "wallet_address"
    __table_args__ = (UniqueConstraint("profile_id", "address"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    version: Mapped[int] = mapped_column(Integer, server_default=text("1"))  # optimistic locking
    __mapper_args__ = {"version_id_col": version}
    profile_id: Mapped[int] = mapped_column(ForeignKey("profile.id", ondelete="CASCADE"), index=True)
    address: Mapped[str] = mapped_column(String(100))
    label: Mapped[str] = mapped_column(String(200), default="")
    network: Mapped[str] = mapped_column(String(10), default="mainnet")
    onchain_balance_sat: Mapped[int | None] = mapped_column(Int64)
    checked_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)


class MarketPrice(Base):
    """Daily price cache: BTC in fiat, and fiat exchange rates, by source (bundled, fetched, manual)."""

    __tablename__ = "market_price"
    __table_args__ = (UniqueConstraint("day", "base", "quote", "source"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    day: Mapped[dt.date] = mapped_column(Date)
    base: Mapped[str] = mapped_column(String(5))  # BTC, USD, EUR
    quote: Mapped[str] = mapped_column(String(5))  # USD, RUB, EUR
    source: Mapped[str] = mapped_column(String(20))  # manual, coingecko, cbr, ...
    value: Mapped[Decimal] = mapped_column(ExactDecimal)
    fetched_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


class NetworkStat(Base):
    """Network figures by day and source (bundled history is read from resources; fetched ones are cached here)."""

    __tablename__ = "network_stat"
    __table_args__ = (UniqueConstraint("day", "source"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    day: Mapped[dt.date] = mapped_column(Date)
    source: Mapped[str] = mapped_column(String(20))  # mempool, manual, ...
    difficulty: Mapped[Decimal | None] = mapped_column(ExactDecimal)
    hashrate_ths: Mapped[Decimal | None] = mapped_column(ExactDecimal)
    fees_per_block_sat: Mapped[int | None] = mapped_column(Int64)  # recent average
    fetched_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


class WalletTx(Base):
    """An on-chain transaction touching a watch-only address, as an Esplora server reported it."""

    __tablename__ = "wallet_tx"
    __table_args__ = (UniqueConstraint("address_id", "txid"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    address_id: Mapped[int] = mapped_column(ForeignKey("wallet_address.id", ondelete="CASCADE"), index=True)
    txid: Mapped[str] = mapped_column(String(64), index=True)
    confirmed: Mapped[bool] = mapped_column(Boolean, default=False)
    height: Mapped[int | None] = mapped_column(Integer)
    block_time: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    received_sat: Mapped[int] = mapped_column(Int64, default=0)  # paid to the address in this tx
    sent_sat: Mapped[int] = mapped_column(Int64, default=0)  # spent from the address in this tx
    fetched_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


class SourceStatus(Base):
    """When each online source last answered, and its last error (for the status line)."""

    __tablename__ = "source_status"

    source: Mapped[str] = mapped_column(String(20), primary_key=True)
    last_success_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    last_error_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    last_error: Mapped[str] = mapped_column(Text, default="")


class LoanOffer(Base):
    """A loan offer as its JSON document (the format is documented in the README)."""

    __tablename__ = "loan_offer"

    id: Mapped[int] = mapped_column(primary_key=True)
    version: Mapped[int] = mapped_column(Integer, server_default=text("1"))  # optimistic locking
    __mapper_args__ = {"version_id_col": version}
    offer_key: Mapped[str] = mapped_column(String(100), unique=True)
    lender: Mapped[str] = mapped_column(String(200), default="")
    product: Mapped[str] = mapped_column(String(200), default="")
    body_json: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


class Simulation(Base):
    """A saved loan simulation of a profile: its inputs and results as JSON (used by the bank package)."""

    __tablename__ = "simulation"

    id: Mapped[int] = mapped_column(primary_key=True)
    version: Mapped[int] = mapped_column(Integer, server_default=text("1"))  # optimistic locking
    __mapper_args__ = {"version_id_col": version}
    profile_id: Mapped[int] = mapped_column(ForeignKey("profile.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    offer_key: Mapped[str] = mapped_column(String(100))
    inputs_json: Mapped[str] = mapped_column(Text)
    results_json: Mapped[str] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


class PackageExport(Base):
    """Log of the collateral packages exported for a profile."""

    __tablename__ = "package_export"

    id: Mapped[int] = mapped_column(primary_key=True)
    profile_id: Mapped[int] = mapped_column(ForeignKey("profile.id", ondelete="CASCADE"), index=True)
    package_id: Mapped[str] = mapped_column(String(64))
    file_name: Mapped[str] = mapped_column(String(500))
    sha256: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


class Setting(Base):
    """Settings shared by the GUI and the CLI (online access, display currency, source URLs)."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


# Tables in an order that respects foreign keys (used by `info`, copies and tests).
ALL_MODELS = (
    Profile,
    Site,
    Equipment,
    EnergyRecord,
    Payout,
    Disposal,
    WalletAddress,
    MarketPrice,
    NetworkStat,
    WalletTx,
    SourceStatus,
    LoanOffer,
    Simulation,
    PackageExport,
    Setting,
)
