"""Links in mails sent before alerts had an app of their own keep working: the same
addresses and the same signing salts, written out here as they went out in those mails."""

import pytest
from django.core import signing
from django.http import HttpResponse

from alerts.models import Alert
from tests.factories import AssignmentFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def alert(client):
    AssignmentFactory()
    client.post("/opdrachten/alert/?role=press", {"email": "oud@example.nl", "frequency": "daily"})
    return Alert.objects.get()


def test_an_old_confirmation_link_confirms(client, alert):
    token = signing.dumps(alert.key, salt="assignments.alerts.confirm")
    url = f"/opdrachten/alert/bevestigen/{token}/"
    assert client.get(url).status_code == 200
    assert client.post(url).status_code == 200
    alert.refresh_from_db()
    assert alert.is_confirmed


def test_an_old_unsubscribe_link_unsubscribes(client, alert):
    token = signing.dumps(alert.key, salt="assignments.alerts.unsubscribe")
    url = f"/opdrachten/alert/afmelden/{token}/"
    assert client.get(url).status_code == 200
    assert client.post(url).status_code == 200
    assert not Alert.objects.filter(pk=alert.pk).exists()


def test_the_old_check_your_email_cookie_still_reads(client):
    # Signed with the salt of the view that set it before the move.
    old = HttpResponse()
    old.set_signed_cookie(
        "alert_requested",
        '{"email": "oud@example.nl", "query": "role=press"}',
        salt="assignments.views.alert_requested",
    )
    client.cookies["alert_requested"] = old.cookies["alert_requested"].value
    response = client.get("/opdrachten/alert/aangevraagd/")
    assert response.status_code == 200
    assert "oud@example.nl" in response.content.decode()
