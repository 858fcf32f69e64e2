"""Stable anchor ids, so every statement in the brief can link to its evidence.

Ids are derived from document names and character spans (not list positions), so a link
written by one run still points at the same evidence when the report is regenerated.
"""

from __future__ import annotations

import hashlib
import re

from newsledger.model import Claim

_UNSAFE = re.compile(r"[^A-Za-z0-9_-]+")


def slug(text: str, limit: int = 48) -> str:
    """An HTML-id-safe token for any string; a short hash keeps distinct names distinct."""
    base = _UNSAFE.sub("-", text or "").strip("-")[:limit] or "x"
    digest = hashlib.sha1((text or "").encode("utf-8", "replace")).hexdigest()[:6]
    return f"{base}-{digest}"


def doc_anchor(doc: str) -> str:
    return f"doc-{slug(doc)}"


def claim_anchor(claim: Claim) -> str:
    start, end = _span(claim)
    return f"ev-{slug(claim.doc)}-{start}-{end}"


def claim_ref(claim: Claim) -> str:
    """The `doc:start-end` reference used by ArithmeticCheck.claims."""
    start, end = _span(claim)
    return f"{claim.doc}:{start}-{end}"


def fact_anchor(fact_id: str) -> str:
    return f"fact-{slug(fact_id)}"


def story_anchor(story_id: str) -> str:
    return f"story-{slug(story_id)}"


def _span(claim: Claim) -> tuple[int, int]:
    try:
        start, end = claim.span
        return int(start), int(end)
    except (TypeError, ValueError):
        return 0, 0
