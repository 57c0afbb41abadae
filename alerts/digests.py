"""The work the task queue does for alerts: mailing a confirmation link, and mailing one
alert's digest of new matches. Each loads and claims its alert itself, so a task that runs
twice sends nothing twice.

A digest holds the public assignments that match the alert's filters, were published since
the previous digest (less a day of grace, see `LOOKBACK`) and were never mailed to this
alert before (`AlertDelivery`); nothing is sent when that is empty."""

from datetime import timedelta

from django.db import transaction
from django.utils import timezone

from .mails import Digest, confirmation_mail, digest_mail
from .models import Alert, AlertDelivery
from .searches import filterset_for

# A digest also looks this far before the previous one: an assignment whose publication was
# stamped just before that digest ran but committed just after it would otherwise never be
# mailed. AlertDelivery keeps anything from being mailed twice.
LOOKBACK = timedelta(days=1)
# The most assignments one digest lists; the rest are behind the link to the list.
DIGEST_MAX_ITEMS = 25


def send_confirmation(alert_id):
    """Mail the confirmation link of an alert that is still unconfirmed. Returns whether a
    mail was sent."""
    alert = Alert.objects.filter(pk=alert_id, confirmed_at__isnull=True).first()
    if alert is None:
        return False
    confirmation_mail(alert).send(using="default")
    return True


def due_alert_ids(now=None, frequency=None):
    alerts = Alert.objects.due(now or timezone.now())
    if frequency:
        alerts = alerts.filter(frequency=frequency)
    return list(alerts.order_by("pk").values_list("pk", flat=True))


def new_matches(alert):
    """The public assignments matching the alert that it has not mailed yet and that were
    published since its previous digest (less LOOKBACK) and after it was confirmed."""
    since = alert.confirmed_at
    if alert.last_sent_at:
        since = max(since, alert.last_sent_at - LOOKBACK)
    return (
        filterset_for(alert.query)
        .qs.filter(published_at__gte=since)
        .exclude(pk__in=AlertDelivery.objects.filter(alert=alert).values("assignment"))
        .for_cards()
        .newest()
    )


def send_digest(alert_id, now=None):
    """Mail one alert's digest if it is due and has something new. Returns the number of new
    assignments it mailed (0: not due, locked by another run, or nothing new).

    The alert row stays locked (skipped by any other run) from the check to the commit, and the
    mail goes out before the commit: if sending fails, nothing is recorded and the next run
    tries again; if it succeeds, the deliveries and `last_sent_at` make a second run send
    nothing."""
    now = now or timezone.now()
    with transaction.atomic():
        alert = (
            Alert.objects.select_for_update(skip_locked=True)
            .due(now)
            .filter(pk=alert_id)
            .order_by()
            .first()
        )
        if alert is None:
            return 0
        matches = list(new_matches(alert))
        if not matches:
            return 0
        AlertDelivery.objects.bulk_create(
            [AlertDelivery(alert=alert, assignment=item, sent_at=now) for item in matches]
        )
        alert.last_sent_at = now
        alert.save(update_fields=["last_sent_at"])
        digest_mail(Digest(alert, matches[:DIGEST_MAX_ITEMS], len(matches))).send(using="default")
    return len(matches)
