"""The OpenAPI description, tested as a property: schemathesis generates requests for
every operation (valid and invalid ones, a bounded number each) and runs them in process
against the ASGI app. No response may be a server error, and every response must conform
to the description: a documented status code and content type, and JSON that matches
its schema. The description and the validation agree both ways: a request the
description allows is answered (never a 400 or 422), one it does not is refused with a
4xx (the vocabularies of the parameters, in its components, come from the data the
checks use). ACCORD_SCHEMA_EXAMPLES sets the examples per operation and phase (default
10: about 100 s here; the fixed cost of the coverage phase is most of the rest)."""

from __future__ import annotations

import os
import warnings

import pytest

schemathesis = pytest.importorskip("schemathesis")
warnings.filterwarnings("ignore", message=".*httpx.*")

from hypothesis import HealthCheck, settings  # noqa: E402
from schemathesis.checks import not_a_server_error  # noqa: E402
from schemathesis.specs.openapi.checks import (  # noqa: E402
    content_type_conformance,
    negative_data_rejection,
    positive_data_acceptance,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)
from webutil import example_db  # noqa: E402

from accord.web import create_app  # noqa: E402

schema = schemathesis.openapi.from_asgi("/api/openapi.json", create_app(example_db()))
CHECKS = [not_a_server_error, positive_data_acceptance, negative_data_rejection, status_code_conformance,
          content_type_conformance, response_headers_conformance, response_schema_conformance]


@schema.parametrize()
@settings(max_examples=int(os.environ.get("ACCORD_SCHEMA_EXAMPLES", "10")), deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
def test_api_conforms_to_its_openapi_description(case: schemathesis.Case) -> None:
    case.call_and_validate(checks=CHECKS)
