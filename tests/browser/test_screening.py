"""A recruiter screens an assignment from new to published in a real browser, under the strict
Content Security Policy: every screening button saves what was typed in the same step, or
refuses with it still in the form; publishing needs the client's confirmation; the week
picture and the organisation's defaults follow the fields."""

import re

import pytest
from django.contrib.auth import get_user_model
from playwright.sync_api import expect

from assignments.models import Assignment, ClientConfirmation, ScreeningEvent, Status, local_today
from tests.browser.helpers import DESKTOP, collect_problems
from tests.factories import AssignmentFactory, OrganisationFactory, ToolFactory
from tests.factories import assignment_in_status as in_status

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def admin_page(page, live_server):
    get_user_model().objects.create_superuser(
        "beheer", "beheer@example.nl", "een-lang-wachtwoord", first_name="Sanne"
    )
    page.set_viewport_size(DESKTOP)
    page.goto(live_server.url + "/admin/")
    page.get_by_label("Gebruikersnaam").fill("beheer")
    page.get_by_label("Wachtwoord").fill("een-lang-wachtwoord")
    page.get_by_role("button", name="Aanmelden").click()
    expect(page.get_by_text("Beheer Opdrachtwijzer").first).to_be_visible()
    return page


def change_url(live_server, assignment):
    return f"{live_server.url}/admin/assignments/assignment/{assignment.pk}/change/"


def click_step(page, name):
    page.locator(".workflow-steps").get_by_role("button", name=name, exact=True).click()


def fill_confirmation(page, *, channel="email", who="Marieke Jansen, hoofd communicatie"):
    page.get_by_label("Bevestigd door de opdrachtgever op").fill(local_today().strftime("%d-%m-%Y"))
    page.get_by_label("Bevestigd via").select_option(channel)
    page.get_by_label("Wie bij de opdrachtgever").fill(who)


def test_recruiter_screens_and_publishes_with_the_buttons(admin_page, live_server, screenshot):
    """The walk of the issue: claim (which copies the defaults) and publish is refused, with
    the reason on the page; with the client's confirmation typed in, publishing works. The
    clicks counted here are the ones the README lists."""
    page = admin_page
    problems = collect_problems(page)
    organisation = OrganisationFactory(name="Gemeente Utrecht", slug="gemeente-utrecht")
    organisation.tools.set([ToolFactory(name="Microsoft Teams")])
    assignment = AssignmentFactory(
        unscreened=True, organisation=organisation, title="Campagneadviseur mobiliteit"
    )

    # The queue opens on what needs action; the new assignment is in it.
    page.goto(live_server.url + "/admin/assignments/assignment/")
    page.get_by_role("link", name="Campagneadviseur mobiliteit").click()
    click_step(page, "Oppakken")
    expect(page.locator(".messagelist .success")).to_contain_text("In screening")
    expect(page.get_by_label("Thuiswerkdagen maximaal")).to_have_value("3")

    # The two-click publish: refused, because nobody asked the client.
    click_step(page, "Publiceren")
    expect(page.locator(".errornote")).to_be_visible()
    expect(page.locator(".errorlist").first).to_contain_text("geen bevestiging")
    assert Assignment.objects.get(pk=assignment.pk).status == Status.SCREENING

    page.get_by_label("Thuiswerkdagen gegarandeerd").fill("3")
    page.get_by_label("Toelichting voor de geschiedenis").fill("Gebeld: drie dagen thuis.")
    fill_confirmation(page, channel="phone")
    click_step(page, "Publiceren")
    expect(page.locator(".messagelist .success")).to_contain_text("Gepubliceerd")
    screenshot(page, "admin-assignment-screened")

    history = page.locator("#screening-history")
    expect(history).to_contain_text("Gebeld: drie dagen thuis.")
    expect(history).to_contain_text("Afspraken gecontroleerd op de bevestiging")
    expect(page.locator("#confirmation-history")).to_contain_text("Marieke Jansen")

    assignment = Assignment.objects.select_related("confirmation").get(pk=assignment.pk)
    assert assignment.status == Status.PUBLISHED
    assert (assignment.home_days_min, assignment.home_days_max) == (3, 3)
    assert assignment.current_confirmation.channel == "phone"
    assert assignment.terms_verified_by.username == "beheer"
    assert Assignment.objects.public().get() == assignment

    # The public page says what the data holds.
    page.goto(live_server.url + assignment.get_absolute_url())
    expect(page.locator(".confirmation")).to_contain_text(
        "Afspraken bevestigd door de opdrachtgever op"
    )
    expect(page.locator(".confirmation")).to_contain_text("(telefoon)")
    assert problems == []


