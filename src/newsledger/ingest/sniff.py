"""What an input is, judged from its first bytes rather than its name.

Names lie (an HTML page saved as .txt, a gzip without .gz); magic bytes and leading
markup rarely do. Extensions only break ties the content leaves open.
"""

from __future__ import annotations

import re

from .decode import bom_encoding

GZIP_MAGIC = b"\x1f\x8b"

# Formats we cannot read, named so a rejection says what the file looked like.
_BINARY_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "PDF document"),
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"RIFF", "RIFF media (WebP/WAV/AVI)"),
    (b"PK\x03\x04", "ZIP archive or Office document"),
    (b"PK\x05\x06", "ZIP archive"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
    (b"Rar!\x1a\x07", "RAR archive"),
    (b"BZh", "bzip2 archive"),
    (b"\xfd7zXZ\x00", "xz archive"),
    (b"\x28\xb5\x2f\xfd", "zstd archive"),
    (b"\x7fELF", "ELF executable"),
    (b"MZ", "Windows executable"),
    (b"SQLite format 3\x00", "SQLite database"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "legacy Office document"),
    (b"OggS", "Ogg media"),
    (b"ID3", "MP3 audio"),
    (b"\x00\x00\x00\x18ftyp", "MP4 video"),
    (b"\x00\x00\x00\x20ftyp", "MP4 video"),
    (b"\x1aE\xdf\xa3", "Matroska/WebM video"),
    (b"PAR1", "Parquet file"),
)
_CONTROL = set(range(0, 32)) - {9, 10, 12, 13, 27}
_HTML_START = re.compile(
    r"\s*(<!doctype\s+html|<html\b|<head\b|<body\b|<meta\b|<title\b|<article\b|<main\b|"
    r"<div\b|<section\b|<p\b|<h[1-6]\b|<!--|<\?xml[^>]*>\s*<(!doctype\s+)?html)",
    re.I,
)
_HTML_TAGS = re.compile(r"<(html|body|head)\b[^>]*>|</(p|div|html|body)>", re.I)


def binary_kind(head: bytes) -> str | None:
    """Why `head` is not text: a known magic number, NUL bytes or mostly control bytes."""
    if bom_encoding(head):
        return None  # UTF-16/32 carry NULs legitimately
    for magic, what in _BINARY_MAGIC:
        if head.startswith(magic):
            if magic == b"MZ" and b"This program" not in head[:512]:
                continue  # "MZ" alone also starts ordinary words
            return f"looks like {what}"
    sample = head[:8192]
    if b"\x00" in sample:
        return "contains NUL bytes"
    if sample and sum(b in _CONTROL for b in sample) / len(sample) > 0.1:
        return "mostly control bytes"
    return None


def is_gzip(head: bytes) -> bool:
    return head.startswith(GZIP_MAGIC)


def is_warc(head: bytes) -> bool:
    return head.lstrip(b"\r\n").startswith(b"WARC/")


def looks_like_html(text: str) -> bool:
    """True for markup: leading HTML tags, or document-level tags near the top."""
    head = text[:4096].lstrip("\ufeff")
    return bool(_HTML_START.match(head)) or len(_HTML_TAGS.findall(head)) >= 2


def looks_like_jsonl(text: str) -> bool:
    """First non-blank line is a JSON object (the JSON Lines shape)."""
    for line in text[:65536].splitlines():
        s = line.strip()
        if s:
            return s.startswith("{")
    return False
