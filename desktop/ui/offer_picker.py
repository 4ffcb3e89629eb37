"""The offer picker the Loans and Bank package pages share: the catalogue read (and the bundled offers installed),
each offer's title, and the combo box filled with them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox

from desktop.core.errors import DomainError
from desktop.core.loans import Offer
from desktop.i18n import offer_name, tr_error
from desktop.services import offers
from desktop.services.offers import OfferError, OfferRow


def offer_title(row: OfferRow) -> str:
    """"Lender — product, currency", with "(illustrative)" for the bundled examples; names translated."""
    text = QCoreApplication.translate("OfferPicker", "{0} — {1}, {2}").format(
        offer_name(row.lender), offer_name(row.product), row.currency)
    if row.illustrative:
        text = QCoreApplication.translate("OfferPicker", "{0} (illustrative)").format(text)
    return text


def load_offers(db) -> tuple[list[OfferRow], dict[str, Offer], str | None]:
    """The offers of the database (the bundled catalogue installed first), those the loan maths can read by key,
    and the message of a broken bundled file (None when all was well: then everything readable is listed)."""
    error = None
    try:
        offers.install_catalogue(db)
    except OfferError as exc:  # a broken bundled file: say so, list what is there
        error = tr_error(exc)
    rows = offers.list_offers(db)
    usable: dict[str, Offer] = {}
    for r in rows:
        try:
            usable[r.key] = Offer.from_dict(r.data)
        except DomainError:
            continue
    return rows, usable, error


def fill_combo(combo: QComboBox, rows: list[OfferRow], usable: dict[str, Offer], keep: str | None) -> int:
    """Put the usable offers in ``combo`` (titles, full title as tooltip) without signalling, select ``keep``
    (else the first) and return the index of ``keep`` (-1 when it is gone or None)."""
    combo.blockSignals(True)
    combo.clear()
    for r in rows:
        if r.key in usable:
            text = offer_title(r)
            combo.addItem(text, r.key)
            combo.setItemData(combo.count() - 1, text, Qt.ItemDataRole.ToolTipRole)
    index = combo.findData(keep) if keep else -1
    combo.setCurrentIndex(index if index >= 0 else (0 if combo.count() else -1))
    combo.blockSignals(False)
    return index
