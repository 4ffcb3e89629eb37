"""CSV import and export of equipment, energy records and payouts (export also: disposals).

Import
    ``sniff(path)`` reads the layout of a file: encoding (UTF-8 with or without BOM, else Windows-1251),
    delimiter (``,`` ``;`` or tab), decimal comma or point, the header and the first rows for a preview.
    ``import_csv(db, profile_id, kind, path, mapping)`` is all-or-nothing: every row is validated, every
    bad row is reported (``ImportFailed.errors``: :class:`RowError` with the physical line, header = 1,
    the column and the reason) and nothing is written unless the whole file is good. Rows already in the
    database (natural keys: equipment by serial; energy by site, kind and day; payouts by txid, else by
    day, amount and pool) are counted as duplicates and skipped, so importing a file twice adds nothing.
    The work is one ``db.session()`` transaction; rows are bulk inserted in chunks while no error has
    been seen, and the transaction rolls back if one appears later, so memory stays bounded for files of
    a million payouts. Existing keys are preloaded into sets: no query per row. A payouts row in the
    common form (ISO or dd.mm.yyyy date, plain amount, short texts, a new txid or none) is taken straight
    from its cells (``_Importer.fast_path``) and sent to SQLite as a tuple; any other row — every row with
    a problem among them — goes through the checked path, which finds and words the problems, so results
    and errors are those of the checked path alone (tests/test_scale.py compares the two).

    Cells: dates ``YYYY-MM-DD`` or ``dd.mm.yyyy`` (a time of day after the date is ignored); numbers with a
    decimal comma or point and spaces as grouping; ``1,234`` means 1234 in a decimal-point file and 1.234
    in a decimal-comma file. A cell that :func:`neutralise` protected on export (``'=...``) is read back
    without its quote.

    Column mapping: ``{field: header}``. Without one, a mapping remembered for the same header (setting
    ``csv_mapping:<kind>:<sha1>``) is used, else :func:`default_mapping` (field names and common aliases,
    case-insensitively). A mapping passed to a successful import is remembered.

Export
    ``export_csv(db, profile_id, kind, path)``: UTF-8 with BOM (Excel opens it as Unicode), comma
    delimiter, CRLF lines, ISO dates, BTC with 8 decimals, fiat as plain decimal strings; the header is
    the field names, so an exported file imports back as is. Written to a temporary file in the same
    folder and moved into place with ``os.replace``: readers never see half a file, and on error the
    temporary file is removed and any previous file at ``path`` is left as it was.

Errors: :class:`ImportFailed` (a file that cannot be imported, for any reason found in the file: it is
also raised by :func:`sniff` for unreadable files), ``ValueError`` for a wrong ``kind``, an unknown
profile or a mapping naming unknown fields (programming errors), :class:`ExportError` (an ``OSError`` naming
the target file) from writing an export.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import functools
import hashlib
import io
import itertools
import json
import os
import re
import uuid
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import suppress
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any, TextIO

from PySide6.QtCore import QCoreApplication
from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from desktop.core.money import (
    CURRENCY_DIGITS,
    MAX_SATS,
    SATS_PER_BTC,
    AmountError,
    format_btc,
    parse_btc,
    parse_decimal,
    to_minor,
)
from desktop.store.db import Database
from desktop.store.models import (
    ENERGY_KINDS,
    EQUIPMENT_STATUSES,
    HOSTING_KINDS,
    Disposal,
    EnergyRecord,
    Equipment,
    Payout,
    Profile,
    Setting,
    Site,
)

from .history import asic_catalogue

KINDS = ("equipment", "energy", "payouts")
EXPORT_KINDS = (*KINDS, "disposals")

PREVIEW_ROWS = 20  # rows of a layout shown by the mapping dialog
SNIFF_ROWS = 1000  # rows looked at to tell a decimal comma from a decimal point
CHUNK_ROWS = 10_000  # rows per bulk insert
PRELOAD_BATCH = 20_000  # existing keys are streamed in batches of this many rows
MAX_NUMBER_CHARS = 40
MAX_MINOR = 10**15  # 10 trillion in major units: more is a typo, and SQLite integers stop at 2**63
MAX_POWER_W = 100_000  # one machine

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
_ESCAPED = re.compile(r"'+[=+\-@\t\r]")


# --------------------------------------------------------------------------------------------- public types


@dataclass(frozen=True)
class Field:
    """One importable field. ``type`` is one of: text, decimal, integer, date, btc, money, currency,
    bool, choice, site, txid."""

    name: str
    required: bool
    type: str
    aliases: tuple[str, ...] = ()
    choices: tuple[str, ...] = ()
    max_length: int | None = None


@dataclass(frozen=True)
class CsvLayout:
    path: Path
    encoding: str  # "utf-8", "utf-8-sig" (with BOM) or "cp1251"
    delimiter: str  # ",", ";" or "\t"
    decimal_comma: bool
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]  # the first rows after the header, for a preview
    header_line: int = 1  # physical line of the header (blank lines before it are skipped)


@dataclass(frozen=True)
class RowError:
    """A problem in the file. ``line`` is the physical line (header = 1; 0 = the file as a whole);
    ``column`` the header of the column (or the field name when the file has no such column)."""

    line: int
    column: str
    reason: str

    def __str__(self) -> str:
        if self.line <= 0:
            return self.reason
        if not self.column:
            return QCoreApplication.translate("CsvImport", "line {line}: {reason}").format(
                line=self.line, reason=self.reason
            )
        return QCoreApplication.translate("CsvImport", "line {line}, column “{column}”: {reason}").format(
            line=self.line, column=self.column, reason=self.reason
        )


@dataclass(frozen=True)
class ImportResult:
    added: int
    duplicates: int


class ExportError(OSError):
    """An export could not be written (disk full, permission denied, …) and nothing was left behind: neither
    the file nor a temporary one. ``filename`` is the file asked for; ``str()`` and ``strerror`` say why."""

    def __str__(self) -> str:
        return self.strerror or QCoreApplication.translate("CsvExport", "cannot write the file")


class ImportFailed(Exception):
    """Nothing was imported. ``errors`` lists every bad row (sorted by line), ``path`` the file."""

    MAX_SHOWN = 20

    def __init__(self, path: Path | str, errors: Iterable[RowError]):
        self.path = Path(path)
        self.errors: list[RowError] = sorted(errors, key=lambda e: e.line)
        super().__init__(self._message())

    def _message(self) -> str:
        head = QCoreApplication.translate(
            "CsvImport", "{file}: nothing was imported, {count} error(s):"
        ).format(file=self.path, count=len(self.errors))
        lines = [head, *(f"  {e}" for e in self.errors[: self.MAX_SHOWN])]
        if len(self.errors) > self.MAX_SHOWN:
            lines.append(
                QCoreApplication.translate("CsvImport", "  … and {count} more").format(
                    count=len(self.errors) - self.MAX_SHOWN
                )
            )
        return "\n".join(lines)


# ---------------------------------------------------------------------------------------------- fields

_TEXT = "text"

FIELDS: dict[str, tuple[Field, ...]] = {
    "equipment": (
        Field("vendor", False, _TEXT, ("manufacturer", "brand", "make", "производитель"), max_length=100),
        Field("model", True, _TEXT, ("модель", "asic", "miner"), max_length=100),
        Field(
            "serial",
            True,
            _TEXT,
            ("serial number", "serial no", "sn", "s/n", "серийный номер", "серийный", "заводской номер"),
            max_length=100,
        ),
        Field(
            "hashrate_ths",
            False,
            "decimal",
            ("hashrate", "hashrate th/s", "ths", "th/s", "хешрейт", "хэшрейт"),
        ),
        Field("power_w", False, "integer", ("power", "power w", "watts", "w", "мощность", "мощность вт")),
        Field(
            "purchase_date",
            False,
            "date",
            ("purchase date", "purchased", "bought", "date", "дата покупки", "дата"),
        ),
        Field("price", False, "money", ("cost", "purchase price", "цена", "стоимость")),
        Field("currency", False, "currency", ("валюта",)),
        Field("status", False, "choice", ("state", "статус"), choices=EQUIPMENT_STATUSES),
        Field("status_date", False, "date", ("status since", "дата статуса")),
        Field("site", False, "site", ("location", "площадка")),
        Field("hosting", False, "choice", ("хостинг",), choices=HOSTING_KINDS),
        Field("hoster", False, _TEXT, ("hosting provider", "хостер"), max_length=200),
        Field(
            "notes", False, _TEXT, ("note", "comment", "comments", "примечание", "примечания", "комментарий")
        ),
    ),
    "energy": (
        Field("site", True, "site", ("location", "площадка")),
        Field("kind", False, "choice", ("type", "record", "тип", "вид"), choices=ENERGY_KINDS),
        Field("day", True, "date", ("date", "reading date", "period end", "end", "дата", "конец периода")),
        Field("period_start", False, "date", ("start", "from", "period from", "начало", "начало периода")),
        Field(
            "meter_kwh",
            False,
            "decimal",
            ("meter", "reading", "meter reading", "показание", "показания", "счетчик", "счётчик"),
        ),
        Field("kwh", False, "decimal", ("consumption", "energy", "квтч", "расход", "потребление")),
        Field("cost", False, "money", ("amount", "bill", "сумма", "стоимость")),
        Field("currency", False, "currency", ("валюта",)),
        Field("tariff", False, "decimal", ("rate", "price per kwh", "тариф")),
        Field(
            "meter_replaced",
            False,
            "bool",
            ("replaced", "meter replaced", "замена", "замена счетчика", "замена счётчика"),
        ),
        Field("notes", False, _TEXT, ("note", "comment", "comments", "примечание", "комментарий")),
    ),
    "payouts": (
        Field("day", True, "date", ("date", "time", "timestamp", "paid", "paid at", "дата", "дата выплаты")),
        Field("amount_btc", True, "btc", ("amount", "btc", "value", "сумма", "сумма btc")),
        Field("pool", False, _TEXT, ("pool name", "source", "пул"), max_length=100),
        Field(
            "txid",
            False,
            "txid",
            ("tx", "tx id", "tx hash", "transaction", "transaction id", "hash", "транзакция"),
        ),
        Field("address", False, _TEXT, ("wallet", "to", "адрес", "кошелек", "кошелёк"), max_length=100),
        Field("notes", False, _TEXT, ("note", "comment", "comments", "примечание", "комментарий")),
    ),
}

_ENERGY_KIND_WORDS = {
    "reading": "reading",
    "показание": "reading",
    "показания": "reading",
    "period": "period",
    "период": "period",
}
_TRUE = frozenset({"1", "true", "yes", "y", "t", "x", "да", "д", "истина"})
_FALSE = frozenset({"0", "false", "no", "n", "f", "нет", "н", "ложь"})


def _check_kind(kind: str, allowed: tuple[str, ...]) -> None:
    if kind not in allowed:
        raise ValueError(f"unknown CSV kind {kind!r} (known: {', '.join(allowed)})")


def fields(kind: str) -> tuple[Field, ...]:
    _check_kind(kind, KINDS)
    return FIELDS[kind]


def _norm(text: str) -> str:
    """Header comparison key: case-folded letters and digits only ("Serial_Number" == "serial number")."""
    return "".join(ch for ch in text.casefold() if ch.isalnum())


def default_mapping(kind: str, headers: Iterable[str]) -> dict[str, str]:
    """Field -> header, matching field names first, then aliases; each header is used once."""
    headers = list(headers)
    by_key: dict[str, str] = {}
    for h in headers:
        by_key.setdefault(_norm(h), h)
    used: set[str] = set()
    result: dict[str, str] = {}
    for f in fields(kind):
        h = by_key.get(_norm(f.name))
        if h is not None and h not in used:
            result[f.name] = h
            used.add(h)
    for f in fields(kind):
        if f.name in result:
            continue
        for alias in f.aliases:
            h = by_key.get(_norm(alias))
            if h is not None and h not in used:
                result[f.name] = h
                used.add(h)
                break
    return result


# -------------------------------------------------------------------------------------- remembered mapping


def mapping_key(kind: str, headers: Iterable[str]) -> str:
    """``csv_mapping:<kind>:<sha1>`` where the sha1 is of the JSON list of the lower-cased, stripped headers."""
    norm = [h.strip().lower() for h in headers]
    digest = hashlib.sha1(json.dumps(norm, ensure_ascii=False).encode("utf-8"), usedforsecurity=False)
    return f"csv_mapping:{kind}:{digest.hexdigest()}"


def _check_mapping(kind: str, mapping: Mapping[str, str | None]) -> None:
    known = {f.name for f in fields(kind)}
    unknown = sorted(set(mapping) - known)
    if unknown:
        raise ValueError(QCoreApplication.translate("CsvImport", "unknown {0} field(s) in the mapping: {1}").format(
            kind, ", ".join(unknown)))


def _load_mapping(session: Session, kind: str, headers: tuple[str, ...]) -> dict[str, str] | None:
    row = session.get(Setting, mapping_key(kind, headers))
    if row is None:
        return None
    try:
        stored = json.loads(row.value)
    except ValueError:
        return None
    if not isinstance(stored, dict):
        return None
    known = {f.name for f in fields(kind)}
    by_lower = {h.strip().lower(): h for h in headers}
    result: dict[str, str] = {}
    for field, header in stored.items():
        if field in known and isinstance(header, str) and header.strip().lower() in by_lower:
            result[field] = by_lower[header.strip().lower()]
    return result


def _save_mapping(session: Session, kind: str, headers: tuple[str, ...], mapping: Mapping[str, str]) -> None:
    _check_mapping(kind, mapping)
    clean = {f: h for f, h in mapping.items() if h}
    value = json.dumps(clean, ensure_ascii=False, sort_keys=True)
    key = mapping_key(kind, headers)
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=value))
    else:
        row.value = value


def load_mapping(db: Database, kind: str, headers: Iterable[str]) -> dict[str, str] | None:
    """The mapping remembered for this header (fields whose column is gone are dropped), or None."""
    with db.sessions() as s:  # a read: no writers' lock on a shared database
        return _load_mapping(s, kind, tuple(headers))


def save_mapping(db: Database, kind: str, headers: Iterable[str], mapping: Mapping[str, str]) -> None:
    with db.session() as s:
        _save_mapping(s, kind, tuple(headers), mapping)


def _resolve_mapping(
    kind: str, headers: tuple[str, ...], mapping: Mapping[str, str | None]
) -> dict[str, str]:
    """The default mapping overridden by ``mapping``; a field mapped to None or "" is left out."""
    _check_mapping(kind, mapping)
    result = default_mapping(kind, headers)
    taken = {h for f, h in mapping.items() if h}
    result = {f: h for f, h in result.items() if h not in taken}
    for f, h in mapping.items():
        if h:
            result[f] = h
        else:
            result.pop(f, None)
    return result


# ------------------------------------------------------------------------------------------ neutralising


def neutralise(cell: str) -> str:
    """Make a cell safe to open in a spreadsheet (CSV/formula injection).

    A cell beginning with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return would be run as a formula
    by Excel or LibreOffice (``=HYPERLINK(...)``, ``=cmd|...``), so it gets a leading apostrophe, which the
    spreadsheets show as plain text. We chose the apostrophe (OWASP's advice) over dropping or quoting
    the character: the text stays readable and nothing is lost. A cell that already looks neutralised
    (apostrophes, then one of those characters) gets one more apostrophe, so :func:`unneutralise`
    restores every cell exactly. Amounts exported here are never negative, so numbers are not affected.
    """
    if cell and (cell[0] in FORMULA_TRIGGERS or (cell[0] == "'" and _ESCAPED.match(cell))):
        return "'" + cell
    return cell


def unneutralise(cell: str) -> str:
    """The inverse of :func:`neutralise`."""
    if cell[:1] == "'" and _ESCAPED.match(cell):
        return cell[1:]
    return cell


# ------------------------------------------------------------------------------------------ reading text


def _fail(path: Path, line: int, column: str, reason: str) -> ImportFailed:
    return ImportFailed(path, [RowError(line, column, reason)])


def _detect_encoding(path: Path) -> str:
    """UTF-8 (strictly, over the whole file), else Windows-1251; raises ImportFailed if neither reads."""
    try:
        fh = path.open("rb")
    except OSError as exc:
        raise _fail(
            path,
            0,
            "",
            QCoreApplication.translate("CsvImport", "cannot open the file ({error})").format(
                error=exc.strerror or exc
            ),
        ) from exc
    with fh:
        head = fh.read(3)
        bom = head == codecs.BOM_UTF8
        for encoding in ("utf-8", "cp1251"):
            fh.seek(3 if (bom and encoding == "utf-8") else 0)
            decoder = codecs.getincrementaldecoder(encoding)("strict")
            offset = fh.tell()
            newlines = 0
            try:
                while chunk := fh.read(1 << 20):
                    decoder.decode(chunk)
                    newlines += chunk.count(b"\n")
                    offset += len(chunk)
                decoder.decode(b"", final=True)
            except UnicodeDecodeError as exc:
                if encoding == "utf-8" and bom:
                    bad_line = newlines + chunk[: exc.start].count(b"\n") + 1
                    raise _fail(
                        path,
                        bad_line,
                        "",
                        QCoreApplication.translate(
                            "CsvImport",
                            "the file starts with a UTF-8 mark but is not valid UTF-8 (byte {offset})",
                        ).format(offset=offset + exc.start),
                    ) from exc
                if encoding == "cp1251":
                    bad_line = newlines + chunk[: exc.start].count(b"\n") + 1
                    raise _fail(
                        path,
                        bad_line,
                        "",
                        QCoreApplication.translate(
                            "CsvImport", "the file is neither UTF-8 nor Windows-1251 text (byte {offset})"
                        ).format(offset=offset + exc.start),
                    ) from exc
                continue
            if encoding == "utf-8":
                return "utf-8-sig" if bom else "utf-8"
            return encoding
    raise AssertionError("unreachable")  # pragma: no cover


def _open_text(path: Path, encoding: str) -> TextIO:
    return path.open("r", encoding=encoding, errors="strict", newline="")


def _split_outside_quotes(line: str, delimiter: str) -> int:
    count, quoted = 0, False
    for ch in line:
        if ch == '"':
            quoted = not quoted
        elif ch == delimiter and not quoted:
            count += 1
    return count


def _guess_delimiter(text: str) -> str:
    lines = [ln for ln in re.split(r"\r\n|\n|\r", text) if ln.strip()][:5]
    if not lines:
        return ","
    best, best_count = ",", 0
    for delimiter in (";", "\t", ","):  # on a tie the first wins: ';' files often hold decimal commas
        count = _split_outside_quotes(lines[0], delimiter)
        if count > best_count:
            best, best_count = delimiter, count
    return best


Record = tuple[int, list[str] | None, str | None]  # (first physical line, cells, csv error)


def _records(fh: TextIO, delimiter: str) -> Iterator[Record]:
    reader = csv.reader(fh, delimiter=delimiter)
    done = 0
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield done + 1, None, str(exc)
            if reader.line_num == done:
                return
            done = reader.line_num
            continue
        yield done + 1, row, None
        done = reader.line_num


def _blank(cells: list[str]) -> bool:
    return not "".join(cells).strip()  # = no cell with a non-space character, in one C call


def _clean_header(cell: str) -> str:
    return cell.strip().lstrip("\ufeff").strip()


_DATE_LIKE = re.compile(r"\d{1,4}[.\-/]\d{1,2}[.\-/]\d{1,4}(?:[ T].*)?")
_NUMBERISH = re.compile(r"[+-]?[\d\s.,]+")
_COMMA_GROUPS = re.compile(r"[+-]?[1-9]\d{0,2}(?:,\d{3})+")
_POINT_GROUPS = re.compile(r"[+-]?[1-9]\d{0,2}(?:\.\d{3})+")


def _decimal_vote(cell: str) -> int:
    """+1 if the cell shows a decimal comma, -1 a decimal point, 0 if it tells nothing."""
    s = cell.strip()
    if not s or not _NUMBERISH.fullmatch(s) or _DATE_LIKE.fullmatch(s) or not any(c.isdigit() for c in s):
        return 0
    s = re.sub(r"\s", "", s)
    comma, point = "," in s, "." in s
    if comma and point:
        return 1 if s.rfind(",") > s.rfind(".") else -1
    if comma:
        if s.count(",") > 1:
            return -1 if _COMMA_GROUPS.fullmatch(s) else 0
        return 0 if _COMMA_GROUPS.fullmatch(s) else 1
    if point:
        if s.count(".") > 1:
            return 1 if _POINT_GROUPS.fullmatch(s) else 0
        return 0 if _POINT_GROUPS.fullmatch(s) else -1
    return 0


def sniff(path: Path | str) -> CsvLayout:
    """Encoding, delimiter, decimal comma, header and preview rows of a CSV file.

    Raises ImportFailed (line 0 or the line at fault) when the file cannot be read, is not text in UTF-8 or
    Windows-1251, or has no header.
    """
    path = Path(path)
    encoding = _detect_encoding(path)
    with _open_text(path, encoding) as fh:
        delimiter = _guess_delimiter(fh.read(1 << 16))
    headers: tuple[str, ...] | None = None
    header_line = 1
    preview: list[tuple[str, ...]] = []
    votes = 0
    seen = 0
    with _open_text(path, encoding) as fh:
        for line, cells, error in _records(fh, delimiter):
            if error is not None or cells is None or _blank(cells):
                continue
            if headers is None:
                headers, header_line = tuple(_clean_header(c) for c in cells), line
                continue
            if len(preview) < PREVIEW_ROWS:
                preview.append(tuple(cells))
            for c in cells:
                votes += _decimal_vote(c)
            seen += 1
            if seen >= SNIFF_ROWS:
                break
    if headers is None:
        raise _fail(path, 1, "", QCoreApplication.translate("CsvImport", "the file is empty: no header line"))
    decimal_comma = votes > 0 or (votes == 0 and delimiter == ";")
    return CsvLayout(path, encoding, delimiter, decimal_comma, headers, tuple(preview), header_line)


# ----------------------------------------------------------------------------------------- cell parsing


class _Bad(Exception):
    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


def _show(raw: str) -> str:
    return raw if len(raw) <= 40 else raw[:37] + "…"


_PLAIN_NUMBER = re.compile(r"\d+(?:\.\d+)?")
_SPACES_RE = re.compile(r"[\s\u00a0\u202f']")


def _number(raw: str, decimal_comma: bool) -> Decimal:
    if len(raw) > MAX_NUMBER_CHARS:
        raise _Bad(
            QCoreApplication.translate("CsvImport", "“{value}” is too long for a number").format(
                value=_show(raw)
            )
        )
    if _PLAIN_NUMBER.fullmatch(raw):
        return Decimal(raw)
    s = raw
    if not decimal_comma and "," in s and "." not in s and _COMMA_GROUPS.fullmatch(_SPACES_RE.sub("", s)):
        s = s.replace(",", "")
    try:
        return parse_decimal(s, allow_negative=True)
    except AmountError:
        raise _Bad(
            QCoreApplication.translate("CsvImport", "“{value}” is not a number").format(value=_show(raw))
        ) from None


def _non_negative(raw: str, decimal_comma: bool) -> Decimal:
    value = _number(raw, decimal_comma)
    if value < 0:
        raise _Bad(QCoreApplication.translate("CsvImport", "“{value}” is negative").format(value=_show(raw)))
    return value


def _positive(raw: str, decimal_comma: bool) -> Decimal:
    value = _non_negative(raw, decimal_comma)
    if value == 0:
        raise _Bad(QCoreApplication.translate("CsvImport", "must be more than zero"))
    return value


def _integer(raw: str, decimal_comma: bool) -> int:
    value = _non_negative(raw, decimal_comma)
    if value != value.to_integral_value():
        raise _Bad(
            QCoreApplication.translate("CsvImport", "“{value}” is not a whole number").format(
                value=_show(raw)
            )
        )
    return int(value)


def _watts(raw: str, decimal_comma: bool) -> int:
    value = _integer(raw, decimal_comma)
    if value > MAX_POWER_W:
        raise _Bad(
            QCoreApplication.translate("CsvImport", "{value} W is more than one machine draws").format(
                value=value
            )
        )
    return value


def _btc(raw: str, decimal_comma: bool) -> int:
    value = _positive(raw, decimal_comma)
    sats = value.scaleb(8)
    if sats != sats.to_integral_value():
        raise _Bad(
            QCoreApplication.translate(
                "CsvImport", "“{value}” has more than 8 decimals (less than one satoshi)"
            ).format(value=_show(raw))
        )
    if sats > MAX_SATS:
        raise _Bad(
            QCoreApplication.translate("CsvImport", "“{value}” is more than 21 million BTC").format(
                value=_show(raw)
            )
        )
    return parse_btc(value)


def _minor(amount: Decimal, currency: str, raw: str) -> int:
    try:
        minor = to_minor(amount, currency)
    except AmountError:
        raise _Bad(
            QCoreApplication.translate(
                "CsvImport", "“{value}” has more decimals than {currency} has (kopecks, cents)"
            ).format(value=_show(raw), currency=currency)
        ) from None
    if abs(minor) > MAX_MINOR:
        raise _Bad(QCoreApplication.translate("CsvImport", "“{value}” is too large").format(value=_show(raw)))
    return minor


def _currency(raw: str) -> str:
    code = raw.strip().upper()
    if code in ("РУБ", "РУБ.", "RUR", "₽"):
        code = "RUB"
    if code not in CURRENCY_DIGITS:
        raise _Bad(
            QCoreApplication.translate("CsvImport", "unknown currency “{value}” (known: {known})").format(
                value=_show(raw), known=", ".join(CURRENCY_DIGITS)
            )
        )
    return code


_ISO_DATE = re.compile(
    r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?"
)
_RU_DATE = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})(?: \d{1,2}:\d{2}(?::\d{2})?)?")


@functools.lru_cache(maxsize=1 << 16)
def _date_or_problem(raw: str) -> dt.date | str:
    m = _ISO_DATE.fullmatch(raw)
    if m:
        y, mo, d = int(m[1]), int(m[2]), int(m[3])
    else:
        m = _RU_DATE.fullmatch(raw)
        if not m:
            return "format"
        d, mo, y = int(m[1]), int(m[2]), int(m[3])
    try:
        return dt.date(y, mo, d)
    except ValueError:
        return "calendar"


def _date(raw: str, today: dt.date) -> dt.date:
    value = _date_or_problem(raw)
    if value == "format":
        raise _Bad(
            QCoreApplication.translate(
                "CsvImport", "“{value}” is not a date (use YYYY-MM-DD or DD.MM.YYYY)"
            ).format(value=_show(raw))
        )
    if value == "calendar":
        raise _Bad(
            QCoreApplication.translate("CsvImport", "“{value}” is not a calendar date").format(
                value=_show(raw)
            )
        )
    assert isinstance(value, dt.date)
    if value > today:
        raise _Bad(
            QCoreApplication.translate("CsvImport", "{date} is in the future").format(date=value.isoformat())
        )
    return value


def _text(raw: str, max_length: int | None) -> str:
    if "\x00" in raw:
        raise _Bad(QCoreApplication.translate("CsvImport", "contains a NUL character"))
    if max_length is not None and len(raw) > max_length:
        raise _Bad(
            QCoreApplication.translate("CsvImport", "longer than {limit} characters").format(limit=max_length)
        )
    return raw


def _bool(raw: str) -> bool:
    word = raw.casefold()
    if word in _TRUE:
        return True
    if word in _FALSE:
        return False
    raise _Bad(
        QCoreApplication.translate("CsvImport", "“{value}” is not yes/no (use true or false)").format(
            value=_show(raw)
        )
    )


def _choice(raw: str, choices: tuple[str, ...], words: Mapping[str, str] | None = None) -> str:
    word = raw.casefold()
    if words and word in words:
        return words[word]
    if word in choices:
        return word
    raise _Bad(
        QCoreApplication.translate("CsvImport", "unknown value “{value}” (allowed: {allowed})").format(
            value=_show(raw), allowed=", ".join(choices)
        )
    )


_TXID = re.compile(r"[0-9a-fA-F]{64}")
_FAST_BTC = re.compile(r"([0-9]{1,9})(?:\.([0-9]{1,8}))?")  # the plain amounts the payouts fast path takes


def _txid(raw: str) -> str:
    if not _TXID.fullmatch(raw):
        raise _Bad(
            QCoreApplication.translate(
                "CsvImport", "“{value}” is not a transaction id (64 hexadecimal characters)"
            ).format(value=_show(raw))
        )
    return raw.lower()


# ---------------------------------------------------------------------------------------------- importers


class _Row:
    """The cells of one record by field name, collecting the problems of its cells."""

    __slots__ = ("imp", "line", "cells", "errors")

    def __init__(self, imp: _Importer, line: int, cells: dict[str, str]):
        self.imp = imp
        self.line = line
        self.cells = cells
        self.errors = 0

    def bad(self, field: str, reason: str) -> None:
        self.errors += 1
        self.imp.error(self.line, field, reason)

    def raw(self, field: str) -> str:
        return self.cells.get(field, "")

    def get(self, field: str, parse: Callable[..., Any], *args: Any, required: bool = False) -> Any:
        raw = self.cells.get(field, "")
        if not raw:
            if required:
                self.bad(field, QCoreApplication.translate("CsvImport", "empty: a value is required"))
            return None
        try:
            return parse(raw, *args)
        except _Bad as exc:
            self.bad(field, exc.reason)
            return None


class _Importer:
    model: type
    kind: str

    def __init__(self, session: Session, profile_id: int, layout: CsvLayout, columns: Mapping[str, str]):
        self.s = session
        self.profile_id = profile_id
        self.dc = layout.decimal_comma
        self.columns = columns  # field -> header
        self.today = dt.date.today()
        self.errors: list[RowError] = []
        self.pending: list[dict[str, Any]] = []
        self.added = 0
        self.duplicates = 0
        self.sites = list(
            session.execute(
                select(Site.id, Site.name, Site.currency)
                .where(Site.profile_id == profile_id)
                .order_by(Site.name)
            )
        )
        self._site_exact = {name: (sid, cur) for sid, name, cur in self.sites}
        folded: dict[str, list[tuple[int, str]]] = defaultdict(list)
        for sid, name, cur in self.sites:
            folded[name.strip().casefold()].append((sid, cur))
        self._site_folded = {k: v[0] for k, v in folded.items() if len(v) == 1}

    def error(self, line: int, field: str, reason: str) -> None:
        self.errors.append(RowError(line, self.columns.get(field, field), reason))

    def site(self, raw: str) -> tuple[int, str]:
        hit = self._site_exact.get(raw) or self._site_folded.get(raw.casefold())
        if hit is None:
            if self.sites:
                known = ", ".join(f"“{name}”" for _, name, _ in self.sites)
                raise _Bad(
                    QCoreApplication.translate("CsvImport", "unknown site “{value}” (known: {known})").format(
                        value=_show(raw), known=known
                    )
                )
            raise _Bad(
                QCoreApplication.translate(
                    "CsvImport", "unknown site “{value}”: this profile has no sites yet"
                ).format(value=_show(raw))
            )
        return hit

    def add(self, values: dict[str, Any]) -> None:
        values["profile_id"] = self.profile_id
        self.pending.append(values)
        self.added += 1
        if len(self.pending) >= CHUNK_ROWS:
            self.flush()

    def flush(self) -> None:
        """Bulk insert what is pending, unless an error was seen (then the transaction will roll back)."""
        if self.errors:
            self.pending.clear()
            return
        if self.pending:
            # render_nulls: None values are sent as NULL, so every row has the same keys and the whole
            # chunk goes out as one executemany (else the ORM splits it wherever a None appears)
            self.s.execute(insert(self.model).execution_options(render_nulls=True), self.pending)
            self.pending = []

    def row(self, r: _Row) -> None:  # pragma: no cover - abstract
        raise NotImplementedError

    def fast_path(self, index: Mapping[str, int]) -> Callable[[int, list[str]], bool] | None:
        """Optionally, ``accept(line, cells)``: takes a row that is valid in every respect (from the raw
        cells) and returns True, or returns False having changed nothing, and the row goes through
        :meth:`row` (which finds and words every problem). None: every row goes through :meth:`row`."""
        return None

    def finish(self) -> None:
        self.flush()


def _model_key(model: str) -> str:
    return " ".join(model.split()).casefold()  # not _norm: "M30S+" and "M30S++" are different machines


class _EquipmentImporter(_Importer):
    model = Equipment
    kind = "equipment"

    def __init__(self, *args: Any):
        super().__init__(*args)
        self.catalogue = {_model_key(m.model): m for m in asic_catalogue()}
        self.existing = set(
            self.s.scalars(select(Equipment.serial).where(Equipment.profile_id == self.profile_id))
        )
        self.seen: dict[str, int] = {}
        self.field = {f.name: f for f in FIELDS["equipment"]}

    def row(self, r: _Row) -> None:
        dc, today = self.dc, self.today
        serial = r.get("serial", _text, 100, required=True)
        model = r.get("model", _text, 100, required=True)
        vendor = r.get("vendor", _text, 100) or ""
        hashrate = r.get("hashrate_ths", _positive, dc)
        power = r.get("power_w", _watts, dc)
        purchase_date = r.get("purchase_date", _date, today)
        currency = r.get("currency", _currency) or ("RUB" if not r.raw("currency") else None)
        price = r.get("price", _non_negative, dc)
        status = r.get("status", _choice, EQUIPMENT_STATUSES) or ("active" if not r.raw("status") else None)
        status_date = r.get("status_date", _date, today)
        site = r.get("site", self.site)
        hoster = r.get("hoster", _text, 200) or ""
        hosting = r.get("hosting", _choice, HOSTING_KINDS)
        if hosting is None and not r.raw("hosting"):
            hosting = "hosted" if hoster else "own"
        notes = r.get("notes", _text, None) or ""
        price_minor = None
        if price is not None and currency is not None:
            try:
                price_minor = _minor(price, currency, r.raw("price"))
            except _Bad as exc:
                r.bad("price", exc.reason)
        if model:
            known = self.catalogue.get(_model_key(model))
            if known is not None:
                model = known.model
                vendor = vendor or known.vendor
                if hashrate is None and not r.raw("hashrate_ths"):
                    hashrate = known.hashrate_ths
                if power is None and not r.raw("power_w"):
                    power = known.power_w
            else:
                if hashrate is None and not r.raw("hashrate_ths"):
                    r.bad(
                        "hashrate_ths",
                        QCoreApplication.translate(
                            "CsvImport", "empty, and model “{model}” is not in the catalogue"
                        ).format(model=_show(model)),
                    )
                if power is None and not r.raw("power_w"):
                    r.bad(
                        "power_w",
                        QCoreApplication.translate(
                            "CsvImport", "empty, and model “{model}” is not in the catalogue"
                        ).format(model=_show(model)),
                    )
        if serial:
            first = self.seen.get(serial)
            if first is not None:
                r.bad(
                    "serial",
                    QCoreApplication.translate(
                        "CsvImport", "serial “{serial}” is also on line {line}"
                    ).format(serial=_show(serial), line=first),
                )
                return
            self.seen[serial] = r.line
        if r.errors:
            return
        if serial in self.existing:
            self.duplicates += 1
            return
        self.add(
            {
                "site_id": site[0] if site else None,
                "vendor": vendor,
                "model": model,
                "serial": serial,
                "hashrate_ths": hashrate,
                "power_w": power,
                "purchase_date": purchase_date,
                "price_minor": price_minor,
                "price_currency": currency,
                "status": status,
                "status_date": status_date or (purchase_date if status == "active" else None),
                "hosting": hosting,
                "hoster": hoster,
                "notes": notes,
            }
        )


@dataclass(frozen=True)
class _Reading:
    day: dt.date
    meter: Decimal
    replaced: bool
    line: int  # 0: in the database


class _EnergyImporter(_Importer):
    model = EnergyRecord
    kind = "energy"

    def __init__(self, *args: Any):
        super().__init__(*args)
        self.existing: set[tuple[int, str, dt.date]] = set()
        self.readings: dict[int, list[_Reading]] = defaultdict(list)
        for site_id, kind, day, meter, replaced in self.s.execute(
            select(
                EnergyRecord.site_id,
                EnergyRecord.kind,
                EnergyRecord.day,
                EnergyRecord.meter_kwh,
                EnergyRecord.meter_replaced,
            )
            .where(EnergyRecord.profile_id == self.profile_id)
            .execution_options(yield_per=PRELOAD_BATCH)
        ):
            self.existing.add((site_id, kind, day))
            if kind == "reading" and meter is not None:
                self.readings[site_id].append(_Reading(day, meter, bool(replaced), 0))
        self.seen: dict[tuple[int, str, dt.date], int] = {}
        self.site_names = {sid: name for sid, name, _ in self.sites}

    def row(self, r: _Row) -> None:
        dc, today = self.dc, self.today
        site = r.get("site", self.site, required=True)
        kind = r.get("kind", _choice, ENERGY_KINDS, _ENERGY_KIND_WORDS)
        day = r.get("day", _date, today, required=True)
        period_start = r.get("period_start", _date, today)
        meter = r.get("meter_kwh", _non_negative, dc)
        kwh = r.get("kwh", _non_negative, dc)
        cost = r.get("cost", _non_negative, dc)
        currency = r.get("currency", _currency)
        tariff = r.get("tariff", _non_negative, dc)
        replaced = r.get("meter_replaced", _bool) or False
        notes = r.get("notes", _text, None) or ""
        if kind is None and not r.raw("kind"):
            if r.raw("meter_kwh") and not r.raw("kwh"):
                kind = "reading"
            elif r.raw("kwh") and not r.raw("meter_kwh"):
                kind = "period"
            else:
                r.bad(
                    "kind",
                    QCoreApplication.translate(
                        "CsvImport", "empty: give reading or period (or fill only one of meter_kwh and kwh)"
                    ),
                )
        if kind == "reading":
            if not r.raw("meter_kwh"):
                r.bad(
                    "meter_kwh",
                    QCoreApplication.translate("CsvImport", "empty: a reading needs the meter value"),
                )
            if r.raw("kwh"):
                r.bad(
                    "kwh",
                    QCoreApplication.translate(
                        "CsvImport", "only for periods: a reading has the meter value, not kWh"
                    ),
                )
            if r.raw("period_start"):
                r.bad(
                    "period_start", QCoreApplication.translate("CsvImport", "only for periods, not readings")
                )
        elif kind == "period":
            if not r.raw("kwh"):
                r.bad("kwh", QCoreApplication.translate("CsvImport", "empty: a period needs its kWh"))
            if r.raw("meter_kwh"):
                r.bad(
                    "meter_kwh",
                    QCoreApplication.translate(
                        "CsvImport", "only for readings: a period has kWh, not the meter value"
                    ),
                )
            if replaced:
                r.bad(
                    "meter_replaced",
                    QCoreApplication.translate("CsvImport", "only for readings, not periods"),
                )
            if period_start is not None and day is not None and period_start > day:
                r.bad(
                    "period_start",
                    QCoreApplication.translate(
                        "CsvImport", "{start} is after the end of the period {end}"
                    ).format(start=period_start.isoformat(), end=day.isoformat()),
                )
        if site is not None and currency is None and not r.raw("currency"):
            currency = site[1]
        cost_minor = None
        if cost is not None and currency is not None:
            try:
                cost_minor = _minor(cost, currency, r.raw("cost"))
            except _Bad as exc:
                r.bad("cost", exc.reason)
        if site is None or kind is None or day is None:
            return
        key = (site[0], kind, day)
        first = self.seen.get(key)
        if first is not None:
            r.bad(
                "day",
                QCoreApplication.translate(
                    "CsvImport", "the {kind} of {day} for this site is also on line {line}"
                ).format(kind=kind, day=day.isoformat(), line=first),
            )
            return
        self.seen[key] = r.line
        if r.errors:
            return
        if key in self.existing:
            self.duplicates += 1
            return
        if kind == "reading":
            self.readings[site[0]].append(_Reading(day, meter, replaced, r.line))
        self.add(
            {
                "site_id": site[0],
                "kind": kind,
                "day": day,
                "period_start": period_start,
                "meter_kwh": meter,
                "kwh": kwh,
                "cost_minor": cost_minor,
                "currency": currency or "RUB",
                "tariff_override": tariff,
                "meter_replaced": replaced,
                "notes": notes,
            }
        )

    def finish(self) -> None:
        """A meter only goes up, unless it was replaced: check each site's readings, database and file."""
        for site_id, readings in self.readings.items():
            readings.sort(key=lambda x: x.day)
            for prev, cur in zip(readings, readings[1:], strict=False):
                if cur.meter >= prev.meter or cur.replaced:
                    continue
                where = (
                    QCoreApplication.translate("CsvImport", "line {line}").format(line=prev.line)
                    if prev.line
                    else QCoreApplication.translate("CsvImport", "in the database")
                )
                if cur.line:
                    self.error(
                        cur.line,
                        "meter_kwh",
                        QCoreApplication.translate(
                            "CsvImport",
                            "reading {value} is lower than the previous reading {previous} of {day} "
                            "({where}); set meter_replaced if the meter was replaced",
                        ).format(value=cur.meter, previous=prev.meter, day=prev.day.isoformat(), where=where),
                    )
                elif prev.line:
                    self.error(
                        prev.line,
                        "meter_kwh",
                        QCoreApplication.translate(
                            "CsvImport",
                            "reading {value} is higher than the next reading {next} of {day} "
                            "(in the database) of site “{site}”",
                        ).format(
                            value=prev.meter,
                            next=cur.meter,
                            day=cur.day.isoformat(),
                            site=self.site_names.get(site_id, ""),
                        ),
                    )
        super().finish()


class _PayoutImporter(_Importer):
    model = Payout
    kind = "payouts"

    def __init__(self, *args: Any):
        super().__init__(*args)
        self.txids: set[str] = set()
        self.untagged: Counter[tuple[dt.date, int, str]] = Counter()
        for txid, day, amount, pool in self.s.execute(
            select(Payout.txid, Payout.day, Payout.amount_sat, Payout.pool)
            .where(Payout.profile_id == self.profile_id)
            .execution_options(yield_per=PRELOAD_BATCH)
        ):
            if txid:
                self.txids.add(txid.lower())
            else:
                self.untagged[(day, amount, pool or "")] += 1
        self.seen: dict[str, int] = {}

    # The rows go to the database as tuples of what the model stores (ISO date text, integer satoshis), through the
    # DB-API executemany on the session's connection: SQLAlchemy's per-row work (parameter dicts, type
    # processors, the ORM bulk path) was as long as SQLite's own insert. Same transaction, same rollback.
    _INSERT = (
        "INSERT INTO payout (profile_id, day, amount_sat, pool, txid, address, notes) VALUES (?, ?, ?, ?, ?, ?, ?)"
    )

    def _add(self, day: dt.date, sats: int, pool: str, txid: str | None, address: str, notes: str) -> None:
        self.pending.append((self.profile_id, day.isoformat(), sats, pool, txid, address, notes))
        self.added += 1
        if len(self.pending) >= CHUNK_ROWS:
            self.flush()

    def flush(self) -> None:
        if self.errors:
            self.pending.clear()
            return
        if self.pending:
            con = self.s.connection()
            con.exec_driver_sql(_driver_sql(con, self._INSERT), self.pending)
            self.pending = []

    def fast_path(self, index: Mapping[str, int]) -> Callable[[int, list[str]], bool] | None:
        """The common row — an ISO or dd.mm.yyyy date, a plain amount with at most 8 decimals, short texts,
        a txid not seen before or none, no formula quote — checked straight from the cells; anything else
        (including every row with a problem) is left to :meth:`row`."""
        cols = [index.get(f) for f in ("day", "amount_btc", "pool", "txid", "address", "notes")]
        if cols[0] is None or cols[1] is None:
            return None
        i_day, i_amount, i_pool, i_txid, i_address, i_notes = cols
        today, seen, txids, untagged = self.today, self.seen, self.txids, self.untagged
        amount_re, txid_re, date_of, max_sats = _FAST_BTC.fullmatch, _TXID.fullmatch, _date_or_problem, MAX_SATS

        def accept(line: int, cells: list[str]) -> bool:
            day = date_of(cells[i_day].strip())
            if day.__class__ is not dt.date or day > today:
                return False
            m = amount_re(cells[i_amount].strip())
            if m is None:
                return False
            whole, frac = m.groups()
            sats = int(whole) * SATS_PER_BTC + (int(frac.ljust(8, "0")) if frac else 0)
            if not 0 < sats <= max_sats:
                return False
            pool = cells[i_pool].strip() if i_pool is not None else ""
            txid = cells[i_txid].strip() if i_txid is not None else ""
            address = cells[i_address].strip() if i_address is not None else ""
            notes = cells[i_notes].strip() if i_notes is not None else ""
            if len(pool) > 100 or len(address) > 100:
                return False
            text = pool + address + notes
            if "\x00" in text or "'" in pool[:1] + address[:1] + notes[:1]:
                return False  # NUL, or a neutralised formula cell to restore: the checked path
            if txid:
                if txid_re(txid) is None:
                    return False
                txid = txid.lower()
                if txid in seen:
                    return False
                seen[txid] = line
                if txid in txids:
                    self.duplicates += 1
                    return True
            else:
                txid = None
                key = (day, sats, pool)
                if untagged[key] > 0:
                    untagged[key] -= 1
                    self.duplicates += 1
                    return True
            self._add(day, sats, pool, txid, address, notes)
            return True

        return accept

    def row(self, r: _Row) -> None:
        day = r.get("day", _date, self.today, required=True)
        sats = r.get("amount_btc", _btc, self.dc, required=True)
        pool = r.get("pool", _text, 100) or ""
        txid = r.get("txid", _txid)
        address = r.get("address", _text, 100) or ""
        notes = r.get("notes", _text, None) or ""
        if txid:
            first = self.seen.get(txid)
            if first is not None:
                r.bad(
                    "txid",
                    QCoreApplication.translate("CsvImport", "the same txid is on line {line}").format(
                        line=first
                    ),
                )
                return
            self.seen[txid] = r.line
        if r.errors:
            return
        if txid:
            if txid in self.txids:
                self.duplicates += 1
                return
        else:
            key = (day, sats, pool)
            if self.untagged[key] > 0:  # payouts without txid: as many as the database already holds
                self.untagged[key] -= 1
                self.duplicates += 1
                return
        self._add(day, sats, pool, txid, address, notes)


_IMPORTERS: dict[str, type[_Importer]] = {
    "equipment": _EquipmentImporter,
    "energy": _EnergyImporter,
    "payouts": _PayoutImporter,
}


def _columns(
    kind: str, layout: CsvLayout, mapping: Mapping[str, str]
) -> tuple[dict[str, int], list[RowError]]:
    """Field -> column index; errors for a missing required column or a mapped header not in the file."""
    line = layout.header_line
    index: dict[str, int] = {}
    counts = Counter(layout.headers)
    position = {}
    for i, h in enumerate(layout.headers):
        position.setdefault(h, i)
    errors: list[RowError] = []
    for field, header in mapping.items():
        if header not in position:
            errors.append(
                RowError(
                    line,
                    header,
                    QCoreApplication.translate(
                        "CsvImport", "no such column in the file (mapped to {field})"
                    ).format(field=field),
                )
            )
        elif counts[header] > 1:
            errors.append(
                RowError(
                    line,
                    header,
                    QCoreApplication.translate(
                        "CsvImport", "this header appears {count} times: rename the columns"
                    ).format(count=counts[header]),
                )
            )
        else:
            index[field] = position[header]
    for f in fields(kind):
        if f.required and f.name not in mapping:
            errors.append(
                RowError(
                    line,
                    f.name,
                    QCoreApplication.translate(
                        "CsvImport", "required column missing (headers: {headers})"
                    ).format(headers=", ".join(h for h in layout.headers if h) or "—"),
                )
            )
    return index, errors


PROGRESS_ROWS = 5_000


def _line_estimate(path: Path) -> tuple[float, int]:
    """Average bytes per line (from the first 64 KiB) and the file size: enough for a progress bar."""
    total = max(1, path.stat().st_size)
    with path.open("rb") as fh:
        sample = fh.read(65_536)
    return len(sample) / max(1, sample.count(b"\n")), total


def import_csv(
    db: Database,
    profile_id: int,
    kind: str,
    path: Path | str,
    mapping: Mapping[str, str | None] | None = None,
    progress: Callable[[int, str], None] | None = None,
) -> ImportResult:
    """Import ``path`` into the profile, all or nothing (see the module docstring). Raises ImportFailed.

    ``progress(percent, text)`` is called every few thousand rows; an exception it raises (the GUI's
    Cancel) aborts the import and rolls everything back.
    """
    _check_kind(kind, KINDS)
    path = Path(path)
    layout = sniff(path)
    headers = layout.headers
    per_line, total = _line_estimate(path)
    # the write lock first: no other process adds rows between the duplicate check and the insert
    with db.write_session() as s:
        if s.get(Profile, profile_id) is None:
            raise ValueError(f"no profile with id {profile_id}")
        if mapping is None:
            used = _load_mapping(s, kind, headers) or default_mapping(kind, headers)
        else:
            used = _resolve_mapping(kind, headers, mapping)
        index, errors = _columns(kind, layout, used)
        if errors:
            raise ImportFailed(path, errors)
        importer = _IMPORTERS[kind](s, profile_id, layout, used)
        width = len(headers)
        items = list(index.items())
        fast = importer.fast_path(index)
        try:
            with _open_text(path, layout.encoding) as fh:
                for line, cells, problem in _records(fh, layout.delimiter):
                    if problem is not None:
                        importer.errors.append(RowError(line, "", problem))
                        continue
                    assert cells is not None
                    if line <= layout.header_line or _blank(cells):
                        continue
                    n = len(cells)
                    if n < width:
                        importer.errors.append(
                            RowError(
                                line,
                                headers[n],
                                QCoreApplication.translate(
                                    "CsvImport", "the row is cut short: {count} of {width} cells"
                                ).format(count=n, width=width),
                            )
                        )
                        continue
                    if n > width and not _blank(cells[width:]):
                        importer.errors.append(
                            RowError(
                                line,
                                "",
                                QCoreApplication.translate(
                                    "CsvImport", "the row has {count} cells, the header {width}"
                                ).format(count=n, width=width),
                            )
                        )
                        continue
                    if fast is None or not fast(line, cells):
                        values = {f: unneutralise(cells[i].strip()) for f, i in items}
                        importer.row(_Row(importer, line, values))
                    if progress is not None and line % PROGRESS_ROWS == 0:
                        progress(min(99, int(line * per_line * 100 / total)), "")
        except (UnicodeDecodeError, OSError) as exc:  # the file changed while we read it
            raise _fail(
                path,
                0,
                "",
                QCoreApplication.translate("CsvImport", "cannot read the file: {error}").format(error=exc),
            ) from exc
        importer.finish()
        if importer.errors:
            raise ImportFailed(path, importer.errors)
        if mapping is not None:
            _save_mapping(s, kind, headers, used)
        return ImportResult(importer.added, importer.duplicates)


# ------------------------------------------------------------------------------------------------ export


def _dec(value: Decimal | None) -> str:
    return "" if value is None else format(value, "f")


def _fiat(minor: int | None, currency: str) -> str:
    if minor is None:
        return ""
    return format(Decimal(minor).scaleb(-CURRENCY_DIGITS.get(currency, 2)), "f")


def _day(value: dt.date | None) -> str:
    return "" if value is None else value.isoformat()


def _export_equipment(profile_id: int):
    headers = [f.name for f in FIELDS["equipment"]]
    query = (
        select(Equipment, Site.name)
        .outerjoin(Site, Equipment.site_id == Site.id)
        .where(Equipment.profile_id == profile_id)
        .order_by(Equipment.id)
    )

    def cells(row) -> list[str]:
        e, site = row
        return [
            e.vendor,
            e.model,
            e.serial,
            _dec(e.hashrate_ths),
            str(e.power_w),
            _day(e.purchase_date),
            _fiat(e.price_minor, e.price_currency),
            e.price_currency,
            e.status,
            _day(e.status_date),
            site or "",
            e.hosting,
            e.hoster,
            e.notes,
        ]

    return headers, query, cells


def _export_energy(profile_id: int):
    headers = [f.name for f in FIELDS["energy"]]
    query = (
        select(EnergyRecord, Site.name)
        .join(Site, EnergyRecord.site_id == Site.id)
        .where(EnergyRecord.profile_id == profile_id)
        .order_by(Site.name, EnergyRecord.day, EnergyRecord.kind, EnergyRecord.id)
    )

    def cells(row) -> list[str]:
        r, site = row
        return [
            site,
            r.kind,
            _day(r.day),
            _day(r.period_start),
            _dec(r.meter_kwh),
            _dec(r.kwh),
            _fiat(r.cost_minor, r.currency),
            r.currency,
            _dec(r.tariff_override),
            "true" if r.meter_replaced else "false",
            r.notes,
        ]

    return headers, query, cells


def _export_payouts(profile_id: int):
    headers = [f.name for f in FIELDS["payouts"]]
    # SQL run on the DB-API cursor (see _SAFE_ROWS); the day as stored: ISO text, what _day() writes
    query = (
        "SELECT day, amount_sat, pool, txid, address, notes FROM payout WHERE profile_id = ? ORDER BY day, id",
        (profile_id,),
    )

    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=",", lineterminator="\r\n")

    def line(row) -> str:
        """The CSV line of a payout (see _SAFE_ROWS). An ISO date and a positive amount never need quotes nor
        start like a formula; when no text cell does either (almost always), the line is joined as is —
        exactly what the csv writer would write — else the csv writer writes the neutralised cells."""
        day, sats, pool, txid, address, notes = row
        txid = txid or ""
        if (
            pool[:1] in _CAREFUL
            or txid[:1] in _CAREFUL
            or address[:1] in _CAREFUL
            or notes[:1] in _CAREFUL
            or _QUOTED.search(f"{pool}{txid}{address}{notes}")
        ):
            buffer.seek(0)
            buffer.truncate()
            writer.writerow(
                [day, format_btc(sats), neutralise(pool), neutralise(txid), neutralise(address), neutralise(notes)]
            )
            return buffer.getvalue()
        return f"{day},{format_btc(sats)},{pool},{txid},{address},{notes}\r\n"

    return headers, query, line


