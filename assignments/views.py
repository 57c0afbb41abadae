import json
import logging
from datetime import date

from django.conf import settings
from django.core import signing
from django.core.paginator import Paginator
from django.db import DatabaseError, connection
from django.http import Http404, HttpResponse, JsonResponse, QueryDict
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.cache import patch_vary_headers
from django.utils.decorators import method_decorator
from django.utils.formats import date_format
from django.utils.functional import cached_property
from django.utils.translation import get_language
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_safe
from django.views.generic import DetailView, FormView, TemplateView, View
from django_filters.views import FilterView

from faq.models import FaqPage
from organisations.models import MAX_HOME_DAYS, DayKind, Kind, Province

from . import alerts, insights
from .filters import AssignmentFilter
from .forms import AlertForm
from .middleware import HTMX_HEADERS
from .models import Assignment, Role
from .seo import absolute_url, canonical_query
from .structured_data import job_posting_json_ld

logger = logging.getLogger(__name__)

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
            home_days=HOME_DAYS_CHOICES,
            faq_pages=FaqPage.objects.published().for_language(get_language()),
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

    A page is read in two steps: the primary keys of its rows, which PostgreSQL finds in one
    of the covering list indexes without touching the table (even when a rare combination of
    filters skips thousands of rows), then those rows by primary key."""

    # Where a page's rows are read by key (the keys already passed the filters).
    rows = None

    def page(self, number):
        number = self.validate_number(number)
        if not self.count:
            return self._get_page([], number, self)
        bottom = (number - 1) * self.per_page
        top = bottom + self.per_page
        if top + self.orphans >= self.count:
            top = self.count
        keys = list(self.object_list.values_list("pk", flat=True)[bottom:top])
        rows = self.rows.order_by().in_bulk(keys)
        return self._get_page([rows[key] for key in keys if key in rows], number, self)

    @cached_property
    def counted(self):
        return capped_count(self.object_list)

    @property
    def count(self):
        return min(self.counted, COUNT_CAP)

    @property
    def capped(self):
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
        return paginator

    def get_template_names(self):
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
        context.update(
            canonical_query=canonical_query(self.request.GET, filterset),
            # The valid filters as one query string, for the feed and the alert links; the
            # same for every visitor with this URL: the list page can be cached whole.
            filter_query=alerts.query_of(filterset),
            live_update=self.live_update(),
            day_kinds=list(reversed(DayKind)),
            chips=chips,
            choice_fields=[
                (form[name], set(form[name].value() or ()))
                for name in ("org_kind", "province", "role", "crisis")
            ],
            home_days=HOME_DAYS_CHOICES,
            ignored=[(form[name].label, errors) for name, errors in form.errors.items()],
            page_query=query_without(self.request.GET, "page"),
            result_count=context["paginator"].count,
            result_capped=context["paginator"].capped,
            count_cap=COUNT_CAP,
        )
        if not context["result_count"] and chips:
            context["loosen"] = loosen_suggestions(self.request.GET, filterset, chips)
        return context


def query_without(query, name, value=None):
    """The query string without one parameter, or without one value of it, and without the
    page: a changed filter starts at page one."""
    query = query.copy()
    query.pop("page", None)
    if value is None:
        query.pop(name, None)
    else:
        query.setlist(name, [v for v in query.getlist(name) if v != value])
    return query.urlencode()


def active_filters(query, filterset):
    """A removable chip for every valid narrowing value: (parameter, label, query without it)."""
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
        return field.label
    if field.name == "q":
        return f"{field.label}: “{value}”"
    if isinstance(value, date):
        value = date_format(value)
    return f"{field.label}: {value}"


def loosen_suggestions(query, filterset, chips):
    """For an empty result: how many assignments each filter would give back if removed.
    At most one count per active parameter, and only when the list is empty."""
    suggestions = []
    for name in dict.fromkeys(name for name, _label, _query in chips):
        without = query.copy()
        without.pop(name)
        count = capped_count(AssignmentFilter(without, queryset=filterset.queryset).qs)
        if count:
            label = ", ".join(str(label) for chip, label, _query in chips if chip == name)
            suggestions.append((label, count, query_without(query, name)))
    return sorted(suggestions, key=lambda suggestion: -suggestion[1])


class AssignmentDetailView(DetailView):
    template_name = "assignments/assignment_detail.html"
    similar_count = 3

    def get_queryset(self):
        return (
            Assignment.objects.public()
            .select_related("organisation")
            .defer("search_vector")
            .prefetch_related("tools", "organisation__tools")
        )

    def get(self, request, *args, **kwargs):
        try:
            return super().get(request, *args, **kwargs)
        except Http404:
            gone = (
                Assignment.objects.no_longer_public()
                .filter(slug=kwargs.get(self.slug_url_kwarg))
                .only("title", "role", "slug")
                .first()
            )
            if gone is None:
                raise
        # Still a 404 (the contract), but one that says what happened and what is open now.
        return render(
            request,
            "assignments/assignment_gone.html",
            {"assignment": gone, "similar": self.similar(gone), "role_query": f"role={gone.role}"},
            status=404,
        )

    def similar(self, assignment):
        return (
            Assignment.objects.public()
            .filter(role=assignment.role)
            .exclude(pk=assignment.pk)
            .for_cards()
            .newest()[: self.similar_count]
        )

    def get_context_data(self, **kwargs):
        assignment = self.object
        return super().get_context_data(
            similar=self.similar(assignment), json_ld=job_posting_json_ld(assignment), **kwargs
        )


class InsightsView(TemplateView):
    """What the public assignments say about hybrid work, as charts, tables and sentences."""

    template_name = "assignments/insights.html"

    def get_context_data(self, **kwargs):
        figures = insights.figures()
        return super().get_context_data(
            figures=figures,
            charts=insights.charts(figures),
            chart_width=insights.CHART_WIDTH,
            **kwargs,
        )


# Paths for robots to leave alone: the admin, the language switch, and the pages that manage a
# visitor's e-mail alerts (personal, and reached only from a link in an e-mail).
ROBOTS_DISALLOW = ["/admin/", "/i18n/", "/opdrachten/alert/"]


@require_safe
def robots_txt(request):
    lines = [
        "User-agent: *",
        *(f"Disallow: {path}" for path in ROBOTS_DISALLOW),
        "",
        f"Sitemap: {absolute_url(reverse('sitemap'))}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


@never_cache
@require_safe
def healthz(request):
    """200 when the database answers a query, 503 when it does not (for load balancers)."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        logger.exception("Health check: the database did not answer")
        return JsonResponse({"status": "unavailable"}, status=503)
    return JsonResponse({"status": "ok"})


