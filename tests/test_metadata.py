"""Document metadata on the seeds (against the gold) and on synthetic pages, one rule each."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsledger.clean.metadata import dateline, implied_date, outlet_from_text, read_metadata
from newsledger.ingest import read_inputs
from newsledger.model import RawDocument


@pytest.fixture(scope="module")
def seed_metadata(seed_files: list[Path], gold: dict[str, list[dict]]) -> dict[str, tuple[dict, dict]]:
    """Metadata of each seed read as the reader reads it, with the gold body as `body`."""
    by_doc = {g["doc"]: g for g in gold["documents"]}
    out = {}
    for raw in read_inputs([str(p) for p in seed_files]):
        g = by_doc[raw.name]
        text = (seed_files[0].parent / raw.name).read_text(encoding="utf-8")
        body = "\n\n".join(text[a:b] for a, b in g["body_spans"])
        out[raw.name] = (read_metadata(raw, body), g)
    return out


def test_seed_published_dates(seed_metadata) -> None:
    right = [doc for doc, (md, g) in seed_metadata.items() if md["published"] == g["published"]]
    assert len(right) >= 4, right
    for md, g in seed_metadata.values():
        if md["published"]:
            assert md["published_basis"] and 0 < md["published_confidence"] <= 1
        # a document with no stated day still gets the right month
        assert md["published_month"] == g["published"][:7]


def test_seed_outlet_named_only_where_the_text_names_it(seed_metadata) -> None:
    for md, g in seed_metadata.values():
        if g["outlet_basis"] == "text":
            assert (md["outlet"], md["outlet_basis"]) == (g["outlet"], "text")
        else:
            assert md["outlet"] is None and md["outlet_basis"] is None


def test_seed_title_author_dateline(seed_metadata) -> None:
    for md, g in seed_metadata.values():
        assert md["title"] == g["title"]
        assert md["author"] == g["author"]
        assert md["dateline"] == g["dateline"]
        assert md["language"] == "en"


def _text(content: str, **hints: str) -> RawDocument:
    return RawDocument(name="t.txt", source="t.txt", content=content, hints=dict(hints))


BODY = ("Rescue teams pulled 14 people from the rubble overnight, the regional governor said on "
        "Tuesday, as aftershocks continued to rattle the area.")


def test_byline_date_and_author() -> None:
    page = f"Menu\nQuake toll rises as rescuers search collapsed homes\nBy Ana Ruiz and Tom Okafor  March 4, 2024 10:15 AM\n\n{BODY}\n"
    md = read_metadata(_text(page), BODY)
    assert md["published"] == "2024-03-04" and md["published_basis"] == "byline"
    assert md["author"] == "Ana Ruiz and Tom Okafor"
    assert md["title"] == "Quake toll rises as rescuers search collapsed homes"


def test_caption_date_is_not_a_byline() -> None:
    page = ("Flood waters recede in the south\n"
            "Residents wade through a flooded street in the old town on June 19, 2023, after days of rain (Photo/Agency Images)\n\n"
            f"{BODY}\n")
    md = read_metadata(_text(page), BODY)
    assert md["published_basis"] != "byline"


def test_url_date_and_outlet_from_url() -> None:
    raw = _text(BODY, url="https://www.example-news.org/world/2023/11/08/quake-toll/")
    md = read_metadata(raw, BODY)
    assert md["published"] == "2023-11-08" and md["published_basis"] == "url"
    assert md["outlet"] == "example-news.org" and md["outlet_basis"] == "url"


def test_a_date_in_an_image_path_gives_way_to_the_shown_date_and_the_address() -> None:
    # the markup's only full date is an image's upload path; the page shows its own date and its
    # address agrees with it
    html = ("<html><head><title>Ferry fares rise again</title>"
            '<meta content="https://www.harbour-echo.example/story/news/2019/11/19/ferry-fares/123/" property="og:url">'
            '<meta content="https://cdn.harbour-echo.example/presto/2016/04/05/ferry.jpg" property="og:image">'
            "</head><body><h1>Ferry fares rise again</h1><div class=\"byline\">By Jo Marsh</div>"
            "<div class=\"publish-date\">Published 11:34 PM EST Nov 19, 2019</div>"
            f"<article><p>{BODY}</p></article></body></html>")
    md = read_metadata(RawDocument(name="p.html", source="p.html", content=html, kind="html"), BODY)
    assert md["published"] == "2019-11-19"


def test_url_on_the_first_line_of_a_flattened_page() -> None:
    page = f"https://www.harbour-echo.example/local/2024/09/30/ferry-fares\nHarbour Echo\nFerry fares rise again\n\n{BODY}\n"
    md = read_metadata(_text(page), BODY)
    assert (md["published"], md["published_basis"]) == ("2024-09-30", "url")
    assert md["url"] == "https://www.harbour-echo.example/local/2024/09/30/ferry-fares"


def test_a_link_further_down_the_head_is_not_the_pages_address() -> None:
    head = "Harbour Echo\nNews | Sport\nFerry fares rise again\nBy Jo Marsh\nMore: ferries\nRelated\n"
    page = f"{head}https://www.harbour-echo.example/2019/01/02/old-story\n\n{BODY}\n"
    assert read_metadata(_text(page), BODY)["published"] != "2019-01-02"


@pytest.mark.parametrize(("line", "expected"), [
    ("Posted 29/04/2025", "2025-04-29"),     # day first
    ("Posted 04/29/2025", "2025-04-29"),     # US order, where the middle cannot be a month
    ("Updated 03/02/2025 10:14", "2025-02-03"),  # both could be months: day first, as the dotted form
])
def test_slashed_byline_dates(line: str, expected: str) -> None:
    page = f"Ferry fares rise again\n{line}\n\n{BODY}\n"
    assert read_metadata(_text(page), BODY)["published"] == expected


def test_hints_win() -> None:
    raw = _text(BODY, url="https://x.example/2020/01/01/a", published="2024-05-06T08:00:00Z",
                outlet="Valley Post", title="Given title", author="Kim Lee")
    md = read_metadata(raw, BODY)
    assert (md["published"], md["published_basis"]) == ("2024-05-06", "hint")
    assert (md["outlet"], md["outlet_basis"]) == ("Valley Post", "hint")
    assert md["title"] == "Given title" and md["author"] == "Kim Lee"


def test_html_meta() -> None:
    html = ("<html><head><title>Dam breach floods valley | River Times</title>"
            '<meta property="og:site_name" content="River Times">'
            '<meta property="og:title" content="Dam breach floods valley">'
            '<meta name="author" content="Priya Nair">'
            '<meta property="article:published_time" content="2022-09-14T06:30:00+00:00">'
            f"</head><body><article><h1>Dam breach floods valley</h1><p>{BODY}</p></article></body></html>")
    raw = RawDocument(name="p.html", source="p.html", content=html, kind="html")
    md = read_metadata(raw, BODY)
    assert md["title"] == "Dam breach floods valley" and md["author"] == "Priya Nair"
    assert (md["outlet"], md["outlet_basis"]) == ("River Times", "html")
    assert (md["published"], md["published_basis"]) == ("2022-09-14", "html")


@pytest.mark.parametrize(("body", "expected"), [
    ("KYIV — Air defence units shot down drones overnight.", "KYIV"),
    ("TAIPEI, Taiwan – The coast guard said two ships entered the zone.", "TAIPEI, Taiwan"),
    ("SEOUL (Reuters) - The central bank held rates.", "SEOUL"),
    ("NEW DELHI, March 3 (Wire Service) - Officials counted 40 sites.", "NEW DELHI"),
    ("LAGOS, Nigeria (AP) — Fuel prices rose again.", "LAGOS, Nigeria"),
    ("The ministry said - without giving details - that 12 people died.", None),
    ("NIS said on Thursday that troops arrived.", None),
])
def test_dateline_forms(body: str, expected: str | None) -> None:
    assert dateline(body) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Officials gave a toll of 40. The Harbor Herald could not immediately verify the figure.", "The Harbor Herald"),
    ("A spokesperson confirmed to the Harbor Herald that 40 had died. Experts interviewed by the Harbor Herald agreed.", "The Harbor Herald"),
    ("Report text.\n\nJane Moss is a reporter for Coastline News, covering courts.", "Coastline News"),
    ("Body text here.\n© 2024 Northern Wire Media", "Northern Wire Media"),
    ("Meanwhile Reuters was unable to independently verify the video.", "Reuters"),
    ("Sam Ode is Lakeside Times's health correspondent. He lives in Accra.", "Lakeside Times"),
    ("Ola Berg reports on climate policy for Nordic Ledger from Oslo.", "Nordic Ledger"),
    # an agency that cannot confirm is not a publisher, nor is an outlet quoted once
    ("The Pentagon could not immediately confirm the strike.", None),
    # quoting another outlet once is not naming the publisher
    ("A minister told Reuters that 40 people had died. The Daily Planet reported the same.", None),
    ("No outlet is named anywhere in this text.", None),
])
def test_outlet_phrases(text: str, expected: str | None) -> None:
    assert outlet_from_text(text) == expected


def test_implied_date_rolls_yearless_dates_forward_from_the_anchor() -> None:
    body = ("Troops crossed the border in early August 2024. On Jan. 30 the army pulled back, "
            "and officials said on Feb. 4 that the units had not returned.")
    day, month, conf = implied_date(body)
    assert (day, month) == ("2025-02-04", "2025-02") and conf == 0.5


def test_implied_date_keeps_recent_months_in_the_anchor_year() -> None:
    body = ("Fighting began in August. Losses mounted from early December 2023, "
            "and the ministry reported in January that the front had stalled.")
    day, month, conf = implied_date(body)
    assert day is None and month == "2024-01" and conf < 0.35


def test_implied_date_ignores_the_future() -> None:
    body = "The agency said on March 3, 2024 that 200 homes were lost. Leaders will meet on March 20."
    assert implied_date(body)[0] == "2024-03-03"


def test_language_and_junk() -> None:
    fr = "Les secours ont retiré quatorze personnes des décombres pendant la nuit, selon le gouverneur."
    de = "Die Rettungskräfte haben in der Nacht vierzehn Menschen aus den Trümmern geborgen."
    assert read_metadata(_text(fr), fr)["language"] == "fr"
    assert read_metadata(_text(de), de)["language"] == "de"
    junk = RawDocument(name="j", source="j", content="<<<\x00>>>" * 50, kind="html")
    md = read_metadata(junk, "")
    assert md["published"] is None and md["outlet"] is None and md["language"] is None


def test_byline_date_below_a_standfirst_that_opens_the_body() -> None:
    """A long read's standfirst reads as prose, so the body starts on it and the byline and
    "Published ..." lines under it fall between the body's first and second paragraphs."""
    standfirst = "Years after the mills closed, the valley's otters seem to be back. The anglers are not so sure."
    rest = ("On a grey morning by the weir the river looks empty, but the tracks in the mud tell another "
            "story, and the volunteers who walk its banks each month have counted more of them every year.")
    page = f"RIVERSIDE MONTHLY\nThe otters come home\n{standfirst}\nBy Nell Garrow\nPublished 12 May 2025\n{rest}\n"
    md = read_metadata(_text(page), f"{standfirst}\n\n{rest}")
    assert (md["published"], md["published_basis"]) == ("2025-05-12", "byline")


