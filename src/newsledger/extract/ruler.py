"""spaCy's attribute ruler with its patterns looked up in tables instead of run by a Matcher.

The English model's attribute ruler maps fine-grained tags (and a few words) to parts of
speech, morphology and lemmas with 179 Matcher patterns. Running the Matcher over every
token cost about a tenth of a claims run, although every pattern is a fixed sequence of
tokens tested on tag, lower-case form, dependency or space flag (equal, in a list, not
in a list, a regular expression). Here each pattern is indexed by its first token's
word, tag, dependency or space flag, so a token meets only the few patterns that can
start on it. A pattern of
another shape (operators, other attributes) still goes to a Matcher. The matches, their
order (later patterns win) and the attributes set are those of spaCy's own component,
which this one subclasses; tests/test_nlp.py compares the two.
"""

from __future__ import annotations

import re
from typing import Any

from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs

# Token attributes the tables can test, as Matcher pattern keys and Doc.to_array columns.
_KEYS = ("LOWER", "TAG", "DEP", "IS_SPACE")  # most selective first
FACTORY = "newsledger_attribute_ruler"

# A test on one token: (column, wanted, values or a regular expression).
_Test = tuple[int, bool, Any]
# A pattern: its rule number and the tests of each of its tokens.
_Pattern = tuple[int, tuple[tuple[_Test, ...], ...]]


class TableAttributeRuler(AttributeRuler):
    """An AttributeRuler that finds its fixed-sequence patterns through tables."""

    # Per column of _KEYS, patterns by the value their first token must have; the patterns
    # no such value selects; a Matcher for the patterns the tables cannot express.
    _tables: tuple[list[dict[int, list[_Pattern]]], list[_Pattern], Matcher | None] | None = None

    def add(self, patterns: Any, attrs: dict, index: int = 0) -> None:
        super().add(patterns, attrs, index)
        self._tables = None  # rebuilt on the next match

    def match(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        if self._tables is None:
            self._tables = self._build()
        (by_lower, by_tag, by_dep, by_space), anywhere, rest = self._tables
        rows = doc.to_array(list(_KEYS)).tolist()
        found: set[tuple[int, int, int, int]] = set()
        for i, (lower, tag, dep, space) in enumerate(rows):
            for candidates in (by_lower.get(lower), by_tag.get(tag), by_dep.get(dep), by_space.get(space), anywhere):
                if not candidates:
                    continue
                for attr_id, token_tests in candidates:
                    end = i + len(token_tests)
                    if end <= len(rows) and self._fits(rows, i, token_tests):
                        found.add((attr_id, self._keys[attr_id], i, end))
        if rest is not None:
            for m_id, start, end in rest(doc, allow_missing=True, as_spans=False):
                found.add((int(self.vocab.strings[m_id]), m_id, start, end))
        return sorted(found)

    def set_annotations(self, doc: Doc, matches: list[tuple[int, int, int, int]]) -> None:
        """As spaCy's, in the same order, without building a Span for each one-token match."""
        for match in matches:
            attr_id, _, start, end = match
            if end - start == 1 and self.indices[attr_id] in (0, -1):
                set_token_attrs(doc[start], self.attrs[attr_id])
            else:
                super().set_annotations(doc, [match])

    def _fits(self, rows: list[list[int]], i: int, token_tests: tuple[tuple[_Test, ...], ...]) -> bool:
        for k, tests in enumerate(token_tests):
            row = rows[i + k]
            for col, wanted, values in tests:
                if isinstance(values, re.Pattern):
                    if self._regex(values, row[col]) != wanted:
                        return False
                elif (row[col] in values) != wanted:
                    return False
        return True

    def _regex(self, pattern: re.Pattern[str], value: int) -> bool:
        key = (pattern.pattern, value)
        hit = self._regex_cache.get(key)
        if hit is None:
            hit = self._regex_cache[key] = pattern.search(self.vocab.strings[value]) is not None
        return hit

    def _build(self) -> tuple[list[dict[int, list[_Pattern]]], list[_Pattern], Matcher | None]:
        by_first: list[dict[int, list[_Pattern]]] = [{} for _ in _KEYS]
        anywhere: list[_Pattern] = []
        rest = Matcher(self.vocab, validate=False)
        self._keys = [self.vocab.strings[str(i)] for i in range(len(self.attrs))]
        self._regex_cache: dict[tuple[str, int], bool] = {}
        for attr_id in range(len(self.attrs)):
            for pattern in self.matcher.get(str(attr_id))[1]:
                token_tests = [self._tests(spec) for spec in pattern]
                if not token_tests or any(t is None for t in token_tests):
                    rest.add(str(attr_id), [pattern])
                    continue
                compiled: _Pattern = (attr_id, tuple(token_tests))  # type: ignore[arg-type]
                # Indexed once, by the first column (in _KEYS order) that names the values it needs.
                key = min((t for t in token_tests[0] if t[1] and isinstance(t[2], frozenset)),
                          key=lambda t: t[0], default=None)
                if key is None:
                    anywhere.append(compiled)
                    continue
                for value in key[2]:
                    by_first[key[0]].setdefault(value, []).append(compiled)
        return by_first, anywhere, (rest if len(rest) else None)

    def _tests(self, spec: dict) -> tuple[_Test, ...] | None:
        """One token's part of a pattern as table tests, or None when only the Matcher can run it."""
        tests: list[_Test] = []
        for key, value in spec.items():
            if key not in _KEYS:
                return None
            col = _KEYS.index(key)
            if key == "IS_SPACE":
                if not isinstance(value, bool):
                    return None
                tests.append((col, True, frozenset({int(value)})))
            elif isinstance(value, str):
                tests.append((col, True, frozenset({self._hash(value)})))
            elif isinstance(value, dict) and len(value) == 1:
                op, arg = next(iter(value.items()))
                if op in ("IN", "NOT_IN") and all(isinstance(v, str) for v in arg):
                    tests.append((col, op == "IN", frozenset(self._hash(v) for v in arg)))
                elif op == "REGEX" and isinstance(arg, str):
                    tests.append((col, True, re.compile(arg)))
                else:
                    return None
            else:
                return None
        return tuple(tests)

    def _hash(self, value: str) -> int:
        return self.vocab.strings.add(value) if value else 0


@Language.factory(FACTORY)
def _make(nlp: Language, name: str) -> TableAttributeRuler:
    return TableAttributeRuler(nlp.vocab, name)


def use_table_ruler(nlp: Language) -> None:
    """Swap the pipeline's attribute ruler for the table-driven one, with the same patterns."""
    if "attribute_ruler" not in nlp.pipe_names:
        return
    old = nlp.get_pipe("attribute_ruler")
    if not isinstance(old, AttributeRuler) or isinstance(old, TableAttributeRuler):
        return
    patterns = old.patterns
    new = nlp.replace_pipe("attribute_ruler", FACTORY)
    new.add_patterns(patterns)
