"""The bank package of a profile: report.pdf, data/*.csv, attachments and package.json in one ZIP,
checksummed (and optionally signed) by desktop.services.package_zip.

The report is written in the request's language: labels are English source strings of the
"BankPackage" translation context, looked up in the bundled catalogue of that language (so a Russian
package can be made while the app runs in English, and the other way round). User text goes to
pdf_report raw; it escapes it.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import json
import re
import tempfile
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QBuffer, QCoreApplication, QIODevice, QRectF, Qt, QTranslator
from PySide6.QtGui import QColor, QFont, QImage, QPainter
from sqlalchemy import select

from desktop.store.db import Database
from desktop.store.models import PackageExport

CTX = "BankPackage"
SECTIONS = frozenset({"equipment", "energy", "production", "holdings", "compliance", "simulation"})
CSV_KINDS = ("equipment", "energy", "payouts", "disposals")
SCHEDULE_HEADERS = ("date", "payment", "interest", "principal", "fees", "balance")

Progress = Callable[[int, str], None]


class PackageBuildError(Exception):
    """The package cannot be made; the message says what and where."""


@dataclass
class PackageRequest:
    profile_id: int
    out: Path
    simulation_id: int | None = None  # a saved simulation, or an offer + amount:
    offer: str | None = None
    amount: Decimal | None = None
    term_months: int | None = None
    period_months: int = 12
    lang: str = "en"  # "en" | "ru"
    include: frozenset[str] = SECTIONS
    attachments: tuple[Path, ...] = ()
    proofs: dict[str, str] = field(default_factory=dict)  # address -> base64 signature of proof_message()
    sign: bool = False


@dataclass
class PackageResult:
    path: Path
    sha256: str
    package_id: str
    pages: int
    fingerprint: str | None
    proofs: dict[str, bool]


@dataclass(frozen=True)
class ExportRow:
    created_at: dt.datetime
    file_name: str
    sha256: str
    package_id: str


def proof_message(profile_name: str, address: str, package_date: dt.date) -> str:
    """The exact text the miner signs with the key of ``address`` to prove control of it."""
    return (f"HashPledge proof of control: {profile_name.strip()} controls the Bitcoin address "
            f"{address.strip()} on {package_date.isoformat()}")


def list_exports(db: Database, profile_id: int) -> list[ExportRow]:
    with db.sessions() as s:
        rows = s.scalars(select(PackageExport).where(PackageExport.profile_id == profile_id)
                         .order_by(PackageExport.created_at.desc(), PackageExport.id.desc()))
        return [ExportRow(r.created_at, r.file_name, r.sha256, r.package_id) for r in rows]


def verify(path: Path, pubkey_pem: bytes | None = None):
    """package_zip.verify_package (a VerifyReport); raises PackageBuildError if the file cannot be read."""
    from desktop.services import package_zip

    try:
        return package_zip.verify_package(Path(path), pubkey_pem)
    except package_zip.PackageError as exc:
        raise PackageBuildError(str(exc)) from exc


# ---------------------------------------------------------------------------------------------- language
class _Tr:
    """Labels in the package's language, independent of the language the app runs in."""

    def __init__(self, lang: str):
        self.lang = "ru" if (lang or "").lower().startswith("ru") else "en"
        self._qt: QTranslator | None = None
        if self.lang != "en":
            from desktop.paths import resources_dir

            tr = QTranslator()
            if tr.load(f"hashpledge_{self.lang}", str(resources_dir() / "i18n")):
                self._qt = tr

    def __call__(self, text: str) -> str:
        if self._qt is not None:
            out = self._qt.translate(CTX, text)
            if out:
                return out
        return text

    def offer(self, text: str) -> str:
        """A bundled offer's lender or product name in the package's language; the user's own as typed."""
        from desktop.i18n import _OFFER_NAMES, OFFER_NAMES_CONTEXT

        if self._qt is not None and text in _OFFER_NAMES:
            return self._qt.translate(OFFER_NAMES_CONTEXT, text) or text
        return text

    def reason(self, text: str) -> str:
        """An eligibility reason (English, as the loan maths wrote it) in the package's language: matched
        against the loan templates, translated under CoreMessages, parameters put back."""
        from desktop.core.loans import MESSAGES

        for template in MESSAGES:
            pattern = re.escape(template)
            for n in range(5):
                pattern = pattern.replace(re.escape("{" + str(n) + "}"), f"(?P<p{n}>.+?)")
            match = re.fullmatch(pattern, text)
            if match:
                translated = self._qt.translate("CoreMessages", template) if self._qt is not None else ""
                params = [match.group(f"p{n}") for n in range(5) if f"p{n}" in match.groupdict()]
                return (translated or template).format(*params)
        return text

    # numbers: en "1,234.56", ru "1 234,56" (plain spaces: they survive PDF text extraction)
    def num(self, value, places: int | None = 2) -> str:
        if value is None or value == "":
            return "—"
        try:
            d = Decimal(str(value))
        except InvalidOperation:
            return str(value)
        text = f"{d:,.{places}f}" if places is not None else f"{d:,f}"
        if self.lang == "ru":
            text = text.replace(",", " ").replace(".", ",")
        return text

    def money(self, value, currency: str) -> str:
        return "—" if value in (None, "") else f"{self.num(value, 2)} {currency}"

    def btc(self, sats: int | None) -> str:
        if sats is None:
            return "—"
        return f"{self.num(Decimal(sats) / Decimal(100_000_000), 8)} BTC"

    def percent(self, share, places: int = 2) -> str:
        if share in (None, ""):
            return "—"
        return f"{self.num(Decimal(str(share)) * 100, places)} %"

    def day(self, value) -> str:
        if not value:
            return "—"
        if isinstance(value, str):
            try:
                value = dt.date.fromisoformat(value[:10])
            except ValueError:
                return value
        return value.strftime("%d.%m.%Y") if self.lang == "ru" else value.isoformat()

    def month(self, value: dt.date) -> str:
        return value.strftime("%m.%Y") if self.lang == "ru" else value.strftime("%Y-%m")


