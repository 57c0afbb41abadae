"""The filters of the public lists: exactly the GET parameters of the contract.

An invalid value only invalidates its own parameter: django-filter leaves fields that fail
validation out of `cleaned_data`, and the views are not strict, so the other filters still
apply and the form shows the error next to the field."""

import copy
import re
from datetime import date

import django_filters
from django import forms
from django.contrib.postgres.expressions import ArraySubquery
from django.contrib.postgres.search import SearchQuery, SearchRank, SearchVector
from django.db import connections, models
from django.db.models import BooleanField, Case, F, FloatField, Func, Q, Value, When
from django.utils.formats import date_format
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _

from core.links import query_without
from organisations.models import (
    MAX_HOME_DAYS,
    MAX_ONBOARDING_WEEKS,
    Abroad,
    CrisisPresence,
    Kind,
    Organisation,
    Province,
)

from .models import MAX_HOURS_PER_WEEK, MAX_RATE, Assignment, Role

MAX_QUERY_LENGTH = 200
# PostgreSQL's Dutch stemmer: "communicatieadviseurs" finds "communicatieadviseur".
SEARCH_CONFIG = "dutch"
# Words and numbers only: nothing of tsquery's own syntax (& | ! : * ( ) quotes) gets through.
WORD = re.compile(r"\w+")


def word_query(word, weights=""):
    """A word, also as the start of a longer word (a compound, or a word still being typed):
    "communicatie" finds "communicatieadviseurs", and the Dutch stemmer makes
    "communicatieadviseurs" find "communicatieadviseur". `weights="A"`: in the title only."""
    return SearchQuery(f"{word}:*{weights}", search_type="raw", config=SEARCH_CONFIG)


class AnyOf(Func):
    """`column = ANY(ARRAY(subquery))`. PostgreSQL runs the subquery once and looks the values
    up in the column's index, so an OR with the full-text match becomes a BitmapOr of two
    index scans; `column IN (subquery)` inside an OR makes it read the whole table."""

    arg_joiner = " = ANY("
    template = "(%(expressions)s))"
    output_field = BooleanField()


class ChoicesField(forms.MultipleChoiceField):
    """An empty value means "no choice" (a select left on "All kinds" sends `org_kind=`),
    not an unknown one."""

    def clean(self, value):
        return super().clean([item for item in value or [] if item != ""])


class ChoicesFilter(django_filters.MultipleChoiceFilter):
    field_class = ChoicesField


def choices_filter(field_name, choices, label):
    """A repeatable parameter: any of the given values matches; one unknown value makes the
    whole parameter invalid. No DISTINCT: every lookup here follows a to-one relation."""
    return ChoicesFilter(
        field_name=field_name,
        choices=choices,
        label=label,
        distinct=False,
        widget=forms.CheckboxSelectMultiple,
    )


class Sort(models.TextChoices):
    RELEVANCE = "relevance", _("Best match")
    NEWEST = "newest", _("Newest first")
    HOME_DAYS = "home_days", _("Most home days")
    START = "start", _("Starts soonest")
    CLOSING = "closing", _("Closes soonest")


# Every order ends on the primary key so that pages never overlap or skip a row. Public
# assignments always have a publication date and complete terms (database constraints), so
# only the closing date can be empty; each order is one of the partial indexes on published
# assignments (Assignment.Meta.indexes), which PostgreSQL reads in order and stops after a page.
SORT_ORDER = {
    # Relevance is computed per search (AssignmentFilter.relevance); newest breaks ties.
    Sort.RELEVANCE: ["-published_at", "-pk"],
    Sort.NEWEST: ["-published_at", "-pk"],
    Sort.HOME_DAYS: ["-home_days_max", "-home_days_min", "-published_at", "-pk"],
    Sort.START: ["start_date", "-published_at", "-pk"],
    # Open-ended last: PostgreSQL's default for ascending order, SQLite's needs saying.
    Sort.CLOSING: [F("closing_date").asc(nulls_last=True), "-published_at", "-pk"],
}


class IntegerFilter(django_filters.NumberFilter):
    # NumberFilter's DecimalField would take 2.5 home days; the contract counts whole ones.
    field_class = forms.IntegerField


