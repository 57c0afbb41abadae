"""While the database does not answer: cached public pages are still served, everything else
answers a calm 503 with Retry-After, /healthz says 503, and the log says so once instead of a
traceback per request. When it answers again, nothing stale is served.

Here the database "stops" inside the process (every new cursor fails as a refused connection
does); tests/core/test_outage_postgres.py stops a real PostgreSQL under load."""

import logging
from datetime import timedelta

import pytest
import time_machine
from django.db import OperationalError, connections
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from assignments.models import Assignment
from core import cache, outage
from tests.factories import AssignmentFactory, FaqPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def fresh_process(monkeypatch):
    """As a process that has read nothing yet; a failed attempt is retried at once."""
    outage.reset()
    cache.forget_last_version()
    monkeypatch.setattr(outage, "RETRY_SECONDS", 0)
    yield
    outage.reset()


@pytest.fixture
def client():
    # As in production: an exception becomes the handler's response instead of being raised
    # into the test.
    return Client(raise_request_exception=False)


class Database:
    def __init__(self):
        self.monkeypatch = pytest.MonkeyPatch()
        self.wrapper = connections["default"]

    def stop(self):
        def refused(*args, **kwargs):
            raise OperationalError(
                'connection to server at "127.0.0.1", port 5432 failed: Connection refused'
            )

        self.monkeypatch.setattr(self.wrapper, "create_cursor", refused)

    def start(self):
        self.monkeypatch.undo()


@pytest.fixture
def database():
    database = Database()
    yield database
    database.start()


@pytest.fixture
def assignment():
    FaqPageFactory(title="Thuiswerken bij de overheid")
    return AssignmentFactory(title="Woordvoerder waterveiligheid", role="press")


def cached_pages(assignment):
    return [
        reverse("home"),
        reverse("assignments:list"),
        f"{reverse('assignments:list')}?role=press",
        assignment.get_absolute_url(),
        assignment.organisation.get_absolute_url(),
        reverse("organisations:list"),
        reverse("assignments:feed"),
        reverse("faq:index"),
        reverse("insights:index"),
        reverse("sitemap"),
    ]


def warm(client, urls):
    pages = {}
    for url in urls:
        client.get(url)
        response = client.get(url)
        assert response.status_code == 200, url
        pages[url] = response.content
    return pages


def assert_calm_503(response):
    assert response.status_code == 503
    assert response["Retry-After"] == str(outage.RETRY_AFTER)
    assert "no-store" in response["Cache-Control"]
    content = response.content.decode()
    assert "Deze pagina is even niet beschikbaar" in content
    assert "Traceback" not in content


def test_cached_pages_are_served_while_the_database_is_down(client, database, assignment):
    urls = cached_pages(assignment)
    pages = warm(client, urls)
    database.stop()
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        assert response.content == pages[url], url


def test_uncached_pages_answer_a_calm_503(client, database, assignment):
    warm(client, [reverse("home")])
    database.stop()
    for url in [
        f"{reverse('assignments:list')}?role=crisis",  # public, never asked for
        "/opdrachten/onbekend/",
        f"{assignment.get_absolute_url()}?utm_source=x",  # one page, never asked for
    ]:
        assert_calm_503(client.get(url))
    # Sending a form needs the database.
    assert_calm_503(
        client.post(reverse("alerts:signup"), {"email": "a@example.nl", "frequency": "daily"})
    )
    assert_calm_503(
        client.post(reverse("admin:login"), {"username": "lotte", "password": "x" * 12})
    )
    # A page that needs no database (an empty form) still works.
    assert client.get(reverse("alerts:signup")).status_code == 200


def test_a_process_that_never_read_the_version_answers_503(client, database, assignment):
    database.stop()
    assert_calm_503(client.get(reverse("home")))


def test_healthz_is_503_while_the_database_is_down(client, database):
    database.stop()
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json() == {"status": "unavailable"}
    database.start()
    assert client.get("/healthz").status_code == 200


def test_the_log_says_once_that_the_database_is_down(client, database, assignment, caplog):
    urls = cached_pages(assignment)
    warm(client, urls)
    database.stop()
    caplog.clear()
    with caplog.at_level(logging.INFO):
        for _ in range(20):
            for url in [*urls, f"{reverse('assignments:list')}?role=crisis"]:
                client.get(url)
            client.get(reverse("alerts:signup"))
            client.get("/healthz")
    assert not [record for record in caplog.records if record.exc_info], "a traceback was logged"
    messages = [record.getMessage() for record in caplog.records]
    assert len(messages) == 1, messages
    assert messages[0].startswith("The database is unreachable (connection to server at")

    database.start()
    caplog.clear()
    with caplog.at_level(logging.INFO):
        assert client.get(reverse("home")).status_code == 200
    [message] = [record.getMessage() for record in caplog.records]
    assert message.startswith("The database answers again after")


def test_a_change_made_elsewhere_during_the_outage_shows_as_soon_as_it_answers(
    client, database, assignment
):
    """Another server could still write while this one could not reach the database: the
    first version read afterwards makes every page cached before it unreachable."""
    detail = assignment.get_absolute_url()
    listing = reverse("assignments:list")
    warm(client, [listing, detail])
    database.stop()
    assert b"Woordvoerder waterveiligheid" in client.get(listing).content
    database.start()
    # The write another server made meanwhile: the title changed, the version went up.
    Assignment.objects.filter(pk=assignment.pk).update(title="Woordvoerder dijkversterking")
    cache.bump()
    assert b"Woordvoerder dijkversterking" in client.get(listing).content
    assert b"Woordvoerder dijkversterking" in client.get(detail).content


def test_the_last_version_is_trusted_for_a_bounded_time(client, database, assignment, settings):
    settings.PAGE_CACHE_OUTAGE_SECONDS = 600
    home = reverse("home")
    warm(client, [home])
    database.stop()
    with time_machine.travel(timezone.now() + timedelta(seconds=590)):
        assert client.get(home).status_code == 200
    with time_machine.travel(timezone.now() + timedelta(seconds=610)):
        assert_calm_503(client.get(home))


def test_a_new_process_takes_the_version_another_left_in_a_shared_cache(
    client, database, assignment
):
    """A worker started during the outage (with a shared cache such as Redis) still serves
    the pages the others cached."""
    home = reverse("home")
    warm(client, [home])
    cache.forget_last_version()  # as a fresh worker
    database.stop()
    assert client.get(home).status_code == 200
