"""The headless CLI: ``hashpledge [--db PATH|postgresql://…] [--lang en|ru] COMMAND ...``. It drives the same services as
the GUI.

Exit codes: 0 ok; 1 failure (a one-line message on stderr); 2 usage error (argparse).
Messages, errors and --help are in English or Russian (desktop/cli_i18n.py): strings are marked with
``translate("Cli", …)``; numbers stay machine-friendly and ``--json`` output never changes with the language.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence

from desktop import __version__, build_info, cli_db, cli_i18n, cli_mining, cli_package
from desktop.cli_i18n import translate
from desktop.i18n import tr_error
from desktop.store import db as store_db
from desktop.store.db import COMMAND_BUSY_TIMEOUT_MS, StoreError


class UserError(Exception):
    """A mistake the user can fix; printed as one line, no traceback."""


def _version_text() -> str:
    info = build_info()
    if "commit" in info:  # a packaged build says what it was built from
        return translate("Cli", "HashPledge {0} (build {1}, {2})").format(__version__, info["commit"], info["built"])
    return f"HashPledge {__version__}"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="hashpledge",
        description=translate("Cli", "HashPledge: farm books, loan simulation and bank collateral packages for "
                                     "Bitcoin miners. Without a command the desktop app opens."),
    )
    parser.add_argument("--version", action="version", version=_version_text(),
                        help=translate("argparse", "show program's version number and exit"))
    parser.add_argument("--self-test", action="store_true",
                        help=translate("Cli", "check this installation end to end in a temporary folder (offscreen), "
                                              "then exit"))
    parser.add_argument("--startup-time", action="store_true",
                        help=translate("Cli", "open the desktop app, print the seconds until the main window is "
                                              "painted, and quit (for benchmarks)"))
    parser.add_argument("--db", metavar=translate("Cli", "PATH|URL"),
                        help=translate("Cli", "database file or shared server postgresql://user@host:port/name "
                                              "(default: $HASHPLEDGE_DB, else the database chosen in the app, else "
                                              "the file in the user data folder)"))
    parser.add_argument("--lang", choices=cli_i18n.LANGUAGES,
                        help=translate("Cli", "language of the messages (default: $HASHPLEDGE_LANG, else the "
                                              "language chosen in the app, else the system's)"))
    sub = parser.add_subparsers(dest="command", metavar=translate("Cli", "COMMAND"))
    json_help = translate("Cli", "machine-readable output")
    name, file, action, day = (translate("Cli", "NAME"), translate("Cli", "FILE"), translate("Cli", "ACTION"),
                               translate("Cli", "YYYY-MM-DD"))
    profile_help = translate("Cli", "profile name (optional when the database has one profile)")
    today = translate("Cli", "default: today")

    demo = sub.add_parser("demo", help=translate("Cli", "fill the database with three demo profiles (replaces "
                                                        "earlier demo profiles)"))
    demo.add_argument("--seed", type=int, default=1,
                      help=translate("Cli", "random seed; the same seed gives the same data (default 1)"))

    info = sub.add_parser("info", help=translate("Cli", "database path, schema revision and row counts"))
    info.add_argument("--json", action="store_true", help=json_help)

    imp = sub.add_parser("import", help=translate("Cli", "import a CSV file into a profile, all or nothing"))
    imp.add_argument("kind", choices=("equipment", "energy", "payouts"))
    imp.add_argument("file", metavar=file)
    imp.add_argument("--profile", metavar=name, help=profile_help)
    imp.add_argument("--mapping", metavar=translate("Cli", "FILE.json"),
                     help=translate("Cli", 'column mapping {"field": "header", ...}; default: remembered or '
                                           'matched by header'))

    exp = sub.add_parser("export-csv", help=translate("Cli", "export a profile's records as CSV (UTF-8 with BOM)"))
    exp.add_argument("kind", choices=("equipment", "energy", "payouts", "disposals"))
    exp.add_argument("file", metavar=file)
    exp.add_argument("--profile", metavar=name, help=profile_help)

    prices_cmd = sub.add_parser("prices", help=translate("Cli", "market data"))
    prices_sub = prices_cmd.add_subparsers(dest="prices_command", metavar=action, required=True)
    prices_sub.add_parser("update", help=translate("Cli", "fetch current prices, official rates, network figures "
                                                          "and balances (only when online data is allowed in the "
                                                          "settings)"))

    price = sub.add_parser("price", help=translate("Cli", "the BTC price used for a date, and its source"))
    price.add_argument("--date", metavar=day, help=today)
    price.add_argument("--currency", default="USD", choices=("USD", "RUB", "EUR"))
    price.add_argument("--json", action="store_true", help=json_help)

    holdings = sub.add_parser("holdings", help=translate("Cli", "ledger balance against the on-chain balance of "
                                                                "the watch-only addresses"))
    holdings.add_argument("--profile", metavar=name, help=profile_help)
    holdings.add_argument("--verify", action="store_true", help=translate("Cli", "check the addresses online first"))
    holdings.add_argument("--json", action="store_true", help=json_help)

    offers_cmd = sub.add_parser("offers", help=translate("Cli", "loan offers"))
    offers_sub = offers_cmd.add_subparsers(dest="offers_command", metavar=action, required=True)
    offers_list = offers_sub.add_parser("list", help=translate("Cli", "the offers in the database (the bundled "
                                                                      "catalogue included)"))
    offers_list.add_argument("--json", action="store_true", help=json_help)

    offer_metavar = translate("Cli", "ID_OR_FILE")
    sim = sub.add_parser("simulate", help=translate("Cli", "simulate a loan offer: collateral, LTV, prices, "
                                                           "schedule, APR, PSK"))
    sim.add_argument("--offer", required=True, metavar=offer_metavar,
                     help=translate("Cli", "an offer id, or a path to an offer .json"))
    sim.add_argument("--amount", required=True, metavar="A",
                     help=translate("Cli", "amount to borrow, in the offer's currency"))
    sim.add_argument("--term-months", type=int, metavar="N", help=translate("Cli", "default: the offer's default term"))
    sim.add_argument("--collateral-btc", metavar="B",
                     help=translate("Cli", "BTC pledged (default: what the initial LTV requires)"))
    sim.add_argument("--price", metavar="P",
                     help=translate("Cli", "BTC price in the offer's currency (default: the latest known)"))
    sim.add_argument("--start-date", metavar=day, help=today)
    sim.add_argument("--profile", metavar=name, help=translate("Cli", "the borrower (eligibility, equipment value)"))
    sim.add_argument("--backtest", action="store_true",
                     help=translate("Cli", "run the loan from every start date of the history"))
    sim.add_argument("--backtest-from", metavar=day, help=translate("Cli", "only start dates from this day"))
    sim.add_argument("--monte-carlo", type=int, default=0, metavar="N",
                     help=translate("Cli", "N simulated price paths"))
    sim.add_argument("--method", choices=("bootstrap", "gbm"), default="bootstrap",
                     help=translate("Cli", "Monte Carlo: block bootstrap of real returns (default) or GBM"))
    sim.add_argument("--seed", type=int, metavar="S",
                     help=translate("Cli", "Monte Carlo seed (the same seed, the same paths)"))
    sim.add_argument("--top-up-from-mining", action="store_true",
                     help=translate("Cli", "at a margin call, top up from the profile's mining output and spare "
                                           "holdings"))
    sim.add_argument("--difficulty-growth-percent-month", metavar="G",
                     help=translate("Cli", "for the mining output (default: the last 12 months' average)"))
    sim.add_argument("--json", action="store_true", help=json_help)

    sob = sub.add_parser("sell-or-borrow", help=translate("Cli", "raise an amount by selling BTC now or by "
                                                                 "borrowing against it"))
    sob.add_argument("--offer", required=True, metavar=offer_metavar,
                     help=translate("Cli", "an offer id, or a path to an offer .json"))
    sob.add_argument("--amount", required=True, metavar="A",
                     help=translate("Cli", "amount to borrow, in the offer's currency"))
    sob.add_argument("--term-months", type=int, metavar="N", help=translate("Cli", "default: the offer's default term"))
    sob.add_argument("--price", metavar="P",
                     help=translate("Cli", "BTC price in the offer's currency (default: the latest known)"))
    sob.add_argument("--start-date", metavar=day, help=today)
    sob.add_argument("--profile", metavar=name, help=translate("Cli", "holdings come from this profile"))
    sob.add_argument("--holdings-btc", metavar="B",
                     help=translate("Cli", "BTC held (default: the profile's, else the collateral)"))
    sob.add_argument("--json", action="store_true", help=json_help)

    cli_package.add_parser(sub)
    cli_mining.add_parser(sub)
    cli_db.add_parser(sub)
    return parser


def _error_text(exc: Exception) -> str:
    """An exception's message in the CLI's language (domain errors by their template: desktop.i18n)."""
    from desktop.i18n import tr_error

    return tr_error(exc)


def _message_text(exc: Exception) -> str:
    """The same, without the source's name (for lines that name the source already)."""
    from desktop.i18n import tr_message

    return tr_message(exc)


