"""Properties of the figure parser on text nobody wrote: it never raises, offsets hold."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsledger.extract.figures import _Scanner, find_figures, parse_number_words

FRAGMENTS = [
    "1,000", "12 000", "8\u202f000", "12.000", "4.8", "0", "2024", "1980s", "105th", "-", "–",
    " to ", " and ", "between ", "from ", "more than ", "up to ", "as many as ", "about ",
    "nearly ", "an estimated ", "~", "$", "US$", "€", "£", "Rs", "Hr ", "UAH ", "bn", "m", "k",
    " million", " trillion", "%", " percent", " per cent", " percentage points", "half",
    "a third", "two-thirds", " in ", "three", "twenty", "-five", "hundred", " and a half",
    "a dozen", "one", " square kilometers", " km", "²", "-page", "-magnitude", "magnitude ",
    " times", "-year-old", " weeks", " a day", "Feb. ", "27 February", ", ", ".", ":", "7:06 AM",
    "aged ", "Smith, ", "COVID-19", "F-16", "Article ", "No. ", "https://x.y/1", "#tag1",
    "+1 555 123 4567", " or more", "+", "°C", "−", "(", ")", "\u00a0", "\n", " ", "troops",
]

texts = st.one_of(
    st.text(max_size=200),
    st.lists(st.sampled_from(FRAGMENTS), max_size=25).map("".join),
    st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=3)), max_size=25).map("".join),
)


def _check(text: str, figs) -> None:
    for f in figs:
        assert 0 <= f.start < f.end <= len(text)
        assert text[f.start : f.end] == f.quote
        assert f.quote == f.quote.strip()
        assert f.high is None or f.low <= f.high
        assert f.bound in ("exact", "approx", "at_least", "at_most", "range")
        assert (f.bound == "range") == (f.high is not None)
    starts = [f.start for f in figs]
    assert starts == sorted(starts)
    for a, b in zip(figs, figs[1:], strict=False):
        assert a.end <= b.start  # figures never overlap


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_scanner_never_raises_and_offsets_hold(text: str) -> None:
    # the scanner itself, without the public safety net, so a bug cannot hide behind it
    figs = _Scanner(text).scan()
    _check(text, figs)
    assert find_figures(text) == figs


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=60))
def test_parse_number_words_never_raises(s: str) -> None:
    v = parse_number_words(s)
    assert v is None or v >= 0
