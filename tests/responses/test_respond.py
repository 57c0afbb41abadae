"""The candidate's side: the form, what is stored, the page after sending, refusals that
store nothing, the honeypot, CSRF, rate limits and assignments that are no longer open."""

import re
from datetime import timedelta

import pytest
from botocore.exceptions import ClientError, EndpointConnectionError
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from assignments import services as screening
from assignments.models import Status
from core.dates import local_today
from responses import mails, services
from responses.models import Response, ResponseEvent
from tests.factories import AssignmentFactory, UserFactory, assignment_in_status
from tests.responses import documents
from tests.responses.conftest import form_data, nothing_stored, stored_files

pytestmark = pytest.mark.django_db


def test_every_public_assignment_page_links_to_its_form(client, assignment):
    page = client.get(assignment.get_absolute_url()).content.decode()
    url = reverse("responses:respond", args=[assignment.slug])
    assert url == "/opdrachten/woordvoerder-waterschap/reageren/"
    assert f'href="{url}"' in page
    assert "Reageer op deze opdracht" in page
    assert '"directApply": true' in page


def test_the_form_asks_what_the_contract_says(client, assignment, django_assert_num_queries):
    with django_assert_num_queries(1):
        response = client.get(reverse("responses:respond", args=[assignment.slug]))
    assert response.status_code == 200
    page = response.content.decode()
    for name in ("name", "email", "phone", "cv", "motivation", "available_from"):
        assert f'name="{name}"' in page
    for name in ("hours_per_week", "rate", "consent", "keep_for_other_assignments", "website"):
        assert f'name="{name}"' in page
    assert 'enctype="multipart/form-data"' in page
    assert 'href="/privacy/"' in page
    assert '<meta name="robots" content="noindex">' in page
    assert "csrfmiddlewaretoken" in page
    assert response["Cache-Control"].startswith("max-age=0")


def test_a_response_is_stored_with_its_cv_and_mailed(respond, assignment, cv_storage, outbox):
    response = respond()
    assert response.status_code == 302
    assert response.url == "/opdrachten/woordvoerder-waterschap/reageren/verzonden/"
    stored = Response.objects.get()
    assert stored.assignment == assignment
    assert stored.email == "fenna.testers@example.nl"
    assert stored.name == "Fenna Testers"
    assert stored.cv_filename == "Fenna cv.pdf"
    assert stored.cv_type == "pdf"
    assert stored.hours_per_week == 32 and str(stored.rate) == "95.50"
    assert stored.status == "received" and stored.language == "nl"
    assert stored.consent_at is not None and not stored.keep_for_other_assignments
    assert stored.retain_until is None
    # Stored under a random name that says nothing about the candidate.
    assert re.fullmatch(r"cv/[0-9a-f]{32}\.pdf", stored.cv.name)
    assert stored_files(cv_storage) == [stored.cv.name.removeprefix("cv/")]
    with cv_storage.open(stored.cv.name) as file:
        assert file.read() == documents.pdf()
    assert [event.to_status for event in ResponseEvent.objects.all()] == ["received"]
    assert {tuple(message.to) for message in outbox} == {
        ("fenna.testers@example.nl",),
        ("reacties@opdrachtwijzer.nl",),
    }


def test_the_sent_page_says_what_happens_and_how_long_data_is_kept(client, respond):
    response = respond(keep_for_other_assignments="on")
    page = client.get(response.url).content.decode()
    assert "Je reactie is verstuurd" in page
    assert "fenna.testers@example.nl" in page
    keep_until = timezone.localdate(Response.objects.get().created_at + timedelta(days=365))
    assert f"tot {keep_until.day} " in page
    # Without the cookie (another browser, later) the page says nothing personal.
    client.cookies.clear()
    page = client.get(response.url).content.decode()
    assert "fenna" not in page
    assert "4 weken" in page


@pytest.mark.parametrize(
    ("content", "name", "message"),
    [
        (documents.EXE, "cv.pdf", "aan de inhoud te zien is het een programma"),
        (documents.HTML, "cv.pdf", "een webpagina"),
        (documents.pdf_with_javascript(), "cv.pdf", "De pdf bevat JavaScript"),
        (documents.docm(), "cv.docx", "Het document bevat macro"),
        (documents.zip_bomb(), "cv.docx", "zip-bom"),
        (b"", "cv.pdf", "Het bestand is leeg."),
    ],
)
def test_a_refused_file_stores_nothing_and_the_form_says_why(
    respond, cv_storage, outbox, content, name, message
):
    response = respond(cv=documents.upload(content, name))
    assert response.status_code == 400
    page = response.content.decode()
    assert message.replace("'", "&#x27;") in page
    assert 'aria-invalid="true"' in page
    # What was typed comes back; the file must be chosen again, and the page says so.
    assert "Ik heb acht jaar ervaring" in page
    assert "Kies je cv opnieuw" in page
    assert nothing_stored(cv_storage)
    assert outbox == []


