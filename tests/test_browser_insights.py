"""The insights page in a real browser: accessible (axe finds nothing) on desktop and phone,
no sideways scrolling, no CSP violation, and its links lead to the filtered list."""

import pytest
from playwright.sync_api import expect

from .factories import AssignmentFactory, OrganisationFactory
from .test_browser_pages import (
    DESKTOP,
    PHONE,
    assert_accessible,
    assert_no_sideways_scroll,
    collect_problems,
)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def board():
    ministry = OrganisationFactory(name="Ministerie van BZK", slug="bzk", kind="ministry")
    agency = OrganisationFactory(name="Belastingdienst", slug="belastingdienst", kind="agency")
    AssignmentFactory(
        organisation=ministry, role="strategy", home_days_min=3, home_days_max=4, abroad="allowed"
    )
    AssignmentFactory(
        organisation=ministry,
        role="press",
        home_days_min=1,
        home_days_max=2,
        crisis_presence="on_site",
    )
    AssignmentFactory(
        organisation=agency,
        role="stakeholders",
        home_days_min=0,
        home_days_max=2,
        onboarding_weeks=12,
        abroad="not_allowed",
    )


@pytest.mark.parametrize(("form_factor", "viewport"), [("desktop", DESKTOP), ("phone", PHONE)])
def test_insights_page_is_accessible(page, live_server, board, screenshot, form_factor, viewport):
    problems = collect_problems(page)
    page.set_viewport_size(viewport)
    page.goto(live_server.url + "/inzichten/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Hybride werken in cijfers")
    expect(page.get_by_role("img", name="Thuiswerkdagen per soort organisatie")).to_be_visible()
    expect(page.get_by_role("table")).to_have_count(6)
    assert_accessible(page)
    assert_no_sideways_scroll(page)
    screenshot(page, f"insights-{form_factor}")
    assert problems == []


def test_empty_insights_page_is_accessible(page, live_server):
    page.set_viewport_size(PHONE)
    page.goto(live_server.url + "/inzichten/")
    expect(page.get_by_role("heading", name="Nog geen cijfers")).to_be_visible()
    assert_accessible(page)
    assert_no_sideways_scroll(page)


def test_a_row_links_to_the_filtered_list(page, live_server, board):
    page.goto(live_server.url + "/inzichten/")
    page.get_by_role("link", name="Ministerie", exact=True).click()
    expect(page).to_have_url(live_server.url + "/opdrachten/?org_kind=ministry")
    expect(page.get_by_text("2 opdrachten", exact=True)).to_be_visible()


def test_insights_in_the_main_navigation(page, live_server):
    page.goto(live_server.url + "/")
    page.get_by_role("navigation", name="Hoofdmenu").get_by_role("link", name="Inzichten").click()
    expect(page).to_have_url(live_server.url + "/inzichten/")
    expect(page.get_by_role("link", name="Inzichten")).to_have_attribute("aria-current", "page")
