from math import ceil

from django.core.exceptions import EmptyResultSet
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db.models import Count
from django.db.models.expressions import RawSQL
from django.http import Http404
from django.shortcuts import render
from django.utils.cache import patch_vary_headers
from django.views.generic import DetailView, ListView, TemplateView
from django.views.generic.detail import SingleObjectMixin
from django_filters.views import FilterView

from core.links import canonical_query, filter_query, query_without
from core.middleware import HTMX_HEADERS
from organisations.models import MAX_HOME_DAYS, DayKind, Kind, Organisation, Province

from . import facets
from .cards import rendered_cards
from .filter_panel import render_filter_panel
from .filters import (
    AssignmentFilter,
    OrganisationFilter,
    Sort,
    active_filters,
    possible_home_days_label,
)
from .models import Assignment, Role, public_q
from .structured_data import job_posting_json_ld

HOME_DAYS_CHOICES = range(1, MAX_HOME_DAYS + 1)


class HomeView(TemplateView):
    template_name = "assignments/home.html"
    newest_count = 6

    def get_context_data(self, **kwargs):
        public = Assignment.objects.public()
        return super().get_context_data(
            newest=public.for_cards().newest()[: self.newest_count],
            public_count=public.count(),
            kinds=Kind.choices,
            provinces=Province.choices,
            roles=Role.choices,
            home_days=[(days, possible_home_days_label(days)) for days in HOME_DAYS_CHOICES],
            **kwargs,
        )


# Counting stops here: "more than 1,000" helps a candidate as much as an exact 61,234, and a
# capped count reads at most this many rows whatever the size of the table.
COUNT_CAP = 1000


def capped_count(queryset):
    """The number of rows, up to COUNT_CAP + 1 (which means "more than COUNT_CAP")."""
    # Without the order: counting needs no sort, and any index may serve.
    return queryset.order_by()[: COUNT_CAP + 1].count()


class CappedPaginator(Paginator):
    """A paginator whose count stops at COUNT_CAP: the pages beyond it are past the end.

    A page is read in two statements: the primary keys of its rows together with the capped
    count (a scalar subquery beside them, so one round trip and one plan for both), which
    PostgreSQL finds in the covering list indexes without touching the table, even when a
    rare combination of filters skips thousands of rows; then those rows by primary key. When
    the table in memory answered (`matching`, assignments.facets), only the rows are read."""

    # Where a page's rows are read by key (the keys already passed the filters).
    rows = None
    counted = None
    # The list's keys in order, when the table in memory answered (assignments.facets).
    matching = None

    def page(self, number):
        number = self.page_number(number)
        bottom = (number - 1) * self.per_page
        if self.matching is not None:
            keys = self.matching[bottom : bottom + self.per_page]
        else:
            found = list(self.keys_and_count()[bottom : bottom + self.per_page])
            keys = [key for key, _count in found]
            self.counted = found[0][1] if found else 0
        if not keys:
            if number > 1:
                raise EmptyPage(self.error_messages["no_results"])
            return self._get_page([], number, self)
        if bottom + len(keys) > self.count:
            keys = keys[: max(self.count - bottom, 0)]
            if not keys:
                raise EmptyPage(self.error_messages["no_results"])
        rows = self.rows.order_by().in_bulk(keys)
        return self._get_page([rows[key] for key in keys if key in rows], number, self)

    def page_number(self, number):
        """A whole page number from 1 to the last page the cap allows (its rows may still
        turn out to be past the end)."""
        try:
            number = int(number)
        except (TypeError, ValueError):
            raise PageNotAnInteger(self.error_messages["invalid_page"]) from None
        if number < 1:
            raise EmptyPage(self.error_messages["min_page"])
        if number > ceil(COUNT_CAP / self.per_page):
            raise EmptyPage(self.error_messages["no_results"])
        return number

    def keys_and_count(self):
        """(primary key, capped count) per row, in the list's order."""
        capped = self.object_list.order_by().values("pk")[: COUNT_CAP + 1]
        try:
            sql, params = capped.query.sql_with_params()
        except EmptyResultSet:  # a search for punctuation only: nothing can match
            return self.object_list.none().values_list("pk", "pk")
        # The ORM compiled it, with its parameters apart.
        count = RawSQL(f"SELECT COUNT(*) FROM ({sql}) AS capped", params)  # noqa: S608, S611
        return self.object_list.annotate(capped_count=count).values_list("pk", "capped_count")

    @property
    def count(self):
        if self.counted is None:
            if self.matching is not None:
                self.counted = len(self.matching)
            else:
                self.counted = capped_count(self.object_list)
        return min(self.counted, COUNT_CAP)

    @property
    def capped(self):
        self.count  # noqa: B018 -- counts once when no page was read
        return self.counted > COUNT_CAP


