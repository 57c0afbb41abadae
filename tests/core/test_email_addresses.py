import pytest
from django.core.exceptions import ValidationError

from core.email_addresses import EmailAddressField, mailbox, normalise_email


@pytest.mark.parametrize(
    ("raw", "normalised"),
    [
        ("bomb@example.nl", "bomb@example.nl"),
        ("  BOMB@Example.NL ", "bomb@example.nl"),
        ("bomb@exämple.nl", "bomb@xn--exmple-cua.nl"),
        ("bomb@xn--exmple-cua.nl", "bomb@xn--exmple-cua.nl"),
        ("bomb@EXÄMPLE.NL", "bomb@xn--exmple-cua.nl"),
        ("bomb@ｅｘａｍｐｌｅ.nl", "bomb@example.nl"),  # full-width letters: one domain
        ("jan.de.vries+werk@gemeente.nl", "jan.de.vries+werk@gemeente.nl"),
    ],
)
def test_one_spelling_per_address(raw, normalised):
    assert normalise_email(raw) == normalised


@pytest.mark.parametrize(
    ("raw", "code"),
    [
        ("bo\u200bmb@example.nl", "invisible"),
        ("bomb@exam\u00adple.nl", "invisible"),
        ("bomb\u2060@example.nl", "invisible"),  # word joiner
        ("bomb@example.nl\u200e", "invisible"),  # left-to-right mark
        ("bomb@exa\u00a0mple.nl", "invisible"),  # no-break space
        ("bomb\x00@example.nl", "invisible"),
        ("=?utf-8?q?bomb?=@example.nl", "encoded"),
        ("=?UTF-8?B?Ym9tYg==?=@example.nl", "encoded"),
        ('"bomb"@example.nl', "quoted"),
        ('"bo mb"@example.nl', "invalid"),
        ("jürgen@example.nl", "invalid"),  # SMTPUTF8 local parts do not reach every mailbox
        ("bomb@[192.0.2.1]", "invalid"),
        ("Bomb <bomb@example.nl>", "invalid"),
        ("bomb@localhost", "invalid"),
        ("bomb", "invalid"),
        ("", "invalid"),
        (None, "invalid"),
        ("a" * 250 + "@example.nl", "invalid"),
    ],
)
def test_unusable_addresses_are_refused(raw, code):
    with pytest.raises(ValidationError) as refused:
        normalise_email(raw)
    assert refused.value.code == code


def test_a_limit_counts_sub_addresses_with_their_mailbox():
    assert mailbox("Bomb+1@Example.nl") == mailbox("bomb+2@example.nl") == "bomb@example.nl"
    assert mailbox("+only@example.nl") == "+only@example.nl"


def test_the_form_field_cleans_to_the_normalised_address():
    field = EmailAddressField()
    assert field.clean(" Bomb@Exämple.NL ") == "bomb@xn--exmple-cua.nl"
    with pytest.raises(ValidationError):
        field.clean("bo\u200bmb@example.nl")
