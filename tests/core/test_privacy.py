"""/privacy/: what is kept of candidates, why, how long, who sees it, and how to withdraw or
ask for it, with the controller from settings, and retention periods that are the code's."""

import pytest
from django.urls import reverse

from responses.models import KEEP_FOR_OTHER_ASSIGNMENTS, RETAIN_AFTER_END

pytestmark = pytest.mark.django_db


def test_the_privacy_page_names_the_controller_from_settings(client, settings):
    settings.PRIVACY_CONTROLLER = {
        "name": "Opdrachtwijzer B.V.",
        "email": "fg@opdrachtwijzer.example",
        "address": "Postbus 1234, 3500 AA Utrecht",
    }
    page = client.get("/privacy/")
    assert page.status_code == 200
    text = page.content.decode()
    assert "Opdrachtwijzer B.V. is verantwoordelijk" in text
    assert 'href="mailto:fg@opdrachtwijzer.example"' in text
    assert "Postbus 1234, 3500 AA Utrecht" in text


def test_the_privacy_page_states_the_retention_the_code_applies(client):
    text = client.get(reverse("privacy")).content.decode()
    assert RETAIN_AFTER_END.days == 28 and "Tot vier weken nadat de opdracht sluit" in text
    assert KEEP_FOR_OTHER_ASSIGNMENTS.days == 365 and "een jaar nadat je je reactie" in text
    for subject in (
        "Wat we bewaren",
        "Waarom",
        "Hoe lang",
        "Wie het ziet",
        "Intrekken:",
        "Inzage:",
    ):
        assert subject in text


def test_every_page_links_to_it_and_the_sitemap_lists_it(client):
    assert 'href="/privacy/"' in client.get("/").content.decode()
    assert "http://127.0.0.1:8000/privacy/" in client.get("/sitemap-pages.xml").content.decode()


def test_the_privacy_page_is_cached_whole(client):
    first = client.get("/privacy/")
    assert first.cookies == {}
    assert "csrfmiddlewaretoken" not in first.content.decode()
