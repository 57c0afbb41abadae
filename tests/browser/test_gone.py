"""The page of an assignment that has closed, in a real browser: a 404 that is accessible on
desktop and phone and leads to open assignments in the same role."""

import pytest
from playwright.sync_api import expect

from assignments.models import Status
from tests.browser.helpers import (
    DESKTOP,
    PHONE,
    assert_accessible,
    assert_no_sideways_scroll,
    collect_problems,
)
from tests.factories import AssignmentFactory, assignment_in_status

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.mark.parametrize(("form_factor", "viewport"), [("desktop", DESKTOP), ("phone", PHONE)])
def test_a_closed_assignment_page_is_accessible_and_leads_on(
    page, live_server, screenshot, form_factor, viewport
):
    AssignmentFactory(role="press", title="Woordvoerder waterschap")
    gone = assignment_in_status(Status.CLOSED, role="press", title="Woordvoerder stikstof")
    problems = collect_problems(page)
    page.set_viewport_size(viewport)
    response = page.goto(live_server.url + gone.get_absolute_url())
    assert response.status == 404
    expect(page.get_by_role("heading", level=1)).to_have_text("Deze opdracht is niet meer open")
    assert_accessible(page)
    assert_no_sideways_scroll(page)
    screenshot(page, f"assignment-gone-{form_factor}")
    page.get_by_role("link", name="Woordvoerder waterschap").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Woordvoerder waterschap")
    # The document's own 404 is not counted; its subresources and console must be clean.
    assert problems == []
