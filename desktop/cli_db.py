"""``hashpledge migrate-db`` and ``hashpledge db-password``: moving a database between a miner's SQLite file
and a bank's shared PostgreSQL server, and keeping the server's password in the OS keyring.

Registered by desktop/cli.py via ``add_parser(sub)`` and dispatched to ``run(args)``.
"""

from __future__ import annotations

import json
import sys
import time

from desktop.cli_i18n import translate


def add_parser(subparsers) -> None:
    addr = translate("CliDb", "PATH|URL")
    copy = subparsers.add_parser(
        "migrate-db",
        help=translate("CliDb", "copy a database into another (a SQLite file into a shared PostgreSQL database "
                                "and back), checked by row counts and per-table checksums"),
        description=translate(
            "CliDb", "Copies every record from --from into --to in one transaction on the target. Before it "
            "commits, each table's row count and SHA-256 over its rows are compared between the two; any "
            "difference rolls the copy back. The target must be empty (a new file or a new database) unless "
            "--replace. Passwords come from the system keyring (hashpledge db-password) or are asked for."))
    copy.add_argument("--from", dest="source", required=True, metavar=addr,
                      help=translate("CliDb", "the database to copy (it is not changed)"))
    copy.add_argument("--to", dest="target", required=True, metavar=addr,
                      help=translate("CliDb", "where to copy it: a new SQLite file or an empty PostgreSQL database"))
    copy.add_argument("--replace", action="store_true",
                      help=translate("CliDb", "empty the target first when it holds records"))
    copy.add_argument("--json", action="store_true", help=translate("Cli", "machine-readable output"))

    pw = subparsers.add_parser(
        "db-password",
        help=translate("CliDb", "save the password of a shared database in the system keyring (asked on the "
                                "terminal, checked against the server first), or --forget it"))
    pw.add_argument("address", metavar=translate("CliDb", "URL"),
                    help=translate("CliDb", "postgresql://user@host:port/name"))
    pw.add_argument("--forget", action="store_true", help=translate("CliDb", "remove the saved password"))


def run(args) -> int:
    return cmd_migrate_db(args) if args.command == "migrate-db" else cmd_db_password(args)


def cmd_migrate_db(args) -> int:
    from desktop.cli import UserError, _error_text, _open_location
    from desktop.services import db_copy

    source = _open_location(args.source)
    try:
        target = _open_location(args.target)
    except BaseException:
        source.close()
        raise
    started = time.perf_counter()
    shown = [-1]

    def progress(done: int, total: int, table: str) -> None:
        """On a terminal: how far the copy is (a million payouts take a quarter of a minute)."""
        percent = done * 100 // max(total, 1)
        if percent != shown[0]:
            shown[0] = percent
            print("\r" + translate("CliDb", "copying {0}: {1} %").format(table, percent), end="", file=sys.stderr,
                  flush=True)

    try:
        report = db_copy.copy_database(source, target, replace=args.replace,
                                       progress=progress if sys.stderr.isatty() else None)
    except db_copy.CopyError as exc:
        raise UserError(_error_text(exc)) from exc
    finally:
        source.close()
        target.close()
        if shown[0] >= 0:
            print(file=sys.stderr)
    seconds = time.perf_counter() - started
    if args.json:
        data = report.as_json()
        data["seconds"] = round(seconds, 3)
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    print(translate("CliDb", "Copied {0} rows from {1} to {2} in {3:.1f} s.").format(
        report.rows, report.source, report.target, seconds))
    print(translate("CliDb", "{0:<16} {1:>9} {2:>9}  {3}").format(
        translate("CliDb", "table"), translate("CliDb", "source"), translate("CliDb", "target"),
        translate("CliDb", "SHA-256 (equal on both)")))
    for t in report.tables:
        print(f"{t.table:<16} {t.source_rows:>9} {t.target_rows:>9}  {t.target_sha256[:16]}")
    print(translate("CliDb", "All tables match."))
    return 0


def cmd_db_password(args) -> int:
    import getpass

    from desktop.cli import UserError, _error_text
    from desktop.services import db_access
    from desktop.store import db as store_db

    if not store_db.is_server_url(args.address):
        raise UserError(translate("CliDb", "{0}: a password is kept only for a server address "
                                           "(postgresql://user@host:port/name)").format(args.address))
    try:
        url = store_db.server_url(args.address)
    except store_db.StoreError as exc:
        raise UserError(_error_text(exc)) from exc
    shown = store_db.display_url(url)
    if args.forget:
        gone = db_access.forget_password(url)
        print(translate("CliDb", "Password for {0} removed from the keyring.").format(shown) if gone else
              translate("CliDb", "No password for {0} was saved.").format(shown))
        return 0
    if url.password is not None:
        raise UserError(translate("CliDb", "Do not put the password in the address; it is asked for."))
    if not sys.stdin.isatty():
        raise UserError(translate("CliDb", "the password is asked for on a terminal; run this command in one"))
    try:
        password = getpass.getpass(translate("Cli", "Password for {0}: ").format(shown))
    except (EOFError, KeyboardInterrupt):
        return 1
    try:
        store_db.open_database(url, password=password).close()  # checked before it is kept
        db_access.remember_password(url, password)
    except store_db.StoreError as exc:
        raise UserError(_error_text(exc)) from exc
    print(translate("CliDb", "Password for {0} saved in the system keyring.").format(shown))
    return 0
