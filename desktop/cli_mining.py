"""``hashpledge mining-calc``: what a machine or a fleet earns, from the command line.

Registered by desktop/cli.py via ``add_parser(sub)`` and dispatched to ``run(args)``. Numbers are read
as text and parsed exactly (decimal point or comma), so bad input becomes a one-line ``UserError``
(exit 1) rather than an argparse usage error. Defaults make a bare call the textbook formula: no fees,
no pool fee, 100 % uptime, flat difficulty, 30 days. The BTC price stays flat over the horizon.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
from decimal import ROUND_HALF_UP, Decimal

from desktop.cli_i18n import translate

BTC_QUANTUM = Decimal("0.00000001")
KWH_QUANTUM = Decimal("0.001")
SCIENTIFIC = re.compile(r"\d+(\.\d+)?[eE][+-]?\d{1,3}")


def add_parser(subparsers) -> argparse.ArgumentParser:
    p = subparsers.add_parser(
        "mining-calc",
        help=translate("CliMining", "mining calculator: BTC, revenue, energy cost and profit per day and over a "
                                    "horizon"),
        description=translate(
            "CliMining",
            "Expected BTC/day = H × 86400 × (subsidy + fees) ÷ (difficulty × 2^32) × (1 − pool fee) × "
            "uptime. The BTC price and the tariff stay flat over the horizon; difficulty grows by the monthly "
            "rate (smoothly, day by day) and the subsidy halves on the halving dates.",
        ),
    )
    p.add_argument("--hashrate-th", required=True, metavar="TH", help=translate("CliMining", "hashrate in TH/s"))
    p.add_argument("--power-w", required=True, metavar="W", help=translate("CliMining", "power draw in watts"))
    p.add_argument("--tariff", required=True, metavar="T",
                   help=translate("CliMining", "electricity price per kWh, in --currency"))
    p.add_argument("--currency", required=True, metavar="C", help=translate("CliMining", "USD, RUB or EUR"))
    p.add_argument(
        "--price",
        metavar="P",
        help=translate("CliMining", "BTC price in --currency (default: the bundled close at --date or the "
                                    "latest; USD and RUB only)"),
    )
    source = p.add_mutually_exclusive_group()
    source.add_argument(
        "--difficulty",
        metavar="D",
        help=translate("CliMining", "network difficulty, e.g. 133793147307543 or 1.338e14 (default: the "
                                    "latest bundled)"),
    )
    source.add_argument(
        "--date",
        metavar=translate("CliMining", "YYYY-MM-DD"),
        help=translate("CliMining", "take the difficulty (and the default price) from the bundled history on "
                                    "this day; the projection starts on this day (otherwise today)"),
    )
    p.add_argument(
        "--fees-per-block", default="0", metavar="BTC",
        help=translate("CliMining", "transaction fees per block (default 0)"),
    )
    p.add_argument("--pool-fee-percent", default="0", metavar="F",
                   help=translate("CliMining", "pool fee in percent (default 0)"))
    p.add_argument("--uptime-percent", default="100", metavar="U",
                   help=translate("CliMining", "uptime in percent (default 100)"))
    p.add_argument("--days", default="30", metavar="N", help=translate("CliMining", "horizon in days (default 30)"))
    p.add_argument(
        "--difficulty-growth-percent-month",
        default="0",
        metavar="G",
        help=translate("CliMining", "difficulty growth in percent per month, may be negative (default 0)"),
    )
    p.add_argument("--purchase-price", metavar="X",
                   help=translate("CliMining", "price of the hardware, for the payback period"))
    p.add_argument("--json", action="store_true", help=translate("CliMining", "machine-readable output"))
    return p


def _money(value: Decimal | None, currency: str) -> str | None:
    from desktop.core.money import quantize

    return None if value is None else f"{quantize(value, currency):f}"


def _btc(value: Decimal) -> str:
    return f"{value.quantize(BTC_QUANTUM, rounding=ROUND_HALF_UP):f}"


def _kwh(value: Decimal) -> str:
    return f"{value.quantize(KWH_QUANTUM, rounding=ROUND_HALF_UP):f}"


def _plain(value: Decimal) -> str:
    """An input echoed back exactly, without exponent notation."""
    text = f"{value:f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def _parse_inputs(args):
    from desktop.cli import UserError, _error_text
    from desktop.core.mining import MAX_DAYS, MiningInputs
    from desktop.core.money import AmountError, check_currency, parse_btc, parse_decimal
    from desktop.services import mining_calc

    def number(text: str, what: str, *, allow_negative: bool = False) -> Decimal:
        try:
            return parse_decimal(text, allow_negative=allow_negative)
        except AmountError as exc:
            raise UserError(f"--{what}: {_error_text(exc)}") from exc

    try:
        currency = check_currency(args.currency)
    except AmountError as exc:
        raise UserError(f"--currency: {_error_text(exc)}") from exc

    day: dt.date | None = None
    if args.date is not None:
        try:
            day = dt.date.fromisoformat(args.date)
        except ValueError as exc:
            raise UserError(translate("CliMining", "--date: '{0}' is not a date (YYYY-MM-DD)").format(args.date)) from exc

    hashrate = number(args.hashrate_th, "hashrate-th")
    if hashrate <= 0:
        raise UserError(translate("CliMining", "--hashrate-th: the hashrate must be positive"))
    power = number(args.power_w, "power-w")
    tariff = number(args.tariff, "tariff")
    try:
        fees_btc = Decimal(parse_btc(args.fees_per_block)) / 100_000_000
    except AmountError as exc:
        raise UserError(f"--fees-per-block: {_error_text(exc)}") from exc
    pool_fee = number(args.pool_fee_percent, "pool-fee-percent")
    uptime = number(args.uptime_percent, "uptime-percent")
    growth = number(
        args.difficulty_growth_percent_month, "difficulty-growth-percent-month", allow_negative=True
    )
    purchase = None if args.purchase_price is None else number(args.purchase_price, "purchase-price")
    try:
        days = int(args.days)
    except ValueError as exc:
        raise UserError(translate("CliMining", "--days: '{0}' is not a whole number").format(args.days)) from exc
    if not 1 <= days <= MAX_DAYS:
        raise UserError(translate("CliMining", "--days: must be from 1 to {0}").format(MAX_DAYS))

    try:
        if args.difficulty is not None:
            text = args.difficulty.strip()
            if SCIENTIFIC.fullmatch(text):  # difficulty is big: 1.4e14 is the usual way to type it
                difficulty = Decimal(text)
            else:
                difficulty = number(text, "difficulty")
            if difficulty <= 0:
                raise UserError(translate("CliMining", "--difficulty: the difficulty must be positive"))
            difficulty_source = "given"
        else:
            found = mining_calc.difficulty_at(day)
            difficulty, difficulty_source = found.value, found.source
        if args.price is not None:
            price = number(args.price, "price")
            price_source = "given"
        else:
            found = mining_calc.price_at(currency, day)
            price, price_source = found.value, found.source
    except mining_calc.MarketDataError as exc:
        raise UserError(_error_text(exc)) from exc

    inputs = MiningInputs(
        hashrate_ths=hashrate,
        power_w=power,
        tariff_per_kwh=tariff,
        currency=currency,
        btc_price=price,
        difficulty=difficulty,
        start_date=day if day is not None else dt.date.today(),
        fees_per_block_btc=fees_btc,
        pool_fee_percent=pool_fee,
        uptime_percent=uptime,
        days=days,
        difficulty_growth_percent_month=growth,
        purchase_price=purchase,
    )
    try:
        inputs.validate()
    except ValueError as exc:
        raise UserError(_error_text(exc)) from exc
    return inputs, difficulty_source, price_source


def result_to_json(result, difficulty_source: str, price_source: str) -> dict:
    """Every money value a string at the currency's minor unit, BTC at 8 decimals, kWh at 3."""
    i = result.inputs
    c = i.currency

    def m(value):
        return _money(value, c)

    return {
        "inputs": {
            "hashrate_th": _plain(i.hashrate_ths),
            "power_w": _plain(i.power_w),
            "tariff_per_kwh": _plain(i.tariff_per_kwh),
            "currency": c,
            "btc_price": _plain(i.btc_price),
            "price_source": price_source,
            "difficulty": _plain(i.difficulty),
            "difficulty_source": difficulty_source,
            "fees_per_block_btc": _btc(i.fees_per_block_btc),
            "pool_fee_percent": _plain(i.pool_fee_percent),
            "uptime_percent": _plain(i.uptime_percent),
            "days": i.days,
            "difficulty_growth_percent_month": _plain(i.difficulty_growth_percent_month),
            "start_date": i.start_date.isoformat(),
            "purchase_price": None if i.purchase_price is None else _plain(i.purchase_price),
        },
        "difficulty_source": difficulty_source,
        "currency": c,
        "subsidy_btc": _btc(result.subsidy_btc),
        "btc_per_day": _btc(result.btc_per_day),
        "revenue_per_day": m(result.revenue_per_day),
        "energy_kwh_per_day": _kwh(result.energy_kwh_per_day),
        "energy_cost_per_day": m(result.energy_cost_per_day),
        "profit_per_day": m(result.profit_per_day),
        "break_even_price": m(result.break_even_price),
        "break_even_tariff": m(result.break_even_tariff),
        "hashprice_per_th_day": m(result.hashprice_per_th_day),
        "hashprice_per_ph_day": m(result.hashprice_per_th_day * 1000),
        "btc_per_month": _btc(result.btc_per_month),
        "revenue_per_month": m(result.revenue_per_month),
        "profit_per_month": m(result.profit_per_month),
        "end_date": result.end_date.isoformat(),
        "btc_over_horizon": _btc(result.btc_over_horizon),
        "revenue_over_horizon": m(result.revenue_over_horizon),
        "energy_kwh_over_horizon": _kwh(result.energy_kwh_over_horizon),
        "energy_cost_over_horizon": m(result.energy_cost_over_horizon),
        "profit_over_horizon": m(result.profit_over_horizon),
        "cost_to_mine_one_btc": m(result.cost_to_mine_one_btc),
        "halvings_in_horizon": [h.isoformat() for h in result.halvings_in_horizon],
        "payback_days": result.payback_days,
    }


