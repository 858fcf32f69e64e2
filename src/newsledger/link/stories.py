"""Group reports into stories: the same developing event, told by several outlets, over days
or months.

What ties reports of one story together is less their wording than what they are about:
the places, people and organisations they name (rare names weigh most: "Sarmeta",
"Dunrave", "Kordell" tie reports months apart, "United Nations" ties little), the
claimants they cite, and the figures they share. So:

1. blocking in DuckDB: only reports that share a rare name or a claimant are compared
   (an inverted index joined with itself), never every pair of reports;
2. score of a pair = TF-IDF cosine of title + body (scikit-learn) + the IDF-weighted overlap
   of their names + a bonus for shared claimants and shared figures, damped softly when
   they were published far apart (a story may run for months; the same words a year apart
   are usually a new story);
3. average-linkage clustering (scipy) inside each connected group of candidate pairs, cut
   at a threshold measured on benchmarks/ (seeds among 19 other stories; 12 stories
   written to run over days and months).

Page furniture and teasers of other stories are removed by the cleaner before this runs;
a story's title is its central report's headline, else the lead sentence of its earliest
report, never a list of keywords.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Mapping
from datetime import date
from functools import lru_cache
from typing import Any

import duckdb
import numpy as np
import pyarrow as pa
from scipy.cluster.hierarchy import DisjointSet, fcluster, linkage
from scipy.sparse import csr_matrix
from scipy.spatial.distance import squareform
from sklearn.feature_extraction.text import TfidfTransformer, TfidfVectorizer
from sklearn.preprocessing import MultiLabelBinarizer

from newsledger.link.dedup import near_duplicates
from newsledger.model import Story

THRESHOLD = 0.4  # average similarity at which two groups are one story
LEAD_BASE = 0.4  # score factor for reports whose headlines and leads share no name
NAME_WEIGHT = 0.6
ACTOR_WEIGHT = 0.15
FIGURE_WEIGHT = 0.1
WINDOW_DAYS = 45  # published this close together: no damping
HALF_LIFE_DAYS = 100  # beyond the window the score halves every this many days
BLOCK_MIN, BLOCK_SHARE, BLOCK_MAX = 25, 0.05, 1000  # a name in more reports than this does not block
BLOCK_WINDOW = BLOCK_MIN  # a commoner name pairs each report with this many neighbours in time
SIGNATURE_SHARE = 0.6  # a story's signature name stands in at least this share of its reports
MAX_JOIN_DAYS = 180  # groups sharing their signature name join when reports lie this close
MIN_EDGE = 0.08  # pairs scoring less are not linked at all
IDF_FLOOR = 1.0
TITLE_MAX = 110

_NAME = re.compile(r"(?<![\w’'])[A-Z][A-Za-z’'-]+(?:\s+[A-Z][A-Za-z’'-]+)*")
_NOT_NAMES = set("""the a an and but or in on at of for to by with from as it its this that these those he she they we
i you his her their our there here when while after before since until if so yet also however meanwhile
monday tuesday wednesday thursday friday saturday sunday january february march april may june july
august september october november december jan feb mar apr jun jul aug sep sept oct nov dec
president minister prime officials official government spokesman spokeswoman said says according
photo reuters ap afp related read more most news world home""".split())


def _date(value: Any) -> date | None:
    try:
        return date.fromisoformat(str(value)[:10])
    except (TypeError, ValueError):
        return None


def names_of(text: str, known: set[str] | None = None) -> tuple[set[str], set[str]]:
    """Capitalised names in a text, folded: each word of a name run, and the run itself
    ("Sarmeta Conflict Monitor" gives the run and 'sarmeta', 'conflict', 'monitor').

    Returns (names, sentence-initial words): a capital that only opens a sentence or a
    headline is a name only where another report writes it capitalised mid-sentence
    (`known`), so "Ardel's institute said" still names Ardel."""
    out: set[str] = set()
    openers: set[str] = set()
    for m in _NAME.finditer(text or ""):
        start = m.start()
        before = text[max(0, start - 2):start]
        words = [w.strip("’'").lower().removesuffix("’s").removesuffix("'s") for w in m.group(0).split()]
        if re.search(r"[.!?\n:]\s*$|^\s*$", before):
            head, words = words[0], words[1:]
            if head not in _NOT_NAMES and len(head) > 2:
                if known is not None and head in known:
                    out.add(head)
                else:
                    openers.add(head)
        kept = [w for w in words if w not in _NOT_NAMES and len(w) > 2]
        out.update(kept)
        if len(kept) > 1:
            out.add(" ".join(kept))
    return out, openers


def block_cap(n_docs: int) -> int:
    """How many reports a name may stand in and still block: BLOCK_SHARE of the ledger, rounded
    to a power of two. The cap decides which pairs are scored at all, so a cap that followed
    every new report would rescore and regroup old reports at each run that adds some; rounded,
    it moves only when the ledger about doubles."""
    if n_docs <= 0 or BLOCK_SHARE * n_docs <= BLOCK_MIN:
        return BLOCK_MIN
    return max(BLOCK_MIN, min(2 ** round(math.log2(BLOCK_SHARE * n_docs)), BLOCK_MAX))


def _pairs(docs: list[dict[str, Any]], names: list[set[str]], actors: list[set[str]]) -> tuple[Any, Any]:
    """Candidate pairs: reports sharing a rare name or a claimant (DuckDB self-join), as two
    arrays of report positions (left < right), ordered by left, then right.

    A key held by up to BLOCK_WINDOW + 1 reports pairs them all; a commoner one (up to the
    cap) pairs each report only with the BLOCK_WINDOW reports next to it in publication
    order (sorted neighbourhood), so a name in 5% of 100,000 reports gives 100,000 x 25
    candidates, not 5,000 squared: the candidate list grows linearly with the corpus.
    Keys go to DuckDB as numbers and reports as their rank in publication order (then
    position): joining on numbers costs less than on the names themselves."""
    ids: dict[str, int] = {}
    held: list[int] = []
    keys: list[int] = []
    for tag, sets in (("n:", names), ("a:", actors)):
        for i, items in enumerate(sets):
            for item in items:
                held.append(i)
                keys.append(ids.setdefault(tag + item, len(ids)))
    if not keys:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    n_docs = len(docs)
    cap = block_cap(n_docs)
    published = [str(d.get("published") or "") for d in docs]
    rank = np.empty(n_docs, dtype=np.int64)
    rank[sorted(range(n_docs), key=lambda i: (published[i], i))] = np.arange(n_docs)
    at = np.asarray(held, dtype=np.int64)
    con = duckdb.connect()
    try:
        con.register("keys", pa.table({"i": at, "k": np.asarray(keys, dtype=np.int64), "d": rank[at]}))
        got = con.execute(
            f"""WITH k AS (SELECT DISTINCT i, k, d FROM keys),
                    rare AS (SELECT k FROM k GROUP BY k HAVING count(*) BETWEEN 2 AND {cap}),
                    ranked AS (SELECT i, k, row_number() OVER (PARTITION BY k ORDER BY d) AS r
                               FROM k JOIN rare USING (k)),
                    near AS (SELECT a.i AS x, b.i AS y
                             FROM ranked a CROSS JOIN range(1, {BLOCK_WINDOW + 1}) AS o(step)
                             JOIN ranked b ON b.k = a.k AND b.r = a.r + o.step)
                SELECT DISTINCT least(x, y) AS a, greatest(x, y) AS b FROM near ORDER BY 1, 2""").fetchnumpy()
    finally:
        con.close()
    return np.asarray(got["a"], dtype=np.int64), np.asarray(got["b"], dtype=np.int64)


def name_parts(title: str, body: str) -> tuple[set[str], set[str], set[str], set[str]]:
    """One report's names and sentence-initial words (names_of), in its whole text and in its
    headline and lead sentence: pure in the report's text, so a caller can keep them between
    runs; doc_names decides which openers are names, which needs every report."""
    names, openers = names_of(f"{title}\n{body}")
    lead, lead_openers = names_of(f"{title}\n{lead_sentence(body, 400)}")
    return names, openers, lead, lead_openers


def doc_names(docs: list[dict[str, Any]],
              parts: Mapping[str, tuple[set[str], set[str], set[str], set[str]]] | None = None,
              ) -> tuple[list[set[str]], list[set[str]]]:
    """Names of each report, and the names of its headline and lead sentence (`parts`:
    name_parts by report, for the reports the caller has them for)."""
    kept = parts if isinstance(parts, Mapping) else {}
    got = [kept.get(d.get("doc")) or name_parts(str(d.get("title") or ""), str(d.get("body") or "")) for d in docs]
    known = set().union(*(p[0] for p in got))
    return [ns | (op & known) for ns, op, _, _ in got], [ls | (lop & known) for _, _, ls, lop in got]


def similarity(docs: list[dict[str, Any]],
               named: tuple[list[set[str]], list[set[str]]] | None = None,
               terms: Mapping[str, dict[str, int]] | None = None) -> dict[tuple[int, int], float]:
    """Scores of the candidate pairs (module docstring); pairs not listed score 0.

    `named` is doc_names(docs) when the caller has it already; `terms` the term_counts of
    the reports (by name) it kept."""
    texts = [f"{d.get('title') or ''}\n{d.get('body') or ''}" for d in docs]
    names, leads = named or doc_names(docs)
    actors = [{a for a in (d.get("actors") or []) if isinstance(a, str)} for d in docs]
    figures = [{tuple(f) if isinstance(f, list) else f for f in (d.get("figures") or [])
                if isinstance(f, tuple | list | str)} for d in docs]  # lists: figures read back from JSON
    left, right = _pairs(docs, names, actors)
    if not len(left):
        return {}
    kept = terms if isinstance(terms, Mapping) else {}
    tfidf = _tfidf([kept.get(d.get("doc")) or term_counts(text) for d, text in zip(docs, texts, strict=True)])
    df: dict[str, int] = defaultdict(int)
    for ns in names:
        for n in ns:
            df[n] += 1
    n_docs = len(docs)
    # smoothed: in a pile of one story's reports, its names still count
    idf = {n: math.log((n_docs + 1) / (k + 0.5)) + IDF_FLOOR for n, k in df.items()}
    unseen = math.log((n_docs + 1) / 0.5) + IDF_FLOOR  # a lead's name the whole texts do not give
    cos = _pair_sums(tfidf, None, left, right) if tfidf is not None else np.zeros(len(left))  # rows are unit length
    # every overlap below is a sum over the names two reports share, taken for all pairs at once
    # as row products of sparse report x name matrices (one fixed column order, so a sum comes
    # out the same whatever order a set gives its names in)
    held, vocab = _incidence(names)
    name_w = np.array([idf[n] for n in vocab])
    weight = held @ name_w
    shared = _pair_sums(held, name_w, left, right)
    least = np.minimum(weight[left], weight[right])
    score = cos + NAME_WEIGHT * np.divide(shared, least, out=np.zeros(len(left)), where=least > 0)
    acted, _ = _incidence(actors)
    n_act = np.asarray(acted.sum(axis=1)).ravel()
    both = (n_act[left] > 0) & (n_act[right] > 0)
    common = _pair_sums(acted, None, left, right)
    union = np.maximum(n_act[left] + n_act[right] - common, 1)
    score += np.where(both, ACTOR_WEIGHT * common / union, 0.0)
    counted, _ = _incidence([{repr(f) for f in fs} for fs in figures])
    n_fig = np.asarray(counted.sum(axis=1)).ravel()
    fewer = np.minimum(n_fig[left], n_fig[right])
    common = _pair_sums(counted, None, left, right)
    score += FIGURE_WEIGHT * np.divide(common, fewer, out=np.zeros(len(left)), where=fewer > 0)
    # the names a headline and lead give say what the report is about: the same topic in
    # two places ("quake", "election", "Civic Union") shares words but not its lead's place
    leading, lead_vocab = _incidence(leads)
    lead_w = np.array([idf.get(n, unseen) for n in lead_vocab])
    lead_weight = leading @ lead_w
    least = np.minimum(lead_weight[left], lead_weight[right])
    lead = np.divide(_pair_sums(leading, lead_w, left, right), least, out=np.zeros(len(left)), where=least > 0)
    score *= (LEAD_BASE + lead) * _decays([_date(d.get("published")) for d in docs], left, right)
    linked = score >= MIN_EDGE
    return dict(zip(zip(left[linked].tolist(), right[linked].tolist(), strict=True), score[linked].tolist(), strict=True))


_TFIDF = {"stop_words": "english", "token_pattern": r"(?u)\b[^\W\d_][\w'-]+\b"}  # what a TF-IDF term is


@lru_cache(maxsize=1)
def _analyzer() -> Any:
    return TfidfVectorizer(**_TFIDF).build_analyzer()


def term_counts(text: str) -> dict[str, int]:
    """How often each TF-IDF term stands in one report's title and body: pure in the text, so
    a caller can keep them between runs (only the weights look across the ledger)."""
    return dict(Counter(_analyzer()(text)))


def _tfidf(counts: list[dict[str, int]]) -> Any:
    """Reports x terms, sublinear TF-IDF rows of unit length (as scikit-learn's TfidfVectorizer
    gives them), from each report's term_counts; None when no report has a term."""
    vocab = sorted(set().union(*counts))
    if not vocab:
        return None
    col = {t: k for k, t in enumerate(vocab)}
    indptr, indices, data = [0], [], []
    for mine in counts:
        cols = sorted(col[t] for t in mine)
        indices += cols
        data += [mine[vocab[c]] for c in cols]
        indptr.append(len(indices))
    matrix = csr_matrix((np.asarray(data, dtype=np.float64), np.asarray(indices, dtype=np.int64),
                         np.asarray(indptr, dtype=np.int64)), shape=(len(counts), len(vocab)))
    return TfidfTransformer(sublinear_tf=True).fit_transform(matrix)


