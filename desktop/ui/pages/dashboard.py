"""Dashboard: the profile at a glance — holdings, production, fleet, energy, cost per BTC, charts, compliance."""

from __future__ import annotations

import datetime as dt
from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
)

from desktop.core.compliance import ComplianceFlag
from desktop.services import profiles, records
from desktop.services import settings as app_settings
from desktop.ui import charts, formatting, glossary
from desktop.ui.pages.base import Page
from desktop.ui.widgets import FigureCard, scrolling_body


def legal_form_name(code: str) -> str:
    names = {
        "individual": QCoreApplication.translate("LegalForm", "Individual"),
        "sole_trader": QCoreApplication.translate("LegalForm", "Sole trader (IP)"),
        "company": QCoreApplication.translate("LegalForm", "Company"),
    }
    return names.get(code, code)


def flag_text(flag: ComplianceFlag) -> str:
    """One translated sentence saying what the flag means (the core's English text is the fallback)."""
    d = formatting.date
    if flag.code == "over_household_limit" and flag.month:
        return QCoreApplication.translate("Compliance", "In {0} the farm used {1} kWh, more than the {2} kWh a month an individual may "
                                "use for mining without registering in the FNS registry of miners.").format(
            formatting.month(flag.month, short=True), formatting.number(flag.kwh), formatting.number(flag.limit_kwh))
    if flag.code == "not_in_registry":
        return QCoreApplication.translate("Compliance", "Sole traders and companies may mine only once included in the FNS registry of "
                                "miners (required since {0}); no registry entry is recorded.").format(d(flag.start))
    if flag.code == "region_banned":
        return QCoreApplication.translate("Compliance", "Mining is banned in {0} from {1} to {2}: the site “{3}” may not mine there "
                                "during that time.").format(flag.region or "—", d(flag.start), d(flag.end),
                                                            flag.site or "—")
    if flag.code == "region_seasonal":
        return QCoreApplication.translate("Compliance", "May be affected: mining is banned in parts of {0} from {1} to {2} (a seasonal "
                                "ban); check whether the site “{3}” lies in one of the listed districts.").format(
            flag.region or "—", d(flag.start), d(flag.end), flag.site or "—")
    return flag.message


