"""E-mail alerts: sign-up with double opt-in, signed links, and digests of new matches.

The only code that changes an `Alert`. Views, the `send_alerts` command and the tasks call it.

Life-cycle: `sign_up` stores an unconfirmed alert and the task mails a confirmation link; only
`confirm` (a POST from the page behind that link) makes the alert receive digests. A digest
holds the public assignments that match the alert's filters, were published since the previous
digest (less a day of grace, see `LOOKBACK`) and were never mailed to this alert before
(`AlertDelivery`); nothing is sent when that is empty."""

import email.policy
import ipaddress
import logging
from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.core import signing
from django.core.mail import EmailMultiAlternatives
from django.db import connection, transaction
from django.http import QueryDict
from django.tasks import TaskResultStatus
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from .filters import AssignmentFilter
from .models import Alert, AlertDelivery, AlertSignup, Assignment
from .seo import absolute_url, with_query

logger = logging.getLogger(__name__)

# How long the confirmation link works; unconfirmed alerts are removed after it.
CONFIRM_MAX_AGE = timedelta(days=3)
# Sign-ups per e-mail address and per client (IP address, IPv6 by /64) in a window.
SIGNUPS_PER_ADDRESS = (3, timedelta(hours=24))
SIGNUPS_PER_CLIENT = (10, timedelta(hours=1))
# A digest also looks this far before the previous one: an assignment whose publication was
# stamped just before that digest ran but committed just after it would otherwise never be
# mailed. AlertDelivery keeps anything from being mailed twice.
LOOKBACK = timedelta(days=1)
# The most assignments one digest lists; the rest are behind the link to the list.
DIGEST_MAX_ITEMS = 25

CONFIRM_SALT = "assignments.alerts.confirm"
UNSUBSCRIBE_SALT = "assignments.alerts.unsubscribe"
# Filters that narrow the list; `sort` only arranges it and `page` is not a filter at all.
IGNORED_PARAMETERS = {"sort", "page"}


class SignupRefused(Exception):
    """A sign-up that stored no alert; `message` says why, for the visitor."""

    def __init__(self, message):
        super().__init__(message)
        self.message = message


class RateLimited(SignupRefused):
    pass


class SendFailed(SignupRefused):
    """The confirmation mail could not be sent; nothing of the sign-up was kept."""


class InvalidLink(Exception):
    """A link that was tampered with, or has expired (then `query` is the search of the alert
    the genuine but expired link was for, when that alert is still there)."""

    def __init__(self, expired=False, query=""):
        super().__init__("expired" if expired else "invalid")
        self.expired = expired
        self.query = query


# Filters


def query_of(filterset):
    """The normalised query string of a bound, validated FilterSet: only the valid narrowing
    filters, in the contract's order, each value once, repeated values in the order of their
    choices. The same search always gives the same string."""
    if not filterset.is_bound:
        return ""
    filterset.form.is_valid()
    cleaned = filterset.form.cleaned_data
    query = QueryDict(mutable=True)
    for name in filterset.filters:
        value = cleaned.get(name)
        if name in IGNORED_PARAMETERS or value in (None, "", []):
            continue
        if isinstance(value, list):
            chosen = set(value)
            order = [choice for choice, _label in filterset.form.fields[name].choices]
            query.setlist(name, [choice for choice in order if choice in chosen])
        elif hasattr(value, "isoformat"):
            query[name] = value.isoformat()
        elif name == "q":
            query[name] = " ".join(value.split())
        else:
            query[name] = str(value)
    return query.urlencode()


def filterset_for(query):
    return AssignmentFilter(QueryDict(query), queryset=Assignment.objects.public())


def normalise_query(params):
    """The normalised query string of any GET parameters (a QueryDict)."""
    return query_of(AssignmentFilter(params, queryset=Assignment.objects.none()))


def filter_labels(query, *, free_text=True):
    """The list's chip labels for a stored query, in the active language. Without free_text
    the text search is named, not quoted: every other filter is one of our own choices or a
    number, but the search text is whatever the visitor typed."""
    # The chips belong to the list view; imported here because the views import this module.
    from .views import active_filters

    filterset = AssignmentFilter(QueryDict(query), queryset=Assignment.objects.none())
    filterset.form.is_valid()
    return [
        label if free_text or name != "q" else _("A search on text")
        for name, label, _query in active_filters(QueryDict(query), filterset)
    ]


