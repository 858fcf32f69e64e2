"""Local inputs: files, directories (recursive) and glob patterns."""

from __future__ import annotations

import errno
import glob
import gzip
import os
import stat
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from ..model import RawDocument
from .dispatch import from_bytes, gunzip_capped
from .jsonl import stream_json_lines, streams_as_json_lines
from .limits import Limits, too_large
from .sniff import is_gzip, is_warc
from .text import rejected
from .warc import read_warc

_GLOB_CHARS = set("*?[")


# Inside a folder of reports, its own notes are not reports. Named explicitly, they are read.
NOTES = frozenset({"readme", "readme.md", "readme.txt", "license", "license.txt", "notice", "changelog.md"})


# Inside a folder, code and notes that sit beside the reports are not inputs; everything
# else is sniffed (so a stray image is still named and rejected, not silently dropped).
NOT_REPORTS = frozenset({".md", ".rst", ".py", ".pyc", ".js", ".css", ".toml", ".yaml", ".yml", ".cfg",
                         ".ini", ".sh", ".lock", ".ipynb"})


def _hidden(rel: Path) -> bool:
    return (any(part.startswith(".") for part in rel.parts) or rel.name.lower() in NOTES
            or rel.suffix.lower() in NOT_REPORTS)


def _walk(folder: Path) -> list[Path]:
    """Every entry of a folder tree that could be an input, sorted.

    Unlike `rglob` + `is_file`, nothing is dropped silently: named pipes, sockets, devices,
    symlink loops and links to folders are listed too, so the reader can reject each one with
    its reason. Links to folders are not followed (a link back up the tree would never end).
    """
    found: list[Path] = []
    for root, dirs, files in os.walk(folder, followlinks=False, onerror=None):
        base = Path(root)
        keep = []
        for d in dirs:
            if (base / d).is_symlink():
                found.append(base / d)  # listed, not entered
            elif not _hidden((base / d).relative_to(folder)):
                keep.append(d)
        dirs[:] = keep
        found.extend(base / f for f in files)
    return sorted(f for f in found if not _hidden(f.relative_to(folder)))


def expand(spec: str) -> Iterator[tuple[Path | None, str, str]]:
    """(path, name, source) for each entry a spec names; path None when it names nothing.

    Nothing here opens a file: a named pipe among the inputs must not block the listing.
    """
    p = Path(spec).expanduser()
    if p.is_dir():
        for f in _walk(p):
            yield f, f.relative_to(p).as_posix(), str(f)
    elif os.path.lexists(p):  # a file, a pipe, a device, or a link (even a broken or looping one)
        yield p, p.name, spec
    elif _GLOB_CHARS & set(spec):
        for m in sorted(glob.glob(os.path.expanduser(spec), recursive=True)):
            mp = Path(m)
            if mp.is_dir():
                yield from expand(m)
            else:
                yield mp, mp.name, m
    else:
        yield None, Path(spec).name or spec, spec


_KINDS = ((stat.S_ISFIFO, "a named pipe (FIFO)"), (stat.S_ISSOCK, "a socket"),
          (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device"))


def not_a_file(path: Path, mode: int) -> str | None:
    """Why an input with this stat mode is not read, or None for a regular file."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return ("a link to a folder: links are not followed inside a folder (name the folder itself "
                "to read it)") if path.is_symlink() else "is a directory"
    what = next((name for test, name in _KINDS if test(mode)), "not a regular file")
    return f"not a regular file: {what}"


def _stat_reason(path: Path, e: OSError) -> str:
    if e.errno == errno.ELOOP:
        return "symlink loop: the link leads back to itself"
    if e.errno == errno.ENOENT:
        return "broken link: its target does not exist" if path.is_symlink() else "no such file"
    if e.errno == errno.EACCES:
        return "permission denied"
    return f"could not read: {e.strerror or e}"


def open_regular(path: Path) -> tuple[BinaryIO | None, int, str | None]:
    """(open file, size, None) for a regular file, or (None, 0, reason) for anything else.

    The path is stat'ed before it is opened and the open never blocks (O_NONBLOCK): a named
    pipe or a device named as an input is rejected at once instead of hanging the run. The
    opened descriptor is checked again, so a file swapped for a pipe in between is caught too.
    """
    try:
        st = os.stat(path)
    except OSError as e:
        return None, 0, _stat_reason(path, e)
    why = not_a_file(path, st.st_mode)
    if why:
        return None, 0, why
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(path, flags)
    except OSError as e:
        return None, 0, _stat_reason(path, e)
    st = os.fstat(fd)
    why = not_a_file(path, st.st_mode)
    if why:
        os.close(fd)
        return None, 0, why
    return os.fdopen(fd, "rb"), st.st_size, None


def read_file(path: Path, name: str, source: str, limits: Limits) -> Iterator[RawDocument]:
    """The documents in one file; what it is and how large is checked before anything is read.

    WARC and JSON Lines files are read record by record (a file may be up to
    `max_archive_bytes`, each record up to `max_bytes`); anything else is one document.
    """
    f, size, why = open_regular(path)
    if f is None:
        yield rejected(name, source, why or "could not read")
        return
    with f:
        try:
            head = f.read(65536)
        except OSError as e:
            yield rejected(name, source, f"could not read: {e.strerror or e}")
            return
        stream = _stream_kind(head, name)
        if stream is not None:
            if size > limits.max_archive_bytes:
                yield rejected(name, source, too_large(size, Limits(max_bytes=limits.max_archive_bytes)))
                return
            f.seek(0)
            if stream == "warc":
                yield from read_warc(f, name, source, limits)
            elif stream == "jsonl":
                yield from stream_json_lines(f, name, source, limits)
            else:  # gzip-compressed JSON Lines: decompressed as it is read, capped as a whole
                with gzip.GzipFile(fileobj=f) as inner:
                    yield from stream_json_lines(inner, name[:-3] if name.lower().endswith(".gz") else name,
                                                 source, limits)
            return
        if size > limits.max_bytes:
            yield rejected(name, source, too_large(size, limits))
            return
        try:
            data = head + f.read(limits.max_bytes + 1 - len(head))
        except OSError as e:
            yield rejected(name, source, f"could not read: {e.strerror or e}")
            return
    yield from from_bytes(data, name, source, limits)


def _stream_kind(head: bytes, name: str) -> str | None:
    """'warc', 'jsonl' or 'jsonl.gz' when the file is read record by record, else None."""
    if is_warc(head):
        return "warc"
    if is_gzip(head):
        inner = _gunzip_head(head)
        if is_warc(inner):
            return "warc"
        inner_name = name[:-3] if name.lower().endswith(".gz") else name
        return "jsonl.gz" if inner and streams_as_json_lines(inner, inner_name) else None
    return "jsonl" if streams_as_json_lines(head, name) else None


def _gunzip_head(head: bytes, size: int = 65536) -> bytes:
    """The first bytes a gzip stream inflates to (from its first bytes only)."""
    try:
        return zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, size)
    except zlib.error:
        return b""


__all__ = ["expand", "read_file", "open_regular", "gunzip_capped"]
