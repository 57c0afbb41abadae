"""The filters of the public lists: exactly the GET parameters of the contract.

An invalid value only invalidates its own parameter: django-filter leaves fields that fail
validation out of `cleaned_data`, and the views are not strict, so the other filters still
apply and the form shows the error next to the field."""

import re
from datetime import date

import django_filters
from django import forms
from django.contrib.postgres.expressions import ArraySubquery
from django.contrib.postgres.search import SearchQuery, SearchVector
from django.db import connections, models
from django.db.models import BooleanField, F, Func, Q
from django.utils.formats import date_format
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

from .models import MAX_HOURS_PER_WEEK, Assignment, Role

MAX_QUERY_LENGTH = 200
# PostgreSQL's Dutch stemmer: "communicatieadviseurs" finds "communicatieadviseur".
SEARCH_CONFIG = "dutch"
# Words and numbers only: nothing of tsquery's own syntax (& | ! : * ( ) quotes) gets through.
WORD = re.compile(r"\w+")


def word_query(word):
    """A word, also as the start of a longer word (a compound, or a word still being typed):
    "communicatie" finds "communicatieadviseurs", and the Dutch stemmer makes
    "communicatieadviseurs" find "communicatieadviseur"."""
    return SearchQuery(f"{word}:*", search_type="raw", config=SEARCH_CONFIG)


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
    NEWEST = "newest", _("Newest first")
    HOME_DAYS = "home_days", _("Most home days")
    START = "start", _("Starts soonest")
    CLOSING = "closing", _("Closes soonest")


# Every order ends on the primary key so that pages never overlap or skip a row. Public
# assignments always have a publication date and complete terms (database constraints), so
# only the closing date can be empty; each order is one of the partial indexes on published
# assignments (Assignment.Meta.indexes), which PostgreSQL reads in order and stops after a page.
SORT_ORDER = {
    Sort.NEWEST: ["-published_at", "-pk"],
    Sort.HOME_DAYS: ["-home_days_max", "-home_days_min", "-published_at", "-pk"],
    Sort.START: ["start_date", "-published_at", "-pk"],
    # Open-ended last: PostgreSQL's default for ascending order, SQLite's needs saying.
    Sort.CLOSING: [F("closing_date").asc(nulls_last=True), "-published_at", "-pk"],
}


class IntegerFilter(django_filters.NumberFilter):
    # NumberFilter's DecimalField would take 2.5 home days; the contract counts whole ones.
    field_class = forms.IntegerField


class AssignmentFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(
        method="search",
        label=_("Search"),
        max_length=MAX_QUERY_LENGTH,
        widget=forms.TextInput(attrs={"type": "search"}),
    )
    org_kind = choices_filter("organisation__kind", Kind.choices, _("Kind of organisation"))
    province = choices_filter("organisation__province", Province.choices, _("Province"))
    role = choices_filter("role", Role.choices, _("Role"))
    min_home_days = IntegerFilter(
        field_name="home_days_max",
        lookup_expr="gte",
        label=_("Home days a week, at least"),
        min_value=0,
        max_value=MAX_HOME_DAYS,
        # Shown under a select: "enter a whole number" would ask for something impossible.
        error_messages=dict.fromkeys(
            ["invalid", "min_value", "max_value"], _("Choose a number of home days from the list.")
        ),
    )
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
    max_hours = IntegerFilter(
        field_name="hours_min",
        lookup_expr="lte",
        label=_("Hours a week, at most"),
        min_value=1,
        max_value=MAX_HOURS_PER_WEEK,
    )
    starts_before = django_filters.DateFilter(
        field_name="start_date",
        lookup_expr="lte",
        label=_("Starts on or before"),
        input_formats=["%Y-%m-%d"],
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )
    sort = django_filters.ChoiceFilter(
        method="order", label=_("Sort by"), choices=Sort.choices, empty_label=None
    )

    # The order without a `sort` parameter; the canonical address leaves it out.
    default_sort = Sort.NEWEST

    class Meta:
        model = Assignment
        fields = []

    @classmethod
    def cached_form_class(cls, build):
        if "_form_class" not in cls.__dict__:
            cls._form_class = build()
        return cls._form_class

    def get_form_class(self):
        """django-filter builds a new form class, and a field per filter, for every request;
        its fields are the same every time (Django's forms copy them per form anyway), so
        the class is built once per process."""
        return self.cached_form_class(super().get_form_class)

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
        organisations = Organisation.objects.alias(found=SearchVector("name", config=SEARCH_CONFIG))
        for word in dict.fromkeys(words):
            query = word_query(word)
            named = organisations.filter(found=query).values("pk")
            queryset = queryset.filter(
                Q(search_vector=query) | Q(AnyOf(F("organisation_id"), ArraySubquery(named)))
            )
        return queryset

    def filter_abroad(self, queryset, name, value):
        return queryset.filter(abroad__in=[Abroad.INCIDENTAL, Abroad.ALLOWED])

    def order(self, queryset, name, value):
        return queryset.order_by(*SORT_ORDER[value])

    @property
    def qs(self):
        queryset = super().qs
        if not queryset.query.order_by:
            queryset = queryset.order_by(*SORT_ORDER[Sort.NEWEST])
        return queryset


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
    if isinstance(value, date):
        value = date_format(value)
    return f"{field.label}: {value}"