def _legal_form(t: _Tr, form: str) -> str:
    names = {
        "individual": QT_TRANSLATE_NOOP("BankPackage", "individual"),
        "sole_trader": QT_TRANSLATE_NOOP("BankPackage", "sole trader"),
        "company": QT_TRANSLATE_NOOP("BankPackage", "company"),
    }
    return t(names.get(form, form))


_STATUS = {
    "active": QT_TRANSLATE_NOOP("BankPackage", "active"),
    "standby": QT_TRANSLATE_NOOP("BankPackage", "standby"),
    "repair": QT_TRANSLATE_NOOP("BankPackage", "repair"),
    "sold": QT_TRANSLATE_NOOP("BankPackage", "sold"),
    "retired": QT_TRANSLATE_NOOP("BankPackage", "retired"),
}


def _flag_text(t: _Tr, flag) -> str:
    if flag.code == "over_household_limit" and flag.month:
        return t(QT_TRANSLATE_NOOP("BankPackage", "In {0} the farm used {1} kWh, more than the {2} kWh a month an "
                                   "individual may use for mining without registering in the FNS registry of miners."
                                   )).format(t.month(flag.month), t.num(flag.kwh, 0), t.num(flag.limit_kwh, 0))
    if flag.code == "not_in_registry":
        return t(QT_TRANSLATE_NOOP("BankPackage", "Sole traders and companies may mine only once included in the "
                                   "FNS registry of miners (required since {0}); no registry entry is recorded."
                                   )).format(t.day(flag.start))
    if flag.code == "region_banned":
        return t(QT_TRANSLATE_NOOP("BankPackage", "Mining is banned in {0} from {1} to {2}: the site “{3}” may not "
                                   "mine there during that time.")).format(
            flag.region or "—", t.day(flag.start), t.day(flag.end), flag.site or "—")
    if flag.code == "region_seasonal":
        return t(QT_TRANSLATE_NOOP("BankPackage", "May be affected: mining is banned in parts of {0} from {1} to {2} "
                                   "(a seasonal ban); check whether the site “{3}” lies in one of the listed districts."
                                   )).format(flag.region or "—", t.day(flag.start), t.day(flag.end), flag.site or "—")
    return flag.message


# ---------------------------------------------------------------------------------------------- helpers
def _step(progress: Progress | None, percent: int, text: str) -> None:
    """Report a step in the UI's language (the report itself is in the package's language)."""
    if progress is not None:
        progress(percent, QCoreApplication.translate(CTX, text))


def _verify_proof(address: str, message: str, signature: str) -> bool:
    try:
        from desktop.core.signatures import verify_message
    except ImportError:
        return False
    try:
        return bool(verify_message(address, message, signature).verified)
    except Exception:  # noqa: BLE001 - a proof that cannot be checked is simply not verified
        return False


_BAD_NAME = re.compile(r'[\x00-\x1f\x7f\\/:*?"<>|]')


def _member_name(name: str, taken: set[str]) -> str:
    clean = _BAD_NAME.sub("_", name).strip() or "attachment"
    if clean in (".", ".."):
        clean = "attachment"
    stem, dot, ext = clean.rpartition(".")
    if not dot or not stem:
        stem, ext = clean, ""
    candidate, n = clean, 1
    while f"attachments/{candidate}".casefold() in taken:
        n += 1
        candidate = f"{stem}-{n}.{ext}" if ext else f"{stem}-{n}"
    member = f"attachments/{candidate}"
    taken.add(member.casefold())
    return member


def _read_attachments(paths) -> list[tuple[str, Path, bytes]]:
    out, taken = [], set()
    for raw in paths:
        path = Path(raw)
        try:
            if path.is_dir():
                raise IsADirectoryError(21, "it is a folder")
            data = path.read_bytes()
        except OSError as exc:
            raise PackageBuildError(QCoreApplication.translate("Packages", "attachment {0} cannot be read: {1}").format(
                path, exc.strerror or exc)) from exc
        out.append((_member_name(path.name, taken), path, data))
    return out


def _schedule_csv(schedule: list[dict]) -> bytes:
    from desktop.services.csv_io import neutralise

    buf = io.StringIO()
    writer = csv.writer(buf, delimiter=",", lineterminator="\r\n")
    writer.writerow(SCHEDULE_HEADERS)
    for row in schedule:
        writer.writerow([neutralise(str(row.get(k) if row.get(k) is not None else "")) for k in SCHEDULE_HEADERS])
    return buf.getvalue().encode("utf-8-sig")


