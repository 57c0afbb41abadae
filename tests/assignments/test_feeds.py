"""RSS and Atom feeds of the newest public assignments, filtered like the list."""

import re
import xml.etree.ElementTree as ET
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from assignments.models import Status, local_today
from tests.factories import AssignmentFactory, OrganisationFactory, assignment_in_status

pytestmark = pytest.mark.django_db

RSS = reverse("assignments:feed")
ATOM = reverse("assignments:feed-atom")
ATOM_NS = {"atom": "http://www.w3.org/2005/Atom"}


def parse_xml(content):
    return ET.fromstring(content)  # noqa: S314 (the site's own responses, in a test)


def items_of(feed):
    """The entries of a parsed RSS or Atom feed."""
    return feed.findall("channel/item") or feed.findall("atom:entry", ATOM_NS)


@pytest.fixture
def board():
    ministry = OrganisationFactory(name="Ministerie van Financiën", slug="fin", kind="ministry")
    AssignmentFactory(
        title="Woordvoerder Financiën",
        slug="woordvoerder-fin",
        organisation=ministry,
        role="press",
        home_days_min=1,
        home_days_max=2,
        closing_date=local_today() + timedelta(days=10),
        published_at=timezone.now() - timedelta(days=1),
    )
    AssignmentFactory(
        title="Campagneadviseur",
        slug="campagne",
        role="campaigns",
        home_days_min=3,
        home_days_max=4,
        closing_date=None,
        published_at=timezone.now(),
    )
    # Never in a feed: not public.
    assignment_in_status(Status.CLOSED, title="Gesloten", slug="gesloten", role="press")
    assignment_in_status(Status.WITHDRAWN, title="Ingetrokken", slug="ingetrokken", role="press")
    AssignmentFactory(screening=True, title="In screening", slug="screening", role="press")
    AssignmentFactory(
        title="Verlopen",
        slug="verlopen",
        role="press",
        closing_date=local_today() - timedelta(days=1),
    )


def rss_items(response):
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    channel = parse_xml(response.content).find("channel")
    return channel, channel.findall("item")


def atom_entries(response):
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = parse_xml(response.content)
    return feed, feed.findall("atom:entry", ATOM_NS)


def test_rss_lists_public_assignments_newest_first(client, board):
    channel, items = rss_items(client.get(RSS))
    assert [item.findtext("title") for item in items] == [
        "Campagneadviseur",
        "Woordvoerder Financiën",
    ]
    assert channel.findtext("title") == "Nieuwste opdrachten · Opdrachtwijzer"
    assert channel.findtext("link") == "http://127.0.0.1:8000/opdrachten/"
    press = items[1]
    assert press.findtext("link") == "http://127.0.0.1:8000/opdrachten/woordvoerder-fin/"
    assert press.findtext("{http://purl.org/dc/elements/1.1/}creator") == "Ministerie van Financiën"
    description = press.findtext("description")
    assert "Ministerie van Financiën" in description
    assert "1–2 dagen thuis" in description
    closing = local_today() + timedelta(days=10)
    assert f"Reageren vóór {closing.day} " in description
    assert press.findtext("pubDate")
    assert "Open tot de opdracht vervuld is." in items[0].findtext("description")


def test_atom_has_dates_author_and_links(client, board):
    _feed, entries = atom_entries(client.get(ATOM))
    assert len(entries) == 2
    entry = entries[1]
    assert entry.findtext("atom:title", namespaces=ATOM_NS) == "Woordvoerder Financiën"
    assert entry.find("atom:link", ATOM_NS).get("href").endswith("/opdrachten/woordvoerder-fin/")
    assert entry.findtext("atom:published", namespaces=ATOM_NS)
    assert entry.findtext("atom:updated", namespaces=ATOM_NS)
    assert entry.findtext("atom:author/atom:name", namespaces=ATOM_NS) == "Ministerie van Financiën"
    assert "1–2 dagen thuis" in entry.findtext("atom:summary", namespaces=ATOM_NS)


