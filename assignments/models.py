import secrets
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from django.conf import settings
from django.contrib.postgres.search import SearchVectorField
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import F, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from faq.markdown import render_markdown
from organisations.models import (
    ChangeStamps,
    HybridTerms,
    Organisation,
    choice_constraint,
    range_constraint,
    user_field,
)

MAX_HOURS_PER_WEEK = 40
MAX_RATE = 500
# Terms verified longer ago than this are checked with the client again.
RESCREEN_AFTER = timedelta(days=90)


class Role(models.TextChoices):
    STRATEGY = "strategy", _("Strategic advice")
    CAMPAIGNS = "campaigns", _("Campaigns")
    INTERNAL = "internal", _("Internal communication")
    PRESS = "press", _("Press and spokesperson")
    CRISIS = "crisis", _("Crisis communication")
    ONLINE = "online", _("Online and content")
    STAKEHOLDERS = "stakeholders", _("Stakeholder management and participation")
    MANAGEMENT = "management", _("Head of communications")


class Status(models.TextChoices):
    NEW = "new", _("New")
    SCREENING = "screening", _("Screening")
    AWAITING_CLIENT = "awaiting_client", _("Awaiting client")
    PUBLISHED = "published", _("Published")
    CLOSED = "closed", _("Closed")
    WITHDRAWN = "withdrawn", _("Withdrawn")


def local_today():
    """Today in the site's time zone, whatever time zone is active for the request."""
    return timezone.localdate(timezone=ZoneInfo(settings.TIME_ZONE))


# Statuses in which the terms are still being screened.
UNPUBLISHED = frozenset({Status.NEW, Status.SCREENING, Status.AWAITING_CLIENT})


def public_q(prefix=""):
    """The condition of `public()`, also across a relation (`prefix="assignments__"`)."""
    return Q(**{f"{prefix}status": Status.PUBLISHED}) & (
        Q(**{f"{prefix}closing_date__isnull": True})
        | Q(**{f"{prefix}closing_date__gte": local_today()})
    )


def rescreen_q():
    return Q(status=Status.PUBLISHED, terms_verified_at__lt=timezone.now() - RESCREEN_AFTER)


# The columns the public list filters on (assignments.filters), besides the organisation's.
FILTERED_COLUMNS = [
    "organisation",
    "role",
    "crisis_presence",
    "abroad",
    "home_days_max",
    "home_days_min",
    "onboarding_weeks",
    "hours_min",
    "start_date",
    "closing_date",
    "published_at",
]


def public_list_index(name, fields):
    keys = {field.lstrip("-") for field in fields}
    return models.Index(
        fields=fields,
        include=[column for column in FILTERED_COLUMNS if column not in keys],
        condition=Q(status=Status.PUBLISHED),
        name=f"assignment_public_{name}",
    )


class AssignmentQuerySet(models.QuerySet):
    def public(self):
        """Published and still open to responses: what anonymous visitors may see."""
        return self.filter(public_q())

    def no_longer_public(self):
        """Assignments that were public once and are not any more: closed, withdrawn after
        publication, or past their closing date. Never one that was not published."""
        return self.exclude(public_q()).filter(
            published_at__isnull=False,
            status__in=[Status.PUBLISHED, Status.CLOSED, Status.WITHDRAWN],
        )

    def newest(self):
        """Most recently published first: the list's default order (filters.SORT_ORDER)."""
        return self.order_by("-published_at", "-pk")

    def for_cards(self):
        """With the organisation, and without the long texts a card never shows (the search
        vector alone is as big as the description)."""
        return self.select_related("organisation").defer(
            "description", "terms_notes", "search_vector"
        )

    def for_organisation(self, organisation):
        return self.filter(organisation=organisation)

    def needs_rescreen(self):
        """Published, but the terms were verified so long ago that they may have changed."""
        return self.filter(rescreen_q())

    def needs_action(self):
        """The recruiters' work queue: everything not yet published, and stale publications."""
        return self.filter(Q(status__in=UNPUBLISHED) | rescreen_q())


