"""Bitcoin address validation: BIP-173 / BIP-350 / Bitcoin Core vectors, the messages, and fuzzing."""

from __future__ import annotations

import ast
import json
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.core import addresses
from desktop.core.addresses import (
    MESSAGES,
    MSG_CHARACTER,
    MSG_CHECKSUM,
    MSG_EMPTY,
    MSG_ENCODING,
    MSG_EXTENDED_PUBLIC_KEY,
    MSG_LENGTH,
    MSG_MALFORMED,
    MSG_MIXED_CASE,
    MSG_NETWORK,
    MSG_PREFIX,
    MSG_PRIVATE_KEY,
    MSG_SPACE,
    MSG_VERSION,
    AddressError,
    AddressInfo,
    bech32_decode,
    bech32_encode,
    encode_segwit_address,
    is_valid_address,
    validate_address,
)
from desktop.core.errors import DomainError

FIXTURES = Path(__file__).parent / "fixtures" / "addresses"


def _load(name):
    return json.loads((FIXTURES / name).read_text(encoding="utf-8"))


BIP_ADDRESSES = _load("bip-0173_segwit_addresses.json") + _load("bip-0350_segwit_addresses.json")
CORE = _load("bitcoin-core_key_io_subset.json")
STRINGS = _load("bip-0173_bip-0350_bech32_strings.json")
VALID_VECTORS = [e for e in BIP_ADDRESSES + CORE if e["valid"]]
INVALID_VECTORS = [e for e in BIP_ADDRESSES + CORE if not e["valid"]]

SATOSHI = "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa"
P2WPKH = "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq"
P2TR = "bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0"
TESTNET_P2WSH = "tb1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3q0sl5k7"
TESTNET_P2PKH = "mzK2FFDEhxqHcmrJw1ysqFkVyhUULo45hZ"
REGTEST_P2WPKH = "bcrt1qdavt4j2sd7dlhqsavtnfxvzppw6k7qy97tmnu9"
XPUB = "xpub661MyMwAqRbcFtXgS5sYJABqqG9YLmC4Q1Rdap9gSE8NqtwybGhePY2gZ29ESFjqJoCu1Rupje8YtGqsefD265TMg7usUDFdp6W1EGMcet8"
XPRV = "xprv9s21ZrQH143K3QTDL4LXw2F7HEK3wJUD2nW2nRk4stbPy6cq3jPPqjiChkVvvNKmPGJxWUtg6LnF5kejMRNNU3TGtRBeJgk33yuGBxrMPHi"
WIF = "L5nJeqKmpHp4P7F8ZYyjwc5a7P4d8EabuGAzfGJk7yC1BJyzNaEd"


def _ids(entries):
    return [e["address"][:24] or "<empty>" for e in entries]


def _kind(vector_type, script_hex):
    if vector_type.startswith("witness_v"):  # "witness_v2_unknown"
        return "segwit_v" + vector_type.split("_")[1][1:]
    return vector_type


def _network(name):
    return {"testnet4": "testnet", "signet": "testnet"}.get(name, name)


def _error(text, network="mainnet") -> AddressError:
    with pytest.raises(AddressError) as info:
        validate_address(text, network)
    return info.value


# --- fixture vectors --------------------------------------------------------------------------------------------

@pytest.mark.parametrize("entry", VALID_VECTORS, ids=_ids(VALID_VECTORS))
def test_valid_vectors(entry):
    network = _network(entry["network"])
    info = validate_address(entry["address"], network)
    assert info == validate_address(entry["address"], None)
    assert info.network == network
    assert info.kind == _kind(entry["type"], entry["scriptPubKey"])
    assert info.script_pubkey.hex() == entry["scriptPubKey"]
    assert info.address == (entry["address"].lower() if info.witness_version is not None else entry["address"])
    assert is_valid_address(entry["address"], network)
    assert is_valid_address(entry["address"].upper() if info.witness_version is not None else entry["address"],
                            None)


