"""Loan maths: offers, collateral and LTV, payment schedules, APR and ПСК (full cost of credit).

Pure Python on integers, :class:`~decimal.Decimal` and :class:`~fractions.Fraction`; never a float.
BTC is integer satoshis, fiat is Decimal rounded half-up to the currency's minor unit.

Conventions
-----------
- An *offer* is the in-memory form of an offer JSON file (``resources/offers/*.json``, schema 1).
  LTV thresholds and ``equipment_haircut`` are shares of 1; ``*_percent`` fields are percentages.
  ``equipment_haircut`` is the share of the equipment's market value the lender counts (0.6 = 60 %).
- Collateral helpers take ``equipment_value`` as the value *counted* (market value × haircut): it is a
  fixed part of the collateral that does not move with the BTC price.
  With ``currency=...`` they round to its minor unit in the cautious direction (prices and repayments
  up, the amount one may borrow down); without it they return the exact value.
- Fees. Origination fee = origination_percent × the amount asked for: ``deducted`` from the payout,
  ``financed`` (added to the debt: principal = amount + fee) or ``upfront`` (paid at day 0).
  The admin fee is a one-off fee of admin_percent × the principal (the debt, incl. a financed
  origination fee), paid by the borrower at day 0. Fees charged at day 0 (deducted or upfront
  origination, admin) appear as a schedule row dated the start date.
- Schedule. Periods are calendar months (same day of month, clamped at the month's end) or
  ``billing_days`` fixed periods. ``balance`` is the debt after the row's payment: principal
  outstanding plus interest accrued and not yet paid (so it grows on a bullet loan).
- ``apr_percent``: the nominal annual rate of the borrower's cash flows incl. fees (an IRR):
  monthly IRR × 12 for calendar-month schedules (a payment date's exponent is whole months plus
  the elapsed share of the next month), daily IRR × 365 for ``billing_days`` schedules.
- ПСК (353-FZ art. 6): i solves Σ ДП_k / ((1 + e_k·i)(1 + i)^q_k) = 0 over the borrower's cash flows
  (received < 0, paid > 0); ПСК = i × ЧБП × 100, rounded half-up to 3 decimals. Base period: a month
  for calendar-month schedules (ЧБП = 12), ``billing_days`` days otherwise (ЧБП = 365 / days). When
  there is a single payment after day 0 (bullet), the base period is the term if it is at most a
  year (N months: ЧБП = 12 / N; N×billing_days days: ЧБП = 365 / (N×days)), otherwise a year.
  For an N-month base period e_k = days past the last whole period ÷ days of the next period.
  ПСК in money = all the borrower's payments − the amount received.
"""

from __future__ import annotations

import calendar
import dataclasses
import datetime as dt
import math
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation, localcontext
from fractions import Fraction
from typing import Any, NamedTuple

from .errors import DomainError
from .money import CURRENCY_DIGITS, SATS_PER_BTC, format_btc, quantize, to_minor

LEGAL_FORMS = ("individual", "sole_trader", "company")
COLLATERAL_KINDS = ("btc", "equipment", "btc+equipment")
RATE_KINDS = ("fixed", "reference_plus")
INTEREST_KINDS = ("simple_daily_365", "monthly", "compound_monthly")
REPAYMENT_KINDS = ("bullet", "interest_only", "annuity")
ORIGINATION_MODES = ("deducted", "financed", "upfront")

_PREC = 50
_ZERO = Decimal(0)
_HUNDRED = Decimal(100)
_PCT3 = Decimal("0.001")

# --- messages (English templates; the GUI translates them) -------------------------------------
MSG_MISSING = "offer '{0}': '{1}' is missing"
MSG_INVALID = "offer '{0}': '{1}' must be {2}"
MSG_AMOUNT = "the amount must be more than zero"
MSG_PRICE = "the BTC price must be more than zero"
MSG_TERM = "the term must be at least one month"
MSG_NEGATIVE = "the collateral cannot be negative"
MSG_THRESHOLD = "an LTV threshold must be more than 0 and at most 1"
MSG_NO_COLLATERAL = "there is no collateral to measure the loan against"
MSG_NO_SOLUTION = "the rate cannot be solved for these cash flows"
MSG_LEGAL_FORM = "unknown legal form '{0}'"

REASON_LEGAL_FORM = {
    "individual": "the offer is not available to individuals",
    "sole_trader": "the offer is not available to sole traders",
    "company": "the offer is not available to companies",
}
REASON_REGISTRY = "the offer requires an entry in the FNS registry of miners"
REASON_MONTHS = "the offer requires at least {0} months in the registry of miners; registered for {1}"
REASON_MONTHS_NO_DATE = (
    "the offer requires at least {0} months in the registry of miners; the registration date is not given"
)
REASON_MIN_AMOUNT = "the amount is below the offer's minimum of {0} {1}"
REASON_MAX_AMOUNT = "the amount is above the offer's maximum of {0} {1}"
REASON_TERM = "the term must be from {0} to {1} months for this offer"
REASON_COLLATERAL = "the collateral is not enough: LTV {0} % is above the offer's {1} %"

MESSAGES: tuple[str, ...] = (
    MSG_MISSING, MSG_INVALID, MSG_AMOUNT, MSG_PRICE, MSG_TERM, MSG_NEGATIVE, MSG_THRESHOLD,
    MSG_NO_COLLATERAL, MSG_NO_SOLUTION, MSG_LEGAL_FORM, *REASON_LEGAL_FORM.values(), REASON_REGISTRY,
    REASON_MONTHS, REASON_MONTHS_NO_DATE, REASON_MIN_AMOUNT, REASON_MAX_AMOUNT, REASON_TERM,
    REASON_COLLATERAL,
)


