"""The screening workflow in the admin, through the test client: the work queue, the bulk
actions, the change-form buttons, the history, and no lost edits."""

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
from assignments.models import Assignment, ScreeningEvent, Status
from organisations.models import Abroad, Kind
from tests.factories import AssignmentFactory, OrganisationFactory, ToolFactory, UserFactory
from tests.factories import assignment_in_status as in_status

pytestmark = pytest.mark.django_db

CHANGELIST = "admin:assignments_assignment_changelist"


def change_url(assignment):
    return reverse("admin:assignments_assignment_change", args=[assignment.pk])


def transition_url(assignment):
    return reverse("admin:assignments_assignment_transition", args=[assignment.pk])


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
    stale = in_status(Status.PUBLISHED, terms_verified_at=timezone.now() - timedelta(days=100))
    closed = in_status(Status.CLOSED)
    withdrawn = in_status(Status.WITHDRAWN)
    url = reverse(CHANGELIST)

    response = admin_client.get(url)
    assert shown(response) == waiting | {stale.pk}
    assert "Gepubliceerd — opnieuw screenen" in response.content.decode()

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
    mine = in_status(Status.SCREENING, claimed_by=recruiter)
    ministry = in_status(Status.NEW, organisation=OrganisationFactory(kind=Kind.MINISTRY))
    press = in_status(Status.NEW, role="press")
    url = reverse(CHANGELIST)
    assert shown(admin_client.get(url, {"claimed_by__id__exact": recruiter.pk})) == {mine.pk}
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
    with django_assert_num_queries(8):
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
    response = recruiter_client.post(
        transition_url(assignment), {"action": "publish", "version": assignment.version}
    )
    assert response.status_code == 403
    assert Assignment.objects.get(pk=assignment.pk).status == Status.SCREENING
    assert not ScreeningEvent.objects.exists()


# Change-form buttons ----------------------------------------------------------------------


def press(client, assignment, action, note=""):
    assignment.refresh_from_db()
    return client.post(
        transition_url(assignment),
        {"action": action, "note": note, "version": assignment.version},
    )


def test_buttons_take_an_assignment_from_new_to_closed(recruiter_client):
    organisation = OrganisationFactory()
    organisation.tools.set([ToolFactory(name="Microsoft Teams")])
    assignment = AssignmentFactory(unscreened=True, organisation=organisation)
    steps = [
        ("claim", Status.SCREENING, "Opgepakt."),
        ("ask_client", Status.AWAITING_CLIENT, "Mail gestuurd over thuiswerkdagen."),
        ("record_answer", Status.SCREENING, "Klant: drie dagen thuis kan."),
        ("publish", Status.PUBLISHED, ""),
        ("close", Status.CLOSED, "Vervuld."),
    ]
    for action, status, note in steps:
        page = recruiter_client.get(change_url(assignment)).content.decode()
        assert f'value="{action}"' in page
        response = press(recruiter_client, assignment, action, note)
        assert response.status_code == 302
        assert response.url == change_url(assignment)
        assignment.refresh_from_db()
        assert assignment.status == status, messages_of(response)

    events = list(ScreeningEvent.objects.filter(assignment=assignment))
    assert [event.to_status for event in events] == [status for _a, status, _n in steps]
    assert all(event.actor == recruiter_client.user for event in events)
    assert events[1].note == "Mail gestuurd over thuiswerkdagen."
    assert assignment.claimed_by == recruiter_client.user
    assert assignment.terms_verified_by == recruiter_client.user
    # The history is on the change form, read-only.
    page = recruiter_client.get(change_url(assignment)).content.decode()
    assert "Mail gestuurd over thuiswerkdagen." in page
    assert "events-0-note" not in page
    assert 'name="action"' not in page  # closed: nothing left to do


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

    published = in_status(Status.PUBLISHED, terms_verified_at=timezone.now() - timedelta(days=95))
    assert 'value="confirm_terms"' in recruiter_client.get(change_url(published)).content.decode()
    press(recruiter_client, published, "confirm_terms")
    published.refresh_from_db()
    assert not published.needs_rescreen
    assert published.terms_verified_by == recruiter_client.user


def test_illegal_button_press_is_a_message_not_an_error(recruiter_client):
    assignment = in_status(Status.CLOSED)
    response = press(recruiter_client, assignment, "publish")
    assert response.status_code == 302
    assert "niet mogelijk" in messages_of(response)[0]
    assert Assignment.objects.get(pk=assignment.pk).status == Status.CLOSED
    assert not ScreeningEvent.objects.exists()


def test_publish_button_with_incomplete_terms_says_what_is_missing(recruiter_client):
    assignment = in_status(Status.SCREENING, screening_requirement="")
    response = press(recruiter_client, assignment, "publish")
    assert "screeningseis" in messages_of(response)[0].lower()
    assert Assignment.objects.get(pk=assignment.pk).status == Status.SCREENING


