from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import F, Q
from django.urls import reverse
from django.utils.translation import gettext, ngettext, pgettext_lazy
from django.utils.translation import gettext_lazy as _

from core.models import ChangeStamps, choice_constraint, range_constraint

from .weekdays import Weekday, WeekdaysField

MAX_HOME_DAYS = 5
MAX_ONBOARDING_WEEKS = 26


class Kind(models.TextChoices):
    MINISTRY = "ministry", _("Ministry")
    MUNICIPALITY = "municipality", _("Municipality")
    PROVINCE = "province", _("Province")
    WATER_BOARD = "water_board", _("Water board")
    AGENCY = "agency", _("Executive agency")
    OTHER = "other", _("Other")


class Size(models.TextChoices):
    LARGE = "large", _("Large")
    MEDIUM = "medium", _("Medium")
    SMALL = "small", _("Small")


class Province(models.TextChoices):
    # Proper names: the same in Dutch and English on this site.
    DRENTHE = "drenthe", "Drenthe"
    FLEVOLAND = "flevoland", "Flevoland"
    FRIESLAND = "friesland", "Friesland"
    GELDERLAND = "gelderland", "Gelderland"
    GRONINGEN = "groningen", "Groningen"
    LIMBURG = "limburg", "Limburg"
    NOORD_BRABANT = "noord-brabant", "Noord-Brabant"
    NOORD_HOLLAND = "noord-holland", "Noord-Holland"
    OVERIJSSEL = "overijssel", "Overijssel"
    UTRECHT = "utrecht", "Utrecht"
    ZEELAND = "zeeland", "Zeeland"
    ZUID_HOLLAND = "zuid-holland", "Zuid-Holland"


class CrisisPresence(models.TextChoices):
    NONE = "none", _("No crisis duty")
    ON_CALL = "on_call", _("On call, remotely")
    ON_SITE = "on_site", _("On site during a crisis")


class Abroad(models.TextChoices):
    NOT_ALLOWED = "not_allowed", _("Not allowed")
    INCIDENTAL = "incidental", _("A few days, with prior approval")
    ALLOWED = "allowed", _("Allowed")


class DayKind(models.TextChoices):
    """What a weekday is in the visual week of an assignment's terms."""

    FIXED = "fixed", pgettext_lazy("day in the week", "Fixed office day")
    OFFICE = "office", pgettext_lazy("day in the week", "Office")
    FLEXIBLE = "flexible", pgettext_lazy("day in the week", "Home or office")
    HOME = "home", pgettext_lazy("day in the week", "Home")


class ScreeningRequirement(models.TextChoices):
    NONE = "none", _("None")
    VOG = "vog", _("Certificate of conduct (VOG)")
    CLEARANCE = "clearance", _("Security clearance")