def _incidence(sets: list[set]) -> tuple[Any, list]:
    """Reports x items as a sparse 0/1 matrix (scikit-learn's MultiLabelBinarizer), columns in
    sorted order, and the items in that order."""
    binarizer = MultiLabelBinarizer(sparse_output=True)
    matrix = binarizer.fit_transform([sorted(s) for s in sets]).tocsr().astype(np.float64)
    return matrix, list(binarizer.classes_)


def _pair_sums(matrix: Any, weights: Any, left: Any, right: Any, chunk: int = 50_000) -> Any:
    """For each pair (left[k], right[k]): the summed weights of the columns both rows hold
    (their count when `weights` is None)."""
    weighted = matrix.multiply(weights).tocsr() if weights is not None else matrix
    out = np.zeros(len(left))
    for k in range(0, len(left), chunk):
        a, b = left[k:k + chunk], right[k:k + chunk]
        out[k:k + chunk] = np.asarray(weighted[a].multiply(matrix[b]).sum(axis=1)).ravel()
    return out


def _decays(dates: list[date | None], left: Any, right: Any) -> Any:
    """How much each pair's score keeps for the days between the two reports: all of it within
    WINDOW_DAYS, then half per HALF_LIFE_DAYS; all of it when a date is unknown."""
    days = np.array([d.toordinal() if d else np.nan for d in dates])
    gap = np.abs(days[left] - days[right])
    out = np.where(gap <= WINDOW_DAYS, 1.0, 0.5 ** ((gap - WINDOW_DAYS) / HALF_LIFE_DAYS))
    return np.where(np.isnan(gap), 1.0, out)


