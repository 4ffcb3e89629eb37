"""Signed-message verification (legacy signmessage / BIP-137 and BIP-322 simple)."""

from __future__ import annotations

import base64
import json
import re
from pathlib import Path

import pytest
from coincurve import PrivateKey
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.core import signatures
from desktop.core.addresses import validate_address
from desktop.core.signatures import Verification, bip322_message_hash, verify_message

FIXTURES = Path(__file__).parent / "fixtures" / "signatures"
LEGACY = json.loads((FIXTURES / "legacy_signmessage_p2pkh_vectors.json").read_text(encoding="utf-8"))
BIP322 = json.loads((FIXTURES / "bip-0322_simple_vectors.json").read_text(encoding="utf-8"))
BITCOINJS = json.loads((FIXTURES / "bitcoinjs-message_test_fixtures.json").read_text(encoding="utf-8"))
BIP_TEXT = (FIXTURES / "bip-0322_test-vectors_section@805bb0b6_unprefixed.mediawiki.txt").read_text(
    encoding="utf-8"
)

P2WPKH_ADDRESS = "bc1q9vza2e8x573nczrlzms0wvx3gsqjx7vavgkx0l"
SUPPORTED_TYPES = {"p2wpkh", "p2tr"}


def _id(entry: dict) -> str:
    return f"{entry['address'][:12]}-{entry['message'][:16]!r}-{entry['signature'][:10]}"


def _wif_secret(wif: str) -> bytes:
    alphabet = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
    num = 0
    for ch in wif:
        num = num * 58 + alphabet.index(ch)
    raw = num.to_bytes(38, "big")  # 0x80 + 32-byte key + 0x01 (compressed) + 4-byte checksum
    assert raw[0] == 0x80 and raw[33] == 0x01
    return raw[1:33]


# --------------------------------------------------------------------------------------------------------------
# legacy signmessage


@pytest.mark.parametrize("entry", LEGACY, ids=_id)
def test_legacy_vectors(entry: dict) -> None:
    result = verify_message(entry["address"], entry["message"], entry["signature"])
    assert isinstance(result, Verification)
    assert result.verified is entry["valid"], result
    if entry["valid"]:
        assert result.method == "legacy"
        assert result.reason == ""
    else:
        assert result.reason


def test_legacy_tampered_message_fails() -> None:
    good = LEGACY[0]
    assert verify_message(good["address"], good["message"], good["signature"]).verified
    result = verify_message(good["address"], good["message"] + ".", good["signature"])
    assert not result.verified
    assert result.method == "legacy"
    assert result.reason


def test_legacy_round_trip_with_fresh_key() -> None:
    key = PrivateKey(bytes.fromhex(LEGACY[0]["private_key_hex"]))
    message = "HashPledge collateral 2026-05-01"
    sig = key.sign_recoverable(signatures.legacy_message_hash(message), hasher=None)
    compact = bytes([31 + sig[64]]) + sig[:64]
    encoded = base64.b64encode(compact).decode()
    assert verify_message(LEGACY[0]["address"], message, encoded) == Verification(True, "legacy", "")
    assert not verify_message(LEGACY[0]["address"], message + "!", encoded).verified
    # the same signature with an uncompressed header points at a different address
    uncompressed = base64.b64encode(bytes([27 + sig[64]]) + sig[:64]).decode()
    assert not verify_message(LEGACY[0]["address"], message, uncompressed).verified


@pytest.mark.parametrize("kind", ["P2SH_P2WPKH", "P2WPKH"])
def test_bip137_segwit_headers(kind: str) -> None:
    case = BITCOINJS["valid"]["verify"][0]
    segwit = case["segwit"][kind]
    result = verify_message(segwit["address"], case["message"], segwit["signature"])
    assert result == Verification(True, "legacy", "")
    assert not verify_message(segwit["address"], case["message"] + "x", segwit["signature"]).verified


def test_legacy_header_must_fit_address_type() -> None:
    case = BITCOINJS["valid"]["verify"][0]
    # a P2WPKH-header (39-42) signature offered for a P2PKH address is rejected with a reason
    result = verify_message(
        case["compressed"]["address"], case["message"], case["segwit"]["P2WPKH"]["signature"]
    )
    assert not result.verified
    assert "header" in result.reason


# --------------------------------------------------------------------------------------------------------------
# BIP-322


def test_bip322_message_hashes_from_bip_text() -> None:
    section = BIP_TEXT.split("=== Message hashing ===")[1].split("===")[0]
    expected = dict(re.findall(r'Message = "([^"]*)"[^:]*: <code>([0-9a-f]{64})</code>', section))
    assert expected == {
        "": "c90c269c4f8fcbe6880f72a721ddfbf1914268a794cbb21cfafee13770ae19f1",
        "Hello World": "f0eb03b1a75ac6d9847f55c624a99169b5dccba2a31f5b23bea77ba270de0a7a",
    }
    for message, digest in expected.items():
        assert bip322_message_hash(message).hex() == digest


