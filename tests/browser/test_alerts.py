"""E-mail alerts in a real browser: the pages are accessible on desktop and phone, and a
candidate goes from a filtered list to a confirmed alert and back out with the mail's links."""

import re
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone
from playwright.sync_api import expect

from alerts import digests, links
from alerts.models import Alert, Frequency
from tests.browser.helpers import (
    DESKTOP,
    PHONE,
    assert_accessible,
    assert_no_sideways_scroll,
    collect_problems,
)
from tests.factories import AssignmentFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def alert():
    return Alert.objects.create(
        email="kandidaat@example.nl", query="role=press&min_home_days=3", frequency=Frequency.DAILY
    )


def pages(alert):
    confirm = reverse("alerts:confirm", args=[links.confirm_token(alert)])
    unsubscribe = reverse("alerts:unsubscribe", args=[links.unsubscribe_token(alert)])
    signup = reverse("alerts:signup")
    return {
        "alert-signup": f"{signup}?role=press&min_home_days=3&province=utrecht",
        "alert-signup-all": reverse("alerts:signup"),
        "alert-requested": reverse("alerts:requested"),
        "alert-confirm": confirm,
        "alert-unsubscribe": unsubscribe,
        "alert-link-invalid": reverse("alerts:confirm", args=["ongeldig"]),
    }


NAMES = [
    "alert-signup",
    "alert-signup-all",
    "alert-requested",
    "alert-confirm",
    "alert-unsubscribe",
    "alert-link-invalid",
]


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize(("form_factor", "viewport"), [("desktop", DESKTOP), ("phone", PHONE)])
def test_alert_page_is_accessible(
    page, live_server, alert, screenshot, name, form_factor, viewport
):
    problems = collect_problems(page)
    page.set_viewport_size(viewport)
    page.goto(live_server.url + pages(alert)[name])
    expect(page.locator("html")).to_have_attribute("lang", "nl")
    expect(page.locator("h1")).to_have_count(1)
    assert_accessible(page)
    assert_no_sideways_scroll(page)
    screenshot(page, f"{name}-{form_factor}")
    assert problems == []


@pytest.mark.parametrize(("form_factor", "viewport"), [("desktop", DESKTOP), ("phone", PHONE)])
def test_form_errors_are_accessible(page, live_server, screenshot, form_factor, viewport):
    page.set_viewport_size(viewport)
    page.goto(live_server.url + reverse("alerts:signup") + "?role=press")
    page.get_by_label("Je e-mailadres").fill("geen adres")
    page.get_by_role("button", name="Alert aanmaken").click()
    expect(page.get_by_label("Je e-mailadres")).to_have_attribute("aria-invalid", "true")
    # Seen and heard without JavaScript: the title says so, the focus is on the field, and
    # the summary at the top of the form links to it.
    expect(page).to_have_title(re.compile(r"^Fout: E-mailalert"))
    expect(page.get_by_label("Je e-mailadres")).to_be_focused()
    summary = page.get_by_role("alert")
    expect(summary).to_be_visible()
    summary.get_by_role("link", name=re.compile("Je e-mailadres")).click()
    expect(page).to_have_url(re.compile("#id_email$"))
    assert_accessible(page)
    assert_no_sideways_scroll(page)
    screenshot(page, f"alert-signup-error-{form_factor}")
    assert not Alert.objects.exists()


def test_from_a_filtered_list_to_a_confirmed_alert_and_unsubscribed(page, live_server, outbox):
    AssignmentFactory(title="Woordvoerder water", role="press")
    page.goto(live_server.url + reverse("assignments:list"))
    # Live filtering (htmx) keeps the alert link on the current filters.
    page.get_by_role("checkbox", name="Woordvoering en pers").check()
    link = page.get_by_role("link", name="Maak een e-mailalert van deze zoekopdracht")
    expect(link).to_have_attribute("href", re.compile(r"/opdrachten/alert/\?role=press$"))
    link.click()

    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Maak een e-mailalert van deze zoekopdracht"
    )
    expect(page.get_by_text("Rol: Woordvoering en pers")).to_be_visible()
    page.get_by_label("Je e-mailadres").fill("kandidaat@example.nl")
    page.get_by_label("Wekelijks, als er iets nieuws is").check()
    page.get_by_role("button", name="Alert aanmaken").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Kijk in je e-mail")
    expect(page.get_by_text("kandidaat@example.nl")).to_be_visible()
    expect(page.get_by_role("link", name="maak de alert opnieuw")).to_have_attribute(
        "href", "/opdrachten/alert/?role=press"
    )

    [message] = outbox
    confirm_url = re.search(r"http://\S+/bevestigen/\S+/", message.body).group()
    page.goto(confirm_url.replace("http://127.0.0.1:8000", live_server.url))
    alert = Alert.objects.get()
    assert alert.confirmed_at is None  # opening the link changes nothing
    page.get_by_role("button", name="Mijn alert bevestigen").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Je alert staat aan")
    alert.refresh_from_db()
    assert alert.frequency == Frequency.WEEKLY and alert.confirmed_at is not None

    AssignmentFactory(title="Woordvoerder stikstof", role="press")
    assert digests.send_digest(alert.pk, now=timezone.now() + timedelta(minutes=1)) == 1
    digest = outbox[1]
    assert "Woordvoerder stikstof" in digest.body and "Woordvoerder water" not in digest.body
    unsubscribe_url = re.search(r"http://\S+/afmelden/\S+/", digest.body).group()
    page.goto(unsubscribe_url.replace("http://127.0.0.1:8000", live_server.url))
    assert Alert.objects.exists()
    page.get_by_role("button", name="Afmelden").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Je bent afgemeld")
    assert not Alert.objects.exists()
