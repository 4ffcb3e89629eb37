"""Loan offers: the JSON format, offer files, and the offer catalogue kept in the database.

All offer validation lives here (``validate_offer``); the loan maths in ``desktop.core.loans`` receives
offers that already passed it.

Format: ``resources/schemas/offer.schema.json`` (JSON Schema draft 2020-12) plus the checks a schema cannot
express (``_check_semantics``): ltv.initial < ltv.margin_call < ltv.liquidation <= 1, ltv.cure_to <=
ltv.margin_call, term_months min <= default <= max, amount min <= max, ``equipment_haircut`` present when
the collateral includes equipment. Keys not in the schema are allowed only with an ``x-`` prefix.

Numbers are exact: files and database bodies are parsed with ``parse_float=Decimal`` (so 0.667 stays
``Decimal("0.667")``) and written back digit for digit (``dumps_offer`` writes ``str(Decimal)``); a float
handed in by a caller is converted through its shortest repr (0.1 -> ``Decimal("0.1")``).

Errors: ``OfferError(key, message)``. ``key`` is the JSON path of the culprit (``ltv.margin_call``,
``rate.apr_percent``, ``eligibility.legal_forms[1]``; ``""`` for the document as a whole, e.g. a JSON syntax
error, which also sets ``line`` and ``column``). Messages are English templates with ``{0}`` parameters
(``OfferError`` is a ``DomainError``, so ``desktop.i18n.tr_error`` translates those listed there;
``MESSAGES`` below lists them all).

The catalogue in the database (table ``loan_offer``, body = the offer's JSON text):

* ``install_catalogue(db)`` copies the bundled ``resources/offers/*.json`` into the database, by id. Call it
  whenever the loans page or the CLI first needs offers (it is idempotent and cheap: rows that already
  match are not touched). A bundled offer that changed with an app update replaces the stored one,
  *unless the user edited it*: ``save_offer`` marks every offer it stores with ``"x-edited": true`` and
  such rows are never overwritten. A catalogue offer the user deleted is remembered in the setting
  ``offers_hidden_catalogue_ids`` and not brought back. ``install_catalogue(db, restore=True)`` puts the
  bundled versions back over edits and deletions ("restore the illustrative offers").
* ``list_offers``, ``get_offer`` (an id, or a path to a .json file), ``save_offer`` (validated upsert),
  ``delete_offer``.
"""

from __future__ import annotations

import contextlib
import copy
import functools
import json
import logging
import os
import re
import tempfile
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError, best_match
from sqlalchemy import select
from sqlalchemy.orm.exc import StaleDataError

from desktop.core.errors import DomainError
from desktop.paths import resource
from desktop.store.db import Database
from desktop.store.models import LoanOffer, Setting
from desktop.store.types import utcnow

log = logging.getLogger(__name__)

SCHEMA_VERSION = 1
EDITED_KEY = "x-edited"
HIDDEN_SETTING_KEY = "offers_hidden_catalogue_ids"
ID_RE = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
ID_MAX_LENGTH = 100
CURRENCIES = ("USD", "RUB", "EUR")
COLLATERALS = ("btc", "equipment", "btc+equipment")


class OfferError(DomainError):
    """An offer is invalid. ``key``: JSON path of the culprit (``""`` = the whole document); ``message``:
    the English sentence; ``line``/``column``: position of a JSON syntax error; ``path``: the file, if any."""

    def __init__(self, key: str, message: str, *params: object, line: int | None = None,
                 column: int | None = None, path: Path | str | None = None):
        self.key = key
        self.line = line
        self.column = column
        self.path = Path(path) if path is not None else None
        super().__init__(message, *params)

    @property
    def message(self) -> str:
        return self.args[0] if self.args else self.template

    def __str__(self) -> str:
        parts = [str(self.path)] if self.path is not None else []
        if self.key:
            parts.append(self.key)
        parts.append(self.message)
        return ": ".join(parts)


