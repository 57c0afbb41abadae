"""The screening workflow in the admin, through the test client: the work queue, the bulk
actions, the change-form buttons (each saves the form's edits and takes its step in one
service call, or refuses with the edits kept), the client's confirmation, the history, and no
lost edits."""

import re
from datetime import timedelta

import pytest
from django.contrib.auth.models import Group
from django.contrib.messages import get_messages
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from assignments import services
from assignments.admin import QueueFilter
from assignments.models import Assignment, ClientConfirmation, ScreeningEvent, Status, local_today
from organisations.models import Abroad, Kind
from tests.factories import AssignmentFactory, OrganisationFactory, ToolFactory, UserFactory
from tests.factories import assignment_in_status as in_status

pytestmark = pytest.mark.django_db

CHANGELIST = "admin:assignments_assignment_changelist"


def change_url(assignment):
    return reverse("admin:assignments_assignment_change", args=[assignment.pk])


def messages_of(response):
    return [str(message) for message in get_messages(response.wsgi_request)]


@pytest.fixture
def admin_client(client):
    user = UserFactory(username="beheer", is_superuser=True)
    client.force_login(user)
    client.user = user
    return client


@pytest.fixture
def recruiter_client(client):
    call_command("setup_roles", verbosity=0, stdout=None)
    user = UserFactory(username="sanne")
    user.groups.add(Group.objects.get(name="Recruiters"))
    client.force_login(user)
    client.user = user
    return client


def shown(response):
    return {row.pk for row in response.context["cl"].result_list}


# The work queue ---------------------------------------------------------------------------


def test_changelist_opens_on_what_needs_action(admin_client):
    waiting = {in_status(s).pk for s in (Status.NEW, Status.SCREENING, Status.AWAITING_CLIENT)}
    fresh = in_status(Status.PUBLISHED)
    stale = in_status(Status.PUBLISHED, confirmed=local_today() - timedelta(days=100))
    closed = in_status(Status.CLOSED)
    withdrawn = in_status(Status.WITHDRAWN)
    url = reverse(CHANGELIST)

    response = admin_client.get(url)
    assert shown(response) == waiting | {stale.pk}
    page = response.content.decode()
    assert "opnieuw screenen</strong>" in page
    # The queue's size and the re-screen queue's, one click away.
    assert "Actie nodig (4)" in page
    assert (
        "Opnieuw screenen (geen bevestiging van de opdrachtgever, of ouder dan 90 dagen) (1)"
        in page
    )

    everything = waiting | {fresh.pk, stale.pk, closed.pk, withdrawn.pk}
    assert shown(admin_client.get(url, {"queue": "all"})) == everything
    assert shown(admin_client.get(url, {"queue": "stale"})) == {stale.pk}
    # Filtering on a status or searching looks through everything.
    assert shown(admin_client.get(url, {"status__exact": "closed"})) == {closed.pk}
    # As a phrase: the words of "Communicatieadviseur 12" alone also match "Communicatieadviseur
    # 11" at "Gemeente Teststad 12", depending on the factories' counters.
    assert shown(admin_client.get(url, {"q": f'"{closed.title}"'})) == {closed.pk}
    # Nonsense in the queue parameter shows everything rather than failing.
    assert admin_client.get(url, {"queue": "<script>"}).status_code == 200


def test_changelist_filters(admin_client):
    recruiter = UserFactory()
    theirs = in_status(Status.SCREENING, claimed_by=recruiter)
    mine = in_status(Status.SCREENING, claimed_by=admin_client.user)
    ministry = in_status(Status.NEW, organisation=OrganisationFactory(kind=Kind.MINISTRY))
    press = in_status(Status.NEW, role="press")
    url = reverse(CHANGELIST)
    assert shown(admin_client.get(url, {"claimed_by": recruiter.pk})) == {theirs.pk}
    assert shown(admin_client.get(url, {"claimed_by": "me"})) == {mine.pk}
    assert shown(admin_client.get(url, {"claimed_by": "nobody"})) == {ministry.pk, press.pk}
    assert admin_client.get(url, {"claimed_by": "<b>"}).status_code == 200
    assert shown(admin_client.get(url, {"organisation__kind__exact": "ministry"})) == {ministry.pk}
    assert shown(admin_client.get(url, {"role__exact": "press"})) == {press.pk}