class DashboardPage(Page):
    def __init__(self, db, parent=None):
        super().__init__(db, parent)
        layout = scrolling_body(self)  # scrolls rather than squeezes in a small window

        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.heading.setWordWrap(True)
        self.applicant = QLabel()
        self.applicant.setWordWrap(True)
        layout.addWidget(self.heading)
        layout.addWidget(self.applicant)

        cards = QGridLayout()
        self.card_holdings = FigureCard(self.tr("Holdings"))
        self.card_production = FigureCard(self.tr("Mined, last 30 days"))
        self.card_fleet = FigureCard(self.tr("Fleet running"))
        self.card_energy = FigureCard(self.tr("Energy"))
        self.card_cost = FigureCard(self.tr("Cost to mine 1 BTC"))
        for n, card in enumerate((self.card_holdings, self.card_production, self.card_fleet, self.card_energy,
                                  self.card_cost)):
            cards.addWidget(card, n // 3, n % 3)
        for c in range(3):
            cards.setColumnStretch(c, 1)
        layout.addLayout(cards)
        # Figures named by a glossary term: tooltips and "?" buttons that open the glossary (desktop/ui/glossary.py).
        glossary.help_card(self.card_fleet, "hashrate", ("efficiency", "J/TH"))
        glossary.attach("efficiency", self.card_fleet.detail)
        glossary.help_card(self.card_cost, "cost_per_btc")

        grid = QGridLayout()
        self.mined_view = charts.make_view()
        self.energy_view = charts.make_view()
        self.holdings_view = charts.make_view()
        grid.addWidget(self.mined_view, 0, 0)
        grid.addWidget(self.energy_view, 0, 1)
        grid.addWidget(self.holdings_view, 1, 0)

        compliance = QGroupBox(self.tr("Compliance"))
        cl = QVBoxLayout(compliance)
        self.flags = QListWidget()
        self.flags.setObjectName("complianceFlags")
        self.flags.setWordWrap(True)
        self.flags.setAlternatingRowColors(True)
        cl.addWidget(self.flags)
        grid.addWidget(compliance, 1, 1)
        layout.addLayout(grid, 1)
        self.dashboard: records.Dashboard | None = None

    def title(self) -> str:
        return self.tr("Dashboard")

    def refresh(self) -> None:
        self.flags.clear()
        if self.profile_id is None:
            self.heading.setText(self.tr("<h2>No profile yet</h2><p>Add a profile (Profile ▸ New profile) "
                                         "or fill the demo with <code>hashpledge demo</code>.</p>"))
            self.applicant.setText("")
            for card in (self.card_holdings, self.card_production, self.card_fleet, self.card_energy,
                         self.card_cost):
                card.set("—")
            for view in (self.mined_view, self.energy_view, self.holdings_view):
                charts.clear(view)
            self.dashboard = None
            return
        p = profiles.get_profile(self.db, self.profile_id)
        currency = app_settings.get(self.db, app_settings.DISPLAY_CURRENCY)
        d = records.dashboard(self.db, self.profile_id, currency, dt.date.today(), app_settings.farm_params(self.db))
        self.dashboard = d
        self.heading.setText(f"<h2>{escape(p.name)}</h2>")
        registry = (self.tr("registry entry {0} of {1}").format(
            p.registry_number, formatting.date(p.registry_date)) if p.registry_number and p.registry_date
            else self.tr("registry entry {0}").format(p.registry_number) if p.registry_number
            else self.tr("not in the miners' registry"))
        self.applicant.setText(self.tr("{0} · INN {1} · {2} · {3} · figures as of {4}").format(
            legal_form_name(p.legal_form), p.inn or self.tr("not given"), registry, p.region or "—",
            formatting.date(d.as_of)))

        m = lambda v: formatting.money(v, currency)  # noqa: E731
        price_note = (self.tr("at {0} per BTC ({1})").format(m(d.btc_price), formatting.date(d.btc_price_day))
                      if d.btc_price is not None else self.tr("no {0} price known offline").format(currency))
        self.card_holdings.set(formatting.btc(d.holdings_sat), (m(d.holdings_value) + " " + price_note)
                               if d.holdings_value is not None else price_note)
        self.card_production.set(formatting.btc(d.produced_30d_sat))
        self.card_fleet.set(self.tr("{0} TH/s").format(formatting.number(d.fleet_ths, 1)),
                            self.tr("{0} machines, {1} kW, {2} J/TH").format(
                                formatting.number(d.fleet_units), formatting.number(d.fleet_kw, 1),
                                formatting.number(d.fleet_j_per_th, 1) if d.fleet_j_per_th else "—"))
        self.card_energy.caption.setText(self.tr("Energy, {0}").format(formatting.month(d.energy_month)))
        self.card_energy.set(self.tr("{0} kWh").format(formatting.number(d.energy_month_kwh)),
                             self.tr("{0}; the running fleet should draw {1} kWh").format(
                                 m(d.energy_month_cost), formatting.number(d.energy_month_expected_kwh)))
        if d.cost_per_btc is not None:
            self.card_cost.set(m(d.cost_per_btc), self.tr("{0}; margin {1} per BTC").format(
                formatting.month(d.cost_month), m(d.margin_per_btc)))
        else:
            self.card_cost.set("—", self.tr("no full month with production yet"))

        months = [mo for mo, _ in d.mined_by_month]
        charts.month_bars(self.mined_view, self.tr("BTC mined per month, last 12 months"), months,
                          [(self.tr("BTC"), [sats / 100_000_000 for _, sats in d.mined_by_month])], "%.3f", last=12,
                          short_months=True)
        charts.month_bars(self.energy_view, self.tr("Energy cost per month, {0}, last 12 months").format(currency),
                          [mo for mo, _ in d.energy_cost_by_month],
                          [(currency, [v or 0 for _, v in d.energy_cost_by_month])], "%.0f", last=12,
                          short_months=True)
        charts.date_lines(self.holdings_view, self.tr("Holdings, BTC"),
                          [(self.tr("BTC"), [(mo, sats / 100_000_000) for mo, sats in d.holdings_by_month])], "%.3f")

        if not d.flags:
            self.flags.addItem(QListWidgetItem(self.tr("No compliance issue found for this profile.")))
        for flag in d.flags:
            item = QListWidgetItem(("⚠ " if flag.severity == "warning" else "ℹ ") + flag_text(flag))
            item.setData(Qt.ItemDataRole.UserRole, flag.code)
            self.flags.addItem(item)
