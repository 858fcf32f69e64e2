"""The result type shared by the text and HTML body cleaners.

Kept apart from both cleaners so that a caller (the pipeline, the report) can import the
type without pulling in trafilatura or the line classifier.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class CleanedBody:
    """An article body with an account of what was removed.

    `dropped` holds (line, reason) pairs so a report can show why a line is not in the body.
    `offsets` holds (body_start, orig_start, length) triples: the body characters
    [body_start, body_start + length) are the original characters
    [orig_start, orig_start + length). Body text outside every triple (the paragraph
    separators) has no counterpart in the original.
    """

    body: str
    dropped: list[tuple[str, str]] = field(default_factory=list)
    offsets: list[tuple[int, int, int]] = field(default_factory=list)
    # the article's own photo captions (below its headline, above its last paragraph), credit
    # removed: not body prose, but the article's words; a dated caption tells a dated event
    captions: list[str] = field(default_factory=list)

    def to_original(self, body_pos: int) -> int | None:
        """The original-text position of a body position, or None where the body has none."""
        for b_start, o_start, length in self.offsets:
            if b_start <= body_pos < b_start + length:
                return o_start + (body_pos - b_start)
        return None
