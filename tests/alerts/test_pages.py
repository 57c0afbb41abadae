"""The alert pages tell the visitor what happened and for which search: form errors are seen
and heard without JavaScript, the pages after a sign-up or behind a mail's link name the
address, the search and the frequency, and the mails' unsubscribe header stays readable."""

import email
import email.policy
import re
from datetime import timedelta

import pytest
from django.core import signing
from django.urls import reverse
from django.utils import timezone

from alerts import digests, links, services
from alerts.models import Alert, Frequency
from core.email_addresses import MAX_LENGTH as MAX_EMAIL_LENGTH
from tests.factories import AssignmentFactory

pytestmark = pytest.mark.django_db

SIGNUP_URL = reverse("alerts:signup")
REQUESTED_URL = reverse("alerts:requested")


def title(response):
    return re.search(r"<title>(.*?)</title>", response.content.decode(), re.S).group(1).strip()


# 1. Form errors


def test_an_invalid_sign_up_says_error_in_the_title_and_sums_up_at_the_top(client):
    response = client.post(f"{SIGNUP_URL}?role=press", {"email": "geen adres"})
    assert response.status_code == 200
    assert title(response).startswith("Fout: E-mailalert")
    html = response.content.decode()
    summary = re.search(r'<div[^>]*id="alert-form-errors".*?</div>', html, re.S).group()
    assert 'role="alert"' in summary
    assert "<h3" in summary
    assert '<a href="#id_email">Je e-mailadres: Voer een geldig e-mailadres in.</a>' in summary
    assert '<a href="#id_frequency_0">Hoe vaak: ' in summary
    # The summary comes before the fields it links to.
    assert html.index('id="alert-form-errors"') < html.index('<input type="email"')
    email_input = re.search(r'<input type="email"[^>]*>', html).group()
    assert "autofocus" in email_input
    assert 'aria-invalid="true"' in email_input
    assert 'aria-describedby="id_email_error"' in email_input
    assert 'id="id_email_error"' in html
    # Only one element takes the focus.
    assert html.count("autofocus") == 1


def test_a_valid_page_has_no_error_title_summary_or_autofocus(client):
    response = client.get(SIGNUP_URL, {"role": "press"})
    assert title(response).startswith("E-mailalert")
    html = response.content.decode()
    assert "alert-form-errors" not in html and "autofocus" not in html


def test_focus_goes_to_the_first_radio_when_only_the_frequency_is_wrong(client):
    response = client.post(SIGNUP_URL, {"email": "a@example.nl", "frequency": "monthly"})
    html = response.content.decode()
    assert html.count("autofocus") == 1
    first_radio = re.search(r'<input type="radio"[^>]*id="id_frequency_0"[^>]*>', html).group()
    assert "autofocus" in first_radio
    assert '<a href="#id_frequency_0">' in html
    assert "autofocus" not in re.search(r'<input type="email"[^>]*>', html).group()


def test_a_refused_sign_up_is_in_the_summary_and_the_title(client, monkeypatch):
    def refuse(**kwargs):
        raise services.RateLimited("Te vaak geprobeerd.")

    monkeypatch.setattr(services, "sign_up", refuse)
    response = client.post(SIGNUP_URL, {"email": "a@example.nl", "frequency": "daily"})
    assert response.status_code == 429
    assert title(response).startswith("Fout: ")
    assert '<a href="#id_email">Te vaak geprobeerd.</a>' in response.content.decode()


@pytest.mark.parametrize("length", [MAX_EMAIL_LENGTH + 1, 400, 5000])
def test_a_huge_address_gets_only_the_length_message(client, length):
    address = "a" * (length - len("@example.nl")) + "@example.nl"
    response = client.post(SIGNUP_URL, {"email": address, "frequency": "daily"})
    errors = response.context["form"].errors["email"]
    assert errors == [
        f"Een e-mailadres heeft hoogstens {MAX_EMAIL_LENGTH} tekens (dit heeft er {length})."
    ]
    assert not Alert.objects.exists()


# 2. The List-Unsubscribe header as the SMTP backend writes it


def raw_header(raw, name):
    """The header's raw line(s) as they go over the wire, continuation lines included."""
    match = re.search(rf"^{name}:.*?(?=^\S)", raw, re.M | re.S)
    return match.group()


def as_sent(message):
    # What django.core.mail.backends.smtp does with every message.
    return message.message(policy=email.policy.SMTP).as_bytes()


def check_sent(message):
    raw_bytes = as_sent(message)
    raw = raw_bytes.decode()
    header = raw_header(raw, "List-Unsubscribe")
    assert "=?utf-8?" not in header.lower()
    unsubscribe = message.extra_headers["List-Unsubscribe"]
    assert header == f"List-Unsubscribe: {unsubscribe}\r\n"
    assert unsubscribe.startswith("<http://127.0.0.1:8000/")
    # Only that header needs the long line; the bodies are encoded as in any other mail.
    _head, body = raw.split("\r\n\r\n", 1)
    assert all(len(line) <= 78 for line in body.split("\r\n"))
    parsed = email.message_from_bytes(raw_bytes, policy=email.policy.default)
    assert parsed["List-Unsubscribe"] == unsubscribe
    text = parsed.get_body(("plain",)).get_content().replace("\r\n", "\n")
    html = parsed.get_body(("html",)).get_content().replace("\r\n", "\n")
    assert text == message.body
    assert html == message.alternatives[0].content
    return parsed


