"""'Verified' means the client confirmed it: publishing and confirming the terms need a client
confirmation recorded after the terms last changed; copying the organisation's defaults is
never one; an edit of published terms records the client's confirmation in the same step; the
date rule (closing on or before the start) holds in forms and in the database."""

from datetime import date, timedelta

import pytest
from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone, translation

from assignments import services
from assignments.models import Assignment, ClientConfirmation, ScreeningEvent, Status, local_today
from tests.factories import (
    AssignmentFactory,
    ClientConfirmationFactory,
    OrganisationFactory,
    UserFactory,
)
from tests.factories import assignment_in_status as in_status

pytestmark = pytest.mark.django_db

CONFIRMATION = {
    "confirmed_on": local_today(),
    "channel": "email",
    "client_contact": "Marieke Jansen, hoofd communicatie",
}


def reasons(error):
    """The codes of a refusal's reasons (above the fields and on them)."""
    if hasattr(error, "error_dict"):
        return {item.code for items in error.error_dict.values() for item in items}
    return {error.code}


def row(assignment):
    return Assignment.objects.filter(pk=assignment.pk).values().get()


def publish_refused(assignment):
    before = row(assignment)
    with pytest.raises(ValidationError) as error:
        services.publish(assignment, actor=UserFactory())
    assert row(assignment) == before
    assert not ScreeningEvent.objects.filter(to_status=Status.PUBLISHED).exists()
    return error.value


def save_edit(assignment, **changes):
    """A recruiter's save of the change form as loaded: update_assignment with its version."""
    return services.update_assignment(
        assignment, actor=UserFactory(), loaded_version=assignment.version, **changes
    )


def edit_refused(assignment, **changes):
    """An edit that is refused: nothing of it is saved. The codes of its reasons."""
    before = row(assignment)
    with pytest.raises(ValidationError) as error:
        save_edit(assignment, **changes)
    assert row(assignment) == before
    return reasons(error.value)


# Publishing ---------------------------------------------------------------------------


def test_publish_without_a_confirmation_is_refused_with_the_reason():
    assignment = in_status(Status.SCREENING, confirmed=False)
    error = publish_refused(assignment)
    assert reasons(error) == {"no_confirmation"}
    with translation.override("nl"):
        assert "geen bevestiging van de opdrachtgever" in " ".join(error.messages)


def test_publish_with_a_confirmation_older_than_the_last_change_is_refused():
    assignment = in_status(Status.SCREENING, confirmed=False)
    ClientConfirmationFactory(assignment=assignment, recorded_at=timezone.now())
    save_edit(
        assignment,
        data={"home_days_max": 2, "home_days_min": 1},
    )
    error = publish_refused(assignment)
    assert reasons(error) == {"confirmation_outdated"}
    with translation.override("en"):
        assert "Ask the client to confirm the terms as they are now" in error.messages[0]


def test_publish_with_a_confirmation_dated_in_the_future_is_refused():
    assignment = in_status(Status.SCREENING, confirmed=False)
    ClientConfirmationFactory(assignment=assignment, confirmed_on=local_today() + timedelta(1))
    assert reasons(publish_refused(assignment)) == {"confirmation_in_future"}


def test_publish_with_a_stale_confirmation_is_refused():
    assignment = in_status(Status.SCREENING, confirmed=False)
    ClientConfirmationFactory(assignment=assignment, confirmed_on=local_today() - timedelta(91))
    assert reasons(publish_refused(assignment)) == {"confirmation_stale"}


def test_publish_names_every_reason_at_once_and_marks_the_fields():
    assignment = in_status(Status.SCREENING, confirmed=False, abroad="", crisis_presence="")
    error = publish_refused(assignment)
    assert reasons(error) == {"terms_incomplete", "no_confirmation", "needed_to_publish"}
    assert set(error.error_dict) == {NON_FIELD_ERRORS, "abroad", "crisis_presence"}