@pytest.mark.parametrize("rows", [3, 30])
def test_changelist_queries_are_pinned(admin_client, django_assert_num_queries, rows):
    claimer = UserFactory()
    for index in range(rows):
        in_status(
            [Status.NEW, Status.SCREENING, Status.AWAITING_CLIENT][index % 3], claimed_by=claimer
        )
    admin_client.get(reverse(CHANGELIST))  # warm up the session and content types
    # Session, user, the queue's two counts, the claimers for the filter, the page's count,
    # the total, the rows (with their organisation, claimer and confirmations) and the dates
    # for the date hierarchy.
    with django_assert_num_queries(10):
        response = admin_client.get(reverse(CHANGELIST))
    assert len(response.context["cl"].result_list) == rows


# Bulk actions -----------------------------------------------------------------------------


def bulk(client, action, *assignments):
    return client.post(
        reverse(CHANGELIST) + "?queue=all",
        {"action": action, "_selected_action": [a.pk for a in assignments]},
        follow=True,
    )


@pytest.mark.parametrize(
    ("action", "source", "target"),
    [
        ("claim", Status.NEW, Status.SCREENING),
        ("ask_client", Status.SCREENING, Status.AWAITING_CLIENT),
        ("record_answer", Status.AWAITING_CLIENT, Status.SCREENING),
        ("publish", Status.SCREENING, Status.PUBLISHED),
        ("close", Status.PUBLISHED, Status.CLOSED),
        ("withdraw", Status.AWAITING_CLIENT, Status.WITHDRAWN),
    ],
)
def test_bulk_action(recruiter_client, action, source, target):
    first, second = in_status(source), in_status(source)
    response = bulk(recruiter_client, action, first, second)
    assert response.status_code == 200
    assert "2 opdrachten verdergezet." in messages_of(response)
    for assignment in (first, second):
        assignment.refresh_from_db()
        assert assignment.status == target
    assert ScreeningEvent.objects.filter(actor=recruiter_client.user).count() == 2


def test_bulk_action_reports_what_it_could_not_do(recruiter_client):
    ready = in_status(Status.SCREENING)
    incomplete = in_status(Status.SCREENING, abroad="")
    closed = in_status(Status.CLOSED)
    response = bulk(recruiter_client, "publish", ready, incomplete, closed)
    messages = messages_of(response)
    assert "1 opdracht verdergezet." in messages
    assert any("werken vanuit het buitenland" in message for message in messages), messages
    assert any(closed.title in message for message in messages)
    assert Assignment.objects.get(pk=incomplete.pk).status == Status.SCREENING
    assert Assignment.objects.get(pk=closed.pk).status == Status.CLOSED
    assert ScreeningEvent.objects.count() == 1


def test_publishing_needs_the_publish_permission(recruiter_client):
    recruiter_client.user.groups.clear()
    group = Group.objects.create(name="Stagiairs")
    group.permissions.set(
        Group.objects.get(name="Recruiters").permissions.exclude(codename="publish_assignment")
    )
    recruiter_client.user.groups.add(group)
    assignment = in_status(Status.SCREENING)

    page = recruiter_client.get(change_url(assignment)).content.decode()
    assert 'value="ask_client"' in page
    assert 'value="publish"' not in page
    bulk(recruiter_client, "publish", assignment)
    response = press(recruiter_client, assignment, "publish")
    assert response.status_code == 403
    assert Assignment.objects.get(pk=assignment.pk).status == Status.SCREENING
    assert not ScreeningEvent.objects.exists()


# Change-form buttons: save the form and take the step ---------------------------------


def press(client, assignment, action, note="", **changes):
    """Clicks a screening button on the change form as it is now, with `changes` typed in."""
    data = form_data(client.get(change_url(assignment)))
    data.update({"_step": action, "step_note": note, **changes})
    return client.post(change_url(assignment), data)


def confirmation_fields(**changes):
    return {
        "confirmed_on": local_today().isoformat(),
        "channel": "email",
        "client_contact": "Marieke Jansen, hoofd communicatie",
        **changes,
    }


