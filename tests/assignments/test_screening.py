"""The screening services: the state graph of DESIGN.md, the events they record, publishing
only with complete terms, prefilling from the organisation, and edits: refused when based on an
older version, and recorded when they change published terms."""

from datetime import timedelta
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, connection, transaction
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation

from assignments import services
from assignments.models import Assignment, ScreeningEvent, Status, local_today
from organisations.models import Abroad, CrisisPresence, ScreeningRequirement
from organisations.weekdays import Weekday
from tests.factories import AssignmentFactory, OrganisationFactory, ToolFactory, UserFactory
from tests.factories import assignment_in_status as in_status

pytestmark = pytest.mark.django_db

LEGAL = [
    (Status.NEW, "claim", Status.SCREENING),
    (Status.SCREENING, "ask_client", Status.AWAITING_CLIENT),
    (Status.AWAITING_CLIENT, "record_answer", Status.SCREENING),
    (Status.SCREENING, "publish", Status.PUBLISHED),
    (Status.PUBLISHED, "close", Status.CLOSED),
    (Status.NEW, "withdraw", Status.WITHDRAWN),
    (Status.SCREENING, "withdraw", Status.WITHDRAWN),
    (Status.AWAITING_CLIENT, "withdraw", Status.WITHDRAWN),
    (Status.PUBLISHED, "withdraw", Status.WITHDRAWN),
]
LEGAL_PAIRS = {(source, name) for source, name, _target in LEGAL}
ILLEGAL = [
    (status, name)
    for name in services.TRANSITIONS
    for status in Status.values
    if (status, name) not in LEGAL_PAIRS
]


def test_the_graph_is_the_one_in_the_design():
    graph = {
        (source, name, transition.target)
        for name, transition in services.TRANSITIONS.items()
        for source in transition.sources
    }
    assert graph == set(LEGAL)
    assert len(ILLEGAL) == 6 * 6 - len(LEGAL)


@pytest.mark.parametrize(("source", "name", "target"), LEGAL)
def test_legal_transition_moves_and_records_an_event(source, name, target):
    assignment = in_status(source)
    recruiter = UserFactory()
    version = assignment.version
    getattr(services, name)(assignment, actor=recruiter, note="Gebeld met de klant.")

    assert assignment.status == target  # the caller's instance is up to date
    assignment.refresh_from_db()
    assert assignment.status == target
    assert assignment.version == version + 1
    assert assignment.updated_by == recruiter
    event = ScreeningEvent.objects.get()
    assert (event.assignment, event.from_status, event.to_status) == (assignment, source, target)
    assert event.actor == recruiter
    assert event.note.startswith("Gebeld met de klant.")
    assert event.created_at <= timezone.now()


@pytest.mark.parametrize(("status", "name"), ILLEGAL)
def test_illegal_transition_changes_nothing(status, name):
    assignment = in_status(status)
    before = Assignment.objects.filter(pk=assignment.pk).values().get()
    with pytest.raises(ValidationError) as error:
        getattr(services, name)(assignment, actor=UserFactory())
    assert error.value.code == "illegal_transition"
    assert Assignment.objects.filter(pk=assignment.pk).values().get() == before
    assert not ScreeningEvent.objects.exists()


def test_publish_refused_with_incomplete_terms_names_what_is_missing():
    assignment = in_status(Status.SCREENING, abroad="", office_only_documents=None)
    with translation.override("en"), pytest.raises(ValidationError) as error:
        services.publish(assignment, actor=UserFactory())
    assert "working from abroad" in error.value.messages[0]
    assert "office-only documents" in error.value.messages[0]
    assignment.refresh_from_db()
    assert assignment.status == Status.SCREENING
    assert assignment.published_at is None
    assert assignment.terms_verified_at is None
    assert not ScreeningEvent.objects.exists()