# The sources of difficulty and price (JSON values, English) as the text output shows them.
_SOURCES = (
    (re.compile(r"given"), lambda m: translate("CliMining", "given")),
    (re.compile(r"bundled history (\S+)"), lambda m: translate("CliMining", "bundled history {0}").format(m[1])),
    (re.compile(r"bundled BTC/USD close (\S+)"),
     lambda m: translate("CliMining", "bundled BTC/USD close {0}").format(m[1])),
    (re.compile(r"bundled BTC/USD close × Bank of Russia USD/RUB (\S+)"),
     lambda m: translate("CliMining", "bundled BTC/USD close × Bank of Russia USD/RUB {0}").format(m[1])),
)


def _source_text(source: str) -> str:
    for pattern, text in _SOURCES:
        match = pattern.fullmatch(source)
        if match:
            return text(match)
    return source


def _print_table(data: dict) -> None:
    i = data["inputs"]
    c = data["currency"]
    n = i["days"]
    print(translate("CliMining", "{0} TH/s, {1} W, tariff {2} {3}/kWh, BTC price {4} {3} ({5})").format(
        i["hashrate_th"], i["power_w"], i["tariff_per_kwh"], c, i["btc_price"], _source_text(i["price_source"])))
    print(translate("CliMining", "difficulty {0} ({1}), growth {2} %/month").format(
        i["difficulty"], _source_text(data["difficulty_source"]), i["difficulty_growth_percent_month"]))
    print(translate("CliMining", "pool fee {0} %, uptime {1} %, fees/block {2} BTC, subsidy {3} BTC; from {4}, "
                                 "price flat").format(i["pool_fee_percent"], i["uptime_percent"],
                                                      i["fees_per_block_btc"], data["subsidy_btc"], i["start_date"]))
    if data["halvings_in_horizon"]:
        print(translate("CliMining", "halving within the horizon: {0}").format(", ".join(data["halvings_in_horizon"])))
    print()
    rows = [
        ("", translate("CliMining", "per day"), translate("CliMining", "30 days"),
         translate("CliMining", "{0} days").format(n)),
        ("BTC", data["btc_per_day"], data["btc_per_month"], data["btc_over_horizon"]),
        (translate("CliMining", "revenue, {0}").format(c), data["revenue_per_day"], data["revenue_per_month"],
         data["revenue_over_horizon"]),
        (translate("CliMining", "energy, kWh"), data["energy_kwh_per_day"], "", data["energy_kwh_over_horizon"]),
        (translate("CliMining", "energy cost, {0}").format(c), data["energy_cost_per_day"], "",
         data["energy_cost_over_horizon"]),
        (translate("CliMining", "profit, {0}").format(c), data["profit_per_day"], data["profit_per_month"],
         data["profit_over_horizon"]),
    ]
    widths = [max(len(r[k]) for r in rows) for k in range(4)]
    for r in rows:
        print("  ".join([r[0].ljust(widths[0])] + [r[k].rjust(widths[k]) for k in range(1, 4)]).rstrip())
    print()

    def show(value, suffix=""):
        return "—" if value is None else f"{value}{suffix}"

    payback = (
        None
        if i["purchase_price"] is None
        else (translate("CliMining", "not within 10 years") if data["payback_days"] is None
              else translate("CliMining", "{0} days").format(data["payback_days"]))
    )
    facts = [
        (translate("CliMining", "break-even BTC price"), show(data["break_even_price"], f" {c}")),
        (translate("CliMining", "break-even tariff"),
         show(data["break_even_tariff"], translate("CliMining", " {0}/kWh").format(c))),
        (
            translate("CliMining", "hashprice"),
            translate("CliMining", "{0} {1}/TH/day ({2} {1}/PH/day)").format(
                data["hashprice_per_th_day"], c, data["hashprice_per_ph_day"]),
        ),
        (translate("CliMining", "cost to mine 1 BTC ({0} days)").format(n), show(data["cost_to_mine_one_btc"], f" {c}")),
    ]
    if payback is not None:
        facts.append((translate("CliMining", "payback of {0} {1}").format(i["purchase_price"], c), payback))
    width = max(len(k) for k, _ in facts)
    for k, v in facts:
        print(f"{k.ljust(width)}  {v}")


def run(args) -> int:
    """Run ``mining-calc``. Raises ``desktop.cli.UserError`` for bad input (the CLI prints it, exit 1)."""
    from desktop.cli import UserError, _error_text
    from desktop.services.mining_calc import run_calculator

    inputs, difficulty_source, price_source = _parse_inputs(args)
    try:
        result = run_calculator(inputs)
    except ValueError as exc:  # pragma: no cover - _parse_inputs validated already
        raise UserError(_error_text(exc)) from exc
    data = result_to_json(result, difficulty_source, price_source)
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        _print_table(data)
    return 0