def test_buttons_take_an_assignment_from_new_to_closed(recruiter_client):
    organisation = OrganisationFactory()
    organisation.tools.set([ToolFactory(name="Microsoft Teams")])
    assignment = AssignmentFactory(unscreened=True, organisation=organisation)
    steps = [
        ("claim", Status.SCREENING, "Opgepakt.", {}),
        ("ask_client", Status.AWAITING_CLIENT, "Mail gestuurd over thuiswerkdagen.", {}),
        ("record_answer", Status.SCREENING, "Klant: drie dagen thuis kan.", {}),
        # The client's confirmation is typed in and recorded with the step.
        ("publish", Status.PUBLISHED, "", confirmation_fields()),
        ("close", Status.CLOSED, "Vervuld.", {}),
    ]
    for action, status, note, changes in steps:
        page = recruiter_client.get(change_url(assignment)).content.decode()
        assert f'value="{action}"' in page
        response = press(recruiter_client, assignment, action, note, **changes)
        assert response.status_code == 302, response.context["adminform"].form.errors
        assert response.url == change_url(assignment)
        assignment.refresh_from_db()
        assert assignment.status == status, messages_of(response)

    events = list(ScreeningEvent.objects.filter(assignment=assignment))
    transitions = [event for event in events if event.from_status != event.to_status]
    assert [event.to_status for event in transitions] == [status for _a, status, *_ in steps]
    assert all(event.actor == recruiter_client.user for event in events)
    assert transitions[1].note == "Mail gestuurd over thuiswerkdagen."
    assert assignment.claimed_by == recruiter_client.user
    assert assignment.terms_verified_by == recruiter_client.user
    confirmation = ClientConfirmation.objects.get()
    assert assignment.confirmation == confirmation
    assert confirmation.recorded_by == recruiter_client.user
    # The history is on the change form, read-only, in the reader's language.
    page = recruiter_client.get(change_url(assignment)).content.decode()
    assert "Mail gestuurd over thuiswerkdagen." in page
    assert "Overgenomen uit de standaardafspraken van de organisatie" in page
    assert "Afspraken gecontroleerd op de bevestiging van de opdrachtgever" in page
    assert "Marieke Jansen, hoofd communicatie" in page
    assert 'id="screening-history"' in page
    assert "events-TOTAL_FORMS" not in page  # read-only: no formset to post
    assert 'name="_step"' not in page  # closed: nothing left to do


def test_withdraw_button(recruiter_client):
    assignment = in_status(Status.PUBLISHED)
    press(recruiter_client, assignment, "withdraw", "Klant trekt de opdracht in.")
    assignment.refresh_from_db()
    assert assignment.status == Status.WITHDRAWN
    assert not Assignment.objects.public().exists()


def test_prefill_and_confirm_buttons(recruiter_client):
    assignment = in_status(Status.SCREENING, terms_notes="")
    assignment.organisation.terms_notes = "Vaste teamdag op dinsdag."
    assignment.organisation.save()
    response = press(recruiter_client, assignment, "prefill")
    assert "Overgenomen" in messages_of(response)[0]
    assignment.refresh_from_db()
    assert assignment.terms_notes == "Vaste teamdag op dinsdag."

    stale = local_today() - timedelta(days=95)
    published = in_status(Status.PUBLISHED, confirmed=stale)
    assert 'value="confirm_terms"' in recruiter_client.get(change_url(published)).content.decode()
    # Without the client's new confirmation: refused, and said on the form.
    response = press(recruiter_client, published, "confirm_terms")
    assert response.status_code == 200
    assert "nieuwe bevestiging van de opdrachtgever" in response.content.decode()
    assert Assignment.objects.get(pk=published.pk).needs_rescreen
    # With it, typed into the form: verified on it.
    response = press(
        recruiter_client,
        published,
        "confirm_terms",
        **confirmation_fields(channel="phone", client_contact="Tim Hendriks, programmamanager"),
    )
    assert response.status_code == 302
    published = Assignment.objects.select_related("confirmation").get(pk=published.pk)
    assert not published.needs_rescreen
    assert published.terms_verified_by == recruiter_client.user
    assert published.current_confirmation.client_contact == "Tim Hendriks, programmamanager"


def test_illegal_button_press_is_refused_with_a_message(recruiter_client):
    assignment = in_status(Status.CLOSED)
    response = press(recruiter_client, assignment, "publish")
    assert response.status_code == 200
    assert "niet mogelijk" in response.content.decode()
    assert any("is niet uitgevoerd" in message for message in messages_of(response))
    assert Assignment.objects.get(pk=assignment.pk).status == Status.CLOSED
    assert not ScreeningEvent.objects.exists()