def test_bip322_virtual_transaction_ids_from_bip_text() -> None:
    section = BIP_TEXT.split("=== Transaction Hashes ===")[1]
    to_spend, to_sign = section.split("to_sign:")
    info = validate_address(P2WPKH_ADDRESS, None)
    for message in ("", "Hello World"):
        pattern = re.escape(f'Message = "{message}"') + r"[^:]*: <code>([0-9a-f]{64})</code>"
        assert signatures._to_spend_txid(info, message)[::-1].hex() == re.search(pattern, to_spend).group(1)
        assert signatures._to_sign_txid(info, message)[::-1].hex() == re.search(pattern, to_sign).group(1)


@pytest.mark.parametrize("entry", BIP322, ids=_id)
def test_bip322_vectors(entry: dict) -> None:
    result = verify_message(entry["address"], entry["message"], entry["signature"])
    assert isinstance(result, Verification)
    if not entry["valid"]:
        assert not result.verified
        assert result.reason
    elif entry["type"] in SUPPORTED_TYPES:
        assert result == Verification(True, "bip322-simple", ""), result
    else:  # e.g. the P2WSH 3-of-3 multisig: honest "not supported", never verified
        assert result == Verification(False, "unsupported", "this signature type is not supported yet")


def test_bip322_fixture_covers_prefixed_and_unprefixed() -> None:
    p2wpkh = [e for e in BIP322 if e["valid"] and e.get("type") == "p2wpkh"]
    assert {e["prefix"] for e in p2wpkh} == {None, "smp"}
    assert any(e["valid"] and e.get("type") == "p2tr" for e in BIP322)
    for entry in p2wpkh:
        bare = entry["signature"].removeprefix("smp")
        assert verify_message(entry["address"], entry["message"], bare).verified
        assert verify_message(entry["address"], entry["message"], "smp" + bare).verified


@pytest.mark.parametrize(
    "entry", [e for e in BIP322 if e["valid"] and e.get("type") in SUPPORTED_TYPES], ids=_id
)
def test_bip322_tampered_message_fails(entry: dict) -> None:
    result = verify_message(entry["address"], entry["message"] + " (edited)", entry["signature"])
    assert result.verified is False
    assert result.method == "bip322-simple"
    assert result.reason


def test_bip322_p2tr_with_explicit_prefix() -> None:
    entry = next(e for e in BIP322 if e["valid"] and e.get("type") == "p2tr")
    assert verify_message(entry["address"], entry["message"], "smp" + entry["signature"]).verified


def test_bip322_p2wpkh_round_trip_with_fixture_key() -> None:
    entry = next(e for e in BIP322 if e["valid"] and e.get("type") == "p2wpkh")
    key = PrivateKey(_wif_secret(entry["private_key_wif"]))
    info = validate_address(entry["address"], None)
    message = "HashPledge: I control this address"
    der = key.sign(signatures._bip143_sighash(info, message), hasher=None)
    pub = key.public_key.format(compressed=True)
    witness = bytes([2, len(der) + 1]) + der + b"\x01" + bytes([len(pub)]) + pub
    encoded = "smp" + base64.b64encode(witness).decode()
    assert verify_message(entry["address"], message, encoded).verified
    assert not verify_message(entry["address"], message + "?", encoded).verified
    # another sighash type is not verified (honestly reported as unsupported)
    other = bytes([2, len(der) + 1]) + der + b"\x03" + bytes([len(pub)]) + pub
    result = verify_message(entry["address"], message, base64.b64encode(other).decode())
    assert result == Verification(False, "unsupported", "this signature type is not supported yet")


@pytest.mark.parametrize(
    "address",
    [
        "bc1qp0ahvfh83088w49k405szqgg4f3pptr7p2g06tdxfjcd40z4lh4q95lsz9",  # p2wsh
        "3JvL6Ymt8MVWiCNHC7oWU6nLeHNJKLZGLN",  # p2sh (p2sh-p2wpkh under BIP-322)
    ],
)
def test_bip322_simple_for_unimplemented_address_types_is_unsupported(address: str) -> None:
    sig = next(e for e in BIP322 if e["valid"] and e.get("type") == "p2wpkh")["signature"]
    result = verify_message(address, "", sig)
    assert result == Verification(False, "unsupported", "this signature type is not supported yet")