def test_publish_stamps_publication_and_verification():
    assignment = in_status(Status.SCREENING)
    confirmation = assignment.confirmations.get()
    recruiter = UserFactory()
    before = timezone.now()
    services.publish(assignment, actor=recruiter)
    assignment.refresh_from_db()
    assert assignment.terms_verified_by == recruiter
    assert before <= assignment.terms_verified_at <= timezone.now()
    assert assignment.published_at == assignment.terms_verified_at
    # The terms rest on the client's confirmation, which the history names.
    assert assignment.confirmation == assignment.current_confirmation == confirmation
    assert ScreeningEvent.objects.get().details["verified_on"] == confirmation.as_details()
    assert Assignment.objects.public().filter(pk=assignment.pk).exists()


def test_a_failure_while_recording_leaves_nothing_half_applied(monkeypatch):
    assignment = in_status(Status.SCREENING)

    def broken(*args, **kwargs):
        raise RuntimeError("database went away")

    monkeypatch.setattr(services, "_record", broken)
    with pytest.raises(RuntimeError):
        services.publish(assignment, actor=UserFactory())
    assignment = Assignment.objects.get(pk=assignment.pk)
    assert assignment.status == Status.SCREENING
    assert assignment.published_at is None
    assert assignment.version == 1


def test_a_stale_instance_cannot_move_twice():
    """Two recruiters press "publish" on the same page: the second sees the new state."""
    first = in_status(Status.SCREENING)
    second = Assignment.objects.get(pk=first.pk)
    services.publish(first, actor=UserFactory())
    with pytest.raises(ValidationError):
        services.publish(second, actor=UserFactory())
    assert ScreeningEvent.objects.count() == 1


def test_claim_sets_the_claimer_and_prefills_from_the_organisation():
    teams = ToolFactory(name="Microsoft Teams")
    organisation = OrganisationFactory(
        office_days=Weekday.TUE,
        home_allowance_per_day=Decimal("2.35"),
        terms_notes="Dinsdag is de teamdag.",
    )
    organisation.tools.set([teams])
    assignment = AssignmentFactory(unscreened=True, organisation=organisation, home_days_max=2)
    recruiter = UserFactory()

    services.claim(assignment, actor=recruiter)

    assignment.refresh_from_db()
    assert assignment.claimed_by == recruiter
    assert assignment.status == Status.SCREENING
    # Empty fields came from the organisation; what the recruiter entered stayed.
    assert assignment.home_days_max == 2
    assert assignment.home_days_min == organisation.home_days_min
    assert assignment.onboarding_weeks == organisation.onboarding_weeks
    assert assignment.crisis_presence == CrisisPresence.ON_CALL
    assert assignment.screening_requirement == ScreeningRequirement.VOG
    assert assignment.office_days == Weekday.TUE
    assert assignment.home_allowance_per_day == Decimal("2.35")
    assert assignment.terms_notes == "Dinsdag is de teamdag."
    assert list(assignment.tools.all()) == [teams]
    assert assignment.terms_complete
    # Copying the defaults changed the terms: no earlier confirmation covers them.
    assert assignment.terms_changed_at is not None
    # What was copied is kept as data and read in the reader's language.
    event = ScreeningEvent.objects.get()
    assert "home_days_min" in event.details["copied"]
    with translation.override("nl"):
        assert event.text().startswith("Overgenomen uit de standaardafspraken")
    with translation.override("en"):
        assert event.text().startswith("Copied from the organisation's defaults")


def test_prefill_keeps_entries_and_skips_defaults_that_would_contradict_them():
    organisation = OrganisationFactory(
        home_days_min=3, home_days_max=3, office_days=Weekday.MON | Weekday.FRI
    )
    organisation.tools.set([ToolFactory(name="Trello")])
    slack = ToolFactory(name="SharePoint")
    assignment = AssignmentFactory(
        unscreened=True, organisation=organisation, home_days_max=1, abroad=Abroad.ALLOWED
    )
    assignment.tools.set([slack])

    copied = services.prefill_terms(assignment, actor=UserFactory())

    assignment.refresh_from_db()
    assert assignment.abroad == Abroad.ALLOWED
    assert assignment.home_days_max == 1
    # Three guaranteed home days do not fit under one at most: left empty for the recruiter.
    assert assignment.home_days_min is None
    assert "home_days_min" not in copied
    assert assignment.office_days == Weekday.MON | Weekday.FRI
    assert list(assignment.tools.all()) == [slack]
    assert "tools" not in copied
    assignment.full_clean()
    event = ScreeningEvent.objects.get()
    assert event.from_status == event.to_status == Status.NEW