def home_days_filter(field_name, label):
    return IntegerFilter(
        field_name=field_name,
        lookup_expr="gte",
        label=label,
        min_value=0,
        max_value=MAX_HOME_DAYS,
        # Shown under a select: "enter a whole number" would ask for something impossible.
        error_messages=dict.fromkeys(
            ["invalid", "min_value", "max_value"], _("Choose a number of home days from the list.")
        ),
    )


def date_filter(lookup_expr, label):
    return django_filters.DateFilter(
        field_name="start_date",
        lookup_expr=lookup_expr,
        label=label,
        input_formats=["%Y-%m-%d"],
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )


class ShallowCopies(dict):
    """A class's filters or form fields, copied one level deep per request instead of all the
    way down. django-filter deep-copies a FilterSet's filters, and Django a form's fields, for
    every instance, so that an instance may change its own without touching the class's: the
    copies of every label, choice list and widget cost the list more than compiling its SQL.
    Nothing here changes more than a filter's `parent` and `model`, which are set on the
    instance's own (shallow) copy."""

    def __deepcopy__(self, memo):
        copies = {name: copy.copy(item) for name, item in self.items()}
        for item in copies.values():
            if getattr(item, "method", None) is not None:
                item.method = item.method  # binds the method filter to this copy, not the class's
        return copies


class AssignmentFilterForm(forms.Form):
    """The list's form: each field validates itself, and `sort=relevance` needs a search."""

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("sort") == Sort.RELEVANCE and not cleaned.get("q", "").strip():
            self.add_error("sort", _("Sorting by best match needs a search text."))
        return cleaned


