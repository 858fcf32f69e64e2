"""Local inputs: files, directories (recursive) and glob patterns."""

from __future__ import annotations

import glob
import os
from collections.abc import Iterator
from pathlib import Path

from ..model import RawDocument
from .dispatch import from_bytes, gunzip_capped
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


def expand(spec: str) -> Iterator[tuple[Path | None, str, str]]:
    """(path, name, source) for each file a spec names; path None when it names nothing."""
    p = Path(spec).expanduser()
    if p.is_dir():
        files = sorted(f for f in p.rglob("*") if f.is_file() and not _hidden(f.relative_to(p)))
        for f in files:
            yield f, f.relative_to(p).as_posix(), str(f)
    elif p.exists():
        yield p, p.name, spec
    elif _GLOB_CHARS & set(spec):
        for m in sorted(glob.glob(os.path.expanduser(spec), recursive=True)):
            mp = Path(m)
            if mp.is_file():
                yield mp, mp.name, m
            elif mp.is_dir():
                yield from expand(m)
    else:
        yield None, Path(spec).name or spec, spec


def read_file(path: Path, name: str, source: str, limits: Limits) -> Iterator[RawDocument]:
    """The documents in one file; the size is checked before anything is read."""
    try:
        size = path.stat().st_size
        with path.open("rb") as f:
            head = f.read(65536)
            if is_warc(head) or (is_gzip(head) and _gz_warc(head)):
                if size > limits.max_archive_bytes:
                    yield rejected(name, source, too_large(size, Limits(max_bytes=limits.max_archive_bytes)))
                    return
                f.seek(0)
                yield from read_warc(f, name, source, limits)
                return
            if size > limits.max_bytes:
                yield rejected(name, source, too_large(size, limits))
                return
            data = head + f.read(limits.max_bytes + 1 - len(head))
    except FileNotFoundError:
        yield rejected(name, source, "no such file")
        return
    except IsADirectoryError:
        yield rejected(name, source, "is a directory")
        return
    except PermissionError:
        yield rejected(name, source, "permission denied")
        return
    except OSError as e:
        yield rejected(name, source, f"could not read: {e.strerror or e}")
        return
    yield from from_bytes(data, name, source, limits)


def _gz_warc(head: bytes) -> bool:
    """A gzip whose first member starts like a WARC (warcio reads those record by record)."""
    import zlib

    try:
        inner = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, 64)
    except zlib.error:
        return False
    return is_warc(inner)


__all__ = ["expand", "read_file", "gunzip_capped"]