class LoanError(DomainError):
    """Invalid offer data or loan parameters. The message says which and why."""


class Reason(str):
    """An eligibility reason: the English sentence, keeping its ``template`` and ``params`` for translation."""

    template: str
    params: tuple

    def __new__(cls, template: str, *params: object) -> Reason:
        obj = super().__new__(cls, template.format(*params))
        obj.template = template
        obj.params = params
        return obj


# --- small helpers ----------------------------------------------------------------------------


def _dec(value: object, name: str = "value") -> Decimal:
    """A Decimal argument: Decimal or int. Floats are refused (they are not exact)."""
    if isinstance(value, float):
        raise TypeError(f"{name}: floats are not accepted; pass a Decimal")
    if isinstance(value, bool) or not isinstance(value, int | Decimal):
        raise TypeError(f"{name} must be a Decimal or an int, not {type(value).__name__}")
    return Decimal(value)


def _frac(value: Decimal | int) -> Fraction:
    return Fraction(value)


def _to_decimal(value: Fraction, digits: int | None = None, *, up: bool = True) -> Decimal:
    """Exact fraction -> Decimal: rounded up/down to ``digits`` decimals, or to 34 significant digits."""
    if digits is None:
        with localcontext() as ctx:
            ctx.prec = 34
            return Decimal(value.numerator) / Decimal(value.denominator)
    scaled = value * 10**digits
    whole = math.ceil(scaled) if up else math.floor(scaled)
    return Decimal(whole).scaleb(-digits)


def _digits(currency: str | None) -> int | None:
    return None if currency is None else CURRENCY_DIGITS[currency]


def _money(amount: Decimal) -> str:
    return f"{amount:f}"


def _pct3(value: Decimal) -> Decimal:
    return value.quantize(_PCT3, rounding=ROUND_HALF_UP)


