"""Background work, through django.tasks (settings.TASKS). Arguments are plain JSON values;
each task loads and claims its alert itself, so a task that runs twice sends nothing twice.
On a queue, a task whose mail could not be sent is tried again later (core.tasks)."""

from django.tasks import task
from django.utils.dateparse import parse_datetime

from core.tasks import retry_on_failure

from . import digests


@task
def send_confirmation(alert_id, attempt=1):
    with retry_on_failure(send_confirmation, alert_id, attempt=attempt):
        return digests.send_confirmation(alert_id)


@task
def send_digest(alert_id, now=None, attempt=1):
    """`now` is an ISO 8601 date and time (the moment `send_alerts` ran), or None for now."""
    # A retry runs as of its own time, not of the run that first enqueued it.
    with retry_on_failure(send_digest, alert_id, None, attempt=attempt):
        return digests.send_digest(alert_id, now=parse_datetime(now) if now else None)