def test_the_two_click_publish_is_impossible():
    """Claim (which copies the organisation's defaults) and publish: refused, because nobody
    asked the client. Even a confirmation recorded before the copy does not count."""
    assignment = AssignmentFactory(unscreened=True, organisation=OrganisationFactory())
    ClientConfirmationFactory(assignment=assignment, recorded_at=timezone.now())
    recruiter = UserFactory()
    services.claim(assignment, actor=recruiter)
    assignment.refresh_from_db()
    assert assignment.terms_complete
    error = publish_refused(assignment)
    assert reasons(error) == {"confirmation_outdated"}

    # With the client's confirmation of the terms as they are now, it can be published.
    confirmation = services.record_confirmation(assignment, actor=recruiter, **CONFIRMATION)
    services.publish(assignment, actor=recruiter)
    assignment.refresh_from_db()
    assert assignment.status == Status.PUBLISHED
    assert assignment.confirmation == assignment.current_confirmation == confirmation


def test_copying_defaults_after_a_confirmation_makes_it_outdated():
    assignment = AssignmentFactory(unscreened=True, status=Status.SCREENING, home_days_max=3)
    services.record_confirmation(assignment, actor=UserFactory(), **CONFIRMATION)
    assert services.confirmation_problem(assignment) is None
    assert services.prefill_terms(assignment, actor=UserFactory())
    assignment.refresh_from_db()
    assert services.confirmation_problem(assignment).code == "confirmation_outdated"


# Confirming the terms (re-screening) --------------------------------------------------


def test_confirm_terms_without_a_new_confirmation_is_refused():
    assignment = in_status(Status.SCREENING)
    services.publish(assignment, actor=UserFactory())
    before = row(assignment)
    with pytest.raises(ValidationError) as error:
        services.confirm_terms(assignment, actor=UserFactory())
    assert error.value.code == "no_new_confirmation"
    assert row(assignment) == before
    assert ScreeningEvent.objects.count() == 1


def test_confirm_terms_on_a_new_confirmation_renews_the_badge():
    assignment = in_status(
        Status.PUBLISHED,
        terms_verified_at=timezone.now() - timedelta(days=100),
        confirmed=local_today() - timedelta(days=100),
    )
    assert assignment.current_confirmation.is_stale
    new = services.record_confirmation(assignment, actor=UserFactory(), **CONFIRMATION)
    verifier = UserFactory()
    services.confirm_terms(assignment, actor=verifier)
    assignment = Assignment.objects.select_related("confirmation").get(pk=assignment.pk)
    assert assignment.current_confirmation == new
    assert not assignment.needs_rescreen
    assert assignment.terms_verified_by == verifier
    event = ScreeningEvent.objects.last()
    assert event.details == {"verified_on": new.as_details()}


# Recording confirmations --------------------------------------------------------------


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"confirmed_on": date.today() + timedelta(days=2)}, "confirmed_on"),
        ({"channel": "carrier_pigeon"}, "channel"),
        ({"client_contact": ""}, "client_contact"),
        ({"confirmed_on": None}, "confirmed_on"),
    ],
)
def test_a_bad_confirmation_is_refused_on_its_field(changes, field):
    assignment = in_status(Status.SCREENING, confirmed=False)
    with pytest.raises(ValidationError) as error:
        services.record_confirmation(assignment, actor=UserFactory(), **{**CONFIRMATION, **changes})
    assert field in error.value.message_dict
    assert not ClientConfirmation.objects.exists()
    assert not ScreeningEvent.objects.exists()


def test_confirmations_are_kept_as_history():
    assignment = in_status(Status.SCREENING, confirmed=False)
    recruiter = UserFactory()
    first = services.record_confirmation(
        assignment,
        actor=recruiter,
        confirmed_on=local_today() - timedelta(days=3),
        channel="tender_documents",
        client_contact="Petra de Boer, inkoopadviseur",
    )
    second = services.record_confirmation(assignment, actor=recruiter, **CONFIRMATION)
    assert list(assignment.confirmations.all()) == [second, first]
    assert first.recorded_by == recruiter
    events = ScreeningEvent.objects.all()
    assert [event.details["confirmation"]["channel"] for event in events] == [
        "tender_documents",
        "email",
    ]
    # The history keeps no name: that stays with the confirmation itself.
    assert "Petra" not in str(events[0].details)


# Edits of published terms -----------------------------------------------------------------


def test_editing_published_terms_without_the_clients_confirmation_is_refused():
    assignment = in_status(Status.PUBLISHED, home_days_max=3)
    assert edit_refused(
        assignment, data={"home_days_max": 4, "title": "Anders"}, may_verify=True
    ) == {"confirmation_required"}
    assert ClientConfirmation.objects.count() == 1  # the factory's, nothing new
    assert not ScreeningEvent.objects.exists()


