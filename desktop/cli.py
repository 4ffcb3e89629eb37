"""The headless CLI: ``hashpledge [--db PATH] COMMAND ...``. It drives the same services as the GUI.

Exit codes: 0 ok; 1 failure (a one-line message on stderr); 2 usage error (argparse).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence

from desktop import __version__, cli_mining
from desktop.paths import resolve_db_path
from desktop.store.db import StoreError, open_database


class UserError(Exception):
    """A mistake the user can fix; printed as one line, no traceback."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="hashpledge",
        description="HashPledge: farm books, loan simulation and bank collateral packages for Bitcoin miners. "
        "Without a command the desktop app opens.",
    )
    parser.add_argument("--version", action="version", version=f"HashPledge {__version__}")
    parser.add_argument("--db", metavar="PATH", help="database file (default: $HASHPLEDGE_DB or the user data folder)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = sub.add_parser("demo", help="fill the database with three demo profiles (replaces earlier demo profiles)")
    demo.add_argument("--seed", type=int, default=1, help="random seed; the same seed gives the same data (default 1)")

    info = sub.add_parser("info", help="database path, schema revision and row counts")
    info.add_argument("--json", action="store_true", help="machine-readable output")

    imp = sub.add_parser("import", help="import a CSV file into a profile, all or nothing")
    imp.add_argument("kind", choices=("equipment", "energy", "payouts"))
    imp.add_argument("file", metavar="FILE")
    imp.add_argument("--profile", metavar="NAME", help="profile name (optional when the database has one profile)")
    imp.add_argument("--mapping", metavar="FILE.json",
                     help='column mapping {"field": "header", ...}; default: remembered or matched by header')

    exp = sub.add_parser("export-csv", help="export a profile's records as CSV (UTF-8 with BOM)")
    exp.add_argument("kind", choices=("equipment", "energy", "payouts", "disposals"))
    exp.add_argument("file", metavar="FILE")
    exp.add_argument("--profile", metavar="NAME", help="profile name (optional when the database has one profile)")

    prices_cmd = sub.add_parser("prices", help="market data")
    prices_sub = prices_cmd.add_subparsers(dest="prices_command", metavar="ACTION", required=True)
    prices_sub.add_parser("update", help="fetch current prices, official rates, network figures and balances "
                                         "(only when online data is allowed in the settings)")

    price = sub.add_parser("price", help="the BTC price used for a date, and its source")
    price.add_argument("--date", metavar="YYYY-MM-DD", help="default: today")
    price.add_argument("--currency", default="USD", choices=("USD", "RUB", "EUR"))
    price.add_argument("--json", action="store_true")

    holdings = sub.add_parser("holdings", help="ledger balance against the on-chain balance of the watch-only addresses")
    holdings.add_argument("--profile", metavar="NAME")
    holdings.add_argument("--verify", action="store_true", help="check the addresses online first")
    holdings.add_argument("--json", action="store_true")

    offers_cmd = sub.add_parser("offers", help="loan offers")
    offers_sub = offers_cmd.add_subparsers(dest="offers_command", metavar="ACTION", required=True)
    offers_list = offers_sub.add_parser("list", help="the offers in the database (the bundled catalogue included)")
    offers_list.add_argument("--json", action="store_true")

    sim = sub.add_parser("simulate", help="simulate a loan offer: collateral, LTV, prices, schedule, APR, PSK")
    sim.add_argument("--offer", required=True, metavar="ID_OR_FILE", help="an offer id, or a path to an offer .json")
    sim.add_argument("--amount", required=True, metavar="A", help="amount to borrow, in the offer's currency")
    sim.add_argument("--term-months", type=int, metavar="N", help="default: the offer's default term")
    sim.add_argument("--collateral-btc", metavar="B", help="BTC pledged (default: what the initial LTV requires)")
    sim.add_argument("--price", metavar="P", help="BTC price in the offer's currency (default: the latest known)")
    sim.add_argument("--start-date", metavar="YYYY-MM-DD", help="default: today")
    sim.add_argument("--profile", metavar="NAME", help="the borrower (eligibility, equipment value)")
    sim.add_argument("--json", action="store_true")

    cli_mining.add_parser(sub)
    return parser


def _open(args):
    path = resolve_db_path(args.db)
    try:
        return open_database(path)
    except StoreError as exc:
        raise UserError(str(exc)) from exc


def cmd_demo(args) -> int:
    from desktop.services.demo import build_demo

    db = _open(args)
    try:
        names = build_demo(db, seed=args.seed)
        counts = db.row_counts()
    finally:
        db.close()
    print(f"Demo profiles written to {db.path}:")
    for name in names:
        print(f"  {name}")
    print(f"{counts['equipment']} machines, {counts['payout']} payouts, {counts['energy_record']} energy records")
    return 0


def cmd_info(args) -> int:
    db = _open(args)
    try:
        data = {"database": str(db.path), "schema_revision": db.revision(), "rows": db.row_counts()}
    finally:
        db.close()
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        print(f"database: {data['database']}")
        print(f"schema revision: {data['schema_revision']}")
        for table, n in data["rows"].items():
            print(f"  {table:16} {n:>9}")
    return 0


def _profile_id(db, name: str | None) -> int:
    from desktop.services import profiles

    if name:
        try:
            return profiles.find_profile(db, name).id
        except profiles.ProfileError as exc:
            raise UserError(str(exc)) from exc
    rows = profiles.list_profiles(db)
    if len(rows) == 1:
        return rows[0].id
    known = ", ".join(p.name for p in rows) or "none"
    raise UserError(f"say which profile with --profile NAME (profiles: {known})")


def cmd_import(args) -> int:
    from desktop.services import csv_io

    mapping = None
    if args.mapping:
        try:
            with open(args.mapping, encoding="utf-8") as fh:
                mapping = json.load(fh)
        except (OSError, ValueError) as exc:
            raise UserError(f"{args.mapping}: cannot read the mapping ({exc})") from exc
        if not isinstance(mapping, dict) or not all(isinstance(k, str) for k in mapping):
            raise UserError(f'{args.mapping}: the mapping must be a JSON object {{"field": "header", ...}}')
    db = _open(args)
    try:
        pid = _profile_id(db, args.profile)
        try:
            result = csv_io.import_csv(db, pid, args.kind, args.file, mapping)
        except csv_io.ImportFailed as exc:
            print(str(exc), file=sys.stderr)
            return 1
        except (ValueError, OSError) as exc:
            raise UserError(f"{args.file}: {exc}") from exc
    finally:
        db.close()
    print(f"{args.file}: {result.added} added, {result.duplicates} already recorded")
    return 0


def cmd_export_csv(args) -> int:
    from desktop.services import csv_io

    db = _open(args)
    try:
        pid = _profile_id(db, args.profile)
        try:
            n = csv_io.export_csv(db, pid, args.kind, args.file)
        except OSError as exc:
            raise UserError(f"{args.file}: cannot write ({exc.strerror or exc})") from exc
    finally:
        db.close()
    print(f"{n} rows written to {args.file}")
    return 0


def _date_arg(text: str | None):
    import datetime as dt

    if not text:
        return dt.date.today()
    try:
        return dt.date.fromisoformat(text)
    except ValueError as exc:
        raise UserError(f"--date: '{text}' is not a date (YYYY-MM-DD)") from exc


def cmd_prices(args) -> int:
    from desktop.services import market, net

    db = _open(args)
    try:
        try:
            report = market.update_all(db)
        except net.OfflineError as exc:
            raise UserError(f"{exc.message}; nothing was sent") from exc
    finally:
        db.close()
        net.close_session()
    for item in report:
        print(f"{'ok  ' if item.ok else 'FAIL'} {item.source}: {item.message}")
    return 0 if report.ok else 1


def cmd_price(args) -> int:
    from desktop.services import prices

    day = _date_arg(args.date)
    db = _open(args)
    try:
        quote = prices.price_on(db, args.currency, day)
    finally:
        db.close()
    if quote is None:
        raise UserError(f"no BTC/{args.currency} price known on {day.isoformat()} "
                        "(enter one in the app, or allow online data and run `hashpledge prices update`)")
    from desktop.core.money import quantize

    data = {"date": day.isoformat(), "currency": args.currency, "price": format(quantize(quote.value, args.currency), "f"),
            "price_date": quote.day.isoformat(), "source": quote.source}
    if args.json:
        print(json.dumps(data, indent=2))
    else:
        stale = "" if quote.day == day else f" (latest known, of {quote.day.isoformat()})"
        print(f"BTC/{args.currency} {data['price']} — {quote.source}{stale}")
    return 0


def cmd_holdings(args) -> int:
    from desktop.services import market, net, wallets

    db = _open(args)
    try:
        pid = _profile_id(db, args.profile)
        problems = []
        if args.verify:
            try:
                problems = [o for o in market.check_profile_addresses(db, pid) if not o.ok]
            except (net.OfflineError, net.FetchError) as exc:
                raise UserError(str(exc)) from exc
        check = wallets.holdings_check(db, pid)
        addresses = wallets.list_addresses(db, pid)
    finally:
        db.close()
        net.close_session()
    from desktop.core.money import format_btc

    data = {
        "ledger_btc": format_btc(check.ledger_sat),
        "onchain_btc": None if check.onchain_sat is None else format_btc(check.onchain_sat),
        "difference_btc": None if check.difference_sat is None else format_btc(check.difference_sat),
        "flagged": check.flagged,
        "checked_at": check.checked_at.isoformat() if check.checked_at else None,
        "payouts_with_txid": check.payouts_with_txid,
        "payouts_matched_onchain": check.payouts_matched,
        "addresses": [{"address": a.address, "label": a.label, "kind": a.kind,
                       "balance_btc": None if a.onchain_balance_sat is None else format_btc(a.onchain_balance_sat),
                       "checked_at": a.checked_at.isoformat() if a.checked_at else None} for a in addresses],
        "errors": [f"{o.source}: {o.message}" for o in problems],
    }
    if args.json:
        print(json.dumps(data, indent=2, ensure_ascii=False))
    else:
        print(f"ledger:   {data['ledger_btc']} BTC")
        print(f"on-chain: {data['onchain_btc'] or 'never checked'}" + (" BTC" if data["onchain_btc"] else ""))
        if check.flagged:
            print(f"DIFFERENCE: {data['difference_btc']} BTC")
        print(f"payouts found on-chain: {check.payouts_matched} of {check.payouts_with_txid} with a txid")
        for line in data["errors"]:
            print(f"not checked: {line}", file=sys.stderr)
    return 1 if problems else 0


def cmd_offers(args) -> int:
    from desktop.services import offers

    db = _open(args)
    try:
        offers.install_catalogue(db)
        rows = offers.list_offers(db)
    finally:
        db.close()
    if args.json:
        print(json.dumps([{"id": r.key, "lender": r.lender, "product": r.product, "currency": r.currency,
                           "collateral": r.collateral, "illustrative": r.illustrative, "edited": r.edited}
                          for r in rows], ensure_ascii=False, indent=2))
    else:
        for r in rows:
            mark = " (illustrative)" if r.illustrative else ""
            print(f"{r.key:42} {r.currency}  {r.collateral:14} {r.lender} — {r.product}{mark}")
    return 0


def cmd_simulate(args) -> int:
    from desktop.core.errors import DomainError
    from desktop.core.money import parse_btc, parse_decimal
    from desktop.services import loans, offers

    def number(text, option):
        try:
            return parse_decimal(text)
        except DomainError as exc:
            raise UserError(f"{option}: {exc}") from exc

    amount = number(args.amount, "--amount")
    price = number(args.price, "--price") if args.price else None
    collateral = None
    if args.collateral_btc:
        try:
            collateral = parse_btc(args.collateral_btc)
        except DomainError as exc:
            raise UserError(f"--collateral-btc: {exc}") from exc
    start = _date_arg(args.start_date)
    db = _open(args)
    try:
        try:
            offer = loans.load_offer(db, args.offer)
        except offers.OfferError as exc:
            raise UserError(str(exc)) from exc
        pid = _profile_id(db, args.profile) if args.profile else None
        try:
            result = loans.simulate_for_profile(db, offer, amount, profile_id=pid, term_months=args.term_months,
                                                price=price, start_date=start, collateral_sats=collateral)
        except (loans.SimulationError, DomainError) as exc:
            raise UserError(str(exc)) from exc
    finally:
        db.close()
    data = result.to_dict()
    data["offer"] = data.get("offer_id")
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    cur = result.currency
    print(f"{result.lender} — {result.product} ({result.offer_id})")
    print(f"principal {data['principal']} {cur}, {result.term_months} months from {result.start_date}, "
          f"BTC price {data['price']} {cur}")
    print(f"collateral {data['collateral_btc']} BTC, initial LTV {data['initial_ltv']}")
    print(f"margin call at {data['margin_call_price']} {cur}, liquidation at {data['liquidation_price']} {cur}")
    print(f"first payment {data['payment']} {cur}; interest {data['total_interest']}, fees {data['total_fees']}")
    print(f"APR {data['apr_percent']} %, PSK {data['psk_percent']} % ({data['psk_money']} {cur})")
    for reason in result.eligibility:
        print(f"not eligible: {reason}")
    return 0


COMMANDS = {
    "offers": cmd_offers,
    "simulate": cmd_simulate,
    "prices": cmd_prices,
    "price": cmd_price,
    "holdings": cmd_holdings,
    "demo": cmd_demo,
    "info": cmd_info,
    "import": cmd_import,
    "export-csv": cmd_export_csv,
    "mining-calc": cli_mining.run,
}


def run(argv: Sequence[str]) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        from desktop.ui.app import run_gui

        return run_gui(db_arg=args.db)
    try:
        return COMMANDS[args.command](args)
    except UserError as exc:
        print(f"hashpledge: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("hashpledge: interrupted", file=sys.stderr)
        return 1