@dataclass(frozen=True)
class OfferRow:
    key: str
    lender: str
    product: str
    currency: str
    collateral: str
    illustrative: bool
    data: dict
    edited: bool = False  # saved by the user (``x-edited``): install_catalogue leaves it alone
    version: int = 0  # the row's version when read: pass it to save_offer (optimistic locking)


class OfferConflict(OfferError):
    """Someone else saved or deleted the offer since it was read (``save_offer(version=…)``); nothing written."""


@dataclass(frozen=True)
class CatalogueResult:
    added: int = 0
    updated: int = 0
    kept_edited: int = 0
    hidden: int = 0


# ---------------------------------------------------------------------------------------------- messages
# Every template this module raises, for translators (add them to desktop/i18n.py to translate them).
M_MISSING = "“{0}” is missing"
M_UNKNOWN_KEY = "unknown key “{0}” (keys of your own must start with “x-”)"
M_TYPE = "must be {0}, not {1}"
M_ENUM = "must be one of {0}, not {1}"
M_CONST = "must be {0}, not {1}"
M_SCHEMA_VERSION = "this app reads offer format {0}, not {1}"
M_MINIMUM = "must be at least {0}, not {1}"
M_MAXIMUM = "must be at most {0}, not {1}"
M_EXCL_MINIMUM = "must be more than {0}, not {1}"
M_EXCL_MAXIMUM = "must be less than {0}, not {1}"
M_EMPTY = "is empty"
M_TOO_LONG = "is longer than {0} characters"
M_ID = "must be a short name of lower-case latin letters, digits and single hyphens, like “my-bank-2025”, not {0}"
M_REFERENCE = "must be lower-case latin letters, digits and underscores, like “cbr_key_rate”, not {0}"
M_PATTERN = "does not have the expected form: {0}"
M_MIN_ITEMS = "must list at least {0} value(s)"
M_UNIQUE = "lists the same value twice"
M_DATE = "must be a date written YYYY-MM-DD, not {0}"
M_OTHER = "{0}"
M_NOT_FINITE = "must be a finite number, not {0}"
M_NOT_OBJECT = "an offer must be a JSON object {{…}}, not {0}"
M_INITIAL = "the initial LTV ({0}) must be below the margin-call LTV ({1})"
M_MARGIN_CALL = "the margin-call LTV ({0}) must be below the liquidation LTV ({1})"
M_CURE_TO = "the LTV a margin call must be cured to ({0}) cannot be above the margin-call LTV ({1})"
M_TERM_RANGE = "the shortest term ({0} months) is longer than the longest ({1} months)"
M_TERM_DEFAULT = "the default term ({0} months) must lie between {1} and {2} months"
M_AMOUNT_RANGE = "the largest amount ({0}) is below the smallest ({1})"
M_HAIRCUT = ("is missing: with collateral “{0}” the offer must say which share of the equipment's market value "
             "counts as collateral (e.g. 0.6)")
M_NEGATIVE_RATE = "the rate ({0} % + {1} %) is below zero"
M_JSON_SYNTAX = "not valid JSON at line {0}, column {1}: {2}"
M_JSON_EMPTY = "the file is empty"
M_JSON_CONSTANT = "{0} is not a number JSON allows"
M_JSON_DUPLICATE = "the key “{0}” appears twice in the same object"
M_NOT_UTF8 = "the file is not UTF-8 text (line {0})"
M_CHANGED = ("someone else changed the offer “{0}” while you were editing it; nothing was saved. Close this "
             "window and open the offer again to see their version")
M_TAKEN = "someone else has just added an offer “{0}”; nothing was saved. Choose another id"
M_GONE = "someone else deleted the offer “{0}” while you were editing it; nothing was saved"
M_READ = "cannot read the file ({0})"
M_WRITE = "cannot write the file ({0})"
M_NO_OFFER = "there is no offer “{0}” (neither an offer id in the database nor a .json file)"
M_NEW_ID_SAME = "the copy needs an id other than “{0}”"
M_NOT_SERIALISABLE = "{0} cannot be written as JSON"