def test_publish_button_with_incomplete_terms_marks_the_fields(recruiter_client):
    assignment = in_status(Status.SCREENING, screening_requirement="", abroad="")
    response = press(recruiter_client, assignment, "publish")
    assert response.status_code == 200
    errors = response.context["adminform"].form.errors
    assert errors["screening_requirement"] == ["Nodig om te publiceren."]
    assert errors["abroad"] == ["Nodig om te publiceren."]
    assert "screeningseis" in " ".join(errors["__all__"]).lower()
    assert Assignment.objects.get(pk=assignment.pk).status == Status.SCREENING


def test_the_form_marks_what_publishing_needs_and_shows_the_defaults(recruiter_client):
    organisation = OrganisationFactory(home_days_max=3, name="Gemeente Deventer")
    assignment = AssignmentFactory(unscreened=True, organisation=organisation)
    response = recruiter_client.get(change_url(assignment))
    form = response.context["adminform"].form
    assert "Nodig om te publiceren." in form.fields["home_days_max"].help_text
    assert "Standaard van de organisatie: 3" in form.fields["home_days_max"].help_text
    assert "needed-to-publish" in form.fields["abroad"].widget.attrs["class"]
    # Optional terms carry the default only.
    assert "Nodig" not in form.fields["setup_allowance"].help_text
    page = response.content.decode()
    assert "Nodig om te publiceren:" in page
    assert 'href="#id_home_days_max"' in page
    assert 'href="#id_confirmed_on"' in page
    # Filled in, the mark goes.
    filled = in_status(Status.SCREENING)
    form = recruiter_client.get(change_url(filled)).context["adminform"].form
    assert "Nodig" not in form.fields["home_days_max"].help_text


@pytest.mark.parametrize(
    ("changes", "status", "field"),
    [
        ({"_step": "explode"}, 400, None),
        ({"_step": "claim", "loaded_version": "abc"}, 200, "loaded_version"),
        ({"_step": "claim", "loaded_version": "7"}, 200, "__all__"),
        ({"_step": "claim", "step_note": "x" * 3000}, 200, "step_note"),
        ({"_step": "claim", "confirmed_on": "2020-13-45"}, 200, "confirmed_on"),
        (
            {"_step": "claim", "channel": "duif", **confirmation_fields(channel="duif")},
            200,
            "channel",
        ),
        ({"_step": "claim", "client_contact": "Ada"}, 200, "confirmed_on"),
        (
            {"_step": "claim", **confirmation_fields(confirmed_on="2999-01-01")},
            200,
            "confirmed_on",
        ),
    ],
)
def test_bad_button_posts_change_nothing(recruiter_client, changes, status, field):
    assignment = in_status(Status.NEW)
    data = form_data(recruiter_client.get(change_url(assignment)))
    data.update(title="Getypt maar niet opgeslagen", **changes)
    response = recruiter_client.post(change_url(assignment), data)
    assert response.status_code == status
    if field is not None:
        form = response.context["adminform"].form
        assert field in form.errors, form.errors
        # What was typed is still in the form.
        assert form["title"].value() == "Getypt maar niet opgeslagen"
    fresh = Assignment.objects.get(pk=assignment.pk)
    assert (fresh.status, fresh.version) == (Status.NEW, assignment.version)
    assert fresh.title != "Getypt maar niet opgeslagen"
    assert not ScreeningEvent.objects.exists()
    assert not ClientConfirmation.objects.exists()


def test_button_based_on_an_old_page_is_refused(recruiter_client):
    assignment = in_status(Status.SCREENING)
    old_page = form_data(recruiter_client.get(change_url(assignment)))
    response = press(recruiter_client, assignment, "ask_client")
    assert response.status_code == 302
    # The same (now outdated) page pressed again: refused, even though the move is legal.
    response = recruiter_client.post(change_url(assignment), {**old_page, "_step": "withdraw"})
    assert response.status_code == 200
    assert "Iemand anders heeft deze opdracht gewijzigd" in response.content.decode()
    assert Assignment.objects.get(pk=assignment.pk).status == Status.AWAITING_CLIENT


