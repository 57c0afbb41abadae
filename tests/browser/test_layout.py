"""A list that holds still on a phone: no layout shift while it loads (a PerformanceObserver on
`layout-shift`, 360 px wide), the filter panel folded or open by the stylesheet alone, the
number of results in view after a filter changes, and the order following the search."""

import pytest
from playwright.sync_api import expect

from tests.browser.helpers import DESKTOP, PHONE, assert_accessible, collect_problems
from tests.factories import AssignmentFactory, OrganisationFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

# Sums every layout shift not caused by input, from the first paint on (buffered).
LAYOUT_SHIFT_OBSERVER = """
window.layoutShift = 0;
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    if (!entry.hadRecentInput) window.layoutShift += entry.value;
  }
}).observe({ type: "layout-shift", buffered: true });
"""


def results_settled(page):
    """htmx carries the old results' busy state over to the new ones while they settle, and
    the results fade back in (site.css): axe must judge the colours after that."""
    results = page.locator("#results")
    expect(results).not_to_have_attribute("aria-busy", "true")
    expect(results).to_have_css("opacity", "1")


@pytest.fixture
def board():
    ministry = OrganisationFactory(name="Ministerie van Justitie en Veiligheid", kind="ministry")
    city = OrganisationFactory(name="Gemeente Tilburg", kind="municipality")
    AssignmentFactory(
        title="Senior strateeg veiligheid",
        slug="senior-strateeg-veiligheid",
        organisation=ministry,
        description="Je adviseert de woordvoerder van de minister.",
        home_days_min=3,
        home_days_max=4,
    )
    AssignmentFactory(
        title="Woordvoerder burgemeester",
        organisation=city,
        role="press",
        home_days_min=1,
        home_days_max=2,
    )
    AssignmentFactory.create_batch(
        21, organisation=city, role="online", home_days_min=0, home_days_max=1
    )


@pytest.mark.parametrize(
    "path",
    ["/opdrachten/", "/opdrachten/?q=woordvoerder", "/opdrachten/senior-strateeg-veiligheid/", "/"],
)
def test_nothing_shifts_while_a_page_loads_on_a_phone(page, live_server, board, path):
    page.set_viewport_size(PHONE)
    page.add_init_script(LAYOUT_SHIFT_OBSERVER)
    page.goto(live_server.url + path, wait_until="load")
    # Scripts are deferred; give them, and any late layout, time to act.
    page.wait_for_timeout(1000)
    shift = page.evaluate("window.layoutShift")
    assert shift < 0.05, f"cumulative layout shift {shift:.3f} on {path}"


def test_the_filter_panel_is_folded_on_a_phone_and_open_on_a_desktop_without_script(
    browser, live_server, board
):
    for viewport, visible in ((PHONE, False), (DESKTOP, True)):
        context = browser.new_context(java_script_enabled=False, viewport=viewport, locale="nl-NL")
        page = context.new_page()
        page.goto(live_server.url + "/opdrachten/")
        checkbox = page.get_by_label("Ministerie")
        if visible:
            expect(checkbox).to_be_visible()
            expect(page.locator("details.filters > summary")).to_be_hidden()
        else:
            expect(checkbox).to_be_hidden()
            page.get_by_text("Filters", exact=True).click()
            expect(checkbox).to_be_visible()
        context.close()


def test_a_field_reached_with_the_keyboard_is_not_under_the_results_bar(page, live_server, board):
    page.set_viewport_size(PHONE)
    page.goto(live_server.url + "/opdrachten/")
    page.get_by_text("Filters", exact=True).click()
    bar = page.locator(".filters__actions")
    for _ in range(45):
        page.keyboard.press("Tab")
        focused = page.evaluate(
            "(() => { const e = document.activeElement; const r = e.getBoundingClientRect();"
            " return {bottom: r.bottom, inPanel: !!e.closest('.filters__body'),"
            " inBar: !!e.closest('.filters__actions')}; })()"
        )
        if focused["inPanel"] and not focused["inBar"]:
            assert focused["bottom"] <= bar.bounding_box()["y"] + 1, focused


def test_a_filter_with_an_error_arrives_open_on_a_phone(page, live_server, board):
    page.set_viewport_size(PHONE)
    page.goto(live_server.url + "/opdrachten/?min_rate=veel")
    expect(page.locator("#id_min_rate_error")).to_be_visible()


