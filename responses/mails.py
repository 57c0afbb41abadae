"""The mails about a response: the candidate's confirmation (with the withdraw link) and the
recruiter's notification (without the CV, and with nothing of it but the name). Each is plain
text plus HTML; the candidate's in the language of the form, the recruiter's in Dutch.

Each send claims its response (a row lock that another run skips, and a stamp set in the same
transaction as the send), so a task that runs twice sends nothing twice."""

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext

from core.links import absolute_url

from .links import withdraw_url
from .models import KEEP_FOR_OTHER_ASSIGNMENTS, RETAIN_AFTER_END, Response


def render(template, context, *, language, to, subject, reply_to=None):
    with translation.override(language):
        context = {"site_url": settings.SITE_URL, **context}
        text = render_to_string(f"responses/emails/{template}.txt", context)
        html = render_to_string(f"responses/emails/{template}.html", context)
        subject = str(subject() if callable(subject) else subject)
    message = EmailMultiAlternatives(
        subject=" ".join(subject.split()),
        body=text,
        to=to,
        reply_to=reply_to or [],
        headers={"Auto-Submitted": "auto-generated"},
    )
    message.attach_alternative(html, "text/html")
    return message


def retention_context(response):
    assignment = response.assignment
    return {
        "retain_weeks": RETAIN_AFTER_END.days // 7,
        "keep": response.keep_for_other_assignments,
        "keep_until": response.created_at + KEEP_FOR_OTHER_ASSIGNMENTS,
        "closing_date": assignment.closing_date,
        "privacy_url": absolute_url(reverse("privacy")),
    }


def confirmation_mail(response):
    """To the candidate. It repeats nothing the sender typed (not even the name): anyone can
    enter any address, and our mail must not carry their words to it."""
    assignment = response.assignment
    return render(
        "confirmation",
        {
            "response": response,
            "assignment": assignment,
            "organisation": assignment.organisation,
            "assignment_url": absolute_url(assignment.get_absolute_url()),
            "withdraw_url": withdraw_url(response),
            "controller_email": settings.PRIVACY_CONTROLLER["email"],
            **retention_context(response),
        },
        language=response.language,
        to=[response.email],
        subject=lambda: gettext("Your response to “%(title)s”") % {"title": assignment.title},
    )


def recruiter_address(response):
    """The recruiter who claimed the assignment, or RESPONSES_EMAIL when nobody did (or that
    recruiter has no address)."""
    recruiter = response.assignment.claimed_by
    if recruiter is not None and recruiter.email:
        return recruiter.email
    return settings.RESPONSES_EMAIL


def notification_mail(response):
    assignment = response.assignment
    admin_url = absolute_url(reverse("admin:responses_response_change", args=[response.pk]))
    return render(
        "notification",
        {
            "response": response,
            "assignment": assignment,
            "organisation": assignment.organisation,
            "admin_url": admin_url,
        },
        language=settings.LANGUAGE_CODE,
        to=[recruiter_address(response)],
        subject=lambda: gettext("New response to “%(title)s”") % {"title": assignment.title},
    )


def _claim(response_id, stamp):
    return (
        Response.objects.select_for_update(skip_locked=True, of=("self",))
        .select_related("assignment__organisation", "assignment__claimed_by")
        .filter(pk=response_id, **{f"{stamp}__isnull": True})
        .first()
    )


def _send(response_id, stamp, make):
    with transaction.atomic():
        response = _claim(response_id, stamp)
        if response is None:
            return False
        make(response).send()
        setattr(response, stamp, timezone.now())
        response.save(update_fields=[stamp])
    return True


def send_confirmation(response_id):
    """Mails the candidate's confirmation once. Returns whether a mail was sent."""
    return _send(response_id, "confirmation_sent_at", confirmation_mail)


def send_notification(response_id):
    """Mails the recruiter's notification once. Returns whether a mail was sent."""
    return _send(response_id, "notification_sent_at", notification_mail)
