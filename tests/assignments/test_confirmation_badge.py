"""The public badge says exactly what the data holds: the client's confirmation with its date
and channel; past 90 days, plainly that it is old; without a current one, that the client has
not confirmed the terms. On the assignment's page and on its card, in Dutch and English."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.formats import date_format

from assignments.models import Assignment, local_today
from tests.factories import AssignmentFactory, ClientConfirmationFactory

pytestmark = pytest.mark.django_db

# The badge turns on the day's date: every test runs at noon of one day in Amsterdam, so that
# neither midnight nor the day the module was collected can move FRESH over the 90-day line.
NOON = datetime(2026, 6, 15, 12, tzinfo=ZoneInfo("Europe/Amsterdam"))
FRESH = NOON.date() - timedelta(days=90)
STALE = NOON.date() - timedelta(days=91)


@pytest.fixture(autouse=True)
def at_noon():
    with time_machine.travel(NOON):
        assert local_today() == NOON.date()
        yield


def flat(response):
    return " ".join(response.content.decode().split())


def day(value, language):
    with translation.override(language):
        return date_format(value, "j F Y")


def pages(client, assignment, language="nl"):
    """The assignment's own page and the list with its card."""
    client.cookies["django_language"] = language
    return [flat(client.get(assignment.get_absolute_url())), flat(client.get("/opdrachten/"))]


def test_fresh_confirmation(client):
    assignment = AssignmentFactory(confirmed=FRESH)
    for text in pages(client, assignment):
        assert f"Afspraken bevestigd door de opdrachtgever op {day(FRESH, 'nl')} (e-mail)" in text
        assert "langer dan drie maanden" not in text
    for text in pages(client, assignment, "en"):
        assert f"Terms confirmed by the client on {day(FRESH, 'en')} (email)" in text


def test_stale_confirmation_says_so_plainly(client):
    assignment = AssignmentFactory(confirmed=STALE)
    assignment.confirmation.channel = "phone"
    assignment.confirmation.save()
    for text in pages(client, assignment):
        assert (
            f"Afspraken laatst bevestigd door de opdrachtgever op {day(STALE, 'nl')} "
            "(telefoon) — langer dan drie maanden geleden"
        ) in text
        assert 'class="confirmation confirmation--stale"' in text
    for text in pages(client, assignment, "en"):
        assert (
            f"Terms last confirmed by the client on {day(STALE, 'en')} (phone) — more than "
            "three months ago"
        ) in text


@pytest.mark.parametrize("case", ["never", "outdated", "future"])
def test_without_a_current_confirmation_it_says_none(client, case):
    """Never confirmed (published before confirmations were recorded), terms changed after
    the confirmation, or a confirmation dated in the future: the badge claims nothing."""
    if case == "never":
        assignment = AssignmentFactory(confirmed=False)
    elif case == "outdated":
        assignment = AssignmentFactory()
        Assignment.objects.filter(pk=assignment.pk).update(terms_changed_at=timezone.now())
    else:
        assignment = AssignmentFactory(confirmed=False)
        future = ClientConfirmationFactory(
            assignment=assignment, confirmed_on=local_today() + timedelta(days=3)
        )
        Assignment.objects.filter(pk=assignment.pk).update(confirmation=future)
    for text in pages(client, assignment):
        assert "De opdrachtgever heeft deze afspraken nog niet bevestigd." in text
        assert "Afspraken bevestigd door de opdrachtgever" not in text
        assert "laatst bevestigd" not in text
    for text in pages(client, assignment, "en"):
        assert "The client has not confirmed these terms yet." in text


def test_the_contact_is_never_public(client):
    assignment = AssignmentFactory()
    for text in pages(client, assignment):
        assert "Marieke Jansen" not in text
        assert "hoofd communicatie" not in text


def test_screening_wording(client):
    text = flat(client.get(AssignmentFactory(screening_requirement="none").get_absolute_url()))
    assert "Screening vooraf (VOG of veiligheidsonderzoek)</dt> <dd>Niet nodig</dd>" in text
    assert "In screening" not in text


def test_the_badge_costs_no_query_per_card(client):
    AssignmentFactory.create_batch(3)
    client.get("/opdrachten/")  # warm up what is not per card

    def queries():
        # The list's table in memory is built once per version of the data (the first
        # request after a change): what is counted is a list answered from it.
        client.get(reverse("assignments:list"), {"sort": "closing"})
        with CaptureQueriesContext(connection) as captured:
            client.get(reverse("assignments:list"), {"sort": "start"})
        return len(captured)

    few = queries()
    AssignmentFactory.create_batch(12)
    assert queries() == few
