"""A recruiter takes an assignment from new to published with the change-form buttons, and
edits a published assignment, in a real browser under the strict Content Security Policy."""

import re

import pytest
from django.contrib.auth import get_user_model
from playwright.sync_api import expect

from assignments.models import Assignment, ScreeningEvent, Status
from tests.factories import AssignmentFactory, OrganisationFactory, ToolFactory
from tests.factories import assignment_in_status as in_status

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_recruiter_screens_and_publishes_with_the_buttons(page, live_server, screenshot):
    problems = []
    page.on("console", lambda message: message.type == "error" and problems.append(message.text))
    get_user_model().objects.create_superuser("beheer", "beheer@example.nl", "een-lang-wachtwoord")
    organisation = OrganisationFactory(name="Gemeente Utrecht", slug="gemeente-utrecht")
    organisation.tools.set([ToolFactory(name="Microsoft Teams")])
    assignment = AssignmentFactory(
        unscreened=True, organisation=organisation, title="Campagneadviseur mobiliteit"
    )

    page.goto(live_server.url + "/admin/")
    page.get_by_label("Gebruikersnaam").fill("beheer")
    page.get_by_label("Wachtwoord").fill("een-lang-wachtwoord")
    page.get_by_role("button", name="Aanmelden").click()

    # The queue opens on what needs action; the new assignment is in it.
    page.goto(live_server.url + "/admin/assignments/assignment/")
    page.get_by_role("link", name="Campagneadviseur mobiliteit").click()

    steps = [
        ("Oppakken", "Ik pak deze op.", "In screening"),
        ("Opdrachtgever vragen", "Gevraagd of drie thuiswerkdagen kunnen.", "Wacht op"),
        (
            "Antwoord opdrachtgever vastleggen",
            "Twee tot drie dagen thuis, akkoord.",
            "In screening",
        ),
        ("Publiceren", "", "Gepubliceerd"),
    ]
    for button, note, status in steps:
        if note:
            page.get_by_label("Toelichting voor de geschiedenis").fill(note)
        page.get_by_role("button", name=button, exact=True).click()
        expect(page.locator(".messagelist .success")).to_be_visible()
        expect(page.locator("#screening-workflow")).to_contain_text(status)
    screenshot(page, "admin-assignment-screened")

    # Every step is in the history on the page.
    history = page.locator("#events-group")
    expect(history).to_contain_text("Gevraagd of drie thuiswerkdagen kunnen.")
    expect(history).to_contain_text("Twee tot drie dagen thuis, akkoord.")

    assignment.refresh_from_db()
    assert assignment.status == Status.PUBLISHED
    assert assignment.terms_complete
    assert assignment.terms_verified_by.username == "beheer"
    assert [event.to_status for event in ScreeningEvent.objects.order_by("pk")] == [
        Status.SCREENING,
        Status.AWAITING_CLIENT,
        Status.SCREENING,
        Status.PUBLISHED,
    ]
    assert Assignment.objects.public().get() == assignment
    assert problems == []


def test_published_terms_edit_is_recorded_and_a_stale_page_is_refused(page, live_server):
    problems = []
    page.on("console", lambda message: message.type == "error" and problems.append(message.text))
    get_user_model().objects.create_superuser("beheer", "beheer@example.nl", "een-lang-wachtwoord")
    assignment = in_status(Status.PUBLISHED, title="Woordvoerder water", home_days_max=3)
    url = f"{live_server.url}/admin/assignments/assignment/{assignment.pk}/change/"

    page.goto(live_server.url + "/admin/")
    page.get_by_label("Gebruikersnaam").fill("beheer")
    page.get_by_label("Wachtwoord").fill("een-lang-wachtwoord")
    page.get_by_role("button", name="Aanmelden").click()
    page.goto(url)
    # A colleague's tab (the same account will do) with the page as it is now.
    other = page.context.new_page()
    other.set_default_timeout(10_000)
    other.goto(url)

    page.get_by_label("Thuiswerkdagen maximaal").fill("4")
    page.get_by_role("button", name="Opslaan", exact=True).click()
    expect(page.locator(".messagelist .info")).to_contain_text("staat in de geschiedenis")
    page.goto(url)
    expect(page.locator("#events-group")).to_contain_text(
        re.compile("thuiswerkdagen maximaal: 3 → 4", re.IGNORECASE)
    )

    # The colleague's save is based on the old page: refused, with what they entered kept.
    other.locator("#id_city").fill("Lelystad")
    other.get_by_role("button", name="Opslaan", exact=True).click()
    expect(other.locator(".errorlist")).to_contain_text("Iemand anders heeft deze opdracht")
    expect(other.locator("#id_city")).to_have_value("Lelystad")
    other.get_by_role("link", name="Opdracht opnieuw laden").click()
    expect(other.locator("#id_city")).to_have_value("Utrecht")
    expect(other.get_by_label("Thuiswerkdagen maximaal")).to_have_value("4")
    other.locator("#id_city").fill("Lelystad")
    other.get_by_role("button", name="Opslaan", exact=True).click()
    expect(other.locator(".messagelist .success")).to_be_visible()

    assignment.refresh_from_db()
    assert (assignment.home_days_max, assignment.city) == (4, "Lelystad")
    assert assignment.version == 3
    assert ScreeningEvent.objects.filter(assignment=assignment).count() == 1
    assert problems == []
