"""The signed withdraw link in the candidate's confirmation mail. It does not expire: the
right to withdraw lasts as long as we keep the response."""

from django.core import signing
from django.urls import reverse

from core.links import absolute_url

from .models import Response

WITHDRAW_SALT = "responses.withdraw"


class InvalidLink(Exception):
    """A link that was tampered with."""


def withdraw_token(response):
    return signing.dumps(response.key, salt=WITHDRAW_SALT)


def response_for_token(token):
    """The response a withdraw link is for, or None when it no longer exists. Raises
    InvalidLink for a link that was tampered with."""
    try:
        key = signing.loads(token, salt=WITHDRAW_SALT)
    except signing.BadSignature as error:
        raise InvalidLink from error
    if not isinstance(key, str):
        raise InvalidLink
    return Response.objects.select_related("assignment").filter(key=key).first()


def withdraw_path(response):
    return reverse("responses:withdraw", args=[response.assignment.slug, withdraw_token(response)])


def withdraw_url(response):
    return absolute_url(withdraw_path(response))
