"""Dashboard: who the profile is and what its books hold."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QVBoxLayout

from desktop.services import profiles
from desktop.ui import formatting
from desktop.ui.pages.base import Page


def legal_form_name(code: str) -> str:
    from PySide6.QtCore import QCoreApplication

    names = {
        "individual": QCoreApplication.translate("LegalForm", "Individual"),
        "sole_trader": QCoreApplication.translate("LegalForm", "Sole trader (IP)"),
        "company": QCoreApplication.translate("LegalForm", "Company"),
    }
    return names.get(code, code)


class DashboardPage(Page):
    def __init__(self, db, parent=None):
        super().__init__(db, parent)
        layout = QVBoxLayout(self)
        self.heading = QLabel()
        layout.addWidget(self.heading)

        who = QGroupBox(self.tr("Applicant"))
        form = QFormLayout(who)
        self.legal_form = QLabel()
        self.inn = QLabel()
        self.registry = QLabel()
        self.region = QLabel()
        form.addRow(self.tr("Legal form:"), self.legal_form)
        form.addRow(self.tr("INN:"), self.inn)
        form.addRow(self.tr("Miners' registry entry:"), self.registry)
        form.addRow(self.tr("Region:"), self.region)
        layout.addWidget(who)

        books = QGroupBox(self.tr("Books"))
        bform = QFormLayout(books)
        self.holdings = QLabel()
        self.machines = QLabel()
        self.records = QLabel()
        bform.addRow(self.tr("Holdings (ledger):"), self.holdings)
        bform.addRow(self.tr("Machines:"), self.machines)
        bform.addRow(self.tr("Records:"), self.records)
        layout.addWidget(books)
        layout.addStretch(1)

    def title(self) -> str:
        return self.tr("Dashboard")

    def refresh(self) -> None:
        if self.profile_id is None:
            self.heading.setText(self.tr("<h2>No profile yet</h2><p>Add a profile (Profile ▸ New profile) "
                                         "or fill the demo with <code>hashpledge demo</code>.</p>"))
            for label in (self.legal_form, self.inn, self.registry, self.region, self.holdings, self.machines,
                          self.records):
                label.setText("—")
            return
        summary = profiles.profile_summary(self.db, self.profile_id)
        p = summary.profile
        self.heading.setText(f"<h2>{_escape(p.name)}</h2>")
        self.legal_form.setText(legal_form_name(p.legal_form))
        self.inn.setText(p.inn or self.tr("not given"))
        if p.registry_number:
            date = p.registry_date.strftime("%d.%m.%Y") if p.registry_date else ""
            self.registry.setText(self.tr("{0} of {1}").format(p.registry_number, date) if date else p.registry_number)
        else:
            self.registry.setText(self.tr("none"))
        self.region.setText(p.region or "—")
        self.holdings.setText(formatting.btc(summary.holdings_sat))
        self.machines.setText(self.tr("{0} machines at {1} sites").format(summary.machines, summary.sites))
        self.records.setText(self.tr("{0} payouts, {1} disposals, {2} energy records, {3} addresses").format(
            summary.payouts, summary.disposals, summary.energy_records, summary.addresses))


def _escape(text: str) -> str:
    from html import escape

    return escape(text)
