"""E-mail alerts: sign-up with double opt-in, confirmation, unsubscribing and clean-up.

The only code that changes an `Alert` (besides the digests it mails, see `digests`). Views,
the `send_alerts` command and the tasks call it.

Life-cycle: `sign_up` stores an unconfirmed alert and the task mails a confirmation link; only
`confirm` (a POST from the page behind that link) makes the alert receive digests."""

from datetime import timedelta

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.email_addresses import mailbox, normalise_email
from core.ratelimit import hold_advisory_locks
from core.tasks import enqueued

from .links import CONFIRM_MAX_AGE
from .models import Alert, AlertSignup
from .tasks import send_confirmation

# Sign-ups per e-mail address and per client (IP address, IPv6 by /64) in a window.
SIGNUPS_PER_ADDRESS = (3, timedelta(hours=24))
SIGNUPS_PER_CLIENT = (10, timedelta(hours=1))

# Advisory-lock namespaces (the first key of PostgreSQL's two-key advisory locks), so an
# address and a client whose hashes happen to be equal never wait for each other.
ADDRESS_LOCK, CLIENT_LOCK = 7301, 7302


class SignupRefused(Exception):
    """A sign-up that stored no alert; `message` says why, for the visitor."""

    def __init__(self, message):
        super().__init__(message)
        self.message = message


class RateLimited(SignupRefused):
    pass


class SendFailed(SignupRefused):
    """The confirmation mail could not be sent; nothing of the sign-up was kept."""


def sign_up(*, email, query, frequency, language, client, now=None):
    """Store an unconfirmed alert and mail its confirmation link.

    Raises RateLimited (and stores nothing but the refused attempt, sends nothing) when the
    address had too many accepted sign-ups or the client made too many attempts. Refused
    attempts count against the client only: otherwise anyone could lock any address out.

    Raises SendFailed when the confirmation mail could not be sent; then neither the alert
    nor the attempt is kept, so the visitor can simply try again.

    Must not run inside a transaction (the view does not): the task is enqueued once the
    sign-up is committed, so a queue worker always finds the alert.

    The address is normalised (ValidationError when it cannot be used): the alert stores and
    mails that spelling. The limit per address counts its mailbox (sub-addresses together),
    which is what the attempts store."""
    now = now or timezone.now()
    email = normalise_email(email)
    counted = mailbox(email)
    limit, window = SIGNUPS_PER_ADDRESS
    client_limit, client_window = SIGNUPS_PER_CLIENT
    # Durable: the block is the outermost transaction, so its end is the commit.
    with transaction.atomic(durable=True):
        hold_advisory_locks((ADDRESS_LOCK, counted), (CLIENT_LOCK, client))
        address_full = (
            AlertSignup.objects.filter(
                email=counted, accepted=True, created_at__gt=now - window
            ).count()
            >= limit
        )
        client_full = (
            AlertSignup.objects.filter(client=client, created_at__gt=now - client_window).count()
            >= client_limit
        )
        accepted = not address_full and not client_full
        attempt = AlertSignup.objects.create(
            email=counted, client=client, created_at=now, accepted=accepted
        )
        alert = None
        if accepted:
            alert = Alert.objects.create(
                email=email, query=query, frequency=frequency, language=language, created_at=now
            )
    if address_full:
        raise RateLimited(
            _(
                "This e-mail address has asked for alerts too often today. No e-mail was "
                "sent. Please try again tomorrow."
            )
        )
    if client_full:
        raise RateLimited(
            _("Too many alerts were requested from your connection. Please try again in an hour.")
        )
    if not enqueued(send_confirmation, alert.pk):
        with transaction.atomic():
            Alert.objects.filter(pk=alert.pk).delete()
            AlertSignup.objects.filter(pk=attempt.pk).delete()
        raise SendFailed(
            _(
                "We could not send the confirmation e-mail. Nothing was saved; please try "
                "again later."
            )
        )
    return alert


def confirm(alert, now=None):
    """Start the alert's digests, and return the alert that now receives them. Confirming
    again changes nothing.

    When the address already has a confirmed alert with the same filters, that one stays and
    takes this one's frequency and language, and this new row is dropped: the earlier alert
    keeps its key (so the unsubscribe links in mails already sent go on working) and its
    record of what it sent (so nothing is mailed twice)."""
    now = now or timezone.now()
    with transaction.atomic():
        alert = Alert.objects.select_for_update().filter(pk=alert.pk).first()
        if alert is None or alert.is_confirmed:
            return alert
        # The same lock as a sign-up's: two confirmations of one search are taken in turn.
        hold_advisory_locks((ADDRESS_LOCK, mailbox(alert.email)))
        existing = (
            Alert.objects.select_for_update()
            .confirmed()
            .filter(email=alert.email, query=alert.query)
            .order_by("confirmed_at", "pk")
            .first()
        )
        if existing is None:
            alert.confirmed_at = now
            alert.save(update_fields=["confirmed_at"])
            return alert
        existing.frequency = alert.frequency
        existing.language = alert.language
        existing.save(update_fields=["frequency", "language"])
        alert.delete()
    return existing


def unsubscribe(alert):
    """Delete the alert (and the record of what it sent). Safe to call twice."""
    Alert.objects.filter(pk=alert.pk).delete()


def purge(now=None):
    """Remove alerts never confirmed while their link worked, and sign-up attempts older than
    the longest rate-limit window. Returns how many alerts were removed."""
    now = now or timezone.now()
    removed, _detail = Alert.objects.filter(
        confirmed_at__isnull=True, created_at__lt=now - CONFIRM_MAX_AGE
    ).delete()
    longest = max(SIGNUPS_PER_ADDRESS[1], SIGNUPS_PER_CLIENT[1])
    AlertSignup.objects.filter(created_at__lt=now - longest).delete()
    return removed
