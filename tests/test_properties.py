"""Bad input, property-tested: every parser and validator answers any input with a value or its own documented
error — never another exception — and a failing import or record writes nothing.

Parsers and their documented errors:
    core.money parse_decimal / parse_btc / to_minor / check_currency -> AmountError
    csv_io dates and cells (_date_or_problem, _date), sniff, import_csv -> ImportFailed (row count unchanged)
    records._date, records.add_payout -> RecordError (row count unchanged)
    core.addresses validate_address -> AddressError;  core.inn validate_inn -> InnError
    offers loads_offer / validate_offer -> OfferError
    package_zip verify_package -> a VerifyReport (raises only for a file that cannot be read at all)
    market.parse_cbr_daily, net.parse_json (a server's answer) -> FetchError
Examples per test are few (``PROPS``) so the suite stays fast; ``build/fuzz_csv.py`` runs thousands of files.
"""

from __future__ import annotations

import copy
import datetime as dt
import hashlib
import io
import json
import string
import warnings
import zipfile
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from desktop.core import addresses, inn, money
from desktop.services import csv_io, market, net, offers, profiles, records
from desktop.services import package_zip as pz

PROPS = settings(max_examples=200, deadline=None, database=None,
                 suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
FEW = settings(PROPS, max_examples=60)  # the ones that write to a database

TODAY = dt.date(2026, 3, 22)

# ---------------------------------------------------------------------------------------------- strategies
NUMBERISH = st.text(alphabet="0123456789,.-+ '\u00a0\u202f\u2009\u2212eE_٣²", max_size=24)
JSON_SCALARS = st.one_of(st.none(), st.booleans(), st.integers(-10**20, 10**20),
                         st.decimals(allow_nan=True, allow_infinity=True, places=4), st.text(max_size=12))
JSON_VALUES = st.recursive(JSON_SCALARS, lambda inner: st.one_of(
    st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=8), inner, max_size=4)), max_leaves=12)


def nested(depth: int, open_: str = "[", close: str = "]") -> str:
    return open_ * depth + close * depth


# ============================================================================================ money
@PROPS
@given(text=st.one_of(st.text(max_size=30), NUMBERISH), negative=st.booleans(),
       group=st.sampled_from([None, ",", ".", " "]), max_decimals=st.sampled_from([None, 0, 2, 8]))
def test_parse_decimal_gives_a_finite_decimal_or_an_amount_error(text, negative, group, max_decimals):
    try:
        value = money.parse_decimal(text, allow_negative=negative, group_separator=group, max_decimals=max_decimals)
    except money.AmountError as exc:
        assert str(exc)
        return
    assert isinstance(value, Decimal) and value.is_finite()
    assert negative or value >= 0
    assert max_decimals is None or money.decimals_in(value) <= max_decimals


@PROPS
@given(text=st.one_of(st.text(max_size=30), NUMBERISH), negative=st.booleans())
def test_parse_btc_gives_satoshis_in_range_or_an_amount_error(text, negative):
    try:
        sats = money.parse_btc(text, allow_negative=negative)
    except money.AmountError:
        return
    assert isinstance(sats, int) and abs(sats) <= money.MAX_SATS and (negative or sats >= 0)


@PROPS
@given(sats=st.integers(-money.MAX_SATS, money.MAX_SATS))
def test_btc_text_round_trips_exactly(sats):
    assert money.parse_btc(money.format_btc(sats), allow_negative=True) == sats
    assert money.parse_btc(money.format_btc(sats).replace(".", ","), allow_negative=True) == sats


@PROPS
@given(amount=st.decimals(min_value=-10**15, max_value=10**15, allow_nan=False, places=4),
       currency=st.one_of(st.sampled_from(money.CURRENCIES), st.text(max_size=4)))
def test_to_minor_is_exact_or_an_amount_error(amount, currency):
    try:
        minor = money.to_minor(amount, currency)
    except money.AmountError:
        return
    assert money.from_minor(minor, currency) == amount


@PROPS
@given(code=st.text(max_size=6))
def test_check_currency(code):
    try:
        assert money.check_currency(code) in money.CURRENCIES
    except money.AmountError:
        pass


