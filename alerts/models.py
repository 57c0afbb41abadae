"""E-mail alerts: a saved filter of the public list, mailed as a digest of new matches.

These tables were made by the assignments app before alerts had an app of their own; they
kept their names (and their constraints theirs), so no row moved when the models did."""

import secrets
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from assignments.models import Assignment
from core.models import choice_constraint


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
    is confirmed (double opt-in). Written only by `alerts.services`."""

    email = models.EmailField(_("e-mail address"))
    # The normalised query string of the list's valid filters (no page, no sort), as made by
    # `alerts.services.normalise_query`; empty means every new assignment.
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
        db_table = "assignments_alert"
        ordering = ["-created_at", "-pk"]
        verbose_name = _("e-mail alert")
        verbose_name_plural = _("e-mail alerts")
        constraints = [
            choice_constraint("frequency", Frequency, name="assignments_alert_frequency_valid"),
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
        db_table = "assignments_alertdelivery"
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
    # The client's address (an IPv6 client by its /64 network), as made by
    # `core.ratelimit.client_key`.
    client = models.CharField(_("client"), max_length=64)
    # Only accepted attempts count against the address: refused ones would let anyone lock
    # an address out. Every attempt counts against the client.
    accepted = models.BooleanField(_("accepted"), default=False)
    created_at = models.DateTimeField(_("at"), default=timezone.now)

    class Meta:
        db_table = "assignments_alertsignup"
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
