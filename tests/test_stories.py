"""Near-duplicates, story grouping and the B-cubed scorer."""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

import pytest

from newsledger.evaluate.stories import bcubed_f1
from newsledger.link.dedup import near_duplicates, shingles, signature
from newsledger.link.stories import group_stories
from newsledger.model import Story

GENERAL = Path(__file__).resolve().parents[1] / "benchmarks" / "general"


def _jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _docs_from(folder: Path, documents: list[dict]) -> list[dict]:
    out = []
    for d in documents:
        text = (folder / d["doc"]).read_text(encoding="utf-8")
        body = "\n\n".join(text[a:b] for a, b in d["body_spans"])
        out.append({"doc": d["doc"], "title": d.get("title"), "body": body, "published": d.get("published")})
    return out


@pytest.fixture(scope="module")
def seed_docs(seeds_dir, gold):
    return _docs_from(seeds_dir, gold["documents"])


@pytest.fixture(scope="module")
def general_docs():
    if not (GENERAL / "gold" / "stories.jsonl").exists():
        pytest.skip("benchmarks/general gold is not present")
    docs = _docs_from(GENERAL, _jsonl(GENERAL / "gold" / "documents.jsonl"))
    stories = {r["doc"]: r["story"] for r in _jsonl(GENERAL / "gold" / "stories.jsonl")}
    return docs, stories


