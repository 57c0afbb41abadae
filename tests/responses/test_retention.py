"""Retention: retain_until by the rules of DESIGN.md (and of the privacy page), and
purge_responses deleting rows and files once it has passed, with time travel."""

from datetime import UTC, datetime, timedelta
from io import StringIO

import pytest
import time_machine
from django.core.management import call_command
from django.utils import timezone

from assignments import services as screening
from assignments.models import ScreeningEvent
from assignments.models import Status as AssignmentStatus
from responses import services
from responses.models import (
    KEEP_FOR_OTHER_ASSIGNMENTS,
    RETAIN_AFTER_END,
    Response,
    ResponseAccess,
    retention_end,
)
from tests.factories import AssignmentFactory
from tests.responses.conftest import stored_files

pytestmark = pytest.mark.django_db

# In UTC: four weeks are 28 × 24 hours, also across the change to summer time.
SENT = datetime(2027, 3, 1, 9, 0, tzinfo=UTC)


@pytest.fixture
def assignment():
    """Open until filled: the tests travel to 2027 and beyond."""
    return AssignmentFactory(title="Woordvoerder Waterschap", closing_date=None)


def purge():
    out = StringIO()
    call_command("purge_responses", stdout=out)
    return out.getvalue()


def test_the_rules():
    week = timedelta(weeks=1)
    assert 4 * week == RETAIN_AFTER_END and timedelta(days=365) == KEEP_FOR_OTHER_ASSIGNMENTS
    # Nothing ended yet: no date.
    assert retention_end(sent_at=SENT, keep=False) is None
    assert retention_end(sent_at=SENT, keep=True) is None
    # Four weeks after the first end.
    closed, declined = SENT + week, SENT + 2 * week
    assert retention_end(sent_at=SENT, keep=False, assignment_ended_at=closed) == closed + 4 * week
    assert (
        retention_end(
            sent_at=SENT, keep=False, assignment_ended_at=closed, response_ended_at=declined
        )
        == closed + 4 * week
    )
    assert (
        retention_end(sent_at=SENT, keep=False, response_ended_at=declined) == declined + 4 * week
    )
    # With the second consent: a year after sending, or the four weeks if those end later.
    assert retention_end(sent_at=SENT, keep=True, assignment_ended_at=closed) == SENT + timedelta(
        days=365
    )
    late = SENT + timedelta(days=400)
    assert retention_end(sent_at=SENT, keep=True, assignment_ended_at=late) == late + 4 * week


def test_a_response_is_purged_four_weeks_after_its_assignment_closed(
    respond, assignment, cv_storage
):
    with time_machine.travel(SENT, tick=False):
        respond()
    response = Response.objects.get()
    assert response.retain_until is None
    closed_at = SENT + timedelta(days=10)
    with time_machine.travel(closed_at, tick=False):
        screening.close(assignment, actor=None)
    # The cron run the hour after dates it from the closing event, and keeps it.
    with time_machine.travel(closed_at + timedelta(hours=1), tick=False):
        assert (
            purge() == "Deleted 0 response(s) with their CV; 1 got a retention date because their "
            "assignment ended.\n"
        )
    response.refresh_from_db()
    assert response.retain_until == closed_at + RETAIN_AFTER_END
    assert cv_storage.exists(response.cv.name)
    with time_machine.travel(closed_at + RETAIN_AFTER_END - timedelta(minutes=1), tick=False):
        assert purge().startswith("Deleted 0 response(s)")
    with time_machine.travel(closed_at + RETAIN_AFTER_END + timedelta(minutes=1), tick=False):
        assert purge().startswith("Deleted 1 response(s)")
        # Run again: nothing left to do.
        assert purge().startswith("Deleted 0 response(s)")
    assert not Response.objects.exists()
    assert not cv_storage.exists(response.cv.name)
    assert stored_files(cv_storage) == []


def test_a_late_run_deletes_at_once_what_is_long_overdue(respond, assignment, cv_storage):
    """The four weeks run from the closing event, not from when the cron noticed it."""
    with time_machine.travel(SENT, tick=False):
        respond()
        screening.withdraw(assignment, actor=None)
    with time_machine.travel(SENT + timedelta(days=40), tick=False):
        assert purge().startswith("Deleted 1 response(s) with their CV; 1 got")
    assert stored_files(cv_storage) == []


