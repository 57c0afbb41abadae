"""The list's table in memory (assignments.facets) answers exactly as the database does.

The FilterSet is the definition. For any combination of parameters Hypothesis draws (valid,
invalid, repeated, every order), the table must give the keys the FilterSet's queryset gives,
in the same order, and the same counts for an empty list's suggestions. The board has every
value each filter looks at, empty rates and closing dates, equal publication moments (where
only the key decides the order) and assignments that are not public. On SQLite and on
PostgreSQL, like the rest of the suite."""

import random
import runpy
from datetime import datetime, timedelta
from decimal import Decimal
from pathlib import Path
from types import SimpleNamespace
from zoneinfo import ZoneInfo

import django_filters
import pytest
import time_machine
from django.db import OperationalError, connection
from django.http import QueryDict
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assignments import facets
from assignments.filters import AssignmentFilter, Sort
from assignments.models import Assignment, Role, Status, local_today
from assignments.views import COUNT_CAP, capped_count
from core import cache, outage
from organisations.models import Abroad, CrisisPresence, Kind, Province
from tests.factories import AssignmentFactory, OrganisationFactory

pytestmark = pytest.mark.django_db

URL = reverse("assignments:list")
LIMIT = COUNT_CAP + 1


@pytest.fixture
def board():
    """Sixty assignments with terms drawn from every value the filters compare, 55 of them
    public: the rest closed, or past their closing date."""
    rng = random.Random(20261130)
    today = local_today()
    organisations = [
        OrganisationFactory(kind=kind, province=province)
        for kind, province in [
            (Kind.MINISTRY, Province.ZUID_HOLLAND),
            (Kind.MUNICIPALITY, Province.UTRECHT),
            (Kind.PROVINCE, Province.GELDERLAND),
            (Kind.WATER_BOARD, Province.FRIESLAND),
            (Kind.AGENCY, Province.NOORD_HOLLAND),
            (Kind.MUNICIPALITY, Province.LIMBURG),
        ]
    ]
    moment = timezone.now()
    for number in range(60):
        home_max = rng.randint(0, 5)
        hours_min = rng.choice([8, 16, 20, 24, 32, 36])
        start = today + timedelta(days=rng.randint(3, 120))
        closing = rng.choice([None, None, start - timedelta(days=rng.randint(0, 3)), start])
        AssignmentFactory(
            organisation=rng.choice(organisations),
            role=rng.choice(Role.values),
            home_days_max=home_max,
            home_days_min=rng.randint(0, home_max),
            onboarding_home_days=rng.randint(0, home_max),
            onboarding_weeks=rng.choice([0, 2, 4, 6, 8, 12]),
            crisis_presence=rng.choice(CrisisPresence.values),
            abroad=rng.choice(Abroad.values),
            hours_min=hours_min,
            hours_max=rng.choice([hours for hours in (16, 24, 32, 36, 40) if hours >= hours_min]),
            max_rate=rng.choice([None, Decimal("70.00"), Decimal("89.99"), Decimal("90.00"), 125]),
            start_date=start,
            closing_date=today - timedelta(days=1) if number % 20 == 7 else closing,
            status=Status.CLOSED if number % 20 == 3 else Status.PUBLISHED,
            # Many share their moment: the key decides their order.
            published_at=moment - timedelta(hours=rng.choice([0, 0, 0, 1, 5, 30, 200])),
        )
    assert Assignment.objects.public().count() == 54


def filterset(query):
    return AssignmentFilter(QueryDict(query), queryset=Assignment.objects.public())


def visitor():
    """A request as the page cache's middleware leaves it for an anonymous visitor."""
    return SimpleNamespace(public_data_version=cache.version())


def database_keys(query):
    """The list's keys as the FilterSet's queryset gives them: the database's answer."""
    return list(filterset(query).qs.values_list("pk", flat=True)[:LIMIT])


def today_plus(days):
    return (local_today() + timedelta(days=days)).isoformat()


def repeated(values):
    return st.lists(values, min_size=1, max_size=3)


def choice_values(choices):
    return repeated(st.sampled_from([*choices, "", "unknown"]))