def test_the_number_of_results_stays_in_view_on_a_phone(page, live_server, board, screenshot):
    problems = collect_problems(page)
    page.set_viewport_size(PHONE)
    page.goto(live_server.url + "/opdrachten/")
    page.get_by_text("Filters", exact=True).click()
    # Far down the open panel: the count at the top of the results is off-screen.
    page.get_by_label("Woordvoering en pers").check()
    count = page.locator("#filters-count")
    expect(count).to_have_text("1 opdracht")
    expect(count).to_be_in_viewport()
    expect(page.locator("#results-title")).not_to_be_in_viewport()
    screenshot(page, "list-phone-count-in-view")
    # "Show results" folds the panel and brings the results into view.
    page.get_by_role("button", name="Toon resultaten").click()
    expect(page.get_by_label("Ministerie")).to_be_hidden()
    expect(page.locator("#results-heading")).to_be_focused()
    expect(page.locator("#results .card__title")).to_have_text(["Woordvoerder burgemeester"])
    results_settled(page)
    assert_accessible(page)
    assert problems == []


def test_the_order_follows_the_search_until_one_is_chosen(page, live_server, board):
    page.set_viewport_size(DESKTOP)
    page.goto(live_server.url + "/opdrachten/")
    sort = page.get_by_label("Sorteren op")
    expect(sort).to_have_value("newest")
    page.get_by_label("Zoek opdrachten").fill("woordvoerder")
    expect(page).to_have_url(live_server.url + "/opdrachten/?q=woordvoerder")
    expect(sort).to_have_value("relevance")
    # The title match first, although the other is newer.
    expect(page.locator("#results .card__title")).to_have_text(
        ["Woordvoerder burgemeester", "Senior strateeg veiligheid"]
    )
    sort.select_option("newest")
    expect(page).to_have_url(live_server.url + "/opdrachten/?q=woordvoerder&sort=newest")
    # Newest is the default without a search: the short address again.
    page.get_by_label("Zoek opdrachten").fill("")
    expect(page).to_have_url(live_server.url + "/opdrachten/")
    expect(sort).to_have_value("newest")


def test_english_visitors_are_told_the_texts_are_dutch(page, live_server, board):
    page.goto(live_server.url + "/")
    page.get_by_role("button", name="English").click()
    page.goto(live_server.url + "/opdrachten/?q=strateeg")
    expect(page.locator(".notice--language")).to_contain_text("in Dutch")
    page.get_by_role("link", name="Senior strateeg veiligheid").click()
    expect(page.locator(".notice--language")).to_contain_text("in Dutch")
    assert_accessible(page)


def test_cards_say_when_they_were_posted(page, live_server, board):
    page.goto(live_server.url + "/opdrachten/")
    expect(page.locator(".card__posted").first).to_have_text("Vandaag geplaatst")


def test_the_facts_come_right_after_the_title_on_a_phone(page, live_server, board):
    page.set_viewport_size(PHONE)
    page.goto(live_server.url + "/opdrachten/senior-strateeg-veiligheid/")
    facts = page.get_by_role("heading", name="In het kort")
    expect(facts).to_be_in_viewport()
    title_box = page.get_by_role("heading", level=1).bounding_box()
    terms_box = page.get_by_role("heading", name="Hybride afspraken", exact=True).bounding_box()
    facts_box = facts.bounding_box()
    assert title_box["y"] < facts_box["y"] < terms_box["y"]


def test_an_empty_list_fills_in_its_suggestions_without_moving(page, live_server, board):
    problems = collect_problems(page)
    page.set_viewport_size(PHONE)
    page.add_init_script(LAYOUT_SHIFT_OBSERVER)
    # Whether the results were dimmed while the suggestions' request was on its way.
    page.add_init_script(
        """document.addEventListener("htmx:beforeSend", (event) => {
          if (event.detail.elt.id !== "loosen") return;
          const results = document.getElementById("results");
          window.dimmed = results.classList.contains("htmx-request")
            || results.hasAttribute("aria-busy");
        });"""
    )
    page.goto(live_server.url + "/opdrachten/?org_kind=ministry&role=press")
    suggestions = page.locator("#loosen li")
    expect(suggestions).to_have_count(2)
    # The counts come in their own request, into the lines already there; the results do not
    # dim for it.
    expect(suggestions.first).to_contain_text("1 opdracht")
    assert page.evaluate("window.dimmed") is False
    results_settled(page)
    assert_accessible(page)
    page.wait_for_timeout(500)
    assert page.evaluate("window.layoutShift") < 0.05
    suggestions.first.get_by_role("link").click()
    expect(page.locator("#results .card__title")).to_have_count(1)
    results_settled(page)
    assert_accessible(page)
    assert problems == []
