"""Unhandled errors and outages are logged, one line each, without flooding the log."""

import io
import logging
import re
import time
import uuid

import pytest

from masthead.logs import OneLineFormatter, RepeatedErrorsFilter

pytestmark = [pytest.mark.django_db, pytest.mark.urls("masthead.tests.failing_urls")]


@pytest.fixture
def client(client):
    client.raise_request_exception = False
    return client


def logged_lines(capsys, containing: str) -> list[str]:
    return [line for line in capsys.readouterr().err.splitlines() if containing in line]


def test_an_unhandled_error_is_logged_as_one_line_with_the_path_and_where_it_was_raised(
    client, capsys
):
    message = f"nothing to see {uuid.uuid4()}"

    response = client.get(f"/fails/{message}/")

    assert response.status_code == 500
    err = capsys.readouterr().err
    assert len(err.splitlines()) == 1
    assert "ERROR django.request: Internal Server Error: /fails/" in err
    assert f"ValueError: {message}" in err
    assert re.search(r"raised at masthead/tests/failing_urls.py:\d+ in fails\)$", err.strip())


def test_a_hundred_identical_database_errors_in_a_second_log_only_a_few_lines(client, capsys):
    message = f"connection refused {uuid.uuid4()}"

    statuses = {client.get(f"/database-fails/{message}/").status_code for _ in range(100)}

    assert statuses == {503}
    assert 1 <= len(logged_lines(capsys, message)) <= 3


def test_a_different_error_is_logged_while_a_repeated_one_is_held_back(client, capsys):
    repeated, different = f"repeated {uuid.uuid4()}", f"different {uuid.uuid4()}"
    for _ in range(10):
        client.get(f"/database-fails/{repeated}/")

    client.get(f"/database-fails/{different}/")

    assert len(logged_lines(capsys, different)) == 1


def test_a_repeat_after_the_interval_is_logged_with_the_number_held_back():
    output = io.StringIO()
    handler = logging.StreamHandler(output)
    handler.setFormatter(OneLineFormatter())
    handler.addFilter(RepeatedErrorsFilter(seconds=0.2))
    logger = logging.getLogger(f"masthead.tests.{uuid.uuid4().hex}")
    logger.propagate = False
    logger.addHandler(handler)

    for _ in range(5):
        logger.warning("Redis unreachable")
    time.sleep(0.25)
    logger.warning("Redis unreachable")

    lines = output.getvalue().splitlines()
    assert len(lines) == 2
    assert lines[1].endswith("Redis unreachable (4 more like it held back in the last 0 s)")


def test_a_record_that_cannot_be_formatted_passes_the_filter_instead_of_failing_the_caller():
    # Filters run outside the handler's error handling: raising would fail the request.
    record = logging.LogRecord("masthead", logging.ERROR, __file__, 1, "%s and %s", ("one",), None)

    assert RepeatedErrorsFilter().filter(record)