def add_months(day: dt.date, months: int) -> dt.date:
    """Same day of month ``months`` later, clamped at the month's end (31 Jan + 1 -> 28/29 Feb)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def whole_months(start: dt.date, end: dt.date) -> int:
    """Whole months from ``start`` to ``end`` (0 when ``end`` is before ``start``)."""
    if end <= start:
        return 0
    months = (end.year - start.year) * 12 + end.month - start.month
    while months > 0 and add_months(start, months) > end:
        months -= 1
    return months


def _check_threshold(value: Decimal) -> Fraction:
    value = _dec(value, "LTV")
    if not 0 < value <= 1:
        raise LoanError(MSG_THRESHOLD)
    return _frac(value)


def _check_collateral(collateral_sats: int, equipment_value: Decimal) -> tuple[int, Fraction]:
    if isinstance(collateral_sats, bool) or not isinstance(collateral_sats, int):
        raise TypeError("collateral must be an int number of satoshis")
    equipment = _dec(equipment_value, "equipment_value")
    if collateral_sats < 0 or equipment < 0:
        raise LoanError(MSG_NEGATIVE)
    return collateral_sats, _frac(equipment)


def _check_price(price: Decimal) -> Fraction:
    price = _dec(price, "price")
    if price <= 0:
        raise LoanError(MSG_PRICE)
    return _frac(price)


# --- offers -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Rate:
    kind: str  # "fixed" | "reference_plus"
    fixed_percent: Decimal | None = None
    reference: str | None = None
    reference_percent: Decimal | None = None
    margin_percent: Decimal | None = None
    as_of: dt.date | None = None

    @property
    def apr_percent(self) -> Decimal:
        if self.kind == "fixed":
            assert self.fixed_percent is not None
            return self.fixed_percent
        assert self.reference_percent is not None and self.margin_percent is not None
        return self.reference_percent + self.margin_percent


@dataclass(frozen=True)
class TermRange:
    min: int
    max: int
    default: int


@dataclass(frozen=True)
class AmountRange:
    min: Decimal
    max: Decimal | None


@dataclass(frozen=True)
class LtvThresholds:
    initial: Decimal
    margin_call: Decimal
    cure_to: Decimal
    liquidation: Decimal


@dataclass(frozen=True)
class Fees:
    origination_percent: Decimal
    origination: str  # "deducted" | "financed" | "upfront"
    admin_percent: Decimal
    liquidation_percent: Decimal


@dataclass(frozen=True)
class Eligibility:
    legal_forms: tuple[str, ...]
    min_months_registered: int
    registry_required: bool


_REQUIRED = object()


class _Reader:
    """Reads one offer dict, naming the offending key (dotted path) in every error."""

    def __init__(self, oid: str):
        self.oid = oid

    def invalid(self, key: str, what: str) -> LoanError:
        return LoanError(MSG_INVALID, self.oid, key, what)

    def get(self, d: Mapping, key: str, path: str, default: Any = _REQUIRED) -> Any:
        if not isinstance(d, Mapping):
            raise self.invalid(path.rpartition(".")[0] or path, "an object")
        if key not in d or (d[key] is None and default is not _REQUIRED):
            if default is _REQUIRED:
                raise LoanError(MSG_MISSING, self.oid, path)
            return default
        return d[key]

    def section(self, d: Mapping, key: str) -> Mapping:
        value = self.get(d, key, key)
        if not isinstance(value, Mapping):
            raise self.invalid(key, "an object")
        return value

    def number(self, d: Mapping, key: str, path: str, default: Any = _REQUIRED) -> Decimal:
        value = self.get(d, key, path, default)
        if value is None or isinstance(value, bool):
            raise self.invalid(path, "a number")
        try:
            # JSON numbers should be read as Decimal (json.load(parse_float=Decimal)); a float that
            # slipped through is taken by its shortest repr ('0.6' -> Decimal('0.6')), never computed on.
            number = Decimal(repr(value)) if isinstance(value, float) else Decimal(value)
        except (InvalidOperation, TypeError, ValueError):
            raise self.invalid(path, "a number") from None
        if not number.is_finite():
            raise self.invalid(path, "a finite number")
        return number

    def integer(self, d: Mapping, key: str, path: str, default: Any = _REQUIRED, minimum: int = 0) -> int:
        number = self.number(d, key, path, default)
        if number != number.to_integral_value():
            raise self.invalid(path, "a whole number")
        if number < minimum:
            raise self.invalid(path, f"at least {minimum}")
        return int(number)

    def choice(self, d: Mapping, key: str, path: str, options: Sequence[str]) -> str:
        value = self.get(d, key, path)
        if value not in options:
            raise self.invalid(path, "one of " + ", ".join(options))
        return value

    def text(self, d: Mapping, key: str, default: Any = _REQUIRED) -> str:
        value = self.get(d, key, key, default)
        if not isinstance(value, str):
            raise self.invalid(key, "a text")
        return value


@dataclass(frozen=True)
class Offer:
    id: str
    lender: str
    product: str
    currency: str
    collateral: str  # "btc" | "equipment" | "btc+equipment"
    rate: Rate
    term_months: TermRange
    amount: AmountRange
    ltv: LtvThresholds
    fees: Fees
    interest: str  # "simple_daily_365" | "monthly" | "compound_monthly"
    repayment: str  # "bullet" | "interest_only" | "annuity"
    eligibility: Eligibility
    billing_days: int | None = None
    equipment_haircut: Decimal = _ZERO
    grace_hours: int = 0
    illustrative: bool = False
    source: str = ""
    notes: str = ""

    @property
    def apr_percent(self) -> Decimal:
        """Nominal annual rate: the fixed rate, or the reference rate plus the margin."""
        return self.rate.apr_percent

    @property
    def takes_btc(self) -> bool:
        return "btc" in self.collateral

    @property
    def takes_equipment(self) -> bool:
        return "equipment" in self.collateral

    def with_reference_percent(self, percent: Decimal) -> Offer:
        """The same offer with today's value of its reference rate (e.g. a new key rate)."""
        if self.rate.kind != "reference_plus":
            return self
        return dataclasses.replace(
            self, rate=dataclasses.replace(self.rate, reference_percent=_dec(percent, "percent"))
        )

    @classmethod
    def from_dict(cls, d: Mapping) -> Offer:
        """Build from a schema-valid offer dict; semantic problems raise LoanError naming the key."""
        if not isinstance(d, Mapping):
            raise LoanError(MSG_INVALID, "?", "offer", "an object")
        oid = d.get("id")
        r = _Reader(oid if isinstance(oid, str) and oid else "?")
        oid = r.text(d, "id")
        if not oid.strip():
            raise r.invalid("id", "a non-empty text")
        if "schema" in d and r.number(d, "schema", "schema") != 1:
            raise r.invalid("schema", "1")
        currency = r.choice(d, "currency", "currency", tuple(CURRENCY_DIGITS))
        collateral = r.choice(d, "collateral", "collateral", COLLATERAL_KINDS)

        rd = r.section(d, "rate")
        kind = r.choice(rd, "kind", "rate.kind", RATE_KINDS)
        as_of_text = r.get(rd, "as_of", "rate.as_of", None)
        try:
            as_of = dt.date.fromisoformat(as_of_text) if as_of_text else None
        except (TypeError, ValueError):
            raise r.invalid("rate.as_of", "a date YYYY-MM-DD") from None
        if kind == "fixed":
            rate = Rate(kind, fixed_percent=r.number(rd, "apr_percent", "rate.apr_percent"), as_of=as_of)
        else:
            reference = r.get(rd, "reference", "rate.reference")
            if not isinstance(reference, str) or not reference:
                raise r.invalid("rate.reference", "a non-empty text")
            rate = Rate(
                kind,
                reference=reference,
                reference_percent=r.number(rd, "reference_percent", "rate.reference_percent"),
                margin_percent=r.number(rd, "margin_percent", "rate.margin_percent"),
                as_of=as_of,
            )
        if not 0 <= rate.apr_percent <= 100:
            raise r.invalid("rate", "an annual rate from 0 to 100 %")

        td = r.section(d, "term_months")
        term = TermRange(
            r.integer(td, "min", "term_months.min", minimum=1),
            r.integer(td, "max", "term_months.max", minimum=1),
            r.integer(td, "default", "term_months.default", minimum=1),
        )
        if term.default < term.min:
            raise r.invalid("term_months.default", "at least term_months.min")
        if term.max < term.default:
            raise r.invalid("term_months.max", "at least term_months.default")

        ad = r.section(d, "amount")
        amount_min = r.number(ad, "min", "amount.min")
        amount_max = r.number(ad, "max", "amount.max", None) if ad.get("max") is not None else None
        if amount_min < 0:
            raise r.invalid("amount.min", "at least 0")
        if amount_max is not None and (amount_max <= 0 or amount_max < amount_min):
            raise r.invalid("amount.max", "null or at least amount.min")

        ld = r.section(d, "ltv")
        ltv = LtvThresholds(*(r.number(ld, k, "ltv." + k) for k in ("initial", "margin_call", "cure_to", "liquidation")))
        if not 0 < ltv.initial < 1:
            raise r.invalid("ltv.initial", "more than 0 and less than 1")
        if not ltv.initial < ltv.margin_call:
            raise r.invalid("ltv.margin_call", "more than ltv.initial")
        if not ltv.margin_call < ltv.liquidation <= 1:
            raise r.invalid("ltv.liquidation", "more than ltv.margin_call and at most 1")
        if not 0 < ltv.cure_to <= ltv.margin_call:
            raise r.invalid("ltv.cure_to", "more than 0 and at most ltv.margin_call")

        takes_equipment = "equipment" in collateral
        haircut = r.number(d, "equipment_haircut", "equipment_haircut", _REQUIRED if takes_equipment else _ZERO)
        if not 0 <= haircut <= 1 or (takes_equipment and haircut == 0):
            raise r.invalid("equipment_haircut", "more than 0 and at most 1")

        fd = r.section(d, "fees")
        fees = Fees(
            r.number(fd, "origination_percent", "fees.origination_percent", _ZERO),
            r.choice(fd, "origination", "fees.origination", ORIGINATION_MODES),
            r.number(fd, "admin_percent", "fees.admin_percent", _ZERO),
            r.number(fd, "liquidation_percent", "fees.liquidation_percent", _ZERO),
        )
        for key in ("origination_percent", "admin_percent", "liquidation_percent"):
            if not 0 <= getattr(fees, key) < 100:
                raise r.invalid("fees." + key, "from 0 to less than 100")

        billing = d.get("billing_days")
        billing_days = None if billing is None else r.integer(d, "billing_days", "billing_days", minimum=1)

        ed = r.get(d, "eligibility", "eligibility", None)
        if ed is None:
            elig = Eligibility(LEGAL_FORMS, 0, False)
        else:
            forms = r.get(ed, "legal_forms", "eligibility.legal_forms")
            if isinstance(forms, str) or not isinstance(forms, Iterable):
                raise r.invalid("eligibility.legal_forms", "a list")
            forms = tuple(forms)
            if not forms or any(f not in LEGAL_FORMS for f in forms):
                raise r.invalid("eligibility.legal_forms", "a non-empty list of " + ", ".join(LEGAL_FORMS))
            required = r.get(ed, "registry_required", "eligibility.registry_required", False)
            if not isinstance(required, bool):
                raise r.invalid("eligibility.registry_required", "true or false")
            elig = Eligibility(
                forms, r.integer(ed, "min_months_registered", "eligibility.min_months_registered", 0), required
            )

        illustrative = r.get(d, "illustrative", "illustrative", False)
        if not isinstance(illustrative, bool):
            raise r.invalid("illustrative", "true or false")
        return cls(
            id=oid,
            lender=r.text(d, "lender", ""),
            product=r.text(d, "product", ""),
            currency=currency,
            collateral=collateral,
            rate=rate,
            term_months=term,
            amount=AmountRange(amount_min, amount_max),
            ltv=ltv,
            fees=fees,
            interest=r.choice(d, "interest", "interest", INTEREST_KINDS),
            repayment=r.choice(d, "repayment", "repayment", REPAYMENT_KINDS),
            eligibility=elig,
            billing_days=billing_days,
            equipment_haircut=haircut,
            grace_hours=r.integer(d, "grace_hours", "grace_hours", 0),
            illustrative=illustrative,
            source=r.text(d, "source", ""),
            notes=r.text(d, "notes", ""),
        )


