"""Bad input on the public pages: never a 500, never reflected markup, an error next to the
field, and only that parameter ignored."""

import pytest
from django.urls import reverse

from assignments.models import Role, Status
from tests.factories import AssignmentFactory, OrganisationFactory

pytestmark = pytest.mark.django_db

URL = reverse("assignments:list")


@pytest.fixture
def board():
    AssignmentFactory(title="Woordvoerder", role=Role.PRESS, home_days_min=1, home_days_max=2)
    AssignmentFactory(title="Strateeg", role=Role.STRATEGY, home_days_min=3, home_days_max=4)


@pytest.mark.parametrize(
    ("query", "field"),
    [
        ("min_home_days=veel", "min_home_days"),
        ("min_home_days=-1", "min_home_days"),
        ("min_home_days=6", "min_home_days"),
        ("min_home_days=2.5", "min_home_days"),
        ("min_home_days=99999999999999999999999999999", "min_home_days"),
        ("min_home_days=1e400", "min_home_days"),
        ("max_onboarding_weeks=27", "max_onboarding_weeks"),
        ("max_onboarding_weeks=-3", "max_onboarding_weeks"),
        ("max_onboarding_weeks=NaN", "max_onboarding_weeks"),
        ("max_hours=0", "max_hours"),
        ("max_hours=41", "max_hours"),
        ("max_hours=acht", "max_hours"),
        ("min_guaranteed_home_days=veel", "min_guaranteed_home_days"),
        ("min_guaranteed_home_days=-1", "min_guaranteed_home_days"),
        ("min_guaranteed_home_days=6", "min_guaranteed_home_days"),
        ("min_guaranteed_home_days=2.5", "min_guaranteed_home_days"),
        ("min_guaranteed_home_days=1e400", "min_guaranteed_home_days"),
        ("min_hours=0", "min_hours"),
        ("min_hours=41", "min_hours"),
        ("min_hours=acht", "min_hours"),
        ("min_hours=1.5", "min_hours"),
        ("min_rate=0", "min_rate"),
        ("min_rate=-10", "min_rate"),
        ("min_rate=501", "min_rate"),
        ("min_rate=87.50", "min_rate"),
        ("min_rate=87,50", "min_rate"),
        ("min_rate=veel", "min_rate"),
        ("min_rate=99999999999999999999999999999", "min_rate"),
        ("starts_after=2026-02-30", "starts_after"),
        ("starts_after=2026-13-01", "starts_after"),
        ("starts_after=01-02-2027", "starts_after"),
        ("starts_after=februari", "starts_after"),
        ("starts_after=99999-01-01", "starts_after"),
        ("starts_before=2026-02-30", "starts_before"),
        ("starts_before=2026-13-01", "starts_before"),
        ("starts_before=30-11-2026", "starts_before"),
        ("starts_before=morgen", "starts_before"),
        ("starts_before=99999-01-01", "starts_before"),
        ("org_kind=ministerie", "org_kind"),
        ("province=brabant", "province"),
        ("role=chef", "role"),
        ("crisis=sometimes", "crisis"),
        ("abroad=2", "abroad"),
        ("abroad=yes", "abroad"),
        ("sort=price", "sort"),
        ("sort=-published_at", "sort"),
        # The best match needs something to match.
        ("sort=relevance", "sort"),
        ("sort=relevance&q=", "sort"),
        ("sort=relevance&q=%20%20", "sort"),
        ("q=" + "a" * 201, "q"),
        ("q=abc%00def", "q"),
    ],
)
def test_invalid_value_is_an_error_next_to_its_field(client, board, query, field):
    response = client.get(f"{URL}?{query}")
    assert response.status_code == 200
    assert list(response.context["filter"].form.errors) == [field]
    # The parameter is ignored: the whole list, in the default order.
    titles = [a.title for a in response.context["page_obj"].object_list]
    assert titles == ["Strateeg", "Woordvoerder"]
    content = response.content.decode()
    assert f'id="id_{field}_error"' in content
    assert "Sommige filters konden niet worden gebruikt" in content


def test_relevance_without_a_search_says_why(client, board):
    response = client.get(URL, {"sort": "relevance"})
    assert response.context["filter"].form.errors["sort"] == [
        "Sorteren op ‘meest relevant’ kan alleen als je een zoekterm invult."
    ]