def test_the_confirmation_mail_keeps_a_plain_list_unsubscribe_header(client, outbox):
    client.post(f"{SIGNUP_URL}?role=press", {"email": "kandidaat@example.nl", "frequency": "daily"})
    [message] = outbox
    parsed = check_sent(message)
    assert parsed["Subject"] == "Bevestig je e-mailalert van Opdrachtwijzer"


def test_the_digest_keeps_a_plain_list_unsubscribe_header(outbox):
    alert = Alert.objects.create(
        email="kandidaat@example.nl",
        query="role=press",
        frequency=Frequency.DAILY,
        confirmed_at=timezone.now() - timedelta(days=2),
    )
    AssignmentFactory(role="press", title="Woordvoerder Financiën — één opdracht")
    assert digests.send_digest(alert.pk, now=timezone.now() + timedelta(minutes=1)) == 1
    [message] = outbox
    parsed = check_sent(message)
    assert "Woordvoerder Financiën — één opdracht" in parsed.get_body(("plain",)).get_content()
    assert parsed["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"


# 3. "Check your e-mail" and the expired link


def test_check_your_email_names_the_address_and_links_to_the_same_search(client):
    response = client.post(
        f"{SIGNUP_URL}?role=press&min_home_days=3",
        {"email": " Kandidaat@Example.nl ", "frequency": "daily"},
    )
    assert response.status_code == 302
    # Nothing personal in the address the browser is sent to.
    assert response["Location"] == REQUESTED_URL
    cookie = response.cookies["alert_requested"]
    assert cookie["path"] == REQUESTED_URL and cookie["httponly"]

    page = client.get(REQUESTED_URL)
    assert "no-cache" in page["Cache-Control"] or "no-store" in page["Cache-Control"]
    html = page.content.decode()
    assert "<strong>kandidaat@example.nl</strong>" in html
    assert f'href="{SIGNUP_URL}?role=press&amp;min_home_days=3"' in html
    assert 'href="/opdrachten/?role=press&amp;min_home_days=3"' in html


def test_check_your_email_without_a_sign_up_or_with_a_forged_cookie_is_generic(client):
    for value in (None, "vervalst", signing.dumps({"email": "x@example.nl", "query": ""})):
        if value is not None:
            client.cookies["alert_requested"] = value
        page = client.get(REQUESTED_URL)
        assert page.status_code == 200
        html = page.content.decode()
        assert "x@example.nl" not in html and "<strong>" not in html
        assert f'href="{SIGNUP_URL}"' in html


def test_an_expired_link_offers_the_same_search_again(client, monkeypatch):
    alert = Alert.objects.create(
        email="a@example.nl", query="role=press&min_home_days=3", frequency=Frequency.DAILY
    )
    real_time = signing.time.time
    monkeypatch.setattr(signing.time, "time", lambda: real_time() - 3 * 24 * 3600 - 60)
    token = links.confirm_token(alert)
    monkeypatch.setattr(signing.time, "time", real_time)
    response = client.get(reverse("alerts:confirm", args=[token]))
    assert response.status_code == 400
    html = response.content.decode()
    assert f'href="{SIGNUP_URL}?role=press&amp;min_home_days=3"' in html
    assert 'href="/opdrachten/?role=press&amp;min_home_days=3"' in html
    # A tampered link says nothing about any alert.
    tampered = token[:-2] + ("xx" if token[-2:] != "xx" else "yy")
    response = client.get(reverse("alerts:confirm", args=[tampered]))
    assert "role=press" not in response.content.decode()


# 4. The confirm and unsubscribe pages name the search and the frequency


def test_confirm_and_unsubscribe_pages_name_the_search_and_frequency(client):
    alert = Alert.objects.create(
        email="a@example.nl", query="role=press&q=stikstof", frequency=Frequency.WEEKLY
    )
    confirm = reverse("alerts:confirm", args=[links.confirm_token(alert)])
    unsubscribe = reverse("alerts:unsubscribe", args=[links.unsubscribe_token(alert)])
    for response in (client.get(confirm), client.post(confirm), client.get(unsubscribe)):
        html = response.content.decode()
        assert "<li>Rol: Woordvoering en pers</li>" in html
        assert "<li>Zoeken: “stikstof”</li>" in html
        assert "Hoe vaak: wekelijks" in html


# 5. No promise of "one click" for a link that leads to a button


def test_no_page_or_mail_promises_a_single_click(client, outbox):
    page = client.get(SIGNUP_URL).content.decode()
    assert "één klik" not in page and "altijd" in page
    alert = Alert.objects.create(
        email="a@example.nl",
        query="",
        frequency=Frequency.DAILY,
        confirmed_at=timezone.now() - timedelta(days=2),
    )
    AssignmentFactory()
    digests.send_digest(alert.pk, now=timezone.now() + timedelta(minutes=1))
    [digest] = outbox
    for body in (digest.body, digest.alternatives[0].content):
        assert "één klik" not in body and "Afmelden voor deze alert" in body