def _export_disposals(profile_id: int):
    headers = ["day", "kind", "amount_btc", "fiat", "fee", "currency", "txid", "counterparty", "notes"]
    query = select(Disposal).where(Disposal.profile_id == profile_id).order_by(Disposal.day, Disposal.id)

    def cells(row) -> list[str]:
        (d,) = row
        return [
            _day(d.day),
            d.kind,
            format_btc(d.amount_sat),
            _fiat(d.fiat_minor, d.fiat_currency),
            _fiat(d.fee_minor, d.fiat_currency),
            d.fiat_currency,
            d.txid or "",
            d.counterparty,
            d.notes,
        ]

    return headers, query, cells


# Kinds whose query is (SQL, parameters) of plain columns, read straight from the DB-API cursor of the
# session's connection (no ORM objects, no result processing), and whose third function gives the whole CSV
# line, neutralised and quoted: a million payouts export in a few seconds, not half a minute.
_SAFE_ROWS = frozenset({"payouts"})
_CAREFUL = frozenset((*FORMULA_TRIGGERS, "'"))  # first characters that neutralise() may change
_QUOTED = re.compile(r'[,"\r\n]')  # characters the csv writer quotes a cell for (delimiter, quote, line ends)

_EXPORTERS = {
    "equipment": _export_equipment,
    "energy": _export_energy,
    "payouts": _export_payouts,
    "disposals": _export_disposals,
}