def test_a_date_in_the_second_paragraph_is_not_a_byline() -> None:
    first = "The council met on a wet evening to hear the plans for the new bridge over the river."
    second = "March 3, 2021"
    third = "Residents had waited years for a vote on the crossing, and many of them came to watch it."
    page = f"Bridge vote\n{first}\n{third}\n{second}\n"
    md = read_metadata(_text(page), f"{first}\n\n{third}")
    assert md["published_basis"] != "byline"


@pytest.mark.parametrize(("line", "expected"), [
    ("2024-11-05T08:30:00Z", "2024-11-05"),          # an ISO timestamp as scraped from a page's header
    ("Posted 2024-11-05T08:30:00+01:00", "2024-11-05"),
    ("PUBLISHED 5 NOV 2024", "2024-11-05"),            # month in capitals
    ("UPDATED NOVEMBER 5, 2024 8:30 AM", "2024-11-05"),
])
def test_iso_timestamps_and_capitalised_months_on_the_byline(line: str, expected: str) -> None:
    page = f"Quake toll rises as rescuers search collapsed homes\n{line}\n\n{BODY}\n"
    assert read_metadata(_text(page), BODY)["published"] == expected


def test_press_release_sender_and_date_lines_are_not_the_headline() -> None:
    # A government press release: sender label and date sit between headline and body.
    page = ("GOV.EX\nMinistry of Rural Affairs\nHome > Farming > News\nPress release\n"
            "Barley harvest climbs to 3.1 million tonnes after a wet spring\n"
            "From: Ministry of Rural Affairs\nPublished 2 October 2026\n"
            "The national barley harvest climbed to 3.1 million tonnes this year, the statistics "
            "office said in provisional figures released on Thursday, the largest crop since 2019.\n"
            "Farmers in the north brought in most of the increase after a wet spring and a dry, "
            "warm harvest season, the ministry said in its weekly bulletin for growers.\n")
    from newsledger.clean.flat import clean_text
    cleaned = clean_text(page)
    title = "Barley harvest climbs to 3.1 million tonnes after a wet spring"
    assert read_metadata(RawDocument(name="p.txt", source="p.txt", content=page), cleaned.body)["title"] == title
    assert (title, "title") in cleaned.dropped


