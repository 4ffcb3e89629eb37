"""Add or edit a profile: name, legal form, INN (checked by its check digits), registry entry, region."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
)

from desktop.services.profiles import ProfileData, ProfileError, ProfileRow
from desktop.ui import formatting
from desktop.ui.dialogs.base import RecordDialog, not_saved
from desktop.ui.pages.dashboard import legal_form_name


class ProfileDialog(RecordDialog):
    """Collects profile data; the caller saves it through the profiles service and shows errors here."""

    errors = (ProfileError,)
    prefix_label = False

    def __init__(self, save: Callable[[ProfileData], ProfileRow], parent=None, profile: ProfileRow | None = None):
        super().__init__(save, parent)
        self.setWindowTitle(self.tr("Edit profile") if profile else self.tr("New profile"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. Ivan Petrov, or Siberian Hash LLC"))
        self.legal_form = QComboBox()
        for code in ("individual", "sole_trader", "company"):
            self.legal_form.addItem(legal_form_name(code), code)
        self.inn = QLineEdit()
        self.inn.setMaxLength(12)
        self.inn.setPlaceholderText(self.tr("10 digits for a company, 12 for a person"))
        self.registry_number = QLineEdit()
        self.has_registry_date = QCheckBox(self.tr("entered in the registry on"))
        self.registry_date = QDateEdit(QDate.currentDate())
        self.registry_date.setCalendarPopup(True)
        self.registry_date.setDisplayFormat(formatting.date_format())
        self.region = QLineEdit()
        self.region.setPlaceholderText(self.tr("e.g. Irkutsk Oblast"))
        self.notes = QPlainTextEdit()
        self.notes.setMaximumHeight(70)
        self.notes.setTabChangesFocus(True)  # Tab moves on to OK, not a tab character
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Legal form:"), self.legal_form)
        form.addRow(self.tr("&INN:"), self.inn)
        form.addRow(self.tr("Miners' &registry entry:"), self.registry_number)
        form.addRow(self.has_registry_date, self.registry_date)
        form.addRow(self.tr("Re&gion:"), self.region)
        form.addRow(self.tr("N&otes:"), self.notes)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.registry_date.setEnabled(False)
        self.has_registry_date.toggled.connect(self.registry_date.setEnabled)
        if profile:
            self.fill(profile)
        self._fields = {"name": self.name, "legal_form": self.legal_form, "inn": self.inn,
                        "registry_number": self.registry_number, "registry_date": self.registry_date,
                        "region": self.region}

    def fill(self, profile: ProfileRow) -> None:
        """Every field from ``profile``, and its version (an edit; "Use their values" after a conflict)."""
        self.name.setText(profile.name)
        self.legal_form.setCurrentIndex(max(0, self.legal_form.findData(profile.legal_form)))
        self.inn.setText(profile.inn or "")
        self.registry_number.setText(profile.registry_number or "")
        self.has_registry_date.setChecked(profile.registry_date is not None)
        if profile.registry_date:
            self.registry_date.setDate(QDate(profile.registry_date))
        self.region.setText(profile.region or "")
        self.notes.setPlainText(profile.notes)
        self.version = profile.version

    def display_copy(self, row: ProfileRow) -> ProfileDialog:
        return ProfileDialog(not_saved, profile=row)

    def data(self) -> ProfileData:
        return ProfileData(
            name=self.name.text(),
            legal_form=self.legal_form.currentData(),
            inn=self.inn.text(),
            registry_number=self.registry_number.text(),
            registry_date=self.registry_date.date().toPython() if self.has_registry_date.isChecked() else None,
            region=self.region.text(),
            notes=self.notes.toPlainText(),
        )