class AssignmentFilter(django_filters.FilterSet):
    """The contract's parameters, in the contract's order (the order of the normalised query
    string that feeds and alerts keep, `core.links.filter_query`)."""

    q = django_filters.CharFilter(
        method="search",
        label=_("Search"),
        max_length=MAX_QUERY_LENGTH,
        widget=forms.TextInput(attrs={"type": "search"}),
    )
    org_kind = choices_filter("organisation__kind", Kind.choices, _("Kind of organisation"))
    province = choices_filter("organisation__province", Province.choices, _("Province"))
    role = choices_filter("role", Role.choices, _("Role"))
    # "Possible" and "guaranteed": 1–3 home days is 3 possible but only 1 guaranteed.
    min_home_days = home_days_filter("home_days_max", _("Home days a week possible"))
    min_guaranteed_home_days = home_days_filter("home_days_min", _("Home days a week guaranteed"))
    max_onboarding_weeks = IntegerFilter(
        field_name="onboarding_weeks",
        lookup_expr="lte",
        label=_("Onboarding, at most (weeks)"),
        min_value=0,
        max_value=MAX_ONBOARDING_WEEKS,
    )
    crisis = choices_filter("crisis_presence", CrisisPresence.choices, _("Crisis presence"))
    abroad = django_filters.ChoiceFilter(
        method="filter_abroad",
        label=_("Working from abroad possible"),
        choices=[("1", _("At least a few days a year"))],
    )
    # Hours overlap: "at most 24" keeps a 20–36 assignment (it can be done in 24 hours), and
    # so does "at least 32".
    max_hours = IntegerFilter(
        field_name="hours_min",
        lookup_expr="lte",
        label=_("Hours a week, at most"),
        min_value=1,
        max_value=MAX_HOURS_PER_WEEK,
    )
    min_hours = IntegerFilter(
        field_name="hours_max",
        lookup_expr="gte",
        label=_("Hours a week, at least"),
        min_value=1,
        max_value=MAX_HOURS_PER_WEEK,
    )
    # Whole euros; an assignment without a rate says nothing about the pay and drops out.
    min_rate = IntegerFilter(
        field_name="max_rate",
        lookup_expr="gte",
        label=_("Hourly rate, at least (€)"),
        min_value=1,
        max_value=MAX_RATE,
    )
    starts_before = date_filter("lte", _("Starts on or before"))
    starts_after = date_filter("gte", _("Starts on or after"))
    sort = django_filters.ChoiceFilter(
        method="order", label=_("Sort by"), choices=Sort.choices, empty_label=None
    )

    class Meta:
        model = Assignment
        fields = []
        form = AssignmentFilterForm

    @classmethod
    def cached_form_class(cls, build):
        if "_form_class" not in cls.__dict__:
            form_class = build()
            form_class.base_fields = ShallowCopies(form_class.base_fields)
            cls._form_class = form_class
        return cls._form_class

    def get_form_class(self):
        """django-filter builds a new form class, and a field per filter, for every request;
        its fields are the same every time (Django's forms copy them per form anyway), so
        the class is built once per process."""
        return self.cached_form_class(super().get_form_class)

    @property
    def search_text(self):
        """The valid search text, or "" (also for an unbound filterset)."""
        if not self.is_bound:
            return ""
        self.form.is_valid()
        return self.form.cleaned_data.get("q") or ""

    @property
    def default_sort(self):
        """The order without a `sort` parameter: the best match for a search, else the newest.
        The canonical address leaves it out."""
        return Sort.RELEVANCE if self.search_text.strip() else Sort.NEWEST

    @property
    def chosen_sort(self):
        """The order the list is in: a valid `sort`, or the default."""
        if self.is_bound:
            self.form.is_valid()
            sort = self.form.cleaned_data.get("sort")
            if sort:
                return Sort(sort)
        return self.default_sort

    def search(self, queryset, name, value):
        if connections[queryset.db].vendor == "postgresql":
            return self.full_text_search(queryset, value)
        # Elsewhere (SQLite, for trying the site out): every word as a substring.
        terms = value.split()
        for term in terms:
            queryset = queryset.filter(
                Q(title__icontains=term)
                | Q(description__icontains=term)
                | Q(organisation__name__icontains=term)
            )
        return queryset

    def full_text_search(self, queryset, value):
        """Every word must be found in the title, the description or the organisation's name,
        as on SQLite: in the stored `search_vector` (its GIN index) or through the few
        organisations whose name has it."""
        words = WORD.findall(value)
        if not words:
            return queryset.none()  # only punctuation, which no text contains as a word
        for word in dict.fromkeys(words):
            queryset = queryset.filter(
                Q(search_vector=word_query(word)) | Q(named_organisation(word))
            )
        return queryset

    def relevance(self, queryset):
        """The best match first. On PostgreSQL: first by how many of the words are in the
        title (weight A of the stored vector), then by the weighted full-text rank (title
        above description) plus a share for each word in the organisation's name; on
        SQLite, which has no rank: by the words in the title, then in the organisation's
        name. Newest breaks ties."""
        value = self.search_text
        if connections[queryset.db].vendor == "postgresql":
            words = list(dict.fromkeys(WORD.findall(value)))
            if not words:  # punctuation only: the search found nothing to order
                return queryset.order_by(*SORT_ORDER[Sort.RELEVANCE])
            in_title = sum_of(
                When(Q(search_vector=word_query(word, weights="A")), then=1) for word in words
            )
            in_name = sum_of(When(named_organisation(word), then=1) for word in words)
            match = SearchQuery(
                " | ".join(f"{word}:*" for word in words), search_type="raw", config=SEARCH_CONFIG
            )
            rank = SearchRank(F("search_vector"), match) + ORGANISATION_WEIGHT * in_name
        else:
            words = list(dict.fromkeys(value.split()))
            if not words:
                return queryset.order_by(*SORT_ORDER[Sort.RELEVANCE])
            in_title = sum_of(When(title__icontains=word, then=1) for word in words)
            rank = sum_of(When(organisation__name__icontains=word, then=1) for word in words)
        # Ranked among the newest matches the list can show at all (it counts, and pages, to
        # 1,000): a common word matches tens of thousands, and ranking them all would read
        # every one's vector on each search. They are found once, in the newest index, and
        # their keys are kept: the count and the ranking then read them by key instead of
        # searching again.
        pool = list(
            queryset.order_by(*SORT_ORDER[Sort.NEWEST]).values_list("pk", flat=True)[
                :RELEVANCE_POOL
            ]
        )
        return (
            self.queryset.filter(pk__in=pool)
            .alias(in_title=in_title, rank=rank)
            .order_by(F("in_title").desc(), F("rank").desc(), *SORT_ORDER[Sort.RELEVANCE])
        )

    def filter_abroad(self, queryset, name, value):
        return queryset.filter(abroad__in=ABROAD_POSSIBLE)

    def order(self, queryset, name, value):
        # The order is applied last, by `qs`, once the search is known.
        return queryset

    def without(self, name):
        """The list without one filter, from the form already validated: the suggestions of
        an empty list count these (no second FilterSet, no second validation)."""
        queryset = self.queryset.all()
        for other, value in self.form.cleaned_data.items():
            if other not in (name, "sort"):
                queryset = self.filters[other].filter(queryset, value)
        return queryset

    @property
    def qs(self):
        queryset = super().qs
        if self.chosen_sort == Sort.RELEVANCE:
            return self.relevance(queryset)
        return queryset.order_by(*SORT_ORDER[self.chosen_sort])


