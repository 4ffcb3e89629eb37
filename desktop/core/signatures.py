"""Proof of control of an address: verify a signed message.

Supported:

* legacy ``signmessage`` (Bitcoin Core, BIP-137 compact signatures) for P2PKH addresses, plus the BIP-137
  segwit headers for P2WPKH (39-42) and P2SH-P2WPKH (35-38); compressed P2PKH headers (31-34) are also
  accepted for those two, as Electrum and Trezor sign them that way (the recovered key alone spends them);
* BIP-322 "simple" (witness-only, with or without the ``smp`` prefix) for P2WPKH and P2TR key-path spends
  with SIGHASH_ALL / SIGHASH_DEFAULT.

Everything else (BIP-322 full / proof-of-funds, P2WSH scripts, P2SH-P2WPKH under BIP-322, taproot script
path, other sighash types) is reported as ``method="unsupported"`` and never as verified.
``verify_message`` never raises.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
from dataclasses import dataclass

from desktop.core.addresses import AddressError, AddressInfo, validate_address

__all__ = ["Verification", "verify_message", "bip322_message_hash", "legacy_message_hash"]

METHOD_LEGACY = "legacy"
METHOD_SIMPLE = "bip322-simple"
METHOD_FULL = "bip322-full"
METHOD_UNSUPPORTED = "unsupported"

MSG_UNSUPPORTED = "this signature type is not supported yet"
MSG_BAD_ADDRESS = "the address is not valid: {0}"
MSG_BAD_BASE64 = "the signature is not valid base64"
MSG_EMPTY = "the signature is empty"
MSG_MALFORMED = "the signature is malformed"
MSG_BAD_HEADER = "the signature header byte {0} is not valid for this address type"
MSG_NOT_RECOVERED = "no public key can be recovered from the signature"
MSG_MISMATCH = "the signature does not match this address and message"
MSG_KEY_MISMATCH = "the public key in the signature does not belong to this address"
MSG_BAD_PUBKEY = "the public key in the signature is not a valid compressed key"
MSG_LEGACY_LENGTH = "a legacy signature is 65 bytes, this one has {0}"
MSG_EMPTY_WITNESS = "the signature contains no witness data"


@dataclass(frozen=True)
class Verification:
    verified: bool
    method: str  # "legacy" | "bip322-simple" | "bip322-full" | "unsupported"
    reason: str  # short English explanation; empty when verified


def _ok(method: str) -> Verification:
    return Verification(True, method, "")


def _fail(method: str, reason: str) -> Verification:
    return Verification(False, method, reason)


def _unsupported() -> Verification:
    return Verification(False, METHOD_UNSUPPORTED, MSG_UNSUPPORTED)


# ---------------------------------------------------------------------------------------------------------------
# hashing helpers


def _sha256(data: bytes) -> bytes:
    return hashlib.sha256(data).digest()


def _dsha256(data: bytes) -> bytes:
    return _sha256(_sha256(data))


def _tagged_hash(tag: str, data: bytes) -> bytes:
    tag_hash = _sha256(tag.encode())
    return _sha256(tag_hash + tag_hash + data)


def _ripemd160(data: bytes) -> bytes:
    try:
        return hashlib.new("ripemd160", data).digest()
    except ValueError:  # OpenSSL 3 builds without the legacy provider
        return _ripemd160_py(data)


def _hash160(data: bytes) -> bytes:
    return _ripemd160(_sha256(data))


def _varint(n: int) -> bytes:
    if n < 0xFD:
        return bytes([n])
    if n <= 0xFFFF:
        return b"\xfd" + n.to_bytes(2, "little")
    if n <= 0xFFFFFFFF:
        return b"\xfe" + n.to_bytes(4, "little")
    return b"\xff" + n.to_bytes(8, "little")


def legacy_message_hash(message: str) -> bytes:
    """Double SHA-256 of the Bitcoin Core ``signmessage`` envelope."""
    magic = b"Bitcoin Signed Message:\n"
    data = message.encode("utf-8")
    return _dsha256(_varint(len(magic)) + magic + _varint(len(data)) + data)


def bip322_message_hash(message: str) -> bytes:
    """BIP-322 message hash: tagged hash "BIP0322-signed-message" of the UTF-8 message."""
    return _tagged_hash("BIP0322-signed-message", message.encode("utf-8"))


# ---------------------------------------------------------------------------------------------------------------
# decoding


class _Malformed(Exception):
    pass


class _Reader:
    def __init__(self, data: bytes) -> None:
        self.data = data
        self.pos = 0

    def take(self, n: int) -> bytes:
        if n < 0 or self.pos + n > len(self.data):
            raise _Malformed
        chunk = self.data[self.pos : self.pos + n]
        self.pos += n
        return chunk

    def varint(self) -> int:
        first = self.take(1)[0]
        if first < 0xFD:
            return first
        size = {0xFD: 2, 0xFE: 4, 0xFF: 8}[first]
        return int.from_bytes(self.take(size), "little")

    def at_end(self) -> bool:
        return self.pos == len(self.data)


def _parse_witness(data: bytes) -> list[bytes] | None:
    """A serialized witness stack, or None when ``data`` is not exactly one."""
    reader = _Reader(data)
    try:
        count = reader.varint()
        if count > len(data):
            return None
        items = [reader.take(reader.varint()) for _ in range(count)]
    except _Malformed:
        return None
    return items if reader.at_end() else None


def _looks_like_transaction(data: bytes) -> bool:
    """True when ``data`` parses exactly as a serialized transaction (a BIP-322 "full" signature)."""
    reader = _Reader(data)
    try:
        reader.take(4)
        segwit = data[4:6] == b"\x00\x01"
        if segwit:
            reader.take(2)
        n_in = reader.varint()
        if n_in == 0 or n_in > len(data):
            return False
        for _ in range(n_in):
            reader.take(36)
            reader.take(reader.varint())
            reader.take(4)
        n_out = reader.varint()
        if n_out > len(data):
            return False
        for _ in range(n_out):
            reader.take(8)
            reader.take(reader.varint())
        if segwit:
            for _ in range(n_in):
                count = reader.varint()
                if count > len(data):
                    return False
                for _ in range(count):
                    reader.take(reader.varint())
        reader.take(4)
    except _Malformed:
        return False
    return reader.at_end()


def _b64decode(text: str) -> bytes | None:
    try:
        return base64.b64decode(text.encode("ascii"), validate=True)
    except (binascii.Error, ValueError, UnicodeEncodeError):
        return None


# ---------------------------------------------------------------------------------------------------------------
# legacy signmessage / BIP-137

# header ranges: 27-30 P2PKH uncompressed, 31-34 P2PKH compressed, 35-38 P2SH-P2WPKH, 39-42 P2WPKH
_LEGACY_HEADERS = {
    "p2pkh": range(27, 35),
    "p2sh": range(31, 39),
    "p2wpkh": tuple(range(31, 35)) + tuple(range(39, 43)),
}


def _verify_legacy(info: AddressInfo, message: str, raw: bytes) -> Verification:
    from coincurve import PublicKey

    header = raw[0]
    if header not in _LEGACY_HEADERS.get(info.kind, ()):
        return _fail(METHOD_LEGACY, MSG_BAD_HEADER.format(header))
    recid = (header - 27) & 3
    compressed = header >= 31
    try:
        pubkey = PublicKey.from_signature_and_message(
            raw[1:65] + bytes([recid]), legacy_message_hash(message), hasher=None
        )
    except Exception:  # coincurve raises plain Exception on failed recovery
        return _fail(METHOD_LEGACY, MSG_NOT_RECOVERED)
    key_hash = _hash160(pubkey.format(compressed=compressed))
    if info.kind == "p2sh":
        key_hash = _hash160(b"\x00\x14" + key_hash)  # P2SH-P2WPKH redeem script
    if key_hash != info.program:
        return _fail(METHOD_LEGACY, MSG_MISMATCH)
    return _ok(METHOD_LEGACY)


# ---------------------------------------------------------------------------------------------------------------
# BIP-322 simple

_SIGHASH_ALL = 0x01


def _to_spend_txid(info: AddressInfo, message: str) -> bytes:
    """Internal byte order txid of BIP-322's virtual to_spend transaction."""
    script_sig = b"\x00\x20" + bip322_message_hash(message)
    spk = info.script_pubkey
    tx = (
        (0).to_bytes(4, "little")
        + b"\x01"
        + b"\x00" * 32
        + b"\xff\xff\xff\xff"
        + _varint(len(script_sig))
        + script_sig
        + (0).to_bytes(4, "little")
        + b"\x01"
        + (0).to_bytes(8, "little")
        + _varint(len(spk))
        + spk
        + (0).to_bytes(4, "little")
    )
    return _dsha256(tx)


