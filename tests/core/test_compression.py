"""HTML is gzipped for clients that accept it, by the page cache and only for the pages it
caches: the same for every visitor, without a secret. Pages that hold a CSRF token, a session
or personal data go out uncompressed, so BREACH has nothing to recover."""

import gzip

import pytest
from django.urls import reverse

from tests.factories import AssignmentFactory

pytestmark = pytest.mark.django_db

GZIP = {"Accept-Encoding": "gzip, deflate, br"}


@pytest.fixture
def assignment():
    return AssignmentFactory(title="Woordvoerder wethouder")


def vary(response):
    return {value.strip() for value in response.get("Vary", "").split(",")}


@pytest.mark.parametrize("accept_first", [True, False])
def test_a_public_page_is_gzipped_for_clients_that_accept_it(client, assignment, accept_first):
    url = reverse("assignments:list")
    # Whichever kind of client comes first, both get the right body from the cache after.
    order = [GZIP, {}] if accept_first else [{}, GZIP]
    responses = {}
    for headers in order * 2:
        response = client.get(url, headers=headers)
        responses.setdefault(bool(headers), []).append(response)
    plain, zipped = responses[False], responses[True]
    assert all("Content-Encoding" not in response for response in plain)
    assert all(response["Content-Encoding"] == "gzip" for response in zipped)
    body = plain[0].content
    assert b"Woordvoerder wethouder" in body
    for response in zipped:
        assert gzip.decompress(response.content) == body
        assert int(response["Content-Length"]) == len(response.content)
        assert len(response.content) < len(body) / 3
    assert all("Accept-Encoding" in vary(response) for response in plain + zipped)


@pytest.mark.parametrize("header", ["gzip;q=0", "identity", "br", ""])
def test_no_gzip_for_clients_that_refuse_it(client, assignment, header):
    response = client.get(reverse("home"), headers={"Accept-Encoding": header})
    assert "Content-Encoding" not in response
    assert b"Woordvoerder wethouder" in response.content


def test_the_htmx_partial_is_gzipped_too(client, assignment):
    response = client.get(
        reverse("assignments:list"), headers={**GZIP, "HX-Request": "true", "HX-Target": "results"}
    )
    assert response["Content-Encoding"] == "gzip"
    assert b"Woordvoerder wethouder" in gzip.decompress(response.content)


def test_a_page_with_a_csrf_token_is_never_compressed(client, assignment):
    response = client.get(reverse("alerts:signup"), {"role": "press"}, headers=GZIP)
    assert response.status_code == 200
    assert b"csrfmiddlewaretoken" in response.content
    assert "Content-Encoding" not in response


def test_pages_for_a_logged_in_visitor_are_never_compressed(admin_client, assignment):
    for url in (reverse("assignments:list"), reverse("admin:assignments_assignment_changelist")):
        response = admin_client.get(url, headers=GZIP)
        assert response.status_code == 200
        assert "Content-Encoding" not in response, url


def test_a_page_that_is_not_found_is_not_compressed(client):
    response = client.get("/opdrachten/bestaat-niet/", headers=GZIP)
    assert response.status_code == 404
    assert "Content-Encoding" not in response