# Rounding room for the edges that may join clusters: 1 - (1 - s) need not equal s in floats.
STRONG_SLACK = 1e-9


def _components(n: int, edges: dict[tuple[int, int], float]) -> list[list[int]]:
    """Reports joined by any edge, each group in report order (groups by their first report)."""
    joined = DisjointSet(range(n))
    for i, j in edges:
        joined.merge(i, j)
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(n):
        groups[joined[i]].append(i)
    return list(groups.values())


def clusters_of(n: int, edges: dict[tuple[int, int], float], threshold: float) -> list[list[int]]:
    """Reports 0..n-1 clustered by average linkage over `edges`, cut at `threshold`.

    Average linkage merges two clusters only when their mean similarity reaches the threshold,
    which needs at least one pair across them that reaches it: so no cluster spans two groups
    joined only by weaker pairs, and each such group is clustered alone, with the same result
    as over all of them at once (up to ties: pairs clipped to full similarity may be merged in
    another order). That keeps the linkage (quadratic in a group's size) to groups of about one
    story's size where weak shared names chain a whole corpus into a few groups.
    """
    comps = _components(n, {e: s for e, s in edges.items() if s >= threshold - STRONG_SLACK})
    comp_of = {i: k for k, comp in enumerate(comps) for i in comp}
    own: list[dict[tuple[int, int], float]] = [{} for _ in comps]  # each group's edges, in the edges' order
    for (i, j), s in edges.items():
        if comp_of[i] == comp_of[j]:
            own[comp_of[i]][(i, j)] = s
    clusters = [sorted(c) for k, comp in enumerate(comps) for c in _cluster(sorted(comp), own[k], threshold)]
    return sorted(clusters)  # by first report: what comes next (join_by_signature) reads them in order


