"""What search engines and link previews read: the sitemap, robots.txt, canonical links, Open
Graph tags and the assignments' JobPosting structured data."""

import json
import re
import xml.etree.ElementTree as ET
from datetime import date, timedelta
from decimal import Decimal
from html.parser import HTMLParser

import pytest
from django.test import override_settings
from django.urls import reverse
from django.utils import timezone

from assignments.models import Status, local_today
from tests.factories import (
    AssignmentFactory,
    FaqEntryFactory,
    FaqPageFactory,
    OrganisationFactory,
    ToolFactory,
    assignment_in_status,
)

pytestmark = pytest.mark.django_db

SITE = "http://127.0.0.1:8000"
SITEMAP_NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9"}


def parse_xml(content):
    return ET.fromstring(content)  # noqa: S314 (the site's own responses, in a test)


@pytest.fixture
def site():
    organisation = OrganisationFactory(
        name="Provincie Gelderland",
        slug="provincie-gelderland",
        kind="province",
        province="gelderland",
        city="Arnhem",
        website="https://www.gelderland.nl/",
    )
    public = AssignmentFactory(
        title="Adviseur campagnes",
        slug="adviseur-campagnes",
        organisation=organisation,
        city="Arnhem",
        reference="GLD-2026-014",
        max_rate=Decimal("112.50"),
        start_date=date(2030, 9, 1),
        closing_date=local_today() + timedelta(days=5),
        home_days_min=2,
        home_days_max=3,
        office_days=1,  # Monday
        onboarding_weeks=6,
        onboarding_home_days=1,
        crisis_presence="on_site",
        abroad="incidental",
        office_only_documents=True,
        screening_requirement="vog",
        home_allowance_per_day=Decimal("2.35"),
        setup_allowance=Decimal("600"),
        description="## Wat ga je doen\n\nJe maakt **campagnes** voor Gelderland.",
    )
    public.tools.set([ToolFactory(name="Microsoft Teams"), ToolFactory(name="SharePoint")])
    hidden = [
        assignment_in_status(Status.CLOSED, slug="gesloten"),
        assignment_in_status(Status.WITHDRAWN, slug="ingetrokken"),
        assignment_in_status(Status.NEW, slug="nieuw"),
        AssignmentFactory(screening=True, slug="in-screening"),
        AssignmentFactory(slug="verlopen", closing_date=local_today() - timedelta(days=1)),
    ]
    published_faq = FaqPageFactory(slug="thuiswerken")
    FaqEntryFactory(page=published_faq)
    draft_faq = FaqPageFactory(slug="concept", is_published=False)
    return {"public": public, "hidden": hidden, "faq": published_faq, "draft": draft_faq}


def sitemap_locations(client):
    index = client.get("/sitemap.xml")
    assert index.status_code == 200
    assert index["Content-Type"].startswith("application/xml")
    sections = [loc.text for loc in parse_xml(index.content).iterfind(".//sm:loc", SITEMAP_NS)]
    assert sections and all(url.startswith(f"{SITE}/sitemap-") for url in sections)
    urls = {}
    for section in sections:
        response = client.get(section.removeprefix(SITE))
        assert response.status_code == 200
        for url in parse_xml(response.content).iterfind("sm:url", SITEMAP_NS):
            urls[url.findtext("sm:loc", namespaces=SITEMAP_NS)] = url.findtext(
                "sm:lastmod", namespaces=SITEMAP_NS
            )
    return urls


