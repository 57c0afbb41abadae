"""Background work, through django.tasks (settings.TASKS). Arguments are plain JSON values;
each task loads and claims its alert itself, so a task that runs twice sends nothing twice."""

from django.tasks import task
from django.utils.dateparse import parse_datetime

from . import digests


@task
def send_confirmation(alert_id):
    return digests.send_confirmation(alert_id)


@task
def send_digest(alert_id, now=None):
    """`now` is an ISO 8601 date and time (the moment `send_alerts` ran), or None for now."""
    return digests.send_digest(alert_id, now=parse_datetime(now) if now else None)