def _cluster(members: list[int], edges: dict[tuple[int, int], float], threshold: float) -> list[list[int]]:
    """Average linkage over one connected group of reports (`edges`: those of the group, or any
    superset: scanning every edge of the ledger for each group cost more than the linkage)."""
    if len(members) == 1:
        return [members]
    pairs = np.array(list(edges), dtype=np.int64).reshape(-1, 2)
    scores = np.fromiter(edges.values(), dtype=float, count=len(edges))
    pos = np.full(int(max(max(members), pairs.max(initial=0))) + 1, -1)
    pos[members] = np.arange(len(members))
    a, b = pos[pairs[:, 0]], pos[pairs[:, 1]]
    inside = (a >= 0) & (b >= 0)
    sim = np.zeros((len(members), len(members)))
    sim[a[inside], b[inside]] = scores[inside]
    sim[b[inside], a[inside]] = scores[inside]
    dist = np.clip(1.0 - np.minimum(sim, 1.0), 0.0, 1.0)
    np.fill_diagonal(dist, 0.0)
    labels = fcluster(linkage(squareform(dist, checks=False), method="average"),
                      t=1.0 - threshold, criterion="distance")
    out: dict[int, list[int]] = defaultdict(list)
    for m, label in zip(members, labels, strict=True):
        out[int(label)].append(m)
    return list(out.values())