_TO_SIGN_OUTPUT = (0).to_bytes(8, "little") + b"\x01\x6a"  # value 0, OP_RETURN
_ZERO4 = (0).to_bytes(4, "little")


def _to_sign_txid(info: AddressInfo, message: str) -> bytes:
    """Internal byte order txid (no witness) of BIP-322's virtual to_sign transaction."""
    outpoint = _to_spend_txid(info, message) + _ZERO4
    tx = _ZERO4 + b"\x01" + outpoint + b"\x00" + _ZERO4 + b"\x01" + _TO_SIGN_OUTPUT + _ZERO4
    return _dsha256(tx)


def _bip143_sighash(info: AddressInfo, message: str) -> bytes:
    outpoint = _to_spend_txid(info, message) + _ZERO4
    script_code = b"\x19\x76\xa9\x14" + info.program + b"\x88\xac"
    preimage = (
        _ZERO4  # nVersion
        + _dsha256(outpoint)  # hashPrevouts
        + _dsha256(_ZERO4)  # hashSequence
        + outpoint
        + script_code
        + (0).to_bytes(8, "little")  # amount
        + _ZERO4  # nSequence
        + _dsha256(_TO_SIGN_OUTPUT)  # hashOutputs
        + _ZERO4  # nLockTime
        + _SIGHASH_ALL.to_bytes(4, "little")
    )
    return _dsha256(preimage)