def _chart_png(t: _Tr, months: list) -> bytes | None:
    """Production by month: expected (grey) and actual (orange) bars, as PNG bytes."""
    if not months:
        return None
    from desktop.services.pdf_report import ensure_gui_application

    ensure_gui_application()
    w, h = 1400, 520
    left, right, top, bottom = 110, 20, 50, 60
    image = QImage(w, h, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    p = QPainter(image)
    try:
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        from desktop.services.pdf_report import font_family

        font = QFont(font_family())
        font.setPixelSize(18)
        p.setFont(font)
        peak = max(max(m.expected_sat, m.mined_sat) for m in months) or 1
        plot_w, plot_h = w - left - right, h - top - bottom
        p.setPen(QColor("#333333"))
        p.drawText(QRectF(0, 0, w, top - 10), Qt.AlignmentFlag.AlignCenter,
                   t(QT_TRANSLATE_NOOP("BankPackage", "Production by month, BTC: expected (grey) and actual (orange)")))
        p.setPen(QColor("#bbbbbb"))
        for i in range(5):
            y = top + plot_h - plot_h * i / 4
            p.drawLine(left, int(y), w - right, int(y))
            p.drawText(QRectF(0, y - 12, left - 8, 24), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                       t.num(Decimal(peak) * i / 4 / Decimal(100_000_000), 4))
        slot = plot_w / len(months)
        bar = max(slot * 0.38, 1.0)
        for n, m in enumerate(months):
            x = left + n * slot + slot * 0.1
            for k, (value, colour) in enumerate(((m.expected_sat, "#9aa5b5"), (m.mined_sat, "#f7931a"))):
                bh = plot_h * value / peak
                p.fillRect(QRectF(x + k * bar, top + plot_h - bh, bar, bh), QColor(colour))
            if len(months) <= 14 or n % 2 == 0:
                p.setPen(QColor("#333333"))
                p.drawText(QRectF(left + n * slot - 10, top + plot_h + 6, slot + 20, 30),
                           Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, t.month(m.month))
    finally:
        p.end()
    buf = QBuffer()
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buf, "PNG")
    return bytes(buf.data())


def _ltv_chart_png(t: _Tr, loan: dict) -> bytes | None:
    """LTV over the term at today's price (the debt grows with accrued interest), with the margin-call and
    liquidation LTVs, as PNG bytes; None when the loan has no BTC collateral."""
    drift = loan.get("price_drift") or []
    sats, price = loan.get("collateral_sats") or 0, loan.get("price")
    if not drift or not sats or not price or not drift[0].get("margin_call_price"):
        return None
    from desktop.services.pdf_report import ensure_gui_application, font_family

    ensure_gui_application()
    value = Decimal(sats) / 100_000_000 * Decimal(price)
    points = [(row["date"], Decimal(row["debt"]) / value * 100) for row in drift]
    first = drift[0]
    mc = Decimal(first["debt"]) / (Decimal(sats) / 100_000_000 * Decimal(first["margin_call_price"])) * 100
    liq = Decimal(first["debt"]) / (Decimal(sats) / 100_000_000 * Decimal(first["liquidation_price"])) * 100
    top_value = max([liq * Decimal("1.15")] + [v for _, v in points])
    w, h = 1400, 460
    left, right, top, bottom = 90, 20, 50, 60
    image = QImage(w, h, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    p = QPainter(image)
    try:
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = QFont(font_family())
        font.setPixelSize(18)
        p.setFont(font)
        plot_w, plot_h = w - left - right, h - top - bottom

        def y(v: Decimal) -> float:
            return top + plot_h - plot_h * float(v / top_value)  # drawing coordinates only

        p.setPen(QColor("#333333"))
        p.drawText(QRectF(0, 0, w, top - 10), Qt.AlignmentFlag.AlignCenter,
                   t(QT_TRANSLATE_NOOP("BankPackage", "LTV over the term at today's price, %")))
        for level, colour in ((mc, "#d4a72c"), (liq, "#cf222e")):
            p.setPen(QColor(colour))
            p.drawLine(left, int(y(level)), w - right, int(y(level)))
            p.drawText(QRectF(0, y(level) - 12, left - 8, 24),
                       Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, t.num(level, 1))
        step = plot_w / max(1, len(points) - 1)
        p.setPen(QColor("#1f6feb"))
        for n in range(1, len(points)):
            p.drawLine(int(left + (n - 1) * step), int(y(points[n - 1][1])), int(left + n * step), int(y(points[n][1])))
        p.setPen(QColor("#333333"))
        p.drawText(QRectF(left - 60, y(points[0][1]) - 12, 55, 24),
                   Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, t.num(points[0][1], 1))
        p.drawText(QRectF(left, top + plot_h + 8, 200, 30), Qt.AlignmentFlag.AlignLeft, t.day(points[0][0]))
        p.drawText(QRectF(w - right - 200, top + plot_h + 8, 200, 30), Qt.AlignmentFlag.AlignRight,
                   t.day(points[-1][0]))
    finally:
        p.end()
    buf = QBuffer()
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buf, "PNG")
    return bytes(buf.data())