def test_sitemap_lists_public_pages_only(client, site):
    urls = sitemap_locations(client)
    public = site["public"]
    assert urls.keys() >= {
        f"{SITE}/",
        f"{SITE}/opdrachten/",
        f"{SITE}/organisaties/",
        f"{SITE}/veelgestelde-vragen/",
        f"{SITE}/inzichten/",
        f"{SITE}/opdrachten/adviseur-campagnes/",
        f"{SITE}/organisaties/provincie-gelderland/",
        f"{SITE}/veelgestelde-vragen/thuiswerken/",
    }
    # The day of the last change, as Django's sitemap writes it (in the site's time zone).
    lastmod = timezone.localtime(public.updated_at).date().isoformat()
    assert urls[f"{SITE}/opdrachten/adviseur-campagnes/"] == lastmod
    for assignment in site["hidden"]:
        assert f"{SITE}{assignment.get_absolute_url()}" not in urls
    assert f"{SITE}/veelgestelde-vragen/concept/" not in urls
    # Every organisation page is public (also the hidden assignments' organisations).
    assignment_urls = [
        url for url in urls if url.startswith(f"{SITE}/opdrachten/") and url.count("/") == 5
    ]
    assert assignment_urls == [f"{SITE}/opdrachten/adviseur-campagnes/"]
    # And each listed page really answers.
    for url in urls:
        assert client.get(url.removeprefix(SITE)).status_code == 200, url


def test_sitemap_pages_a_large_section(client, site, monkeypatch):
    from assignments.sitemaps import AssignmentSitemap

    AssignmentFactory.create_batch(3)
    monkeypatch.setattr(AssignmentSitemap, "limit", 2)
    index = parse_xml(client.get("/sitemap.xml").content)
    sections = [loc.text for loc in index.iterfind(".//sm:loc", SITEMAP_NS)]
    assert f"{SITE}/sitemap-assignments.xml?p=2" in sections
    second = client.get("/sitemap-assignments.xml", {"p": 2})
    assert len(parse_xml(second.content).findall("sm:url", SITEMAP_NS)) == 2
    assert client.get("/sitemap-assignments.xml", {"p": 9}).status_code == 404
    assert client.get("/sitemap-assignments.xml", {"p": "x"}).status_code == 404
    assert client.get("/sitemap-unknown.xml").status_code == 404


@override_settings(SITE_URL="https://opdrachtwijzer.example")
def test_sitemap_and_robots_use_site_url(client, site):
    index = client.get("/sitemap.xml").content.decode()
    assert "https://opdrachtwijzer.example/sitemap-assignments.xml" in index
    section = client.get("/sitemap-assignments.xml").content.decode()
    assert "<loc>https://opdrachtwijzer.example/opdrachten/adviseur-campagnes/</loc>" in section
    robots = client.get("/robots.txt").content.decode()
    assert "Sitemap: https://opdrachtwijzer.example/sitemap.xml" in robots


def test_sitemap_query_counts(client, site, django_assert_num_queries):
    # The version, then a count for each section with rows (assignments, organisations, FAQ).
    with django_assert_num_queries(4):
        client.get("/sitemap.xml")
    # The version, the count and the page of the section.
    with django_assert_num_queries(3):
        client.get("/sitemap-assignments.xml")


def test_robots_txt(client):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    lines = response.content.decode().splitlines()
    assert lines[0] == "User-agent: *"
    # Only paths that exist (the alert pages are under /opdrachten/alert/).
    assert [line for line in lines if line.startswith("Disallow:")] == [
        "Disallow: /admin/",
        "Disallow: /i18n/",
        "Disallow: /opdrachten/alert/",
    ]
    for path in ("/admin/", "/i18n/setlang/", "/opdrachten/alert/"):
        assert client.get(path).status_code != 404
    assert f"Sitemap: {SITE}/sitemap.xml" in lines
    assert "Disallow: /" not in lines


class Head(HTMLParser):
    """The <link> and <meta> elements of a page, and its JSON-LD blocks."""

    def __init__(self):
        super().__init__()
        self.links, self.meta, self.json_ld, self._in_json = [], {}, [], False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "link":
            self.links.append(attrs)
        elif tag == "meta" and "property" in attrs:
            self.meta[attrs["property"]] = attrs["content"]
        elif tag == "script" and attrs.get("type") == "application/ld+json":
            self._in_json = True

    def handle_endtag(self, tag):
        self._in_json = False

    def handle_data(self, data):
        if self._in_json:
            self.json_ld.append(json.loads(data))

    def canonical(self):
        return [link["href"] for link in self.links if link.get("rel") == "canonical"]