def _bip341_sighash(info: AddressInfo, message: str, hash_type: int) -> bytes:
    outpoint = _to_spend_txid(info, message) + _ZERO4
    spk = info.script_pubkey
    preimage = (
        b"\x00"  # epoch
        + bytes([hash_type])
        + _ZERO4  # nVersion
        + _ZERO4  # nLockTime
        + _sha256(outpoint)  # sha_prevouts
        + _sha256((0).to_bytes(8, "little"))  # sha_amounts
        + _sha256(_varint(len(spk)) + spk)  # sha_scriptpubkeys
        + _sha256(_ZERO4)  # sha_sequences
        + _sha256(_TO_SIGN_OUTPUT)  # sha_outputs
        + b"\x00"  # spend_type: key path, no annex
        + _ZERO4  # input index
    )
    return _tagged_hash("TapSighash", preimage)


def _verify_p2wpkh(info: AddressInfo, message: str, witness: list[bytes]) -> Verification:
    from coincurve import PublicKey

    if not witness:
        return _fail(METHOD_SIMPLE, MSG_EMPTY_WITNESS)
    if len(witness) != 2 or not witness[0]:
        return _fail(METHOD_SIMPLE, MSG_MISMATCH)
    sig, pubkey_bytes = witness
    if len(pubkey_bytes) != 33 or pubkey_bytes[0] not in (2, 3):
        return _fail(METHOD_SIMPLE, MSG_BAD_PUBKEY)
    if _hash160(pubkey_bytes) != info.program:
        return _fail(METHOD_SIMPLE, MSG_KEY_MISMATCH)
    if sig[-1] != _SIGHASH_ALL:
        return _unsupported()
    try:
        pubkey = PublicKey(pubkey_bytes)
        valid = pubkey.verify(sig[:-1], _bip143_sighash(info, message), hasher=None)
    except Exception:  # malformed DER or key
        return _fail(METHOD_SIMPLE, MSG_MISMATCH)
    return _ok(METHOD_SIMPLE) if valid else _fail(METHOD_SIMPLE, MSG_MISMATCH)


