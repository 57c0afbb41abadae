"""Responding in a real browser: a candidate responds from a 360 px phone with a real file
upload; every new page is accessible on desktop and phone (axe); the confirmation mail as it
renders and the recruiters' pipeline in the admin are saved as screenshots."""

import re
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import timezone
from playwright.sync_api import expect

from demo.management.commands.seed_demo import RECRUITERS
from demo.responses import seed_responses
from responses import links
from responses.models import Response
from tests.browser.helpers import (
    DESKTOP,
    PHONE,
    assert_accessible,
    assert_no_sideways_scroll,
    assert_table_fits,
    collect_problems,
)
from tests.factories import AssignmentFactory, UserFactory
from tests.responses import documents
from tests.responses.conftest import form_data

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

VIEWPORTS = [("desktop", DESKTOP), ("phone", PHONE)]


@pytest.fixture
def assignment():
    return AssignmentFactory(
        title="Woordvoerder Hoogheemraadschap", slug="woordvoerder-hoogheemraadschap"
    )


@pytest.fixture
def response(client, assignment):
    data = form_data(cv=documents.upload(documents.pdf(), "Fenna cv.pdf"))
    client.post(reverse("responses:respond", args=[assignment.slug]), data)
    return Response.objects.get()


def pages(assignment, response):
    respond = reverse("responses:respond", args=[assignment.slug])
    return {
        "respond": respond,
        "respond-sent": reverse("responses:sent", args=[assignment.slug]),
        "respond-withdraw": links.withdraw_path(response),
        "respond-link-invalid": reverse("responses:withdraw", args=[assignment.slug, "ongeldig"]),
        "privacy": reverse("privacy"),
    }


@pytest.mark.parametrize(
    "name", ["respond", "respond-sent", "respond-withdraw", "respond-link-invalid", "privacy"]
)
@pytest.mark.parametrize(("form_factor", "viewport"), VIEWPORTS)
def test_new_pages_are_accessible(
    page, live_server, assignment, response, screenshot, name, form_factor, viewport
):
    problems = collect_problems(page)
    page.set_viewport_size(viewport)
    page.goto(live_server.url + pages(assignment, response)[name])
    expect(page.locator("html")).to_have_attribute("lang", "nl")
    expect(page.locator("h1")).to_have_count(1)
    assert_accessible(page)
    assert_no_sideways_scroll(page)
    screenshot(page, f"{name}-{form_factor}")
    assert problems == []


@pytest.mark.parametrize(("form_factor", "viewport"), VIEWPORTS)
def test_refusals_are_accessible_and_say_why(
    page, live_server, assignment, screenshot, tmp_path, form_factor, viewport
):
    page.set_viewport_size(viewport)
    page.goto(live_server.url + reverse("responses:respond", args=[assignment.slug]))
    fake = tmp_path / "cv.pdf"
    fake.write_bytes(documents.EXE)
    page.get_by_label("Je naam").fill("Fenna Testers")
    page.get_by_label("Je e-mailadres").fill("fenna@example.nl")
    page.get_by_label("Je cv", exact=True).set_input_files(fake)
    page.get_by_role("button", name="Verstuur mijn reactie").click()
    expect(page).to_have_title(re.compile(r"^Fout: Reageren"))
    summary = page.get_by_role("alert")
    expect(summary).to_contain_text("aan de inhoud te zien is het een programma")
    expect(summary).to_contain_text("Zonder je toestemming kunnen we je reactie niet behandelen")
    expect(page.get_by_label("Je cv", exact=True)).to_have_attribute("aria-invalid", "true")
    expect(page.get_by_label("Je naam")).to_have_value("Fenna Testers")
    expect(page.get_by_label("Je cv", exact=True)).to_be_focused()
    summary.get_by_role("link", name=re.compile("Je cv:")).click()
    expect(page).to_have_url(re.compile("#id_cv$"))
    assert_accessible(page)
    assert_no_sideways_scroll(page)
    screenshot(page, f"respond-errors-{form_factor}")
    assert not Response.objects.exists()