whole_numbers = st.integers(min_value=-2, max_value=45).map(str) | st.sampled_from(["", "x", "2.5"])
PARAMETERS = {
    "org_kind": choice_values(Kind.values),
    "province": choice_values(Province.values),
    "role": choice_values(Role.values),
    "min_home_days": repeated(whole_numbers),
    "min_guaranteed_home_days": repeated(whole_numbers),
    "max_onboarding_weeks": repeated(whole_numbers),
    "crisis": choice_values(CrisisPresence.values),
    "abroad": repeated(st.sampled_from(["1", "", "0", "ja"])),
    "max_hours": repeated(whole_numbers),
    "min_hours": repeated(whole_numbers),
    "min_rate": repeated(st.sampled_from(["", "1", "70", "89", "90", "91", "125", "126", "€"])),
    "starts_before": repeated(st.integers(-5, 130).map(today_plus) | st.just("2026-13-01")),
    "starts_after": repeated(st.integers(-5, 130).map(today_plus) | st.just("morgen")),
    # Relevance without a search is refused, and the list takes its default order.
    "sort": repeated(st.sampled_from([*Sort.values, "", "oldest"])),
}


@st.composite
def queries(draw):
    names = draw(st.lists(st.sampled_from(sorted(PARAMETERS)), max_size=6, unique=True))
    query = QueryDict(mutable=True)
    for name in names:
        query.setlist(name, draw(PARAMETERS[name]))
    return query.urlencode()