def test_a_confirmation_recorded_without_the_right_to_verify_waits_for_a_colleague():
    assignment = in_status(Status.PUBLISHED)
    verified = assignment.confirmation
    edit = save_edit(
        assignment,
        data={"title": "Nieuwe titel"},
        may_verify=False,
        confirmation=CONFIRMATION,
    )
    assert edit.confirmation is not None and not edit.verified
    assignment.refresh_from_db()
    assert assignment.confirmation == verified
    # A colleague who may publish confirms the terms on it.
    services.confirm_terms(assignment, actor=UserFactory())
    assignment.refresh_from_db()
    assert assignment.confirmation == edit.confirmation


def test_a_confirmation_recorded_by_a_verifier_on_a_published_assignment_verifies_it():
    assignment = in_status(Status.PUBLISHED, confirmed=local_today() - timedelta(days=95))
    assert assignment.needs_rescreen
    edit = save_edit(
        assignment,
        data={},
        may_verify=True,
        confirmation=CONFIRMATION,
    )
    assert edit.verified
    assignment = Assignment.objects.select_related("confirmation").get(pk=assignment.pk)
    assert assignment.current_confirmation == edit.confirmation
    assert not assignment.needs_rescreen


def test_a_stale_confirmation_cannot_verify_a_published_assignment():
    """Recorded in the change form of a published assignment, a confirmation verifies its
    terms: one from more than 90 days ago is refused there, as publishing refuses it."""
    assignment = in_status(Status.PUBLISHED)
    stale = {**CONFIRMATION, "confirmed_on": local_today() - timedelta(days=120)}
    assert edit_refused(
        assignment, data={"title": "Nieuwe titel"}, may_verify=True, confirmation=stale
    ) == {"confirmation_stale"}
    assert assignment.confirmations.count() == 1


def test_a_stale_confirmation_recorded_without_the_right_to_verify_is_kept_as_history():
    """Without the right to publish, a confirmation recorded on a published assignment
    verifies nothing: it is recorded, as in screening, however old, and the badge stays. A
    colleague who may publish cannot verify the terms on it either: it is too old."""
    assignment = in_status(Status.PUBLISHED)
    badge = assignment.confirmation
    stale = {**CONFIRMATION, "confirmed_on": local_today() - timedelta(days=120)}
    edit = save_edit(
        assignment,
        data={"title": "Nieuwe titel"},
        confirmation=stale,
    )
    assert not edit.verified
    assert edit.confirmation.confirmed_on == stale["confirmed_on"]
    assignment.refresh_from_db()
    assert assignment.confirmation == badge
    assert assignment.confirmations.count() == 2
    with pytest.raises(ValidationError) as refused:
        services.confirm_terms(assignment, actor=UserFactory())
    assert reasons(refused.value) == {"confirmation_stale"}
    assignment.refresh_from_db()
    assert assignment.confirmation == badge


# Save and take a step in one call ---------------------------------------------------------


def test_an_edit_and_a_step_happen_together():
    assignment = in_status(Status.SCREENING, confirmed=False, city="Utrecht")
    edit = save_edit(
        assignment,
        data={"city": "Amersfoort"},
        may_verify=True,
        confirmation=CONFIRMATION,
        step="publish",
        step_note="Klant akkoord per mail.",
    )
    assert edit.changed == ("city",)
    assignment.refresh_from_db()
    assert (assignment.status, assignment.city) == (Status.PUBLISHED, "Amersfoort")
    assert assignment.confirmation == edit.confirmation
    assert ScreeningEvent.objects.last().note == "Klant akkoord per mail."


def test_a_refused_step_saves_nothing_of_the_edit():
    assignment = in_status(Status.SCREENING, confirmed=False, city="Utrecht")
    assert edit_refused(assignment, data={"city": "Amersfoort"}, step="publish") == {
        "no_confirmation"
    }
    assert not ScreeningEvent.objects.exists()