def test_every_button_keeps_what_was_typed(admin_page, live_server):
    """Type terms, click each screening button: the typed values are saved with the step, or
    the step is refused and they are still in the form. Never a silent reset."""
    page = admin_page
    problems = collect_problems(page)
    organisation = OrganisationFactory(home_days_min=1, home_days_max=2, terms_notes="")
    assignment = AssignmentFactory(unscreened=True, organisation=organisation)
    page.goto(change_url(live_server, assignment))
    notes = page.get_by_label("Toelichting op de hybride afspraken")

    def saved(step, typed, field=notes, name="terms_notes"):
        field.fill(typed)
        click_step(page, step)
        expect(page.locator(".messagelist .success")).to_contain_text("in dezelfde stap opgeslagen")
        expect(field).to_have_value(typed)
        assert getattr(Assignment.objects.get(pk=assignment.pk), name) == typed

    def refused(step, typed, reason):
        before = Assignment.objects.filter(pk=assignment.pk).values().get()
        notes.fill(typed)
        click_step(page, step)
        expect(page.locator(".messagelist .error")).to_contain_text("niet uitgevoerd")
        expect(page.locator(".errornote")).to_be_visible()
        expect(page.locator("#content-main")).to_contain_text(reason)
        expect(notes).to_have_value(typed)
        assert Assignment.objects.filter(pk=assignment.pk).values().get() == before

    # Typed before copying the defaults: what was typed wins over the default.
    page.get_by_label("Thuiswerkdagen maximaal").fill("3")
    saved("Standaardafspraken organisatie overnemen", "Dinsdag is de teamdag.")
    expect(page.get_by_label("Thuiswerkdagen maximaal")).to_have_value("3")
    expect(page.get_by_label("Thuiswerkdagen gegarandeerd")).to_have_value("1")
    saved("Oppakken", "Dinsdag is de teamdag; donderdag ook vaak.")
    saved("Opdrachtgever vragen", "Gevraagd of donderdag ook kan.")
    saved("Antwoord opdrachtgever vastleggen", "Donderdag mag thuis.")
    refused("Publiceren", "Donderdag mag thuis, vrijdag ook.", "geen bevestiging")
    fill_confirmation(page)
    saved("Publiceren", "Donderdag en vrijdag mogen thuis.")
    assert Assignment.objects.get(pk=assignment.pk).status == Status.PUBLISHED

    # Published: confirming the terms needs a new confirmation, and changed terms need it.
    page.get_by_label("Thuiswerkdagen gegarandeerd").fill("2")
    refused("Afspraken bevestigen", "Twee dagen gegarandeerd.", "leg hier vast wanneer")
    expect(page.get_by_label("Thuiswerkdagen gegarandeerd")).to_have_value("2")
    fill_confirmation(page, channel="meeting", who="Koen de Graaf, directeur communicatie")
    notes.fill("Twee dagen gegarandeerd.")
    click_step(page, "Afspraken bevestigen")
    expect(page.locator(".messagelist .success")).to_be_visible()
    fresh = Assignment.objects.get(pk=assignment.pk)
    assert (fresh.home_days_min, fresh.terms_notes) == (2, "Twee dagen gegarandeerd.")
    assert fresh.confirmation.client_contact == "Koen de Graaf, directeur communicatie"
    # Closing with a change that is no term: saved with it.
    saved("Sluiten", "Almere", page.get_by_label("Plaats"), "city")
    assert Assignment.objects.get(pk=assignment.pk).status == Status.CLOSED

    other = in_status(Status.SCREENING)
    page.goto(change_url(live_server, other))
    page.get_by_label("Plaats").fill("Lelystad")
    click_step(page, "Intrekken")
    expect(page.locator(".messagelist .success")).to_contain_text("in dezelfde stap opgeslagen")
    other.refresh_from_db()
    assert (other.status, other.city) == (Status.WITHDRAWN, "Lelystad")
    assert ClientConfirmation.objects.filter(assignment=assignment).count() == 2
    assert problems == []


