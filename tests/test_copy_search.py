"""Near-duplicate groups found through link.copy_search and a spanning forest of pairs are
the groups that confirming every candidate of the MinHash LSH index gives, and a run that
adds reports to kept pairs gets a rebuild's groups even when a report left or changed."""

from __future__ import annotations

import random
import re

import pytest
from datasketch import MinHashLSH

from newsledger.link.dedup import CONTAINMENT, NUM_PERM, copy_pairs, grouped, hashed, shingles
from newsledger.model import Document
from newsledger.reconcile.across import conclude_documents
from newsledger.reconcile.cache import StoryCache

SENTENCES = [
    "Water from the Marrow river reached the lower streets of Eastbridge before dawn on Tuesday.",
    "Mayor Lucinda Ferrante said 340 homes had been cleared and 12 people were taken to the hospital at Kellam.",
    "The county engineer, Ostap Wirth, warned that the old levee near the Pellow mill could give way by evening.",
    "Volunteers from Hartsgrove filled sandbags in the car park of the Eastbridge school through the night.",
    "A spokesman for the regional water board put the peak flow at 1,900 cubic metres a second.",
    "Residents of the Quillon estate were told to move their cars to the ridge above the railway station.",
    "Power was cut to about 4,000 customers in Eastbridge and Tamsford, according to the grid operator.",
    "The Red Cross opened a shelter in the Tamsford sports hall, where 210 people spent the night.",
    "Forecasters expect another 40 millimetres of rain over the Marrow valley before the weekend.",
    "Ferrante thanked the fire crews from Kellam and Hartsgrove and asked people to stay off the bridges.",
]
NAMES = ["Marrow", "Eastbridge", "Lucinda", "Ferrante", "Kellam", "Ostap", "Wirth", "Pellow", "Hartsgrove",
         "Quillon", "Tamsford"]
OTHER = [
    "The orchestra of Vellan gave its last concert of the season in the old corn exchange on Sunday.",
    "Ticket sales rose by a fifth this year, the festival director Imre Sallow told the local paper.",
    "Next spring the hall closes for eight months while the roof and the heating are repaired.",
    "Sallow said the players would tour the coastal towns of Brennick and Oster in the meantime.",
    "A new conductor, chosen from 64 applicants, will be named at the end of the month.",
]


def respelled(text: str, k: int) -> str:
    """Every place name and person name spelled another way (same length), as in bench_scale."""
    def one(m: re.Match[str]) -> str:
        w = m.group(0)
        return w[0] + "".join(chr((ord(c) - 97 + k) % 26 + 97) for c in w[1:]) if w in NAMES else w
    return re.sub(r"\b[A-Z][a-z]+\b", one, text)


def family(seed: int) -> list[tuple[str, str, str]]:
    """Versions of one report (edited, trimmed, respelled, verbatim), an unrelated report
    and its copies, in a shuffled order, named and dated."""
    rnd = random.Random(seed)
    texts = []
    for k in range(60):
        sentences = [respelled(s, k % 7) for s in SENTENCES]
        kind = rnd.choice(["verbatim", "drop", "drop", "drop2", "trim", "swap", "reorder"])
        if kind.startswith("drop"):
            del sentences[rnd.randrange(len(sentences))]
        if kind == "drop2":
            del sentences[rnd.randrange(len(sentences))]
        elif kind == "trim":
            sentences = sentences[:rnd.randint(5, 9)]
        elif kind == "swap":
            i = rnd.randrange(len(sentences))
            sentences[i] = sentences[i].replace("the", "a", 1)
        elif kind == "reorder":
            rnd.shuffle(sentences)
        head = rnd.choice(["", "Updated at noon. ", "From our correspondent. "])
        texts.append(head + " ".join(sentences))
    texts += [" ".join(OTHER), " ".join(OTHER[:4]), " ".join(OTHER).upper()]
    rnd.shuffle(texts)
    return [(f"r{i:03d}", t, f"2026-05-{1 + rnd.randrange(20):02d}") for i, t in enumerate(texts)]


def every_pair(docs: list[tuple[str, str, str]], threshold: float) -> set[tuple[str, str]]:
    """The reference: every candidate the LSH index gives, confirmed on the exact shingles."""
    items = hashed(docs, None)
    lsh = MinHashLSH(threshold=max(0.05, threshold * 0.6), num_perm=NUM_PERM)
    for i, item in enumerate(items):
        lsh.insert(str(i), item.hash)
    out = set()
    for i, item in enumerate(items):
        for j in map(int, lsh.query(item.hash)):
            if j <= i:
                continue
            a, b = shingles(item.body), shingles(items[j].body)
            inter = len(a & b)
            if inter / (len(a) + len(b) - inter) >= threshold or inter / min(len(a), len(b)) >= CONTAINMENT:
                out.add((item.name, items[j].name))
    return out


@pytest.mark.parametrize(("seed", "threshold"), [(1, 0.8), (2, 0.8), (3, 0.5), (4, 0.95)])
def test_many_near_copies_give_the_groups_of_every_pair(seed: int, threshold: float) -> None:
    docs = family(seed)
    items = hashed(docs, None)
    reference = every_pair(docs, threshold)
    forest = copy_pairs(items, threshold)
    assert reference and len(forest) < len(reference)  # a forest: fewer pairs than the groups hold
    assert grouped(items, forest) == grouped(items, reference)
    groups = {b for _, b in grouped(items, reference)}
    assert len(forest) == len(grouped(items, reference))  # one pair per report that is a copy
    assert len(groups) >= 2  # the respelled versions and the unrelated report stay apart
    # adding the last twenty reports to the pairs kept for the others: the same groups
    older = copy_pairs(hashed(docs[:-20], None), threshold)
    adding = copy_pairs(items, threshold, known=older, fresh={name for name, _, _ in docs[-20:]})
    assert grouped(items, adding) == grouped(items, reference)


def _documents(texts: dict[str, str]) -> list[Document]:
    return [Document(doc=name, source=f"/in/{name}", raw_hash=name, body=body, published=f"2026-05-{k + 1:02d}")
            for k, (name, body) in enumerate(sorted(texts.items()))]


def _duplicates(texts: dict[str, str], cache: StoryCache | None = None) -> list[tuple[str, str]]:
    return conclude_documents(_documents(texts), [], [], [], cache).duplicates


@pytest.mark.parametrize("change", ["gone", "rewritten"])
def test_a_group_that_lost_the_report_joining_it_is_looked_up_again(change: str) -> None:
    """Three edited copies of one text: the kept pairs are a-b and a-c (b-c is not confirmed
    once a joins them). When a leaves the ledger or its text changes, b and c are still copies
    of each other, as a rebuild finds."""
    base = " ".join(SENTENCES)
    texts = {"a": base, "b": base.replace("before dawn", "early"),
             "c": base.replace("through the night", "all night")}
    first = StoryCache()
    assert sorted(_duplicates(texts, first)) == [("b", "a"), ("c", "a")]
    later = {"b": texts["b"], "c": texts["c"]} | ({"a": " ".join(OTHER)} if change == "rewritten" else {})
    adding = StoryCache(dict(first.used).get)
    assert _duplicates(later, adding) == _duplicates(later) == [("c", "b")]