# E-mail alerts. The list only links here: these pages carry a CSRF token or a personal link,
# so they are never cached, and the list page stays the same for every visitor.


@method_decorator(never_cache, name="dispatch")
class AlertSignupView(FormView):
    """Sign-up for an alert on the filters in the query string (normalised; invalid ones and
    the page are dropped). The form posts back to the same URL."""

    form_class = AlertForm
    template_name = "assignments/alert_signup.html"
    http_method_names = ["get", "head", "post", "options"]

    def dispatch(self, request, *args, **kwargs):
        self.query = alerts.normalise_query(request.GET)
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            query=self.query,
            filters=alerts.filter_labels(self.query),
            **kwargs,
        )

    def form_valid(self, form):
        try:
            alerts.sign_up(
                email=form.cleaned_data["email"],
                query=self.query,
                frequency=form.cleaned_data["frequency"],
                language=get_language(),
                client=alerts.client_key(self.request),
            )
        except alerts.RateLimited as error:
            return self.refused(form, error.message, status=429)
        except alerts.SendFailed as error:
            return self.refused(form, error.message, status=503)
        response = redirect("assignments:alert_requested")
        AlertRequestedView.remember(response, form.cleaned_data["email"], self.query)
        return response

    def refused(self, form, message, status):
        """The form again, with what the visitor entered and why nothing was done."""
        form.add_error(None, message)
        response = self.form_invalid(form)
        response.status_code = status
        return response


