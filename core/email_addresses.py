"""One normalisation of e-mail addresses, for every limit, every stored address and every
recipient, so that the address counted is the address mailed.

Many spellings reach one mailbox: `BOMB@Example.NL`, `bomb@exämple.nl` and its punycode
`bomb@xn--exmple-cua.nl`, an address with a zero-width space or a soft hyphen that mail software
drops, a local part in RFC 2047 encoded words (`=?utf-8?q?bomb?=`) that a mail client decodes,
or a quoted local part (`"bomb"@…`). `normalise_email` turns each address into one spelling (the
syntax checked by email-validator: lower case, the domain in IDNA's ASCII form) or refuses it
with a message a visitor understands. `mailbox` goes one step further for limits: sub-addresses
(`bomb+1@…`) are delivered to the same mailbox, so a limit counts them together.
"""

import re
import unicodedata

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import EmailValidator
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext_lazy
from email_validator import EmailNotValidError, validate_email

# The longest address SMTP can deliver to (RFC 5321's path limit less its angle brackets).
MAX_LENGTH = 254

# An RFC 2047 encoded word, or the start of one.
ENCODED_WORD = re.compile(r"=\?")

MESSAGES = {
    "invisible": _(
        "This e-mail address contains an invisible character (for example from copying and "
        "pasting). Please type the address again."
    ),
    "encoded": _(
        "This e-mail address contains encoded text (=?…?=). Please enter a plain address."
    ),
    "quoted": _("An e-mail address with quotation marks cannot be used here."),
    # Django's own wording, as every other address field shows it.
    "invalid": EmailValidator.message,
}


def refuse(code):
    raise ValidationError(MESSAGES[code], code=code)


def normalise_email(value):
    """The one spelling of an e-mail address: the local part and the domain in lower case,
    the domain in ASCII (punycode). Raises ValidationError (code `invisible`, `encoded`,
    `quoted` or `invalid`) for an address that cannot be used."""
    if not isinstance(value, str):
        refuse("invalid")
    value = value.strip()
    if " " in value:
        refuse("invalid")  # a plain typo
    # Control and format characters (zero-width space, soft hyphen, direction marks) and other
    # spaces: invisible to the visitor, dropped or mapped away by mail software.
    if any(unicodedata.category(char)[0] in "CZ" for char in value):
        refuse("invisible")
    if ENCODED_WORD.search(value):
        refuse("encoded")
    if '"' in value:
        refuse("quoted")
    try:
        valid = validate_email(
            value,
            check_deliverability=False,
            allow_smtputf8=False,
            allow_quoted_local=False,
            allow_domain_literal=False,
            allow_display_name=False,
        )
    except EmailNotValidError:
        refuse("invalid")
    address = f"{valid.local_part}@{valid.ascii_domain}".lower()
    if len(address) > MAX_LENGTH:
        refuse("invalid")
    return address


def mailbox(address):
    """What a limit per address counts: the normalised address without its sub-address
    (`name+anything@domain` is delivered to `name@domain`)."""
    local, _at, domain = normalise_email(address).rpartition("@")
    return f"{local.split('+', 1)[0] or local}@{domain}"


def in_mailbox(field, mailbox):
    """A filter on the stored (normalised) addresses in `field` that `mailbox` (as made by
    `mailbox()`) counts: the mailbox itself and its sub-addresses."""
    local, _at, domain = mailbox.rpartition("@")
    return Q(**{field: mailbox}) | Q(
        **{f"{field}__startswith": f"{local}+", f"{field}__endswith": f"@{domain}"}
    )


class EmailAddressField(forms.EmailField):
    """A form field whose cleaned value is the normalised address. An address that is too
    long gets only the length message: "enter a valid address" would send the visitor looking
    for a typo in an address that is merely long."""

    default_validators = []

    def __init__(self, **kwargs):
        kwargs.setdefault("max_length", MAX_LENGTH)
        super().__init__(**kwargs)

    def run_validators(self, value):
        if value and len(value) > self.max_length:
            raise ValidationError(
                ngettext_lazy(
                    "An e-mail address has at most %(limit)d character (this one has %(length)d).",
                    "An e-mail address has at most %(limit)d characters (this one has %(length)d).",
                    "limit",
                ),
                code="max_length",
                params={"limit": self.max_length, "length": len(value)},
            )
        super().run_validators(value)

    def clean(self, value):
        value = super().clean(value)
        return normalise_email(value) if value else value