def test_a_file_over_five_megabytes_is_read_and_dropped(respond, cv_storage):
    too_large = documents.pdf_of_size(5 * 1024 * 1024 + 1)
    response = respond(cv=documents.upload(too_large))
    assert response.status_code == 400
    assert (
        "Het bestand is groter dan 5 MB, het meeste dat een cv mag zijn."
        in response.content.decode()
    )
    assert nothing_stored(cv_storage)


def test_a_request_far_over_the_limit_is_not_read(client, assignment, cv_storage):
    response = client.post(
        reverse("responses:respond", args=[assignment.slug]),
        data=b"x" * 10,
        content_type="multipart/form-data; boundary=x",
        CONTENT_LENGTH=str(60 * 1024 * 1024),
    )
    assert response.status_code == 413
    assert "Het bestand is te groot" in response.content.decode()
    assert nothing_stored(cv_storage)


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"consent": None}, "consent", "Zonder je toestemming kunnen we je reactie niet"),
        ({"name": " "}, "name", "Dit veld is verplicht."),
        ({"email": "geen adres"}, "email", "Voer een geldig e-mailadres in."),
        ({"phone": "bel me"}, "phone", "Vul een telefoonnummer in cijfers in"),
        ({"motivation": "x" * 5001}, "motivation", "niet meer dan 5000 tekens"),
        ({"available_from": "2001-01-01"}, "available_from", "Deze datum is al voorbij"),
        ({"available_from": "morgen"}, "available_from", "Voer een geldige datum in."),
        ({"hours_per_week": "41"}, "hours_per_week", "hoogstens 40 is"),
        ({"rate": "-5"}, "rate", "minstens 1 is"),
    ],
)
def test_bad_input_is_an_error_on_its_field(respond, cv_storage, changes, field, message):
    response = respond(**changes)
    assert response.status_code == 400
    assert message in response.content.decode()
    form = response.context["form"]
    assert field in form.errors
    assert nothing_stored(cv_storage)


def test_without_a_file_the_form_asks_for_one(respond, cv_storage):
    response = respond(cv=False)
    assert response.status_code == 400
    assert "Kies het bestand van je cv" in response.content.decode()


def test_the_honeypot_refuses_robots_and_stores_nothing(respond, cv_storage, outbox):
    response = respond(website="https://spam.example")
    assert response.status_code == 400
    assert "Laat dit veld leeg" in response.content.decode()
    assert nothing_stored(cv_storage) and outbox == []


def test_the_form_needs_a_csrf_token(client, assignment, cv_storage):
    client.handler.enforce_csrf_checks = True
    data = form_data(cv=documents.upload(documents.pdf()))
    response = client.post(reverse("responses:respond", args=[assignment.slug]), data)
    assert response.status_code == 403
    assert nothing_stored(cv_storage)


def test_an_english_visitor_gets_the_form_and_mail_in_english(client, assignment, outbox):
    client.cookies["django_language"] = "en"
    page = client.get(reverse("responses:respond", args=[assignment.slug])).content.decode()
    assert "Respond to this assignment" in page
    data = form_data(cv=documents.upload(documents.pdf()))
    client.post(reverse("responses:respond", args=[assignment.slug]), data)
    assert Response.objects.get().language == "en"
    confirmation = next(m for m in outbox if m.to == ["fenna.testers@example.nl"])
    assert confirmation.subject == "Your response to “Woordvoerder Waterschap”"


@pytest.mark.parametrize("status", [Status.CLOSED, Status.WITHDRAWN])
def test_a_closed_or_withdrawn_assignment_takes_no_responses(client, respond, cv_storage, status):
    gone = assignment_in_status(
        status, title="Oude opdracht", slug="oude-opdracht", published_at=timezone.now()
    )
    url = reverse("responses:respond", args=[gone.slug])
    response = client.get(url)
    assert response.status_code == 404
    assert "Deze opdracht is niet meer open" in response.content.decode()
    assert respond(target=gone).status_code == 404
    assert nothing_stored(cv_storage)


def test_past_its_closing_date_an_assignment_takes_no_responses(client, cv_storage):
    late = AssignmentFactory(closing_date=local_today() - timedelta(days=1))
    assert client.get(reverse("responses:respond", args=[late.slug])).status_code == 404


def test_unpublished_and_unknown_assignments_are_a_plain_404(client):
    draft = AssignmentFactory(screening=True)
    for slug in (draft.slug, "bestaat-niet"):
        response = client.get(reverse("responses:respond", args=[slug]))
        assert response.status_code == 404
        assert "is niet meer open" not in response.content.decode()