def test_a_utc_stamp_past_local_midnight_gives_way_to_the_day_the_page_shows() -> None:
    def page(shown: str) -> str:
        return ("<html><head><title>Ferry fares rise again</title>"
                '<meta property="article:published_time" content="2019-11-19T04:50:22+00:00">'
                "</head><body><h1>Ferry fares rise again</h1><div class=\"byline\">By Jo Marsh</div>"
                f"<div class=\"publish-date\">Published {shown}</div>"
                f"<article><p>{BODY}</p></article></body></html>")
    md = read_metadata(RawDocument(name="p.html", source="p.html", content=page("11:50 PM EST Nov 18, 2019"), kind="html"), BODY)
    assert md["published"] == "2019-11-18"
    # a shown date a day after the stamp is an update, and the stamp stands
    md = read_metadata(RawDocument(name="p.html", source="p.html", content=page("Nov 20, 2019"), kind="html"), BODY)
    assert md["published"] == "2019-11-19"


def test_a_body_rejoined_with_blank_lines_is_still_found_in_its_page() -> None:
    """The cleaner puts a blank line between paragraphs the page ran line after line; the body
    must still be found there, or every body line counts as a line above it (and its figures twice)."""
    first = "The depot lost $4 million last year."
    second = "Its trams ran late on most days of the winter, and ridership fell for the third year running."
    page = f"Tram depot deep in the red\n{first}\n{second}\n"
    md = read_metadata(_text(page), f"{first}\n\n{second}")
    assert md["title"] == "Tram depot deep in the red"
    assert md["head_lines"] == []



def test_the_headline_again_in_curly_quotes_is_no_line_above_the_body() -> None:
    body = ("The council has posted leaflets on flood safety to riverside homes this week, telling families what to "
            "do when the water rises.")
    page = f"Council posts leaflets \u2018on flood safety\u2019 to riverside homes\n\n{body}\n"
    md = read_metadata(_text(page, title="Council posts leaflets 'on flood safety' to riverside homes"), body)
    assert md["head_lines"] == []


def test_a_body_paragraph_the_markup_also_shows_above_the_body_is_no_standfirst() -> None:
    title = "Agency adds five firms to delivery contract"
    first = ("WASHINGTON \u2014 The agency said on Monday that it was adding five firms to its delivery contract, a "
             "group that runs from small start-ups to two of the largest launch companies.")
    second = "All 14 firms may now bid for future orders, the agency said in a statement after the award."
    page = f"Home\nNews\nOpinion\n{title}\nby\nAna Ruiz\n\u2014\nNovember 18, 2019\n{first}\n{second}\n"
    md = read_metadata(_text(page, title=title), f"{title}\n\n{first}\n\n{second}")
    assert md["head_lines"] == []