def head(response):
    assert response.status_code == 200
    parser = Head()
    parser.feed(response.content.decode())
    return parser


@pytest.mark.parametrize(
    ("path", "canonical", "og_type"),
    [
        ("/", "/", "website"),
        ("/opdrachten/", "/opdrachten/", "website"),
        ("/opdrachten/adviseur-campagnes/", "/opdrachten/adviseur-campagnes/", "article"),
        ("/organisaties/", "/organisaties/", "website"),
        ("/organisaties/provincie-gelderland/", "/organisaties/provincie-gelderland/", "website"),
        ("/veelgestelde-vragen/", "/veelgestelde-vragen/", "website"),
        ("/veelgestelde-vragen/thuiswerken/", "/veelgestelde-vragen/thuiswerken/", "article"),
        ("/inzichten/", "/inzichten/", "website"),
    ],
)
def test_every_public_page_has_canonical_and_open_graph(client, site, path, canonical, og_type):
    response = client.get(path, {"utm_source": "nieuwsbrief"})
    page = head(response)
    assert page.canonical() == [SITE + canonical]
    title = re.search(r"<title>(.*?) · Opdrachtwijzer</title>", response.content.decode()).group(1)
    assert page.meta["og:title"] == title.replace("&#x27;", "'").replace("&amp;", "&")
    assert page.meta["og:description"]
    assert page.meta["og:type"] == og_type
    assert page.meta["og:url"] == SITE + canonical
    assert page.meta["og:site_name"] == "Opdrachtwijzer"
    assert page.meta["og:locale"] == "nl_NL"


def test_open_graph_locale_follows_the_language(client, site):
    page = head(client.get("/", headers={"Accept-Language": "en"}))
    assert page.meta["og:locale"] == "en_GB"
    assert page.meta["og:title"] == "Interim communications assignments in the public sector"


@pytest.mark.parametrize(
    ("query", "canonical"),
    [
        ("", "/opdrachten/"),
        ("?page=1", "/opdrachten/"),
        ("?role=press&utm_source=x&q=", "/opdrachten/?role=press"),
        (
            "?role=press&role=press&role=crisis&sort=home_days",
            "/opdrachten/?role=press&role=crisis&sort=home_days",
        ),
        ("?min_home_days=3&org_kind=ministry", "/opdrachten/?org_kind=ministry&min_home_days=3"),
        # Only valid values: what the list ignores, the canonical address leaves out.
        ("?role=bogus", "/opdrachten/"),
        ("?role=press&role=bogus&min_home_days=9&sort=random", "/opdrachten/"),
        ("?org_kind=ministry&starts_before=2026-02-30&q=%20", "/opdrachten/?org_kind=ministry"),
        ("?sort=newest&page=01", "/opdrachten/"),
        ("?q=%20%20woord%20%20voerder", "/opdrachten/?q=woord+voerder"),
    ],
)
def test_list_canonical_normalises_the_query(client, site, query, canonical):
    AssignmentFactory(role="press", home_days_max=3, organisation__kind="ministry")
    assert head(client.get(f"/opdrachten/{query}")).canonical() == [SITE + canonical]


@pytest.mark.parametrize(
    ("query", "canonical"),
    [
        ("?kind=ministry", "/organisaties/?kind=ministry"),
        ("?province=utrecht&kind=ministry&kind=bogus", "/organisaties/?province=utrecht"),
        (
            "?kind=province&province=utrecht&page=1&utm_source=x",
            "/organisaties/?kind=province&province=utrecht",
        ),
    ],
)
def test_organisation_list_canonical_keeps_its_own_filters(client, site, query, canonical):
    """The organisation list's filters are its own (`kind`, not the assignment list's
    `org_kind`): its canonical address must keep them."""
    OrganisationFactory(kind="province", province="utrecht")
    assert head(client.get(f"/organisaties/{query}")).canonical() == [SITE + canonical]


def test_not_found_page_has_no_canonical(client):
    response = client.get("/bestaat-niet/")
    assert response.status_code == 404
    assert 'rel="canonical"' not in response.content.decode()


