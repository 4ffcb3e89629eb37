"""Watch-only addresses of a profile and the check of its holdings: the ledger against the chain.

Only addresses are stored — never a private key. Addresses are validated (checksum, network) before
they are saved. The on-chain balance and transactions come from an Esplora-compatible server
(desktop.services.market) and are cached; this module compares them with the books.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from sqlalchemy import func, select

from desktop.core.addresses import AddressError, validate_address
from desktop.i18n import tr_error
from desktop.store import queries
from desktop.store.db import Database
from desktop.store.models import Disposal, Payout, WalletAddress, WalletTx


class WalletError(ValueError):
    pass


@dataclass(frozen=True)
class AddressRow:
    id: int
    address: str
    label: str
    network: str
    kind: str
    onchain_balance_sat: int | None
    checked_at: dt.datetime | None
    transactions: int


@dataclass(frozen=True)
class HoldingsCheck:
    ledger_sat: int  # payouts − disposals
    onchain_sat: int | None  # sum over the addresses checked (None: never checked)
    checked_at: dt.datetime | None  # the oldest check among the addresses
    unchecked: int  # addresses never checked
    payouts_with_txid: int
    payouts_matched: int  # payouts whose txid was seen on-chain paying one of the addresses
    unmatched_txids: list[str]

    @property
    def difference_sat(self) -> int | None:
        return None if self.onchain_sat is None else self.onchain_sat - self.ledger_sat

    @property
    def flagged(self) -> bool:
        return self.difference_sat not in (None, 0)


def _kind(address: str) -> str:
    try:
        return validate_address(address, None).kind
    except AddressError:
        return "?"


def add_address(db: Database, profile_id: int, address: str, label: str = "", network: str = "mainnet") -> int:
    try:
        info = validate_address(address, network)
    except AddressError as exc:
        raise WalletError(tr_error(exc)) from exc
    with db.session() as s:
        exists = s.scalar(select(func.count()).select_from(WalletAddress).where(
            WalletAddress.profile_id == profile_id, WalletAddress.address == info.address))
        if exists:
            raise WalletError(QCoreApplication.translate("Wallets", "This address is already in the profile."))
        row = WalletAddress(profile_id=profile_id, address=info.address, label=(label or "").strip()[:200],
                            network=info.network)
        s.add(row)
        s.flush()
        return row.id


def delete_addresses(db: Database, profile_id: int, ids: list[int]) -> int:
    with db.session() as s:
        rows = list(s.scalars(select(WalletAddress).where(WalletAddress.profile_id == profile_id,
                                                          WalletAddress.id.in_(ids))))
        for r in rows:
            s.delete(r)
        return len(rows)


def list_addresses(db: Database, profile_id: int) -> list[AddressRow]:
    with db.sessions() as s:
        counts = dict(s.execute(select(WalletTx.address_id, func.count()).join(WalletAddress)
                                .where(WalletAddress.profile_id == profile_id).group_by(WalletTx.address_id)).all())
        return [AddressRow(a.id, a.address, a.label, a.network, _kind(a.address), a.onchain_balance_sat,
                           a.checked_at, counts.get(a.id, 0))
                for a in s.scalars(select(WalletAddress).where(WalletAddress.profile_id == profile_id)
                                   .order_by(WalletAddress.id))]


def holdings_check(db: Database, profile_id: int) -> HoldingsCheck:
    with db.sessions() as s:
        paid = queries.total_payouts_sat(s, profile_id)  # from the per-day totals: no scan of the payouts
        gone = s.scalar(select(queries.total(Disposal.amount_sat)).where(Disposal.profile_id == profile_id))
        addresses = list(s.scalars(select(WalletAddress).where(WalletAddress.profile_id == profile_id)))
        checked = [a for a in addresses if a.checked_at is not None and a.onchain_balance_sat is not None]
        onchain = sum(a.onchain_balance_sat for a in checked) if checked else None
        oldest = min((a.checked_at for a in checked), default=None)
        with_txid = list(s.scalars(select(Payout.txid).where(Payout.profile_id == profile_id, Payout.txid.is_not(None))))
        seen = set(s.scalars(select(WalletTx.txid).join(WalletAddress).where(
            WalletAddress.profile_id == profile_id, WalletTx.received_sat > 0)))
        unmatched = [t for t in with_txid if t not in seen]
        return HoldingsCheck(paid - gone, onchain, oldest, len(addresses) - len(checked), len(with_txid),
                             len(with_txid) - len(unmatched), unmatched)
