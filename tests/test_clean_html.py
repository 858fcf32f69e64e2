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


def test_no_long_article_comes_out_as_a_notice_box(bench_pages) -> None:
    # On every real page whose article is long, the body holds most of it: a precise read that
    # caught only a notice box (a reprint notice, 182 characters) is read again more widely.
    import gzip
    import json

    truth = json.loads((bench_pages / "ground-truth.json").read_text(encoding="utf-8"))
    short = []
    for key, page in truth.items():
        if len(page["articleBody"]) < 1000:
            continue
        html = gzip.decompress((bench_pages / "html" / f"{key}.html.gz").read_bytes()).decode("utf-8", "replace")
        body = clean_html(html, page.get("url")).body
        if len(body) < 0.3 * len(page["articleBody"]):
            short.append((key[:12], len(body)))
    assert short == []


def test_a_reprint_notice_is_furniture() -> None:
    from newsledger.clean.flat import furniture_reason

    assert furniture_reason("This copy is for your personal, non-commercial use only. To order presentation-ready "
                            "copies for distribution to your colleagues, clients or customers visit our site.")
    assert furniture_reason("- Order Reprints")
    assert furniture_reason("The personal use of drones rose 40% in a year, the agency said.") is None


def test_links_to_other_stories_inside_the_body_are_dropped() -> None:
    """A labelled link ("READ MORE: …") and a closing list of headline bullets belong to other
    stories: their numbers must not become this story's figures. A list of the story's own stays."""
    paras = list(PARAS)
    own_list = ["- Riverside (Zone 3): 140 homes", "- Old Mill (Zone 4): 85 homes"]
    body = (paras[:2] + ["READ MORE: Seven Towns Brace for Storm as Rivers Rise"] + paras[2:] + own_list
            + ["Related: The 12 Worst Floods in the Valley's History"] + paras[-1:]
            + ["- 10 Photos That Show the Scale of the Damage", "- The 5 Rivers Most Likely to Burst Next",
               "Originally published on Valley Courier."])
    page = PAGE.replace("".join(f"<p>{p}</p>" for p in PARAS), "".join(f"<p>{p}</p>" for p in body))
    result = clean_html(page, url="https://example.org/news/flood")
    for para in PARAS + own_list:
        assert para in result.body
    for gone in ("Seven Towns", "12 Worst Floods", "10 Photos", "5 Rivers", "Originally published"):
        assert gone not in result.body
    reasons = {line: why for line, why in result.dropped}
    assert "link" in reasons["READ MORE: Seven Towns Brace for Storm as Rivers Rise"]


def test_a_body_split_by_an_ad_break_is_read_to_its_end() -> None:
    # the article's paragraphs sit in two containers of one class, an ad block between them
    first, rest = PARAS[:3], PARAS[3:]
    page = f"""<!doctype html><html><head><title>Town evacuated as river floods</title></head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul></nav>
<main><h1>Town evacuated as river floods</h1>
<div class="grid"><div class="story-body body__part">{''.join(f'<p>{p}</p>' for p in first)}</div>
<div class="rail"><div class="ad">Advertisement</div><ul><li><a href="/a">Most read one</a></li>
<li><a href="/b">Most read two</a></li></ul></div></div>
<div class="row ad-wide"><span>Advertisement</span></div>
<div class="grid"><div class="story-body body__part">{''.join(f'<p>{p}</p>' for p in rest)}</div></div>
</main><footer><p>Copyright 2025 Valley Courier. All rights reserved.</p></footer></body></html>"""
    body = clean_html(page).body
    for para in PARAS:
        assert para in body
    assert "Most read" not in body and "All rights reserved" not in body


def test_the_next_story_of_an_endless_page_is_not_read_on() -> None:
    first, other = PARAS[:3], ["The zoo welcomed a new pair of red pandas this week, keepers said.",
                               "Visitors will be able to see the animals from Saturday, after a short quarantine."]
    page = f"""<!doctype html><html><head><title>Town evacuated as river floods</title></head><body>
<article><h1>Town evacuated as river floods</h1>
<div class="article-body">{''.join(f'<p>{p}</p>' for p in first)}</div></article>
<div class="next-story"><article><h1>Zoo welcomes red pandas</h1>
<div class="article-body">{''.join(f'<p>{p}</p>' for p in other)}</div></article></div>
</body></html>"""
    body = clean_html(page).body
    assert all(p in body for p in first)
    assert "red pandas" not in body


def test_teasers_for_other_stories_inside_the_body_are_dropped() -> None:
    teased = [*PARAS[:2], PARAS[2] + " (See the 12 worst river floods of the decade.)",
              "(MORE: 7 Towns That Rebuilt After the Water Came)", *PARAS[3:]]
    page = PAGE.replace("".join(f"<p>{p}</p>" for p in PARAS), "".join(f"<p>{p}</p>" for p in teased))
    result = clean_html(page, url="https://example.org/news/flood")
    assert "12 worst" not in result.body and "7 Towns" not in result.body
    for para in PARAS:
        assert para in result.body


def test_a_data_widget_of_tabs_and_a_table_after_the_story_is_dropped() -> None:
    widget = ("<div class='tracker'><p>World</p><p>Region</p><p>District Details</p><table>"
              "<tr><th>District</th><th>Cases</th><th>Deaths</th></tr>"
              + "".join(f"<tr><td>Town{k}</td><td>{100 + k}</td><td>{k}</td></tr>" for k in range(8))
              + "</table></div>")
    result = clean_html(PAGE.replace("</article>", widget + "</article>"), url="https://example.org/news/flood")
    assert "District Details" not in result.body and "Town3" not in result.body
    for para in PARAS:
        assert para in result.body


def test_a_precise_read_that_is_only_the_wider_reads_tail_is_recognised() -> None:
    from newsledger.clean.html import _extends

    story = "\n".join(PARAS)
    tail = PARAS[-1]
    assert _extends(story, tail)  # the wider read runs on before it: its head was lost
    assert not _extends(story, PARAS[0])  # the same start: nothing was lost before it
    assert not _extends(story, "A comment policy box that the story does not contain.")
