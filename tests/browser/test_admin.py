"""The admin under the strict Content Security Policy: its scripts (slug prepopulation,
autocomplete, the tools selector) still work, and nothing is blocked."""

import pytest
from django.contrib.auth import get_user_model
from playwright.sync_api import expect

from assignments.models import Assignment, Status
from organisations.weekdays import Weekday
from tests.factories import OrganisationFactory, ToolFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def logged_in(page, live_server):
    get_user_model().objects.create_superuser("beheer", "beheer@example.nl", "een-lang-wachtwoord")
    page.goto(live_server.url + "/admin/")
    page.get_by_label("Gebruikersnaam").fill("beheer")
    page.get_by_label("Wachtwoord").fill("een-lang-wachtwoord")
    page.get_by_role("button", name="Aanmelden").click()
    expect(page.get_by_text("Beheer Opdrachtwijzer").first).to_be_visible()
    return page


def test_recruiter_enters_an_assignment_in_the_admin(logged_in, live_server, screenshot):
    page = logged_in
    problems = []
    page.on("console", lambda message: message.type == "error" and problems.append(message.text))
    OrganisationFactory(name="Ministerie van Defensie", slug="ministerie-van-defensie")
    ToolFactory(name="Microsoft Teams")

    page.goto(live_server.url + "/admin/assignments/assignment/add/")
    page.get_by_label("Titel").press_sequentially("Woordvoerder Defensie")
    # Slug prepopulation is the admin's own script: it must survive the CSP.
    expect(page.get_by_label("Slug")).to_have_value("woordvoerder-defensie")
    page.locator(".select2-selection").first.click()
    page.locator(".select2-search__field").fill("Defensie")
    page.get_by_role("option", name="Ministerie van Defensie").click()
    page.get_by_label("Rol").select_option("press")
    page.get_by_label("Omschrijving").fill("Je bent de stem van het ministerie.")
    page.get_by_label("Uren per week (minimaal)").fill("32")
    page.get_by_label("Uren per week (maximaal)").fill("36")
    page.get_by_label("Startdatum").fill("04-01-2027")
    page.locator("#id_city").fill("Den Haag")
    page.get_by_label("Thuiswerkdagen gegarandeerd").fill("1")
    page.get_by_label("Thuiswerkdagen maximaal").fill("2")
    page.get_by_label("dinsdag").check()
    page.get_by_label("donderdag").check()
    page.get_by_label("Inwerkweken").fill("8")
    page.get_by_label("Thuiswerkdagen tijdens het inwerken").fill("0")
    page.get_by_label("Aanwezigheid bij crisis").select_option("on_site")
    page.get_by_label("Werken vanuit het buitenland").select_option("not_allowed")
    page.get_by_label("Documenten alleen op kantoor").select_option("true")
    page.get_by_label("Screeningseis").select_option("clearance")
    page.get_by_label("Microsoft Teams").check()
    screenshot(page, "admin-assignment-add")
    page.get_by_role("button", name="Opslaan", exact=True).click()

    expect(page.locator(".messagelist")).to_contain_text("Woordvoerder Defensie")
    assignment = Assignment.objects.get(slug="woordvoerder-defensie")
    assert assignment.status == Status.NEW
    assert assignment.office_days == Weekday.TUE | Weekday.THU
    assert assignment.terms_complete
    assert [tool.name for tool in assignment.tools.all()] == ["Microsoft Teams"]
    assert problems == []


def test_admin_shows_rule_errors_on_the_fields(logged_in, live_server):
    page = logged_in
    organisation = OrganisationFactory()
    page.goto(live_server.url + f"/admin/organisations/organisation/{organisation.pk}/change/")
    page.get_by_label("Thuiswerkdagen gegarandeerd").fill("4")
    page.get_by_label("Thuiswerkdagen maximaal").fill("3")
    page.get_by_role("button", name="Opslaan", exact=True).click()
    error = page.locator(".field-home_days_min .errorlist")
    expect(error).to_contain_text("kan niet hoger zijn dan het maximum (3)")
    organisation.refresh_from_db()
    assert organisation.home_days_min == 2
