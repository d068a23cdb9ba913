"""Schemathesis against the OpenAPI document, bounded and derandomised: every operation
answers without a 5xx and as its schema says (status, media type, headers, body)."""

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from hypothesis import HealthCheck, given, settings
from schemathesis.specs.openapi.checks import positive_data_acceptance

from masthead.wsgi import application

EXAMPLES_PER_OPERATION = 25


@pytest.fixture
def api_schema(outlet, settings):
    """The document as the whole WSGI stack serves it (the page cache's front door too)."""
    settings.API_REQUESTS_PER_WINDOW = 1_000_000
    # As Django's test client does: a request's start and end must not close the test's
    # connection, which holds the test's data in its transaction.
    for signal in (request_started, request_finished):
        signal.disconnect(close_old_connections)
    schema = schemathesis.openapi.from_wsgi("/api/v1/openapi.json", application)
    yield schema
    for signal in (request_started, request_finished):
        signal.connect(close_old_connections)


# Not schemathesis.pytest.from_fixture: its lazy schema writes pytest's Node._nodeid,
# which pytest 9 no longer has. Each operation gets its own bounded Hypothesis run.
@pytest.mark.django_db
def test_every_operation_conforms_to_the_document(api_schema):
    operations = [result.ok() for result in api_schema.get_all_operations()]
    assert len(operations) >= 11
    for operation in operations:

        @given(case=operation.as_strategy())
        @settings(
            max_examples=EXAMPLES_PER_OPERATION,
            derandomize=True,
            deadline=None,
            database=None,
            suppress_health_check=list(HealthCheck),
        )
        def conforms(case):
            # Every check but "schema-valid data is accepted": a cursor is any string to
            # the document, yet only one this API gave is one (a forged one is a 400).
            case.call_and_validate(excluded_checks=[positive_data_acceptance])

        conforms()
