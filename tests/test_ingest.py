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