def _verify_p2tr(info: AddressInfo, message: str, witness: list[bytes]) -> Verification:
    from coincurve import PublicKeyXOnly

    if len(witness) != 1:
        # empty stack is invalid; two or more items is an annex or a script-path spend
        return _fail(METHOD_SIMPLE, MSG_EMPTY_WITNESS) if not witness else _unsupported()
    sig = witness[0]
    if len(sig) == 64:
        hash_type = 0x00  # SIGHASH_DEFAULT
    elif len(sig) == 65 and sig[64] == _SIGHASH_ALL:
        hash_type, sig = _SIGHASH_ALL, sig[:64]
    elif len(sig) == 65 and sig[64] != 0x00:
        return _unsupported()
    else:
        return _fail(METHOD_SIMPLE, MSG_MISMATCH)
    try:
        valid = PublicKeyXOnly(info.program).verify(sig, _bip341_sighash(info, message, hash_type))
    except Exception:  # the program is not a valid x-only key
        return _fail(METHOD_SIMPLE, MSG_MISMATCH)
    return _ok(METHOD_SIMPLE) if valid else _fail(METHOD_SIMPLE, MSG_MISMATCH)


# ---------------------------------------------------------------------------------------------------------------
# entry point


def verify_message(address: str, message: str, signature: str) -> Verification:
    """Check that ``signature`` proves control of ``address`` for ``message``. Never raises."""
    try:
        return _verify(address, message, signature)
    except Exception:  # defensive: bad input must never crash the caller
        return _fail(METHOD_UNSUPPORTED, MSG_MALFORMED)


def _verify(address: str, message: str, signature: str) -> Verification:
    if not isinstance(address, str) or not isinstance(message, str) or not isinstance(signature, str):
        return _fail(METHOD_UNSUPPORTED, MSG_MALFORMED)
    try:
        info = validate_address(address, None)
    except AddressError as exc:
        return _fail(METHOD_UNSUPPORTED, MSG_BAD_ADDRESS.format(exc))
    except ValueError:
        return _fail(METHOD_UNSUPPORTED, MSG_BAD_ADDRESS.format(MSG_MALFORMED))

    text = "".join(signature.split())
    if not text:
        return _fail(METHOD_UNSUPPORTED, MSG_EMPTY)
    prefix = text[:3] if text[:3] in ("smp", "ful", "pof") else ""
    raw = _b64decode(text[len(prefix) :])
    if raw is None:
        return _fail(METHOD_UNSUPPORTED, MSG_BAD_BASE64)
    if not raw:
        return _fail(METHOD_UNSUPPORTED, MSG_EMPTY)
    if prefix in ("ful", "pof"):
        return _unsupported()  # BIP-322 full / proof of funds: not implemented

    # a 65-byte compact signature: legacy signmessage / BIP-137 (a simple witness is never 65 bytes)
    looks_legacy = info.kind == "p2pkh" or (info.kind in _LEGACY_HEADERS and 27 <= raw[0] <= 42)
    if not prefix and len(raw) == 65 and looks_legacy:
        return _verify_legacy(info, message, raw)

    witness = _parse_witness(raw)
    if witness is None:
        if _looks_like_transaction(raw):
            return _unsupported()  # unprefixed BIP-322 full signature
        if info.kind == "p2pkh":
            return _fail(METHOD_LEGACY, MSG_LEGACY_LENGTH.format(len(raw)))
        return _fail(METHOD_SIMPLE if info.kind in ("p2wpkh", "p2tr") else METHOD_UNSUPPORTED, MSG_MALFORMED)
    if info.kind == "p2wpkh":
        return _verify_p2wpkh(info, message, witness)
    if info.kind == "p2tr":
        return _verify_p2tr(info, message, witness)
    if info.kind in ("p2wsh", "p2sh") or info.kind.startswith("segwit_v"):
        return _unsupported()
    # P2PKH cannot be proven with a witness-only (simple) signature
    return _fail(METHOD_LEGACY, MSG_LEGACY_LENGTH.format(len(raw)))


# ---------------------------------------------------------------------------------------------------------------
# pure-Python RIPEMD-160 (fallback only)