def _edited_copy(body: str) -> str:
    """A syndicated repost: new first line, one middle sentence dropped."""
    sentences = re.split(r"(?<=[.!?])\s+", body)
    del sentences[len(sentences) // 2]
    return "Republished with permission\n" + " ".join(sentences)


def test_seed_story_among_other_stories(seed_docs, general_docs):
    general, gold_general = general_docs
    gold_map = {d["doc"]: "seed-story" for d in seed_docs} | gold_general
    docs = seed_docs + general
    stories = group_stories(docs)
    score = bcubed_f1(stories, gold_map)
    assert score["docs"] == len(docs)
    assert score["f1"] >= 0.95, score
    assert sorted(s.id for s in stories) == sorted(f"s{i}" for i in range(1, len(stories) + 1))


def test_story_ids_do_not_depend_on_input_order(seed_docs, general_docs):
    docs = seed_docs + general_docs[0]
    first = group_stories(docs)
    shuffled = docs[:]
    random.Random(3).shuffle(shuffled)
    second = group_stories(shuffled)
    assert [(s.id, sorted(s.docs)) for s in first] == [(s.id, sorted(s.docs)) for s in second]


def test_copies_are_flagged_and_distinct_reports_are_not(seed_docs):
    original = seed_docs[3]
    exact = ("copy_exact.txt", original["body"], "2025-03-01")
    edited = ("copy_edited.txt", _edited_copy(original["body"]), "2025-03-02")
    docs = [(d["doc"], d["body"], d["published"]) for d in seed_docs] + [exact, edited]
    pairs = near_duplicates(docs)
    assert ("copy_exact.txt", original["doc"]) in pairs
    assert ("copy_edited.txt", original["doc"]) in pairs
    assert len(pairs) == 2  # the five seed reports share a story, not their text


def test_kept_signatures_find_the_same_copies(seed_docs):
    """A run that adds reports passes the signatures it kept from the last run: the copies
    found must be the ones a run that shingles every report finds, and the batch MinHash
    must be the one datasketch builds a shingle at a time."""
    from datasketch import MinHash

    original = seed_docs[2]
    docs = [(d["doc"], d["body"], d["published"]) for d in seed_docs]
    docs += [("copy_exact.txt", original["body"], "2025-03-01"),
             ("copy_edited.txt", _edited_copy(original["body"]), "2025-03-02")]
    kept = {name: signature(body) for name, body, _ in docs[:-1]}  # the newest report has none yet
    assert near_duplicates(docs, signatures=kept) == near_duplicates(docs)
    assert ("copy_edited.txt", original["doc"]) in near_duplicates(docs, signatures=kept)
    one_by_one = MinHash(num_perm=128, seed=7)
    for s in shingles(original["body"]):
        one_by_one.update(s.encode("utf-8"))
    count, values = kept[original["doc"]]
    assert count == len(shingles(original["body"])) and list(values) == list(one_by_one.hashvalues)


def test_copies_kept_from_the_last_run_give_the_same_groups(seed_docs):
    """A run that adds reports passes the pairs of copies it found among the older reports
    and looks up only the new ones: the groups and originals must be a full run's."""
    from newsledger.link.dedup import copy_pairs, grouped, hashed

    original = seed_docs[1]
    docs = [(d["doc"], d["body"], d["published"]) for d in seed_docs]
    docs += [("copy_exact.txt", original["body"], "2025-03-01"),
             ("copy_edited.txt", _edited_copy(original["body"]), "2025-02-01")]  # the earliest: the original
    items = hashed(docs, None)
    every = copy_pairs(items)
    older = copy_pairs(hashed(docs[:-1], None))
    assert older and older < every
    adding = copy_pairs(items, known=older, fresh={"copy_edited.txt"})
    assert adding == every
    assert grouped(items, adding) == near_duplicates(docs)
    assert ("copy_exact.txt", "copy_edited.txt") in near_duplicates(docs)
    # pairs the caller kept but that no longer hold are not the index's business: what it is
    # given as known it keeps, so the caller must drop a pair whose text changed (across.py does)
    assert copy_pairs(items, known=[], fresh=set()) == set()


def test_original_is_the_earlier_published(seed_docs):
    body = seed_docs[0]["body"]
    pairs = near_duplicates([("later.txt", body, "2025-03-05"), ("earlier.txt", body, "2025-03-01")])
    assert pairs == [("later.txt", "earlier.txt")]


def test_group_stories_fills_duplicates(seed_docs):
    original = seed_docs[1]
    copy = dict(original, doc="copy_edited.txt", title="A new headline", body=_edited_copy(original["body"]),
                published="2025-03-01")
    stories = group_stories(seed_docs + [copy])
    assert len(stories) == 1
    assert stories[0].duplicates == [("copy_edited.txt", original["doc"])]
    assert stories[0].title


def test_time_window_splits_same_words_far_apart(seed_docs):
    moved = dict(seed_docs[0], doc="a_year_later.txt", published="2026-03-01")
    stories = group_stories([seed_docs[0], moved])
    assert len(stories) == 2


def test_bcubed_by_hand():
    stories = [Story("s1", "t", ["a", "b", "c"]), Story("s2", "t", ["d"])]
    gold = {"a": "x", "b": "x", "c": "y", "d": "y"}
    s = bcubed_f1(stories, gold)
    # precision: a,b 2/3, c 1/3, d 1 -> 2/3; recall: a,b 1, c 1/2, d 1/2 -> 3/4
    assert s["precision"] == pytest.approx(2 / 3) and s["recall"] == pytest.approx(0.75)


@pytest.mark.parametrize("junk", [[], [None, 3, {"title": "no doc"}], [{"doc": "only.txt"}]])
def test_junk_input(junk):
    stories = group_stories(junk)
    assert all(isinstance(s, Story) for s in stories)
    assert near_duplicates([None, ("x",), ("y", None)]) == []
    assert bcubed_f1([], {"a": "x"})["f1"] == 0.0


def test_blocking_cap_moves_only_when_the_ledger_about_doubles():
    """Which pairs are scored depends on the cap; a run that adds 5% to a ledger must score the
    old reports' pairs as before (else it regroups stories nobody added to)."""
    from newsledger.link.stories import BLOCK_MAX, BLOCK_MIN, block_cap

    sizes = [0, 1, 300, 600, 2_000, 10_000, 10_500, 20_000, 21_000, 100_000, 1_000_000]
    caps = [block_cap(n) for n in sizes]
    assert caps == sorted(caps)
    assert all(BLOCK_MIN <= c <= BLOCK_MAX for c in caps)
    assert block_cap(10_000) == block_cap(10_500) and block_cap(20_000) == block_cap(21_000)
    assert block_cap(2_000) < block_cap(10_000) < block_cap(100_000)
    assert len({block_cap(n) for n in range(1_000, 100_000, 100)}) <= 8  # steps, not a slope


def test_figures_read_back_from_json_score_like_tuples():
    """A caller that stored the grouping inputs as JSON gets lists back; they must count as the
    same figures, not raise."""
    from newsledger.link.stories import similarity

    def docs(figures):  # noqa: ANN001, ANN202
        return [{"doc": "a", "title": "", "body": "Port of Velm reopened after the strike.", "actors": ["Velm port authority"],
                 "figures": figures},
                {"doc": "b", "title": "", "body": "Velm dockers end walkout.", "actors": ["Velm port authority"],
                 "figures": [(400.0, "worker")]}]

    as_lists, as_tuples = similarity(docs([[400.0, "worker"]])), similarity(docs([(400.0, "worker")]))
    assert as_lists == as_tuples and as_lists
    assert similarity(docs([[12.0, "ship"]]))[(0, 1)] < as_tuples[(0, 1)]


def _reference_clusters(n: int, edges: dict[tuple[int, int], float], threshold: float) -> list[list[int]]:
    """Average linkage over every group joined by any edge at all: what clusters_of must equal."""
    from newsledger.link.stories import _cluster, _components

    return [c for comp in _components(n, edges) for c in _cluster(sorted(comp), edges, threshold)]


@pytest.mark.parametrize("seed", range(40))
def test_clustering_groups_split_on_strong_pairs_give_the_same_stories(seed):
    # Random sparse similarity graphs with chains of weak pairs between dense patches: clustering
    # each group of pairs that reach the threshold alone must give what one linkage over the
    # whole weakly joined group gives. (Scores stay below 1: pairs clipped to the same full
    # similarity tie, and a tie may be broken either way by either linkage.)
    from newsledger.link.stories import clusters_of

    rng = random.Random(seed)
    n = rng.randint(5, 60)
    edges: dict[tuple[int, int], float] = {}
    for i in range(n):
        for j in range(i + 1, n):
            if rng.random() < 0.25:
                edges[(i, j)] = rng.choice([rng.uniform(0.0, 0.39), rng.uniform(0.3, 0.99)])
    got = sorted(sorted(c) for c in clusters_of(n, edges, 0.4))
    assert got == sorted(sorted(c) for c in _reference_clusters(n, edges, 0.4))
    assert sorted(i for c in got for i in c) == list(range(n))
