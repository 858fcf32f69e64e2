"""Bytes to text: BOM, declared charset, strict UTF-8, then a statistical guess.

The order matters: a BOM is proof, a declared charset (HTTP header, <meta>) is a strong
hint, strict UTF-8 almost never succeeds by accident on legacy encodings, and only then do
we ask charset-normalizer, whose ties we break toward the encodings the web actually uses.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

# Encodings a news page is realistically in; limiting the guess to them avoids exotic
# code pages (mac_latin2, cp037...) winning on short texts.
_WEB_ENCODINGS = [
    "cp1252", "cp1251", "cp1250", "cp1253", "cp1254", "cp1255", "cp1256", "cp1257",
    "koi8_r", "koi8_u", "iso8859_2", "iso8859_15", "shift_jis", "euc_jp", "gb18030",
    "big5", "euc_kr", "latin_1",
]
# On a tie (same chaos and coherence) the earlier one wins: cp1252 is the de facto
# "latin-1" of the web, so French or Spanish text must not come out as cp1250.
_PREFERENCE = {name: i for i, name in enumerate(_WEB_ENCODINGS)}

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str
    note: str | None = None  # e.g. mixed encodings replaced


def bom_encoding(data: bytes) -> str | None:
    """The encoding a byte-order mark proves, if any."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    return None


def meta_charset(data: bytes) -> str | None:
    """The charset an HTML page declares in its first kilobytes."""
    m = _META_CHARSET.search(data[:4096])
    return m.group(1).decode("ascii", "ignore").lower() if m else None


def _try(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def _guess(data: bytes) -> Decoded | None:
    import charset_normalizer  # only bytes that are not UTF-8 need it: not imported for the common case

    results = list(charset_normalizer.from_bytes(data, cp_isolation=_WEB_ENCODINGS))
    if not results:
        return None
    best = results[0]
    ties = [r for r in results if r.chaos == best.chaos and r.coherence == best.coherence]
    pick = min(ties, key=lambda r: _PREFERENCE.get(r.encoding, len(_PREFERENCE)))
    return Decoded(str(pick), pick.encoding)


def _mostly_utf8(data: bytes) -> tuple[str, int] | None:
    """UTF-8 text with a few foreign bytes spliced in (a mixed-encoding file)."""
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    good = sum(1 for c in text if ord(c) > 127 and c != "\ufffd")
    return (text, bad) if good >= 3 and good >= bad else None


def decode_bytes(data: bytes, declared: str | None = None) -> Decoded:
    """Decode `data`, recording which encoding was used and anything lossy."""
    bom = bom_encoding(data)
    if bom:
        text = data.decode(bom, errors="replace")
        return Decoded(text, bom, "undecodable bytes replaced" if "\ufffd" in text else None)
    bomless = utf16_without_bom(data)
    if bomless:
        text = _try(data, bomless)
        if text is not None:
            return Decoded(text, bomless)
    # Valid UTF-8 beats a declared charset: pages often declare latin-1 and serve UTF-8,
    # while legacy bytes that happen to be valid UTF-8 are vanishingly rare.
    for enc in ("utf-8", declared):
        if enc:
            text = _try(data, enc)
            if text is not None:
                return Decoded(text, codecs.lookup(enc).name if _known(enc) else enc)
    mixed = _mostly_utf8(data)
    if mixed:
        text, bad = mixed
        return Decoded(text, "utf-8", f"mixed encodings: {bad} undecodable byte(s) replaced")
    guess = _guess(data)
    if guess:
        return guess
    return Decoded(data.decode("utf-8", errors="replace"), "utf-8", "unknown encoding; undecodable bytes replaced")


def utf16_without_bom(head: bytes) -> str | None:
    """UTF-16 written without a BOM: mostly-ASCII text leaves every other byte NUL."""
    sample = head[:4096]
    if len(sample) < 8 or b"\x00" not in sample:
        return None
    even, odd = sample[0::2], sample[1::2]
    for zeros, other, name in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
        if zeros.count(0) > 0.4 * len(zeros) and other.count(0) < 0.05 * len(other):
            return name
    return None


def _known(enc: str) -> bool:
    try:
        codecs.lookup(enc)
        return True
    except LookupError:
        return False