# --- collateral and LTV -----------------------------------------------------------------------


def collateral_required_sats(
    amount: Decimal, price: Decimal, initial_ltv: Decimal, equipment_value: Decimal = _ZERO
) -> int:
    """Satoshis needed so that amount ÷ (BTC value + equipment_value) ≤ initial_ltv; rounded up."""
    debt = _frac(_dec(amount, "amount"))
    p, limit = _check_price(price), _check_threshold(initial_ltv)
    _, equipment = _check_collateral(0, equipment_value)
    needed = debt / limit - equipment
    return max(0, math.ceil(needed * SATS_PER_BTC / p))


def max_amount(
    holdings_sats: int,
    price: Decimal,
    initial_ltv: Decimal,
    equipment_value: Decimal = _ZERO,
    haircut: Decimal = _ZERO,
    *,
    currency: str | None = None,
) -> Decimal:
    """Most one may borrow: (BTC value + equipment_value × haircut) × initial_ltv (rounded down).

    ``equipment_value`` here is the market value; ``haircut`` the share the lender counts.
    """
    sats, equipment = _check_collateral(holdings_sats, equipment_value)
    p, limit = _check_price(price), _check_threshold(initial_ltv)
    counted = equipment * _frac(_dec(haircut, "haircut"))
    return _to_decimal((Fraction(sats, SATS_PER_BTC) * p + counted) * limit, _digits(currency), up=False)


def ltv(debt: Decimal, collateral_sats: int, price: Decimal, equipment_value: Decimal = _ZERO) -> Decimal:
    """Loan-to-value as a share of 1: debt ÷ (BTC value + equipment_value)."""
    sats, equipment = _check_collateral(collateral_sats, equipment_value)
    value = Fraction(sats, SATS_PER_BTC) * _check_price(price) + equipment
    if value == 0:
        raise LoanError(MSG_NO_COLLATERAL)
    return _to_decimal(_frac(_dec(debt, "debt")) / value)


