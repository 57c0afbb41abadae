"""The address counted is the address mailed: every spelling that reaches one mailbox counts
against that mailbox's limit of three sign-ups a day, and the confirmation goes to the one
normalised spelling that was counted and stored (or the address is refused)."""

import pytest
from django.urls import reverse

from alerts.models import Alert, AlertSignup

pytestmark = pytest.mark.django_db

SIGNUP_URL = reverse("alerts:signup")

# The probe's spellings of one mailbox, each from another client so only the address limit
# can stop them.
SPELLINGS = [
    "bomb@example.nl",
    "BOMB@Example.NL",
    "=?utf-8?q?bomb?=@example.nl",
    "bo\u200bmb@example.nl",  # zero-width space
    "bomb@exam\u00adple.nl",  # soft hyphen
    "bo\u00admb@example.nl",
    '"bomb"@example.nl',
    "bomb+1@example.nl",
    "bomb+2@example.nl",
    " bomb@example.nl ",
    "bomb@example.nl\u200d",  # zero-width joiner
]


def sign_up(client, email, address):
    return client.post(
        f"{SIGNUP_URL}?role=press",
        {"email": email, "frequency": "daily"},
        REMOTE_ADDR=address,
    )


def test_every_spelling_of_one_mailbox_counts_against_its_limit(client, outbox):
    statuses = [
        sign_up(client, email, f"192.0.2.{number}").status_code
        for number, email in enumerate(SPELLINGS)
    ]
    # Three accepted (302), every other one refused: over the limit (429) or not an address
    # we can use (200 with an error).
    assert statuses.count(302) == 3, statuses
    assert set(statuses) <= {302, 429, 200}
    recipients = {tuple(message.to) for message in outbox}
    assert len(outbox) == 3
    assert recipients <= {("bomb@example.nl",), ("bomb+1@example.nl",), ("bomb+2@example.nl",)}
    # What was stored is what was mailed; the limit counted the mailbox.
    assert {alert.email for alert in Alert.objects.all()} == {to for (to,) in recipients}
    assert set(AlertSignup.objects.values_list("email", flat=True)) == {"bomb@example.nl"}


def test_an_international_domain_and_its_punycode_are_one_address(client, outbox):
    for number in range(3):
        assert sign_up(client, "bomb@exämple.nl", f"198.51.100.{number}").status_code == 302
    response = sign_up(client, "bomb@xn--exmple-cua.nl", "198.51.100.9")
    assert response.status_code == 429
    assert {tuple(message.to) for message in outbox} == {("bomb@xn--exmple-cua.nl",)}
    assert set(Alert.objects.values_list("email", flat=True)) == {"bomb@xn--exmple-cua.nl"}


@pytest.mark.parametrize(
    ("email", "message"),
    [
        ("bo\u200bmb@example.nl", "onzichtbaar teken"),
        ("bomb@exam\u00adple.nl", "onzichtbaar teken"),
        ("=?utf-8?q?bomb?=@example.nl", "gecodeerde tekst"),
        ('"bomb"@example.nl', "aanhalingstekens"),
        ("bomb@@example.nl", "Voer een geldig e-mailadres in."),
    ],
)
def test_an_unusable_address_is_refused_with_a_clear_message(client, outbox, email, message):
    response = sign_up(client, email, "203.0.113.5")
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not outbox
    assert not Alert.objects.exists()
