from datetime import date, timedelta
from decimal import Decimal, InvalidOperation

from django.contrib.postgres.search import SearchVectorField
from django.core.exceptions import ValidationError
from django.core.serializers.json import DjangoJSONEncoder
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import F, Q
from django.urls import reverse
from django.utils import formats, timezone
from django.utils.translation import gettext, pgettext_lazy
from django.utils.translation import gettext_lazy as _

from core.dates import local_today
from core.markdown import render_markdown
from core.models import ChangeStamps, choice_constraint, range_constraint, user_field
from organisations.models import HybridTerms, Organisation
from organisations.weekdays import Weekday

MAX_HOURS_PER_WEEK = 40
MAX_RATE = 500
# A client confirmation older than this is stale: the public page says so plainly and the
# assignment goes back to the recruiters' queue to be checked with the client again.
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


class Channel(models.TextChoices):
    """How the client confirmed the terms."""

    EMAIL = "email", pgettext_lazy("confirmation channel", "email")
    PHONE = "phone", pgettext_lazy("confirmation channel", "phone")
    MEETING = "meeting", pgettext_lazy("confirmation channel", "meeting")
    TENDER_DOCUMENTS = "tender_documents", pgettext_lazy("confirmation channel", "tender documents")


def stale_before():
    """Confirmations dated before this day are stale (older than RESCREEN_AFTER)."""
    return local_today() - RESCREEN_AFTER


def current_confirmation_q():
    """The database's view of `Assignment.current_confirmation` being there (across the
    `confirmation` relation)."""
    return Q(confirmation__isnull=False, confirmation__confirmed_on__lte=local_today()) & (
        Q(terms_changed_at__isnull=True) | Q(confirmation__recorded_at__gte=F("terms_changed_at"))
    )


