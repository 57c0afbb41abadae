"""The insights page in a real browser: accessible (axe finds nothing) on desktop and phone,
no sideways scrolling, no CSP violation, and its links lead to the filtered list."""

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
    expect(page.get_by_role("table")).to_have_count(9)
    expect(
        page.get_by_role("img", name="Hoe recent de opdrachtgevers de afspraken bevestigden")
    ).to_be_visible()
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
    expect(page.locator("#results-title")).to_have_text("2 opdrachten")


def test_insights_in_the_main_navigation(page, live_server):
    page.goto(live_server.url + "/")
    page.get_by_role("navigation", name="Hoofdmenu").get_by_role("link", name="Inzichten").click()
    expect(page).to_have_url(live_server.url + "/inzichten/")
    expect(page.get_by_role("link", name="Inzichten")).to_have_attribute("aria-current", "page")


def test_on_a_phone_chart_text_stays_readable_and_tables_fit_or_say_they_scroll(
    page, live_server, board
):
    page.set_viewport_size(PHONE)
    page.goto(live_server.url + "/inzichten/")
    # The text's size on the screen: its font size in the chart's units times the chart's scale.
    sizes = page.eval_on_selector_all(
        ".chart__svg text",
        "els => els.map(el => parseFloat(getComputedStyle(el).fontSize) * el.getScreenCTM().a)",
    )
    assert sizes and min(sizes) >= 12, sizes
    # The chart's text stays inside the chart.
    overflow = page.eval_on_selector_all(
        ".chart__svg text",
        """els => els.filter(el => {
            const box = el.getBoundingClientRect();
            const svg = el.ownerSVGElement.getBoundingClientRect();
            return box.right > svg.right + 1;
        }).map(el => el.textContent)""",
    )
    assert overflow == []
    tables = page.eval_on_selector_all(
        ".table-scroll",
        """els => els.map(el => ({
            wide: el.classList.contains('table-scroll--wide'),
            scrolls: el.scrollWidth > el.clientWidth,
            name: document.getElementById(el.getAttribute('aria-labelledby')).textContent,
            captionInside: el.contains(document.getElementById(el.getAttribute('aria-labelledby'))),
        }))""",
    )
    assert len(tables) == 9
    for table in tables:
        assert table["name"] and not table["captionInside"]
        # Only the tables marked wide scroll, and those say so.
        assert table["scrolls"] <= table["wide"], table
    expect(page.get_by_text("Scrol opzij om alle kolommen te zien.").first).to_be_visible()
    expect(page.get_by_role("region", name="Thuiswerkdagen per rol: de cijfers")).to_be_visible()
    # Each crisis link has a name of its own.
    links = page.locator("#crisis").get_by_role("link")
    names = [links.nth(i).inner_text() for i in range(links.count())]
    assert len(names) == len(set(names)) >= 2


def test_on_a_desktop_the_scroll_hint_is_hidden(page, live_server, board):
    page.set_viewport_size(DESKTOP)
    page.goto(live_server.url + "/inzichten/")
    expect(page.get_by_text("Scrol opzij om alle kolommen te zien.").first).to_be_hidden()