def test_an_assignment_closed_without_history_counts_from_its_last_change(respond, assignment):
    with time_machine.travel(SENT, tick=False):
        respond()
        # An import wrote the state directly (seed_demo's generated assignments do so).
        type(assignment).objects.filter(pk=assignment.pk).update(
            status=AssignmentStatus.CLOSED, updated_at=timezone.now()
        )
    assert not ScreeningEvent.objects.exists()
    services.settle_retention()
    assert Response.objects.get().retain_until == SENT + RETAIN_AFTER_END


def test_a_declined_response_goes_four_weeks_after_declining(respond, cv_storage):
    with time_machine.travel(SENT, tick=False):
        respond()
    response = Response.objects.get()
    with time_machine.travel(SENT + timedelta(days=3), tick=False):
        services.move(response, "decline", actor=None)
    response.refresh_from_db()
    assert response.retain_until == SENT + timedelta(days=3) + RETAIN_AFTER_END
    with time_machine.travel(response.retain_until + timedelta(seconds=1), tick=False):
        assert purge().startswith("Deleted 1 response(s)")
    assert stored_files(cv_storage) == []


def test_with_the_second_consent_a_response_is_kept_a_year(respond, assignment, cv_storage):
    with time_machine.travel(SENT, tick=False):
        respond(keep_for_other_assignments="on")
        services.move(Response.objects.get(), "decline", actor=None)
    response = Response.objects.get()
    assert response.retain_until == SENT + timedelta(days=365)
    with time_machine.travel(SENT + timedelta(days=300), tick=False):
        screening.close(assignment, actor=None)
        assert purge().startswith("Deleted 0 response(s)")
    with time_machine.travel(SENT + timedelta(days=365, seconds=1), tick=False):
        assert purge().startswith("Deleted 1 response(s)")
    assert stored_files(cv_storage) == []


def test_retain_until_only_moves_earlier(respond, assignment):
    """A later event never keeps a response longer than what was stated."""
    with time_machine.travel(SENT, tick=False):
        respond()
        screening.close(assignment, actor=None)
    services.settle_retention()
    response = Response.objects.get()
    assert response.retain_until == SENT + RETAIN_AFTER_END
    with time_machine.travel(SENT + timedelta(days=20), tick=False):
        services.move(response, "decline", actor=None)
    response.refresh_from_db()
    assert response.retain_until == SENT + RETAIN_AFTER_END


def test_purge_keeps_what_is_still_open_and_the_access_log(respond, cv_storage):
    with time_machine.travel(SENT, tick=False):
        respond()
        respond(target=AssignmentFactory(closing_date=None), email="ander@example.nl")
    declined = Response.objects.get(email="ander@example.nl")
    services.record_access(None, [declined], "view")
    services.move(declined, "decline", actor=None)
    with time_machine.travel(timezone.now() + timedelta(weeks=5), tick=False):
        result = services.purge()
    assert (result.deleted, result.settled) == (1, 0)
    assert list(Response.objects.values_list("email", flat=True)) == ["fenna.testers@example.nl"]
    assert len(stored_files(cv_storage)) == 1
    # The log keeps who looked, without the response.
    assert ResponseAccess.objects.get().response is None


def test_a_file_that_cannot_be_deleted_keeps_its_row_for_the_next_run(
    respond, cv_storage, monkeypatch
):
    respond()
    response = Response.objects.get()
    services.move(response, "decline", actor=None)

    def broken(name):
        raise OSError("storage unavailable")

    working = cv_storage.delete
    monkeypatch.setattr(cv_storage, "delete", broken)
    later = timezone.now() + timedelta(weeks=5)
    with pytest.raises(OSError):
        services.purge(now=later)
    assert Response.objects.exists()
    assert cv_storage.exists(response.cv.name)
    # (Not monkeypatch.undo(): that would also undo the fixtures' own patches, the storage's
    # folder among them.)
    monkeypatch.setattr(cv_storage, "delete", working)
    # The next run finds the row and deletes both.
    assert services.purge(now=later).deleted == 1
    assert not Response.objects.exists()
    assert stored_files(cv_storage) == []
