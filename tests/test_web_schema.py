"""The OpenAPI description, tested as a property: schemathesis generates requests for
every operation (valid ones and invalid ones) and runs them in process against the ASGI
app. No response may be a server error, and each must conform to the description
(status code, content type, JSON schema)."""

from __future__ import annotations

import warnings

import pytest

schemathesis = pytest.importorskip("schemathesis")
warnings.filterwarnings("ignore", message=".*httpx.*")

from hypothesis import HealthCheck, settings  # noqa: E402
from schemathesis.checks import not_a_server_error  # noqa: E402
from schemathesis.specs.openapi.checks import (  # noqa: E402
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)
from webutil import example_db  # noqa: E402

from accord.web import create_app  # noqa: E402


@pytest.fixture(scope="session")
def api_schema() -> object:
    return schemathesis.openapi.from_asgi("/api/openapi.json", create_app(example_db()))


schema = schemathesis.pytest.from_fixture("api_schema")


@schema.parametrize()
@settings(max_examples=30, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
def test_api_conforms_to_its_openapi_description(case: object) -> None:
    case.call_and_validate(checks=[not_a_server_error, status_code_conformance, content_type_conformance,  # type: ignore[attr-defined]
                                   response_schema_conformance])