@pytest.mark.parametrize("prefix", ["ful", "pof"])
def test_full_and_proof_of_funds_prefixes_are_unsupported(prefix: str) -> None:
    sig = prefix + base64.b64encode(b"\x02\x00\x00\x00" + b"\x00" * 40).decode()
    result = verify_message(P2WPKH_ADDRESS, "", sig)
    assert result == Verification(False, "unsupported", "this signature type is not supported yet")


def test_unprefixed_full_transaction_is_unsupported() -> None:
    # a minimal serialized transaction (1 input, 1 OP_RETURN output): a BIP-322 "full" signature
    tx = (
        b"\x00\x00\x00\x00"
        + b"\x01"
        + b"\x11" * 32
        + b"\x00\x00\x00\x00"
        + b"\x00"
        + b"\x00\x00\x00\x00"
        + b"\x01"
        + b"\x00" * 8
        + b"\x01\x6a"
        + b"\x00\x00\x00\x00"
    )
    result = verify_message("1PMycacnJaSqwwJqjawXBErnLsZ7RkXUAs", "", base64.b64encode(tx).decode())
    assert result == Verification(False, "unsupported", "this signature type is not supported yet")


# --------------------------------------------------------------------------------------------------------------
# robustness


@pytest.mark.parametrize(
    ("address", "signature", "fragment"),
    [
        ("not an address", "AAAA", "address"),
        ("", "AAAA", "address"),
        (P2WPKH_ADDRESS, "", "empty"),
        (P2WPKH_ADDRESS, "   ", "empty"),
        (P2WPKH_ADDRESS, "@@@@", "base64"),
        (P2WPKH_ADDRESS, "smp", "empty"),
        (P2WPKH_ADDRESS, "smpAA==", "witness"),
        ("1PMycacnJaSqwwJqjawXBErnLsZ7RkXUAs", "AAAA", "65 bytes"),
        (
            "1PMycacnJaSqwwJqjawXBErnLsZ7RkXUAs",
            base64.b64encode(b"\x1f" + b"\x00" * 64).decode(),
            "recovered",
        ),
    ],
)
def test_bad_input_gives_reason(address: str, signature: str, fragment: str) -> None:
    result = verify_message(address, "hello", signature)
    assert result.verified is False
    assert fragment in result.reason


def test_wrong_argument_types_do_not_raise() -> None:
    assert verify_message(None, "x", "y").verified is False  # type: ignore[arg-type]
    assert verify_message(P2WPKH_ADDRESS, None, "y").verified is False  # type: ignore[arg-type]
    assert verify_message(P2WPKH_ADDRESS, "x", b"AAAA").verified is False  # type: ignore[arg-type]


def _check(result: Verification) -> None:
    assert isinstance(result, Verification)
    assert result.method in {"legacy", "bip322-simple", "bip322-full", "unsupported"}
    assert result.verified is False
    assert result.reason


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=80), st.text(max_size=40), st.text(max_size=200))
def test_garbage_text_never_raises(address: str, message: str, signature: str) -> None:
    _check(verify_message(address, message, signature))


_ADDRESSES = [
    P2WPKH_ADDRESS,
    "bc1pss0zhytly75awhm6x2hhvd5lnzv3vssgrf9axfheq8ldyzn88ges79fler",
    "bc1qp0ahvfh83088w49k405szqgg4f3pptr7p2g06tdxfjcd40z4lh4q95lsz9",
    "1PMycacnJaSqwwJqjawXBErnLsZ7RkXUAs",
    "3JvL6Ymt8MVWiCNHC7oWU6nLeHNJKLZGLN",
]


@settings(max_examples=300, deadline=None)
@given(
    st.sampled_from(_ADDRESSES),
    st.text(max_size=40),
    st.sampled_from(["", "smp", "ful", "pof"]),
    st.binary(max_size=200),
)
def test_garbage_bytes_never_raise(address: str, message: str, prefix: str, raw: bytes) -> None:
    _check(verify_message(address, message, prefix + base64.b64encode(raw).decode()))


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(_ADDRESSES), st.text(max_size=200))
def test_garbage_signature_text_never_raises(address: str, signature: str) -> None:
    _check(verify_message(address, "hello", signature))


@pytest.mark.parametrize("data", [b"", b"abc", b"a" * 55, b"a" * 56, b"x" * 200])
def test_ripemd160_fallback_matches_known_digests(data: bytes) -> None:
    known = {
        b"": "9c1185a5c5e9fc54612808977ee8f548b2258d31",
        b"abc": "8eb208f7e05d987a9b044a8e98c6b087f15a0bfc",
    }
    digest = signatures._ripemd160_py(data)
    if data in known:
        assert digest.hex() == known[data]
    assert digest == signatures._ripemd160(data)