def _terminal_prompt(shown: str, refused: bool):
    """Ask for a server's password on the terminal (never echoed); None when there is no terminal."""
    import getpass

    from desktop.services.db_access import Answer

    if not sys.stdin.isatty():
        return None
    if refused:
        print(translate("Cli", "The server refused the password."), file=sys.stderr)
    try:
        password = getpass.getpass(translate("Cli", "Password for {0}: ").format(shown))
    except (EOFError, KeyboardInterrupt):
        return None
    return Answer(password)


def _open_location(location: str | None):
    """A database by location (a file or a server address; None: the default), asking on the terminal for a
    server's password when the keyring has none."""
    from desktop.services import db_access

    try:  # a command waits for the app's or another command's writes
        return db_access.open_location(db_access.resolve_location(location), prompt=_terminal_prompt,
                                       busy_timeout_ms=COMMAND_BUSY_TIMEOUT_MS)
    except store_db.PasswordRequired as exc:
        raise UserError(translate("Cli", "{0}. Store the password in the system keyring with `hashpledge db-password "
                                         "ADDRESS`, or run the command in a terminal to be asked.").format(
            tr_error(exc))) from exc
    except StoreError as exc:
        raise UserError(tr_error(exc)) from exc


def _open(args):
    return _open_location(args.db)