def test_week_picture_and_defaults_follow_the_fields(admin_page, live_server, screenshot):
    page = admin_page
    problems = collect_problems(page)
    organisation = OrganisationFactory(
        name="Provincie Zeeland", slug="provincie-zeeland", home_days_max=2, onboarding_weeks=6
    )
    other = OrganisationFactory(name="Gemeente Goes", slug="gemeente-goes", home_days_max=4)
    assignment = AssignmentFactory(unscreened=True, organisation=organisation)
    page.goto(change_url(live_server, assignment))
    week = page.locator("[data-week-preview]")
    expect(week).to_contain_text("Vul de thuiswerkdagen in")
    expect(page.locator('[data-org-default="home_days_max"]')).to_have_text(
        "Standaard van de organisatie: 2"
    )
    # What publishing needs is marked on the fields themselves.
    expect(page.locator(".field-abroad .needed-to-publish").first).to_be_visible()

    page.get_by_label("Thuiswerkdagen maximaal").fill("3")
    page.get_by_label("Thuiswerkdagen gegarandeerd").fill("2")
    page.get_by_label("maandag").check()
    days = week.locator(".week-preview__day")
    expect(days).to_have_count(5)
    kinds = [
        "week-preview__day--fixed",
        "week-preview__day--office",
        "week-preview__day--flexible",
        "week-preview__day--home",
        "week-preview__day--home",
    ]
    for day, kind in zip(days.all(), kinds, strict=True):
        expect(day).to_have_class(re.compile(kind))
    expect(days.first).to_contain_text("Vaste kantoordag")
    page.get_by_label("dinsdag").check()
    page.get_by_label("woensdag").check()
    expect(week.locator(".week-preview__problem")).to_be_visible()
    page.get_by_label("woensdag").uncheck()
    expect(week.locator(".week-preview__problem")).to_be_hidden()
    screenshot(page, "admin-change-form-week")

    # Another organisation chosen: its defaults beside the fields, before saving.
    page.locator(".field-organisation .select2-selection").click()
    page.locator(".select2-search__field").fill("Goes")
    page.get_by_role("option", name="Gemeente Goes").click()
    expect(page.locator('[data-org-default="home_days_max"]')).to_have_text(
        "Standaard van de organisatie: 4"
    )
    assert other.pk
    assert problems == []


def test_published_terms_edit_is_recorded_and_a_stale_page_is_refused(admin_page, live_server):
    page = admin_page
    problems = collect_problems(page)
    assignment = in_status(Status.PUBLISHED, title="Woordvoerder water", home_days_max=3)
    url = change_url(live_server, assignment)
    page.goto(url)
    # A colleague's tab (the same account will do) with the page as it is now.
    other = page.context.new_page()
    other.set_default_timeout(10_000)
    other.goto(url)

    page.get_by_label("Thuiswerkdagen maximaal").fill("4")
    fill_confirmation(page)
    page.get_by_role("button", name="Opslaan", exact=True).click()
    expect(page.locator(".messagelist .info")).to_contain_text("staan in de geschiedenis")
    page.goto(url)
    expect(page.locator("#screening-history")).to_contain_text(
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
    assert assignment.confirmation.confirmed_on == local_today()
    assert assignment.confirmation.recorded_at == assignment.terms_changed_at
    assert problems == []
