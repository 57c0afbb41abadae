"""No query string makes a public page fail or reflect markup.

Hypothesis draws query strings over every parameter of the assignment list, its two feeds, the
alert sign-up and the organisation list — valid values, invalid ones, repeated ones, unicode,
huge ones, unknown parameters and broken percent-encoding — and every answer must be below 500
with whatever the visitor typed escaped. The parameters come from the pages' own filtersets, so
a filter added later is fuzzed without touching this file."""

from datetime import date
from urllib.parse import quote

import pytest
from django.core.cache import cache
from django.test import Client
from django.urls import reverse
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assignments.filters import AssignmentFilter, OrganisationFilter
from assignments.models import Role
from organisations.models import Abroad, CrisisPresence, Kind
from tests.factories import AssignmentFactory, FaqPageFactory, OrganisationFactory

pytestmark = pytest.mark.django_db

# Per page; five pages, so five times this many requests in all (see the report).
EXAMPLES = 150

# Markup a page would show unescaped if it reflected input raw (both are drawn into values): an
# element anywhere, and in HTML also an attribute breaking out of its quotes (a quote in an XML
# text node is no markup, so feeds are held to the first only).
ELEMENT, ATTRIBUTE = "<x-fuzz", 'data-fuzz="'


def choices_of(filterset_class):
    """Each parameter of a filterset with the values its form accepts (empty for free ones)."""
    form = filterset_class().form
    return {
        name: [str(choice) for choice, _label in getattr(field, "choices", [])]
        for name, field in form.fields.items()
    }


LIST_PARAMETERS = {**choices_of(AssignmentFilter), "page": []}
ORGANISATION_PARAMETERS = {**choices_of(OrganisationFilter), "page": []}

PAGES = {
    "list": (reverse("assignments:list"), LIST_PARAMETERS),
    "rss": (reverse("assignments:feed"), LIST_PARAMETERS),
    "atom": (reverse("assignments:feed-atom"), LIST_PARAMETERS),
    "alert": (reverse("alerts:signup"), LIST_PARAMETERS),
    "organisations": (reverse("organisations:list"), ORGANISATION_PARAMETERS),
}

weird_text = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=40)
values = st.one_of(
    st.integers(min_value=-(10**30), max_value=10**30).map(str),
    st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)).map(date.isoformat),
    st.sampled_from(["", " ", "1", "0", "-1", "2.5", "1e400", "NaN", "null", "true", "%", "\x00"]),
    st.sampled_from(["<x-fuzz>", '"><x-fuzz onload=1>', 'x" data-fuzz="1', "</title><x-fuzz>"]),
    weird_text,
    # Huge: far past every field's limit and past what a URL usually holds.
    st.integers(min_value=201, max_value=20_000).map(lambda n: "ä" * n),
)


@st.composite
def query_strings(draw, parameters):
    names = sorted(parameters)
    pairs = []
    for _ in range(draw(st.integers(min_value=0, max_value=8))):
        name = draw(st.one_of(st.sampled_from(names), weird_text, st.just("utm_source")))
        known = parameters.get(name) or []
        value = draw(st.sampled_from(known) if known and draw(st.booleans()) else values)
        repeats = draw(st.integers(min_value=1, max_value=3))
        pairs.extend([(name, value)] * repeats)
    query = "&".join(f"{quote(name, safe='')}={quote(value, safe='')}" for name, value in pairs)
    # Sometimes the query is not even well-formed.
    garbage = draw(st.sampled_from(["", "&", "&&=&", "&%ff%fe=%c3", "&role", "&=x", "&%zz=1"]))
    return query + garbage


@pytest.fixture
def board():
    """A little of everything the pages show, so filters have something to match."""
    ministry = OrganisationFactory(name="Ministerie van Fuzz", kind=Kind.MINISTRY)
    AssignmentFactory(
        title="Woordvoerder <b>R&D</b>",
        organisation=ministry,
        role=Role.PRESS,
        crisis_presence=CrisisPresence.ON_SITE,
        abroad=Abroad.ALLOWED,
    )
    AssignmentFactory(title="Strateeg", role=Role.STRATEGY, abroad=Abroad.NOT_ALLOWED)
    FaqPageFactory()


def assert_sound(response, query):
    assert response.status_code < 500, query
    body = response.content.decode("utf-8", errors="replace")
    assert ELEMENT not in body, query
    if response["Content-Type"].startswith("text/html"):
        assert ATTRIBUTE not in body, query


@pytest.mark.slow
@pytest.mark.parametrize("target", list(PAGES))
def test_no_query_string_breaks_a_public_page(board, target):
    path, parameters = PAGES[target]
    # A 500 must show as a status here, not as an exception raised into the test.
    client = Client(raise_request_exception=False)

    @settings(
        max_examples=EXAMPLES,
        deadline=None,
        database=None,
        derandomize=True,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )
    @given(query=query_strings(parameters))
    def check(query):
        # Every example is rendered, not answered from the copy of an earlier one.
        cache.clear()
        assert_sound(client.get(f"{path}?{query}"), query)
        assert_sound(client.get(f"{path}?{query}", headers={"HX-Request": "true"}), query)

    check()


@pytest.mark.parametrize("feed", ["rss", "atom"])
@pytest.mark.parametrize(
    "query", ["abroad=1", "abroad=1&role=press", "q=woordvoerder&abroad=1&starts_before=2030-01-01"]
)
def test_a_feed_of_every_filter_has_a_title(client, board, feed, query):
    """The probe's 500: the abroad chip's label was a lazy translation that the feed's title
    could not join."""
    response = client.get(f"{PAGES[feed][0]}?{query}")
    assert response.status_code == 200
    assert "Werken vanuit het buitenland mogelijk" in response.content.decode()


def test_every_chip_label_is_a_plain_string():
    """The root of the feed's 500: labels are joined into feed titles, mails and suggestions."""
    from django.http import QueryDict

    from assignments.filters import active_filters
    from assignments.models import Assignment

    query = QueryDict(
        "q=pers&org_kind=ministry&province=utrecht&role=press&min_home_days=2"
        "&max_onboarding_weeks=4&crisis=none&abroad=1&max_hours=32&starts_before=2030-01-01"
        "&min_guaranteed_home_days=1&min_hours=8&min_rate=50&starts_after=2026-01-01"
    )
    filterset = AssignmentFilter(query, queryset=Assignment.objects.none())
    filterset.is_valid()
    chips = active_filters(query, filterset)
    assert {name for name, _label, _query in chips} == set(filterset.filters) - {"sort"}
    assert all(type(label) is str for _name, label, _query in chips)