@pytest.mark.parametrize("entry", INVALID_VECTORS, ids=_ids(INVALID_VECTORS))
def test_invalid_vectors(entry):
    for network in (None, "mainnet", "testnet", "regtest"):
        error = _error(entry["address"], network)
        assert isinstance(error, DomainError)
        assert error.template in MESSAGES
        assert not is_valid_address(entry["address"], network)


def test_the_fixture_files_hold_what_sources_md_says():
    assert len(_load("bip-0173_segwit_addresses.json")) == 16
    assert len(_load("bip-0350_segwit_addresses.json")) == 23
    assert len(CORE) == 40
    assert sum(e["valid"] for e in CORE) == 17


@pytest.mark.parametrize("entry", [e for e in CORE if e["type"] == "wif_private_key"], ids=lambda e: e["address"][:8])
def test_core_private_keys_are_refused_as_private_keys(entry):
    assert _error(entry["address"], None).template == MSG_PRIVATE_KEY


def test_bip173_bech32_v1_plus_addresses_now_fail_as_wrong_encoding():
    listed_valid_now_invalid = [e for e in BIP_ADDRESSES if e["listed_in_source_as"] == "valid" and not e["valid"]]
    assert len(listed_valid_now_invalid) == 3
    for entry in listed_valid_now_invalid:
        error = _error(entry["address"], None)
        assert error.template == MSG_ENCODING
        assert error.params[1:] == ("Bech32m", "Bech32")


@pytest.mark.parametrize("reason, template", [
    ("Invalid human-readable part", MSG_PREFIX),
    ("Invalid checksum", MSG_CHECKSUM),
    ("Invalid checksum (Bech32 instead of Bech32m)", MSG_ENCODING),
    ("Invalid checksum (Bech32m instead of Bech32)", MSG_ENCODING),
    ("Invalid character in checksum", MSG_CHARACTER),
    ("Invalid witness version", MSG_VERSION),
    ("Invalid program length", MSG_LENGTH),
    ("Invalid program length (1 byte)", MSG_LENGTH),
    ("Invalid program length (41 bytes)", MSG_LENGTH),
    ("Invalid program length for witness version 0 (per BIP141)", MSG_LENGTH),
    ("Mixed case", MSG_MIXED_CASE),
    ("Non-zero padding in 8-to-5 conversion", MSG_MALFORMED),
    ("Empty data section", MSG_LENGTH),
])
def test_bip_invalid_reasons_get_the_matching_message(reason, template):
    entries = [e for e in BIP_ADDRESSES if e.get("reason") == reason]
    assert entries
    for entry in entries:
        assert _error(entry["address"], None).template == template, entry["address"]


def test_zero_padding_of_more_than_4_bits_is_malformed():
    # as in the BIP-350 reference decoder, padding and length are checked before the checksum variant
    assert _error("bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7v07qwwzcrf").template == MSG_MALFORMED
    assert _error("bc1zw508d6qejxtdg4y5r3zarvaryvqyzf3du").template == MSG_MALFORMED


STRING_VECTORS = [(group, e) for group, entries in STRINGS.items() for e in entries]


@pytest.mark.parametrize("group, entry", STRING_VECTORS, ids=[f"{g[4:8]}-{e['string'][:16]!r}" for g, e in STRING_VECTORS])
def test_generic_bech32_strings(group, entry):
    text = entry["string"]
    if entry["valid"]:
        hrp, data, encoding = bech32_decode(text)
        assert encoding == entry["encoding"]  # a valid Bech32m string is not valid Bech32, and vice versa
        assert bech32_encode(hrp, data, encoding) == text.lower()
    else:
        with pytest.raises(AddressError):
            bech32_decode(text)
        with pytest.raises(AddressError):
            validate_address(text, None)


# --- the required examples -------------------------------------------------------------------------------------

