"""Who says a figure, and through whom it reached the outlet.

Reporting frames are read off the dependency parse: a reporting verb whose complement
holds the figure ("X said that ..."), a prepositional source ("according to X", "as per
X"), a source noun ("X's estimate", "an estimate from X"), and a cited source ("citing
X"). The innermost frame that names an affiliated source gives the claimant; news
organisations in outer frames are the route (`via`). Pronouns and descriptors ("he",
"the agency") are resolved against sources seen earlier in the same document.

No library does attribution of this kind for English news (spaCy gives the parse, not
the frames), which is why this module is written by hand.

The package is split by job; each submodule imports only from those above it here:

- `shapes`: patterns and word lists of how names, roles, bodies and documents are
  written, shared by every layer (a thousand lines of lexicon, kept out of the logic).
- `phrases`: noun phrases and names read off the parse, and what kind of source a head
  is (named, anonymous, media, a person), which every speaker-naming layer needs.
- `records`: `Frame` and `Attribution`, the records the layers pass on, and which
  figures a frame covers.
- `tracker`: `SourceTracker`, the memory across a document's sentences that resolves
  pronouns and descriptors; state, where the layers below and above read one sentence.
- `speakers`: the speaker token of a cue (the subject of a reporting verb past parser
  misreadings, the source behind a source noun).
- `cues`: whether a token is a reporting cue at all (senses that report nothing, cues the
  parser misread), kept apart so the exceptions do not hide how frames are built.
- `naming`: builds a frame and names its speaker from the span, through the tracker.
- `frames`: `find_frames`, every reporting frame of a sentence and what each covers.
- `claimants`: `attribute`, which frame claims a figure and through whom.
"""

from newsledger.extract.attribution.claimants import (
    _heads_sentence,
    _inside_name,
    attribute,
    has_continuation_cue,
    speaks_of_itself,
)
from newsledger.extract.attribution.cues import (
    _misread_subject_verb,
    _subject_read_as_modifier,
    reports_nothing,
)
from newsledger.extract.attribution.frames import _trailing_aside, find_frames
from newsledger.extract.attribution.naming import names_officials, one_official
from newsledger.extract.attribution.phrases import (
    dominates,
    is_anonymous,
    is_media,
    is_named,
    looks_like_person,
    noun_phrase,
)
from newsledger.extract.attribution.records import Attribution, Frame
from newsledger.extract.attribution.shapes import (
    DOCUMENT_SHAPE,
    EVIDENCE_VERBS,
    INSTITUTION_WORDS,
    ORG_LAST_WORDS,
)
from newsledger.extract.attribution.speakers import (
    _inverted_tag,
    _speaker_of_verb,
    name_read_as_modal,
)
from newsledger.extract.attribution.tracker import SourceTracker

__all__ = [
    "DOCUMENT_SHAPE",
    "EVIDENCE_VERBS",
    "INSTITUTION_WORDS",
    "ORG_LAST_WORDS",
    "Attribution",
    "Frame",
    "SourceTracker",
    "_heads_sentence",
    "_inside_name",
    "_inverted_tag",
    "_misread_subject_verb",
    "_speaker_of_verb",
    "_subject_read_as_modifier",
    "_trailing_aside",
    "attribute",
    "dominates",
    "find_frames",
    "has_continuation_cue",
    "is_anonymous",
    "is_media",
    "is_named",
    "looks_like_person",
    "name_read_as_modal",
    "names_officials",
    "noun_phrase",
    "one_official",
    "reports_nothing",
    "speaks_of_itself",
]
