"""Candidates' responses to assignments: the response with its CV, its pipeline history, and
the log of every staff access to it.

A response is personal data. It is kept until `retain_until` (see `retention`), its CV lives
in the private storage `STORAGES["responses"]` under a random name, and every look at it by
staff is recorded in `ResponseAccess`. Written only by `responses.services`."""

import secrets
from datetime import timedelta

from django.conf import settings
from django.core.files.storage import storages
from django.db import models
from django.db.models import F, Q
from django.db.models.functions import Coalesce, Length
from django.db.models.lookups import LessThanOrEqual
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from assignments.models import MAX_HOURS_PER_WEEK, MAX_RATE, Assignment, ScreeningEvent
from assignments.models import Status as AssignmentStatus
from core.models import choice_constraint, range_constraint, user_field

STORAGE_ALIAS = "responses"
MAX_CV_SIZE = 5 * 1024 * 1024
MAX_MOTIVATION_LENGTH = 5000
# What the candidate answers in the response form (ResponseForm.response_data), each a field
# of Response. The same answers again, with the same CV, is a second click (services).
ANSWERS = (
    "name",
    "email",
    "phone",
    "motivation",
    "available_from",
    "hours_per_week",
    "rate",
    "keep_for_other_assignments",
)

# Retention (DESIGN.md, and what /privacy/ tells candidates): four weeks after the assignment
# closes or is withdrawn, or after the response is declined or withdrawn, whichever comes
# first; with the candidate's consent to be kept for other assignments, one year after sending
# (or the four weeks, if those end later).
RETAIN_AFTER_END = timedelta(weeks=4)
KEEP_FOR_OTHER_ASSIGNMENTS = timedelta(days=365)


class Status(models.TextChoices):
    RECEIVED = "received", _("Received")
    CONTACTED = "contacted", _("Contacted")
    PROPOSED = "proposed", _("Proposed to the client")
    PLACED = "placed", _("Placed")
    DECLINED = "declined", _("Declined")
    WITHDRAWN = "withdrawn", _("Withdrawn by the candidate")


# The response's part is over: its four weeks run from the moment it got here.
ENDED = frozenset({Status.DECLINED, Status.WITHDRAWN})


class CvType(models.TextChoices):
    PDF = "pdf", "PDF"
    DOCX = "docx", "DOCX"
    ODT = "odt", "ODT"


CV_CONTENT_TYPES = {
    CvType.PDF: "application/pdf",
    CvType.DOCX: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    CvType.ODT: "application/vnd.oasis.opendocument.text",
}


def cv_storage():
    return storages[STORAGE_ALIAS]


def random_cv_name(instance, filename):
    """A name that says nothing about the candidate and cannot be guessed; the original name
    is kept, cleaned, in `cv_filename`."""
    return f"cv/{secrets.token_hex(16)}.{instance.cv_type}"


def new_response_key():
    return secrets.token_urlsafe(24)


def retention_end(*, sent_at, keep, assignment_ended_at=None, response_ended_at=None):
    """Until when a response may be kept, or None while nothing has ended yet (the assignment
    is open and the response is still in the running)."""
    ends = [moment for moment in (assignment_ended_at, response_ended_at) if moment is not None]
    end = min(ends) + RETAIN_AFTER_END if ends else None
    if not keep:
        return end
    if end is None:
        return None
    return max(sent_at + KEEP_FOR_OTHER_ASSIGNMENTS, end)


ENDED_ASSIGNMENT = [AssignmentStatus.CLOSED, AssignmentStatus.WITHDRAWN]


def assignment_ended_at(prefix=""):
    """An expression for when the assignment (reached through `prefix`) was closed or
    withdrawn: the time of the ScreeningEvent that did it, or, for an assignment imported in
    that state without a history, its last change. None while it is still running."""
    event = (
        ScreeningEvent.objects.filter(
            assignment=models.OuterRef(f"{prefix}pk"), to_status__in=ENDED_ASSIGNMENT
        )
        .exclude(from_status=F("to_status"))
        .order_by("created_at")
        .values("created_at")[:1]
    )
    return Coalesce(
        models.Subquery(event),
        models.Case(
            models.When(**{f"{prefix}status__in": ENDED_ASSIGNMENT}, then=F(f"{prefix}updated_at")),
            default=None,
        ),
    )


