"""One name per actor in every table: the linked actor's canonical name for any spelling.

`link.actors` decides which spellings name one actor; these helpers apply its mapping
wherever a name is shown or compared (facts, checks, timeline, provenance, CSV), so the
same person never appears under three names in one table.
"""

from __future__ import annotations

import re
from copy import copy

from newsledger.model import Claim


def fold_name(name: str) -> str:
    """'The Agency' and 'agency' name one actor; curly and straight apostrophes too."""
    return re.sub(r"^the\s+", "", " ".join(str(name).casefold().replace("’", "'").split()))


DOC_SEP = "\x1f"  # between a document and a name in a key that holds for that report only


def doc_key(doc: str, name: str) -> str:
    """The actor map's key for a name as one report writes it ("the Health Ministry" of a
    report about one country), looked up before the name alone."""
    return f"{doc}{DOC_SEP}{name}"


class Canon:
    """Canonical names from an actor map, looked up exactly, then case- and article-folded."""

    def __init__(self, actor_of: dict[str, str] | None) -> None:
        amap = actor_of if isinstance(actor_of, dict) else {}
        self.exact = {k: v for k, v in amap.items() if isinstance(k, str) and isinstance(v, str)}
        self.folded: dict[str, str] = {}
        for k, v in self.exact.items():
            if DOC_SEP in k:
                continue
            self.folded.setdefault(fold_name(k), v)
            self.folded.setdefault(fold_name(v), v)

    def __call__(self, name: str | None, aliases: list[str] | None = None, doc: str | None = None) -> str | None:
        if not name or not isinstance(name, str):
            return None
        if doc and doc_key(doc, name) in self.exact:
            return self.exact[doc_key(doc, name)]
        if name in self.exact:
            return self.exact[name]
        for cand in [name, *(aliases or [])]:
            if isinstance(cand, str) and fold_name(cand) in self.folded:
                return self.folded[fold_name(cand)]
        return re.sub(r"^(?i:the)\s+", "", name.strip())


def canonical(name: str | None, aliases: list[str] | None, actor_of: dict[str, str]) -> str | None:
    """Canonical actor name: the map, then case-insensitive, then the claim's aliases."""
    return Canon(actor_of)(name, aliases)


def canonical_claims(claims: list[Claim], actor_of: dict[str, str]) -> list[Claim]:
    """Copies of the claims naming claimant and intermediaries canonically; the name as
    written is kept in `claimant_as_written` and first among the claimant's aliases."""
    canon = Canon(actor_of)
    out = []
    for c in claims:
        who = canon(c.claimant, c.claimant_aliases, c.doc)
        if c.claimant_aliases:
            aliases = list(dict.fromkeys(a for a in [c.claimant, *c.claimant_aliases]
                                         if isinstance(a, str) and a and a != who))
        else:  # most claims: the name as written, if the map renamed it
            aliases = [c.claimant] if isinstance(c.claimant, str) and c.claimant and c.claimant != who else []
        via = [v for v in dict.fromkeys(canon(x) for x in c.via if isinstance(x, str))
               if v and v != who] if c.via else []
        new = copy(c)  # a shallow copy, as dataclasses.replace makes, at a tenth of its cost
        new.claimant_as_written = as_written(c)
        new.claimant, new.claimant_aliases, new.via = who, aliases, via
        out.append(new)
    return out


def as_written(c: Claim) -> str | None:
    """The claimant as the report wrote it (the raw mention, kept beside the canonical name)."""
    return c.claimant_as_written or c.claimant


def actor_map(actors: list) -> dict[str, str]:  # noqa: ANN001 - Actor objects or dicts with the same keys
    """Every spelling an actor table records -> that actor's canonical name."""
    out: dict[str, str] = {}
    for a in actors or []:
        canonical = a.get("canonical") if isinstance(a, dict) else getattr(a, "canonical", None)
        aliases = a.get("aliases") if isinstance(a, dict) else getattr(a, "aliases", None)
        if not isinstance(canonical, str) or not canonical:
            continue
        for alias in [canonical, *(aliases if isinstance(aliases, list) else [])]:
            if isinstance(alias, str) and alias:
                out.setdefault(alias, canonical)
    return out


def outlet_of(doc: str, docs_meta: dict[str, dict]) -> str:
    """The outlet that published a document, or a placeholder naming the document."""
    meta = docs_meta.get(doc) if isinstance(docs_meta, dict) else None
    outlet = (meta or {}).get("outlet") if isinstance(meta, dict) else None
    return outlet or f"unknown outlet ({doc})"
