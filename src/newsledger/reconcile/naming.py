"""A fact's name: a short noun phrase a reader knows, built from what the fact measures.

"death toll", "people injured", "North Korean troops sent", "area burned (hectares)",
"turnout (%)", "defence spending (crowns)", "earthquake magnitude": the parts come from the
fact's identity (class, people family, state, owner, phase, rate) and, for shares and
amounts, from the words the claims use around their figures. Never a verb of saying, never
a word twice. Also the fact's stable id, which names the same parts.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter

from newsledger.reconcile import vocab
from newsledger.reconcile.identity import Row

_PLURAL_IRREGULAR = {"person": "people", "man": "men", "woman": "women", "child": "children",
                     "foot": "feet", "inch": "inches",
                     "aircraft": "aircraft", "sheep": "sheep", "series": "series",
                     "crown": "crowns", "magnitude": "magnitude"}
_QUAKE_WORDS = {"quake", "earthquake", "tremor", "aftershock", "temblor"}
_UNIT_SHOWN = {"square kilometer": "km²", "square kilometre": "km²", "km2": "km²", "sq km": "km²",
               "hectare": "hectares", "acre": "acres", "square mile": "square miles",
               "kilometer": "km", "kilometre": "km", "mile": "miles", "meter": "meters",
               "metre": "meters", "tonne": "tonnes", "ton": "tons"}


def plural(noun: str) -> str:
    n = noun.strip()
    low = n.lower()
    if low in _PLURAL_IRREGULAR:
        return _PLURAL_IRREGULAR[low]
    if low.endswith(("s", "x", "ch", "sh")):
        return n if low.endswith("s") else n + "es"
    if low.endswith("y") and len(low) > 2 and low[-2] not in "aeiou":
        return n[:-1] + "ies"
    return n + "s"


def owner_adjective(owner: str) -> str:
    """'north korea' -> 'North Korean'; a name without a demonym is title-cased."""
    if not owner:
        return ""
    cands = [k for k, v in vocab.DEMONYMS.items() if v == owner and k != owner
             and not k.endswith("s") and re.search(r"(an|ese|ish|i|ch)$", k)]
    word = min(cands, key=len) if cands else owner
    return " ".join(w.upper() if w in ("us", "uk", "u.s.") else w.capitalize() for w in word.split())


_NOT_NOUNS = set("""took gave won lost last next first also only made make set put kept held got
says said told likely more less much many such other another same own one two three four five
six seven eight nine ten midday morning evening afternoon night today yesterday""".split())


def _top_words(rows: list[Row], n: int = 2) -> list[str]:
    """The nouns the fact's claims most share around their figures, most shared first, as
    written ('defence spending', 'turnout')."""
    counts: Counter[str] = Counter()
    shown: dict[str, str] = {}
    for r in rows:
        for w in r.words:
            word = r.surface.get(w, w)
            if vocab.is_report_or_light(word.lower()) or word.lower() in _NOT_NOUNS or re.search(
                    r"(?:ed|ing)$", word.lower()) and word.lower() not in ("spending", "funding", "housing"):
                continue
            counts[w] += 1
            shown.setdefault(w, word)
    if not counts:
        return []
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    top = ranked[0][1]
    return [shown[w] for w, k in ranked if k >= max(2, top // 2) or k == top][:n]


def _ordered(words: list[str], rows: list[Row]) -> list[str]:
    """The chosen words in the order a claim's sentence gives them ("defence spending")."""
    for r in rows:
        text = (r.claim.sentence or "").lower()
        pos = [text.find(w) for w in words]
        if all(p >= 0 for p in pos):
            return [w for _, w in sorted(zip(pos, words, strict=True))]
    return words


def _clean(label: str) -> str:
    """No word twice, no verb of saying at the end, single spaces."""
    seen: set[str] = set()
    out = []
    for w in label.split():
        key = w.casefold().strip("()")
        if key in seen and key not in ("of", "and", "in"):
            continue
        seen.add(key)
        out.append(w)
    while len(out) > 1 and vocab.is_report_or_light(out[-1].casefold()):
        out.pop()
    return " ".join(out)


def fact_label(rows: list[Row], phase: str, owner: str) -> str:
    """The fact's heading (module docstring)."""
    r0 = next((r for r in rows if not r.loose), rows[0])
    event = r0.event if r0.event != "-" else ""
    part = vocab.EVENT_LABEL.get(event, "")
    adj = owner_adjective(owner)
    if r0.cls == "people":
        fams = Counter(r.fam for r in rows if r.fam not in ("generic", "person"))
        fam = fams.most_common(1)[0][0] if fams else "person"
        noun = vocab.FAMILY_NOUN.get(fam, "people")
        if event == "kill" and fam in ("person", "civilian") and not adj:
            base = "death toll" if fam == "person" else "civilians killed"
        elif event == "casualty":
            base = f"{adj} casualties" if adj else "casualties"
        elif event == "infect" and fam in ("case", "person"):
            base = "cases"
        else:
            base = f"{adj} {noun} {part or (event if event and not vocab.is_report_or_light(event) else '')}"
    elif r0.cls in ("area", "length", "mass"):
        units = Counter(vocab.clean_unit(r.extra.get("unit")) or "" for r in rows)
        unit = _UNIT_SHOWN.get(units.most_common(1)[0][0].lower(), units.most_common(1)[0][0]) if units else ""
        noun = {"area": "area", "length": "distance", "mass": "weight"}[r0.cls]
        base = f"{noun} {part or event}".strip() + (f" ({unit})" if unit else "")
    elif r0.cls in ("percent", "percent point") or r0.cls.startswith("money:"):
        words = _ordered(_top_words(rows), rows)
        if event in ("kill", "wound", "casualty", "missing") and r0.cls == "percent":
            head = f"share {part}"
        elif words:
            head = " ".join(words)
        else:
            head = part or ("share" if r0.cls.startswith("percent") else "amount")
        shown = "%" if r0.cls == "percent" else (
            "percentage points" if r0.cls == "percent point" else plural(r0.cls.split(":", 1)[1]))
        base = f"{adj} {head} ({shown})"
    else:
        noun = r0.cls.split(":", 1)[-1]
        if noun == "magnitude":
            words = {w for r in rows for w in r.words}
            base = "earthquake magnitude" if words & _QUAKE_WORDS else "magnitude"
        else:
            base = f"{adj} {plural(noun)} {part or (event if not vocab.is_report_or_light(event) else '')}"
    base = " ".join(base.split())
    if phase == "additional":
        base = f"additional {base}"
    elif phase == "prospective":
        base = f"possible further {base}"
    if r0.rate:  # "economy (euros) per day" reads "economy per day (euros)"
        m = re.match(r"^(.*?)(\s\([^()]*\))$", base)
        base = f"{m.group(1)} {r0.rate}{m.group(2)}" if m else f"{base} {r0.rate}"
    return _clean(base)


def fact_id(cls: str, event: str, phase: str, rate: str, owner: str, fam: str) -> str:
    """Readable id that stays the same across runs: what is counted, never a counter."""
    parts = [cls, fam if cls == "people" else "", event, phase, rate.replace(" ", "-"), owner]
    slug = ".".join(re.sub(r"[^a-z0-9]+", "-", p.lower()).strip("-") or "any" for p in parts)
    return slug if len(slug) <= 120 else slug[:100] + hashlib.sha1(slug.encode()).hexdigest()[:8]