def cmd_demo(args) -> int:
    from desktop.services.demo import build_demo

    db = _open(args)
    try:
        names = build_demo(db, seed=args.seed)
        counts = db.row_counts()
    finally:
        db.close()
    print(translate("Cli", "Demo profiles written to {0}:").format(db.location))
    for name in names:
        print(f"  {name}")
    print(translate("Cli", "{0} machines, {1} payouts, {2} energy records").format(
        counts["equipment"], counts["payout"], counts["energy_record"]))
    return 0


def cmd_info(args) -> int:
    db = _open(args)
    try:
        data = {"database": db.location, "schema_revision": db.revision(), "rows": db.row_counts()}
    finally:
        db.close()
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        print(translate("Cli", "database: {0}").format(data["database"]))
        print(translate("Cli", "schema revision: {0}").format(data["schema_revision"]))
        for table, n in data["rows"].items():
            print(f"  {table:16} {n:>9}")
    return 0


def _profile_id(db, name: str | None) -> int:
    from desktop.services import profiles

    if name:
        try:
            return profiles.find_profile(db, name).id
        except profiles.ProfileError as exc:
            raise UserError(_error_text(exc)) from exc
    rows = profiles.list_profiles(db)
    if len(rows) == 1:
        return rows[0].id
    known = ", ".join(p.name for p in rows) or translate("Cli", "none")
    raise UserError(translate("Cli", "say which profile with --profile NAME (profiles: {0})").format(known))


def cmd_import(args) -> int:
    from desktop.services import csv_io

    mapping = None
    if args.mapping:
        try:
            with open(args.mapping, encoding="utf-8") as fh:
                mapping = json.load(fh)
        except (OSError, ValueError, RecursionError) as exc:  # RecursionError: a file nested too deeply
            raise UserError(translate("Cli", "{0}: cannot read the mapping ({1})").format(args.mapping, exc)) from exc
        if not isinstance(mapping, dict) or not all(isinstance(k, str) for k in mapping):
            raise UserError(translate("Cli", '{0}: the mapping must be a JSON object {{"field": "header", ...}}')
                            .format(args.mapping))
    db = _open(args)
    try:
        pid = _profile_id(db, args.profile)
        try:
            result = csv_io.import_csv(db, pid, args.kind, args.file, mapping)
        except csv_io.ImportFailed as exc:
            print(str(exc), file=sys.stderr)
            return 1
        except (ValueError, OSError) as exc:
            raise UserError(f"{args.file}: {_error_text(exc)}") from exc
    finally:
        db.close()
    print(translate("Cli", "{0}: {1} added, {2} already recorded").format(args.file, result.added, result.duplicates))
    return 0


def cmd_export_csv(args) -> int:
    from desktop.services import csv_io

    db = _open(args)
    try:
        pid = _profile_id(db, args.profile)
        try:
            n = csv_io.export_csv(db, pid, args.kind, args.file)
        except OSError as exc:
            raise UserError(translate("Cli", "{0}: cannot write ({1})").format(args.file, exc.strerror or exc)) from exc
    finally:
        db.close()
    print(translate("Cli", "{0} rows written to {1}").format(n, args.file))
    return 0