def threshold_price(
    debt: Decimal,
    collateral_sats: int,
    threshold: Decimal,
    equipment_value: Decimal = _ZERO,
    *,
    currency: str | None = None,
) -> Decimal:
    """BTC price at which the LTV reaches ``threshold``: (debt ÷ threshold − equipment) ÷ BTC.

    0 when the equipment alone keeps the LTV below the threshold. Rounded up with ``currency``.
    """
    sats, equipment = _check_collateral(collateral_sats, equipment_value)
    limit = _check_threshold(threshold)
    if sats == 0:
        raise LoanError(MSG_NO_COLLATERAL)
    price = (_frac(_dec(debt, "debt")) / limit - equipment) / Fraction(sats, SATS_PER_BTC)
    return _to_decimal(max(price, Fraction(0)), _digits(currency), up=True)


def margin_call_price(
    debt: Decimal, collateral_sats: int, ltv_mc: Decimal, equipment_value: Decimal = _ZERO, *,
    currency: str | None = None,
) -> Decimal:
    return threshold_price(debt, collateral_sats, ltv_mc, equipment_value, currency=currency)


def liquidation_price(
    debt: Decimal, collateral_sats: int, ltv_liq: Decimal, equipment_value: Decimal = _ZERO, *,
    currency: str | None = None,
) -> Decimal:
    return threshold_price(debt, collateral_sats, ltv_liq, equipment_value, currency=currency)


def cure_amounts(
    debt: Decimal,
    collateral_sats: int,
    price: Decimal,
    cure_to: Decimal,
    equipment_value: Decimal = _ZERO,
    *,
    currency: str | None = None,
) -> tuple[int, Decimal]:
    """Either of two cures that bring the LTV down to ``cure_to``: (satoshis to add, principal to repay).

    Satoshis are rounded up; the repayment is exact, or rounded up to the minor unit with ``currency``.
    Both are 0 when the LTV is already at or below ``cure_to``.
    """
    sats, equipment = _check_collateral(collateral_sats, equipment_value)
    p, target = _check_price(price), _check_threshold(cure_to)
    owed = _frac(_dec(debt, "debt"))
    value = Fraction(sats, SATS_PER_BTC) * p + equipment
    add = max(0, math.ceil((owed / target - equipment) * SATS_PER_BTC / p) - sats)
    repay = max(Fraction(0), owed - target * value)
    return add, _to_decimal(repay, _digits(currency), up=True)


# --- schedule ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class ScheduleRow:
    """One date of the schedule. payment = interest + principal + fees; balance = debt afterwards."""

    date: dt.date
    payment: Decimal
    interest: Decimal
    principal: Decimal
    fees: Decimal
    balance: Decimal

    def to_dict(self) -> dict[str, str]:
        return {
            "date": self.date.isoformat(),
            "payment": _money(self.payment),
            "interest": _money(self.interest),
            "principal": _money(self.principal),
            "fees": _money(self.fees),
            "balance": _money(self.balance),
        }


@dataclass(frozen=True)
class FeeBreakdown:
    amount: Decimal  # asked for
    origination: Decimal
    admin: Decimal
    principal: Decimal  # the debt: amount + a financed origination fee
    net_disbursed: Decimal  # paid out: amount − a deducted origination fee
    at_start: Decimal  # charged at day 0: deducted or upfront origination + admin


def _amount(amount: Decimal, currency: str) -> Decimal:
    value = _dec(amount, "amount")
    to_minor(value, currency)  # refuses amounts finer than the minor unit
    if value <= 0:
        raise LoanError(MSG_AMOUNT)
    return quantize(value, currency)


def _term(term_months: int) -> int:
    if isinstance(term_months, bool) or not isinstance(term_months, int):
        raise TypeError("the term must be an int number of months")
    if term_months < 1:
        raise LoanError(MSG_TERM)
    return term_months


def fees_for(offer: Offer, amount: Decimal) -> FeeBreakdown:
    cur = offer.currency
    amount = _amount(amount, cur)
    origination = quantize(amount * offer.fees.origination_percent / _HUNDRED, cur)
    mode = offer.fees.origination
    principal = amount + origination if mode == "financed" else amount
    admin = quantize(principal * offer.fees.admin_percent / _HUNDRED, cur)
    return FeeBreakdown(
        amount=amount,
        origination=origination,
        admin=admin,
        principal=principal,
        net_disbursed=amount - origination if mode == "deducted" else amount,
        at_start=admin + (origination if mode != "financed" else _ZERO),
    )


def payment_dates(offer: Offer, term_months: int, start_date: dt.date) -> list[dt.date]:
    """The ``term_months`` period ends: calendar months, or multiples of ``billing_days``."""
    n = _term(term_months)
    if offer.billing_days:
        return [start_date + dt.timedelta(days=offer.billing_days * k) for k in range(1, n + 1)]
    return [add_months(start_date, k) for k in range(1, n + 1)]


def _row(day: dt.date, interest: Decimal, principal: Decimal, balance: Decimal, cur: str) -> ScheduleRow:
    zero = quantize(_ZERO, cur)
    interest, principal = quantize(interest, cur), quantize(principal, cur)
    return ScheduleRow(day, interest + principal, interest, principal, zero, quantize(balance, cur))