def test_confirm_terms_with_a_new_confirmation_in_the_same_save_is_one_verification():
    assignment = in_status(Status.PUBLISHED, confirmed=local_today() - timedelta(days=95))
    edit = save_edit(
        assignment,
        data={},
        may_verify=True,
        confirmation=CONFIRMATION,
        step="confirm_terms",
    )
    assert edit.verified
    assert ScreeningEvent.objects.count() == 1
    assert not Assignment.objects.get(pk=assignment.pk).needs_rescreen


def test_an_unknown_step_is_a_programming_error():
    assignment = in_status(Status.SCREENING)
    with pytest.raises(ValueError, match="explode"):
        services.update_assignment(
            assignment, actor=None, data={}, loaded_version=assignment.version, step="explode"
        )


# Dates that make sense -----------------------------------------------------------------


def test_closing_after_the_start_is_a_form_error_on_the_field():
    assignment = AssignmentFactory.build(
        start_date=date(2027, 3, 1), closing_date=date(2027, 3, 2), end_date=None
    )
    with pytest.raises(ValidationError) as error:
        assignment.clean()
    assert list(error.value.message_dict) == ["closing_date"]
    assignment.closing_date = assignment.start_date
    assignment.clean()


@pytest.mark.parametrize(
    ("closing", "start", "end", "allowed"),
    [
        (date(2027, 3, 2), date(2027, 3, 1), None, False),
        (date(2027, 3, 1), date(2027, 3, 1), date(2027, 3, 1), True),
        (None, date(2027, 3, 1), None, True),
        (date(2027, 2, 1), date(2027, 3, 1), date(2027, 2, 28), False),
    ],
)
def test_the_date_rule_is_a_database_constraint(closing, start, end, allowed):
    """closing_date ≤ start_date ≤ end_date (where set), on SQLite and PostgreSQL alike."""
    assignment = AssignmentFactory()
    update = Assignment.objects.filter(pk=assignment.pk)
    if allowed:
        update.update(closing_date=closing, start_date=start, end_date=end)
        return
    with pytest.raises(IntegrityError) as error, transaction.atomic():
        update.update(closing_date=closing, start_date=start, end_date=end)
    name = "closing_on_or_before_start" if closing and closing > start else "end_after_start"
    assert name in str(error.value)


@pytest.mark.slow
@pytest.mark.django_db(transaction=True)
def test_the_migration_moves_late_closing_dates_to_the_start_and_says_so(migrator):
    old = migrator.apply_initial_migration(("assignments", "0010_client_confirmations"))
    organisation = old.apps.get_model("organisations", "Organisation").objects.create(
        name="Gemeente Zwolle",
        slug="gemeente-zwolle",
        kind="municipality",
        province="overijssel",
        city="Zwolle",
    )
    model = old.apps.get_model("assignments", "Assignment")
    common = {
        "organisation": organisation,
        "role": "press",
        "description": "Pers.",
        "hours_min": 24,
        "hours_max": 32,
        "city": "Zwolle",
        "status": "screening",
    }
    late = model.objects.create(
        title="Te laat",
        slug="te-laat",
        start_date=date(2027, 3, 1),
        closing_date=date(2027, 3, 15),
        **common,
    )
    fine = model.objects.create(
        title="Op tijd",
        slug="op-tijd",
        start_date=date(2027, 3, 1),
        closing_date=date(2027, 2, 15),
        **common,
    )
    old.apps.get_model("core", "PublicDataVersion").objects.update_or_create(
        pk=1, defaults={"value": 7}
    )

    new = migrator.apply_tested_migration(("assignments", "0012_closing_on_or_before_start"))
    model = new.apps.get_model("assignments", "Assignment")
    moved = model.objects.get(pk=late.pk)
    assert moved.closing_date == moved.start_date == date(2027, 3, 1)
    assert moved.version == late.version + 1
    assert model.objects.get(pk=fine.pk).closing_date == date(2027, 2, 15)
    (event,) = new.apps.get_model("assignments", "ScreeningEvent").objects.all()
    assert event.assignment_id == late.pk
    assert event.actor_id is None
    assert event.details == {
        "changes": [["closing_date", "2027-03-15", "2027-03-01"]],
        "date_rule": True,
    }
    assert new.apps.get_model("core", "PublicDataVersion").objects.get(pk=1).value == 8
    # The constraint is there now.
    with pytest.raises(IntegrityError), transaction.atomic():
        model.objects.filter(pk=fine.pk).update(closing_date=date(2027, 3, 2))
    migrator.reset()
