"""The mails of e-mail alerts: the confirmation link and the digests, each plain text plus
HTML in the alert's language, with an unsubscribe link in the body and in the headers."""

import email.policy
from dataclasses import dataclass

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from core.links import message_id

from .links import CONFIRM_MAX_AGE, confirm_url, unsubscribe_url
from .models import Alert
from .searches import filter_labels, list_url


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
    body and a one-click unsubscribe in the headers (RFC 8058). free_text: see
    `searches.filter_labels`."""
    unsubscribe = unsubscribe_url(alert)
    with translation.override(alert.language):
        context = {
            "alert": alert,
            "site_url": settings.SITE_URL,
            "unsubscribe_url": unsubscribe,
            "filters": filter_labels(alert.query, free_text=free_text),
            "list_url": list_url(alert.query),
            **context,
        }
        text = render_to_string(f"alerts/emails/{template}.txt", context)
        html = render_to_string(f"alerts/emails/{template}.html", context)
        subject = str(subject(context) if callable(subject) else subject)
    message = AlertMessage(
        subject=" ".join(subject.split()),
        body=text,
        to=[alert.email],
        headers={
            "Message-ID": message_id(),
            "List-Unsubscribe": f"<{unsubscribe}>",
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
        {"confirm_url": confirm_url(alert), "valid_days": CONFIRM_MAX_AGE.days},
        free_text=False,
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