def schedule(offer: Offer, principal: Decimal, term_months: int, start_date: dt.date) -> list[ScheduleRow]:
    """Payment schedule for ``principal`` (the amount asked for) over ``term_months`` periods.

    A financed origination fee raises the debt, so the principal parts then sum to principal + fee.
    Each figure is rounded to the minor unit; the last payment settles the rounding remainder.
    """
    cur = offer.currency
    fb = fees_for(offer, principal)
    debt = fb.principal
    dates = payment_dates(offer, term_months, start_date)
    n = len(dates)
    q = lambda x: quantize(x, cur)  # noqa: E731
    rows: list[ScheduleRow] = []
    if fb.at_start:
        rows.append(ScheduleRow(start_date, fb.at_start, q(_ZERO), q(_ZERO), fb.at_start, debt))
    with localcontext() as ctx:
        ctx.prec = _PREC
        apr = offer.apr_percent / _HUNDRED
        monthly = apr / 12
        shares, prev = [], start_date
        for day in dates:
            shares.append(apr * (day - prev).days / 365 if offer.interest == "simple_daily_365" else monthly)
            prev = day
        last = n - 1

        if offer.repayment == "bullet" and offer.interest == "compound_monthly":
            # unpaid interest capitalised every period; the exact balance is rounded only for display
            balance = debt
            for k, day in enumerate(dates):
                balance *= 1 + shares[k]
                if k < last:
                    rows.append(_row(day, _ZERO, _ZERO, balance, cur))
            rows.append(_row(dates[last], q(balance) - debt, debt, _ZERO, cur))
        elif offer.repayment == "bullet":
            accrued = _ZERO
            for k, day in enumerate(dates):
                accrued += debt * shares[k]
                if k < last:
                    rows.append(_row(day, _ZERO, _ZERO, debt + q(accrued), cur))
            rows.append(_row(dates[last], q(accrued), debt, _ZERO, cur))
        elif offer.repayment == "interest_only":
            # interest is paid every period, so nothing is left to compound
            for k, day in enumerate(dates):
                rows.append(_row(day, q(debt * shares[k]), debt if k == last else _ZERO,
                                 _ZERO if k == last else debt, cur))
        else:  # annuity: A = P·r / (1 − (1 + r)^−n), r = APR / 12
            instalment = q(debt * monthly / (1 - (1 + monthly) ** -n)) if monthly else q(debt / n)
            balance = debt
            for k, day in enumerate(dates):
                interest = q(balance * shares[k])
                part = balance if k == last else instalment - interest
                balance -= part
                rows.append(_row(day, interest, part, balance, cur))
    return rows


# --- rates: IRR, APR and ПСК ------------------------------------------------------------------


class CashFlow(NamedTuple):
    """A borrower's cash flow: amount > 0 paid by the borrower, < 0 received."""

    date: dt.date
    amount: Decimal


@dataclass(frozen=True)
class BasePeriod:
    """ПСК base period: ``months`` calendar months or ``days`` days (one of them non-zero)."""

    months: int = 0
    days: int = 0

    @property
    def per_year(self) -> Decimal:
        """ЧБП: number of base periods in a year."""
        with localcontext() as ctx:
            ctx.prec = _PREC
            return Decimal(12) / self.months if self.months else Decimal(365) / self.days

    def split(self, start: dt.date, day: dt.date) -> tuple[int, Decimal]:
        """(q, e): whole base periods from ``start`` to ``day`` and the share of the next one."""
        with localcontext() as ctx:
            ctx.prec = _PREC
            if self.days:
                whole, rest = divmod((day - start).days, self.days)
                return whole, Decimal(rest) / self.days
            whole = whole_months(start, day) // self.months
            begin = add_months(start, whole * self.months)
            end = add_months(start, (whole + 1) * self.months)
            return whole, Decimal((day - begin).days) / (end - begin).days

    def to_dict(self) -> dict[str, int]:
        return {"months": self.months, "days": self.days}


def _solve(f: Callable[[Decimal], Decimal]) -> Decimal:
    """Root of a decreasing f on (−1, ∞) by bisection in Decimal."""
    with localcontext() as ctx:
        ctx.prec = _PREC
        f0 = f(_ZERO)
        if f0 == 0:
            return _ZERO
        if f0 > 0:
            lo, hi = _ZERO, Decimal(1)
            while f(hi) > 0:
                hi *= 2
                if hi > 10**6:
                    raise LoanError(MSG_NO_SOLUTION)
        else:
            lo, hi = Decimal("-0.999999999999"), _ZERO
            if f(lo) < 0:
                raise LoanError(MSG_NO_SOLUTION)
        tolerance = Decimal("1e-30")
        for _ in range(400):
            mid = (lo + hi) / 2
            if f(mid) > 0:
                lo = mid
            else:
                hi = mid
            if hi - lo < tolerance:
                break
        return (lo + hi) / 2


def psk_residual(flows: Sequence[CashFlow], start: dt.date, base: BasePeriod, i: Decimal) -> Decimal:
    """Σ ДП_k / ((1 + e_k·i)(1 + i)^q_k), the left side of the 353-FZ equation."""
    with localcontext() as ctx:
        ctx.prec = _PREC
        total = _ZERO
        for flow in flows:
            whole, part = base.split(start, flow.date)
            total += flow.amount / ((1 + part * i) * (1 + i) ** whole)
        return total


def solve_psk(flows: Sequence[CashFlow], start: dt.date, base: BasePeriod) -> Decimal:
    """The rate i per base period that solves the 353-FZ equation (unrounded)."""
    terms = [(flow.amount, *base.split(start, flow.date)) for flow in flows]

    def f(i: Decimal) -> Decimal:
        return sum((a / ((1 + e * i) * (1 + i) ** q) for a, q, e in terms), _ZERO)

    return _solve(f)


def psk_base_period(offer: Offer, term_months: int, rows: Sequence[ScheduleRow], start: dt.date) -> BasePeriod:
    payments = {r.date for r in rows if r.date != start and r.payment > 0}
    single = len(payments) == 1
    if offer.billing_days:
        days = offer.billing_days * term_months if single else offer.billing_days
        return BasePeriod(days=min(days, 365))
    return BasePeriod(months=min(term_months, 12) if single else 1)