def test_prefill_with_nothing_to_copy_records_nothing():
    assignment = in_status(Status.SCREENING)
    version = assignment.version
    assert services.prefill_terms(assignment, actor=UserFactory()) == []
    assert not ScreeningEvent.objects.exists()
    assert Assignment.objects.get(pk=assignment.pk).version == version


def test_prefill_is_refused_once_published():
    assignment = in_status(Status.PUBLISHED, terms_notes="")
    with pytest.raises(ValidationError):
        services.prefill_terms(assignment, actor=UserFactory())
    assert not ScreeningEvent.objects.exists()


# Edits ------------------------------------------------------------------------------------


# What a recruiter enters when the client confirmed the terms.
CONFIRMATION = {
    "confirmed_on": local_today(),
    "channel": "phone",
    "client_contact": "Sander Vermeulen, teamleider communicatie",
}


def edit(assignment, data, *, actor=None, may_verify=True, loaded_version=None, **kwargs):
    return services.update_assignment(
        assignment,
        actor=actor or UserFactory(),
        data=data,
        loaded_version=assignment.version if loaded_version is None else loaded_version,
        may_verify=may_verify,
        **kwargs,
    )


def row(assignment):
    return Assignment.objects.filter(pk=assignment.pk).values().get()


def updates_of_the_row(queries):
    """The UPDATE statements on the assignments table (not its tools, nor the data version)."""
    table = connection.ops.quote_name(Assignment._meta.db_table)
    return [q["sql"] for q in queries if q["sql"].startswith(f"UPDATE {table} ")]


def test_editing_published_terms_records_what_changed_and_restamps():
    old_verifier, recruiter = UserFactory(), UserFactory()
    assignment = in_status(
        Status.PUBLISHED,
        terms_verified_by=old_verifier,
        terms_verified_at=timezone.now() - timedelta(days=120),
        confirmed=local_today() - timedelta(days=120),
    )
    assert assignment.needs_rescreen
    teams = ToolFactory(name="Microsoft Teams")

    result = edit(
        assignment,
        {
            "home_days_max": 2,
            "home_days_min": 2,
            "abroad": Abroad.INCIDENTAL,
            "tools": [teams],
            "city": "Zwolle",
        },
        actor=recruiter,
        confirmation=CONFIRMATION,
    )

    assert result.changed == ("home_days_max", "tools", "city")
    assert result.verified
    # The client's confirmation of the new terms, recorded in the same step, is what the
    # public page shows now.
    confirmation = result.confirmation
    assert (confirmation.channel, confirmation.recorded_by) == ("phone", recruiter)
    assert confirmation.recorded_at == assignment.terms_changed_at
    assert assignment.confirmation == assignment.current_confirmation == confirmation
    assert assignment.terms_verified_by == recruiter  # the caller's instance is up to date
    assignment.refresh_from_db()
    assert (assignment.home_days_max, assignment.city) == (2, "Zwolle")
    assert list(assignment.tools.all()) == [teams]
    assert assignment.terms_verified_by == recruiter
    assert assignment.terms_verified_at > timezone.now() - timedelta(minutes=1)
    assert not assignment.needs_rescreen
    assert assignment.version == 2
    assert assignment.updated_by == recruiter
    event = ScreeningEvent.objects.get()
    assert result.event == event
    assert event.from_status == event.to_status == Status.PUBLISHED
    assert event.actor == recruiter
    assert event.details["verified_on"] == confirmation.as_details()
    with translation.override("en"):
        text = event.text()
    assert "home days at most: 3 → 2" in text
    assert "collaboration tools: — → Microsoft Teams" in text
    assert "abroad" not in text  # unchanged values are not listed
    assert "Zwolle" not in text  # not a term
    assert "Terms verified on the client's confirmation of" in text
    # The same entry, read by a Dutch colleague.
    with translation.override("nl"):
        assert "thuiswerkdagen maximaal: 3 → 2" in event.text()


