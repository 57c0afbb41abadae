"""The withdraw link in the confirmation mail: GET asks, POST deletes the response and its CV
at once; a tampered link does nothing."""

import re

import pytest
from django.urls import reverse

from responses import links
from responses.models import Response, ResponseAccess
from tests.responses.conftest import nothing_stored

pytestmark = pytest.mark.django_db


def withdraw_link(outbox):
    confirmation = next(m for m in outbox if m.to == ["fenna.testers@example.nl"])
    return re.search(r"http://\S+/intrekken/\S+/", confirmation.body).group()


def test_the_link_asks_first_and_the_post_deletes_everything(client, respond, outbox, cv_storage):
    respond()
    url = withdraw_link(outbox).removeprefix("http://127.0.0.1:8000")
    page = client.get(url)
    assert page.status_code == 200
    assert "Mijn reactie intrekken en verwijderen" in page.content.decode()
    assert Response.objects.count() == 1  # opening the link changes nothing

    done = client.post(url)
    assert done.status_code == 200
    assert "Je reactie is verwijderd" in done.content.decode()
    assert nothing_stored(cv_storage)
    # Twice is fine, and says there is nothing left.
    again = client.get(url)
    assert "Er valt niets meer in te trekken" in again.content.decode()
    assert client.post(url).status_code == 200


def test_the_link_works_after_the_assignment_closed(
    client, respond, outbox, assignment, cv_storage
):
    from assignments import services as screening

    respond()
    screening.close(assignment, actor=None)
    client.post(withdraw_link(outbox).removeprefix("http://127.0.0.1:8000"))
    assert nothing_stored(cv_storage)


@pytest.mark.parametrize("tamper", ["last-character", "cut", "other-salt", "garbage"])
def test_a_tampered_link_is_a_400_and_deletes_nothing(client, respond, outbox, tamper):
    respond()
    response = Response.objects.get()
    token = links.withdraw_token(response)
    token = {
        # (Not a swap of the last two: when they match, that changes nothing.)
        "last-character": token[:-1] + ("A" if token[-1] != "A" else "B"),
        "cut": token[:-5],
        "other-salt": __import__("django.core.signing").core.signing.dumps(
            response.key, salt="assignments.alerts.unsubscribe"
        ),
        "garbage": "onzin",
    }[tamper]
    url = reverse("responses:withdraw", args=[response.assignment.slug, token])
    assert client.get(url).status_code == 400
    page = client.post(url)
    assert page.status_code == 400
    assert "Deze link werkt niet" in page.content.decode()
    assert Response.objects.count() == 1


def test_the_link_of_a_deleted_response_never_matches_a_later_one(client, respond, outbox):
    respond()
    old = Response.objects.get()
    old_token = links.withdraw_token(old)
    client.post(reverse("responses:withdraw", args=[old.assignment.slug, old_token]))
    respond(email="ander@example.nl")
    client.post(reverse("responses:withdraw", args=[old.assignment.slug, old_token]))
    assert Response.objects.count() == 1
    assert not ResponseAccess.objects.exists()  # the candidate's own deletion is no staff access
