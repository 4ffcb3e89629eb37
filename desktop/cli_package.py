"""``hashpledge package`` (make a bank package) and ``hashpledge verify`` (check one).

Registered by desktop/cli.py via ``add_parser(sub)``; both commands dispatch to ``run(args)``.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path


def add_parser(subparsers) -> None:
    p = subparsers.add_parser("package", help="make the bank package of a profile: report.pdf, CSVs, package.json, "
                                              "checksums (and a signature) in one ZIP")
    p.add_argument("--profile", required=True, metavar="NAME", help="profile name")
    p.add_argument("--simulation", type=int, metavar="ID", help="a saved simulation's number")
    p.add_argument("--offer", metavar="ID", help="an offer id (instead of --simulation)")
    p.add_argument("--amount", metavar="A", help="amount to borrow, in the offer's currency (with --offer)")
    p.add_argument("--term-months", type=int, metavar="N", help="default: the offer's default term")
    p.add_argument("--lang", choices=("en", "ru"), default="en", help="language of the report (default en)")
    p.add_argument("--period-months", type=int, default=12, metavar="N", help="months of history (default 12)")
    p.add_argument("--attach", action="append", default=[], metavar="FILE", help="attach a file (repeatable)")
    p.add_argument("--proof", action="append", default=[], metavar="ADDRESS=SIGNATURE",
                   help="signed proof of control of an address (repeatable)")
    p.add_argument("--sign", action="store_true", help="sign the package with your Ed25519 key")
    p.add_argument("--out", required=True, metavar="FILE.zip", help="where to write the package")

    v = subparsers.add_parser("verify", help="check a bank package: checksums, signature, package.json")
    v.add_argument("file", metavar="FILE.zip")
    v.add_argument("--pubkey", metavar="FILE", help="require a signature by this public key (PEM)")
    v.add_argument("--json", action="store_true", help="machine-readable output")


def run(args) -> int:
    if args.command == "verify":
        return _verify(args)
    return _package(args)


def _package(args) -> int:
    from desktop.cli import UserError, _open, _profile_id
    from desktop.core.errors import DomainError
    from desktop.core.money import parse_decimal
    from desktop.services import bank_package

    if args.simulation is not None and (args.offer or args.amount):
        raise UserError("give either --simulation ID or --offer ID --amount A, not both")
    if args.simulation is None and not (args.offer and args.amount):
        raise UserError("say which loan: --simulation ID, or --offer ID --amount A")
    if args.period_months < 1:
        raise UserError("--period-months must be at least 1")
    amount = None
    if args.amount:
        try:
            amount = parse_decimal(args.amount)
        except DomainError as exc:
            raise UserError(f"--amount: {exc}") from exc
    proofs = {}
    for item in args.proof:
        address, sep, signature = item.partition("=")
        if not sep or not address.strip() or not signature.strip():
            raise UserError(f"--proof: '{item}' is not ADDRESS=SIGNATURE")
        proofs[address.strip()] = signature.strip()
    out = Path(args.out).expanduser()
    db = _open(args)
    try:
        pid = _profile_id(db, args.profile)
        request = bank_package.PackageRequest(
            profile_id=pid, out=out, simulation_id=args.simulation, offer=args.offer, amount=amount,
            term_months=args.term_months, period_months=args.period_months, lang=args.lang,
            attachments=tuple(Path(a).expanduser() for a in args.attach), proofs=proofs, sign=args.sign)
        try:
            result = bank_package.build_package(db, request)
        except bank_package.PackageBuildError as exc:
            raise UserError(str(exc)) from exc
    finally:
        db.close()
    print(f"{result.path}: {result.pages} pages, package {result.package_id}")
    print(f"SHA-256 {result.sha256}")
    if result.fingerprint:
        print(f"signed; key fingerprint {result.fingerprint}")
    for address, ok in result.proofs.items():
        print(f"proof of control of {address}: {'verified' if ok else 'NOT verified'}")
    return 0


def _verify(args) -> int:
    from desktop.cli import UserError
    from desktop.services import bank_package

    pem = None
    if args.pubkey:
        try:
            pem = Path(args.pubkey).read_bytes()
        except OSError as exc:
            raise UserError(f"{args.pubkey}: cannot read ({exc.strerror or exc})") from exc
    try:
        report = bank_package.verify(Path(args.file), pem)
    except bank_package.PackageBuildError as exc:
        raise UserError(str(exc)) from exc
    pkg = report.package or {}
    profile = pkg.get("profile") or {}
    loan = pkg.get("loan") or {}
    if args.json:
        print(json.dumps({"ok": report.ok, "problems": report.problems, "signed": report.signed,
                          "fingerprint": report.fingerprint, "files": report.files,
                          "package_id": pkg.get("package_id"), "created_at": pkg.get("created_at"),
                          "profile": profile, "loan": {k: loan.get(k) for k in
                                                       ("offer_id", "currency", "amount", "term_months")}},
                         ensure_ascii=False, indent=2))
    else:
        print(f"{args.file}: {'OK' if report.ok else 'FAILED'}")
        if pkg:
            print(f"package {pkg.get('package_id')} created {pkg.get('created_at')}")
            print(f"applicant: {profile.get('name', '—')} (INN {profile.get('inn', '—')})")
            if loan:
                print(f"loan: {loan.get('amount')} {loan.get('currency')} over {loan.get('term_months')} months, "
                      f"offer {loan.get('offer_id')}")
        print("signed, key fingerprint " + report.fingerprint if report.signed and report.fingerprint else
              "signed" if report.signed else "not signed")
        print(f"{len(report.files)} files: " + ", ".join(report.files))
    for problem in report.problems:
        print(f"problem: {problem}", file=sys.stderr)
    return 0 if report.ok else 1


def build_standalone_parser() -> argparse.ArgumentParser:
    """A parser with just these two commands (for tests before desktop/cli.py registers them)."""
    parser = argparse.ArgumentParser(prog="hashpledge")
    parser.add_argument("--db", metavar="PATH")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    add_parser(sub)
    return parser