AssignmentFilter.base_filters = ShallowCopies(AssignmentFilter.base_filters)


# What `abroad=1` keeps (also in the list's table in memory, assignments.facets).
ABROAD_POSSIBLE = [Abroad.INCIDENTAL, Abroad.ALLOWED]

# How many of a search's newest matches are ranked: one more than the list counts to.
RELEVANCE_POOL = 1001

# What one word in the organisation's name weighs against the full-text rank of the title
# and description (ts_rank gives a word in the title about 0.6, one in the description 0.25).
ORGANISATION_WEIGHT = 0.3


def named_organisation(word):
    """`organisation_id = ANY(ARRAY(the organisations whose name has the word))`."""
    named = (
        Organisation.objects.alias(found=SearchVector("name", config=SEARCH_CONFIG))
        .filter(found=word_query(word))
        .values("pk")
    )
    return AnyOf(F("organisation_id"), ArraySubquery(named))


def sum_of(whens):
    return sum(
        (Case(when, default=Value(0), output_field=FloatField()) for when in whens),
        start=Value(0.0, output_field=FloatField()),
    )


class OrganisationFilter(django_filters.FilterSet):
    kind = choices_filter("kind", Kind.choices, _("Kind of organisation"))
    province = choices_filter("province", Province.choices, _("Province"))

    class Meta:
        model = Organisation
        fields = []


# Chips: the active filters in words, each with the address of the list without it.


def active_filters(query, filterset):
    """A removable chip for every valid narrowing value: (parameter, label, query without it).
    Each label is a plain `str` in the active language, never a lazy translation: feeds, mails
    and the empty-list suggestions join them."""
    if not filterset.is_bound:
        return []
    chips = []
    for name in filterset.filters:
        value = filterset.form.cleaned_data.get(name)
        # Every filter narrows the list (a chip each) but `sort`, which only arranges it.
        if name == "sort" or value in (None, "", []):
            continue
        field = filterset.form[name]
        if isinstance(value, list):
            choices = dict(field.field.choices)
            for item in dict.fromkeys(value):
                label = f"{field.label}: {choices[item]}"
                chips.append((name, label, query_without(query, name, item)))
        else:
            chips.append((name, chip_label(field, value), query_without(query, name)))
    return chips


def chip_label(field, value):
    if field.name == "abroad":
        return str(field.label)
    if field.name == "q":
        return f"{field.label}: “{value}”"
    if field.name in HOME_DAYS_CHOICE_LABELS:
        return HOME_DAYS_CHOICE_LABELS[field.name](value)
    if field.name == "min_rate":
        return gettext("Rate at least € %(rate)s an hour") % {"rate": value}
    if isinstance(value, date):
        value = date_format(value)
    return f"{field.label}: {value}"


def possible_home_days_label(days):
    return ngettext(
        "At least %(days)s home day possible", "At least %(days)s home days possible", days
    ) % {"days": days}


def guaranteed_home_days_label(days):
    return ngettext(
        "At least %(days)s home day guaranteed", "At least %(days)s home days guaranteed", days
    ) % {"days": days}


# The options of the two home-day selects, which are also their chips' words.
HOME_DAYS_CHOICE_LABELS = {
    "min_home_days": possible_home_days_label,
    "min_guaranteed_home_days": guaranteed_home_days_label,
}