@pytest.mark.parametrize(
    "data",
    [
        {},
        {"action": "explode", "version": "1"},
        {"action": "claim", "version": "abc"},
        {"action": "claim"},
        {"action": "claim", "version": "1", "note": "x" * 3000},
    ],
)
def test_bad_button_posts_change_nothing(recruiter_client, data):
    assignment = in_status(Status.NEW)
    response = recruiter_client.post(transition_url(assignment), data)
    assert response.status_code == 302
    assert Assignment.objects.get(pk=assignment.pk).status == Status.NEW
    assert not ScreeningEvent.objects.exists()


def test_button_based_on_an_old_page_is_refused(recruiter_client):
    assignment = in_status(Status.SCREENING)
    response = recruiter_client.post(
        transition_url(assignment), {"action": "ask_client", "version": assignment.version}
    )
    assert response.status_code == 302
    # The same (now outdated) page pressed again: refused, even though the move is legal.
    response = recruiter_client.post(
        transition_url(assignment), {"action": "withdraw", "version": assignment.version}
    )
    assert "iemand anders" in messages_of(response)[-1].lower()
    assert Assignment.objects.get(pk=assignment.pk).status == Status.AWAITING_CLIENT


def test_get_never_changes_anything(recruiter_client):
    assignment = in_status(Status.NEW)
    before = Assignment.objects.filter(pk=assignment.pk).values().get()
    assert recruiter_client.get(transition_url(assignment), {"action": "claim"}).status_code == 405
    assert recruiter_client.get(change_url(assignment)).status_code == 200
    # An action named in a GET does nothing (the admin sends the query back as invalid).
    assert recruiter_client.get(reverse(CHANGELIST), {"action": "claim"}).status_code in (200, 302)
    assert Assignment.objects.filter(pk=assignment.pk).values().get() == before
    assert not ScreeningEvent.objects.exists()


def test_button_on_a_missing_assignment_is_404(recruiter_client):
    response = recruiter_client.post(
        reverse("admin:assignments_assignment_transition", args=[987654]),
        {"action": "claim", "version": "1"},
    )
    assert response.status_code == 404
    assert not ScreeningEvent.objects.exists()


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
    )
    teams = ToolFactory(name="Microsoft Teams")
    data = form_data(recruiter_client.get(change_url(assignment)))
    data["abroad"] = Abroad.NOT_ALLOWED
    data["tools"] = [str(teams.pk)]
    data["description"] = "Nieuwe omschrijving."

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
    assert not assignment.needs_rescreen
    event = ScreeningEvent.objects.get()
    assert event.from_status == event.to_status == Status.PUBLISHED
    assert event.actor == recruiter_client.user
    assert "werken vanuit het buitenland: enkele dagen" in event.note.lower()
    assert "Microsoft Teams" in event.note
    assert "omschrijving" not in event.note.lower()  # not a term


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
    stale = in_status(Status.PUBLISHED, terms_verified_at=timezone.now() - timedelta(days=70))

    response = admin_client.get(reverse(CHANGELIST))
    (queue,) = [
        spec for spec in response.context["cl"].filter_specs if isinstance(spec, QueueFilter)
    ]
    assert "60" in dict(queue.lookup_choices)["stale"]
    assert "90" not in dict(queue.lookup_choices)["stale"]
    page = admin_client.get(change_url(stale)).content.decode()
    assert re.search(r"<strong>[^<]*\b60\b[^<]*</strong>", page)
    assert not re.search(r"<strong>[^<]*\b90\b[^<]*</strong>", page)


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
    assignment = in_status(Status.PUBLISHED, terms_verified_at=timezone.now() - timedelta(days=95))
    page = trainee_client.get(change_url(assignment)).content.decode()
    assert 'value="confirm_terms"' not in page
    assert 'value="close"' in page
    response = trainee_client.post(
        transition_url(assignment), {"action": "confirm_terms", "version": assignment.version}
    )
    assert response.status_code == 403
    assert Assignment.objects.get(pk=assignment.pk).terms_verified_by is None
    assert not ScreeningEvent.objects.exists()


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
    response = client.post(transition_url(assignment), {"action": "claim", "version": 1})
    assert response.status_code == 302
    assert response.url.startswith(reverse("admin:login"))
    editor = UserFactory(username="redacteur")
    editor.groups.add(Group.objects.get(name="Editors"))
    client.force_login(editor)
    response = client.post(transition_url(assignment), {"action": "claim", "version": 1})
    assert response.status_code == 403
    assert Assignment.objects.get(pk=assignment.pk).status == Status.NEW
    assert not ScreeningEvent.objects.exists()