# ---------------------------------------------------------------------------------------------- build
def _loan(db: Database, request: PackageRequest, profile_id: int) -> tuple[dict, dict | None]:
    """The simulation result dict and the saved risk figures (or None)."""
    from desktop.core.errors import DomainError
    from desktop.i18n import tr_error
    from desktop.services import loans, offers

    if request.simulation_id is not None:
        for sim in loans.list_simulations(db, profile_id):
            if sim.id == request.simulation_id:
                risk = sim.inputs.get("risk") if isinstance(sim.inputs, dict) else None
                return dict(sim.results), risk if isinstance(risk, dict) else None
        raise PackageBuildError(QCoreApplication.translate(
            "Packages", "simulation no. {0} is not saved for this profile").format(request.simulation_id))
    if not request.offer or request.amount is None:
        raise PackageBuildError(QCoreApplication.translate(
            "Packages", "no loan given: choose a saved simulation, or an offer and an amount"))
    try:
        offer = loans.load_offer(db, request.offer)
        result = loans.simulate_for_profile(db, offer, Decimal(request.amount), profile_id=profile_id,
                                            term_months=request.term_months)
    except offers.OfferError as exc:
        raise PackageBuildError(QCoreApplication.translate("Packages", "offer {0}: {1}").format(
            request.offer, tr_error(exc))) from exc
    except (loans.SimulationError, DomainError, ValueError, TypeError) as exc:
        raise PackageBuildError(QCoreApplication.translate(
            "Packages", "the loan cannot be simulated with offer {0}: {1}").format(request.offer, tr_error(exc))) from exc
    return result.to_dict(), _risk_figures(db, offer, result, profile_id)


def _risk_figures(db: Database, offer, result, profile_id: int) -> dict | None:
    """Backtest and Monte Carlo (2,000 seeded paths) of a loan simulated for the package; None when the loan
    has no BTC collateral. A saved simulation carries the figures its user ran instead."""
    from desktop.services import risk

    if not result.collateral_sats:
        return None
    try:
        return risk.analyse(db, offer, result, profile_id=profile_id, backtest=True, monte_carlo_paths=2000,
                            seed=1).to_dict()
    except (risk.RiskError, ValueError):
        return None


def _export_csvs(db: Database, profile_id: int) -> dict[str, bytes]:
    """The records as the CSV exports write them, made in memory: a million payouts are ~90 MB, and writing
    them to a temporary file, syncing it to disk and reading it back took longer than making them."""
    from desktop.services import csv_io

    out = {}
    with tempfile.TemporaryDirectory(prefix="hashpledge-package-") as tmp:
        for kind in CSV_KINDS:
            path = Path(tmp) / f"{kind}.csv"  # named in the message below only
            try:
                out[f"data/{kind}.csv"] = csv_io.export_csv_bytes(db, profile_id, kind)[0]
            except OSError as exc:
                raise PackageBuildError(QCoreApplication.translate("Packages", "cannot export {0} records to {1}: {2}").format(
                    kind, path, exc.strerror or exc)) from exc
    return out


