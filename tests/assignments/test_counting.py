"""The list counts up to a cap: "more than 1,000" reads at most 1,001 rows however large the
table. The cap is lowered here so a handful of rows shows the behaviour."""

import pytest
from django.urls import reverse

from assignments import views
from tests.factories import AssignmentFactory

pytestmark = pytest.mark.django_db

URL = reverse("assignments:list")


@pytest.fixture(autouse=True, params=["table", "database"])
def answered_by(request, settings):
    """Each test twice: the list answered from the table in memory (assignments.facets), and
    by the database, as before a process has built its table."""
    if request.param == "database":
        settings.LIST_TABLE_AFTER_LISTS = 10**6
    return request.param


@pytest.fixture
def cap(monkeypatch):
    monkeypatch.setattr(views, "COUNT_CAP", 25)
    return 25


def test_below_the_cap_the_count_is_exact(client, cap, answered_by):
    AssignmentFactory.create_batch(25)
    response = client.get(URL)
    assert (response.context["paginator"].matching is None) == (answered_by == "database")
    assert response.context["result_count"] == 25
    assert not response.context["result_capped"]
    assert "25 opdrachten" in response.content.decode()


def test_above_the_cap_the_list_says_more_than(client, cap, answered_by):
    AssignmentFactory.create_batch(30)
    response = client.get(URL)
    assert (response.context["paginator"].matching is None) == (answered_by == "database")
    assert response.context["result_count"] == 25
    assert response.context["result_capped"]
    content = response.content.decode()
    assert "Meer dan 25 opdrachten" in content
    assert 'content="Meer dan 25 openstaande' in content
    # Two pages of 20 cover the first 25; the rest is past the end.
    assert client.get(URL, {"page": 2}).status_code == 200
    assert client.get(URL, {"page": 3}).status_code == 404


def test_pages_hold_every_row_once_in_order(client, cap):
    """A page is read as keys first, then rows: the order and the split must hold."""
    created = AssignmentFactory.create_batch(23)
    first = client.get(URL, {"sort": "newest"}).context["page_obj"].object_list
    second = client.get(URL, {"sort": "newest", "page": 2}).context["page_obj"].object_list
    shown = [assignment.pk for assignment in [*first, *second]]
    assert shown == sorted((a.pk for a in created), reverse=True)


def test_loosen_suggestions_say_more_than_the_cap(client, cap):
    AssignmentFactory.create_batch(30, role="press")
    response = client.get(
        URL,
        {"role": "press", "q": "geen-enkele-opdracht"},
        headers={"HX-Request": "true", "HX-Target": "loosen"},
    )
    assert response.context["result_count"] == 0
    content = response.content.decode()
    assert "meer dan 25 opdrachten" in content
