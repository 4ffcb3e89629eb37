"""The glossary ("What does this mean?"): plain-language explanations of the terms the app shows, each with the
formula the app actually uses (desktop/core/loans.py, mining.py, risk.py, farm.py) and a worked example.

Every text is an English source marked with QT_TRANSLATE_NOOP under the fixed context ``Glossary`` and
translated when it is read (:func:`term`, :func:`terms`), so a language switch shows the new language at once.

Context help for the pages: :func:`attach` gives a field or figure the term's one-line tooltip and marks it so
that F1 opens its term; :class:`HelpButton` is the small focusable "?" that opens the glossary at a term;
:func:`with_help` puts a widget and its "?" side by side.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QToolButton,
    QWidget,
)

CONTEXT = "Glossary"
TERM_PROPERTY = "glossaryTerm"  # dynamic property: the glossary key of a field, figure or "?" button


@dataclass(frozen=True)
class Term:
    """One glossary entry, in the current language."""

    key: str
    title: str  # the term, as a heading
    short: str  # the one-line definition (tooltips)
    body: str  # the plain-language explanation; paragraphs separated by a blank line
    formula: str  # what the app computes; one formula a line
    example: str  # a worked example with numbers; one step a line
    see_also: tuple[str, ...]


@dataclass(frozen=True)
class _Source:
    key: str
    title: str
    short: str
    body: str
    formula: str
    example: str
    see_also: tuple[str, ...] = ()


# The order is the order of the list in the panel: loans first, then mining, then risk.
_SOURCES: tuple[_Source, ...] = (
    _Source(
        "ltv",
        QT_TRANSLATE_NOOP("Glossary", "LTV (loan-to-value)"),
        QT_TRANSLATE_NOOP("Glossary", "The debt as a share of what the collateral is worth at the current BTC price."),
        QT_TRANSLATE_NOOP(
            "Glossary",
            "LTV tells how much of your pledge the loan uses up. It rises when the BTC price falls and when interest "
            "builds up on the debt; it falls when you repay or pledge more. Every offer sets three levels: the "
            "initial LTV (the most you may borrow at the start), the margin-call LTV and the liquidation LTV. The "
            "lower your LTV, the deeper a price fall the loan survives.\n\n"
            "The gauge on the Loans page shows the loan's LTV against the offer's levels: green up to the margin "
            "call, yellow up to liquidation, red beyond.",
        ),
        QT_TRANSLATE_NOOP(
            "Glossary",
            "LTV = debt ÷ (BTC pledged × BTC price + equipment counted)\n"
            "Initial LTV = the debt on the start date ÷ the collateral's value on that date",
        ),
        QT_TRANSLATE_NOOP(
            "Glossary",
            "You borrow $50,000 and pledge 1 BTC at $100,000: LTV = 50,000 ÷ 100,000 = 50 %.\n"
            "BTC falls to $80,000: LTV = 50,000 ÷ 80,000 = 62.5 %.\n"
            "BTC falls to $62,500: LTV = 80 %, the liquidation level of an offer with 50 / 70 / 80 %.",
        ),
        ("collateral", "margin_call", "liquidation"),
    ),
    _Source(
        "collateral",
        QT_TRANSLATE_NOOP("Glossary", "Collateral"),
        QT_TRANSLATE_NOOP("Glossary", "What you pledge to the lender for the loan: BTC, mining equipment or both."),
        QT_TRANSLATE_NOOP(
            "Glossary",
            "The lender holds the collateral until you repay. If you do not pay, or the LTV reaches the liquidation "
            "level, the lender sells it to recover the debt. Pledged BTC usually move to an address of the lender "
            "or a custodian and come back to you at maturity.\n\n"
            "By default the app pledges just as much BTC as the offer's initial LTV requires. Pledging more "
            "(“Pledged BTC” or “Pledge all holdings”) lowers the LTV and moves the margin-call and liquidation "
            "prices down. Equipment counts only at a share of its market value (see Haircut) and does not move "
            "with the BTC price.",
        ),
        QT_TRANSLATE_NOOP(
            "Glossary",
            "BTC to pledge = (amount ÷ initial LTV − equipment counted) ÷ BTC price, rounded up to a satoshi\n"
            "Largest amount = (BTC held × BTC price + equipment market value × haircut) × initial LTV",
        ),
        QT_TRANSLATE_NOOP(
            "Glossary",
            "$50,000 at an initial LTV of 50 % with BTC at $100,000: 50,000 ÷ 0.5 ÷ 100,000 = 1 BTC.\n"
            "With $30,000 of equipment counted: (100,000 − 30,000) ÷ 100,000 = 0.7 BTC.\n"
            "Holding 1.5 BTC and no equipment, the most you may borrow is 1.5 × 100,000 × 50 % = $75,000.",
        ),
        ("ltv", "haircut", "liquidation"),
    ),
    _Source(
        "margin_call",
        QT_TRANSLATE_NOOP("Glossary", "Margin call and margin-call price"),
        QT_TRANSLATE_NOOP(
            "Glossary", "The lender's demand to bring the LTV down once it reaches the offer's margin-call level."
        ),
        QT_TRANSLATE_NOOP(
            "Glossary",
            "When a falling BTC price (or accrued interest) pushes the LTV up to the margin-call level, the lender "
            "asks you to cure the call within the offer's grace period, for example 72 hours: pledge more BTC or "
            "repay part of the debt. If you do not, or the price keeps falling to the liquidation level, the "
            "collateral is sold.\n\n"
            "The margin-call price is the BTC price at which this happens; the Loans page shows it with its distance "
            "from today's price. When the debt grows over the term (a bullet loan accrues interest), the "
            "margin-call price rises with it.",
        ),
        QT_TRANSLATE_NOOP(
            "Glossary",
            "Margin-call price = (debt ÷ margin-call LTV − equipment counted) ÷ BTC pledged, rounded up to the "
            "cent or kopeck",
        ),
        QT_TRANSLATE_NOOP(
            "Glossary",
            "Debt $50,000 against 1 BTC, margin call at 70 %: 50,000 ÷ 0.70 ÷ 1 = $71,428.58, a fall of 28.6 % "
            "from $100,000.\n"
            "After 12 months of a 12 % bullet loan the debt is $56,000 and the margin-call price "
            "56,000 ÷ 0.70 = $80,000.",
        ),
        ("cure", "liquidation", "ltv"),
    ),
    _Source(
        "cure",
        QT_TRANSLATE_NOOP("Glossary", "Curing a margin call (top-up or partial repayment)"),
        QT_TRANSLATE_NOOP(
            "Glossary",
            "Bringing the LTV back down to the offer's cure level by pledging more BTC or repaying part of the debt.",
        ),
        QT_TRANSLATE_NOOP(
            "Glossary",
            "Each offer says down to which LTV a margin call must be cured (its cure level, often the initial LTV). "
            "Either way works: add BTC to the collateral (a top-up) or repay part of the principal. The Loans page "
            "shows both amounts for the moment the price touches the margin-call price (“At a margin call”).\n\n"
            "On the Risk tab, “Top up collateral from mining output and spare holdings” tests a farm that cures "
            "every call from what it has mined (net of the BTC sold to pay for power) and from the BTC it holds but "
            "has not pledged. If that is not enough, it pledges all it has, and the loan may still be liquidated "
            "later.",
        ),
        QT_TRANSLATE_NOOP(
            "Glossary",
            "BTC to add = (debt ÷ cure LTV − equipment counted) ÷ BTC price − BTC pledged, rounded up to a satoshi\n"
            "To repay = debt − cure LTV × (BTC pledged × BTC price + equipment counted), rounded up to the cent",
        ),
        QT_TRANSLATE_NOOP(
            "Glossary",
            "Debt $50,000, 1 BTC pledged, margin call at 70 % (price $71,428.58), cure to 50 %:\n"
            "add 50,000 ÷ 0.5 ÷ 71,428.58 − 1 = 0.39999984 BTC,\n"
            "or repay 50,000 − 0.5 × 71,428.58 = $14,285.71.",
        ),
        ("margin_call", "liquidation", "backtest"),
    ),
    _Source(
        "liquidation",
        QT_TRANSLATE_NOOP("Glossary", "Liquidation and liquidation price"),
        QT_TRANSLATE_NOOP(
            "Glossary",
            "The lender sells the collateral to repay the debt once the LTV reaches the offer's liquidation level.",
        ),
        QT_TRANSLATE_NOOP(
            "Glossary",
            "Liquidation is the outcome to avoid: the pledged BTC are sold at a low price, the debt is repaid from "
            "the proceeds, and you lose the BTC, and with them the gain if the price recovers later. The offer may "
            "also charge a liquidation fee. The app's “BTC left” figures count a liquidated pledge as lost.\n\n"
            "The liquidation price is the BTC price at which the LTV reaches the liquidation level; like the "
            "margin-call price, it rises as interest accrues. The risk figures use daily closing prices, so a "
            "brief fall within a day is not seen.",
        ),
        QT_TRANSLATE_NOOP(
            "Glossary",
            "Liquidation price = (debt ÷ liquidation LTV − equipment counted) ÷ BTC pledged, rounded up to the "
            "cent or kopeck",
        ),
        QT_TRANSLATE_NOOP(
            "Glossary",
            "Debt $50,000 against 1 BTC, liquidation at 80 %: 50,000 ÷ 0.80 = $62,500, a fall of 37.5 % from "
            "$100,000.\n"
            "At the maturity of a 12-month bullet loan at 12 % (debt $56,000): 56,000 ÷ 0.80 = $70,000.",
        ),
        ("margin_call", "cure", "stress"),
    ),
    _Source(
        "haircut",
        QT_TRANSLATE_NOOP("Glossary", "Haircut (equipment counted)"),
        QT_TRANSLATE_NOOP("Glossary", "The share of the equipment's market value that the lender counts as collateral."),
        QT_TRANSLATE_NOOP(
            "Glossary",
            "Lenders discount collateral that is hard to value or to sell: used ASICs lose value fast and fetch "
            "less in a forced sale. In an offer file, \"equipment_haircut\": 0.6 means that 60 % of the market "
            "value counts, a discount of 40 %.\n\n"
            "The app estimates a machine's market value as its hashrate × the price per TH/s of its efficiency "
            "band (up to 20, 20–30, 30–40, over 40 J/TH; the prices are in Settings). The equipment counted is a "
            "fixed part of the collateral: it lowers the LTV but does not move with the BTC price.",
        ),
        QT_TRANSLATE_NOOP(
            "Glossary",
            "Equipment counted = market value × haircut\n"
            "Market value = TH/s × price per TH/s of the machine's J/TH band",
        ),
        QT_TRANSLATE_NOOP(
            "Glossary",
            "20 machines of 104 TH/s at 3,068 W: 29.5 J/TH, band 20–30 J/TH at 550 ₽ per TH/s.\n"
            "Market value: 20 × 104 × 550 = 1,144,000 ₽; with a haircut of 0.6 the lender counts 686,400 ₽.",
        ),
        ("collateral", "efficiency", "ltv"),
    ),
    _Source(
        "apr",
        QT_TRANSLATE_NOOP("Glossary", "APR (annual percentage rate)"),
        QT_TRANSLATE_NOOP(
            "Glossary", "The yearly cost of the loan including fees, from the money you actually receive and pay."
        ),
        QT_TRANSLATE_NOOP(
            "Glossary",
            "The offer's interest rate does not tell the whole cost: fees paid at the start or deducted from the "
            "payout make a loan dearer. The app finds the rate at which everything you pay, discounted back to the "
            "start, equals what you actually received (the internal rate of return, IRR), and states it per year.\n\n"
            "It is a nominal rate: the monthly rate × 12, or the daily rate × 365 for offers billed in fixed "
            "periods of days; it is not compounded.",
        ),
        QT_TRANSLATE_NOOP(
            "Glossary",
            "Σ cash flowₖ ÷ (1 + i)^tₖ = 0: received −, paid +; tₖ in months from the start (whole months plus "
            "the elapsed share of the next)\n"
            "APR = i × 12 × 100 %; for offers with billing_days tₖ is in days and APR = i × 365 × 100 %",
        ),
        QT_TRANSLATE_NOOP(
            "Glossary",
            "$50,000 for 12 months at 12 % simple interest, repaid at the end, with a 2 % admin fee: you receive "
            "50,000 and pay 1,000 at once (net 49,000), then 56,000 at maturity.\n"
            "i = (56,000 ÷ 49,000)^(1/12) − 1 = 1.119 % a month; APR = 13.428 %, not the 12 % of the offer.",
        ),
        ("psk", "sell_or_borrow"),
    ),
    _Source(
        "psk",
        QT_TRANSLATE_NOOP("Glossary", "PSK (full cost of credit, 353-FZ)"),
        QT_TRANSLATE_NOOP(
            "Glossary",
            "The yearly cost of a loan as the Russian consumer credit law (353-FZ, art. 6) defines it, in per cent "
            "and in money.",
        ),
        QT_TRANSLATE_NOOP(
            "Glossary",
            "A Russian lender must state the PSK of a consumer loan in a box on the first page of the contract, "
            "as a percentage and as an amount, so that offers can be compared. It counts every payment of the "
            "borrower (principal, interest and fees) against the amount received.\n\n"
            "Unlike the APR it uses the law's base period: a month for monthly payments, the offer's billing "
            "period in days, or, for a loan repaid in a single payment within a year, the whole term. The amount in "
            "money is simply everything you pay minus what you received.",
        ),
        QT_TRANSLATE_NOOP(
            "Glossary",
            "Σ DPₖ ÷ ((1 + eₖ·i)(1 + i)^qₖ) = 0\n"
            "DPₖ: the k-th cash flow (received −, paid +); qₖ: whole base periods since the start; eₖ: the "
            "elapsed share of the next base period\n"
            "PSK = i × NBP × 100, to three decimals; NBP = base periods in a year (12 for a month, 365 ÷ days)\n"
            "PSK in money = all payments − the amount received",
        ),
        QT_TRANSLATE_NOOP(
            "Glossary",
            "1,000,000 ₽ for 12 months at 23.5 % (key rate 16.5 % + 7 pp), annuity, no fees: 94,317.79 ₽ a month; "
            "PSK = 23.500 %, 131,813.49 ₽.\n"
            "$50,000 for 12 months at 12 %, repaid at the end, 2 % admin fee: the base period is the 12-month term "
            "(NBP = 1), i = 56,000 ÷ 49,000 − 1; PSK = 14.286 %, $7,000.",
        ),
        ("apr",),
    ),
    _Source(
        "hashrate",
        QT_TRANSLATE_NOOP("Glossary", "Hashrate (TH/s)"),
        QT_TRANSLATE_NOOP(
            "Glossary",
            "How many hashes a second a machine or the farm computes; its share of the network's hashrate is its "
            "share of the rewards.",
        ),
        QT_TRANSLATE_NOOP(
            "Glossary",
            "Miners look for a block by computing hashes. 1 TH/s is 10¹² hashes a second; a current ASIC does "
            "100–300 TH/s, the whole network several hundred EH/s (1 EH/s = 1,000,000 TH/s). On average your "
            "share of the blocks is your hashrate ÷ the network's, and the network's hashrate is what the "
            "difficulty implies.\n\n"
            "The Dashboard's “Fleet running” and the calculator's “Use the profile's active fleet” add up the "
            "machines running today.",
        ),
        QT_TRANSLATE_NOOP(
            "Glossary",
            "Network hashrate ≈ difficulty × 2³² ÷ 600 s\n"
            "Blocks expected per day = hashrate [H/s] × 86,400 ÷ (difficulty × 2³²)",
        ),
        QT_TRANSLATE_NOOP(
            "Glossary",
            "100 TH/s = 10¹⁴ H/s. At a difficulty of 1.0 × 10¹⁴ the network does about 10¹⁴ × 2³² ÷ 600 ≈ 716 "
            "EH/s, so your share is 1.4 × 10⁻⁷.\n"
            "144 blocks a day × 1.4 × 10⁻⁷ ≈ 0.00002 blocks, or 0.0000629 BTC at a 3.125 BTC subsidy.",
        ),
        ("difficulty", "btc_per_day", "efficiency"),
    ),
    _Source(
        "difficulty",
        QT_TRANSLATE_NOOP("Glossary", "Network difficulty"),
        QT_TRANSLATE_NOOP(
            "Glossary",
            "How hard it is to find a block; the network adjusts it so that a block comes every 10 minutes on "
            "average.",
        ),
        QT_TRANSLATE_NOOP(
            "Glossary",
            "Every 2,016 blocks (about two weeks) Bitcoin retargets the difficulty to the hashrate of the whole "
            "network: when more machines join, the difficulty rises and each TH/s earns less BTC. That is why a "
            "farm's output falls over time even when nothing breaks.\n\n"
            "The calculator starts from the latest bundled difficulty (or that of a chosen day) and lets it grow "
            "by a monthly rate, smoothly day by day; the default rate is the average of the last 12 months.",
        ),
        QT_TRANSLATE_NOOP(
            "Glossary",
            "BTC per day = hashrate [H/s] × 86,400 × (subsidy + fees per block) ÷ (difficulty × 2³²) × "
            "(1 − pool fee) × uptime\n"
            "Difficulty on day n = difficulty × (1 + g)^(n ÷ 30.4375), g = growth per month",
        ),
        QT_TRANSLATE_NOOP(
            "Glossary",
            "200 TH/s at a difficulty of 1.0 × 10¹⁴, without fees: 0.0459 BTC in 365 days if the difficulty stays "
            "flat.\n"
            "If it grows 2 % a month (× 1.268 after a year): 0.0409 BTC, 11 % less.",
        ),
        ("hashrate", "btc_per_day", "halving"),
    ),
    _Source(
        "btc_per_day",
        QT_TRANSLATE_NOOP("Glossary", "Expected BTC per day"),
        QT_TRANSLATE_NOOP(
            "Glossary",
            "What a machine or a fleet mines per day on average at a given difficulty, after the pool fee and "
            "downtime.",
        ),
        QT_TRANSLATE_NOOP(
            "Glossary",
            "Mining is a lottery with known odds: over weeks the payouts follow the expected output closely, from "
            "day to day they jump (pool luck). The app uses the same formula everywhere: in the calculator, for "
            "the expected production on Mining & holdings ▸ By month, in the demo farms and for the top-ups from "
            "mining on the Risk tab.\n\n"
            "Uptime scales both the BTC mined and the energy used; the pool fee comes off what the pool pays out.",
        ),
        QT_TRANSLATE_NOOP(
            "Glossary",
            "BTC per day = hashrate [H/s] × 86,400 × (subsidy + fees per block) ÷ (difficulty × 2³²) × "
            "(1 − pool fee) × uptime",
        ),
        QT_TRANSLATE_NOOP(
            "Glossary",
            "200 TH/s, difficulty 1.0 × 10¹⁴, subsidy 3.125 + fees 0.025 BTC per block, pool fee 2.5 %, uptime "
            "97 %:\n"
            "2 × 10¹⁴ × 86,400 × 3.15 ÷ (10¹⁴ × 2³²) × 0.975 × 0.97 = 0.00011986 BTC a day, about 0.0036 BTC "
            "in 30 days.",
        ),
        ("hashrate", "difficulty", "hashprice"),
    ),
    _Source(
        "hashprice",
        QT_TRANSLATE_NOOP("Glossary", "Hashprice"),
        QT_TRANSLATE_NOOP(
            "Glossary",
            "What 1 TH/s earns per day at the current difficulty and BTC price: the price of a miner's work.",
        ),
        QT_TRANSLATE_NOOP(
            "Glossary",
            "Hashprice folds the BTC price, the difficulty, the subsidy and the fees into one number, so machines "
            "and farms of any size compare directly: revenue = hashprice × TH/s. It falls as the difficulty rises "
            "and at a halving, and rises with the BTC price.\n\n"
            "The calculator shows it in the chosen currency after the pool fee and uptime, before the power bill.",
        ),
        QT_TRANSLATE_NOOP("Glossary", "Hashprice = BTC per day × BTC price ÷ TH/s"),
        QT_TRANSLATE_NOOP(
            "Glossary",
            "200 TH/s mining 0.00011986 BTC a day at $100,000: revenue $11.99; 11.99 ÷ 200 = $0.0599 per TH/s "
            "per day.\n"
            "A 100 TH/s machine then earns about $5.99 a day before power.",
        ),
        ("btc_per_day", "break_even", "efficiency"),
    ),
    _Source(
        "efficiency",
        QT_TRANSLATE_NOOP("Glossary", "Efficiency (J/TH)"),
        QT_TRANSLATE_NOOP(
            "Glossary",
            "The energy a machine uses per unit of hashing: watts per TH/s, the same as joules per terahash. "
            "Lower is better.",
        ),
        QT_TRANSLATE_NOOP(
            "Glossary",
            "Efficiency decides which machines stay profitable when the hashprice falls: the power bill per TH/s is "
            "proportional to it. Current machines run at 15–20 J/TH, older ones at 30–40 J/TH and more.\n\n"
            "For a fleet the app divides the total power by the total hashrate (not an average of the machines' "
            "figures). The efficiency band also sets a machine's market estimate (Settings).",
        ),
        QT_TRANSLATE_NOOP(
            "Glossary",
            "J/TH = power [W] ÷ hashrate [TH/s]\n"
            "Fleet: total W ÷ total TH/s\n"
            "kWh per TH/s per day = J/TH × 24 ÷ 1,000",
        ),
        QT_TRANSLATE_NOOP(
            "Glossary",
            "200 TH/s at 3,500 W: 3,500 ÷ 200 = 17.5 J/TH, i.e. 0.42 kWh per TH/s a day (2.5 cents at $0.06 "
            "per kWh).\n"
            "A fleet of 10 × 100 TH/s at 3,050 W and 2 × 200 TH/s at 3,500 W: 37,500 W ÷ 1,400 TH/s = 26.8 J/TH.",
        ),
        ("hashrate", "break_even", "haircut"),
    ),
    _Source(
        "halving",
        QT_TRANSLATE_NOOP("Glossary", "Halving"),
        QT_TRANSLATE_NOOP(
            "Glossary",
            "Every 210,000 blocks (about four years) the block subsidy, the new BTC in each block, is cut in half.",
        ),
        QT_TRANSLATE_NOOP(
            "Glossary",
            "The subsidy is most of a miner's income, so a halving cuts the revenue nearly in half overnight while "
            "the power bill stays the same. The subsidy was 6.25 BTC until 20.04.2024 and is 3.125 BTC now; the "
            "next halving is expected around April 2028 (the app's estimate is 15.04.2028) and moves as blocks "
            "come faster or slower.\n\n"
            "The calculator, the demo farms and the top-ups from mining use the subsidy in force on each day.",
        ),
        QT_TRANSLATE_NOOP(
            "Glossary",
            "Subsidy = 50 BTC ÷ 2^(number of halvings so far)\n"
            "3.125 BTC from 20.04.2024; 1.5625 BTC expected from 15.04.2028",
        ),
        QT_TRANSLATE_NOOP(
            "Glossary",
            "With 0.025 BTC of fees a block, the reward falls from 3.15 to 1.5875 BTC a block: the output falls "
            "by 49.6 %.\n"
            "The break-even BTC price of a 200 TH/s machine at $0.06 per kWh rises from $40,788 to about $80,933.",
        ),
        ("btc_per_day", "break_even", "difficulty"),
    ),
    _Source(
        "break_even",
        QT_TRANSLATE_NOOP("Glossary", "Break-even BTC price and tariff"),
        QT_TRANSLATE_NOOP(
            "Glossary", "The BTC price, or the power tariff, at which mining today just pays for its electricity."
        ),
        QT_TRANSLATE_NOOP(
            "Glossary",
            "Below the break-even price every day of mining costs more in power than the BTC it brings. The "
            "break-even tariff is the same line seen from the other side: the most you can pay per kWh at "
            "today's price.\n\n"
            "Both count only electricity (not hosting fees, depreciation or the price of the machine) at today's "
            "difficulty; see Cost to mine 1 BTC for the full cost.",
        ),
        QT_TRANSLATE_NOOP(
            "Glossary",
            "Break-even price = energy cost per day ÷ BTC per day\n"
            "Break-even tariff = revenue per day ÷ kWh per day\n"
            "kWh per day = power [W] × 24 × uptime ÷ 1,000",
        ),
        QT_TRANSLATE_NOOP(
            "Glossary",
            "200 TH/s at 3,500 W, uptime 97 %: 81.48 kWh a day, $4.89 at $0.06 per kWh.\n"
            "It mines 0.00011986 BTC a day: break-even price = 4.89 ÷ 0.00011986 = $40,788.\n"
            "At $100,000 the revenue is $11.99 a day: break-even tariff = 11.99 ÷ 81.48 = $0.147 per kWh.",
        ),
        ("cost_per_btc", "hashprice", "efficiency"),
    ),
    _Source(
        "cost_per_btc",
        QT_TRANSLATE_NOOP("Glossary", "Cost to mine 1 BTC"),
        QT_TRANSLATE_NOOP("Glossary", "What one mined BTC cost you: the costs of a period ÷ the BTC mined in it."),
        QT_TRANSLATE_NOOP(
            "Glossary",
            "Compare it with the BTC price: the difference is your margin per BTC.\n\n"
            "The calculator counts only electricity over its horizon, with the difficulty growth and halvings. The "
            "Dashboard and Mining & holdings ▸ By month count your books: the energy cost, the sites' monthly fees "
            "(hosting or rent) and the straight-line depreciation of the machines; the Dashboard shows the last "
            "full month.",
        ),
        QT_TRANSLATE_NOOP(
            "Glossary",
            "Calculator: energy cost over the horizon ÷ BTC mined over the horizon\n"
            "Books: (energy + site fees + depreciation) ÷ BTC mined in the month",
        ),
        QT_TRANSLATE_NOOP(
            "Glossary",
            "A month with 180,000 ₽ of electricity, 20,000 ₽ of hosting fees and 100,000 ₽ of depreciation, "
            "0.06 BTC mined: 300,000 ÷ 0.06 = 5,000,000 ₽ per BTC.\n"
            "At a BTC price of 5,700,000 ₽ the margin is 700,000 ₽ per BTC.",
        ),
        ("break_even", "payback"),
    ),
    _Source(
        "payback",
        QT_TRANSLATE_NOOP("Glossary", "Payback"),
        QT_TRANSLATE_NOOP("Glossary", "How many days of mining profit pay back a machine's purchase price."),
        QT_TRANSLATE_NOOP(
            "Glossary",
            "The calculator adds up each day's profit (revenue − power) with the difficulty growing and the "
            "subsidy halving on the way, and gives the first day on which the sum reaches the purchase price, or "
            "“not within 10 years”. The BTC price and the tariff stay flat, so read it as a scenario, not a "
            "promise.",
        ),
        QT_TRANSLATE_NOOP(
            "Glossary",
            "Payback = the first day n on which Σ profit (day 1 … n) ≥ purchase price, looked for up to 10 years",
        ),
        QT_TRANSLATE_NOOP(
            "Glossary",
            "A $3,000 machine that earns $7.10 a day after power (200 TH/s, BTC at $100,000, $0.06 per kWh, flat "
            "difficulty): 423 days. With a growing difficulty it takes longer.",
        ),
        ("break_even", "difficulty", "halving"),
    ),
    _Source(
        "sell_or_borrow",
        QT_TRANSLATE_NOOP("Glossary", "Sell or borrow"),
        QT_TRANSLATE_NOOP(
            "Glossary",
            "Raise the money by selling BTC now, or borrow against the BTC and keep it: which leaves you better "
            "off when the loan ends.",
        ),
        QT_TRANSLATE_NOOP(
            "Glossary",
            "Selling costs you the BTC sold; borrowing costs you the loan's payments, but you keep all your BTC "
            "(the collateral comes back at maturity). So borrowing pays if the BTC price at maturity is above the "
            "break-even price, and selling is better below it.\n\n"
            "The Risk tab compares the two at end prices from half to twice today's. It leaves out a liquidation "
            "on the way (the backtest and Monte Carlo show that risk) and taxes.",
        ),
        QT_TRANSLATE_NOOP(
            "Glossary",
            "BTC sold = amount ÷ today's price, rounded up to a satoshi\n"
            "Sell: (BTC held − BTC sold) × end price\n"
            "Borrow: BTC held × end price − total paid on the loan\n"
            "Break-even end price = total paid ÷ BTC sold",
        ),
        QT_TRANSLATE_NOOP(
            "Glossary",
            "You need $50,000 and hold 1.5 BTC at $100,000. Selling takes 0.5 BTC; the 12 % loan with a 2 % fee "
            "costs $57,000 in all.\n"
            "Break-even = 57,000 ÷ 0.5 = $114,000.\n"
            "At $150,000: selling leaves $150,000, borrowing 1.5 × 150,000 − 57,000 = $168,000. At $80,000: "
            "$80,000 against $63,000.",
        ),
        ("apr", "backtest", "liquidation"),
    ),
    _Source(
        "backtest",
        QT_TRANSLATE_NOOP("Glossary", "Backtest"),
        QT_TRANSLATE_NOOP(
            "Glossary",
            "The same loan started on every past day of the price history: how often it would have met a margin "
            "call or been liquidated.",
        ),
        QT_TRANSLATE_NOOP(
            "Glossary",
            "History does not repeat exactly, but it shows how violent BTC's falls have been. The app starts the "
            "loan on each day of the bundled history whose whole term fits (or from a chosen day), pledges what "
            "the initial LTV requires at that day's price, and follows the daily closes over the term with the "
            "debt changing as the schedule says.\n\n"
            "The figures: the start dates tested, the share that met a margin call, the share liquidated, the "
            "worst LTV and the median BTC left at maturity, without and with top-ups from mining.",
        ),
        QT_TRANSLATE_NOOP(
            "Glossary",
            "LTV on day t = debt on day t ÷ (BTC pledged × close on day t)\n"
            "BTC pledged = debt on the start day ÷ (initial LTV × close on the start day)\n"
            "Share liquidated = start dates with LTV ≥ the liquidation LTV on some day ÷ start dates tested",
        ),
        QT_TRANSLATE_NOOP(
            "Glossary",
            "Initial LTV 50 %, liquidation at 80 %: with a flat debt a loan is liquidated when BTC closes 37.5 % "
            "below its start price (50 ÷ 80 = 0.625).\n"
            "If 300 of 4,997 start dates get there, the share liquidated is 6.0 %.",
        ),
        ("monte_carlo", "stress", "liquidation"),
    ),
    _Source(
        "monte_carlo",
        QT_TRANSLATE_NOOP("Glossary", "Monte Carlo"),
        QT_TRANSLATE_NOOP(
            "Glossary",
            "Thousands of simulated but realistic price paths: the probability of a margin call or a liquidation "
            "during the term.",
        ),
        QT_TRANSLATE_NOOP(
            "Glossary",
            "A backtest has only one history; Monte Carlo draws many possible futures from it. Block bootstrap "
            "joins random 30-day pieces of real daily price changes (so calm and stormy periods stay together); "
            "GBM draws daily changes from a normal distribution with the history's average and volatility.\n\n"
            "The loan is run on every path: a probability is the share of paths that reach the level, and the "
            "bands show the LTV of 5, 25, 50, 75 and 95 % of the paths. The same seed gives the same paths, so a "
            "result can be repeated.",
        ),
        QT_TRANSLATE_NOOP(
            "Glossary",
            "Daily log return r = ln(close of the day ÷ close of the day before)\n"
            "Path: price on day t = price today × exp(r₁ + … + rₜ)\n"
            "Probability = paths with LTV ≥ the level on some day ÷ all paths",
        ),
        QT_TRANSLATE_NOOP(
            "Glossary",
            "10,000 paths over 365 days; 1,240 reach the margin-call LTV and 410 the liquidation LTV: the "
            "probability of a margin call is 12.4 %, of liquidation 4.1 %.",
        ),
        ("backtest", "stress", "margin_call"),
    ),
    _Source(
        "stress",
        QT_TRANSLATE_NOOP("Glossary", "Stress test and drawdowns"),
        QT_TRANSLATE_NOOP(
            "Glossary",
            "What instant falls of 30, 50 and 70 %, and the worst falls in BTC's history, would do to the loan.",
        ),
        QT_TRANSLATE_NOOP(
            "Glossary",
            "The stress table lets the price fall on the first day and stay there: the LTV after the fall, the "
            "peak LTV over the term (a growing debt pushes it higher) and whether that means a margin call or a "
            "liquidation.\n\n"
            "A drawdown is a fall from a previous high. The app finds the three worst in the history over a "
            "window as long as the loan and replays each on the loan, day by day from its peak.",
        ),
        QT_TRANSLATE_NOOP(
            "Glossary",
            "LTV after a fall = LTV today ÷ (1 − fall)\n"
            "Drawdown on a day = 1 − close ÷ the highest close of the previous N days",
        ),
        QT_TRANSLATE_NOOP(
            "Glossary",
            "At an LTV of 50 %: a 30 % fall gives 50 ÷ 0.7 = 71.4 %, above a 70 % margin call; a 50 % fall gives "
            "100 %, beyond an 80 % liquidation level.",
        ),
        ("backtest", "monte_carlo", "liquidation"),
    ),
)

_BY_KEY = {s.key: s for s in _SOURCES}


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def keys() -> tuple[str, ...]:
    """The glossary's keys in list order."""
    return tuple(s.key for s in _SOURCES)


