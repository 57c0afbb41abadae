"""What the probe found missing: gunicorn bound to every interface, a language cookie without
flags, no Permissions-Policy, Cross-Origin-Resource-Policy or security.txt, and Message-IDs on
@localhost."""

import runpy
from datetime import datetime, timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from tests.processes import ROOT

pytestmark = pytest.mark.django_db


def test_gunicorn_binds_to_loopback_unless_told_otherwise(monkeypatch):
    monkeypatch.delenv("GUNICORN_BIND", raising=False)
    config = runpy.run_path(str(ROOT / "config" / "gunicorn.py"))
    assert config["bind"] == "127.0.0.1:8000"
    monkeypatch.setenv("GUNICORN_BIND", "10.0.0.5:8000")
    assert runpy.run_path(str(ROOT / "config" / "gunicorn.py"))["bind"] == "10.0.0.5:8000"


@pytest.mark.parametrize("path", ["/", "/opdrachten/", "/static/css/site.css", "/healthz"])
def test_every_response_carries_the_browser_policies(client, path):
    for _ in range(2):  # the second answer of a public page comes from the cache
        response = client.get(path)
        assert response.status_code == 200
        policy = response["Permissions-Policy"]
        for feature in ("camera=()", "microphone=()", "geolocation=()", "payment=()"):
            assert feature in policy
        assert response["Cross-Origin-Resource-Policy"] == "same-origin"


def test_the_language_cookie_is_lax_and_out_of_reach_of_scripts(client):
    response = client.post(reverse("set_language"), {"language": "en", "next": "/"})
    cookie = response.cookies["django_language"]
    assert cookie["samesite"] == "Lax"
    assert cookie["httponly"] is True


def test_security_txt_names_the_contact_from_settings(client, settings):
    settings.SECURITY_CONTACT = "mailto:beveiliging@opdrachtwijzer.example"
    settings.SITE_URL = "https://opdrachtwijzer.example"
    response = client.get("/.well-known/security.txt")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    fields = dict(line.split(": ", 1) for line in response.content.decode().splitlines())
    assert fields["Contact"] == "mailto:beveiliging@opdrachtwijzer.example"
    assert fields["Canonical"] == "https://opdrachtwijzer.example/.well-known/security.txt"
    assert fields["Preferred-Languages"] == "nl, en"
    expires = datetime.fromisoformat(fields["Expires"].replace("Z", "+00:00"))
    assert timezone.now() + timedelta(days=90) < expires < timezone.now() + timedelta(days=365)


def test_mail_message_ids_are_on_the_sites_domain(client, outbox, settings):
    settings.SITE_URL = "https://opdrachtwijzer.example"
    response = client.post(
        reverse("alerts:signup"), {"email": "kandidaat@example.nl", "frequency": "daily"}
    )
    assert response.status_code == 302
    message_id = outbox[0].message()["Message-ID"]
    assert message_id.endswith("@opdrachtwijzer.example>"), message_id


def test_any_mail_without_a_message_id_gets_one_on_the_sites_domain(settings):
    from django.core.mail import EmailMessage

    settings.SITE_URL = "https://opdrachtwijzer.example"
    message = EmailMessage("Onderwerp", "Tekst", to=["kandidaat@example.nl"]).message()
    assert message["Message-ID"].endswith("@opdrachtwijzer.example>")