def nominal_apr(flows: Sequence[CashFlow], start: dt.date, billing_days: int | None = None) -> Decimal:
    """Nominal annual IRR in percent (unrounded): monthly IRR × 12, or daily IRR × 365 with billing_days."""
    month = BasePeriod(months=1)
    with localcontext() as ctx:
        ctx.prec = _PREC
        if billing_days:
            terms = [(flow.amount, Decimal((flow.date - start).days)) for flow in flows]
            per_year = Decimal(365)
        else:
            terms = [(flow.amount, Decimal(q) + e) for flow in flows for q, e in [month.split(start, flow.date)]]
            per_year = Decimal(12)

    def f(i: Decimal) -> Decimal:
        return sum((a / (1 + i) ** t for a, t in terms), _ZERO)

    rate = _solve(f)
    with localcontext() as ctx:
        ctx.prec = _PREC
        return rate * per_year * _HUNDRED


def cash_flows(rows: Sequence[ScheduleRow], received: Decimal, start: dt.date) -> list[CashFlow]:
    """Borrower's flows by date: −``received`` (the amount asked for) at ``start`` plus every payment.

    A deducted origination fee is a payment at day 0, so the day-0 flow is −(amount − fee).
    """
    by_date: dict[dt.date, Decimal] = {start: -received}
    for row in rows:
        by_date[row.date] = by_date.get(row.date, _ZERO) + row.payment
    return [CashFlow(day, by_date[day]) for day in sorted(by_date)]


# --- eligibility ------------------------------------------------------------------------------


def eligibility(
    offer: Offer,
    legal_form: str,
    registry_number: str | None,
    registry_date: dt.date | None,
    today: dt.date,
) -> list[Reason]:
    """Why this borrower cannot take the offer (English sentences); empty = eligible."""
    if legal_form not in LEGAL_FORMS:
        raise LoanError(MSG_LEGAL_FORM, legal_form)
    rules = offer.eligibility
    reasons: list[Reason] = []
    if legal_form not in rules.legal_forms:
        reasons.append(Reason(REASON_LEGAL_FORM[legal_form]))
    if rules.registry_required and not (registry_number or "").strip():
        reasons.append(Reason(REASON_REGISTRY))
    if rules.min_months_registered > 0:
        if registry_date is None:
            reasons.append(Reason(REASON_MONTHS_NO_DATE, rules.min_months_registered))
        else:
            months = whole_months(registry_date, today)
            if months < rules.min_months_registered:
                reasons.append(Reason(REASON_MONTHS, rules.min_months_registered, months))
    return reasons


# --- simulation -------------------------------------------------------------------------------


class PricePoint(NamedTuple):
    """Debt on a schedule date (before that date's payment) and the BTC prices that trigger a call."""

    date: dt.date
    debt: Decimal
    margin_call_price: Decimal | None
    liquidation_price: Decimal | None


@dataclass(frozen=True)
class LoanResult:
    offer_id: str
    lender: str
    product: str
    illustrative: bool
    currency: str
    start_date: dt.date
    maturity_date: dt.date
    term_months: int
    amount: Decimal  # asked for
    principal: Decimal  # the debt at day 0 (amount + a financed origination fee)
    net_disbursed: Decimal  # paid out to the borrower
    price: Decimal  # BTC price used
    collateral_sats: int
    equipment_value: Decimal  # market value
    equipment_counted: Decimal  # × haircut when the offer takes equipment, else 0
    initial_ltv: Decimal  # share of 1
    margin_call_price: Decimal | None  # None when no BTC is pledged
    liquidation_price: Decimal | None
    price_drift: tuple[PricePoint, ...]
    payment: Decimal  # first regular payment after day 0
    total_interest: Decimal
    total_fees: Decimal  # origination + admin (liquidation fee not included)
    total_paid: Decimal  # all rows' payments, incl. fees charged at day 0
    apr_percent: Decimal  # nominal IRR, 3 decimals
    psk_percent: Decimal  # ПСК, 3 decimals
    psk_money: Decimal
    psk_rate: Decimal  # i per base period, unrounded
    psk_base_period: BasePeriod
    schedule: tuple[ScheduleRow, ...]
    cash_flows: tuple[CashFlow, ...]
    eligibility: tuple[Reason, ...]

    def to_dict(self) -> dict[str, Any]:
        cur = self.currency

        def money(x: Decimal | None) -> str | None:
            return None if x is None else _money(quantize(x, cur))

        return {
            "offer_id": self.offer_id,
            "lender": self.lender,
            "product": self.product,
            "illustrative": self.illustrative,
            "currency": cur,
            "start_date": self.start_date.isoformat(),
            "maturity_date": self.maturity_date.isoformat(),
            "term_months": self.term_months,
            "amount": money(self.amount),
            "principal": money(self.principal),
            "net_disbursed": money(self.net_disbursed),
            "price": money(self.price),
            "collateral_sats": self.collateral_sats,
            "collateral_btc": format_btc(self.collateral_sats),
            "equipment_value": money(self.equipment_value),
            "equipment_counted": money(self.equipment_counted),
            "initial_ltv": _money(self.initial_ltv.quantize(Decimal("0.000001"), rounding=ROUND_HALF_UP)),
            "margin_call_price": money(self.margin_call_price),
            "liquidation_price": money(self.liquidation_price),
            "price_drift": [
                {"date": p.date.isoformat(), "debt": money(p.debt),
                 "margin_call_price": money(p.margin_call_price), "liquidation_price": money(p.liquidation_price)}
                for p in self.price_drift
            ],
            "payment": money(self.payment),
            "total_interest": money(self.total_interest),
            "total_fees": money(self.total_fees),
            "total_paid": money(self.total_paid),
            "apr_percent": _money(self.apr_percent),
            "psk_percent": _money(self.psk_percent),
            "psk_money": money(self.psk_money),
            "psk_rate": _money(self.psk_rate.quantize(Decimal("1e-12"), rounding=ROUND_HALF_UP)),
            "psk_base_period": self.psk_base_period.to_dict(),
            "psk_periods_per_year": _money(self.psk_base_period.per_year.quantize(Decimal("1e-6"), rounding=ROUND_HALF_UP)),
            "schedule": [row.to_dict() for row in self.schedule],
            "cash_flows": [{"date": f.date.isoformat(), "amount": money(f.amount)} for f in self.cash_flows],
            "eligibility": [str(r) for r in self.eligibility],
        }