def term(key: str) -> Term:
    """The entry ``key`` in the current language (KeyError for an unknown key)."""
    s = _BY_KEY[key]
    return Term(s.key, tr(s.title), tr(s.short), tr(s.body), tr(s.formula), tr(s.example), s.see_also)


def terms() -> list[Term]:
    return [term(k) for k in keys()]


def tooltip(key: str) -> str:
    """The one-line definition as a (word-wrapping) rich-text tooltip."""
    t = term(key)
    return f"<p><b>{escape(t.title)}</b>: {escape(t.short)}</p>"


# ---- context help on the pages -------------------------------------------------------------------------


def term_of(widget: QWidget | None) -> str | None:
    """The glossary key of ``widget`` or of the nearest ancestor that has one (F1 on a field)."""
    while widget is not None:
        key = widget.property(TERM_PROPERTY)
        if key:
            return str(key)
        widget = widget.parentWidget()
    return None


def attach(key: str, *widgets: QWidget) -> None:
    """Give each widget the term's tooltip and mark it so that F1 on it opens the term."""
    _ = _BY_KEY[key]  # an unknown key is a programming error: fail early
    for w in widgets:
        w.setToolTip(tooltip(key))
        w.setProperty(TERM_PROPERTY, key)


def open_term(source: QWidget, key: str | None) -> None:
    """Show the glossary at ``key``: in the main window's panel, or in a glossary window of its own when the
    widget is not inside the main window (a page shown alone)."""
    top = source.window()
    show = getattr(top, "show_glossary", None)
    if callable(show):
        show(key)
        return
    from desktop.ui.glossary_panel import standalone_panel

    standalone_panel(top).open(key)