def test_get_never_changes_anything(recruiter_client):
    assignment = in_status(Status.NEW)
    before = Assignment.objects.filter(pk=assignment.pk).values().get()
    assert recruiter_client.get(change_url(assignment), {"_step": "claim"}).status_code == 200
    # An action named in a GET does nothing (the admin sends the query back as invalid).
    assert recruiter_client.get(reverse(CHANGELIST), {"action": "claim"}).status_code in (200, 302)
    defaults = reverse("admin:assignments_assignment_organisation_defaults")
    found = recruiter_client.get(defaults, {"organisation": assignment.organisation_id})
    assert found.status_code == 200
    assert recruiter_client.post(defaults, {"organisation": 1}).status_code == 405
    assert Assignment.objects.filter(pk=assignment.pk).values().get() == before
    assert not ScreeningEvent.objects.exists()


def test_button_on_a_missing_assignment_changes_nothing(recruiter_client):
    response = recruiter_client.post(
        reverse("admin:assignments_assignment_change", args=[987654]), {"_step": "claim"}
    )
    # The admin's own answer for an object that does not exist: back to the index, said so.
    assert response.status_code == 302
    assert not ScreeningEvent.objects.exists()


def test_organisation_defaults_for_the_form(recruiter_client):
    organisation = OrganisationFactory(name="Waterschap Aa en Maas", home_days_max=2)
    organisation.tools.set([ToolFactory(name="Trello")])
    url = reverse("admin:assignments_assignment_organisation_defaults")
    data = recruiter_client.get(url, {"organisation": organisation.pk}).json()
    assert data["organisation"] == "Waterschap Aa en Maas"
    assert data["defaults"]["home_days_max"] == "Standaard van de organisatie: 2"
    assert data["defaults"]["tools"] == "Standaard van de organisatie: Trello"
    assert recruiter_client.get(url, {"organisation": "abc"}).status_code == 404
    assert recruiter_client.get(url, {"organisation": 987654}).status_code == 404
    anonymous = type(recruiter_client)()
    assert anonymous.get(url, {"organisation": organisation.pk}).status_code == 302  # log in


