"""The public pages in a real browser (Debian's Chromium through Playwright): accessible
(axe finds nothing), usable on a phone, and switchable to English."""

import pytest
from playwright.sync_api import expect

from tests.browser.helpers import (
    DESKTOP,
    PHONE,
    assert_accessible,
    assert_no_sideways_scroll,
    collect_problems,
)
from tests.factories import AssignmentFactory, OrganisationFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def assignments():
    organisation = OrganisationFactory(
        name="Hoogheemraadschap van Hollands Noorderkwartier",
        slug="hhnk",
        kind="water_board",
        province="noord-holland",
        website="https://www.hhnk.nl/",
    )
    AssignmentFactory(
        title="Strategisch communicatieadviseur energietransitie",
        slug="strategisch-energietransitie",
        organisation=organisation,
        home_days_min=3,
        home_days_max=4,
        terms_notes="Dinsdag is de teamdag.",
        office_days=2,
        max_rate=None,
        end_date=None,
    )
    AssignmentFactory(title="Woordvoerder", role="press", crisis_presence="on_site")


PAGES = [
    ("home", "/"),
    ("list", "/opdrachten/"),
    ("list-filtered", "/opdrachten/?min_home_days=3&org_kind=water_board&sort=home_days"),
    ("list-invalid", "/opdrachten/?min_home_days=veel&role=chef&starts_before=2026-02-30"),
    ("list-empty", "/opdrachten/?org_kind=ministry&province=zeeland"),
    ("assignment", "/opdrachten/strategisch-energietransitie/"),
    ("organisations", "/organisaties/"),
    ("organisation", "/organisaties/hhnk/"),
    ("not-found", "/bestaat-niet/"),
]


@pytest.mark.parametrize(("name", "path"), PAGES)
@pytest.mark.parametrize(("form_factor", "viewport"), [("desktop", DESKTOP), ("phone", PHONE)])
def test_public_page_is_accessible(
    page, live_server, assignments, screenshot, name, path, form_factor, viewport
):
    problems = collect_problems(page)
    page.set_viewport_size(viewport)
    page.goto(live_server.url + path)
    expect(page.locator("html")).to_have_attribute("lang", "nl")
    assert_accessible(page)
    assert_no_sideways_scroll(page)
    screenshot(page, f"{name}-{form_factor}")
    assert problems == []


def test_newest_assignments_on_home(page, live_server, assignments):
    page.goto(live_server.url + "/")
    newest = page.get_by_role("region", name="Nieuwste opdrachten")
    expect(newest.get_by_role("heading", level=3)).to_have_count(2)
    expect(newest).to_contain_text("3–4 dagen thuis")
    expect(page.get_by_text("2 openstaande opdrachten", exact=True)).to_be_visible()
    expect(page.get_by_role("link", name="Alle 2 openstaande opdrachten")).to_be_visible()


def test_language_switch_to_english_and_back(page, live_server, assignments):
    page.goto(live_server.url + "/")
    page.get_by_role("button", name="English").click()
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.get_by_role("heading", level=2, name="Newest assignments")).to_be_visible()
    expect(page.get_by_text("3–4 home days").first).to_be_visible()
    assert page.url == live_server.url + "/"
    assert_accessible(page)
    page.get_by_role("button", name="Nederlands").click()
    expect(page.locator("html")).to_have_attribute("lang", "nl")


def test_skip_link_moves_focus_to_main(page, live_server):
    page.goto(live_server.url + "/")
    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="Naar de inhoud")
    expect(skip).to_be_focused()
    expect(skip).to_be_in_viewport()
    page.keyboard.press("Enter")
    expect(page.locator("main")).to_be_focused()
