"""A short schemathesis run over every operation of the web server's own OpenAPI schema.

The long run is `make fuzz-web` (ten minutes against a real server); this one, in-process and
a few examples per operation, keeps every change honest: no 5xx, responses that match their
declared schema, status codes and content types, and invalid input refused.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from test_web import run_pipeline, write_inputs

from newsledger.web.app import create_app

schemathesis = pytest.importorskip("schemathesis")
from schemathesis.config import SchemathesisConfig  # noqa: E402

CONFIG = Path(__file__).resolve().parents[1] / "benchmarks" / "schemathesis.toml"


@pytest.fixture(scope="module")
def web_schema(tmp_path_factory):
    work = tmp_path_factory.mktemp("fuzz")
    db = run_pipeline([write_inputs(work / "in")], work)
    app = create_app(db, allowed_hosts={"testserver", "localhost"}, uploads=False)
    config = SchemathesisConfig.from_path(str(CONFIG))
    return schemathesis.openapi.from_asgi("/api/openapi.json", app, config=config)


def test_every_operation_conforms_to_its_schema(web_schema):
    """Each operation in turn, positive and negative examples, all of schemathesis's checks.

    Derandomized so that CI is repeatable; `make fuzz-web` explores at random for ten minutes.
    """
    operations = [result.ok() for result in web_schema.get_all_operations()]
    assert len(operations) > 40
    failures = []
    for op in operations:
        @given(case=op.as_strategy())
        @settings(max_examples=6, deadline=None, database=None, derandomize=True,
                  suppress_health_check=list(HealthCheck))
        def check(case):
            case.call_and_validate()

        try:
            check()
        except Exception as exc:  # noqa: BLE001 - collect every operation's failure, then report
            failures.append(f"{op.method.upper()} {op.path}: {exc}")
    assert not failures, "\n\n".join(failures)[:20000]
