"""The insights page: its figures are the public assignments' own, recomputed here in plain
Python over the public queryset, and they follow every change at once."""

import random
import re
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.urls import reverse

from assignments import insights, services
from assignments.models import Assignment, Role, Status, local_today
from organisations.models import Kind

from .factories import AssignmentFactory, OrganisationFactory, UserFactory, assignment_in_status

pytestmark = pytest.mark.django_db

URL = reverse("insights")


@pytest.fixture
def varied():
    """A varied board: every kind and role, all kinds of terms, and non-public assignments
    with extreme terms that would shift every figure if they counted."""
    rng = random.Random(7)
    organisations = [
        OrganisationFactory(kind=kind, slug=f"org-{kind}")
        for kind in Kind.values
        if kind != "other"
    ]
    for _ in range(60):
        high = rng.randint(0, 5)
        low = rng.randint(0, high)
        AssignmentFactory(
            organisation=rng.choice(organisations),
            role=rng.choice(Role.values),
            home_days_min=low,
            home_days_max=high,
            onboarding_home_days=min(low, high),
            onboarding_weeks=rng.choice([0, 2, 4, 6, 8, 12, 20]),
            crisis_presence=rng.choice(["none", "on_call", "on_site"]),
            abroad=rng.choice(["not_allowed", "incidental", "allowed"]),
            closing_date=rng.choice([None, local_today(), local_today() + timedelta(days=9)]),
        )
    extreme = {
        "home_days_min": 5,
        "home_days_max": 5,
        "onboarding_weeks": 26,
        "crisis_presence": "on_site",
        "abroad": "allowed",
        "role": "management",
        "organisation": OrganisationFactory(kind="other", slug="org-other"),
    }
    for status in (Status.CLOSED, Status.WITHDRAWN, Status.NEW):
        assignment_in_status(status, **extreme)
    AssignmentFactory(screening=True, **extreme)
    AssignmentFactory(closing_date=local_today() - timedelta(days=1), **extreme)


def expected():
    """The figures in plain Python over the public queryset."""
    public = list(Assignment.objects.public().select_related("organisation"))
    total = len(public)

    def by(key):
        groups = {}
        for assignment in public:
            groups.setdefault(key(assignment), []).append(assignment)
        return {
            name: {
                "count": len(items),
                "avg_min": sum(a.home_days_min for a in items) / len(items),
                "avg_max": sum(a.home_days_max for a in items) / len(items),
                "at_most": tuple(sum(a.home_days_max == n for a in items) for n in range(6)),
                "guaranteed": tuple(sum(a.home_days_min == n for a in items) for n in range(6)),
            }
            for name, items in groups.items()
        }

    weeks = sorted(a.onboarding_weeks for a in public)
    return {
        "total": total,
        "kind": by(lambda a: a.organisation.kind),
        "role": by(lambda a: a.role),
        "onboarding": {w: weeks.count(w) for w in set(weeks)},
        "onboarding_average": sum(weeks) / total,
        "crisis_on_site": sum(a.crisis_presence == "on_site" for a in public),
        "abroad": sum(a.abroad in ("incidental", "allowed") for a in public),
    }


def as_dict(groups):
    return {
        group.key: {
            "count": group.count,
            "avg_min": pytest.approx(group.average_guaranteed),
            "avg_max": pytest.approx(group.average_at_most),
            "at_most": group.at_most,
            "guaranteed": group.guaranteed,
        }
        for group in groups
    }


def test_figures_equal_the_public_assignments_own(varied):
    figures = insights.compute_figures()
    want = expected()
    assert figures.total == want["total"] == 60
    assert as_dict(figures.by_kind) == want["kind"]
    assert as_dict(figures.by_role) == want["role"]
    assert figures.onboarding == want["onboarding"]
    assert figures.onboarding_average == pytest.approx(want["onboarding_average"])
    assert figures.crisis_on_site == want["crisis_on_site"]
    assert figures.abroad_possible == want["abroad"]
    assert figures.share(figures.crisis_on_site) == pytest.approx(
        want["crisis_on_site"] / want["total"]
    )
    # The non-public "other" organisation and its extreme terms never count.
    assert "other" not in {group.key for group in figures.by_kind}


