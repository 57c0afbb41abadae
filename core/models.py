"""What every app's models use and no app owns: change stamps, the staff-member field, the
constraint helpers, and the public data version that keys the page cache."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


def choice_constraint(field, choices, *, blank=False, name=None):
    """A named CheckConstraint that keeps a choice field inside its choices in the database."""
    values = list(choices.values) + ([""] if blank else [])
    return models.CheckConstraint(
        condition=Q(**{f"{field}__in": values}),
        name=name or f"%(app_label)s_%(class)s_{field}_valid",
        violation_error_message=_("Select a valid choice."),
    )


def range_constraint(field, low, high=None):
    condition = Q(**{f"{field}__gte": low})
    if high is not None:
        condition &= Q(**{f"{field}__lte": high})
    return models.CheckConstraint(
        condition=condition,
        name=f"%(app_label)s_%(class)s_{field}_range",
        violation_error_message=_("This value is out of range."),
    )


def user_field(verbose_name, **kwargs):
    """A staff member recorded on a row (who changed, verified, claimed it): optional, kept
    when the account is deleted, and no reverse accessor on the user."""
    return models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=verbose_name,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        **kwargs,
    )


class ChangeStamps(models.Model):
    """When a row was made and last changed, and by whom (set where it is saved: the admin's
    save_model and the services)."""

    created_at = models.DateTimeField(_("created at"), default=timezone.now, editable=False)
    updated_at = models.DateTimeField(_("changed at"), auto_now=True)
    updated_by = user_field(_("changed by"))

    class Meta:
        abstract = True


class PublicDataVersion(models.Model):
    """A single row counting the changes to what public pages show (assignments, organisations,
    tools, FAQ pages). Cached pages and figures carry the count in their key, so a change makes
    every older copy unreachable at once, in every process and on every server: the counter
    lives in the database, is raised in the same transaction as the change, and reading it is
    one primary-key lookup. See `core.cache`."""

    value = models.BigIntegerField(_("version"), default=0)

    class Meta:
        # Made by the assignments app before the site had a core app; the table kept its name.
        db_table = "assignments_publicdataversion"
        ordering = ["pk"]
        verbose_name = _("public data version")
        verbose_name_plural = _("public data versions")

    def __str__(self):
        return str(self.value)