@pytest.mark.parametrize("address, kind, version, program_length", [
    (SATOSHI, "p2pkh", None, 20),
    (P2WPKH, "p2wpkh", 0, 20),
    (P2TR, "p2tr", 1, 32),
])
def test_well_known_mainnet_addresses(address, kind, version, program_length):
    info = validate_address(address)
    assert info == AddressInfo(address, "mainnet", kind, version, info.program)
    assert len(info.program) == program_length
    assert is_valid_address(address)
    assert not is_valid_address(address, "testnet")


def test_satoshi_hash160():
    assert validate_address(SATOSHI).program.hex() == "62e907b15cbf27d5425399ebf6f0fb50ebb88f18"


def test_info_is_frozen():
    info = validate_address(P2TR)
    with pytest.raises(AttributeError):
        info.kind = "p2pkh"


def test_bech32_is_lower_cased_and_whitespace_trimmed():
    assert validate_address(P2TR.upper()).address == P2TR
    assert validate_address(f"  {P2WPKH}\n").address == P2WPKH
    assert validate_address(f"\t{SATOSHI} ").address == SATOSHI


# --- networks --------------------------------------------------------------------------------------------------

def test_testnet_address_on_mainnet_names_both_networks():
    error = _error(TESTNET_P2WSH, "mainnet")
    assert error.template == MSG_NETWORK == "this is a {0} address, expected {1}"
    assert error.params == ("testnet", "mainnet")
    assert str(error) == "this is a testnet address, expected mainnet"
    assert _error(TESTNET_P2PKH, "mainnet").params == ("testnet", "mainnet")


def test_mainnet_address_on_testnet_and_regtest():
    assert _error(P2WPKH, "testnet").params == ("mainnet", "testnet")
    assert _error(SATOSHI, "regtest").params == ("mainnet", "regtest")
    assert _error(REGTEST_P2WPKH, "testnet").params == ("regtest", "testnet")
    assert _error(TESTNET_P2WSH, "regtest").params == ("testnet", "regtest")


def test_signet_is_testnet_and_legacy_test_addresses_serve_regtest():
    assert validate_address(TESTNET_P2WSH, "signet").network == "testnet"
    assert validate_address(TESTNET_P2PKH, "signet").network == "testnet"
    assert validate_address(TESTNET_P2PKH, "regtest").network == "testnet"  # regtest shares m…/n…/2… prefixes
    assert validate_address(REGTEST_P2WPKH, "regtest").network == "regtest"


def test_network_none_accepts_any():
    assert {validate_address(a, None).network for a in (SATOSHI, TESTNET_P2WSH, REGTEST_P2WPKH)} == set(
        addresses.NETWORKS)


def test_an_unknown_network_name_is_a_programming_error():
    with pytest.raises(ValueError) as info:
        validate_address(SATOSHI, "moonnet")
    assert not isinstance(info.value, AddressError)


