"""The recruiters' side in the admin: the list, the pipeline, the CV download with its log,
every look recorded, the responses on the assignment's form, and access and erasure requests."""

import io
import json
import re
import zipfile
from datetime import timedelta

import pytest
from django.contrib.admin.models import LogEntry
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from responses import services
from responses.models import AccessKind, Response, ResponseAccess, ResponseEvent, Status
from tests.factories import AssignmentFactory, UserFactory
from tests.responses import documents
from tests.responses.conftest import nothing_stored, stored_files

pytestmark = pytest.mark.django_db


@pytest.fixture
def roles():
    call_command("setup_roles", verbosity=0)


def member(client, group):
    user = UserFactory()
    if group:
        user.groups.add(Group.objects.get(name=group))
    client.force_login(user)
    return user


@pytest.fixture
def received(respond):
    respond()
    return Response.objects.get()


def cv_url(response):
    return reverse("admin:responses_response_cv", args=[response.pk])


def test_anonymous_visitors_are_sent_to_the_login(client, received):
    response = client.get(cv_url(received))
    assert response.status_code == 302
    assert response.url.startswith(reverse("admin:login"))
    assert not ResponseAccess.objects.exists()


def test_editors_may_not_download_or_see_responses(client, roles, received):
    member(client, "Editors")
    assert client.get(cv_url(received)).status_code == 403
    assert client.get(reverse("admin:responses_response_changelist")).status_code == 403
    assert not ResponseAccess.objects.exists()


def test_recruiters_download_as_an_attachment_and_it_is_recorded(client, roles, received):
    recruiter = member(client, "Recruiters")
    before = timezone.now()
    response = client.get(cv_url(received))
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == documents.pdf()
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == 'attachment; filename="Fenna cv.pdf"'
    assert response["X-Content-Type-Options"] == "nosniff"
    assert {"private", "no-store"} <= {
        part.strip() for part in response["Cache-Control"].split(",")
    }
    assert "sandbox" in response["Content-Security-Policy"]
    [download] = ResponseAccess.objects.all()
    assert download.kind == AccessKind.DOWNLOAD
    assert download.actor == recruiter
    assert download.response == received and download.response_number == received.pk
    assert download.created_at >= before


def test_a_cv_missing_from_the_storage_is_a_message_not_an_error(client, roles, received):
    received.cv.storage.delete(received.cv.name)
    member(client, "Recruiters")
    response = client.get(cv_url(received), follow=True)
    assert response.status_code == 200
    assert "Het cv van deze reactie ontbreekt in de opslag." in response.content.decode()


def test_opening_a_response_is_recorded_and_shows_everything(client, roles, received):
    recruiter = member(client, "Recruiters")
    page = client.get(reverse("admin:responses_response_change", args=[received.pk]))
    assert page.status_code == 200
    text = page.content.decode()
    for value in ("Fenna Testers", "fenna.testers@example.nl", "06 12345678", "acht jaar"):
        assert value in text
    assert cv_url(received) in text
    assert "Ontvangen" in text  # the history
    [view] = ResponseAccess.objects.all()
    assert (view.kind, view.actor) == (AccessKind.VIEW, recruiter)


def test_the_list_filters_and_searches_without_a_query_per_row(
    client, roles, respond, django_assert_num_queries
):
    """Three rows or six: the same number of queries."""
    for index in range(3):
        respond(target=AssignmentFactory(), email=f"kandidaat{index}@example.nl")
    member(client, "Recruiters")
    url = reverse("admin:responses_response_changelist")
    with django_assert_num_queries(11):
        page = client.get(url)
    assert page.context["cl"].result_count == 3
    assert client.get(url, {"q": "kandidaat1@"}).context["cl"].result_count == 1
    assert client.get(url, {"status__exact": "declined"}).context["cl"].result_count == 0
    for index in range(3):
        respond(target=AssignmentFactory(), email=f"meer{index}@example.nl")
    with django_assert_num_queries(11):
        assert client.get(url).context["cl"].result_count == 6


def test_the_pipeline_moves_through_services_with_a_history(client, roles, received):
    recruiter = member(client, "Recruiters")
    step = reverse("admin:responses_response_step", args=[received.pk])
    assert client.get(step).status_code == 405
    client.post(step, {"action": "contact", "note": "Gebeld, enthousiast."})
    client.post(step, {"action": "propose", "note": ""})
    client.post(step, {"action": "place", "note": "Start 1 maart."})
    received.refresh_from_db()
    assert received.status == Status.PLACED
    events = list(ResponseEvent.objects.filter(response=received).values_list("to_status", "actor"))
    assert events == [
        ("received", None),
        ("contacted", recruiter.pk),
        ("proposed", recruiter.pk),
        ("placed", recruiter.pk),
    ]
    # An illegal step is a message and changes nothing.
    page = client.post(step, {"action": "contact"}, follow=True)
    assert "kan vanaf daar niet" in page.content.decode()
    received.refresh_from_db()
    assert received.status == Status.PLACED


def test_the_change_form_saves_nothing_over_a_step_taken_since(client, roles, received):
    """All fields are read-only and steps go through the pipeline: the form has no Save, and
    a POST of it writes no row and no history, and says nothing was saved."""
    member(client, "Recruiters")
    change = reverse("admin:responses_response_change", args=[received.pk])
    page = client.get(change).content.decode()
    assert 'name="_save"' not in page and 'name="_continue"' not in page
    services.move(received, "contact", actor=None)
    # Everything the page would send back: the events inline's management form too, or the
    # admin refuses the POST before it gets to saving.
    sent = dict(re.findall(r'<input type="hidden" name="([^"]+)" value="([^"]*)"', page))
    with CaptureQueriesContext(connection) as queries:
        posted = client.post(change, {**sent, "_save": "Opslaan"}, follow=True)
    assert not [q for q in queries.captured_queries if q["sql"].startswith('UPDATE "responses_')]
    received.refresh_from_db()
    assert received.status == Status.CONTACTED
    assert ResponseEvent.objects.filter(response=received).count() == 2
    assert not LogEntry.objects.exists()
    assert posted.redirect_chain == [(change, 302)]
    assert [str(message) for message in posted.context["messages"]] == [
        "Een reactie verandert alleen via haar stappen: er is niets opgeslagen."
    ]


