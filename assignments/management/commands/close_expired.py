"""Closes published assignments whose closing date has passed. Safe to run from cron, as
often as you like and on several machines at once: each closing goes through the close
service, which locks the row and refuses an assignment that is no longer published."""

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand

from assignments import services
from assignments.models import Assignment, Status, local_today


class Command(BaseCommand):
    help = "Close published assignments whose closing date has passed."

    def handle(self, *args, **options):
        today = local_today()
        expired = Assignment.objects.filter(
            status=Status.PUBLISHED, closing_date__lt=today
        ).order_by("closing_date", "pk")
        closed = 0
        for assignment in list(expired):
            try:
                services.close_expired(assignment)
            except ValidationError:
                # Another run or a recruiter got there first.
                continue
            closed += 1
        self.stdout.write(f"Closed {closed} expired assignment(s).")
