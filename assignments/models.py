from datetime import timedelta

from django.contrib.postgres.search import SearchVectorField
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import F, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from core.dates import local_today
from core.markdown import render_markdown
from core.models import ChangeStamps, choice_constraint, range_constraint, user_field
from organisations.models import HybridTerms, Organisation

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
    "hours_max",
    "max_rate",
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