def test_a_candidate_responds_from_a_phone_with_a_real_file(
    page, live_server, assignment, screenshot, tmp_path, outbox, cv_storage
):
    problems = collect_problems(page)
    page.set_viewport_size(PHONE)
    page.goto(live_server.url + assignment.get_absolute_url())
    page.get_by_role("link", name="Reageer op deze opdracht").first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Reageer op deze opdracht")

    cv = tmp_path / "Curriculum vitae Fenna.pdf"
    cv.write_bytes(documents.pdf())
    page.get_by_label("Je naam").fill("Fenna Testers")
    page.get_by_label("Je e-mailadres").fill("fenna.testers@example.nl")
    page.get_by_label("Telefoonnummer (niet verplicht)").fill("06 12345678")
    page.get_by_label("Je cv", exact=True).set_input_files(cv)
    page.get_by_label("Waarom jij? Je motivatie").fill(
        "Acht jaar woordvoering bij een waterschap, ook tijdens hoogwater."
    )
    page.get_by_label("Beschikbaar vanaf").fill(form_data()["available_from"])
    page.get_by_label("Uren per week (niet verplicht)").fill("32")
    page.get_by_label(re.compile("^Ik geef Opdrachtwijzer toestemming")).check()
    assert_no_sideways_scroll(page)
    screenshot(page, "respond-filled-phone")
    page.get_by_role("button", name="Verstuur mijn reactie").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Je reactie is verstuurd")
    expect(page.get_by_text("fenna.testers@example.nl")).to_be_visible()
    assert_accessible(page)
    screenshot(page, "respond-sent-after-upload-phone")
    stored = Response.objects.get()
    assert stored.cv_filename == "Curriculum vitae Fenna.pdf"
    with cv_storage.open(stored.cv.name) as file:
        assert file.read() == documents.pdf()

    # The confirmation mail as a mail program shows it, and its withdraw link.
    confirmation = next(m for m in outbox if m.to == ["fenna.testers@example.nl"])
    page.set_viewport_size(DESKTOP)
    page.set_content(confirmation.alternatives[0][0])
    expect(page.get_by_role("link", name="Mijn reactie intrekken")).to_be_visible()
    screenshot(page, "response-confirmation-mail")
    withdraw = re.search(r"http://\S+/intrekken/\S+/", confirmation.body).group()
    page.set_viewport_size(PHONE)
    page.goto(withdraw.replace("http://127.0.0.1:8000", live_server.url))
    page.get_by_role("button", name="Mijn reactie intrekken en verwijderen").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Je reactie is verwijderd")
    assert_accessible(page)
    screenshot(page, "respond-withdrawn-phone")
    assert not Response.objects.exists()
    assert not cv_storage.exists(stored.cv.name)
    assert problems == []


def test_the_recruiters_pipeline_in_the_admin(page, live_server, screenshot, cv_storage):
    for city in ("Utrecht", "Zwolle", "Delft", "Assen", "Breda", "Venlo"):
        AssignmentFactory(title=f"Communicatieadviseur {city}")
    recruiters = [
        UserFactory(username=username, first_name=first, last_name=last)
        for username, first, last in RECRUITERS
    ]
    assert seed_responses(recruiters, timezone.now()) == 6
    get_user_model().objects.create_superuser("beheer", "beheer@example.nl", "een-lang-wachtwoord")
    problems = []
    page.on("console", lambda message: message.type == "error" and problems.append(message.text))
    page.set_viewport_size(DESKTOP)
    page.goto(live_server.url + "/admin/")
    page.get_by_label("Gebruikersnaam").fill("beheer")
    page.get_by_label("Wachtwoord").fill("een-lang-wachtwoord")
    page.get_by_role("button", name="Aanmelden").click()

    page.goto(live_server.url + reverse("admin:responses_response_changelist"))
    expect(page.locator("#result_list tbody tr")).to_have_count(6)
    expect(page.locator("#result_list")).to_contain_text("Voorgesteld aan de opdrachtgever")
    # Every column on a laptop screen, beside the filters, without scrolling sideways.
    assert_table_fits(
        page, ["Naam", "Opdracht", "Organisatie", "Status", "Ontvangen", "Bewaard tot"]
    )
    screenshot(page, "admin-responses-pipeline")

    received = Response.objects.get(name="Daan Hoekstra")
    page.goto(live_server.url + reverse("admin:responses_response_change", args=[received.pk]))
    page.get_by_label("Toelichting voor de geschiedenis").fill("Gebeld; kennismaking donderdag.")
    page.get_by_role("button", name="Contact gehad").click()
    expect(page.locator(".messagelist")).to_contain_text("staat nu op: Contact gehad")
    screenshot(page, "admin-response-change")
    with page.expect_download() as download:
        page.get_by_role("link", name=re.compile(r"^CV Daan Hoekstra\.pdf")).click()
    assert download.value.suggested_filename == "CV Daan Hoekstra.pdf"
    assert Path(download.value.path()).read_bytes().startswith(b"%PDF-")
    assert problems == []