def assignment_end(assignment_id):
    """When the assignment was closed or withdrawn, or None while it is not."""
    return (
        Assignment.objects.filter(pk=assignment_id)
        .annotate(ended_at=assignment_ended_at())
        .values_list("ended_at", flat=True)
        .first()
    )


class ResponseQuerySet(models.QuerySet):
    def expired(self, now):
        return self.filter(retain_until__lte=now)

    def undated(self):
        """Responses whose retention has no end yet: the assignment was open and the response
        in the running when it was last settled (see `services.settle_retention`)."""
        return self.filter(retain_until__isnull=True)

    def with_assignment_end(self):
        """With `assignment_ended_at`: when the assignment was closed or withdrawn (from its
        screening history), or None while it is not."""
        return self.annotate(assignment_ended_at=assignment_ended_at("assignment__"))


class Response(models.Model):
    assignment = models.ForeignKey(
        Assignment,
        verbose_name=_("assignment"),
        # Responses are deleted with their files by the services; an assignment that still
        # has responses cannot be deleted past them.
        on_delete=models.PROTECT,
        related_name="responses",
    )
    name = models.CharField(_("name"), max_length=200)
    email = models.EmailField(_("e-mail address"), max_length=254)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    cv = models.FileField(_("CV"), storage=cv_storage, upload_to=random_cv_name, max_length=200)
    cv_filename = models.CharField(_("CV file name"), max_length=200)
    cv_type = models.CharField(_("CV file type"), max_length=10, choices=CvType)
    cv_size = models.PositiveIntegerField(_("CV size (bytes)"))
    motivation = models.TextField(_("motivation"), max_length=MAX_MOTIVATION_LENGTH)
    available_from = models.DateField(_("available from"))
    hours_per_week = models.PositiveSmallIntegerField(_("hours a week"), null=True, blank=True)
    rate = models.DecimalField(
        _("hourly rate (EUR)"), max_digits=6, decimal_places=2, null=True, blank=True
    )
    consent_at = models.DateTimeField(_("consent given at"))
    keep_for_other_assignments = models.BooleanField(
        _("may be kept for other assignments"), default=False
    )
    retain_until = models.DateTimeField(
        _("kept until"),
        null=True,
        blank=True,
        help_text=_(
            "Empty while the assignment is open and the response in the running: then it is "
            "kept until four weeks after either ends."
        ),
    )
    status = models.CharField(_("status"), max_length=20, choices=Status, default=Status.RECEIVED)
    language = models.CharField(
        _("language"), max_length=10, choices=settings.LANGUAGES, default=settings.LANGUAGE_CODE
    )
    created_at = models.DateTimeField(_("received at"), default=timezone.now)
    # When the response left the running (declined or withdrawn): its four weeks start there.
    ended_at = models.DateTimeField(_("ended at"), null=True, blank=True)
    # Secret per response, signed into the candidate's withdraw link.
    key = models.CharField(_("key"), max_length=64, unique=True, default=new_response_key)
    # A keyed digest of the sender's address (core.ratelimit.client_key) for the rate limit:
    # counting needs no readable address.
    client = models.CharField(_("client (digest)"), max_length=64, blank=True)
    confirmation_sent_at = models.DateTimeField(_("confirmation sent at"), null=True, blank=True)
    notification_sent_at = models.DateTimeField(_("recruiter notified at"), null=True, blank=True)

    objects = ResponseQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("response")
        verbose_name_plural = _("responses")
        permissions = [("download_cv", _("Can download CVs"))]
        constraints = [
            choice_constraint("status", Status),
            choice_constraint("cv_type", CvType),
            models.CheckConstraint(
                condition=Q(language__in=[code for code, _name in settings.LANGUAGES]),
                name="responses_response_language_valid",
                violation_error_message=_("Select a valid choice."),
            ),
            range_constraint("hours_per_week", 1, MAX_HOURS_PER_WEEK),
            range_constraint("rate", 1, MAX_RATE),
            range_constraint("cv_size", 1, MAX_CV_SIZE),
            models.CheckConstraint(
                condition=LessThanOrEqual(Length("motivation"), MAX_MOTIVATION_LENGTH),
                name="responses_response_motivation_length",
                violation_error_message=_("The motivation is too long."),
            ),
            models.CheckConstraint(
                condition=Q(status__in=sorted(ENDED), ended_at__isnull=False)
                | (~Q(status__in=sorted(ENDED)) & Q(ended_at__isnull=True)),
                name="responses_response_ended_when_declined_or_withdrawn",
                violation_error_message=_("Only a declined or withdrawn response has ended."),
            ),
        ]
        indexes = [
            models.Index(fields=["email", "created_at"], name="response_email_created"),
            models.Index(fields=["client", "created_at"], name="response_client_created"),
            models.Index(fields=["retain_until"], name="response_retain_until"),
            models.Index(fields=["assignment", "status"], name="response_assignment_status"),
            models.Index(fields=["status", "created_at"], name="response_status_created"),
        ]

    def __str__(self):
        return _("%(name)s for %(assignment)s") % {
            "name": self.name,
            "assignment": self.assignment,
        }

    @property
    def content_type(self):
        return CV_CONTENT_TYPES[self.cv_type]

    def retention_for(self, assignment_ended_at):
        return retention_end(
            sent_at=self.created_at,
            keep=self.keep_for_other_assignments,
            assignment_ended_at=assignment_ended_at,
            response_ended_at=self.ended_at,
        )