@method_decorator(never_cache, name="dispatch")
class AlertRequestedView(TemplateView):
    """ "Check your e-mail", with the address the mail went to and the search it was for.

    The sign-up hands them over in a short-lived signed cookie that only this page receives:
    not in the URL (an address has no place in logs and history), and not in a session, whose
    cookie would keep the visitor from the cached public pages for weeks."""

    template_name = "assignments/alert_requested.html"
    http_method_names = ["get", "head", "options"]
    cookie_name = "alert_requested"
    cookie_salt = "assignments.views.alert_requested"
    cookie_max_age = 60 * 60

    @classmethod
    def remember(cls, response, email, query):
        response.set_signed_cookie(
            cls.cookie_name,
            json.dumps({"email": alerts.normalise_email(email), "query": query}),
            salt=cls.cookie_salt,
            max_age=cls.cookie_max_age,
            path=reverse("assignments:alert_requested"),
            secure=settings.SESSION_COOKIE_SECURE,
            httponly=True,
            samesite="Lax",
        )

    def recalled(self):
        try:
            value = self.request.get_signed_cookie(
                self.cookie_name, salt=self.cookie_salt, max_age=self.cookie_max_age
            )
            data = json.loads(value)
        except (KeyError, signing.BadSignature, ValueError):
            return None, ""
        if not isinstance(data, dict):
            return None, ""
        email, query = data.get("email"), data.get("query")
        if not isinstance(email, str) or not isinstance(query, str):
            return None, ""
        # Normalised again: the cookie is signed, but the filters may have changed since.
        return email, alerts.normalise_query(QueryDict(query))

    def get_context_data(self, **kwargs):
        email, query = self.recalled()
        return super().get_context_data(email=email, query=query, **kwargs)


class AlertLinkView(View):
    """A page behind a signed link from an alert mail. GET only shows a button (mail scanners
    open links); the POST of that button does the work."""

    purpose = None
    template_name = None

    def dispatch(self, request, token, *args, **kwargs):
        try:
            self.alert = alerts.alert_for_token(token, purpose=self.purpose)
        except alerts.InvalidLink as error:
            return render(
                request,
                "assignments/alert_link_invalid.html",
                {
                    "expired": error.expired,
                    "purpose": self.purpose,
                    # An expired link's search: the page offers the same sign-up again.
                    "query": error.query,
                },
                status=400,
            )
        return super().dispatch(request, token, *args, **kwargs)

    def render(self, state, status=200):
        context = {"alert": self.alert, "state": state}
        if self.alert is not None:
            # The visitor holds a link sent to their own address: the search may be quoted.
            context["filters"] = alerts.filter_labels(self.alert.query)
        return render(self.request, self.template_name, context, status=status)


@method_decorator(never_cache, name="dispatch")
class AlertConfirmView(AlertLinkView):
    purpose = "confirm"
    template_name = "assignments/alert_confirm.html"

    def get(self, request, token):
        if self.alert is None:
            return self.render("gone", status=404)
        return self.render("confirmed" if self.alert.is_confirmed else "ask")

    def post(self, request, token):
        if self.alert is None:
            return self.render("gone", status=404)
        self.alert = alerts.confirm(self.alert)
        if self.alert is None:
            return self.render("gone", status=404)
        return self.render("confirmed")


# Mail clients post the one-click unsubscribe (RFC 8058) without any cookie or token; the
# signed link itself is the proof.
@method_decorator([csrf_exempt, never_cache], name="dispatch")
class AlertUnsubscribeView(AlertLinkView):
    purpose = "unsubscribe"
    template_name = "assignments/alert_unsubscribe.html"

    def get(self, request, token):
        return self.render("ask" if self.alert else "done")

    def post(self, request, token):
        if self.alert is not None:
            alerts.unsubscribe(self.alert)
        return self.render("done")