def test_a_bad_new_filter_leaves_the_others_working(client, board):
    response = client.get(URL, {"min_rate": "veel", "min_guaranteed_home_days": "3"})
    assert list(response.context["filter"].form.errors) == ["min_rate"]
    assert [a.title for a in response.context["page_obj"].object_list] == ["Strateeg"]


def test_one_unknown_value_invalidates_the_whole_repeated_parameter(client, board):
    response = client.get(f"{URL}?role=press&role=chef&min_home_days=3")
    assert list(response.context["filter"].form.errors) == ["role"]
    # role is ignored altogether; min_home_days still applies.
    assert [a.title for a in response.context["page_obj"].object_list] == ["Strateeg"]


def test_markup_in_search_is_never_reflected(client, board):
    attack = '"><script>alert(1)</script><img src=x onerror=alert(2)>'
    response = client.get(URL, {"q": attack})
    content = response.content.decode()
    assert response.status_code == 200
    assert "<script>alert(1)" not in content
    assert "<img src=x" not in content
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in content


def test_markup_in_an_invalid_choice_is_not_reflected(client, board):
    response = client.get(URL, {"role": "<b>chef</b>", "sort": "<script>"})
    content = response.content.decode()
    assert response.status_code == 200
    assert "<b>chef</b>" not in content
    assert "<script>" not in content.split("<body", 1)[1].replace("<script src=", "")


@pytest.mark.parametrize("page", ["0", "-1", "3", "999999999999999999999", "twee", "1.5"])
def test_page_out_of_range_or_not_a_number_is_404(client, board, page):
    assert client.get(URL, {"page": page}).status_code == 404


def test_last_existing_page_is_200(client, board):
    assert client.get(URL, {"page": "1"}).status_code == 200


def test_unknown_parameters_are_ignored(client, board):
    response = client.get(URL, {"colour": "blue", "min_home_days": "3"})
    assert response.status_code == 200
    assert [a.title for a in response.context["page_obj"].object_list] == ["Strateeg"]


@pytest.mark.parametrize(
    "status", [Status.NEW, Status.SCREENING, Status.AWAITING_CLIENT, Status.CLOSED]
)
def test_non_public_assignment_is_404(client, status):
    if status == Status.CLOSED:
        assignment = AssignmentFactory(status=status)
    else:
        assignment = AssignmentFactory(unscreened=True, status=status)
    assert client.get(assignment.get_absolute_url()).status_code == 404


def test_withdrawn_and_expired_assignments_are_404(client):
    from datetime import timedelta

    from assignments.models import local_today

    withdrawn = AssignmentFactory(status=Status.WITHDRAWN)
    expired = AssignmentFactory(closing_date=local_today() - timedelta(days=1))
    assert client.get(withdrawn.get_absolute_url()).status_code == 404
    assert client.get(expired.get_absolute_url()).status_code == 404


def test_unknown_slugs_are_404(client):
    assert client.get("/opdrachten/bestaat-niet/").status_code == 404
    assert client.get("/organisaties/bestaat-niet/").status_code == 404


@pytest.mark.parametrize(
    "query", ["kind=ministerie", "province=brabant&province=utrecht", "page=0", "page=x"]
)
def test_organisation_list_bad_input(client, query):
    OrganisationFactory()
    response = client.get(f"{reverse('organisations:list')}?{query}")
    if query.startswith("page"):
        assert response.status_code == 404
    else:
        assert response.status_code == 200
        assert response.context["filter"].form.errors
        assert len(response.context["page_obj"].object_list) == 1


@pytest.mark.parametrize("page", ["0", "2", "x"])
def test_organisation_page_past_the_end_is_404(client, page):
    organisation = OrganisationFactory()
    AssignmentFactory(organisation=organisation)
    assert client.get(organisation.get_absolute_url(), {"page": page}).status_code == 404


def test_post_is_not_allowed_on_the_list(client, board):
    assert client.post(URL, {"q": "x"}).status_code == 405


def test_empty_values_from_the_home_form_are_no_filter(client, board):
    # The home page's selects left on "All ..." send empty values.
    response = client.get(f"{URL}?q=&min_home_days=3&org_kind=&province=&role=")
    assert response.context["filter"].form.errors == {}
    assert [a.title for a in response.context["page_obj"].object_list] == ["Strateeg"]
    response = client.get(f"{URL}?role=&role=press")
    assert response.context["filter"].form.errors == {}
    assert [a.title for a in response.context["page_obj"].object_list] == ["Woordvoerder"]
