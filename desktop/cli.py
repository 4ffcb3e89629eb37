"""The headless CLI: ``hashpledge [--db PATH] COMMAND ...``. It drives the same services as the GUI.

Exit codes: 0 ok; 1 failure (a one-line message on stderr); 2 usage error (argparse).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence

from desktop import __version__, build_info, cli_mining, cli_package
from desktop.paths import resolve_db_path
from desktop.store.db import StoreError, open_database


class UserError(Exception):
    """A mistake the user can fix; printed as one line, no traceback."""


def _version_text() -> str:
    info = build_info()
    if "commit" in info:  # a packaged build says what it was built from
        return f"HashPledge {__version__} (build {info['commit']}, {info['built']})"
    return f"HashPledge {__version__}"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="hashpledge",
        description="HashPledge: farm books, loan simulation and bank collateral packages for Bitcoin miners. "
        "Without a command the desktop app opens.",
    )
    parser.add_argument("--version", action="version", version=_version_text())
    parser.add_argument("--self-test", action="store_true",
                        help="check this installation end to end in a temporary folder (offscreen), then exit")
    parser.add_argument("--startup-time", action="store_true",
                        help="open the desktop app, print the seconds until the main window is painted, and quit "
                             "(for benchmarks)")
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
    sim.add_argument("--backtest", action="store_true", help="run the loan from every start date of the history")
    sim.add_argument("--backtest-from", metavar="YYYY-MM-DD", help="only start dates from this day")
    sim.add_argument("--monte-carlo", type=int, default=0, metavar="N", help="N simulated price paths")
    sim.add_argument("--method", choices=("bootstrap", "gbm"), default="bootstrap",
                     help="Monte Carlo: block bootstrap of real returns (default) or GBM")
    sim.add_argument("--seed", type=int, metavar="S", help="Monte Carlo seed (the same seed, the same paths)")
    sim.add_argument("--top-up-from-mining", action="store_true",
                     help="at a margin call, top up from the profile's mining output and spare holdings")
    sim.add_argument("--difficulty-growth-percent-month", metavar="G",
                     help="for the mining output (default: the last 12 months' average)")
    sim.add_argument("--json", action="store_true")

    sob = sub.add_parser("sell-or-borrow", help="raise an amount by selling BTC now or by borrowing against it")
    sob.add_argument("--offer", required=True, metavar="ID_OR_FILE")
    sob.add_argument("--amount", required=True, metavar="A")
    sob.add_argument("--term-months", type=int, metavar="N")
    sob.add_argument("--price", metavar="P")
    sob.add_argument("--start-date", metavar="YYYY-MM-DD")
    sob.add_argument("--profile", metavar="NAME", help="holdings come from this profile")
    sob.add_argument("--holdings-btc", metavar="B", help="BTC held (default: the profile's, else the collateral)")
    sob.add_argument("--json", action="store_true")

    cli_package.add_parser(sub)
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


def _simulated_loan(args, db):
    """The offer and the simulated loan of `simulate` / `sell-or-borrow` arguments (db open)."""
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
    if getattr(args, "collateral_btc", None):
        try:
            collateral = parse_btc(args.collateral_btc)
        except DomainError as exc:
            raise UserError(f"--collateral-btc: {exc}") from exc
    start = _date_arg(args.start_date)
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
    return offer, result, pid


def cmd_simulate(args) -> int:
    from desktop.services import risk

    if args.monte_carlo < 0:
        raise UserError("--monte-carlo: the number of paths cannot be negative")
    if args.top_up_from_mining and not args.profile:
        raise UserError("--top-up-from-mining needs --profile NAME (whose mining output tops up)")
    growth = None
    if args.difficulty_growth_percent_month is not None:
        from desktop.core.errors import DomainError
        from desktop.core.money import parse_decimal

        try:
            growth = parse_decimal(args.difficulty_growth_percent_month, allow_negative=True)
        except DomainError as exc:
            raise UserError(f"--difficulty-growth-percent-month: {exc}") from exc
    db = _open(args)
    try:
        offer, result, pid = _simulated_loan(args, db)
        report = None
        if args.backtest or args.backtest_from or args.monte_carlo or args.top_up_from_mining:
            try:
                report = risk.analyse(db, offer, result, profile_id=pid, backtest=True,
                                      backtest_from=_date_arg(args.backtest_from) if args.backtest_from else None,
                                      monte_carlo_paths=args.monte_carlo, seed=args.seed, method=args.method,
                                      top_up_from_mining=args.top_up_from_mining, growth_percent_month=growth)
            except (risk.RiskError, ValueError) as exc:
                raise UserError(str(exc)) from exc
    finally:
        db.close()
    data = result.to_dict()
    data["offer"] = data.get("offer_id")
    if report is not None:
        data.update(report.to_dict())
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
    if report is not None and report.backtest:
        b = report.backtest
        print(f"backtest over {b.start_dates} start dates: margin call {b.margin_call_share:.1%}, "
              f"liquidation {b.liquidation_share:.1%}, worst LTV {b.worst_ltv:.1%}, median BTC left {b.median_btc_left}")
    if report is not None and report.backtest_topup:
        b = report.backtest_topup
        print(f"  with top-ups from mining: margin call {b.margin_call_share:.1%}, liquidation {b.liquidation_share:.1%}")
    if report is not None and report.monte_carlo:
        m = report.monte_carlo
        print(f"Monte Carlo ({m.paths} {m.method} paths): margin call {m.margin_call_probability:.1%}, "
              f"liquidation {m.liquidation_probability:.1%}")
    return 0


def cmd_sell_or_borrow(args) -> int:
    from desktop.core.errors import DomainError
    from desktop.core.money import parse_btc, quantize
    from desktop.services import records, risk

    db = _open(args)
    try:
        offer, result, pid = _simulated_loan(args, db)
        if args.holdings_btc:
            try:
                held = parse_btc(args.holdings_btc)
            except DomainError as exc:
                raise UserError(f"--holdings-btc: {exc}") from exc
        elif pid is not None:
            held = records.holdings_summary(db, pid, offer.currency, result.start_date).holdings_sat
        else:
            held = result.collateral_sats
    finally:
        db.close()
    cases, break_even = risk.sell_or_borrow(result, held)
    cur = result.currency
    data = {"offer": result.offer_id, "currency": cur, "amount": format(result.net_disbursed, "f"),
            "price": format(quantize(result.price, cur), "f"), "term_months": result.term_months,
            "loan_total_paid": format(result.total_paid, "f"), "break_even_price": format(quantize(break_even, cur), "f"),
            "scenarios": [{"end_price": format(quantize(c.end_price, cur), "f"),
                           "sell": {"btc_left": format(c.sell_btc_left, "f"), "fiat": format(quantize(c.sell_fiat, cur), "f")},
                           "borrow": {"btc_left": format(c.borrow_btc_left, "f"), "fiat": format(quantize(c.borrow_fiat, cur), "f")},
                           "better": c.better} for c in cases]}
    if args.json:
        print(json.dumps(data, indent=2))
    else:
        print(f"raise {data['amount']} {cur} at {data['price']} {cur}/BTC over {result.term_months} months; "
              f"borrowing breaks even at an end price of {data['break_even_price']} {cur}")
        for c in data["scenarios"]:
            print(f"  end price {c['end_price']:>14}: sell → {c['sell']['btc_left']} BTC, {c['sell']['fiat']:>14}; "
                  f"borrow → {c['borrow']['btc_left']} BTC, {c['borrow']['fiat']:>14}  ({c['better']} is better)")
    return 0


COMMANDS = {
    "offers": cmd_offers,
    "simulate": cmd_simulate,
    "sell-or-borrow": cmd_sell_or_borrow,
    "prices": cmd_prices,
    "price": cmd_price,
    "holdings": cmd_holdings,
    "demo": cmd_demo,
    "info": cmd_info,
    "import": cmd_import,
    "export-csv": cmd_export_csv,
    "mining-calc": cli_mining.run,
    "package": cli_package.run,
    "verify": cli_package.run,
}


def run(argv: Sequence[str]) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.self_test:
        from desktop import selftest

        return selftest.run()
    if args.command is None:
        from desktop.ui.app import run_gui

        return run_gui(db_arg=args.db, startup_time=args.startup_time)
    try:
        return COMMANDS[args.command](args)
    except UserError as exc:
        print(f"hashpledge: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("hashpledge: interrupted", file=sys.stderr)
        return 1