def test_page_shows_the_figures_with_tables_and_links(client, varied):
    want = expected()
    response = client.get(URL)
    assert response.status_code == 200
    html = response.content.decode()
    assert html.count('role="img"') == 6
    assert html.count("<table") == 6
    assert html.count('<th scope="col">') >= 6 * 3
    assert html.count("<caption") == 6
    for link in (
        "/opdrachten/?org_kind=ministry",
        "/opdrachten/?role=press",
        "/opdrachten/?crisis=on_site",
        "/opdrachten/?abroad=1",
        "/opdrachten/?max_onboarding_weeks=4",
        "/opdrachten/?min_home_days=3",
    ):
        assert f'href="{link}"' in html, link
    share = round(want["crisis_on_site"] / want["total"] * 100)
    assert f"{share}% van de opdrachten ({want['crisis_on_site']} van {want['total']})" in html
    share = round(want["abroad"] / want["total"] * 100)
    assert f"{share}% van de opdrachten ({want['abroad']} van {want['total']})" in html
    ministry = want["kind"]["ministry"]
    row = re.search(
        r'<a href="/opdrachten/\?org_kind=ministry">Ministerie</a></th>(.*?)</tr>', html, re.S
    )
    cells = re.findall(r"<td>(.*?)</td>", row.group(1))
    assert cells[0] == str(ministry["count"])
    assert cells[1] == f"{ministry['avg_min']:.1f}".replace(".", ",")
    assert cells[2] == f"{ministry['avg_max']:.1f}".replace(".", ",")
    assert cells[3:] == [str(n) for n in ministry["at_most"]]
    # No inline style anywhere (the CSP forbids it).
    assert "style=" not in html


def test_links_in_the_page_give_the_counts_the_page_states(client, varied):
    html = client.get(URL).content.decode()
    match = re.search(r'href="/opdrachten/\?min_home_days=3">(\d+) met minstens', html)
    listed = client.get("/opdrachten/", {"min_home_days": 3}).context["result_count"]
    assert int(match.group(1)) == listed
    match = re.search(r'href="/opdrachten/\?max_onboarding_weeks=4">(\d+) met hoogstens', html)
    listed = client.get("/opdrachten/", {"max_onboarding_weeks": 4}).context["result_count"]
    assert int(match.group(1)) == listed


def test_empty_board(client):
    assignment_in_status(Status.CLOSED)
    response = client.get(URL)
    assert response.status_code == 200
    assert response.context["figures"].total == 0
    assert response.context["charts"] == []
    assert "Nog geen cijfers" in response.content.decode()


def test_one_group_only(client):
    AssignmentFactory(home_days_min=1, home_days_max=1, onboarding_weeks=0)
    response = client.get(URL)
    assert response.status_code == 200
    assert "Alle openstaande opdrachten vallen in één groep" in response.content.decode()


def test_english(client, varied):
    response = client.get(URL, headers={"Accept-Language": "en"})
    assert "Home days by kind of organisation" in response.content.decode()


def test_query_count_is_constant(client, varied, django_assert_num_queries):
    # The version (page cache key), the version again (figures' cache key), four grouped
    # counts: kind, role, onboarding, crisis and abroad.
    with django_assert_num_queries(6):
        client.get(URL)
    # Cached now: the version only.
    with django_assert_num_queries(1):
        client.get(URL)


def test_figures_are_cached_for_logged_in_staff_too(client, varied, django_assert_num_queries):
    """Staff bypass the page cache; the figures still come from theirs."""
    client.force_login(UserFactory(is_staff=True))
    assert client.get(URL).status_code == 200
    # Rendered afresh (a page from the page cache has no template context), with one query:
    # the version in the figures' cache key; no grouped count.
    with django_assert_num_queries(1):
        response = client.get(URL)
    assert response.context is not None
    assert response.context["figures"].total == Assignment.objects.public().count()


def test_publishing_and_closing_change_the_figures_on_the_next_request(client):
    recruiter = UserFactory(username="sanne", is_superuser=True)
    AssignmentFactory(crisis_presence="none", abroad="not_allowed")
    assert client.get(URL).context["figures"].crisis_on_site == 0
    candidate = AssignmentFactory(screening=True, crisis_presence="on_site", abroad="allowed")
    services.publish(candidate, actor=recruiter)
    figures = client.get(URL).context["figures"]
    assert (figures.total, figures.crisis_on_site, figures.abroad_possible) == (2, 1, 1)
    services.close(candidate, actor=recruiter)
    figures = client.get(URL).context["figures"]
    assert (figures.total, figures.crisis_on_site, figures.abroad_possible) == (1, 0, 0)


def test_organisation_change_moves_the_figures(client):
    assignment = AssignmentFactory(organisation__kind="municipality")
    assert [g.key for g in client.get(URL).context["figures"].by_kind] == ["municipality"]
    organisation = assignment.organisation
    organisation.kind = "ministry"
    organisation.save()
    assert [g.key for g in client.get(URL).context["figures"].by_kind] == ["ministry"]


def test_closing_date_passing_changes_the_figures(client):
    AssignmentFactory(closing_date=local_today())
    assert client.get(URL).context["figures"].total == 1
    tomorrow = datetime.combine(
        local_today() + timedelta(days=1), time(0, 5), tzinfo=ZoneInfo("Europe/Amsterdam")
    )
    with time_machine.travel(tomorrow, tick=False):
        assert client.get(URL).context["figures"].total == 0
