"""Staff sign in as production requires: the password, then an authenticator app set up from
its QR code at the first sign-in, under the strict CSP and without axe violations; and the
page a visitor sees after too many wrong passwords."""

import re
from base64 import b32decode

import pytest
from django.contrib.auth import get_user_model
from django_otp.oath import TOTP
from playwright.sync_api import expect

from tests.browser.helpers import assert_accessible, collect_problems

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "een-lang-wachtwoord"


@pytest.fixture
def staff(settings):
    settings.STAFF_TWO_FACTOR_REQUIRED = True
    return get_user_model().objects.create_superuser("beheer", "beheer@example.nl", PASSWORD)


def sign_in(page, live_server, password=PASSWORD):
    page.goto(live_server.url + "/admin/")
    page.get_by_label("Gebruikersnaam").fill("beheer")
    page.get_by_label("Wachtwoord").fill(password)
    page.get_by_role("button", name="Aanmelden").click()


def test_first_sign_in_sets_up_an_authenticator_app(page, live_server, staff, screenshot):
    problems = collect_problems(page)
    sign_in(page, live_server)
    expect(page.get_by_role("heading", name="Tweede stap van het inloggen")).to_be_visible()
    assert_accessible(page)
    page.get_by_role("button", name="Mijn authenticator-app instellen").click()

    qr = page.get_by_role(
        "img", name="QR-code om Opdrachtwijzer aan uw authenticator-app toe te voegen"
    )
    expect(qr).to_be_visible()
    assert qr.evaluate("image => image.naturalWidth") > 100  # the SVG really renders
    assert_accessible(page)
    screenshot(page, "admin-two-factor-set-up")
    key = re.sub(r"\s", "", page.locator("code").inner_text())
    code = f"{TOTP(b32decode(key)).token():06d}"
    page.get_by_label("Code uit uw authenticator-app").fill(code)
    page.get_by_role("button", name="Inloggen").click()

    expect(page.get_by_text("Beheer Opdrachtwijzer").first).to_be_visible()
    assert not problems, problems


def test_too_many_wrong_passwords_pause_signing_in(page, live_server, staff, screenshot):
    problems = collect_problems(page)
    for _ in range(5):
        sign_in(page, live_server, password="niet-het-goede-wachtwoord")
    expect(page.get_by_role("heading", name="Inloggen is even gepauzeerd")).to_be_visible()
    expect(page.get_by_text("probeer het over 15 minuten opnieuw")).to_be_visible()
    assert_accessible(page)
    screenshot(page, "admin-sign-in-paused")
    assert not problems, problems