def _date_arg(text: str | None):
    import datetime as dt

    if not text:
        return dt.date.today()
    try:
        return dt.date.fromisoformat(text)
    except ValueError as exc:
        raise UserError(translate("Cli", "--date: '{0}' is not a date (YYYY-MM-DD)").format(text)) from exc


def cmd_prices(args) -> int:
    from desktop.services import market, net

    db = _open(args)
    try:
        try:
            report = market.update_all(db)
        except net.OfflineError as exc:
            raise UserError(translate("Cli", "{0}; nothing was sent").format(_error_text(exc))) from exc
    finally:
        db.close()
        net.close_session()
    for item in report:
        ok, fail = translate("Cli", "ok"), translate("Cli", "FAIL")
        status = (ok if item.ok else fail).ljust(max(len(ok), len(fail)))
        print(f"{status} {item.source}: {_message_text(item.error) if item.error else item.message}")
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
        raise UserError(translate("Cli", "no BTC/{0} price known on {1} (enter one in the app, or allow online "
                                         "data and run `hashpledge prices update`)").format(args.currency,
                                                                                              day.isoformat()))
    from desktop.core.money import quantize

    data = {"date": day.isoformat(), "currency": args.currency, "price": format(quantize(quote.value, args.currency), "f"),
            "price_date": quote.day.isoformat(), "source": quote.source}
    if args.json:
        print(json.dumps(data, indent=2))
    else:
        stale = "" if quote.day == day else translate("Cli", " (latest known, of {0})").format(quote.day.isoformat())
        source = {"manual": translate("Sources", "manual"),  # as the Market data page names them
                  "bundled": translate("Sources", "bundled history")}.get(quote.source, quote.source)
        print(f"BTC/{args.currency} {data['price']} — {source}{stale}")
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
                raise UserError(_error_text(exc)) from exc
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
        print(translate("Cli", "ledger:   {0} BTC").format(data["ledger_btc"]))
        if data["onchain_btc"]:
            print(translate("Cli", "on-chain: {0} BTC").format(data["onchain_btc"]))
        else:
            print(translate("Cli", "on-chain: never checked"))
        if check.flagged:
            print(translate("Cli", "DIFFERENCE: {0} BTC").format(data["difference_btc"]))
        print(translate("Cli", "payouts found on-chain: {0} of {1} with a txid").format(
            check.payouts_matched, check.payouts_with_txid))
        for o in problems:  # data["errors"] stays English (JSON); this is the same in the CLI's language
            reason = _message_text(o.error) if o.error else o.message
            print(translate("Cli", "not checked: {0}").format(f"{o.source}: {reason}"), file=sys.stderr)
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
            mark = translate("Cli", " (illustrative)") if r.illustrative else ""
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
            raise UserError(f"{option}: {_error_text(exc)}") from exc

    amount = number(args.amount, "--amount")
    price = number(args.price, "--price") if args.price else None
    collateral = None
    if getattr(args, "collateral_btc", None):
        try:
            collateral = parse_btc(args.collateral_btc)
        except DomainError as exc:
            raise UserError(f"--collateral-btc: {_error_text(exc)}") from exc
    start = _date_arg(args.start_date)
    try:
        offer = loans.load_offer(db, args.offer)
    except offers.OfferError as exc:
        raise UserError(_error_text(exc)) from exc
    pid = _profile_id(db, args.profile) if args.profile else None
    try:
        result = loans.simulate_for_profile(db, offer, amount, profile_id=pid, term_months=args.term_months,
                                            price=price, start_date=start, collateral_sats=collateral)
    except (loans.SimulationError, DomainError) as exc:
        raise UserError(_error_text(exc)) from exc
    return offer, result, pid