def test_a_published_terms_edit_is_one_update_of_the_row_and_one_event():
    assignment = in_status(Status.PUBLISHED)
    with CaptureQueriesContext(connection) as queries:
        edit(
            assignment,
            {"home_days_max": 4, "tools": [ToolFactory()], "description": "Nieuwe tekst."},
            confirmation=CONFIRMATION,
        )
    assert len(updates_of_the_row(queries)) == 1
    assert ScreeningEvent.objects.count() == 1
    assert row(assignment)["version"] == 2


def test_an_edit_of_other_fields_saves_once_and_records_nothing():
    assignment = in_status(Status.SCREENING)
    recruiter = UserFactory()
    with CaptureQueriesContext(connection) as queries:
        result = edit(assignment, {"title": "Woordvoerder", "tools": []}, actor=recruiter)
    assert result.changed == ("title",)
    assert result.event is None
    assert len(updates_of_the_row(queries)) == 1
    fresh = Assignment.objects.get(pk=assignment.pk)
    assert (fresh.title, fresh.version, fresh.updated_by) == ("Woordvoerder", 2, recruiter)
    assert not ScreeningEvent.objects.exists()


def test_unchanged_terms_record_no_event_but_the_save_counts():
    assignment = in_status(Status.PUBLISHED)
    stamp = assignment.terms_verified_at
    result = edit(assignment, {"home_days_max": 3, "tools": []})
    assert result.changed == ()
    assert result.event is None
    assignment.refresh_from_db()
    assert assignment.terms_verified_at == stamp
    assert assignment.version == 2
    assert not ScreeningEvent.objects.exists()


@pytest.mark.parametrize("loaded_version", [0, 2, None])
def test_an_edit_of_an_older_version_is_refused_and_saves_nothing(loaded_version):
    assignment = in_status(Status.PUBLISHED)
    before = row(assignment)
    with CaptureQueriesContext(connection) as queries, pytest.raises(ValidationError) as error:
        services.update_assignment(
            assignment,
            actor=UserFactory(),
            data={"home_days_max": 4, "tools": [ToolFactory()], "title": "Anders"},
            loaded_version=loaded_version,
            may_verify=True,
        )
    assert error.value.code == "stale_version"
    assert updates_of_the_row(queries) == []
    assert row(assignment) == before
    assert not assignment.tools.exists()
    assert not ScreeningEvent.objects.exists()


def test_an_edit_after_a_transition_is_refused():
    assignment = in_status(Status.SCREENING)
    loaded = assignment.version
    services.ask_client(Assignment.objects.get(pk=assignment.pk), actor=UserFactory())
    with pytest.raises(ValidationError) as error:
        edit(assignment, {"title": "Anders"}, loaded_version=loaded)
    assert error.value.code == "stale_version"
    assert Assignment.objects.get(pk=assignment.pk).title != "Anders"


def test_changing_published_terms_needs_the_right_to_verify():
    assignment = in_status(Status.PUBLISHED)
    before = row(assignment)
    with pytest.raises(ValidationError) as error:
        edit(assignment, {"home_days_max": 4, "title": "Anders"}, may_verify=False)
    assert error.value.code == "may_not_verify"
    assert row(assignment) == before
    assert not ScreeningEvent.objects.exists()
    # Other fields need no such right.
    edit(assignment, {"home_days_max": 3, "title": "Anders"}, may_verify=False)
    assert Assignment.objects.get(pk=assignment.pk).title == "Anders"