def job_posting(client, assignment):
    blocks = head(client.get(assignment.get_absolute_url())).json_ld
    assert len(blocks) == 1
    return blocks[0]


def test_job_posting_structured_data(client, site):
    data = job_posting(client, site["public"])
    closing = local_today() + timedelta(days=5)
    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "JobPosting"
    assert data["title"] == "Adviseur campagnes"
    assert data["url"] == f"{SITE}/opdrachten/adviseur-campagnes/"
    assert data["datePosted"] == local_today().isoformat()
    assert data["validThrough"].startswith(f"{closing.isoformat()}T23:59:59+0")
    assert data["validThrough"][-6:] in ("+01:00", "+02:00")  # Amsterdam, winter or summer
    assert data["employmentType"] == ["CONTRACTOR", "TEMPORARY"]
    assert data["hiringOrganization"] == {
        "@type": "Organization",
        "name": "Provincie Gelderland",
        "sameAs": "https://www.gelderland.nl/",
        "url": f"{SITE}/organisaties/provincie-gelderland/",
    }
    assert data["jobLocation"] == {
        "@type": "Place",
        "address": {
            "@type": "PostalAddress",
            "addressLocality": "Arnhem",
            "addressRegion": "Gelderland",
            "addressCountry": "NL",
        },
    }
    # The client names a ceiling, not the pay: no baseSalary (Google documents it as the
    # actual pay, one value or a range), the ceiling in words in the description.
    assert "baseSalary" not in data
    assert "Maximumtarief: € 112,50 per uur, all-in, exclusief btw" in data["description"]
    assert data["jobStartDate"] == "2030-09-01"
    assert data["identifier"]["value"] == "GLD-2026-014"
    assert "jobLocationType" not in data
    assert "TELECOMMUTE" not in json.dumps(data)
    description = data["description"]
    # The description itself, then the hybrid terms in words.
    assert "<strong>campagnes</strong>" in description
    for words in (
        "2 gegarandeerd, hoogstens 3",  # home days
        "<dd>maandag</dd>",  # fixed office day
        "6 weken met meer aanwezigheid op kantoor; in die tijd 1 dag per week thuis",  # onboarding
        "Op kantoor bij een crisis",  # crisis presence
        "Enkele dagen, na toestemming vooraf",  # abroad
        "Vertrouwelijke documenten</dt> <dd>Alleen op kantoor",  # documents
        "Verklaring omtrent het gedrag (VOG)",  # screening
        "€ 2,35 per dag",  # allowances
        "€ 600 eenmalig",
        "Microsoft Teams, SharePoint",  # tools
    ):
        assert words in description, words


def test_job_posting_leaves_out_what_is_not_known(client):
    organisation = OrganisationFactory(website="")
    assignment = AssignmentFactory(
        organisation=organisation, max_rate=None, reference="", closing_date=None
    )
    data = job_posting(client, assignment)
    assert "baseSalary" not in data
    assert "identifier" not in data
    assert "validThrough" not in data
    assert "sameAs" not in data["hiringOrganization"]


def test_job_posting_cannot_be_broken_out_of(client):
    assignment = AssignmentFactory(title="</script><script>alert(1)</script>", city="A & B <x>")
    response = client.get(assignment.get_absolute_url())
    html = response.content.decode()
    assert "</script><script>alert(1)" not in html
    data = job_posting(client, assignment)
    assert data["title"] == "</script><script>alert(1)</script>"
    assert data["jobLocation"]["address"]["addressLocality"] == "A & B <x>"


def test_detail_query_count_is_unchanged(client, site, django_assert_num_queries):
    # As pinned in test_queries: the JSON-LD uses what the page loads anyway.
    with django_assert_num_queries(5):
        client.get(site["public"].get_absolute_url())


def test_insights_in_the_main_navigation(client):
    response = client.get(reverse("home"))
    assert '<a href="/inzichten/">Inzichten</a>' in response.content.decode()
