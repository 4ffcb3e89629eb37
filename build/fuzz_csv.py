"""Fuzz the CSV import: thousands of generated files, each imported into a fresh database.

    .venv/bin/python build/fuzz_csv.py [--files N] [--seed S] [--keep DIR]

Files mix the kinds' real headers (shuffled, aliased, in other cases, duplicated or missing) with junk ones,
and cells from plausible values to hostile ones: formulas (``=``, ``+``, ``-``, ``@``, tab, CR), broken quoting,
stray delimiters, NUL, huge fields, future and impossible dates, too many decimals; delimiters ``,`` ``;`` tab
(or mixed), LF / CRLF / CR lines, encodings UTF-8 (with or without BOM), Windows-1251, UTF-16, random bytes.

Each file goes into a fresh copy of a database made by ``open_database`` (a profile with two sites) and must
keep the import's promises (README, "Import / export"):
- ``import_csv`` returns an ImportResult or raises ImportFailed with at least one error — nothing else;
- a refused file changes no table (row counts as before);
- an imported file adds exactly ``added`` rows to its table and nothing elsewhere;
- importing the same file again adds nothing (every row is then a duplicate).
A file that breaks one is a failure: it is copied to ``--keep`` (default build/out/fuzz-failures/) with the
traceback. Prints one line: files, rows, imported, refused, failures, seconds. Exit 1 on any failure.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import shutil
import sys
import tempfile
import time
import traceback
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from sqlalchemy.orm import sessionmaker  # noqa: E402

from desktop.services import csv_io, profiles, records  # noqa: E402
from desktop.services.history import asic_catalogue  # noqa: E402
from desktop.store import db as store_db  # noqa: E402

TABLE = {"payouts": "payout", "equipment": "equipment", "energy": "energy_record"}
SITES = ("Hangar", "Гараж")
FORMULAS = ("=1+2", "=cmd|' /C calc'!A0", '=HYPERLINK("http://x","y")', "+7 900 000-00-00", "-5", "@SUM(A1)",
            "\tTAB", "\rCR", "'=quoted", "''=twice")
JUNK = ("", " ", "abc", "0", "-0", "1e5", "NaN", "inf", "0x10", "١٢٣", "²", "∞", "null", "None", "TRUE", "да",
        "\0", "\x1b[31m", "😀", "ёЁ", "\u202e", "\ufeff", '"', '""', ",", ";", "\t", "\n", "\r\n")


def _rand_text(rng: random.Random, n: int) -> str:
    return "".join(rng.choices("abcXYZ019 ,;.\"'=+-@\t\r\nйЖё€₽😀\0\u00a0", k=n))


def _day(rng: random.Random) -> str:
    return f"20{rng.randint(10, 25):02d}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"


def _dirty(rng: random.Random, field: csv_io.Field) -> str:
    """Any cell for ``field``, from plausible to hostile."""
    roll = rng.random()
    if roll < 0.15:
        return rng.choice(FORMULAS)
    if roll < 0.35:
        return rng.choice(JUNK)
    if roll < 0.37:
        size = rng.choice([10, 300, 300, 300, 70_000])
        return _rand_text(rng, min(size, 300)) * (size // 300 or 1)  # up to a huge field
    day = _day(rng)
    t = field.type
    if t == "date":
        return rng.choice([day, f"{day[8:]}.{day[5:7]}.{day[:4]}", "2099-01-01", "31.02.2024", day + " 12:30",
                           day + "T10:00:00Z", "2024/01/05", "5.1.24"])
    if t == "btc":
        return rng.choice([f"0.{rng.randint(1, 99_999_999):08d}", f"{rng.randint(0, 50)},{rng.randint(0, 9999)}",
                           "0.000000001", "21000001", "1 234,5", "-0.1", "0"])
    if t in ("decimal", "money"):
        return rng.choice([str(Decimal(rng.randint(0, 10**7)) / 100), f"{rng.randint(0, 999)},{rng.randint(0, 99)}",
                           "1 234 567,89", "1,234.56", "12,34,5", "-3", "0.001", "9" * 41])
    if t == "integer":
        return rng.choice([str(rng.randint(0, 6000)), "3250.0", "100001", "-1", "1,5"])
    if t == "txid":
        return rng.choice(["".join(rng.choices("0123456789abcdef", k=64)), "xyz", "AB" * 32, "0" * 63])
    if t == "currency":
        return rng.choice(["RUB", "usd", "EUR", "руб", "₽", "GBP"])
    if t == "bool":
        return rng.choice(["true", "false", "да", "нет", "1", "0", "maybe"])
    if t == "choice":
        return rng.choice([*field.choices, "other", "ACTIVE"])
    if t == "site":
        return rng.choice([*SITES, "hangar", "Nowhere"])
    return rng.choice(["", "note", "Гараж №2", f"SN{rng.randint(0, 10**6)}", _rand_text(rng, 8)])


class _Clean:
    """Valid rows of a kind (unique keys, dates in the past), so that a good share of the files import."""

    def __init__(self, rng: random.Random, kind: str):
        self.rng, self.kind, self.n = rng, kind, 0
        self.models = [m.model for m in asic_catalogue()][:20]

    def row(self) -> dict[str, str]:
        rng, n = self.rng, self.n
        self.n += 1
        day = dt.date(2016, 1, 1) + dt.timedelta(days=n)
        text = rng.choice(["", "note", "=not a formula to us", "+7 900", "@home", "Гараж «Север»", '"quoted"'])
        if self.kind == "payouts":
            return {"day": rng.choice([day.isoformat(), day.strftime("%d.%m.%Y")]),
                    "amount_btc": f"0.{rng.randint(1, 99_999_999):08d}", "pool": rng.choice(["F2Pool", "ViaBTC", ""]),
                    "txid": rng.choice(["", "".join(rng.choices("0123456789abcdef", k=62)) + f"{n % 256:02x}"]),
                    "address": "", "notes": text}
        if self.kind == "equipment":
            return {"vendor": "", "model": rng.choice(self.models), "serial": f"SN-{n}-{rng.randint(0, 999)}",
                    "hashrate_ths": rng.choice(["", "95.5", "110"]), "power_w": rng.choice(["", "3250"]),
                    "purchase_date": day.isoformat(), "price": rng.choice(["", "1500", "99 999,50"]),
                    "currency": rng.choice(["", "RUB", "usd"]), "status": rng.choice(["", "active", "standby"]),
                    "status_date": "", "site": rng.choice(["", *SITES]), "hosting": "", "hoster": "", "notes": text}
        return {"site": SITES[n % 2], "kind": "period", "day": (day + dt.timedelta(days=n)).isoformat(),
                "period_start": "", "meter_kwh": "", "kwh": str(rng.randint(1, 9000)),
                "cost": rng.choice(["", "1234,50"]), "currency": "", "tariff": rng.choice(["", "5.5"]),
                "meter_replaced": rng.choice(["", "false", "нет"]), "notes": text}


def _header(rng: random.Random, kind: str, clean: bool) -> tuple[list[str], list[csv_io.Field]]:
    fields = list(csv_io.fields(kind))
    if not clean and rng.random() < 0.15:
        junk = [_rand_text(rng, rng.randint(0, 6)) for _ in range(rng.randint(1, 8))]
        return junk, [csv_io.Field(h, False, "text") for h in junk]
    chosen = [f for f in fields if f.required and (clean or rng.random() < 0.9)]
    chosen += [f for f in fields if not f.required and rng.random() < 0.5]
    if kind == "energy" and clean:
        chosen += [f for f in fields if f.name == "kwh" and f not in chosen]
    rng.shuffle(chosen)
    names = []
    for f in chosen:
        name = rng.choice([f.name, *f.aliases]) if f.aliases and rng.random() < 0.3 else f.name
        names.append(rng.choice([name.upper(), name.title(), f" {name} "]) if rng.random() < 0.2 else name)
    if not clean and names and rng.random() < 0.1:
        names.append(rng.choice(names))  # a duplicated header
        chosen.append(chosen[names.index(names[-1])])
    if not clean and rng.random() < 0.1:
        names.append(rng.choice(["=SUM(A1)", "", "extra", "дата"]))
        chosen.append(csv_io.Field(names[-1], False, "text"))
    if not names:
        return ["day"], [fields[0]]
    if clean and len(set(default_names(kind, names))) != len(chosen):
        return [f.name for f in chosen], chosen  # an alias that another field claims: plain names instead
    return names, chosen


def default_names(kind: str, headers: list[str]) -> list[str]:
    return list(csv_io.default_mapping(kind, headers))


def _quote(rng: random.Random, cell: str, delimiter: str, clean: bool) -> str:
    roll = rng.random()
    if not clean and roll < 0.02:
        return '"' + cell  # broken quoting
    if not clean and roll < 0.04:
        return cell + '"'
    if any(c in cell for c in (delimiter, '"', "\n", "\r")) or roll < 0.15:
        return '"' + cell.replace('"', '""') + '"'
    return cell


def make_file(rng: random.Random, kind: str) -> tuple[bytes, int]:
    """(file bytes, data rows written): a clean file (35 %), a clean file with one bad cell (25 %), a dirty one,
    or random bytes."""
    mode = rng.choices(["clean", "one-bad", "dirty", "bytes"], [35, 25, 37, 3])[0]
    if mode == "bytes":
        return rng.randbytes(rng.randint(0, 400)), 0
    clean = mode != "dirty"
    header, fields = _header(rng, kind, clean)
    delimiter = rng.choice([",", ";", "\t"])
    newline = rng.choice(["\n", "\r\n", "\r"])
    rows = rng.choice([0, 1, 2, 5, 10, 30, 100, 300]) if rng.random() < 0.98 else 3000
    maker = _Clean(rng, kind)
    bad_at = rng.randrange(rows) if mode == "one-bad" and rows else -1
    lines = [delimiter.join(_quote(rng, h, delimiter, clean) for h in header)]
    for i in range(rows):
        if clean:
            good = maker.row()
            cells = [good.get(f.name, "") for f in fields]
            if i == bad_at:
                k = rng.randrange(len(cells))
                cells[k] = _dirty(rng, fields[k])
        else:
            cells = [_dirty(rng, f) for f in fields]
            if rng.random() < 0.03:
                cells = cells[: rng.randint(0, len(cells))]  # cut short
            if rng.random() < 0.03:
                cells.append(rng.choice(["", "extra"]))
        d = delimiter if clean or rng.random() < 0.98 else rng.choice([",", ";", "\t"])  # another delimiter
        lines.append(d.join(_quote(rng, c, d, clean) for c in cells))
        if rng.random() < 0.02:
            lines.append("")  # a blank line
    text = newline.join(lines) + (newline if rng.random() < 0.7 else "")
    if not clean and rng.random() < 0.1:
        text = text.replace(newline, rng.choice(["\n", "\r\n", "\r"]), rng.randint(1, 5))  # mixed line ends
    encoding = rng.choices(["utf-8", "utf-8-sig", "cp1251", "utf-16", "latin-1"], [45, 20, 25, 5, 5])[0]
    return text.encode(encoding, errors="replace"), rows


def template_database(folder: Path) -> Path:
    path = folder / "template.sqlite3"
    database = store_db.open_database(path)
    try:
        pid = profiles.create_profile(database, profiles.ProfileData(name="Fuzz farm")).id
        for name in SITES:
            records.add_site(database, pid, records.SiteData(name=name, region="Tver Oblast", tariff=Decimal("5.5")))
        with database.engine.connect() as con:
            con.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        database.close()
    return path


def fresh(template: Path, path: Path) -> store_db.Database:
    """A fresh copy of the template (made by open_database, so at the head revision: no migration to run)."""
    shutil.copyfile(template, path)
    engine = store_db.make_engine(path)
    return store_db.Database(path=path, engine=engine, sessions=sessionmaker(engine, expire_on_commit=False))


def check_file(template: Path, work: Path, kind: str, data: bytes) -> tuple[str, str | None]:
    """('imported' | 'refused', None) or ('failure', why)."""
    csv_path = work / f"fuzz-{kind}.csv"
    csv_path.write_bytes(data)
    database = fresh(template, work / "fuzz.sqlite3")
    try:
        before = database.row_counts()
        try:
            result = csv_io.import_csv(database, 1, kind, csv_path)
        except csv_io.ImportFailed as failed:
            if not failed.errors or any(e.line < 0 or not e.reason for e in failed.errors):
                return "failure", f"ImportFailed without a usable error list: {failed.errors!r}"
            after = database.row_counts()
            if after != before:
                return "failure", f"a refused file changed the database: {before} -> {after}"
            return "refused", None
        after = database.row_counts()
        expected = dict(before)
        expected[TABLE[kind]] += result.added
        if after != expected:
            return "failure", f"imported {result} but the tables went {before} -> {after}"
        again = csv_io.import_csv(database, 1, kind, csv_path)
        if again.added != 0 or again.duplicates != result.added + result.duplicates:
            return "failure", f"importing the same file twice: first {result}, then {again}"
        return "imported", None
    except Exception:  # noqa: BLE001 - an exception other than ImportFailed is what we look for
        return "failure", traceback.format_exc()
    finally:
        database.close()
        for suffix in ("", "-wal", "-shm"):
            Path(f"{work / 'fuzz.sqlite3'}{suffix}").unlink(missing_ok=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--files", type=int, default=2000, help="how many files (default 2000)")
    parser.add_argument("--seed", type=int, default=1, help="random seed; the same seed, the same files")
    parser.add_argument("--keep", type=Path, default=ROOT / "build" / "out" / "fuzz-failures",
                        help="where failing files and their tracebacks are copied")
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)
    started = time.perf_counter()
    counts = {"imported": 0, "refused": 0, "failure": 0}
    rows = 0
    with tempfile.TemporaryDirectory(prefix="hashpledge-fuzz-") as tmp:
        work = Path(tmp)
        template = template_database(work)
        for n in range(args.files):
            kind = rng.choice(csv_io.KINDS)
            data, written = make_file(rng, kind)
            rows += written
            outcome, why = check_file(template, work, kind, data)
            counts[outcome] += 1
            if why is not None:
                args.keep.mkdir(parents=True, exist_ok=True)
                (args.keep / f"{n:05d}-{kind}.csv").write_bytes(data)
                (args.keep / f"{n:05d}-{kind}.txt").write_text(why, encoding="utf-8")
    seconds = time.perf_counter() - started
    print(f"fuzz_csv: {args.files} files, {rows} rows, {counts['imported']} imported, {counts['refused']} refused, "
          f"{counts['failure']} failures, {seconds:.1f} s" + (f" (kept in {args.keep})" if counts["failure"] else ""))
    return 1 if counts["failure"] else 0


if __name__ == "__main__":
    sys.exit(main())
