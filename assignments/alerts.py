"""E-mail alerts: sign-up with double opt-in, signed links, and digests of new matches.

The only code that changes an `Alert`. Views, the `send_alerts` command and the tasks call it.

Life-cycle: `sign_up` stores an unconfirmed alert and the task mails a confirmation link; only
`confirm` (a POST from the page behind that link) makes the alert receive digests. A digest
holds the public assignments that match the alert's filters, were published since the previous
digest (less a day of grace, see `LOOKBACK`) and were never mailed to this alert before
(`AlertDelivery`); nothing is sent when that is empty."""

import ipaddress
import logging
from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.core import signing
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.http import QueryDict
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from .filters import AssignmentFilter
from .models import Alert, AlertDelivery, AlertSignup, Assignment

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


class RateLimited(Exception):
    def __init__(self, message):
        super().__init__(message)
        self.message = message


class InvalidLink(Exception):
    """A link that was tampered with, or has expired."""

    def __init__(self, expired=False):
        super().__init__("expired" if expired else "invalid")
        self.expired = expired


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


def filter_labels(query):
    """The list's chip labels for a stored query, in the active language."""
    # The chips belong to the list view; imported here because the views import this module.
    from .views import active_filters

    filterset = AssignmentFilter(QueryDict(query), queryset=Assignment.objects.none())
    filterset.form.is_valid()
    return [label for _name, label, _query in active_filters(QueryDict(query), filterset)]


def list_url(query):
    url = settings.SITE_URL + reverse("assignments:list")
    return f"{url}?{query}" if query else url


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
        raise InvalidLink(expired=True) from error
    except signing.BadSignature as error:
        raise InvalidLink from error
    if not isinstance(key, str):
        raise InvalidLink
    return Alert.objects.filter(key=key).first()


def absolute(name, token):
    return settings.SITE_URL + reverse(f"assignments:{name}", args=[token])


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


def sign_up(*, email, query, frequency, language, client, now=None):
    """Store an unconfirmed alert and mail its confirmation link. Raises RateLimited (and
    stores and sends nothing but the attempt) when the address or the client signed up too
    often. Every attempt counts, refused ones too: counting after storing the attempt keeps
    two simultaneous requests from both slipping under the limit."""
    now = now or timezone.now()
    email = normalise_email(email)
    with transaction.atomic():
        AlertSignup.objects.create(email=email, client=client, created_at=now)
        limit, window = SIGNUPS_PER_ADDRESS
        address_count = AlertSignup.objects.filter(email=email, created_at__gt=now - window).count()
        client_limit, client_window = SIGNUPS_PER_CLIENT
        client_count = AlertSignup.objects.filter(
            client=client, created_at__gt=now - client_window
        ).count()
        alert = None
        if address_count <= limit and client_count <= client_limit:
            alert = Alert.objects.create(
                email=email, query=query, frequency=frequency, language=language, created_at=now
            )
    if alert is None:
        if address_count > limit:
            raise RateLimited(
                _(
                    "This e-mail address has asked for alerts too often today. No e-mail was "
                    "sent. Please try again tomorrow."
                )
            )
        raise RateLimited(
            _("Too many alerts were requested from your connection. Please try again in an hour.")
        )
    # Enqueued after the commit, so a queue worker always finds the alert.
    from .tasks import send_confirmation

    send_confirmation.enqueue(alert.pk)
    return alert


def confirm(alert, now=None):
    """Start the alert's digests. Confirming again changes nothing. An earlier confirmed alert
    of the same address with the same filters is replaced, so nobody gets two digests."""
    now = now or timezone.now()
    with transaction.atomic():
        alert = Alert.objects.select_for_update().filter(pk=alert.pk).first()
        if alert is None or alert.is_confirmed:
            return alert
        alert.confirmed_at = now
        alert.save(update_fields=["confirmed_at"])
        Alert.objects.confirmed().filter(email=alert.email, query=alert.query).exclude(
            pk=alert.pk
        ).delete()
    return alert


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


@dataclass
class Digest:
    alert: Alert
    assignments: list
    total: int


def render_mail(alert, template, subject, context):
    """A plain-text and HTML mail in the alert's language, with a one-click unsubscribe link
    in the body and in the headers (RFC 8058)."""
    unsubscribe_url = absolute("alert_unsubscribe", unsubscribe_token(alert))
    with translation.override(alert.language):
        context = {
            "alert": alert,
            "site_url": settings.SITE_URL,
            "unsubscribe_url": unsubscribe_url,
            "filters": filter_labels(alert.query),
            "list_url": list_url(alert.query),
            **context,
        }
        text = render_to_string(f"assignments/emails/{template}.txt", context)
        html = render_to_string(f"assignments/emails/{template}.html", context)
        subject = str(subject(context) if callable(subject) else subject)
    message = EmailMultiAlternatives(
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
    return render_mail(
        alert,
        "alert_confirm",
        _("Confirm your e-mail alert from Opdrachtwijzer"),
        {
            "confirm_url": absolute("alert_confirm", confirm_token(alert)),
            "valid_days": CONFIRM_MAX_AGE.days,
        },
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
        .order_by("-published_at", "-pk")
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