@settings(
    max_examples=400,
    deadline=None,
    database=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(query=queries())
def test_the_table_answers_as_the_database_does(board, query):
    found = facets.matching(filterset(query), visitor(), LIMIT)
    assert found == database_keys(query), query
    # The suggestions of an empty list: the count without each parameter.
    checked = filterset(query)
    checked.form.is_valid()
    for name in checked.form.cleaned_data:
        if name == "sort":
            continue
        expected = capped_count(checked.without(name))
        assert facets.count_without(checked, name, visitor(), LIMIT) == expected, (query, name)


def test_the_board_gives_the_comparison_something_to_compare(board):
    """The property above is only as good as the board: these combinations each find a few,
    and in an order that differs per sort."""
    orders = {sort: database_keys(f"sort={sort}") for sort in Sort if sort != Sort.RELEVANCE}
    assert len({tuple(keys) for keys in orders.values()}) == len(orders)
    for query in ["abroad=1&min_home_days=3", "role=press&role=crisis", "min_rate=90", ""]:
        keys = database_keys(query)
        assert 0 < len(keys) < 54 or query == ""
        assert facets.matching(filterset(query), visitor(), LIMIT) == keys


def test_a_search_is_left_to_the_database(board):
    assert facets.matching(filterset("q=communicatie"), visitor(), LIMIT) is None
    assert facets.matching(filterset("q=communicatie&sort=relevance"), visitor(), LIMIT) is None
    # An empty search is no search.
    assert facets.matching(filterset("q=&role=press"), visitor(), LIMIT) is not None


def test_a_visitor_without_a_data_version_is_answered_by_the_database(board):
    """Signed-in visitors are not served by the page cache and carry no version."""
    assert facets.matching(filterset("role=press"), SimpleNamespace(), LIMIT) is None


def test_a_list_page_asks_the_database_only_for_its_rows(client, board):
    client.get(URL)  # the table of this version of the data
    with CaptureQueriesContext(connection) as captured:
        response = client.get(URL, {"min_home_days": "2", "sort": "home_days", "abroad": "1"})
    assert response.status_code == 200
    assert response.context["page_obj"].object_list
    statements = [query["sql"] for query in captured.captured_queries]
    # The data version, then the page's rows by key: no count, no filtering in SQL.
    assert len(statements) == 2, statements
    assert "COUNT(" not in " ".join(statements).upper()
    shown = [assignment.pk for assignment in response.context["page_obj"].object_list]
    assert shown == database_keys("min_home_days=2&sort=home_days&abroad=1")[:20]


def test_a_change_of_the_data_is_in_the_next_list(client, board):
    client.get(URL, {"role": "press"})
    new = AssignmentFactory(role=Role.PRESS, title="Woordvoerder nieuw")
    response = client.get(URL, {"role": "press", "sort": "newest"})
    assert response.context["page_obj"].object_list[0] == new
    assert facets.tables.table.version == cache.version()


def test_a_burst_of_changes_builds_the_table_once_per_interval(client, board, settings):
    """Until the interval has passed, lists of a newer version are answered by the database
    (and are right); then the table is built for the version of that moment."""
    settings.LIST_TABLE_REBUILD_SECONDS = 3600
    client.get(URL)
    built = facets.tables.table
    new = AssignmentFactory(role=Role.PRESS)
    response = client.get(URL, {"role": "press", "sort": "newest"})
    assert response.context["page_obj"].object_list[0] == new
    assert facets.tables.table is built
    assert facets.matching(filterset("role=press"), visitor(), LIMIT) is None

    settings.LIST_TABLE_REBUILD_SECONDS = 0
    keys = facets.matching(filterset("role=press"), visitor(), LIMIT)
    assert keys[0] == new.pk
    assert facets.tables.table is not built


def test_at_midnight_the_table_drops_what_closed_yesterday(client, board):
    today = local_today()
    closing = AssignmentFactory(closing_date=today, start_date=today + timedelta(days=9))
    assert closing.pk in facets.matching(filterset(""), visitor(), LIMIT)
    amsterdam = ZoneInfo("Europe/Amsterdam")
    tomorrow = datetime.combine(today + timedelta(days=1), datetime.min.time(), amsterdam)
    with time_machine.travel(tomorrow + timedelta(minutes=1)):
        assert closing.pk not in facets.matching(filterset(""), visitor(), LIMIT)
        assert closing.pk not in database_keys("")


def test_a_process_builds_the_table_once_lists_keep_coming(client, board, settings):
    """A list now and then, or the same page again from the page cache, is answered by the
    database; the table is built once the database has answered LIST_TABLE_AFTER_LISTS."""
    settings.LIST_TABLE_AFTER_LISTS = 3
    for role in ["press", "crisis", "online"]:
        response = client.get(URL, {"role": role})
        assert response.context["paginator"].matching is None
        assert facets.tables.table is None
    client.get(URL, {"role": "online"})  # from the page cache: not a list the database answered
    assert facets.tables.table is None
    response = client.get(URL, {"role": "strategy"})
    assert response.context["paginator"].matching == database_keys("role=strategy")
    assert facets.tables.table.version == cache.version()


@pytest.fixture
def closed_connections(monkeypatch):
    """The warm-up closes the connections it opened; in a test that would end the test's own
    transaction, so the closing is only noted."""
    closed = []
    monkeypatch.setattr(facets, "connections", SimpleNamespace(close_all=lambda: closed.append(1)))
    return closed


def test_a_new_worker_builds_the_table_before_its_first_visitor(
    client, board, settings, closed_connections
):
    """gunicorn's post_worker_init builds it, whatever LIST_TABLE_AFTER_LISTS says: the first
    list a new worker serves asks the database only for its rows."""
    settings.LIST_TABLE_AFTER_LISTS = 50
    cache.forget_last_version()  # as a new worker
    hooks = runpy.run_path(str(Path(__file__).resolve().parents[2] / "config" / "gunicorn.py"))
    hooks["post_worker_init"](SimpleNamespace())
    assert closed_connections == [1]
    # The version it read is kept for the page cache, as every read of it is: should the
    # database stop answering before the first request, cached pages are still served.
    assert cache.last_known_version() == cache.read_version()
    assert facets.tables.table.version == cache.version()
    with CaptureQueriesContext(connection) as captured:
        response = client.get(URL, {"role": "press", "sort": "start"})
    assert response.context["paginator"].matching == database_keys("role=press&sort=start")
    assert len(captured) == 2  # the data version, the page's rows


def test_without_a_database_a_new_worker_starts_all_the_same(
    monkeypatch, caplog, closed_connections
):
    def unreachable():
        raise OperationalError("connection refused")

    monkeypatch.setattr(facets, "read_version", unreachable)
    try:
        facets.warm_up()
        assert facets.tables.table is None
        assert "not built on start: connection refused" in caplog.text
        # Noted for the page cache's outage handling: the first request does not wait again.
        assert outage.is_down()
        assert closed_connections == [1]
    finally:
        outage.reset()


def test_nothing_that_goes_wrong_in_the_warm_up_stops_the_worker(
    board, monkeypatch, caplog, closed_connections
):
    def broken(*args):
        raise MemoryError

    monkeypatch.setattr(facets, "Table", broken)
    facets.warm_up()
    assert facets.tables.table is None
    assert "not built on start" in caplog.text


def test_a_list_does_not_wait_for_a_table_another_request_is_building(board):
    """While one request of the process builds the table, the others ask the database."""
    import threading

    version = cache.read_version()
    answers = []
    with facets.tables.lock:  # another request is building it
        other = threading.Thread(target=lambda: answers.append(facets.tables.current(version)))
        other.start()
        other.join(10)
        assert not other.is_alive()
    assert answers == [None]
    assert facets.tables.current(version).version == version


def test_a_table_that_cannot_be_built_leaves_the_lists_to_the_database(
    client, board, monkeypatch, settings, caplog
):
    settings.LIST_TABLE_REBUILD_SECONDS = 3600
    attempts = []

    def broken(*args):
        attempts.append(args)
        raise MemoryError

    monkeypatch.setattr(facets, "Table", broken)
    for sort in ["start", "closing", "home_days"]:
        response = client.get(URL, {"min_home_days": "1", "sort": sort})
        assert response.status_code == 200
        assert response.context["paginator"].matching is None
        shown = [assignment.pk for assignment in response.context["page_obj"].object_list]
        assert shown == database_keys(f"min_home_days=1&sort={sort}")[:20]
    # Tried once, then not again before the interval.
    assert len(attempts) == 1
    assert "could not be built" in caplog.text


def test_an_older_version_never_replaces_the_table(client, board):
    old = cache.version()
    AssignmentFactory()
    client.get(URL, {"role": "press"})
    built = facets.tables.table
    assert built.version == cache.version() > old
    assert facets.tables.current(old) is None
    assert facets.tables.table is built


def test_lists_are_counted_per_version_of_the_data(client, board, settings):
    settings.LIST_TABLE_AFTER_LISTS = 2
    client.get(URL, {"role": "press"})
    client.get(URL, {"role": "crisis"})
    AssignmentFactory()  # a new version: its lists are counted from nothing
    client.get(URL, {"role": "online"})
    client.get(URL, {"role": "strategy"})
    assert facets.tables.table is None
    client.get(URL, {"role": "campaigns"})
    assert facets.tables.table.version == cache.version()


def test_an_empty_board_is_an_empty_table(client):
    assert facets.matching(filterset("role=press"), visitor(), LIMIT) == []
    response = client.get(URL, {"role": "press"})
    assert response.context["result_count"] == 0


@pytest.mark.parametrize(
    ("filter_", "value"),
    [
        # A moment is not a day: a date filter on it would compare day numbers with
        # microseconds.
        (
            django_filters.DateFilter(field_name="published_at", lookup_expr="gte"),
            datetime(2026, 1, 1).date(),
        ),
        # Choices are strings; on a number they would match nothing.
        (django_filters.MultipleChoiceFilter(field_name="hours_min", choices=[("8", "8")]), ["8"]),
        # "null" asks for rows without a value, not for a choice of that name.
        (
            django_filters.MultipleChoiceFilter(
                field_name="role", choices=[("press", "press")], null_label="Geen"
            ),
            ["press", "null"],
        ),
        # A single choice, on a text field of the right kind: the list has no such filter, so
        # the table answers no ChoiceFilter at all.
        (django_filters.ChoiceFilter(field_name="role", choices=[("press", "press")]), "press"),
        (django_filters.NumberFilter(field_name="role", lookup_expr="gte"), 3),
        (django_filters.NumberFilter(field_name="home_days_max", lookup_expr="range"), 3),
        (django_filters.NumberFilter(field_name="home_days_max", exclude=True), 3),
        # Many tools per assignment: not one value per row.
        (django_filters.CharFilter(field_name="tools__name"), "2"),
    ],
    ids=[
        "date-on-moment",
        "choices-on-number",
        "null-choice",
        "single-choice",
        "number-on-text",
        "range",
        "exclude",
        "to-many",
    ],
)
def test_a_filter_the_table_cannot_apply_goes_to_the_database(filter_, value):
    with pytest.raises(facets.Unanswerable):
        facets.translate(filter_, value)


def test_the_suggestions_of_an_empty_list_do_not_count_as_lists(client, board, settings):
    """Only a list the database answered counts towards building the table, not each
    suggestion's count of it."""
    settings.LIST_TABLE_AFTER_LISTS = 1
    loosen = client.get(
        URL,
        {"org_kind": "other", "role": "press", "abroad": "1"},  # no organisation of that kind
        headers={"HX-Request": "true", "HX-Target": "loosen"},
    )
    assert loosen.context["result_count"] == 0
    assert None not in [count for _label, count, _query in loosen.context["loosen"]]
    assert facets.tables.table is None