# --- messages --------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, template, params", [
    ("", MSG_EMPTY, ()),
    ("   \n", MSG_EMPTY, ()),
    (None, MSG_EMPTY, ()),
    ("bc1qar0srrr7xfkvy5l643l ydnw9re59gtzzwf5mdq", MSG_SPACE, ()),
    ("1A1zP1eP5QGefi2D\u00a0MPTfTL5SLmv7DivfNa", MSG_SPACE, ()),
    ("1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfN0", MSG_CHARACTER, ("0",)),
    ("1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNl", MSG_CHARACTER, ("l",)),
    ("1A1zP1eP5QGefi2DMPTfTL5SLmv7Divf\u20acN", MSG_CHARACTER, ("\u20ac",)),
    ("1A1zP1eP5QGefi2DMPTfTL5SLmv7Divf\x00N", MSG_CHARACTER, ("U+0000",)),
    ("bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdb", MSG_CHARACTER, ("b",)),
    ("bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5md1", MSG_CHARACTER, ("1",)),
    ("bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jjO", MSG_CHARACTER, ("O",)),
    ("bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5MDQ", MSG_MIXED_CASE, ()),
    ("Bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq", MSG_MIXED_CASE, ()),
    ("1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNb", MSG_CHECKSUM, ()),
    ("bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdp", MSG_CHECKSUM, ()),
    ("1A1zP1eP5QG", MSG_LENGTH, ()),
    ("1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa1A1zP1eP5QGefi", MSG_LENGTH, ()),
    ("bc1qar0srrr", MSG_LENGTH, ()),
    ("bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5md", MSG_LENGTH, ()),  # last character lost
    ("bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdqq", MSG_LENGTH, ()),
    ("bc1pw5dgrnzv", MSG_LENGTH, ()),  # 1-byte program
    ("BC1QR508D6QEJXTDG4Y5R3ZARVARYV98GJ9P", MSG_LENGTH, ()),  # 16 bytes for version 0
    (P2TR + "q" * 29, MSG_LENGTH, ()),  # over 90 characters
    ("bc1gmk9yu", MSG_LENGTH, ()),  # nothing but the checksum
    ("ltc1qg82tfxz3d5ztl0dd2c5cs9vkyrnf3g6kd3cmr5", MSG_PREFIX, ("ltc",)),
    ("tc1qw508d6qejxtdg4y5r3zarvary0c5xw7kg3g4ty", MSG_PREFIX, ("tc",)),
    ("dB7cwYdcPSgiyAwKWL3JwCVwSk6epU2txw", MSG_PREFIX, ("d",)),
    ("BC13W508D6QEJXTDG4Y5R3ZARVARY0C5XW7KN40WF2", MSG_VERSION, (17,)),
    ("bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqh2y7hd", MSG_ENCODING, (1, "Bech32m", "Bech32")),
    ("bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kemeawh", MSG_ENCODING, (0, "Bech32", "Bech32m")),
    (WIF, MSG_PRIVATE_KEY, ()),
    ("5JuW2AMDYu4xVwRG9DZW18VbzQrGcd5RCgb99sS6ehJsNQXu5b9", MSG_PRIVATE_KEY, ()),
    ("KwDiBf89QgGbjEhKnhXJuH7LrciVrZi3qYjgd9M7rFU73sVHnoWn", MSG_PRIVATE_KEY, ()),
    (WIF[:-1] + "e", MSG_PRIVATE_KEY, ()),  # even with a typo, it is still a key
    ("cMahea7zqjxrtgAbB7LSGbcQUr1uX1ojuat9jZodMN87JcbXMTcA", MSG_PRIVATE_KEY, ()),
    ("6PRVWUbkzzsbcVac2qwfssoUJAN1Xhrg6bNk8J7Nzm5H7kxEbn2Nh2ZoGg", MSG_PRIVATE_KEY, ()),
    (XPRV, MSG_PRIVATE_KEY, ()),
    ("tprv8ZgxMBicQKsPd9TeAdPADNnSyH9SSUUbTVeFszDE23Ki6TBB5nCefAdHkK8Fm3qMQR6sHwA56zqRmKmxnHk37JkiFzvncDqoKmPWubu7hDF",
     MSG_PRIVATE_KEY, ()),
    (XPUB, MSG_EXTENDED_PUBLIC_KEY, ()),
    ("ypub6QqdH2c5z7966ZkvGnB7Z4kTJo66JrNn2yz2XpzMxGEgXQfWZYmjDSZnWpAjP9fymj1DzZoqpT3CUeHNCkv5Q5Rd5qZH3GdRrGNpvCaZzZf",
     MSG_EXTENDED_PUBLIC_KEY, ()),
    ("zpub6rFR7y4Q2AijBEqTUquhVz398htDFrtymD9xYYfG1m4wAcvPhXNfE3EfH1r1ADqtfSdVCToUG868RvUUkgDKf31mGDtKsAYz2oz2AGutZYs",
     MSG_EXTENDED_PUBLIC_KEY, ()),
])
def test_messages(text, template, params):
    error = _error(text)
    assert error.template == template
    assert error.params == params
    assert str(error) == template.format(*params)