def test_adding_an_assignment_with_the_clients_confirmation(recruiter_client):
    organisation = OrganisationFactory()
    data = {
        "title": "Woordvoerder dijkversterking",
        "slug": "woordvoerder-dijkversterking",
        "organisation": organisation.pk,
        "role": "press",
        "description": "Pers en omgeving.",
        "hours_min": "24",
        "hours_max": "32",
        "start_date": (local_today() + timedelta(days=40)).isoformat(),
        "closing_date": (local_today() + timedelta(days=50)).isoformat(),
        "city": "Den Bosch",
        "office_only_documents": "unknown",
        "tools": [],
        **confirmation_fields(channel="tender_documents", client_contact="Petra de Boer"),
    }
    url = reverse("admin:assignments_assignment_add")
    response = recruiter_client.post(url, data)
    # Responding after the start is refused on the field.
    assert response.status_code == 200
    assert "closing_date" in response.context["adminform"].form.errors
    data["closing_date"] = (local_today() + timedelta(days=20)).isoformat()
    response = recruiter_client.post(url, data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    assignment = Assignment.objects.get()
    assert assignment.terms_changed_at is not None
    confirmation = assignment.confirmations.get()
    assert (confirmation.channel, confirmation.client_contact) == (
        "tender_documents",
        "Petra de Boer",
    )
    assert confirmation.recorded_at >= assignment.terms_changed_at


# No lost edits ----------------------------------------------------------------------------


def form_data(response):
    """What a browser would post back for the change form as it was rendered."""
    data = {}
    form = response.context["adminform"].form
    for field in form:
        value = field.value()
        widget = field.field.widget.__class__.__name__
        if widget == "NullBooleanSelect":
            data[field.html_name] = {True: "true", False: "false"}.get(value, "unknown")
        elif widget == "CheckboxInput":
            if value:
                data[field.html_name] = "on"
        elif isinstance(value, (list, tuple)):
            data[field.html_name] = [str(item) for item in value]
        elif value is not None:
            data[field.html_name] = str(value)
    for inline in response.context["inline_admin_formsets"]:
        for field in inline.formset.management_form:
            data[field.html_name] = field.value()
    return data


def updates_of_the_row(queries):
    """The UPDATE statements on the assignments table (not its tools, nor the data version)."""
    table = connection.ops.quote_name(Assignment._meta.db_table)
    return [q["sql"] for q in queries if q["sql"].startswith(f"UPDATE {table} ")]


def test_second_concurrent_save_is_refused(recruiter_client, client):
    assignment = in_status(Status.SCREENING, title="Woordvoerder water")
    other = UserFactory(username="mohammed")
    other.groups.add(Group.objects.get(name="Recruiters"))
    second_client = type(client)()
    second_client.force_login(other)

    first = form_data(recruiter_client.get(change_url(assignment)))
    second = form_data(second_client.get(change_url(assignment)))
    first["title"] = "Woordvoerder waterveiligheid"
    second["city"] = "Lelystad"

    response = recruiter_client.post(change_url(assignment), first)
    assert response.status_code == 302
    with CaptureQueriesContext(connection) as queries:
        response = second_client.post(change_url(assignment), second)
    assert response.status_code == 200
    page = response.content.decode()
    assert "Iemand anders heeft deze opdracht gewijzigd" in page
    assert f'href="{change_url(assignment)}"' in page
    # The form shows what the second recruiter entered, to copy from.
    assert response.context["adminform"].form["city"].value() == "Lelystad"
    assert updates_of_the_row(queries) == []

    assignment.refresh_from_db()
    assert assignment.title == "Woordvoerder waterveiligheid"  # the first save stands
    assert assignment.city == "Utrecht"  # the second changed nothing
    assert assignment.version == 2
    # After a reload the second recruiter can save.
    second = form_data(second_client.get(change_url(assignment)))
    second["city"] = "Lelystad"
    assert second_client.post(change_url(assignment), second).status_code == 302
    assignment.refresh_from_db()
    assert (assignment.title, assignment.city) == ("Woordvoerder waterveiligheid", "Lelystad")


def test_save_after_a_transition_is_refused(recruiter_client):
    assignment = in_status(Status.SCREENING)
    data = form_data(recruiter_client.get(change_url(assignment)))
    press(recruiter_client, assignment, "withdraw")
    data["title"] = "Toch iets anders"
    assert recruiter_client.post(change_url(assignment), data).status_code == 200
    assert Assignment.objects.get(pk=assignment.pk).title != "Toch iets anders"


def test_save_without_a_version_is_refused(recruiter_client):
    assignment = in_status(Status.SCREENING)
    data = form_data(recruiter_client.get(change_url(assignment)))
    del data["loaded_version"]
    data["title"] = "Zonder versie"
    assert recruiter_client.post(change_url(assignment), data).status_code == 200
    assert Assignment.objects.get(pk=assignment.pk).title != "Zonder versie"


def test_editing_published_terms_in_the_admin_records_and_restamps(recruiter_client):
    verifier = UserFactory()
    assignment = in_status(
        Status.PUBLISHED,
        terms_verified_by=verifier,
        terms_verified_at=timezone.now() - timedelta(days=100),
        confirmed=local_today() - timedelta(days=100),
    )
    teams = ToolFactory(name="Microsoft Teams")
    data = form_data(recruiter_client.get(change_url(assignment)))
    data["abroad"] = Abroad.NOT_ALLOWED
    data["tools"] = [str(teams.pk)]
    data["description"] = "Nieuwe omschrijving."

    # Without the client's confirmation of the new terms: refused, on the field, with what
    # was typed still in the form.
    response = recruiter_client.post(change_url(assignment), data)
    assert response.status_code == 200
    form = response.context["adminform"].form
    assert "wanneer, hoe en door wie" in form.errors["confirmed_on"][0]
    assert form["description"].value() == "Nieuwe omschrijving."
    assert Assignment.objects.get(pk=assignment.pk).version == assignment.version

    data.update(confirmation_fields(channel="meeting", client_contact="Koen de Graaf"))
    with CaptureQueriesContext(connection) as queries:
        response = recruiter_client.post(change_url(assignment), data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    assert len(updates_of_the_row(queries)) == 1
    assert any("geschiedenis" in message for message in messages_of(response))

    assignment.refresh_from_db()
    assert assignment.abroad == Abroad.NOT_ALLOWED
    assert assignment.description == "Nieuwe omschrijving."
    assert list(assignment.tools.all()) == [teams]
    assert assignment.terms_verified_by == recruiter_client.user
    assert assignment.updated_by == recruiter_client.user
    assert assignment.version == 2
    assignment = Assignment.objects.select_related("confirmation").get(pk=assignment.pk)
    assert not assignment.needs_rescreen
    assert assignment.current_confirmation.client_contact == "Koen de Graaf"
    event = ScreeningEvent.objects.get()
    assert event.from_status == event.to_status == Status.PUBLISHED
    assert event.actor == recruiter_client.user
    text = event.text().lower()
    assert "werken vanuit het buitenland: enkele dagen" in text
    assert "microsoft teams" in text
    assert "bevestiging van de opdrachtgever" in text
    assert "omschrijving" not in text  # not a term


def test_editing_other_fields_of_a_published_assignment_records_no_event(recruiter_client):
    assignment = in_status(Status.PUBLISHED)
    stamp = assignment.terms_verified_at
    data = form_data(recruiter_client.get(change_url(assignment)))
    data["description"] = "Alleen de tekst."
    response = recruiter_client.post(change_url(assignment), data)
    assert response.status_code == 302
    assert not any("geschiedenis" in message for message in messages_of(response))
    assignment.refresh_from_db()
    assert assignment.description == "Alleen de tekst."
    assert assignment.terms_verified_at == stamp
    assert assignment.version == 2
    assert not ScreeningEvent.objects.exists()


def test_emptying_a_published_term_is_refused_on_the_field(recruiter_client):
    assignment = in_status(Status.PUBLISHED)
    data = form_data(recruiter_client.get(change_url(assignment)))
    data["crisis_presence"] = ""
    data["title"] = "Ook een nieuwe titel"
    with CaptureQueriesContext(connection) as queries:
        response = recruiter_client.post(change_url(assignment), data)
    assert response.status_code == 200
    errors = response.context["adminform"].form.errors
    assert "kan niet leeg" in errors["crisis_presence"][0]
    assert updates_of_the_row(queries) == []
    fresh = Assignment.objects.get(pk=assignment.pk)
    assert (fresh.crisis_presence, fresh.version) == ("none", assignment.version)
    assert fresh.title != "Ook een nieuwe titel"
    assert not ScreeningEvent.objects.exists()


def test_rescreen_wording_follows_the_constant(admin_client, monkeypatch):
    sixty_days = timedelta(days=60)
    monkeypatch.setattr("assignments.models.RESCREEN_AFTER", sixty_days)
    monkeypatch.setattr("assignments.admin.RESCREEN_AFTER", sixty_days)
    stale = in_status(Status.PUBLISHED, confirmed=local_today() - timedelta(days=70))

    response = admin_client.get(reverse(CHANGELIST))
    (queue,) = [
        spec for spec in response.context["cl"].filter_specs if isinstance(spec, QueueFilter)
    ]
    assert "60" in dict(queue.lookup_choices)["stale"]
    assert "90" not in dict(queue.lookup_choices)["stale"]
    page = admin_client.get(change_url(stale)).content.decode()
    assert re.search(r"<strong[^>]*>[^<]*\b60\b[^<]*</strong>", page)
    assert not re.search(r"<strong[^>]*>[^<]*\b90\b[^<]*</strong>", page)


# Organisations ----------------------------------------------------------------------------


def test_organisation_admin_shows_its_assignments_by_status(recruiter_client):
    organisation = OrganisationFactory()
    for status in (Status.NEW, Status.PUBLISHED, Status.PUBLISHED, Status.CLOSED):
        in_status(status, organisation=organisation)
    in_status(Status.PUBLISHED)  # another organisation's
    page = recruiter_client.get(
        reverse("admin:organisations_organisation_change", args=[organisation.pk])
    ).content.decode()
    assert "Gepubliceerd: 2" in page
    assert "Nieuw: 1" in page
    assert "Gesloten: 1" in page
    link = f"?organisation={organisation.pk}&amp;status__exact=published&amp;queue=all"
    assert link in page
    response = recruiter_client.get(
        reverse(CHANGELIST),
        {"organisation": organisation.pk, "status__exact": "published", "queue": "all"},
    )
    assert len(shown(response)) == 2


def test_change_form_queries_do_not_grow_with_the_history(admin_client):
    def queries_for(steps):
        assignment = in_status(Status.NEW)
        for name in steps:
            getattr(services, name)(assignment, actor=admin_client.user)
        admin_client.get(change_url(assignment))  # warm up
        with CaptureQueriesContext(connection) as queries:
            assert admin_client.get(change_url(assignment)).status_code == 200
        return len(queries)

    short = queries_for(["claim"])
    long = queries_for(["claim", "ask_client", "record_answer", "ask_client", "record_answer"])
    assert short == long


@pytest.fixture
def trainee_client(client):
    """A recruiter without the right to publish (and so to verify terms)."""
    call_command("setup_roles", verbosity=0, stdout=None)
    user = UserFactory(username="stagiair")
    user.groups.add(Group.objects.get(name="Recruiters"))
    user.user_permissions.remove(*[])  # the group grants publish; take it away below
    group = Group.objects.create(name="Recruiters in training")
    group.permissions.set(
        Group.objects.get(name="Recruiters").permissions.exclude(codename="publish_assignment")
    )
    user.groups.set([group])
    client.force_login(user)
    client.user = user
    return client


def test_confirming_terms_needs_the_publish_right(trainee_client):
    assignment = in_status(Status.PUBLISHED, confirmed=local_today() - timedelta(days=95))
    page = trainee_client.get(change_url(assignment)).content.decode()
    assert 'value="confirm_terms"' not in page
    assert 'value="close"' in page
    response = press(trainee_client, assignment, "confirm_terms", **confirmation_fields())
    assert response.status_code == 403
    assert Assignment.objects.get(pk=assignment.pk).terms_verified_by is None
    assert not ScreeningEvent.objects.exists()
    assert assignment.confirmations.count() == 1


def test_a_trainee_records_the_clients_confirmation_for_a_colleague_to_verify(trainee_client):
    assignment = in_status(Status.PUBLISHED, confirmed=local_today() - timedelta(days=95))
    data = form_data(trainee_client.get(change_url(assignment)))
    data.update(confirmation_fields())
    response = trainee_client.post(change_url(assignment), data)
    assert response.status_code == 302
    assert any("collega die mag publiceren" in message for message in messages_of(response))
    fresh = Assignment.objects.get(pk=assignment.pk)
    assert fresh.needs_rescreen  # not verified yet
    assert fresh.confirmations.count() == 2


def test_changing_published_terms_needs_the_publish_right(trainee_client):
    assignment = in_status(Status.PUBLISHED, home_days_max=3)
    data = form_data(trainee_client.get(change_url(assignment)))
    data["home_days_max"] = "4"
    data["title"] = "Ook een nieuwe titel"
    response = trainee_client.post(change_url(assignment), data)
    assert response.status_code == 200
    assert "recht om te publiceren" in response.content.decode()
    fresh = Assignment.objects.get(pk=assignment.pk)
    assert fresh.home_days_max == 3
    assert fresh.title != "Ook een nieuwe titel"
    assert fresh.version == assignment.version
    assert fresh.terms_verified_by is None
    assert not ScreeningEvent.objects.exists()


def test_trainee_may_still_edit_other_fields_of_a_published_assignment(trainee_client):
    assignment = in_status(Status.PUBLISHED, title="Oude titel")
    data = form_data(trainee_client.get(change_url(assignment)))
    data["title"] = "Nieuwe titel"
    response = trainee_client.post(change_url(assignment), data)
    assert response.status_code == 302
    assert Assignment.objects.get(pk=assignment.pk).title == "Nieuwe titel"


def test_editors_and_anonymous_cannot_use_the_buttons(client):
    call_command("setup_roles", verbosity=0, stdout=None)
    assignment = in_status(Status.NEW)
    post = {"_step": "claim", "loaded_version": 1}
    response = client.post(change_url(assignment), post)
    assert response.status_code == 302
    assert response.url.startswith(reverse("admin:login"))
    editor = UserFactory(username="redacteur")
    editor.groups.add(Group.objects.get(name="Editors"))
    client.force_login(editor)
    response = client.post(change_url(assignment), post)
    assert response.status_code == 403
    assert Assignment.objects.get(pk=assignment.pk).status == Status.NEW
    assert not ScreeningEvent.objects.exists()
