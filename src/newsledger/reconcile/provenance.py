"""Echo versus independence: how many claimants stand behind a fact, and how it travelled.

Five outlets repeating one agency's figure through one wire are one source with five
reports; counting reports as confirmations is the classic error this module prevents.
"""

from __future__ import annotations

from typing import Any

from newsledger.link.names import Canon, fold_name, outlet_of
from newsledger.model import Fact
from newsledger.reconcile.values import claim_ref


def provenance(fact: Fact, docs_meta: dict[str, dict], actor_of: dict[str, str],
               canon: Canon | None = None) -> tuple[int, int, list[dict[str, Any]]]:
    """(independent claimants, distinct reports, routes claimant -> via -> outlet).

    A claim without a claimant is the outlet's own voice: it counts as a source (the outlet)
    only when no claim of the fact names a claimant. `canon` is `Canon(actor_of)` built once
    by a caller with many facts: building it per fact made provenance grow with facts times
    actors.
    """
    claims = [c for c in getattr(fact, "claims", None) or [] if getattr(c, "doc", None)]
    if not claims:
        return 0, 0, []
    docs_meta = docs_meta if isinstance(docs_meta, dict) else {}
    actor_of = actor_of if isinstance(actor_of, dict) else {}
    canonical = canon if canon is not None else Canon(actor_of)
    named: dict[str, str] = {}
    voices: dict[str, str] = {}
    routes: dict[tuple[str, tuple[str, ...], str], dict[str, Any]] = {}
    for c in claims:
        who = canonical(c.claimant, c.claimant_aliases)
        outlet = outlet_of(c.doc, docs_meta)
        if who:
            who = named.setdefault(fold_name(who), who)  # one spelling per actor in the routes
        else:
            voices.setdefault(outlet.casefold(), outlet)
        via = tuple(v for v in (canonical(x) for x in (c.via or [])
                                if isinstance(x, str)) if v and v.casefold() != (
                                    who or "").casefold())
        key = (who or f"{outlet} (own voice)", via, outlet)
        route = routes.setdefault(key, {"claimant": key[0], "via": list(via),
                                        "outlet": outlet, "docs": [], "claims": []})
        if c.doc not in route["docs"]:
            route["docs"].append(c.doc)
        route["claims"].append(claim_ref(c))
    independent = len(named) if named else len(voices)
    reports = len({c.doc for c in claims})
    ordered = sorted(routes.values(), key=lambda r: (r["claimant"], r["outlet"], r["via"]))
    return independent, reports, ordered


def echoes(fact: Fact) -> dict[str, int]:
    """Reports per independent claimant: a count above one is an echo, not a confirmation."""
    out: dict[str, set[str]] = {}
    for route in fact.routes or []:
        out.setdefault(route["claimant"], set()).update(route["docs"])
    return {k: len(v) for k, v in sorted(out.items())}
