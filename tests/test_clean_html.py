"""The HTML body cleaner: trafilatura plus an edge trim; never raises on broken markup."""

from __future__ import annotations

import pytest
from flood_text import FLOOD_ARTICLE

from newsledger.clean.body import CleanedBody
from newsledger.clean.html import clean_html

PARAS = FLOOD_ARTICLE

PAGE = f"""<!doctype html><html><head><title>Town evacuated as river floods</title></head>
<body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li>
<li><a href="/sport">Sport</a></li></ul></nav>
<article>
<h1>Town evacuated as river floods</h1>
{''.join(f'<p>{p}</p>' for p in PARAS)}
</article>
<aside class="newsletter"><p>Enter your email to subscribe to our daily newsletter</p>
<form><input type="email"><button>Subscribe</button></form></aside>
<footer><p>Copyright 2025 Valley Courier. All rights reserved.</p></footer>
</body></html>"""


def test_article_paragraphs_are_kept_and_furniture_is_not() -> None:
    result = clean_html(PAGE, url="https://example.org/news/flood")
    for para in PARAS:
        assert para in result.body
    assert "Subscribe" not in result.body
    assert "All rights reserved" not in result.body
    assert "Sport" not in result.body


def test_offsets_point_into_the_page_source() -> None:
    result = clean_html(PAGE)
    assert result.offsets
    for b_start, o_start, length in result.offsets:
        assert result.body[b_start: b_start + length] == PAGE[o_start: o_start + length]


@pytest.mark.parametrize("broken", [
    "",
    "<html><body><p>unclosed",
    PAGE[: len(PAGE) // 2],  # truncated mid-article
    "<<<>>><p></div></span>&&&;",
    "\x00\x01binary\xff" * 100,
    "<html>" + "<div>" * 5000 + "deep" + "</div>" * 10,
])
def test_broken_html_does_not_raise(broken: str) -> None:
    result = clean_html(broken)
    assert isinstance(result, CleanedBody)
    assert isinstance(result.body, str)


def test_truncated_page_still_gives_what_is_there() -> None:
    cut = PAGE.index(PARAS[2]) + 20
    result = clean_html(PAGE[:cut])
    assert PARAS[0] in result.body
