"""Column types that keep amounts exact and timestamps in UTC."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import BigInteger, DateTime, Integer, String
from sqlalchemy.types import TypeDecorator

Int64 = BigInteger().with_variant(Integer(), "sqlite")
"""Satoshis and minor units: 64-bit everywhere. SQLite's INTEGER already is (and the DDL stays ``INTEGER``, as
in databases made before PostgreSQL support); PostgreSQL's ``integer`` is 32-bit, so there it is ``bigint``
(21 million BTC are 2.1e15 satoshis; 21 million roubles are 2.1e9 kopecks)."""


class ExactDecimal(TypeDecorator):
    """A Decimal stored as its exact decimal string (never a binary float, never SQLite NUMERIC)."""

    impl = String(40)
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        if isinstance(value, float):
            raise TypeError("floats are not stored; use Decimal")
        if isinstance(value, int):
            value = Decimal(value)
        if not isinstance(value, Decimal):
            raise TypeError(f"expected Decimal, got {type(value).__name__}")
        if not value.is_finite():
            raise ValueError("only finite decimals are stored")
        return format(value, "f")

    def process_result_value(self, value, dialect):
        return None if value is None else Decimal(value)


class UTCDateTime(TypeDecorator):
    """An aware datetime, stored as UTC; naive datetimes are refused."""

    impl = DateTime(timezone=False)
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime refused: timestamps are stored in UTC")
        return value.astimezone(dt.UTC).replace(tzinfo=None)

    def process_result_value(self, value, dialect):
        return None if value is None else value.replace(tzinfo=dt.UTC)


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)
