"""Readers on a generated corpus of good and bad inputs: every good document comes out,
every bad one comes out as a rejection with its reason, and none stops the others."""

from __future__ import annotations

import gzip
import io
import json
import os
from pathlib import Path

import httpx
import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newsledger.ingest import Limits, count_inputs, read_inputs
from newsledger.ingest.web import fetch

RU = "Министерство обороны сообщило, что в район были переброшены дополнительные войска."
FR = "Le ministère a déclaré que des réfugiés étaient arrivés à la frontière après l'été."
EN = "Officials said on Monday that 1,200 people had been evacuated from the flooded valley."
PAGE = ("<!DOCTYPE html><html><head><title>Flood update</title></head><body><article>"
        f"<h1>Flood update</h1><p>{EN}</p></article></body></html>")


def _warc_gz(path: Path, url: str, html: str) -> None:
    with path.open("wb") as f:
        writer = WARCWriter(f, gzip=True)
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")],
                                   protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(url, "response",
                                                      payload=io.BytesIO(html.encode()),
                                                      http_headers=headers))
        writer.write_record(writer.create_warc_record(url, "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n")))


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    d = tmp_path / "corpus"
    d.mkdir()
    (d / "a_empty.txt").write_bytes(b"")
    (d / "b_image.png").write_bytes(b"\x89PNG\r\n\x1a\n" + os.urandom(2048))
    with (d / "c_huge.txt").open("wb") as f:  # sparse: costs no disk or time
        f.truncate(50 * 1024 * 1024)
    (d / "d_cp1251.txt").write_bytes(RU.encode("cp1251"))
    (d / "e_latin1.txt").write_bytes(FR.encode("latin-1"))
    (d / "f_utf16.txt").write_bytes(EN.encode("utf-16"))  # Python writes the BOM
    (d / "g_truncated.html").write_text(PAGE[: len(PAGE) // 2], encoding="utf-8")
    lines = [json.dumps({"text": EN, "title": "Valley flood", "outlet": "Valley Post",
                         "published": "2024-05-06"}),
             json.dumps({"html": PAGE, "url": "https://news.example/2024/05/06/flood/"}),
             '{"text": "broken line", ',
             json.dumps({"title": "no body here"}),
             json.dumps({"text": FR})]
    (d / "h_feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (d / "i_note.txt.gz").write_bytes(gzip.compress(("date 2024-05-07 " + EN).encode()))
    (d / "j_feed.jsonl.gz").write_bytes(gzip.compress((lines[0] + "\n" + lines[4] + "\n").encode()))
    _warc_gz(d / "k_crawl.warc.gz", "https://site.example/flood", PAGE)
    (d / "l_page_named.txt").write_text(PAGE, encoding="utf-8")
    (d / ".hidden.txt").write_text(EN, encoding="utf-8")
    return d


def _by_name(docs):
    return {d.name: d for d in docs}


def test_directory_of_good_and_bad_inputs(corpus: Path) -> None:
    docs = list(read_inputs([str(corpus)]))
    got = _by_name(docs)
    assert ".hidden.txt" not in got
    assert got["a_empty.txt"].error == "empty input"
    assert got["b_image.png"].error == "binary content (looks like PNG image)"
    assert got["c_huge.txt"].error == "too large: 52.4 MB exceeds the 20 MB limit"
    assert got["d_cp1251.txt"].content == RU and got["d_cp1251.txt"].hints["encoding"] == "cp1251"
    assert got["e_latin1.txt"].content == FR and got["e_latin1.txt"].error is None
    assert got["f_utf16.txt"].content == EN and got["f_utf16.txt"].hints["encoding"] == "utf-16"
    trunc = got["g_truncated.html"]
    assert trunc.error is None and trunc.kind == "html" and trunc.content.startswith("<!DOCTYPE")
    # JSON Lines: good lines read, the broken and the bodiless line rejected with a reason
    assert got["h_feed.jsonl#1"].content == EN and got["h_feed.jsonl#1"].hints["outlet"] == "Valley Post"
    assert got["news.example/2024/05/06/flood"].kind == "html"
    assert got["h_feed.jsonl#3"].error.startswith("line 3: invalid JSON (")
    assert "line 4" in got["h_feed.jsonl#4"].error and "text" in got["h_feed.jsonl#4"].error
    assert got["h_feed.jsonl#4"].hints["title"] == "no body here"
    assert got["h_feed.jsonl#5"].content == FR
    # gzip of text (with its date header) and of JSON Lines
    note = got["i_note.txt"]
    assert note.content == EN and note.hints["published"] == "2024-05-07"
    assert note.hints["published_basis"] == "header"
    assert got["j_feed.jsonl#1"].content == EN and got["j_feed.jsonl#2"].content == FR
    # WARC: one HTML response, named from its target URI; the request record is skipped
    warc = [d for d in docs if d.source.startswith(str(corpus / "k_crawl.warc.gz"))]
    assert [d.name for d in warc] == ["site.example/flood"]
    assert warc[0].kind == "html" and EN in warc[0].content
    assert warc[0].hints["url"] == "https://site.example/flood"
    # sniffed, not trusted: HTML saved as .txt
    assert got["l_page_named.txt"].kind == "html"
    good = [d for d in docs if d.error is None]
    assert all(d.content.strip() and len(d.raw_hash) == 64 for d in good)
    assert len(good) == 12 and len(docs) == 17


def test_rejections_do_not_stop_later_inputs(corpus: Path, tmp_path: Path) -> None:
    docs = list(read_inputs([str(tmp_path / "missing.txt"), "http://127.0.0.1:9/",
                             str(corpus / "c_huge.txt"), str(corpus / "d_cp1251.txt")]))
    assert [d.error for d in docs[:3]] == ["no such file", "could not fetch: connection refused",
                                           "too large: 52.4 MB exceeds the 20 MB limit"]
    assert docs[3].content == RU


def test_glob_and_count(corpus: Path) -> None:
    docs = list(read_inputs([str(corpus / "*.txt")]))
    assert {d.name for d in docs} == {"a_empty.txt", "c_huge.txt", "d_cp1251.txt", "e_latin1.txt",
                                      "f_utf16.txt", "l_page_named.txt"}
    assert count_inputs([str(corpus / "*.txt"), str(corpus / "h_feed.jsonl")]) == 6 + 5
    assert count_inputs([str(corpus)]) is None  # gzip and WARC need a full read to count


def test_date_header_only_when_valid(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("date 2024-13-45 " + EN, encoding="utf-8")
    (tmp_path / "b.txt").write_text("date 2024-05-06\n\n" + EN, encoding="utf-8")
    (tmp_path / "c.txt").write_text("date 2024-05-06 ", encoding="utf-8")
    a, b, c = read_inputs([str(tmp_path)])
    assert a.content.startswith("date 2024-13-45") and "published" not in a.hints
    assert b.content.strip() == EN and b.hints["published"] == "2024-05-06"
    assert c.error == "empty input"


def test_utf16_without_bom_and_wrong_declared_charset(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(EN.encode("utf-16-le"))
    page = PAGE.replace("<head>", '<head><meta charset="iso-8859-1">').replace("Officials", "Amtsträger")
    (tmp_path / "b.html").write_bytes(page.encode("utf-8"))
    a, b = read_inputs([str(tmp_path)])
    assert a.content == EN and a.hints["encoding"] == "utf-16-le"
    assert "Amtsträger" in b.content and b.hints["encoding"] == "utf-8"


def test_mixed_encodings_are_replaced_and_noted(tmp_path: Path) -> None:
    data = ("Ukraine’s “offensive” — " + EN).encode() + " café".encode("latin-1")
    (tmp_path / "m.txt").write_bytes(data)
    (doc,) = read_inputs([str(tmp_path / "m.txt")])
    assert doc.content.startswith("Ukraine’s “offensive”") and "\ufffd" in doc.content
    assert "mixed encodings" in doc.hints["encoding_note"]


def test_gzip_bomb_is_capped(tmp_path: Path) -> None:
    (tmp_path / "bomb.txt.gz").write_bytes(gzip.compress(b"a" * 3_000_000))
    (doc,) = read_inputs([str(tmp_path / "bomb.txt.gz")], limits=Limits(max_bytes=1_000_000))
    assert doc.error.startswith("too large") and "1 MB" in doc.error


def test_url_fetch_sniffs_and_caps() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/old":
            return httpx.Response(301, headers={"Location": "https://news.example/story"})
        if request.url.path == "/story":
            assert request.headers["User-Agent"].startswith("newsledger/")
            return httpx.Response(200, content=PAGE.encode(), headers={"Content-Type": "text/html"})
        if request.url.path == "/big":
            return httpx.Response(200, content=b"x" * 5000)
        return httpx.Response(404)

    limits = Limits(max_bytes=4000)
    with httpx.Client(transport=httpx.MockTransport(handler), follow_redirects=True,
                      headers={"User-Agent": limits.user_agent}) as client:
        (page,) = fetch("https://news.example/old", limits, client)
        (big,) = fetch("https://news.example/big", limits, client)
        (missing,) = fetch("https://news.example/gone", limits, client)
    assert page.kind == "html" and page.hints["url"] == "https://news.example/story"
    assert page.name == "news.example/story"
    assert big.error.startswith("too large")
    assert missing.error == "could not fetch: HTTP 404 Not Found"


# -- inputs that are not regular files, and JSON Lines read line by line ----------------------------

def _read_in_subprocess(specs: list[str], timeout: float) -> list[tuple[str, str | None]]:
    """(name, error) of every input, read in a child process so that a hang fails the test
    instead of hanging it."""
    import subprocess
    import sys

    code = ("import json, sys; from newsledger.ingest import read_inputs, count_inputs; "
            "specs = json.loads(sys.argv[1]); count_inputs(specs); "
            "print(json.dumps([(d.name, d.error) for d in read_inputs(specs)]))")
    proc = subprocess.run([sys.executable, "-c", code, json.dumps(specs)], capture_output=True, text=True,
                          timeout=timeout, env={**os.environ})
    assert proc.returncode == 0, proc.stderr
    return [tuple(x) for x in json.loads(proc.stdout)]


def test_a_fifo_named_on_the_command_line_is_rejected_not_waited_on(tmp_path: Path) -> None:
    import time

    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    (tmp_path / "good.txt").write_text(EN, encoding="utf-8")
    began = time.monotonic()
    got = _read_in_subprocess([str(pipe), str(tmp_path / "good.txt")], timeout=60)
    assert time.monotonic() - began < 60  # the child would block for ever on the old reader
    assert got == [("pipe", "not a regular file: a named pipe (FIFO)"), ("good.txt", None)]


def test_special_entries_in_a_folder_are_each_rejected_with_a_reason(tmp_path: Path) -> None:
    import socket

    d = tmp_path / "in"
    (d / "sub").mkdir(parents=True)
    (d / "sub" / "good.txt").write_text(EN, encoding="utf-8")
    os.mkfifo(d / "pipe.txt")
    (d / "loop_a.txt").symlink_to("loop_b.txt")
    (d / "loop_b.txt").symlink_to("loop_a.txt")
    (d / "dangling.txt").symlink_to("nowhere.txt")
    (d / "up").symlink_to("..")  # a link to a folder: a cycle if it were followed
    sock = socket.socket(socket.AF_UNIX)
    sock.bind(str(d / "sock"))
    try:
        got = dict(_read_in_subprocess([str(d), "/dev/null", "/dev/zero"], timeout=60))
    finally:
        sock.close()
    assert got["sub/good.txt"] is None
    assert got["pipe.txt"] == "not a regular file: a named pipe (FIFO)"
    assert got["loop_a.txt"] == got["loop_b.txt"] == "symlink loop: the link leads back to itself"
    assert got["dangling.txt"] == "broken link: its target does not exist"
    assert got["up"].startswith("a link to a folder")
    assert got["sock"] == "not a regular file: a socket"
    assert got["null"] == got["zero"] == "not a regular file: a character device"
    assert len(got) == 9


def test_one_oversized_json_line_is_one_rejected_record(tmp_path: Path) -> None:
    good = [json.dumps({"url": f"https://example.org/r/{n}", "text": f"{EN} Report {n}."}) for n in range(4)]
    giant = json.dumps({"url": "https://example.org/giant", "text": "word " * 300_000})  # 1.5 MB
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join(good[:2] + [giant] + good[2:]) + "\n", encoding="utf-8")
    limits = Limits(max_bytes=1_000_000)
    docs = list(read_inputs([str(path)], limits=limits))
    assert [(d.name, d.error) for d in docs] == [
        ("example.org/r/0", None), ("example.org/r/1", None),
        ("feed.jsonl#3", "line 3: too large: 1.5 MB exceeds the 1 MB limit"),
        ("example.org/r/2", None), ("example.org/r/3", None)]
    # The same file gzipped streams the same way, and a file over the per-document cap is read
    # by lines rather than rejected whole.
    (tmp_path / "feed.jsonl.gz").write_bytes(gzip.compress(path.read_bytes()))
    assert [(d.name, d.error) for d in read_inputs([str(tmp_path / "feed.jsonl.gz")], limits=limits)] == \
        [(d.name, d.error) for d in docs]


def test_json_lines_stream_keeps_names_hashes_and_the_whole_file_rejection(tmp_path: Path) -> None:
    from newsledger.ingest.decode import decode_bytes
    from newsledger.ingest.jsonl import read_json_records

    lines = ["\ufeff" + json.dumps({"text": EN}), "", json.dumps({"text": FR}, ensure_ascii=False) + "\r",
             "[1, 2", json.dumps({"html": PAGE})]
    data = "\n".join(lines).encode("utf-8")
    (tmp_path / "a.jsonl").write_bytes(data)
    streamed = list(read_inputs([str(tmp_path / "a.jsonl")]))
    whole = list(read_json_records(decode_bytes(data), "a.jsonl", str(tmp_path / "a.jsonl"), Limits()))
    assert [(d.name, d.error, d.raw_hash, d.content) for d in streamed] == \
        [(d.name, d.error, d.raw_hash, d.content) for d in whole]
    assert [d.name for d in streamed] == ["a.jsonl#1", "a.jsonl#3", "a.jsonl#4", "a.jsonl#5"]
    (tmp_path / "gold.jsonl").write_text("\n".join(json.dumps({"quote": str(n)}) for n in range(5)), encoding="utf-8")
    (doc,) = read_inputs([str(tmp_path / "gold.jsonl")])
    assert doc.error == "no record has a 'text' or 'html' field: not a file of reports (5 records)"
