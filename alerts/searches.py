"""What an alert's stored search is: the list's filters as one normalised query string, and
that string read back as the list's filters and chip labels."""

from django.http import QueryDict
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from assignments.filters import AssignmentFilter, active_filters
from assignments.models import Assignment
from core.links import absolute_url, filter_query, with_query


def filterset_for(query):
    return AssignmentFilter(QueryDict(query), queryset=Assignment.objects.public())


def normalise_query(params):
    """The normalised query string of any GET parameters (a QueryDict): only the valid
    narrowing filters (no page, no sort), in the contract's order (`core.links.filter_query`)."""
    return filter_query(AssignmentFilter(params, queryset=Assignment.objects.none()))


def filter_labels(query, *, free_text=True):
    """The list's chip labels for a stored query, in the active language. Without free_text
    the text search is named, not quoted: every other filter is one of our own choices or a
    number, but the search text is whatever the visitor typed."""
    filterset = AssignmentFilter(QueryDict(query), queryset=Assignment.objects.none())
    filterset.form.is_valid()
    return [
        label if free_text or name != "q" else str(_("A search on text"))
        for name, label, _query in active_filters(QueryDict(query), filterset)
    ]


def list_url(query):
    return absolute_url(with_query(reverse("assignments:list"), query))
