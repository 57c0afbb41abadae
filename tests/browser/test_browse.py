"""A candidate finding an assignment in a real browser: with htmx, and without JavaScript."""

import re

import pytest
from playwright.sync_api import expect

from tests.browser.helpers import assert_accessible, assert_no_sideways_scroll, collect_problems
from tests.factories import AssignmentFactory, OrganisationFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def board():
    ministry = OrganisationFactory(name="Ministerie van Justitie en Veiligheid", kind="ministry")
    city = OrganisationFactory(name="Gemeente Tilburg", kind="municipality")
    AssignmentFactory(
        title="Senior strateeg veiligheid",
        slug="senior-strateeg-veiligheid",
        organisation=ministry,
        home_days_min=3,
        home_days_max=4,
    )
    AssignmentFactory(
        title="Woordvoerder burgemeester",
        organisation=city,
        role="press",
        home_days_min=1,
        home_days_max=2,
        crisis_presence="on_site",
    )
    # Enough weaker matches to need a second page.
    AssignmentFactory.create_batch(
        21, organisation=city, role="online", home_days_min=0, home_days_max=1
    )


def results(page):
    return page.locator("#results .card__title")


def through_history(page, step):
    """Back or forward. htmx keeps no snapshots (historyCacheSize 0), so it reloads the page
    from the server; wait for that load before the next step."""
    with page.expect_event("load"):
        step()


def test_newcomer_filters_on_home_days_from_the_home_page(page, live_server, board):
    problems = collect_problems(page)
    page.goto(live_server.url + "/")
    page.get_by_label("Thuiswerkdagen per week mogelijk").select_option("3")
    page.get_by_role("button", name="Toon opdrachten").click()
    expect(page).to_have_url(re.compile(r"/opdrachten/\?.*min_home_days=3"))
    expect(results(page)).to_have_count(1)
    expect(page.locator("#results-title")).to_have_text("1 opdracht")
    # The selects left on "All ..." are no filter and no error.
    expect(page.locator(".errorlist")).to_have_count(0)
    page.get_by_role("link", name="Senior strateeg veiligheid").click()
    expect(page).to_have_url(live_server.url + "/opdrachten/senior-strateeg-veiligheid/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Senior strateeg veiligheid")
    expect(page.get_by_text("3–4 dagen thuis").first).to_be_visible()
    assert problems == []


def test_htmx_updates_the_list_in_place_and_pushes_the_url(page, live_server, board):
    problems = collect_problems(page)
    page.goto(live_server.url + "/opdrachten/")
    expect(page.locator("#results-title")).to_have_text("23 opdrachten")
    # A marker on the window survives only if the page is not reloaded.
    page.evaluate("window.notReloaded = true")
    page.get_by_label("Thuiswerkdagen per week mogelijk").select_option("2")
    expect(page).to_have_url(live_server.url + "/opdrachten/?min_home_days=2")
    expect(page.locator("#results-title")).to_have_text("2 opdrachten")
    expect(results(page)).to_have_count(2)
    page.get_by_label("Ministerie").check()
    expect(page).to_have_url(live_server.url + "/opdrachten/?min_home_days=2&org_kind=ministry")
    expect(results(page)).to_have_text(["Senior strateeg veiligheid"])
    page.get_by_label("Sorteren op").select_option("home_days")
    expect(page).to_have_url(re.compile(r"sort=home_days"))
    assert page.evaluate("window.notReloaded") is True
    # Typing in the search box filters too, after a short pause.
    page.get_by_label("Zoek opdrachten").fill("strateeg")
    expect(page).to_have_url(re.compile(r"q=strateeg"))
    expect(results(page)).to_have_text(["Senior strateeg veiligheid"])

    # Back and forward give the earlier lists, with the form matching them.
    through_history(page, page.go_back)
    expect(page).to_have_url(re.compile(r"org_kind=ministry&sort=home_days$"))
    through_history(page, page.go_back)
    expect(page).to_have_url(live_server.url + "/opdrachten/?min_home_days=2&org_kind=ministry")
    through_history(page, page.go_back)
    expect(page).to_have_url(live_server.url + "/opdrachten/?min_home_days=2")
    expect(results(page)).to_have_count(2)
    expect(page.get_by_label("Ministerie")).not_to_be_checked()
    expect(page.get_by_label("Thuiswerkdagen per week mogelijk")).to_have_value("2")
    through_history(page, page.go_forward)
    expect(results(page)).to_have_text(["Senior strateeg veiligheid"])
    expect(page.get_by_label("Ministerie")).to_be_checked()
    assert_accessible(page)
    assert problems == []