def test_an_assignment_closed_while_the_form_was_open(respond, assignment, cv_storage):
    screening.close(assignment, actor=UserFactory())
    response = respond()
    assert response.status_code == 404
    assert nothing_stored(cv_storage)


@pytest.mark.parametrize(
    "failure",
    [
        OSError(28, "No space left on device"),
        EndpointConnectionError(endpoint_url="http://127.0.0.1:9000/cv/x.pdf"),
        ClientError({"Error": {"Code": "SlowDown", "Message": "Reduce your request rate"}}, "Put"),
    ],
    ids=["disk-full", "object-storage-down", "object-storage-refuses"],
)
def test_a_cv_that_cannot_be_stored_sends_nothing_and_says_so(
    client, respond, cv_storage, monkeypatch, mailoutbox, failure
):
    """No 500: the form again with what was entered, a message that nothing was sent and to
    try again, and a Retry-After; no row, no file, no mail."""

    def fails(*args, **kwargs):
        raise failure

    monkeypatch.setattr(cv_storage, "_save", fails)
    refused = respond()
    assert refused.status_code == 503
    assert refused["Retry-After"] == "120"
    page = refused.content.decode()
    assert "Je cv kon nu niet worden opgeslagen. Er is niets verstuurd" in page
    assert "Fenna" in page  # what was entered stays
    assert nothing_stored(cv_storage)
    assert mailoutbox == []
    monkeypatch.undo()
    assert respond().status_code == 302  # once the storage answers again


def test_the_service_refuses_an_assignment_that_just_closed(assignment, cv_storage):
    """The form passed, then the assignment closed before the row was written."""
    from responses.files import check_cv

    cv = documents.upload(documents.pdf())
    check = check_cv(cv)
    screening.close(assignment, actor=None)
    data = {**form_data(), "keep_for_other_assignments": False, "available_from": local_today()}
    with pytest.raises(services.NotOpen):
        services.submit(
            assignment=assignment, cv=cv, check=check, data=data, language="nl", client="192.0.2.1"
        )
    assert nothing_stored(cv_storage)


def test_at_most_five_responses_per_address_a_day(respond, cv_storage):
    for index in range(5):
        target = AssignmentFactory()
        assert respond(target=target, REMOTE_ADDR=f"192.0.2.{index}").status_code == 302
    response = respond(REMOTE_ADDR="198.51.100.7", email="FENNA.testers@example.nl")
    assert response.status_code == 429
    assert "Dit e-mailadres heeft vandaag al veel reacties verstuurd" in response.content.decode()
    assert Response.objects.count() == 5
    assert len(stored_files(cv_storage)) == 5


def test_a_second_click_on_send_stores_and_mails_once(respond, cv_storage, mailoutbox):
    first = respond()
    again = respond()
    assert first.status_code == again.status_code == 302
    assert again.url == first.url  # the same "sent" page
    assert Response.objects.count() == 1
    assert len(stored_files(cv_storage)) == 1
    assert len(mailoutbox) == 2  # the confirmation and the recruiter's notice, once
    # Another motivation is another response.
    assert (
        respond(motivation="Een andere motivatie, voor de zekerheid uitgebreid.").status_code == 302
    )
    assert Response.objects.count() == 2


def test_a_correction_sent_again_is_a_new_response(respond, cv_storage):
    """Back, another phone number, Send: not a second click, and the correction is kept."""
    respond()
    respond(phone="06 98765432")
    assert Response.objects.count() == 2
    assert Response.objects.order_by("-created_at").first().phone == "06 98765432"


def test_a_corrected_cv_of_the_same_name_and_size_is_a_new_response(respond, cv_storage):
    """Back, a typo mended in the CV, Send: the same answers and a CV of the same name and
    size, but not the same file. The correction is kept."""
    first = documents.pdf(lines=("Communicatieadviseur, Amersfoort",))
    mended = documents.pdf(lines=("Communicatieadviseur, Amstelveen",))
    assert len(first) == len(mended) and first != mended
    respond(cv=documents.upload(first, "Fenna cv.pdf"))
    respond(cv=documents.upload(mended, "Fenna cv.pdf"))
    assert Response.objects.count() == 2
    assert len(stored_files(cv_storage)) == 2
    latest = Response.objects.order_by("-created_at").first()
    assert latest.cv.read() == mended


def test_the_same_response_after_ten_minutes_is_a_new_one(assignment, cv_storage):
    """Only a second click counts as the same response: sent again later, it is stored again."""
    from responses.files import check_cv

    def send(now):
        cv = documents.upload(documents.pdf())
        data = {**form_data(), "keep_for_other_assignments": False}
        data["available_from"] = local_today()
        return services.submit(
            assignment=assignment,
            cv=cv,
            check=check_cv(cv),
            data=data,
            language="nl",
            client="192.0.2.1",
            now=now,
        ).response

    first = send(timezone.now())
    assert send(first.created_at + services.RESENT_WITHIN - timedelta(seconds=1)) == first
    later = send(first.created_at + services.RESENT_WITHIN + timedelta(seconds=1))
    assert later != first
    assert Response.objects.count() == 2