# ============================================================================================ dates
DATEISH = st.one_of(
    st.text(max_size=25),
    st.from_regex(r"\d{1,5}[-./]\d{1,3}[-./]\d{1,5}( \d{1,2}:\d{2}(:\d{2})?)?", fullmatch=True),
    st.from_regex(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?", fullmatch=True),
)


@PROPS
@given(raw=DATEISH)
def test_csv_dates_parse_or_say_why(raw):
    value = csv_io._date_or_problem(raw)
    assert isinstance(value, dt.date) or value in ("format", "calendar")
    try:
        day = csv_io._date(raw, TODAY)
    except csv_io._Bad as bad:
        assert bad.reason
        return
    assert day <= TODAY


@PROPS
@given(day=st.dates(dt.date(1, 1, 1), dt.date(9999, 12, 31)))
def test_csv_dates_round_trip_both_formats(day):
    assume(day.year >= 1000)  # the formats have four-digit years
    assert csv_io._date_or_problem(day.isoformat()) == day
    assert csv_io._date_or_problem(day.strftime("%d.%m.%Y")) == day


@PROPS
@given(raw=st.one_of(DATEISH, st.dates().map(dt.date.isoformat)))
def test_record_dates_parse_or_raise_a_record_error(raw):
    try:
        day = records._date("day", raw, TODAY)
    except records.RecordError:
        return
    assert isinstance(day, dt.date) and day <= TODAY


# ============================================================================================ addresses
BECH32ISH = st.from_regex(r"(bc|tb|bcrt|BC|TB|ltc)1[qpzry9x8gf2tvdw0s3jn54khce6mua7lQPZRY9X]{0,90}", fullmatch=True)
BASE58ISH = st.text(alphabet=addresses._B58_ALPHABET + "0OIl", min_size=0, max_size=60)
NETWORKS = st.sampled_from(["mainnet", "testnet", "signet", "regtest", None])


@PROPS
@given(text=st.one_of(st.text(max_size=100), BECH32ISH, BASE58ISH), network=NETWORKS)
def test_validate_address_answers_any_text(text, network):
    try:
        info = addresses.validate_address(text, network)
    except addresses.AddressError as exc:
        assert exc.template in addresses.MESSAGES
        return
    assert info.address and info.kind and len(info.script_pubkey) >= 4


@st.composite
def segwit(draw):
    version = draw(st.integers(0, 16))
    if version == 0:
        size = draw(st.sampled_from([20, 32]))
    elif version == 1:
        size = 32
    else:
        size = draw(st.integers(2, 40))
    return version, draw(st.binary(min_size=size, max_size=size)), draw(st.sampled_from(["mainnet", "testnet",
                                                                                        "regtest"]))


@PROPS
@given(address=segwit(), position=st.integers(0, 200), replacement=st.sampled_from(addresses._CHARSET))
def test_segwit_addresses_round_trip_and_any_typo_is_caught(address, position, replacement):
    version, program, network = address
    text = addresses.encode_segwit_address(network, version, program)
    info = addresses.validate_address(text, network)
    assert (info.witness_version, info.program) == (version, program)
    assert addresses.validate_address(text.upper(), network).program == program
    sep = text.rindex("1")
    pos = sep + 1 + position % (len(text) - sep - 1)
    assume(text[pos] != replacement)
    typo = text[:pos] + replacement + text[pos + 1:]
    with pytest.raises(addresses.AddressError):  # bech32 detects every single substitution
        addresses.validate_address(typo, network)


def b58check(payload: bytes) -> str:
    data = payload + hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
    number, out = int.from_bytes(data, "big"), ""
    while number:
        number, rem = divmod(number, 58)
        out = addresses._B58_ALPHABET[rem] + out
    return "1" * (len(data) - len(data.lstrip(b"\0"))) + out


@PROPS
@given(version=st.sampled_from([0x00, 0x05, 0x6F, 0xC4]), program=st.binary(min_size=20, max_size=20),
       position=st.integers(0, 40), replacement=st.sampled_from(addresses._B58_ALPHABET))
def test_base58_addresses_round_trip_and_typos_are_caught(version, program, position, replacement):
    text = b58check(bytes([version]) + program)
    info = addresses.validate_address(text, None)
    assert info.program == program and info.kind in ("p2pkh", "p2sh")
    pos = position % len(text)
    assume(text[pos] != replacement)
    with pytest.raises(addresses.AddressError):
        addresses.validate_address(text[:pos] + replacement + text[pos + 1:], None)


# ============================================================================================ INN
@PROPS
@given(text=st.one_of(st.text(max_size=14), st.text(alphabet="0123456789 ٣", max_size=14)),
       form=st.sampled_from([None, *inn.LEGAL_FORMS, "unknown"]))
def test_validate_inn_answers_any_text(text, form):
    try:
        cleaned = inn.validate_inn(text, form)
    except inn.InnError:
        return
    assert cleaned.isascii() and cleaned.isdigit() and len(cleaned) in (10, 12)


@PROPS
@given(prefix=st.one_of(st.text(alphabet=string.digits, min_size=9, max_size=9),
                        st.text(alphabet=string.digits, min_size=10, max_size=10)),
       digit=st.sampled_from(string.digits))
def test_inn_check_digits_are_checked(prefix, digit):
    number = inn.make_inn(prefix)
    assert inn.validate_inn(number) == number
    assume(number[-1] != digit)
    with pytest.raises(inn.InnError):  # the last check digit is determined by the others
        inn.validate_inn(number[:-1] + digit)


# ============================================================================================ offers
CATALOGUE = [offers.loads_offer(path.read_text(encoding="utf-8")) for path in offers.catalogue_files()]


@PROPS
@given(text=st.one_of(st.text(max_size=200), JSON_VALUES.map(lambda v: json.dumps(v, default=str)),
                      st.integers(60, 5000).map(nested), st.integers(60, 3000).map(lambda n: nested(n, '{"a":', "}")),
                      st.sampled_from(CATALOGUE).map(offers.dumps_offer).flatmap(
                          lambda t: st.integers(0, len(t)).map(lambda n: t[:n]))))
def test_loads_offer_answers_any_text(text):
    try:
        offers.loads_offer(text)
    except offers.OfferError as exc:
        assert exc.template in offers.MESSAGES
        if exc.template == offers.M_JSON_SYNTAX:
            assert exc.params[0] >= 1 and exc.params[1] >= 1  # line and column


@PROPS
@given(data=st.one_of(st.binary(max_size=300), st.sampled_from(CATALOGUE).map(
    lambda o: offers.dumps_offer(o).encode("utf-16")), st.text(max_size=100).map(lambda t: t.encode("cp1251",
                                                                                                  "replace"))))
def test_load_offer_file_answers_any_bytes(tmp_path_factory, data):
    path = tmp_path_factory.getbasetemp() / "offer.json"
    path.write_bytes(data)
    try:
        offer = offers.load_offer_file(path)
    except offers.OfferError as exc:
        assert exc.template in offers.MESSAGES
        return
    offers.validate_offer(offer)


def _paths(value, prefix=()):
    yield prefix
    if isinstance(value, dict):
        for k, v in value.items():
            yield from _paths(v, (*prefix, k))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield from _paths(v, (*prefix, i))


@st.composite
def mutated_offers(draw):
    offer = copy.deepcopy(draw(st.sampled_from(CATALOGUE)))
    for _ in range(draw(st.integers(1, 3))):
        paths = [p for p in _paths(offer) if p]
        if not paths:
            break
        path = draw(st.sampled_from(paths))
        parent = offer
        for part in path[:-1]:
            parent = parent[part]
        action = draw(st.sampled_from(["delete", "replace", "add"]))
        if action == "delete":
            del parent[path[-1]]
        elif action == "replace":
            parent[path[-1]] = draw(JSON_VALUES)
        elif isinstance(parent, dict):
            parent[draw(st.text(max_size=10))] = draw(JSON_VALUES)
    return offer


@PROPS
@given(offer=st.one_of(mutated_offers(), JSON_VALUES))
def test_validate_offer_answers_any_value(offer):
    try:
        offers.validate_offer(offer)
    except offers.OfferError as exc:
        assert exc.template in offers.MESSAGES
        return
    offers.loads_offer(offers.dumps_offer(offer))  # a valid offer can be written and read back


# ============================================================================================ packages
@pytest.fixture(scope="module")
def package_bytes(tmp_path_factory):
    key = pz.signing_key(tmp_path_factory.mktemp("key"))
    doc = {"schema": 1, "package_id": "0b8f6a2e-1c1d-4c55-9a4e-3f1f2b6c7d8e", "created_at": "2026-05-09T07:35:25Z",
           "profile": {"name": "Ivan Petrov"}, "files": ["report.pdf", "data/farm.csv", "package.json"]}
    files = {"report.pdf": b"%PDF-1.7\n" + bytes(range(256)) * 8 + b"\n%%EOF\n",
             "data/farm.csv": b"model,count\nS19,12\n", "package.json": json.dumps(doc).encode()}
    data = pz.build_package(files, sign_with=key)
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        members = {n: zf.read(n) for n in zf.namelist()}
    return data, members


@st.composite
def mutations(draw, data: bytes):
    raw = bytearray(data)
    kind = draw(st.sampled_from(["flip", "truncate", "insert", "overwrite"]))
    pos = draw(st.integers(0, len(raw) - 1))
    if kind == "flip":
        for _ in range(draw(st.integers(1, 4))):
            raw[draw(st.integers(0, len(raw) - 1))] ^= draw(st.integers(1, 255))
    elif kind == "truncate":
        del raw[pos:]
    elif kind == "insert":
        raw[pos:pos] = draw(st.binary(min_size=1, max_size=64))
    else:
        chunk = draw(st.binary(min_size=1, max_size=64))
        raw[pos:pos + len(chunk)] = chunk
    return bytes(raw)


@PROPS
@given(data=st.data())
def test_verify_never_crashes_and_never_passes_changed_content(package_bytes, tmp_path_factory, data):
    original, members = package_bytes
    mutated = data.draw(mutations(original))
    assume(mutated != original)
    path = tmp_path_factory.getbasetemp() / "mutated.zip"
    path.write_bytes(mutated)
    report = pz.verify_package(path)
    assert isinstance(report, pz.VerifyReport)
    if report.ok:  # a change the check cannot see (a date in a local header…) left every file as it was
        with zipfile.ZipFile(path) as zf:
            got = {n: zf.read(n) for n in zf.namelist()}
        dropped = set(members) - set(got)
        # the one change that still verifies: a mutation that drops the signature's two entries leaves a valid
        # *unsigned* package, and verify says it is unsigned (`verify --pubkey` is how a bank requires one)
        assert dropped <= {"MANIFEST.sig", "signing-key.pub"}, dropped
        assert got == {n: members[n] for n in got}
        if dropped:
            assert not report.signed
    else:
        assert report.problems


HOSTILE_NAMES = st.one_of(st.text(max_size=20), st.sampled_from(
    ["../evil", "/etc/passwd", "C:/x", "a\\b", "", ".", "data//x", "data/./x", "MANIFEST.sha256", "package.json",
     "report.pdf", "a\0b", "\u202e.pdf"]))


@PROPS
@given(entries=st.lists(st.tuples(HOSTILE_NAMES, st.binary(max_size=64),
                                  st.sampled_from([0o100644, 0o120777, 0o040755, 0o010644, 0o020644, 0])),
                        min_size=1, max_size=6),
       package_json=st.one_of(st.none(), JSON_VALUES.map(lambda v: json.dumps(v, default=str).encode()),
                              st.integers(100, 5000).map(lambda n: nested(n).encode())))
def test_verify_answers_hostile_archives(tmp_path_factory, entries, package_json):
    path = tmp_path_factory.getbasetemp() / "hostile.zip"
    with zipfile.ZipFile(path, "w") as zf, warnings.catch_warnings():
        warnings.simplefilter("ignore")  # duplicate names are the point here
        for name, body, mode in entries:
            info = zipfile.ZipInfo(name or "x")
            info.filename = name
            info.external_attr = mode << 16
            info.create_system = 3
            zf.writestr(info, body)
        if package_json is not None:
            zf.writestr("package.json", package_json)
    try:
        report = pz.verify_package(path)
    except pz.PackageError:
        return
    assert not report.ok and report.problems


# ============================================================================================ server answers
@PROPS
@given(body=st.one_of(st.binary(max_size=200), JSON_VALUES.map(lambda v: json.dumps(v, default=str).encode()),
                      st.integers(1, 5000).map(lambda n: nested(n).encode())))
def test_parse_json_of_an_answer(body):
    try:
        net.parse_json("coingecko", body)
    except net.FetchError as exc:
        assert exc.message


CBR_XML = st.builds(
    lambda encoding, date, code, nominal, value: (
        f'<?xml version="1.0" encoding="{encoding}"?><ValCurs Date="{date}" name="Foreign Currency Market">'
        f"<Valute ID=\"R01235\"><NumCode>840</NumCode><CharCode>{code}</CharCode><Nominal>{nominal}</Nominal>"
        f"<Name>Доллар США</Name><Value>{value}</Value></Valute></ValCurs>").encode(
            "utf-8" if encoding == "nonsense" else encoding, errors="replace"),
    st.sampled_from(["windows-1251", "utf-8", "latin-1", "nonsense"]),
    st.one_of(st.text(max_size=12), st.dates().map(lambda d: d.strftime("%d.%m.%Y"))),
    st.text(max_size=5), st.one_of(st.text(max_size=4), st.integers(-5, 1000).map(str),
                                   st.sampled_from(["²", "٣", "1²", " 10 ", "0", "+1"])),
    st.one_of(st.text(max_size=10), st.decimals(allow_nan=True, places=4).map(lambda d: str(d).replace(".", ","))),
)


@PROPS
@given(data=st.one_of(st.binary(max_size=300), CBR_XML))
def test_parse_cbr_daily_answers_any_bytes(data):
    try:
        day, rates = market.parse_cbr_daily(data)
    except market.FetchError as exc:
        assert exc.message
        return
    assert isinstance(day, dt.date) and rates and all(v > 0 and v.is_finite() for v in rates.values())


# ============================================================================================ CSV imports
@pytest.fixture
def farm(db):
    pid = profiles.create_profile(db, profiles.ProfileData(name="Farm")).id
    records.add_site(db, pid, records.SiteData(name="Hangar", region="Tver Oblast", tariff=Decimal("5.5")))
    return db, pid


@PROPS
@given(data=st.one_of(st.binary(max_size=300), st.text(max_size=300).map(lambda t: t.encode("utf-8"))))
def test_sniff_answers_any_file(tmp_path_factory, data):
    path = tmp_path_factory.getbasetemp() / "sniffed.csv"
    path.write_bytes(data)
    try:
        layout = csv_io.sniff(path)
    except csv_io.ImportFailed as failed:
        assert failed.errors
        return
    assert layout.delimiter in (",", ";", "\t") and layout.encoding in ("utf-8", "utf-8-sig", "cp1251")


GOOD_ROW = st.builds(lambda d, sats, pool: f"{d.isoformat()},{money.format_btc(sats)},{pool},,,",
                     st.dates(dt.date(2015, 1, 1), dt.date(2025, 12, 31)), st.integers(1, 10**9),
                     st.sampled_from(["F2Pool", "ViaBTC", "Antpool", ""]))
BAD_ROW = st.one_of(
    st.builds(lambda bad: f"2024-01-05,{bad},F2Pool,,,", st.sampled_from(
        ["-1", "0", "abc", "1e5", "0.000000001", "21000001", "1,2,3", "=1+2"])),
    st.builds(lambda bad: f"{bad},0.1,F2Pool,,,", st.sampled_from(["2099-01-01", "31.02.2024", "yesterday", ""])),
    st.builds(lambda bad: f"2024-01-05,0.1,F2Pool,{bad},,", st.sampled_from(["xyz", "ab" * 33, "0" * 63])),
    st.just('2024-01-05,"0.1,F2Pool,,,'), st.just("2024-01-05,0.1"), st.just("2024-01-05,0.1,F2Pool,,,,extra"),
    st.just("2024-01-05,0.1,F\0pool,,,"),
)


@FEW
@given(good=st.lists(GOOD_ROW, min_size=1, max_size=30), bad=BAD_ROW, where=st.integers(0, 30),
       chunk=st.integers(1, 5))
def test_a_bad_row_anywhere_writes_nothing(farm, tmp_path_factory, monkeypatch_module, good, bad, where, chunk):
    db, pid = farm
    monkeypatch_module.setattr(csv_io, "CHUNK_ROWS", chunk)  # bulk inserts happen before the bad row is met
    rows = list(good)
    rows.insert(where % (len(rows) + 1), bad)
    path = tmp_path_factory.getbasetemp() / "bad-row.csv"
    path.write_text("day,amount_btc,pool,txid,address,notes\n" + "\n".join(rows) + "\n", encoding="utf-8")
    before = db.row_counts()
    with pytest.raises(csv_io.ImportFailed) as failed:
        csv_io.import_csv(db, pid, "payouts", path)
    assert failed.value.errors and all(e.line >= 1 for e in failed.value.errors)
    assert db.row_counts() == before


@FEW
@given(mapping=st.dictionaries(st.sampled_from([f.name for f in csv_io.fields("payouts")]),
                               st.one_of(st.none(), st.sampled_from(["day", "amount_btc", "pool", "Datum", ""]),
                                         st.text(max_size=6)), max_size=4),
       rows=st.lists(GOOD_ROW, max_size=5))
def test_any_mapping_imports_or_fails_cleanly(farm, tmp_path_factory, mapping, rows):
    db, pid = farm
    path = tmp_path_factory.getbasetemp() / "mapped.csv"
    path.write_text("day,amount_btc,pool,txid,address,notes\n" + "\n".join(rows) + "\n", encoding="utf-8")
    before = db.row_counts()
    try:
        result = csv_io.import_csv(db, pid, "payouts", path, mapping)
    except csv_io.ImportFailed as failed:
        assert failed.errors
        assert db.row_counts() == before
        return
    assert db.row_counts()["payout"] == before["payout"] + result.added


@FEW
@given(day=st.one_of(st.dates(dt.date(2009, 1, 1), dt.date(2030, 1, 1)), DATEISH, st.none()),
       sats=st.one_of(st.integers(-10, money.MAX_SATS + 10), st.text(max_size=5), st.none()),
       txid=st.one_of(st.none(), st.text(alphabet="0123456789abcdefABCDEFg", max_size=66)),
       pool=st.text(max_size=120))
def test_add_payout_validates_every_field(farm, day, sats, txid, pool):
    db, pid = farm
    before = db.row_counts()
    try:
        records.add_payout(db, pid, records.PayoutData(day=day, amount_sat=sats, pool=pool, txid=txid), TODAY)
    except records.RecordError:
        assert db.row_counts() == before
        return
    assert db.row_counts()["payout"] == before["payout"] + 1


@pytest.fixture
def monkeypatch_module():
    mp = pytest.MonkeyPatch()
    yield mp
    mp.undo()


def test_the_fixtures_in_use():
    """The catalogue holds offers to mutate; the strategies build what they claim to."""
    assert len(CATALOGUE) >= 3
    for offer in CATALOGUE:
        offers.validate_offer(offer)
    assert nested(2) == "[[]]"


def test_a_member_offset_before_the_start_of_the_file_is_a_problem_not_an_error(tmp_path):
    """Found by the property test above: a central directory whose member offset points before the first byte
    made the seek fail (EINVAL) and verify raised instead of reporting."""
    import struct
    import zipfile as zf

    from desktop.services import package_zip

    good = tmp_path / "good.zip"
    with zf.ZipFile(good, "w") as z:
        z.writestr("package.json", "{}")
    data = bytearray(good.read_bytes())
    cd = data.rfind(b"PK\x01\x02")
    end = data.rfind(b"PK\x05\x06")
    assert cd > 0
    # declare the central directory 1,000 bytes later than it is: zipfile then shifts every member's header
    # offset by -1,000, below the start of the file, and the seek fails with EINVAL
    struct.pack_into("<I", data, end + 16, struct.unpack_from("<I", data, end + 16)[0] + 1000)
    bad = tmp_path / "bad.zip"
    bad.write_bytes(bytes(data))
    report = package_zip.verify_package(bad)
    assert not report.ok and report.problems


def test_a_central_directory_claiming_a_newer_zip_version_is_a_problem_not_an_error(tmp_path):
    """Found by the property test: zipfile raises NotImplementedError for 'version needed' above 6.3."""
    import struct
    import zipfile as zf

    from desktop.services import package_zip

    good = tmp_path / "good.zip"
    with zf.ZipFile(good, "w") as z:
        z.writestr("package.json", "{}")
    data = bytearray(good.read_bytes())
    cd = data.rfind(b"PK\x01\x02")
    struct.pack_into("<B", data, cd + 6, 84)  # "version needed to extract": 8.4
    bad = tmp_path / "bad.zip"
    bad.write_bytes(bytes(data))
    report = package_zip.verify_package(bad)
    assert not report.ok and "not a readable ZIP archive" in str(report.problems[0])
