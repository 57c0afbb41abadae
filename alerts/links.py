"""The signed links in alert mails: confirming a sign-up and unsubscribing.

The salts are those of the links in mails already sent (from before alerts had an app of
their own): changing them would break every link out there."""

from datetime import timedelta

from django.core import signing
from django.urls import reverse

from core.links import absolute_url

from .models import Alert

# How long the confirmation link works; unconfirmed alerts are removed after it.
CONFIRM_MAX_AGE = timedelta(days=3)

CONFIRM_SALT = "assignments.alerts.confirm"
UNSUBSCRIBE_SALT = "assignments.alerts.unsubscribe"


class InvalidLink(Exception):
    """A link that was tampered with, or has expired (then `query` is the search of the alert
    the genuine but expired link was for, when that alert is still there)."""

    def __init__(self, expired=False, query=""):
        super().__init__("expired" if expired else "invalid")
        self.expired = expired
        self.query = query


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


def confirm_url(alert):
    return absolute_url(reverse("alerts:confirm", args=[confirm_token(alert)]))


def unsubscribe_url(alert):
    return absolute_url(reverse("alerts:unsubscribe", args=[unsubscribe_token(alert)]))