def cmd_simulate(args) -> int:
    from desktop.services import risk

    if args.monte_carlo < 0:
        raise UserError(translate("Cli", "--monte-carlo: the number of paths cannot be negative"))
    if args.top_up_from_mining and not args.profile:
        raise UserError(translate("Cli", "--top-up-from-mining needs --profile NAME (whose mining output tops up)"))
    growth = None
    if args.difficulty_growth_percent_month is not None:
        from desktop.core.errors import DomainError
        from desktop.core.money import parse_decimal

        try:
            growth = parse_decimal(args.difficulty_growth_percent_month, allow_negative=True)
        except DomainError as exc:
            raise UserError(f"--difficulty-growth-percent-month: {_error_text(exc)}") from exc
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
                raise UserError(_error_text(exc)) from exc
    finally:
        db.close()
    data = result.to_dict()
    data["offer"] = data.get("offer_id")
    if report is not None:
        data.update(report.to_dict())
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    from desktop.i18n import tr_reason

    cur = result.currency
    print(f"{result.lender} — {result.product} ({result.offer_id})")
    print(translate("Cli", "principal {0} {1}, {2} months from {3}, BTC price {4} {1}").format(
        data["principal"], cur, result.term_months, result.start_date, data["price"]))
    print(translate("Cli", "collateral {0} BTC, initial LTV {1}").format(data["collateral_btc"], data["initial_ltv"]))
    print(translate("Cli", "margin call at {0} {1}, liquidation at {2} {1}").format(
        data["margin_call_price"], cur, data["liquidation_price"]))
    print(translate("Cli", "first payment {0} {1}; interest {2}, fees {3}").format(
        data["payment"], cur, data["total_interest"], data["total_fees"]))
    print(translate("Cli", "APR {0} %, PSK {1} % ({2} {3})").format(
        data["apr_percent"], data["psk_percent"], data["psk_money"], cur))
    for reason in result.eligibility:
        print(translate("Cli", "not eligible: {0}").format(tr_reason(reason)))
    if report is not None and report.backtest:
        b = report.backtest
        print(translate("Cli", "backtest over {0} start dates: margin call {1}, liquidation {2}, worst LTV {3}, "
                               "median BTC left {4}").format(b.start_dates, f"{b.margin_call_share:.1%}",
                                                             f"{b.liquidation_share:.1%}", f"{b.worst_ltv:.1%}",
                                                             b.median_btc_left))
    if report is not None and report.backtest_topup:
        b = report.backtest_topup
        print(translate("Cli", "  with top-ups from mining: margin call {0}, liquidation {1}").format(
            f"{b.margin_call_share:.1%}", f"{b.liquidation_share:.1%}"))
    if report is not None and report.monte_carlo:
        m = report.monte_carlo
        print(translate("Cli", "Monte Carlo ({0} {1} paths): margin call {2}, liquidation {3}").format(
            m.paths, m.method, f"{m.margin_call_probability:.1%}", f"{m.liquidation_probability:.1%}"))
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
                raise UserError(f"--holdings-btc: {_error_text(exc)}") from exc
        elif pid is not None:
            held = records.holdings_summary(db, pid, offer.currency, result.start_date).holdings_sat
        else:
            held = result.collateral_sats
    finally:
        db.close()
    try:
        cases, break_even = risk.sell_or_borrow(result, held)
    except ValueError as exc:  # e.g. not enough BTC to sell for the amount (a RiskError, in the CLI's language)
        raise UserError(_error_text(exc)) from exc
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
        print(translate("Cli", "raise {0} {1} at {2} {1}/BTC over {3} months; borrowing breaks even at an end "
                               "price of {4} {1}").format(data["amount"], cur, data["price"], result.term_months,
                                                          data["break_even_price"]))
        better = {"sell": translate("Cli", "sell"), "borrow": translate("Cli", "borrow")}
        for c in data["scenarios"]:
            print(translate("Cli", "  end price {0:>14}: sell → {1} BTC, {2:>14}; borrow → {3} BTC, {4:>14}  "
                                   "({5} is better)").format(c["end_price"], c["sell"]["btc_left"], c["sell"]["fiat"],
                                                             c["borrow"]["btc_left"], c["borrow"]["fiat"],
                                                             better.get(c["better"], c["better"])))
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
    "migrate-db": cli_db.run,
    "db-password": cli_db.run,
}


def run(argv: Sequence[str]) -> int:
    argv = list(argv)
    lang = cli_i18n.choose_language(argv)
    with cli_i18n.activated(lang):  # --help, --version and usage errors in the CLI's language
        parser = build_parser()
        args = parser.parse_args(argv)
    if args.self_test:  # the self-test and the app choose their languages themselves
        from desktop import selftest

        return selftest.run()
    if args.command is None:
        from desktop.ui.app import run_gui

        return run_gui(db_arg=args.db, startup_time=args.startup_time)
    from sqlalchemy.exc import OperationalError

    with cli_i18n.activated(lang):
        try:
            return COMMANDS[args.command](args)
        except UserError as exc:
            print(f"hashpledge: {exc}", file=sys.stderr)
            return 1
        except KeyboardInterrupt:
            print(translate("Cli", "hashpledge: interrupted"), file=sys.stderr)
            return 1
        except OperationalError as exc:  # a full disk, a disk I/O error, a lock held too long: one line, no traceback
            print(translate("Cli", "hashpledge: the database could not be written or read ({0}); the failed step "
                                   "changed nothing").format(exc.orig), file=sys.stderr)
            return 1