def test_a_second_click_on_the_last_response_the_limit_allows_is_not_refused(respond, cv_storage):
    """The fifth response of the day, sent twice: the second click gets the same page, not
    "too many responses"; and the tenth from one connection in an hour the same."""
    for index in range(4):
        assert (
            respond(target=AssignmentFactory(), REMOTE_ADDR=f"192.0.2.{index}").status_code == 302
        )
    fifth = respond(REMOTE_ADDR="192.0.2.4")
    again = respond(REMOTE_ADDR="192.0.2.4")
    assert again.status_code == 302 and again.url == fifth.url
    assert Response.objects.count() == 5

    for index in range(9):
        sent = respond(email=f"kandidaat{index}@example.nl", REMOTE_ADDR="203.0.113.9")
        assert sent.status_code == 302
    tenth = respond(email="kandidaat9@example.nl", REMOTE_ADDR="203.0.113.9")
    again = respond(email="kandidaat9@example.nl", REMOTE_ADDR="203.0.113.9")
    assert again.status_code == 302 and again.url == tenth.url
    assert Response.objects.count() == 15
    # The limit itself still holds: an eleventh is refused.
    assert respond(email="nog.een@example.nl", REMOTE_ADDR="203.0.113.9").status_code == 429


def test_a_second_click_tries_a_confirmation_that_failed_again(
    client, respond, monkeypatch, mailoutbox
):
    def broken(*args, **kwargs):
        raise ConnectionRefusedError("no mail server")

    working = mails.EmailMultiAlternatives.send
    monkeypatch.setattr("responses.mails.EmailMultiAlternatives.send", broken)
    respond()
    # Still no mail server: the page says so again, with the link to withdraw.
    again = client.get(respond().url).content.decode()
    assert "we konden je geen bevestiging mailen" in again
    monkeypatch.setattr("responses.mails.EmailMultiAlternatives.send", working)
    # The mail server is back: the second click sends what the first could not, once.
    third = client.get(respond().url).content.decode()
    assert "we konden je geen bevestiging mailen" not in third
    stored = Response.objects.get()
    assert stored.confirmation_sent_at is not None
    assert stored.notification_sent_at is not None
    assert sorted(tuple(message.to) for message in mailoutbox) == [
        ("fenna.testers@example.nl",),
        ("reacties@opdrachtwijzer.nl",),
    ]


def test_sub_addresses_count_as_their_mailbox(respond, cv_storage):
    """fenna.testers+1@… and fenna.testers+2@… reach one mailbox: they share its five."""
    for index in range(5):
        target = AssignmentFactory()
        sent = respond(
            target=target, REMOTE_ADDR=f"192.0.2.{index}", email=f"fenna.testers+{index}@example.nl"
        )
        assert sent.status_code == 302
    response = respond(REMOTE_ADDR="198.51.100.7", email="fenna.testers@example.nl")
    assert response.status_code == 429
    assert Response.objects.count() == 5
    # Another mailbox at the same domain, whose name starts the same, is not held back.
    assert respond(REMOTE_ADDR="198.51.100.8", email="fenna@example.nl").status_code == 302


def test_at_most_ten_responses_per_client_an_hour(respond, cv_storage):
    for index in range(10):
        assert respond(email=f"kandidaat{index}@example.nl").status_code == 302
    response = respond(email="nog.een@example.nl")
    assert response.status_code == 429
    assert "Er zijn te veel reacties verstuurd vanaf je verbinding" in response.content.decode()
    assert Response.objects.count() == 10
    # Another client is not held back.
    assert respond(email="ander@example.nl", REMOTE_ADDR="203.0.113.9").status_code == 302


def test_the_client_is_kept_as_a_digest_only(respond):
    respond(REMOTE_ADDR="192.0.2.55")
    stored = Response.objects.get()
    assert "192.0.2.55" not in stored.client
    assert stored.client == services.client_digest("192.0.2.55")


def test_a_response_that_could_not_be_confirmed_is_kept_and_the_page_gives_the_link(
    client, respond, monkeypatch
):
    def broken(*args, **kwargs):
        raise ConnectionRefusedError("no mail server")

    monkeypatch.setattr("responses.mails.EmailMultiAlternatives.send", broken)
    response = respond()
    assert response.status_code == 302
    stored = Response.objects.get()
    assert stored.confirmation_sent_at is None
    page = client.get(response.url).content.decode()
    assert "we konden je geen bevestiging mailen" in page
    assert reverse("responses:withdraw", args=[stored.assignment.slug, "x"])[:-3] in page
    assert len(mail.outbox) == 0