MESSAGES = tuple(v for k, v in dict(globals()).items() if k.startswith("M_"))

_JSON_REASONS = {
    "Expecting ',' delimiter": "a comma is missing",
    "Expecting ':' delimiter": "a colon is missing after a key",
    "Expecting property name enclosed in double quotes": "a key in double quotes is expected (a comma too many?)",
    "Expecting value": "a value is expected",
    "Extra data": "unexpected text after the end of the offer",
    "Unterminated string starting at": "a text in quotes is not closed",
    "Invalid control character at": "a line break or control character inside a text in quotes",
    "Invalid \\escape": "an invalid backslash escape inside a text in quotes",
}


# ---------------------------------------------------------------------------------------------- schema
@functools.lru_cache(maxsize=1)
def schema() -> dict:
    """The offer JSON Schema (bundled resource)."""
    return json.loads(resource("schemas", "offer.schema.json").read_text(encoding="utf-8"))


@functools.lru_cache(maxsize=1)
def _validator() -> Draft202012Validator:
    return Draft202012Validator(schema(), format_checker=Draft202012Validator.FORMAT_CHECKER)


def _key(parts) -> str:
    out = ""
    for part in parts:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out


def _show(value: Any) -> str:
    """A value as the user should read it in a message."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | Decimal | float):
        return str(value)
    if isinstance(value, str):
        text = value if len(value) <= 60 else value[:57] + "…"
        return f"“{text}”"
    if isinstance(value, dict):
        return "an object {…}"
    if isinstance(value, list | tuple):
        return "a list […]"
    return type(value).__name__


_TYPE_NAMES = {
    "number": "a number",
    "integer": "a whole number",
    "string": "text in quotes",
    "boolean": "true or false",
    "object": "an object {…}",
    "array": "a list […]",
    "null": "null",
}


def _actual(value: Any) -> str:
    if isinstance(value, str):
        return f"the text {_show(value)}"
    if isinstance(value, Decimal | float):
        return f"the fraction {value}"
    return _show(value)


def _error_from_schema(err: ValidationError) -> OfferError:
    path = list(err.absolute_path)
    key = _key(path)
    kind, expected, inst = err.validator, err.validator_value, err.instance
    if kind == "required":
        missing = [name for name in expected if isinstance(inst, dict) and name not in inst] or list(expected)
        return OfferError(_key([*path, missing[0]]), M_MISSING, missing[0])
    if kind == "additionalProperties":
        known = set(err.schema.get("properties", {}))
        patterns = list(err.schema.get("patternProperties", {}))
        extra = [k for k in inst if k not in known and not any(re.search(p, k) for p in patterns)]
        name = extra[0] if extra else "?"
        return OfferError(_key([*path, name]), M_UNKNOWN_KEY, name)
    if kind == "type":
        if not path:
            return OfferError("", M_NOT_OBJECT, _show(inst))
        names = [expected] if isinstance(expected, str) else list(expected)
        return OfferError(key, M_TYPE, " or ".join(_TYPE_NAMES.get(n, n) for n in names), _actual(inst))
    if kind == "enum":
        return OfferError(key, M_ENUM, ", ".join(_show(v) for v in expected), _show(inst))
    if kind == "const":
        if path == ["schema"]:
            return OfferError(key, M_SCHEMA_VERSION, _show(expected), _show(inst))
        return OfferError(key, M_CONST, _show(expected), _show(inst))
    if kind in ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"):
        template = {"minimum": M_MINIMUM, "maximum": M_MAXIMUM,
                    "exclusiveMinimum": M_EXCL_MINIMUM, "exclusiveMaximum": M_EXCL_MAXIMUM}[kind]
        return OfferError(key, template, _show(expected), _show(inst))
    if kind == "minLength":
        return OfferError(key, M_EMPTY)
    if kind == "maxLength":
        return OfferError(key, M_TOO_LONG, expected)
    if kind == "pattern":
        if path == ["id"]:
            return OfferError(key, M_ID, _show(inst))
        if path == ["rate", "reference"]:
            return OfferError(key, M_REFERENCE, _show(inst))
        if isinstance(inst, str) and not inst.strip():
            return OfferError(key, M_EMPTY)
        return OfferError(key, M_PATTERN, _show(inst))
    if kind == "minItems":
        return OfferError(key, M_MIN_ITEMS, expected)
    if kind == "uniqueItems":
        return OfferError(key, M_UNIQUE)
    if kind == "format" and expected == "date":
        return OfferError(key, M_DATE, _show(inst))
    return OfferError(key, M_OTHER, err.message)


def _non_finite(value: Any, path: list) -> OfferError | None:
    if isinstance(value, Decimal | float):
        if (isinstance(value, Decimal) and not value.is_finite()) or (
            isinstance(value, float) and (value != value or value in (float("inf"), float("-inf")))
        ):
            return OfferError(_key(path), M_NOT_FINITE, value)
    elif isinstance(value, dict):
        for k, v in value.items():
            found = _non_finite(v, [*path, k])
            if found:
                return found
    elif isinstance(value, list | tuple):
        for i, v in enumerate(value):
            found = _non_finite(v, [*path, i])
            if found:
                return found
    return None


def _check_semantics(data: dict) -> None:
    ltv = data["ltv"]
    if ltv["initial"] >= ltv["margin_call"]:
        raise OfferError("ltv.initial", M_INITIAL, ltv["initial"], ltv["margin_call"])
    if ltv["margin_call"] >= ltv["liquidation"]:
        raise OfferError("ltv.margin_call", M_MARGIN_CALL, ltv["margin_call"], ltv["liquidation"])
    if ltv["cure_to"] > ltv["margin_call"]:
        raise OfferError("ltv.cure_to", M_CURE_TO, ltv["cure_to"], ltv["margin_call"])
    term = data["term_months"]
    if term["min"] > term["max"]:
        raise OfferError("term_months.min", M_TERM_RANGE, term["min"], term["max"])
    if not term["min"] <= term["default"] <= term["max"]:
        raise OfferError("term_months.default", M_TERM_DEFAULT, term["default"], term["min"], term["max"])
    amount = data["amount"]
    if amount["max"] is not None and amount["max"] < amount["min"]:
        raise OfferError("amount.max", M_AMOUNT_RANGE, amount["max"], amount["min"])
    if "equipment" in data["collateral"] and "equipment_haircut" not in data:
        raise OfferError("equipment_haircut", M_HAIRCUT, data["collateral"])
    rate = data["rate"]
    if rate["kind"] == "reference_plus" and rate["reference_percent"] + rate["margin_percent"] < 0:
        raise OfferError("rate.margin_percent", M_NEGATIVE_RATE, rate["reference_percent"], rate["margin_percent"])


def validate_offer(data: dict) -> None:
    """Raise ``OfferError(key, message)`` for the most relevant problem of an offer; return if it is valid."""
    found = _non_finite(data, [])
    if found:
        raise found
    error = best_match(_validator().iter_errors(data))
    if error is not None:
        raise _error_from_schema(error)
    _check_semantics(data)


# ---------------------------------------------------------------------------------------------- JSON text
def _reject_constant(name: str):
    raise OfferError("", M_JSON_CONSTANT, name)


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict:
    out: dict = {}
    for k, v in pairs:
        if k in out:
            raise OfferError(k, M_JSON_DUPLICATE, k)
        out[k] = v
    return out


MAX_JSON_DEPTH = 64  # an offer nests 3 levels; json.loads fails with RecursionError somewhere near 1000


def _too_deep(text: str) -> tuple[int, int] | None:
    """(line, column) where arrays/objects nest deeper than MAX_JSON_DEPTH (outside strings), else None."""
    if text.count("[") + text.count("{") <= MAX_JSON_DEPTH:
        return None
    depth, in_string, escaped, line, column = 0, False, False, 1, 0
    for ch in text:
        column += 1
        if ch == "\n":
            line, column = line + 1, 0
        if in_string:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
        elif ch == '"':
            in_string = True
        elif ch in "[{":
            depth += 1
            if depth > MAX_JSON_DEPTH:
                return line, column
        elif ch in "]}":
            depth -= 1
    return None


def loads_offer(text: str) -> Any:
    """Parse offer JSON text exactly (fractions as Decimal). Syntax errors -> OfferError with line and column.
    Does not validate; ``load_offer_file`` and ``get_offer`` do."""
    if not text.strip():
        raise OfferError("", M_JSON_EMPTY, line=1, column=1)
    deep = _too_deep(text)
    if deep is not None:  # json would hit Python's recursion limit (RecursionError) on a hostile file
        line, column = deep
        raise OfferError("", M_JSON_SYNTAX, line, column, f"values nested more than {MAX_JSON_DEPTH} levels deep",
                         line=line, column=column)
    try:
        return json.loads(text, parse_float=Decimal, parse_constant=_reject_constant,
                          object_pairs_hook=_unique_keys)
    except json.JSONDecodeError as exc:
        reason = _JSON_REASONS.get(exc.msg, exc.msg)
        raise OfferError("", M_JSON_SYNTAX, exc.lineno, exc.colno, reason,
                         line=exc.lineno, column=exc.colno) from None


def _scalar(value: Any) -> str:
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, int):
        return str(int(value))
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise OfferError("", M_NOT_FINITE, value)
        return str(value)
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            raise OfferError("", M_NOT_FINITE, value)
        return repr(value)
    raise OfferError("", M_NOT_SERIALISABLE, type(value).__name__)


def _is_scalar(value: Any) -> bool:
    return not isinstance(value, dict | list | tuple)


def _dump(value: Any, level: int) -> str:
    if _is_scalar(value):
        return _scalar(value)
    is_dict = isinstance(value, dict)
    items = list(value.items()) if is_dict else list(value)
    open_, close = ("{", "}") if is_dict else ("[", "]")
    if not items:
        return open_ + close
    if is_dict:
        for k, _ in items:
            if not isinstance(k, str):
                raise OfferError("", M_NOT_SERIALISABLE, _show(k))
        parts = [f"{json.dumps(k, ensure_ascii=False)}: {_dump(v, level + 1)}" for k, v in items]
        scalars = all(_is_scalar(v) for _, v in items)
    else:
        parts = [_dump(v, level + 1) for v in items]
        scalars = all(_is_scalar(v) for v in items)
    inline = open_ + ", ".join(parts) + close
    if scalars and level > 0 and len(inline) + 2 * level <= 110:
        return inline
    pad = "  " * (level + 1)
    return open_ + "\n" + ",\n".join(pad + p for p in parts) + "\n" + "  " * level + close


def dumps_offer(data: dict) -> str:
    """Offer JSON text: UTF-8 friendly, 2-space indent, small objects on one line, numbers exactly as held
    (a Decimal is written as ``str(Decimal)``: 0.667 stays 0.667, 12.0 stays 12.0)."""
    return _dump(data, 0) + "\n"


def _exact(value: Any) -> Any:
    """A deep copy with floats turned into Decimals via their shortest repr, tuples into lists."""
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, float):
        return Decimal(repr(value)) if value == value and value not in (float("inf"), float("-inf")) else value
    if isinstance(value, dict):
        return {k: _exact(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_exact(v) for v in value]
    return value


# ---------------------------------------------------------------------------------------------- files
def load_offer_file(path: str | os.PathLike) -> dict:
    """Read, parse (exact decimals) and validate an offer file. Any problem -> OfferError (with ``path``)."""
    p = Path(path)
    try:
        raw = p.read_bytes()
    except OSError as exc:
        raise OfferError("", M_READ, exc.strerror or exc, path=p) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise OfferError("", M_NOT_UTF8, raw[: exc.start].count(b"\n") + 1, path=p) from None
    try:
        data = loads_offer(text)
        validate_offer(data)
    except OfferError as exc:
        exc.path = p
        raise
    return data


def save_offer_file(data: dict, path: str | os.PathLike) -> Path:
    """Validate and write an offer file atomically (temporary file beside it, then ``os.replace``)."""
    data = _exact(data)
    validate_offer(data)
    text = dumps_offer(data)
    target = Path(path)
    try:
        mode = target.stat().st_mode & 0o777
    except OSError:
        mode = 0o644
    try:
        fd, tmp_name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    except OSError as exc:
        raise OfferError("", M_WRITE, exc.strerror or exc, path=target) from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        with contextlib.suppress(OSError):
            os.chmod(tmp_name, mode)
        os.replace(tmp_name, target)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        if isinstance(exc, OSError):
            raise OfferError("", M_WRITE, exc.strerror or exc, path=target) from None
        raise
    return target


def duplicate_offer(data: dict, new_id: str) -> dict:
    """A deep copy under a new id (the ``x-edited`` mark dropped); validate or save it after editing."""
    if not isinstance(new_id, str) or len(new_id) > ID_MAX_LENGTH or not ID_RE.fullmatch(new_id):
        raise OfferError("id", M_ID, _show(new_id))
    if new_id == data.get("id"):
        raise OfferError("id", M_NEW_ID_SAME, new_id)
    out = _exact(copy.deepcopy(data))
    out["id"] = new_id
    out.pop(EDITED_KEY, None)
    return out


# ---------------------------------------------------------------------------------------------- catalogue
def catalogue_files() -> list[Path]:
    """The bundled offer files, ``resources/offers/<id>.json``, sorted by name."""
    return sorted(resource("offers").glob("*.json"))


def catalogue_offers() -> list[dict]:
    """The bundled offers, validated (a broken bundled file raises OfferError naming it)."""
    return [load_offer_file(p) for p in catalogue_files()]


def _hidden(session) -> list[str]:
    raw = session.scalar(select(Setting.value).where(Setting.key == HIDDEN_SETTING_KEY))
    try:
        value = json.loads(raw) if raw else []
    except ValueError:
        return []
    return [v for v in value if isinstance(v, str)] if isinstance(value, list) else []


def _set_hidden(session, ids: list[str]) -> None:
    row = session.get(Setting, HIDDEN_SETTING_KEY)
    value = json.dumps(sorted(set(ids)))
    if row is None:
        if ids:
            session.add(Setting(key=HIDDEN_SETTING_KEY, value=value))
    elif row.value != value:
        row.value = value


def _parse_body(body: str) -> dict | None:
    try:
        data = loads_offer(body)
    except OfferError:
        return None
    return data if isinstance(data, dict) else None


def _row_for(session, key: str) -> LoanOffer | None:
    return session.scalar(select(LoanOffer).where(LoanOffer.offer_key == key))


def install_catalogue(db: Database, *, restore: bool = False) -> CatalogueResult:
    """Upsert the bundled offers by id (see the module docstring). Idempotent: a second call changes nothing.
    Edited offers (``x-edited``) and catalogue offers the user deleted are left alone unless ``restore``."""
    offers = catalogue_offers()
    added = updated = kept = hidden_count = 0
    with db.session() as s:
        hidden = set() if restore else set(_hidden(s))
        if restore:
            _set_hidden(s, [])
        for offer in offers:
            key = offer["id"]
            body = dumps_offer(offer)
            row = _row_for(s, key)
            if row is None:
                if key in hidden:
                    hidden_count += 1
                    continue
                s.add(LoanOffer(offer_key=key, lender=offer["lender"], product=offer["product"],
                                body_json=body, updated_at=utcnow()))
                added += 1
                continue
            stored = _parse_body(row.body_json)
            if not restore and stored is not None and stored.get(EDITED_KEY) is True:
                kept += 1
                continue
            if (row.body_json, row.lender, row.product) != (body, offer["lender"], offer["product"]):
                row.body_json, row.lender, row.product = body, offer["lender"], offer["product"]
                row.updated_at = utcnow()
                updated += 1
    return CatalogueResult(added, updated, kept, hidden_count)


def list_offers(db: Database) -> list[OfferRow]:
    """All offers in the database: the user's own (not illustrative) first, then by lender and product.
    A row whose body cannot be read is skipped (and logged)."""
    with db.sessions() as s:
        rows = s.execute(select(LoanOffer.offer_key, LoanOffer.body_json, LoanOffer.version)).all()
    out = []
    for key, body, version in rows:
        data = _parse_body(body)
        try:
            if data is None:
                raise OfferError("", M_NOT_OBJECT, "unreadable text")
            validate_offer(data)
        except OfferError as exc:
            log.warning("loan offer %s in the database is invalid and skipped: %s", key, exc)
            continue
        out.append(OfferRow(key=key, lender=data["lender"], product=data["product"], currency=data["currency"],
                            collateral=data["collateral"], illustrative=data["illustrative"], data=data,
                            edited=data.get(EDITED_KEY) is True, version=version))
    out.sort(key=lambda r: (r.illustrative, r.lender.casefold(), r.product.casefold(), r.key))
    return out


def get_offer(db: Database, key_or_path: str | os.PathLike) -> dict:
    """An offer by its id in the database, or from a .json file (anything that is not an id is a path)."""
    if isinstance(key_or_path, os.PathLike) or not ID_RE.fullmatch(str(key_or_path)):
        return load_offer_file(key_or_path)
    key = str(key_or_path)
    with db.sessions() as s:
        body = s.scalar(select(LoanOffer.body_json).where(LoanOffer.offer_key == key))
    if body is None:
        if Path(key).is_file():
            return load_offer_file(key)
        raise OfferError("id", M_NO_OFFER, key)
    data = loads_offer(body)
    validate_offer(data)
    return data


def save_offer(db: Database, data: dict, *, version: int | None = None) -> str:
    """Validate and upsert an offer by its id, marked ``"x-edited": true`` so install_catalogue keeps it.
    Returns the id. ``version``: the ``OfferRow.version`` the edit started from (0: a new offer, which must not
    exist yet); a different one now raises OfferConflict — two advisors editing one catalogue entry never
    overwrite each other silently. None: write whatever is there (imports of offer files after a confirm)."""
    data = _exact(data)
    validate_offer(data)
    data.pop(EDITED_KEY, None)
    data[EDITED_KEY] = True
    key, body = data["id"], dumps_offer(data)
    try:
        return _save_offer(db, data, key, body, version)
    except StaleDataError as exc:  # changed between this save's read and its write
        raise OfferConflict("id", M_CHANGED, key) from exc


def _save_offer(db: Database, data: dict, key: str, body: str, version: int | None) -> str:
    with db.session() as s:
        row = _row_for(s, key)
        if version is not None and (row.version if row is not None else 0) != version:
            raise OfferConflict("id", M_TAKEN if version == 0 else M_GONE if row is None else M_CHANGED, key)
        if row is None:
            s.add(LoanOffer(offer_key=key, lender=data["lender"], product=data["product"], body_json=body,
                            updated_at=utcnow()))
        else:
            row.lender, row.product, row.body_json, row.updated_at = data["lender"], data["product"], body, utcnow()
        hidden = _hidden(s)
        if key in hidden:
            _set_hidden(s, [h for h in hidden if h != key])
        s.flush()
    return key


def delete_offer(db: Database, key: str) -> None:
    """Delete an offer. A bundled one is remembered so that install_catalogue does not bring it back."""
    bundled = {p.stem for p in catalogue_files()}
    with db.session() as s:
        row = _row_for(s, key)
        if row is None:
            raise OfferError("id", M_NO_OFFER, key)
        s.delete(row)
        if key in bundled:
            _set_hidden(s, [*_hidden(s), key])