@pytest.mark.parametrize("url", [RSS, ATOM])
def test_feeds_honour_the_list_filters(client, board, url):
    response = client.get(url, {"role": "press", "min_home_days": 1})
    if url == RSS:
        channel, items = rss_items(response)
        titles = [item.findtext("title") for item in items]
        title = channel.findtext("title")
    else:
        feed, entries = atom_entries(response)
        titles = [entry.findtext("atom:title", namespaces=ATOM_NS) for entry in entries]
        title = feed.findtext("atom:title", namespaces=ATOM_NS)
    assert titles == ["Woordvoerder Financiën"]
    assert "Woordvoering en pers" in title
    assert "Minstens 1 dag thuis mogelijk" in title


def test_feed_matches_the_list_for_the_same_filter(client, board):
    params = {"min_home_days": 3}
    listed = client.get(reverse("assignments:list"), params).context["page_obj"].object_list
    _channel, items = rss_items(client.get(RSS, params))
    assert [item.findtext("title") for item in items] == [a.title for a in listed]


@pytest.mark.parametrize("url", [RSS, ATOM])
def test_titles_are_plain_text_escaped_once(client, url):
    title = "R&D-woordvoerder <crisis> & \"pers\" 'Zuid'"
    organisation = OrganisationFactory(name="Waterschap <Aa> & Maas")
    AssignmentFactory(title=title, organisation=organisation)
    response = client.get(url, {"q": "woordvoerder &"})
    assert response.status_code == 200
    root = parse_xml(response.content)
    if url == RSS:
        [item] = root.find("channel").findall("item")
        assert item.findtext("title") == title
        description = item.findtext("description")
        feed_title = root.find("channel").findtext("title")
    else:
        [entry] = root.findall("atom:entry", ATOM_NS)
        assert entry.find("atom:title", ATOM_NS).get("type", "text") == "text"
        assert entry.findtext("atom:title", namespaces=ATOM_NS) == title
        assert entry.findtext("atom:author/atom:name", namespaces=ATOM_NS) == organisation.name
        description = entry.findtext("atom:summary", namespaces=ATOM_NS)
        feed_title = root.findtext("atom:title", namespaces=ATOM_NS)
    # The description is HTML: escaped once for HTML, once for XML.
    assert description.startswith("<p>Waterschap &lt;Aa&gt; &amp; Maas · ")
    assert "“woordvoerder &”" in feed_title


@pytest.mark.parametrize(
    "params",
    [
        {"role": "chef", "min_home_days": "veel", "starts_before": "2026-02-30"},
        {"max_hours": "9" * 40, "max_onboarding_weeks": "-1", "sort": "random"},
        {"q": "<script>alert(1)</script> & \x01\x0b"},
        {"q": "x" * 1000, "page": "999", "abroad": "ja", "crisis": ["on_site", "nope"]},
    ],
)
@pytest.mark.parametrize("url", [RSS, ATOM])
def test_bad_parameters_are_ignored_not_an_error(client, board, url, params):
    response = client.get(url, params)
    assert response.status_code == 200
    feed = parse_xml(response.content)  # still well-formed XML
    everything = parse_xml(client.get(url).content)
    # What is ignored narrows nothing: the same items as without any parameter; a search
    # for markup is a valid search that finds nothing.
    expected = (
        0 if "q" in params and params["q"].startswith("<script>") else len(items_of(everything))
    )
    assert len(items_of(feed)) == expected


def test_invalid_parameter_is_ignored_and_the_rest_applies(client, board):
    _channel, items = rss_items(client.get(RSS, {"role": "press", "min_home_days": "veel"}))
    assert [item.findtext("title") for item in items] == ["Woordvoerder Financiën"]


def test_feed_holds_at_most_fifty(client):
    AssignmentFactory.create_batch(52, organisation=OrganisationFactory())
    _channel, items = rss_items(client.get(RSS))
    assert len(items) == 50


def test_feed_query_count_is_constant(client, django_assert_num_queries):
    organisation = OrganisationFactory()
    AssignmentFactory.create_batch(30, organisation=organisation)
    AssignmentFactory.create_batch(5)
    # The public data version (page cache key) and the items with their organisations.
    with django_assert_num_queries(2):
        client.get(RSS, {"org_kind": "municipality"})
    with django_assert_num_queries(2):
        client.get(ATOM)


