"""Staff sign-in: throttled and locked out per account and per client, logged, a second factor
(an authenticator app's code) when required — as production always requires it — and a
session that ends after a working day. Passwords have at least 12 characters."""

import io
import logging
import re
from datetime import timedelta
from urllib.parse import parse_qs, urlsplit

import pytest
import time_machine
from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from django.contrib.auth import get_user_model
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice

pytestmark = pytest.mark.django_db

LOGIN = reverse("admin:login")
INDEX = reverse("admin:index")
TWO_FACTOR = reverse("admin:two_factor")
PASSWORD = "een-lang-wachtwoord"


@pytest.fixture
def staff():
    return get_user_model().objects.create_superuser("beheer", "beheer@example.nl", PASSWORD)


def sign_in(client, password=PASSWORD, username="beheer", address="192.0.2.10"):
    return client.post(
        f"{LOGIN}?next={INDEX}",
        {"username": username, "password": password, "next": INDEX},
        REMOTE_ADDR=address,
    )


def code_for(device):
    """The code the staff member's app shows now."""
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    totp.time = timezone.now().timestamp()
    return f"{totp.token():06d}"


# Throttling and lockout


def test_five_wrong_passwords_pause_signing_in_for_that_account_and_client(client, staff):
    for _ in range(4):
        assert sign_in(client, "fout-wachtwoord").status_code == 200
    locked = sign_in(client, "fout-wachtwoord")
    assert locked.status_code == 429
    text = locked.content.decode()
    assert "Inloggen is even gepauzeerd" in text
    assert "probeer het over 15 minuten opnieuw" in text
    # The right password does not help now, from this client or any other (the account is
    # paused), and this client cannot try another account either.
    assert sign_in(client).status_code == 429
    assert sign_in(client, address="198.51.100.20").status_code == 429
    get_user_model().objects.create_user("ander", password=PASSWORD, is_staff=True)
    assert sign_in(client, username="ander").status_code == 429
    # Another account from another client is not affected.
    assert sign_in(client, username="ander", address="198.51.100.20").status_code == 302
    # After the cool-down the password works again.
    with time_machine.travel(timezone.now() + timedelta(minutes=16)):
        response = sign_in(client)
        assert response.status_code == 302
    assert not AccessAttempt.objects.filter(username="beheer").exists()  # reset on success


def test_the_lockout_holds_behind_the_proxy_per_visitor(client, staff, settings):
    """Behind the proxy every request comes from its address: the client is the one the
    proxy names (CLIENT_ADDRESS_HEADER), as for the other limits."""
    settings.CLIENT_ADDRESS_HEADER = "HTTP_X_REAL_IP"
    for number in range(5):
        client.post(
            LOGIN,
            {"username": f"onbekend{number}", "password": "fout-wachtwoord"},
            REMOTE_ADDR="10.0.0.1",
            HTTP_X_REAL_IP="203.0.113.7",
        )
    other_visitor = client.post(
        LOGIN,
        {"username": "beheer", "password": PASSWORD},
        REMOTE_ADDR="10.0.0.1",
        HTTP_X_REAL_IP="203.0.113.8",
    )
    assert other_visitor.status_code == 302
    assert set(AccessAttempt.objects.values_list("ip_address", flat=True)) == {"203.0.113.7"}


def test_successes_and_failures_are_logged(client, staff, caplog):
    with caplog.at_level(logging.INFO):
        sign_in(client, "fout-wachtwoord", address="192.0.2.44")
        sign_in(client, address="192.0.2.44")
    messages = " ".join(record.getMessage() for record in caplog.records)
    assert "AXES: New login failure" in messages
    assert "AXES: Successful login" in messages
    assert AccessFailureLog.objects.get().ip_address == "192.0.2.44"
    assert AccessLog.objects.get().username == "beheer"


# The second factor


@pytest.fixture
def required(settings):
    settings.STAFF_TWO_FACTOR_REQUIRED = True


def test_without_a_second_factor_staff_see_nothing_of_the_admin(client, staff, required):
    response = sign_in(client)
    assert response.status_code == 302
    assert response["Location"].startswith(TWO_FACTOR)
    # The admin itself sends them back, however they try.
    for url in (INDEX, reverse("admin:assignments_assignment_changelist")):
        response = client.get(url)
        assert response.status_code == 302
    assert client.get(LOGIN)["Location"].startswith(TWO_FACTOR)