class Tool(models.Model):
    """A collaboration tool an organisation works with (Teams, SharePoint, ...)."""

    name = models.CharField(_("name"), max_length=60, unique=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("collaboration tool")
        verbose_name_plural = _("collaboration tools")

    def __str__(self):
        return self.name


class HybridTerms(models.Model):
    """The structured hybrid-work terms: on every assignment, and as defaults on every
    organisation. Empty means "not screened yet"; publishing needs them complete."""

    home_days_min = models.PositiveSmallIntegerField(
        _("home days guaranteed"),
        null=True,
        blank=True,
        validators=[MinValueValidator(0), MaxValueValidator(MAX_HOME_DAYS)],
        help_text=_("Home-working days per week the client guarantees (0–5)."),
    )
    home_days_max = models.PositiveSmallIntegerField(
        _("home days at most"),
        null=True,
        blank=True,
        validators=[MinValueValidator(0), MaxValueValidator(MAX_HOME_DAYS)],
        help_text=_("Home-working days per week that are possible at most (0–5)."),
    )
    office_days = WeekdaysField(
        _("fixed office days"),
        blank=True,
        help_text=_("Weekdays on which everyone is expected at the office."),
    )
    onboarding_weeks = models.PositiveSmallIntegerField(
        _("onboarding weeks"),
        null=True,
        blank=True,
        validators=[MinValueValidator(0), MaxValueValidator(MAX_ONBOARDING_WEEKS)],
        help_text=_("Weeks at the start with more office presence (0–26)."),
    )
    onboarding_home_days = models.PositiveSmallIntegerField(
        _("home days during onboarding"),
        null=True,
        blank=True,
        validators=[MinValueValidator(0), MaxValueValidator(MAX_HOME_DAYS)],
        help_text=_("Home days per week during onboarding; not more than the home days at most."),
    )
    crisis_presence = models.CharField(
        _("crisis presence"), max_length=10, choices=CrisisPresence, blank=True
    )
    abroad = models.CharField(_("working from abroad"), max_length=12, choices=Abroad, blank=True)
    office_only_documents = models.BooleanField(
        _("office-only documents"),
        null=True,
        blank=True,
        help_text=_("Confidential documents may only be handled at the office."),
    )
    screening_requirement = models.CharField(
        _("screening requirement"), max_length=10, choices=ScreeningRequirement, blank=True
    )
    home_allowance_per_day = models.DecimalField(
        _("home-working allowance per day (EUR)"),
        max_digits=6,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
    )
    setup_allowance = models.DecimalField(
        _("home workplace allowance (EUR, one-off)"),
        max_digits=7,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
    )
    tools = models.ManyToManyField(
        Tool, verbose_name=_("collaboration tools"), blank=True, related_name="%(class)ss"
    )
    terms_notes = models.TextField(
        _("notes on the hybrid terms"),
        blank=True,
        help_text=_("Nuance the fields above cannot hold."),
    )

    # Fields that must be known before an assignment can be published.
    REQUIRED_TERMS = (
        "home_days_min",
        "home_days_max",
        "onboarding_weeks",
        "onboarding_home_days",
        "crisis_presence",
        "abroad",
        "office_only_documents",
        "screening_requirement",
    )

    class Meta:
        abstract = True
        constraints = [
            range_constraint("home_days_min", 0, MAX_HOME_DAYS),
            range_constraint("home_days_max", 0, MAX_HOME_DAYS),
            models.CheckConstraint(
                condition=Q(home_days_min__lte=F("home_days_max")),
                name="%(app_label)s_%(class)s_home_days_min_lte_max",
                violation_error_message=_(
                    "Guaranteed home days cannot exceed the home days at most."
                ),
            ),
            range_constraint("office_days", 0, Weekday.ALL),
            models.CheckConstraint(
                condition=Q(
                    home_days_max__lte=MAX_HOME_DAYS - Weekday.count_expression("office_days")
                ),
                name="%(app_label)s_%(class)s_office_days_leave_home_days",
                violation_error_message=_(
                    "The fixed office days leave no room for that many home days."
                ),
            ),
            range_constraint("onboarding_weeks", 0, MAX_ONBOARDING_WEEKS),
            range_constraint("onboarding_home_days", 0, MAX_HOME_DAYS),
            models.CheckConstraint(
                condition=Q(onboarding_home_days__lte=F("home_days_max")),
                name="%(app_label)s_%(class)s_onboarding_home_days_lte_max",
                violation_error_message=_(
                    "Home days during onboarding cannot exceed the home days at most."
                ),
            ),
            choice_constraint("crisis_presence", CrisisPresence, blank=True),
            choice_constraint("abroad", Abroad, blank=True),
            choice_constraint("screening_requirement", ScreeningRequirement, blank=True),
            range_constraint("home_allowance_per_day", 0),
            range_constraint("setup_allowance", 0),
        ]

    def clean(self):
        super().clean()
        errors = {}
        if (
            self.home_days_min is not None
            and self.home_days_max is not None
            and self.home_days_min > self.home_days_max
        ):
            errors["home_days_min"] = _(
                "Guaranteed home days (%(min)s) cannot exceed the home days at most (%(max)s)."
            ) % {"min": self.home_days_min, "max": self.home_days_max}
        if (
            self.onboarding_home_days is not None
            and self.home_days_max is not None
            and self.onboarding_home_days > self.home_days_max
        ):
            errors["onboarding_home_days"] = _(
                "Home days during onboarding (%(onboarding)s) cannot exceed the home days "
                "at most (%(max)s)."
            ) % {"onboarding": self.onboarding_home_days, "max": self.home_days_max}
        fixed = len(self.office_day_list)
        if self.home_days_max is not None and fixed + self.home_days_max > MAX_HOME_DAYS:
            errors["office_days"] = _(
                "%(fixed)s fixed office days leave no room for %(home)s home days a week."
            ) % {"fixed": fixed, "home": self.home_days_max}
        if errors:
            raise ValidationError(errors)

    @classmethod
    def complete_terms_q(cls):
        """The database's view of `terms_complete`: every required term is filled in."""
        condition = Q()
        for name in cls.REQUIRED_TERMS:
            field = cls._meta.get_field(name)
            condition &= Q(**{f"{name}__isnull": False})
            if field.choices:
                condition &= ~Q(**{name: ""})
        return condition

    @property
    def missing_terms(self):
        """Names of the required terms that are not filled in yet."""
        return [name for name in self.REQUIRED_TERMS if getattr(self, name) in (None, "")]

    @property
    def terms_complete(self):
        return not self.missing_terms

    @property
    def screening_text(self):
        """The screening requirement as candidates read it: "not needed" rather than "none",
        which beside the word "screening" reads as "under review"."""
        if self.screening_requirement == ScreeningRequirement.NONE:
            return gettext("Not needed")
        return self.get_screening_requirement_display()

    def hybrid_summary(self):
        """One line with the terms candidates look at first, e.g.
        "2–3 home days · 6 weeks onboarding · on site in a crisis"."""
        parts = []
        low, high = self.home_days_min, self.home_days_max
        if high == 0:
            parts.append(gettext("office only"))
        elif high is not None:
            if low is None or low == high:
                text = ngettext("%(max)s home day", "%(max)s home days", high)
            else:
                text = ngettext("%(min)s–%(max)s home days", "%(min)s–%(max)s home days", high)
            parts.append(text % {"min": low, "max": high})
        if self.onboarding_weeks:
            parts.append(
                ngettext(
                    "%(weeks)s week onboarding", "%(weeks)s weeks onboarding", self.onboarding_weeks
                )
                % {"weeks": self.onboarding_weeks}
            )
        if self.crisis_presence == CrisisPresence.ON_SITE:
            parts.append(gettext("on site in a crisis"))
        elif self.crisis_presence == CrisisPresence.ON_CALL:
            parts.append(gettext("on call in a crisis"))
        if self.abroad == Abroad.INCIDENTAL:
            parts.append(gettext("a few days abroad"))
        elif self.abroad == Abroad.ALLOWED:
            parts.append(gettext("abroad allowed"))
        return " · ".join(parts)

    @property
    def office_day_list(self):
        return Weekday.from_mask(self.office_days or 0)

    def week(self):
        """The five weekdays as (Weekday, DayKind) pairs, or [] while the home days are unknown.

        Only fixed office days sit on a real weekday; the others are a count that candidates
        agree with their team. The picture puts office days early and home days late in the
        week, the way most teams plan it."""
        if self.home_days_max is None:
            return []
        fixed = set(self.office_day_list)
        free = [day for day in Weekday if day not in fixed]
        low = self.home_days_min if self.home_days_min is not None else self.home_days_max
        home, flexible = low, self.home_days_max - low
        office = max(len(free) - home - flexible, 0)
        kinds = iter(
            [DayKind.OFFICE] * office + [DayKind.FLEXIBLE] * flexible + [DayKind.HOME] * home
        )
        return [(day, DayKind.FIXED if day in fixed else next(kinds)) for day in Weekday]


class Organisation(HybridTerms, ChangeStamps):
    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=200, unique=True)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind)
    size = models.CharField(_("size"), max_length=10, choices=Size, blank=True)
    province = models.CharField(_("province"), max_length=20, choices=Province)
    city = models.CharField(_("city"), max_length=100)
    website = models.URLField(_("website"), blank=True)
    description = models.TextField(_("description"), blank=True)

    class Meta(HybridTerms.Meta):
        ordering = ["name"]
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        constraints = [
            *HybridTerms.Meta.constraints,
            choice_constraint("kind", Kind),
            choice_constraint("size", Size, blank=True),
            choice_constraint("province", Province),
        ]
        indexes = [
            models.Index(fields=["kind", "province"], name="organisation_kind_province"),
            models.Index(fields=["province"], name="organisation_province"),
        ]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("organisations:detail", args=[self.slug])
