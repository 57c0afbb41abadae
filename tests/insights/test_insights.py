"""The insights page: its figures are the public assignments' own, recomputed here in plain
Python over the public queryset, and they follow every change at once."""

import random
import re
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.urls import reverse

from assignments import services
from assignments.models import Assignment, Role, Status, local_today
from insights import figures as insight_figures
from organisations.models import Kind
from tests.factories import (
    AssignmentFactory,
    OrganisationFactory,
    UserFactory,
    assignment_in_status,
)

pytestmark = pytest.mark.django_db

URL = reverse("insights:index")
CONFIRMED = [
    local_today() - timedelta(days=3),
    local_today() - timedelta(days=30),
    local_today() - timedelta(days=31),
    local_today() - timedelta(days=90),
    local_today() - timedelta(days=91),
    False,
]


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
            # Confirmed by the client this week, a month or two ago, long ago, or never.
            confirmed=rng.choice(CONFIRMED),
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
    public = list(Assignment.objects.public().select_related("organisation", "confirmation"))
    total = len(public)

    def freshness(assignment):
        confirmation = assignment.current_confirmation
        if confirmation is None:
            return "none"
        age = (local_today() - confirmation.confirmed_on).days
        return "recent" if age <= 30 else "fresh" if age <= 90 else "stale"

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
        "confirmations": {
            group: sum(freshness(a) == group for a in public)
            for group in ("recent", "fresh", "stale", "none")
        },
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
    figures = insight_figures.compute_figures()
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
    assert figures.confirmations == want["confirmations"]
    assert all(want["confirmations"].values()), "every freshness group is in the board"
    # The non-public "other" organisation and its extreme terms never count.
    assert "other" not in {group.key for group in figures.by_kind}


def test_page_shows_the_figures_with_tables_and_links(client, varied):
    want = expected()
    response = client.get(URL)
    assert response.status_code == 200
    html = response.content.decode()
    assert html.count('role="img"') == 7
    # Seven charts, each with a table; the two by kind and by role have a second table for
    # how many assignments allow each number of home days, so the first fits a phone.
    assert html.count("<table") == 9
    assert html.count('<th scope="col">') >= 9 * 3
    assert (
        len(re.findall(r'<table class="data-table" aria-labelledby="[\w-]+-caption">', html)) == 9
    )
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
    # How fresh the clients' confirmations are.
    confirmed = want["confirmations"]["recent"] + want["confirmations"]["fresh"]
    share = round(confirmed / want["total"] * 100)
    assert f"Bij {share}% van de open opdrachten ({confirmed} van {want['total']})" in html
    row = re.search(
        r'<th scope="row">Nog niet bevestigd door de opdrachtgever</th>(.*?)</tr>', html, re.S
    )
    assert re.findall(r"<td>(.*?)</td>", row.group(1))[0] == str(want["confirmations"]["none"])
    ministry = want["kind"]["ministry"]
    row = re.search(
        r'<a href="/opdrachten/\?org_kind=ministry">Ministerie</a></th>(.*?)</tr>', html, re.S
    )
    cells = re.findall(r"<td>(.*?)</td>", row.group(1))
    assert cells[0] == str(ministry["count"])
    assert cells[1] == f"{ministry['avg_min']:.1f}".replace(".", ",")
    assert cells[2] == f"{ministry['avg_max']:.1f}".replace(".", ",")
    assert len(cells) == 3
    spread = re.search(
        r'id="by-kind-spread-caption".*?<th scope="row">Ministerie</th>(.*?)</tr>', html, re.S
    )
    assert re.findall(r"<td>(.*?)</td>", spread.group(1)) == [str(n) for n in ministry["at_most"]]
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
    # The version (page cache key), the version again (figures' cache key), five grouped
    # counts: kind, role, onboarding, crisis and abroad, the confirmations' freshness.
    with django_assert_num_queries(7):
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


# Every link says what it opens, and the page's words carry their units


def list_links(html):
    """(href, text) of every link from the page's sections to the assignment list."""
    section = html[html.index('class="insight"') :]
    return re.findall(r'<a href="(/opdrachten/\?[^"]*)">(.*?)</a>', section)


def test_every_link_opens_a_list_that_holds_what_it_says(client, varied):
    html = client.get(URL).content.decode()
    links = list_links(html)
    assert len(links) > 10
    # Every link has a name of its own (no three "Show these assignments").
    texts = [text for _href, text in links]
    assert len(texts) == len(set(texts))
    hrefs = [href for href, _text in links]
    assert len(hrefs) == len(set(hrefs)), "two links open the same list"
    for href, text in links:
        query = href.split("?", 1)[1].replace("&amp;", "&")
        listed = client.get(f"/opdrachten/?{query}").context["result_count"]
        assert listed, f"{text} opens an empty list"
        count = re.match(r"(\d+) ", text)
        if count:
            assert int(count.group(1)) == listed, text


def test_no_links_to_empty_lists(client):
    AssignmentFactory(
        abroad="not_allowed",
        crisis_presence="none",
        home_days_min=0,
        home_days_max=0,
        onboarding_home_days=0,
    )
    html = client.get(URL).content.decode()
    hrefs = [href for href, _text in list_links(html)]
    assert hrefs  # the page has links, only none to an empty list
    assert not any("abroad=" in href or "min_home_days=" in href for href in hrefs)
    assert "crisis=on_site" not in html and "crisis=none" in html


def test_the_home_days_table_has_no_at_least_links_beside_its_at_most_rows(client, varied):
    html = client.get(URL).content.decode()
    table = re.search(r'id="home-days-table-caption".*?</table>', html, re.S).group()
    assert "<a " not in table
    assert "Alleen op kantoor" in table and "Hoogstens 0" not in html
    assert "Met zoveel gegarandeerd" not in html
    assert "Opdrachten die er zoveel garanderen" in table


def test_the_onboarding_summary_and_its_link_give_the_same_count(client, varied):
    html = client.get(URL).content.decode()
    summary = re.search(
        r"(\d+) van de (\d+) opdrachten \((\d+)%\) hebben een inwerkperiode met meer "
        r"kantoordagen van hoogstens (\d+) weken",
        html,
    )
    count, total, _share, weeks = map(int, summary.groups())
    assert total == expected()["total"]
    assert f'href="/opdrachten/?max_onboarding_weeks={weeks}">{count} met hoogstens' in html
    assert count * 2 >= total


def test_chart_descriptions_carry_their_units(client, varied):
    html = client.get(URL).content.decode()
    desc = re.search(r'<desc id="by-kind-svg-desc">(.*?)</desc>', html, re.S).group(1)
    assert re.search(
        r"Ministerie: gemiddeld \d,\d thuiswerkdagen per week gegarandeerd, tot \d,\d mogelijk",
        desc,
    )
    desc = re.search(r'<desc id="crisis-svg-desc">(.*?)</desc>', html, re.S).group(1)
    assert re.search(r"Op kantoor bij een crisis: \d+ opdrachten? \(\d+%\)", desc)


def test_the_empty_page_does_not_count_zero_assignments(client):
    html = client.get(URL).content.decode()
    assert "Wat de 0" not in html and "Nog geen cijfers" in html