class ResponseEvent(models.Model):
    """One step in a response's pipeline (actor, from, to, time, note), like an assignment's
    screening history. Deleted with the response."""

    response = models.ForeignKey(
        Response, verbose_name=_("response"), on_delete=models.CASCADE, related_name="events"
    )
    from_status = models.CharField(
        pgettext_lazy("response event", "from"), max_length=20, choices=Status, blank=True
    )
    to_status = models.CharField(
        pgettext_lazy("response event", "to"), max_length=20, choices=Status
    )
    actor = user_field(
        pgettext_lazy("response event", "by"),
        help_text=_("Empty when the candidate or the system did it."),
    )
    created_at = models.DateTimeField(pgettext_lazy("response event", "at"), default=timezone.now)
    note = models.TextField(_("note"), blank=True)

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("response event")
        verbose_name_plural = _("response events")
        constraints = [
            choice_constraint("from_status", Status, blank=True),
            choice_constraint("to_status", Status),
        ]
        indexes = [models.Index(fields=["response", "created_at"], name="responseevent_created")]

    def __str__(self):
        return f"{self.get_from_status_display() or '—'} → {self.get_to_status_display()}"


class AccessKind(models.TextChoices):
    VIEW = "view", _("Viewed")
    DOWNLOAD = "download", _("CV downloaded")
    EXPORT = "export", _("Exported (access request)")
    ERASE = "erase", _("Erased")


class ResponseAccess(models.Model):
    """A staff member's look at a response: who, what, when. It outlives the response (the
    link is then empty) and holds nothing of the candidate but the response's number."""

    response = models.ForeignKey(
        Response,
        verbose_name=_("response"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="accesses",
    )
    response_number = models.PositiveBigIntegerField(_("response number"))
    assignment = models.ForeignKey(
        Assignment,
        verbose_name=_("assignment"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    kind = models.CharField(_("access"), max_length=10, choices=AccessKind)
    actor = user_field(pgettext_lazy("response access", "by"))
    created_at = models.DateTimeField(pgettext_lazy("response access", "at"), default=timezone.now)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("access to a response")
        verbose_name_plural = _("accesses to responses")
        constraints = [choice_constraint("kind", AccessKind)]
        indexes = [
            models.Index(fields=["response_number", "created_at"], name="responseaccess_number"),
            models.Index(fields=["created_at"], name="responseaccess_created"),
        ]

    def __str__(self):
        return _("%(kind)s: response %(number)s") % {
            "kind": self.get_kind_display(),
            "number": self.response_number,
        }