class Assignment(HybridTerms, ChangeStamps):
    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=220, unique=True)
    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisation"),
        on_delete=models.PROTECT,
        related_name="assignments",
    )
    role = models.CharField(_("role"), max_length=20, choices=Role)
    description = models.TextField(_("description"), help_text=_("Markdown."))
    hours_min = models.PositiveSmallIntegerField(
        _("hours per week (minimum)"),
        validators=[MinValueValidator(1), MaxValueValidator(MAX_HOURS_PER_WEEK)],
    )
    hours_max = models.PositiveSmallIntegerField(
        _("hours per week (maximum)"),
        validators=[MinValueValidator(1), MaxValueValidator(MAX_HOURS_PER_WEEK)],
    )
    start_date = models.DateField(_("start date"))
    end_date = models.DateField(_("end date"), null=True, blank=True)
    extension_possible = models.BooleanField(_("extension possible"), default=False)
    max_rate = models.DecimalField(
        _("maximum rate (EUR per hour)"),
        max_digits=6,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(MAX_RATE)],
        help_text=_("All-in, excluding VAT."),
    )
    city = models.CharField(_("city"), max_length=100)
    closing_date = models.DateField(
        _("closing date"), null=True, blank=True, help_text=_("Respond before this date.")
    )
    reference = models.CharField(_("client's reference"), max_length=60, blank=True)
    status = models.CharField(
        _("status"), max_length=20, choices=Status, default=Status.NEW, editable=False
    )
    published_at = models.DateTimeField(_("published at"), null=True, blank=True, editable=False)
    terms_verified_at = models.DateTimeField(
        _("hybrid terms verified at"), null=True, blank=True, editable=False
    )
    terms_verified_by = user_field(_("hybrid terms verified by"), editable=False)
    claimed_by = user_field(
        _("claimed by"), editable=False, help_text=_("The recruiter who screens this assignment.")
    )
    # Raised by every save through the admin and every transition, so an edit based on an
    # older version can be refused instead of overwriting someone else's work.
    version = models.PositiveIntegerField(_("version"), default=1, editable=False)
    created_by = user_field(_("created by"), editable=False)
    # As in ChangeStamps, but kept out of forms: the admin and the services set it.
    updated_by = user_field(_("changed by"), editable=False)
    # Kept current by a PostgreSQL trigger (migration 0004) for the `q` search; empty on SQLite.
    search_vector = SearchVectorField(_("search vector"), null=True, editable=False)

    objects = AssignmentQuerySet.as_manager()

    class Meta(HybridTerms.Meta):
        # NULLs last on both databases (PostgreSQL puts them first by default).
        ordering = [F("published_at").desc(nulls_last=True), "-created_at"]
        verbose_name = _("assignment")
        verbose_name_plural = _("assignments")
        permissions = [("publish_assignment", _("Can publish assignments"))]
        constraints = [
            *HybridTerms.Meta.constraints,
            choice_constraint("role", Role),
            choice_constraint("status", Status),
            range_constraint("hours_min", 1, MAX_HOURS_PER_WEEK),
            range_constraint("hours_max", 1, MAX_HOURS_PER_WEEK),
            models.CheckConstraint(
                condition=Q(hours_min__lte=F("hours_max")),
                name="assignments_assignment_hours_min_lte_max",
                violation_error_message=_("The minimum hours cannot exceed the maximum hours."),
            ),
            range_constraint("max_rate", 1, MAX_RATE),
            models.CheckConstraint(
                condition=Q(end_date__gte=F("start_date")),
                name="assignments_assignment_end_after_start",
                violation_error_message=_("The end date cannot be before the start date."),
            ),
            models.CheckConstraint(
                condition=~Q(status=Status.PUBLISHED)
                | Q(published_at__isnull=False, terms_verified_at__isnull=False),
                name="assignments_assignment_published_is_stamped",
                violation_error_message=_(
                    "A published assignment needs a publication date and verified terms."
                ),
            ),
            models.CheckConstraint(
                condition=~Q(status=Status.PUBLISHED) | HybridTerms.complete_terms_q(),
                name="assignments_assignment_published_terms_complete",
                violation_error_message=_("A published assignment needs complete hybrid terms."),
            ),
        ]
        indexes = [
            # The public list in each of its orders (filters.SORT_ORDER) plus one by
            # organisation (the kind and province filters, the organisation pages), on
            # published assignments only. Each carries every filtered column, so PostgreSQL
            # finds a page's rows or a count in the index alone (an index-only scan), also
            # for rare combinations of filters, without reading the wide rows.
            public_list_index("newest", ["-published_at", "-id"]),
            public_list_index(
                "home_days", ["-home_days_max", "-home_days_min", "-published_at", "-id"]
            ),
            public_list_index("start", ["start_date", "-published_at", "-id"]),
            public_list_index("closing", ["closing_date", "-published_at", "-id"]),
            public_list_index("filters", ["organisation", "-published_at", "-id"]),
            # The admin's work queue: by status, stale verifications first to find.
            models.Index(fields=["status", "terms_verified_at"], name="assignment_status_verified"),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("assignments:detail", args=[self.slug])

    def description_html(self):
        # The demo texts and recruiters write "## Wat ga je doen": an h3 under the page's h2.
        return render_markdown(self.description, top_heading=2)

    def clean(self):
        errors = {}
        try:
            super().clean()
        except ValidationError as error:
            errors = error.update_error_dict(errors)
        if (
            self.hours_min is not None
            and self.hours_max is not None
            and self.hours_min > self.hours_max
        ):
            errors.setdefault("hours_min", []).append(
                _("The minimum hours (%(min)s) cannot exceed the maximum hours (%(max)s).")
                % {"min": self.hours_min, "max": self.hours_max}
            )
        if self.start_date and self.end_date and self.end_date < self.start_date:
            errors.setdefault("end_date", []).append(
                _("The end date cannot be before the start date.")
            )
        if errors:
            raise ValidationError(errors)

    @property
    def is_public(self):
        return self.status == Status.PUBLISHED and (
            self.closing_date is None or self.closing_date >= local_today()
        )

    @property
    def needs_rescreen(self):
        return (
            self.status == Status.PUBLISHED
            and self.terms_verified_at is not None
            and self.terms_verified_at < timezone.now() - RESCREEN_AFTER
        )


class ScreeningEvent(models.Model):
    """One step in an assignment's screening history: a transition, or a change of terms
    (then `from_status` equals `to_status`). Written only by `assignments.services`."""

    assignment = models.ForeignKey(
        Assignment,
        verbose_name=_("assignment"),
        on_delete=models.CASCADE,
        related_name="events",
    )
    from_status = models.CharField(
        pgettext_lazy("screening event", "from"), max_length=20, choices=Status
    )
    to_status = models.CharField(
        pgettext_lazy("screening event", "to"), max_length=20, choices=Status
    )
    actor = user_field(
        pgettext_lazy("screening event", "by"),
        help_text=_("Empty when the system did it (for example closing after the closing date)."),
    )
    created_at = models.DateTimeField(pgettext_lazy("screening event", "at"), default=timezone.now)
    note = models.TextField(_("note"), blank=True)

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("screening event")
        verbose_name_plural = _("screening events")
        constraints = [
            choice_constraint("from_status", Status),
            choice_constraint("to_status", Status),
        ]
        indexes = [
            models.Index(fields=["assignment", "created_at"], name="event_assignment_created"),
        ]

    def __str__(self):
        return _("%(assignment)s: %(from)s → %(to)s") % {
            "assignment": self.assignment,
            "from": self.get_from_status_display(),
            "to": self.get_to_status_display(),
        }


class PublicDataVersion(models.Model):
    """A single row counting the changes to what public pages show (assignments, organisations,
    tools, FAQ pages). Cached pages and figures carry the count in their key, so a change makes
    every older copy unreachable at once, in every process and on every server: the counter
    lives in the database, is raised in the same transaction as the change, and reading it is
    one primary-key lookup. See `assignments.cache`."""

    value = models.BigIntegerField(_("version"), default=0)

    class Meta:
        verbose_name = _("public data version")
        verbose_name_plural = _("public data versions")

    def __str__(self):
        return str(self.value)


# E-mail alerts: a saved filter of the public list, mailed as a digest of new matches.


class Frequency(models.TextChoices):
    DAILY = "daily", _("Daily")
    WEEKLY = "weekly", _("Weekly")


FREQUENCY_DAYS = {Frequency.DAILY: 1, Frequency.WEEKLY: 7}
# Digests are counted in days of the site's time zone that start at this hour: a daily alert
# is due once in each such day, at the first send_alerts run of it. So its digest goes out at
# the same time every day however early or late within its hour cron runs; a rule of "24 hours
# since the last one" (less some slack) makes the send time creep earlier or later each day.
DIGEST_DAY_STARTS = time(7)


def digest_due_before(now, days):
    """The moment before which an alert of `days` (1: daily, 7: weekly) must have had its last
    digest to be due at `now`: the start of the digest day `days - 1` days before now's."""
    local = timezone.localtime(now, ZoneInfo(settings.TIME_ZONE))
    day = local.date()
    if local.time() < DIGEST_DAY_STARTS:
        day -= timedelta(days=1)
    day -= timedelta(days=days - 1)
    return datetime.combine(day, DIGEST_DAY_STARTS, tzinfo=ZoneInfo(settings.TIME_ZONE))


ALERT_LANGUAGES = [code for code, _name in settings.LANGUAGES]


def new_alert_key():
    return secrets.token_urlsafe(24)


class AlertQuerySet(models.QuerySet):
    def confirmed(self):
        return self.filter(confirmed_at__isnull=False)

    def due(self, now):
        """Confirmed alerts that had no digest yet in this digest day (daily) or in this and the
        six digest days before (weekly), or none at all. See DIGEST_DAY_STARTS."""
        condition = Q(last_sent_at__isnull=True)
        for frequency, days in FREQUENCY_DAYS.items():
            condition |= Q(frequency=frequency, last_sent_at__lt=digest_due_before(now, days))
        return self.confirmed().filter(condition)


class Alert(models.Model):
    """A candidate's saved filter of the public list, mailed as a digest of new matches once it
    is confirmed (double opt-in). Written only by `assignments.alerts`."""

    email = models.EmailField(_("e-mail address"))
    # The normalised query string of the list's valid filters (no page, no sort), as made by
    # `assignments.alerts.normalise_query`; empty means every new assignment.
    query = models.TextField(_("filters"), blank=True)
    frequency = models.CharField(_("frequency"), max_length=10, choices=Frequency)
    language = models.CharField(
        _("language"), max_length=10, choices=settings.LANGUAGES, default=settings.LANGUAGE_CODE
    )
    # Secret per alert, signed into the confirmation and unsubscribe links; a deleted alert's
    # links never match a later alert, whatever primary key the database hands out again.
    key = models.CharField(_("key"), max_length=64, unique=True, default=new_alert_key)
    created_at = models.DateTimeField(_("created at"), default=timezone.now)
    confirmed_at = models.DateTimeField(_("confirmed at"), null=True, blank=True)
    last_sent_at = models.DateTimeField(_("last digest sent at"), null=True, blank=True)
    sent_assignments = models.ManyToManyField(
        Assignment,
        through="AlertDelivery",
        verbose_name=_("assignments sent"),
        related_name="+",
        blank=True,
    )

    objects = AlertQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("e-mail alert")
        verbose_name_plural = _("e-mail alerts")
        constraints = [
            choice_constraint("frequency", Frequency),
            models.CheckConstraint(
                condition=Q(language__in=ALERT_LANGUAGES),
                name="assignments_alert_language_valid",
                violation_error_message=_("Select a valid choice."),
            ),
            models.CheckConstraint(
                condition=Q(last_sent_at__isnull=True) | Q(confirmed_at__isnull=False),
                name="assignments_alert_sent_only_when_confirmed",
                violation_error_message=_("Only a confirmed alert can have been sent."),
            ),
        ]
        indexes = [
            models.Index(fields=["email"], name="alert_email"),
            models.Index(fields=["confirmed_at", "last_sent_at"], name="alert_confirmed_sent"),
        ]

    def __str__(self):
        return _("%(email)s (%(frequency)s)") % {
            "email": self.email,
            "frequency": self.get_frequency_display(),
        }

    @property
    def is_confirmed(self):
        return self.confirmed_at is not None


class AlertDelivery(models.Model):
    """An assignment mailed in one of an alert's digests, so that no digest repeats it."""

    alert = models.ForeignKey(
        Alert, verbose_name=_("e-mail alert"), on_delete=models.CASCADE, related_name="deliveries"
    )
    assignment = models.ForeignKey(
        Assignment, verbose_name=_("assignment"), on_delete=models.CASCADE, related_name="+"
    )
    sent_at = models.DateTimeField(_("sent at"), default=timezone.now)

    class Meta:
        ordering = ["-sent_at", "-pk"]
        verbose_name = _("assignment sent by an alert")
        verbose_name_plural = _("assignments sent by alerts")
        constraints = [
            models.UniqueConstraint(
                fields=["alert", "assignment"], name="assignments_alertdelivery_once"
            ),
        ]

    def __str__(self):
        return f"{self.alert_id} → {self.assignment_id}"


class AlertSignup(models.Model):
    """One sign-up attempt, kept a day to limit sign-ups per address and per client across
    every process and server."""

    email = models.EmailField(_("e-mail address"))
    # The client's address (an IPv6 client by its /64 network), as `alerts.client_key` makes it.
    client = models.CharField(_("client"), max_length=64)
    # Only accepted attempts count against the address: refused ones would let anyone lock
    # an address out. Every attempt counts against the client.
    accepted = models.BooleanField(_("accepted"), default=False)
    created_at = models.DateTimeField(_("at"), default=timezone.now)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("alert sign-up attempt")
        verbose_name_plural = _("alert sign-up attempts")
        indexes = [
            models.Index(fields=["email", "created_at"], name="alertsignup_email_created"),
            models.Index(fields=["client", "created_at"], name="alertsignup_client_created"),
            models.Index(fields=["created_at"], name="alertsignup_created"),
        ]

    def __str__(self):
        return f"{self.email} ({self.client})"
