"""Schemathesis over the service's OpenAPI schema, in-process against the ASGI app: no
generated request – valid or not – may produce a 5xx. Bounded and derandomized so it is
repeatable and finishes well within two minutes."""
from __future__ import annotations

import itertools

import pytest
import schemathesis
from hypothesis import HealthCheck, Phase, given, settings
from schemathesis.checks import not_a_server_error

from checker import Config
from service.app import create_app
from service.settings import ServiceConfig


@pytest.fixture(scope="module")
def api_schema(checker):
    # Small limits so that generated large inputs reach the 413 paths too.
    app = create_app(Config(), ServiceConfig(max_text_chars=2000, max_body_bytes=16 * 1024), checker=checker)
    return schemathesis.openapi.from_asgi("/openapi.json", app)


def test_no_server_errors(api_schema):
    """Every operation, positive and negative data (schemathesis' pytest plugin is not
    used: it does not work with the installed pytest, so each operation's strategy is
    driven by Hypothesis directly)."""
    operations = [result.ok() for result in api_schema.get_all_operations()]
    assert len(operations) >= 9
    for operation, mode in itertools.product(operations, list(schemathesis.GenerationMode)):
        if mode == schemathesis.GenerationMode.NEGATIVE and operation.method.upper() == "GET":
            continue  # no parameters: there is no invalid request to generate

        @given(case=operation.as_strategy(mode))
        @settings(
            max_examples=20,
            deadline=None,
            derandomize=True,
            database=None,
            phases=[Phase.explicit, Phase.generate],
            suppress_health_check=list(HealthCheck),
        )
        def run(case):
            case.call_and_validate(checks=[not_a_server_error])

        run()