def list_url(query):
    return absolute_url(with_query(reverse("assignments:list"), query))


# Signed links


def confirm_token(alert):
    return signing.dumps(alert.key, salt=CONFIRM_SALT)


def unsubscribe_token(alert):
    return signing.dumps(alert.key, salt=UNSUBSCRIBE_SALT)


def alert_for_token(token, *, purpose):
    """The alert a signed link is for, or None when it no longer exists. Raises InvalidLink
    for a link that was tampered with or (confirmation links only) has expired."""
    salt, max_age = {
        "confirm": (CONFIRM_SALT, CONFIRM_MAX_AGE),
        # Unsubscribing must keep working from any mail, however old.
        "unsubscribe": (UNSUBSCRIBE_SALT, None),
    }[purpose]
    try:
        key = signing.loads(token, salt=salt, max_age=max_age)
    except signing.SignatureExpired as error:
        # The signature is genuine, only too old: the key inside can be trusted.
        key = signing.loads(token, salt=salt)
        alert = Alert.objects.filter(key=key).first() if isinstance(key, str) else None
        raise InvalidLink(expired=True, query=alert.query if alert else "") from error
    except signing.BadSignature as error:
        raise InvalidLink from error
    if not isinstance(key, str):
        raise InvalidLink
    return Alert.objects.filter(key=key).first()


def absolute(name, token):
    return absolute_url(reverse(f"assignments:{name}", args=[token]))


# Sign-up, confirmation, unsubscribing


def client_key(request):
    """The client's address for the rate limit: an IPv4 address, or an IPv6 client's /64
    network (one household or server usually has a whole /64). See CLIENT_ADDRESS_HEADER."""
    raw = request.META.get(settings.CLIENT_ADDRESS_HEADER, "")
    # A proxy header may hold a list; the proxy appends, so the last one is what it saw.
    raw = raw.split(",")[-1].strip()
    try:
        address = ipaddress.ip_address(raw)
    except ValueError:
        return "unknown"
    if address.version == 6:
        if address.ipv4_mapped:
            return str(address.ipv4_mapped)
        return str(ipaddress.ip_network(f"{address}/64", strict=False))
    return str(address)


def normalise_email(email):
    return email.strip().lower()


# Advisory-lock namespaces (the first key of PostgreSQL's two-key advisory locks), so an
# address and a client whose hashes happen to be equal never wait for each other.
ADDRESS_LOCK, CLIENT_LOCK = 7301, 7302


def serialise(*keys):
    """Hold a transaction-level lock on each (namespace, text) key until the transaction ends,
    so that requests for the same address or client count one after another. Under READ
    COMMITTED two transactions do not see each other's uncommitted rows: without this a burst
    of parallel sign-ups would each count only itself. SQLite needs nothing: it runs one
    writing transaction at a time (transaction_mode IMMEDIATE takes the lock at BEGIN).

    Callers take the keys in the same order (address, then client), so two requests never
    wait for each other in a circle."""
    if connection.vendor != "postgresql":
        return
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT " + ", ".join(["pg_advisory_xact_lock(%s, hashtext(%s))"] * len(keys)),
            [value for key in keys for value in key],
        )


