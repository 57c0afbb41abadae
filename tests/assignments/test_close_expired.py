from datetime import timedelta
from io import StringIO

import pytest
from django.core.management import call_command
from django.utils import timezone, translation

from assignments.models import Assignment, ScreeningEvent, Status, local_today
from tests.factories import AssignmentFactory

pytestmark = pytest.mark.django_db


def close_expired():
    out = StringIO()
    call_command("close_expired", stdout=out)
    return out.getvalue()


def test_closes_only_published_assignments_past_their_closing_date():
    today = local_today()
    expired = AssignmentFactory(closing_date=today - timedelta(days=1))
    long_expired = AssignmentFactory(closing_date=today - timedelta(days=40))
    closes_today = AssignmentFactory(closing_date=today)
    open_ended = AssignmentFactory(closing_date=None)
    screening = AssignmentFactory(
        status=Status.SCREENING,
        published_at=None,
        terms_verified_at=None,
        closing_date=today - timedelta(days=3),
    )

    assert "Closed 2 expired assignment(s)." in close_expired()

    status = dict(Assignment.objects.values_list("pk", "status"))
    assert status[expired.pk] == status[long_expired.pk] == Status.CLOSED
    assert status[closes_today.pk] == status[open_ended.pk] == Status.PUBLISHED
    assert status[screening.pk] == Status.SCREENING
    events = ScreeningEvent.objects.order_by("assignment_id")
    assert [(e.assignment_id, e.from_status, e.to_status) for e in events] == sorted(
        (a.pk, Status.PUBLISHED, Status.CLOSED) for a in (expired, long_expired)
    )
    assert all(event.actor is None for event in events)
    # Said in the reader's language: kept as data, not as text.
    assert all(event.details["closing_date_passed"] for event in events)
    with translation.override("nl"):
        assert all("sluitingsdatum" in event.text() for event in events)
    with translation.override("en"):
        assert all("closing date" in event.text() for event in events)


def test_second_run_closes_nothing():
    AssignmentFactory(closing_date=local_today() - timedelta(days=1))
    assert "Closed 1 " in close_expired()
    assert "Closed 0 " in close_expired()
    assert ScreeningEvent.objects.count() == 1


def test_today_is_amsterdam_today(settings, monkeypatch):
    """Late in the evening UTC it is already tomorrow in Amsterdam."""
    assignment = AssignmentFactory()
    late = timezone.datetime(2027, 3, 1, 23, 30, tzinfo=timezone.UTC)
    Assignment.objects.filter(pk=assignment.pk).update(
        closing_date=late.date(), start_date=late.date() + timedelta(days=7)
    )
    monkeypatch.setattr(timezone, "now", lambda: late)
    assert "Closed 1 " in close_expired()