def test_editing_published_terms_cannot_make_them_incomplete():
    assignment = in_status(Status.PUBLISHED)
    before = row(assignment)
    with pytest.raises(ValidationError) as error:
        edit(assignment, {"crisis_presence": "", "abroad": ""}, confirmation=CONFIRMATION)
    assert set(error.value.message_dict) == {"crisis_presence", "abroad"}
    assert row(assignment) == before
    assert not ScreeningEvent.objects.exists()


def test_terms_may_be_emptied_before_publishing():
    assignment = in_status(Status.SCREENING)
    edit(assignment, {"crisis_presence": ""})
    assert Assignment.objects.get(pk=assignment.pk).crisis_presence == ""


def test_an_edit_that_breaks_a_rule_is_refused_on_the_field():
    assignment = in_status(Status.SCREENING)
    before = row(assignment)
    with pytest.raises(ValidationError) as error:
        edit(assignment, {"home_days_min": 4, "hours_min": 36, "hours_max": 32})
    assert set(error.value.message_dict) == {"home_days_min", "hours_min"}
    assert row(assignment) == before


@pytest.mark.parametrize("name", ["status", "version", "terms_verified_by", "updated_at"])
def test_an_edit_cannot_reach_what_the_services_own(name):
    assignment = in_status(Status.SCREENING)
    with pytest.raises(ValueError, match=name):
        edit(assignment, {name: None})


def test_confirming_terms_takes_an_assignment_off_the_rescreen_list():
    assignment = in_status(
        Status.PUBLISHED,
        terms_verified_at=timezone.now() - timedelta(days=91),
        confirmed=local_today() - timedelta(days=91),
    )
    assert list(Assignment.objects.needs_action()) == [assignment]
    new = services.record_confirmation(assignment, actor=UserFactory(), **CONFIRMATION)
    # Recorded, not yet verified: the public page still shows what the terms rest on.
    assert Assignment.objects.get(pk=assignment.pk).confirmation != new
    services.confirm_terms(assignment, actor=UserFactory())
    assert not Assignment.objects.needs_action().exists()
    assert Assignment.objects.get(pk=assignment.pk).confirmation == new
    assert [event.to_status for event in ScreeningEvent.objects.all()] == [Status.PUBLISHED] * 2


def test_work_queue():
    waiting = [
        in_status(status) for status in (Status.NEW, Status.SCREENING, Status.AWAITING_CLIENT)
    ]
    fresh = in_status(Status.PUBLISHED, confirmed=local_today() - timedelta(days=90))
    stale = in_status(Status.PUBLISHED, confirmed=local_today() - timedelta(days=91))
    # Published before confirmations were recorded (old data): nothing backs the badge.
    unconfirmed = in_status(Status.PUBLISHED, confirmed=False)
    # Its terms changed after its confirmation (old data; the services never leave that).
    outdated = in_status(Status.PUBLISHED)
    Assignment.objects.filter(pk=outdated.pk).update(terms_changed_at=timezone.now())
    in_status(Status.CLOSED)
    in_status(Status.WITHDRAWN)
    rescreen = {stale, unconfirmed, outdated}
    assert set(Assignment.objects.needs_action()) == {*waiting, *rescreen}
    assert set(Assignment.objects.needs_rescreen()) == rescreen
    for assignment in rescreen:
        assignment.refresh_from_db()
        assert assignment.needs_rescreen
    assert not fresh.needs_rescreen


def test_event_text():
    assignment = in_status(Status.NEW, title="Woordvoerder")
    services.claim(assignment, actor=None)
    with translation.override("en"):
        assert str(ScreeningEvent.objects.get()) == "Woordvoerder: New → Screening"


@pytest.mark.parametrize("field", ["from_status", "to_status"])
def test_event_statuses_are_constrained_in_the_database(field):
    assignment = in_status(Status.NEW)
    values = {"from_status": Status.NEW, "to_status": Status.SCREENING, field: "lost"}
    with pytest.raises(IntegrityError), transaction.atomic():
        ScreeningEvent.objects.create(assignment=assignment, **values)