def test_templates_are_few_distinct_and_formattable():
    assert len(set(MESSAGES)) == len(MESSAGES) <= 15
    for template in MESSAGES:
        assert template == template.strip() and template[0].islower()
        template.format(*["x"] * template.count("{"))


def _substitutions(text, start, alphabet):
    for i in range(start, len(text)):
        for ch in alphabet:
            if ch != text[i]:
                yield text[:i] + ch + text[i + 1:]


@pytest.mark.parametrize("address", [P2WPKH, P2TR, TESTNET_P2WSH, REGTEST_P2WPKH])
def test_every_one_character_typo_in_bech32_data_gives_the_checksum_message(address):
    hrp_end = address.rfind("1") + 1
    for typo in _substitutions(address, hrp_end, addresses._CHARSET):
        assert _error(typo, None).template == MSG_CHECKSUM, typo


@pytest.mark.parametrize("address", [SATOSHI, "36j4NfKv6Akva9amjWrLG6MuSQym1GuEmm", TESTNET_P2PKH])
def test_every_one_character_typo_in_base58_gives_the_checksum_message(address):
    for typo in _substitutions(address, 1, addresses._B58_ALPHABET):
        assert _error(typo, None).template == MSG_CHECKSUM, typo


# --- properties ------------------------------------------------------------------------------------------------

NETWORK_ARGS = st.sampled_from([None, "mainnet", "testnet", "signet", "regtest"])
KNOWN = [SATOSHI, P2WPKH, P2TR, TESTNET_P2WSH, REGTEST_P2WPKH, XPUB, WIF] + [e["address"] for e in CORE]


def _check_only_address_errors(text, network):
    try:
        info = validate_address(text, network)
    except AddressError as error:
        assert error.template in MESSAGES
        assert str(error)
        assert is_valid_address(text, network) is False
    else:
        assert isinstance(info, AddressInfo)
        assert validate_address(info.address, network) == info
        assert is_valid_address(text, network) is True


@given(st.text(), NETWORK_ARGS)
def test_arbitrary_text_raises_only_address_error(text, network):
    _check_only_address_errors(text, network)


@given(st.text(alphabet=addresses._B58_ALPHABET + addresses._CHARSET + "1bBcC0OIl ", max_size=120), NETWORK_ARGS)
def test_address_like_text_raises_only_address_error(text, network):
    _check_only_address_errors(text, network)


@given(st.sampled_from(KNOWN), st.integers(0, 120), st.integers(0, 3), st.text(max_size=3), NETWORK_ARGS)
def test_edited_addresses_raise_only_address_error(address, position, cut, insert, network):
    _check_only_address_errors(address[:position] + insert + address[position + cut:], network)


@given(st.sampled_from(["mainnet", "testnet", "regtest"]), st.integers(0, 16), st.binary(min_size=2, max_size=40))
def test_segwit_round_trip(network, version, program):
    if version == 0 and len(program) not in (20, 32):
        with pytest.raises(AddressError):
            encode_segwit_address(network, version, program)
        return
    address = encode_segwit_address(network, version, program)
    info = validate_address(address, network)
    assert (info.network, info.witness_version, info.program) == (network, version, program)
    other = bech32_encode(*bech32_decode(address)[:2], "bech32" if version else "bech32m")
    assert _error(other, None).template == MSG_ENCODING


# --- purity ----------------------------------------------------------------------------------------------------

def test_module_imports_only_the_standard_library_and_core():
    tree = ast.parse(Path(addresses.__file__).read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:  # relative: desktop.core.*
                assert node.level == 1
                continue
            names = [node.module]
        else:
            continue
        for name in names:
            top = name.split(".")[0]
            assert top == "__future__" or top in sys.stdlib_module_names, name


@pytest.mark.parametrize("address", [P2WPKH, P2TR, TESTNET_P2WSH])
def test_a_lost_bech32_character_gives_the_length_message(address):
    for i in range(address.rfind("1") + 1, len(address)):
        assert _error(address[:i] + address[i + 1:], None).template == MSG_LENGTH
