"""Readable headings for facts and claimants, and which facts lead the brief.

Real extraction is noisy: a fact's label can carry a pronoun ("they treat") or a bare verb
lemma the vocabulary does not know ("people carry"), and claimant strings can run on with
an appositive ("Institute for the Study of War, a Washington think tank"). These rules are
ours (no library knows what a brief's heading should look like), so they are hand-written
and kept small: they only choose among words the claims already contain.
"""

from __future__ import annotations

import re

from newsledger.model import Fact
from newsledger.report import fmt

PRONOUNS = {"they", "them", "it", "its", "this", "that", "these", "those", "he", "she", "him",
            "her", "we", "us", "our", "their", "theirs", "one", "ones", "which", "who", "what"}
#: label heads that are qualifiers of the fact, kept in front of a rebuilt heading
_PHASES = ("possible future ", "additional ")
_APPOSITIVE = re.compile(r"^(.{3,}?),\s+(?:a|an|the|who|which|whose|its|his|her|their)\b", re.I)
_OWN_VOICE = " (own voice)"
KEY_MAX = 15  # rows of the key-figures table when single-source facts fill it


def _known_events() -> set[str]:
    try:  # the reconcile vocabulary names the events its labels spell out
        from newsledger.reconcile.vocab import EVENT_LABEL
    except ImportError:  # pragma: no cover - reconcile is part of the package
        return set()
    return set(EVENT_LABEL)


KNOWN_EVENTS = _known_events()


def _words(text: str | None) -> list[str]:
    return re.findall(r"[\w'’-]+", (text or "").lower())


def _is_pronoun(text: str | None) -> bool:
    words = _words(text)
    return bool(words) and all(w in PRONOUNS for w in words)


def clean_subject(subject: str | None) -> str | None:
    """A subject fit to show: tokenizer spacing undone, pronouns and run-ons dropped."""
    if not subject:
        return None
    text = re.sub(r"\s+(['’]s)\b", r"\1", str(subject)).strip()
    words = _words(text)
    if not words or _is_pronoun(text) or len(words) > 7 or len(text) > 56:
        return None
    if words[0] in PRONOUNS:
        return None
    return text


def usable_unit(f: Fact) -> str | None:
    unit = (f.unit or "").strip()
    return unit if unit and not _is_pronoun(unit) else None


def display_label(f: Fact) -> str:
    """The fact's heading: its own label unless that label is noise, then one built from
    the fact's subject or unit; '' when nothing readable is left."""
    label = (f.label or "").strip()
    words = _words(label)
    has_pronoun = any(w in PRONOUNS for w in words)
    odd_event = bool(f.event) and f.event not in KNOWN_EVENTS and f.event.lower() in words
    if label and not has_pronoun and not odd_event:
        return label
    phase = next((p for p in _PHASES if label.startswith(p)), "")
    paren = re.search(r"\s(\([^()]+\))$", label)
    subject = clean_subject(f.subject)
    unit = usable_unit(f)
    if subject:
        head = subject
    elif paren:  # '(percent)', '(dollar)': the class says more than a guessed noun
        return label if not has_pronoun else ""
    elif unit:
        head = fmt.plural(unit)
    else:
        return ""
    if phase and head.lower().startswith(phase.strip()):
        phase = ""
    return f"{phase}{head}{' ' + paren.group(1) if paren else ''}"


def is_noisy(f: Fact) -> bool:
    """A fact that cannot stand as a key figure: nothing says what is counted."""
    if not f.unit and not f.event:
        return True
    if not usable_unit(f) and not clean_subject(f.subject):
        return True
    return not display_label(f)


def is_multi_source(f: Fact) -> bool:
    return (f.reports or 0) >= 2 or (f.independent_sources or 0) >= 2


def split_key_facts(ranked: list[Fact], key_max: int = KEY_MAX) -> tuple[list[Fact], list[Fact]]:
    """(key figures, other figures). Every labelled fact that two reports or claimants
    carry is key; single-report facts with a clear heading fill the table up to `key_max`;
    the rest (noisy or surplus) go to the collapsed 'other figures'."""
    key = [f for f in ranked if is_multi_source(f) and not is_noisy(f)]
    for f in ranked:
        if len(key) >= key_max:
            break
        if f not in key and not is_multi_source(f) and not is_noisy(f):
            key.append(f)
    chosen = {id(f) for f in key}
    order = {id(f): i for i, f in enumerate(ranked)}
    key.sort(key=lambda f: order[id(f)])
    return key, [f for f in ranked if id(f) not in chosen]


def short_claimant(name: str | None, limit: int = 44) -> str:
    """'Institute for the Study of War, a Washington think tank' -> 'Institute for the Study of War'."""
    text = re.sub(r"\s+", " ", str(name or "")).strip()
    suffix = ""
    if text.endswith(_OWN_VOICE):  # keep the marker whatever is cut from the name
        text, suffix = text[: -len(_OWN_VOICE)].rstrip(), _OWN_VOICE
    text = re.sub(r"^unknown outlet \((.+)\)$", r"\1", text)
    m = _APPOSITIVE.match(text)
    if m:
        text = m.group(1)
    room = max(limit - len(suffix), 12)
    if len(text) > room:
        head = text[: room - 1]
        cut = head.rsplit(" ", 1)[0] if " " in head else head
        text = cut.rstrip(",;:- ") + "…"
    return text + suffix
