"""Whole public pages are cached; every change that affects them makes the cached copy
unreachable at once. A candidate never sees an assignment that was closed or withdrawn, nor
misses one that was published."""

from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.db import connection
from django.urls import reverse

from assignments import services
from assignments.models import Assignment, Status, local_today
from core.cache import cached_public, version
from core.models import PublicDataVersion
from tests.factories import (
    AssignmentFactory,
    FaqPageFactory,
    OrganisationFactory,
    UserFactory,
    assignment_in_status,
)

pytestmark = pytest.mark.django_db

LIST = reverse("assignments:list")
# The client's confirmation an edit of published terms records with it.
CONFIRMATION = {
    "confirmed_on": local_today(),
    "channel": "phone",
    "client_contact": "Sander Vermeulen, teamleider communicatie",
}
HOME = reverse("home")


@pytest.fixture
def recruiter():
    return UserFactory(username="lotte")


@pytest.fixture
def organisation():
    return OrganisationFactory(name="Gemeente Zwolle", slug="gemeente-zwolle")


@pytest.fixture
def published(organisation):
    return AssignmentFactory(
        title="Woordvoerder wethouder wonen", slug="woordvoerder-wonen", organisation=organisation
    )


def pages_of(assignment):
    return [
        HOME,
        LIST,
        f"{LIST}?role={assignment.role}",
        assignment.organisation.get_absolute_url(),
        reverse("organisations:list"),
    ]


def warm(client, urls):
    """Requests every URL twice, so the second answer certainly came from the cache."""
    for url in urls:
        client.get(url)
        assert client.get(url).status_code == 200


def shows(client, url, text):
    return text in client.get(url).content.decode()


def test_a_page_is_served_from_the_cache_until_the_data_changes(client, published):
    first = client.get(LIST).content.decode()
    # Changed behind the cache's back (a queryset update sends no signal): still the cache.
    Assignment.objects.filter(pk=published.pk).update(title="Stille wijziging")
    assert client.get(LIST).content.decode() == first
    # Any change through a save makes the copy stale.
    published.refresh_from_db()
    published.save()
    assert "Stille wijziging" in client.get(LIST).content.decode()


def test_publishing_shows_the_assignment_on_every_page_at_once(client, organisation, recruiter):
    waiting = AssignmentFactory(
        screening=True, title="Campagneadviseur energie", organisation=organisation
    )
    urls = pages_of(waiting)
    warm(client, urls)
    assert not any(shows(client, url, "Campagneadviseur energie") for url in urls[:4])

    services.publish(waiting, actor=recruiter)

    for url in urls[:4]:
        assert shows(client, url, "Campagneadviseur energie"), url
    assert client.get(waiting.get_absolute_url()).status_code == 200


@pytest.mark.parametrize("transition", ["close", "withdraw"])
def test_closing_or_withdrawing_removes_it_from_every_page_at_once(
    client, published, recruiter, transition
):
    urls = pages_of(published)
    detail = published.get_absolute_url()
    warm(client, [*urls, detail])
    assert all(shows(client, url, "Woordvoerder wethouder wonen") for url in urls[:4])

    getattr(services, transition)(published, actor=recruiter)

    for url in urls[:4]:
        assert not shows(client, url, "Woordvoerder wethouder wonen"), url
    assert client.get(detail).status_code == 404


def test_an_edit_of_published_terms_shows_at_once(client, published, recruiter):
    detail = published.get_absolute_url()
    more_home_days = f"{LIST}?min_home_days=4"
    warm(client, [detail, more_home_days])
    assert not shows(client, more_home_days, "Woordvoerder wethouder wonen")
    assert shows(client, detail, "2 gegarandeerd, hoogstens 3")

    services.update_assignment(
        published,
        actor=recruiter,
        data={"home_days_max": 4},
        loaded_version=published.version,
        may_verify=True,
        confirmation=CONFIRMATION,
    )

    assert shows(client, more_home_days, "Woordvoerder wethouder wonen")
    assert shows(client, detail, "2 gegarandeerd, hoogstens 4")


def test_an_organisation_edit_shows_on_every_page_at_once(client, published, organisation):
    urls = [*pages_of(published), published.get_absolute_url()]
    warm(client, urls)

    organisation.name = "Gemeente Zwolle en Kampen"
    organisation.save()

    for url in urls[1:]:
        assert shows(client, url, "Gemeente Zwolle en Kampen"), url


def test_a_tool_change_shows_at_once(client, published):
    detail = published.get_absolute_url()
    warm(client, [detail])
    published.tools.create(name="Mattermost")
    assert shows(client, detail, "Mattermost")


def test_the_closing_date_passing_hides_the_assignment_without_any_write(client, published):
    published.closing_date = local_today()
    published.save()
    urls = pages_of(published)
    detail = published.get_absolute_url()
    warm(client, [*urls, detail])
    before = version()

    tomorrow = datetime.combine(
        local_today() + timedelta(days=1), time(0, 5), tzinfo=ZoneInfo("Europe/Amsterdam")
    )
    with time_machine.travel(tomorrow, tick=False):
        assert version() == before  # nobody wrote anything
        for url in urls[:4]:
            assert not shows(client, url, "Woordvoerder wethouder wonen"), url
        assert client.get(detail).status_code == 404


