"""`Assignment.objects.public()`: published, and closing date empty or today or later, where
"today" is the date in Europe/Amsterdam."""

from datetime import UTC, date, datetime, timedelta
from unittest import mock

import pytest

from assignments.models import Assignment, Status, local_today
from tests.factories import AssignmentFactory

pytestmark = pytest.mark.django_db

NOT_PUBLISHED = [
    Status.NEW,
    Status.SCREENING,
    Status.AWAITING_CLIENT,
    Status.CLOSED,
    Status.WITHDRAWN,
]


@pytest.mark.parametrize(
    ("days_until_closing", "public"),
    [(None, True), (30, True), (1, True), (0, True), (-1, False), (-400, False)],
)
def test_published_assignment_by_closing_date(days_until_closing, public):
    closing = (
        None if days_until_closing is None else local_today() + timedelta(days=days_until_closing)
    )
    assignment = AssignmentFactory(closing_date=closing)
    assert (assignment in Assignment.objects.public()) is public
    assert assignment.is_public is public


@pytest.mark.parametrize("status", NOT_PUBLISHED)
@pytest.mark.parametrize("days_until_closing", [None, 10, 0])
def test_other_statuses_are_never_public(status, days_until_closing):
    closing = (
        None if days_until_closing is None else local_today() + timedelta(days=days_until_closing)
    )
    assignment = AssignmentFactory(status=status, closing_date=closing)
    assert not Assignment.objects.public().filter(pk=assignment.pk).exists()
    assert not assignment.is_public


def test_public_returns_exactly_the_public_ones():
    today = local_today()
    expected = {
        AssignmentFactory(closing_date=None).pk,
        AssignmentFactory(closing_date=today).pk,
    }
    AssignmentFactory(closing_date=today - timedelta(days=1))
    for status in NOT_PUBLISHED:
        AssignmentFactory(status=status)
    assert set(Assignment.objects.public().values_list("pk", flat=True)) == expected


@pytest.mark.parametrize(
    ("utc_now", "amsterdam_today"),
    [
        # 23:30 UTC in winter is already 00:30 the next day in Amsterdam.
        (datetime(2026, 1, 14, 23, 30, tzinfo=UTC), date(2026, 1, 15)),
        # 22:30 UTC in summer is 00:30 the next day too (UTC+2).
        (datetime(2026, 7, 14, 22, 30, tzinfo=UTC), date(2026, 7, 15)),
        (datetime(2026, 7, 14, 21, 30, tzinfo=UTC), date(2026, 7, 14)),
    ],
)
def test_today_is_the_date_in_amsterdam(utc_now, amsterdam_today, settings):
    closes_on_utc_date = AssignmentFactory(closing_date=utc_now.date())
    with mock.patch("django.utils.timezone.now", return_value=utc_now):
        assert local_today() == amsterdam_today
        public = Assignment.objects.public().filter(pk=closes_on_utc_date.pk).exists()
    assert public is (amsterdam_today == utc_now.date())


def test_for_organisation():
    mine = AssignmentFactory()
    AssignmentFactory()
    assert list(Assignment.objects.for_organisation(mine.organisation)) == [mine]
