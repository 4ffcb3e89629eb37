"""Bitcoin address validation: base58check (P2PKH, P2SH) and segwit Bech32 / Bech32m (BIP-173, BIP-350).

Used before a watch-only address is saved. Pure standard library. Every failure is an :class:`AddressError`
whose template (one of :data:`MESSAGES`) says what is wrong; the values go in as separate parameters.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from .errors import DomainError


class AddressError(DomainError):
    """Text that is not a usable Bitcoin address. The message says why."""


# Message templates. Keep in sync with the translation list (desktop/i18n.py).
MSG_EMPTY = "the address is empty"
MSG_SPACE = "the address contains a space"
MSG_CHARACTER = 'the address contains an invalid character "{0}"'
MSG_MIXED_CASE = "the address mixes upper and lower case letters"
MSG_CHECKSUM = "the checksum is wrong (a typo?)"
MSG_LENGTH = "the address has the wrong length"
MSG_PREFIX = 'unknown address prefix "{0}"'
MSG_VERSION = "invalid segwit version {0}"
MSG_MALFORMED = "the address is malformed"
MSG_ENCODING = "a segwit version {0} address must use {1}, not {2}"
MSG_NETWORK = "this is a {0} address, expected {1}"
MSG_PRIVATE_KEY = "this looks like a private key: never enter it"
MSG_EXTENDED_PUBLIC_KEY = "an extended public key is not an address"

MESSAGES = (
    MSG_EMPTY, MSG_SPACE, MSG_CHARACTER, MSG_MIXED_CASE, MSG_CHECKSUM, MSG_LENGTH, MSG_PREFIX, MSG_VERSION,
    MSG_MALFORMED, MSG_ENCODING, MSG_NETWORK, MSG_PRIVATE_KEY, MSG_EXTENDED_PUBLIC_KEY,
)

NETWORKS = ("mainnet", "testnet", "regtest")
# signet and testnet4 share testnet's address formats
_NETWORK_ALIASES = {"mainnet": "mainnet", "testnet": "testnet", "testnet3": "testnet", "testnet4": "testnet",
                    "signet": "testnet", "regtest": "regtest"}


@dataclass(frozen=True)
class AddressInfo:
    address: str  # normalised: bech32 lower-cased, base58 unchanged
    network: str  # "mainnet" | "testnet" (incl. signet) | "regtest"
    kind: str  # "p2pkh" | "p2sh" | "p2wpkh" | "p2wsh" | "p2tr" | "segwit_vN"
    witness_version: int | None
    program: bytes  # hash160 for base58, witness program for segwit

    @property
    def script_pubkey(self) -> bytes:
        """The output script this address pays to."""
        if self.kind == "p2pkh":
            return b"\x76\xa9\x14" + self.program + b"\x88\xac"
        if self.kind == "p2sh":
            return b"\xa9\x14" + self.program + b"\x87"
        assert self.witness_version is not None
        op = 0 if self.witness_version == 0 else 0x50 + self.witness_version
        return bytes([op, len(self.program)]) + self.program


# ---------------------------------------------------------------------------------------------------------------
# Bech32 / Bech32m (BIP-173, BIP-350)

BECH32 = "bech32"
BECH32M = "bech32m"
_CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
_CHARSET_INDEX = {c: i for i, c in enumerate(_CHARSET)}
_CONSTANTS = {1: BECH32, 0x2BC830A3: BECH32M}
_ENCODING_CONSTANT = {BECH32: 1, BECH32M: 0x2BC830A3}
_GENERATOR = (0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3)
_MAX_BECH32_LENGTH = 90
_SEGWIT_HRPS = {"bc": "mainnet", "tb": "testnet", "bcrt": "regtest"}
_HRP_FOR_NETWORK = {network: hrp for hrp, network in _SEGWIT_HRPS.items()}
# characters after the separator of a 20- or 32-byte program: version + program + checksum
_STANDARD_DATA_LENGTHS = (1 + 32 + 6, 1 + 52 + 6)


def _polymod(values: list[int]) -> int:
    chk = 1
    for value in values:
        top = chk >> 25
        chk = (chk & 0x1FFFFFF) << 5 ^ value
        for i, g in enumerate(_GENERATOR):
            if (top >> i) & 1:
                chk ^= g
    return chk


def _hrp_expand(hrp: str) -> list[int]:
    return [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp]


def _shown(ch: str) -> str:
    return ch if ch.isprintable() and not ch.isspace() else f"U+{ord(ch):04X}"


def bech32_decode(text: str) -> tuple[str, list[int], str]:
    """Split a Bech32 or Bech32m string into (hrp lower-cased, 5-bit data without checksum, encoding)."""
    if len(text) > _MAX_BECH32_LENGTH:
        raise AddressError(MSG_LENGTH)
    for ch in text:
        if ch.isspace():
            raise AddressError(MSG_SPACE)
        if not 33 <= ord(ch) <= 126:
            raise AddressError(MSG_CHARACTER, _shown(ch))
    if text.lower() != text and text.upper() != text:
        raise AddressError(MSG_MIXED_CASE)
    text = text.lower()
    pos = text.rfind("1")
    if pos < 1:
        raise AddressError(MSG_MALFORMED)  # no separator, or nothing in front of it
    if pos + 7 > len(text):
        raise AddressError(MSG_LENGTH)  # no room for the 6-character checksum
    hrp = text[:pos]
    for ch in text[pos + 1:]:
        if ch not in _CHARSET_INDEX:
            raise AddressError(MSG_CHARACTER, ch)
    data = [_CHARSET_INDEX[c] for c in text[pos + 1:]]
    encoding = _CONSTANTS.get(_polymod(_hrp_expand(hrp) + data))
    if encoding is None:
        raise AddressError(MSG_CHECKSUM)
    return hrp, data[:-6], encoding


def bech32_encode(hrp: str, data: list[int], encoding: str) -> str:
    values = _hrp_expand(hrp) + data
    polymod = _polymod(values + [0] * 6) ^ _ENCODING_CONSTANT[encoding]
    checksum = [(polymod >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(_CHARSET[d] for d in data + checksum)


def _convert_bits(data: list[int] | bytes, from_bits: int, to_bits: int, pad: bool) -> list[int] | None:
    acc = bits = 0
    out = []
    max_value = (1 << to_bits) - 1
    max_acc = (1 << (from_bits + to_bits - 1)) - 1
    for value in data:
        acc = ((acc << from_bits) | value) & max_acc
        bits += from_bits
        while bits >= to_bits:
            bits -= to_bits
            out.append((acc >> bits) & max_value)
    if pad:
        if bits:
            out.append((acc << (to_bits - bits)) & max_value)
    elif bits >= from_bits or (acc << (to_bits - bits)) & max_value:
        return None
    return out


def encode_segwit_address(network: str, witness_version: int, program: bytes) -> str:
    """The segwit address for a witness program (Bech32 for v0, Bech32m for v1+)."""
    hrp = _HRP_FOR_NETWORK[_NETWORK_ALIASES[network]]
    encoding = BECH32 if witness_version == 0 else BECH32M
    data = _convert_bits(program, 8, 5, pad=True)
    assert data is not None
    address = bech32_encode(hrp, [witness_version, *data], encoding)
    validate_address(address, network)
    return address


def _decode_segwit(text: str, hrp: str) -> AddressInfo:
    # Characters after the known prefix first, so that a stray "1", "b", "i" or "o" is named, not a checksum error
    if len(text) <= _MAX_BECH32_LENGTH:
        for ch in text[len(hrp) + 1:]:
            if ch.lower() not in _CHARSET_INDEX:
                raise AddressError(MSG_CHARACTER, _shown(ch))
    try:
        _, data, encoding = bech32_decode(text)
    except AddressError as error:
        # With a bad checksum, an unusual length says more than "a typo?": a character was lost or added
        if error.template == MSG_CHECKSUM and len(text) - len(hrp) - 1 not in _STANDARD_DATA_LENGTHS:
            raise AddressError(MSG_LENGTH) from None
        raise
    if not data:
        raise AddressError(MSG_LENGTH)
    version = data[0]
    if version > 16:
        raise AddressError(MSG_VERSION, version)
    converted = _convert_bits(data[1:], 5, 8, pad=False)
    if converted is None:
        raise AddressError(MSG_MALFORMED)
    program = bytes(converted)
    if not 2 <= len(program) <= 40 or (version == 0 and len(program) not in (20, 32)):
        raise AddressError(MSG_LENGTH)
    wanted = BECH32 if version == 0 else BECH32M
    if encoding != wanted:
        raise AddressError(MSG_ENCODING, version, _display(wanted), _display(encoding))
    if version == 0:
        kind = "p2wpkh" if len(program) == 20 else "p2wsh"
    elif version == 1 and len(program) == 32:
        kind = "p2tr"
    else:
        kind = f"segwit_v{version}"
    return AddressInfo(text.lower(), _SEGWIT_HRPS[hrp], kind, version, program)


def _display(encoding: str) -> str:
    return "Bech32m" if encoding == BECH32M else "Bech32"


# ---------------------------------------------------------------------------------------------------------------
# Base58check

_B58_ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
_B58_INDEX = {c: i for i, c in enumerate(_B58_ALPHABET)}
_B58_VERSIONS = {0x00: ("mainnet", "p2pkh"), 0x05: ("mainnet", "p2sh"),
                 0x6F: ("testnet", "p2pkh"), 0xC4: ("testnet", "p2sh")}
_WIF_VERSIONS = (0x80, 0xEF)
_EXTENDED_PRIVATE = ("xprv", "yprv", "zprv", "Yprv", "Zprv", "tprv", "uprv", "vprv", "Uprv", "Vprv")
_EXTENDED_PUBLIC = ("xpub", "ypub", "zpub", "Ypub", "Zpub", "tpub", "upub", "vpub", "Upub", "Vpub")


def _double_sha256(data: bytes) -> bytes:
    return hashlib.sha256(hashlib.sha256(data).digest()).digest()


def _b58decode(text: str) -> bytes:
    number = 0
    for ch in text:
        number = number * 58 + _B58_INDEX[ch]
    body = number.to_bytes((number.bit_length() + 7) // 8, "big")
    return b"\x00" * (len(text) - len(text.lstrip("1"))) + body


def _looks_like_private_key(text: str) -> bool:
    if text.startswith(_EXTENDED_PRIVATE):
        return True
    if not all(ch in _B58_INDEX for ch in text):
        return False
    # WIF: 5… (51) / K…, L… (52) on mainnet, 9… (51) / c… (52) on test networks; BIP-38 encrypted: 6P… (58)
    return ((len(text) == 51 and text[0] in "59") or (len(text) == 52 and text[0] in "KLc")
            or (len(text) == 58 and text.startswith("6P")))


def _decode_base58(text: str) -> AddressInfo:
    for ch in text:
        if ch not in _B58_INDEX:
            raise AddressError(MSG_CHARACTER, _shown(ch))
    if not 25 <= len(text) <= 35:
        raise AddressError(MSG_LENGTH)
    raw = _b58decode(text)
    if len(raw) < 5 or _double_sha256(raw[:-4])[:4] != raw[-4:]:
        raise AddressError(MSG_CHECKSUM)
    if raw[0] in _WIF_VERSIONS and len(raw) in (37, 38):
        raise AddressError(MSG_PRIVATE_KEY)
    if len(raw) != 25:
        raise AddressError(MSG_LENGTH)
    if raw[0] not in _B58_VERSIONS:
        raise AddressError(MSG_PREFIX, text[0])
    network, kind = _B58_VERSIONS[raw[0]]
    return AddressInfo(text, network, kind, None, raw[1:21])


# ---------------------------------------------------------------------------------------------------------------
# Entry points

def _decode(text: str) -> AddressInfo:
    if text.startswith(_EXTENDED_PUBLIC):
        raise AddressError(MSG_EXTENDED_PUBLIC_KEY)
    if _looks_like_private_key(text):
        raise AddressError(MSG_PRIVATE_KEY)
    lower = text.lower()
    for hrp in sorted(_SEGWIT_HRPS, key=len, reverse=True):
        if lower.startswith(hrp + "1"):
            return _decode_segwit(text, hrp)
    # A case-consistent "<prefix>1<bech32 characters>" is a segwit-style address of some other coin or chain
    pos = lower.rfind("1")
    if (text.isascii() and pos >= 1 and (text == lower or text == text.upper()) and len(text) - pos > 6
            and all(ch in _CHARSET_INDEX for ch in lower[pos + 1:])
            and all(33 <= ord(ch) <= 126 for ch in text[:pos])):
        raise AddressError(MSG_PREFIX, text[:pos])
    return _decode_base58(text)


def validate_address(text: str, network: str | None = "mainnet") -> AddressInfo:
    """Check ``text`` is a Bitcoin address for ``network`` (None: any network) and describe it.

    Surrounding whitespace is ignored. ``network`` is "mainnet", "testnet", "signet" (same formats as testnet)
    or "regtest"; legacy testnet addresses (m…, n…, 2…) are also accepted for regtest, which shares them.
    """
    expected = None
    if network is not None:
        if network not in _NETWORK_ALIASES:
            raise ValueError(f"unknown network {network!r}")
        expected = _NETWORK_ALIASES[network]
    text = (text or "").strip()
    if not text:
        raise AddressError(MSG_EMPTY)
    if any(ch.isspace() for ch in text):
        raise AddressError(MSG_SPACE)
    info = _decode(text)
    if expected is not None and info.network != expected:
        shared_legacy = info.witness_version is None and info.network == "testnet" and expected == "regtest"
        if not shared_legacy:
            raise AddressError(MSG_NETWORK, info.network, expected)
    return info


def is_valid_address(text: str, network: str | None = "mainnet") -> bool:
    try:
        validate_address(text, network)
    except AddressError:
        return False
    return True
