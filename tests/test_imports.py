"""spaCy imported after newsledger leaves its command line unloaded, and stays whole.

newsledger stands in for `spacy.cli` while the spacy package initialises (newsledger/__init__.py);
these checks run in a fresh interpreter, since this test process may have imported spaCy already.
"""

from __future__ import annotations

import subprocess
import sys

CHECK = """
import sys
import newsledger, spacy
assert "spacy.cli" not in sys.modules, "spaCy's command line was imported"
assert not hasattr(spacy, "cli")
nlp = spacy.blank("en")
assert [t.text for t in nlp("Sales fell 12 per cent.")] == ["Sales", "fell", "12", "per", "cent", "."]
details = spacy.info(markdown=False, silent=True)    # the stand-in loads the real command line
assert details["spacy_version"] == spacy.__version__, details
import spacy.cli
from spacy.cli.info import info
assert callable(spacy.cli.download) and callable(info)
assert spacy.cli.__file__.endswith("__init__.py")
print("ok")
"""


def test_spacy_without_its_cli_is_still_the_whole_spacy() -> None:
    out = subprocess.run([sys.executable, "-c", CHECK], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "ok"


def test_spacy_cli_imported_first_is_left_alone() -> None:
    code = ("import spacy.cli, newsledger, spacy, sys; "
            "assert sys.modules['spacy.cli'] is spacy.cli and callable(spacy.cli.download); print('ok')")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "ok"