class HelpButton(QToolButton):
    """The small round "?" next to a term: focusable, Space or Enter opens the glossary at the term."""

    STYLE = (
        "QToolButton#helpButton { border: 1px solid palette(mid); border-radius: 8px; padding: 0px;"
        " font-weight: bold; color: palette(link); background: palette(base); }"
        "QToolButton#helpButton:hover { border-color: palette(highlight); }"
        "QToolButton#helpButton:focus { border: 2px solid palette(highlight); }"
    )

    def __init__(self, key: str, parent: QWidget | None = None, text: str = "?"):
        super().__init__(parent)
        self.key = key
        t = term(key)
        self.setObjectName("helpButton")
        self.setText(text)
        self.setProperty(TERM_PROPERTY, key)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setStyleSheet(self.STYLE)
        if text == "?":
            self.setFixedSize(16, 16)
        else:
            self.setFixedHeight(16)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setToolTip(f"<p><b>{escape(t.title)}</b>: {escape(t.short)}</p><p>"
                        + escape(QCoreApplication.translate(
                            "Glossary", "Click, or press Space, for the explanation, the formula and an example."))
                        + "</p>")
        self.setAccessibleName(QCoreApplication.translate("Glossary", "What does “{0}” mean?").format(t.title))
        self.setAccessibleDescription(t.short)
        self.clicked.connect(self.open)

    def open(self) -> None:
        open_term(self, self.key)

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt name
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
            self.animateClick()
            return
        super().keyPressEvent(event)