def test_declining_starts_the_four_weeks(client, roles, received):
    member(client, "Recruiters")
    client.post(reverse("admin:responses_response_step", args=[received.pk]), {"action": "decline"})
    received.refresh_from_db()
    assert received.status == Status.DECLINED
    assert received.retain_until == received.ended_at + timedelta(weeks=4)


def test_bulk_steps(client, roles, respond):
    for index in range(3):
        respond(email=f"kandidaat{index}@example.nl")
    member(client, "Recruiters")
    pks = list(Response.objects.values_list("pk", flat=True))
    url = reverse("admin:responses_response_changelist")
    client.post(url, {"action": "contact", "_selected_action": pks})
    assert set(Response.objects.values_list("status", flat=True)) == {Status.CONTACTED}
    client.post(url, {"action": "decline", "_selected_action": pks[:1]})
    assert Response.objects.filter(status=Status.DECLINED).count() == 1


def test_the_assignment_form_shows_its_responses(client, roles, received, assignment):
    member(client, "Recruiters")
    page = client.get(reverse("admin:assignments_assignment_change", args=[assignment.pk]))
    text = page.content.decode()
    assert "Fenna Testers" in text
    assert "1 reactie" in text and "Ontvangen: 1" in text
    assert reverse("admin:responses_response_change", args=[received.pk]) in text


def test_export_holds_everything_on_the_address_and_is_recorded(client, roles, respond):
    respond(keep_for_other_assignments="on")
    respond(
        target=AssignmentFactory(title="Tweede opdracht"),
        cv=documents.upload(documents.odt(), "cv.odt"),
    )
    respond(email="iemand.anders@example.nl")
    admin = UserFactory(is_superuser=True)
    client.force_login(admin)
    first = Response.objects.filter(email="fenna.testers@example.nl").first()
    response = client.post(
        reverse("admin:responses_response_changelist"),
        {"action": "export_selected", "_selected_action": [first.pk]},
    )
    assert response.status_code == 200
    assert response["Content-Type"] == "application/zip"
    archive = zipfile.ZipFile(io.BytesIO(response.content))
    document = json.loads(archive.read("responses.json"))
    assert document["email_addresses"] == ["fenna.testers@example.nl"]
    assert len(document["responses"]) == 2
    titles = {item["assignment"]["title"] for item in document["responses"]}
    assert titles == {"Woordvoerder Waterschap", "Tweede opdracht"}
    for item in document["responses"]:
        assert item["email"] == "fenna.testers@example.nl"
        assert item["history"][0]["to"] == "received"
        assert archive.read(item["cv_file"])[:4] in (b"%PDF", b"PK\x03\x04")
    assert sorted(name for name in archive.namelist() if name.startswith("cv/")) == sorted(
        item["cv_file"] for item in document["responses"]
    )
    assert "iemand.anders" not in archive.read("responses.json").decode()
    kinds = list(ResponseAccess.objects.values_list("kind", "actor"))
    assert kinds == [(AccessKind.EXPORT, admin.pk)] * 2


def test_recruiters_may_not_erase(client, roles, received):
    member(client, "Recruiters")
    url = reverse("admin:responses_response_changelist")
    client.post(url, {"action": "erase_selected", "_selected_action": [received.pk]})
    assert Response.objects.exists()
    assert (
        client.get(reverse("admin:responses_response_delete", args=[received.pk])).status_code
        == 403
    )


def test_erasure_asks_then_deletes_rows_and_files(client, respond, cv_storage):
    respond()
    respond(target=AssignmentFactory())
    respond(email="blijft@example.nl")
    admin = UserFactory(is_superuser=True)
    client.force_login(admin)
    fenna = Response.objects.filter(email="fenna.testers@example.nl").first()
    url = reverse("admin:responses_response_changelist")
    ask = client.post(url, {"action": "erase_selected", "_selected_action": [fenna.pk]})
    assert ask.status_code == 200
    assert "fenna.testers@example.nl" in ask.content.decode()
    assert Response.objects.count() == 3
    client.post(
        url, {"action": "erase_selected", "_selected_action": [fenna.pk], "confirmed": "yes"}
    )
    assert list(Response.objects.values_list("email", flat=True)) == ["blijft@example.nl"]
    assert len(stored_files(cv_storage)) == 1
    erased = ResponseAccess.objects.filter(kind=AccessKind.ERASE)
    assert erased.count() == 2 and not erased.filter(response__isnull=False).exists()


def test_the_admin_delete_takes_the_file_too(client, received, cv_storage):
    client.force_login(UserFactory(is_superuser=True))
    client.post(reverse("admin:responses_response_delete", args=[received.pk]), {"post": "yes"})
    assert nothing_stored(cv_storage)


def test_the_access_log_is_for_administrators(client, roles, received):
    services.record_access(None, [received], AccessKind.VIEW)
    member(client, "Recruiters")
    assert client.get(reverse("admin:responses_responseaccess_changelist")).status_code == 403
    client.force_login(UserFactory(is_superuser=True))
    assert client.get(reverse("admin:responses_responseaccess_changelist")).status_code == 200
