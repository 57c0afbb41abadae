"""Deletes responses (rows and CV files) whose retention has ended. Safe to run from cron, twice
or on several machines at once (see services.purge)."""

from django.core.management.base import BaseCommand

from responses import services


class Command(BaseCommand):
    help = "Delete responses and their CVs past their retention date (retain_until)."

    def handle(self, *args, **options):
        result = services.purge()
        self.stdout.write(
            f"Deleted {result.deleted} response(s) with their CV; "
            f"{result.settled} got a retention date because their assignment ended."
        )