def test_first_sign_in_sets_up_the_app_then_signs_in(client, staff, required, caplog):
    location = sign_in(client)["Location"]
    assert parse_qs(urlsplit(location).query)["next"] == [INDEX]
    start = client.get(location)
    assert "Mijn authenticator-app instellen" in start.content.decode()
    assert not TOTPDevice.objects.exists()  # a GET changes nothing

    response = client.post(location, {"start": "1", "next": INDEX})
    assert response.status_code == 302
    device = TOTPDevice.objects.get(user=staff)
    assert not device.confirmed

    page = client.get(location).content.decode()
    assert re.search(
        r"<img src=\"data:image/svg\+xml;charset=utf-8,%3Csvg[^\"]+\" alt=\"QR-code", page
    )
    key = re.search(r"<code>([A-Z2-7 ]+)</code>", page).group(1).replace(" ", "")
    assert len(key) == 32
    assert "style=" not in page and "<script>" not in page  # nothing inline for the CSP

    wrong = client.post(location, {"token": "000000", "next": INDEX})
    assert wrong.status_code == 200
    assert "Deze code klopt niet" in wrong.content.decode()

    with time_machine.travel(timezone.now() + timedelta(seconds=5)), caplog.at_level(logging.INFO):
        done = client.post(location, {"token": code_for(device), "next": INDEX})
        assert done.status_code == 302
        assert done["Location"] == INDEX
        assert client.get(INDEX).status_code == 200
    device.refresh_from_db()
    assert device.confirmed
    assert "Second factor set up for staff member beheer" in caplog.text


def test_a_returning_staff_member_types_the_current_code(client, staff, required):
    device = TOTPDevice.objects.create(user=staff, name="app", confirmed=True)
    location = sign_in(client)["Location"]
    page = client.get(location).content.decode()
    assert "Typ de code die uw authenticator-app nu laat zien." in page
    assert "<img" not in page  # the key is never shown again

    assert "Deze code klopt niet" in client.post(location, {"token": "123456"}).content.decode()
    # Straight after a wrong code the next try has to wait (django-otp's throttling).
    refused = client.post(location, {"token": code_for(device)}).content.decode()
    assert "Te veel onjuiste codes" in refused
    with time_machine.travel(timezone.now() + timedelta(seconds=90)):
        response = client.post(location, {"token": code_for(device)})
        assert response.status_code == 302
        assert client.get(INDEX).status_code == 200


def test_cancel_signs_out(client, staff, required):
    sign_in(client)
    response = client.post(reverse("admin:two_factor_cancel"))
    assert response["Location"] == LOGIN
    assert client.get(TWO_FACTOR)["Location"] == LOGIN


# Sessions and passwords


def test_a_staff_session_ends_after_a_working_day(client, staff):
    response = sign_in(client)
    assert response.cookies["sessionid"]["max-age"] == 9 * 60 * 60
    with time_machine.travel(timezone.now() + timedelta(hours=8, minutes=50)):
        assert client.get(INDEX).status_code == 200
    with time_machine.travel(timezone.now() + timedelta(hours=9, minutes=1)):
        assert client.get(INDEX).status_code == 302


@pytest.mark.parametrize(
    ("password", "valid"),
    [("kort-wachtw", False), ("Z3er-Lang-WW", True), ("een-lang-wachtwoord", True)],
)
def test_passwords_have_at_least_twelve_characters(password, valid):
    if valid:
        validate_password(password)
    else:
        with pytest.raises(ValidationError) as refused:
            validate_password(password)
        assert [error.code for error in refused.value.error_list] == ["password_too_short"]


def test_reset_two_factor_removes_the_app_and_signs_out(client, staff, required):
    from django.core.management import call_command

    device = TOTPDevice.objects.create(user=staff, name="app", confirmed=True)
    location = sign_in(client)["Location"]
    client.post(location, {"token": code_for(device)})
    assert client.get(INDEX).status_code == 200

    call_command("reset_two_factor", "beheer", stdout=io.StringIO())

    assert not TOTPDevice.objects.filter(user=staff).exists()
    assert client.get(INDEX).status_code == 302
    assert (
        "Mijn authenticator-app instellen"
        in client.get(sign_in(client)["Location"]).content.decode()
    )


@pytest.mark.slow
def test_production_requires_the_second_factor():
    from tests.core.test_settings import SECRETS, run_production

    result = run_production(
        [
            "shell",
            "--no-imports",
            "-c",
            "from django.conf import settings; print(settings.STAFF_TWO_FACTOR_REQUIRED)",
        ],
        **SECRETS,
        STAFF_TWO_FACTOR_REQUIRED="false",
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split()[-1] == "True"


def test_a_client_without_an_address_and_an_ipv6_client_are_stored(client, staff):
    """The lockout's records hold addresses (PostgreSQL's inet): an IPv6 client is counted by
    its /64 (stored as its first address), a request without any address as none."""
    sign_in(client, "fout-wachtwoord", address="2001:db8:1:2::7")
    sign_in(client, "fout-wachtwoord", address="")
    addresses = set(AccessAttempt.objects.values_list("ip_address", flat=True))
    assert addresses == {"2001:db8:1:2::", None}
    client.force_login(staff)  # a sign-in without a request address, as in a shell
    assert AccessLog.objects.get().ip_address is None