def test_list_links_the_feed_of_its_filter(client, board):
    response = client.get(
        reverse("assignments:list"), {"role": "press", "sort": "start", "page": "1"}
    )
    html = response.content.decode()
    assert (
        '<link rel="alternate" type="application/rss+xml" '
        'title="Opdrachtwijzer: deze opdrachten (RSS)" '
        'href="http://127.0.0.1:8000/opdrachten/feed/?role=press">' in html
    )
    assert 'type="application/atom+xml"' in html
    assert 'href="/opdrachten/feed/?role=press" type="application/rss+xml"' in html


def test_feed_links_name_only_valid_filters(client, board):
    response = client.get(
        reverse("assignments:list"), {"role": ["press", "chef"], "min_home_days": "veel"}
    )
    assert 'href="/opdrachten/feed/" type="application/rss+xml"' in response.content.decode()
    channel, _items = rss_items(
        client.get(RSS, {"role": "press", "min_home_days": "veel", "sort": "start"})
    )
    assert channel.findtext("link") == "http://127.0.0.1:8000/opdrachten/?role=press"
    atom = parse_xml(client.get(ATOM, {"role": "press", "crisis": "nope"}).content)
    assert atom.find("atom:link[@rel='self']", ATOM_NS).get("href") == (
        "http://127.0.0.1:8000/opdrachten/feed/atom/?role=press"
    )


def test_feed_is_not_taken_for_an_assignment_slug(client):
    AssignmentFactory(slug="feed")
    assert client.get(RSS)["Content-Type"].startswith("application/rss+xml")


@pytest.mark.parametrize("htmx", [False, True])
def test_the_feed_link_sits_beside_the_alert_link_and_follows_the_filters(client, htmx):
    AssignmentFactory(role="press")
    headers = {"HX-Request": "true", "HX-Target": "results"} if htmx else {}
    html = client.get(
        reverse("assignments:list"), {"role": "press", "sort": "start"}, headers=headers
    ).content.decode()
    follow = re.search(r'<ul class="follow-links">(.*?)</ul>', html, re.S).group(1)
    assert 'href="/opdrachten/alert/?role=press"' in follow
    assert 'href="/opdrachten/feed/?role=press" type="application/rss+xml"' in follow
    assert "Volg deze zoekopdracht in je feedlezer (RSS)" in follow
    # Once, above the results: not again at the bottom.
    assert html.count('type="application/rss+xml">') == 1
    assert html.index("follow-links") < html.index('class="cards')
    # The same for every visitor: nothing personal (the page is cached whole).
    assert "csrfmiddlewaretoken" not in html


def test_the_feed_link_is_there_without_results_too(client):
    html = client.get(reverse("assignments:list"), {"role": "press"}).content.decode()
    assert 'href="/opdrachten/feed/?role=press"' in html


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({"min_guaranteed_home_days": "3"}, ["Campagneadviseur"]),
        (
            {"min_guaranteed_home_days": "1", "min_rate": "100"},
            ["Campagneadviseur", "Woordvoerder Financiën"],
        ),
        ({"min_hours": "33"}, []),
        ({"min_hours": "32", "role": "press"}, ["Woordvoerder Financiën"]),
        ({"min_rate": "106"}, []),
        ({"starts_after": "2000-01-01", "q": "financiën"}, ["Woordvoerder Financiën"]),
        # A search in a feed is still newest first: a reader wants what is new.
        ({"q": "woordvoerder campagneadviseur", "sort": "relevance"}, []),
        ({"min_rate": "veel", "min_guaranteed_home_days": "3"}, ["Campagneadviseur"]),
    ],
)
def test_feeds_take_the_new_filters(client, board, query, expected):
    _channel, items = rss_items(client.get(RSS, query))
    assert [item.findtext("title") for item in items] == expected


def test_a_search_feed_is_newest_first(client, board):
    _channel, items = rss_items(client.get(RSS, {"q": "communicatie"}))
    assert [item.findtext("title") for item in items] == [
        "Campagneadviseur",
        "Woordvoerder Financiën",
    ]
