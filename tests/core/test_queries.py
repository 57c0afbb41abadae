"""Every public page runs a fixed number of queries, however many rows it shows: one for the
public data version (the page cache's key) plus the page's own on a miss, and only the version
on a hit."""

import pytest
from django.urls import reverse

from tests.factories import AssignmentFactory, OrganisationFactory, ToolFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(params=[1, 8, 45], ids=lambda n: f"{n}-assignments")
def organisation(request):
    organisation = OrganisationFactory(slug="gemeente-breda")
    organisation.tools.set([ToolFactory(name="Trello"), ToolFactory(name="Outlook")])
    for assignment in AssignmentFactory.create_batch(request.param, organisation=organisation):
        assignment.tools.set([ToolFactory(name="Microsoft Teams")])
    # Other organisations, each with assignments, so the lists have many different rows.
    for _ in range(request.param // 4):
        AssignmentFactory()
    return organisation


def test_a_search_by_relevance(client, organisation, django_assert_num_queries):
    # The version, the keys of the newest matches (at most 1,001, ranked), the page's keys by
    # rank with the count beside them, and the page's rows.
    with django_assert_num_queries(4):
        response = client.get(reverse("assignments:list"), {"q": "communicatie"})
    assert response.context["sort"] == "relevance"


@pytest.fixture
def list_table(client, organisation):
    """The list's table in memory (assignments.facets) of this version of the data: built by
    the first list a process serves after a change."""
    client.get(reverse("assignments:list"), {"sort": "closing"})


def test_the_first_list_after_a_change_builds_the_table(
    client, organisation, django_assert_num_queries
):
    # The version, the table's columns of every public assignment (from the newest index),
    # the organisations' kinds and provinces, and the page's rows with their organisations.
    with django_assert_num_queries(4):
        response = client.get(reverse("assignments:list"), {"min_home_days": 2, "sort": "start"})
    assert response.context["paginator"].matching is not None


def test_assignment_list(client, list_table, django_assert_num_queries):
    # The version and the page's rows with their organisations: the keys and the count come
    # from the table.
    with django_assert_num_queries(2):
        response = client.get(reverse("assignments:list"), {"min_home_days": 2, "sort": "start"})
    assert response.status_code == 200


def test_assignment_list_htmx_partial(client, list_table, django_assert_num_queries):
    with django_assert_num_queries(2):
        client.get(
            reverse("assignments:list"),
            {"role": "strategy"},
            headers={"HX-Request": "1", "HX-Target": "results"},
        )


def test_an_assignment_list_the_database_answers(
    client, organisation, settings, django_assert_num_queries
):
    # Until the table is built (assignments.facets): the version, the page's keys (from an
    # index) with the capped count beside them, and its rows with their organisations.
    settings.LIST_TABLE_AFTER_LISTS = 10
    with django_assert_num_queries(3):
        response = client.get(reverse("assignments:list"), {"min_home_days": 2, "sort": "start"})
    assert response.context["paginator"].matching is None


def test_an_empty_list_does_not_count_its_suggestions(
    client, organisation, django_assert_num_queries
):
    # The version and the (empty) page with its count; the suggestions' counts come in their
    # own request.
    with django_assert_num_queries(2):
        response = client.get(reverse("assignments:list"), {"org_kind": "ministry", "q": "x"})
    assert response.context["result_count"] == 0


def test_the_suggestions_count_once_per_active_filter(
    client, list_table, django_assert_num_queries
):
    # The version, the count (a search: the database's), and the count without the kind (the
    # search again); the count without the search comes from the table.
    with django_assert_num_queries(3):
        response = client.get(
            reverse("assignments:list"),
            {"org_kind": "ministry", "q": "x"},
            headers={"HX-Request": "true", "HX-Target": "loosen"},
        )
    assert [count for _label, count, _query in response.context["loosen"]] != [None, None]


def test_assignment_detail(client, organisation, django_assert_num_queries):
    assignment = organisation.assignments.first()
    # The version, the assignment with its organisation, its tools, the organisation's tools,
    # similar ones.
    with django_assert_num_queries(5):
        assert client.get(assignment.get_absolute_url()).status_code == 200


def test_organisation_list(client, organisation, django_assert_num_queries):
    # The version, the count and the page with each organisation's number of open assignments.
    with django_assert_num_queries(3):
        assert client.get(reverse("organisations:list")).status_code == 200


def test_organisation_detail(client, organisation, django_assert_num_queries):
    # The version, the organisation, its tools, the count and the page of its open assignments.
    with django_assert_num_queries(5):
        assert client.get(organisation.get_absolute_url()).status_code == 200


@pytest.mark.parametrize(
    "url",
    [
        "/",
        "/opdrachten/",
        "/opdrachten/?min_home_days=3&org_kind=ministry&sort=home_days",
        "/organisaties/",
        "/veelgestelde-vragen/",
    ],
)
def test_a_cached_page_costs_one_query(client, organisation, django_assert_num_queries, url):
    first = client.get(url)
    with django_assert_num_queries(1):
        again = client.get(url)
    assert again.status_code == 200
    assert again.content == first.content


def test_cached_detail_and_organisation_pages_cost_one_query(
    client, organisation, django_assert_num_queries
):
    for url in (
        organisation.assignments.first().get_absolute_url(),
        organisation.get_absolute_url(),
    ):
        first = client.get(url)
        with django_assert_num_queries(1):
            assert client.get(url).content == first.content
