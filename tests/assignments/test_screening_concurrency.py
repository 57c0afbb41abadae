"""Two transitions at the same moment, each on its own database connection: the second is
refused and nothing is half-applied. PostgreSQL makes it wait for the first's row lock and then
refuse the move that is no longer legal; SQLite, which writes one transaction at a time,
refuses the second writer outright."""

import threading
import time

import pytest
from django.core.exceptions import ValidationError
from django.db import OperationalError, connection, transaction

from assignments import services
from assignments.models import Assignment, ScreeningEvent, Status
from tests.factories import AssignmentFactory, UserFactory

pytestmark = pytest.mark.django_db(transaction=True)


def test_a_transition_waits_for_the_one_in_progress_and_then_refuses():
    assignment = AssignmentFactory(screening=True)
    stale = Assignment.objects.get(pk=assignment.pk)
    recruiter = UserFactory()
    locked = threading.Event()
    errors = []

    def withdraw_slowly():
        try:
            with transaction.atomic():
                Assignment.objects.select_for_update().get(pk=assignment.pk)
                locked.set()
                time.sleep(0.5)  # the other recruiter presses "publish" now
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
    with pytest.raises(refusal):
        services.publish(stale, actor=recruiter)
    other.join(10)

    assert errors == []
    assert Assignment.objects.get(pk=assignment.pk).status == Status.WITHDRAWN
    assert list(ScreeningEvent.objects.values_list("to_status", flat=True)) == [Status.WITHDRAWN]
