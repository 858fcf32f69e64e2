"""Many documents at once (their chosen sentences parsed in one stream) give exactly what
one document at a time gives: the same claims, the same rejections, in the same order."""

from __future__ import annotations

from pathlib import Path

import pytest
from hostile_corpus import report

from newsledger.extract import claims as claims_module
from newsledger.ingest import read_inputs
from newsledger.model import DocumentResult, RawDocument
from newsledger.pipeline import CLAIMS_ONLY, Options, process_document, process_documents

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def raw(name: str, content: str, kind: str = "text") -> RawDocument:
    return RawDocument(name=name, source=name, content=content, kind=kind, raw_hash=name)  # type: ignore[arg-type]


def mixed_inputs() -> list[RawDocument]:
    """Real reports (text, HTML, JSON Lines) with a broken input, a non-English one, a page of
    nothing and a report without a figure between them."""
    found = list(read_inputs([str(EXAMPLES)]))
    assert len(found) >= 5
    odd = [
        RawDocument(name="unreadable.bin", source="unreadable.bin", error="not text: binary content"),
        raw("fr.txt", "Le gouvernement a annoncé mardi que les travaux reprendraient la semaine prochaine, "
                      "selon un communiqué publié dans la soirée par le ministère des transports. " * 3),
        raw("empty.txt", "   \n\n"),
        raw("nofigure.txt", "The council met on Tuesday evening and agreed to meet again after the holiday. "
                            "Members said the discussion had been useful and the tone friendly."),
        raw("made_up.txt", report(3)),
    ]
    return found[:2] + odd[:2] + found[2:4] + odd[2:] + found[4:]


def as_rows(result: DocumentResult) -> tuple:
    d = result.document
    return d.doc, d.status, d.reason, d.body, [c.to_dict() for c in result.claims]


@pytest.mark.parametrize("batch", [1, 3, 32])
def test_batched_claims_equal_one_at_a_time(batch: int) -> None:
    inputs = mixed_inputs()
    alone = [as_rows(process_document(r, CLAIMS_ONLY)) for r in inputs]
    together = list(process_documents(inputs, CLAIMS_ONLY, batch=batch))
    assert [r.name for r, _ in together] == [r.name for r in inputs]
    assert [as_rows(res) for _, res in together] == alone
    assert sum(len(rows[4]) for rows in alone) > 20  # the examples do hold figures
    assert {rows[1] for rows in alone} == {"ok", "rejected"}


def test_a_document_that_fails_is_reported_alone_and_the_rest_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    """A failure inside the batched path turns that document into the same rejection the
    one-at-a-time path gives, and the documents beside it keep their claims."""
    inputs = mixed_inputs()
    real_finish = claims_module.finish_claims

    def finish_or_fail(plan, parses):  # noqa: ANN001, ANN202 - stands in for finish_claims
        if plan.doc == inputs[0].name:
            raise ValueError("a bad day")
        return real_finish(plan, parses)

    monkeypatch.setattr(claims_module, "finish_claims", finish_or_fail)
    alone = [as_rows(process_document(r, CLAIMS_ONLY)) for r in inputs]
    together = [as_rows(res) for _, res in process_documents(inputs, CLAIMS_ONLY, batch=4)]
    assert together == alone
    assert together[0][1] == "rejected" and "a bad day" in together[0][2]
    assert any(rows[4] for rows in together[1:])


def test_other_options_go_one_document_at_a_time() -> None:
    inputs = mixed_inputs()[:3]
    options = Options(claims=True, mentions=True, events=False)
    together = [as_rows(res) for _, res in process_documents(inputs, options)]
    assert together == [as_rows(process_document(r, options)) for r in inputs]


def test_letters_written_with_combining_marks_hide_no_figure():
    # "Gu\u0308len" written as "Ã" spelled with a combining tilde before a mis-decoded "1⁄4": the digit
    # belongs to the mangled name, and the composed text shows it glued to a letter
    text = ("Harbour Ledger, 12 March 2024\n\nThe GA\u03031\u20444len movement has been active in city politics. "
            "The council approved 40 new buses on Tuesday, the mayor said.\n")
    result = process_document(raw("mangled.txt", text), CLAIMS_ONLY)
    assert [c.quote for c in result.claims] == ["40"]


def test_text_decoded_with_the_wrong_encoding_is_repaired_and_noted():
    # UTF-8 read as cp1252 somewhere upstream: "PeÃ±a" for "Peña", "â€œ" for an opening quote
    good = "Harbour Ledger, 12 March 2024\n\nMayor Ana Pe\u00f1a said the city hired 40 new drivers on Tuesday.\n"
    mangled = good.encode("utf-8").decode("cp1252")
    result = process_document(raw("mojibake.txt", mangled), CLAIMS_ONLY)
    assert "Pe\u00f1a" in result.document.body and "\u00c3" not in result.document.body
    assert "mojibake" in (result.document.note or "")
    assert [c.claimant for c in result.claims] == ["Mayor Ana Pe\u00f1a"]