def join_by_signature(clusters: list[list[int]], docs: list[dict[str, Any]],
                      names: list[set[str]]) -> list[list[int]]:
    """Join parts of one story that drifted apart in wording: two groups whose most telling
    name is the same (the rarest name most of their reports carry: "Sarmeta", "Dunrave")
    and whose reports lie within a year of each other are one story."""
    df: dict[str, int] = defaultdict(int)
    for ns in names:
        for n in ns:
            df[n] += 1
    n_docs = len(docs)

    def signature(members: list[int]) -> set[str]:
        count: dict[str, int] = defaultdict(int)
        for i in members:
            for n in names[i]:
                count[n] += 1
        ranked = sorted(((count[n] / len(members)) * math.log((n_docs + 1) / (df[n] + 0.5)), n)
                        for n in count if count[n] / len(members) >= SIGNATURE_SHARE and " " not in n)
        return {n for _, n in ranked[-3:]}

    dates = [_date(d.get("published")) for d in docs]
    parent = DisjointSet(range(len(clusters)))
    sigs = [signature(c) for c in clusters]
    by_name: dict[str, list[int]] = defaultdict(list)
    for k, sig in enumerate(sigs):
        for n in sig:
            by_name[n].append(k)
    held: dict[str, set[int]] = defaultdict(set)  # name -> reports carrying it (one pass, not one per name)
    for i, ns in enumerate(names):
        for n in ns:
            if n in by_name:
                held[n].add(i)
    for n, ks in by_name.items():
        holders = held[n]
        sharing = {i for k in ks for i in clusters[k]}  # once per name, not once per pair of groups
        for a, b in zip(ks, ks[1:], strict=False):
            if not holders <= sharing:
                continue  # the name also stands in reports outside these groups: not telling
            da = [dates[i] for i in clusters[a] if dates[i]]
            db = [dates[i] for i in clusters[b] if dates[i]]
            if da and db and min(abs((x - y).days) for x in da for y in db) > MAX_JOIN_DAYS:
                continue
            parent.merge(a, b)
    joined: dict[int, list[int]] = defaultdict(list)
    for k, c in enumerate(clusters):
        joined[parent[k]].extend(c)
    return list(joined.values())


_TEASER_LINE = re.compile(r"^\s*(?:related(?:\s+(?:coverage|stories|articles|reading))?|more\s+from\s+[\w ]{1,30}|"
                          r"read\s+(?:next|more|also)|see\s+also|most\s+read|popular|recommended|also\s+read|"
                          r"more\s+on\s+this(?:\s+story)?|latest|trending)\s*[:|>»-]", re.I)
_CREDIT = re.compile(r"^(?:about\s+the\s+author|\(?(?:reporting|editing|writing|additional\s+reporting)\s+by)\b|"
                     r"\b(?:is|are)\s+(?:a|an|the|our)\s+[^.]{0,60}(?:reporter|correspondent|editor|writer|desk)\b|"
                     r"\b(?:desk|reporter|correspondent)\s+covers\b|©|all\s+rights\s+reserved", re.I)
_ENDS_SENTENCE = re.compile(r"[.!?…\"”’')\]]\s*$")


