"""The recruiters' work queue and change form on a laptop screen, with the demo data: the
queue's seven columns fit 1280 and 1440 px without sideways scrolling, the pages pass axe,
and every word on them, the admin's scripts' included, is Dutch."""

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from playwright.sync_api import expect

from assignments.models import Assignment, Status
from tests.browser.helpers import assert_accessible, assert_table_fits, collect_problems
from tests.language import english_words

pytestmark = [pytest.mark.browser, pytest.mark.slow, pytest.mark.django_db(transaction=True)]

QUEUE = "/admin/assignments/assignment/"
COLUMNS = [
    "Titel",
    "Organisatie",
    "Status",
    "Opgepakt door",
    "Hybride afspraken",
    "Laatste bevestiging opdrachtgever",
    "Reageren vóór",  # the closing date
]


@pytest.fixture
def recruiter_page(page, live_server):
    call_command("seed_demo", verbosity=0)
    get_user_model().objects.create_superuser(
        "beheer", "beheer@example.nl", "een-lang-wachtwoord", first_name="Sanne"
    )
    page.goto(live_server.url + "/admin/")
    page.get_by_label("Gebruikersnaam").fill("beheer")
    page.get_by_label("Wachtwoord").fill("een-lang-wachtwoord")
    page.get_by_role("button", name="Aanmelden").click()
    return page


def assert_fits(page):
    assert_table_fits(page, COLUMNS)


@pytest.mark.parametrize("width", [1280, 1440])
def test_the_work_queue_fits_without_sideways_scrolling(
    recruiter_page, live_server, screenshot, width
):
    page = recruiter_page
    problems = collect_problems(page)
    page.set_viewport_size({"width": width, "height": 900})
    page.goto(live_server.url + QUEUE)
    expect(page.locator("#result_list tbody tr").first).to_be_visible()
    assert_fits(page)
    # Every row shows the small week picture of its terms, or that they are not screened.
    rows = page.locator("#result_list tbody tr")
    assert rows.count() == Assignment.objects.needs_action().count()
    first = rows.filter(has=page.locator(".week--compact")).first
    expect(first.locator(".week__day")).to_have_count(5)
    if width == 1280:
        screenshot(page, "admin-work-queue-1280")
    # The re-screen queue is one click away, and fits too.
    page.locator("#changelist-filter").get_by_role("link", name="Opnieuw screenen").click()
    expect(page.locator("#result_list tbody tr").first).to_contain_text("opnieuw screenen")
    assert_fits(page)
    # So does everything, 50 a page.
    page.goto(live_server.url + QUEUE + "?queue=all")
    assert_fits(page)
    assert problems == []


def test_admin_pages_pass_axe(recruiter_page, live_server, screenshot):
    page = recruiter_page
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(live_server.url + QUEUE)
    assert_accessible(page)
    screening = Assignment.objects.filter(status=Status.SCREENING).order_by("pk").first()
    page.goto(f"{live_server.url}{QUEUE}{screening.pk}/change/")
    expect(page.locator("[data-week-preview] .week-preview__day").first).to_be_visible()
    assert_accessible(page)
    # The whole form at 1280 px wide, as tall as it is: the bar with the buttons, which
    # stays in view while scrolling, then stands at its foot.
    height = page.evaluate("document.documentElement.scrollHeight")
    page.set_viewport_size({"width": 1280, "height": height})
    screenshot(page, "admin-change-form-1280")
    page.set_viewport_size({"width": 1280, "height": 900})
    published = Assignment.objects.filter(status=Status.PUBLISHED).order_by("pk").first()
    page.goto(f"{live_server.url}{QUEUE}{published.pk}/change/")
    assert_accessible(page)
    page.goto(f"{live_server.url}{QUEUE}add/")
    assert_accessible(page)


def test_every_word_the_admin_shows_is_dutch(recruiter_page, live_server):
    """What the browser shows after the admin's scripts ran (calendar, selectors, the week
    picture), with the labels that pointers and screen readers read."""
    page = recruiter_page
    published = Assignment.objects.filter(status=Status.PUBLISHED).order_by("pk").first()
    pages = [QUEUE, f"{QUEUE}?queue=all", f"{QUEUE}add/", f"{QUEUE}{published.pk}/change/"]
    for path in pages:
        page.goto(live_server.url + path)
        if "change" in path or "add" in path:
            # Open the calendar, whose labels come from the admin's JavaScript catalog.
            page.locator(".field-start_date .date-icon").first.click()
            expect(page.locator(".calendarbox").first).to_be_visible()
        text = page.evaluate(
            """() => [document.body.innerText,
                ...Array.from(document.querySelectorAll('[aria-label], [title], [placeholder]'),
                    el => [el.getAttribute('aria-label'), el.getAttribute('title'),
                           el.getAttribute('placeholder')].filter(Boolean).join(' '))
               ].join(' ')"""
        )
        assert english_words(text) == [], path