def with_help(widget: QWidget, key: str, *, tooltip_on_widget: bool = True, stretch: bool = True,
              align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignVCenter) -> QWidget:
    """``widget`` and its "?" button side by side, in a container that hands the focus to ``widget``.

    The container carries the term too, so F1 anywhere in it opens the term.
    """
    box = QWidget()
    box.setProperty(TERM_PROPERTY, key)
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    row.setSpacing(4)
    grows = not isinstance(widget, QLabel | QAbstractButton)  # a field keeps its width; a caption its text
    row.addWidget(widget, 1 if grows else 0)
    row.addWidget(HelpButton(key), 0, align)
    if stretch:
        row.addStretch(0 if grows else 1)
    if tooltip_on_widget:
        attach(key, widget)
    if widget.focusPolicy() != Qt.FocusPolicy.NoFocus:
        box.setFocusProxy(widget)
    return box


def figure(key: str, title: str, term_key: str | None) -> tuple[QWidget, QLabel, QLabel]:
    """One titled result of a page's results grid (Loans, Mining calculator): the title cell (with a "?" button
    when ``term_key`` names a glossary term), the value label ("—" until set; object name ``out_<key>``,
    selectable, right-aligned, explained by the term's tooltip) and the bare title label."""
    label = QLabel(title + ":")
    value = QLabel("—")
    value.setObjectName(f"out_{key}")
    value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    if not term_key:
        return label, value, label
    attach(term_key, value)
    return with_help(label, term_key), value, label


def help_card(card: QWidget, key: str, *extra: tuple[str, str]) -> list[HelpButton]:
    """Give a FigureCard help: its caption and value get the term's tooltip, and "?" buttons go beside the
    caption (``extra``: more terms as (key, short button text))."""
    layout = card.layout()
    caption = card.caption
    index = layout.indexOf(caption)
    layout.removeWidget(caption)
    head = QWidget()
    row = QHBoxLayout(head)
    row.setContentsMargins(0, 0, 0, 0)
    row.setSpacing(4)
    row.addWidget(caption)
    buttons = [HelpButton(key)] + [HelpButton(k, text=text) for k, text in extra]
    for b in buttons:
        row.addWidget(b, 0, Qt.AlignmentFlag.AlignVCenter)
    row.addStretch(1)
    layout.insertWidget(max(index, 0), head)
    attach(key, caption, card.value)
    card.setProperty(TERM_PROPERTY, key)
    return buttons

