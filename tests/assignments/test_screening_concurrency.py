"""Two transitions (or two edits) at the same moment, each on its own database connection: the
second is refused and nothing is half-applied. PostgreSQL makes it wait for the first's row lock
and then refuse the move that is no longer legal (the edit of a version that is no longer
current); SQLite, which writes one transaction at a time, refuses the second writer outright."""

import threading
import time

import pytest
from django.core.exceptions import ValidationError
from django.db import OperationalError, connection, transaction

from assignments import services
from assignments.models import Assignment, ScreeningEvent, Status
from tests.factories import AssignmentFactory, UserFactory

pytestmark = pytest.mark.django_db(transaction=True)


def hold(tried):
    """Keeps the first writer's transaction open while the second tries. SQLite refuses the
    second at once, so the first waits until it has; PostgreSQL makes the second wait for the
    first's lock, so the first holds on until the second is seen waiting for it."""
    if connection.vendor == "sqlite":
        assert tried.wait(10)
        return
    waiting = (
        "SELECT count(*) FROM pg_stat_activity"
        " WHERE datname = current_database() AND wait_event_type = 'Lock'"
    )
    deadline = time.monotonic() + 10
    with connection.cursor() as cursor:
        while time.monotonic() < deadline:
            cursor.execute(waiting)
            if cursor.fetchone()[0]:
                return
            time.sleep(0.01)
    raise AssertionError("The second writer never waited for the first.")


def test_a_transition_waits_for_the_one_in_progress_and_then_refuses():
    assignment = AssignmentFactory(screening=True)
    stale = Assignment.objects.get(pk=assignment.pk)
    recruiter = UserFactory()
    locked, tried = threading.Event(), threading.Event()
    errors = []

    def withdraw_slowly():
        try:
            with transaction.atomic():
                Assignment.objects.select_for_update().get(pk=assignment.pk)
                locked.set()
                hold(tried)  # the other recruiter presses "publish" now
                services.withdraw(assignment, actor=recruiter, note="Klant trekt in.")
        except Exception as error:  # reported by the main thread
            errors.append(error)
            locked.set()
        finally:
            connection.close()

    other = threading.Thread(target=withdraw_slowly)
    other.start()
    assert locked.wait(10)
    refusal = ValidationError if connection.vendor == "postgresql" else OperationalError
    try:
        with pytest.raises(refusal):
            services.publish(stale, actor=recruiter)
    finally:
        tried.set()
        other.join(10)

    assert errors == []
    assert Assignment.objects.get(pk=assignment.pk).status == Status.WITHDRAWN
    assert list(ScreeningEvent.objects.values_list("to_status", flat=True)) == [Status.WITHDRAWN]


def test_an_edit_waits_for_the_one_in_progress_and_then_refuses():
    """Two recruiters save the same page at once: the second save is refused, not merged."""
    assignment = AssignmentFactory(screening=True, city="Utrecht")
    loaded = assignment.version
    stale = Assignment.objects.get(pk=assignment.pk)
    saved, tried = threading.Event(), threading.Event()
    errors = []

    def save_slowly():
        try:
            with transaction.atomic():
                services.update_assignment(
                    assignment,
                    actor=UserFactory(),
                    data={"city": "Lelystad"},
                    loaded_version=loaded,
                )
                saved.set()
                hold(tried)  # the other recruiter presses "save" now
        except Exception as error:  # reported by the main thread
            errors.append(error)
            saved.set()
        finally:
            connection.close()

    other = threading.Thread(target=save_slowly)
    other.start()
    assert saved.wait(10)
    refusal = ValidationError if connection.vendor == "postgresql" else OperationalError
    try:
        with pytest.raises(refusal) as error:
            services.update_assignment(
                stale, actor=UserFactory(), data={"title": "Anders"}, loaded_version=loaded
            )
    finally:
        tried.set()
        other.join(10)
    if refusal is ValidationError:
        assert error.value.code == "stale_version"

    assert errors == []
    fresh = Assignment.objects.get(pk=assignment.pk)
    assert (fresh.city, fresh.version) == ("Lelystad", loaded + 1)
    assert fresh.title != "Anders"