def simulate(
    offer: Offer,
    amount: Decimal,
    term_months: int,
    price: Decimal,
    start_date: dt.date,
    collateral_sats: int | None = None,
    equipment_value: Decimal = _ZERO,
    *,
    legal_form: str | None = None,
    registry_number: str | None = None,
    registry_date: dt.date | None = None,
    today: dt.date | None = None,
) -> LoanResult:
    """Simulate borrowing ``amount`` under ``offer`` at BTC ``price``.

    ``collateral_sats`` defaults to what the initial LTV requires for the debt, net of the counted
    equipment (``equipment_value`` is the market value; the offer's haircut applies). An offer on
    equipment alone counts no BTC. Amount or term outside the offer's limits and too little
    collateral are reported in ``eligibility`` (with the borrower's checks when ``legal_form`` is
    given), not raised.
    """
    cur = offer.currency
    _check_price(price)
    _, equipment_frac = _check_collateral(0, equipment_value)
    fb = fees_for(offer, amount)
    rows = schedule(offer, fb.amount, term_months, start_date)
    debt = fb.principal
    counted = quantize(Decimal(equipment_value) * offer.equipment_haircut, cur) if offer.takes_equipment else (
        quantize(_ZERO, cur)
    )
    if not offer.takes_btc:
        sats = 0
    elif collateral_sats is None:
        sats = collateral_required_sats(debt, price, offer.ltv.initial, counted)
    else:
        sats, _ = _check_collateral(collateral_sats, _ZERO)
    initial = ltv(debt, sats, price, counted)

    def prices(owed: Decimal) -> tuple[Decimal | None, Decimal | None]:
        if sats == 0:
            return None, None
        return (threshold_price(owed, sats, offer.ltv.margin_call, counted, currency=cur),
                threshold_price(owed, sats, offer.ltv.liquidation, counted, currency=cur))

    drift = [PricePoint(start_date, debt, *prices(debt))]
    for row in rows:
        if row.date != start_date:
            owed = row.balance + row.principal + row.interest
            drift.append(PricePoint(row.date, owed, *prices(owed)))

    regular = [r for r in rows if r.date != start_date and r.payment > 0]
    flows = cash_flows(rows, fb.amount, start_date)
    base = psk_base_period(offer, term_months, rows, start_date)
    i = solve_psk(flows, start_date, base)
    with localcontext() as ctx:
        ctx.prec = _PREC
        psk = _pct3(i * base.per_year * _HUNDRED)
    total_paid = sum((r.payment for r in rows), quantize(_ZERO, cur))

    reasons: list[Reason] = []
    if fb.amount < offer.amount.min:
        reasons.append(Reason(REASON_MIN_AMOUNT, _money(quantize(offer.amount.min, cur)), cur))
    if offer.amount.max is not None and fb.amount > offer.amount.max:
        reasons.append(Reason(REASON_MAX_AMOUNT, _money(quantize(offer.amount.max, cur)), cur))
    if not offer.term_months.min <= term_months <= offer.term_months.max:
        reasons.append(Reason(REASON_TERM, offer.term_months.min, offer.term_months.max))
    if initial > offer.ltv.initial:
        limit = (offer.ltv.initial * _HUNDRED).normalize()
        reasons.append(Reason(REASON_COLLATERAL, _money(_pct3(initial * _HUNDRED)), _money(limit)))
    if legal_form is not None:
        reasons += eligibility(offer, legal_form, registry_number, registry_date, today or start_date)

    mc_now, liq_now = prices(debt)
    return LoanResult(
        offer_id=offer.id,
        lender=offer.lender,
        product=offer.product,
        illustrative=offer.illustrative,
        currency=cur,
        start_date=start_date,
        maturity_date=rows[-1].date,
        term_months=term_months,
        amount=fb.amount,
        principal=debt,
        net_disbursed=fb.net_disbursed,
        price=Decimal(price),
        collateral_sats=sats,
        equipment_value=_to_decimal(equipment_frac),
        equipment_counted=counted,
        initial_ltv=initial,
        margin_call_price=mc_now,
        liquidation_price=liq_now,
        price_drift=tuple(drift),
        payment=regular[0].payment,
        total_interest=sum((r.interest for r in rows), quantize(_ZERO, cur)),
        total_fees=fb.origination + fb.admin,
        total_paid=total_paid,
        apr_percent=_pct3(nominal_apr(flows, start_date, offer.billing_days)),
        psk_percent=psk,
        psk_money=total_paid - fb.amount,
        psk_rate=i,
        psk_base_period=base,
        schedule=tuple(rows),
        cash_flows=tuple(flows),
        eligibility=tuple(reasons),
    )