def test_a_change_made_by_another_process_is_seen(client, published):
    """The version lives in the database: a change committed by another process or server
    (simulated here with plain SQL, no signal in this process) is seen by the next request."""
    warm(client, [LIST])
    Assignment.objects.filter(pk=published.pk).update(status=Status.WITHDRAWN)
    table = PublicDataVersion._meta.db_table
    with connection.cursor() as cursor:
        cursor.execute(f"UPDATE {table} SET value = value + 1 WHERE id = 1")  # noqa: S608
    assert not shows(client, LIST, "Woordvoerder wethouder wonen")


def test_faq_edits_and_unpublishing_show_at_once(client):
    page = FaqPageFactory(title="Thuiswerken bij het Rijk", slug="thuiswerken")
    index = reverse("faq:index")
    warm(client, [index, page.get_absolute_url(), HOME])

    page.title = "Thuiswerken bij ministeries"
    page.save()
    assert shows(client, index, "Thuiswerken bij ministeries")

    page.is_published = False
    page.save()
    assert client.get(page.get_absolute_url()).status_code == 404
    assert not shows(client, HOME, "Thuiswerken bij ministeries")


def test_a_staff_preview_is_never_cached_for_visitors(client, admin_client):
    draft = FaqPageFactory(title="Concepttekst", is_published=False)
    assert admin_client.get(draft.get_absolute_url()).status_code == 200
    assert client.get(draft.get_absolute_url()).status_code == 404


def test_visitors_with_a_session_always_get_a_fresh_page(admin_client, client, published):
    warm(client, [LIST])
    Assignment.objects.filter(pk=published.pk).update(title="Zonder signaal gewijzigd")
    assert shows(admin_client, LIST, "Zonder signaal gewijzigd")
    assert not shows(client, LIST, "Zonder signaal gewijzigd")


def test_each_language_has_its_own_copy(client, published):
    dutch = client.get(LIST).content.decode()
    client.cookies["django_language"] = "en"
    english = client.get(LIST).content.decode()
    assert '<html lang="nl">' in dutch
    assert '<html lang="en">' in english
    english_by_header = client.get(LIST, headers={"accept-language": "en"}).content.decode()
    assert '<html lang="en">' in english_by_header


def test_the_htmx_partial_and_the_whole_page_are_cached_apart(client, published):
    whole = client.get(LIST)
    partial = client.get(LIST, headers={"HX-Request": "true", "HX-Target": "results"})
    assert b"<html" in whole.content
    assert b"<html" not in partial.content
    assert b"<html" in client.get(LIST).content
    assert client.get(LIST, headers={"HX-Request": "true", "HX-Target": "results"}).content == (
        partial.content
    )


def test_pages_that_are_not_found_are_not_cached(client, organisation):
    url = reverse("assignments:detail", args=["nog-niet-gepubliceerd"])
    assert client.get(url).status_code == 404
    AssignmentFactory(slug="nog-niet-gepubliceerd", organisation=organisation)
    assert client.get(url).status_code == 200


def test_a_cached_page_carries_the_security_headers(client, published):
    client.get(LIST)
    cached = client.get(LIST)
    assert "script-src 'self'" in cached["Content-Security-Policy"]
    assert cached["X-Frame-Options"] == "DENY"
    assert "Cookie" in cached["Vary"]
    assert not cached.cookies


def test_cached_public_computes_once_per_version(published):
    calls = []

    def compute():
        calls.append(1)
        return Assignment.objects.public().count()

    assert cached_public("open", compute) == 1
    assert cached_public("open", compute) == 1
    assert len(calls) == 1
    assignment_in_status(Status.PUBLISHED, organisation=published.organisation)
    assert cached_public("open", compute) == 2
    assert len(calls) == 2


@pytest.mark.parametrize(
    "url",
    [
        "/",
        "/opdrachten/",
        "/opdrachten/?role=strategy&sort=start",
        "/opdrachten/woordvoerder-wonen/",
        "/organisaties/",
        "/organisaties/gemeente-zwolle/",
        "/veelgestelde-vragen/",
        "/veelgestelde-vragen/thuiswerken/",
        "/inzichten/",
        "/opdrachten/feed/",
        "/opdrachten/feed/atom/",
        "/sitemap.xml",
        "/sitemap-assignments.xml",
    ],
)
def test_every_cached_page_is_the_same_for_every_visitor(
    client, published, django_assert_num_queries, url
):
    """What is cached whole holds nothing per visitor: no CSRF token, no cookie; and the
    second request is answered from the cache (the version lookup only)."""
    FaqPageFactory(slug="thuiswerken")
    first = client.get(url)
    assert first.status_code == 200, url
    assert b"csrfmiddlewaretoken" not in first.content
    assert not first.cookies
    with django_assert_num_queries(1):
        again = client.get(url)
    assert again.content == first.content


def test_screening_an_unpublished_assignment_keeps_the_cache(published, recruiter):
    """Claiming, asking the client, answers and draft edits change no public page: the
    cached pages stay valid. Publishing is what makes them stale."""
    draft = AssignmentFactory(unscreened=True, organisation=published.organisation)
    before = version()
    services.claim(draft, actor=recruiter)
    services.ask_client(draft, actor=recruiter)
    services.record_answer(draft, actor=recruiter)
    draft.title = "Nog in screening"
    draft.save()
    assert version() == before
    services.prefill_terms(draft, actor=recruiter)
    services.record_confirmation(draft, actor=recruiter, **CONFIRMATION)
    assert version() == before
    draft.refresh_from_db()
    services.publish(draft, actor=recruiter)
    assert version() > before