class AssignmentListView(FilterView):
    """The public list. An htmx request gets only the results partial; the same URL without
    htmx (no JavaScript, a shared link, back and forward) gets the whole page."""

    filterset_class = AssignmentFilter
    # Invalid parameters are ignored one by one instead of emptying the list.
    strict = False
    paginate_by = 20
    paginator_class = CappedPaginator
    template_name = "assignments/assignment_list.html"

    def get_queryset(self):
        return Assignment.objects.public().for_cards()

    def live_update(self):
        """An htmx request for the results alone. Removing a chip swaps the whole form (its
        checkboxes change too), so that request gets the whole page, as does a history
        restore."""
        htmx = self.request.htmx
        return bool(htmx) and not htmx.history_restore_request and htmx.target == "results"

    def get_paginator(self, *args, **kwargs):
        paginator = super().get_paginator(*args, **kwargs)
        paginator.rows = self.get_queryset()
        paginator.matching = facets.matching(self.filterset, self.request, COUNT_CAP + 1)
        return paginator

    def loosen_request(self):
        """htmx asking for the counts of an empty list's suggestions."""
        htmx = self.request.htmx
        return bool(htmx) and not htmx.history_restore_request and htmx.target == "loosen"

    def get_template_names(self):
        if self.loosen_request():
            return [f"{self.template_name}#loosen"]
        if self.live_update():
            return [f"{self.template_name}#results"]
        return [self.template_name]

    def get(self, request, *args, **kwargs):
        response = super().get(request, *args, **kwargs)
        patch_vary_headers(response, HTMX_HEADERS)
        return response

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        filterset = context["filter"]
        chips = active_filters(self.request.GET, filterset)
        form = filterset.form
        cleaned = form.cleaned_data if form.is_bound else {}
        context.update(
            search_value=form["q"].value() or "",
            filter_panel=render_filter_panel(form),
            cards=rendered_cards(context["page_obj"].object_list, self.request),
            sort=filterset.chosen_sort,
            sort_chosen=(cleaned.get("sort") or filterset.default_sort) != filterset.default_sort,
            sort_choices=Sort.choices,
            canonical_query=canonical_query(self.request.GET, filterset),
            # The valid filters as one query string, for the feed and the alert links; the
            # same for every visitor with this URL: the list page can be cached whole.
            filter_query=filter_query(filterset),
            live_update=self.live_update(),
            day_kinds=list(reversed(DayKind)),
            chips=chips,
            ignored=[(form[name].label, errors) for name, errors in form.errors.items()],
            page_query=query_without(self.request.GET, "page"),
            result_count=context["paginator"].count,
            result_capped=context["paginator"].capped,
            count_cap=COUNT_CAP,
        )
        if not context["result_count"] and chips:
            counted = self.loosen_request()
            context["loosen_counted"] = counted
            context["loosen"] = loosen_suggestions(self.request, filterset, chips, counted=counted)
        return context


def loosen_suggestions(request, filterset, chips, *, counted=True):
    """For an empty result: each active parameter's chip labels, how many assignments it would
    give back if removed (None when not counted), and the query without it. At most one count
    per active parameter, and only for an empty list; the most helpful first."""
    query = request.GET
    suggestions = []
    for name in dict.fromkeys(name for name, _label, _query in chips):
        label = ", ".join(label for chip, label, _query in chips if chip == name)
        count = None
        if counted:
            count = facets.count_without(filterset, name, request, COUNT_CAP + 1)
            if count is None:
                count = capped_count(filterset.without(name))
        suggestions.append((label, count, query_without(query, name)))
    if counted:
        suggestions.sort(key=lambda suggestion: -suggestion[1])
    return suggestions


class AssignmentDetailView(DetailView):
    template_name = "assignments/assignment_detail.html"

    def get_queryset(self):
        return (
            Assignment.objects.public()
            .select_related("organisation", "confirmation")
            .defer("search_vector")
            .prefetch_related("tools", "organisation__tools")
        )

    def get(self, request, *args, **kwargs):
        try:
            return super().get(request, *args, **kwargs)
        except Http404:
            gone = no_longer_open(request, kwargs.get(self.slug_url_kwarg))
            if gone is None:
                raise
            return gone

    def get_context_data(self, **kwargs):
        assignment = self.object
        return super().get_context_data(
            similar=similar_assignments(assignment),
            json_ld=job_posting_json_ld(assignment),
            **kwargs,
        )


SIMILAR_COUNT = 3


def similar_assignments(assignment):
    return (
        Assignment.objects.public()
        .filter(role=assignment.role)
        .exclude(pk=assignment.pk)
        .for_cards()
        .newest()[:SIMILAR_COUNT]
    )


def no_longer_open(request, slug):
    """The 404 page for an assignment that was public once and is not any more (closed,
    withdrawn or past its closing date): it says so and shows what is open like it. None
    for a slug that never was public. Also answers the response form of such an assignment."""
    gone = (
        Assignment.objects.no_longer_public()
        .filter(slug=slug)
        .only("title", "role", "slug")
        .first()
    )
    if gone is None:
        return None
    return render(
        request,
        "assignments/assignment_gone.html",
        {
            "assignment": gone,
            "similar": similar_assignments(gone),
            "role_query": f"role={gone.role}",
        },
        status=404,
    )


# Organisations' public pages: they list assignments, so they live here, above both.


class OrganisationListView(FilterView):
    filterset_class = OrganisationFilter
    strict = False
    paginate_by = 30
    template_name = "organisations/organisation_list.html"

    def get_queryset(self):
        return Organisation.objects.annotate(
            open_count=Count("assignments", filter=public_q("assignments__"))
        ).order_by("name", "pk")

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            page_query=query_without(self.request.GET, "page"),
            canonical_query=canonical_query(self.request.GET, self.filterset),
            **kwargs,
        )


class OrganisationDetailView(SingleObjectMixin, ListView):
    """The organisation, and its open assignments as a list of pages (the pattern of Django's
    "using SingleObjectMixin with ListView")."""

    template_name = "organisations/organisation_detail.html"
    paginate_by = 20

    def get(self, request, *args, **kwargs):
        self.object = self.get_object(queryset=Organisation.objects.prefetch_related("tools"))
        return super().get(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        return super().get_context_data(canonical_query=canonical_query(self.request.GET), **kwargs)

    def get_queryset(self):
        return Assignment.objects.public().for_organisation(self.object).for_cards().newest()
