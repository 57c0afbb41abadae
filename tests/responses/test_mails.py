"""The mails: the candidate's confirmation (text and HTML, nl and en, with the withdraw link
and the retention, without anything the sender typed) and the recruiter's notification
(to who claimed the assignment, or RESPONSES_EMAIL; never with the CV)."""

import pytest

from responses import mails
from responses.models import Response
from tests.factories import AssignmentFactory, UserFactory

pytestmark = pytest.mark.django_db


def confirmation(outbox):
    return next(m for m in outbox if m.to == ["fenna.testers@example.nl"])


def test_the_confirmation_has_text_html_the_link_and_the_retention(respond, outbox):
    respond(name="Fenna <b>Testers</b> https://spam.example", motivation="Koop nu: spam.example!")
    message = confirmation(outbox)
    assert message.subject == "Je reactie op ‘Woordvoerder Waterschap’"
    html, mime = message.alternatives[0]
    assert mime == "text/html"
    for body in (message.body, html):
        assert "/opdrachten/woordvoerder-waterschap/reageren/intrekken/" in body
        assert "4 weken nadat de opdracht sluit" in body
        assert "http://127.0.0.1:8000/privacy/" in body
        # Nothing the sender typed goes to the address they typed.
        assert "spam.example" not in body and "Testers" not in body
    assert message.attachments == []
    assert message.extra_headers["Auto-Submitted"] == "auto-generated"


def test_the_confirmation_is_in_english_for_an_english_response(respond, outbox):
    respond()
    response = Response.objects.get()
    response.language = "en"
    message = mails.confirmation_mail(response)
    assert message.subject == "Your response to “Woordvoerder Waterschap”"
    assert "Changed your mind?" in message.body
    assert '<html lang="en">' in message.alternatives[0][0]


def test_the_notification_goes_to_the_recruiter_who_claimed_it_without_the_cv(respond, outbox):
    recruiter = UserFactory(email="sanne@opdrachtwijzer.nl")
    target = AssignmentFactory(claimed_by=recruiter, title="Adviseur crisiscommunicatie")
    respond(target=target)
    notification = next(m for m in outbox if m.to == ["sanne@opdrachtwijzer.nl"])
    assert notification.subject == "Nieuwe reactie op ‘Adviseur crisiscommunicatie’"
    assert "Fenna Testers heeft gereageerd" in notification.body
    response = Response.objects.get()
    assert f"/admin/responses/response/{response.pk}/change/" in notification.body
    assert notification.attachments == []
    for body in (notification.body, notification.alternatives[0][0]):
        assert "fenna.testers@example.nl" not in body and "acht jaar" not in body


def test_without_a_claim_the_notification_goes_to_responses_email(respond, outbox, settings):
    settings.RESPONSES_EMAIL = "team@opdrachtwijzer.example"
    respond()
    assert any(m.to == ["team@opdrachtwijzer.example"] for m in outbox)


def test_a_task_that_runs_twice_sends_once(respond, outbox):
    respond()
    response = Response.objects.get()
    assert len(outbox) == 2
    assert mails.send_confirmation(response.pk) is False
    assert mails.send_notification(response.pk) is False
    assert len(outbox) == 2


def test_a_withdrawn_response_is_not_mailed_about(respond, outbox):
    respond()
    response = Response.objects.get()
    response.delete()
    assert mails.send_confirmation(response.pk) is False
