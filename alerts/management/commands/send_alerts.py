"""Mails the digests of the e-mail alerts that are due. Safe to run from cron and to run twice
or at the same time: each alert is claimed in the database before it is mailed."""

from django.core.management.base import BaseCommand, CommandError
from django.tasks import TaskResultStatus
from django.utils import timezone

from alerts.digests import due_alert_ids
from alerts.models import Frequency
from alerts.services import purge
from alerts.tasks import send_digest


def positive_int(value):
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise CommandError(f"--limit must be a whole number of at least 1, not {value!r}.")
    return number


class Command(BaseCommand):
    help = (
        "Mail the digests of the e-mail alerts that are due (daily alerts once a day, weekly "
        "ones once a week; nothing when there is nothing new) and remove unconfirmed alerts "
        "whose link has expired."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--frequency",
            choices=Frequency.values,
            help="Only alerts of this frequency.",
        )
        parser.add_argument(
            "--limit", type=positive_int, help="At most this many alerts in this run."
        )
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Say how many alerts are due; send and remove nothing.",
        )

    def handle(self, *args, frequency=None, limit=None, dry_run=False, **options):
        now = timezone.now()
        due = due_alert_ids(now, frequency=frequency)[:limit]
        if dry_run:
            self.stdout.write(f"{len(due)} alert(s) due; nothing sent (dry run).")
            return
        removed = purge(now)
        sent = mailed = queued = 0
        failed = []
        for alert_id in due:
            result = send_digest.enqueue(alert_id, now.isoformat())
            if result.status == TaskResultStatus.SUCCESSFUL:
                sent += bool(result.return_value)
                mailed += result.return_value
            elif result.status == TaskResultStatus.FAILED:
                failed.append(alert_id)
                self.stderr.write(f"Alert {alert_id}: {result.errors[-1].traceback}")
            else:
                queued += 1
        summary = (
            f"{len(due)} alert(s) due: {sent} digest(s) sent with {mailed} assignment(s), "
            f"{len(due) - sent - queued - len(failed)} with nothing new"
        )
        if queued:
            summary += f", {queued} queued"
        self.stdout.write(f"{summary}. Removed {removed} unconfirmed alert(s).")
        if failed:
            raise CommandError(
                f"{len(failed)} digest(s) failed and will be tried again on the next run: "
                f"alerts {', '.join(map(str, failed))}."
            )
