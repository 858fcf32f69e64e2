"""Group reports into stories: the same developing event, told by several outlets.

Similarity of two reports = TF-IDF cosine of title + body (scikit-learn), plus a bonus for
shared actors (canonical names from `link.actors`), set to zero when their publication
dates lie further apart than a window. Average-linkage agglomerative clustering (scipy)
cuts the tree at a similarity threshold chosen on data (see `benchmarks/` and the tests:
the seed story mixed with 19 unrelated reports).
"""

from __future__ import annotations

from datetime import date
from typing import Any

import numpy as np
from scipy.cluster.hierarchy import fcluster, linkage
from scipy.spatial.distance import squareform
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.metrics.pairwise import cosine_similarity

from newsledger.link.dedup import near_duplicates
from newsledger.model import Story

THRESHOLD = 0.2  # average similarity at which two groups are one story
ACTOR_WEIGHT = 0.15
WINDOW_DAYS = 45


def _date(value: Any) -> date | None:
    try:
        return date.fromisoformat(str(value)[:10])
    except (TypeError, ValueError):
        return None


def similarity(docs: list[dict[str, Any]], window_days: int = WINDOW_DAYS) -> np.ndarray:
    """Pairwise report similarity in [0, 1+ACTOR_WEIGHT]; the diagonal is 1."""
    texts = [f"{d.get('title') or ''}\n{d.get('body') or ''}" for d in docs]
    try:
        tfidf = TfidfVectorizer(stop_words="english", sublinear_tf=True, min_df=1,
                                token_pattern=r"(?u)\b[^\W\d_][\w'-]+\b").fit_transform(texts)
        sim = cosine_similarity(tfidf)
    except ValueError:  # every text empty or only stop words
        sim = np.zeros((len(docs), len(docs)))
    actors = [{a for a in (d.get("actors") or []) if isinstance(a, str)} for d in docs]
    dates = [_date(d.get("published")) for d in docs]
    for i in range(len(docs)):
        for j in range(i + 1, len(docs)):
            if actors[i] and actors[j]:
                shared = len(actors[i] & actors[j]) / len(actors[i] | actors[j])
                sim[i, j] += ACTOR_WEIGHT * shared
                sim[j, i] = sim[i, j]
            if dates[i] and dates[j] and abs((dates[i] - dates[j]).days) > window_days:
                sim[i, j] = sim[j, i] = 0.0
    np.fill_diagonal(sim, 1.0)
    return sim


def _top_terms(texts: list[str], n: int = 4) -> str:
    try:
        vec = TfidfVectorizer(stop_words="english", token_pattern=r"(?u)\b[^\W\d_][\w'-]+\b")
        weights = np.asarray(vec.fit_transform(texts).sum(axis=0)).ravel()
        terms = vec.get_feature_names_out()
        return " ".join(terms[k] for k in weights.argsort()[::-1][:n])
    except ValueError:
        return "untitled"


def group_stories(docs: list[dict[str, Any]], threshold: float = THRESHOLD,
                  window_days: int = WINDOW_DAYS) -> list[Story]:
    """Stories from dicts with doc, title, body, published and optional actors.

    Story ids are "s1", "s2", ... in order of each story's earliest report (then name),
    so they stay the same when the input order changes. Items without a doc name are
    skipped.
    """
    docs = [d for d in docs if isinstance(d, dict) and isinstance(d.get("doc"), str) and d["doc"]]
    if not docs:
        return []
    if len(docs) == 1:
        labels = np.array([1])
        sim = np.ones((1, 1))
    else:
        sim = similarity(docs, window_days)
        dist = np.clip(1.0 - np.minimum(sim, 1.0), 0.0, 1.0)
        np.fill_diagonal(dist, 0.0)
        tree = linkage(squareform(dist, checks=False), method="average")
        labels = fcluster(tree, t=1.0 - threshold, criterion="distance")
    clusters: dict[int, list[int]] = {}
    for i, label in enumerate(labels):
        clusters.setdefault(int(label), []).append(i)

    def first_seen(members: list[int]) -> tuple[str, str]:
        return min((str(docs[i].get("published") or "9999"), docs[i]["doc"]) for i in members)

    stories: list[Story] = []
    for n, members in enumerate(sorted(clusters.values(), key=first_seen), start=1):
        central = max(members, key=lambda i: sim[i, members].sum())
        title = docs[central].get("title") or _top_terms([str(docs[i].get("body") or "") for i in members])
        dup_input = [(docs[i]["doc"], str(docs[i].get("body") or ""), str(docs[i].get("published") or ""))
                     for i in members]
        stories.append(Story(
            id=f"s{n}",
            title=str(title),
            docs=[docs[i]["doc"] for i in sorted(members, key=lambda i: first_seen([i]))],
            duplicates=near_duplicates(dup_input) if len(members) > 1 else [],
        ))
    return stories
