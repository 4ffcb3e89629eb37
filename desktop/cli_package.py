"""``hashpledge package`` (make a bank package) and ``hashpledge verify`` (check one).

Registered by desktop/cli.py via ``add_parser(sub)``; both commands dispatch to ``run(args)``.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from desktop.cli_i18n import translate


def add_parser(subparsers) -> None:
    zip_metavar = translate("CliPackage", "FILE.zip")
    p = subparsers.add_parser("package", help=translate("CliPackage", "make the bank package of a profile: "
                                                                      "report.pdf, CSVs, package.json, checksums "
                                                                      "(and a signature) in one ZIP"))
    p.add_argument("--profile", required=True, metavar=translate("CliPackage", "NAME"),
                   help=translate("CliPackage", "profile name"))
    p.add_argument("--simulation", type=int, metavar="ID", help=translate("CliPackage", "a saved simulation's number"))
    p.add_argument("--offer", metavar="ID", help=translate("CliPackage", "an offer id (instead of --simulation)"))
    p.add_argument("--amount", metavar="A",
                   help=translate("CliPackage", "amount to borrow, in the offer's currency (with --offer)"))
    p.add_argument("--term-months", type=int, metavar="N",
                   help=translate("CliPackage", "default: the offer's default term"))
    p.add_argument("--lang", choices=("en", "ru"), default="en",
                   help=translate("CliPackage", "language of the report (default en)"))
    p.add_argument("--period-months", type=int, default=12, metavar="N",
                   help=translate("CliPackage", "months of history (default 12)"))
    p.add_argument("--attach", action="append", default=[], metavar=translate("CliPackage", "FILE"),
                   help=translate("CliPackage", "attach a file (repeatable)"))
    p.add_argument("--proof", action="append", default=[], metavar=translate("CliPackage", "ADDRESS=SIGNATURE"),
                   help=translate("CliPackage", "signed proof of control of an address (repeatable)"))
    p.add_argument("--sign", action="store_true", help=translate("CliPackage", "sign the package with your Ed25519 key"))
    p.add_argument("--out", required=True, metavar=zip_metavar, help=translate("CliPackage", "where to write the package"))

    v = subparsers.add_parser("verify", help=translate("CliPackage", "check a bank package: checksums, signature, "
                                                                     "package.json"))
    v.add_argument("file", metavar=zip_metavar)
    v.add_argument("--pubkey", metavar=translate("CliPackage", "FILE"),
                   help=translate("CliPackage", "require a signature by this public key (PEM)"))
    v.add_argument("--json", action="store_true", help=translate("CliPackage", "machine-readable output"))


def run(args) -> int:
    if args.command == "verify":
        return _verify(args)
    return _package(args)


def _package(args) -> int:
    from desktop.cli import UserError, _error_text, _open, _profile_id
    from desktop.core.errors import DomainError
    from desktop.core.money import parse_decimal
    from desktop.services import bank_package

    if args.simulation is not None and (args.offer or args.amount):
        raise UserError(translate("CliPackage", "give either --simulation ID or --offer ID --amount A, not both"))
    if args.simulation is None and not (args.offer and args.amount):
        raise UserError(translate("CliPackage", "say which loan: --simulation ID, or --offer ID --amount A"))
    if args.period_months < 1:
        raise UserError(translate("CliPackage", "--period-months must be at least 1"))
    amount = None
    if args.amount:
        try:
            amount = parse_decimal(args.amount)
        except DomainError as exc:
            raise UserError(f"--amount: {_error_text(exc)}") from exc
    proofs = {}
    for item in args.proof:
        address, sep, signature = item.partition("=")
        if not sep or not address.strip() or not signature.strip():
            raise UserError(translate("CliPackage", "--proof: '{0}' is not ADDRESS=SIGNATURE").format(item))
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
            raise UserError(_error_text(exc)) from exc
    finally:
        db.close()
    print(translate("CliPackage", "{0}: {1} pages, package {2}").format(result.path, result.pages, result.package_id))
    print(f"SHA-256 {result.sha256}")
    if result.fingerprint:
        print(translate("CliPackage", "signed; key fingerprint {0}").format(result.fingerprint))
    for address, ok in result.proofs.items():
        print(translate("CliPackage", "proof of control of {0}: {1}").format(
            address, translate("CliPackage", "verified") if ok else translate("CliPackage", "NOT verified")))
    return 0


def _verify(args) -> int:
    from desktop.cli import UserError, _error_text
    from desktop.services import bank_package

    pem = None
    if args.pubkey:
        try:
            pem = Path(args.pubkey).read_bytes()
        except OSError as exc:
            raise UserError(translate("CliPackage", "{0}: cannot read ({1})").format(args.pubkey,
                                                                                    exc.strerror or exc)) from exc
    try:
        report = bank_package.verify(Path(args.file), pem)
    except bank_package.PackageBuildError as exc:
        raise UserError(_error_text(exc)) from exc
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
        print(f"{args.file}: " + (translate("CliPackage", "OK") if report.ok else translate("CliPackage", "FAILED")))
        if pkg:
            print(translate("CliPackage", "package {0} created {1}").format(pkg.get("package_id"), pkg.get("created_at")))
            print(translate("CliPackage", "applicant: {0} (INN {1})").format(profile.get("name", "—"),
                                                                              profile.get("inn", "—")))
            if loan:
                print(translate("CliPackage", "loan: {0} {1} over {2} months, offer {3}").format(
                    loan.get("amount"), loan.get("currency"), loan.get("term_months"), loan.get("offer_id")))
        if report.signed and report.fingerprint:
            print(translate("CliPackage", "signed, key fingerprint {0}").format(report.fingerprint))
        else:
            print(translate("CliPackage", "signed") if report.signed else translate("CliPackage", "not signed"))
        print(translate("CliPackage", "{0} files: {1}").format(len(report.files), ", ".join(report.files)))
    from desktop.services.package_zip import problem_text

    for problem in report.problems:  # English in the JSON above; here in the CLI's language
        print(translate("CliPackage", "problem: {0}").format(problem_text(problem)), file=sys.stderr)
    return 0 if report.ok else 1


def build_standalone_parser() -> argparse.ArgumentParser:
    """A parser with just these two commands (for tests before desktop/cli.py registers them)."""
    parser = argparse.ArgumentParser(prog="hashpledge")
    parser.add_argument("--db", metavar="PATH")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    add_parser(sub)
    return parser