def _driver_sql(con, sql: str) -> str:
    """SQL written for SQLite's DB-API (``?`` placeholders, no ``?`` elsewhere) in the driver's own style:
    psycopg's ``%s`` on PostgreSQL."""
    return sql if con.dialect.paramstyle == "qmark" else sql.replace("?", "%s")


def _write_export(db: Database, profile_id: int, kind: str, fh: TextIO) -> int:
    """Write the export of ``kind`` (BOM, header, rows) to the text stream ``fh``; returns the row count."""
    headers, query, cells = _EXPORTERS[kind](profile_id)
    # a read in one transaction, without the writers' lock (a million-row export must not hold up the other
    # advisors' saves on a shared database)
    with db.sessions() as s, s.begin():
        if s.get(Profile, profile_id) is None:
            raise ValueError(f"no profile with id {profile_id}")
        fh.write("\ufeff")  # the BOM, as "utf-8-sig" writes it (whose encoder is Python code run on every write)
        writer = csv.writer(fh, delimiter=",", lineterminator="\r\n")
        writer.writerow(headers)
        counter = itertools.count()  # zip() takes a row first, then a number: counts the rows written
        if kind in _SAFE_ROWS:
            con = s.connection()
            cursor = con.connection.driver_connection.cursor()
            lines = map(cells, cursor.execute(_driver_sql(con, query[0]), query[1]))
            fh.writelines(text for text, _n in zip(lines, counter, strict=False))
        else:
            rows = ([neutralise(c) for c in cells(row)] for row in s.execute(query).yield_per(5000))
            writer.writerows(row for row, _n in zip(rows, counter, strict=False))
        return next(counter)


def export_csv_bytes(db: Database, profile_id: int, kind: str) -> tuple[bytes, int]:
    """The file :func:`export_csv` writes, as bytes, and its row count (for the bank package: no temporary
    file to write, sync and read back)."""
    _check_kind(kind, EXPORT_KINDS)
    buffer = io.StringIO(newline="")
    count = _write_export(db, profile_id, kind, buffer)
    return buffer.getvalue().encode("utf-8"), count


def export_csv(db: Database, profile_id: int, kind: str, path: Path | str) -> int:
    """Write the profile's records of ``kind`` to ``path`` (see the module docstring); returns the row count."""
    _check_kind(kind, EXPORT_KINDS)
    path = Path(path)
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex}.tmp")
    count = 0
    try:
        with tmp.open("x", encoding="utf-8", newline="") as fh:
            count = _write_export(db, profile_id, kind, fh)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException as exc:
        with suppress(OSError):
            tmp.unlink()
        if isinstance(exc, OSError) and not isinstance(exc, ExportError):
            # name the file the user chose, not the temporary one; say why (disk full, permission denied)
            raise ExportError(exc.errno, exc.strerror or str(exc), str(path)) from exc
        raise
    return count