@lru_cache(maxsize=4096)
def teaser_start(body: str) -> int | None:
    """Where the teasers of other stories begin in a body, or None.

    Cleaners drop a "Related coverage" heading but may keep the headlines under it: a run
    of headline-like paragraphs (no closing punctuation) after the article's last sentence
    is a list of other stories, and so is a line opening with "Related:" or "Most read:".
    Their figures belong to no story."""
    if not isinstance(body, str) or not body:
        return None
    paras = [(m.start(), m.group(0)) for m in re.finditer(r"[^\n]+", body)]
    start = None
    for pos, text in paras:
        if _TEASER_LINE.match(text):
            start = pos if start is None else min(start, pos)
    run: int | None = None
    for pos, text in reversed(paras):
        line = text.strip()
        if not line:
            continue
        if run is None and (_CREDIT.search(line) or len(line.split()) < 4):
            continue  # a closing credit, author note or fragment under the teasers
        if _ENDS_SENTENCE.search(line) or len(line) > 140:
            break
        run = pos
    if run is not None and any(_ENDS_SENTENCE.search(t.strip()) for p, t in paras if p < run):
        start = run if start is None else min(start, run)
    return start


def in_teaser(claim: Any, bodies: dict[str, str]) -> bool:
    """The claim stands in the teasers under its article (see teaser_start)."""
    start = teaser_start(bodies.get(getattr(claim, "doc", ""), "") or "")
    return start is not None and claim.span[0] >= start


def lead_sentence(body: str, limit: int = TITLE_MAX) -> str:
    """The first sentence of a body, cut at a word boundary: a title for a headline-less story."""
    text = re.sub(r"\s+", " ", body or "").strip()
    text = re.sub(r"^[A-Z][A-Z .,'’()-]{2,40}\s[—–-]{1,2}\s", "", text)  # a dateline "LISK, Orsenia (CP) — "
    m = re.search(r"(?<=[a-z0-9%)][.!?])\s+(?=[A-Z\"“])", text)
    first = text[:m.start()] if m else text
    if len(first) > limit:
        first = first[:limit - 1].rsplit(" ", 1)[0].rstrip(",;:") + "…"
    return first


def group_stories(docs: list[dict[str, Any]], threshold: float = THRESHOLD, duplicates: bool = True,
                  parts: Mapping[str, tuple[set[str], set[str], set[str], set[str]]] | None = None,
                  terms: Mapping[str, dict[str, int]] | None = None) -> list[Story]:
    """Stories from dicts with doc, title, body, published and optional actors and figures.

    Story ids are "s1", "s2", ... in order of each story's earliest report (then name),
    so they stay the same when the input order changes. Items without a doc name are
    skipped. `duplicates=False` leaves Story.duplicates empty, for a caller that finds
    near-duplicates over all reports at once (reconcile.across). `parts`: see doc_names;
    `terms`: see similarity.
    """
    docs = [d for d in docs if isinstance(d, dict) and isinstance(d.get("doc"), str) and d["doc"]]
    if not docs:
        return []
    named = doc_names(docs, parts)
    edges = similarity(docs, named, terms)
    clusters = join_by_signature(clusters_of(len(docs), edges, threshold), docs, named[0])

    def first_seen(members: list[int]) -> tuple[str, str]:
        return min((str(docs[i].get("published") or "9999"), docs[i]["doc"]) for i in members)

    stories: list[Story] = []
    for n, members in enumerate(sorted(clusters, key=first_seen), start=1):
        def centrality(i: int, members: list[int] = members) -> float:
            return sum(edges.get((min(i, j), max(i, j)), 0.0) for j in members if j != i)

        titled = [i for i in members if str(docs[i].get("title") or "").strip()]
        if titled:
            title = str(docs[max(titled, key=lambda i: (centrality(i), -i))]["title"]).strip()
        else:
            earliest = min(members, key=lambda i: (str(docs[i].get("published") or "9999"), docs[i]["doc"]))
            title = lead_sentence(str(docs[earliest].get("body") or "")) or docs[earliest]["doc"]
        dup_input = [(docs[i]["doc"], str(docs[i].get("body") or ""), str(docs[i].get("published") or ""))
                     for i in members]
        stories.append(Story(
            id=f"s{n}",
            title=title,
            docs=[docs[i]["doc"] for i in sorted(members, key=lambda i: first_seen([i]))],
            duplicates=near_duplicates(dup_input) if duplicates and len(members) > 1 else [],
        ))
    return stories