def sign_up(*, email, query, frequency, language, client, now=None):
    """Store an unconfirmed alert and mail its confirmation link.

    Raises RateLimited (and stores nothing but the refused attempt, sends nothing) when the
    address had too many accepted sign-ups or the client made too many attempts. Refused
    attempts count against the client only: otherwise anyone could lock any address out.

    Raises SendFailed when the confirmation mail could not be sent; then neither the alert
    nor the attempt is kept, so the visitor can simply try again.

    Must not run inside a transaction (the view does not): the task is enqueued once the
    sign-up is committed, so a queue worker always finds the alert."""
    now = now or timezone.now()
    email = normalise_email(email)
    limit, window = SIGNUPS_PER_ADDRESS
    client_limit, client_window = SIGNUPS_PER_CLIENT
    # Durable: the block is the outermost transaction, so its end is the commit.
    with transaction.atomic(durable=True):
        serialise((ADDRESS_LOCK, email), (CLIENT_LOCK, client))
        address_full = (
            AlertSignup.objects.filter(
                email=email, accepted=True, created_at__gt=now - window
            ).count()
            >= limit
        )
        client_full = (
            AlertSignup.objects.filter(client=client, created_at__gt=now - client_window).count()
            >= client_limit
        )
        accepted = not address_full and not client_full
        attempt = AlertSignup.objects.create(
            email=email, client=client, created_at=now, accepted=accepted
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
    if not enqueue_confirmation(alert):
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


def enqueue_confirmation(alert):
    """Hand the confirmation mail to the task backend. False when that failed at once (the
    immediate backend runs the task in this process and reports a failed send this way); a
    queue backend that accepted the task counts as success."""
    from .tasks import send_confirmation

    try:
        result = send_confirmation.enqueue(alert.pk)
    except Exception:
        logger.exception("Could not enqueue the confirmation mail of alert %s", alert.pk)
        return False
    if result.status == TaskResultStatus.FAILED:
        # django.tasks has logged the error with its traceback already.
        logger.warning("The confirmation mail of alert %s failed; sign-up undone", alert.pk)
        return False
    return True


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
        serialise((ADDRESS_LOCK, alert.email))
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


# Mail


class AlertMessage(EmailMultiAlternatives):
    """A mail whose headers are folded at RFC 5322's 998 characters instead of 78. With 78 a
    header holding one token longer than the line (the List-Unsubscribe URL) is RFC 2047
    encoded ("=?utf-8?q?=3Chttps=3A//..."), and mail providers then ignore it.

    The bodies are encoded first, under the caller's policy, so their lines stay as short as
    any other mail's; only the headers are written under the longer line."""

    def message(self, *, policy=email.policy.default):
        message = super().message(policy=policy)
        message.policy = policy.clone(max_line_length=998)
        return message


@dataclass
class Digest:
    alert: Alert
    assignments: list
    total: int


def render_mail(alert, template, subject, context, *, free_text=True):
    """A plain-text and HTML mail in the alert's language, with an unsubscribe link in the
    body and a one-click unsubscribe in the headers (RFC 8058). free_text: see `filter_labels`."""
    unsubscribe_url = absolute("alert_unsubscribe", unsubscribe_token(alert))
    with translation.override(alert.language):
        context = {
            "alert": alert,
            "site_url": settings.SITE_URL,
            "unsubscribe_url": unsubscribe_url,
            "filters": filter_labels(alert.query, free_text=free_text),
            "list_url": list_url(alert.query),
            **context,
        }
        text = render_to_string(f"assignments/emails/{template}.txt", context)
        html = render_to_string(f"assignments/emails/{template}.html", context)
        subject = str(subject(context) if callable(subject) else subject)
    message = AlertMessage(
        subject=" ".join(subject.split()),
        body=text,
        to=[alert.email],
        headers={
            "List-Unsubscribe": f"<{unsubscribe_url}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
            "Auto-Submitted": "auto-generated",
        },
    )
    message.attach_alternative(html, "text/html")
    return message


def confirmation_mail(alert):
    """The mail that asks to confirm an address nobody has vouched for yet. It repeats no text
    the visitor typed: otherwise anyone could send their own message to any address through
    us. The search text appears on our pages and, after confirmation, in the digests."""
    return render_mail(
        alert,
        "alert_confirm",
        _("Confirm your e-mail alert from Opdrachtwijzer"),
        {
            "confirm_url": absolute("alert_confirm", confirm_token(alert)),
            "valid_days": CONFIRM_MAX_AGE.days,
        },
        free_text=False,
    )


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


def digest_mail(digest):
    count = digest.total

    def subject(context):
        return ngettext(
            "%(count)s new assignment for your alert",
            "%(count)s new assignments for your alert",
            count,
        ) % {"count": count}

    return render_mail(
        digest.alert,
        "alert_digest",
        subject,
        {
            "assignments": digest.assignments,
            "total": count,
            "more": count - len(digest.assignments),
            "site_url": settings.SITE_URL,
        },
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