def test_pages_and_chips_keep_the_filters(page, live_server, board):
    page.goto(live_server.url + "/opdrachten/?max_hours=40&sort=home_days")
    expect(results(page)).to_have_count(20)
    page.get_by_role("link", name="Volgende pagina").click()
    expect(page).to_have_url(live_server.url + "/opdrachten/?max_hours=40&sort=home_days&page=2")
    expect(results(page)).to_have_count(3)
    expect(page.get_by_text("Pagina 2 van 2", exact=True)).to_be_visible()
    expect(page).to_have_title("Opdrachten – Pagina 2 van 2 · Opdrachtwijzer")
    # The link that was clicked is gone; focus moves to the new results, not to the top.
    expect(page.locator("#results-heading")).to_be_focused()
    expect(page.locator("#results-heading")).to_have_text("Resultaten, pagina 2 van 2")
    page.evaluate("window.notReloaded = true")
    page.get_by_role("link", name="Uren per week, hoogstens: 40").click()
    expect(page).to_have_url(live_server.url + "/opdrachten/?sort=home_days")
    # The chip swapped the form in place: the field is empty and focus is on the results.
    expect(page.get_by_label("Uren per week, hoogstens")).to_have_value("")
    expect(page.locator(".chip")).to_have_count(0)
    assert page.evaluate("window.notReloaded") is True
    expect(page.locator("#results-heading")).to_be_focused()


def test_without_javascript_the_form_gives_the_same_results(browser, live_server, board):
    context = browser.new_context(java_script_enabled=False, locale="nl-NL")
    page = context.new_page()
    page.set_default_timeout(10_000)
    page.goto(live_server.url + "/opdrachten/")
    page.get_by_label("Thuiswerkdagen per week mogelijk").select_option("2")
    page.get_by_label("Ministerie").check()
    # Nothing happens until the form is submitted.
    expect(page.locator("#results-title")).to_have_text("23 opdrachten")
    page.get_by_role("button", name="Toon resultaten").click()
    expect(page).to_have_url(re.compile(r"min_home_days=2.*org_kind=ministry"))
    expect(results(page)).to_have_text(["Senior strateeg veiligheid"])
    expect(page.get_by_label("Ministerie")).to_be_checked()
    page.get_by_role("link", name="Senior strateeg veiligheid").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Senior strateeg veiligheid")
    context.close()


def test_filters_on_a_phone(page, live_server, board, screenshot):
    page.set_viewport_size({"width": 360, "height": 740})
    page.goto(live_server.url + "/opdrachten/")
    # Folded away at first so the results come first; one tap opens them.
    expect(page.get_by_label("Ministerie")).not_to_be_visible()
    page.get_by_text("Filters", exact=True).click()
    page.get_by_label("Woordvoering en pers").check()
    expect(results(page)).to_have_text(["Woordvoerder burgemeester"])
    assert_no_sideways_scroll(page)
    screenshot(page, "list-phone-filtered")


def test_english_via_the_switch_keeps_the_filters(page, live_server, board):
    page.goto(live_server.url + "/opdrachten/")
    # Filtered live, so the address changed after the page was loaded.
    page.get_by_label("Thuiswerkdagen per week mogelijk").select_option("3")
    expect(page).to_have_url(live_server.url + "/opdrachten/?min_home_days=3")
    page.get_by_role("button", name="English").click()
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page).to_have_url(live_server.url + "/opdrachten/?min_home_days=3")
    expect(page.locator("#results-title")).to_have_text("1 assignment")
    expect(page.get_by_label("Home days a week possible")).to_have_value("3")
    page.get_by_role("link", name="Senior strateeg veiligheid").click()
    expect(page.get_by_text("Terms confirmed by the client on")).to_be_visible()
    assert_accessible(page)


def test_errors_from_the_address_go_once_the_filters_change(page, live_server, board):
    page.goto(live_server.url + "/opdrachten/?min_home_days=veel&role=press")
    select = page.get_by_label("Thuiswerkdagen per week mogelijk")
    expect(page.locator("#id_min_home_days_error")).to_contain_text(
        "Kies een aantal thuiswerkdagen"
    )
    expect(select).to_have_attribute("aria-invalid", "true")
    expect(results(page)).to_have_text(["Woordvoerder burgemeester"])
    select.select_option("1")
    expect(page).to_have_url(live_server.url + "/opdrachten/?min_home_days=1&role=press")
    expect(page.locator(".errorlist")).to_have_count(0)
    expect(page.locator(".notice--warning")).to_have_count(0)
    expect(select).not_to_have_attribute("aria-invalid", "true")
    assert_accessible(page)


def test_a_bad_number_does_not_stop_live_filtering(page, live_server, board):
    page.goto(live_server.url + "/opdrachten/")
    hours = page.get_by_label("Uren per week, hoogstens")
    hours.fill("-5")
    hours.press("Tab")
    expect(page.locator(".notice--warning")).to_contain_text("Uren per week, hoogstens")
    page.get_by_label("Woordvoering en pers").check()
    expect(results(page)).to_have_text(["Woordvoerder burgemeester"])
    expect(page.locator(".notice--warning")).to_be_visible()


def test_filter_panel_stays_open_on_a_wide_screen(page, live_server, board):
    page.goto(live_server.url + "/opdrachten/")
    # No summary to fold it with: the stylesheet shows the panel beside the results.
    summary = page.locator("details.filters > summary")
    expect(summary).to_be_hidden()
    page.keyboard.press("Tab")
    expect(summary).not_to_be_focused()
    expect(page.get_by_label("Ministerie")).to_be_visible()