def build_package(db: Database, request: PackageRequest, progress: Progress | None = None) -> PackageResult:
    """Make the package and write it to ``request.out`` (atomically); log it. ``progress(percent, text)`` is
    called between the steps and may raise to cancel (nothing is written then)."""
    from desktop import __version__
    from desktop.core.compliance import load_restrictions
    from desktop.services import package_zip, pdf_report, profiles, records, wallets
    from desktop.services import settings as app_settings
    from desktop.services.pdf_report import ReportDoc, Section, Table

    t = _Tr(request.lang)
    out = Path(request.out)
    include = frozenset(request.include) & SECTIONS
    period = max(1, int(request.period_months or 12))
    if not out.parent.is_dir():
        raise PackageBuildError(QCoreApplication.translate("Packages", "the folder {0} does not exist").format(out.parent))

    _step(progress, 2, QT_TRANSLATE_NOOP("BankPackage", "Reading the profile"))
    try:
        prof = profiles.get_profile(db, request.profile_id)
    except profiles.ProfileError as exc:
        raise PackageBuildError(QCoreApplication.translate("Packages", "no profile with id {0}").format(
            request.profile_id)) from exc
    attachments = _read_attachments(request.attachments)

    _step(progress, 8, QT_TRANSLATE_NOOP("BankPackage", "Simulating the loan"))
    loan, risk = _loan(db, request, prof.id)
    cur = loan.get("currency") or "USD"

    _step(progress, 15, QT_TRANSLATE_NOOP("BankPackage", "Reading the books"))
    now = dt.datetime.now(dt.UTC).replace(microsecond=0)
    today = dt.date.today()
    params = app_settings.farm_params(db)
    valuation = records.equipment_valuation(db, prof.id, cur, today, params)
    all_months = records.production_by_month(db, prof.id, cur, today, params)
    production = all_months[-period:]
    first_month = production[0].month if production else today.replace(day=1)
    energy = records.energy_by_month(db, prof.id, cur, today, params, start=first_month)
    energy_months = energy.months[-period:]
    flags = records.compliance_flags(db, prof.id, today)
    sites = records.list_sites(db, prof.id)
    check = wallets.holdings_check(db, prof.id)
    addresses = wallets.list_addresses(db, prof.id)

    _step(progress, 25, QT_TRANSLATE_NOOP("BankPackage", "Checking the proofs of control"))
    proofs: dict[str, bool] = {}
    for address, signature in (request.proofs or {}).items():
        address = address.strip()
        if address and signature and signature.strip():
            proofs[address] = _verify_proof(address, proof_message(prof.name, address, today), signature.strip())
    package_id = uuid.uuid4().hex

    # ---------------------------------------------------------------------------------- the report
    individual = prof.legal_form == "individual"
    limit = load_restrictions().household_limit_kwh
    metered = [m.kwh for m in energy_months if m.kwh > 0]
    avg_kwh = sum(metered) / len(metered) if metered else None
    applicant = [
        (t(QT_TRANSLATE_NOOP("BankPackage", "Name")), prof.name),
        (t(QT_TRANSLATE_NOOP("BankPackage", "Legal form")), _legal_form(t, prof.legal_form)),
        (t(QT_TRANSLATE_NOOP("BankPackage", "INN")), prof.inn or "—"),
        (t(QT_TRANSLATE_NOOP("BankPackage", "Registry of miners")),
         f"{prof.registry_number} ({t.day(prof.registry_date)})" if prof.registry_number else "—"),
        (t(QT_TRANSLATE_NOOP("BankPackage", "Region")), prof.region or "—"),
    ]
    ltv = loan.get("initial_ltv")
    cover = Section(t(QT_TRANSLATE_NOOP("BankPackage", "Loan requested")), paragraphs=[
        t(QT_TRANSLATE_NOOP("BankPackage", "{0} — {1} ({2}): {3} for {4} months from {5}.")).format(
            t.offer(loan.get("lender", "")), t.offer(loan.get("product", "")), loan.get("offer_id", ""),
            t.money(loan.get("amount"), cur), loan.get("term_months", "—"), t.day(loan.get("start_date"))),
    ], tables=[Table([t(QT_TRANSLATE_NOOP("BankPackage", "Key figure")), t(QT_TRANSLATE_NOOP("BankPackage", "Value"))], [
        [t(QT_TRANSLATE_NOOP("BankPackage", "Holdings (ledger)")), t.btc(check.ledger_sat)],
        [t(QT_TRANSLATE_NOOP("BankPackage", "Fleet hashrate")), f"{t.num(valuation.fleet.hashrate_ths, 1)} TH/s"],
        [t(QT_TRANSLATE_NOOP("BankPackage", "Energy, average per month")),
         "—" if avg_kwh is None else t(QT_TRANSLATE_NOOP("BankPackage", "{0} kWh")).format(t.num(avg_kwh, 0))],
        [t(QT_TRANSLATE_NOOP("BankPackage", "Collateral")),
         f"{t.num(loan.get('collateral_btc'), 8)} BTC"
         + (f" + {t.money(loan.get('equipment_counted'), cur)}" if Decimal(str(loan.get("equipment_counted") or 0))
            else "")],
        [t(QT_TRANSLATE_NOOP("BankPackage", "Initial LTV")), t.percent(ltv)],
        [t(QT_TRANSLATE_NOOP("BankPackage", "APR")), f"{t.num(loan.get('apr_percent'), 3)} %"],
        [t(QT_TRANSLATE_NOOP("BankPackage", "PSK (full cost of credit)")),
         f"{t.num(loan.get('psk_percent'), 3)} % ({t.money(loan.get('psk_money'), cur)})"],
    ], {1})])
    if loan.get("illustrative"):
        cover.paragraphs.append(t(QT_TRANSLATE_NOOP("BankPackage", "The offer is illustrative: its terms are an "
                                                    "example, not a lender's quote.")))
    sections = [cover]

    if "equipment" in include:
        rows = [[u.model, u.serial, t.num(u.hashrate_ths, 1), t.num(u.power_w, 0), t(_STATUS.get(u.status, u.status)),
                 t.money(u.book_value, cur), t.money(u.market_value, cur)] for u in valuation.units]
        rows.append([t(QT_TRANSLATE_NOOP("BankPackage", "Total in service")), str(valuation.fleet.units),
                     t.num(valuation.fleet.hashrate_ths, 1), t.num(valuation.fleet.power_w, 0), "",
                     t.money(valuation.book_total, cur), t.money(valuation.market_total, cur)])
        sections.append(Section(t(QT_TRANSLATE_NOOP("BankPackage", "Equipment schedule")), paragraphs=[
            t(QT_TRANSLATE_NOOP("BankPackage", "Book value: straight line over {0} months. Market value: an estimate "
                                "by efficiency band.")).format(valuation.life_months)],
            tables=[Table([t(QT_TRANSLATE_NOOP("BankPackage", "Model")), t(QT_TRANSLATE_NOOP("BankPackage", "Serial")),
                           "TH/s", t(QT_TRANSLATE_NOOP("BankPackage", "W")),
                           t(QT_TRANSLATE_NOOP("BankPackage", "Status")),
                           t(QT_TRANSLATE_NOOP("BankPackage", "Book value")),
                           t(QT_TRANSLATE_NOOP("BankPackage", "Market value"))], rows, {2, 3, 5, 6})]))

    if "energy" in include:
        over = t(QT_TRANSLATE_NOOP("BankPackage", "over {0} kWh")).format(t.num(limit, 0))
        rows = []
        for m in energy_months:
            costs = "; ".join(t.money(v, c) for c, v in sorted(m.costs.items())) or "—"
            mark = over if individual and m.kwh > limit else ""
            rows.append([t.month(m.month), t.num(m.kwh, 0), t.num(m.expected_month_kwh, 0), costs, mark])
        tariffs = [[s.name, s.region or "—", f"{t.num(s.tariff, 2)} {s.currency}",
                    "—" if s.tariff_night is None else f"{t.num(s.tariff_night, 2)} {s.currency}"] for s in sites]
        paragraphs = []
        if individual:
            paragraphs.append(t(QT_TRANSLATE_NOOP("BankPackage", "An individual may use up to {0} kWh a month for "
                                                  "mining without registering; months above it are marked."
                                                  )).format(t.num(limit, 0)))
        sections.append(Section(t(QT_TRANSLATE_NOOP("BankPackage", "Energy by month")), paragraphs=paragraphs, tables=[
            Table([t(QT_TRANSLATE_NOOP("BankPackage", "Month")), t(QT_TRANSLATE_NOOP("BankPackage", "Metered, kWh")),
                   t(QT_TRANSLATE_NOOP("BankPackage", "Expected, kWh")), t(QT_TRANSLATE_NOOP("BankPackage", "Cost")),
                   t(QT_TRANSLATE_NOOP("BankPackage", "Limit"))], rows, {1, 2, 3}),
            Table([t(QT_TRANSLATE_NOOP("BankPackage", "Site")), t(QT_TRANSLATE_NOOP("BankPackage", "Region")),
                   t(QT_TRANSLATE_NOOP("BankPackage", "Tariff per kWh")),
                   t(QT_TRANSLATE_NOOP("BankPackage", "Night tariff"))], tariffs, {2, 3}),
        ]))

    if "production" in include:
        _step(progress, 35, QT_TRANSLATE_NOOP("BankPackage", "Drawing the chart"))
        rows = [[t.month(m.month), t.btc(m.expected_sat), t.btc(m.mined_sat),
                 "—" if m.gap is None else t.percent(m.gap, 1),
                 t(QT_TRANSLATE_NOOP("BankPackage", "check")) if m.flagged else ""] for m in production]
        sections.append(Section(t(QT_TRANSLATE_NOOP("BankPackage", "Production by month")), tables=[
            Table([t(QT_TRANSLATE_NOOP("BankPackage", "Month")), t(QT_TRANSLATE_NOOP("BankPackage", "Expected")),
                   t(QT_TRANSLATE_NOOP("BankPackage", "Actual")), t(QT_TRANSLATE_NOOP("BankPackage", "Difference")),
                   ""], rows, {1, 2, 3})], image_png=_chart_png(t, production)))

    if "holdings" in include:
        yes, no = t(QT_TRANSLATE_NOOP("BankPackage", "verified")), t(QT_TRANSLATE_NOOP("BankPackage", "not verified"))
        rows = [[a.address, a.label or "—", t.btc(a.onchain_balance_sat),
                 t.day(a.checked_at.date()) if a.checked_at else t(QT_TRANSLATE_NOOP("BankPackage", "never")),
                 yes if proofs.get(a.address) else no] for a in addresses]
        rows += [[addr, "—", "—", "—", yes if ok else no] for addr, ok in proofs.items()
                 if addr not in {a.address for a in addresses}]
        sections.append(Section(t(QT_TRANSLATE_NOOP("BankPackage", "Holdings")), paragraphs=[
            t(QT_TRANSLATE_NOOP("BankPackage", "Ledger (payouts less disposals): {0}.")).format(t.btc(check.ledger_sat)),
            t(QT_TRANSLATE_NOOP("BankPackage", "On-chain: {0}, checked {1}.")).format(
                t.btc(check.onchain_sat), t.day(check.checked_at.date()) if check.checked_at
                else t(QT_TRANSLATE_NOOP("BankPackage", "never"))),
            t(QT_TRANSLATE_NOOP("BankPackage", "Proof of control: the applicant signs “{0}” with the address's key.")
              ).format(proof_message(prof.name, "<address>", today)),
        ], tables=[Table([t(QT_TRANSLATE_NOOP("BankPackage", "Address")), t(QT_TRANSLATE_NOOP("BankPackage", "Label")),
                          t(QT_TRANSLATE_NOOP("BankPackage", "On-chain balance")),
                          t(QT_TRANSLATE_NOOP("BankPackage", "Checked")),
                          t(QT_TRANSLATE_NOOP("BankPackage", "Proof of control"))], rows, {2})]))

    if "compliance" in include:
        texts = [("⚠ " if f.severity == "warning" else "ℹ ") + _flag_text(t, f) for f in flags]
        sections.append(Section(t(QT_TRANSLATE_NOOP("BankPackage", "Compliance")), paragraphs=texts or [
            t(QT_TRANSLATE_NOOP("BankPackage", "No compliance flags."))]))

    if "simulation" in include:
        key = [
            [t(QT_TRANSLATE_NOOP("BankPackage", "BTC price")), t.money(loan.get("price"), cur)],
            [t(QT_TRANSLATE_NOOP("BankPackage", "Collateral")), f"{t.num(loan.get('collateral_btc'), 8)} BTC"],
            [t(QT_TRANSLATE_NOOP("BankPackage", "Initial LTV")), t.percent(ltv)],
            [t(QT_TRANSLATE_NOOP("BankPackage", "Margin-call price")), t.money(loan.get("margin_call_price"), cur)],
            [t(QT_TRANSLATE_NOOP("BankPackage", "Liquidation price")), t.money(loan.get("liquidation_price"), cur)],
            [t(QT_TRANSLATE_NOOP("BankPackage", "Total interest")), t.money(loan.get("total_interest"), cur)],
            [t(QT_TRANSLATE_NOOP("BankPackage", "Total fees")), t.money(loan.get("total_fees"), cur)],
            [t(QT_TRANSLATE_NOOP("BankPackage", "APR")), f"{t.num(loan.get('apr_percent'), 3)} %"],
            [t(QT_TRANSLATE_NOOP("BankPackage", "PSK (full cost of credit)")),
             f"{t.num(loan.get('psk_percent'), 3)} % ({t.money(loan.get('psk_money'), cur)})"],
        ]
        schedule = [[t.day(r.get("date")), t.num(r.get("payment")), t.num(r.get("interest")),
                     t.num(r.get("principal")), t.num(r.get("fees")), t.num(r.get("balance"))]
                    for r in loan.get("schedule") or []]
        tables = [Table([t(QT_TRANSLATE_NOOP("BankPackage", "Figure")), t(QT_TRANSLATE_NOOP("BankPackage", "Value"))],
                        key, {1}),
                  Table([t(QT_TRANSLATE_NOOP("BankPackage", "Date")), t(QT_TRANSLATE_NOOP("BankPackage", "Payment")),
                         t(QT_TRANSLATE_NOOP("BankPackage", "Interest")),
                         t(QT_TRANSLATE_NOOP("BankPackage", "Principal")), t(QT_TRANSLATE_NOOP("BankPackage", "Fees")),
                         t(QT_TRANSLATE_NOOP("BankPackage", "Balance"))], schedule, {1, 2, 3, 4, 5})]
        paragraphs = [t.reason(str(r)) for r in loan.get("eligibility") or []]
        if risk:
            rows = []
            bt = risk.get("backtest") or {}
            if bt:
                rows += [[t(QT_TRANSLATE_NOOP("BankPackage", "Backtest: start dates")), str(bt.get("start_dates", "—"))],
                         [t(QT_TRANSLATE_NOOP("BankPackage", "Backtest: margin call")), t.percent(bt.get("margin_call_share"), 1)],
                         [t(QT_TRANSLATE_NOOP("BankPackage", "Backtest: liquidation")), t.percent(bt.get("liquidation_share"), 1)],
                         [t(QT_TRANSLATE_NOOP("BankPackage", "Backtest: worst LTV")), t.percent(bt.get("worst_ltv"), 1)]]
            mc = risk.get("monte_carlo") or {}
            if mc:
                rows += [[t(QT_TRANSLATE_NOOP("BankPackage", "Monte Carlo: paths")), f"{mc.get('paths', '—')} ({mc.get('method', '')})"],
                         [t(QT_TRANSLATE_NOOP("BankPackage", "Monte Carlo: margin call")),
                          t.percent(mc.get("margin_call_probability"), 1)],
                         [t(QT_TRANSLATE_NOOP("BankPackage", "Monte Carlo: liquidation")),
                          t.percent(mc.get("liquidation_probability"), 1)]]
            if rows:
                tables.append(Table([t(QT_TRANSLATE_NOOP("BankPackage", "Risk")),
                                     t(QT_TRANSLATE_NOOP("BankPackage", "Value"))], rows, {1}))
        sections.append(Section(t(QT_TRANSLATE_NOOP("BankPackage", "Loan simulation")), paragraphs=paragraphs,
                                tables=tables, image_png=_ltv_chart_png(t, loan)))

    if attachments:
        sections.append(Section(t(QT_TRANSLATE_NOOP("BankPackage", "Attachments")), tables=[
            Table([t(QT_TRANSLATE_NOOP("BankPackage", "File")), t(QT_TRANSLATE_NOOP("BankPackage", "Size, bytes")),
                   "SHA-256"], [[member, t.num(len(data), 0), hashlib.sha256(data).hexdigest()]
                                for member, _, data in attachments], {1})]))

    # Integrity: how the bank checks the package, and the signing key's fingerprint (made before the PDF
    # so that the fingerprint can be printed in it; the private key never enters the package).
    try:
        key = package_zip.signing_key(_data_dir()) if request.sign else None
    except package_zip.PackageError as exc:
        raise PackageBuildError(str(exc)) from exc
    integrity = [t(QT_TRANSLATE_NOOP("BankPackage", "Every file of the package is listed with its SHA-256 in "
                                                    "MANIFEST.sha256 (check: sha256sum -c MANIFEST.sha256, or "
                                                    "hashpledge verify FILE.zip)."))]
    if key is not None:
        integrity.append(t(QT_TRANSLATE_NOOP("BankPackage", "The manifest is signed with Ed25519 (MANIFEST.sig, "
                                                            "public key signing-key.pub). Key fingerprint: {0}"))
                         .format(package_zip.fingerprint(key)))
    else:
        integrity.append(t(QT_TRANSLATE_NOOP("BankPackage", "The package is not signed.")))
    sections.append(Section(t(QT_TRANSLATE_NOOP("BankPackage", "Integrity")), paragraphs=integrity))

    doc = ReportDoc(title=t(QT_TRANSLATE_NOOP("BankPackage", "Collateral package: {0}")).format(prof.name),
                    package_id=package_id, created=now.strftime("%Y-%m-%d %H:%M UTC"), applicant=applicant,
                    sections=sections)

    _step(progress, 45, QT_TRANSLATE_NOOP("BankPackage", "Writing the report"))
    files: dict[str, bytes] = {}
    with tempfile.TemporaryDirectory(prefix="hashpledge-package-") as tmp:
        pdf = Path(tmp) / "report.pdf"
        try:
            pages = pdf_report.render_report(pdf, doc, lang=t.lang)
            files["report.pdf"] = pdf.read_bytes()
        except OSError as exc:
            raise PackageBuildError(QCoreApplication.translate("Packages", "cannot write the report in {0}: {1}").format(
                tmp, exc.strerror or exc)) from exc

    _step(progress, 70, QT_TRANSLATE_NOOP("BankPackage", "Exporting the records"))
    files.update(_export_csvs(db, prof.id))
    files["data/schedule.csv"] = _schedule_csv(loan.get("schedule") or [])
    for member, _, data in attachments:
        files[member] = data

    profile_doc = {"name": prof.name, "legal_form": prof.legal_form, "inn": prof.inn,
                   "registry_number": prof.registry_number,
                   "registry_date": prof.registry_date.isoformat() if prof.registry_date else None,
                   "region": prof.region}
    loan_doc = dict(loan)
    if risk:
        loan_doc["risk"] = risk
    package = {
        "schema": 1,
        "package_id": package_id,
        "created_at": now.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "generator": f"HashPledge {__version__}",
        "lang": t.lang,
        "period_months": period,
        "profile": {k: v for k, v in profile_doc.items() if v is not None},
        "loan": loan_doc,
        "holdings": {
            "ledger_btc": _btc_text(check.ledger_sat),
            "onchain_btc": None if check.onchain_sat is None else _btc_text(check.onchain_sat),
            "checked_at": check.checked_at.isoformat() if check.checked_at else None,
            "addresses": [{"address": a.address, "label": a.label,
                           "balance_btc": None if a.onchain_balance_sat is None else _btc_text(a.onchain_balance_sat),
                           "checked_at": a.checked_at.isoformat() if a.checked_at else None,
                           "proof_verified": bool(proofs.get(a.address))} for a in addresses],
            "proofs": [{"address": addr, "message": proof_message(prof.name, addr, today),
                        "signature": request.proofs.get(addr, "").strip(), "verified": ok}
                       for addr, ok in proofs.items()],
        },
        "equipment": {"currency": cur, "units": valuation.fleet.units,
                      "hashrate_ths": f"{valuation.fleet.hashrate_ths:f}", "power_w": valuation.fleet.power_w,
                      "book_value": None if valuation.book_total is None else f"{valuation.book_total:f}",
                      "market_value": None if valuation.market_total is None else f"{valuation.market_total:f}"},
        "compliance": [{"code": f.code, "severity": f.severity, "message": f.message,
                        "month": f.month.isoformat() if f.month else None} for f in flags],
        "files": sorted([*files, "package.json"]),
        "attachments": [{"path": member, "name": src.name, "sha256": hashlib.sha256(data).hexdigest(),
                         "size": len(data)} for member, src, data in attachments],
    }
    files["package.json"] = json.dumps(package, ensure_ascii=False, indent=2).encode("utf-8")

    _step(progress, 85, QT_TRANSLATE_NOOP("BankPackage", "Writing the package"))
    try:
        digest = package_zip.write_package(out, files, sign_with=key)
    except package_zip.PackageError as exc:
        raise PackageBuildError(str(exc)) from exc
    with db.session() as s:
        s.add(PackageExport(profile_id=prof.id, package_id=package_id, file_name=str(out)[:500], sha256=digest))
    _step(progress, 100, QT_TRANSLATE_NOOP("BankPackage", "Done"))
    return PackageResult(path=out, sha256=digest, package_id=package_id, pages=pages,
                         fingerprint=package_zip.fingerprint(key) if key is not None else None, proofs=proofs)


def _btc_text(sats: int) -> str:
    from desktop.core.money import format_btc

    return format_btc(sats)


def _data_dir() -> Path:
    from desktop.paths import data_dir

    return data_dir()