def rescreen_q():
    """Published, and the terms rest on no client confirmation, or on a stale one, or on one
    recorded before the terms last changed (the services never leave one so; old data may)."""
    return Q(status=Status.PUBLISHED) & (
        Q(confirmation__isnull=True)
        | Q(confirmation__confirmed_on__lt=stale_before())
        | Q(confirmation__confirmed_on__gt=local_today())
        | Q(confirmation__recorded_at__lt=F("terms_changed_at"))
    )


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
        """With the organisation and the client confirmation the card's badge shows, and
        without the long texts a card never shows (the search vector alone is as big as the
        description)."""
        return self.select_related("organisation", "confirmation").defer(
            "description", "terms_notes", "search_vector", "confirmation__note"
        )

    def for_organisation(self, organisation):
        return self.filter(organisation=organisation)

    def needs_rescreen(self):
        """Published, but no current client confirmation backs the terms: none at all, or
        one so old that the terms may have changed since (see `rescreen_q`)."""
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
    # Set by every change of the terms (an edit, or copying the organisation's defaults): a
    # client confirmation recorded before it no longer covers the terms.
    terms_changed_at = models.DateTimeField(
        _("hybrid terms last changed at"), null=True, blank=True, editable=False
    )
    # The client confirmation that the current verification rests on: set by publishing,
    # confirming the terms and re-verifying an edit of published terms, never by hand.
    confirmation = models.ForeignKey(
        "ClientConfirmation",
        verbose_name=_("client confirmation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
    )
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
                condition=Q(closing_date__lte=F("start_date")),
                name="assignments_assignment_closing_on_or_before_start",
                violation_error_message=_("The closing date cannot be after the start date."),
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
            # The admin's work queue: by status.
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
        if self.start_date and self.closing_date and self.closing_date > self.start_date:
            errors.setdefault("closing_date", []).append(
                _(
                    "Candidates respond before the assignment starts: the closing date "
                    "(%(closing)s) cannot be after the start date (%(start)s)."
                )
                % {
                    "closing": formats.date_format(self.closing_date),
                    "start": formats.date_format(self.start_date),
                }
            )
        if errors:
            raise ValidationError(errors)

    @property
    def is_public(self):
        return self.status == Status.PUBLISHED and (
            self.closing_date is None or self.closing_date >= local_today()
        )

    @property
    def current_confirmation(self):
        """The client confirmation the terms rest on, when the data holds one: recorded after
        the terms last changed and not dated in the future; else None. What the public badge
        shows (the badge never claims more than this)."""
        if self.confirmation_id is None:
            return None
        confirmation = self.confirmation
        if confirmation.confirmed_on > local_today():
            return None
        if self.terms_changed_at is not None and confirmation.recorded_at < self.terms_changed_at:
            return None
        return confirmation

    @property
    def needs_rescreen(self):
        """Published without a current client confirmation, or with a stale one."""
        if self.status != Status.PUBLISHED:
            return False
        confirmation = self.current_confirmation
        return confirmation is None or confirmation.is_stale


class ClientConfirmation(models.Model):
    """The client's confirmation of an assignment's hybrid terms: when, how and by whom at
    the client. One row per confirmation, kept as history; written only by
    `assignments.services`. Copying the organisation's defaults is never one."""

    assignment = models.ForeignKey(
        Assignment,
        verbose_name=_("assignment"),
        on_delete=models.CASCADE,
        related_name="confirmations",
    )
    confirmed_on = models.DateField(
        _("confirmed by the client on"),
        help_text=_("The day the client confirmed the terms; not in the future."),
    )
    channel = models.CharField(_("confirmed via"), max_length=20, choices=Channel)
    client_contact = models.CharField(
        _("who at the client"),
        max_length=200,
        help_text=_(
            "Name and role, for example “Marieke Jansen, head of communications”. Never "
            "shown on the public site."
        ),
    )
    note = models.TextField(_("note on the confirmation"), blank=True)
    recorded_by = user_field(_("recorded by"))
    recorded_at = models.DateTimeField(_("recorded at"), default=timezone.now)

    class Meta:
        ordering = ["-recorded_at", "-pk"]
        verbose_name = _("client confirmation")
        verbose_name_plural = _("client confirmations")
        constraints = [
            choice_constraint("channel", Channel),
            models.CheckConstraint(
                condition=~Q(client_contact=""),
                name="assignments_clientconfirmation_contact_given",
                violation_error_message=_("Say who at the client confirmed the terms."),
            ),
        ]
        indexes = [
            models.Index(
                fields=["assignment", "-recorded_at"], name="confirmation_assignment_recent"
            ),
        ]

    def __str__(self):
        return _("%(date)s (%(channel)s)") % {
            "date": formats.date_format(self.confirmed_on),
            "channel": self.get_channel_display(),
        }

    def clean(self):
        # A rule that depends on today cannot be a database constraint (a CHECK must give the
        # same answer every day); the services run it on every confirmation they record.
        if self.confirmed_on and self.confirmed_on > local_today():
            raise ValidationError(
                {
                    "confirmed_on": _("The confirmation cannot be dated in the future (%(date)s).")
                    % {"date": formats.date_format(self.confirmed_on)}
                }
            )

    @property
    def is_stale(self):
        return self.confirmed_on < stale_before()

    def as_details(self):
        """What a history entry keeps of it: no contact name, which the row holds."""
        return {"confirmed_on": self.confirmed_on.isoformat(), "channel": self.channel}


class ScreeningEvent(models.Model):
    """One step in an assignment's screening history: a transition, or a change of terms
    (then `from_status` equals `to_status`). Written only by `assignments.services`.

    What the system says about a step is kept as data in `details` and put into words when
    it is read (`lines()`), so every reader sees it in their own language; `note` is what
    the recruiter wrote, as they wrote it. `details` may hold:

    - "changes": [[field, old, new], ...] for changed terms (values as JSON: tools by name,
      fixed office days as their mask);
    - "copied": [field, ...] copied from the organisation's defaults;
    - "confirmation": {"confirmed_on": ISO date, "channel": code} for a recorded client
      confirmation;
    - "verified_on": the same, for the confirmation the terms were verified on;
    - "closing_date_passed": ISO date, when `close_expired` closed it;
    - "date_rule": true, when a migration moved a closing date to the start date.
    """

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
    details = models.JSONField(_("details"), default=dict, blank=True, encoder=DjangoJSONEncoder)
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

    def lines(self):
        """What happened, in the active language: one line per fact, then the note."""
        details = self.details or {}
        lines = []
        if details.get("copied"):
            lines.append(copied_line(details["copied"]))
        for name, old, new in details.get("changes", ()):
            lines.append(
                f"{term_label(name)}: {display_value(name, old)} → {display_value(name, new)}"
            )
        if details.get("date_rule"):
            lines.append(
                gettext(
                    "The closing date was after the start date; it was moved to the start "
                    "date when that rule was introduced."
                )
            )
        if details.get("confirmation"):
            lines.append(confirmation_line(details["confirmation"]))
        if details.get("verified_on"):
            lines.append(verified_line(details["verified_on"]))
        if details.get("closing_date_passed"):
            lines.append(
                gettext("Closed automatically: the closing date (%(date)s) has passed.")
                % {"date": display_date(details["closing_date_passed"])}
            )
        if self.note:
            lines.append(self.note)
        return lines

    def text(self):
        return "\n".join(self.lines())


# Words for the history -------------------------------------------------------------------


def term_label(name):
    return str(Assignment._meta.get_field(name).verbose_name)


def copied_line(names):
    return gettext("Copied from the organisation's defaults: %(fields)s.") % {
        "fields": ", ".join(term_label(name) for name in names)
    }


def confirmation_line(confirmation):
    return gettext("Client confirmation of %(date)s (%(channel)s) recorded.") % {
        "date": display_date(confirmation["confirmed_on"]),
        "channel": Channel(confirmation["channel"]).label,
    }


def verified_line(confirmation):
    return gettext("Terms verified on the client's confirmation of %(date)s (%(channel)s).") % {
        "date": display_date(confirmation["confirmed_on"]),
        "channel": Channel(confirmation["channel"]).label,
    }


def display_date(value):
    if isinstance(value, str):
        value = date.fromisoformat(value)
    return formats.date_format(value)


def stored_value(name, value):
    """A field's value as a history entry keeps it (see ScreeningEvent.details)."""
    if name == "tools":
        return sorted(tool.name for tool in value)
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, date):
        return value.isoformat()
    return value


def display_value(name, value):
    """A stored value in words, in the active language."""
    if value is None or value == "" or value == []:
        return "—"
    if name == "tools":
        return ", ".join(value)
    if name == "office_days":
        return ", ".join(str(day.label) for day in Weekday.from_mask(value)) or "—"
    if isinstance(value, bool):
        return gettext("yes") if value else gettext("no")
    field = Assignment._meta.get_field(name)
    if field.choices:
        return str(dict(field.flatchoices).get(value, value))
    if isinstance(field, models.DateField):
        return display_date(value)
    if isinstance(field, models.DecimalField):
        try:
            return formats.number_format(Decimal(value), field.decimal_places)
        except InvalidOperation:
            return str(value)
    return str(value)