# fmt: off
_RMD_R1 = [
    0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 7, 4, 13, 1, 10, 6, 15, 3, 12, 0, 9, 5, 2, 14, 11, 8,
    3, 10, 14, 4, 9, 15, 8, 1, 2, 7, 0, 6, 13, 11, 5, 12, 1, 9, 11, 10, 0, 8, 12, 4, 13, 3, 7, 15, 14, 5, 6, 2,
    4, 0, 5, 9, 7, 12, 2, 10, 14, 1, 3, 8, 11, 6, 15, 13,
]
_RMD_R2 = [
    5, 14, 7, 0, 9, 2, 11, 4, 13, 6, 15, 8, 1, 10, 3, 12, 6, 11, 3, 7, 0, 13, 5, 10, 14, 15, 8, 12, 4, 9, 1, 2,
    15, 5, 1, 3, 7, 14, 6, 9, 11, 8, 12, 2, 10, 0, 4, 13, 8, 6, 4, 1, 3, 11, 15, 0, 5, 12, 2, 13, 9, 7, 10, 14,
    12, 15, 10, 4, 1, 5, 8, 7, 6, 2, 13, 14, 0, 3, 9, 11,
]
_RMD_S1 = [
    11, 14, 15, 12, 5, 8, 7, 9, 11, 13, 14, 15, 6, 7, 9, 8, 7, 6, 8, 13, 11, 9, 7, 15, 7, 12, 15, 9, 11, 7, 13, 12,
    11, 13, 6, 7, 14, 9, 13, 15, 14, 8, 13, 6, 5, 12, 7, 5, 11, 12, 14, 15, 14, 15, 9, 8, 9, 14, 5, 6, 8, 6, 5, 12,
    9, 15, 5, 11, 6, 8, 13, 12, 5, 12, 13, 14, 11, 8, 5, 6,
]
_RMD_S2 = [
    8, 9, 9, 11, 13, 15, 15, 5, 7, 7, 8, 11, 14, 14, 12, 6, 9, 13, 15, 7, 12, 8, 9, 11, 7, 7, 12, 7, 6, 15, 13, 11,
    9, 7, 15, 11, 8, 6, 6, 14, 12, 13, 5, 14, 13, 13, 7, 5, 15, 5, 8, 11, 14, 14, 6, 14, 6, 9, 12, 9, 12, 5, 15, 8,
    8, 5, 12, 9, 12, 5, 14, 6, 8, 13, 6, 5, 15, 13, 11, 11,
]
_RMD_K1 = [0x00000000, 0x5A827999, 0x6ED9EBA1, 0x8F1BBCDC, 0xA953FD4E]
_RMD_K2 = [0x50A28BE6, 0x5C4DD124, 0x6D703EF3, 0x7A6D76E9, 0x00000000]
# fmt: on


def _rmd_f(j: int, x: int, y: int, z: int) -> int:
    if j < 16:
        return x ^ y ^ z
    if j < 32:
        return (x & y) | (~x & z)
    if j < 48:
        return (x | ~y) ^ z
    if j < 64:
        return (x & z) | (y & ~z)
    return x ^ (y | ~z)


def _rol(x: int, n: int) -> int:
    x &= 0xFFFFFFFF
    return ((x << n) | (x >> (32 - n))) & 0xFFFFFFFF


def _ripemd160_py(data: bytes) -> bytes:
    h = [0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476, 0xC3D2E1F0]
    msg = data + b"\x80" + b"\x00" * ((55 - len(data)) % 64) + (8 * len(data)).to_bytes(8, "little")
    for block in range(0, len(msg), 64):
        x = [int.from_bytes(msg[block + 4 * i : block + 4 * i + 4], "little") for i in range(16)]
        al, bl, cl, dl, el = h
        ar, br, cr, dr, er = h
        for j in range(80):
            rnd = j // 16
            t = _rol(al + _rmd_f(j, bl, cl, dl) + x[_RMD_R1[j]] + _RMD_K1[rnd], _RMD_S1[j]) + el
            al, el, dl, cl, bl = el, dl, _rol(cl, 10), bl, t & 0xFFFFFFFF
            t = _rol(ar + _rmd_f(79 - j, br, cr, dr) + x[_RMD_R2[j]] + _RMD_K2[rnd], _RMD_S2[j]) + er
            ar, er, dr, cr, br = er, dr, _rol(cr, 10), br, t & 0xFFFFFFFF
        t = (h[1] + cl + dr) & 0xFFFFFFFF
        h[1] = (h[2] + dl + er) & 0xFFFFFFFF
        h[2] = (h[3] + el + ar) & 0xFFFFFFFF
        h[3] = (h[4] + al + br) & 0xFFFFFFFF
        h[4] = (h[0] + bl + cr) & 0xFFFFFFFF
        h[0] = t
    return b"".join(v.to_bytes(4, "little") for v in h)
